"""Word lists of the actors stage: honorifics, titles and their sectors, organisation tables.

Sectors follow the CAMEO/PLOVER actor codes: GOV government, MIL military, JUD judiciary,
MED media, BUS business, NGO non-governmental organisation, IGO intergovernmental
organisation, OPP opposition, REB rebels and armed groups, CVL civilians, EDU education, REL
religion; and one of our own, RES research and polling (pollsters, survey firms, research
centres), which CAMEO lacks and news cites as sources ("a Quinnipiac University poll").
A title says a sector only when it is unambiguous ("foreign minister" GOV, "general" MIL);
"spokesman" or "leader" take theirs from a modifier or the organisation they speak for.
"""

from __future__ import annotations

from typing import NamedTuple

# Forms of address dropped from names; they carry no role ("Mr Lavrov" -> "Lavrov").
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame lord lady madam messrs mme mlle m herr sr sra".split()
)

# Abbreviated titles, written before a name ("Sen. John Smith"), and the title they stand for.
ABBREVIATIONS = {
    "sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General", "lt": "Lieutenant",
    "col": "Colonel", "maj": "Major", "capt": "Captain", "cpt": "Captain", "sgt": "Sergeant", "adm": "Admiral",
    "cmdr": "Commander", "cdr": "Commander", "brig": "Brigadier", "pres": "President", "amb": "Ambassador",
    "supt": "Superintendent", "insp": "Inspector", "det": "Detective", "prof": "Professor", "rev": "Reverend",
    "atty": "Attorney", "sec": "Secretary", "cllr": "Councillor", "fr": "Father", "pvt": "Private",
    "ch": "Chief", "pc": "Police Constable", "ps": "Police Sergeant", "dc": "Detective Constable",
    "ds": "Detective Sergeant", "di": "Detective Inspector", "dci": "Detective Chief Inspector",
    "dcs": "Detective Chief Superintendent",
}
# British police ranks, abbreviated: a role written with them is kept as written ("Det Ch Insp").
POLICE_RANKS = frozenset("det ch insp supt pc ps dc ds di dci dcs".split())

GOV, MIL, JUD, MED, BUS, NGO, IGO, OPP, REB, CVL, EDU, REL, RES = (
    "GOV", "MIL", "JUD", "MED", "BUS", "NGO", "IGO", "OPP", "REB", "CVL", "EDU", "REL", "RES"
)

# Title heads (the last word or words of a title, lower case) and the sector they imply (None
# when the title alone does not say).
TITLES: dict[str, str | None] = {
    **dict.fromkeys(
        "president vice-president premier minister secretary chancellor senator congressman congresswoman "
        "representative lawmaker legislator mp mep governor mayor ambassador envoy diplomat official king queen "
        "prince princess emir sultan monarch speaker commissioner councillor councilman councilwoman consul "
        "taoiseach deputy aide adviser advisor negotiator sheikh regent attorney-general constable sheriff "
        "alderman".split(),
        GOV,
    ),
    **dict.fromkeys(
        "general lieutenant colonel major captain admiral commander brigadier sergeant corporal marshal "
        "commodore soldier commander-in-chief lieutenant-colonel major-general lieutenant-general".split(),
        MIL,
    ),
    **dict.fromkeys("judge justice prosecutor magistrate coroner".split(), JUD),
    **dict.fromkeys(
        "journalist reporter correspondent editor presenter columnist anchor photographer broadcaster "
        "commentator".split(),
        MED,
    ),
    **dict.fromkeys(
        "ceo chairman chairwoman executive founder co-founder businessman businesswoman tycoon entrepreneur "
        "investor banker analyst economist owner boss".split(),
        BUS,
    ),
    **dict.fromkeys("activist campaigner volunteer humanitarian".split(), NGO),
    **dict.fromkeys("secretary-general rapporteur".split(), IGO),
    **dict.fromkeys("dissident".split(), OPP),
    **dict.fromkeys("rebel militant insurgent fighter jihadist warlord guerrilla".split(), REB),
    **dict.fromkeys(
        "resident witness eyewitness villager survivor refugee protester demonstrator farmer shopkeeper worker "
        "citizen victim neighbour neighbor lawyer attorney doctor nurse mother father".split(),
        CVL,
    ),
    **dict.fromkeys(
        "professor lecturer researcher scientist academic teacher student dean scholar expert".split(), EDU
    ),
    **dict.fromkeys("pollster".split(), RES),
    **dict.fromkeys(
        "cleric imam bishop archbishop pope rabbi priest pastor ayatollah mufti cardinal reverend vicar monk "
        "patriarch".split(),
        REL,
    ),
    **dict.fromkeys(
        "spokesman spokeswoman spokesperson leader head chief director chair member manager coordinator "
        "inspector superintendent detective officer".split(),
        None,
    ),
}

