"""What a quote attributes: a statement, a belief, an intention, an attitude, a decree, a perception or evidence.

The kinds are those the PolNeAR guidelines list as attributions (Newell et al. 2018): statements,
beliefs and knowledge, intentions and desires, attitudes and support, decrees, perceptions, and
arguments or evidence given by a document. A quote's kind is read from its cue's lemma, and is
``evidence`` whenever its source is an artifact (a poll, report, study or data), whatever the verb.

``statement`` is what a quote tracker counts: something said, written, asked, urged, denied or
announced, including a refusal to comment. Verbs that judge (criticise, praise, blast) without
reporting words are ``attitude``; a cue the lists do not know is ``attitude`` too, never a
statement, so that statements stay as precise as a speech-quote tracker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.quotes.draft import Context, Draft
from newsgraph.quotes.features import key_lemma
from newsgraph.quotes.lexicon import EVIDENCE_NOUNS
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
_DECLINE_TO_SPEAK = frozenset("comment say speak elaborate respond discuss answer confirm".split())


def attribution_of(lemma: str, *, source_lemma: str | None = None, infinitive: str | None = None,
                   source_is_person: bool = True) -> Attribution:
    """The kind of an attribution.

    Args:
        lemma: The cue's key lemma ("say", "plan", "be:concerned", "claim").
        source_lemma: The lemma of the source's head word, when there is a source.
        infinitive: The lemma of the verb of an infinitive content ("declined to [comment]"), if any.
        source_is_person: False when the source's head is no person (a poll, a report, a website).
    """
    if source_lemma is not None and not source_is_person and source_lemma in EVIDENCE_NOUNS:
        return "evidence"
    if infinitive is not None and lemma in ("decline", "refuse"):
        return "statement" if infinitive in _DECLINE_TO_SPEAK else "intention"
    if infinitive is not None and lemma in _INFINITIVE_INTENTION:
        return "intention"
    return _KIND.get(lemma) or _KIND.get(lemma.removeprefix("be:"), "attitude")


def _cue_head(ctx: Context, start: int, end: int) -> Token | None:
    toks = list(ctx.tokens(start, end))
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)


def _infinitive(ctx: Context, draft: Draft) -> str | None:
    toks = list(ctx.tokens(*draft.contents[0]))[:2]
    if len(toks) == 2 and toks[0].lower_ == "to" and toks[1].tag_ == "VB":
        return toks[1].lemma_.lower()
    return None


def kind_of(ctx: Context, draft: Draft) -> Attribution:
    """The attribution kind of a drafted quote, from its cue, its source and its content's first words."""
    source = ctx.doc[draft.head] if draft.head is not None else None
    source_lemma = source.lemma_.lower() if source is not None else None
    artifact = source is not None and source.pos_ == "NOUN" and source.ent_type_ not in ("PERSON", "ORG", "NORP")
    if draft.cue is None:
        return "statement"
    if ctx.text[draft.cue[0]:draft.cue[1]].lower().startswith("according to"):
        return "evidence" if artifact and source_lemma in EVIDENCE_NOUNS else "statement"
    head = _cue_head(ctx, *draft.cue)
    if head is None or not head.is_alpha:
        return "statement"  # a colon or a dash introducing speech
    return attribution_of(key_lemma(head), source_lemma=source_lemma, infinitive=_infinitive(ctx, draft),
                          source_is_person=not artifact)

