"""Keyworker Desktop: offline-first case recording for keyworkers."""

__version__ = "0.1.0"
