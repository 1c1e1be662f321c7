"""Senses of cue words, the word classes their conditions name, and PLOVER's modes.

A cue word (:mod:`newsgraph.events.lexicon`) can have several senses; the first sense whose
conditions hold in the sentence wins. Conditions look at the word's object (its direct object,
the subject of a passive, or the object of a named preposition), its particle and its other
dependents, and name *word classes* (``CLASSES``) rather than single words, so that one sense
covers "suspend talks", "suspend aid" and "suspend flights" alike.
"""

from __future__ import annotations

from dataclasses import dataclass

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``."""
    return frozenset(text.split())


# Word classes: lemmas (lower case) of objects and modifiers. "@place", "@person" and "@org" stand for
# named entities of those kinds (see ``syntax.words_of``).
CLASSES: dict[str, frozenset[str]] = {
    "aid": words("aid assistance help relief food grain flour rice wheat medicine supply fund funding money "
              "dollar euro pound yen loan grant credit donation vaccine tent blanket fuel shelter "
              "humanitarian package goods good $ \u20ac \u00a3 compensation"),
    "money": words("fund funding money dollar euro pound yen loan grant credit budget investment $ \u20ac \u00a3"),
    "food": words("food grain flour rice wheat medicine medical vaccine tent blanket water shelter humanitarian "
               "relief emergency"),
    "arms": words("arm weapon ammunition rifle gun munition weaponry"),
    "asylum": words("asylum refuge sanctuary"),
    "troops": words("troop soldier force reservist army unit battalion brigade division marine paratrooper "
                 "tank warship militia fighter personnel contingent reinforcement guard"),
    "weapons": words("missile rocket weapon warship submarine bomber jet aircraft warplane artillery nuclear "
                  "carrier"),
    "police": words("police policeman paramilitary gendarme riot security patrol"),
    "peacekeepers": words("peacekeeper peacekeeping keeping monitor observer inspector"),
    "inspectors": words("inspector investigator"),
    "envoys": words("envoy delegation diplomat ambassador emissary representative minister consul "
                 "mission embassy consulate"),
    "talks": words("talk negotiation meeting summit dialogue discussion conference mediation consultation "
                "visit trip contact session round"),
    "ties": words("relation tie link contact cooperation trade flight exchange relationship membership "
               "aid assistance funding program programme delivery shipment loan investment supply drill exercise "
               "manoeuvre maneuver export import transit commerce"),
    # Material exchanges: resuming them is cooperation, not diplomacy ("resumed cross-border trade").
    "exchanges": words("trade flight exchange shipment delivery supply investment export import transit commerce "
                    "traffic"),
    # A time limit given to someone is an ultimatum ("gave the rebels 48 hours to surrender").
    "deadlines": words("hour day week month deadline"),
    # Means of crowd control: firing them disperses rather than assaults ("fired tear gas").
    "riotgear": words("gas tear teargas cannon rubber bullet"),
    "captives": words("prisoner hostage detainee captive prisoners"),
    "curbs": words("curfew ban restriction emergency martial censorship control prohibition rule"),
    "sanctions": words("sanction embargo blockade siege boycott"),
    "territory": words("@place town village city territory area region base airport position hill district state "
                    "county municipality suburb neighbourhood neighborhood "
                    "province zone stronghold outpost capital port settlement enclave island border "
                    "camp valley strip bank"),
    "property": words("property land asset home house building office vehicle ship vessel tanker boat plane aircraft "
                   "helicopter cargo goods equipment farm shop computer account"),
    "info": words("information intelligence evidence data photograph document file record detail expertise "
               "technology know-how experience"),
    "proposals": words("proposal plan offer call appeal demand request invitation ultimatum resolution deal "
                    "agreement initiative bid idea suggestion proposition condition term change "
                    "amendment compromise settlement accord treaty pact overture mediation draft"),
    "demands": words("demand condition call request ultimatum term"),
    "agreements": words("agreement treaty accord pact deal memorandum protocol convention charter "
                     "declaration contract communique mou"),
    "media": words("newspaper paper publication magazine station channel broadcast website radio "
                "television tv media outlet internet broadcaster daily weekly"),
    "groups": words("party group organization organisation movement union opposition association candidate "
                 "politician activity rally demonstration protest gathering"),
    "utilities": words("water power electricity fuel internet gas supply"),
    "protests": words("protest strike demonstration boycott rally march sit-in campaign walkout"),
    "violence": words("fighting attack hostility violence war shelling offensive bombing clash killing "
                   "conflict fire raid operation"),
    "ceasefire": words("ceasefire cease-fire truce armistice"),
    "critique": words("policy plan decision remark statement record comment speech report law bill move "
                   "approach stance position handling"),
    "reform": words("reform election change democracy freedom right liberty referendum constitution "
                 "independence autonomy openness"),
    "roads": words("road highway bridge traffic transport access entrance route railway street crossing "
                "motorway port border strait canal waterway airspace corridor checkpoint pass"),
    "persons": words("@person person people man woman national citizen journalist activist worker "
                  "student refugee civilian resident migrant suspect dissident leader member wounded injured "
                  "sick child immigrant prisoner detainee"),
    "missiles": words("stone rock bomb grenade cocktail brick petrol"),
    "work": words("work"),
    "reflexive": words("himself herself themselves itself"),
    "leaders": words("leader chief commander minister president official mayor governor general deputy head "
                  "premier king prince emir"),
    "allegation": words("allegation charge claim report accusation rumour rumor responsibility involvement"),
    "debt": words("debt"),
    "protesters": words("protester demonstrator striker marcher rioter picketer crowd mob looter"),
    "alert": words("alert readiness presence security patrol vigilance"),
    "street": words("street"),
    "access": words("aid delivery access entry inspector observer peacekeeper monitor worker convoy "
                 "agency humanitarian refugee truck lorry journalist"),
    # Weapons handed over ("delivered a Patriot air defence system"): military aid, not a deployment.
    "materiel": words("weapon arm ammunition munition rifle gun missile rocket drone tank jet aircraft helicopter "
                   "artillery howitzer launcher defence defense interceptor shell warship armour armor"),
    # Goods traded rather than given ("began shipping oil to India").
    "commodities": words("oil gas crude lng petroleum coal ore electricity export import commodity lithium "
                      "uranium"),
    # Taxes and duties whose removal eases a burden ("scrap the export tax").
    "levies": words("tax levy tariff duty fee toll quota price"),
    # Pressure a concession answers ("after protests by farmers", "in response to demands").
    "pressures": words("demand protest pressure complaint criticism outcry call request strike campaign petition "
                    "demonstration rally boycott appeal uproar backlash"),
    # What a warning says would be done in return ("warned of serious consequences").
    "retaliations": words("force measure consequence retaliation response reprisal action step countermeasure"),
    # What one joins to cooperate ("join the coalition").
    "alliances": words("@org alliance coalition bloc union pact treaty agreement organisation organization "
                    "force mission operation effort initiative programme program scheme partnership accord "
                    "consortium purchase procurement group"),
    # Who reports abuses ("Amnesty said the authorities had detained ...").
    "watchdogs": words("amnesty rights watch monitor observatory activist campaigner ombudsman watchdog"),
    # Subjects of talks that are not parties to them ("the crisis in Myanmar").
    "topics": words("crisis situation conflict war issue question problem dispute matter future peace process "
                 "economy development security fighting violence tension case"),
}


# PLOVER modes by category (PLOVER manual tables; ACCUSE's from the 2021 CAMEO-to-PLOVER table).
# "host" is not a mode of its own: a hosting cue is coded as a visit with the guest as the source
# and the host as the recipient, as the manual prescribes. COERCE's "destroy" is the GSR convention.
MODES: dict[str, frozenset[str]] = {
    "CONSULT": words("visit third-party multilateral phone"),
    "AID": words("economic military humanitarian asylum"),
    "RETREAT": words("withdraw release return disarm ceasefire access resign"),
    "REQUEST": words("assist change yield meet"),
    "REJECT": words("assist change yield meet"),
    "ACCUSE": words("investigate disapprove allege"),
    "THREATEN": words("restrict ban arrest relations expel territory violence"),
    "PROTEST": words("demo riot strike-gen strike-lim strike-hun boycott obstruct"),
    "SANCTION": words("convict cancel expel withdraw sever"),
    "MOBILIZE": words("troops weapons police"),
    "COERCE": words("confiscate restrict ban censor curfew martial-law arrest deport withhold destroy"),
    "ASSAULT": words("abduct beat torture execute sexual assassinate primitive firearms explosives "
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
        child: Words one of which must hang on the word or its object ("held X *responsible*", "found X
            *guilty*", "launched rockets *at* X").
    """

    category: str
    mode: str | None = None
    obj: tuple[str, ...] = ()
    prt: str | None = None
    prep: tuple[str, ...] = ()
    bare: bool | None = None
    child: tuple[str, ...] = ()


def sense(category: str, mode: str | None = None, *, obj: str = "", prt: str | None = None, prep: str = "",
          bare: bool | None = None, child: str = "") -> Sense:
    """Build a Sense from space-separated word lists."""
    return Sense(category, mode, tuple(obj.split()), prt, tuple(prep.split()), bare, tuple(child.split()))


def each(text: str, *senses: Sense) -> dict[str, tuple[Sense, ...]]:
    """The same senses for each of the space-separated words of ``text``."""
    return {w: senses for w in text.split()}
