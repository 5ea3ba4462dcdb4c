"""The words a fact-checker stops at: hedges, scopes, leads, forecasts, joint
statements, relative days, and what the guarantees are called.

A quote that says "may", "a possibility" or "in principle" is hedged; one that
says "into Ukraine" or "in a NATO country nearby" has a scope; "will be the
leading country" gives a role; "X is likely to" with nobody speaking is the
outlet's forecast; "signed a statement … alongside 30 countries" is a joint
act, not one country's pledge; "on Tuesday" needs a date. The claim rules
(`coalition/rules/check/`, reading stances through `coalition/check/reading.py`)
read each quote and its English translation with these lists: English first,
since every quote in another language carries a translation, and the
commonest words of the ledger's other languages for the quote itself. Each
finder returns the words as found, so a warning can name them.
"""

from __future__ import annotations

import functools
import re

from coalition.model.folding import WARM_UP, WordGate, WordPattern, folded

# Hedges: the speaker has not settled it.
HEDGES = (
    r"(?:un)?likely",
    r"could",
    r"might",
    r"perhaps",
    r"maybe",
    r"possib(?:le|ly|ility|ilities)",
    r"potential(?:ly)?",
    r"in principle",
    r"at (?:this|the present) (?:stage|point|time)",
    r"for the time being",
    r"(?:not|never) (?:been )?explicitly",
    r"not (?:yet )?(?:been )?(?:endorsed|confirmed|finali[sz]ed|decided)",
    r"(?:does|do|did) not rule out",
    r"(?:not|n't) (?:rule|rules|ruled|ruling) out",
    r"(?:watered|toned) down",
    r"(?:were|was|are|is) not (?:revealed|disclosed|specified)",
    r"premature",
    r"too early",
    # German, Dutch, Spanish, Portuguese, Italian, Polish, Czech, Slovak
    r"möglich\w*",
    r"könnte\w*",
    r"grundsätzlich",
    r"mogelijk\w*",
    r"eventueel",
    r"posib\w+",
    r"podría\w*",
    r"poderá\w*",
    r"possibil\w*",
    r"potrebbe\w*",
    r"ewentualn\w*",
    r"być może",
    r"možn\w+",
    r"předčasn\w*",
)
# "may" the verb, not the month: lower case, not before a number.
_MAY = r"(?<![A-Z])may(?!\s*\d)"

# "into Ukraine" and the like count only a few words after troops or sending.
_NEAR_SENDING = (
    r"(?:troops?|soldiers?|boots|servicem[ae]n|personnel|contingent|"
    r"peacekeep\w*|send\w*|sent|deploy\w*|station\w*|presence|dispatch\w*)\W+(?:\S+\s+){0,4}?"
)

# Where troops would go, said plainly: it bounds a refusal ("ruling out sending
# troops into Ukraine" is not "ruling out troops"), while an offer of troops
# for the mission says no more than the mission does.
UKRAINE = (_NEAR_SENDING + r"(?:into|inside|in|to|on) (?:the )?(?:territory of )?Ukraine",)

# Scopes: where, or in what kind of role, the contribution would be.
SCOPES = (
    r"on Ukrainian (?:soil|territory|ground)",
    r"(?:in|to) (?:a |the )?(?:neighbo(?:u)?ring|nearby|adjacent|neighbo(?:u)?r) "
    r"(?:\w+ ){0,2}(?:countr(?:y|ies)|states?|territor(?:y|ies))",
    r"(?:in|to) (?:a |the )?(?:\w+ ){0,2}(?:countr(?:y|ies)|states?|territor(?:y|ies)) "
    r"(?:\w+ ){0,2}nearby",
    r"(?:countr(?:y|ies)|states?) (?:\w+ ){0,2}nearby",
    r"(?:adjacent|neighbo(?:u)?ring) territor(?:y|ies)",
    r"outside (?:of )?Ukraine",
    r"(?:war|front) ?(?:front|line)",
    r"(?:non-)?combat (?:roles?|operations?|missions?|troops|units)",
    r"far from the front",
    r"na (?:území )?Ukrajin\w*",
    r"(?:auf|in der) ukrain\w* (?:boden|territorium)",
    r"en (?:suelo|territorio) ucranian\w*",
    r"em (?:solo|território) ucranian\w*",
    r"in Oekraïne",
    r"na Ukrainę",
    r"do Ukrainy",
    r"u Ukrajin\w*",
    r"в Україн\w*",
    r"на Україн\w*",
    r"на Украин\w*",
    r"в Украин\w*",
)

