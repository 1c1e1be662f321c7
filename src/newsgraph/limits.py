"""A wall-clock limit on a block of code: ``with time_limit(60): ...``.

The limit is enforced with a real-time interval timer (``SIGALRM``): when it ends, the signal handler
raises :class:`~newsgraph.errors.TimeLimitExceeded` in the code that is running, at its next Python
instruction. Code that runs for long inside one C call (a regular expression, a parser) is stopped when
that call returns; the ingest's supervisor stops a worker process that does not come back (see
:mod:`newsgraph.ingest.supervise`). Signals reach only the main thread, so in any other thread, or where
``SIGALRM`` does not exist, the block runs without a limit (:func:`enforced` says which).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from newsgraph.errors import TimeLimitExceeded

_ACTIVE: list[float] = []  # the limits of the blocks now running (nested blocks keep the outer one)


def enforced() -> bool:
    """Whether :func:`time_limit` can stop code here (main thread of a POSIX process)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _expired(signum: int, frame: FrameType | None) -> None:
    if _ACTIVE:  # a timer that fires just as its block ends stops nothing
        raise TimeLimitExceeded(f"time limit of {_ACTIVE[-1]:g} s exceeded")


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in the block if it runs longer than ``seconds`` (None or 0: no limit).

    Inside a block that already has a limit, the outer limit stays in force (the timer is not reset).
    """
    if not seconds or seconds <= 0 or _ACTIVE or not enforced():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    _ACTIVE.append(seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # even when the timer fires on the way out
            _ACTIVE.pop()
            signal.signal(signal.SIGALRM, previous)
