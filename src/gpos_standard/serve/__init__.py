"""``gpos serve``: a small local data review page (Starlette on uvicorn, the ``serve`` extra).

A person uploads an export (JSON, YAML, JSON Lines, XLSX, or a CSV or export package as .zip), picks a language and
reads the grouped report; they can download the fixed file (``gpos fix``), a package of it, or a blank template.
Uploads are bounded in size, kept in a private temporary folder per session, and deleted when the session ends
(the "end session" button, after :data:`SESSION_TTL` seconds, or when the server stops). Nothing is sent anywhere:
the pages load nothing from outside, and the server listens on 127.0.0.1 unless told otherwise.
"""

from .app import create_app

__all__ = ["create_app"]