# A particular role: leading, or taking the lead, in something.
LEADS = (
    r"take (?:the|a) lead(?:ing role)?",
    r"taking (?:the|a) lead",
    r"(?:will|would|to|ready to|could|shall) (?:co-)?lead(?! to)",
    r"leading (?:country|nation|state|role|part|position|force)",
    r"lead (?:nation|country|role)",
    r"(?:country|nation) in the lead",
    r"(?:vodeć|vodeć|vedouc|wiodąc)\w*",
    r"(?:liderar|liderança|líder)\w*",
)

# An outlet's own forecast or analysis, when nobody is quoted.
FORECASTS = (
    r"(?:is|are|was|were) (?:\w+ )?likely to",
    r"(?:is|are) expected to",
    r"(?:is|are) (?:set|poised|due) to",
    r"(?:is|are) (?:widely )?(?:seen|thought|believed) (?:as )?(?:to )?",
    r"(?:could|might|may) (?:well )?(?:include|mean|involve|see)",
    r"analysts?",
    r"observers?",
    r"according to (?:\w+ ){0,3}(?:newspaper|magazine|media|reports?|outlet)",
    r"(?:appears?|seems?) to",
    r"probably",
    r"(?:would|could) (?:likely )?(?:play|take|be among)",
)

# A joint act: a statement signed by all, or who attended.
JOINT = (
    r"joint (?:statement|declaration|communiqu\w+)",
    r"(?:sign(?:s|ed|ing)?|co-?signs?|co-?signed|endorsed|adopted) (?:a |the )?(?:\w+ ){0,3}"
    r"(?:statement|declaration|pact|communiqu\w+|document)",
    r"co-?signs?",
    r"co-?signed",
    r"signator(?:y|ies)",
    r"alongside (?:more than |some |about |over )?(?:\d+|\w+) (?:other )?(?:countries|allies|"
    r"nations|states|members|partners)",
    r"(?:and|with) (?:\w+'s )?other allies in",
    r"(?:among|were) (?:the )?(?:participants|attendees|those (?:present|attending))",
    r"(?:attended|took part in|joined) (?:the |a )?(?:\w+ ){0,3}(?:meeting|summit|talks|"
    r"video ?conference|call)",
    r"(?:leaders|countries|allies|members) (?:of the coalition )?(?:signed|agreed|pledged|vowed)",
)

# Days said relative to the text's own date.
RELATIVE_DAYS = (
    r"(?:on |last |this |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    r"yesterday",
    r"today",
    r"tonight",
    r"tomorrow",
    r"(?:earlier|later|last|this|next) week",
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute)",
    r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy)",
    r"(?:segunda|terça|quarta|quinta|sexta)-feira|ontem|hoje",
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vandaag)",
    r"(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|wczoraj|dzisiaj)",
    r"(?:pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|včera|dnes)",
    r"(?:ponedjeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja|jučer|danas)",
    r"(?:понеділ\w*|вівтор\w*|серед\w*|четвер\w*|п'ятниц\w*|субот\w*|неділ\w*|вчора|сьогодні)",
    r"(?:понедельник\w*|вторник\w*|сред[ау]|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*|"
    r"вчера|сегодня)",
)

# What the guarantees are about: a quote with none of these is not about them.
TOPIC = (
    r"guarantee\w*",
    r"troops?",
    r"soldiers?",
    r"boots",
    r"peace ?keep\w*",
    r"peace (?:deal|agreement|force|mission|plan|settlement)",
    r"ceasefire",
    r"cease-fire",
    r"missions?",
    r"forces?",
    r"deploy\w*",
    r"military",
    r"defen[cs]e\w*",
    r"deterren\w*",
    r"reassurance",
    r"coalition",
    r"summit",
    r"backstop",
    r"monitor\w*",
    r"air ?(?:policing|patrols?|space)",
    r"naval|navy|maritime|minesweep\w*|Black Sea",
    r"logistic\w*",
    r"train(?:ing|ers?)",
    r"post-?war",
    r"security",
    r"garant\w*",
    r"gwarancj\w*",
    r"záruk\w*",
    r"jamstv\w*",
    r"гаранті\w*",
    r"гаранти\w*",
    r"tropas|militares|soldados|vojáci|vojak\w*|vojnik\w*|żołnierz\w*|militairen|soldaten|truppen",
    r"військ\w*|войск\w*|миротвор\w*",
)


