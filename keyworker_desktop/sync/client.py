"""The desktop side of sync (no Qt): register, push the change log, pull and apply pages.

The UI runs :meth:`SyncClient.sync` off the GUI thread with a progress
callback, a cancel check and a question service for the mass-delete safety
stop, and shows the :class:`SyncSummary` it returns. Offline is not an error
to the user: :class:`Offline` says the changes stay on the laptop. A central
store whose certificate fails verification is not offline: :class:`UntrustedServer`.
"""

from __future__ import annotations

import functools
import platform
import ssl
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, cast

import httpx
from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.store import settings
from keyworker_desktop.store.bulk import among
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry, YoungPerson
from keyworker_desktop.store.models.sync import SyncPin
from keyworker_desktop.store.secrets import DeviceSecrets
from keyworker_desktop.store.sqlcipher import WAL_BYTES
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.apply import apply_page
from keyworker_desktop.sync.batching import (
    FIRST_BATCH,
    PUSH_BYTES,
    Unpushed,
    live_records,
    push_body,
    read_batch,
    reissue,
    sort_answers,
    within_limits,
    within_push_bytes,
)
from keyworker_desktop.sync.early import EARLY_FLOOR, EarlyPull
from keyworker_desktop.sync.echo import Skips, clean_batch, pulled_deletes, record_echo
from keyworker_desktop.sync.errors import (
    AccountDisabled,
    AuthenticationFailed,
    CaFileUnreadable,
    DeleteRefused,
    DemoStore,
    Offline,
    ServerRefused,
    SignInAgain,
    SyncError,
    UntrustedServer,
    _Revoked,
)
from keyworker_desktop.sync.errors import DeviceRevoked as DeviceRevoked  # for the UI
from keyworker_desktop.sync.errors import InsecureServer as InsecureServer  # for the UI
from keyworker_desktop.sync.outcome import RejectedChange, SyncSummary
from keyworker_desktop.sync.prepare import PreparedPage, no_cycle_collection, prepare_page
from keyworker_desktop.sync.scope import CHECKED_KEY, reconcile_scope
from keyworker_desktop.sync.state import (
    ACCOUNT_KEY,
    CURSOR_KEY,
    SCOPE_KEY,
    finish,
    read_start,
)
from keyworker_desktop.sync.state import put_state as _put_state
from keyworker_desktop.sync.state import state as _state
from keyworker_desktop.sync.transport import (
    BUSY_RETRIES,
    Cancelled,
    check_server_url,
    http_limits,
    retry_after,
    run_cancellable,
    trust,
    unbound,
    untrusted,
    wait_before_retry,
)
from keyworker_desktop.sync.wipe import TOKEN_SECRET, revoked, wipe_local_store
from keyworker_desktop.sync.writer import PageWriter

