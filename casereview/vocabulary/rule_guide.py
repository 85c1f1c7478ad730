"""The seven rules as the chair's guide: per rule what it asks of the chair, and prompts to say aloud.

Drawn from the sources' description of a learning group (see shared/domain.md) and
written in our own words. ``short`` is the presenter view's one line.
"""

from __future__ import annotations

from dataclasses import dataclass

from casereview.vocabulary import THE_SEVEN_RULES


@dataclass(frozen=True)
class RuleGuide:
    asks: str
    short: str
    prompts: tuple[str, ...]


RULE_GUIDES: dict[int, RuleGuide] = {
    1: RuleGuide(
        "Zorg dat niemand zich beoordeeld voelt: dit is geen functioneringsgesprek.",
        "Geen beoordeling; wat hier gezegd wordt, blijft hier.",
        ("Niemand zit hier om beoordeeld te worden; we kijken samen hoe het geheel werkte.",
         "Wat we hier zeggen, blijft in deze kamer; het verslag noemt partijen, geen mensen.",
         "Kan iedereen zich hierin vinden voordat we beginnen?")),
    2: RuleGuide(
        "Houd het doel in beeld: we leren om te verbeteren.",
        "We leren om te verbeteren.",
        ("Welke vraag willen we aan het eind van vandaag beantwoord hebben?",
         "Leest iedereen hetzelfde in dit doel, of mist er iets?")),
    3: RuleGuide(
        "Laat zien wat er komt en houd de tijd in de gaten.",
        "Iedereen weet wat er komt.",
        ("Dit zijn de fasen van vandaag en de tijd die we er elk voor nemen.",
         "We eindigen met conclusies en, waar dat nodig is, met afspraken.")),
    4: RuleGuide(
        "Pas op voor de reflex om iets nieuws te bedenken; een bestaande werkwijze verbeteren levert vaak meer op.",
        "Verbeter wat er is; 'niets hoeft te veranderen' mag.",
        ("Is hier een nieuwe regel nodig, of werkt wat we al hebben beter als we het aanscherpen?",
         "'Er hoeft niets te veranderen' is ook een conclusie die mag.",
         "Wat kost deze maatregel aan tijd en papier, en wat levert hij op?")),
    5: RuleGuide(
        "Geef iedere partij een aandeel: nodig de stille partijen uit en breng het perspectief van de cliënt in.",
        "Ieder perspectief telt, ook dat van het gezin.",
        ("Wie hebben we nog niet gehoord?",
         "Hoe zou het gezin dit moment hebben beleefd?",
         "Wat zag jouw organisatie dat de anderen niet zagen?")),
    6: RuleGuide(
        "Haal op wat de deelnemers hebben voorbereid, met voorbeelden van wat goed ging en wat niet; "
        "rond af met heldere conclusies.",
        "Voorbeelden van wat goed ging en wat niet; heldere conclusies.",
        ("Welk voorbeeld heb je meegenomen van iets dat goed ging?",
         "Waar liep het bij jou vast, en wat had je op dat moment nodig gehad?",
         "Welke conclusie kunnen we nu samen trekken?")),
    7: RuleGuide(
        "Maak er plaats voor: de review hoort bij het kwaliteitssysteem, en daarom is de tijd die hij kost "
        "gerechtvaardigd.",
        "Deze tijd is goed besteed: de les gaat verder dan vandaag.",
        ("Wie neemt de les mee naar het eigen team, en wanneer?",
         "Wanneer kijken we samen of het gewerkt heeft?",
         "Bij welke rode draad hoort deze les, zodat hij meetelt naast andere casussen?")),
}


def rules_of_phase(rules: str) -> list[int]:
    """The rule numbers a phase serves ("6,7" → [6, 7]); anything that is no rule number is skipped."""
    numbers = []
    for part in rules.replace(";", ",").split(","):
        part = part.strip()
        if part.isdigit() and int(part) in RULE_GUIDES and int(part) not in numbers:
            numbers.append(int(part))
    return numbers


# Every guide text and rule title, so the translation script (which reads ``*_LABELS`` dicts) offers them.
RULE_GUIDE_LABELS: dict[str, str] = {
    f"{rule}.{part}": text
    for rule, guide in RULE_GUIDES.items()
    for part, text in (("asks", guide.asks), ("short", guide.short),
                       *((f"prompt{i}", prompt) for i, prompt in enumerate(guide.prompts, start=1)))
} | {f"{number}.title": title for number, title, _meaning in THE_SEVEN_RULES}
