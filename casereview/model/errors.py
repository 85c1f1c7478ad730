"""Errors of the case-file layer.

An error carries a ``code`` and its ``params`` so the window can word it in the
user's language (``casereview.ui.operations.messages`` holds the translatable
texts); ``str()`` is the Dutch text, which the command line prints as it is.
A plain ``CaseFileError("Dutch text")`` still works: it has no code, and every
interface shows the text as given.
"""

from __future__ import annotations

from typing import Any

# code -> Dutch text with {named} placeholders. The UI keeps the same texts in a
# QT_TRANSLATE_NOOP table; a test checks that the two stay equal.
MESSAGES: dict[str, str] = {
    "item.gone": "Dit item bestaat niet meer.",
    "case.no_title": "Geef de review een titel.",
    "case.empty": "Het dossier '{name}' bevat geen review.",
    "case.exists": "Het bestand '{name}' bestaat al; kies een andere naam.",
    "case.no_folder": "De map '{folder}' bestaat niet.",
    "case.in_use": "Het bestand '{name}' wordt op dit moment al gebruikt. Geopend door {user} op computer "
                   "{machine} sinds {since}.",
    "case.damaged": "Het dossier '{name}' is beschadigd en kan niet worden gelezen ({reason}).",
    "case.read_only": "Dit dossier is alleen-lezen geopend; wijzigingen worden niet opgeslagen.",
    "store.not_found": "Het bestand '{path}' bestaat niet (meer). Is het verplaatst of hernoemd, of is de netwerkschijf niet bereikbaar?",
    "store.is_folder": "'{path}' is een map, geen dossierbestand.",
    "store.not_a_file": "'{name}' is geen gewoon bestand en dus geen casereview-dossier.",
    "store.empty": "Het bestand '{name}' is leeg; er staat geen dossier in.",
    "store.other_format": "'{name}' is geen casereview-dossier (het bestand heeft een ander formaat).",
    "store.truncated": "Het dossier '{name}' is afgebroken of beschadigd (het bestand is te kort).",
    "lock.held": "Geopend door {user} op computer {machine} sinds {since}. U kunt het dossier alleen bekijken.",
    "lock.failed": "Het dossier '{name}' kan niet worden vergrendeld; probeer het opnieuw.",
    "copy.onto_itself": "Kies een andere naam of map: de kopie kan niet het dossier zelf vervangen.",
    "copy.is_folder": "'{target}' is een map; geef een bestandsnaam op.",
    "copy.exists": "Het bestand '{name}' bestaat al.",
    "copy.in_use": "'{name}' kan niet worden overschreven. Geopend door {user} op computer {machine} sinds {since}.",
    "passphrase.too_short": "Kies een wachtwoord van minstens {minimum} tekens.",
    "encryption.replace_failed": "Het dossier '{name}' kon niet worden vervangen: {reason}. Het is niet gewijzigd.",
    "export.is_folder": "'{target}' is een map; geef een bestandsnaam op.",
    "export.no_folder": "De map '{folder}' bestaat niet; kies een bestaande map.",
    "export.open_elsewhere": "'{name}' is nu geopend in een ander programma (Word of LibreOffice). Sluit het "
                             "bestand en probeer het opnieuw, of kies een andere naam.",
    "export.read_only": "'{name}' is alleen-lezen; kies een andere naam of map.",
    "export.folder_not_writable": "U kunt niet schrijven in de map '{folder}'; kies een andere map.",
    "export.temp_failed": "U kunt niet schrijven in de map '{folder}' ({reason}).",
    "export.replace_denied": "'{name}' kan niet worden overschreven; waarschijnlijk is het geopend in een ander "
                             "programma. Sluit het en probeer het opnieuw.",
    "export.write_failed": "'{name}' kon niet worden geschreven ({reason}). Er is niets veranderd.",
    "export.unknown_kind": "Onbekende soort document '{kind}'; kies uit {kinds}.",
    "export.undecided_names": "Er is niets gemaakt: nog niet beslist of dit namen of andere persoonsgegevens "
                              "zijn ({count}): {names}. Open Bestand > Namen (Ctrl+Shift+N) en kies per naam een "
                              "pseudoniem of 'geen naam', of maak bewust een intern document met echte namen.",
    "export.undecided_names.cli": "Er is niets gemaakt: nog niet beslist of dit namen of andere "
                                  "persoonsgegevens zijn ({count}): {names}. Geef een pseudoniem met "
                                  "'casereview pseudonyms PAD --set \"NAAM=pseudoniem\"' of houd de tekst zoals "
                                  "hij is met 'casereview names PAD --not-a-name NAAM' (alles: 'casereview names "
                                  "PAD'), of maak bewust een intern document met --named.",
    "names.not_detected": "Niet gevonden bij de gedetecteerde namen: {names}. Schrijf de tekst precies "
                          "zoals de lijst met gevonden namen hem toont.",
    "detection.failed": "Het zoeken naar namen is mislukt ({reason}). Er is niets veranderd; probeer het opnieuw.",
    "pseudonym.look_alike": "Het pseudoniem '{pseudonym}' bevat tekens die op gewone letters lijken maar het niet zijn ({characters}); typ het opnieuw met gewone letters.",
    "undo.in_use": "Dit kan niet meer ongedaan worden gemaakt: er is inmiddels iets aan gekoppeld.",
    "contribution.empty": "Er is geen tekst om op te slaan.",
    "contribution.too_long": "Een bijdrage mag hoogstens {maximum} tekens lang zijn.",
    "phase.gone": "Deze fase bestaat niet meer.",
    "phase.no_title": "Een fase heeft een titel nodig.",
    "ground_rule.empty": "Een spelregel mag niet leeg zijn.",
    "ground_rule.gone": "Deze spelregel bestaat niet meer.",
    "question.empty": "Een voorbereidingsvraag mag niet leeg zijn.",
    "case.title_empty": "De titel mag niet leeg zijn.",
    "colophon.unknown_field": "Onbekend veld in het colofon: {fields}.",
    "colophon.bad_status": "De status van het verslag is 'concept' of 'definitief', niet '{status}'.",
    "colophon.bad_date": "De datum van vaststelling '{value}' is geen datum.",
    "agreement.gone": "Deze afspraak bestaat niet meer.",
    "agreement.no_action": "Schrijf op wat er gedaan wordt.",
    "agreement.unknown_level": "Onbekend niveau '{level}'.",
    "effect.unknown_result": "Onbekende uitkomst '{result}'.",
    "effect.in_future": "Een effectmeting kan niet in de toekomst liggen.",
    "decision.carry_reason": "Geef aan waarom de afspraak wordt doorgeschoven.",
    "decision.date_not_later": "De nieuwe datum moet na vandaag liggen.",
    "decision.stop_reason": "Geef aan waarom met de afspraak wordt gestopt.",
    "import.not_found": "Het bestand '{path}' bestaat niet. Controleer de naam en de map.",
    "import.is_folder": "'{path}' is een map, geen tijdlijnbestand. Kies een CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) of RTF (.rtf)-bestand.",
    "import.not_a_file": "'{name}' is geen gewoon bestand en kan niet worden ingelezen.",
    "import.cannot_open": "Het bestand '{name}' kan niet worden geopend: {reason}.",
    "import.empty": "Het bestand '{name}' is leeg; er staat geen tijdlijn in.",
    "import.old_office": "'{name}' is in het oude Excel- of Word-formaat (.xls/.doc). Open het en sla het op als .xlsx of .docx, en importeer dat bestand.",
    "import.pdf": "'{name}' is een PDF. Een tijdlijn uit een PDF kan niet worden ingelezen; vraag het Word- of Excel-bestand op, of kopieer de tabel naar Excel.",
    "import.unsupported": "Het bestandstype van '{name}' ({ext}) wordt niet ondersteund. Kies een CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) of RTF (.rtf)-bestand.",
    "cancelled": "Afgebroken; er is niets veranderd.",
    "merge.too_few": "Kies minstens twee gebeurtenissen van verschillende partijen.",
    "write.disk_full": "De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw; "
                       "wat u typte staat er nog.",
    "write.busy": "Het dossier is even bezet (een ander programma schrijft erin). Probeer het zo opnieuw; wat u "
                  "typte staat er nog.",
    "write.not_allowed": "Er mag niet (meer) in '{name}' worden geschreven; de wijziging is niet opgeslagen. Wat u "
                         "typte staat er nog.",
    "write.unreachable": "'{name}' is niet (meer) bereikbaar: is de netwerkverbinding weg of de schijf losgekoppeld? "
                         "De wijziging is niet opgeslagen; wat u typte staat er nog.",
    "write.conflict": "De wijziging past niet bij wat er al in het dossier staat en is niet opgeslagen.",
    "write.failed": "Opslaan in '{name}' is mislukt ({reason}); de wijziging is niet opgeslagen. Wat u typte staat "
                    "er nog.",
}


