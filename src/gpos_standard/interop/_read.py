"""Reading a peer's JSON file within the limits every GPOS reader enforces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..io.limits import LimitError, bounded_float, bounded_int, check_value
from . import ConversionError

MAX_BYTES = 512 * 1024 * 1024


def read_json(path: Path) -> Any:
    """The parsed file; ConversionError when it is too large, not JSON, or beyond the limits."""
    if path.stat().st_size > MAX_BYTES:
        raise ConversionError(f"larger than {MAX_BYTES // 2**20} MiB")
    try:
        content = json.loads(path.read_bytes(), parse_int=bounded_int, parse_float=bounded_float)
        check_value(content, strings=True)
    except (ValueError, LimitError, RecursionError) as exc:
        raise ConversionError(f"not JSON ({str(exc)[:200]})") from None
    return content