# Multi-word titles whose sector differs from that of their last word.
MULTIWORD_TITLES: dict[str, str | None] = {
    "chief executive": BUS, "managing director": BUS, "chief of staff": GOV, "high commissioner": IGO,
    "secretary general": IGO, "special envoy": None, "aid worker": NGO, "police chief": GOV,
    "police officer": GOV, "army chief": MIL, "chief justice": JUD, "attorney general": GOV,
    "opposition leader": OPP, "rebel leader": REB, "rebel commander": REB, "party leader": GOV,
    "director general": None, "director-general": None, "general secretary": GOV, "surgeon general": GOV,
    "inspector general": GOV, "solicitor general": GOV, "governor general": GOV, "postmaster general": GOV,
}

# Heads of descriptions of organisations ("the medical charity", "the main opposition group").
ORG_HEADS: dict[str, str | None] = {
    **dict.fromkeys(
        "group coalition organisation organization agency body alliance movement union network federation "
        "association committee bloc faction monitor watchdog institution consortium".split(),
        None,
    ),
    **dict.fromkeys("charity ngo foundation think-tank".split(), NGO),
    **dict.fromkeys("company firm bank lender carrier airline manufacturer retailer giant conglomerate".split(), BUS),
    **dict.fromkeys("broadcaster newspaper channel tabloid daily magazine".split(), MED),
    **dict.fromkeys("ministry department government council parliament regulator authority cabinet".split(), GOV),
    **dict.fromkeys("court tribunal".split(), JUD),
    **dict.fromkeys("army military militia force forces navy".split(), MIL),
    **dict.fromkeys("university college school institute".split(), EDU),
    **dict.fromkeys("pollster".split(), RES),
    **dict.fromkeys("church mosque diocese".split(), REL),
    "party": GOV,
}

# Words in a title, description or organisation name that settle its sector.
SECTOR_WORDS: dict[str, str] = {
    **dict.fromkeys("opposition".split(), OPP),
    **dict.fromkeys("rebel rebels insurgent militant militants jihadist jihadists militia".split(), REB),
    **dict.fromkeys("army military navy armed forces air-force troops soldiers".split(), MIL),
    **dict.fromkeys(
        "government ministry minister ministerial cabinet parliament parliamentary congress senate police "
        "presidential state foreign interior detective det pc ps dc ds di dci dcs".split(),
        GOV,
    ),
    **dict.fromkeys("court courts judicial tribunal".split(), JUD),
    **dict.fromkeys("charity humanitarian aid relief rights ngo".split(), NGO),
    **dict.fromkeys("news media newspaper broadcaster television tv radio press".split(), MED),
    **dict.fromkeys("university college academic school institute".split(), EDU),
    **dict.fromkeys("research polling poll survey pollster".split(), RES),
    **dict.fromkeys("church religious islamic catholic mosque".split(), REL),
    **dict.fromkeys("company business corporate bank financial inc ltd plc corp corporation llc".split(), BUS),
}

