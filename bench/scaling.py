"""Does the work per article grow linearly with its length? (not a test; issue 11)

Builds articles 1, 4, 16 and 64 times as long as a seed, in the shapes that once cost quadratic time:
the body repeated paragraph by paragraph, the whole body on one line, quotation marks opened and never
closed, a run of brackets without white space, and many short quotes with cues. For each it prints the
CPU time of the parse and of the stages per 10,000 characters, and the ratio of that cost at the largest
size to the smallest: about 1 is linear, about 64 would be quadratic. Medians of ``--repeats`` runs.

Run: ``.venv/bin/python bench/scaling.py [--sizes 1,4,16,64] [--repeats 3]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "bbc-mali-attack.txt"


def shapes(seed: str) -> dict[str, Callable[[int], str]]:
    """Ways to make the seed ``k`` times longer."""
    head, _, body = seed.partition("\n")
    quote = "\"We will not stop,\" the minister said on Monday. "
    return {
        "paragraphs": lambda k: head + "\n" + "\n".join([body] * k),
        "one line": lambda k: head + "\n" + " ".join(body.split()) * k,
        "open quotes": lambda k: head + "\n" + ("He said \u201cyes and " * 40 + "\n") * k,
        "brackets": lambda k: head + "\n" + "(" * (3000 * k) + "x" + ")" * (3000 * k) + "\n" + body,
        "quotes and cues": lambda k: head + "\n" + (quote * 20 + "\n") * k,
    }


def measure(text: str, pipe: Any, repeats: int) -> tuple[float, float]:
    """Median CPU seconds of the parse and of the stages over ``repeats`` runs."""
    from newsgraph.nlp import doc as nlp_doc
    from newsgraph.read.text import read_text

    prepare = getattr(nlp_doc, "prepare", None) or nlp_doc._prepare  # older checkouts, for a baseline
    parse, stages = [], []
    for _ in range(repeats):
        article = read_text(text)
        t0 = time.process_time()
        doc = pipe.nlp(prepare(pipe.nlp, article.text))
        t1 = time.process_time()
        pipe.apply(doc, article)
        parse.append(t1 - t0)
        stages.append(time.process_time() - t1)
    return statistics.median(parse), statistics.median(stages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,4,16,64")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--only", default="", help="Comma-separated shapes to measure (default: all).")
    args = ap.parse_args()
    from newsgraph.pipeline import Pipeline
    from newsgraph.read.text import read_text

    sizes = [int(s) for s in args.sizes.split(",")]
    pipe = Pipeline()
    seed = SEED.read_text(encoding="utf-8")
    pipe.run(read_text(seed))  # loads the model and the stages' tables
    print(f"CPU seconds per 10,000 characters (parse / stages); seed {SEED.name}, medians of {args.repeats}")
    for name, make in shapes(seed).items():
        if args.only and name not in args.only.split(","):
            continue
        cells, per = [], []
        for k in sizes:
            text = make(k)
            parse, stages = measure(text, pipe, args.repeats)
            per.append((parse + stages) / len(text))
            cells.append(f"x{k} {len(text):>7,d} ch: {parse / len(text) * 1e4:.3f} / {stages / len(text) * 1e4:.3f}")
        print(f"{name:16s} " + " | ".join(cells) + f" | cost per character x{sizes[-1]} / x{sizes[0]}: "
              f"{per[-1] / per[0]:.2f}")


if __name__ == "__main__":
    main()
