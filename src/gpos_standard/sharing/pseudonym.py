"""Keyed pseudonyms: equal identifiers give equal pseudonyms for everyone holding the same key, and nothing else.

A pseudonym is ``psn:`` + HMAC-SHA-256(key, kind + ":" + normalised value) in lower-case hex. Values are
normalised first (E.164 phones, lower-case e-mails and domains, checksummed wallets, IBANs without spaces,
case-folded names) so that two members who wrote the same identifier differently still match. Record ids become
``<CC>-PSN-<24 hex>`` (CC: the export's member country) so they keep the identifier pattern and every reference
to them can be rewritten; nothing of the original id is kept.

Only ``gpos redact`` makes pseudonyms, and it pseudonymises every value it is given, whatever it looks like: a
value typed as ``psn:...`` by a publisher is a value like any other. The one exception is re-redacting a
package that ``gpos redact`` made under the same key (its manifest names the key id): the slots it lists as
pseudonymised then hold pseudonyms, which are kept (and a value there that is not of the pseudonym form is
pseudonymised). The key is never written anywhere (see :mod:`.keys`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable

from .._patterns import PSEUDONYM_PATTERN, PSEUDONYM_PREFIX
from ..identifiers import check, network_formats
from .keys import KEY_ENV, Key, KeyProblem, load_key

__all__ = ["KEY_ENV", "Key", "KeyProblem", "Pseudonymiser", "load_key", "normalise"]

_SPACES = re.compile(r"\s+")
_ID_PSEUDONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}-PSN-[0-9a-f]{24}$")
_VALUE_PSEUDONYM = re.compile(rf"^{PSEUDONYM_PATTERN}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")

# Indicator and contact types -> pseudonym kind and the identifiers module kind used to normalise them.
TYPE_KIND: dict[str, str] = {
    "phone_number": "phone", "email_address": "email", "url": "url", "domain": "domain",
    "crypto_wallet_address": "wallet", "bank_account": "account_number", "ip_address": "ip",
}


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
    """Pseudonyms under one key. Without a key every call raises :class:`KeyProblem` naming what needed one.

    ``trusted``: slots (``Class.slot``) of an input that ``gpos redact`` already pseudonymised under this same
    key; values there of the pseudonym form are kept as they are.
    """

    def __init__(self, key: Key | bytes | None, *, country: str | None = None,
                 trusted: Iterable[str] = ()) -> None:
        self._key = Key(key) if isinstance(key, bytes) else key
        self.used = False
        self.prefix = country if isinstance(country, str) and _COUNTRY.match(country) else "XX"
        self.trusted = frozenset(trusted)

    def _mac(self, message: str, what: str) -> str:
        if self._key is None:
            raise KeyProblem(f"{what} must be pseudonymised for this audience, which needs a key: pass --key-file "
                            f"or set {KEY_ENV}")
        self.used = True
        return hmac.new(self._key.secret, message.encode("utf-8"), hashlib.sha256).hexdigest()

    @property
    def key_id(self) -> str | None:
        """The id of the key, once a pseudonym was made with it (None for a key without an id)."""
        return self._key.key_id if self._key is not None and self.used else None

    def value(self, kind: str, value: str, *, region: str | None = None, network: str | None = None,
              what: str = "a value") -> str:
        """``psn:`` + HMAC(kind:normalised), for every value, whatever it looks like."""
        if what in self.trusted and _VALUE_PSEUDONYM.match(value):
            return value
        normalised = normalise(kind, value, region=region, network=network)
        return PSEUDONYM_PREFIX + self._mac(f"{kind}:{normalised}", what)

    def record_id(self, record_id: str, what: str = "a record identifier") -> str:
        """``<CC>-PSN-<24 hex>``: the member country, then a keyed digest of the id."""
        if what in self.trusted and _ID_PSEUDONYM.match(record_id):
            return record_id
        return f"{self.prefix}-PSN-{self._mac('id:' + record_id, 'a record identifier')[:24]}"
