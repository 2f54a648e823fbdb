"""Messages in the reader's language: gettext catalogues (``locale/<lang>/LC_MESSAGES/gpos.mo``) compiled by
``make generate`` from the ``.po`` files Babel keeps in step with the code, read here with the standard library.

A message is built with :func:`tr` from an English template with named placeholders: the result is a :class:`Msg`,
a ``str`` holding the English text, which also remembers its template and values so that :func:`localize` can
render it in another language later (a report is made once, shown in any language). Values that are themselves
messages are translated too; anything else (codes, field names, numbers) is inserted as it is. A template with no
translation, or a plain string, stays in English.
"""

from __future__ import annotations

import gettext
import os
import string
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "th", "bn", "ne", "es", "ar")
"""The languages of the partnership's members, English first (the fallback)."""
RTL = frozenset({"ar"})
DOMAIN = "gpos"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


class Msg(str):
    """An English message that can be rendered again in another language."""

    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, params: dict[str, Any]) -> Msg:
        obj = super().__new__(cls, msgid.format(**params) if params else msgid)
        obj.msgid = msgid
        obj.params = params
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # worker processes send messages back pickled
        return (Msg, (self.msgid, self.params))


def tr(msgid: str, /, **params: Any) -> Msg:
    """The message ``msgid`` (an English template with ``{named}`` placeholders) with its values."""
    return Msg(msgid, params)


def N_(msgid: str) -> str:  # the gettext convention: extract now, translate later
    """Mark a template for extraction where it is defined; translate it where it is used, with :func:`tr`."""
    return msgid


@cache
def translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[lang], fallback=True)


def localize(text: Any, lang: str = "en") -> str:
    """``text`` in ``lang`` when it is a message with a translation; in English otherwise."""
    if not isinstance(text, Msg):
        return str(text)
    if lang == "en" or lang not in LANGUAGES:
        return str(text)
    template = translations(lang).gettext(text.msgid)
    values = {k: localize(v, lang) if isinstance(v, Msg) else v for k, v in text.params.items()}
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):  # a broken translation never hides the message
        return str(text)


def gettext_for(lang: str) -> Any:
    """``_(template, **values)``: a fixed text of the interface (summary lines, hints) in ``lang``."""
    def _(msgid: str, /, **params: Any) -> str:
        return localize(tr(msgid, **params), lang)
    return _


def placeholders(template: str) -> set[str]:
    """The names of the ``{placeholders}`` of a template (what every translation must keep)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template)
            if name is not None}


def choose(lang: str | None = None, environ: dict[str, str] | None = None) -> str:
    """The language to use: ``lang`` when given, else the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else
    English. Raises ValueError for a ``lang`` that is not one of :data:`LANGUAGES`."""
    if lang is not None:
        code = lang.replace("-", "_").split("_")[0].lower()
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
        return code
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(var):  # the first one set decides; LANGUAGE may list several
            codes = [part.split(".")[0].split("_")[0].split("@")[0].lower() for part in env[var].split(":")]
            return next((code for code in codes if code in LANGUAGES), "en")
    return "en"
