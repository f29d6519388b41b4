"""Conversation tokens: a conversation's state, signed by the server and kept by the client.

A token is `v1.<payload>.<mac>`: the payload is base64url JSON holding the conversation's id
(128 random bits, the same for every turn of one conversation), when it expires, and the state
to continue from (the last question, as plain data); the mac is HMAC-SHA256 over the payload
with the server's secret. The server keeps nothing per conversation, so memory stays flat under
any traffic, and any worker (or any server sharing the secret) can continue any conversation.
A token that is forged, altered, malformed or expired reads as None: a new conversation.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from typing import Any, NamedTuple

from ..errors import InvalidArgumentError

VERSION = "v1"
SECRET_BYTES = 32
MIN_SECRET_BYTES = 16  # 128 bits: what an attacker must guess to forge a token
ID_BYTES = 16
# A token carries at most one question (2,000 code points, up to 4 bytes each) and its terms;
# anything longer was not made here and is not worth decoding.
MAX_TOKEN_CHARS = 32_768
DEFAULT_IDLE_SECONDS = 30 * 60


class Opened(NamedTuple):
    """A token's content: the conversation id and the state to continue from (None: none)."""

    id: str
    state: Any


def new_secret() -> bytes:
    """Return a fresh random secret for signing tokens (256 bits)."""
    return secrets.token_bytes(SECRET_BYTES)


def secret_from_hex(text: str) -> bytes:
    """Return the secret written as hex in `text`.

    Raises InvalidArgumentError when it is not hex or holds fewer than 128 bits.
    """
    try:
        secret = bytes.fromhex(text.strip())
    except ValueError as error:
        raise InvalidArgumentError(
            "The conversation secret must be written in hexadecimal digits, e.g. the output of "
            "`python3 -c 'import secrets; print(secrets.token_hex(32))'`."
        ) from error
    if len(secret) < MIN_SECRET_BYTES:
        raise InvalidArgumentError(
            f"The conversation secret must hold at least {MIN_SECRET_BYTES * 2} hex digits "
            f"(128 bits), not {len(secret) * 2}."
        )
    return secret


def _is_id(value: object) -> bool:
    """Return whether `value` is a conversation id as `new_id` writes them."""
    return (
        isinstance(value, str)
        and len(value) == 22
        and all(c.isascii() and (c.isalnum() or c in "-_") for c in value)
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenSigner:
    """Signs and opens conversation tokens with one secret. Holds no per-conversation state."""

    def __init__(
        self,
        secret: bytes,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """`idle_seconds` is how long a conversation lives after its last turn; `clock` tells
        the time (tests pass their own). Raises InvalidArgumentError for a short secret."""
        if len(secret) < MIN_SECRET_BYTES:
            raise InvalidArgumentError("A conversation secret needs at least 128 bits.")
        # Keyed once: each token's MAC starts from a copy, not from the key again.
        self._keyed = hmac.new(secret, digestmod=hashlib.sha256)
        self._idle = idle_seconds
        self._clock = clock

    def new_id(self) -> str:
        """Return a new conversation id: 128 random bits, base64url."""
        return _b64(secrets.token_bytes(ID_BYTES))

    def sign(self, conversation_id: str, state: Any) -> str:
        """Return the token for `conversation_id` continuing from `state` (JSON-ready data)."""
        return self.sign_json(conversation_id, json.dumps(state, separators=(",", ":")))

    def sign_json(self, conversation_id: str, state_json: str) -> str:
        """Return the token for `conversation_id` continuing from the state written as JSON
        in `state_json` (for a caller that keeps states already written)."""
        expires = int(self._clock() + self._idle)
        # Written by hand: the id is base64url and the expiry a number, so neither needs
        # escaping, and a repeated state is not encoded again.
        body = f'{{"i":"{conversation_id}","e":{expires},"s":{state_json}}}'
        payload = _b64(body.encode("utf-8"))
        return f"{VERSION}.{payload}.{self._mac(payload)}"

    def open(self, token: str) -> Opened | None:
        """Return what `token` holds, or None when it is not one this server signed or it has
        expired."""
        if len(token) > MAX_TOKEN_CHARS or not token.isascii():
            return None
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != VERSION:
            return None
        _, payload, mac = parts
        if not hmac.compare_digest(mac, self._mac(payload)):
            return None
        try:
            data = json.loads(_unb64(payload).decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        if not isinstance(data, dict) or not _is_id(data.get("i")):
            return None
        expires = data.get("e")
        if not isinstance(expires, int) or expires < self._clock():
            return None
        return Opened(data["i"], data.get("s"))

    def _mac(self, payload: str) -> str:
        mac = self._keyed.copy()
        mac.update(payload.encode("ascii"))
        return _b64(mac.digest())
