"""dealtrail indexer part.

Importing it registers every mailbox kind and its options dataclass with the
kernel (see :mod:`indexer.options`), so a config naming them can be loaded.
"""

from . import options as _options  # noqa: F401 - registers the mailbox kinds
