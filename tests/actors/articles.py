# ruff: noqa: E501  (an article paragraph is one line)
"""Short news articles we wrote ourselves for the actors tests (invented text and people).

Each imitates one outlet's conventions: US wire copy, British broadsheet, a UN press story,
a Middle East report, an East Asian politics story, a business story, Reuters-style wire copy,
Guardian-style lower-case titles, a US court story
(real public figures in invented text). None is copied from
real news.
"""

US_WIRE = """Politics

Senate panel delays vote on border bill

WASHINGTON (AP) — Secretary of State Jane Doe urged lawmakers on Tuesday to pass the border security bill before the holiday recess.

"We cannot wait another month," Doe told reporters at the State Department.

The bill faces resistance from conservatives. "This is a bad deal for Texas," said Sen. John Smith, R-Texas, who leads a group of holdouts.

Smith said he would meet Doe on Thursday. The White House said President Mark Allen would sign the bill if it passed.

Allen, 62, has made the issue central to his campaign, according to The Associated Press.
"""

BRITISH = """UK Politics

Ministers split over rail strike talks

The Home Secretary, Amber Stone, has said the government will not negotiate while strikes continue.

Prime Minister Theresa Hale is expected to chair an emergency meeting in Downing Street on Monday.

Labour leader Owen Brierley accused Mrs Hale of "hiding from the problem" and said Ms Stone should resign.

Dr Ruth Okafor, a transport economist at the University of Leeds, said the dispute could cost the economy millions.

Downing Street said the prime minister had "full confidence" in Ms Stone.
"""

UN_ACRONYMS = """Health

Cholera cases rise in flooded provinces

The World Health Organization (WHO) has warned that cholera is spreading in three provinces of Mozambique.

A new network of charities, the Global Water Alliance (GWA), said clean water had reached only a third of families.

"We are running out of time," said Tomas Ferreira, a spokesman for the alliance.

WHO officials said vaccines would arrive next week. GWA called on donors to give more.

The medical charity Medecins Sans Frontieres said its clinics were overwhelmed, and the Red Cross sent extra teams.
"""

APPOSITIONS = """World

Border town braces for more fighting

Nadia Haddad, the prime minister of Lebanon, said on Friday that her government would not be drawn into the conflict.

Karim Aziz, a spokesman for the Lebanese army, said troops had been sent to the border.

Tom Baker, 45, a teacher from Ohio who was visiting the town, said he had heard shelling all night.

The militant group Hezbollah said it had fired rockets. Israeli officials said the Israeli military had struck back.

Ms Haddad is due to travel to Paris next week.
"""

SHARED_SURNAME = """Business

Founder's children fight over family firm

Maria Lopez, chief executive of Lopez Foods, said on Monday that she would not sell the company.

Her brother Carlos Lopez, who sits on the board, wants to sell to a rival.

"I built this business with my father," Maria Lopez said. Carlos Lopez said his sister was "living in the past".

Ms Lopez said the board would vote in March.
"""

METONYMS = """Europe

Kremlin rejects talks offer

The Kremlin on Wednesday rejected an offer of talks from Kyiv, saying Ukrainian demands were "unrealistic".

Moscow has accused Washington of prolonging the war. Beijing said it wanted a ceasefire.

Talks between officials are due to take place in Geneva, and the Chinese envoy will travel to Moscow next month.

Ukrainians queued for water in several cities after Russian strikes on Tuesday.
"""

EAST_ASIA = """Asia

South Korea and Japan agree on trade deal

South Korean President Lee Jae-sung and Japanese Prime Minister Hiroshi Tanaka signed the agreement in Seoul on Saturday.

Mr Lee said the deal would "open a new chapter" for the two countries. Mr Tanaka called it historic.

North Korea's state news agency KCNA said the deal was a threat to peace.
"""

REUTERS_WIRE = """World

Allies pledge more air defence for Ukraine

KYIV, March 4 (Reuters) - U.S. President Joe Biden and German Chancellor Olaf Scholz promised on Monday to send more air defence systems to Ukraine, the White House said.

Ukrainian President Volodymyr Zelenskiy thanked both leaders. "We need them now," Zelenskiy said in his nightly video address.

Israel's Prime Minister Benjamin Netanyahu spoke with Biden later in the day, according to a statement from Netanyahu's office.

European Commission President Ursula von der Leyen said the European Union would provide 5 billion euros. NATO Secretary-General Jens Stoltenberg welcomed the move.

Iran's foreign ministry spokesman Nasser Kanaani called the aid "provocative".

"It is a dangerous path," said Maria Zakharova, a spokeswoman for the Russian Foreign Ministry. The Russian foreign ministry did not give details.

Von der Leyen and Stoltenberg will meet in Brussels on Thursday, a NATO official said.
"""

GUARDIAN_LOWERCASE_TITLES = """Politics

Chancellor faces revolt over fuel duty

The chancellor, Rachel Morton, is facing a backbench revolt over plans to raise fuel duty, with more than 40 Labour MPs threatening to vote against the budget.

The shadow chancellor, Mel Stride, said the plan was "a tax on working people". The prime minister's official spokesperson said Morton had the full support of No 10.

Speaking to the BBC's Today programme, the transport secretary, Louise Haigh, said the government would "listen carefully".

Paul Johnson, the director of the Institute for Fiscal Studies (IFS), said the rise would raise £2bn a year. The IFS has long called for fuel duty to rise with inflation.

Mr. Johnson added that drivers in rural areas would be hit hardest.
"""

US_COURTS = """U.S.

Judge blocks state abortion law

A federal judge in Texas on Friday blocked a state law that would have banned most abortions, saying it was likely unconstitutional.

U.S. District Judge Robert Pitman wrote that the law "flouts nearly 50 years of precedent." Texas Attorney General Ken Paxton said he would appeal to the 5th U.S. Circuit Court of Appeals.

"We will fight this all the way to the Supreme Court," Mr. Paxton said in a statement. Lt. Gen. James Carter, the commander of U.S. forces in the region, declined to comment.

The American Civil Liberties Union, which brought the case, welcomed the ruling. "This is a victory for Texans," said Julia Kaye, a lawyer at the A.C.L.U.
"""
