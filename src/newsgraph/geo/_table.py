"""Our own offline country table: names, aliases, demonyms, capitals and seats of power.

One row per country: ``ALPHA3 | common name; aliases | demonyms | capitals | seats``. Lists
inside a column are separated by ``;``. Demonyms are singular; plurals are derived
(``Russian`` -> ``Russians``, ``Frenchman`` -> ``Frenchmen``) except for forms that take none
(``British``, ``Chinese``, ``Swiss``). Seats are buildings or streets that stand for a
government in news ("the Kremlin", "Downing Street"). Covers the 193 UN member states, the
two observer states, and Taiwan, Kosovo and Hong Kong, which news treats as countries.

``PARTS`` lists constituent parts and territories that news names on their own (Scotland,
Gaza): they belong to a country but are not that country.
"""

from __future__ import annotations

COUNTRIES = """
AFG | Afghanistan | Afghan | Kabul |
ALB | Albania | Albanian | Tirana; Tirane |
DZA | Algeria | Algerian | Algiers |
AND | Andorra | Andorran | Andorra la Vella |
AGO | Angola | Angolan | Luanda |
ATG | Antigua and Barbuda; Antigua | Antiguan | St John's; Saint John's |
ARG | Argentina | Argentine; Argentinian | Buenos Aires | Casa Rosada
ARM | Armenia | Armenian | Yerevan |
AUS | Australia | Australian; Aussie | Canberra |
AUT | Austria | Austrian | Vienna |
AZE | Azerbaijan | Azerbaijani; Azeri | Baku |
BHS | Bahamas; The Bahamas | Bahamian | Nassau |
BHR | Bahrain | Bahraini | Manama |
BGD | Bangladesh | Bangladeshi | Dhaka |
BRB | Barbados | Barbadian; Bajan | Bridgetown |
BLR | Belarus; Byelorussia | Belarusian; Belarussian | Minsk |
BEL | Belgium | Belgian | Brussels |
BLZ | Belize | Belizean | Belmopan |
BEN | Benin | Beninese | Porto-Novo |
BTN | Bhutan | Bhutanese | Thimphu |
BOL | Bolivia | Bolivian | La Paz; Sucre |
BIH | Bosnia and Herzegovina; Bosnia; Bosnia-Herzegovina | Bosnian | Sarajevo |
BWA | Botswana | Botswanan; Motswana; Batswana | Gaborone |
BRA | Brazil | Brazilian | Brasilia | Planalto
BRN | Brunei; Brunei Darussalam | Bruneian | Bandar Seri Begawan |
BGR | Bulgaria | Bulgarian | Sofia |
BFA | Burkina Faso | Burkinabe | Ouagadougou |
BDI | Burundi | Burundian | Gitega; Bujumbura |
CPV | Cape Verde; Cabo Verde | Cape Verdean | Praia |
KHM | Cambodia | Cambodian | Phnom Penh |
CMR | Cameroon | Cameroonian | Yaounde |
CAN | Canada | Canadian | Ottawa |
CAF | Central African Republic | Central African | Bangui |
TCD | Chad | Chadian | N'Djamena; Ndjamena |
CHL | Chile | Chilean | Santiago |
CHN | China; People's Republic of China; PRC; mainland China | Chinese | Beijing; Peking | Zhongnanhai
COL | Colombia | Colombian | Bogota |
COM | Comoros | Comoran; Comorian | Moroni |
COG | Republic of the Congo; Republic of Congo; Congo-Brazzaville | | Brazzaville |
COD | Democratic Republic of the Congo; DR Congo; DRC; Congo; Congo-Kinshasa | Congolese | Kinshasa |
CRI | Costa Rica | Costa Rican | San Jose |
CIV | Ivory Coast; Cote d'Ivoire | Ivorian | Yamoussoukro | Abidjan
HRV | Croatia | Croatian; Croat | Zagreb |
CUB | Cuba | Cuban | Havana |
CYP | Cyprus | Cypriot | Nicosia |
CZE | Czech Republic; Czechia | Czech | Prague |
DNK | Denmark | Danish; Dane | Copenhagen |
DJI | Djibouti | Djiboutian | Djibouti City |
DMA | Dominica | | Roseau |
DOM | Dominican Republic | Dominican | Santo Domingo |
ECU | Ecuador | Ecuadorian; Ecuadorean | Quito |
EGY | Egypt | Egyptian | Cairo |
SLV | El Salvador | Salvadoran; Salvadorean | San Salvador |
GNQ | Equatorial Guinea | Equatoguinean; Equatorial Guinean | Malabo |
ERI | Eritrea | Eritrean | Asmara |
EST | Estonia | Estonian | Tallinn |
SWZ | Eswatini; Swaziland | Swazi | Mbabane |
ETH | Ethiopia | Ethiopian | Addis Ababa |
FJI | Fiji | Fijian | Suva |
FIN | Finland | Finnish; Finn | Helsinki |
FRA | France | French; Frenchman; Frenchwoman | Paris | Elysee; Elysee Palace; Quai d'Orsay
GAB | Gabon | Gabonese | Libreville |
GMB | Gambia; The Gambia | Gambian | Banjul |
GEO | Georgia | Georgian | Tbilisi |
DEU | Germany | German | Berlin | Chancellery
GHA | Ghana | Ghanaian | Accra |
GRC | Greece | Greek | Athens |
GRD | Grenada | Grenadian | St George's; Saint George's |
GTM | Guatemala | Guatemalan | Guatemala City |
GIN | Guinea | Guinean | Conakry |
GNB | Guinea-Bissau | Bissau-Guinean | Bissau |
GUY | Guyana | Guyanese | Georgetown |
HTI | Haiti | Haitian | Port-au-Prince |
HND | Honduras | Honduran | Tegucigalpa |
HUN | Hungary | Hungarian | Budapest |
ISL | Iceland | Icelandic; Icelander | Reykjavik |
IND | India | Indian | New Delhi; Delhi |
IDN | Indonesia | Indonesian | Jakarta |
IRN | Iran; Islamic Republic of Iran; Persia | Iranian | Tehran; Teheran |
IRQ | Iraq | Iraqi | Baghdad |
IRL | Ireland; Republic of Ireland; Eire | Irish; Irishman; Irishwoman | Dublin |
ISR | Israel | Israeli | Jerusalem |
ITA | Italy | Italian | Rome | Palazzo Chigi
JAM | Jamaica | Jamaican | Kingston |
JPN | Japan | Japanese | Tokyo |
JOR | Jordan | Jordanian | Amman |
KAZ | Kazakhstan | Kazakh; Kazakhstani | Astana; Nur-Sultan |
KEN | Kenya | Kenyan | Nairobi |
KIR | Kiribati | I-Kiribati | Tarawa; South Tarawa |
PRK | North Korea; Democratic People's Republic of Korea; DPRK | North Korean | Pyongyang |
KOR | South Korea; Republic of Korea; ROK | South Korean | Seoul | Blue House
KWT | Kuwait | Kuwaiti | Kuwait City |
KGZ | Kyrgyzstan; Kyrgyz Republic | Kyrgyz; Kyrgyzstani | Bishkek |
LAO | Laos; Lao PDR | Laotian | Vientiane |
LVA | Latvia | Latvian | Riga |
LBN | Lebanon | Lebanese | Beirut |
LSO | Lesotho | Basotho; Mosotho | Maseru |
LBR | Liberia | Liberian | Monrovia |
LBY | Libya | Libyan | Tripoli |
LIE | Liechtenstein | Liechtensteiner | Vaduz |
LTU | Lithuania | Lithuanian | Vilnius |
LUX | Luxembourg | Luxembourger; Luxembourgish | Luxembourg City |
MDG | Madagascar | Malagasy | Antananarivo |
MWI | Malawi | Malawian | Lilongwe |
MYS | Malaysia | Malaysian | Kuala Lumpur; Putrajaya |
MDV | Maldives; The Maldives | Maldivian | Male |
MLI | Mali | Malian | Bamako |
MLT | Malta | Maltese | Valletta |
MHL | Marshall Islands | Marshallese | Majuro |
MRT | Mauritania | Mauritanian | Nouakchott |
MUS | Mauritius | Mauritian | Port Louis |
MEX | Mexico | Mexican | Mexico City | Los Pinos
FSM | Micronesia; Federated States of Micronesia | Micronesian | Palikir |
MDA | Moldova | Moldovan | Chisinau |
MCO | Monaco | Monegasque; Monacan | |
MNG | Mongolia | Mongolian | Ulaanbaatar; Ulan Bator |
MNE | Montenegro | Montenegrin | Podgorica |
MAR | Morocco | Moroccan | Rabat |
MOZ | Mozambique | Mozambican | Maputo |
MMR | Myanmar; Burma | Burmese; Myanmarese | Naypyidaw; Nay Pyi Taw; Naypyitaw |
NAM | Namibia | Namibian | Windhoek |
NRU | Nauru | Nauruan | Yaren |
NPL | Nepal | Nepalese; Nepali | Kathmandu |
NLD | Netherlands; Holland | Dutch; Dutchman; Dutchwoman | Amsterdam | The Hague; Hague
NZL | New Zealand | New Zealander; Kiwi | Wellington |
NIC | Nicaragua | Nicaraguan | Managua |
NER | Niger | Nigerien | Niamey |
NGA | Nigeria | Nigerian | Abuja |
MKD | North Macedonia; Macedonia | Macedonian | Skopje |
NOR | Norway | Norwegian | Oslo |
OMN | Oman | Omani | Muscat |
PAK | Pakistan | Pakistani | Islamabad |
PLW | Palau | Palauan | Ngerulmud |
PAN | Panama | Panamanian | Panama City |
PNG | Papua New Guinea | Papua New Guinean | Port Moresby |
PRY | Paraguay | Paraguayan | Asuncion |
PER | Peru | Peruvian | Lima |
PHL | Philippines | Filipino; Filipina; Philippine | Manila | Malacanang
POL | Poland | Polish; Pole | Warsaw |
PRT | Portugal | Portuguese | Lisbon |
QAT | Qatar | Qatari | Doha |
ROU | Romania | Romanian | Bucharest |
RUS | Russia; Russian Federation | Russian | Moscow | Kremlin
RWA | Rwanda | Rwandan | Kigali |
KNA | Saint Kitts and Nevis; St Kitts and Nevis | Kittitian | Basseterre |
LCA | Saint Lucia; St Lucia | Saint Lucian; St Lucian | Castries |
VCT | Saint Vincent and the Grenadines; St Vincent and the Grenadines; St Vincent | Vincentian | Kingstown |
WSM | Samoa | Samoan | Apia |
SMR | San Marino | Sammarinese | |
STP | Sao Tome and Principe | Santomean | Sao Tome |
SAU | Saudi Arabia; Saudi | Saudi; Saudi Arabian | Riyadh |
SEN | Senegal | Senegalese | Dakar |
SRB | Serbia | Serbian; Serb | Belgrade |
SYC | Seychelles | Seychellois | Victoria |
SLE | Sierra Leone | Sierra Leonean | Freetown |
SGP | Singapore | Singaporean | |
SVK | Slovakia | Slovak; Slovakian | Bratislava |
SVN | Slovenia | Slovenian; Slovene | Ljubljana |
SLB | Solomon Islands | Solomon Islander | Honiara |
SOM | Somalia | Somali | Mogadishu |
ZAF | South Africa | South African | Pretoria; Cape Town | Union Buildings
SSD | South Sudan | South Sudanese | Juba |
ESP | Spain | Spanish; Spaniard | Madrid | Moncloa
LKA | Sri Lanka | Sri Lankan | Colombo; Sri Jayawardenepura Kotte |
SDN | Sudan | Sudanese | Khartoum |
SUR | Suriname; Surinam | Surinamese | Paramaribo |
SWE | Sweden | Swedish; Swede | Stockholm |
CHE | Switzerland | Swiss | Bern; Berne |
SYR | Syria; Syrian Arab Republic | Syrian | Damascus |
TJK | Tajikistan | Tajik; Tajikistani | Dushanbe |
TZA | Tanzania | Tanzanian | Dodoma; Dar es Salaam |
THA | Thailand | Thai | Bangkok |
TLS | East Timor; Timor-Leste | Timorese; East Timorese | Dili |
TGO | Togo | Togolese | Lome |
TON | Tonga | Tongan | Nuku'alofa |
TTO | Trinidad and Tobago; Trinidad | Trinidadian; Tobagonian | Port of Spain |
TUN | Tunisia | Tunisian | Tunis |
TUR | Turkey; Turkiye | Turkish; Turk | Ankara |
TKM | Turkmenistan | Turkmen | Ashgabat |
TUV | Tuvalu | Tuvaluan | Funafuti |
UGA | Uganda | Ugandan | Kampala |
UKR | Ukraine; the Ukraine | Ukrainian | Kyiv; Kiev |
ARE | United Arab Emirates; UAE; Emirates | Emirati | Abu Dhabi |
GBR | United Kingdom; UK; Britain; Great Britain | British; Briton; Brit | London | Downing Street; No 10; Whitehall
USA | United States; US; USA; America | American | Washington; Washington DC | White House; Capitol Hill
URY | Uruguay | Uruguayan | Montevideo |
UZB | Uzbekistan | Uzbek; Uzbekistani | Tashkent |
VUT | Vanuatu | Ni-Vanuatu | Port Vila |
VEN | Venezuela | Venezuelan | Caracas | Miraflores
VNM | Vietnam; Viet Nam | Vietnamese | Hanoi |
YEM | Yemen | Yemeni | Sanaa; Sana'a |
ZMB | Zambia | Zambian | Lusaka |
ZWE | Zimbabwe | Zimbabwean | Harare |
VAT | Vatican; Holy See; Vatican City | | |
PSE | Palestine; State of Palestine; Palestinian territories | Palestinian | Ramallah |
TWN | Taiwan | Taiwanese | Taipei |
XKX | Kosovo | Kosovar; Kosovan | Pristina |
HKG | Hong Kong | Hong Konger; Hongkonger | |
"""