# Words in an organisation's own name that say its sector ("Russian Foreign Ministry" GOV).
ORG_NAME_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "ministry department government parliament congress senate cabinet police commission council "
        "office".split(),
        GOV,
    ),
    **dict.fromkeys("army forces military navy guard corps".split(), MIL),
    **dict.fromkeys("court tribunal".split(), JUD),
    **dict.fromkeys("university college institute school academy".split(), EDU),
    **dict.fromkeys("church mosque diocese synod".split(), REL),
    **dict.fromkeys(
        "bank inc ltd plc corp corporation company co llc airlines airways motors holdings group".split(), BUS
    ),
    **dict.fromkeys(
        "news times post herald journal gazette tribune television tv radio broadcasting press globe register "
        "chronicle inquirer enquirer examiner dispatch courier telegraph magazine newswire zeitung".split(),
        MED,
    ),
    **dict.fromkeys("research poll polls polling survey".split(), RES),
    **dict.fromkeys("opposition".split(), OPP),
    **dict.fromkeys("front brigade brigades mujahideen liberation militia".split(), REB),
    **dict.fromkeys("foundation trust charity watch liberties rights".split(), NGO),
}


class KnownOrg(NamedTuple):
    """An organisation from our table: canonical name, other names, sector and home country."""

    name: str
    aliases: tuple[str, ...]
    sector: str
    country: str | None = None


def _orgs(sector: str, rows: str) -> list[KnownOrg]:
    out = []
    for line in rows.strip().splitlines():
        names, _, country = line.partition("@")
        name, *aliases = (n.strip() for n in names.split(";"))
        out.append(KnownOrg(name, tuple(aliases), sector, country.strip() or None))
    return out


def known_orgs() -> list[KnownOrg]:
    """Return the organisations of our tables (intergovernmental, media, NGOs, armed groups, central banks)."""
    return [
        *_orgs(IGO, _IGO),
        *_orgs(GOV, _CENTRAL_BANKS),
        *_orgs(MED, _MEDIA),
        *_orgs(RES, _POLLSTERS),
        *_orgs(NGO, _NGO),
        *_orgs(REB, _ARMED),
    ]


_IGO = """
UN; United Nations; U.N.
UN Security Council; Security Council; United Nations Security Council
UN General Assembly; General Assembly
UNHCR; UN refugee agency; United Nations High Commissioner for Refugees
Unicef; UNICEF; United Nations Children's Fund
World Health Organization; WHO; World Health Organisation
World Food Programme; WFP; World Food Program
International Monetary Fund; IMF
World Bank
World Trade Organization; WTO; World Trade Organisation
European Union; EU; E.U.
European Commission
European Parliament
European Central Bank; ECB
Council of Europe
Nato; NATO; North Atlantic Treaty Organization
African Union; AU
Arab League; League of Arab States
Opec; OPEC; Organization of the Petroleum Exporting Countries
Asean; ASEAN; Association of Southeast Asian Nations
OSCE; Organization for Security and Co-operation in Europe
International Criminal Court; ICC
International Court of Justice; ICJ
Interpol
Red Cross; International Committee of the Red Cross; ICRC
Red Crescent; Syrian Arab Red Crescent; International Federation of Red Cross and Red Crescent Societies; IFRC
International Atomic Energy Agency; IAEA
OECD; Organisation for Economic Co-operation and Development
UNRWA; United Nations Relief and Works Agency
Unesco; UNESCO
Food and Agriculture Organization; FAO
International Labour Organization; ILO
Organisation of Islamic Cooperation; OIC
Gulf Cooperation Council; GCC
Commonwealth
Organization of American States; OAS
G7; G8; G20
"""

_CENTRAL_BANKS = """
Bank of England @ GBR
Federal Reserve; US Federal Reserve; the Fed @ USA
Bank of Japan @ JPN
People's Bank of China @ CHN
Reserve Bank of India @ IND
Bundesbank @ DEU
Bank of Canada @ CAN
Swiss National Bank @ CHE
Reserve Bank of Australia @ AUS
Central Bank of Russia; Bank of Russia @ RUS
"""

