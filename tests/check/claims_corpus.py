"""A corpus for the claim checks, built from the sources' own sentences.

MISLABELLED: entries a hurried editor could write, each wrong in one way: a
status one or more steps stronger than the words ("weighing" recorded as
"committed"), or a quote pasted under the wrong country. TRUE: entries that
say what their sources say (the shipped ledger's, and the later sources').
Each is (country, status, quote, what is wrong) — "" for a true entry.
"""

from __future__ import annotations

TOO_STRONG = "status too strong"
WRONG_COUNTRY = "quote under the wrong country"

POLITICO_ITALY = (
    "POLITICO reported earlier this week that Italy is weighing participating in air patrols, "
    "modeled on NATO’s Baltic air policing mission."
)
BERLIN = (
    "Berlin is investing millions to help the Ukrainian armed forces but is reluctant to talk "
    "about German boots on the ground."
)
GERMANY_PART = (
    "“Germany will play its part” and “is prepared to expand [its] role” in financing and "
    "supporting the Ukrainian armed forces"
)
SPIEGEL = (
    "According to German newspaper Spiegel, that could include ramped up support for air defenses."
)
FINLAND = "Finland will participate in one way or another when the time comes."
FINNS = "We are not sending Finns to the war front in Ukraine."
POLAND_ROMANIA_TROOPS = (
    "Poland and Romania — both of which border Ukraine — are ruling out sending their own troops "
    "into Ukraine"
)
POLAND_ROMANIA_LOGISTICS = "Poland and Romania … are willing to help with transport and logistics."
TURKIYE = (
    "Türkiye is, in principle, ready to take the lead in Black Sea maritime security with other "
    "partners as part of post-war security guarantees"
)
CANADA = "putting Canadian troops on the ground is just a “possibility” at this stage"
MERZ_NOT_READY = (
    "At this stage, Germany is not ready to send its troops to Ukraine after the ceasefire, but "
    "it may deploy them in a NATO country nearby."
)
TUSK = "Poland will not send its troops to Ukraine, but will play a key role in providing logistical support to Kyiv"
MELONI = (
    "Italian Prime Minister Giorgia Meloni said Tuesday she had told European allies of Ukraine "
    "and US envoys that she ruled out the use of Italian troops on the ground for security "
    "guarantees."
)
ROME = "has numerous times said that Rome would not send troops to defend any peace deal"
JAPAN = (
    "She said Japan will continue economic sanctions on Russia and support for Ukraine in "
    "cooperation with the international community."
)
BELGIUM = (
    "Gemeinsam mit einer breiten Koalition von Partnern wird Belgien seinen Teil zu den "
    "internationalen Bemühungen um die Sicherung des Friedens in der Ukraine beitragen"
)
BELGIUM_AIR = (
    "Unser Beitrag wird sich insbesondere auf die Bereitstellung von Luft- und Seekapazitäten "
    "sowie auf Anstrengungen im Bereich der Ausbildung konzentrieren, wo Belgien eine greifbare "
    "und sinnvolle Wirkung erzielen kann."
)
BRITISH_FRENCH = (
    "British and French forces will help to train Ukrainian troops and protect stocks of weaponry"
)
UK_FRANCE_LIKELY = "The U.K. and France are likely to play a leading part."
STARMER_VOTE = (
    "Sir Keir Starmer said MPs will have the opportunity to vote on whether troops will be "
    "deployed to Ukraine in the event of a peace deal."
)
MERZ_MONITORING = (
    "The German chancellor emphasized that his country will participate in monitoring the "
    "future ceasefire and will help strengthen Ukraine on land, sea and air."
)
US_GDN = (
    "The United States for the first time yesterday backed a broad coalition of Ukraine’s allies "
    "in vowing to provide security guarantees"
)
MERZ_NATO = (
    "This could mean, for example, that after the ceasefire we will declare forces for Ukraine "
    "on NATO's adjacent territory. I want to make it clear: the nature and extent of the German "
    "contribution will be decided by us"
)

