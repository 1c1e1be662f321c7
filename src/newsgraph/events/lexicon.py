"""Our own PLOVER 2.0 cue lexicon: verbs, nouns and adjectives per category, with modes.

Written from the category definitions of the PLOVER manual (Open Event Data Alliance), not
from any other coder's dictionaries. A cue word can have several senses; the first sense whose
conditions hold in the sentence wins. Conditions look at the word's object (its direct object,
the subject of a passive, or the object of a named preposition) and at its particle, and name
*word classes* (``CLASSES``) rather than single words, so that one sense covers "suspend talks",
"suspend aid" and "suspend flights" alike.

Modes are the PLOVER manual's mode names where the manual defines them (CONSULT, RETREAT,
THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, AID, and REQUEST/REJECT's shared
assist/change/yield/meet). One documented departure: destruction of property is coded
COERCE/destroy, the convention of PLOVER's own gold-standard records, not ASSAULT.
"""

from __future__ import annotations

from dataclasses import dataclass

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Word classes: lemmas (lower case) of objects and modifiers. "@place", "@person" and "@org" stand for
# named entities of those kinds (see ``syntax.words_of``).
CLASSES: dict[str, frozenset[str]] = {
    "aid": _w("aid assistance help relief food grain flour rice wheat medicine supply fund funding money "
              "dollar euro pound yen loan grant credit donation vaccine tent blanket fuel shelter "
              "humanitarian package goods good $ \u20ac \u00a3 compensation"),
    "money": _w("fund funding money dollar euro pound yen loan grant credit budget investment $ \u20ac \u00a3"),
    "food": _w("food grain flour rice wheat medicine medical vaccine tent blanket water shelter humanitarian "
               "relief emergency"),
    "arms": _w("arm weapon ammunition rifle gun munition weaponry"),
    "asylum": _w("asylum refuge sanctuary"),
    "troops": _w("troop soldier force reservist army unit battalion brigade division marine paratrooper "
                 "tank warship militia fighter personnel contingent reinforcement guard"),
    "weapons": _w("missile rocket weapon warship submarine bomber jet aircraft warplane artillery nuclear "
                  "carrier"),
    "police": _w("police policeman paramilitary gendarme riot security patrol"),
    "peacekeepers": _w("peacekeeper peacekeeping keeping monitor observer inspector"),
    "inspectors": _w("inspector investigator"),
    "envoys": _w("envoy delegation diplomat ambassador emissary representative minister consul "
                 "mission embassy consulate"),
    "talks": _w("talk negotiation meeting summit dialogue discussion conference mediation consultation "
                "visit trip contact session round"),
    "ties": _w("relation tie link contact cooperation trade flight exchange relationship membership "
               "aid assistance funding program programme delivery shipment loan investment supply"),
    "captives": _w("prisoner hostage detainee captive prisoners"),
    "curbs": _w("curfew ban restriction emergency martial censorship control prohibition rule"),
    "sanctions": _w("sanction embargo blockade siege boycott"),
    "territory": _w("@place town village city territory area region base airport position hill district "
                    "province zone stronghold outpost capital port settlement enclave island border "
                    "camp valley strip bank"),
    "property": _w("property land asset home house building office vehicle ship vessel plane aircraft "
                   "helicopter cargo goods equipment farm shop computer account"),
    "info": _w("information intelligence evidence data photograph document file record detail expertise "
               "technology know-how experience"),
    "proposals": _w("proposal plan offer call appeal demand request invitation ultimatum resolution deal "
                    "agreement initiative bid idea suggestion proposition condition term change "
                    "amendment compromise settlement accord treaty pact overture mediation draft"),
    "demands": _w("demand condition call request ultimatum term"),
    "agreements": _w("agreement treaty accord pact deal memorandum protocol convention charter "
                     "declaration contract communique mou"),
    "media": _w("newspaper paper publication magazine station channel broadcast website radio "
                "television tv media outlet internet broadcaster daily weekly"),
    "groups": _w("party group organization organisation movement union opposition association candidate "
                 "politician activity rally demonstration protest gathering"),
    "utilities": _w("water power electricity fuel internet gas supply"),
    "protests": _w("protest strike demonstration boycott rally march sit-in campaign walkout"),
    "violence": _w("fighting attack hostility violence war shelling offensive bombing clash killing "
                   "conflict fire raid operation"),
    "ceasefire": _w("ceasefire cease-fire truce armistice"),
    "critique": _w("policy plan decision remark statement record comment speech report law bill move "
                   "approach stance position handling"),
    "reform": _w("reform election change democracy freedom right liberty referendum constitution "
                 "independence autonomy openness"),
    "roads": _w("road highway bridge traffic transport access entrance route railway street crossing "
                "motorway port border"),
    "persons": _w("@person person people man woman national citizen journalist activist worker "
                  "student refugee civilian resident migrant suspect dissident leader member wounded injured "
                  "sick child immigrant prisoner detainee"),
    "missiles": _w("stone rock bomb grenade cocktail brick petrol"),
    "work": _w("work"),
    "reflexive": _w("himself herself themselves itself"),
    "leaders": _w("leader chief commander minister president official mayor governor general deputy head "
                  "premier king prince emir"),
    "allegation": _w("allegation charge claim report accusation rumour rumor responsibility involvement"),
    "debt": _w("debt"),
    "protesters": _w("protester demonstrator striker marcher rioter picketer"),
    "alert": _w("alert readiness presence security patrol vigilance"),
    "street": _w("street"),
    "access": _w("aid delivery access entry inspector observer peacekeeper monitor worker convoy "
                 "agency humanitarian refugee"),
}


