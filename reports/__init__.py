"""dealtrail reports part."""
