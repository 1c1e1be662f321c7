"""spaCy's attribute ruler, applied from a table instead of the Matcher: same result, a tenth of the time.

The English pipelines end their tagging with an ``attribute_ruler`` of about 180 rules ("a token tagged
VBZ whose lower form is 's is AUX, lemma be"). spaCy runs them through its general Matcher and then sets
each match's attributes token by token: about 5 ms an article, as much as the parser. Almost every rule
is about one token and compares a few of its attributes (tag, lower form, dependency, is-space) with a
value, a list or a pattern, so which rules fire on a token depends only on those attribute values:
:class:`FastAttributeRuler` works out which tests each attribute value passes once, which rules a set
of passed tests fires once, and writes the resulting attributes of the whole Doc in one array. The few
rules over two or more tokens are checked from the same per-token answers. Later rules win, as in spaCy
(it applies matches sorted by rule).

Only rule shapes whose meaning is plain are compiled (see ``_KEYS`` and ``_test``); a ruler holding
anything else (an operator such as ``"OP": "?"``, another attribute, an extension attribute) keeps
spaCy's own code. ``install`` is called by :func:`newsgraph.nlp.doc.load_model`; tests compare both
on real and random Docs token by token.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# Pattern keys compiled, with the array attribute read for them (strings as hashes, IS_SPACE as 0/1).
_KEYS: dict[str, int] = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_MAX_CACHE = 50_000  # attribute values remembered (a few MB); past it they are worked out afresh

Test = Callable[[Any], bool]  # the value of one attribute (a string, or a bool for IS_SPACE) -> match
Step = tuple[int, int, int]  # (rule, pattern, step): one token of a pattern over several
# What a token's mask fires: one-token rules, the longer patterns it can open, the steps it fits.
Fits = tuple[tuple[int, ...], tuple[tuple[int, int, int], ...], frozenset[Step]]


def _test(key: str, spec: Any) -> Test | None:
    """One attribute's condition as a function of its value; None when it is not a compiled shape."""
    if isinstance(spec, bool if key == "IS_SPACE" else str):
        return functools.partial(operator.eq, spec)
    if key == "IS_SPACE":
        return None
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    op, arg = next(iter(spec.items()))
    if op == "REGEX" and isinstance(arg, str):
        return _Search(re.compile(arg))
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
        return _Member(frozenset(arg), op == "IN")
    return None


@dataclass(frozen=True)
class _Search:
    """``{"REGEX": pattern}``: the pattern is found in the value (``re.search``, as spaCy has it)."""

    regex: re.Pattern[str]

    def __call__(self, value: str) -> bool:
        return self.regex.search(value) is not None


@dataclass(frozen=True)
class _Member:
    """``{"IN": [...]}`` or ``{"NOT_IN": [...]}``."""

    values: frozenset[str]
    inside: bool

    def __call__(self, value: str) -> bool:
        return (value in self.values) is self.inside


