"""The ASGI application of ``gpos serve``."""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from html import escape
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..i18n import LANGUAGES, RTL, choose, gettext_for

SUFFIXES = (".json", ".yaml", ".yml", ".jsonl", ".zip", ".xlsx")
SESSION_TTL = 3600
LANGUAGE_NAMES = {"en": "English", "th": "ไทย", "bn": "বাংলা", "ne": "नेपाली", "es": "Español", "ar": "العربية"}


@dataclass
class Session:
    folder: Path
    upload: Path
    lang: str
    created: float = field(default_factory=time.monotonic)
    fixed: Path | None = None


class BodyTooLarge(Exception):
    pass


class LimitBody:
    """ASGI middleware: a request body over ``max_bytes`` is refused with 413 before it is stored anywhere."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await PlainTextResponse("upload too large", status_code=413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except BodyTooLarge:
            await PlainTextResponse("upload too large", status_code=413)(scope, receive, send)


def _page(name: str) -> Template:
    return Template(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def create_app(max_upload: int = 50 * 1024 * 1024, default_lang: str = "en") -> Any:
    sessions: dict[str, Session] = {}
    root = Path(tempfile.mkdtemp(prefix="gpos-serve-"))

    def expire() -> None:
        now = time.monotonic()
        for key in [k for k, s in sessions.items() if now - s.created > SESSION_TTL]:
            end(key)

    def end(key: str) -> None:
        session = sessions.pop(key, None)
        if session is not None:
            shutil.rmtree(session.folder, ignore_errors=True)

    async def index(request: Request) -> Response:
        lang = _lang(request.query_params.get("lang"), default_lang)
        _ = gettext_for(lang)
        options = "".join(f'<option value="{code}"{" selected" if code == lang else ""}>{LANGUAGE_NAMES[code]}'
                          "</option>" for code in LANGUAGES)
        templates = " · ".join(f'<a href="/template?lang={code}" download>{LANGUAGE_NAMES[code]}</a>'
                               for code in LANGUAGES)
        return HTMLResponse(_page("index.html").substitute(
            lang=lang, dir="rtl" if lang in RTL else "ltr", title=escape(_("GPOS data review")),
            privacy=escape(_("Your file stays on this computer: it is checked here, and deleted when you end the "
                             "session or close the server.")),
            file_label=escape(_("Export file (JSON, YAML, JSON Lines, XLSX, or a package .zip)")),
            lang_label=escape(_("Language")), languages=options, check_label=escape(_("Check")),
            template_heading=escape(_("Blank templates")), templates=templates))

    async def check(request: Request) -> Response:
        from ..fix import fix_file
        from ..io.records import ReadError
        from ..validation.html_report import render

        expire()
        async with request.form(max_files=1, max_fields=4) as form:
            upload = form.get("file")
            lang = _lang(str(form.get("lang") or ""), default_lang)
            _ = gettext_for(lang)
            name = getattr(upload, "filename", "") or ""
            suffix = Path(name).suffix.lower()
            if not hasattr(upload, "read") or suffix not in SUFFIXES:
                return PlainTextResponse(_("Choose a file ending in {suffixes}", suffixes=", ".join(SUFFIXES)),
                                         status_code=400)
            key = secrets.token_urlsafe(16)
            folder = Path(tempfile.mkdtemp(dir=root))
            path = folder / f"upload{suffix}"
            with path.open("wb") as f:
                while chunk := await upload.read(1 << 20):  # type: ignore[union-attr]
                    f.write(chunk)
        session = sessions[key] = Session(folder, path, lang)
        fixed = folder / f"fixed{'.json' if suffix in ('.zip', '.yaml', '.yml') else suffix}"
        try:
            _result, before, after = fix_file(path, fixed)
        except (ReadError, ValueError, OSError) as exc:
            end(key)
            return PlainTextResponse(_("The file cannot be read: {reason}", reason=str(exc)), status_code=400)
        session.fixed = fixed
        labels = [escape(text) for text in (
            _("Download the fixed file ({errors} errors left)", errors=after.error_count),
            _("Download it as a package"), _("Blank template"), _("End session"))]
        actions = (f'<p class="actions"><a id="download-fixed" href="/download/{key}/fixed" download>{labels[0]}</a>'
                   f' · <a id="download-package" href="/download/{key}/package" download>{labels[1]}</a>'
                   f' · <a href="/template?lang={lang}" download>{labels[2]}</a></p>'
                   f'<form method="post" action="/end/{key}"><button id="end">{labels[3]}</button></form>')
        before.files = [name]  # the name the person knows, not the private copy's
        before.issues = [replace(issue, file=name) for issue in before.issues]
        return HTMLResponse(render(before, lang, actions=actions))

    async def download(request: Request) -> Response:
        session = sessions.get(request.path_params["key"])
        if session is None or session.fixed is None:
            return PlainTextResponse("no such session", status_code=404)
        what = request.path_params["what"]
        if what == "fixed":
            return FileResponse(session.fixed, filename=f"fixed{session.fixed.suffix}")
        if what == "package":
            from ..io.formats import open_source
            from ..io.package import write_package
            from ..io.records import to_document
            from ..schema_info import collections

            source = open_source(session.fixed)
            try:
                document = to_document(source, list(collections()))
            finally:
                source.close()
            package = session.folder / "package.zip"
            write_package(document, package)
            return FileResponse(package, filename="package.zip")
        return PlainTextResponse("unknown download", status_code=404)

    async def template(request: Request) -> Response:
        from ..io.template import write_xlsx_template

        lang = _lang(request.query_params.get("lang"), default_lang)
        path = root / f"template-{lang}.xlsx"
        if not path.exists():
            write_xlsx_template(path, lang)
        return FileResponse(path, filename=f"gpos-template-{lang}.xlsx")

    async def end_session(request: Request) -> Response:
        end(request.path_params["key"])
        return RedirectResponse("/", status_code=303)

    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        try:
            yield
        finally:
            shutil.rmtree(root, ignore_errors=True)

    app = Starlette(routes=[
        Route("/", index), Route("/check", check, methods=["POST"]), Route("/template", template),
        Route("/download/{key}/{what}", download), Route("/end/{key}", end_session, methods=["POST"]),
    ], lifespan=lifespan)
    app.state.sessions, app.state.root = sessions, root
    return LimitBody(app, max_upload)


def _lang(value: str | None, default: str) -> str:
    try:
        return choose(value) if value else default
    except ValueError:
        return default
