"""A corpus for the claim checks, read from the shared sources as a
fact-checker reads them.

TRUE: entries that say what their sources say, with every field the words
ask for (the hedge, the scope, the role, the day a "Tuesday" was). MISLABELLED:
the same kind of entries, each wrong in one way a hurried editor is wrong (a
hedge or a scope left out, a role not recorded, an outlet's forecast or a joint
statement taken for a country's stance, a status too strong or too weak, a
"Tuesday" left undated, a review older than its evidence, an overall at odds
with the domains, a quote pasted under the wrong country), and the rule meant
to catch it. Every quote is a passage of a text in `shared/sources/`, as it
stands there; translations are ours.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    """One stance as a journalist would record it, and, for a mislabelled
    one, the rule that should say what is wrong with it."""

    code: str
    column: str  # overall or a domain
    status: str
    quote: str
    published: str = "2026-01-07"  # the source's date
    translation: str | None = None
    speaker: str | None = None
    speaker_country: str | None = None
    attribution: str | None = None
    hedge: str | None = None
    scope: str | None = None
    role: str | None = None
    said_on: str | None = None
    reviewed: str | None = None
    # Other stances of the same country: {domain: (status, quote[, scope])}.
    others: dict[str, tuple[str, ...]] = field(default_factory=dict)
    wrong: str = ""  # the rule that catches it; "" for a true entry

    def ledger(self) -> str:
        """A ledger holding this entry alone, as `validate` reads it."""

        def text(value: str) -> str:
            return json.dumps(value, ensure_ascii=False)

        lines = [
            "title: Corpus",
            "as_of: 2026-02-24",
            "sources:",
            "  s:",
            "    publisher: P",
            "    title: T",
            f"    published: {self.published}",
            "countries:",
            f"  {self.code}:",
            "    group: coalition",
        ]
        if self.role:
            lines.append(f"    role: {text(self.role)}")
        stances = {self.column: self._stance()}
        for domain, (status, quote, *scope) in self.others.items():
            scoped = [f"scope: {text(scope[0])}"] if scope else []
            stances[domain] = [f"status: {status}", *scoped, *self._evidence(quote, None)]
        if "overall" in stances:
            lines.append("    overall:")
            lines += [f"      {line}" for line in stances.pop("overall")]
        if stances:
            lines.append("    stances:")
            for domain, body in stances.items():
                lines.append(f"      {domain}:")
                lines += [f"        {line}" for line in body]
        return "\n".join(lines) + "\n"

    def _stance(self) -> list[str]:
        lines = [f"status: {self.status}"]
        for key in ("hedge", "scope"):
            value = getattr(self, key)
            if value:
                lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
        if self.reviewed:
            lines.append(f"reviewed: {self.reviewed}")
        return lines + self._evidence(self.quote, self.translation)

    def _evidence(self, quote: str, translation: str | None) -> list[str]:
        item = {
            "source": "s",
            "quote": quote,
            "translation": translation,
            "speaker": self.speaker,
            "speaker_country": self.speaker_country,
            "attribution": self.attribution,
            "date": self.said_on,
        }
        lines = ["evidence:"]
        for number, (key, value) in enumerate((k, v) for k, v in item.items() if v):
            text = (
                value
                if key in ("date", "attribution", "speaker_country", "source")
                else (json.dumps(value, ensure_ascii=False))
            )
            lines.append(f"  {'- ' if number == 0 else '  '}{key}: {text}")
        return lines


# The sources' own words (shared/sources/), each used by several entries.
SE_POSSIBILITY = (
    "Swedish Prime Minister Ulf Kristersson has stated that deploying Swedish troops to Ukraine as "
    'part of a peacekeeping force is "absolutely a possibility".'
)
NO_TOO_EARLY = (
    "Premier Norwegii Jonas Gahr Stoere w wywiadzie dla telewizji NRK zaznaczył, że jest zbyt "
    "wcześnie, by mówić o wysłaniu norweskich żołnierzy do Ukrainy."
)
NO_TOO_EARLY_EN = (
    "Norway's Prime Minister Jonas Gahr Stoere stressed in an interview with NRK television that "
    "it is too early to talk about sending Norwegian soldiers to Ukraine."
)
DK_OPEN = (
    "Denmark Prime Minister Mette Frederiksen on Sunday said her government remains “open-minded” "
    "about deploying Danish soldiers to Ukraine as part of a potential peacekeeping force."
)
LT_READY = (
    "Lithuanian President Gitanas Nauseda announced that the Baltic nation is ready to send its "
    "troops to the post-ceasefire mission in Ukraine, Bloomberg Television reported on March 21."
)
LT_WILL = (
    '"I cannot give any specific details, but we are discussing this. We will definitely '
    'contribute to the security guarantees," Kaunas said on Wednesday, Lithuanian news agency '
    "LRT reported."
)
LT_COULD = (
    "Lithuania could deploy several hundred soldiers to Ukraine as part of international security "
    "guarantees once peace is established, Defense Minister Robertas Kaunas has said."
)
LV_MAY = (
    "Latvia may consider sending troops to Ukraine under a future peace deal, but only if security "
    "guarantees and Europe’s enforcement role are clearly defined, President Edgars Rinkēvičs "
    "said on August 20."
)
EE_COMPANY = (
    "Estonia has similarly indicated it could send a company of 100–200 troops as peacekeepers, "
    "according to Prime Minister Krisjan Michal."
)
NO_COULD = (
    "Norway indicated on Tuesday that it could deploy soldiers to Ukraine as part of a security "
    "force once a peace agreement with Russia is finalized, Prime Minister Jonas Gahr Store said "
    'during the "Coalition of the Willing" summit in Paris.'
)
NL_NOT_RULING_OUT = (
    "Schoof said on Saturday that he was not ruling out Dutch participation in a peacekeeping "
    "force to protect Ukraine after any eventual peace deal with Russia."
)
NL_NOTHING = "Schoof zei dat Nederland op deze top niets heeft toegezegd."
NL_NOTHING_EN = "Schoof said that the Netherlands had pledged nothing at this summit."
IE_NOT_DETERRENT = (
    'Irish troops will not be sent to Ukraine to participate in a "deterrent force", Prime '
    "Minister Micheal Martin said Wednesday"
)
IE_OPEN = "Ireland is open to participating in an appropriately mandated mission of this kind"
AU_SMALL = (
    "Albanese said that Australia may send a “small contribution” of peacekeepers to Ukraine if "
    "asked, but it was premature to discuss the details before Russia agrees to a ceasefire "
    "agreement."
)
LU_COULD = (
    "Luxembourg could contribute to such a coalition under a number of conditions that other "
    "countries also have to meet."
)
AT_CONSIDERING = (
    "The Austrian government is considering the possibility of participating in a peacekeeping "
    "mission in Ukraine, reports Federal Minister of Defense Klaudia Tanner."
)
BE_SOIL = (
    "We are ready, together with the United Kingdom and France, to launch an operation on "
    "Ukrainian soil as part of the 'coalition of the willing', immediately after the ceasefire "
    "is reached."
)
CZ_PREMATURE = "Otázka případné účasti Česka v mírových jednotkách na Ukrajině je předčasná."
CZ_PREMATURE_EN = (
    "The question of Czechia's possible participation in peacekeeping units in Ukraine is "
    "premature."
)
BG_NO_TROOPS = (
    "Non invieremo truppe in Ucraina, ma forniremo dragamine e altre navi di supporto, nonché "
    "aviazione e altre infrastrutture necessarie."
)
BG_NO_TROOPS_EN = (
    "We will not send troops to Ukraine, but we will provide minesweepers and other support "
    "ships, as well as aviation and other necessary infrastructure."
)
GR_NOT = (
    "A Grécia não participará das forças militares europeias em território ucraniano, como o "
    "primeiro-ministro já deixou claro."
)
GR_NOT_EN = (
    "Greece will not take part in the European military forces on Ukrainian territory, as the "
    "prime minister has already made clear."
)
GR_SEA = (
    "No entanto, a possibilidade de prestar assistência de outras formas fora da Ucrânia, "
    "incluindo vigilância marítima, não está descartada"
)
GR_SEA_EN = (
    "However, the possibility of providing assistance in other ways outside Ukraine, including "
    "maritime surveillance, is not ruled out"
)
ES_WILLING = (
    "aseguró que está dispuesto, como ha hecho España «en otras latitudes», a colaborar con la "
    "paz con la presencia de las fuerzas armadas españolas."
)
ES_WILLING_EN = (
    "he said he is willing, as Spain has done 'in other latitudes', to collaborate with peace "
    "through the presence of the Spanish armed forces."
)
CY_MONITOR = (
    "Cyprus, he said, continues to monitor the course of negotiations and the involvement of the "
    "United States."
)
PL_LEADING = "“Poland will be the leading country in logistical and organizational matters."
PL_ROMANIA_TROOPS = (
    "Poland and Romania — both of which border Ukraine — are ruling out sending their own troops "
    "into Ukraine"
)
TR_LEAD = (
    "Türkiye is, in principle, ready to take the lead in Black Sea maritime security with other "
    "partners as part of post-war security guarantees"
)
UK_FRANCE_LIKELY = "The U.K. and France are likely to play a leading part."
SPIEGEL = (
    "According to German newspaper Spiegel, that could include ramped up support for air defenses."
)
CANADA_SIGNED = (
    'Canada and Ukraine\'s other allies in the "coalition of the willing" signed a statement today '
    "pledging help to secure Ukraine from further Russian invasions if there is a viable peace "
    "deal."
)
CANADA_ALONGSIDE = (
    "Prime Minister Mark Carney wrapped up a brief trip to Paris Tuesday by promising Canada's "
    "support for Ukraine alongside more than 30 countries in the coalition."
)
CANADA_POSSIBILITY = 'putting Canadian troops on the ground is just a "possibility" at this stage'
JAPAN_SANCTIONS = (
    "She said Japan will continue economic sanctions on Russia and support for Ukraine in "
    "cooperation with the international community."
)
MERZ_NEARBY = (
    "At this stage, Germany is not ready to send its troops to Ukraine after the ceasefire, but it "
    "may deploy them in a NATO country nearby."
)
MELONI = (
    "Italian Prime Minister Giorgia Meloni said Tuesday she had told European allies of Ukraine "
    "and US envoys that she ruled out the use of Italian troops on the ground for security "
    "guarantees."
)
FINNS = "We are not sending Finns to the war front in Ukraine."
US_NOT_ENDORSED = (
    "The statement was not explicitly endorsed by the United States and details of a US role were "
    "watered down from an earlier draft"
)
HR_OTHERWISE = (
    "Em declaração publicada no X, ele afirmou que muitos países, entre eles a Croácia, ajudarão "
    "de outra forma que não o envio de militares a Kiev."
)
HR_OTHERWISE_EN = (
    "In a statement published on X, he said that many countries, among them Croatia, will help in "
    "a way other than sending soldiers to Kyiv."
)

# Croatia, Montenegro, Slovenia and the UK (the fourth batch of sources).
ME = "Nijedan pripadnik Vojske Crne Gore neće biti raspoređen na teritoriji Ukrajine, niti će učestvovati u bilo kakvim vojnim operacijama u toj zemlji, saopštilo je Ministarstvo odbrane."
ME_EN = "No member of the Armed Forces of Montenegro will be deployed on the territory of Ukraine, nor will take part in any military operations in that country, the Ministry of Defence said."
HR1 = "Croatian President Zoran Milanovic on Monday reaffirmed that his country will not send troops to Ukraine."
GB = "Jesteśmy gotowi skierować nasze wojska do Ukrainy – zapewnił brytyjski sekretarz obrony John Healey w rozmowie z BBC."
GB_EN = "'We are ready to send our troops to Ukraine,' British Defence Secretary John Healey assured in an interview with the BBC."
SI = "Slovenia will seriously consider participating in peacekeeping in Ukraine if organizations such as the United Nations take over the coordination, emphasized the cabinet of Prime Minister Robert Golob"
SI2 = "He added that Slovenia wants to help, to participate, but only through a clear UN mandate or within a unified agreement within the EU."
HR2 = 'Hrvatski premijer Andrej Plenković izjavio je da će Hrvatska nastaviti da podržava Kijev u odbrani od ruske agresije, ali da neće slati svoje trupe u Ukrajinu u okviru inicijative "Koalicije voljnih".'
HR2_EN = "Croatian Prime Minister Andrej Plenković said that Croatia will continue to support Kyiv in its defence against Russian aggression, but will not send its troops to Ukraine within the 'Coalition of the Willing' initiative."
DELO = "Slovenija je pripravljena dati varnostna jamstva Ukrajini, a ne bo sodelovala v nobeni koaliciji, katere namen je pošiljanje vojakov na vojna žarišča brez mandata OZN."
DELO_EN = "Slovenia is prepared to give security guarantees to Ukraine, but will not take part in any coalition whose purpose is to send soldiers to war hotspots without a UN mandate."
BLOOM = "Agencja Bloomberg, powołując się na źródła zaznajomione ze sprawą, podała kilka dni temu, że do Paryża i Londynu dołączyło jeszcze około ośmiu państw gotowych delegować oddziały na Wschód."
BLOOM_EN = "Bloomberg, citing sources familiar with the matter, reported a few days ago that about eight more states ready to send troops to the East had joined Paris and London."

TRUE: list[Entry] = [
    Entry(
        "SE",
        "land",
        "considering",
        SE_POSSIBILITY,
        "2025-02-17",
        speaker="Ulf Kristersson",
        attribution="on_record",
        hedge="absolutely a possibility",
        scope="to Ukraine, as part of a peacekeeping force",
    ),
    Entry(
        "NO",
        "land",
        "undecided",
        NO_TOO_EARLY,
        "2025-02-17",
        translation=NO_TOO_EARLY_EN,
        speaker="Jonas Gahr Støre",
        attribution="on_record",
        hedge="too early",
        scope="to Ukraine",
    ),
    Entry(
        "DK",
        "land",
        "considering",
        DK_OPEN,
        "2025-03-02",
        speaker="Mette Frederiksen",
        attribution="on_record",
        hedge="open-minded; a potential force",
        scope="to Ukraine",
        said_on="2025-03-02",
    ),
    Entry(
        "LT",
        "land",
        "offered",
        LT_READY,
        "2025-03-21",
        speaker="Gitanas Nausėda",
        attribution="on_record",
        scope="the post-ceasefire mission in Ukraine",
    ),
    Entry(
        "LT",
        "overall",
        "offered",
        LT_WILL,
        "2026-01-08",
        speaker="Robertas Kaunas",
        speaker_country="LT",
        attribution="on_record",
        said_on="2026-01-07",
    ),
    Entry(
        "LT",
        "land",
        "considering",
        LT_COULD,
        "2026-01-08",
        speaker="Robertas Kaunas",
        attribution="on_record",
        hedge="could",
        scope="to Ukraine",
    ),
    Entry(
        "LV",
        "land",
        "considering",
        LV_MAY,
        "2025-08-20",
        speaker="Edgars Rinkēvičs",
        attribution="on_record",
        hedge="may consider",
        scope="to Ukraine",
    ),
    Entry(
        "EE",
        "land",
        "considering",
        EE_COMPANY,
        "2025-08-22",
        speaker="Kristen Michal",
        attribution="on_record",
        hedge="could",
    ),
    Entry(
        "NO",
        "land",
        "considering",
        NO_COULD,
        "2026-01-07",
        speaker="Jonas Gahr Støre",
        attribution="on_record",
        hedge="could",
        scope="to Ukraine, as part of a security force",
        said_on="2026-01-06",
    ),
    Entry(
        "NL",
        "overall",
        "considering",
        NL_NOT_RULING_OUT,
        "2025-02-16",
        speaker="Dick Schoof",
        attribution="on_record",
        hedge="not ruling out",
        said_on="2025-02-15",
    ),
    Entry(
        "NL",
        "overall",
        "undecided",
        NL_NOTHING,
        "2025-03-02",
        translation=NL_NOTHING_EN,
        speaker="Dick Schoof",
        attribution="on_record",
    ),
    Entry(
        "IE",
        "land",
        "ruled_out",
        IE_NOT_DETERRENT,
        "2025-03-06",
        speaker="Micheál Martin",
        attribution="on_record",
        scope="to Ukraine, in a deterrent force",
        said_on="2025-03-05",
    ),
    Entry(
        "IE",
        "overall",
        "considering",
        IE_OPEN,
        "2025-09-05",
        speaker="Micheál Martin",
        attribution="on_record",
    ),
    Entry(
        "AU",
        "land",
        "considering",
        AU_SMALL,
        "2025-03-16",
        speaker="Anthony Albanese",
        attribution="on_record",
        hedge="may; premature",
        scope="peacekeepers to Ukraine",
    ),
    Entry(
        "LU",
        "overall",
        "considering",
        LU_COULD,
        "2025-05-11",
        speaker="Yuriko Backes",
        attribution="on_record",
        hedge="could",
    ),
    Entry(
        "AT",
        "overall",
        "considering",
        AT_CONSIDERING,
        "2025-05-19",
        speaker="Klaudia Tanner",
        attribution="on_record",
        hedge="the possibility",
        scope="a peacekeeping mission in Ukraine",
    ),
    Entry(
        "BE",
        "land",
        "offered",
        BE_SOIL,
        "2025-05-20",
        speaker="Theo Francken",
        speaker_country="BE",
        attribution="on_record",
        scope="on Ukrainian soil",
    ),
    Entry(
        "CZ",
        "land",
        "undecided",
        CZ_PREMATURE,
        "2025-08-21",
        translation=CZ_PREMATURE_EN,
        speaker="Petr Fiala",
        attribution="on_record",
        hedge="premature",
        scope="peacekeeping units in Ukraine",
    ),
    Entry(
        "BG",
        "land",
        "ruled_out",
        BG_NO_TROOPS,
        "2025-09-05",
        translation=BG_NO_TROOPS_EN,
        speaker="Rosen Zhelyazkov",
        speaker_country="BG",
        attribution="on_record",
        scope="to Ukraine",
    ),
    Entry(
        "BG",
        "sea",
        "committed",
        BG_NO_TROOPS,
        "2025-09-05",
        translation=BG_NO_TROOPS_EN,
        speaker="Rosen Zhelyazkov",
        speaker_country="BG",
        attribution="on_record",
        scope="minesweepers and support ships, not troops to Ukraine",
    ),
    Entry(
        "GR",
        "land",
        "ruled_out",
        GR_NOT,
        "2026-01-06",
        translation=GR_NOT_EN,
        attribution="spokesperson",
        scope="on Ukrainian territory",
    ),
    Entry(
        "GR",
        "sea",
        "considering",
        GR_SEA,
        "2026-01-06",
        translation=GR_SEA_EN,
        speaker_country="GR",
        attribution="spokesperson",
        hedge="the possibility … is not ruled out",
        scope="outside Ukraine",
    ),
    Entry(
        "ES",
        "land",
        "offered",
        ES_WILLING,
        "2026-01-06",
        translation=ES_WILLING_EN,
        speaker="Pedro Sánchez",
        attribution="on_record",
    ),
    Entry(
        "HR",
        "overall",
        "offered",
        HR_OTHERWISE,
        "2026-01-06",
        translation=HR_OTHERWISE_EN,
        speaker="Andrej Plenković",
        attribution="on_record",
        scope="other than sending soldiers",
    ),
    Entry(
        "CY",
        "overall",
        "undecided",
        CY_MONITOR,
        "2026-02-24",
        speaker="Nikos Christodoulides",
        attribution="on_record",
    ),
    Entry(
        "PL",
        "logistics",
        "committed",
        PL_LEADING,
        "2026-01-07",
        speaker="Donald Tusk",
        attribution="on_record",
        role="the leading country in logistics",
    ),
    Entry(
        "PL",
        "land",
        "ruled_out",
        PL_ROMANIA_TROOPS,
        "2025-09-04",
        attribution="reported",
        scope="into Ukraine",
    ),
    Entry(
        "RO",
        "land",
        "ruled_out",
        PL_ROMANIA_TROOPS,
        "2025-09-04",
        attribution="reported",
        scope="into Ukraine",
    ),
    Entry(
        "TR",
        "sea",
        "offered",
        TR_LEAD,
        "2025-12-02",
        attribution="anonymous",
        hedge="in principle",
        role="to take the lead in Black Sea maritime security",
    ),
    Entry(
        "CA",
        "land",
        "considering",
        CANADA_POSSIBILITY,
        "2026-01-06",
        speaker="Mark Carney",
        speaker_country="CA",
        attribution="on_record",
        hedge="a possibility at this stage",
    ),
    Entry(
        "DE",
        "land",
        "considering",
        MERZ_NEARBY,
        "2026-01-06",
        speaker="Friedrich Merz",
        attribution="on_record",
        hedge="at this stage; may",
        scope="in a NATO country nearby",
    ),
    Entry(
        "IT",
        "land",
        "ruled_out",
        MELONI,
        "2026-01-07",
        speaker="Giorgia Meloni",
        attribution="on_record",
        said_on="2026-01-06",
    ),
    Entry(
        "FI",
        "land",
        "ruled_out",
        FINNS,
        "2025-09-04",
        speaker="Alexander Stubb",
        speaker_country="FI",
        attribution="on_record",
        scope="the war front",
    ),
    Entry(
        "FI",
        "overall",
        "offered",
        "Finland will participate in one way or another when the time comes.",
        "2025-09-04",
        speaker="Alexander Stubb",
        attribution="on_record",
        others={"land": ("ruled_out", FINNS, "the war front")},
    ),
    Entry(
        "LT",
        "land",
        "offered",
        LT_READY,
        "2025-03-21",
        speaker="Gitanas Nausėda",
        attribution="on_record",
        scope="the post-ceasefire mission in Ukraine",
        reviewed="2025-03-25",
    ),
    # The fourth batch.
    Entry(
        "ME",
        "land",
        "ruled_out",
        ME,
        "2025-05-26",
        translation=ME_EN,
        attribution="spokesperson",
        scope="on the territory of Ukraine",
    ),
    Entry(
        "HR",
        "land",
        "ruled_out",
        HR1,
        "2025-08-18",
        speaker="Zoran Milanović",
        attribution="on_record",
        scope="to Ukraine",
        said_on="2025-08-18",
    ),
    Entry(
        "GB",
        "land",
        "offered",
        GB,
        "2025-08-28",
        translation=GB_EN,
        speaker="John Healey",
        attribution="on_record",
        scope="to Ukraine",
    ),
    Entry(
        "SI",
        "overall",
        "considering",
        SI,
        "2025-09-06",
        attribution="spokesperson",
        hedge="seriously consider",
    ),
    Entry(
        "SI",
        "overall",
        "considering",
        SI2,
        "2025-09-06",
        speaker="Borut Sajovic",
        attribution="on_record",
    ),
    Entry(
        "HR",
        "land",
        "ruled_out",
        HR2,
        "2026-01-07",
        translation=HR2_EN,
        speaker="Andrej Plenković",
        attribution="on_record",
        scope="to Ukraine",
    ),
    Entry(
        "SI", "overall", "offered", DELO, "2025-09-06", translation=DELO_EN, attribution="reported"
    ),
]

MISLABELLED: list[Entry] = [
    # A hedge left out.
    Entry(
        "SE",
        "land",
        "considering",
        SE_POSSIBILITY,
        "2025-02-17",
        speaker="Ulf Kristersson",
        attribution="on_record",
        scope="to Ukraine",
        wrong="hedge-missing",
    ),
    Entry(
        "LT",
        "land",
        "considering",
        LT_COULD,
        "2026-01-08",
        speaker="Robertas Kaunas",
        attribution="on_record",
        scope="to Ukraine",
        wrong="hedge-missing",
    ),
    Entry(
        "LV",
        "land",
        "considering",
        LV_MAY,
        "2025-08-20",
        speaker="Edgars Rinkēvičs",
        attribution="on_record",
        scope="to Ukraine",
        wrong="hedge-missing",
    ),
    Entry(
        "TR",
        "sea",
        "offered",
        TR_LEAD,
        "2025-12-02",
        attribution="anonymous",
        role="to take the lead in Black Sea maritime security",
        wrong="hedge-missing",
    ),
    Entry(
        "CA",
        "land",
        "considering",
        CANADA_POSSIBILITY,
        "2026-01-06",
        speaker="Mark Carney",
        speaker_country="CA",
        attribution="on_record",
        wrong="hedge-missing",
    ),
    Entry(
        "GR",
        "sea",
        "considering",
        GR_SEA,
        "2026-01-06",
        translation=GR_SEA_EN,
        speaker_country="GR",
        attribution="spokesperson",
        scope="outside Ukraine",
        wrong="hedge-missing",
    ),
    Entry(
        "US",
        "overall",
        "offered",
        US_NOT_ENDORSED,
        "2026-01-07",
        attribution="reported",
        wrong="hedge-missing",
    ),
    # A scope left out.
    Entry(
        "PL",
        "land",
        "ruled_out",
        PL_ROMANIA_TROOPS,
        "2025-09-04",
        attribution="reported",
        wrong="scope-missing",
    ),
    Entry(
        "DE",
        "land",
        "considering",
        MERZ_NEARBY,
        "2026-01-06",
        speaker="Friedrich Merz",
        attribution="on_record",
        hedge="at this stage; may",
        wrong="scope-missing",
    ),
    Entry(
        "BE",
        "land",
        "offered",
        BE_SOIL,
        "2025-05-20",
        speaker="Theo Francken",
        speaker_country="BE",
        attribution="on_record",
        wrong="scope-missing",
    ),
    Entry(
        "GR",
        "land",
        "ruled_out",
        GR_NOT,
        "2026-01-06",
        translation=GR_NOT_EN,
        attribution="spokesperson",
        wrong="scope-missing",
    ),
    Entry(
        "FI",
        "land",
        "ruled_out",
        FINNS,
        "2025-09-04",
        speaker="Alexander Stubb",
        speaker_country="FI",
        attribution="on_record",
        wrong="scope-missing",
    ),
    # A lead with no role.
    Entry(
        "PL",
        "logistics",
        "committed",
        PL_LEADING,
        "2026-01-07",
        speaker="Donald Tusk",
        attribution="on_record",
        wrong="role-missing",
    ),
    Entry(
        "TR",
        "sea",
        "offered",
        TR_LEAD,
        "2025-12-02",
        attribution="anonymous",
        hedge="in principle",
        wrong="role-missing",
    ),
    # An outlet's forecast or reading taken for the country's stance.
    Entry(
        "FR",
        "overall",
        "considering",
        UK_FRANCE_LIKELY,
        "2025-09-04",
        attribution="reported",
        wrong="outlet-forecast",
    ),
    Entry(
        "GB",
        "overall",
        "considering",
        UK_FRANCE_LIKELY,
        "2025-09-04",
        attribution="reported",
        wrong="outlet-forecast",
    ),
    Entry(
        "DE",
        "air",
        "considering",
        SPIEGEL,
        "2025-09-04",
        attribution="reported",
        wrong="outlet-forecast",
    ),
    # A joint act taken for one country's commitment.
    Entry(
        "CA",
        "overall",
        "committed",
        CANADA_SIGNED,
        "2026-01-06",
        attribution="reported",
        wrong="joint-statement",
    ),
    Entry(
        "CA",
        "overall",
        "offered",
        CANADA_ALONGSIDE,
        "2026-01-06",
        attribution="reported",
        said_on="2026-01-06",
        wrong="joint-statement",
    ),
    # Too strong for the words.
    Entry(
        "NO",
        "land",
        "ruled_out",
        NO_TOO_EARLY,
        "2025-02-17",
        translation=NO_TOO_EARLY_EN,
        speaker="Jonas Gahr Støre",
        attribution="on_record",
        hedge="too early",
        scope="to Ukraine",
        wrong="status-unsupported",
    ),
    Entry(
        "AT",
        "overall",
        "offered",
        AT_CONSIDERING,
        "2025-05-19",
        speaker="Klaudia Tanner",
        attribution="on_record",
        hedge="the possibility",
        scope="a peacekeeping mission in Ukraine",
        wrong="status-unsupported",
    ),
    Entry(
        "IE",
        "overall",
        "committed",
        IE_OPEN,
        "2025-09-05",
        speaker="Micheál Martin",
        attribution="on_record",
        wrong="status-unsupported",
    ),
    Entry(
        "LU",
        "overall",
        "committed",
        LU_COULD,
        "2025-05-11",
        speaker="Yuriko Backes",
        attribution="on_record",
        hedge="could",
        wrong="status-unsupported",
    ),
    # Too weak for the words.
    Entry(
        "PL",
        "logistics",
        "offered",
        PL_LEADING,
        "2026-01-07",
        speaker="Donald Tusk",
        attribution="on_record",
        role="the leading country in logistics",
        wrong="status-understated",
    ),
    Entry(
        "BG",
        "land",
        "considering",
        BG_NO_TROOPS,
        "2025-09-05",
        translation=BG_NO_TROOPS_EN,
        speaker="Rosen Zhelyazkov",
        speaker_country="BG",
        attribution="on_record",
        scope="to Ukraine",
        wrong="status-understated",
    ),
    Entry(
        "IE",
        "land",
        "undecided",
        IE_NOT_DETERRENT,
        "2025-03-06",
        speaker="Micheál Martin",
        attribution="on_record",
        scope="to Ukraine, in a deterrent force",
        said_on="2025-03-05",
        wrong="status-understated",
    ),
    # Undecided about something else.
    Entry(
        "JP",
        "overall",
        "undecided",
        JAPAN_SANCTIONS,
        "2025-10-25",
        speaker="Sanae Takaichi",
        attribution="on_record",
        wrong="undecided-off-topic",
    ),
    # A relative day with no date.
    Entry(
        "IT",
        "land",
        "ruled_out",
        MELONI,
        "2026-01-07",
        speaker="Giorgia Meloni",
        attribution="on_record",
        wrong="relative-day",
    ),
    Entry(
        "NO",
        "land",
        "considering",
        NO_COULD,
        "2026-01-07",
        speaker="Jonas Gahr Støre",
        attribution="on_record",
        hedge="could",
        scope="to Ukraine, as part of a security force",
        wrong="relative-day",
    ),
    Entry(
        "LT",
        "overall",
        "offered",
        LT_WILL,
        "2026-01-08",
        speaker="Robertas Kaunas",
        speaker_country="LT",
        attribution="on_record",
        wrong="relative-day",
    ),
    Entry(
        "LT",
        "overall",
        "committed",
        LT_WILL,
        "2026-01-08",
        speaker="Robertas Kaunas",
        speaker_country="LT",
        attribution="on_record",
        said_on="2026-01-07",
        wrong="status-unsupported",
    ),
    Entry(
        "IE",
        "land",
        "ruled_out",
        IE_NOT_DETERRENT,
        "2025-03-06",
        speaker="Micheál Martin",
        attribution="on_record",
        scope="to Ukraine, in a deterrent force",
        wrong="relative-day",
    ),
    # A review older than its evidence.
    Entry(
        "LT",
        "land",
        "offered",
        LT_READY,
        "2025-03-21",
        speaker="Gitanas Nausėda",
        attribution="on_record",
        scope="the post-ceasefire mission in Ukraine",
        reviewed="2025-03-01",
        wrong="review-too-old",
    ),
    Entry(
        "CY",
        "overall",
        "undecided",
        CY_MONITOR,
        "2026-02-24",
        speaker="Nikos Christodoulides",
        attribution="on_record",
        reviewed="2026-01-05",
        wrong="review-too-old",
    ),
    # Overall at odds with the domains.
    Entry(
        "BG",
        "overall",
        "offered",
        "La Bulgaria fa parte della Coalizione dei Volenterosi, ma il suo ruolo è definito da una decisione dell’Assemblea Nazionale.",
        "2025-09-05",
        translation="Bulgaria is part of the Coalition of the Willing, but its role is defined by a decision of the National Assembly.",
        speaker="Rosen Zhelyazkov",
        speaker_country="BG",
        attribution="on_record",
        others={"sea": ("committed", BG_NO_TROOPS)},
        wrong="overall-inconsistent",
    ),
    Entry(
        "LT",
        "overall",
        "considering",
        LT_COULD,
        "2026-01-08",
        speaker="Robertas Kaunas",
        speaker_country="LT",
        attribution="on_record",
        hedge="could",
        scope="to Ukraine",
        others={
            "land": (
                "committed",
                "Lithuanian President Gitanas Nauseda announced that the Baltic nation is ready to send its troops",
            )
        },
        wrong="overall-inconsistent",
    ),
    # A quote pasted under the wrong country.
    Entry(
        "SK",
        "land",
        "considering",
        SE_POSSIBILITY,
        "2025-02-17",
        speaker="Ulf Kristersson",
        attribution="on_record",
        hedge="absolutely a possibility",
        scope="to Ukraine",
        wrong="country-not-named",
    ),
    Entry(
        "AT",
        "overall",
        "considering",
        LU_COULD,
        "2025-05-11",
        speaker="Yuriko Backes",
        attribution="on_record",
        hedge="could",
        wrong="country-not-named",
    ),
    # The fourth batch.
    Entry(
        "ME",
        "land",
        "ruled_out",
        ME,
        "2025-05-26",
        translation=ME_EN,
        attribution="spokesperson",
        wrong="scope-missing",
    ),
    Entry(
        "HR",
        "land",
        "ruled_out",
        HR1,
        "2025-08-18",
        speaker="Zoran Milanović",
        attribution="on_record",
        scope="to Ukraine",
        wrong="relative-day",
    ),
    Entry(
        "GB",
        "land",
        "committed",
        GB,
        "2025-08-28",
        translation=GB_EN,
        speaker="John Healey",
        attribution="on_record",
        scope="to Ukraine",
        wrong="status-unsupported",
    ),
    Entry(
        "SI",
        "overall",
        "committed",
        SI,
        "2025-09-06",
        attribution="spokesperson",
        hedge="seriously consider",
        wrong="status-unsupported",
    ),
    Entry(
        "HR",
        "land",
        "considering",
        HR2,
        "2026-01-07",
        translation=HR2_EN,
        speaker="Andrej Plenković",
        attribution="on_record",
        scope="to Ukraine",
        wrong="status-understated",
    ),
    Entry(
        "DK",
        "land",
        "offered",
        BLOOM,
        "2025-08-28",
        translation=BLOOM_EN,
        attribution="reported",
        wrong="country-not-named",
    ),
    Entry(
        "ES",
        "land",
        "committed",
        BLOOM,
        "2025-08-28",
        translation=BLOOM_EN,
        attribution="reported",
        wrong="country-not-named",
    ),
]
