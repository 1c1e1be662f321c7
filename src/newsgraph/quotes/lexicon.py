"""Word lists of the quotes stage: reporting verbs, honorifics, pronouns and speaker descriptions.

The reporting verbs are the attribution cues of the PolNeAR and Citron annotation guides
(Newell et al. 2018, "Attribution of news: the PolNeAR corpus"; Newell et al. 2021, Citron),
written out as lemmas. Verbs of asking are left out on purpose: "Asked if ..., he said" is one
quote, and a question is not a statement.
"""

from __future__ import annotations

# Lemmas of verbs that introduce reported speech or a reported belief.
REPORTING_VERBS: frozenset[str] = frozenset(
    """
    say tell add insist estimate warn claim deny accuse argue believe announce confirm explain suggest
    note report state predict acknowledge admit assert maintain stress emphasise emphasize reiterate
    declare contend allege concede reveal indicate write tweet reply respond answer promise pledge vow
    demand recommend propose conclude observe remark comment mention disclose signal hint caution
    complain boast recall testify affirm assure inform notify think reckon calculate forecast project
    exclaim whisper shout plead counter retort quip joke protest object recognise recognize post urge
    agree fear hope expect understand learn find show assume guess feel doubt point regret confess
    """.split()
)

# Weak cues: reporting verbs only with an explicit "that" ("the study found that", "she fears that").
NEEDS_THAT: frozenset[str] = frozenset(
    "find show feel understand learn hope expect fear assume guess doubt agree point recognise recognize".split()
)

# Speech acts that a speaker may do next to a report ("said X and called for Y", "and denied that ...").
ACT_VERBS: frozenset[str] = REPORTING_VERBS | frozenset(
    """
    call urge vow refuse decline reject welcome criticise criticize condemn blame dismiss threaten ask
    appeal demand accuse pledge promise praise attack defend
    """.split()
)

# Cues that mark a direct quote after a colon or before/after the quotation marks.
DIRECT_VERBS: frozenset[str] = REPORTING_VERBS | frozenset(
    "ask continue go begin conclude put write post quote".split()
)

HONORIFICS: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. reverend
    sen sen. senator rep rep. gov gov. gen gen. general col col. capt capt. sgt sgt. lt lt. st st.
    president minister secretary chancellor mayor judge justice ambassador prince princess king queen
    sheikh pope cardinal bishop father
    """.split()
)
FEMALE_MARKERS: frozenset[str] = frozenset("mrs mrs. ms ms. miss dame lady princess queen madam".split())
MALE_MARKERS: frozenset[str] = frozenset("mr mr. sir lord prince king father sheikh".split())

PERSON_PRONOUNS: frozenset[str] = frozenset("he she him her".split())
FEMALE_PRONOUNS: frozenset[str] = frozenset("she her".split())
GROUP_PRONOUNS: frozenset[str] = frozenset("it they we".split())
FIRST_PERSON: frozenset[str] = frozenset("i we me us".split())

# Head nouns of descriptions that stand for an organisation mentioned earlier.
ORG_NOUNS: frozenset[str] = frozenset(
    """
    group coalition company firm organisation organization agency charity ministry department government
    party union council committee commission board bank group alliance association federation movement
    campaign army military force forces police office administration authority authorities institute
    court parliament assembly team club network broadcaster newspaper paper body regulator watchdog
    corporation business bloc opposition rebels militia insurgents cabinet embassy state country nation
    """.split()
)
# Head nouns of descriptions that stand for a person mentioned earlier.
PERSON_NOUNS: frozenset[str] = frozenset(
    """
    minister secretary president premier chancellor leader spokesman spokeswoman spokesperson official
    officer chief director head chairman chairwoman chair ambassador envoy diplomat general commander
    senator governor mayor judge lawyer attorney prosecutor analyst expert economist professor doctor
    campaigner activist witness resident man woman father mother author actor singer player manager
    coach boss executive founder king queen prince princess pope politician mp candidate negotiator
    """.split()
)

# What an organisation or person publishes: "an analysis by the charity Shelter Forward" is the charity's.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    analysis report study survey poll research review audit assessment estimate figure data statement
    letter paper document investigation inquiry forecast projection calculation count tally census
    """.split()
)

# Sources that are artifacts, not people: "polls show", "the report found", "records indicate".
EVIDENCE_NOUNS: frozenset[str] = DOCUMENT_NOUNS | frozenset(
    """
    record email memo filing transcript tape recording footage video photo image picture ad advert
    advertisement book article chart graph map model evidence statistic number result finding sign
    indication trend exit-poll polling surveys sample tweet post website page message cable note
    """.split()
)

# Determiners dropped from a speaker name when no actor is found ("The UN" -> "UN").
NAME_DROP: frozenset[str] = frozenset("the a an".split())