# PLOVER modes by category (PLOVER manual tables; ACCUSE's from the 2021 CAMEO-to-PLOVER table).
# "host" is not a mode of its own: a hosting cue is coded as a visit with the guest as the source
# and the host as the recipient, as the manual prescribes. COERCE's "destroy" is the GSR convention.
MODES: dict[str, frozenset[str]] = {
    "CONSULT": _w("visit third-party multilateral phone"),
    "AID": _w("economic military humanitarian asylum"),
    "RETREAT": _w("withdraw release return disarm ceasefire access resign"),
    "REQUEST": _w("assist change yield meet"),
    "REJECT": _w("assist change yield meet"),
    "ACCUSE": _w("investigate disapprove allege"),
    "THREATEN": _w("restrict ban arrest relations expel territory violence"),
    "PROTEST": _w("demo riot strike-gen strike-lim strike-hun boycott obstruct"),
    "SANCTION": _w("convict cancel expel withdraw sever"),
    "MOBILIZE": _w("troops weapons police"),
    "COERCE": _w("confiscate restrict ban censor curfew martial-law arrest deport withhold destroy"),
    "ASSAULT": _w("abduct beat torture execute sexual assassinate primitive firearms explosives "
                  "suicide-attack heavy-weapons"),
}
HOSTING = "host"  # sense mode marking a cue whose subject hosts ("hosted", "received", "welcomed")


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense of a cue word: its category and mode, and when it applies.

    Attributes:
        category: PLOVER category.
        mode: PLOVER mode, or None.
        obj: Word classes one of which the object must belong to (empty: any object or none).
        prt: Particle the word must carry ("up" in "blow up").
        prep: Prepositions one of which must hang on the word; its object is then the object.
        bare: The word must have no object (``True``) or must have one (``False``); None: either.
        child: Words one of which must hang on the word ("held X *responsible*", "found X *guilty*").
    """

    category: str
    mode: str | None = None
    obj: tuple[str, ...] = ()
    prt: str | None = None
    prep: tuple[str, ...] = ()
    bare: bool | None = None
    child: tuple[str, ...] = ()


def _s(category: str, mode: str | None = None, *, obj: str = "", prt: str | None = None, prep: str = "",
       bare: bool | None = None, child: str = "") -> Sense:
    return Sense(category, mode, tuple(obj.split()), prt, tuple(prep.split()), bare, tuple(child.split()))


def _each(words: str, *senses: Sense) -> dict[str, tuple[Sense, ...]]:
    return {w: senses for w in words.split()}


# Verbs that end or reduce something: ending talks or ties is a SANCTION, ending a curfew a CONCESSION,
# ending sanctions or fighting a RETREAT.
_REVERSE = ("suspend cut sever break halt stop end terminate freeze cancel postpone scrap downgrade reduce curtail "
            "cease ease lift relax loosen shorten remove revoke rescind abolish drop repeal overturn")

VERBS: dict[str, tuple[Sense, ...]] = {
    # AGREE: agree to, offer, promise, or otherwise indicate willingness to cooperate.
    **_each("agree consent", _s("CONCEDE", prep="to", obj="demands"), _s("AGREE")),
    **_each("offer promise pledge vow swear commit undertake volunteer propose invite guarantee", _s("AGREE")),
    "assure": (_s("AGREE", bare=False),),
    "accept": (_s("CONCEDE", obj="demands"), _s("AID", "asylum", obj="persons"), _s("AGREE")),
    "reach": (_s("AGREE", obj="agreements proposals"),),
    "settle": (_s("AGREE", obj="proposals"), _s("AGREE", bare=True)),
    # CONSULT: meetings, visits, hosting, talks, negotiation, mediation, phone calls.
    "meet": (_s("CONCEDE", obj="demands"), _s("CONSULT")),
    **_each("visit tour", _s("CONSULT", "visit")),
    "host": (_s("CONSULT", "host"),),
    "receive": (_s("RETREAT", "access", obj="peacekeepers"), _s("CONSULT", "host", obj="envoys persons")),
    **_each("discuss negotiate confer consult", _s("CONSULT")),
    "talk": (_s("CONSULT", prep="with"),),
    "speak": (_s("CONSULT", prep="with"),),
    "mediate": (_s("CONSULT", "third-party"),),
    "broker": (_s("CONSULT", "third-party"),),
    **_each("telephone phone", _s("CONSULT", "phone")),
    **_each("convene attend", _s("CONSULT", "multilateral", obj="talks"), _s("CONSULT", "multilateral", bare=True)),
    # SUPPORT: praise, endorse, defend verbally, recognise, apologise, forgive, sign agreements.
    **_each("praise commend hail laud applaud congratulate thank salute endorse support defend approve "
            "apologize apologise", _s("SUPPORT")),
    "welcome": (_s("CONSULT", "host", obj="envoys"), _s("SUPPORT")),
    **_each("recognize recognise", _s("SUPPORT")),
    **_each("sign ratify initial", _s("SUPPORT", obj="agreements"), _s("SUPPORT", bare=True)),
    **_each("establish restore normalize normalise upgrade resume", _s("SUPPORT", obj="ties"),
            _s("CONSULT", obj="talks")),
    "vote": (_s("REJECT", prep="against"), _s("SUPPORT", prep="for")),
    "stand": (_s("RETREAT", "resign", prt="down"), _s("RETREAT", "resign", prt="aside"), _s("SUPPORT", prep="by")),
    "side": (_s("SUPPORT", prep="with"),),
    # CONCEDE: verbal concessions, easing of administrative restrictions, pardons, reforms.
    **_each("concede relent capitulate", _s("CONCEDE")),
    "yield": (_s("CONCEDE", prep="to"),),
    "back": (_s("CONCEDE", prt="down"), _s("SUPPORT")),
    "give": (_s("CONCEDE", prt="in"), _s("RETREAT", "return", prt="back"), _s("AID", obj="aid money food arms asylum"),
             _s("CONCEDE", obj="reform"), _s("COOPERATE", obj="info")),
    **_each("pardon amnesty legalize legalise democratize democratise reform regret reinstate", _s("CONCEDE")),
    "abandon": (_s("RETREAT", "withdraw", obj="territory"), _s("CONCEDE", obj="demands proposals critique")),
    **_each("allow permit let", _s("RETREAT", "access", obj="access"), _s("CONCEDE")),
    "grant": (_s("AID", "asylum", obj="asylum"), _s("AID", "economic", obj="money"), _s("AID", obj="aid"),
              _s("CONCEDE")),
    **_each("accede heed satisfy", _s("CONCEDE")),
    "enhance": (_s("CONCEDE", obj="reform"),),
    "expand": (_s("CONCEDE", obj="reform"), _s("SUPPORT", obj="ties")),
    "improve": (_s("CONCEDE", obj="reform"), _s("SUPPORT", obj="ties")),
    # COOPERATE: mutual material cooperation (economic, military, judicial, intelligence).
    **_each("cooperate co-operate collaborate partner", _s("COOPERATE")),
    "share": (_s("COOPERATE", obj="info"), _s("COOPERATE", obj="ties"), _s("COOPERATE", prep="with")),
    "exchange": (_s("ASSAULT", "firearms", obj="fire"), _s("RETREAT", "release", obj="captives"),
                 _s("COOPERATE")),
    "swap": (_s("RETREAT", "release", obj="captives"), _s("COOPERATE")),
    "sell": (_s("COOPERATE", obj="arms weapons"),),
    "invest": (_s("COOPERATE", prep="in"),),
    "extradite": (_s("COOPERATE"),),
    "trade": (_s("COOPERATE", prep="with"),),
    "team": (_s("COOPERATE", prt="up"),),
    # AID: material aid benefiting the recipient; asylum.
    **_each("aid assist", _s("AID", obj="persons territory @org")),
    **_each("provide send supply deliver donate extend allocate contribute ship airlift dispatch fly",
            _s("SANCTION", "withdraw", prt="out", obj="peacekeepers envoys"), _s("RETREAT", "withdraw", prt="out"),
            _s("ACCUSE", "investigate", obj="inspectors"), _s("AID", "military", obj="peacekeepers"),
            _s("AID", "military", prep="to", obj="peacekeepers"), _s("MOBILIZE", "troops", obj="troops"),
            _s("MOBILIZE", "police", obj="police"), _s("CONSULT", "visit", obj="envoys"),
            _s("AID", "asylum", obj="asylum"), _s("AID", "economic", obj="money"),
            _s("AID", "humanitarian", obj="food"), _s("AID", "military", obj="arms"), _s("AID", obj="aid info")),
    **_each("fund finance bankroll subsidize subsidise lend loan", _s("AID", "economic")),
    "write": (_s("AID", "economic", prt="off", obj="debt"),),
    "forgive": (_s("AID", "economic", obj="debt"), _s("SUPPORT")),
    "arm": (_s("AID", "military", obj="persons @org"),),
    "train": (_s("AID", "military", obj="troops police"),),
    **_each("shelter feed", _s("AID", "humanitarian")),
    "rescue": (_s("AID", "humanitarian"),),
    # RETREAT: releases, returns, withdrawals, disarming, ceasefires carried out, access, resignations.
    **_each("release free", _s("RETREAT", "release")),
    "return": (_s("RETREAT", "return", obj="property territory arms"), _s("RETREAT", "release", obj="captives")),
    "pay": (_s("RETREAT", "return", obj="compensation reparation"),),
    "repatriate": (_s("RETREAT", "release"),),
    "hand": (_s("RETREAT", "release", obj="captives", prt="back"), _s("RETREAT", "return", prt="back"),
             _s("AID", obj="aid", prt="over"), _s("RETREAT", "release", obj="captives", prt="over"),
             _s("COOPERATE", obj="persons", prt="over"),
             _s("RETREAT", "return", prt="over")),
    "withdraw": (_s("SANCTION", "withdraw", obj="envoys peacekeepers aid"),
                 _s("SANCTION", "withdraw", prep="from", obj="talks agreements"),
                 _s("CONCEDE", obj="demands"), _s("RETREAT", "withdraw")),
    "pull": (_s("SANCTION", "withdraw", prt="out", prep="of", obj="talks agreements"),
             _s("RETREAT", "withdraw", prt="out"), _s("RETREAT", "withdraw", prt="back")),
    "walk": (_s("SANCTION", "cancel", prt="out", prep="of", obj="talks"), _s("PROTEST", "strike-lim", prt="out")),
    "evacuate": (_s("AID", "humanitarian", obj="persons"), _s("RETREAT", "withdraw")),
    "inspect": (_s("ACCUSE", "investigate"),),
    "retreat": (_s("RETREAT", "withdraw"),),
    **_each("surrender disarm demobilize demobilise disband decommission", _s("RETREAT", "disarm")),
    "lay": (_s("RETREAT", "disarm", prt="down"),),
    "cede": (_s("RETREAT", "withdraw"),),
    **_each("resign abdicate", _s("RETREAT", "resign")),
    "quit": (_s("SANCTION", "withdraw", obj="talks agreements"), _s("RETREAT", "resign")),
    **_each("observe respect implement honour honor", _s("RETREAT", "ceasefire", obj="ceasefire")),
    "open": (_s("ASSAULT", "firearms", obj="fire"), _s("RETREAT", "access", obj="roads"),
             _s("SUPPORT", obj="envoys ties")),
    "reopen": (_s("RETREAT", "access", obj="roads"), _s("SUPPORT", obj="envoys ties"), _s("CONSULT", obj="talks")),
    "unblock": (_s("RETREAT", "access"),),
    "dismantle": (_s("RETREAT", "disarm"),),
    "admit": (_s("RETREAT", "access", obj="access"),),
    # REQUEST: demands, orders, appeals, calls.
    **_each("demand urge request appeal pressure pressurise pressurize plead beg petition lobby implore",
            _s("REQUEST")),
    "ask": (_s("REQUEST", prep="for"), _s("REQUEST", bare=False)),
    "insist": (_s("REQUEST", prep="on upon"),),
    "press": (_s("REQUEST", prep="for"), _s("REQUEST", obj="persons @org @place")),
    "call": (_s("CONCEDE", prt="off", obj="protests"), _s("MOBILIZE", "troops", prt="up"),
             _s("REQUEST", prep="for on upon"), _s("PROTEST", "strike-lim", obj="protests")),
    "push": (_s("REQUEST", prep="for"),),
    "seek": (_s("REQUEST", "assist", obj="asylum aid"), _s("REQUEST", bare=False)),
    "order": (_s("REQUEST"),),
    "summon": (_s("ACCUSE", "allege", obj="envoys"), _s("REQUEST")),
    # ACCUSE: disapprove, criticise, accuse, sue, investigate.
    **_each("accuse blame allege condemn denounce criticize criticise decry deplore censure rebuke slam "
            "castigate chastise reproach fault disapprove", _s("ACCUSE", "disapprove")),
    "charge": (_s("ACCUSE", "allege"),),
    **_each("reprimand chide lambast lambaste assail berate excoriate scold vilify disparage denigrate defame",
            _s("ACCUSE", "disapprove")),
    "hold": (_s("ACCUSE", "allege", child="responsible accountable liable"),
             _s("COERCE", "arrest", obj="captives persons")),
    "look": (_s("ACCUSE", "investigate", prep="into"),),
    "find": (_s("SANCTION", "convict", child="guilty liable"),),
    "object": (_s("ACCUSE", "disapprove", prep="to"),),
    "complain": (_s("ACCUSE", "allege"),),
    **_each("sue indict prosecute", _s("ACCUSE", "allege")),
    **_each("investigate probe interrogate", _s("ACCUSE", "investigate")),
    # REJECT: rejections, refusals, vetoes, defiance.
    **_each("reject refuse decline veto rebuff spurn oppose resist defy renege repudiate disobey flout snub "
            "shun", _s("REJECT")),
    "deny": (_s("REJECT", obj="access aid asylum envoys"), _s("REJECT", bare=False)),
    **_each("dismiss ignore", _s("REJECT", obj="proposals")),
    "turn": (_s("REJECT", prt="down"),),
    "rule": (_s("REJECT", prt="out"),),
    "violate": (_s("ASSAULT", obj="ceasefire"), _s("REJECT", "yield")),
    "breach": (_s("ASSAULT", obj="ceasefire"), _s("REJECT", "yield")),
    # THREATEN: threats and ultimatums.
    **_each("threaten menace blackmail", _s("THREATEN")),
    # PROTEST: demonstrations, riots, strikes, boycotts, obstruction.
    **_each("protest demonstrate march picket", _s("PROTEST", "demo", bare=True),
            _s("PROTEST", "demo", prep="against"), _s("PROTEST", "demo", obj="critique reform")),
    **_each("shun boycott", _s("PROTEST", "strike-lim", obj="work"), _s("PROTEST", "boycott", obj="talks")),
    **_each("prevent disrupt", _s("COERCE", "restrict", obj="protests")),
    "break": (_s("COERCE", "restrict", prt="up", obj="protests"),),
    "throw": (_s("ASSAULT", "primitive", obj="missiles"),),
    "rally": (_s("SUPPORT", prep="behind around"), _s("PROTEST", "demo", bare=True),
              _s("PROTEST", "demo", prep="against")),
    "riot": (_s("PROTEST", "riot"),),
    "strike": (_s("PROTEST", "strike-lim", bare=True), _s("PROTEST", "strike-lim", prep="over for against"),
               _s("ASSAULT", bare=False)),
    "boycott": (_s("PROTEST", "strike-lim", obj="work"), _s("PROTEST", "boycott")),
    **_each("block blockade barricade obstruct", _s("PROTEST", "obstruct", obj="roads territory"),
            _s("COERCE", "censor", obj="media"),
            _s("REJECT", obj="proposals")),
    # SANCTION: reductions of relations; sanctions and embargoes; expulsions; convictions.
    **_each(_REVERSE, _s("AID", "economic", obj="debt"), _s("PROTEST", "strike-lim", obj="work"),
            _s("CONCEDE", obj="curbs"),
            _s("RETREAT", obj="sanctions"),
            _s("SANCTION", "cancel", obj="talks"), _s("SANCTION", "sever", obj="ties"),
            _s("CONCEDE", obj="protests"), _s("RETREAT", "ceasefire", obj="violence"),
            _s("COERCE", "censor", obj="media")),
    "sanction": (_s("SANCTION", bare=False),),
    "embargo": (_s("SANCTION"),),
    "expel": (_s("SANCTION", "expel", obj="envoys peacekeepers media"), _s("COERCE", "deport")),
    "kick": (_s("SANCTION", "expel", obj="envoys peacekeepers", prt="out"), _s("COERCE", "deport", prt="out")),
    "recall": (_s("SANCTION", "withdraw", obj="envoys"),),
    "withhold": (_s("SANCTION", "withdraw", obj="aid ties"), _s("COERCE", "withhold", obj="utilities")),
    **_each("ban prohibit bar forbid outlaw", _s("COERCE", "censor", obj="media"),
            _s("COERCE", "ban", obj="groups persons"), _s("SANCTION", "sever", obj="ties aid")),
    **_each("convict fine blacklist", _s("SANCTION", "convict")),
    # MOBILIZE: military or police moves short of the use of force.
    **_each("mobilize mobilise", _s("MOBILIZE", "police", obj="police"), _s("MOBILIZE", "troops", obj="troops"),
            _s("MOBILIZE", "troops", bare=True), _s("SUPPORT")),
    **_each("deploy station mass amass reinforce move rush strengthen", _s("SANCTION", "withdraw", prt="out",
                                                                        obj="peacekeepers envoys"),
            _s("RETREAT", "withdraw", prt="out"), _s("AID", "military", obj="peacekeepers"),
            _s("MOBILIZE", "police", obj="police"), _s("MOBILIZE", "weapons", obj="weapons"),
            _s("MOBILIZE", "troops", obj="troops")),
    "patrol": (_s("MOBILIZE", "troops"),),
    **_each("raise heighten increase boost bolster tighten beef", _s("MOBILIZE", "police", obj="alert"),
            _s("MOBILIZE", "troops", obj="troops")),
    "step": (_s("MOBILIZE", "police", prt="up", obj="alert police"), _s("RETREAT", "resign", prt="down"),
             _s("RETREAT", "resign", prt="aside")),
    **_each("test test-fire", _s("MOBILIZE", "weapons", obj="weapons")),
    # COERCE: repression and restrictions on rights: arrests, seizures, bans, curfews, deportations.
    **_each("arrest detain jail imprison apprehend intern incarcerate", _s("COERCE", "arrest")),
    "round": (_s("COERCE", "arrest", prt="up"),),
    "capture": (_s("ASSAULT", obj="territory"), _s("COERCE", "arrest")),
    "seize": (_s("ASSAULT", obj="territory"), _s("COERCE", "arrest", obj="persons"), _s("COERCE", "confiscate")),
    **_each("confiscate impound expropriate nationalize nationalise commandeer", _s("COERCE", "confiscate")),
    **_each("deport banish exile evict", _s("COERCE", "deport")),
    "sentence": (_s("COERCE", "arrest"),),
    "disperse": (_s("COERCE", "restrict"),),
    "jam": (_s("COERCE", "censor", obj="media"),),
    "set": (_s("COERCE", "destroy", obj="fire"),),
    "take": (_s("ASSAULT", "abduct", child="hostage captive"), _s("AID", "asylum", prt="in", obj="persons"),
             _s("PROTEST", "demo", prep="to", obj="street")),
    **_each("censor gag", _s("COERCE", "censor")),
    "close": (_s("COERCE", "censor", obj="media"), _s("SANCTION", "sever", obj="roads envoys")),
    "shut": (_s("COERCE", "censor", obj="media"), _s("SANCTION", "sever", obj="roads envoys")),
    **_each("curb restrict limit", _s("COERCE", "restrict", obj="reform roads persons")),
    **_each("demolish bulldoze raze destroy torch sabotage vandalize vandalise loot ransack plunder deface",
            _s("COERCE", "destroy")),
    "burn": (_s("ASSAULT", obj="persons"), _s("COERCE", "destroy")),
    "blow": (_s("ASSAULT", "suicide-attack", prt="up", obj="reflexive"), _s("COERCE", "destroy", prt="up")),
    "crack": (_s("COERCE", "restrict", prt="down"),),
    "hack": (_s("COERCE", prep="into"),),
    "harass": (_s("COERCE"),),
    "intimidate": (_s("COERCE"),),
    "besiege": (_s("COERCE", "restrict"),),
    # ASSAULT: deliberate actions that can cause substantial physical harm.
    "attack": (_s("ACCUSE", "disapprove", obj="critique"), _s("ASSAULT")),
    **_each("assault kill murder slay massacre wound injure maim ambush invade storm raid bomb bombard shell "
            "strafe behead stab lynch gun poison overrun retake recapture retaliate torpedo", _s("ASSAULT")),
    **_each("pound down", _s("ASSAULT", "heavy-weapons", bare=False)),
    "execute": (_s("ASSAULT", "execute"),),
    "assassinate": (_s("ASSAULT", "assassinate"),),
    "shoot": (_s("ASSAULT", "firearms"),),
    "fire": (_s("ASSAULT", prep="on at upon into"), _s("ASSAULT", obj="weapons arms")),
    "torture": (_s("ASSAULT", "torture"),),
    "beat": (_s("ASSAULT", "beat"),),
    "rape": (_s("ASSAULT", "sexual"),),
    **_each("kidnap abduct hijack", _s("ASSAULT", "abduct")),
    **_each("fight clash battle", _s("ASSAULT")),
    "occupy": (_s("PROTEST", "obstruct", obj="property"), _s("ASSAULT")),
    "detonate": (_s("ASSAULT", "explosives"),),
    "explode": (_s("ASSAULT", "explosives"),),
    **_each("force drive", _s("SANCTION", "expel", prt="out", obj="envoys peacekeepers @org agency organization"),
            _s("ASSAULT", prt="out")),
    **_each("abuse mistreat maltreat", _s("ASSAULT", "beat", obj="persons")),
}

# Nouns that name events. Modifier conditions use ``obj`` against the noun's own modifiers.
NOUNS: dict[str, tuple[Sense, ...]] = {
    **_each("agreement deal accord pact consensus compromise understanding", _s("AGREE")),
    **_each("pledge promise offer commitment readiness willingness", _s("AGREE")),
    **_each("talk negotiation meeting summit dialogue discussion consultation conference", _s("CONSULT")),
    "visit": (_s("CONSULT", "visit"),),
    "trip": (_s("CONSULT", "visit"),),
    "mediation": (_s("CONSULT", "third-party"),),
    **_each("praise endorsement recognition apology condolence solidarity sympathy backing", _s("SUPPORT")),
    "conversation": (_s("CONSULT", "phone", obj="telephone phone"),),
    "call": (_s("CONSULT", "phone", obj="telephone phone"), _s("REQUEST")),
    "partnership": (_s("COOPERATE"),),
    **_each("loan donation", _s("AID", "economic")),
    **_each("surrender disarmament demobilization demobilisation", _s("RETREAT", "disarm")),
    **_each("repatriation handover", _s("RETREAT", "release")),
    "petition": (_s("ACCUSE", "allege"),),
    "case": (_s("ACCUSE", "allege", prep="against"),),
    "trial": (_s("ACCUSE", "allege"),),
    **_each("defiance opposition", _s("REJECT")),
    "warning": (_s("THREATEN"),),
    "welcome": (_s("CONSULT", "host"),),
    "blackout": (_s("COERCE", "censor"),),
    "cleansing": (_s("ASSAULT"),),
    "drill": (_s("COOPERATE", obj="joint"), _s("MOBILIZE", "troops")),
    "test": (_s("MOBILIZE", "weapons", obj="weapons"),),
    "custody": (_s("COERCE", "arrest"),),
    "eviction": (_s("COERCE", "deport"),),
    **_each("fire gunfire", _s("ASSAULT", "firearms")),
    "operation": (_s("ASSAULT", obj="military offensive ground"),),
    "support": (_s("SUPPORT"),),
    **_each("concession amnesty pardon", _s("CONCEDE")),
    "reform": (_s("CONCEDE"),),
    **_each("cooperation collaboration", _s("COOPERATE")),
    "aid": (_s("AID"),), "assistance": (_s("AID"),), "asylum": (_s("AID", "asylum"),),
    "release": (_s("RETREAT", "release"),),
    "withdrawal": (_s("SANCTION", "withdraw", obj="envoys peacekeepers"), _s("RETREAT", "withdraw")),
    "pullout": (_s("RETREAT", "withdraw"),), "retreat": (_s("RETREAT", "withdraw"),),
    "resignation": (_s("RETREAT", "resign"),),
    "ceasefire": (_s("RETREAT", "ceasefire"),), "cease-fire": (_s("RETREAT", "ceasefire"),),
    "truce": (_s("RETREAT", "ceasefire"),),
    **_each("demand appeal request plea", _s("REQUEST")),
    **_each("accusation allegation criticism condemnation complaint lawsuit suit indictment", _s("ACCUSE", "allege")),
    **_each("investigation inquiry enquiry probe hearing", _s("ACCUSE", "investigate")),
    **_each("rejection refusal veto", _s("REJECT")),
    **_each("threat ultimatum", _s("THREATEN")),
    **_each("protest demonstration rally march sit-in picket", _s("PROTEST", "demo")),
    "riot": (_s("PROTEST", "riot"),),
    "strike": (_s("PROTEST", "strike-hun", obj="hunger"), _s("PROTEST", "strike-gen", obj="general"),
               _s("ASSAULT", "heavy-weapons", obj="air missile drone military weapons"),
               _s("ASSAULT", prep="on against"), _s("PROTEST", "strike-lim")),
    "walkout": (_s("PROTEST", "strike-lim"),),
    "boycott": (_s("PROTEST", "strike-lim", obj="work"), _s("PROTEST", "boycott")),
    **_each("sanction embargo", _s("SANCTION")),
    "suspension": (_s("SANCTION", "sever", obj="ties talks aid"),),
    "expulsion": (_s("SANCTION", "expel", obj="envoys peacekeepers"), _s("COERCE", "deport")),
    **_each("mobilization mobilisation deployment buildup build-up reinforcement", _s("MOBILIZE", "troops")),
    "exercise": (_s("COOPERATE", obj="joint"), _s("MOBILIZE", "troops", obj="military naval war")),
    "manoeuvre": (_s("COOPERATE", obj="joint"), _s("MOBILIZE", "troops")),
    "maneuver": (_s("COOPERATE", obj="joint"), _s("MOBILIZE", "troops")),
    "game": (_s("COOPERATE", obj="joint"), _s("MOBILIZE", "troops", obj="war")),
    "patrol": (_s("COOPERATE", obj="joint"), _s("MOBILIZE", "police")),
    "alert": (_s("MOBILIZE", "troops"),),
    **_each("arrest detention", _s("COERCE", "arrest")),
    "crackdown": (_s("COERCE", "restrict"),),
    "curfew": (_s("COERCE", "curfew"),),
    "law": (_s("COERCE", "martial-law", obj="martial"),),
    "state": (_s("COERCE", "martial-law", obj="emergency"),),
    "restriction": (_s("COERCE", "restrict"),),
    "ban": (_s("COERCE", "ban"),),
    "censorship": (_s("COERCE", "censor"),),
    **_each("confiscation seizure", _s("COERCE", "confiscate")),
    "deportation": (_s("COERCE", "deport"),),
    **_each("blockade siege", _s("COERCE", "restrict")),
    **_each("attack assault offensive invasion bombing airstrike air-strike shelling bombardment raid ambush "
            "massacre killing assassination clash fighting battle shooting incursion onslaught hostility "
            "firefight skirmish abduction kidnapping hijacking torture beating execution", _s("ASSAULT")),
}

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
LIGHT_SENSES: dict[tuple[str, str], Sense] = {
    **{(v, "protest"): _s("ACCUSE", "allege") for v in ("lodge", "file", "submit", "deliver", "send", "register")},
}
# Nouns that only frame the event in their modifier or "of" phrase ("a mediation effort", "days of war games").
FRAME_NOUNS = _w("step measure action effort campaign bid drive attempt initiative mission process programme program "
                 "plan day week series wave round spate string number bout")
# Nouns of documents whose clause is the event ("issued a declaration demanding that ...").
DOCUMENT_NOUNS = _w("declaration statement communique letter resolution message note decree order motion reminder")
# Adjectives of guilt whose "of/for" phrase is the act ("guilty of violating the ceasefire").
GUILT_ADJECTIVES = _w("guilty responsible culpable accused")
# Verbs of saying that accuse: "X did Y, a rights group charged" is an ACCUSE as well as Y.
ACCUSING_REPORT_VERBS = _w("charge allege complain protest accuse")
# Verbs of sending whose purpose ("sent personnel to investigate") is the event when it is verbal.
SENDING_VERBS = _w("send dispatch")
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
                 "prolong tighten speed accelerate hasten expedite thwart foil engage remain stay")
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