_MEDIA = """
BBC; British Broadcasting Corporation; BBC News @ GBR
Reuters; Reuters news agency @ GBR
Associated Press; AP; The Associated Press @ USA
Agence France-Presse; AFP; Agence France Presse @ FRA
CNN @ USA
Al Jazeera; Al-Jazeera @ QAT
Al Arabiya @ SAU
Sky News @ GBR
ITV News; ITV @ GBR
Channel 4 News; Channel 4 @ GBR
The Guardian; Guardian @ GBR
The Times; Times @ GBR
Financial Times; FT @ GBR
The Daily Telegraph; Telegraph @ GBR
The Independent @ GBR
Daily Mail @ GBR
Press Association; PA @ GBR
New York Times; The New York Times @ USA
Washington Post; The Washington Post @ USA
Wall Street Journal; The Wall Street Journal; WSJ @ USA
Fox News @ USA
NBC News; NBC @ USA
CBS News; CBS @ USA
ABC News @ USA
NPR; National Public Radio @ USA
Bloomberg; Bloomberg News @ USA
Politico @ USA
Voice of America; VOA @ USA
Xinhua; Xinhua news agency @ CHN
Tass; TASS; Itar-Tass @ RUS
RIA Novosti; Ria Novosti @ RUS
Interfax @ RUS
RT; Russia Today; RT News @ RUS
Sana; SANA @ SYR
Irna; IRNA @ IRN
Yonhap @ KOR
Kyodo @ JPN
KCNA; Korean Central News Agency @ PRK
Anadolu; Anadolu Agency @ TUR
Deutsche Welle; DW @ DEU
Der Spiegel; Spiegel @ DEU
Le Monde @ FRA
France 24 @ FRA
Euronews @ FRA
Haaretz @ ISR
Times of India @ IND
USA Today; USA TODAY @ USA
Globe and Mail; The Globe and Mail @ CAN
MSNBC @ USA
CNBC @ USA
PBS; Public Broadcasting Service @ USA
C-SPAN @ USA
The Hill @ USA
Axios @ USA
Breitbart; Breitbart News @ USA
BuzzFeed; BuzzFeed News @ USA
HuffPost; Huffington Post; The Huffington Post @ USA
Newsweek @ USA
The New Yorker @ USA
The Economist @ GBR
National Review @ USA
Mother Jones @ USA
Daily Caller; The Daily Caller @ USA
Daily Beast; The Daily Beast @ USA
Drudge Report @ USA
Newsmax @ USA
Univision @ USA
Telemundo @ USA
ProPublica @ USA
The Intercept @ USA
Press TV @ IRN
China Central Television @ CHN
Global Times @ CHN
NHK @ JPN
CBC; Canadian Broadcasting Corporation @ CAN
Le Figaro @ FRA
El Pais; El País @ ESP
Bild @ DEU
ANSA @ ITA
EFE @ ESP
DPA; dpa @ DEU
"""

_POLLSTERS = """
Gallup; Gallup Poll; Gallup Organization @ USA
Pew Research Center; Pew Research Centre; Pew Research; Pew @ USA
Quinnipiac University Poll; Quinnipiac Poll; Quinnipiac University; Quinnipiac @ USA
Marist Poll; Marist College Poll; Marist @ USA
Monmouth University Poll; Monmouth Poll @ USA
Rasmussen Reports @ USA
Public Policy Polling @ USA
SurveyUSA @ USA
Morning Consult @ USA
Harris Poll; Harris Interactive @ USA
Edison Research @ USA
YouGov @ GBR
Ipsos; Ipsos MORI @ FRA
Ifop @ FRA
Opinium @ GBR
Survation @ GBR
ComRes; Savanta ComRes @ GBR
Forsa @ DEU
Levada Center; Levada Centre @ RUS
Datafolha @ BRA
Angus Reid Institute @ CAN
"""

_NGO = """
Medecins Sans Frontieres; MSF; Médecins Sans Frontières; Doctors Without Borders
Amnesty International; Amnesty
Human Rights Watch; HRW
Oxfam
Save the Children
Greenpeace
Syrian Observatory for Human Rights @ SYR
Reporters Without Borders; RSF
Committee to Protect Journalists; CPJ
International Rescue Committee; IRC
"""

_ARMED = """
Islamic State; IS; Isis; ISIS; Isil; ISIL; Daesh
al-Qaeda; al-Qaida; Al Qaeda
Taliban
Hezbollah; Hizbollah
Hamas
Boko Haram @ NGA
al-Shabab; Al-Shabaab; al-Shabaab @ SOM
Free Syrian Army; FSA @ SYR
al-Nusra Front; Nusra Front; Jabhat al-Nusra @ SYR
Houthis; Houthi @ YEM
"""