def _source(words: tuple[str, ...], *extra: str) -> str:
    return rf"(?<!\w)(?:{'|'.join((*words, *extra))})(?!\w)"


@functools.cache
def _pattern(kind: str) -> WordPattern:
    if kind == "hedge":
        return WordPattern(rf"{_source(HEDGES)}|(?<!\w){_MAY}(?!\w)")
    words = {
        "scope": SCOPES,
        "ukraine": UKRAINE,
        "lead": LEADS,
        "forecast": FORECASTS,
        "joint": JOINT,
        "relative": RELATIVE_DAYS,
        "topic": TOPIC,
    }[kind]
    return WordPattern(_source(words))


@functools.cache
def _gate() -> WordGate:
    """One scan for a word of any list but the topic's (whose words are
    common: most quotes hold one)."""
    return WordGate(
        (*HEDGES, _MAY), SCOPES, UKRAINE, LEADS, FORECASTS, JOINT, RELATIVE_DAYS, after=WARM_UP
    )


@functools.cache
def may_hold_words(text: str) -> bool:
    """Whether `text` may hold a word of any list but the topic's: every
    finder here but `speaks_of_guarantees` finds nothing in a text this
    shuts out, as in most quotes."""
    return _gate().admits(folded(text))


def _found(kind: str, text: str) -> tuple[str, ...]:
    if kind != "topic" and not may_hold_words(text):
        return ()
    return tuple(text[start:end] for start, end in _pattern(kind).spans(text) if end > start)


@functools.cache
def hedges_in(text: str) -> tuple[str, ...]:
    """The hedging words of `text`: "may", "a possibility", "in principle"."""
    if not may_hold_words(text):
        return ()
    found = []
    for start, end in _pattern("hedge").spans(text):
        word = text[start:end]
        # "may" is the month wherever it is capitalised mid-sentence.
        if word.lower() == "may" and word[0] == "M" and start > 0:
            continue
        found.append(word)
    return tuple(found)


_PLACE = re.compile(r"(?:into|inside|in|to|on) (?:the )?(?:territory of )?Ukraine$", re.IGNORECASE)


@functools.cache
def scopes_in(text: str, *, refusal: bool = False) -> tuple[str, ...]:
    """Where the contribution would be: "on Ukrainian soil", "in a NATO
    country nearby", and, for a refusal, "into Ukraine" (when troops or
    sending are spoken of; only the place is given)."""
    found = []
    plain = _found("ukraine", text) if refusal else ()
    for words in (*plain, *_found("scope", text)):
        place = _PLACE.search(words)
        found.append(place.group(0) if place else words)
    return tuple(found)


@functools.cache
def leads_in(text: str) -> tuple[str, ...]:
    """Words that give a country a role of its own: "take the lead",
    "will be the leading country", "lead nation"."""
    return _found("lead", text)


@functools.cache
def forecasts_in(text: str) -> tuple[str, ...]:
    """An outlet's prediction or reading: "are likely to", "analysts",
    "according to German newspaper Spiegel"."""
    return _found("forecast", text)


@functools.cache
def joint_acts_in(text: str) -> tuple[str, ...]:
    """A joint act: "signed a statement", "co-signs", "alongside more than 30
    countries", "among the participants"."""
    return _found("joint", text)


@functools.cache
def relative_days_in(text: str) -> tuple[str, ...]:
    """Days counted from the text's own date: "on Tuesday", "yesterday"."""
    return _found("relative", text)


@functools.cache
def speaks_of_guarantees(text: str) -> bool:
    """Whether `text` is about the guarantees, the mission or troops at all."""
    return _pattern("topic").search(text)
