"""Pseudonymisation keys: made by ``gpos keygen``, checked for strength, named by a random identifier.

A pseudonym is only as strong as its key: anyone with a package can try to guess a weak key, since the
pseudonyms of a few known values (a public agency's phone number) let them test each guess. So keys are made
at random (256 bits), and a key that looks made by hand (short, little randomness, common words) is refused.
A key file written by ``gpos keygen`` holds one line::

    gpos-key-1 <key id: 16 hex> <the key: 32 bytes in base64url>

The key id is drawn at random when the key is made and travels with it, so the manifest can name the key
(``key_id``) without saying anything about it: unlike a hash of the key, it cannot be used to test guesses.
A key given another way (any other file, or ``GPOS_PSEUDONYM_KEY``) is used as its bytes, if strong enough,
and has no id.
"""

from __future__ import annotations

import base64
import binascii
import math
import os
import re
import secrets
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

KEY_ENV = "GPOS_PSEUDONYM_KEY"
KEY_BYTES = 32
MIN_KEY_BYTES = 32
MIN_BITS = 128
HEADER = "gpos-key-1"
HOW = "make one with: gpos keygen -o key.bin (then pass --key-file key.bin, and share the file only through the " \
      "partnership's secure channel)"
_WORDS = re.compile(r"pass|secret|qwert|letmein|changeme|admin|welcome|123456|abcdef|test|default",
                    re.IGNORECASE)
_LINE = re.compile(rf"^{HEADER} ([0-9a-f]{{16}}) ([A-Za-z0-9_-]{{43}}=?)$")


class KeyProblem(ValueError):
    """No usable key: redaction that pseudonymises cannot go on (the CLI exits 2)."""


@dataclass(frozen=True)
class Key:
    """The secret and, for keys made by ``gpos keygen``, the random id that names it."""

    secret: bytes = field(repr=False)
    key_id: str | None = None


def generate() -> tuple[Key, bytes]:
    """A new random key and the content of its key file."""
    key = Key(secrets.token_bytes(KEY_BYTES), secrets.token_hex(8))
    text = f"{HEADER} {key.key_id} {base64.urlsafe_b64encode(key.secret).decode()}\n"
    return key, text.encode("ascii")


def write_key_file(path: Path) -> Key:
    """Write a new key to ``path``, readable by its owner only, atomically; an existing file is never replaced."""
    from ..io.output import write_bytes

    if path.exists() or path.is_symlink():
        raise FileExistsError(f"{path} already exists; a key file is never overwritten (pseudonyms made with the "
                              "old key would no longer match)")
    key, content = generate()
    write_bytes(path, content, mode=0o600)
    return key


def weakness(material: bytes) -> str | None:
    """Why a key given as raw bytes is too weak to use, or None."""
    if len(material) < MIN_KEY_BYTES:
        return f"it is {len(material)} bytes long; at least {MIN_KEY_BYTES} are needed"
    counts = Counter(material)
    entropy = -sum(n / len(material) * math.log2(n / len(material)) for n in counts.values()) * len(material)
    if entropy < MIN_BITS:
        return f"it holds too little randomness (about {int(entropy)} bits, at least {MIN_BITS} are needed)"
    if _WORDS.search(material.decode("latin-1")):
        return "it contains a word or a pattern people use in passwords"
    return None


def parse(material: bytes, origin: str) -> Key:
    """The key in a key file's content or in the environment variable; KeyProblem when unusable."""
    text = material.decode("latin-1").strip()
    if text.startswith(HEADER):
        match = _LINE.match(text)
        if match is None:
            raise KeyProblem(f"{origin} starts like a gpos key file but is damaged; {HOW}")
        try:
            secret = base64.urlsafe_b64decode(match.group(2) + "=" * (-len(match.group(2)) % 4))
        except (binascii.Error, ValueError):
            raise KeyProblem(f"{origin} starts like a gpos key file but is damaged; {HOW}") from None
        if len(secret) != KEY_BYTES or len(set(secret)) < 8:
            raise KeyProblem(f"the key in {origin} is not a random {KEY_BYTES}-byte key; {HOW}")
        return Key(secret, match.group(1))
    raw = material.rstrip()
    problem = weakness(raw)
    if problem:
        raise KeyProblem(f"the pseudonymisation key in {origin} is too weak: {problem}; {HOW}")
    return Key(raw, None)


def load_key(key_file: Path | None = None, environ: dict[str, str] | None = None) -> Key | None:
    """The key from a file or ``GPOS_PSEUDONYM_KEY``; None if neither is given."""
    env = os.environ if environ is None else environ
    if key_file is not None:
        try:
            material = key_file.read_bytes()
        except OSError as exc:
            raise KeyProblem(f"cannot read the key file {key_file}: {exc.strerror}") from None
        return parse(material, str(key_file))
    if env.get(KEY_ENV):
        return parse(env[KEY_ENV].encode("utf-8"), KEY_ENV)
    return None
