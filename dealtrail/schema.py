"""The whole database schema, in one place, changed only by numbered migrations.

Never edit a migration that has been released; add a new one at the end.
The store backs the file up before applying pending migrations to an
existing database (see ``dealtrail.store.open_db``).

Conventions: times are UTC ISO-8601 strings (``2026-11-27T08:30:00+00:00``),
dates are ``YYYY-MM-DD``, money is integer minor units plus an ISO currency.
"""

from __future__ import annotations

import sqlite_utils

migrations = sqlite_utils.Migrations("dealtrail")


@migrations(name="m001_initial")
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE managers (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'manager',      -- manager | head | admin
            team TEXT NOT NULL DEFAULT '',
            timezone TEXT NOT NULL DEFAULT 'UTC',
            locale TEXT NOT NULL DEFAULT 'en',         -- ru | en
            active INTEGER NOT NULL DEFAULT 1
        );

        CREATE TABLE mailboxes (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,                 -- the config key
            kind TEXT NOT NULL,                        -- maildir | mbox | eml | ics | imap | caldav | ews | graph
            owner_email TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT 'manager',   -- manager | tags
            last_sync_at TEXT,
            last_error TEXT
        );

        CREATE TABLE sync_state (
            mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id),
            folder TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'other',
            checkpoint TEXT NOT NULL,                  -- JSON, opaque to everything but the connector
            items INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (mailbox_id, folder)
        );

        CREATE TABLE index_errors (
            id INTEGER PRIMARY KEY,
            mailbox_id INTEGER REFERENCES mailboxes(id),
            folder TEXT NOT NULL DEFAULT '',
            remote_id TEXT NOT NULL,
            error TEXT NOT NULL,                       -- short class: parse | too-large | charset | ...
            detail TEXT NOT NULL DEFAULT '',
            seen_at TEXT NOT NULL,
            UNIQUE (mailbox_id, folder, remote_id)
        );

        CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            owner_email TEXT,                          -- the responsible manager
            segment TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'auto',       -- directory | auto | person | tag
            key TEXT NOT NULL UNIQUE,                  -- directory name, domain, or person email
            created_at TEXT NOT NULL
        );

        CREATE TABLE client_domains (
            domain TEXT PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id)
        );

        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            client_id INTEGER REFERENCES clients(id),
            internal INTEGER NOT NULL DEFAULT 0,
            automated TEXT                             -- reason when never a contact
        );

        CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name_en TEXT NOT NULL,
            name_ru TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]'         -- JSON list of lower-case words
        );

        CREATE TABLE threads (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,                  -- root Message-ID, or subject key
            subject TEXT NOT NULL DEFAULT '',
            client_id INTEGER REFERENCES clients(id),
            first_at TEXT,
            last_at TEXT,
            last_inbound_at TEXT,
            last_outbound_at TEXT,
            awaiting_reply_since TEXT                  -- first unanswered inbound client message
        );

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id),
            message_key TEXT NOT NULL,                 -- Message-ID, or sha1 of the raw bytes
            folder TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            message_id TEXT NOT NULL DEFAULT '',       -- RFC 5322 Message-ID without <>
            in_reply_to TEXT NOT NULL DEFAULT '',
            thread_id INTEGER REFERENCES threads(id),
            subject TEXT NOT NULL DEFAULT '',
            from_addr TEXT NOT NULL DEFAULT '',
            from_name TEXT NOT NULL DEFAULT '',
            to_addrs TEXT NOT NULL DEFAULT '[]',       -- JSON list
            cc_addrs TEXT NOT NULL DEFAULT '[]',
            sent_at TEXT NOT NULL,
            direction TEXT NOT NULL,                   -- in | out | internal | auto
            automated TEXT,                            -- reason, when automated
            client_id INTEGER REFERENCES clients(id),
            manager_id INTEGER REFERENCES managers(id),
            lang TEXT NOT NULL DEFAULT '',
            has_attachment INTEGER NOT NULL DEFAULT 0,
            has_link INTEGER NOT NULL DEFAULT 0,
            is_request INTEGER NOT NULL DEFAULT 0,     -- inbound: asks something
            size INTEGER NOT NULL DEFAULT 0,
            flags TEXT NOT NULL DEFAULT '[]',          -- JSON list: IMAP keywords, categories
            snippet TEXT NOT NULL DEFAULT '',
            new_text TEXT NOT NULL DEFAULT '',
            deleted INTEGER NOT NULL DEFAULT 0,        -- gone from the source, kept in history
            indexed_at TEXT NOT NULL,
            UNIQUE (mailbox_id, message_key)
        );
        CREATE INDEX messages_remote ON messages (mailbox_id, folder, remote_id);
        CREATE INDEX messages_message_id ON messages (message_id);
        CREATE INDEX messages_thread ON messages (thread_id, sent_at);
        CREATE INDEX messages_client ON messages (client_id, sent_at);
        CREATE INDEX messages_manager ON messages (manager_id, sent_at);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id),
            calendar TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            uid TEXT NOT NULL,
            recurrence_id TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            start_at TEXT NOT NULL,
            end_at TEXT NOT NULL,
            all_day INTEGER NOT NULL DEFAULT 0,
            organizer TEXT NOT NULL DEFAULT '',
            attendees TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'confirmed',
            client_id INTEGER REFERENCES clients(id),
            manager_id INTEGER REFERENCES managers(id),
            deleted INTEGER NOT NULL DEFAULT 0,
            indexed_at TEXT NOT NULL,
            UNIQUE (mailbox_id, calendar, remote_id)
        );
        CREATE INDEX events_client ON events (client_id, start_at);
        CREATE INDEX events_manager ON events (manager_id, start_at);

        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,                  -- channel:source id:manager, idempotent
            manager_id INTEGER NOT NULL REFERENCES managers(id),
            client_id INTEGER NOT NULL REFERENCES clients(id),
            person_email TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            channel TEXT NOT NULL,                     -- email_out | email_in | meeting | call
            message_id INTEGER REFERENCES messages(id),
            event_id INTEGER REFERENCES events(id)
        );
        CREATE INDEX contacts_client ON contacts (client_id, at);
        CREATE INDEX contacts_manager ON contacts (manager_id, at);

        CREATE TABLE deals (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            product_id INTEGER REFERENCES products(id),
            manager_id INTEGER REFERENCES managers(id),
            title TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL DEFAULT 'lead',
            amount_minor INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT 'RUB',
            expected_close TEXT,                       -- YYYY-MM-DD
            next_contact_at TEXT,
            next_contact_source TEXT,                  -- calendar | promise | tag | pane | import
            agreements TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',       -- open | won | lost
            won_at TEXT,
            lost_reason TEXT NOT NULL DEFAULT '',
            external_id TEXT UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX deals_manager ON deals (manager_id, status);
        CREATE INDEX deals_client ON deals (client_id, status);

        CREATE TABLE deal_history (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deals(id),
            at TEXT NOT NULL,
            actor_email TEXT NOT NULL,
            source TEXT NOT NULL,                      -- tag | pane | calendar | promise | import | system
            source_ref TEXT NOT NULL DEFAULT '',       -- Message-ID, command id, event uid
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT
        );
        CREATE INDEX deal_history_deal ON deal_history (deal_id, at);

        CREATE TABLE promises (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id),
            party TEXT NOT NULL,                       -- manager (a promise) | client (a request)
            action TEXT NOT NULL,                      -- send | call | meet | reply | other
            text TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            made_at TEXT NOT NULL,
            due_at TEXT,
            due_grain TEXT,
            manager_id INTEGER REFERENCES managers(id),
            client_id INTEGER REFERENCES clients(id),
            thread_id INTEGER REFERENCES threads(id),
            deal_id INTEGER REFERENCES deals(id),
            status TEXT NOT NULL DEFAULT 'open',       -- open | kept | kept_late | broken | cancelled
            fulfilled_message_id INTEGER REFERENCES messages(id),
            fulfilled_event_id INTEGER REFERENCES events(id),
            fulfilled_at TEXT,
            UNIQUE (message_id, party, span_start)
        );
        CREATE INDEX promises_due ON promises (status, due_at);
        CREATE INDEX promises_client ON promises (client_id);

        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            period TEXT NOT NULL,                      -- 2026-11 | 2026-Q4 | 2026
            period_kind TEXT NOT NULL,                 -- month | quarter | year
            scope TEXT NOT NULL,                       -- company | team | manager
            team TEXT NOT NULL DEFAULT '',
            manager_id INTEGER REFERENCES managers(id),
            product_id INTEGER REFERENCES products(id),  -- NULL = all products
            metric TEXT NOT NULL DEFAULT 'amount',     -- amount | deals
            amount_minor INTEGER NOT NULL DEFAULT 0,   -- for metric=deals: the number of deals
            currency TEXT NOT NULL DEFAULT 'RUB',
            version INTEGER NOT NULL DEFAULT 1,
            active INTEGER NOT NULL DEFAULT 1,         -- a re-import keeps old versions inactive
            source TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL
        );
        CREATE INDEX plans_period ON plans (period, active);

        CREATE TABLE sales (
            id INTEGER PRIMARY KEY,
            external_id TEXT UNIQUE,                   -- accounting id, or deal:<id>
            deal_id INTEGER REFERENCES deals(id),
            manager_id INTEGER REFERENCES managers(id),
            product_id INTEGER REFERENCES products(id),
            client_id INTEGER REFERENCES clients(id),
            booked_on TEXT NOT NULL,                   -- YYYY-MM-DD, manager's local date
            amount_minor INTEGER NOT NULL,             -- negative for a refund
            currency TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'import',     -- deal | import | tag | pane
            created_at TEXT NOT NULL
        );
        CREATE INDEX sales_booked ON sales (booked_on);
        CREATE INDEX sales_manager ON sales (manager_id, booked_on);

        CREATE TABLE fx_rates (
            currency TEXT NOT NULL,
            on_date TEXT NOT NULL,
            rate TEXT NOT NULL,                        -- decimal: units of base currency per unit
            PRIMARY KEY (currency, on_date)
        );

        CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,                  -- source:ref, idempotent
            client_id INTEGER REFERENCES clients(id),
            manager_id INTEGER REFERENCES managers(id),
            deal_id INTEGER REFERENCES deals(id),
            message_id INTEGER REFERENCES messages(id),
            text TEXT NOT NULL,
            source TEXT NOT NULL,                      -- inferred | tag | pane | keyword
            opened_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',       -- open | resolved
            resolved_at TEXT
        );
        CREATE INDEX complaints_client ON complaints (client_id, opened_at);

        CREATE TABLE violations (
            id INTEGER PRIMARY KEY,
            rule TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,                  -- rule:natural key, so re-runs never duplicate
            manager_id INTEGER REFERENCES managers(id),
            client_id INTEGER REFERENCES clients(id),
            deal_id INTEGER REFERENCES deals(id),
            promise_id INTEGER REFERENCES promises(id),
            severity TEXT NOT NULL DEFAULT 'medium',   -- low | medium | high
            summary TEXT NOT NULL,
            evidence TEXT NOT NULL DEFAULT '{}',       -- JSON: message ids, event ids, text
            due_at TEXT,
            detected_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',       -- open | resolved | kept_late | waived
            resolved_at TEXT,
            waived_by TEXT,
            waive_reason TEXT
        );
        CREATE INDEX violations_status ON violations (status, manager_id);

        CREATE TABLE tag_commands (
            id INTEGER PRIMARY KEY,
            message_key TEXT NOT NULL UNIQUE,          -- Message-ID: applying it twice changes nothing
            mailbox_id INTEGER REFERENCES mailboxes(id),
            sender TEXT NOT NULL,
            received_at TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            parsed TEXT NOT NULL DEFAULT '[]',         -- JSON
            target TEXT NOT NULL DEFAULT '',           -- item code or client
            status TEXT NOT NULL,                      -- applied | rejected | pending
            reason TEXT NOT NULL DEFAULT '',
            changes TEXT NOT NULL DEFAULT '[]',        -- JSON list of {field, old, new}
            confirmation_sent_at TEXT
        );

        CREATE TABLE api_tokens (
            id INTEGER PRIMARY KEY,
            manager_id INTEGER NOT NULL REFERENCES managers(id),
            token_hash TEXT NOT NULL UNIQUE,           -- sha256 hex; the token itself is never stored
            kind TEXT NOT NULL,                        -- pairing | api
            created_at TEXT NOT NULL,
            expires_at TEXT,
            last_used_at TEXT,
            revoked INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE digests_sent (
            recipient TEXT NOT NULL,
            kind TEXT NOT NULL,                        -- daily | weekly
            period TEXT NOT NULL,                      -- 2026-11-27 | 2026-W48
            status TEXT NOT NULL,                      -- sending | sent | failed
            message_id TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (recipient, kind, period)
        );

        CREATE TABLE job_runs (
            id INTEGER PRIMARY KEY,
            job TEXT NOT NULL,                         -- index:<mailbox> | rules | digest | ...
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,                      -- running | ok | failed
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX job_runs_job ON job_runs (job, started_at);
        """
    )


@migrations(name="m002_fulltext")
def m002_fulltext(db: sqlite_utils.Database) -> None:
    # Full-text search over what a person would search for; external content
    # keeps one copy of the text. Kept behind the store module: PostgreSQL
    # deployments use their own full-text index instead.
    db.executescript(
        """
        CREATE VIRTUAL TABLE messages_fts USING fts5(
            subject, new_text, content='messages', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        """
    )


@migrations(name="m003_message_trust")
def m003_message_trust(db: sqlite_utils.Database) -> None:
    # What a tag command's trust check needs and the body no longer shows:
    # the Bcc list of a Sent copy (a manager may Bcc the tag address) and the
    # receiving server's first Authentication-Results header (tags.trust =
    # "authentication-results"). The writer fills both; empty means unknown.
    db.executescript(
        """
        ALTER TABLE messages ADD COLUMN bcc_addrs TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE messages ADD COLUMN auth_results TEXT NOT NULL DEFAULT '';
        """
    )


@migrations(name="m004_report_indexes")
def m004_report_indexes(db: sqlite_utils.Database) -> None:
    # Workload reads a manager's last 30 days of contacts (who, when, which
    # way) from this covering index alone, and the unanswered queue starts
    # from the few threads that wait for a reply instead of every message.
    db.executescript(
        """
        CREATE INDEX contacts_manager_channel ON contacts (manager_id, at, channel, client_id);
        CREATE INDEX threads_awaiting ON threads (awaiting_reply_since);
        """
    )


@migrations(name="m005_negotiation_indexes")
def m005_negotiation_indexes(db: sqlite_utils.Database) -> None:
    # Negotiations pick, per open deal, the latest manager promise of the deal
    # and else the latest open one of its client and manager: one index seek
    # each, newest first, instead of reading every promise.
    db.executescript(
        """
        CREATE INDEX promises_deal_latest ON promises (deal_id, party, made_at);
        CREATE INDEX promises_pair_latest ON promises (client_id, manager_id, party, status, made_at);
        """
    )


@migrations(name="m006_unanswered_index")
def m006_unanswered_index(db: sqlite_utils.Database) -> None:
    # Workload's unanswered queue finds, per waiting thread, the manager of its
    # latest inbound message: one seek in this covering index, newest first,
    # instead of reading message rows until an inbound one turns up.
    db.executescript(
        """
        CREATE INDEX messages_thread_inbound
            ON messages (thread_id, direction, deleted, sent_at, id, manager_id);
        """
    )


@migrations(name="m007_quoted_item_codes")
def m007_quoted_item_codes(db: sqlite_utils.Database) -> None:
    # A reply to a digest item often carries only "#stage proposal" above the
    # quoted digest line "D-142 ...": the item codes of the quoted part are kept
    # (for mail to the tag address only) so the command can find its deal.
    db.executescript("ALTER TABLE messages ADD COLUMN quoted_codes TEXT NOT NULL DEFAULT '[]';")


@migrations(name="m008_report_covering_indexes")
def m008_report_covering_indexes(db: sqlite_utils.Database) -> None:
    # Negotiations read the text of the latest manager promise per deal and per
    # client-manager pair straight from the index (no table read per deal);
    # these supersede the m005 indexes, which are their prefixes. Complaints and
    # violations count one period from an index range instead of scanning the
    # tables, and list what is open in detection order without a sort.
    db.executescript(
        """
        CREATE INDEX promises_deal_text ON promises (deal_id, party, made_at, id, text);
        CREATE INDEX promises_pair_text
            ON promises (client_id, manager_id, party, status, made_at, id, text);
        DROP INDEX promises_deal_latest;
        DROP INDEX promises_pair_latest;
        CREATE INDEX violations_detected
            ON violations (detected_at, manager_id, client_id, rule, status);
        CREATE INDEX violations_open ON violations (status, detected_at);
        CREATE INDEX complaints_opened ON complaints (opened_at, manager_id, client_id, status);
        """
    )


@migrations(name="m009_thread_subject_index")
def m009_thread_subject_index(db: sqlite_utils.Database) -> None:
    # A reply without In-Reply-To/References joins the latest thread with the same
    # normalised subject and client; without this index every such reply scanned the
    # whole threads table, so indexing slowed down as the mailbox grew.
    db.executescript("CREATE INDEX threads_subject ON threads (subject, last_at);")


@migrations(name="m010_entra_identity")
def m010_entra_identity(db: sqlite_utils.Database) -> None:
    # A Microsoft Entra ID sign-in is mapped to a person by the token's tenant
    # and object ids (tid, oid), which Entra guarantees, never by its e-mail
    # claims, which the account's owner or a tenant admin can set to anything.
    # The pair is stored when the person first pairs with an administrator's
    # code while signed in, and cleared when their access is revoked.
    db.executescript(
        """
        ALTER TABLE managers ADD COLUMN entra_tid TEXT;
        ALTER TABLE managers ADD COLUMN entra_oid TEXT;
        CREATE UNIQUE INDEX managers_entra ON managers (entra_tid, entra_oid)
            WHERE entra_oid IS NOT NULL;
        """
    )


@migrations(name="m011_deal_signals")
def m011_deal_signals(db: sqlite_utils.Database) -> None:
    # Negotiations are built from mail: analysis marks what each message says about
    # a deal (a proposal or contract sent, a decline, a signed contract, terms
    # discussed, a client's own commitment, a date the client asked for, an amount,
    # a close date, a product named), and the post-sync fold reads these rows to
    # set each deal's stage (with its evidence), amount, expected close and next
    # contact. ``stage_source`` says who set the stage (inferred | tag | pane |
    # import); ``stage_evidence`` is JSON: the Message-ID or event UID and the quote.
    db.executescript(
        """
        CREATE TABLE deal_signals (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id),
            kind TEXT NOT NULL,        -- proposal | contract | won | lost | terms | commitment
                                       -- | contact_date | amount | close | product | thanks
            side TEXT NOT NULL,        -- manager | client
            text TEXT NOT NULL DEFAULT '',             -- the sentence (evidence)
            span_start INTEGER NOT NULL DEFAULT 0,
            value TEXT NOT NULL DEFAULT '',            -- ISO time | "minor CUR" | product code
            due_at TEXT,                               -- commitments: their deadline
            at TEXT NOT NULL,                          -- the message's sent time
            manager_id INTEGER REFERENCES managers(id),
            client_id INTEGER REFERENCES clients(id),
            thread_id INTEGER REFERENCES threads(id),
            deal_id INTEGER REFERENCES deals(id),
            status TEXT NOT NULL DEFAULT 'open',       -- commitments: open | kept | broken
            UNIQUE (message_id, kind, span_start)
        );
        CREATE INDEX deal_signals_client ON deal_signals (client_id, manager_id, at);
        CREATE INDEX deal_signals_deal ON deal_signals (deal_id, kind, at);
        ALTER TABLE deals ADD COLUMN stage_source TEXT NOT NULL DEFAULT '';
        ALTER TABLE deals ADD COLUMN stage_evidence TEXT NOT NULL DEFAULT '';
        """
    )


@migrations(name="m012_calls")
def m012_calls(db: sqlite_utils.Database) -> None:
    # Calls are contacts like mail and meetings. Each call (from a telephony
    # export, a #call tag or the pane) is one row keyed by where it came from,
    # so a re-import changes nothing; a call whose number is not yet known is
    # kept with no client and linked when the number appears in the client
    # directory or in a client's mail signature. A linked, answered call adds
    # one contacts row (channel 'call') that every rule and report reads.
    db.executescript(
        """
        CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,              -- import:<file id or moment>, tag:<msg>, pane:<n>
            manager_id INTEGER NOT NULL REFERENCES managers(id),
            client_id INTEGER REFERENCES clients(id),
            phone TEXT NOT NULL DEFAULT '',        -- E.164; '' when logged by hand
            direction TEXT NOT NULL,               -- in | out
            at TEXT NOT NULL,
            duration_s INTEGER,                    -- NULL unknown; 0 not answered
            note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,                  -- import | tag | pane
            source_ref TEXT NOT NULL DEFAULT '',   -- file name, message id, actor
            created_at TEXT NOT NULL
        );
        CREATE INDEX calls_client ON calls (client_id, at);
        CREATE INDEX calls_unlinked ON calls (phone) WHERE client_id IS NULL;
        CREATE TABLE client_phones (
            phone TEXT PRIMARY KEY,                -- E.164
            client_id INTEGER NOT NULL REFERENCES clients(id),
            source TEXT NOT NULL,                  -- directory | signature
            message_id INTEGER REFERENCES messages(id)
        );
        CREATE INDEX client_phones_client ON client_phones (client_id);
        ALTER TABLE contacts ADD COLUMN call_id INTEGER REFERENCES calls(id);
        CREATE INDEX contacts_call ON contacts (call_id) WHERE call_id IS NOT NULL;
        """
    )


@migrations(name="m013_message_digest")
def m013_message_digest(db: sqlite_utils.Database) -> None:
    # A Message-ID does not prove two copies are one message: anyone can reuse one.
    # The digest of a message's sender, time, subject, recipients and text tells a copy
    # (one row) from a different message under the same Message-ID (a row of its own).
    # Empty for rows stored before: filled the next time the message is seen.
    db.executescript("ALTER TABLE messages ADD COLUMN digest TEXT NOT NULL DEFAULT '';")


@migrations(name="m012_import_files")
def m012_import_files(db: sqlite_utils.Database) -> None:
    # `dealtrail run` imports the files named in [imports] again only when their
    # content changed: the SHA-256 of each file's last successful import is kept
    # here, by its config key, with the one-line summary of that import.
    db.executescript(
        """
        CREATE TABLE import_files (
            key TEXT PRIMARY KEY,                  -- imports.plans | imports.sales[0] | ...
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT ''
        );
        """
    )


@migrations(name="m014_post_sync_pending")
def m014_post_sync_pending(db: sqlite_utils.Database) -> None:
    # The clients a stored batch touched, written in the batch's own transaction and
    # removed once the post-sync step (dealtrail/refresh.py) has run for them: a run
    # killed between its sync and that step leaves them here for the next run.
    db.executescript(
        """
        CREATE TABLE post_sync_pending (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL
        );
        """
    )


@migrations(name="m021_access_audit")
def m021_access_audit(db: sqlite_utils.Database) -> None:
    # Who read which client or report (dealtrail.audit). AUTOINCREMENT keeps the highest id
    # ever given in sqlite_sequence, so removing the newest entries shows.
    db.executescript(
        """
        CREATE TABLE access_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,                          -- UTC
            actor TEXT NOT NULL,                       -- e-mail of the person, or the OS user
            channel TEXT NOT NULL,                     -- api | cli
            source TEXT NOT NULL,                      -- peer address, or 'cli'
            action TEXT NOT NULL,                      -- 'GET /api/clients/{client_id}', 'report plan'
            client_id INTEGER,
            detail TEXT NOT NULL DEFAULT '',           -- ids and report options as JSON
            status INTEGER NOT NULL DEFAULT 0,         -- HTTP status; 0 for the CLI
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX access_audit_actor ON access_audit (actor, at);
        CREATE INDEX access_audit_client ON access_audit (client_id, at);
        CREATE TRIGGER access_audit_no_update BEFORE UPDATE ON access_audit
        BEGIN SELECT RAISE(ABORT, 'the access audit is append-only'); END;
        CREATE TRIGGER access_audit_no_delete BEFORE DELETE ON access_audit
        BEGIN SELECT RAISE(ABORT, 'the access audit is append-only'); END;
        """
    )


@migrations(name="m022_labels")
def m022_labels(db: sqlite_utils.Database) -> None:
    # Every correction a person makes is a label the company's own layer learns from:
    # the sentence as it was inferred, what was wrong with it, its language and who said
    # so. Labels and the layer fitted on them stay in this database and nowhere else.
    db.executescript(
        """
        CREATE TABLE labels (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,            -- not_complaint | complaint | not_promise | wrong_date | false_alarm
            sentence TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT '',
            actor_email TEXT NOT NULL,
            source TEXT NOT NULL,          -- tag | pane | waive
            source_ref TEXT NOT NULL,      -- Message-ID of the tag reply, or the V- code waived
            target TEXT NOT NULL DEFAULT '',  -- the item corrected: C-5, V-3
            created_at TEXT NOT NULL,
            UNIQUE (kind, source, source_ref, target)
        );
        CREATE INDEX labels_kind ON labels (kind, id);

        CREATE TABLE local_models (
            name TEXT PRIMARY KEY,         -- layer (one row: the company's layer)
            data TEXT NOT NULL,            -- JSON: hashed weight adjustments, veto keys
            labels INTEGER NOT NULL,       -- how many labels it was fitted on
            last_label_id INTEGER NOT NULL DEFAULT 0,
            trained_at TEXT NOT NULL
        );
        """
    )


@migrations(name="m020_retention_erasure")
def m020_retention_erasure(db: sqlite_utils.Database) -> None:
    # Retention: when a message's text was removed (its counts and facts stay).
    # Erasure: one row per `dealtrail forget`: when, which operating-system user ran
    # it, the scope (client | address) and how many rows went; nothing naming the person.
    db.executescript(
        """
        ALTER TABLE messages ADD COLUMN text_purged_at TEXT;
        CREATE TABLE erasures (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL,
            rows INTEGER NOT NULL DEFAULT 0
        );
        """
    )


@migrations(name="m023_drop_thread_awaiting")
def m023_drop_thread_awaiting(db: sqlite_utils.Database) -> None:
    # Whether a client waits for an answer is worked out from the messages and contacts
    # themselves (dealtrail/answered.py); the thread column that once cached it was never
    # written, so a reader of the schema could take its NULLs for "nobody is waiting".
    db.executescript(
        """
        DROP INDEX IF EXISTS threads_awaiting;
        ALTER TABLE threads DROP COLUMN awaiting_reply_since;
        """
    )


@migrations(name="m024_client_kind")
def m024_client_kind(db: sqlite_utils.Database) -> None:
    # A broker, dealer, reseller or agent brings clients and speaks for them but is no
    # client itself: its conversations belong to the end client's negotiation, or to none.
    # kind: client | intermediary; kind_source: '' (never said), directory (clients.csv
    # said so), inferred (its own mail showed it; kind_evidence holds the Message-ID and
    # the sentence, as JSON). messages.intermediary_id: the intermediary a letter filed under
    # the end client came through (its letter, or ours to it alone).
    db.executescript(
        """
        ALTER TABLE clients ADD COLUMN kind TEXT NOT NULL DEFAULT 'client';
        ALTER TABLE clients ADD COLUMN kind_source TEXT NOT NULL DEFAULT '';
        ALTER TABLE clients ADD COLUMN kind_evidence TEXT NOT NULL DEFAULT '';
        ALTER TABLE messages ADD COLUMN intermediary_id INTEGER REFERENCES clients(id);
        """
    )


@migrations(name="m025_contact_answer_index")
def m025_contact_answer_index(db: sqlite_utils.Database) -> None:
    # The answer to client mail may be a call or a meeting (dealtrail.answered): the first
    # one after the letter is looked for per open request, per unanswered letter and per
    # complaint. The contacts of a client are mostly its letters (email_in, email_out), which
    # that search read one by one to the end of the client's history when no call or meeting
    # followed: ~3 s of CPU for the requests of 10,000 letters of six clients. The calls and
    # meetings alone, by client and time, are one seek. Its WHERE is the answering channels
    # as ``dealtrail.answered.CONTACT_CHANNELS_SQL`` writes them, so the planner can use it.
    db.executescript(
        """
        CREATE INDEX contacts_answer ON contacts (client_id, at)
            WHERE channel IN ('call', 'meeting');
        """
    )


@migrations(name="m026_address_tie_evidence")
def m026_address_tie_evidence(db: sqlite_utils.Database) -> None:
    # A free-mail address the indexer tied to a listed company (indexer/writer_parties.py)
    # keeps why: the letter and the clue that showed it, as JSON {"message_id", "clue"}
    # (clue: signature | phone | colleagues | greeting); '' for the directory's own entries.
    db.executescript(
        """
        ALTER TABLE client_domains ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
        """
    )
