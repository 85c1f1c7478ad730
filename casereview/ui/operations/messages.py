"""Every failure the window can show, worded in the user's language.

Service errors carry a code and parameters (:class:`casereview.model.CaseFileError`);
:data:`ERROR_TEXTS` holds the same Dutch texts as ``casereview.model.errors.MESSAGES``
as translatable sources, so the English interface shows English errors. Errors the
services did not foresee (a full disk, a database the driver refuses, a file that
cannot be read) become one clear sentence too, never only a traceback.
"""

from __future__ import annotations

import errno
import logging
import sqlite3

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casereview.model import CaseFileError

log = logging.getLogger(__name__)

ERROR_TEXTS: dict[str, str] = {
    "item.gone": QT_TRANSLATE_NOOP("errors",
        "Dit item bestaat niet meer."),
    "case.no_title": QT_TRANSLATE_NOOP("errors",
        "Geef de review een titel."),
    "case.empty": QT_TRANSLATE_NOOP("errors",
        "Het dossier '{name}' bevat geen review."),
    "case.exists": QT_TRANSLATE_NOOP("errors",
        "Het bestand '{name}' bestaat al; kies een andere naam."),
    "case.no_folder": QT_TRANSLATE_NOOP("errors",
        "De map '{folder}' bestaat niet."),
    "case.in_use": QT_TRANSLATE_NOOP("errors",
        "Het bestand '{name}' wordt op dit moment al gebruikt. Geopend door {user} op computer {machine} sinds {since}."),
    "case.damaged": QT_TRANSLATE_NOOP("errors",
        "Het dossier '{name}' is beschadigd en kan niet worden gelezen ({reason})."),
    "case.read_only": QT_TRANSLATE_NOOP("errors",
        "Dit dossier is alleen-lezen geopend; wijzigingen worden niet opgeslagen."),
    "store.not_found": QT_TRANSLATE_NOOP("errors",
        "Het bestand '{path}' bestaat niet (meer). Is het verplaatst of hernoemd, of is de netwerkschijf niet bereikbaar?"),
    "store.is_folder": QT_TRANSLATE_NOOP("errors",
        "'{path}' is een map, geen dossierbestand."),
    "store.not_a_file": QT_TRANSLATE_NOOP("errors",
        "'{name}' is geen gewoon bestand en dus geen casereview-dossier."),
    "store.empty": QT_TRANSLATE_NOOP("errors",
        "Het bestand '{name}' is leeg; er staat geen dossier in."),
    "store.other_format": QT_TRANSLATE_NOOP("errors",
        "'{name}' is geen casereview-dossier (het bestand heeft een ander formaat)."),
    "store.truncated": QT_TRANSLATE_NOOP("errors",
        "Het dossier '{name}' is afgebroken of beschadigd (het bestand is te kort)."),
    "lock.held": QT_TRANSLATE_NOOP("errors",
        "Geopend door {user} op computer {machine} sinds {since}. U kunt het dossier alleen bekijken."),
    "lock.failed": QT_TRANSLATE_NOOP("errors",
        "Het dossier '{name}' kan niet worden vergrendeld; probeer het opnieuw."),
    "copy.onto_itself": QT_TRANSLATE_NOOP("errors",
        "Kies een andere naam of map: de kopie kan niet het dossier zelf vervangen."),
    "copy.is_folder": QT_TRANSLATE_NOOP("errors",
        "'{target}' is een map; geef een bestandsnaam op."),
    "copy.exists": QT_TRANSLATE_NOOP("errors",
        "Het bestand '{name}' bestaat al."),
    "copy.in_use": QT_TRANSLATE_NOOP("errors",
        "'{name}' kan niet worden overschreven. Geopend door {user} op computer {machine} sinds {since}."),
    "passphrase.too_short": QT_TRANSLATE_NOOP("errors",
        "Kies een wachtwoord van minstens {minimum} tekens."),
    "encryption.replace_failed": QT_TRANSLATE_NOOP("errors",
        "Het dossier '{name}' kon niet worden vervangen: {reason}. Het is niet gewijzigd."),
    "export.is_folder": QT_TRANSLATE_NOOP("errors",
        "'{target}' is een map; geef een bestandsnaam op."),
    "export.no_folder": QT_TRANSLATE_NOOP("errors",
        "De map '{folder}' bestaat niet; kies een bestaande map."),
    "export.open_elsewhere": QT_TRANSLATE_NOOP("errors",
        "'{name}' is nu geopend in een ander programma (Word of LibreOffice). Sluit het bestand en probeer het opnieuw, of kies een andere naam."),
    "export.read_only": QT_TRANSLATE_NOOP("errors",
        "'{name}' is alleen-lezen; kies een andere naam of map."),
    "export.folder_not_writable": QT_TRANSLATE_NOOP("errors",
        "U kunt niet schrijven in de map '{folder}'; kies een andere map."),
    "export.temp_failed": QT_TRANSLATE_NOOP("errors",
        "U kunt niet schrijven in de map '{folder}' ({reason})."),
    "export.replace_denied": QT_TRANSLATE_NOOP("errors",
        "'{name}' kan niet worden overschreven; waarschijnlijk is het geopend in een ander programma. Sluit het en probeer het opnieuw."),
    "export.write_failed": QT_TRANSLATE_NOOP("errors",
        "'{name}' kon niet worden geschreven ({reason}). Er is niets veranderd."),
    "export.unknown_kind": QT_TRANSLATE_NOOP("errors",
        "Onbekende soort document '{kind}'; kies uit {kinds}."),
    "export.undecided_names": QT_TRANSLATE_NOOP("errors",
        "Er is niets gemaakt: nog niet beslist of dit namen of andere persoonsgegevens zijn ({count}): {names}. Open Bestand > Namen (Ctrl+Shift+N) en kies per naam een pseudoniem of 'geen naam', of maak bewust een intern document met echte namen."),
    "export.undecided_names.cli": QT_TRANSLATE_NOOP("errors",
        "Er is niets gemaakt: nog niet beslist of dit namen of andere persoonsgegevens zijn ({count}): {names}. Geef een pseudoniem met 'casereview pseudonyms PAD --set \"NAAM=pseudoniem\"' of houd de tekst zoals hij is met 'casereview names PAD --not-a-name NAAM' (alles: 'casereview names PAD'), of maak bewust een intern document met --named."),
    "names.not_detected": QT_TRANSLATE_NOOP("errors",
        "Niet gevonden bij de gedetecteerde namen: {names}. Schrijf de tekst precies zoals de lijst met gevonden namen hem toont."),
    "detection.failed": QT_TRANSLATE_NOOP("errors",
        "Het zoeken naar namen is mislukt ({reason}). Er is niets veranderd; probeer het opnieuw."),
    "pseudonym.look_alike": QT_TRANSLATE_NOOP("errors",
        "Het pseudoniem '{pseudonym}' bevat tekens die op gewone letters lijken maar het niet zijn ({characters}); typ het opnieuw met gewone letters."),
    "undo.in_use": QT_TRANSLATE_NOOP("errors",
        "Dit kan niet meer ongedaan worden gemaakt: er is inmiddels iets aan gekoppeld."),
    "contribution.empty": QT_TRANSLATE_NOOP("errors",
        "Er is geen tekst om op te slaan."),
    "contribution.too_long": QT_TRANSLATE_NOOP("errors",
        "Een bijdrage mag hoogstens {maximum} tekens lang zijn."),
    "phase.gone": QT_TRANSLATE_NOOP("errors",
        "Deze fase bestaat niet meer."),
    "phase.no_title": QT_TRANSLATE_NOOP("errors",
        "Een fase heeft een titel nodig."),
    "ground_rule.empty": QT_TRANSLATE_NOOP("errors",
        "Een spelregel mag niet leeg zijn."),
    "ground_rule.gone": QT_TRANSLATE_NOOP("errors",
        "Deze spelregel bestaat niet meer."),
    "question.empty": QT_TRANSLATE_NOOP("errors",
        "Een voorbereidingsvraag mag niet leeg zijn."),
    "case.title_empty": QT_TRANSLATE_NOOP("errors",
        "De titel mag niet leeg zijn."),
    "colophon.unknown_field": QT_TRANSLATE_NOOP("errors",
        "Onbekend veld in het colofon: {fields}."),
    "colophon.bad_status": QT_TRANSLATE_NOOP("errors",
        "De status van het verslag is 'concept' of 'definitief', niet '{status}'."),
    "colophon.bad_date": QT_TRANSLATE_NOOP("errors",
        "De datum van vaststelling '{value}' is geen datum."),
    "agreement.gone": QT_TRANSLATE_NOOP("errors",
        "Deze afspraak bestaat niet meer."),
    "agreement.no_action": QT_TRANSLATE_NOOP("errors",
        "Schrijf op wat er gedaan wordt."),
    "agreement.unknown_level": QT_TRANSLATE_NOOP("errors",
        "Onbekend niveau '{level}'."),
    "effect.unknown_result": QT_TRANSLATE_NOOP("errors",
        "Onbekende uitkomst '{result}'."),
    "effect.in_future": QT_TRANSLATE_NOOP("errors",
        "Een effectmeting kan niet in de toekomst liggen."),
    "decision.carry_reason": QT_TRANSLATE_NOOP("errors",
        "Geef aan waarom de afspraak wordt doorgeschoven."),
    "decision.date_not_later": QT_TRANSLATE_NOOP("errors",
        "De nieuwe datum moet na vandaag liggen."),
    "decision.stop_reason": QT_TRANSLATE_NOOP("errors",
        "Geef aan waarom met de afspraak wordt gestopt."),
    "import.not_found": QT_TRANSLATE_NOOP("errors",
        "Het bestand '{path}' bestaat niet. Controleer de naam en de map."),
    "import.is_folder": QT_TRANSLATE_NOOP("errors",
        "'{path}' is een map, geen tijdlijnbestand. Kies een CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) of RTF (.rtf)-bestand."),
    "import.not_a_file": QT_TRANSLATE_NOOP("errors",
        "'{name}' is geen gewoon bestand en kan niet worden ingelezen."),
    "import.cannot_open": QT_TRANSLATE_NOOP("errors",
        "Het bestand '{name}' kan niet worden geopend: {reason}."),
    "import.empty": QT_TRANSLATE_NOOP("errors",
        "Het bestand '{name}' is leeg; er staat geen tijdlijn in."),
    "import.old_office": QT_TRANSLATE_NOOP("errors",
        "'{name}' is in het oude Excel- of Word-formaat (.xls/.doc). Open het en sla het op als .xlsx of .docx, en importeer dat bestand."),
    "import.pdf": QT_TRANSLATE_NOOP("errors",
        "'{name}' is een PDF. Een tijdlijn uit een PDF kan niet worden ingelezen; vraag het Word- of Excel-bestand op, of kopieer de tabel naar Excel."),
    "import.unsupported": QT_TRANSLATE_NOOP("errors",
        "Het bestandstype van '{name}' ({ext}) wordt niet ondersteund. Kies een CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) of RTF (.rtf)-bestand."),
    "cancelled": QT_TRANSLATE_NOOP("errors",
        "Afgebroken; er is niets veranderd."),
    "merge.too_few": QT_TRANSLATE_NOOP("errors",
        "Kies minstens twee gebeurtenissen van verschillende partijen."),
    "write.disk_full": QT_TRANSLATE_NOOP("errors",
        "De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw; wat u typte staat er nog."),
    "write.busy": QT_TRANSLATE_NOOP("errors",
        "Het dossier is even bezet (een ander programma schrijft erin). Probeer het zo opnieuw; wat u typte staat er nog."),
    "write.not_allowed": QT_TRANSLATE_NOOP("errors",
        "Er mag niet (meer) in '{name}' worden geschreven; de wijziging is niet opgeslagen. Wat u typte staat er nog."),
    "write.unreachable": QT_TRANSLATE_NOOP("errors",
        "'{name}' is niet (meer) bereikbaar: is de netwerkverbinding weg of de schijf losgekoppeld? De wijziging is niet opgeslagen; wat u typte staat er nog."),
    "write.conflict": QT_TRANSLATE_NOOP("errors",
        "De wijziging past niet bij wat er al in het dossier staat en is niet opgeslagen."),
    "write.failed": QT_TRANSLATE_NOOP("errors",
        "Opslaan in '{name}' is mislukt ({reason}); de wijziging is niet opgeslagen. Wat u typte staat er nog."),
}

