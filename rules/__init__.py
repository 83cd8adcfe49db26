"""dealtrail rules part."""
