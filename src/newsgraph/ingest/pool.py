"""Worker processes for the ingest: an Executor that replaces a worker which hangs or dies.

Each worker runs one task at a time and reports progress (``beat``) after each article it reads. A
worker that sends nothing for ``stall`` seconds is stuck (in C code that the per-article time limit
cannot interrupt): it is killed and a fresh one started, and its task's Future fails with
:class:`WorkerLost`, saying how many of its articles it had done, so the ingest can record the one
that hung and read the others again. A worker that dies (a crash in C code, the kernel's OOM killer)
is replaced the same way. The other workers go on undisturbed.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from newsgraph.errors import NewsgraphError

_CONN: list[Connection] = []  # in a worker process: the connection to the parent (for beats)


class WorkerLost(NewsgraphError):
    """The worker reading a task hung (and was killed) or died; ``done`` articles of it were read."""

    def __init__(self, message: str, *, done: int, hung: bool) -> None:
        super().__init__(message)
        self.done = done
        self.hung = hung


def beat(done: int) -> None:
    """In a worker: tell the parent that ``done`` articles of the current task are read."""
    if _CONN:
        _CONN[0].send(("beat", done))


def _serve(conn: Connection, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    """A worker process: initialise once, then run tasks until told to stop."""
    initializer(*initargs)
    _CONN.append(conn)
    conn.send(("ready", None))
    while True:
        task = conn.recv()
        if task is None:
            return
        fn, args, kwargs = task
        try:
            result = fn(*args, **kwargs)
        except BaseException as err:  # noqa: BLE001  (sent to the parent, which owns the Future)
            conn.send(("error", err if _picklable(err) else RuntimeError(f"{type(err).__name__}: {err}")))
            continue
        conn.send(("ok", result))


def _picklable(err: BaseException) -> bool:
    import pickle

    try:
        pickle.dumps(err)
    except Exception:  # noqa: BLE001
        return False
    return True


@dataclass
class _Slot:
    process: Any
    conn: Connection
    ready: bool = False
    future: Future[Any] | None = None
    done: int = 0
    last: float = field(default_factory=time.monotonic)


class SupervisedPool(Executor):
    """``workers`` processes running submitted calls; stuck or dead ones are replaced (see module doc).

    Args:
        workers: How many processes.
        initializer: Called with ``initargs`` once in each process before its first task (loads the model).
        initargs: Its arguments.
        stall: Seconds without a beat after which a busy worker is killed; None: never.
        mp_context: The multiprocessing context (spawn).
    """

    def __init__(self, workers: int, *, initializer: Callable[..., None], initargs: tuple[Any, ...],
                 stall: float | None, mp_context: Any) -> None:
        self._ctx, self._init, self._initargs, self._stall = mp_context, initializer, initargs, stall
        self._tasks: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = \
            queue.SimpleQueue()
        self._slots = [self._spawn() for _ in range(max(1, workers))]
        self._stopping = threading.Event()
        self.replaced = 0
        self._broken: str | None = None  # set when a worker dies before it is ready: no task can run
        self._thread = threading.Thread(target=self._run, name="newsgraph-pool", daemon=True)
        self._thread.start()

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_serve, args=(child, self._init, self._initargs), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self._tasks.put((future, fn, args, kwargs))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._stopping.set()
        self._thread.join()
        for slot in self._slots:
            with contextlib.suppress(OSError, BrokenPipeError):
                slot.conn.send(None)
        for slot in self._slots:
            slot.process.join(timeout=10 if wait else 0.1)
            if slot.process.is_alive():
                slot.process.kill()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._assign()
            busy = [s for s in self._slots if s.future is not None or not s.ready]
            for conn in wait([s.conn for s in busy], timeout=0.2) if busy else []:
                self._receive(next(s for s in busy if s.conn is conn))
            self._check_stalls()
            if not busy:
                time.sleep(0.05)
        for slot in self._slots:
            if slot.future is not None and not slot.future.done():
                slot.future.set_exception(WorkerLost("the ingest stopped", done=slot.done, hung=False))

    def _assign(self) -> None:
        while self._broken is not None and not self._tasks.empty():
            future = self._tasks.get_nowait()[0]
            if future.set_running_or_notify_cancel():
                future.set_exception(WorkerLost(self._broken, done=0, hung=False))
        for slot in self._slots:
            if slot.ready and slot.future is None:
                try:
                    future, fn, args, kwargs = self._tasks.get_nowait()
                except queue.Empty:
                    return
                if not future.set_running_or_notify_cancel():
                    continue
                slot.future, slot.done, slot.last = future, 0, time.monotonic()
                slot.conn.send((fn, args, kwargs))

    def _receive(self, slot: _Slot) -> None:
        try:
            kind, value = slot.conn.recv()
        except (EOFError, OSError):
            slot.process.join(timeout=5)
            message = f"the worker process died (exit code {slot.process.exitcode})"
            if not slot.ready:  # it could not even start: starting another would fail the same way
                self._broken = f"{message} while starting"
            self._lose(slot, message, hung=False)
            return
        slot.last = time.monotonic()
        if kind == "ready":
            slot.ready = True
        elif kind == "beat":
            slot.done = int(value)
        elif slot.future is not None:
            future, slot.future = slot.future, None
            if kind == "ok":
                future.set_result(value)
            else:
                future.set_exception(value)

    def _check_stalls(self) -> None:
        if self._stall is None:
            return
        now = time.monotonic()
        for slot in self._slots:
            if slot.future is not None and now - slot.last > self._stall:
                slot.process.kill()
                slot.process.join(timeout=5)
                self._lose(slot, f"the worker sent nothing for {self._stall:g} s; it was stopped and replaced",
                           hung=True)

    def _lose(self, slot: _Slot, message: str, *, hung: bool) -> None:
        """Fail the slot's task with WorkerLost and put a fresh worker in its place."""
        with contextlib.suppress(OSError):
            slot.conn.close()
        if slot.process.is_alive():
            slot.process.kill()
        future = slot.future
        if self._broken is None:
            self._slots[self._slots.index(slot)] = self._spawn()
            self.replaced += 1
        else:
            self._slots.remove(slot)
        if future is not None and not future.done():
            future.set_exception(WorkerLost(message, done=slot.done, hung=hung))

