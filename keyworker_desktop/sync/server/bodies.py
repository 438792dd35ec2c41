"""Reading a request's JSON body without trusting it: its type, size, speed and shape.

Everything here happens before a body reaches validation or the database, so that a
hostile or broken client costs at most ``limit`` bytes of memory and ``timeout``
seconds, and whatever it sends answers 4xx, never 500.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from typing import Any

from starlette.requests import Request

from keyworker_desktop.sync.server.validate import ApiError, malformed

# Deeper than any body of the protocol (a push is four levels deep); json.loads itself
# gives up with RecursionError near 1,000.
MAX_DEPTH = 32
# Lone surrogates cannot be stored as UTF-8; NUL cannot be stored in a PostgreSQL text.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def too_large(limit: int) -> ApiError:
    return ApiError(413, "too_large", f"a request body is at most {limit} bytes",
                    {"limit": limit})


def check_json_type(request: Request) -> None:
    """415 unless the body is declared ``application/json``.

    A browser sends ``text/plain`` (and form types) cross-site without asking first;
    ``application/json`` makes it ask (a CORS preflight), which this server never grants.
    """
    given = request.headers.get("content-type")
    if given is None and request.headers.get("content-length", "0") == "0" and \
            "transfer-encoding" not in request.headers:
        raise malformed("a JSON body is required")
    if (given or "").split(";", 1)[0].strip().lower() != "application/json":
        raise ApiError(415, "unsupported_media_type", "the body must be application/json")


def check_declared_length(request: Request, limit: int) -> None:
    """413 before reading anything when the declared length is over the limit."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The body, read as it streams in: 413 as soon as it passes ``limit`` (nothing more is
    read), 408 when it takes longer than ``timeout`` seconds in all."""
    check_declared_length(request, limit)
    body = bytearray()
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                body.extend(chunk)
                if len(body) > limit:
                    raise too_large(limit)
    except TimeoutError:
        raise ApiError(408, "request_timeout",
                       f"the body did not arrive within {timeout:g} seconds") from None
    return bytes(body)


def _refuse_constant(name: str) -> Any:
    raise malformed(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise malformed("a number is out of range")
    return value


def parse(body: bytes) -> Any:
    """The JSON value of ``body``, or 400 for anything the store could not hold: invalid
    JSON, NaN or infinite numbers, nesting deeper than :data:`MAX_DEPTH`, NUL characters
    or lone surrogates in any string or key."""
    try:
        value = json.loads(body, parse_constant=_refuse_constant, parse_float=_finite)
    except RecursionError:
        raise malformed(f"the body is nested deeper than {MAX_DEPTH} levels") from None
    except (ValueError, UnicodeDecodeError):
        raise malformed("the body is not valid JSON") from None
    _check_shape(value)
    return value


def _check_shape(value: Any) -> None:
    # Iterative, so that checking a deep value cannot itself run out of stack.
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if _UNSTORABLE.search(item):
                raise malformed("a string holds a NUL character or a lone surrogate")
        elif isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                raise malformed(f"the body is nested deeper than {MAX_DEPTH} levels")
            if isinstance(item, dict):
                stack.extend((k, depth) for k in item)
                stack.extend((v, depth + 1) for v in item.values())
            else:
                stack.extend((v, depth + 1) for v in item)
