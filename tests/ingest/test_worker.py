"""A worker reports its own peak memory, not its parent's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.ingest.worker import peak_rss_kb


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_peak_is_at_least_the_current_resident_memory() -> None:
    assert peak_rss_kb() >= _status("VmRSS") > 0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_fresh_program_does_not_inherit_a_large_parent_peak() -> None:
    ballast = bytearray(300 * 1024 * 1024)  # this process now holds 300 MB more than the child will
    ballast[::4096] = b"x" * len(ballast[::4096])
    code = "from newsgraph.ingest.worker import peak_rss_kb; print(peak_rss_kb())"
    child = int(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
    assert child < peak_rss_kb() - 200 * 1024
    del ballast
