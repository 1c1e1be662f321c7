"""Words that frame other events rather than name one, and the small tables the coder reads.

Verbs of saying hand over to what was said, light verbs to their event noun, verbs of trying
and deciding to their complement; intent, refusal and guilt adjectives; the nouns that negate
("no chance of"); and the weapons that give an ASSAULT its mode.
"""

from __future__ import annotations

from newsgraph.events.senses import CLASSES, Sense
from newsgraph.events.senses import sense as _s
from newsgraph.events.senses import words as _w

# Verbs whose object is the one told, asked or allowed to act ("urged the EU to").
OBJECT_CONTROL = _w("urge ask tell order call press pressure force allow permit invite persuade encourage request "
                    "implore beg")
# Future and hypothetical: PLOVER codes promised cooperation as AGREE and promised force as THREATEN.
FUTURE_AUX = frozenset({"will", "wo", "shall", "'ll", "would", "'d", "could", "may", "might"})
# What one *can* do is no event ("the citizen can be arrested"); what one cannot do is a refusal.
ABILITY_AUX = frozenset({"can", "ca"})
# Cue words for which PLOVER's intent rule decides the category from the complement: a promise to
# cooperate is an AGREE, a promise to use force a THREATEN ("vowed to fight"), a promise not to a REJECT.
INTENT_VERBS = _w("offer promise pledge vow swear commit undertake volunteer propose guarantee")
# Being ready to use force is a show of force ("prepared to resume shelling"): MOBILIZE, not a threat.
READINESS = _w("prepare ready")
# Verbs whose subject is what moves ("peacekeeping troops arrived"): the subject decides the sense.
SUBJECT_VERBS = _w("arrive land enter deploy gather assemble converge pour flood fill throng crowd march")
SUBJECT_SENSES: tuple[Sense, ...] = (
    _s("AID", "military", obj="peacekeepers"), _s("MOBILIZE", "troops", obj="troops"),
    _s("MOBILIZE", "police", obj="police"), _s("PROTEST", "demo", obj="protesters"),
)
# Verbs that carry an event noun as their subject ("riots are continuing", "fighting broke out").
ASPECT_VERBS = _w("continue begin start erupt break resume intensify escalate spread rage persist occur "
                  "happen go take flare")
# Verbs that end an event named by their subject ("the fighting stopped").
ENDING_VERBS = _w("stop end cease halt subside")
# Light verb and event noun pairs that change the noun's category ("lodged a protest" is an ACCUSE).
# Declaring a ceasefire is a verbal concession (PLOVER manual, CONCEDE: "declarations (but not
# implementations) of ceasefires"); observing one is a RETREAT.
LIGHT_SENSES: dict[tuple[str, str], Sense] = {
    **{(v, "protest"): _s("ACCUSE", "allege") for v in ("lodge", "file", "submit", "deliver", "send", "register")},
    **{(v, n): _s("CONCEDE") for v in ("declare", "announce", "call", "proclaim", "offer", "order")
       for n in ("ceasefire", "cease-fire", "truce", "armistice")},
    # Offering an apology or condolences is giving them, not promising to.
    **{("offer", n): _s("SUPPORT") for n in ("apology", "condolence", "congratulation", "thanks", "sympathy")},
    **{(v, "deadline"): _s("THREATEN") for v in ("set", "give", "issue", "impose")},
}
# Event nouns that often name something else ("the strike by Arsenal's forward", "support for the party"):
# a subject only when a sense with a condition fits ("the hunger strike by ...").
AMBIGUOUS_NOUNS = _w("strike call fire support opposition test game drill exercise case trial state march "
                     "walkout release")
# Nouns of forces moved whose "of" phrase names whose forces they are ("the deployment of Kenyan police").
FORCE_NOUNS = _w("deployment redeployment withdrawal pullout buildup build-up mobilization mobilisation "
                 "reinforcement call-up callup retreat")
# What a warning threatens when no event names it ("would be met with force", "would take measures if").
RETALIATION_WORDS = CLASSES["retaliations"]
# Verbs of taking part: not taking part is a refusal, whatever the event ("will not join the sanctions").
PARTICIPATION_VERBS = _w("join participate take")
# Verbs whose event-noun object names the event ("approved a loan" is AID, "resumed the exchange of
# intelligence" COOPERATE); their own sense applies only to other objects ("approved the plan").
NOUN_VERBS = _w("launch approve authorize authorise resume restore renew expand boost increase continue finalize "
                "finalise complete")
# Purposes that make a sending an aid ("will send engineers to help Ukraine").
HELP_VERBS = _w("help assist aid support rebuild reconstruct restore protect feed")
# Nouns that only frame the event in their modifier or "of" phrase ("a mediation effort", "days of war games").
FRAME_NOUNS = _w("step measure action effort campaign bid drive attempt initiative mission process programme program "
                 "package decision move "
                 "plan day week series wave round spate string number bout")
