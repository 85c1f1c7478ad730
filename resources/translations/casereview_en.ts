<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AgreementTableModel</name>
        <message>
            <source>Verlopen: de datum is voorbij en de afspraak is nog niet gereed.</source>
            <translation>Overdue: the date has passed and the agreement is not done yet.</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPane</name>
        <message>
            <source>Wat gaan we doen?</source>
            <translation>What are we going to do?</translation>
        </message>
        <message>
            <source>Hoe weten we dat het gewerkt heeft?</source>
            <translation>How will we know it worked?</translation>
        </message>
        <message>
            <source>Reden (nodig bij 'geen maatregel nodig')</source>
            <translation>Reason (required for 'no measure needed')</translation>
        </message>
        <message>
            <source>Afspraak toevoegen</source>
            <translation>Add agreement</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Eigenaar (partij)</source>
            <translation>Owner (party)</translation>
        </message>
        <message>
            <source>Eigenaar (persoon)</source>
            <translation>Owner (person)</translation>
        </message>
        <message>
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Toetsing</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Typ wat er gezegd wordt en druk op Enter…</source>
            <translation>Type what is said and press Enter…</translation>
        </message>
        <message>
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Bijdrage:</source>
            <translation>Contribution:</translation>
        </message>
        <message>
            <source>Ctrl+{0}</source>
            <translation>Ctrl+{0}</translation>
        </message>
        <message>
            <source>Bijdrage toevoegen</source>
            <translation>Add contribution</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailsPane</name>
        <message>
            <source>Waarom komen we bij elkaar? Wat willen we leren?</source>
            <translation>Why are we meeting? What do we want to learn?</translation>
        </message>
        <message>
            <source>Eén reviewvraag per regel</source>
            <translation>One review question per line</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Doel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Reviewvragen</source>
            <translation>Review questions</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Sessie</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Conclusies en afspraken</source>
            <translation>Conclusions and agreements</translation>
        </message>
    </context>
    <context>
        <name>ConclusionListModel</name>
        <message>
            <source>Er hoeft niets te veranderen: {0}</source>
            <translation>Nothing needs to change: {0}</translation>
        </message>
        <message>
            <source>Thema's: {0}</source>
            <translation>Themes: {0}</translation>
        </message>
    </context>
    <context>
        <name>ConclusionsPane</name>
        <message>
            <source>Nieuwe conclusie…</source>
            <translation>New conclusion…</translation>
        </message>
        <message>
            <source>Er hoeft niets te veranderen</source>
            <translation>Nothing needs to change</translation>
        </message>
        <message>
            <source>Waarom niet?</source>
            <translation>Why not?</translation>
        </message>
        <message>
            <source>Conclusie toevoegen</source>
            <translation>Add conclusion</translation>
        </message>
    </context>
    <context>
        <name>ContributionsPane</name>
        <message>
            <source>Bijdrage(n) verwijderen</source>
            <translation>Delete contribution(s)</translation>
        </message>
        <message>
            <source>Bijdrage verwijderen</source>
            <translation>Delete contribution</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Echte namen vervangen door pseudoniemen</source>
            <translation>Replace real names with pseudonyms</translation>
        </message>
        <message>
            <source>Soort document</source>
            <translation>Document type</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>casereview</source>
            <translation>casereview</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Nieuwe review…</source>
            <translation>&amp;New review…</translation>
        </message>
        <message>
            <source>&amp;Openen…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Tijdlijn &amp;importeren…</source>
            <translation>&amp;Import timeline…</translation>
        </message>
        <message>
            <source>&amp;Exporteren…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Dossier &amp;sluiten</source>
            <translation>&amp;Close case file</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>E&amp;xtra</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Instellingen…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Nieuwe review</source>
            <translation>New review</translation>
        </message>
        <message>
            <source>Titel van de review:</source>
            <translation>Title of the review:</translation>
        </message>
        <message>
            <source>Dossier opslaan als</source>
            <translation>Save case file as</translation>
        </message>
        <message>
            <source>Dossier openen</source>
            <translation>Open case file</translation>
        </message>
        <message>
            <source>{0} — casereview</source>
            <translation>{0} — casereview</translation>
        </message>
        <message>
            <source>Alleen-lezen: wijzigingen worden niet opgeslagen.</source>
            <translation>Read-only: changes are not saved.</translation>
        </message>
        <message>
            <source>&amp;Ongedaan maken</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>O&amp;pnieuw</source>
            <translation>&amp;Redo</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>De nieuwe taal is te zien nadat u casereview opnieuw hebt gestart.</source>
            <translation>The new language appears after you restart casereview.</translation>
        </message>
        <message>
            <source>Kiezen…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Standaardagenda van casereview</source>
            <translation>casereview's standard agenda</translation>
        </message>
        <message>
            <source>Automatisch (het tweede scherm)</source>
            <translation>Automatic (the second screen)</translation>
        </message>
        <message>
            <source>Scherm {0} ({1})</source>
            <translation>Screen {0} ({1})</translation>
        </message>
        <message>
            <source>Stuur dit bestand mee als u een probleem meldt; er staat geen inhoud van dossiers in.</source>
            <translation>Attach this file when you report a problem; it contains nothing from your case files.</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Map voor nieuwe dossiers</source>
            <translation>Folder for new case files</translation>
        </message>
        <message>
            <source>Agendasjabloon</source>
            <translation>Agenda template</translation>
        </message>
        <message>
            <source>Scherm voor de presentatie</source>
            <translation>Screen for the presentation</translation>
        </message>
        <message>
            <source>Logbestand</source>
            <translation>Log file</translation>
        </message>
        <message>
            <source>Agendasjabloon kiezen</source>
            <translation>Choose agenda template</translation>
        </message>
        <message>
            <source>Agendasjabloon (*.json);;Alle bestanden (*)</source>
            <translation>Agenda template (*.json);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>casereview</source>
            <translation>casereview</translation>
        </message>
        <message>
            <source>Samen leren van een calamiteit: tijdlijn, leergroep, conclusies en afspraken.</source>
            <translation>Learning together from a serious incident: timeline, learning group, conclusions and agreements.</translation>
        </message>
        <message>
            <source>Nieuwe review…</source>
            <translation>New review…</translation>
        </message>
        <message>
            <source>Dossier openen…</source>
            <translation>Open case file…</translation>
        </message>
        <message>
            <source>Demodossier bekijken</source>
            <translation>View the demo case</translation>
        </message>
        <message>
            <source>Recente dossiers</source>
            <translation>Recent case files</translation>
        </message>
        <message>
            <source>(nog geen)</source>
            <translation>(none yet)</translation>
        </message>
    </context>
    <context>
        <name>StepListModel</name>
        <message>
            <source>Regel {0} · {1} min
{2}</source>
            <translation>Rule {0} · {1} min
{2}</translation>
        </message>
    </context>
    <context>
        <name>TimelineTableModel</name>
        <message>
            <source>Alleen de {0} is bekend; in de bron: '{1}'</source>
            <translation>Only the {0} is known; the source says: '{1}'</translation>
        </message>
    </context>
    <context>
        <name>context</name>
        <message>
            <source>Tijdlijn importeren ({0})</source>
            <translation>Import timeline ({0})</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Exporteren naar</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Geschreven: {0}</source>
            <translation>Written: {0}</translation>
        </message>
        <message>
            <source>Tijdlijn importeren</source>
            <translation>Import timeline</translation>
        </message>
        <message>
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>shared</name>
        <message>
            <source>Wat doen we</source>
            <translation>What we will do</translation>
        </message>
        <message>
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Hoe weten we dat het werkt</source>
            <translation>How we know it works</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Verslag (Word)</source>
            <translation>Report (Word)</translation>
        </message>
        <message>
            <source>Voorbereidingspakket (Word)</source>
            <translation>Preparation pack (Word)</translation>
        </message>
        <message>
            <source>Voortgangsrapport afspraken (Word)</source>
            <translation>Progress report on agreements (Word)</translation>
        </message>
        <message>
            <source>Verbeterafspraken (Excel)</source>
            <translation>Improvement agreements (Excel)</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Gebeurtenis</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Sleutelmoment</source>
            <translation>Key moment</translation>
        </message>
        <message>
            <source>Cliënt/burger</source>
            <translation>Client/citizen</translation>
        </message>
        <message>
            <source>Gemeente</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Inspectie</source>
            <translation>Inspectorate</translation>
        </message>
        <message>
            <source>Instelling</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Onafhankelijk expert</source>
            <translation>Independent expert</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <source>afgerond</source>
            <translation>done</translation>
        </message>
        <message>
            <source>anoniem</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <source>bezig</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>dag</source>
            <translation>day</translation>
        </message>
        <message>
            <source>geen maatregel nodig</source>
            <translation>no measure needed</translation>
        </message>
        <message>
            <source>gereed</source>
            <translation>done</translation>
        </message>
        <message>
            <source>ging goed</source>
            <translation>went well</translation>
        </message>
        <message>
            <source>goed</source>
            <translation>good</translation>
        </message>
        <message>
            <source>in uitvoering</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>jaar</source>
            <translation>year</translation>
        </message>
        <message>
            <source>les</source>
            <translation>lesson</translation>
        </message>
        <message>
            <source>maand</source>
            <translation>month</translation>
        </message>
        <message>
            <source>niet uitgevoerd</source>
            <translation>not carried out</translation>
        </message>
        <message>
            <source>nieuwe maatregel</source>
            <translation>new measure</translation>
        </message>
        <message>
            <source>nog niet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>observatie</source>
            <translation>observation</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>per partij</source>
            <translation>per party</translation>
        </message>
        <message>
            <source>per persoon (met naam)</source>
            <translation>per person (named)</translation>
        </message>
        <message>
            <source>verbetering bestaande werkwijze</source>
            <translation>improvement of existing practice</translation>
        </message>
        <message>
            <source>voorbereiding</source>
            <translation>preparation</translation>
        </message>
        <message>
            <source>vraag</source>
            <translation>question</translation>
        </message>
        <message>
            <source>zorg</source>
            <translation>concern</translation>
        </message>
        <message>
            <source>zorgelijk</source>
            <translation>concerning</translation>
        </message>
    </context>
</TS>
