"""dealtrail demo part."""
