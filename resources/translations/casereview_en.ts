<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Wat de voorzitter in deze fase doet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Omhoog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Omlaag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Bewaren als sjabloon…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sjabloon laden…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda van deze review (regel 3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nieuwe fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda bewaren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naam van het sjabloon:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Er zijn nog geen agendasjablonen bewaard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sjabloon laden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sjabloon:</source>
            <translation type="unfinished" />
        </message>
    </context>
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
            <source>Ctrl+1…9 of beginletters: partij · Alt+1…6: soort · Enter: opslaan · Ctrl+Z: terug</source>
            <translation type="unfinished" />
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
            <source>Doel en reviewvragen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening en voorbereiding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessie</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Conclusies en afspraken</source>
            <translation>Conclusions and agreements</translation>
        </message>
        <message>
            <source>Inbreng per partij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(nog geen doel opgeschreven)</source>
            <translation type="unfinished" />
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
        <name>ContributionDialog</name>
        <message>
            <source>Bijdrage bewerken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(geen fase)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(geen partij)</source>
            <translation>(no party)</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
    </context>
    <context>
        <name>ContributionsPane</name>
        <message>
            <source>Bewerken of verplaatsen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Alle soorten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle gebeurtenissen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bij de gekozen gebeurtenis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toon:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle fasen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle partijen</source>
            <translation>All parties</translation>
        </message>
        <message>
            <source>Huidige fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bijdrage verplaatsen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bijdrage bewerken</source>
            <translation type="unfinished" />
        </message>
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
        <name>EventDialog</name>
        <message>
            <source>Gebeurtenis toevoegen</source>
            <translation>Add event</translation>
        </message>
        <message>
            <source>bijv. 14-02-2019, feb 2019, 2020 of leeg</source>
            <translation>e.g. 14-02-2019, feb 2019, 2020 or empty</translation>
        </message>
        <message>
            <source>uu:mm (mag leeg)</source>
            <translation>hh:mm (may be empty)</translation>
        </message>
        <message>
            <source>(geen partij)</source>
            <translation>(no party)</translation>
        </message>
        <message>
            <source>Wat gebeurde er?</source>
            <translation>What happened?</translation>
        </message>
        <message>
            <source>bijv. dossier, verslag, gesprek</source>
            <translation>e.g. case file, report, conversation</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
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
            <source>Partij</source>
            <translation>Party</translation>
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
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Niet leesbaar: {0}</source>
            <translation>Cannot be read: {0}</translation>
        </message>
        <message>
            <source>Datum onbekend</source>
            <translation>Date unknown</translation>
        </message>
        <message>
            <source>≈ {0} (alleen de {1} is bekend)</source>
            <translation>≈ {0} (only the {1} is known)</translation>
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
        <name>GroundRulesPane</name>
        <message>
            <source>Nieuwe spelregel, Enter voegt toe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iedereen stemt in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Hoe bijdragen worden getoond en in het verslag komen. Namen alleen als de groep daarmee instemt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bijdragen tonen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spelregels (regel 1) — vink aan waarmee de groep instemt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Tijdlijn importeren – {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dit document heeft meer tabellen die op een tijdlijn lijken. Controleer hierboven of de juiste tabel gekozen is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tijd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>omschrijving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bron</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sleutelmoment</source>
            <translation>key moment</translation>
        </message>
        <message>
            <source>negeren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kolommen in het bestand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bijvoorbeeld: Jeugdteam Oost (voor rijen zonder partij)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partij voor het hele bestand:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Werkblad:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tabel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (1 rij)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ({0} rijen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · lijkt een tijdlijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eerste waarde: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kolom is leeg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Veld voor kolom {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 rij wordt geïmporteerd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} rijen worden geïmporteerd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kolomkoppen gevonden op rij {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 rij heeft een probleem (rood; wijs de rij aan voor de reden).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} rijen hebben een probleem (rood; wijs een rij aan voor de reden).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hieronder de eerste {0}.</source>
            <translation type="unfinished" />
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
            <source>&amp;Sessie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vorige fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V&amp;olgende fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Presentatiescherm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessie &amp;afsluiten…</source>
            <translation type="unfinished" />
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
        <message>
            <source>Sessie nog niet af</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessie afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De sessie is afgesloten. Alle zeven regels zijn afgevinkt.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartyBalanceChart</name>
        <message>
            <source>Aanwezige categorieën: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nog niet gehoord: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categorieën: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nog geen partijen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… en {0} meer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nog niet gehoord</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhasePanel</name>
        <message>
            <source>◀ Vorige fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volgende fase ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terug naar de vorige fase (Ctrl+PgUp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Door naar de volgende fase (Ctrl+PgDown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessie afsluiten…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sluit de sessie af zodra alle zeven regels in orde zijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase {0} van {1}: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  (regel {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De sessie is nog niet begonnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin met de eerste fase zodra de groep er is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessie beginnen ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De sessie is afgesloten</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhaseTimer</name>
        <message>
            <source>Pauze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zet de klok stil, bijvoorbeeld tijdens een koffiepauze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nog niet begonnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessie {0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase {0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  (+{0} min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  · gepauzeerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De tijd voor deze fase is om; rond rustig af of ga door.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreparationPane</name>
        <message>
            <source>Voorbereidingsvraag, Enter voegt toe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Voorbereidingsvragen per partij (regel 6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inbreng uit de voorbereiding legt u vast in de bijdragebalk als soort ‘voorbereiding’ (Alt+6).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle partijen</source>
            <translation>All parties</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>casereview — presentatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inbreng in deze fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase {0} van {1} · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We beginnen zo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Doel: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In bespreking: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>(niet geïmporteerd) {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesChecklist</name>
        <message>
            <source>N.v.t. …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markeer de gekozen regel als niet van toepassing, met een reden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weer meetellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zeven regels: alles in orde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zeven regels: nog {0} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(n.v.t.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Niet van toepassing: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nog open: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regel niet van toepassing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waarom is regel {0} in deze sessie niet van toepassing?</source>
            <translation type="unfinished" />
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
            <source> · regel {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regel {0} · {1} min
{2}</source>
            <translation>Rule {0} · {1} min
{2}</translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <source>De grafiek wordt geladen…</source>
            <translation>Loading the chart…</translation>
        </message>
        <message>
            <source>Geen gebeurtenissen met een datum om te tonen.</source>
            <translation>No dated events to show.</translation>
        </message>
        <message>
            <source>Inzoomen (of scrollen boven de grafiek)</source>
            <translation>Zoom in (or scroll over the chart)</translation>
        </message>
        <message>
            <source>Uitzoomen</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Alles</source>
            <translation>All</translation>
        </message>
        <message>
            <source>De hele tijdlijn tonen</source>
            <translation>Show the whole timeline</translation>
        </message>
        <message>
            <source>gebeurtenis</source>
            <translation>event</translation>
        </message>
        <message>
            <source>alleen maand of jaar bekend</source>
            <translation>only month or year known</translation>
        </message>
        <message>
            <source>ging goed</source>
            <translation>went well</translation>
        </message>
        <message>
            <source>zorgelijk</source>
            <translation>concerning</translation>
        </message>
        <message>
            <source>Scrollen: zoomen · slepen: schuiven · klikken: in de tabel tonen</source>
            <translation>Scroll: zoom · drag: pan · click: show in the table</translation>
        </message>
        <message>
            <source>Zonder datum (niet getekend): nr. {0}</source>
            <translation>Without a date (not drawn): no. {0}</translation>
        </message>
    </context>
    <context>
        <name>TimelinePane</name>
        <message>
            <source>Zoeken in de tijdlijn…</source>
            <translation>Search the timeline…</translation>
        </message>
        <message>
            <source>Alle momenten</source>
            <translation>All moments</translation>
        </message>
        <message>
            <source>Alleen sleutelmomenten</source>
            <translation>Key moments only</translation>
        </message>
        <message>
            <source>Geen sleutelmoment</source>
            <translation>No key moment</translation>
        </message>
        <message>
            <source>Gebeurtenis toevoegen…</source>
            <translation>Add event…</translation>
        </message>
        <message>
            <source>Een gebeurtenis aan de tijdlijn toevoegen (Insert)</source>
            <translation>Add an event to the timeline (Insert)</translation>
        </message>
        <message>
            <source>Tabel</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Grafiek</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Beide</source>
            <translation>Both</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>(geen partij)</source>
            <translation>(no party)</translation>
        </message>
        <message>
            <source>Alle partijen</source>
            <translation>All parties</translation>
        </message>
        <message>
            <source>{0} gebeurtenissen</source>
            <translation>{0} events</translation>
        </message>
        <message>
            <source>1 gebeurtenis</source>
            <translation>1 event</translation>
        </message>
        <message>
            <source>{0} van {1} gebeurtenissen</source>
            <translation>{0} of {1} events</translation>
        </message>
        <message>
            <source>Gebeurtenis toevoegen</source>
            <translation>Add event</translation>
        </message>
        <message>
            <source>Gebeurtenis verwijderen</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>{0} gebeurtenissen verwijderen</source>
            <translation>Delete {0} events</translation>
        </message>
        <message>
            <source>Markeren als goed</source>
            <translation>Mark as went well</translation>
        </message>
        <message>
            <source>Markeren als zorgelijk</source>
            <translation>Mark as concern</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>TimelineTableModel</name>
        <message>
            <source>De datum is onbekend; in de bron: '{0}'</source>
            <translation>The date is unknown; in the source: '{0}'</translation>
        </message>
        <message>
            <source>Alleen de {0} is bekend; in de bron: '{1}'</source>
            <translation>Only the {0} is known; the source says: '{1}'</translation>
        </message>
        <message>
            <source>Sleutelmoment weghalen</source>
            <translation>Remove key moment</translation>
        </message>
        <message>
            <source>Markeren als '{0}'</source>
            <translation>Mark as '{0}'</translation>
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
            <source>Datum wijzigen</source>
            <translation>Change date</translation>
        </message>
        <message>
            <source>Tijd wijzigen</source>
            <translation>Change time</translation>
        </message>
        <message>
            <source>Partij wijzigen</source>
            <translation>Change party</translation>
        </message>
        <message>
            <source>Beschrijving wijzigen</source>
            <translation>Change description</translation>
        </message>
        <message>
            <source>Bron wijzigen</source>
            <translation>Change source</translation>
        </message>
        <message>
            <source>Sleutelmoment wijzigen</source>
            <translation>Change key moment</translation>
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
