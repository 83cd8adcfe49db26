"""The whole story of the trade-finance desk of АО «СибРасчётБанк», eight weeks to as_of.

Every message, meeting and call is written by hand in the files imported below, with its
labels next to it (story_base.M/E/C and A for commitments). Everything here is invented."""

import story_dyachenko  # noqa: F401
import story_ershova  # noqa: F401
import story_events_calls  # noqa: F401
import story_head  # noqa: F401
import story_kim  # noqa: F401
import story_shabanova  # noqa: F401
from story_base import CALLS, EVENTS, MESSAGES  # noqa: F401
from story_people import CLIENTS, COMPANY, MANAGER_EMAILS, MANAGERS, PRODUCTS, P  # noqa: F401
from story_truth import NEGOTIATIONS, NOT_NEGOTIATIONS  # noqa: F401

AS_OF = COMPANY["as_of"]
TIMEZONE = COMPANY["timezone"]
