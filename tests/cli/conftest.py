"""The sync commands run against the same central store fixtures as the sync library's tests."""

from tests.sync.conftest import database_url, postgres_server, server  # noqa: F401
