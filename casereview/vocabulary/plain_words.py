"""Words of the field that a family meets in their summary, each explained at B1 level.

The family's summary lists the ones its text uses at the end, and the B1
measure does not count them as hard words: they are explained on the page.
"""

from __future__ import annotations

FIELD_WORDS: dict[str, str] = {
    "afschalen": "de hulp minder maken of stoppen",
    "opschalen": "meer of zwaardere hulp inzetten",
    "meldcode": "de vaste stappen die een hulpverlener zet bij zorgen over geweld of verwaarlozing",
    "triage": "de eerste beoordeling hoe snel en welke hulp nodig is",
    "triagelijst": "de lijst met vragen voor de eerste beoordeling bij Veilig Thuis",
    "veiligheidsplan": "afspraken op papier over wat iedereen doet om de kinderen veilig te houden",
    "ondertoezichtstelling": "de rechter besluit dat een jeugdbeschermer het gezin helpt en meekijkt",
    "jeugdbescherming": "de organisatie die namens de rechter meekijkt of een kind veilig is",
    "jeugdbeschermer": "de hulpverlener van de jeugdbescherming",
    "wijkteam": "hulpverleners van de gemeente in de buurt",
    "gezinscoach": "de hulpverlener van het wijkteam die het gezin helpt",
    "overdracht": "het moment dat een hulpverlener het werk aan een ander doorgeeft",
    "overdrachtsgesprek": "een gesprek waarin de ene hulpverlener het werk aan de andere doorgeeft",
    "ontslagbrief": "de brief die de behandelaar aan de huisarts stuurt als de behandeling stopt",
    "behandelaar": "de hulpverlener die iemand behandelt",
    "huisverbod": "iemand mag een tijd niet in het eigen huis komen",
    "multidisciplinair": "met hulpverleners van verschillende vakken",
    "signaal": "iets wat iemand ziet of hoort en wat zorgen geeft",
    "signalen": "dingen die iemand ziet of hoort en die zorgen geven",
    "calamiteit": "een ernstige gebeurtenis waarbij iemand zwaar gewond raakt of overlijdt",
    "aandachtsfunctionaris": "de medewerker die collega's helpt bij zorgen over een kind",
    "consultatiebureau": "de plek waar jonge kinderen gewogen en gemeten worden en waar u advies krijgt",
    "peuteropvang": "opvang voor kinderen van twee tot vier jaar",
    "werkinstructie": "een beschrijving van hoe medewerkers iets moeten doen",
    "verbeterafspraak": "een afspraak over wat een organisatie beter gaat doen",
    "risicotaxatie": "een inschatting hoe groot het gevaar is",
    "ggz": "hulp bij psychische problemen",
    "seh": "de spoedeisende hulp: de afdeling van het ziekenhuis voor wie meteen hulp nodig heeft",
    "kinderarts": "een dokter in het ziekenhuis voor kinderen",
}

# What a lesson is about, per recurring theme (rode draad), in plain words for the family: the conclusion
# itself is the professionals' own wording, so the summary says first what it concerns ("Deze les gaat over ...").
THEME_PLAIN: dict[str, str] = {
    "rd-ouders": "de veiligheid van het kind en de wensen van de ouders",
    "rd-signalen": "zorgen die hulpverleners apart zagen, maar niet samen bekeken",
    "rd-kennis": "wat hulpverleners weten, en of zij hun zorgen met elkaar delen",
    "rd-risico": "opnieuw naar de veiligheid kijken als het gezin verandert",
    "rd-continuiteit": "het doorgeven van het werk aan een andere hulpverlener",
    "rd-volwassenen": "problemen van volwassenen en wat die betekenen voor de kinderen",
    "rd-opschalen": "op tijd meer hulp geven, of juist niet te snel minder",
    "rd-chronisch": "gezinnen die lang hulp nodig hebben",
}
