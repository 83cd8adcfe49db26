"""dealtrail addin part."""
