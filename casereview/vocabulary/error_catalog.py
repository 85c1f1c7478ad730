"""The one catalog of error messages, worded for the command line and for the window.

Every error a user can see has a code (``"case.exists"``) and parameters; the
wording lives here once, in Dutch, the source language. Qt Linguist translates
it: ``resources/translations/update.py`` adds every text of :data:`CATALOG` to
the :data:`CONTEXT` context of the ``.ts`` (services hold no Qt, so lupdate
cannot see them), and the window's ``describe`` looks them up there.

Most messages read the same everywhere (a plain string). Where the command line
names its flags and the window names its own controls, the entry is a
:class:`Wording` with both texts; no window text ever names a flag. Codes under
``cli.`` belong to the command line alone (a wrong flag) and may name flags.

Not only errors: a service that tells the user something (the rules checklist's
evidence and what is still missing) returns a :class:`Message`, a code of this
catalog and its parameters, so the window words it in the interface language and
the documents keep the Dutch text. Codes under ``rules.clause.`` are clauses, not
sentences: :func:`compose` joins them into one sentence.

This module sits in the lowest layer so every service can raise a coded error.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

CONTEXT = "errors"
CLI_ONLY = "cli."  # the prefix of codes only the command line raises
CLAUSE = "rules.clause."  # the prefix of clauses that compose() joins into one sentence
PART = "part."  # the prefix of sentence parts another wording embeds as a parameter (why a date is unreadable)
Interface = Literal["cli", "window"]


@dataclass(frozen=True)
class Wording:
    """One message worded per interface: ``cli`` may name command-line flags, ``window`` names controls."""

    cli: str
    window: str


# code -> Dutch text with {named} placeholders, or a Wording where the interfaces differ.
# Add new codes here (and their English in resources/translations/en.json).
CATALOG: dict[str, str | Wording] = {
    "item.gone": "Dit item bestaat niet meer.",
    "reactions.other_party": (
        "'{name}' is het concept voor een andere organisatie dan {party}; de reacties erin zijn van die "
        "organisatie. Er is niets ingelezen."),
    "lock.taken_over": (
        "Iemand anders heeft het dossier '{name}' overgenomen om te bewerken terwijl het hier open "
        'stond. casereview schrijft er niet meer in; het venster is nu alleen-lezen. Wat u typte staat '
        'er nog: kopieer het, sluit het dossier en overleg wie verder bewerkt.'),
    "case.replaced": (
        "Het bestand '{name}' is vervangen door een ander bestand terwijl het hier open stond. "
        'casereview schrijft er niet meer in, zodat uw werk niet in een ander dossier terechtkomt; het '
        'venster is nu alleen-lezen. Wat u typte staat er nog: kopieer het en open het juiste dossier '
        'opnieuw.'),
    "names.not_detected": (
        'Niet gevonden bij de gedetecteerde namen: {names}. Schrijf de tekst precies zoals de lijst met '
        'gevonden namen hem toont.'),
    "names.not_searched": Wording(
        cli=("Er is niets gemaakt: de teksten van het dossier '{name}' zijn nog niet op namen doorzocht sinds ze "
        "veranderden, en dit dossier kan nu niet bewerkt worden ({reason}). Zoek eerst met 'casereview names "
        "PAD' zodra het dossier bewerkt kan worden, of maak bewust een intern document met --named."),
        window=("Er is niets gemaakt: de teksten van het dossier '{name}' zijn nog niet op namen doorzocht sinds "
        "ze veranderden, en dit dossier kan nu niet bewerkt worden ({reason}). Open het dossier om te bewerken "
        "en kies Bestand > Namen (Ctrl+Shift+N) > Zoeken, of maak bewust een intern document met echte namen.")),
    "detection.failed": (
        'Het zoeken naar namen is mislukt ({reason}). Er is niets veranderd; probeer het opnieuw.'),
    "pseudonym.look_alike": (
        "Het pseudoniem '{pseudonym}' bevat tekens die op gewone letters lijken maar het niet zijn "
        '({characters}); typ het opnieuw met gewone letters.'),
    "export.undecided_names": Wording(
        cli=('Er is niets gemaakt: nog niet beslist of dit namen of andere persoonsgegevens zijn ({count}): '
        '{names}. Geef een pseudoniem met \'casereview pseudonyms PAD --set "NAAM=pseudoniem"\' of houd de '
        "tekst zoals hij is met 'casereview names PAD --not-a-name NAAM' (alles: 'casereview names "
        "PAD'), of maak bewust een intern document met --named."),
        window=('Er is niets gemaakt: nog niet beslist of dit namen of andere persoonsgegevens zijn ({count}): '
        "{names}. Open Bestand > Namen (Ctrl+Shift+N) en kies per naam een pseudoniem of 'geen naam', of "
        'maak bewust een intern document met echte namen.')),
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
    "undo.in_use": "Dit kan niet meer ongedaan worden gemaakt: er is inmiddels iets aan gekoppeld.",
    "contribution.empty": "Er is geen tekst om op te slaan.",
    "contribution.too_long": "Een bijdrage mag hoogstens {maximum} tekens lang zijn.",
    "phase.gone": "Deze fase bestaat niet meer.",
    "phase.no_title": "Een fase heeft een titel nodig.",
    "ground_rule.empty": "Een spelregel mag niet leeg zijn.",
    "ground_rule.gone": "Deze spelregel bestaat niet meer.",
    "question.empty": "Een voorbereidingsvraag mag niet leeg zijn.",
    "case.title_empty": "De titel mag niet leeg zijn.",
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
    "database.not_allowed": "Er mag niet (meer) in het dossier worden geschreven; de wijziging is niet opgeslagen. "
                            "Wat u typte staat er nog.",
    "database.unreachable": "Het dossier is niet (meer) bereikbaar: is de netwerkverbinding weg of de schijf "
                            "losgekoppeld? De wijziging is niet opgeslagen; wat u typte staat er nog.",
    "database.failed": "Het dossier kon niet worden bijgewerkt ({reason}). Wat u typte staat er nog; probeer het "
                       "opnieuw of sla een kopie op.",
    "file.failed": "Een bestand kon niet worden gelezen of geschreven: {reason}.",
    # case file and store
    "lock.stale_not_removed": "Kan de oude vergrendeling '{name}' niet opruimen: {strerror}.",
    "lock.cannot_create": "Het dossier '{name}' kan niet worden vergrendeld voor bewerken: {strerror}. Mag u in deze map schrijven?",
    "lock.cannot_lock": "Het dossier '{name}' kan niet worden vergrendeld voor bewerken ({reason}).",
    "encryption.not_installed": "Versleutelen kan niet: het onderdeel voor versleuteling is niet geïnstalleerd (pip install \"casereview[encryption]\").",
    "passphrase.bad_character": "Het wachtwoord bevat een teken dat in geen wachtwoord kan staan (een NUL-teken of een half teken); kies een ander wachtwoord.",
    "safety_copy.gone": "De kopie van {copy} bestaat niet meer.",
    "store.encryption_missing": "'{name}' is versleuteld, maar deze installatie van casereview kan geen versleutelde dossiers openen. Installeer het onderdeel voor versleuteling (pip install \"casereview[encryption]\").",
    "store.passphrase_bad_character": "Het wachtwoord voor '{name}' bevat een teken dat in geen wachtwoord kan staan (een NUL-teken of een half teken). Typ het wachtwoord opnieuw.",
    "store.shorter_than_declared": "Het dossier '{name}' is afgebroken: het bestand is korter dan het zou moeten zijn ({st_size} van {declared} bytes). Misschien is het kopiëren niet afgemaakt; kopieer het opnieuw of gebruik een reservekopie.",
    "store.recovery_impossible": "Het dossier '{name}' is tijdens het opslaan onderbroken of door een ander programma omgezet, en moet eerst worden hersteld, maar dat kan nu niet. {reason}",
    "store.other_database": "'{name}' is een database van een ander programma, geen casereview-dossier.",
    "store.damaged_check": "Het dossier '{name}' is beschadigd: {check}",
    "store.newer_version": "Het dossier '{name}' is gemaakt met een nieuwere versie van casereview (dossierversie {version}; deze versie kent t/m {schema_version}). Werk casereview bij om het te openen. Het bestand is niet gewijzigd.",
    "store.impossible_version": "Het dossier '{name}' is beschadigd: de dossierversie in de kop van het bestand ({version}) kan niet kloppen. Het bestand is niet gewijzigd; zet een reservekopie terug.",
    "store.never_created": "Het dossier '{name}' is nooit helemaal aangemaakt (er staan geen tabellen in). Maak een nieuw dossier aan.",
    "store.cannot_open": "Kan '{name}' niet openen: {reason}.",
    "store.cannot_reach": "Kan niet bij '{path}': {strerror}.",
    "store.no_access": "U heeft geen toegang tot '{name}': {strerror}.",
    "store.cannot_read": "Het bestand '{name}' kan niet worden gelezen: {strerror}.",
    "store.recovery_failed": "Het dossier '{name}' kon na een onderbreking niet worden hersteld ({reason}).",
    "store.no_folder": "De map '{parent}' bestaat niet.",
    "store.needs_upgrade": "Het dossier '{name}' is gemaakt met een oudere versie en moet eerst worden bijgewerkt; open het met schrijfrechten.",
    "copy.onto_case": "Een kopie kan niet over het dossier zelf heen; kies een andere naam.",
    "restore.read_only": "'{name}' is alleen-lezen geopend; er kan niets worden teruggezet.",
    "store.not_a_case_or_encrypted": "'{name}' is geen casereview-dossier, of het is een versleuteld dossier en deze installatie kan geen versleutelde dossiers openen (onderdeel 'encryption' ontbreekt).",
    "store.passphrase_required": "Het dossier '{name}' is versleuteld. Geef het wachtwoord om het te openen.",
    "store.cannot_create": "Kan '{name}' niet aanmaken: {strerror}.",
    "copy.cannot_write": "Kan geen kopie maken in '{target}': {reason}.",
    "restore.other_passphrase": "Deze kopie is gemaakt met een ander wachtwoord en kan niet worden teruggezet.",
    "restore.copy_damaged": "De kopie '{name}' is beschadigd en kan niet worden teruggezet.",
    "restore.other_version": "Deze kopie is gemaakt met een andere versie van casereview en kan niet worden teruggezet; open haar als apart dossier.",
    "store.cannot_write": "Kan '{name}' niet schrijven: {reason}.",
    "store.wrong_passphrase": "Het wachtwoord klopt niet voor '{name}' (of het bestand is geen versleuteld casereview-dossier). Let op hoofdletters en spaties en probeer het opnieuw.",
    "store.migration_failed": "Het bijwerken van '{name}' naar de nieuwe dossierversie is mislukt ({reason}). Het dossier is niet gewijzigd; een kopie van vóór het bijwerken staat in '{name2}'.",
    "restore.failed": "Terugzetten in '{name}' is mislukt ({reason}); het dossier is niet gewijzigd.",
    # timeline
    "merge.too_few": "Kies minstens twee gebeurtenissen om samen te voegen.",
    "merge.no_description": "Beschrijving: beschrijf wat er gebeurde; leeg mag niet.",
    "merge.event_gone": "Een van deze gebeurtenissen bestaat niet meer.",
    "merge.merged_gone": "De samengevoegde gebeurtenis bestaat niet meer; de samenvoeging kan niet terug.",
    "import.batch_gone": "Import {batch} staat niet (meer) in het dossier.",
    "import.conversion_failed": "LibreOffice kon '{name}' niet omzetten (beschadigd of geen echt {kind}). Open het bestand en sla het op als Word-document (.docx).",
    "import.conversion_timeout": "Het omzetten van '{name}' door LibreOffice duurde langer dan {conversion_seconds} seconden en is afgebroken. Open het bestand zelf en sla het op als Word-document (.docx).",
    "import.only_empty_rows": "'{place}' is leeg: er staan alleen lege rijen in.",
    "import.party_too_long": "De partijnaam voor heel {name} is te lang (maximaal {max_party} tekens).",
    "import.header_only": "{place} bevat alleen een kopregel en geen gebeurtenissen.",
    "import.save_failed": "De import van {file_name} kon niet worden opgeslagen ({reason}); het dossier is niet gewijzigd.",
    "import.document_no_table": "Het document '{name}' bevat geen tabel. Een tijdlijn moet als tabel in het document staan (met kolommen als Datum en Omschrijving).",
    "import.odf_damaged": "'{name}' is beschadigd: het OpenDocument-bestand kan niet worden gelezen ({reason}). Open het in LibreOffice en sla het opnieuw op.",
    "import.workbook_empty": "De werkmap '{name}' is leeg: geen enkel blad bevat gegevens.",
    "import.no_timeline_table": "Geen van de tabellen in '{name}' lijkt op een tijdlijn (een kolom met datums en een met de omschrijving). Tabellen: {listed}. Kies zelf een tabel.",
    "import.unknown_field": "Kolomkoppeling voor '{header}' bij {name}: '{value}' is geen bekend veld. Kies uit {choices} of negeren.",
    "import.no_such_sheet": "De werkmap '{name}' heeft geen blad '{sheet}'. Bladen: {names}.",
    "import.too_large": "Het bestand '{name}' is te groot ({value} MB; maximaal {value2} MB). Is dit wel een tijdlijn?",
    "import.zip_not_timeline": "'{name}' is een zip-bestand (of een ander Office-formaat), geen tijdlijn. Kies een {supported}-bestand.",
    "import.wrong_extension": "'{name}' heeft de extensie {ext}, maar is geen {kind} (beschadigd of een ander formaat). Open het en sla het opnieuw op.",
    "import.not_rtf": "'{name}' heeft de extensie .rtf, maar is geen RTF-bestand.",
    "import.office_damaged": "'{name}' is beschadigd: het lijkt een Office-bestand, maar de inhoud kan niet worden uitgepakt. Open het in Word, Excel of LibreOffice en sla het opnieuw op.",
    "import.zip_not_kind": "'{name}' is een zip-bestand maar geen {kind}; het kan niet als tijdlijn worden ingelezen.",
    "import.binary": "'{name}' bevat binaire gegevens en is geen leesbaar tekstbestand (of staat in een tekencodering zonder kenmerk, zoals UTF-16 zonder BOM). Sla de tijdlijn op als 'CSV (puntkomma's)' of 'CSV UTF-8'.",
    "import.binary_line": "'{name}' bevat op regel {line} onleesbare tekens (binaire gegevens); het is geen tekstbestand met een tijdlijn.",
    "import.unclosed_quote": "'{name}', rij {row_numbers}: een aanhalingsteken (\") wordt niet afgesloten, waardoor de rest van het bestand in één cel terechtkomt. Controleer die rij.",
    "import.invalid_csv": "'{name}', regel {line_num}: het bestand is geen geldige CSV ({reason}).",
    "import.utf_sixteen_damaged": "'{name}' begint als UTF-16-tekst maar is beschadigd ({reason}).",
    "import.unknown_encoding": "'{name}', regel {number}: de tekencodering is niet te herkennen (geen UTF-8 en geen Windows-1252). Sla het bestand op als 'CSV UTF-8' en probeer het opnieuw.",
    "import.word_no_table": "Het Word-document '{name}' bevat geen tabel. Een tijdlijn moet als tabel in het document staan (met kolommen als Datum en Omschrijving).",
    "import.word_unreadable": "Het Word-document '{name}' kan niet worden gelezen (beschadigd of geen echte .docx): {reason}. Open het in Word en sla het opnieuw op.",
    "import.table_damaged": "Een tabel in '{name}' is beschadigd en kan niet worden gelezen ({reason}). Open het document in Word en sla het opnieuw op.",
    "import.archive_too_many_parts": "{what} '{name}' bestaat uit {count} onderdelen (meer dan {max_members}); zo'n bestand maakt een kantoorprogramma niet. Het is niet gelezen.",
    "import.archive_part_too_large": "{what} '{name}' is niet gelezen: het onderdeel '{filename}' wordt uitgepakt {value} groot (uit {value2} ingepakt). Dat past niet bij een gewone tijdlijn en kan de computer vastzetten; sla het bestand opnieuw op of splits het.",
    "import.archive_too_large": "{what} '{name}' is niet gelezen: uitgepakt wordt het meer dan {value}. Sla het bestand opnieuw op of splits het.",
    "import.workbook_no_sheets": "De werkmap '{name}' bevat geen werkbladen.",
    "import.workbook_unreadable": "De werkmap '{name}' kan niet worden gelezen (beschadigd of geen echte .{fmt}): {reason}. Open het bestand in {app} en sla het opnieuw op.",
    "import.workbook_damaged": "De werkmap '{name}' is beschadigd en kan niet helemaal worden gelezen ({reason}). Open het bestand in {app} en sla het opnieuw op.",
    "event.field_not_editable": "Het veld '{field}' van een gebeurtenis kan niet worden gewijzigd.",
    "event.no_description": "Beschrijf wat er gebeurde.",
    "event.bad_date": "Datum: {problem}.",
    "event.unknown_key_moment": "Onbekend sleutelmoment '{key_moment}'.",
    "event.bad_time": "Tijd: '{text}' is geen tijd; schrijf bijvoorbeeld 14:30.",
    "event.none_chosen": "Kies eerst een of meer gebeurtenissen die weg moeten.",
    "event.unknown_key_moment_value": "Onbekend sleutelmoment '{value}'.",
    "event.unknown_type": "Onbekende soort gebeurtenis '{value}'.",
    "event.unknown_followup": "Onbekende waarde '{value}' voor 'start vervolgzorg bevestigd'.",
    "event.gone": "Deze gebeurtenis bestaat niet meer.",
    "party.one_gone": "Een van deze partijen bestaat niet meer.",
    "party.gone": "Deze partij bestaat niet meer.",
    "import.choose_table": "Kies welke tabel de tijdlijn is.",
    "import.no_header_row": Wording(
        cli="Geen kopregel gevonden in de eerste {rows} rijen van {place}: geen rij met kolomkoppen als 'Datum' en 'Omschrijving' (eerste rij: {first}). Wijs de kolommen voor datum en omschrijving aan in het importvenster, of met {map_hint}.",
        window="Geen kopregel gevonden in de eerste {rows} rijen van {place}: geen rij met kolomkoppen als 'Datum' en 'Omschrijving' (eerste rij: {first}). Wijs hieronder bij 'Kolommen in het bestand' aan welke kolom de datum en welke de omschrijving is."),
    "import.missing_columns": Wording(
        cli="In de kopregel{where_header} van {place} is geen kolom voor {names} gevonden. Kolommen: {headers}. Wijs de juiste kolom aan in het importvenster, of met {map_hint}.",
        window="In de kopregel{where_header} van {place} is geen kolom voor {names} gevonden. Kolommen: {headers}. Wijs de juiste kolom aan bij 'Kolommen in het bestand'."),
    "import.unknown_mapped_column": "De kolom {columns} uit de kolomkoppeling staat niet in de kopregel van {place}. Kolommen: {headers}.",
    "import.unknown_mapped_columns": "De kolommen {columns} uit de kolomkoppeling staan niet in de kopregel van {place}. Kolommen: {headers}.",
    "import.no_party_column": Wording(
        cli="{place} heeft geen kolom voor de partij. Zeg van welke partij deze tijdlijn is met --party '{example}', of importeer bewust zonder partij met --zonder-partij. Er is niets geïmporteerd.",
        window="{place} heeft geen kolom voor de partij. Vul in van welke partij deze tijdlijn is (bijvoorbeeld '{example}'), of kies 'Bewust zonder partij importeren'. Er is niets geïmporteerd."),
    "import.no_such_table": "Het document '{name}' heeft {count} tabel; tabel {table} bestaat niet.",
    "import.no_such_table_of": "Het document '{name}' heeft {count} tabellen; tabel {table} bestaat niet.",
    "import.several_timeline_tables": Wording(
        cli="Het document '{name}' bevat {count} tabellen die op een tijdlijn lijken: {listed}. Kies welke tabel u wilt importeren (in het importvenster of met --table N).",
        window="Het document '{name}' bevat {count} tabellen die op een tijdlijn lijken: {listed}. Kies in het importvenster welke tabel u wilt importeren."),
    # findings
    "agreement.unknown_kind": "Onbekende soort afspraak '{kind}'.",
    "agreement.no_measure_reason": "Leg uit waarom geen maatregel nodig is.",
    "agreement.unknown_field": "Onbekend veld: {items}.",
    "agreement.unknown_status": "Onbekende status '{status}'.",
    "agreement.not_done_reason": "Geef aan waarom de afspraak niet is uitgevoerd.",
    "agreement.empty_note": "De voortgangsnotitie is leeg.",
    "conclusion.gone": "Deze conclusie bestaat niet meer.",
    "theme.no_name": "Geef het thema een naam.",
    "conclusion.empty": "Schrijf de conclusie op.",
    "conclusion.no_change_reason": "Leg uit waarom er niets hoeft te veranderen.",
    "leerbrief.unknown_part": "Onbekend onderdeel van de leerbrief: {items}.",
    "agreement_sheet.missing_sheet": "'{name}' is geen afsprakenlijst van casereview (het blad '{sheet}' of het verborgen blad '{meta_sheet}' ontbreekt).",
    "agreement_sheet.not_ours": "'{name}' is geen afsprakenlijst van casereview.",
    "agreement_sheet.other_case": "De afsprakenlijst '{name}' hoort bij een ander dossier; er is niets gewijzigd.",
    "agreement_sheet.headers_changed": "Blad '{sheet}' van '{name}', rij 1: de kolomkoppen zijn veranderd; verwacht {items}.",
    "agreement_sheet.not_found": "Het bestand '{path}' bestaat niet.",
    "agreement_sheet.not_xlsx": "'{name}' is geen Excel-werkmap (.xlsx) die casereview kan lezen.",
    "agreement_sheet.agreement_gone": "Afspraak {agreement_id} bestaat niet meer; er is niets gewijzigd.",
    "agreement_sheet.not_applied": "De afsprakenlijst is niet verwerkt; er is niets gewijzigd.\n{problems}",
    # one problem of the agreements sheet each: the sheet, the column letter and its heading are the file's own
    "agreement_sheet.row.meta_not_a_number": "Verborgen blad '{sheet}', rij {row}, kolom {column}: '{text}' is geen nummer van casereview.",
    "agreement_sheet.row.not_an_agreement_number": "Blad '{sheet}', rij {row}, kolom {column} ({header}): '{text}' is geen afspraaknummer van casereview.",
    "agreement_sheet.row.unknown_agreement": "Blad '{sheet}', rij {row}, kolom {column} ({header}): afspraak {agreement_id} bestaat niet in dit dossier.",
    "agreement_sheet.row.other_party": (
        "Blad '{sheet}', rij {row}, kolom {column} ({header}): afspraak {agreement_id} hoort niet bij {party}; een afsprakenlijst verandert "
        "alleen de afspraken van haar eigen partij."),
    "agreement_sheet.row.other_party_unnamed": (
        "Blad '{sheet}', rij {row}, kolom {column} ({header}): afspraak {agreement_id} hoort niet bij deze partij; een afsprakenlijst verandert "
        "alleen de afspraken van haar eigen partij."),
    "agreement_sheet.row.listed_twice": "Blad '{sheet}', rij {row}, kolom {column} ({header}): afspraak {agreement_id} staat twee keer in de lijst.",
    "agreement_sheet.row.action_changed": (
        "Blad '{sheet}', rij {row}, kolom {column} ({header}): de tekst van de afspraak is veranderd. Pas alleen Status, Effect, Voortgang en "
        "Datum aan; een andere afspraak bespreekt u met de voorzitter."),
    "agreement_sheet.row.unknown_status": "Blad '{sheet}', rij {row}, kolom {column} ({header}): '{text}' is geen status. Kies uit: {allowed}.",
    "agreement_sheet.row.unknown_effect": "Blad '{sheet}', rij {row}, kolom {column} ({header}): '{text}' is geen effect. Kies uit: {allowed}.",
    "agreement_sheet.row.bad_date": "Blad '{sheet}', rij {row}, kolom {column} ({header}): {problem}.",
    "agreement_sheet.row.future_date": "Blad '{sheet}', rij {row}, kolom {column} ({header}): {date} ligt in de toekomst.",
    "agreement_sheet.row.not_done_without_reason": "Blad '{sheet}', rij {row}, kolom {column} ({header}): schrijf bij 'niet uitgevoerd' in Voortgang waarom niet.",
    # why the overview did not count a file (overview.records.skip_reason)
    "overview.skip.missing": "Deze map of dit bestand bestaat niet.",
    "overview.skip.damaged": "Beschadigd; het dossier kan niet worden gelezen ({detail}).",
    "overview.skip.unreadable": "Kan het bestand niet lezen: {detail}.",
    "overview.skip.no_sqlcipher": "Versleuteld, en deze installatie kan geen versleutelde dossiers lezen.",
    "overview.skip.wrong_passphrase": "Versleuteld; het wachtwoord past niet.",
    "overview.skip.needs_passphrase": "Versleuteld; geef het wachtwoord om het mee te tellen.",
    "overview.skip.empty": "Leeg bestand; geen dossier.",
    "overview.skip.other_format": "Geen casereview-dossier (ander bestandsformaat).",
    "overview.skip.other_program": "Geen casereview-dossier (een database van een ander programma).",
    "overview.skip.wal": "Door een ander programma in WAL-modus gezet; open het dossier eerst in casereview.",
    "overview.skip.interrupted": "Het opslaan is onderbroken of nog bezig; open het dossier eerst in casereview.",
    "overview.skip.newer": ("Gemaakt met een nieuwere versie van casereview (dossierversie {schema}; deze versie kent "
                            "t/m {known})."),
    "overview.skip.never_created": "Nooit helemaal aangemaakt (er staan geen tabellen in).",
    "overview.skip.part_missing": "Beschadigd of onvolledig: er ontbreekt een deel van het dossier ({detail}).",
    "overview.skip.no_review": "Beschadigd of onvolledig: er staat geen review in.",
    # consent
    "reactions.unknown_party": "De partij '{name}' staat niet in dit dossier (bekend: {known}).",
    "reactions.other_review": "'{name}' is een concept van een andere review, niet van dit dossier ('{name2}'). Er is niets ingelezen.",
    "reactions.version_gone": "'{name}' hoort bij conceptversie {version}, maar die versie bestaat niet (meer) in dit dossier. Er is niets ingelezen.",
    "reactions.already_read": "'{name}' is al eerder ingelezen (versie {number}, {name2}); er is niets toegevoegd.",
    "reactions.unknown_status": "Onbekende reactie '{status}'.",
    "reactions.too_long": "Een reactie mag hoogstens {max_text} tekens lang zijn.",
    "reactions.unknown_channel": "Onbekende manier van reageren '{channel}'.",
    "reactions.unknown_kind": "Onbekende soort reactie '{kind}'.",
    "reactions.no_such_paragraph": "Alinea {paragraph} bestaat niet in conceptversie {number}.",
    "reactions.unknown_decision": "Onbekend besluit '{decision}'.",
    "reactions.rejection_reason": "Geef een reden waarom deze reactie niet is overgenomen.",
    "reactions.decided_by": "Vul in wie dit besluit heeft genomen.",
    "reactions.party_needed": Wording(
        cli="'{name}' is een concept voor alle organisaties; geef met --party aan van welke organisatie deze reacties zijn.",
        window="'{name}' is een concept voor alle organisaties; kies van welke organisatie deze reacties zijn."),
    "reactions.gone": "Deze reactie bestaat niet meer.",
    "reactions.party_gone": Wording(
        cli="De organisatie waarvoor '{name}' is gemaakt, staat niet meer in het dossier; geef met --party aan van wie de reacties zijn.",
        window="De organisatie waarvoor '{name}' is gemaakt, staat niet meer in het dossier; kies van wie de reacties zijn."),
    "concept.no_properties": "'{name}' is geen concept van casereview: de kenmerken van het concept (dossier en versie) ontbreken in de documenteigenschappen. Er is niets ingelezen.",
    "concept.not_docx": "'{name}' is geen Word-document (.docx) dat casereview kan lezen.",
    "concept.unreadable": "'{name}' kan niet worden gelezen als Word-document ({reason}).",
    "concept.read_only": "Het dossier is alleen-lezen geopend; er kan geen nieuwe conceptversie worden vastgelegd.",
    "concept.version_gone": "Conceptversie {number} bestaat niet.",
    "concept.none_sent": "Er is nog geen concept verstuurd; verstuur eerst een concept.",
    "store.write_protected": "Het bestand '{name}' is alleen-lezen (schrijfbeveiligd). U kunt het bekijken; om het te bewerken moet de schrijfbeveiliging eraf, of maak een kopie.",
    "store.folder_not_writable": "In de map '{folder}' mag casereview niet schrijven, dus '{name}' kan alleen bekeken worden. Kopieer het naar een map waar u wel mag schrijven.",
    # session
    "evaluation.answer_count": "Een evaluatie heeft {count} antwoorden, niet {count2}.",
    "evaluation.empty": "Dit formulier is leeg; vul ten minste één vraag in.",
    "evaluation.bad_score": "Vraag {n}: kies een score van 1 tot en met 5.",
    "clock.negative": "Verstreken tijd kan niet negatief zijn.",
    "contribution.unknown_kind": "Onbekende soort bijdrage '{kind}'.",
    "contribution.unknown_kinds": "Onbekende soort bijdrage '{values}'.",
    "rules.no_such_rule": "Regel {rule} bestaat niet; er zijn zeven regels.",
    "rules.not_applicable_reason": "Geef een reden waarom deze regel niet van toepassing is.",
    "rules.unknown_involvement": "Onbekende mate van betrokkenheid: {items}.",
    "question.nothing_to_save": "Er is geen vraag om op te slaan.",
    "question.too_long": "Een vraag mag hoogstens {max_text} tekens lang zijn.",
    "question.answer_too_long": "Een antwoord mag hoogstens {max_text} tekens lang zijn.",
    "question.gone": "Deze vraag bestaat niet meer.",
    "phase.bad_timebox": "De tijd van een fase moet tussen 1 en {max_timebox} minuten liggen.",
    "agenda_template.no_name": "Geef het sjabloon een naam met letters of cijfers.",
    "agenda_template.no_phases": "Het agendasjabloon '{name}' bevat geen fasen.",
    "phase.has_contributions": "De fase '{title}' bevat al bijdragen en kan niet worden verwijderd. Verplaats die bijdragen eerst naar een andere fase.",
    "agenda_template.gone": "Het agendasjabloon '{name}' bestaat niet (meer).",
    "agenda_template.unreadable": "Het agendasjabloon '{name}' is onleesbaar: {reason}",
    "agenda_template.session_started": "De sessie is al begonnen; pas de agenda per fase aan in plaats van een sjabloon te laden.",
    "agenda_template.bad_rules": "'{rules}' is geen geldige lijst van regels (gebruik 1 t/m 7, bijv. '6,7').",
    "agenda_template.bad_phase": "Het agendasjabloon '{name}', fase {number}, is ongeldig: {reason}",
    "party.no_name": "Geef de partij een naam.",
    "party.unknown_category": "Onbekende categorie '{category}'.",
    "participant.no_name": "Geef de deelnemer een naam.",
    "session.cannot_close": "De sessie kan nog niet worden afgesloten.\n{missing}",
    # reports
    "export.office_missing": "Voor een {target_format}-bestand is LibreOffice nodig, en dat is op deze computer niet gevonden. Installeer LibreOffice (gratis), of exporteer als Word-document (.docx) en sla het daar op als {target_format}.",
    "export.unknown_format": "Onbekend bestandsformaat '{requested}'; kies uit {items}.",
    "export.office_no_output": "LibreOffice maakte geen {target_format}-bestand van dit document; er is niets opgeslagen. Exporteer als Word-document en sla het daar om.",
    "export.office_timeout": "LibreOffice gaf binnen {convert_timeout_seconds} seconden geen {target_format}-bestand; er is niets opgeslagen. Probeer het opnieuw of exporteer als Word-document.",
    "export.office_not_started": "LibreOffice kon niet worden gestart ({value}); er is niets opgeslagen.",
    "export.unknown_party": "Partij '{name}' bestaat niet in dit dossier. Bekende partijen: {known}.",
    "agreements_sheet.not_xlsx": "Een afsprakenlijst is een Excel-werkmap (.xlsx), niet '{suffix}'.",
    "agreements_sheet.party_owns_nothing": "Partij '{party_name}' is van geen enkele afspraak eigenaar; er is niets geschreven.",
    "concept.no_organisations": "Er zijn nog geen organisaties vastgelegd om het concept aan te sturen.",
    "leerbrief.empty": "De leerbrief is nog leeg; schrijf hem eerst in het onderdeel Leerbrief.",
    "leerbrief.not_ready": "De leerbrief is nog niet gemarkeerd als 'klaar om te delen'; er is niets gedeeld.",
    "export.template_unusable": "Het sjabloon '{name}' is geen bruikbaar Word-document; zet een .docx of .dotx uit Word neer, of verwijder het om de standaardopmaak te gebruiken.",
    "overview_export.bad_cite": "Dossiers worden genoemd bij 'titel' of 'nummer', niet '{cite}'.",
    "overview_export.matrix_not_xlsx": "De afsprakenmatrix wordt een .xlsx-bestand, niet '{suffix}'.",
    "agreements_export.bad_suffix": "Afspraken kunnen naar .xlsx of .csv worden geëxporteerd, niet naar '{suffix}'.",
    "calendar.not_ics": "Een agenda-export is een .ics-bestand, niet '{suffix}'.",
    "calendar.nothing": "Er zijn geen open afspraken met een datum en geen geplande bijeenkomsten; er is niets geschreven.",
    "export.party_not_in_case": "De partij '{name}' staat niet in dit dossier. Kies uit: {known}.",
    "export.name_leak": Wording(
        cli="Het document is niet opgeslagen: er staat nog een echte naam uit de lijst met pseudoniemen in ({places}). Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met namen (--named, of 'Intern document met echte namen' in het exportvenster).",
        window="Het document is niet opgeslagen: er staat nog een echte naam uit de lijst met pseudoniemen in ({places}). Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met namen ('Intern document met echte namen')."),
    "export.names_leak": Wording(
        cli="Het document is niet opgeslagen: er staan nog {count} echte namen uit de lijst met pseudoniemen in ({places}). Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met namen (--named, of 'Intern document met echte namen' in het exportvenster).",
        window="Het document is niet opgeslagen: er staan nog {count} echte namen uit de lijst met pseudoniemen in ({places}). Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met namen ('Intern document met echte namen')."),
    "leerbrief.leak": "De leerbrief kan niet gedeeld worden: {problems}. Pas de tekst aan in het onderdeel Leerbrief.",
    "overview_export.name_leak": "Het overzicht is niet opgeslagen: er staat een echte naam uit de pseudoniemenlijst van een van de dossiers in ({places}), in een dossier dat die naam niet in zijn eigen lijst heeft. Zet de naam ook in de pseudoniemen van dat dossier, of pas de tekst aan.",
    "overview_export.undecided_names": Wording(
        cli=("Het overzicht is niet opgeslagen: in {cases} is nog niet beslist of dit namen of andere "
        "persoonsgegevens zijn ({count}): {names}. Beslis in dat dossier met 'casereview pseudonyms PAD --set "
        "\"NAAM=pseudoniem\"' of 'casereview names PAD --not-a-name NAAM', en exporteer dan opnieuw."),
        window=("Het overzicht is niet opgeslagen: in {cases} is nog niet beslist of dit namen of andere "
        "persoonsgegevens zijn ({count}): {names}. Open dat dossier, kies per naam een pseudoniem of 'geen naam' "
        "bij Bestand > Namen (Ctrl+Shift+N), en exporteer dan opnieuw.")),
    "report.not_final_yet": "Het verslag kan nog niet definitief worden gemaakt:\n{blockers}",
    # register connection, privacy, demo
    "register.bad_backend": "Een register is een SQLite-bestand of een PostgreSQL-database, geen {backend}.",
    "register.no_target": "Geef het register op: een pad naar een registerbestand of een postgresql+psycopg://-adres.",
    "register.tls_required": "Het register op {host} moet met TLS versleuteld worden bereikt; sslmode={mode} is niet toegestaan. Gebruik sslmode=require, verify-ca of verify-full.",
    "register.no_folder": "De map '{parent}' van het register bestaat niet.",
    "register.not_found": Wording(
        cli="Het register '{path}' bestaat niet. Maak het met: casereview register init {path}",
        window="Het register '{path}' bestaat niet. Controleer het pad, of vraag de beheerder het aan te maken."),
    "register.bad_address": "'{value}' is geen geldig registeradres.",
    "register.sqlite_is_file": "Een SQLite-register is een bestand: schrijf sqlite:///pad/naar/register.db.",
    "register.wrong_driver": "Gebruik postgresql+psycopg:// (psycopg 3), niet {drivername}://.",
    "register.keyring_failed": "Het wachtwoord kon niet in de sleutelbos van het systeem worden bewaard ({reason}).",
    "import.office_missing": (
        "'{name}' is een {kind}. Dat kan alleen worden ingelezen als LibreOffice op deze computer is geïnstalleerd, "
        "en dat is niet zo. Open het bestand in Word of LibreOffice Writer, kies Bestand > Opslaan als > "
        "Word-document (.docx) en importeer dat bestand."),
    # parts of a sentence: why a date cannot be read, and what an import does with a row
    "part.date.not_existing": "'{text}' is geen bestaande datum",
    "part.date.no_such_month": "maand {month} bestaat niet in '{text}'",
    "part.date.no_such_week": "week {week} bestaat niet in {year}",
    "part.date.unreadable": "'{text}' is geen leesbare datum ({reason})",
    "part.date.year_out_of_range": "jaartal {value} valt buiten {low}-{high}",
    "part.date.unknown_form": "onbekende schrijfwijze",
    "part.date.not_a_date": "'{text}' is geen datum",
    "part.date.write_day_month_year": "'{text}' is geen datum (schrijf dd-mm-jjjj)",
    "part.date.does_not_exist": "'{text}' bestaat niet als datum",
    "part.leak.real_name": "{place}: een echte naam ({found})",
    "part.leak.party_name": "{place}: de naam van een partij ({found})",
    "part.leak.detected": "{place}: een persoon, plaats of instelling uit het dossier ({found})",
    "part.leak.address": "{place}: een adres ({found})",
    "part.leak.undecided": "{place}: nog niet beslist of dit een naam is ({found})",
    "part.leak.fine_date": "{place}: een datum preciezer dan een kwartaal ({found})",
    "part.row.outside_columns": (
        "tekst buiten de kolommen van de kopregel wordt niet overgenomen: '{text}' (staat er een scheidingsteken "
        "te veel in de rij?)"),
    "part.row.no_description": "geen omschrijving; deze rij wordt overgeslagen",
    "part.row.description_too_long": (
        "de omschrijving is te lang ({length} tekens; maximaal {limit}); deze rij wordt overgeslagen"),
    "part.row.date_too_long": "de datum is te lang ({length} tekens) en is niet gelezen; datum onbekend",
    "part.row.date_unreadable": "{problem}; de rij wordt bewaard met datum onbekend en de oorspronkelijke tekst",
    "part.row.time_dropped": "'{text}' is geen tijd en is niet overgenomen",
    "part.row.time_as_text": "'{text}' is geen herkenbare tijd; als tekst overgenomen",
    "part.row.party_too_long": "de partijnaam is te lang ({length} tekens; maximaal {limit}) en is niet overgenomen",
    "part.row.source_too_long": "de bron is te lang ({length} tekens; maximaal {limit}) en is niet overgenomen",
    "part.row.unknown_key_moment": "'{text}' is geen sleutelmoment (goed of zorgelijk); niet overgenomen",
    "part.row.unknown_event_type": (
        "'{text}' is geen bekende soort gebeurtenis ({known}); herkend uit de omschrijving"),
    "register.signing_key_unavailable": (
        "De sleutel waarmee casereview lessen in een registerbestand ondertekent, kon niet uit de sleutelbos van "
        "het systeem worden gelezen of daarin worden bewaard; er is niets geschreven."),
    "register.refused_data": "Het register {register} weigerde de gegevens ({reason}).",
    "register.unusable": "Het register {register} is niet bruikbaar: {reason}.",
    "register.not_a_register": "'{name}' is geen register ({reason}).",
    "register.is_case_file": "'{name}' is een casereview-dossier, geen register.",
    "register.other_database": "'{name}' is een andere database, geen casereview-register; er is niets veranderd.",
    "register.empty_file": Wording(
        cli="'{name}' is een leeg bestand, geen register. Maak het met 'casereview register init'.",
        window="'{name}' is een leeg bestand, geen register. Vraag de beheerder van het register het aan te maken."),
    "register.newer_schema": (
        "Het register {register} is gemaakt door een nieuwere casereview (schema {revision}); werk casereview bij."),
    "register.not_created": Wording(
        cli="In {register} staat nog geen register. Maak het met 'casereview register init'.",
        window="In {register} staat nog geen register. Vraag de beheerder van het register het aan te maken."),
    "register.upgrade_failed": Wording(
        cli=("Het register {register} kon niet worden bijgewerkt naar deze versie van casereview ({reason}); vraag "
             "de beheerder 'casereview register init' te draaien."),
        window=("Het register {register} kon niet worden bijgewerkt naar deze versie van casereview ({reason}); "
                "vraag de beheerder van het register het bij te werken.")),
    "register.not_published": "Deze leerbrief staat niet in het register voor {organisation}; er is niets ingetrokken.",
    "register.already_withdrawn": "Deze leerbrief is voor {organisation} al ingetrokken.",
    "register.no_organisation": Wording(
        cli="Geef de naam van de organisatie op (--organisation).",
        window="Vul de naam van uw organisatie in."),
    "register.organisation_too_long": (
        "De naam van de organisatie is {length} tekens lang; het register neemt er hoogstens {limit}."),
    "register.role_taken": (
        "De rol {role} hoort al bij de organisatie '{holder}'; '{organisation}' krijgt geen rol en er is niets "
        "veranderd."),
    "register.other_key": (
        "Dit register kent voor '{organisation}' een andere sleutel dan die op deze computer. Lessen van "
        "'{organisation}' schrijven of intrekken kan alleen met de sleutel van die organisatie (op de computer die "
        "voor haar het eerst publiceerde); er is niets geschreven."),
    "register.unknown_organisation": Wording(
        cli=("De organisatie '{organisation}' is niet bekend in dit register; vraag de beheerder "
             "'casereview register init … --organisation \"{organisation}\"' te draaien."),
        window=("De organisatie '{organisation}' is niet bekend in dit register; vraag de beheerder van het "
                "register haar toe te voegen.")),
    "case.damaged_schema": (
        "Het dossier '{name}' is beschadigd: wat het schema verwacht, ontbreekt ({missing}). Het is waarschijnlijk "
        "met een ander programma bewerkt. Gebruik een reservekopie of een eerdere versie (Bestand → Vorige versie "
        "terugzetten…)."),
    "case.broken_references": (
        "Het dossier '{name}' is beschadigd: verwijzingen wijzen naar rijen die niet meer bestaan ({where}). U kunt "
        "het alleen bekijken; gebruik voor bewerken een reservekopie of een eerdere versie."),
    "incident.no_description": "Beschrijf het incident.",
    "incident.bad_date": "Datum van het incident: {problem}.",
    "incident.gone": "Dit incident bestaat niet meer.",
    "grey_area.unknown_kind": "Onbekende soort '{kind}' voor het schemergebied.",
    "grey_area.no_text": "Schrijf op wat onzeker is, welk dilemma er speelt of welk risico wordt aanvaard.",
    "grey_area.gone": "Dit punt van het schemergebied bestaat niet meer.",
    "party.exists": "Er is al een partij '{name}'.",
    "party.unknown_field": "Onbekend veld: {items}.",
    "agreement_sheet.too_many_rows": (
        "Blad '{sheet}' van '{name}' heeft meer dan {limit} rijen (tot rij {last}); zo lang is geen afsprakenlijst. "
        "Er is niets gelezen of gewijzigd."),
    "concept.properties_not_numbers": (
        "'{name}': de documenteigenschappen van het concept zijn veranderd (versie of organisatie '{shown}' is geen "
        "nummer van casereview). Er is niets ingelezen."),
    "concept.properties_changed": (
        "'{name}': de documenteigenschappen van het concept (versie of organisatie) zijn na het versturen "
        "veranderd. Er is niets ingelezen; vraag de reacties op in het concept zoals het verstuurd is."),
    "pseudonym.no_real_name": "Vul de echte naam in.",
    "pseudonym.no_alias": "Vul een pseudoniem in voor '{real}'.",
    "pseudonym.alias_contains_name": "Het pseudoniem '{alias}' bevat de echte naam zelf; kies een ander pseudoniem.",
    "pseudonym.bad_assignment": "'{text}' is geen geldige toewijzing; schrijf het als \"Echte Naam=pseudoniem\".",
    "pseudonym.no_real_before_equals": "In '{text}' staat geen echte naam vóór het '='-teken.",
    "pseudonym.no_alias_after_equals": "In '{text}' staat geen pseudoniem na het '='-teken.",
    "pseudonym.not_listed": "'{real}' staat niet in de lijst met pseudoniemen.",
    "demo.exists": "Het bestand '{name}' bestaat al. Het voorbeelddossier overschrijft niets; kies een andere naam of verwijder het bestaande bestand eerst.",
    "demo.missing_key": "Voorbeelddossier: '{key}' ontbreekt of is leeg bij {where}.",
    "demo.not_installed": "Het voorbeelddossier ontbreekt in de installatie ({path}).",
    "demo.unreadable": "Het voorbeelddossier '{name}' is onleesbaar: regel {lineno}, kolom {colno}: {msg}.",
    "demo.bad_date": "Voorbeelddossier: '{value}' bij {where} is geen datum (jjjj-mm-dd).",
    "demo.unknown_party": "Voorbeelddossier: onbekende partij '{key}' bij {where}.",
    "demo.unknown_reference": "Voorbeelddossier: onbekende {what} '{ref}' bij {where}.",
    "demo.phase_not_on_agenda": "Voorbeelddossier: fase {position} bij {where} staat niet op de agenda.",
    "demo.theme_ambiguous": "Voorbeelddossier: thema '{prefix}' bij {where} is niet eenduidig te vinden.",
    "demo.no_such_conclusion": "Voorbeelddossier: conclusie {number} bij {where} bestaat niet.",
    # codebook
    "codebook.no_themes": "{source} bevat geen lijst 'themes' met thema's.",
    "codebook.bad_json": "{source} is geen geldig JSON-bestand ({reason}).",
    "codebook.not_an_object": "{where}: verwacht een object met code en label.",
    "codebook.bad_code": "{where}: de code '{code_value}' is ongeldig (kleine letters, cijfers, - . _; hoogstens 40 tekens).",
    "codebook.no_label": "{where}: het label ontbreekt.",
    "codebook.bad_default": "{where}: 'default' moet true of false zijn.",
    "codebook.duplicate_code": "{where}: de code '{code_value}' staat er twee keer in.",
    "codebook.duplicate_label": "{where}: het label '{label}' staat er twee keer in.",
    # command line only (may name flags)
    "cli.no_register": "Geef het register op met --register (een pad of een postgresql+psycopg://-adres), of stel het in bij Instellingen.",
    "cli.passphrase_nul": "Het wachtwoord op de standaardinvoer bevat een NUL-teken; dat kan geen wachtwoord zijn.",
    "cli.passphrase_needed": "Het dossier '{name}' is versleuteld. Geef het wachtwoord op de standaardinvoer met --passphrase-stdin, of start de opdracht in een terminal.",
    "cli.bad_extension": "Een dossier heeft de extensie .casereview; '{name}' niet.",
    "cli.bad_map": "--map '{item}' heeft niet de vorm Kolomkop=veld (bijv. 'Wat is er gebeurd=omschrijving').",
    "cli.passphrase_not_utf_eight": "Het wachtwoord op de standaardinvoer is geen geldige UTF-8-tekst. Geef het wachtwoord als gewone tekst.",
    "cli.read_only_nothing_changed": "Het dossier '{name}' is alleen-lezen geopend; er is niets gewijzigd.",
    "cli.sheet_needs_party": "Geef met --party de partij waarvoor de afsprakenlijst is.",
    "cli.named_not_for_sheet": "--named geldt alleen voor Word-documenten; de afsprakenlijst is altijd met pseudoniemen.",
    "cli.named_not_for_leerbrief": "--named geldt niet voor de leerbrief: die bevat nooit namen.",
    "cli.overview_bad_suffix": "Het overzicht kan naar .xlsx of .docx, niet naar '{name}'.",
    "cli.not_found": "De map of het bestand '{raw}' bestaat niet.",
    "cli.demo_exists": "Het bestand '{name}' bestaat al; het demodossier overschrijft niets.",
    "cli.party_or_none": "Geef --party of --zonder-partij, niet allebei.",
    "cli.threshold_range": "--threshold {threshold} valt buiten 0-100.",
    "cli.import_read_only": "Het dossier '{name}' kan nu niet worden bewerkt: {read_only_reason} Er is niets geïmporteerd.",
    "cli.merge_read_only": "Het dossier '{name}' is alleen-lezen geopend; er is niets samengevoegd.",
    "cli.named_not_for_concept": "--named geldt niet voor een concept: dat gaat naar alle organisaties en is altijd met pseudoniemen.",
    "cli.bad_deadline": "--deadline '{raw}' is geen datum; schrijf die als JJJJ-MM-DD (bijv. 2026-12-15).",
    "cli.reactions_read_only": "Het dossier '{name}' is alleen-lezen geopend; er is niets ingelezen. {read_only_reason}",
    # reports colophon and timeline merging (added on main)
    "colophon.unknown_field": "Onbekend veld in het colofon: {fields}.",
    "colophon.bad_status": "De status van het verslag is 'concept' of 'definitief', niet '{status}'.",
    "colophon.bad_date": "De datum van vaststelling '{value}' is geen datum.",
    "merge.too_few_apart": "Kies minstens twee gebeurtenissen van verschillende partijen.",
    # command line (colophon)
    "cli.regional_needs_preparation": "--uit-de-regio hoort bij --kind voorbereiding.",
    "cli.bad_adopted_on": "--vastgesteld '{raw}' is geen datum; schrijf die als JJJJ-MM-DD.",
    # the seven rules: what shows a rule is met, what is still to do, what is worth knowing (rules_check)
    "rules.ground_rules.agreed_one": "{count} spelregel door de groep onderschreven.",
    "rules.ground_rules.agreed": "{count} spelregels door de groep onderschreven.",
    "rules.ground_rules.none": "Er zijn nog geen spelregels opgesteld.",
    "rules.ground_rules.open_only": "{open} van de {count} spelregel is nog niet onderschreven.",
    "rules.ground_rules.open_one": "{open} van de {count} spelregels is nog niet onderschreven.",
    "rules.ground_rules.open": "{open} van de {count} spelregels zijn nog niet onderschreven.",
    "rules.goal.written": "Doel en reviewvragen staan op papier.",
    "rules.goal.missing_goal": "Schrijf het doel op.",
    "rules.goal.missing_questions": "Schrijf de reviewvragen op.",
    "rules.goal.missing_both": "Schrijf het doel en de reviewvragen op.",
    "rules.agenda.none": "Er is geen agenda.",
    "rules.agenda.not_started": "De agenda is nog niet met de groep doorlopen; start de eerste fase.",
    "rules.agenda.followed_one": "Agenda van {count} fase getoond en gevolgd.",
    "rules.agenda.followed": "Agenda van {count} fasen getoond en gevolgd.",
    "rules.agenda.followed_until": "Agenda van {count} fasen getoond; de groep kwam tot en met fase {reached}.",
    "rules.agreements.none": "Leg verbeterafspraken vast, of concludeer met reden dat niets hoeft te veranderen.",
    "rules.agreements.no_reason_one": "{count} afspraak 'geen maatregel nodig' zonder reden.",
    "rules.agreements.no_reason": "{count} afspraken 'geen maatregel nodig' zonder reden.",
    "rules.agreements.classified": ("Afspraken geclassificeerd: {improve} verbetering bestaande werkwijze, {new} "
                                    "nieuwe maatregel."),
    "rules.parties.too_few_kinds": ("Er zijn minder dan twee soorten partijen aanwezig; nodig meer perspectieven "
                                    "uit."),
    "rules.parties.not_heard": "Nog niet gehoord: {names}.",
    "rules.parties.heard": "{parties} partijen uit {count} categorieën ({labels}) hebben bijgedragen.",
    "rules.parties.no_client": "Let op: er neemt geen cliënt, familie of burger deel; hun perspectief ontbreekt.",
    "rules.preparation.missing_questions": ("Nog nodig: voorbereidingsvragen en wat de deelnemers daarop hebben "
                                            "voorbereid."),
    "rules.preparation.missing_questions_and_conclusion": (
        "Nog nodig: voorbereidingsvragen en wat de deelnemers daarop hebben voorbereid en ten minste één "
        "conclusie."),
    "rules.preparation.missing_input": ("Nog nodig: inbreng van de deelnemers uit hun voorbereiding (voorbeelden "
                                        "van wat goed ging en wat niet)."),
    "rules.preparation.missing_input_and_conclusion": (
        "Nog nodig: inbreng van de deelnemers uit hun voorbereiding (voorbeelden van wat goed ging en wat niet) "
        "en ten minste één conclusie."),
    "rules.preparation.missing_conclusion": "Nog nodig: ten minste één conclusie.",
    "rules.preparation.done_one": "Voorbereiding van de deelnemers vastgelegd; {count} conclusie getrokken.",
    "rules.preparation.done": "Voorbereiding van de deelnemers vastgelegd; {count} conclusies getrokken.",
    "rules.clause.link_themes": "koppel de conclusies aan een rode draad, zodat de les meetelt naast andere casussen",
    "rules.clause.no_owner_one": "{count} afspraak zonder eigenaar",
    "rules.clause.no_owner": "{count} afspraken zonder eigenaar",
    "rules.clause.no_date_one": "{count} afspraak zonder datum",
    "rules.clause.no_date": "{count} afspraken zonder datum",
    "rules.clause.no_check_one": "{count} afspraak zonder toetsing (hoe weten we dat het gewerkt heeft?)",
    "rules.clause.no_check": "{count} afspraken zonder toetsing (hoe weten we dat het gewerkt heeft?)",
    "rules.clause.no_kind_one": "{count} afspraak zonder gekozen soort",
    "rules.clause.no_kind": "{count} afspraken zonder gekozen soort",
    "rules.clause.plan_followup": "plan de datum van de vervolgbijeenkomst over de afspraken",
    "rules.followup.planned": ("Vervolgbijeenkomst gepland; elke afspraak heeft een eigenaar, een datum en een "
                               "toetsing."),
    "rules.followup.planned_theme": ("Vervolgbijeenkomst gepland; de conclusie staat onder een rode draad; elke "
                                     "afspraak heeft een eigenaar, een datum en een toetsing."),
    "rules.followup.planned_themes": ("Vervolgbijeenkomst gepland; {themed} van de {count} conclusies onder een "
                                      "rode draad; elke afspraak heeft een eigenaar, een datum en een toetsing."),
    "rules.followup.no_terugkommoment": ("Nog geen terugkommoment gepland: een tweede leermoment, ongeveer een jaar "
                                         "na de review."),
}


def wording(code: str, interface: Interface = "cli") -> str:
    """The Dutch source text of ``code`` for ``interface`` (KeyError for an unknown code)."""
    entry = CATALOG[code]
    if isinstance(entry, Wording):
        return entry.cli if interface == "cli" else entry.window
    return entry


def source_texts(interface: Interface | None = None) -> Iterator[tuple[str, str]]:
    """(code, Dutch text) of every wording, for one interface or both; what the translators get.

    Codes under ``cli.`` are the command line's own (about its flags); the window never shows them.
    """
    for code, entry in CATALOG.items():
        if interface == "window" and code.startswith(CLI_ONLY):
            continue
        if isinstance(entry, Wording):
            if interface in (None, "cli"):
                yield code, entry.cli
            if interface in (None, "window"):
                yield code, entry.window
        else:
            yield code, entry


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text expects."""
    return {field for _literal, field, _spec, _conv in string.Formatter().parse(text) if field}


