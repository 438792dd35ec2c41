"""Reading a request's JSON body without trusting it: its type, size and speed.

Everything here happens before a body is decoded into its wire type (:mod:`.validate`),
so that a hostile or broken client costs at most ``limit`` bytes of memory and
``timeout`` seconds, and whatever it sends answers 4xx, never 500.
"""

from __future__ import annotations

import asyncio

from starlette.requests import Request

from keyworker_desktop.sync.server.validate import ApiError, malformed


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
