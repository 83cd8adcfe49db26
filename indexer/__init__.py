"""dealtrail indexer part."""