class _KeepMissing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, params: Mapping[str, Any]) -> str:
    """``text`` with its placeholders filled; a missing parameter stays visible instead of raising."""
    return text.format_map(_KeepMissing(params))


class CodedError(Exception):
    """An error the user sees: ``code`` and ``params`` word it, ``str()`` is the Dutch command-line text.

    ``CodedError(code="case.exists", name="x.casereview")`` words the text from
    :data:`CATALOG`; ``CodedError("Dutch text")`` keeps the text as given (no code:
    every interface shows it as it is).
    """

    def __init__(self, message: str = "", /, *, code: str = "", **params: Any) -> None:
        if code and not message:
            message = fill(wording(code, "cli"), params)
        super().__init__(message)
        self.code = code
        self.params = params


class Labels(tuple[str, ...]):
    """A parameter made of vocabulary labels (Dutch): the documents join them sorted, the window translates each."""

    def __str__(self) -> str:
        return ", ".join(sorted(self))


class Messages(tuple["Message", ...]):
    """A parameter made of messages (parts of the catalog): the command line joins their Dutch with "; ",
    the window words each in the interface language."""

    def __str__(self) -> str:
        return "; ".join(str(message) for message in self)


@dataclass(frozen=True)
class Message:
    """Something a service tells the user that is not an error: a code of :data:`CATALOG` and its parameters.

    ``str()`` is the Dutch text the documents and the command line read; the window words it in the
    interface language (``casereview.ui.language.messages.word``).
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.code not in CATALOG:
            raise KeyError(self.code)

    def __str__(self) -> str:
        return fill(wording(self.code, "cli"), self.params)


def compose(messages: Sequence[Message], word: Callable[[Message], str] = str) -> str:
    """The messages as the user reads them: clauses (``rules.clause.``) joined into one sentence, with a
    capital and a full stop; whole sentences one after another. ``word`` words one message (Dutch by default)."""
    texts = [word(m) for m in messages]
    if not any(m.code.startswith(CLAUSE) for m in messages):
        return " ".join(texts)
    text = "; ".join(texts)
    return text[:1].upper() + text[1:] + "."
