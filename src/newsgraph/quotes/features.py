"""Features of the parse that the attribution model weighs: of a cue, of where its content starts and ends.

Each function returns a list of feature strings for one decision; the same functions build the
training rows (``scripts/train_attributions.py``) and score candidates at run time, so the two
cannot drift apart. Features are conjunctions of the words and the dependency parse we already
have (lemmas, tags, dependency labels, the lemmas of a token's complements), nothing else.

Unstable internals: feature names change with the model; retrain (``make train``) after any edit.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp import views

# Dependency labels of a cue's children that say how it takes its content and its source.
_FRAME_DEPS = frozenset(
    "nsubj nsubjpass csubj ccomp xcomp dobj dative prep agent acomp attr oprd advcl neg prt mark parataxis "
    "conj pcomp acl poss relcl appos".split()
)
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_WH = frozenset("whether if what why how who when where which".split())
# Verbs above a candidate that make it part of someone else's report or plan.
_CLIMB = frozenset("ccomp xcomp advcl conj relcl acl pcomp parataxis".split())


def _subject_kind(token: Token) -> str:
    if token.pos_ == "PRON":
        return "PRON:" + token.lower_
    if token.ent_type_:
        return token.pos_ + ":" + token.ent_type_
    return token.pos_


def key_lemma(token: Token) -> str:
    """The lemma that carries a cue's meaning: "be" takes its complement's ("is concerned" -> concerned)."""
    lemma = token.lemma_.lower()
    if lemma == "be":
        for child in views.children(token):
            if child.dep_ in ("acomp", "attr") and child.i > token.i:
                return "be:" + child.lemma_.lower()
    return lemma


def _ancestor(token: Token) -> tuple[str, str]:
    """The nearest verb above ``token`` and the label that joins the path to it."""
    tok, hops = token, 0
    while tok.dep_ in _CLIMB and tok.head.i != tok.i and hops < 4:
        dep, tok, hops = tok.dep_, tok.head, hops + 1
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower(), dep
    return "-", token.dep_


def cue_features(token: Token, *, quoted: bool) -> list[str]:
    """Features of ``token`` as the head of an attribution cue.

    Args:
        token: The candidate (a verb, a noun, "according", a colon).
        quoted: True when it stands inside quotation marks.
    """
    lemma = key_lemma(token)
    out = [f"l={lemma}", f"t={token.tag_}", f"d={token.dep_}", f"l|d={lemma}|{token.dep_}",
           f"l|t={lemma}|{token.tag_}"]
    if quoted:
        out += ["q", f"l|q={lemma}"]
    has_subj = False
    for child in views.children(token):
        dep = child.dep_
        if dep not in _FRAME_DEPS:
            continue
        out += [f"c={dep}", f"l|c={lemma}|{dep}"]
        if dep in _SUBJ:
            has_subj = True
            kind = _subject_kind(child)
            out += [f"s={kind}", f"l|s={lemma}|{kind}", f"sl={child.lemma_.lower()}"]
        elif dep in ("prep", "prt", "agent", "mark"):
            out.append(f"l|{dep}={lemma}|{child.lower_}")
            if dep == "prep":
                obj = next((c for c in views.children(child) if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    out.append(f"l|{child.lower_}>{obj.dep_}={lemma}|{obj.ent_type_ or obj.pos_}")
        elif dep == "poss":
            out.append(f"l|poss={lemma}|{_subject_kind(child)}")
        elif dep in ("xcomp", "ccomp", "acomp", "attr", "dobj", "oprd", "acl"):
            out.append(f"l|{dep}l={lemma}|{child.lemma_.lower()}")
            first = child.left_edge.lower_
            if dep == "ccomp":
                opener = "that" if first == "that" else ("wh" if first in _WH else "bare")
                out += [f"cc={opener}", f"l|cc={lemma}|{opener}"]
            if dep == "dobj":
                out += [f"l|ot={lemma}|{child.pos_}", f"l|oe={lemma}|{child.ent_type_ or '-'}"]
    if not has_subj:
        out += ["nosubj", f"l|nosubj={lemma}"]
    anc, via = _ancestor(token)
    out += [f"a={anc}|{via}", f"av={via}", f"l|a={lemma}|{anc}"]
    doc = token.doc
    prev = doc[token.i - 1].lower_ if token.i > 0 else "<s>"
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "</s>"
    out += [f"p1={prev}", f"n1={nxt}", f"l|n1={lemma}|{nxt}", f"l|p1={lemma}|{prev}"]
    return out


def path_to(head: Token, node: Token) -> list[Token]:
    """The tokens from ``head`` (excluded) down to ``node`` (included); ``node`` must be under ``head``."""
    path = [node]
    while path[-1].head.i != head.i:
        path.append(path[-1].head)
    return path[::-1]


def path_name(path: list[Token]) -> str:
    """The dependency path as text, prepositions named: "prep:for>pobj"."""
    parts = []
    for tok in path:
        parts.append(f"{tok.dep_}:{tok.lower_}" if tok.dep_ in ("prep", "agent", "prt") else tok.dep_)
    return ">".join(parts)


def start_features(head: Token, node: Token, path: list[Token], *, lemma: str) -> list[str]:
    """Features of ``node``'s first token as where the content of the cue ``head`` starts."""
    name = path_name(path)
    first = node.left_edge
    opener = first.lower_ if first.lower_ in _WH or first.lower_ in ("that", "to", "for") else first.pos_
    if first.is_quote:
        opener = "quote"
    ent = node.ent_type_ or "-"
    size = node.right_edge.i - first.i + 1
    return [f"path={name}", f"l|path={lemma}|{name}", f"open={opener}", f"l|open={lemma}|{opener}",
            f"depth={min(len(path), 4)}", f"np={node.pos_}", f"path|np={name}|{node.pos_}",
            f"gap={min(first.i - head.i, 6)}", f"last={path[-1].dep_}", f"l|last={lemma}|{path[-1].dep_}",
            f"ent={ent}", f"path|ent={name}|{ent}", f"size={min(size, 8)}", f"path|size={name}|{min(size, 8)}",
            f"nl={node.lemma_.lower()}" if node.dep_ in ("pobj", "npadvmod", "dobj") else f"nd={node.dep_}"]


