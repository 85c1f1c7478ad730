"""The default agenda: phases that carry a group through the seven rules."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhaseTemplate:
    title: str
    rules: str
    prompt: str
    timebox_minutes: int


DEFAULT_AGENDA: tuple[PhaseTemplate, ...] = (
    PhaseTemplate(
        "Opening en veilige setting", "1",
        "Heet iedereen welkom. Leg uit dat we hier zijn om te leren, niet om te beoordelen. "
        "Loop de spelregels langs en vraag of iedereen ermee instemt.", 15),
    PhaseTemplate(
        "Doel en reviewvragen", "2",
        "Lees het doel en de reviewvragen voor. Vraag of ze voor iedereen helder zijn en vul ze zo nodig aan.", 10),
    PhaseTemplate(
        "Zo werken we nu", "3",
        "Laat elke partij kort vertellen hoe zij gewoonlijk werkt bij een gezin als dit. Toon de agenda.", 20),
    PhaseTemplate(
        "De tijdlijn per partij", "5",
        "Loop de tijdlijn door. Elke partij vertelt vanuit haar eigen blik; markeer de sleutelmomenten.", 45),
    PhaseTemplate(
        "Analyse: wat ging goed, wat zat ons dwars", "5",
        "Zoek naar wat goed ging en wat zorgen gaf, en naar de patronen daarachter. Nodig stille partijen uit.", 40),
    PhaseTemplate(
        "Conclusies en verbeterafspraken", "4",
        "Trek samen conclusies. Verbeter liever een bestaande werkwijze dan een nieuwe regel te maken; "
        "ook 'niets hoeft te veranderen' kan een conclusie zijn.", 30),
    PhaseTemplate(
        "Afronding en borging", "6,7",
        "Vat de conclusies en afspraken samen, spreek af wie wat wanneer doet, plan de vervolgbijeenkomst over de "
        "afspraken en het terugkommoment, het tweede leermoment over ongeveer een jaar.", 15),
)

DEFAULT_GROUND_RULES: tuple[str, ...] = (
    "We zijn hier om te leren, niet om iemand te beoordelen.",
    "Wat hier gezegd wordt, blijft in deze kamer; in het verslag staan partijen, geen namen.",
    "Iedereen krijgt de ruimte om zijn kant te vertellen; we laten elkaar uitpraten.",
    "We kijken ook naar wat goed ging.",
    "We spreken over de familie met hun pseudoniemen.",
)