# The 193 UN member states (the observer states and others above are not in this list).
NON_MEMBERS = frozenset({"VAT", "PSE", "TWN", "XKX", "HKG"})

PARTS = """
GBR | England | English; Englishman; Englishwoman
GBR | Scotland | Scottish; Scot
GBR | Wales | Welsh; Welshman; Welshwoman
GBR | Northern Ireland | Northern Irish
PSE | Gaza; Gaza Strip | Gazan
PSE | West Bank |
"""

# Demonyms that take no plural in -s ("two British", not "two Britishs").
NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "s", "sh", "x", "z", "i-kiribati", "ni-vanuatu")

# Keys that are also common lower-case English words or pronouns: they only match when
# written with a capital letter ("Turkey", not "turkey"), or in capitals ("US", not "us").
CAPITALISED_ONLY = frozenset(
    {
        "turkey", "china", "chad", "male", "jordan", "georgia", "guinea", "niger", "victoria",
        "pole", "poles", "kiwi", "kiwis", "lima", "sofia", "santiago", "nice", "dane", "danes",
        "finn", "finns", "turk", "turks", "scot", "scots", "brit", "brits", "holland", "america",
        "roseau", "praia", "apia", "chancellery", "planalto", "no 10",
    }
)
UPPER_ONLY = frozenset({"us", "uk", "usa", "prc", "drc", "rok", "dprk", "uae"})