def left_features(head: Token, *, lemma: str) -> list[str]:
    """Features of the content standing before the cue ("..., she said")."""
    prev = head.doc[head.left_edge.i - 1].text if head.left_edge.i > 0 else "<s>"
    return [f"left:d={head.dep_}", f"left:l|d={lemma}|{head.dep_}", f"left:p={prev}", f"left:l={lemma}",
            f"left:h={head.head.pos_}"]


def sibling_features(node: Token, sibling: Token, *, lemma: str) -> list[str]:
    """Features of ``sibling`` (a later dependent of the same head) as still part of the content."""
    dep = sibling.dep_
    word = sibling.lower_ if dep in ("prep", "advmod", "cc", "mark", "punct") else sibling.pos_
    comma = sibling.doc[sibling.left_edge.i - 1].text == "," if sibling.left_edge.i > 0 else False
    return [f"sib={dep}", f"sib|w={dep}|{word}", f"l|sib={lemma}|{dep}", f"from={node.dep_}|{dep}",
            f"comma={comma}", f"comma|sib={comma}|{dep}", f"l|sib|w={lemma}|{dep}|{word}"]


def is_candidate(token: Token, nominal: frozenset[str]) -> bool:
    """True for a token that may head a cue: a verb (not an auxiliary), or a noun the model knows as one."""
    if token.lower_ == "according":
        return False  # "according to X" has its own finder
    if token.pos_ == "VERB":
        return True
    if token.pos_ == "AUX":
        return token.dep_ not in ("aux", "auxpass")
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in nominal


def start_candidates(head: Token) -> list[tuple[Token, list[Token]]]:
    """Where the content of the cue ``head`` may start: each phrase under it, after it, by its first token.

    Of the phrases that start at the same token, the one nearest ``head`` stands for them all.
    Returns ``(node, path from head to node)`` pairs in text order.
    """
    seen: dict[int, tuple[Token, list[Token]]] = {}
    stack = [(c, [c]) for c in views.children(head) if c.i > head.i]
    while stack:
        node, path = stack.pop()
        if node.is_punct or node.is_space or len(path) > 4:
            continue
        first = node.left_edge.i
        if first > head.i and (first not in seen or len(path) < len(seen[first][1])):
            seen[first] = (node, path)
        stack.extend((c, [*path, c]) for c in views.children(node))
    return [seen[i] for i in sorted(seen)]


def later_siblings(node: Token) -> list[Token]:
    """The dependents of ``node``'s head that come after ``node`` (what may extend the content)."""
    return [c for c in views.children(node.head) if c.i > node.right_edge.i and not c.is_space]
