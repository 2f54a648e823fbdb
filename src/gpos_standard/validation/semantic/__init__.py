"""Rules beyond JSON Schema, one family per module; importing this package registers them all."""

from . import codes, dates, domain, identifiers  # noqa: F401
