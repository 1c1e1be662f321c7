#!/usr/bin/env python3
"""Compile the annotated test articles into quote gold and expected actors.

Usage:
    python scripts/build_quote_gold.py            # (re)write gold.jsonl and actors.jsonl
    python scripts/build_quote_gold.py --check    # exit 1 when they are out of date
    python scripts/build_quote_gold.py --show ID  # print the quotes of one article, to review them

Sources are ``tests/data/quotes/articles/*.txt``; the markup is described in docs/evaluation.md.
Each file holds header lines, a ``---`` line, then the article with inline tags::

    @actor Ana Ruiz | PERSON | Foreign Minister | ESP | Ms Ruiz; Ruiz
    ---
    {S1:Ms Ruiz} {C1:said} "{D1:We will not back down}."

Tags are ``{KIND IDS [=SPEAKER] : text}`` with KIND ``D``/``I``/``M`` (a content piece of a
direct, indirect or mixed quote), ``S`` (a source, i.e. the speaker mention) or ``C`` (the cue).
IDS are one or more quote ids joined by commas (a source can serve several quotes);
``=SPEAKER`` names the actor a pronoun or description stands for (``=`` alone: no actor).
Tags nest; ``\\{``, ``\\}`` and ``\\\\`` are literal characters.

Outputs, one article a line, sorted by ``doc_id`` (the file name without ``.txt``):
    gold.jsonl   {"doc_id", "text", "quotes": [{"type", "cue", "sources", "contents"}]}
                 (the gold shape of score_quotes.py: spans are {"start", "end"} into "text")
    actors.jsonl {"doc_id", "actors": [{"name", "type", "roles", "country", "aliases"}],
                  "speakers": [the actor name (or null) of each gold quote, in gold order]}
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "quotes"
Json = dict[str, Any]
TYPES = {"D": "direct", "I": "indirect", "M": "mixed"}
_TAG = re.compile(r"\{(?P<kind>[DIMSC])(?P<ids>[A-Za-z0-9]+(?:,[A-Za-z0-9]+)*)(?:=(?P<who>[^:{}]*))?:")
_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


class MarkupError(ValueError):
    """An annotated article is malformed; the message names the file and the place."""


@dataclass
class _Tag:
    kind: str
    ids: tuple[str, ...]
    who: str | None
    start: int
    end: int = -1


@dataclass
class _Quote:
    type: str = ""
    cue: tuple[int, int] | None = None
    sources: list[tuple[int, int]] = field(default_factory=list)
    contents: list[tuple[int, int]] = field(default_factory=list)
    speaker: str | None = None
    speaker_given: bool = False


def parse_markup(marked: str, *, name: str = "<text>") -> tuple[str, list[_Tag]]:
    """Remove the tags from ``marked``; return the clean text and the closed tags with offsets."""
    out: list[str] = []
    pos = 0  # length of the clean text so far
    stack: list[_Tag] = []
    tags: list[_Tag] = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "\\" and i + 1 < len(marked) and marked[i + 1] in "{}\\":
            out.append(marked[i + 1])
            pos, i = pos + 1, i + 2
            continue
        if ch == "{":
            m = _TAG.match(marked, i)
            if m is None:
                raise MarkupError(f"{name}: '{{' at {_where(marked, i)} is not a tag; write \\{{ for a brace")
            stack.append(_Tag(m["kind"], tuple(m["ids"].split(",")), m["who"], pos))
            i = m.end()
            continue
        if ch == "}":
            if not stack:
                raise MarkupError(f"{name}: '}}' at {_where(marked, i)} closes no tag")
            tag = stack.pop()
            tag.end = pos
            tags.append(tag)
            i += 1
            continue
        out.append(ch)
        pos, i = pos + 1, i + 1
    if stack:
        raise MarkupError(f"{name}: tag {stack[-1].kind}{','.join(stack[-1].ids)} is never closed")
    return "".join(out), tags


def _where(text: str, i: int) -> str:
    line = text.count("\n", 0, i) + 1
    return f"line {line} (of the article)"


def _check_span(text: str, tag: _Tag, name: str) -> None:
    piece = text[tag.start:tag.end]
    label = f"{name}: {tag.kind}{','.join(tag.ids)} {piece!r}"
    if not piece.strip():
        raise MarkupError(f"{label} is empty")
    if piece != piece.strip():
        raise MarkupError(f"{label} starts or ends with white space")


def collect_quotes(text: str, tags: list[_Tag], *, name: str) -> list[_Quote]:
    """Group the tags into quotes, ordered by their first content piece."""
    quotes: dict[str, _Quote] = {}
    for tag in sorted(tags, key=lambda t: (t.start, t.end)):
        _check_span(text, tag, name)
        for qid in tag.ids:
            q = quotes.setdefault(qid, _Quote())
            span = (tag.start, tag.end)
            if tag.kind in TYPES:
                if q.type and q.type != TYPES[tag.kind]:
                    raise MarkupError(f"{name}: quote {qid} has pieces of two types")
                q.type = TYPES[tag.kind]
                q.contents.append(span)
            elif tag.kind == "S":
                q.sources.append(span)
                if tag.who is not None:
                    q.speaker, q.speaker_given = (tag.who.strip() or None), True
            elif q.cue is not None:
                raise MarkupError(f"{name}: quote {qid} has two cues")
            else:
                q.cue = span
    for qid, q in quotes.items():
        if not q.contents:
            raise MarkupError(f"{name}: quote {qid} has a source or cue but no content")
        if not q.sources:
            raise MarkupError(f"{name}: quote {qid} has no source")
    return sorted(quotes.values(), key=lambda q: q.contents[0])


def _split(value: str) -> list[str]:
    return [x.strip() for x in value.split(";") if x.strip()]


def _bare(mention: str) -> str:
    return re.sub(r"^the\s+", "", mention.lower())


def _span(pair: tuple[int, int]) -> Json:
    return {"start": pair[0], "end": pair[1]}


def parse_actor(line: str, *, name: str) -> Json:
    """Parse ``@actor Name | TYPE | role; role | ISO3 or - | alias; alias``."""
    parts = [p.strip() for p in line.removeprefix("@actor").split("|")]
    if len(parts) != 5 or not parts[0] or parts[1] not in _ACTOR_TYPES:
        raise MarkupError(f"{name}: bad actor line {line!r} (Name | TYPE | roles | ISO3 | aliases)")
    country = None if parts[3] in ("", "-") else parts[3]
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        raise MarkupError(f"{name}: country {country!r} is not ISO 3166 alpha-3")
    return {"name": parts[0], "type": parts[1], "roles": _split(parts[2]), "country": country,
            "aliases": _split(parts[4])}


def _candidates(mention: str, actors: list[Json]) -> set[str]:
    """Actors ``mention`` may name: the longest name or alias ending it, a person's full name in it, a surname."""
    words = mention.split()
    found = set()
    for n in range(len(words)):  # the longest tail that is a name: "group [Green Coast]"
        tail = _bare(" ".join(words[n:]))
        named = {str(a["name"]) for a in actors if tail in {_bare(v) for v in [a["name"], *a["aliases"]]}}
        if named:
            found.update(named)
            break
    people = [a for a in actors if a["type"] == "PERSON"]
    found.update(str(a["name"]) for a in people if re.search(rf"\b{re.escape(str(a['name']))}\b", mention))
    if words:
        found.update(str(a["name"]) for a in people if str(a["name"]).split()[-1].lower() == words[-1].lower())
    return found


