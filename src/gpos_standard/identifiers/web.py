"""Domains, e-mail addresses and URLs: syntax only, never a network lookup.

Domains are normalised to lower-case ASCII (internationalised names to punycode with UTS 46 / IDNA 2008) so that
``Exämple.com`` and ``xn--exmple-cua.com`` match across members; the same form is used inside e-mail addresses.
A URL is valid when the WHATWG URL Standard parses it (what browsers do, through the maintained ``ada-url``
bindings, imported on first use), so a host name with an underscore is accepted in a URL while a bare domain keeps
the host-name rule; its canonical form is the parser's serialisation (href).
"""

from __future__ import annotations

import re

from ._result import IdResult, bad, ok

# Whitespace, control characters and invisible formatting characters (a common phishing trick).
_FORBIDDEN_RE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_LABEL_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TLD_RE = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
# RFC 5322 dot-atom; characters beyond ASCII are allowed in the local part (RFC 6531, SMTPUTF8).
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]+"
_LOCAL_RE = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")
_URL_SCHEMES = frozenset({"http", "https", "ftp"})
# The common case in one match: lower-case ASCII labels and an alphabetic top-level domain, no punycode. What it
# accepts, the label-by-label checks below accept too; anything else takes them.
_PLAIN_DOMAIN_RE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


def _domain(value: str) -> tuple[str | None, str | None]:
    """Return ``(normalised, None)`` or ``(None, reason)``; shared by the three kinds."""
    if len(value) > 1024:  # far beyond 253 even as punycode; spares IDNA work on junk
        return None, "a domain name may have at most 253 characters"
    if _FORBIDDEN_RE.search(value):
        return None, "contains a space, control or invisible character"
    if value.endswith("."):  # the root label of a fully qualified name
        value = value[:-1]
    if value.isascii():
        value = value.lower()
        if len(value) <= 253 and "xn--" not in value and _PLAIN_DOMAIN_RE.fullmatch(value):
            return value, None
    else:
        import idna

        try:
            value = idna.encode(value, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            return None, "the internationalised domain name is not valid IDNA"
    if len(value) > 253:
        return None, "a domain name may have at most 253 characters"
    labels = value.split(".")
    if len(labels) < 2:
        return None, "a domain name needs at least two labels, as in example.com"
    for label in labels:
        if not label:
            return None, "a domain name cannot have an empty label (a leading dot or two dots in a row)"
        if len(label) > 63:
            return None, "a label of a domain name may have at most 63 characters"
        if not _LABEL_RE.fullmatch(label):
            return None, "a label of a domain name may contain only letters, digits and inner hyphens"
        if label.startswith("xn--"):
            try:
                label[4:].encode("ascii").decode("punycode")
            except UnicodeError:
                return None, "a label starting with xn-- is not valid punycode"
    if not _TLD_RE.fullmatch(labels[-1]):
        return None, "the top-level domain must be alphabetic or punycode"
    return value, None


def check_domain(value: str) -> IdResult:
    normalised, reason = _domain(value)
    return ok(normalised) if normalised else bad(reason or "not a domain name")


def check_email(value: str) -> IdResult:
    if len(value) > 320:
        return bad("too long for an e-mail address")
    if _FORBIDDEN_RE.search(value):
        return bad("contains a space, control or invisible character")
    local, at, domain = value.rpartition("@")
    if not at or not local:
        return bad("an e-mail address needs a part before and after a single @")
    if len(local.encode("utf-8")) > 64:
        return bad("the part before @ may have at most 64 bytes")
    if not _LOCAL_RE.fullmatch(local):
        return bad("the part before @ has characters or dots not allowed in an e-mail address")
    if domain.startswith("["):
        return bad("addresses with an IP address instead of a domain are not accepted")
    normalised, reason = _domain(domain)
    if not normalised:
        return bad(f"the part after @ is not a valid domain: {reason}")
    address = f"{local}@{normalised}"
    if len(address.encode("utf-8")) > 254:
        return bad("an e-mail address may have at most 254 bytes")
    return ok(address)


def check_url(value: str) -> IdResult:
    if len(value) > 8192:
        return bad("too long for a URL")
    # The URL Standard silently drops tabs and newlines and trims spaces and control characters: rejecting them
    # keeps the value as observed equal to the URL a browser opens. Invisible characters are a phishing trick.
    if _FORBIDDEN_RE.search(value):
        return bad("contains a space, control or invisible character")
    scheme = value.partition(":")[0].lower()
    if scheme not in _URL_SCHEMES:
        return bad("only http, https and ftp URLs are accepted (the URL must start with the scheme)")
    from ada_url import URL

    try:
        href = URL(value).href
    except ValueError:
        return bad("not a URL the WHATWG URL Standard (what browsers do) accepts: check the host, port and percent "
                   "escapes")
    return ok(href)
