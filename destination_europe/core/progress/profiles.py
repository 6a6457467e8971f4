"""Learner and teacher profiles: names, avatar colours, PIN hashing and the lock-out rule."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

LEARNER = "learner"
TEACHER = "teacher"
MAX_NAME = 80
MIN_PIN = 4
MAX_PIN = 64
# Avatar colours offered to learners (and given in turn to a class created from a list).
PALETTE: tuple[str, ...] = (
    "#2a6f97",
    "#c44536",
    "#2d6a4f",
    "#7b2cbf",
    "#b5651d",
    "#00798c",
    "#d1495b",
    "#3d405b",
    "#6a994e",
    "#9c6644",
)
# scrypt cost: ~16 MiB and a few tens of ms per check.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
# Wrong tries allowed before a wait is imposed, the first wait and its ceiling (seconds).
FREE_TRIES = 3
FIRST_DELAY = 5.0
MAX_DELAY = 300.0


class ProfileError(ValueError):
    """A profile request is invalid; ``code`` says why (``empty-name``, ``bad-pin``, …)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    name: str
    kind: str
    colour: str
    created_at: str
    updated_at: str

    @property
    def is_teacher(self) -> bool:
        return self.kind == TEACHER


@dataclass(frozen=True)
class PinResult:
    """Result of a PIN check. ``retry_after`` is how many seconds the UI must wait before
    the next try is even looked at (0 when it may try at once). Truthy when the PIN was right."""

    ok: bool
    retry_after: float = 0.0
    failed_tries: int = 0

    def __bool__(self) -> bool:
        return self.ok


def clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise ProfileError("empty-name")
    if len(cleaned) > MAX_NAME:
        raise ProfileError("name-too-long", cleaned[:20])
    return cleaned


def check_colour(colour: str) -> str:
    value = str(colour).strip().lower()
    if len(value) != 7 or value[0] != "#" or any(c not in "0123456789abcdef" for c in value[1:]):
        raise ProfileError("bad-colour", value)
    return value


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt-hex$hash-hex`` with a fresh 16-byte salt."""
    if not isinstance(pin, str) or not (MIN_PIN <= len(pin) <= MAX_PIN):
        raise ProfileError("bad-pin")
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        digest = hashlib.scrypt(
            str(pin).encode("utf-8"),
            salt=bytes.fromhex(salt_hex),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def delay_after(failed_tries: int) -> float:
    """Wait imposed after ``failed_tries`` wrong PINs in a row: none for the first
    ``FREE_TRIES - 1``, then 5 s, 10 s, 20 s … up to 5 minutes."""
    if failed_tries < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failed_tries - FREE_TRIES))


def split_names(text: str) -> list[str]:
    """Names from a pasted list (one per line, or separated by commas or semicolons)."""
    parts: list[str] = []
    for line in str(text).splitlines():
        for chunk in line.replace(";", ",").split(","):
            if chunk.strip():
                parts.append(chunk)
    return parts
