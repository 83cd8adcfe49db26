"""dealtrail dealtrail part."""
