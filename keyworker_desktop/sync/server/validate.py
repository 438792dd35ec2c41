"""Request bodies and arguments decoded into the protocol's types (:mod:`..wire`), with
the central store's error answer for anything they do not hold.

The rules themselves live in the types; this module only turns msgspec's refusal into
the protocol's 400 (or 413 for a batch over its limit), naming where, never echoing a value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from keyworker_desktop.sync import wire
from keyworker_desktop.sync.wire import MAX_BATCH, MAX_PAGE, PullArgs, PushChange

__all__ = ["MAX_BATCH", "MAX_BODY", "MAX_PAGE", "ApiError", "PushChange", "PushedChange",
           "decode", "malformed", "validate_pull_args", "validate_push"]

MAX_BODY = wire.MAX_PUSH_BODY
PushedChange = PushChange
# Deeper than any body of the protocol (a push is four levels deep, a field's value a few).
MAX_DEPTH = 32
T = TypeVar("T")
_WHERE = re.compile(r" - at `\$(?:\.changes\[(\d+)\])?\.?([A-Za-z_]*)[^`]*`$")


class ApiError(Exception):
    """An answer with an error body: status, code, a message without personal data."""

    def __init__(self, status: int, code: str, message: str,
                 details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


def malformed(message: str, **details: Any) -> ApiError:
    return ApiError(400, "malformed", message, details)


def _refusal(exc: msgspec.ValidationError) -> ApiError:
    text = str(exc)
    where = _WHERE.search(text)
    details: dict[str, Any] = {}
    if where is not None:
        if where.group(1) is not None:
            details["index"] = int(where.group(1))
        if where.group(2):
            details["field"] = where.group(2)
    if details == {"field": "changes"} and "length <=" in text:
        return ApiError(413, "too_large", f"at most {MAX_BATCH} changes per push",
                        {"limit": MAX_BATCH})
    # msgspec names an unexpected enum value; the protocol's answers echo no value.
    text = re.sub(r"Invalid enum value .*? - at", "Invalid enum value - at", text)
    return malformed(text, **details)


def decode(raw: bytes, kind: type[T]) -> T:
    """``raw`` as a ``kind``, or 400 naming what is wrong: invalid JSON, NaN or infinite
    numbers, a NUL or a lone surrogate in any string or key, nesting deeper than
    :data:`MAX_DEPTH`, or anything the type does not allow."""
    try:
        value = msgspec.json.decode(raw, type=kind)
    except RecursionError:
        raise malformed(f"the body is nested deeper than {MAX_DEPTH} levels") from None
    except msgspec.ValidationError as exc:
        if "got `float`" not in str(exc):
            raise _refusal(exc) from None
        value = _with_whole_numbers(raw, kind)
    except msgspec.DecodeError:
        # Also NaN, 1e309, raw control characters and lone surrogates (msgspec's own).
        raise malformed("the body is not valid JSON") from None
    if b"\\u0000" in raw:  # the only unstorable character msgspec lets through
        _check_strings(msgspec.json.decode(raw))
    _check_depth(value)
    return value


def _with_whole_numbers(raw: bytes, kind: type[T]) -> T:
    """``raw`` as a ``kind`` when its only fault is a whole number written as ``5.0`` where
    the protocol has an integer (JSON Schema counts 5.0 as an integer)."""
    generic = msgspec.json.decode(raw)

    def whole(item: Any) -> Any:
        if isinstance(item, dict):
            return {k: int(v) if isinstance(v, float) and v.is_integer() else v
                    for k, v in item.items()}
        return item

    if isinstance(generic, dict):
        generic = whole(generic)
        if isinstance(generic.get("changes"), list):
            generic["changes"] = [whole(c) for c in generic["changes"]]
    try:
        return msgspec.convert(generic, kind)
    except msgspec.ValidationError as exc:
        raise _refusal(exc) from None


def validate_push(raw: bytes) -> list[PushChange]:
    """The changes of a push body, or :class:`ApiError` 400/413 naming what is wrong."""
    return decode(raw, wire.PushBody).changes


def validate_pull_args(query: Mapping[str, str]) -> tuple[int, int]:
    unknown = set(query) - set(PullArgs.__struct_fields__)
    if unknown:
        raise malformed("unknown query parameters", names=sorted(unknown)[:10])
    try:
        args = msgspec.convert(dict(query), PullArgs, strict=False)
    except msgspec.ValidationError:
        raise malformed("'after' must be a sequence number >= 0 and 'limit' a whole "
                        "number >= 1") from None
    return args.after, min(args.limit, MAX_PAGE)


def validate_report_args(query: Mapping[str, str]) -> wire.ReportArgs:
    """The report's query (``from``, ``to``, ...), or 400 naming what is wrong."""
    unknown = set(query) - {wire.ReportArgs.__struct_encode_fields__[i]
                            for i in range(len(wire.ReportArgs.__struct_fields__))}
    if unknown:
        raise malformed("unknown query parameters", names=sorted(unknown)[:10])
    try:
        args = msgspec.convert(dict(query), wire.ReportArgs, strict=False)
    except msgspec.ValidationError as exc:
        text = re.sub(r"Invalid enum value .*? - at", "Invalid enum value - at", str(exc))
        raise malformed(f"{text}: 'from' and 'to' are dates (YYYY-MM-DD), 'suppress' true "
                        "or false, 'threshold' 2 to 20, 'caseload_limit' 1 to 20") from None
    if args.to < args.from_:
        raise malformed("the period ends before it starts: 'to' must be on or after 'from'")
    return args


def _check_strings(value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise malformed("a string holds a NUL character")
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _check_depth(value: Any) -> None:
    """Only values of type Any can nest: the ``fields`` of each change."""
    if isinstance(value, wire.PushBody):
        roots: list[Any] = [c.fields for c in value.changes]
        start = 4
    else:
        return
    # Most fields hold no list or object: only those that do are walked. (What msgspec
    # decodes is exactly a dict or a list: a type test costs a third of isinstance.)
    stack = [(v, start + 1) for root in roots if type(root) is dict
             for v in root.values() if type(v) is dict or type(v) is list]
    stack.extend((root, start) for root in roots if type(root) is not dict)
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                raise malformed(f"the body is nested deeper than {MAX_DEPTH} levels")
            stack.extend((v, depth + 1) for v in (item.values() if isinstance(item, dict)
                                                  else item))