DISK_FULL = QT_TRANSLATE_NOOP("errors", "De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en "
                              "probeer het opnieuw; wat u typte staat er nog.")
DATABASE_BUSY = QT_TRANSLATE_NOOP("errors", "Het dossier is even bezet (een ander programma schrijft erin). "
                                  "Probeer het zo opnieuw; wat u typte staat er nog.")
DATABASE_FAILED = QT_TRANSLATE_NOOP("errors", "Het dossier kon niet worden bijgewerkt ({0}). Wat u typte staat er "
                                    "nog; probeer het opnieuw of sla een kopie op.")
FILE_FAILED = QT_TRANSLATE_NOOP("errors", "Een bestand kon niet worden gelezen of geschreven: {0}.")


def _low_level(exc: BaseException) -> BaseException | None:
    """The sqlite3 or operating-system error behind ``exc`` (a database layer wraps them), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error | OSError):
            return current
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException):
            current = orig
            continue
        current = current.__cause__ or current.__context__
    return None


def is_expected(exc: BaseException) -> bool:
    """True for failures the window words for the user; anything else is a programming error."""
    return isinstance(exc, CaseFileError) or _low_level(exc) is not None


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def describe(exc: BaseException) -> str:
    """The sentence the user sees for ``exc``, in the interface language."""
    if isinstance(exc, CaseFileError):
        if exc.code in ERROR_TEXTS:
            return tr(ERROR_TEXTS[exc.code]).format(**exc.params)
        return str(exc)
    low = _low_level(exc)
    log.error("Onverwachte fout: %s", type(low or exc).__name__, exc_info=exc)
    if isinstance(low, OSError):
        if low.errno == errno.ENOSPC:
            return tr(DISK_FULL)
        return tr(FILE_FAILED).format(low.strerror or type(low).__name__)
    if isinstance(low, sqlite3.Error):
        text = str(low).lower()
        if "full" in text:
            return tr(DISK_FULL)
        if "locked" in text or "busy" in text:
            return tr(DATABASE_BUSY)
        return tr(DATABASE_FAILED).format(str(low))
    return str(exc)
