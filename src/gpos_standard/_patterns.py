"""What a pseudonym written by ``gpos redact`` looks like (the Pseudonym type of the schema): "psn:" and a keyed
HMAC-SHA-256 in lower-case hex. Recognising one never makes a value trusted: see ``sharing.pseudonym``."""

PSEUDONYM_PREFIX = "psn:"
PSEUDONYM_PATTERN = r"psn:[0-9a-f]{64}"
