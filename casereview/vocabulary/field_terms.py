"""The words of the field, for telling that two parties' texts mean the same: names, abbreviations, acts.

Timelines of one case arrive from parties that write "VT" where another writes
"Veilig Thuis", "GI" or "jeugdbeschermer" for the gecertificeerde instelling,
"MDO" for a multidisciplinair overleg. Each entry maps the forms people write
(folded: lower case, no accents) to one concept, so the merge assistant compares
concepts instead of letters. ``ORGANISATIONS`` name parties; ``ACTS`` name what
happened, whichever side of the act a party was on (a report made and received
are both ``melding``). A chair adds forms of their own region with
:func:`parse_extra_terms` (one "vorm = betekenis" per line).
"""

from __future__ import annotations

import re

# concept -> the forms it is written in (single words or phrases, folded)
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "veilig thuis": ("veilig thuis", "vt", "amk", "ahvk", "shg", "meldpunt"),
    "gecertificeerde instelling": ("gecertificeerde instelling", "gi", "jeugdbescherming", "jeugdbeschermer",
                                   "jeugdbeschermers", "gezinsvoogd", "gezinsvoogdij", "bureau jeugdzorg", "bjz"),
    "raad voor de kinderbescherming": ("raad voor de kinderbescherming", "rvdk", "raad", "de raad", "rvk"),
    "jeugdgezondheidszorg": ("jeugdgezondheidszorg", "jgz", "consultatiebureau", "cb", "jeugdarts",
                             "jeugdverpleegkundige", "jgz-verpleegkundige", "ggd", "cjg"),
    "poh-ggz": ("poh-ggz", "poh ggz", "poh", "praktijkondersteuner"),
    "huisarts": ("huisarts", "huisartsenpraktijk", "ha", "praktijk", "his"),
    "ziekenhuis": ("ziekenhuis", "kinderarts", "kinderartsen", "kinderafdeling", "seh", "spoedeisende hulp",
                   "scan-team", "scan team", "eerste hulp"),
    "politie": ("politie", "wijkagent", "agent", "agenten", "agente", "politieagent", "112", "bvh", "recherche",
                "zedenpolitie"),
    "wijkteam": ("wijkteam", "sociaal wijkteam", "buurtteam", "jeugdteam", "gebiedsteam", "wijkteams", "jt", "bt", "wt",
                 "jeugd- en gezinsteam", "jeugd en gezinsteam", "jgt", "wijkcoach", "gezinscoach"),
    "kinderopvang": ("kinderopvang", "kinderdagverblijf", "kdv", "opvang", "creche", "peuterspeelzaal", "bso"),
    "school": ("school", "basisschool", "intern begeleider", "ib", "ib'er", "ibber", "leerkracht", "juf",
               "meester", "mentor"),
    "gemeente": ("gemeente", "leerplicht", "leerplichtambtenaar", "lpa", "leerplichtconsulent", "verzuimloket", "rbl",
                 "wmo"),
    "ggz": ("ggz", "volwassenen-ggz", "ggz-instelling", "jeugd-ggz", "jggz", "psychiater", "psycholoog",
            "behandelaar"),
    "pleegzorg": ("pleegzorg", "pleeggezin", "pleegouders", "pleegouder"),
    "kinderrechter": ("kinderrechter", "rechter", "rechtbank"),
}

