"""The ``dealtrail`` command: one click group; each part adds its own commands.

Commands only parse options and call library functions. Each part keeps its
commands in its own module (``indexer/cli.py``, ``rules/cli.py``, ...); they
are imported lazily so ``dealtrail --help`` stays fast and a part that fails
to import does not take the others down.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from . import config as config_mod
from . import lang as lang_mod
from .errors import ConfigError, DealtrailError
from .help import HelpContext, adopt, show_usage_error
from .messages import Msg, say
from .parts import optional_part

log = logging.getLogger("dealtrail")

# name -> "module:attribute" of a click command or group
LAZY_COMMANDS: dict[str, str] = {
    "demo": "demo.cli:demo",
    "index": "indexer.cli:index",
    "probe": "indexer.probe:probe",
    "tags": "indexer.tags_cli:tags",
    "rules": "rules.cli:rules",
    "violations": "rules.cli:violations",
    "report": "reports.cli:report",
    "plans": "reports.cli:plans",
    "sales": "reports.cli:sales",
    "calls": "reports.cli:calls",
    "deals": "reports.cli:deals",
    "digest": "reports.digest_cli:digest",
    "run": "reports.scheduler_cli:run",
    "status": "reports.scheduler_cli:status",
    "serve": "addin.cli:serve",
    "addin": "addin.cli:addin",
    "users": "addin.cli:users",
    "audit": "dealtrail.audit_cli:audit",
    "purge": "dealtrail.privacy_cli:purge",
    "forget": "dealtrail.privacy_cli:forget",
}


# Parts that register with the kernel when imported (the indexer: mailbox kinds and the
# options dataclass of each); imported before the config is loaded, if installed.
REGISTERING_PARTS: tuple[str, ...] = ("indexer",)

# Checks each part adds to ``dealtrail check``: "module:function(settings)", raising ConfigError.
CHECKS: tuple[str, ...] = (
    "rules.engine:validate_config",
    "reports.call_log:check_files",
    "reports.crm:check_files",
)

# Each part's reading of every row of the files it imports, for ``dealtrail check``:
# "module:function(settings, db)" returning dealtrail.rowcheck.FileCheck (see there).
ROW_CHECKS: tuple[str, ...] = ("reports.import_files:check_rows",)


class LazyGroup(click.Group):
    """A group whose sub-commands are imported on first use.

    Every command it hands out writes its ``--help`` in the operator's language
    (:mod:`dealtrail.help`).
    """

    context_class = HelpContext

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            command = optional_part(LAZY_COMMANDS[name])   # None: not installed in this build
            return adopt(command) if command is not None else None
        found = super().get_command(ctx, name)
        return adopt(found) if found is not None else None


class Context:
    """What every command gets: where the config is, loaded once on demand."""

    def __init__(self, config_path: str | None, db_path: str | None,
                 lang: str | None = None) -> None:
        self.config_path = config_path
        self.db_path = db_path
        self.lang = lang                 # --lang as given, None when the option was not used
        self._settings: config_mod.Settings | None = None

    @property
    def settings(self) -> config_mod.Settings:
        if self._settings is None:
            for part in REGISTERING_PARTS:
                try:
                    importlib.import_module(part)
                except ModuleNotFoundError as exc:
                    if not (exc.name and part.startswith(exc.name)):
                        raise  # the part is installed but broken
            self._settings = config_mod.load(self.config_path)
        return self._settings

    def config_file(self) -> Path:
        """The config file that is (or will be) loaded."""
        return Path(self.config_path or os.environ.get("DEALTRAIL_CONFIG") or "dealtrail.toml")

    def content_locale(self) -> str:
        """The language of a report or list printed here: ``--lang`` when given, else the
        company's (the language the digest and dashboard default to)."""
        return self.lang or self.settings.company.locale

    def database_path(self) -> Path:
        if self.db_path:
            return Path(self.db_path)
        return self.settings.database_path

    def open_db(self) -> Any:
        from .store import open_db

        return open_db(self.database_path())


pass_ctx = click.make_pass_decorator(Context)


def said(text: str) -> str:
    """``text`` in the operator's language when it is a catalogue message, else as it is."""
    return text.said(lang_mod.operator()) if isinstance(text, Msg) else text


def echo(key: str, /, *, err: bool = False, **params: Any) -> None:
    """Print the catalogue line ``key`` (dealtrail/messages.py) in the operator's language."""
    click.echo(say(key, lang_mod.operator(), **params), err=err)


def setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    if os.environ.get("DEALTRAIL_LOG"):
        level = getattr(logging, os.environ["DEALTRAIL_LOG"].upper(), level)
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _lang_first(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--lang is read before --help, so ``dealtrail --lang ru --help`` is in Russian."""
    if value and not ctx.resilient_parsing:
        lang_mod.use(lang_mod.normalize(value) or "en")
    return value


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", envvar="DEALTRAIL_CONFIG", type=click.Path(dir_okay=False),
              help="Path to dealtrail.toml (default: ./dealtrail.toml).")
@click.option("--db", "db_path", envvar="DEALTRAIL_DB", type=click.Path(dir_okay=False),
              help="Database file (overrides database in the config).")
@click.option("-v", "--verbose", count=True, help="-v for a line per job, -vv for debugging.")
@click.option("--lang", "lang", type=click.Choice(lang_mod.LANGS, case_sensitive=False),
              is_eager=True, callback=_lang_first,
              help="Language of messages and errors (default: DEALTRAIL_LANG, then the config's "
                   "[company] locale, then LC_ALL/LC_MESSAGES/LANG, then English).")
@click.version_option(package_name="dealtrail")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, db_path: str | None, verbose: int,
        lang: str | None) -> None:
    """dealtrail: plan/fact, negotiations, workload and broken promises, read from mail.

    Example: dealtrail --config dealtrail.toml index
    """
    setup_logging(verbose)
    lang_mod.use(lang_mod.choose(lang, config_path))
    ctx.obj = Context(config_path, db_path, lang_mod.normalize(lang))


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False), default="dealtrail.toml")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: str, force: bool) -> None:
    """Write a commented example dealtrail.toml.

    Example: dealtrail init dealtrail.toml
    """
    from .example import EXAMPLE_CONFIG

    target = Path(path)
    if target.exists() and not force:
        raise click.UsageError(say("init_exists", lang_mod.operator(), target=target))
    target.write_text(EXAMPLE_CONFIG, encoding="utf-8")
    echo("init_wrote", target=target)


@cli.command()
@click.option("--max-problems", "limit", type=click.IntRange(min=1), default=20,
              show_default=True, help="Problem lines shown per import file before "
                                      "'and N more'.")
@pass_ctx
def check(obj: Context, limit: int) -> None:
    """Validate the configuration, the secrets and files it names, and say the database's state.

    Checks the keys and values of the file; that the file is not writable by
    everyone; that every secret can be read and SMTP does not send a password
    without TLS; that every file and folder it names exists and can be read
    (private keys by their owner only); and the rules' settings. The first of
    these problems is one line and exit code 2. Then it reads the header and
    every row of the client directory and of each import file (plans, sales, CRM
    deals, call log) as its import would, and prints for each file how many rows
    can be imported, the rows the import skips on purpose, and each row that
    cannot be imported: file, row, column, what is wrong; exit code 2 when there
    is any. A check writes nothing: no database is created (its
    folder must be writable) and pending migrations are counted, not applied.

    Example: dealtrail --config dealtrail.toml check
    """
    from .preflight import preflight
    from .rowcheck import check_rows, said_lines
    from .store import describe_db

    settings = obj.settings
    preflight(settings, obj.config_file())
    for target in CHECKS:
        check = optional_part(target)     # None: that part is not installed in this build
        if check is not None:
            check(settings)
    # A check writes nothing: it neither creates nor migrates the database, only says its state.
    state = describe_db(obj.database_path())
    files = check_rows(settings, ROW_CHECKS)
    for line in said_lines(files, limit):
        click.echo(said(line))
    failed = [f for f in files if f.problems]
    if failed:
        raise ConfigError(Msg("check_rows_failed", count=sum(f.problems for f in failed),
                              files=len(failed)))
    echo("check_ok", managers=len(settings.managers), mailboxes=len(settings.mailboxes),
         database=state)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn dealtrail errors into one clear line and an exit code."""
    lang_mod.forget()  # each run chooses again, from its own --lang, environment and config
    try:
        code = cli.main(args=argv, prog_name="dealtrail", standalone_mode=False)
    except click.exceptions.Abort:
        echo("aborted", err=True)
        sys.exit(130)
    except click.UsageError as exc:
        show_usage_error(exc, lang_mod.operator())
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DealtrailError as exc:
        lang = lang_mod.operator()
        click.echo(say("cli_error", lang, message=exc.said(lang)), err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        echo("interrupted", err=True)
        sys.exit(130)
    if isinstance(code, int) and code:
        sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
