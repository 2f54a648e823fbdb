"""Keyed pseudonyms: equal identifiers give equal pseudonyms for everyone holding the same key, and nothing else.

A pseudonym is ``psn:`` + HMAC-SHA-256(key, kind + ":" + normalised value) in lower-case hex. Values are
normalised first (E.164 phones, lower-case e-mails and domains, checksummed wallets, IBANs without spaces,
case-folded names) so that two members who wrote the same identifier differently still match. Record ids become
``<PREFIX>-PSN-<24 hex>`` so they keep the identifier pattern and every reference to them can be rewritten.

The key is never written anywhere: only :func:`fingerprint`, which cannot be turned back into the key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata
from pathlib import Path

from .._patterns import PSEUDONYM_PREFIX
from ..identifiers import check, network_formats

KEY_ENV = "GPOS_PSEUDONYM_KEY"
MIN_KEY_BYTES = 16
_SPACES = re.compile(r"\s+")
_ID_PSEUDONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}-PSN-[0-9a-f]{24}$")

# Indicator and contact types -> pseudonym kind and the identifiers module kind used to normalise them.
TYPE_KIND: dict[str, str] = {
    "phone_number": "phone", "email_address": "email", "url": "url", "domain": "domain",
    "crypto_wallet_address": "wallet", "bank_account": "account_number", "ip_address": "ip",
}


class KeyProblem(ValueError):
    """No usable key: redaction that pseudonymises cannot go on (the CLI exits 2)."""


def load_key(key_file: Path | None = None, environ: dict[str, str] | None = None) -> bytes | None:
    """The key from a file (trailing whitespace ignored) or ``GPOS_PSEUDONYM_KEY``; None if neither is given."""
    env = os.environ if environ is None else environ
    if key_file is not None:
        try:
            key = key_file.read_bytes().rstrip()
        except OSError as exc:
            raise KeyProblem(f"cannot read the key file {key_file}: {exc.strerror}") from None
    elif env.get(KEY_ENV):
        key = env[KEY_ENV].encode("utf-8")
    else:
        return None
    if len(key) < MIN_KEY_BYTES:
        raise KeyProblem(f"the pseudonymisation key must be at least {MIN_KEY_BYTES} bytes long")
    return key


def fingerprint(key: bytes) -> str:
    """What the Redaction records instead of the key: tells packages with the same key apart, reveals nothing."""
    return hmac.new(key, b"gpos-key-fingerprint", hashlib.sha256).hexdigest()[:16]


def collapse(value: str) -> str:
    """Free text compared loosely: Unicode NFKC, case-folded, whitespace collapsed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", value)).strip().casefold()


def _compact(value: str) -> str:
    return re.sub(r"[\s\-./]", "", unicodedata.normalize("NFKC", value)).upper()


def normalise(kind: str, value: str, *, region: str | None = None, network: str | None = None) -> str:
    """The canonical form of an identifier of ``kind``; values the checkers reject are compared as loose text."""
    checker = {"phone": "phone", "email": "email", "url": "url", "domain": "domain", "iban": "iban"}.get(kind)
    if kind == "wallet":
        checker = network_formats().get(network or "")
        if checker is None:
            return value.strip()  # case matters in base58 addresses; unknown network: as written
    if checker is not None:
        result = check(checker, value, country=region) if checker == "phone" else check(checker, value)
        if result.valid and result.normalised:  # mailboxes are case-insensitive in practice: match them so
            return result.normalised.lower() if kind == "email" else result.normalised
    if kind in ("iban", "account_number", "identity_document"):
        return _compact(value)
    if kind in ("social_media_account", "messaging_account"):
        return collapse(value).lstrip("@")
    return collapse(value)


class Pseudonymiser:
    """Pseudonyms under one key. Without a key every call raises :class:`KeyProblem` naming what needed one."""

    def __init__(self, key: bytes | None) -> None:
        self._key = key
        self.used = False

    def _mac(self, message: str, what: str) -> str:
        if self._key is None:
            raise KeyProblem(f"{what} must be pseudonymised for this audience, which needs a key: pass --key-file "
                            f"or set {KEY_ENV}")
        self.used = True
        return hmac.new(self._key, message.encode("utf-8"), hashlib.sha256).hexdigest()

    @property
    def fingerprint(self) -> str | None:
        return fingerprint(self._key) if self._key is not None and self.used else None

    def value(self, kind: str, value: str, *, region: str | None = None, network: str | None = None,
              what: str = "a value") -> str:
        """``psn:`` + HMAC(kind:normalised); values already pseudonymised are left alone."""
        if value.startswith(PSEUDONYM_PREFIX):
            return value
        normalised = normalise(kind, value, region=region, network=network)
        return PSEUDONYM_PREFIX + self._mac(f"{kind}:{normalised}", what)

    def record_id(self, record_id: str) -> str:
        """``<PREFIX>-PSN-<24 hex>``: the original prefix (the publisher's), then a keyed digest of the id."""
        if _ID_PSEUDONYM.match(record_id):
            return record_id
        prefix = record_id.split("-", 1)[0]
        return f"{prefix}-PSN-{self._mac('id:' + record_id, 'a record identifier')[:24]}"