ACTS: dict[str, tuple[str, ...]] = {
    "melding": ("melding", "meldingen", "melden", "meldt", "meld", "gemeld", "zorgmelding", "spoedmelding", "meldcode", "signaal",
                "signalen", "gesignaleerd", "signaleert", "zorgen gemeld", "zorgen gedeeld", "zorgen geuit",
                "doorgegeven", "doorgezet"),
    "overdracht": ("overdracht", "overdrachten", "overgedragen", "overdragen", "draagt over", "dragen over",
                   "overgenomen", "neemt over", "nemen over", "overname", "warme overdracht",
                   "dossieroverdracht", "overgedaan", "doet over"),
    "verzoek": ("verzoek", "verzoeken", "verzocht", "gevraagd", "vraagt", "vragen", "vraag", "vroeg", "aangevraagd",
                "aanvraag", "opgevraagd", "vraagt op", "ingediend", "indienen", "navraag", "informeert"),
    "informatie": ("informatie", "info", "gegevens", "ingewonnen", "inlichtingen", "dossierinformatie"),
    "overleg": ("overleg", "mdo", "multidisciplinair overleg", "zorgoverleg", "casusoverleg", "netwerkberaad",
                "overlegd", "overleggen", "zat", "zorg en adviesteam", "zorgadviesteam", "zorgteam",
                "ondersteuningsteam", "bespreking", "casusbespreking", "netwerkoverleg", "multidisciplinaire"),
    "gesprek": ("gesprek", "gesprekken", "gesproken", "spreekt", "spreken", "sprak", "spreekt met"),
    "huisbezoek": ("huisbezoek", "huisbezoeken", "bezoek thuis", "thuisbezoek", "op bezoek", "aan huis"),
    "kennismaking": ("kennismaking", "kennismakingsgesprek", "eerste gesprek", "kennisgemaakt", "kennis te maken",
                     "kennis maken", "maakt kennis", "kennismaken", "eerste contact"),
    "aanmelding": ("aanmelding", "aangemeld", "aanmelden", "meldt aan", "verwijzing", "verwezen", "doorverwezen",
                   "verwijst", "verwijsbrief", "doorverwijzing", "verwijst door", "toeleiding"),
    "intake": ("intake", "intakegesprek", "intakes"),
    "geweld": ("geweld", "huiselijk geweld", "mishandeling", "mishandeld", "ruzie", "hg", "geslagen", "slaat",
               "slaan", "sloeg", "geschopt", "klappen", "bedreigd", "bedreiging"),
    "letsel": ("letsel", "breuk", "botbreuk", "gebroken", "blauwe plek", "blauwe plekken", "hoofdletsel",
               "verwonding", "verwondingen", "gewond", "schaafwonden", "wond", "wonden"),
    "uitschrijving": ("uitgeschreven", "uitschrijving", "uitschrijven", "schrijft uit"),
    "verhuizing": ("verhuizing", "verhuisd", "verhuist", "verhuizen", "verhuizen naar", "vertrokken"),
    "ondertoezichtstelling": ("ondertoezichtstelling", "ots", "vots", "voorlopige ots"),
    "uithuisplaatsing": ("uithuisplaatsing", "uhp", "machtiging uithuisplaatsing", "spoedmachtiging",
                         "geplaatst", "ondergebracht", "plaatsing", "crisisplaatsing", "logeert", "logeren",
                         "verblijft", "opgevangen", "onderdak", "crisisopvang"),
    "afwezig": ("afwezig", "afwezigheid", "niet verschenen", "niet verschijnen", "verschijnt niet", "niet gekomen",
                "gemist", "verzuim", "verzuimt", "spijbelt", "spijbelen", "no-show", "niet naar", "weggebleven"),
    "opname": ("opgenomen", "opname", "observatie"),
    "onderzoek": ("onderzoek", "raadsonderzoek", "onderzocht", "beschermingsonderzoek"),
    "aangifte": ("aangifte", "aangifte gedaan", "doet aangifte"),
    "proces-verbaal": ("proces-verbaal", "procesverbaal", "pv", "bekeuring"),
    "verhoor": ("verhoord", "verhoor", "verdachte"),
    "aanhouding": ("aangehouden", "aanhouding", "gearresteerd", "arrestatie", "opgepakt", "aanhouden", "ingesloten",
                   "meegenomen naar het bureau", "in verzekering gesteld"),
    "diefstal": ("diefstal", "gestolen", "steelt", "stelen", "stal"),
    "schorsing": ("geschorst", "schorsing", "schorst"),
    "behandeling": ("behandeling", "therapie", "behandelt", "behandeld", "gedragstherapie", "traject"),
    "grootouder": ("oma", "opa", "grootmoeder", "grootvader", "grootouders", "grootouder"),
    # The child the review is about, however a party writes it (the name differs per case and is not known here).
    "kind": ("kind", "kinderen", "zoon", "dochter", "meisje", "jongen", "minderjarige", "jeugdige", "baby",
             "zuigeling", "peuter", "kleuter", "tiener", "puber", "pupil", "cliëntje", "zoontje", "dochtertje"),
    "consult": ("consult", "spreekuur", "contactmoment", "controle", "poliklinisch", "poliklinische"),
    "veiligheidsplan": ("veiligheidsplan", "veiligheidsafspraken"),
    "beschikking": ("beschikking", "uitgesproken", "spreekt uit", "verleent", "verleend", "machtiging", "uitspraak"),
    "verward": ("verward", "in de war", "verwardheid", "warrig", "psychotisch", "psychose", "wanen"),
    "ter plaatse": ("ter plaatse", "ter plekke", "langs geweest", "langs is geweest", "is langs geweest",
                    "langsgegaan", "gaat langs", "ging langs"),
    "opnieuw": ("opnieuw", "nieuw", "nieuwe", "tweede", "weer", "wederom", "nogmaals", "herhaalde"),
}

# Dutch separable verbs split around their object ("neemt de zaak over", "spreekt een OTS uit"): a phrase of
# these forms whose last word is one of these particles also matches with up to this many words between.
PARTICLES = frozenset({"over", "uit", "op", "aan", "af", "door", "mee", "terug", "in"})
PARTICLE_GAP = 4

# Words that say a party received what another party did: the other side of the same act.
RECEIVING = frozenset({"ontvangen", "binnengekomen", "binnen", "gehoord", "bericht", "vernomen", "gekregen",
                       "via", "doorgekregen", "kreeg", "gebeld", "terugkoppeling", "teruggekoppeld", "geinformeerd"})

_TERM_LINE = re.compile(r"^\s*([^=]+?)\s*=\s*(.+?)\s*$")


def parse_extra_terms(text: str) -> dict[str, tuple[str, ...]]:
    """A chair's own forms, one "vorm = betekenis" per line ("SWT = wijkteam"); other lines are ignored.

    The meaning may be a concept above (then the form joins it) or any words (a new concept).
    """
    extra: dict[str, list[str]] = {}
    for line in text.splitlines():
        match = _TERM_LINE.match(line)
        if match is None:
            continue
        form, meaning = match.group(1).casefold(), match.group(2).casefold()
        extra.setdefault(meaning, []).append(form)
    return {meaning: tuple(forms) for meaning, forms in extra.items()}
