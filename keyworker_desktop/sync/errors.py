"""The errors a sync raises: each ``message`` is for the user, without personal data.

Each carries a coded :class:`~keyworker_desktop.domain.i18n.Message` (marked in the "Errors"
context): ``str(err)`` is English, ``err.message`` the words in the reader's language."""

from __future__ import annotations

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, WordedError


# -- errors the UI shows ----------------------------------------------------------
class SyncError(WordedError):
    """A sync that could not finish; ``message`` is for the user, without personal data."""


class Offline(SyncError):
    """The central store could not be reached; nothing is lost, try later."""


class InsecureServer(SyncError):
    """Plain HTTP to anything but this machine."""


class UntrustedServer(SyncError):
    """The central store's certificate failed verification; nothing was sent to it."""

    def __init__(self, message: Message | str = "") -> None:
        super().__init__(message or Message("sync.untrusted_server", QT_TRANSLATE_NOOP(
            "Errors", "The central store's certificate could not be checked, so nothing was "
            "sent. Your changes are kept on this laptop. Please ask your organisation's IT "
            "support for its certificate authority file.")))


class CaFileUnreadable(UntrustedServer):
    """The certificate authority file given for the central store cannot be read."""

    def __init__(self) -> None:
        super().__init__(Message("sync.ca_file_unreadable", QT_TRANSLATE_NOOP(
            "Errors", "The certificate authority file set for the central store cannot be "
            "read, so its certificate cannot be checked and nothing was sent. Please ask your "
            "organisation's IT support (on the command line: keyworker sync --ca-cert FILE).")))


class AuthenticationFailed(SyncError):
    """Wrong user name or password, or a token the server does not know."""


class SignInAgain(AuthenticationFailed):
    """This laptop's sign-in ended (unused too long, or its password was reset): the token
    is forgotten, and the next sync asks for the user name and password again."""


class AccountDisabled(AuthenticationFailed):
    """The user's account is disabled on the central store; the laptop keeps its data."""


class DeviceRevoked(SyncError):
    """This laptop was revoked; its local store has been wiped. ``unsynced``: how many
    changes made on it had not reached the central store and were lost with it."""

    def __init__(self, message: Message | str, unsynced: int = 0) -> None:
        super().__init__(message)
        self.unsynced = unsynced


class ServerRefused(SyncError):
    """The server answered with an error (``code``) for the whole request."""

    def __init__(self, message: Message | str, code: str, status: int,
                 limit: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        # The bound the central store named with "too_large" (changes in a push, or bytes).
        self.limit = limit


class DemoStore(SyncError):
    """The store holds the fictional demo caseload, which must never reach the central store."""

    def __init__(self) -> None:
        super().__init__(Message("sync.demo_store", QT_TRANSLATE_NOOP(
            "Errors", "This laptop's store holds the fictional demo caseload, which never "
            "syncs. To sync real records, start a new store in another folder.")))


class _Revoked(Exception):
    """The central store said this device is revoked (raised off the sync's own thread)."""


class DeleteRefused(SyncError):
    """The user said no to a sync that would delete many records; nothing was deleted."""
