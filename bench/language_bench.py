"""Language detection benchmark (not a test): accuracy and speed of offline detectors on our corpora.

Two kinds of text, one run:
  1. English: every article of the ../shared corpora (bbc2225, PolNeAR train+dev, XSum dev documents, the
     main text of the WCXB dev pages), and single sentences (the 321 PLOVER gold sentences, our 96 event
     sentences), which are harder. What counts here is how many English articles a detector calls
     something else, since those would lose every English-only stage;
  2. other languages: tests/data/languages/samples.jsonl, short news texts in 28 languages that we wrote
     ourselves (headline-length lines and paragraphs), plus a few hard English cases.
For each detector installed (py3langid, pycld2, lingua-language-detector, langdetect; a missing one is
skipped with a note) it prints: English articles called non-English, accuracy on the other languages
(exact ISO 639-1 code, and "not English" alone), the median and total time per article on the first
--chars characters (what newsgraph.language.detect reads), and the time to load the model. newsgraph's
own detect() (the chosen detector behind our decision rule) is measured the same way.
``--against-spacy N`` then times newsgraph's detect() against bare spaCy ``nlp.pipe`` (the default model,
one process) on the first N bbc2225 articles, interleaved repeat by repeat, and prints the ratio: what
detection adds to the per-article pipeline, whatever the machine's load.
Run: ``.venv/bin/python bench/language_bench.py [--chars 1000] [--limit N] [--against-spacy 600]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "tests" / "data" / "languages" / "samples.jsonl"

Detector = Callable[[str], str | None]


def english_articles(limit: int | None) -> list[tuple[str, str]]:
    """(corpus, text) of the English articles in ../shared; empty when it is absent."""
    out: list[tuple[str, str]] = []

    def jsonl(path: Path) -> Iterator[dict[str, object]]:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                yield from (json.loads(line) for line in fh if line.strip())

    for rec in jsonl(SHARED / "corpus" / "bbc2225" / "articles.jsonl"):
        out.append(("bbc2225", f"{rec['headline']}\n\n{rec['body']}"))
    for split in ("train", "dev"):
        for rec in jsonl(SHARED / "gold" / "polnear" / f"{split}.jsonl"):
            out.append(("polnear", str(rec["text"])))
    for rec in jsonl(SHARED / "corpus" / "xsum-dev" / "pairs.jsonl"):
        out.append(("xsum", str(rec["document"])))
    for rec in jsonl(SHARED / "gold" / "plover-gsr" / "sentences.jsonl"):
        out.append(("plover-sentence", str(rec["text"])))
    for rec in jsonl(ROOT / "tests" / "data" / "events" / "sentences.jsonl"):
        out.append(("our-sentence", str(rec["text"])))
    truth = SHARED / "corpus" / "wcxb-dev" / "ground-truth"
    for path in sorted(truth.glob("*.json")) if truth.exists() else []:
        rec = json.loads(path.read_text(encoding="utf-8"))
        if (rec.get("main_content") or "").strip():
            out.append(("wcxb", f"{rec.get('title') or ''}\n\n{rec['main_content']}"))
    return out[:limit] if limit else out


def samples() -> list[tuple[str, str]]:
    """(language, text) of our own multilingual samples."""
    with SAMPLES.open(encoding="utf-8") as fh:
        return [(r["lang"], r["text"]) for r in (json.loads(line) for line in fh if line.strip())]


def _py3langid() -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda text: str(ident.classify(text)[0])


def _pycld2() -> Detector:
    import pycld2

    def detect(text: str) -> str | None:
        # pycld2 refuses C0/C1 control characters and unpaired surrogates as "invalid UTF-8"
        clean = "".join(c if c.isprintable() or c in "\n\t" else " " for c in text)
        reliable, _, details = pycld2.detect(clean.encode("utf-8", "replace").decode("utf-8"))
        code = details[0][1]
        return None if code == "un" else code.split("-")[0]

    return detect


def _lingua() -> Detector:
    from lingua import LanguageDetectorBuilder

    det = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str | None:
        lang = det.detect_language_of(text)
        return None if lang is None else lang.iso_code_639_1.name.lower()

    return detect


def _lingua_low() -> Detector:
    from lingua import LanguageDetectorBuilder

    det = (LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models()
           .with_low_accuracy_mode().build())

    def detect(text: str) -> str | None:
        lang = det.detect_language_of(text)
        return None if lang is None else lang.iso_code_639_1.name.lower()

    return detect


def _langdetect() -> Detector:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return lambda text: str(detect(text)).split("-")[0]


def _newsgraph() -> Detector:
    from newsgraph.language import detect

    detect("warm up")
    return detect


DETECTORS: dict[str, Callable[[], Detector]] = {
    "py3langid": _py3langid, "pycld2": _pycld2, "lingua": _lingua, "lingua-low": _lingua_low,
    "langdetect": _langdetect, "newsgraph.language": _newsgraph,
}


def measure(name: str, make: Callable[[], Detector], english: list[tuple[str, str]],
            others: list[tuple[str, str]], chars: int) -> None:
    try:
        start = time.perf_counter()
        detect = make()
        load = time.perf_counter() - start
    except ImportError as err:
        print(f"{name:20s} not installed ({err.name}): skipped")
        return
    times: list[float] = []
    wrong_en: dict[str, int] = {}
    misses: list[str] = []
    for corpus, text in english:
        start = time.perf_counter()
        got = detect(text[:chars])
        times.append(time.perf_counter() - start)
        if got not in ("en", None) if name == "newsgraph.language" else got != "en":
            wrong_en[corpus] = wrong_en.get(corpus, 0) + 1
            misses.append(f"{corpus}:{got}")
    exact = not_en = 0
    fails: list[str] = []
    for lang, text in others:
        start = time.perf_counter()
        got = detect(text[:chars])
        times.append(time.perf_counter() - start)
        exact += got == lang
        not_en += (got != "en") == (lang != "en")
        if got != lang:
            fails.append(f"{lang}->{got} ({text[:30]!r})")
    n_en = len(english)
    print(f"{name:20s} English called other: {sum(wrong_en.values())}/{n_en} {wrong_en or ''}; "
          f"samples exact {exact}/{len(others)}, English-or-not {not_en}/{len(others)}; "
          f"median {1e3 * statistics.median(times):.2f} ms, total {sum(times):.1f} s, load {load:.2f} s")
    if fails:
        print(f"{'':20s} sample errors: {' '.join(fails)}")
    if misses:
        print(f"{'':20s} English errors (first 10): {' '.join(misses[:10])}")


def against_spacy(n: int, repeats: int) -> None:
    """Print the time of detect() over n bbc2225 articles as a share of bare spaCy's time on them."""
    from newsgraph.language import detect
    from newsgraph.nlp.doc import load_model

    texts = [t for c, t in english_articles(None) if c == "bbc2225"][:n]
    nlp = load_model()
    detect("warm up")
    spacy_s, detect_s = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        spacy_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        for text in texts:
            detect(text)
        detect_s.append(time.perf_counter() - start)
    sp, de = statistics.median(spacy_s), statistics.median(detect_s)
    print(f"{len(texts)} bbc2225 articles, median of {repeats}: bare spaCy {sp:.1f} s, detect() {de:.2f} s, "
          f"detect / spaCy {de / sp:.4f} (an ingest / spaCy ratio r becomes about r / (1 + {de / sp:.4f} r))")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1000, help="characters of each text given to the detector")
    ap.add_argument("--limit", type=int, default=None, help="at most this many English articles")
    ap.add_argument("--only", nargs="*", default=list(DETECTORS), choices=list(DETECTORS))
    ap.add_argument("--against-spacy", type=int, default=0, metavar="N", help="time detect() against nlp.pipe")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    if args.against_spacy:
        against_spacy(args.against_spacy, args.repeats)
        return
    english = english_articles(args.limit)
    if not english:
        print(f"no English corpora under {SHARED}: measuring the samples only")
    others = samples()
    print(f"{len(english)} English articles from ../shared, {len(others)} samples of ours "
          f"({len({lang for lang, _ in others})} languages), first {args.chars} characters of each")
    for name in args.only:
        measure(name, DETECTORS[name], english, others, args.chars)


if __name__ == "__main__":
    main()