class CaseFileError(Exception):
    """A case file cannot be created, opened or written; ``str()`` is the Dutch text for the user.

    ``CaseFileError(code="case.exists", name="x.casereview")`` words the text from
    :data:`MESSAGES`; ``CaseFileError("Dutch text")`` keeps the text as given.
    """

    def __init__(self, message: str = "", /, *, code: str = "", **params: Any) -> None:
        if code and not message:
            message = MESSAGES[code].format(**params)
        super().__init__(message)
        self.code = code
        self.params = params


class ReadOnlyCaseError(CaseFileError):
    """A write was attempted on a case opened read-only."""


class PassphraseRequired(CaseFileError):
    """The file looks encrypted: ask the user for the passphrase and try again."""


class WrongPassphrase(CaseFileError):
    """The passphrase does not open the file (or the file is not an encrypted case)."""


class DamagedCaseError(CaseFileError):
    """The file is a case file but its tables or references are damaged (tampered, or a bad repair).

    ``structural`` is True when tables or columns are missing: then nothing can
    be shown. Otherwise only references are broken and the case can be viewed.
    """

    def __init__(self, message: str, *, structural: bool = True) -> None:
        super().__init__(message)
        self.structural = structural


class OperationCancelled(CaseFileError):
    """The user stopped long work; what it had done was rolled back or never written."""

    def __init__(self) -> None:
        super().__init__(code="cancelled")
