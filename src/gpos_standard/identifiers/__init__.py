"""Validation and normalisation of the identifiers found in scam reports: phones, wallets, bank accounts and more.

``check(kind, value)`` says whether a value is well formed (checksums included) and gives the canonical form that
members match on. Each family lives in its own module and is imported on first use, so importing this package
stays cheap and a job that only checks IBANs never loads the phone metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from ._result import IdResult, bad

__all__ = ["KINDS", "IdResult", "check"]

# kind -> (module, function); each function takes the stripped value and returns an IdResult.
_REGISTRY: dict[str, tuple[str, str]] = {
    "phone": ("phone", "check_phone"),
    "email": ("web", "check_email"),
    "url": ("web", "check_url"),
    "domain": ("web", "check_domain"),
    "iban": ("banking", "check_iban"),
    "bic": ("banking", "check_bic"),
    "btc": ("crypto", "check_btc"),
    "eth": ("crypto", "check_eth"),
    "evm": ("crypto", "check_eth"),  # every EVM chain uses Ethereum's address format
    "trx": ("crypto", "check_trx"),
    "country": ("iso", "check_country"),
    "currency": ("iso", "check_currency"),
    "language": ("iso", "check_language"),
}
KINDS: tuple[str, ...] = tuple(_REGISTRY)

_loaded: dict[str, Callable[..., IdResult]] = {}


def _checker(kind: str) -> Callable[..., IdResult]:
    try:
        module, name = _REGISTRY[kind]
    except KeyError:
        raise ValueError(f"unknown identifier kind {kind!r}; expected one of {', '.join(KINDS)}") from None
    fn: Callable[..., IdResult] = getattr(import_module(f".{module}", __name__), name)
    _loaded[kind] = fn
    return fn


def check(kind: str, value: str, *, country: str | None = None) -> IdResult:
    """Check ``value`` as an identifier of ``kind`` (one of ``KINDS``) and give its normalised form.

    ``country`` is the default region (ISO 3166-1 alpha-2) for phone numbers written in national format; other
    kinds ignore it. Surrounding whitespace is ignored. An unknown ``kind`` is a programming error and raises
    ``ValueError``; a bad value never raises.
    """
    fn = _loaded.get(kind) or _checker(kind)
    if not isinstance(value, str):
        return bad("the value is not text")
    value = value.strip()
    if not value:
        return bad("the value is empty")
    if kind == "phone":
        return fn(value, country)
    return fn(value)
