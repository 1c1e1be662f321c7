"""Issue 11: a short fixed-seed fuzz run (bench/fuzz.py): nothing escapes, offsets hold, time is bounded.

`make fuzz` runs 10,000 cases in worker processes; this runs the first cases of the same seed in the
test process, with the bundled seeds and, when ../shared is present, its corpora.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.issue11, pytest.mark.model, pytest.mark.slow]

CASES = 100  # about a minute and a half on a quiet 2-core machine
ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def test_issue11_a_short_fuzz_run_finds_no_crash_hang_or_broken_offset(nlp) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import fuzz
    finally:
        sys.path.remove(str(ROOT / "bench"))
    from newsgraph.pipeline import Pipeline

    shared = SHARED if (SHARED / "corpus").is_dir() else None
    limit = 30.0
    run = fuzz.run_here(list(range(CASES)), pipe=Pipeline(nlp=nlp, time_limit=4 * limit), run_seed=11,
                        time_limit=limit, shared=shared)
    counts = run.counts()
    assert sum(counts.values()) == CASES
    assert counts["ok"] > CASES // 2, fuzz.report(run)  # most mutations still give a reading
    assert counts["crash"] == counts["hang"] == counts["span_mismatch"] == 0, fuzz.report(run)
