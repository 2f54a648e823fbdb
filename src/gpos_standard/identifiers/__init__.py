"""Validation and normalisation of the identifiers found in scam reports: phones, wallets, bank accounts and more.

``check(kind, value)`` says whether a value is well formed (checksums included) and gives the canonical form that
members match on. Each family lives in its own module and is imported on first use, so importing this package
stays cheap and a job that only checks IBANs never loads the phone metadata.

Wallet addresses have one kind per address format; the ``address_format`` column of the crypto_network code list
says which format each network code uses (the kind ``wallet`` with ``network=`` picks it from there).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module
from typing import Any

from ._result import IdResult, bad

__all__ = ["KINDS", "NETWORK_KIND", "IdResult", "check", "network_formats", "network_kind"]

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
    "etc": ("crypto", "check_eth"),  # Ethereum Classic too (EIP-55, not the chain-specific EIP-1191)
    "trx": ("crypto", "check_trx"),
    "ltc": ("crypto", "check_ltc"),
    "doge": ("crypto", "check_doge"),
    "dash": ("crypto", "check_dash"),
    "bsv": ("crypto", "check_bsv"),
    "btg": ("crypto", "check_btg"),
    "neo": ("crypto", "check_neo"),
    "bch": ("cashaddr", "check_bch"),
    "xmr": ("monero", "check_xmr"),
    "zec": ("zcash", "check_zec"),
    "ada": ("cardano", "check_ada"),
    "sol": ("ledgers", "check_sol"),
    "xrp": ("ledgers", "check_xrp"),
    "xlm": ("ledgers", "check_xlm"),
    "dot": ("ledgers", "check_dot"),
    "ton": ("ledgers", "check_ton"),
    "bnb": ("ledgers", "check_bnb"),
    "imei": ("artefacts", "check_imei"),
    "file_hash": ("artefacts", "check_file_hash"),
    "tx_hash": ("artefacts", "check_tx_hash"),
    "app_package": ("artefacts", "check_app_package"),
    "sms_sender": ("artefacts", "check_sms_sender"),
    # payment aliases: one kind per alias_format of the payment_scheme code list
    "promptpay": ("payments", "check_promptpay"),
    "upi_vpa": ("payments", "check_upi_vpa"),
    "pix_key": ("payments", "check_pix_key"),
    "pe_mobile": ("payments", "check_pe_mobile"),
    "country": ("iso", "check_country"),
    "currency": ("iso", "check_currency"),
    "language": ("iso", "check_language"),
}
KINDS: tuple[str, ...] = (*_REGISTRY, "wallet")


@cache
def _networks() -> dict[str, str]:
    """Crypto network code -> address kind ("" for a network whose addresses have no format to check), from the
    current version's code list: read on first use, so that importing this package stays cheap."""
    from ..resources import codelists

    codes = codelists()["crypto_network"]["codes"]
    return {c["code"]: c.get("attributes", {}).get("address_format", "") for c in codes}


def network_formats() -> dict[str, str]:
    """Crypto network code -> the kind of its addresses, for the networks that have one."""
    return {network: kind for network, kind in _networks().items() if kind}


def __getattr__(name: str) -> Any:
    if name == "NETWORK_KIND":  # kept for callers of the constant; the code list is the source
        return network_formats()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_loaded: dict[str, Callable[..., IdResult]] = {}


def network_kind(network: str | None) -> str:
    """The address kind of a crypto network code; ``ValueError`` if the code is unknown or has no format."""
    networks = _networks()
    if network not in networks:
        raise ValueError(f"unknown crypto network {network!r}; expected one of {', '.join(networks)}")
    if not networks[network]:
        raise ValueError(f"the crypto network {network!r} has no address format to check")
    return networks[network]


def _checker(kind: str) -> Callable[..., IdResult]:
    try:
        module, name = _REGISTRY[kind]
    except KeyError:
        raise ValueError(f"unknown identifier kind {kind!r}; expected one of {', '.join(KINDS)}") from None
    fn: Callable[..., IdResult] = getattr(import_module(f".{module}", __name__), name)
    _loaded[kind] = fn
    return fn


def check(kind: str, value: str, *, country: str | None = None, network: str | None = None) -> IdResult:
    """Check ``value`` as an identifier of ``kind`` (one of ``KINDS``) and give its normalised form.

    ``country`` is the default region (ISO 3166-1 alpha-2) for phone numbers written in national format; other
    kinds ignore it. For ``kind="wallet"``, ``network`` is the crypto network code whose address format applies;
    other kinds ignore it. Surrounding whitespace is ignored. An unknown ``kind``, or a wallet without a known
    network that has an address format, is a programming error and raises ``ValueError``; a bad value never
    raises.
    """
    if kind == "wallet":
        kind = network_kind(network)
    fn = _loaded.get(kind) or _checker(kind)
    if not isinstance(value, str):
        return bad("the value is not text")
    value = value.strip()
    if not value:
        return bad("the value is empty")
    if kind == "phone":
        return fn(value, country)
    return fn(value)