# Stop and ask before a sync deletes more than this share of live records (and more than 10).
DELETE_SHARE = 0.25
DELETE_FLOOR = 10
# ...and before removing more than that share of the young people it holds (and at least
# this many) because they left the user's scope.
SCOPE_ASK_FLOOR = 3
# Changes in a pull's first page, applied before the pipeline of pages fills (nothing to
# do meanwhile); each page after it is twice the last, up to the client's page size.
FIRST_PAGE = 1000

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; stages: "sending", "receiving"."""
ConfirmDeletes = Callable[[str, int, int], bool]
"""``confirm(side, deletes, live)``: may a sync delete ``deletes`` of ``live`` records
(side "central" or "laptop"), or remove ``deletes`` of the ``live`` young people this laptop
holds because they are no longer allocated to the user (side "scope")?"""


_LOG = cast(Table, ChangeLogEntry.__table__)
_PIN = cast(Table, SyncPin.__table__)


class SyncClient:
    """Sync one unlocked store with one central store."""

    # A first sync pulls while its pushes are answered (.early); False: only after them,
    # the tests compare the two.
    early_pull = True

    def __init__(self, store: Store, server_url: str, *, http: httpx.Client | None = None,
                 batch_size: int = 2000, page_size: int = wire.MAX_PAGE, timeout: float = 60.0,
                 ca_file: str | Path | None = None) -> None:
        """``ca_file``: the organisation's certificate authority (PEM), trusted instead of
        the usual public ones for the HTTP client made here (not for ``http``)."""
        self.store = store
        self.server_url = check_server_url(server_url)
        self.ca_file = str(ca_file) if ca_file else None
        try:
            self._verify = trust(self.ca_file)
        except (OSError, ssl.SSLError):
            raise CaFileUnreadable() from None
        self._timeout = timeout
        self._own_http = http is None
        self.http = http or self._new_http()
        self.batch_size = batch_size
        self.page_size = page_size
        self.secrets = DeviceSecrets(store)
        # The running sync's cancel check, looked at while a request waits for its answer.
        self._cancel: Callable[[], bool] | None = None
        # (digest, young person ids) from this sync's one scope request, if it made one.
        self._scope_seen: tuple[str, list[str]] | None = None
        # This sync's own pushes already recorded here, which its pull steps over.
        self._skips = Skips()
        # The running sync's device token and sync state, read once when it starts (and
        # the state kept up to date as the sync writes it).
        self._token: str | None = None
        self._seen: dict[str, Any] = {}
        self._early: EarlyPull | None = None  # a first sync's pull beside its pushes

    def _new_http(self) -> httpx.Client:
        return httpx.Client(timeout=self._timeout, verify=self._verify, limits=http_limits())

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    # -- HTTP -----------------------------------------------------------------------
    def _request(self, method: str, path: str, *, token: bool = True,
                 wipe_if_revoked: bool = True, **kw: Any) -> Any:
        """One call to the central store; ``wipe_if_revoked=False`` (for a call made off the
        sync's own thread) raises :class:`_Revoked` and leaves the wipe to the caller."""
        headers = dict(kw.pop("headers", None) or {})
        if token:
            headers.update(self._auth())
        for attempt in range(BUSY_RETRIES + 1):
            try:
                resp = self._send(method, self.server_url + path, headers=headers, **kw)
            except httpx.TransportError as exc:
                if untrusted(exc):
                    raise UntrustedServer() from None
                raise Offline(Message("client.central_store_cannot", QT_TRANSLATE_NOOP(
                        "Errors", "The central store cannot be reached. Your changes are kept on "
                        "this laptop; sync again when you are connected."))) from None
            # A busy central store (every push slot taken) asks to come back shortly: wait
            # as it says and try again, so a crowd of laptops syncing at once slows one
            # down rather than failing its sync. Pushes are idempotent by change id.
            if resp.status_code != 503 or attempt == BUSY_RETRIES:
                break
            wait_before_retry(retry_after(resp), attempt, self._cancel)
        if resp.status_code < 400:
            return wire.decode_json(resp.content)
        limit: int | None = None
        try:
            err = resp.json()["error"]
            code, message = str(err["code"]), str(err["message"])
            bound = (err.get("details") or {}).get("limit")
            limit = bound if isinstance(bound, int) and not isinstance(bound, bool) else None
        except Exception:
            code, message = "http", f"the central store answered {resp.status_code}"
        if code == "revoked":
            if not wipe_if_revoked:
                raise _Revoked()
            self._wipe_revoked()
        if resp.status_code == 401 and code in ("token_expired", "signed_out"):
            raise SignInAgain(
                Message("sync.sign_in_expired", QT_TRANSLATE_NOOP(
                    "Errors", "This laptop's sign-in to the central store has ended (it was "
                    "not used for a long time). Your changes are kept on this laptop: please "
                    "sign in again.")) if code == "token_expired" else
                Message("sync.signed_out", QT_TRANSLATE_NOOP(
                    "Errors", "This laptop's sign-in to the central store has ended (the "
                    "account's password was changed). Your changes are kept on this laptop: "
                    "please sign in again.")))
        if code == "account_disabled":
            raise AccountDisabled(
                Message("client.your_account_on", QT_TRANSLATE_NOOP(
                        "Errors", "Your account on the central store has been disabled by your "
                        "organisation. Your changes are kept on this laptop; please "
                        "speak to your manager.")))
        if resp.status_code == 429:
            retry = resp.headers.get("retry-after", "")
            raise ServerRefused(
                Message("sync.too_many_sign_ins", QT_TRANSLATE_NOOP(
                        "Errors", "Too many attempts to sign in: please wait {seconds} seconds "
                        "and try again."), seconds=retry) if retry.isdigit() else
                Message("sync.too_many_sign_ins", QT_TRANSLATE_NOOP(
                        "Errors", "Too many attempts to sign in: please wait a few minutes "
                        "and try again.")),
                code, resp.status_code)
        if resp.status_code == 401:
            raise AuthenticationFailed(Message("client.central_store_did", QT_TRANSLATE_NOOP(
                    "Errors", "The central store did not accept this laptop's credentials "
                    "({message})."),
                    message=message))
        if resp.status_code >= 500 or resp.status_code in (502, 503, 504):
            raise Offline(Message("client.central_store_not", QT_TRANSLATE_NOOP(
                    "Errors", "The central store is not working at the moment. Your changes are "
                    "kept on this laptop.")))
        raise ServerRefused(Message("client.central_store_refused", QT_TRANSLATE_NOOP(
                "Errors", "The central store refused the request: {message}"),
                message=message), code, resp.status_code, limit)

    def _auth(self) -> dict[str, str]:
        """The device token's header (read from the store: on the sync's own thread)."""
        value = self._token if self._token is not None else self.secrets.get(TOKEN_SECRET)
        if value is None:
            raise AuthenticationFailed(Message("client.laptop_not_registered", QT_TRANSLATE_NOOP(
                    "Errors", "This laptop is not registered with the central store.")))
        return {"Authorization": f"Bearer {value}"}

    def _off_thread(self, method: str, path: str, auth: dict[str, str], **kw: Any) -> Any:
        """A call made from a helper thread: no store access there and no wipe
        (:class:`_Revoked` is raised for the sync's thread to act on)."""
        return self._request(method, path, token=False, wipe_if_revoked=False, headers=auth,
                             **kw)

    def _wipe_revoked(self) -> None:
        # The wipe is the organisation's instruction and goes ahead; what it costs is
        # counted first, said to the user and, if the central store still answers,
        # audited there.
        if self._early is not None:
            self._early.finish()  # before the store it writes to is wiped
        try:
            unsynced = self.pending_count()
            auth = self._auth()
        except Exception:  # a damaged store or a lost token must not stop the wipe
            unsynced, auth = 0, {}
        wipe_local_store(self.store)
        if auth:
            try:
                self._request("POST", "/v1/wiped", token=False, wipe_if_revoked=False,
                              headers=auth, json={"unsynced": unsynced})
            except (SyncError, _Revoked):
                pass  # the wipe itself is done; only the central record of it is missing
        raise revoked(unsynced)

    def _send(self, method: str, url: str, **kw: Any) -> httpx.Response:
        """One HTTP call; during a sync with a cancel check, abandoned (``Cancelled``) on cancel."""
        cancel = self._cancel
        if cancel is None:
            return unbound(self.http.request(method, url, **kw))
        http, own = self.http, self._own_http
        try:
            return unbound(run_cancellable(lambda: http.request(method, url, **kw), cancel,
                                           abandoned=http.close if own else None))
        except Cancelled as stopped:
            # An abandoned request closes its client when it ends: use a new one. One that
            # never started leaves the client as it was (closed with this sync client).
            if own and stopped.abandoned:
                self.http = self._new_http()
            raise

    # -- registration ---------------------------------------------------------------
    def is_registered(self) -> bool:
        return self.secrets.get(TOKEN_SECRET) is not None

    def forget_token(self) -> None:
        """Drop a token the central store no longer takes, so the next sync signs in."""
        self._token = None
        self.secrets.delete(TOKEN_SECRET)

    def register(self, user: str, password: str, device_name: str | None = None) -> str:
        """Register this laptop once (the token is kept with the device secrets); the role."""
        self._refuse_demo()
        body = {"user": user, "password": password,
                "device_name": device_name or platform.node(), "device_id": self.store.device_id}
        out = self._request("POST", "/v1/register", token=False, json=body)
        self.secrets.set(TOKEN_SECRET, out["token"])
        with self.store.transaction() as s:
            _put_state(s, ACCOUNT_KEY, {"user": out["user"], "role": out["role"],
                                        "device": out["device"],
                                        "staff_id": out.get("staff_id")})
            settings.put(s, settings.SERVER_URL, self.server_url)
            settings.put(s, settings.CA_FILE, self.ca_file or "")
        return str(out["role"])

    def _refuse_demo(self) -> None:
        with self.store.session() as s:
            if settings.get(s, settings.DEMO_CASELOAD):
                raise DemoStore()

    # -- what would go up -----------------------------------------------------------
    def pending_by_young_person(self) -> dict[str | None, int]:
        """Unpushed changes per young person (None: shared records such as staff)."""
        with self.store.session() as s:
            rows = s.execute(select(ChangeLogEntry.young_person_id, func.count())
                             .where(ChangeLogEntry.pushed_at.is_(None))
                             .group_by(ChangeLogEntry.young_person_id))
            return {yp: n for yp, n in rows}

    def pending_count(self) -> int:
        return sum(self.pending_by_young_person().values())

    # -- sync -----------------------------------------------------------------------
    def sync(self, progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
             confirm_deletes: ConfirmDeletes | None = None) -> SyncSummary:
        """Push everything unpushed, then pull until up to date; safe to interrupt anywhere.

        ``cancel`` is checked between requests and, while one waits for its answer,
        every 0.1 s: a cancelled sync returns with ``cancelled`` set at once.
        """
        unpushed = self._start()
        summary = SyncSummary()
        report = progress or (lambda _stage, _done, _total: None)
        stop = cancel or (lambda: False)
        ask = confirm_deletes or (lambda _side, _n, _live: False)
        self._cancel = cancel
        self._scope_seen = None
        self._skips = Skips()
        # No cyclic garbage collection while the sync runs: what it makes is freed as it
        # goes (see transport.unbound), and a full collection walked every object the
        # process holds (a tenth of a second in a large one) for nothing of the sync's.
        with no_cycle_collection():
            self._run(unpushed, summary, report, stop, ask)
        finish(self.store, summary, self._seen)
        if summary.pushed or summary.pulled:
            # The sync's own transactions left the WAL to grow: copied in once, after the
            # sync, when it holds more than SQLite would have let it (its automatic
            # checkpoint's size).
            self.store.checkpoint_later(over_bytes=WAL_BYTES)
        return summary

    def _run(self, unpushed: bool, summary: SyncSummary, report: Progress,
             stop: Callable[[], bool], ask: ConfirmDeletes) -> None:
        try:
            if (unpushed and self._push(summary, report, stop, ask)
                    and not summary.cancelled):
                # Changes whose id another user's change had taken, sent again once under
                # the new ids they were given (a second clash waits for the next sync).
                self._push(summary, report, stop, ask)
            self._finish_early(summary)
            if not summary.cancelled:
                self._pull(summary, report, stop, ask)
            if not summary.cancelled:
                self._leave_scope(summary, ask)
        except Cancelled:  # mid-request: that request's answer is simply never used
            summary.cancelled = True
        except SignInAgain:
            self.forget_token()
            raise
        finally:
            self._finish_early(summary)
            self._cancel = None
            self._token = None

    def _finish_early(self, summary: SyncSummary) -> None:
        early, self._early = self._early, None
        if early is not None:
            early.finish()
            summary.requests += early.requests

    def _start(self) -> bool:
        """Read what a sync needs of the store in one session (a sync with nothing to do
        opens no other); whether there are changes to push."""
        start = read_start(self.store, self.secrets)
        self._token, self._seen = start.token, start.seen
        return start.unpushed

    def _put(self, s: Session, key: str, value: Any) -> None:
        """Write a sync state value in ``s``'s transaction, and remember it for this sync."""
        _put_state(s, key, value)
        self._seen[key] = value

    def _leave_scope(self, summary: SyncSummary, ask: ConfirmDeletes) -> None:
        """Remove young people who left this user's scope (when the pulled digest changed)."""
        digest = self._seen.get(SCOPE_KEY)

        def fetch() -> list[str] | None:
            seen = self._scope_seen
            # Asked already during this sync's pull, or ask now.
            ids = seen[1] if seen is not None and seen[0] == digest else self._scope_now(summary)
            if ids is None:
                return None
            held = self._held_young_people()
            leaving = len(held - set(ids))
            if (leaving >= SCOPE_ASK_FLOOR and leaving > DELETE_SHARE * len(held)
                    and not ask("scope", leaving, len(held))):
                # Kept for now (a wrong allocation should not empty a laptop before a
                # day out); nothing is checked off, so the next sync asks again.
                summary.scope_removal_declined = leaving
                return None
            return ids

        result = reconcile_scope(self.store, digest, fetch, self._seen.get(CHECKED_KEY))
        if result is not None:
            summary.removed_young_person_ids = result.removed
            summary.kept_out_of_scope_ids = result.kept

    def _scope_now(self, summary: SyncSummary) -> list[str] | None:
        """The young people this user may see now; None when the central store cannot say."""
        summary.requests += 1
        try:
            out = self._request("GET", "/v1/scope")
        except (Offline, ServerRefused):
            # A central store from before /v1/scope, or one that dropped out just now,
            # only means the next sync asks again.
            return None
        ids = [str(i) for i in out["young_person_ids"]]
        self._scope_seen = (str(out.get("digest", "")), ids)
        return ids

    def _scope_gained(self, summary: SyncSummary) -> bool:
        """Does the scope now hold a young person this laptop does not (so their older
        changes lie before the cursor)? True when the central store cannot say."""
        ids = self._scope_now(summary)
        if ids is None:
            return True
        held = self._held_young_people()
        return any(i not in held for i in ids)

    def _held_young_people(self) -> set[str]:
        with self.store.session() as s:
            return set(s.scalars(select(YoungPerson.id)))

    def _push(self, summary: SyncSummary, report: Progress, stop: Callable[[], bool],
              ask: ConfirmDeletes) -> int:
        """Send what is unpushed; the number of changes given a new id to send again."""
        with self.store.session() as s:
            # One statement (one snapshot): the newest unpushed change, and how many there
            # are up to it and of them deletes.
            counts = s.execute(select(
                func.max(ChangeLogEntry.seq), func.count(),
                func.count().filter(ChangeLogEntry.op == "delete"))
                .where(ChangeLogEntry.pushed_at.is_(None))).one()
            last: int | None = counts[0]
            total, deletes = int(counts[1]), int(counts[2])
            if last is None:
                return 0
            if deletes > DELETE_FLOOR:
                live = live_records(s) + deletes
                if deletes > DELETE_SHARE * live and not ask("central", deletes, live):
                    raise DeleteRefused(Message("client.nothing_was_sent", QT_TRANSLATE_NOOP(
                            "Errors", "Nothing was sent: you chose not to delete {deletes} "
                            "records from the central store."),
                            deletes=deletes))
        auth = self._auth()
        if (total >= EARLY_FLOOR and self.early_pull and self._early is None
                and not self._seen.get(CURSOR_KEY)):  # a first sync's: see .early
            self._early = EarlyPull(self.store, self._skips, functools.partial(
                self._off_thread, auth=auth), functools.partial(
                self._write_page, summary=summary), stop, DELETE_FLOOR)

        held: list[RejectedChange] = []
        # Colleagues see who made a change by the central account that sent it, not by
        # whatever this laptop's own user happens to be called.
        with self.store.session() as s:
            account = _state(s, ACCOUNT_KEY, None) or {}
        sender = account.get("user") if isinstance(account, dict) else None

        # Then twice the last, up to batch_size; a push of up to two full batches goes in
        # two halves (every push costs the central store the same beside its changes).
        sizes = [max(FIRST_BATCH, -(-total // 2)) if total <= 2 * self.batch_size
                 else FIRST_BATCH]

        def read(after: int) -> tuple[list[Unpushed], list[Unpushed], list[bytes]]:
            """The rows read past, the rows sent and their encoded changes."""
            size = min(sizes[0], self.batch_size)
            sizes[0] = size * 2
            with self.store.session() as s:
                rows = read_batch(s, sender, after, last, size)
            return within_limits(within_push_bytes(rows, PUSH_BYTES), held)

        def send(changes: list[bytes]) -> Any:
            return self._off_thread("POST", "/v1/push",
                                    {**auth, "Content-Type": "application/json"},
                                    content=push_body(changes))

        def send_after(last: Future[Any], changes: list[bytes]) -> Any:  # None: not sent
            if last.exception() is not None or last.result() is None or stop():
                return None
            return send(changes)

        done = 0
        renamed = 0
        report("sending", 0, total)
        start = 0  # the change log position the batch was read from
        batch, sent, payload = read(start)
        # While the central store works on one batch, the next is read and made ready here,
        # and sent once the batch is answered (unless the sync was cancelled): the central
        # store works on it while the answered batch is acknowledged here. Batches are still
        # sent one at a time and in order; a crash before an acknowledgement only means
        # they are sent again (answered "duplicate").
        sending: Future[Any] | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="kw-push") as pool:
            while batch:
                if stop():
                    summary.cancelled = True
                    return renamed
                if not payload:  # every change of this batch is over a limit
                    done += len(batch)
                    start = batch[-1].seq
                    batch, sent, payload = read(start)
                    continue
                if sending is None:
                    sending = pool.submit(send, payload)
                following = read(batch[-1].seq)
                # While an early pull's pages are applied here, the next batch is sent as
                # soon as this one is answered, by the sending thread (not if it was
                # refused: then this loop decides what goes next).
                queued = (pool.submit(send_after, sending, following[2])
                          if following[2] and self._early is not None else None)
                try:
                    answered, sending = sending, None
                    got = self._answer(answered)
                    if got is None:  # not sent: cancelled, or the batch before was refused
                        if stop():
                            summary.cancelled = True
                            return renamed
                        got = self._answer(pool.submit(send, payload))
                    results = self._skips.answered(got)["results"]
                except _Revoked:
                    self._wipe_revoked()
                except ServerRefused as exc:
                    self._skips.forget_head()
                    fewer = exc.limit or 0
                    if exc.code == "too_large" and 0 < fewer < len(sent):
                        # A central store taking fewer changes a push (an older one took
                        # 500): send this batch again, and every later one, that many.
                        self.batch_size = fewer
                        batch, sent, payload = read(start)
                        continue
                    if exc.code not in ("out_of_scope", "too_large"):
                        raise
                    results = [{"change_id": c.change_id, "status": "rejected",
                                "error": {"code": exc.code, "message": exc.message}}
                               for c in sent]
                summary.requests += 1
                done += len(batch)
                report("sending", done, total)  # answered: acknowledged just below
                if queued is not None:
                    sending = queued
                elif following[2] and not stop():
                    sending = pool.submit(send, following[2])
                renamed += self._acknowledge(batch, results, summary, sent)
                start = batch[-1].seq
                batch, sent, payload = following
        summary.rejected.extend(held)
        return renamed

    def _answer(self, answer: Future[Any]) -> Any:
        """A push's answer; an early pull's pages are applied meanwhile."""
        return answer.result() if self._early is None else self._early.until(answer)

    def _acknowledge(self, batch: list[Unpushed], results: list[dict[str, Any]],
                     summary: SyncSummary, sent: list[Unpushed]) -> int:
        """Mark what the central store holds as pushed (and record a batch it applied as
        sent, whose echo the pull then steps over: :mod:`.echo`); the number of changes
        given a new id because another user's change had taken theirs."""
        clean = clean_batch(sent, results, self.store.device_id)
        acked, taken = sort_answers(batch, results, summary)
        if taken:
            with self.store.transaction() as s:
                reissue(s, taken)
        if not acked:
            return len(taken)
        # Marked pushed only now that the server holds them; a crash (or a power cut, as
        # this write is redoable) before this line re-sends them: answered "duplicate".
        with self.store.transaction(redoable=True) as s:
            # Core statements on the connection: the session holds none of these rows.
            conn = s.connection()
            conn.execute(update(_LOG).where(among(_LOG.c.seq, [e.seq for e in acked]))
                         .values(pushed_at=utcnow()))
            conn.execute(delete(_PIN).where(among(_PIN.c.change_id,
                                                  [e.change_id for e in acked])))
            if clean is not None:
                self._skips.add(record_echo(s, clean))
        return len(taken)

    def _pull(self, summary: SyncSummary, report: Progress, stop: Callable[[], bool],
              ask: ConfirmDeletes) -> None:
        cursor = int(self._seen.get(CURSOR_KEY) or 0)
        auth = self._auth()
        sizes = [FIRST_PAGE]

        def fetch(after: int) -> Any:  # also run on the prefetch thread (not at once)
            size = min(sizes[0], self.page_size)
            sizes[0] = size * 2
            limit = self._skips.limit(after, size)
            return self._off_thread("GET", "/v1/pull", auth,
                                    params={"after": after, "limit": limit})

        # While a page is written, the next one is already on its way (the central store
        # and the laptop work at the same time), and while it commits (PageWriter) the
        # next is read; a page is still applied and committed only in order.
        with ThreadPoolExecutor(1, thread_name_prefix="kw-pull") as pool:
            try:
                with PageWriter(self.store) as writer:
                    self._pull_pages(summary, report, stop, ask, cursor, fetch, pool, writer)
            except _Revoked:
                self._wipe_revoked()

    def _pull_pages(self, summary: SyncSummary, report: Progress, stop: Callable[[], bool],
                    ask: ConfirmDeletes, cursor: int, fetch: Callable[[int], Any],
                    pool: ThreadPoolExecutor, writer: PageWriter) -> None:
        start = cursor
        done = 0
        deletes_ok = False
        ahead: Future[Any] | None = None
        while True:
            if stop():
                summary.cancelled = True
                return
            jump = self._skips.jump(cursor) if ahead is None else None
            if jump is not None:  # this laptop's own changes, recorded when pushed
                writer.write(functools.partial(self._put, key=CURSOR_KEY, value=jump))
                cursor = jump
                continue
            if ahead is None and self._skips.caught_up(cursor, self._seen.get(SCOPE_KEY)):
                return  # all the log held after the cursor was this sync's own pushes
            page = ahead.result() if ahead is not None else fetch(cursor)
            ahead = None
            summary.requests += 1
            scope = page.get("scope")
            known = self._seen.get(SCOPE_KEY)
            if scope and known and scope != known and cursor > 0:
                writer.settle()  # what the pages wrote is read here
                if self._scope_gained(summary):
                    # Young people were allocated to this user: their older changes lie
                    # before the cursor, so read the log again (applying is idempotent).
                    # When young people only left, nothing before the cursor is new here.
                    with self.store.transaction() as s:
                        self._put(s, CURSOR_KEY, 0)
                        self._put(s, SCOPE_KEY, scope)
                    cursor = start = 0
                    continue
            changes = page["changes"]
            self._skips.pulled(changes)
            deletes = pulled_deletes(changes, self.store.device_id)
            if deletes > DELETE_FLOOR and not deletes_ok:
                writer.settle()
                with self.store.session() as s:
                    live = live_records(s)
                if deletes > DELETE_SHARE * max(live, 1):
                    if not ask("laptop", deletes, live):
                        raise DeleteRefused(Message(
                                "client.stopped_central_store", QT_TRANSLATE_NOOP(
                                "Errors", "Stopped: the central store would delete {deletes} "
                                "records on this laptop. Nothing was deleted."),
                                deletes=deletes))
                    deletes_ok = True
            self._skips.before(page["cursor"])
            if page["more"] and not stop() and self._skips.jump(page["cursor"]) is None:
                ahead = pool.submit(fetch, page["cursor"])
            if changes or page["cursor"] != cursor or (scope and scope != known):
                # Its work that needs no database, while the last page commits.
                prepared = prepare_page(changes, device=self.store.device_id)
                # Redoable: a page lost to a power cut is pulled again with its cursor.
                writer.write(functools.partial(self._write_page, page=page, scope=scope,
                                               summary=summary, prepared=prepared))
            cursor = page["cursor"]
            done += len(changes)
            report("receiving", done, max(done, int(page.get("latest", cursor)) - start))
            if not page["more"]:
                return

    def _write_page(self, s: Session, page: dict[str, Any], scope: str | None,
                    summary: SyncSummary, prepared: PreparedPage) -> None:
        """A pulled page, its cursor and scope digest, in ``s``'s transaction."""
        self._apply_page(s, page["changes"], summary, prepared)
        self._put(s, CURSOR_KEY, page["cursor"])
        if scope:
            self._put(s, SCOPE_KEY, scope)

    def _apply_page(self, s: Session, changes: list[dict[str, Any]], summary: SyncSummary,
                    prepared: PreparedPage | None = None) -> None:
        """Apply one pulled page in the caller's transaction (one page, one transaction)."""
        apply_page(s, changes, device=self.store.device_id, clock=self.store.clock,
                   summary=summary, prepared=prepared)
        summary.down_entities.update(c["entity"] for c in changes
                                     if c["device"] != self.store.device_id)