def resolve_speaker(text: str, q: _Quote, actors: list[Json], *, name: str) -> str | None:
    """Name the actor who speaks ``q``: given with ``=``, or the one actor the source mention names.

    Raises:
        MarkupError: when the mention names no actor or several (write ``{S1=Actor Name:...}``).
    """
    if q.speaker_given:
        if q.speaker is not None and q.speaker not in {a["name"] for a in actors}:
            raise MarkupError(f"{name}: speaker {q.speaker!r} is not an @actor")
        return q.speaker
    mention = " ".join(text[s:e] for s, e in q.sources)
    # An apposition ("The RAC's head of policy, Tom Ellery") names the speaker in one of its parts.
    found = set().union(*(_candidates(part, actors) for part in [mention, *mention.split(",")]))
    if len(found) == 1:
        return found.pop()
    why = f"it could be any of {sorted(found)}" if found else "it names no @actor"
    raise MarkupError(f"{name}: cannot tell who {mention!r} is ({why}); write {{S1=Actor Name:{mention}}}")


def compile_article(path: Path) -> tuple[Json, Json]:
    """Compile one annotated article into its gold record and its actors record."""
    name = path.name
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise MarkupError(f"{name}: no '---' line between the header and the article")
    actors = [parse_actor(ln, name=name) for ln in head.splitlines() if ln.startswith("@actor")]
    text, tags = parse_markup(body, name=name)
    quotes = collect_quotes(text, tags, name=name)
    doc_id = path.stem
    gold: Json = {"doc_id": doc_id, "text": text, "quotes": [
        {"type": q.type, "cue": _span(q.cue) if q.cue else None, "sources": [_span(s) for s in q.sources],
         "contents": [_span(c) for c in q.contents]} for q in quotes]}
    speakers = [resolve_speaker(text, q, actors, name=name) for q in quotes]
    return gold, {"doc_id": doc_id, "actors": actors, "speakers": speakers}