# Nouns of documents whose clause is the event ("issued a declaration demanding that ...").
DOCUMENT_NOUNS = _w("declaration statement communique letter resolution message note decree order motion reminder "
                    "law bill legislation")
# Adjectives of guilt whose "of/for" phrase is the act ("guilty of violating the ceasefire").
GUILT_ADJECTIVES = _w("guilty responsible culpable accused")
# Verbs of saying that accuse: "X did Y, a rights group charged" is an ACCUSE as well as Y.
ACCUSING_REPORT_VERBS = _w("charge allege complain protest accuse")
# Verbs of sending whose purpose ("sent personnel to investigate") is the event when it is verbal.
SENDING_VERBS = _w("send dispatch deploy fly airlift ship")
# Verbs of receiving: the giver is in the "from" phrase ("received tanks from the United States").
RECEIVING_VERBS = _w("receive obtain get")
# Adjectives ("willing to", "ready for") that express intent, and their nouns.
INTENT_ADJECTIVES = _w("willing ready prepared committed determined eager keen happy open")
# Passives that state the subject's own stance ("is committed to", "is opposed to", "were engaged in").
STATE_PASSIVES = _w("commit prepare determine oppose engage involve set schedule expect poise dedicate")
# Adjectives of refusal ("opposed to", "unwilling to").
REFUSAL_ADJECTIVES = _w("opposed unwilling reluctant")
# Verbs whose complement is the event and which only add the future ("plan to visit").
FUTURE_VERBS = _w("plan intend aim hope expect schedule mean want wish")
# Clauses under a wish are not events ("we want them to start negotiating").
WISH_VERBS = _w("want wish hope like prefer")
FUTURE_ADJECTIVES = _w("due set scheduled expected poised likely about")
# Verbs whose complement is the event itself ("began to withdraw", "decided to allow").
TRANSPARENT_VERBS = _w("begin start continue resume try attempt decide choose manage proceed keep "
                       "move seek go vote opt resort")
# Verbs that take an event noun as object and add nothing to it ("held talks", "staged a protest").
LIGHT_VERBS = _w("hold stage conduct mount launch carry make pay issue lodge file express voice reiterate "
                 "repeat renew reaffirm announce declare open take begin start continue resume complete "
                 "step intensify escalate join lead organize organise order initiate undertake "
                 "deliver unleash wage have sign reach impose put place slap enforce give reimpose extend "
                 "prolong tighten speed accelerate hasten expedite thwart foil engage remain stay pass adopt "
                 "enact")
# Verbs of saying: the event is in what was said ("Lavrov said Russia would not ...").
REPORT_VERBS = _w("say tell report announce state declare add claim confirm insist note stress argue "
                  "explain write reveal disclose acknowledge believe think conclude indicate suggest "
                  "assert maintain reiterate repeat emphasise emphasize quote predict hint signal "
                  "recall warn charge allege complain protest")
# Commands by an authority are carried out: "ordered troops to withdraw" is the withdrawal.
COMMAND_VERBS = _w("order instruct direct command")
# Verbs that turn what is said into a threat when the action said is a conflictual one.
WARN_VERBS = _w("warn")
# Verbs and nouns of threat, request, refusal and intent that take an action as complement.
CONTROL_NOUNS_NEGATING = _w("chance question possibility intention plan prospect way hope likelihood "
                            "sign question")
NEGATING_VERBS = _w("fail")
# Event nouns governed by these prepositions under any verb also name an event ("went for talks").
PURPOSE_PREPS = _w("for on")
# "died in an attack": a death or injury verb and an event noun in a "in/during" phrase.
HARM_VERBS = _w("die perish")
# Verbs whose "in" phrase may carry an event noun ("engaged in ethnic cleansing", "remained on alert").
IN_LIGHT_VERBS = _w("put place take go be engage remain stay participate")

# ASSAULT mode from instruments named in the clause.
ASSAULT_INSTRUMENTS: tuple[tuple[str, frozenset[str]], ...] = (
    ("suicide-attack", _w("suicide")),
    ("explosives", _w("bomb bombing explosive explosion blast mine minefield ied grenade car-bomb "
                      "roadside device detonate")),
    ("heavy-weapons", _w("shell shelling artillery tank rocket missile mortar airstrike air-strike jet "
                         "helicopter aircraft warplane bomber bombard gunship drone predator invasion invade "
                         "offensive navy warship")),
    ("firearms", _w("gun rifle gunfire gunman gunmen sniper bullet shoot shot machine-gun pistol fire")),
    ("primitive", _w("machete knife axe stone rock club spear arson stab")),
)
