"""The commented example configuration that ``dealtrail init`` writes."""

EXAMPLE_CONFIG = '''# dealtrail configuration. Every key is optional unless marked "required".
# Secrets are never written here: use {env = "VARIABLE"} or {command = "pass show ..."}.

database = "dealtrail.db"            # SQLite file, created owner-only (0600)

[company]
name = "Demo Bank"
internal_domains = ["bank.example"]  # mail between these domains is internal
base_currency = "RUB"                # reports convert every sale into this currency
country = "RU"                       # public holidays of this country (RU, US, GB, DE, ...)
timezone = "Europe/Moscow"
locale = "ru"                        # ru | en
# Russia moves working days every year; list the Saturdays that are working days:
transferred_workdays = []            # e.g. ["2026-11-01"]
extra_holidays = []

# One table per person. role: manager | head | admin; locale: ru | en
[[managers]]
email = "head@bank.example"
name = "Ольга Соколова"
role = "head"
team = "Corporate"
timezone = "Europe/Moscow"
locale = "ru"

[[managers]]
email = "ivan.petrov@bank.example"
name = "Иван Петров"
team = "Corporate"
timezone = "Europe/Moscow"
locale = "ru"
extension = "101"                    # optional: how the call log names him (or phone = "+7 ...")

# Mailboxes: kind = maildir | mbox | eml | ics | imap | caldav | ews | graph.
[[mailboxes]]
name = "ivan-mail"
kind = "imap"
owner = "ivan.petrov@bank.example"
host = "imap.bank.example"
port = 993
tls = "implicit"                     # implicit | starttls
username = "ivan.petrov@bank.example"
password = {env = "IVAN_IMAP_PASSWORD"}

[[mailboxes]]
name = "ivan-calendar"
kind = "caldav"
owner = "ivan.petrov@bank.example"
url = "https://caldav.bank.example/"
username = "ivan.petrov@bank.example"
password = {env = "IVAN_IMAP_PASSWORD"}

# Exchange Server (EWS) through a service account with ApplicationImpersonation:
# [[mailboxes]]
# name = "maria-exchange"
# kind = "ews"
# owner = "maria@bank.example"
# service_endpoint = "https://mail.bank.example/EWS/Exchange.asmx"
# username = "BANK\\\\svc-dealtrail"
# password = {env = "EWS_PASSWORD"}
# access = "impersonation"
# primary_smtp_address = "maria@bank.example"

# Microsoft 365 (Graph) with an app registration (see docs/exchange-m365.md):
# [[mailboxes]]
# name = "john-m365"
# kind = "graph"
# owner = "john@bank.example"
# tenant_id = "00000000-0000-0000-0000-000000000000"
# client_id = "00000000-0000-0000-0000-000000000000"
# client_secret = {env = "GRAPH_CLIENT_SECRET"}
# user = "john@bank.example"

# The mailbox that receives tag commands (replies to digests, forwards with #tags):
# [[mailboxes]]
# name = "tags"
# kind = "imap"
# owner = "deals@bank.example"
# purpose = "tags"
# host = "imap.bank.example"
# username = "deals@bank.example"
# password = {env = "TAGS_IMAP_PASSWORD"}

[[products]]
code = "credit"
name_en = "Loans"
name_ru = "Кредиты"
aliases = ["кредит", "loan"]

[[products]]
code = "deposit"
name_en = "Deposits"
name_ru = "Депозиты"
aliases = ["депозит", "deposit"]

[clients]
directory = "clients.csv"            # CSV/XLSX: client, domains, owner, segment, phones,
                                     # emails, kind (empty = client, intermediary = a broker,
                                     # dealer or agent: its mail counts toward the end client)
auto_create = true                   # unknown company domains become clients

[imports]
plans = "plans.csv"                  # period, scope, team, manager, product, metric, amount, currency
sales = []                           # accounting exports (e.g. 1C): external_id, date, manager, ...
fx_rates = {USD = 95.0, EUR = 102.0}
# deals = "crm-deals.xlsx"           # a CRM's deals export (1C, Bitrix24, amoCRM; docs/reports.md)
# calls = "calls.csv"                # the telephony's call log (docs/calls.md)
# calls_columns = {phone = "Номер абонента"}   # headers the log names otherwise

[pipeline]
stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]
probabilities = {lead = 0.05, qualified = 0.2, proposal = 0.4, negotiation = 0.6, contract = 0.85, won = 1.0, lost = 0.0}

# Rule thresholds (see docs/rules.md for every rule and key):
[rules.unanswered]
reply_hours = 8                      # business hours a client may wait for an answer

[rules.stale_deal]
days = 14

[digest]
send_at = "08:30"                    # each recipient's local time
weekly_day = "mon"
sender = "dealtrail@bank.example"
tag_address = "deals@bank.example"   # Reply-To: replies come back as tag commands
opt_out = []

[tags]
address = "deals@bank.example"       # they land in the [[mailboxes]] entry with purpose = "tags"
trust = "sent-folder"                # sent-folder | authentication-results

[smtp]
host = "smtp.bank.example"
port = 587
security = "starttls"                # none | starttls | ssl
username = "dealtrail@bank.example"
password = {env = "SMTP_PASSWORD"}

[server]
host = "127.0.0.1"
port = 8443
public_url = "https://localhost:8443"

[schedule]
index_every_minutes = 10
message_seconds = 20                 # reading one message longer than this: headers only

# What is stored from mail, and what is never read (see docs/privacy.md).
[privacy]
tier = "facts"                       # metadata | facts | full; a mailbox may set privacy = "..."
skip_private = true                  # Sensitivity: Private / Personal mail is never stored
exclude_folders = []                 # e.g. ["HR", "Personal/*"]: never read
deny = []                            # e.g. ["@clinic.example", "lawyer@firm.example"]
only_clients = false                 # true: only mail with a directory client is stored
# text_days = {facts = 365, full = 90}   # message text and quotes kept this long (0: forever)
'''