def show(path: Path) -> str:
    """Return a review listing of the quotes of one annotated article."""
    gold, actors = compile_article(path)
    text = str(gold["text"])

    def cut(s: Json | None) -> str | None:
        return None if s is None else text[s["start"]:s["end"]]

    lines = []
    for n, (q, who) in enumerate(zip(gold["quotes"], actors["speakers"], strict=True), 1):
        lines.append(f"{n:2d}. {q['type']:8s} cue={cut(q['cue'])!r} source={[cut(s) for s in q['sources']]} -> {who}")
        lines.extend(f"      | {cut(c)}" for c in q["contents"])
    return "\n".join(lines)


def build(articles: Path = DATA / "articles") -> tuple[str, str]:
    """Return the contents of gold.jsonl and actors.jsonl for every article under ``articles``."""
    gold_lines, actor_lines = [], []
    for path in sorted(articles.glob("*.txt")):
        gold, actors = compile_article(path)
        gold_lines.append(json.dumps(gold, ensure_ascii=False))
        actor_lines.append(json.dumps(actors, ensure_ascii=False))
    return "".join(x + "\n" for x in gold_lines), "".join(x + "\n" for x in actor_lines)


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the compiled gold; return the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the compiled files are out of date")
    ap.add_argument("--data", type=Path, default=DATA, help="folder holding articles/ (default: %(default)s)")
    ap.add_argument("--show", metavar="ID", help="print the quotes of article ID and write nothing")
    args = ap.parse_args(argv)
    try:
        if args.show:
            print(show(args.data / "articles" / f"{args.show}.txt"))
            return 0
        gold, actors = build(args.data / "articles")
    except MarkupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    targets = {args.data / "gold.jsonl": gold, args.data / "actors.jsonl": actors}
    if args.check:
        stale = [p for p, want in targets.items() if not p.is_file() or p.read_text(encoding="utf-8") != want]
        for p in stale:
            print(f"out of date: {p} (run scripts/build_quote_gold.py)", file=sys.stderr)
        return 1 if stale else 0
    for p, want in targets.items():
        p.write_text(want, encoding="utf-8")
    n = gold.count("\n")
    quotes = sum(len(json.loads(line)["quotes"]) for line in gold.splitlines())
    print(f"wrote {n} articles, {quotes} quotes to {args.data}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
