"""The background chainer: links audit entries to the hash chain off the read path (PostgreSQL).

A web-app process starts one for its store. Reads then end with their entry's INSERT and the
COMMIT alone (the entry is on disk before the read returns) and wake the chainer, which, a
moment later, links every committed entry waiting, records old gaps (``sequencer.chain``) and
signs a checkpoint when the chain's head passes a multiple of CHECKPOINT_EVERY. The
sequencer's advisory lock keeps runs one at a time across processes, so each worker process
may run its own; one that finds the lock held tries again RETRY later. Where none runs (CLI
commands, scripts), each read chains in its own round trip, as ``audit.append_last`` does by
default.
"""

from __future__ import annotations

import logging
import threading
import weakref

from cschub.access import audit, sequencer, signing
from cschub.store import Store

log = logging.getLogger("cschub.audit")

BATCH_DELAY = 0.05  # seconds a woken chainer waits, so one run links a batch of entries
RETRY = 0.1  # seconds to the next run when another process's chainer held the chain
IDLE_INTERVAL = 1.0  # seconds between runs when nobody wakes it (entries written elsewhere)

_RUNNING: weakref.WeakKeyDictionary[Store, Chainer] = weakref.WeakKeyDictionary()


class Chainer:
    """One daemon thread linking the store's committed audit entries."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0

    def start(self) -> Chainer:
        """Start the thread (PostgreSQL only; DuckDB links entries as they are written)."""
        if self.store.dialect != "postgresql" or self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._loop, name="cschub-audit-chainer",
                                        daemon=True)
        self._thread.start()
        _RUNNING[self.store] = self
        return self

    def wake(self) -> None:
        """Ask for a run soon (an appender has just committed its entry)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the thread after a last run, so nothing committed is left unlinked by it."""
        if self._thread is None:
            return
        _RUNNING.pop(self.store, None)
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)
        self._thread = None
        self.run_once(wait=True)

    def run_once(self, *, wait: bool = False) -> sequencer.Chained | None:
        """Link what is committed (None if ``wait`` is false and another chainer is running)
        and sign a checkpoint if the head passed a multiple of CHECKPOINT_EVERY."""
        done = sequencer.chain(self.store, wait=wait)
        self.runs += 1
        if done and done.crossed_every(audit.CHECKPOINT_EVERY) and signing.configured():
            audit.checkpoint(self.store)
        return done

    def _loop(self) -> None:
        interval = IDLE_INTERVAL
        while not self._stop.is_set():
            if self._wake.wait(interval):
                self._stop.wait(BATCH_DELAY)
            self._wake.clear()
            try:
                # another process's chainer may have started before our entries committed
                interval = IDLE_INTERVAL if self.run_once() else RETRY
            except Exception as exc:  # noqa: BLE001 - logged; the next run tries again
                log.warning("audit chainer run failed: %s", type(exc).__name__)


def running(store: Store) -> Chainer | None:
    """The chainer running for ``store`` in this process, if any."""
    return _RUNNING.get(store)