class _Compiled:
    """The rules as bit masks over the tests of a token's attributes.

    Every test (one attribute of one step of one pattern) has a bit. A token's mask holds the tests its
    attribute values pass, read from one memo per attribute; a step fits a token when the token's mask
    holds all of the step's bits, worked out once per distinct mask.
    """

    def __init__(self, keys: list[str], rules: list[list[list[list[tuple[int, Test]]]]],
                 indices: Sequence[int], attrs: Sequence[dict[int, int]]) -> None:
        self.keys = keys
        self.columns: list[int | str] = [_KEYS[k] for k in keys]
        self.tests: list[list[tuple[int, Test]]] = [[] for _ in keys]  # per attribute: (bit, test)
        self.steps: list[tuple[int, int, int, int, int]] = []  # (needed bits, rule, pattern, step, length)
        bits = 0
        for r, pats in enumerate(rules):
            for p, pat in enumerate(pats):
                for step, tests in enumerate(pat):
                    need = 0
                    for col, test in tests:
                        self.tests[col].append((1 << bits, test))
                        need |= 1 << bits
                        bits += 1
                    self.steps.append((need, r, p, step, len(pat)))
        self.indices = list(indices)
        self.out_attrs: list[int | str] = sorted({a for d in attrs for a in d})
        self.attrs = [[(self.out_attrs.index(a), v) for a, v in d.items()] for d in attrs]
        self.values: list[dict[int, int]] = [{} for _ in keys]  # per attribute: value -> bits it passes
        self.masks: dict[int, Fits] = {}
        self.merged: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def _bits(self, col: int, value: int, strings: Any) -> int:
        text = bool(value) if self.keys[col] == "IS_SPACE" else strings[value]
        return sum(bit for bit, test in self.tests[col] if test(text))

    def _fits(self, mask: int) -> Fits:
        """For a token's mask: the one-token rules that fire, the longer patterns it can open, the steps it fits."""
        single: list[int] = []
        opens: list[tuple[int, int, int]] = []
        steps: set[Step] = set()
        for need, r, p, step, length in self.steps:
            if mask & need == need:
                if length == 1:
                    single.append(r)
                else:
                    steps.add((r, p, step))
                    if step == 0:
                        opens.append((r, p, length))
        return tuple(dict.fromkeys(single)), tuple(opens), frozenset(steps)

    def merge(self, rules: tuple[int, ...]) -> list[tuple[int, int]]:
        """The (output column, value) pairs that rules applied in order leave: the last rule setting one wins."""
        out: dict[int, int] = {}
        for r in sorted(rules):
            out.update(self.attrs[r])
        return list(out.items())

    def __call__(self, doc: Doc) -> None:
        n = len(doc)
        if not n or not self.out_attrs:
            return
        rows: Any = doc.to_array(self.columns).reshape(n, len(self.columns)).tolist()
        strings, masks, values = doc.vocab.strings, self.masks, self.values
        if sum(map(len, values)) > _MAX_CACHE:
            for memo in values:
                memo.clear()
        found = []
        for row in rows:
            mask = 0
            for col, value in enumerate(row):
                bits = values[col].get(value)
                if bits is None:
                    bits = values[col][value] = self._bits(col, value, strings)
                mask |= bits
            entry = masks.get(mask)
            if entry is None:
                entry = masks[mask] = self._fits(mask)
            found.append(entry)
        fired: list[tuple[int, ...]] = [single for single, _, _ in found]
        for start, (_, opens, _) in enumerate(found):
            for r, p, length in opens:
                if start + length <= n and all((r, p, step) in found[start + step][2] for step in range(1, length)):
                    index = self.indices[r]
                    target = start + index if index >= 0 else start + length + index
                    fired[target] = (*fired[target], r)
        out: Any = doc.to_array(self.out_attrs).reshape(n, len(self.out_attrs))
        merged = self.merged
        for i, rules in enumerate(fired):
            if rules:
                pairs = merged.get(rules)
                if pairs is None:
                    pairs = merged[rules] = self.merge(rules)
                for col, value in pairs:
                    out[i, col] = value
        doc.from_array(self.out_attrs, out)


def compile_rules(ruler: AttributeRuler) -> _Compiled | None:
    """The ruler's rules as a table, or None when one of them is not a compiled shape (spaCy's code then runs)."""
    keys: list[str] = []
    rules: list[list[list[list[tuple[int, Test]]]]] = []
    found: Any
    for number, found in enumerate(ruler.patterns):
        if any(not isinstance(a, int) for a in ruler.attrs[number]):  # "_": extension attributes
            return None
        pats = []
        for pattern in found["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            steps = []
            for token in pattern:
                tests = []
                for key, spec in token.items():
                    test = _test(key, spec) if key in _KEYS else None
                    if test is None:
                        return None
                    if key not in keys:
                        keys.append(key)
                    tests.append((keys.index(key), test))
                steps.append(tests)
            pats.append(steps)
        index = ruler.indices[number]
        if any(not -len(p) <= index < len(p) for p in pats):
            return None  # spaCy raises for such a rule: let it
        rules.append(pats)
    return _Compiled(keys, rules, ruler.indices, ruler.attrs)


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler whose ``__call__`` applies compiled rules (module doc); same patterns, same output."""

    def __call__(self, doc: Doc) -> Doc:
        state = (id(self.matcher), len(self.attrs))  # rules added since: compile again
        if getattr(self, "_compiled_for", None) != state:
            self._compiled = compile_rules(self)
            self._compiled_for = state
        if self._compiled is None:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            self._compiled(doc)
        except Exception as e:  # noqa: BLE001  (spaCy's own handling, as AttributeRuler does)
            return error_handler(self.name, self, [doc], e)
        return doc


def install(nlp: Language) -> Language:
    """Make every AttributeRuler of ``nlp`` a :class:`FastAttributeRuler` (in place); returns ``nlp``."""
    for _, component in nlp.components:
        if type(component) is AttributeRuler:
            component.__class__ = FastAttributeRuler
    return nlp
