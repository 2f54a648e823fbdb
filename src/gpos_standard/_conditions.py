"""The slot conditions of a LinkML class rule, read as the JSON Schema that LinkML generates reads them.

Used by ``gpos upgrade`` (records a downgrade cannot carry) and the test strategies: every
condition but value_presence ABSENT needs its slot present (None: absent).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


def conditions_hold(value_of: Callable[[str], Any], conditions: dict[str, dict[str, Any]]) -> bool:
    for name, condition in conditions.items():
        value = value_of(name)
        if condition.get("value_presence") == "ABSENT":
            if value is not None:
                return False
            continue
        if value is None:
            return False
        if "equals_string" in condition and value != condition["equals_string"]:
            return False
        if "equals_string_in" in condition and value not in condition["equals_string_in"]:
            return False
        if "pattern" in condition and not re.search(condition["pattern"], str(value)):
            return False
    return True
