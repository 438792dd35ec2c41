"""How the desktop's sync requests travel (no Qt): which certificates it trusts.

An organisation may run its central store with a certificate from its own
certificate authority; :func:`trust` turns that authority's file into what
httpx verifies against, and :func:`untrusted` tells a certificate that failed
verification from a central store that cannot be reached.
"""

from __future__ import annotations

import ssl
from pathlib import Path


def trust(ca_file: str | Path | None) -> ssl.SSLContext | bool:
    """What to verify the central store's certificate against: ``ca_file`` only, or the default.

    Raises ``OSError`` or ``ssl.SSLError`` when the file cannot be read as certificates.
    """
    if ca_file is None:
        return True
    return ssl.create_default_context(cafile=str(ca_file))


def untrusted(exc: BaseException) -> bool:
    """Did ``exc`` (an httpx error) come from a certificate that failed verification?"""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, ssl.SSLCertVerificationError):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False
