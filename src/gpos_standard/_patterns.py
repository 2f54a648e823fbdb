"""Patterns shared by the generated JSON Schema and the generated models.

Kept here, in the runtime package, so the build tools and the models import one definition. Patterns use
only syntax common to ECMA 262, Rust's regex crate and Python's ``re``; every one is anchored with ``^`` and
``$`` and excludes newlines, so the three engines accept the same strings.
"""

DATE_PATTERN = r"^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"
DATETIME_PATTERN = (
    r"^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$"
)
# An open code list accepts any well-formed code; an unknown one is a warning, not a structural error.
OPEN_CODE_PATTERN = r"^[a-z][a-z0-9_]*$"
# What a pseudonymised value looks like: "psn:" and a keyed HMAC-SHA-256 in lower-case hex. Slots annotated
# ``pseudonymise`` accept it in place of their normal pattern.
PSEUDONYM_PREFIX = "psn:"
PSEUDONYM_PATTERN = r"psn:[0-9a-f]{64}"
