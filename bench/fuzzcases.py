"""Fuzz cases for ``bench/fuzz.py``: seed articles and the mutations that break readers and stages.

A case is a pure function of (run seed, case number): the seed article it mutates, the mutations and
the way it is packaged (a .txt or .html file, or a JSONL record) all come from ``random.Random`` seeded
with both, so ``fuzz.py --case N`` rebuilds case N exactly. Seeds are the bundled samples and our own
test articles, and, when ``../shared`` is present, its corpora, read from there and never copied:
wcxb-dev pages, bbc-html-dev pages, bbc2225 articles and PolNeAR texts.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class SeedRef:
    """Where a seed article is: a whole file, or one line of a JSONL file (by byte offset)."""

    path: str
    kind: str  # "text" | "html" | "record"
    offset: int = -1  # -1: the whole file


@dataclass(frozen=True, slots=True)
class Case:
    """One fuzz input: a file name (its suffix picks the reader) and its bytes, and how it was made."""

    number: int
    name: str
    data: bytes
    seed: str
    mutations: tuple[str, ...]


def _jsonl_refs(path: Path, kind: str, limit: int) -> list[SeedRef]:
    refs: list[SeedRef] = []
    offset = 0
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                refs.append(SeedRef(str(path), kind, offset))
            offset += len(line)
            if len(refs) >= limit:
                break
    return refs


def seed_refs(shared: Path | None) -> list[SeedRef]:
    """Every seed: bundled samples and test articles, then ../shared corpora when ``shared`` is given."""
    refs = [SeedRef(str(p), "html" if p.suffix == ".html" else "text") for p in sorted((ROOT / "samples").iterdir())
            if p.suffix in (".txt", ".html")]
    refs += _jsonl_refs(ROOT / "samples" / "wire.jsonl", "record", 100)
    for folder in ("quotes", "quotes-set2"):
        refs += [SeedRef(str(p), "text") for p in sorted((ROOT / "tests" / "data" / folder / "articles").glob("*.txt"))]
    if shared is None or not (shared / "corpus").is_dir():
        return refs
    corpus = shared / "corpus"
    refs += [SeedRef(str(p), "html") for p in sorted((corpus / "wcxb-dev" / "html").glob("*.html.gz"))]
    refs += [SeedRef(str(p), "html") for p in sorted((corpus / "bbc-html-dev").glob("*.html"))]
    refs += _jsonl_refs(corpus / "bbc2225" / "articles.jsonl", "record", 3000)
    for split in ("dev", "train"):
        refs += _jsonl_refs(shared / "gold" / "polnear" / f"{split}.jsonl", "record", 1000)
    return refs


def load(ref: SeedRef) -> tuple[str, dict[str, object]]:
    """The seed's content (text or HTML) and the record fields it came with (id, published, ...)."""
    path = Path(ref.path)
    if ref.offset < 0:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        return raw.decode("utf-8", errors="replace"), {}
    with path.open("rb") as fh:
        fh.seek(ref.offset)
        rec = json.loads(fh.readline())
    if "body" in rec:
        return f"{rec.get('headline') or ''}\n\n{rec['body']}", {}
    if "html" in rec:
        return str(rec["html"]), {"html": True}
    return str(rec.get("text") or ""), {}


# ---------------------------------------------------------------------------------------------- mutations
Mutation = Callable[[str, random.Random], str]
QUOTES = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "``", "''"]
ODD = ["\ud800", "\udfff", "\x00", "\u00b2", "\u00b3\u00b9\u2070", "\u0301", "\u200d", "\u202e", "\ufeff",
       "\ufffe", "\U0001f600", "\uff11\uff12", "\u0661\u0662\u0663\u0664", "\r", "\x0b", "\x0c", "\u2028",
       "\u0085", "\u00a0", "\u3000", "\x1b[31m", "\U000e0041", "\u0130", "\ufb01"]
EXTREME_DATES = ["0001-01-01", "9999-12-31", "0000-00-00", "1900-01-01", "2999-02-29", "10000-01-01"]
DATE_WORDS = ["on 31 December 9999", "Published 1 January 0001", "on 1 January 1", "yesterday", "next year",
              "last month", "tomorrow", "next week", "99999999999999999999 days ago", "on Monday", "in March 9999"]


def _at(text: str, rng: random.Random) -> int:
    return rng.randrange(len(text) + 1)


def _insert(text: str, rng: random.Random, piece: str, times: int = 1) -> str:
    for _ in range(times):
        i = _at(text, rng)
        text = text[:i] + piece + text[i:]
    return text


def truncate(text: str, rng: random.Random) -> str:
    return text[: _at(text, rng)]


def cut_slice(text: str, rng: random.Random) -> str:
    a, b = sorted((_at(text, rng), _at(text, rng)))
    return text[:a] + text[b:]


