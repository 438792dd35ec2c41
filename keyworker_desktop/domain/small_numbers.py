"""Small-number suppression for reports that leave the service (regional, national).

A count from 1 to ``threshold - 1`` could point at a young person, so it is written
as ``"<threshold"``; 0 and larger counts show as they are.
"""

from __future__ import annotations


def small(value: int, threshold: int) -> int | str:
    """``value``, or ``"<threshold"`` when it is from 1 to ``threshold - 1``."""
    return f"<{threshold}" if 0 < value < threshold else value
