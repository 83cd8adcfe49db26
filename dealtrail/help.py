"""``--help`` in the operator's language.

The English help is the commands' own docstrings and ``help=`` texts, as click
writes them; the Russian is one catalogue, :data:`dealtrail.messages_help.HELP_RU`,
keyed by the command's path (``dealtrail rules list``) and, for an option, the
path and the option's long name (``dealtrail rules list --json``). When the
operator's language (:func:`dealtrail.lang.operator`) is Russian, a help page is
written from the catalogue: the command's text, its options', the short line of
each sub-command a group lists, and click's own words (``Usage:``, ``Options:``,
``Commands:``, ``[default: ...]``). A text missing from the catalogue stays
English; ``tests/test_cli_help_language.py`` fails on one.

Every command of the ``dealtrail`` tree gets :class:`HelpContext` (the root
group hands it to each command it resolves, see :func:`adopt`), whose help page
is the only place the catalogue is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from . import lang as lang_mod
from .messages import say

ROOT = "dealtrail"

# click's own words on a help page (it says them through gettext, which dealtrail does not set up)
SECTIONS_RU = {"Options": "Параметры", "Commands": "Команды",
               "Positional arguments": "Аргументы"}
USAGE_RU = "Использование: "
USAGE_WORDS_RU = (("[OPTIONS]", "[ПАРАМЕТРЫ]"), ("COMMAND [ARGS]...", "КОМАНДА [АРГУМЕНТЫ]..."))
# The bracketed extras click adds after an option's help: [default: x; required]
_EXTRA = re.compile(r"\s*\[([^\[\]]*)\]$")
# The kind of value click names after an option (``--out FILE``); a name a command gave
# its value itself (``NAME``, ``DATE``) stays as it is, as argument names do.
METAVARS_RU = {"TEXT": "ТЕКСТ", "FILE": "ФАЙЛ", "INTEGER": "ЧИСЛО", "INTEGER RANGE": "ЧИСЛО",
               "FLOAT": "ЧИСЛО", "DIRECTORY": "ПАПКА", "PATH": "ПУТЬ"}
_METAVAR = re.compile(r"(?<= )(INTEGER RANGE|TEXT|FILE|INTEGER|FLOAT|DIRECTORY|PATH)$")
EXTRAS_RU = (("default: ", "по умолчанию: "), ("env var: ", "переменная окружения: "),
             ("required", "обязательный"))


def command_key(ctx: click.Context) -> str:
    """``dealtrail rules list`` for the context of ``rules list``, whatever the program is called."""
    names: list[str] = []
    at: click.Context | None = ctx
    while at is not None:
        names.append(ROOT if at.parent is None else (at.info_name or at.command.name or ""))
        at = at.parent
    return " ".join(reversed(names))


def param_key(command: str, param: click.Parameter) -> str:
    """``dealtrail rules list --json``: the command's key and the option's longest name."""
    if isinstance(param, click.Option):
        return f"{command} {max(param.opts, key=len)}"
    return f"{command} {(param.name or '').upper()}"


def russian(key: str) -> str | None:
    """The Russian help text of ``key``, or None when the catalogue has none."""
    from .messages_help import HELP_RU

    return HELP_RU.get(key)


class HelpFormatter(click.HelpFormatter):
    """click's formatter that says its own words (headings, usage, extras) in ``lang``."""

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(SECTIONS_RU.get(name, name) if self.lang == "ru" else name):
            yield

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if self.lang == "ru":
            prefix = USAGE_RU if prefix is None else prefix
            for english, russian_words in USAGE_WORDS_RU:
                args = args.replace(english, russian_words)
        super().write_usage(prog, args, prefix)

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        if self.lang == "ru":
            rows = [(_METAVAR.sub(lambda m: METAVARS_RU[m.group(1)], term), _extras_ru(text))
                    for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


def _extras_ru(text: str) -> str:
    found = _EXTRA.search(text)
    if not found:
        return text
    inside = found.group(1)
    for english, russian_word in EXTRAS_RU:
        inside = inside.replace(english, russian_word)
    return f"{text[:found.start(1)]}{inside}]"


class HelpContext(click.Context):
    """A click context whose help page and usage line are in the operator's language."""

    def make_formatter(self) -> click.HelpFormatter:
        return HelpFormatter(lang_mod.operator(), width=self.terminal_width,
                             max_width=self.max_content_width)

    def get_help(self) -> str:
        with spoken(self, lang_mod.operator()):
            return super().get_help()


def show_usage_error(exc: click.UsageError, lang: str) -> None:
    """What click says on a usage error, its frame in ``lang``: the usage line, where the help
    is, and ``Ошибка:`` before click's own detail (which stays as click words it)."""
    if lang != "ru" or isinstance(exc, click.exceptions.NoArgsIsHelpError):
        exc.show()
        return
    ctx = exc.ctx
    color = ctx.color if ctx is not None else None
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = say("usage_hint", lang, command=ctx.command_path,
                       option=max(ctx.command.get_help_option_names(ctx), key=len)) + "\n"
        click.echo(f"{ctx.get_usage()}\n{hint}", err=True, color=color)
    click.echo(say("usage_error", lang, message=detail_ru(exc)), err=True, color=color)


# click's own wording of the usage errors dealtrail shows in Russian; anything else (a
# command's own BadParameter text, a rarer click error) keeps click's English words.
_NO_COMMAND = re.compile(r"^No such command (?P<name>'[^']*')\.(?: Did you mean (?P<near>.+)\?)?$")
_EXTRA_ARGS = re.compile(r"^Got unexpected extra arguments? \((?P<args>.*)\)$")
_QUOTED = re.compile(r"^(?P<value>'(?:[^'\\]|\\.)*'|\S+) ")


def detail_ru(exc: click.UsageError) -> str:
    """click's detail of ``exc`` in Russian where dealtrail knows its wording, else as click
    words it."""
    lang = "ru"
    if isinstance(exc, click.NoSuchOption):
        line = say("usage_no_option", lang, name=exc.option_name)
        if exc.possibilities:
            line += " " + say("usage_did_you_mean", lang,
                              names=", ".join(sorted(exc.possibilities)))
        return line
    if isinstance(exc, click.BadOptionUsage) and exc.message.endswith("requires an argument."):
        return say("usage_needs_value", lang, name=exc.option_name)
    if isinstance(exc, click.MissingParameter) and exc.param is not None and exc.ctx is not None:
        hint = exc.param.get_error_hint(exc.ctx)
        key = "usage_missing_argument" if isinstance(exc.param, click.Argument) else "usage_missing_option"
        return say(key, lang, name=hint)
    if isinstance(exc, click.BadParameter) and exc.param is not None and exc.ctx is not None:
        return say("usage_bad_value", lang, name=exc.param.get_error_hint(exc.ctx),
                   detail=_value_ru(exc.param.type, exc.message))
    message = exc.format_message()
    found = _NO_COMMAND.match(message)
    if found:
        line = say("usage_no_command", lang, name=found["name"])
        if found["near"]:
            line += " " + say("usage_did_you_mean", lang, names=found["near"])
        return line
    found = _EXTRA_ARGS.match(message)
    if found:
        return say("usage_extra", lang, args=found["args"])
    return message


def _value_ru(kind: click.ParamType, message: str) -> str:
    """A parameter type's complaint about a value, in Russian for click's own types."""
    found = _QUOTED.match(message)
    value = found["value"] if found else ""
    if isinstance(kind, click.Choice | click.types.IntParamType | click.types.FloatParamType):
        if not value:
            return message
        if isinstance(kind, click.Choice):
            return say("usage_not_choice", "ru", value=value,
                       choices=", ".join(f"'{c}'" for c in kind.choices))
        return say("usage_not_number", "ru", value=value)
    if isinstance(kind, click.Path) and message.endswith("does not exist."):
        return say("usage_no_path", "ru", value=message.split(" ", 1)[1].rsplit(" does", 1)[0])
    return message


def adopt(command: click.Command) -> click.Command:
    """``command`` and every sub-command of it, with :class:`HelpContext`; returns ``command``."""
    command.context_class = HelpContext
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            adopt(sub)
    return command


@contextmanager
def spoken(ctx: click.Context, lang: str) -> Iterator[None]:
    """While the help page of ``ctx`` is written, its texts are in ``lang``; then English again.

    The texts are the command's, its parameters' and (for a group) its sub-commands'.
    They are set on the command objects for the page only and always put back, so
    an English page written after a Russian one in the same process is English.
    """
    if lang != "ru":
        yield
        return
    kept: list[tuple[Any, str, Any]] = []

    def put(target: Any, attribute: str, key: str) -> None:
        text = russian(key)
        if text is not None:
            kept.append((target, attribute, getattr(target, attribute)))
            setattr(target, attribute, text)

    command = ctx.command
    key = command_key(ctx)
    try:
        put(command, "help", key)
        help_option = command.get_help_option(ctx)
        for param in command.get_params(ctx):
            put(param, "help", f"{ROOT} --help" if param is help_option else param_key(key, param))
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and not sub.short_help:
                    put(sub, "help", f"{key} {name}")
        yield
    finally:
        for target, attribute, value in reversed(kept):
            setattr(target, attribute, value)