def repeat_slice(text: str, rng: random.Random) -> str:
    a = _at(text, rng)
    b = min(len(text), a + rng.choice([1, 2, 10, 100, 1000]))
    times = min(rng.choice([2, 10, 100, 1000]), 100_000 // max(1, b - a))  # at most 100 kB more
    return text[:a] + text[a:b] * times + text[b:]


def unbalanced_quotes(text: str, rng: random.Random) -> str:
    if rng.random() < 0.3:  # drop every closing mark
        return text.replace("\u201d", "").replace('" ', " ")
    rate = rng.choice([0.01, 0.05, 0.3])
    return "".join(ch + rng.choice(QUOTES) if rng.random() < rate else ch for ch in text)


def odd_unicode(text: str, rng: random.Random) -> str:
    for _ in range(rng.choice([1, 3, 20, 200])):
        text = _insert(text, rng, rng.choice(ODD))
    return text


def long_line(text: str, rng: random.Random) -> str:
    choice = rng.randrange(4)
    if choice == 0:  # every paragraph on one line
        return text.replace("\n", " ")
    if choice == 1:  # a long line of words
        words = (text.split() or ["word"]) * 50
        return _insert(text, rng, "\n" + " ".join(words[: rng.choice([5_000, 15_000])]) + "\n")
    if choice == 2:  # a long run without white space
        unit = rng.choice(["(", '"', "a-", "x", "\u201c", "[", "..", "http://x.org/a?", "\u00b2", "1,"])
        return _insert(text, rng, unit * rng.choice([1000, 10_000, 50_000]))
    return _insert(text, rng, "\n" * rng.choice([1000, 20_000]))


def deep_nesting(text: str, rng: random.Random) -> str:
    depth = rng.choice([100, 1000, 5000, 20_000])
    kind = rng.randrange(4)
    if kind == 0:  # elements
        tag = rng.choice(["div", "span", "b", "blockquote", "p", "table><tr><td"])
        close = "".join(f"</{t}>" for t in reversed(tag.split("><")))
        return _insert(text, rng, f"<{tag}>" * depth + "Deep text, the minister said." + close * depth)
    if kind == 1:  # JSON-LD
        ld = '{"@type": "NewsArticle", "datePublished": "2020-01-02", "x": ' + "[" * depth + "]" * depth + "}"
        return _insert(text, rng, f'<script type="application/ld+json">{ld}</script>')
    if kind == 2:  # brackets and quotation marks in prose
        return _insert(text, rng, " (" * depth + "he said" + ") " * depth)
    return _insert(text, rng, ' "He said \u201cshe said \u2018' * (depth // 10) + "yes")


def extreme_dates(text: str, rng: random.Random) -> str:
    day = rng.choice(EXTREME_DATES)
    kind = rng.randrange(3)
    if kind == 0:
        ld = f'{{"@type": "NewsArticle", "datePublished": "{day}", "dateModified": "{day}T00:00:00Z"}}'
        return _insert(text, rng, f'<script type="application/ld+json">{ld}</script>'
                                  f'<meta property="article:published_time" content="{day}">')
    if kind == 1:
        return _insert(text, rng, f"\nPublished {day}\n")
    return _insert(text, rng, " " + rng.choice(DATE_WORDS) + " ", rng.choice([1, 5, 50]))


def huge_numbers(text: str, rng: random.Random) -> str:
    digits = rng.choice([20, 400, 5000, 50_000])
    piece = rng.choice([
        "9" * digits + " people were killed", "1e308 people fled", "1" + ",000" * (digits // 4) + " displaced",
        "10^" + "9" * 50 + " died", "\u00b2" * 4 + " people died", "99999999999999999999 days ago",
        "0." + "0" * digits + "1 million people", "\u0661\u0662\u0663\u0664 were arrested",
        "9" * digits + " years ago", "-" + "9" * 30 + " people"])
    return _insert(text, rng, f" {piece} ", rng.choice([1, 3, 30]))


MUTATIONS: dict[str, Mutation] = {
    "truncated": truncate, "slice_cut": cut_slice, "slice_repeated": repeat_slice,
    "unbalanced_quotes": unbalanced_quotes, "odd_unicode": odd_unicode, "long_line": long_line,
    "deep_nesting": deep_nesting, "extreme_dates": extreme_dates, "huge_numbers": huge_numbers,
}
BYTE_MUTATIONS = ("bytes_flipped", "bytes_truncated")


def _flip(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice([1, 5, 50])):
        if buf:
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    return bytes(buf)


def _package(content: str, kind: str, rng: random.Random, number: int, published: str | None) -> tuple[str, bytes]:
    """A .txt/.html file, or a JSONL record (JSON escapes carry lone surrogates, which files cannot)."""
    if rng.random() < 0.5 or published is not None:
        record: dict[str, object] = {"id": f"case-{number}", "html" if kind == "html" else "text": content}
        if published is not None:
            record["published"] = published
        return f"case-{number}.jsonl", (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")
    suffix = ".html" if kind == "html" else ".txt"
    return f"case-{number}{suffix}", content.encode("utf-8", errors="surrogatepass")


def make_case(refs: list[SeedRef], run_seed: int, number: int) -> Case:
    """Case ``number`` of the run seeded ``run_seed``: a seed, one to three mutations, a packaging."""
    rng = random.Random(f"{run_seed}:{number}")
    ref = rng.choice(refs)
    content, extra = load(ref)
    kind = "html" if ref.kind == "html" or extra.get("html") else "text"
    names = rng.sample(sorted(MUTATIONS), rng.choice([1, 1, 2, 3]))
    for name in names:
        content = MUTATIONS[name](content, rng)
    published = rng.choice(EXTREME_DATES[:2]) if "extreme_dates" in names and rng.random() < 0.4 else None
    file_name, data = _package(content, kind, rng, number, published)
    if rng.random() < 0.15:
        byte_mutation = rng.choice(BYTE_MUTATIONS)
        data = _flip(data, rng) if byte_mutation == "bytes_flipped" else data[: rng.randrange(len(data) + 1)]
        names.append(byte_mutation)
    return Case(number, file_name, data, f"{Path(ref.path).name}@{ref.offset}", tuple(names))