MISLABELLED: list[tuple[str, str, str, str]] = [
    ("IT", "committed", POLITICO_ITALY, TOO_STRONG),
    ("IT", "offered", POLITICO_ITALY, TOO_STRONG),
    ("IT", "delivering", POLITICO_ITALY, TOO_STRONG),
    ("DE", "offered", BERLIN, TOO_STRONG),
    ("DE", "considering", BERLIN, TOO_STRONG),
    ("DE", "committed", GERMANY_PART, TOO_STRONG),
    ("DE", "offered", SPIEGEL, TOO_STRONG),
    ("FI", "committed", FINLAND, TOO_STRONG),
    ("FI", "considering", FINNS, TOO_STRONG),
    ("PL", "offered", POLAND_ROMANIA_TROOPS, TOO_STRONG),
    ("RO", "committed", POLAND_ROMANIA_LOGISTICS, TOO_STRONG),
    ("TR", "committed", TURKIYE, TOO_STRONG),
    ("TR", "delivering", TURKIYE, TOO_STRONG),
    ("CA", "offered", CANADA, TOO_STRONG),
    ("CA", "committed", CANADA, TOO_STRONG),
    ("DE", "committed", MERZ_NOT_READY, TOO_STRONG),
    ("DE", "offered", MERZ_NOT_READY, TOO_STRONG),
    # A known miss: the offer ("will play a key role") is about logistics,
    # but the check reads words, not the domain they are about.
    ("PL", "considering", TUSK, TOO_STRONG),
    ("IT", "offered", MELONI, TOO_STRONG),
    ("IT", "considering", ROME, TOO_STRONG),
    ("JP", "offered", JAPAN, TOO_STRONG),
    ("BE", "committed", BELGIUM, TOO_STRONG),
    ("BE", "delivering", BELGIUM_AIR, TOO_STRONG),
    ("GB", "delivering", BRITISH_FRENCH, TOO_STRONG),
    ("GB", "committed", UK_FRANCE_LIKELY, TOO_STRONG),
    ("DE", "delivering", MERZ_MONITORING, TOO_STRONG),
    # A known miss: "will be deployed" reads as a commitment, though the
    # sentence only says there will be a vote on whether.
    ("GB", "committed", STARMER_VOTE, TOO_STRONG),
    ("NO", "offered", UK_FRANCE_LIKELY, WRONG_COUNTRY),
    ("NO", "offered", FINLAND, WRONG_COUNTRY),
    ("ES", "ruled_out", FINNS, WRONG_COUNTRY),
    ("FR", "considering", POLITICO_ITALY, WRONG_COUNTRY),
    ("GR", "offered", POLAND_ROMANIA_LOGISTICS, WRONG_COUNTRY),
    ("SK", "offered", TURKIYE, WRONG_COUNTRY),
    ("HU", "ruled_out", MELONI, WRONG_COUNTRY),
    ("NL", "offered", GERMANY_PART, WRONG_COUNTRY),
    ("DK", "considering", CANADA, WRONG_COUNTRY),
    ("AT", "offered", BELGIUM, WRONG_COUNTRY),
]

TRUE: list[tuple[str, str, str, str]] = [
    ("IT", "considering", POLITICO_ITALY, ""),
    ("DE", "undecided", BERLIN, ""),
    ("DE", "offered", GERMANY_PART, ""),
    ("DE", "considering", SPIEGEL, ""),
    ("FI", "offered", FINLAND, ""),
    ("FI", "ruled_out", FINNS, ""),
    ("PL", "ruled_out", POLAND_ROMANIA_TROOPS, ""),
    ("RO", "ruled_out", POLAND_ROMANIA_TROOPS, ""),
    ("PL", "offered", POLAND_ROMANIA_LOGISTICS, ""),
    ("RO", "offered", POLAND_ROMANIA_LOGISTICS, ""),
    ("TR", "offered", TURKIYE, ""),
    ("CA", "considering", CANADA, ""),
    ("DE", "considering", MERZ_NOT_READY, ""),
    ("DE", "considering", MERZ_NATO, ""),
    ("DE", "offered", MERZ_MONITORING, ""),
    ("PL", "ruled_out", TUSK, ""),
    ("IT", "ruled_out", MELONI, ""),
    ("IT", "ruled_out", ROME, ""),
    ("BE", "offered", BELGIUM, ""),
    ("GB", "offered", BRITISH_FRENCH, ""),
    ("FR", "offered", BRITISH_FRENCH, ""),
    ("GB", "considering", UK_FRANCE_LIKELY, ""),
    ("FR", "considering", UK_FRANCE_LIKELY, ""),
    ("US", "committed", US_GDN, ""),
]
