"""The central store (``keyworker-central``): an ASGI service over SQLAlchemy."""
