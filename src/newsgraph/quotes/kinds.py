"""What a quote attributes: a statement, a belief, an intention, an attitude, a decree, a perception or evidence.

The kinds are those the PolNeAR guidelines list as attributions (Newell et al. 2018): statements,
beliefs and knowledge, intentions and desires, attitudes and support, decrees, perceptions, and
arguments or evidence given by a document. A quote's kind is read from its cue's lemma, and is
``evidence`` whenever its source is an artifact (a poll, report, study or data), whatever the verb.

``statement`` is what a quote tracker counts: something said, written, asked or denied to be so, a
proposition — a clause ("said that …", "asked whether …", "denied taking …") or quoted words. A
speech verb whose content is no proposition gets the kind of what it does: asking for an action
("urged them to", "called for an inquiry", "declined to comment", which the guidelines call "the
expression of the intention not to do that thing") is an ``intention``, declaring something
("declared a state of emergency") a ``decree``, and taking a stance on a thing ("denied the charges",
"described the plan as reckless") an ``attitude``. Verbs that judge (criticise, praise, blast) are
``attitude``; a cue the lists do not know is ``attitude`` too, never a statement, so that statements
stay as precise as a speech-quote tracker's.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from newsgraph.quotes.documents import is_artifact
from newsgraph.quotes.draft import Context, Draft
from newsgraph.quotes.features import key_lemma
from newsgraph.records import Attribution

_LEXICON: dict[Attribution, str] = {
    "statement": """
        say tell add insist claim deny argue announce confirm explain note report state acknowledge admit assert
        maintain stress emphasise emphasize reiterate declare contend allege concede reveal disclose write tweet
        post reply respond answer retort counter quip joke muse comment mention remark testify affirm assure
        inform notify warn caution complain boast exclaim whisper shout plead ask question urge demand request
        call appeal implore beg invite recommend propose suggest advise predict forecast estimate project
        describe characterise characterize portray label dub brand term refer cite quote recall recount
        continue conclude summarise summarize speak talk discuss address lament bemoan decry protest object
        threaten vow pledge promise swear apologise apologize concede confess hint signal indicate imply
        decline refuse echo repeat read put pitch tout trumpet highlight raise cast frame accuse charge blame
        credit dispute contradict correct clarify elaborate outline detail insinuate speculate wonder issue
        statement comment remark claim allegation charge accusation assertion argument suggestion message
        answer response reply question remarks words testimony announcement warning call demand appeal
        request denial admission account explanation interview speech tweet post letter
        """,
    "belief": """
        think believe know feel doubt suspect consider assume presume reckon figure guess understand realise
        realize recognise recognize expect anticipate fear worry suppose imagine trust regard view judge
        deem conclude agree disagree question wonder be:sure be:convinced be:confident be:certain be:aware
        be:concerned be:worried be:afraid be:skeptical be:sceptical be:optimistic be:pessimistic be:hopeful
        be:unsure be:uncertain belief view opinion assessment conclusion theory idea notion sense feeling
        concern fear worry doubt suspicion expectation understanding impression perception knowledge
        """,
    "intention": """
        plan want hope intend aim seek wish desire mean need prefer try attempt strive vow pledge
        promise commit swear threaten resolve decide choose opt offer volunteer refuse decline
        be:determined be:eager be:willing be:ready be:keen be:prepared be:reluctant be:unwilling be:poised
        be:set plan intention goal aim hope wish desire promise pledge vow commitment determination bid
        effort push drive quest ambition
        """,
    "attitude": """
        support oppose back endorse favor favour reject welcome criticise criticize praise applaud hail
        condemn denounce slam blast attack lambast mock ridicule defend champion embrace like dislike love
        hate admire respect despise resent regret lament celebrate cheer thank congratulate blame fault
        be:happy be:angry be:upset be:pleased be:glad be:proud be:disappointed be:shocked be:surprised
        be:frustrated be:furious be:delighted be:against be:for be:critical be:supportive
        support opposition endorsement criticism praise approval disapproval backing rejection anger outrage
        frustration disdain contempt admiration enthusiasm
        """,
    "decree": """
        rule order approve decree sign veto ban impose appoint nominate sentence convict acquit overturn
        uphold authorise authorize mandate require prohibit enact legislate pass adopt ratify grant
        deny block halt suspend declare designate certify
        ruling order decision decree verdict judgment judgement sentence ban mandate law bill resolution
        """,
    "perception": """
        see notice observe learn hear watch witness discover find spot detect sense realise realize remember
        recall read
        """,
    "evidence": """
        show indicate suggest reveal demonstrate prove document record find confirm
        """,
}
# Later kinds take a lemma listed twice only where nothing earlier did: the order of precedence.
_ORDER: tuple[Attribution, ...] = ("statement", "decree", "intention", "belief", "attitude", "perception", "evidence")
_KIND: dict[str, Attribution] = {}
for _kind in _ORDER:
    for _word in _LEXICON[_kind].split():
        _KIND.setdefault(_word, _kind)

# Verbs whose kind turns on their complement: "agreed to meet" is an intention, "agreed that" a belief.
_INFINITIVE_INTENTION = frozenset("agree decide refuse decline promise pledge vow threaten offer expect".split())
# Speech verbs that ask for an action ("called for an inquiry") and that declare something ("declared a truce").
_DIRECTIVE = frozenset("call urge demand ask appeal request press push recommend propose plead beg implore".split())
_DECLARATIVE = frozenset("declare announce proclaim".split())
_CHARACTERISE = frozenset("describe call label dub brand term portray characterise characterize cast".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())
_OPENERS = frozenset("that whether if".split())

ContentForm = Literal["proposition", "infinitive", "gerund", "object"]


def attribution_of(lemma: str, *, source_lemma: str | None = None, form: ContentForm = "proposition",
                   source_is_person: bool = True) -> Attribution:
    """The kind of an attribution.

    Args:
        lemma: The cue's key lemma ("say", "plan", "be:concerned", "claim").
        source_lemma: The lemma of the source's head word, when there is a source.
        form: What the content is: a proposition (a clause, a question, quoted words), an infinitive
            ("urged them [to leave]"), a gerund ("denied [taking]") or an object ("called for [an inquiry]").
        source_is_person: False when the source's head is no person (a poll, a report, a website).
    """
    if source_lemma is not None and not source_is_person:
        return "evidence"  # the caller found the source to be a document, poll or data
    if form == "infinitive" and lemma in _INFINITIVE_INTENTION:
        return "intention"
    kind = _KIND.get(lemma) or _KIND.get(lemma.removeprefix("be:"), "attitude")
    if kind != "statement":
        return kind
    if form == "infinitive" or (lemma in _DIRECTIVE and form != "proposition"):
        return "intention"
    if form == "proposition" or (form == "gerund" and lemma not in _CHARACTERISE):
        return "statement"  # "said that …", "asked whether …", "denied taking …"
    return "decree" if lemma in _DECLARATIVE else "attitude"


def _cue_head(ctx: Context, start: int, end: int) -> Token | None:
    toks = list(ctx.tokens(start, end))
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)


def content_form(ctx: Context, draft: Draft) -> ContentForm:
    """What a drafted content is: a proposition, an infinitive, a gerund or an object.

    A clause opened by "that", "whether" or a question word, or holding a finite verb before any
    infinitive, is a proposition; quoted words alone are one too. "urged allies [to speed up ...]"
    is an infinitive, "proposed [closing four pools]" a gerund, "called [it a 'masterpiece']" an object.
    """
    if draft.source != "attribution" or draft.kind == "direct" or len(draft.contents) > 1:
        # The rule finders take a clause, a charge ("accused X of Y") or quoted words; a subject and its
        # infinitive ("She is expected | to win") is a proposition too.
        return "proposition"
    toks = [t for t in ctx.tokens(*draft.contents[0]) if not t.is_punct]
    if not toks:
        return "proposition"
    first = toks[0]
    if (first.lower_ in _OPENERS and first.tag_ == "IN") or first.tag_ in ("WP", "WRB"):
        return "proposition"
    for i, tok in enumerate(toks):
        if tok.tag_ in _FINITE:
            return "proposition"  # a clause, however the parser attached it
        if tok.lower_ == "to" and i + 1 < len(toks) and toks[i + 1].tag_ == "VB":
            return "infinitive"
    return "gerund" if any(t.tag_ == "VBG" for t in toks) else "object"


def kind_of(ctx: Context, draft: Draft) -> Attribution:
    """The attribution kind of a drafted quote, from its cue, its source and its content's first words."""
    source = ctx.doc[draft.head] if draft.head is not None else None
    source_lemma = source.lemma_.lower() if source is not None else None
    artifact = source is not None and is_artifact(source)
    if draft.cue is None:
        return "statement"
    if ctx.text[draft.cue[0]:draft.cue[1]].lower().startswith("according to"):
        return "evidence" if artifact else "statement"
    head = _cue_head(ctx, *draft.cue)
    if head is None or not head.is_alpha:
        return "statement"  # a colon or a dash introducing speech
    return attribution_of(key_lemma(head), source_lemma=source_lemma, form=content_form(ctx, draft),
                          source_is_person=not artifact)

