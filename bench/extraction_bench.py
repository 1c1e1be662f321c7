"""HTML reader benchmark (not a test): what the reader keeps of real pages, next to trafilatura alone.

On a WCXB-shaped folder (../shared/corpus/wcxb-dev by default: 711 article pages from many sites) it
reads every page twice in one run:
  1. newsgraph's reader (``read_html``: body, headline and date; the fields ``newsgraph read`` writes);
  2. trafilatura alone, as a user would call it: ``bare_extraction(html, url=url, with_metadata=True)``
     with its defaults (the scorer does not measure a baseline itself, so this is it);
and scores both with the project's scorer (../shared/eval/score_extraction.py, imported, not copied):
body F1 with precision and recall, pages whose body recall is under 0.5, exact titles and dates. Each is
printed for the two fixed halves of the pages (a hash of the id: half 0 was developed on, half 1 kept
for checking) and for all of them, with the seconds per page of each reader and their ratio.
``--lost`` lists the pages with body recall under 0.5 of the half given (ours, then trafilatura's recall).
Run: ``.venv/bin/python bench/extraction_bench.py [--folder DIR] [--lost 0]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def scorer() -> ModuleType:
    """Import ../shared/eval/score_extraction.py as a module."""
    path = SHARED / "eval" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def trafilatura_alone(folder: Path) -> dict[str, dict[str, Any]]:
    """Read every page with trafilatura's defaults; the fields the scorer reads."""
    import trafilatura

    from newsgraph.evaluate.extraction import pages

    out: dict[str, dict[str, Any]] = {}
    for page_id, html, url in pages(folder):
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        out[page_id] = {} if doc is None else {"text": doc.text or "", "headline": {"text": doc.title},
                                                "published": doc.date}
    return out


def report(name: str, metrics: dict[str, Any]) -> str:
    return (f"{name:28s} body F1 {metrics['body_f1']:.3f} (P {metrics['body_p']:.3f} R {metrics['body_r']:.3f}), "
            f"{metrics['lost_bodies']:3d} with recall < 0.5, title {metrics['title_exact']:.1f}%, "
            f"date {metrics['date_exact']:.1f}%  [{metrics['pages']} pages]")


def main() -> None:
    from newsgraph.evaluate.extraction import half, read_pages

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=SHARED / "corpus" / "wcxb-dev")
    ap.add_argument("--lost", type=int, choices=(0, 1), default=None, help="list the lost pages of this half")
    args = ap.parse_args()
    if not (args.folder / "ground-truth").is_dir():
        raise SystemExit(f"no WCXB-shaped folder at {args.folder} (../shared absent?)")
    score = scorer()
    gold = score.load_gold(str(args.folder))
    start = time.perf_counter()
    ours = read_pages(args.folder)
    t_ours = time.perf_counter() - start
    start = time.perf_counter()
    theirs = trafilatura_alone(args.folder)
    t_theirs = time.perf_counter() - start
    for part in (0, 1, None):
        subset = {k: v for k, v in gold.items() if part is None or half(k) == part}
        label = "all pages" if part is None else f"half {part}"
        print(report(f"newsgraph, {label}", score.score(subset, ours)))
        print(report(f"trafilatura alone, {label}", score.score(subset, theirs)))
    n = len(gold)
    print(f"seconds per page: newsgraph {t_ours / n:.3f}, trafilatura alone {t_theirs / n:.3f} "
          f"(ratio {t_ours / t_theirs:.2f})")
    notes = [s["reason"] for r in ours.values() for s in r.get("skipped", [])]
    print(f"reader notes in skipped: {len(notes)}, of which the plain extraction was used: "
          f"{sum('plain extraction is used' in n for n in notes)}, implausible dates ignored: "
          f"{sum('publication date' in n for n in notes)}")
    if args.lost is not None:
        for pid, g in gold.items():
            if half(pid) != args.lost:
                continue
            r_ours = score.page_prf(g.get("main_content") or "", score.body_of(ours.get(pid, {})))[1]
            r_theirs = score.page_prf(g.get("main_content") or "", score.body_of(theirs.get(pid, {})))[1]
            if min(r_ours, r_theirs) < 0.5:
                print(f"  {pid} recall ours {r_ours:.2f} trafilatura {r_theirs:.2f} {g.get('url')}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
