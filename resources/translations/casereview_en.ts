<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AftercarePane</name>
        <message>
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Wat het voor de professionals betekende</source>
            <translation>What it meant for the professionals</translation>
        </message>
        <message>
            <source>Welke nazorg er is</source>
            <translation>What aftercare there is</translation>
        </message>
        <message>
            <source>Mag in het verslag (anders alleen intern)</source>
            <translation>May go into the report (otherwise internal only)</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Nazorg per partij</source>
            <translation>Aftercare per party</translation>
        </message>
        <message>
            <source>Wat het betekende</source>
            <translation>What it meant</translation>
        </message>
        <message>
            <source>Nazorg</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <source>Zorg voor personeel</source>
            <translation>Care for staff</translation>
        </message>
        <message>
            <source>in het verslag</source>
            <translation>in the report</translation>
        </message>
        <message>
            <source>intern</source>
            <translation>internal</translation>
        </message>
        <message>
            <source>Nazorg voor personeel vastleggen</source>
            <translation>Record aftercare for staff</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Titel van de fase</source>
            <translation>Title of the phase</translation>
        </message>
        <message>
            <source>Vraag of opdracht van de fase</source>
            <translation>Question or task of the phase</translation>
        </message>
        <message>
            <source>Wat de voorzitter in deze fase doet</source>
            <translation>What the chair does in this phase</translation>
        </message>
        <message>
            <source>Tijd voor de fase in minuten</source>
            <translation>Time for the phase in minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Omhoog</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Omlaag</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Fase toevoegen</source>
            <translation>Add phase</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Bewaren als sjabloon…</source>
            <translation>Save as template…</translation>
        </message>
        <message>
            <source>Sjabloon laden…</source>
            <translation>Load template…</translation>
        </message>
        <message>
            <source>Agenda van deze review (regel 3)</source>
            <translation>Agenda of this review (rule 3)</translation>
        </message>
        <message>
            <source>Fase wijzigen</source>
            <translation>Change phase</translation>
        </message>
        <message>
            <source>Fase verplaatsen</source>
            <translation>Move phase</translation>
        </message>
        <message>
            <source>Nieuwe fase</source>
            <translation>New phase</translation>
        </message>
        <message>
            <source>Fase verwijderen</source>
            <translation>Remove phase</translation>
        </message>
        <message>
            <source>Agenda bewaren</source>
            <translation>Save agenda</translation>
        </message>
        <message>
            <source>Naam van het sjabloon:</source>
            <translation>Name of the template:</translation>
        </message>
        <message>
            <source>Er zijn nog geen agendasjablonen bewaard.</source>
            <translation>No agenda templates have been saved yet.</translation>
        </message>
        <message>
            <source>Sjabloon laden</source>
            <translation>Load template</translation>
        </message>
        <message>
            <source>Sjabloon:</source>
            <translation>Template:</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Verbeterafspraak bewerken</source>
            <translation>Edit improvement agreement</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Status (wordt direct opgeslagen)</source>
            <translation>Status (saved at once)</translation>
        </message>
        <message>
            <source>Voortgang</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Afspraak bewerken</source>
            <translation>Edit agreement</translation>
        </message>
    </context>
    <context>
        <name>AgreementForm</name>
        <message>
            <source>Verbeteractie</source>
            <translation>Improvement action</translation>
        </message>
        <message>
            <source>Wat gaan we doen?</source>
            <translation>What are we going to do?</translation>
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
            <source>Wie zorgt ervoor?</source>
            <translation>Who takes care of it?</translation>
        </message>
        <message>
            <source>Uiterste datum</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Hoe we zien dat het werkt</source>
            <translation>How we see that it works</translation>
        </message>
        <message>
            <source>Hoe weten we dat het gewerkt heeft?</source>
            <translation>How will we know it worked?</translation>
        </message>
        <message>
            <source>Soort afspraak</source>
            <translation>Kind of agreement</translation>
        </message>
        <message>
            <source>(kies de soort)</source>
            <translation>(choose the kind)</translation>
        </message>
        <message>
            <source>Niveau van de afspraak</source>
            <translation>Level of the agreement</translation>
        </message>
        <message>
            <source>(kies het niveau)</source>
            <translation>(choose the level)</translation>
        </message>
        <message>
            <source>Hoort bij bestaande werkwijze of programma (optioneel)</source>
            <translation>Belongs to an existing way of working or programme (optional)</translation>
        </message>
        <message>
            <source>Werkwijze of programma</source>
            <translation>Way of working or programme</translation>
        </message>
        <message>
            <source>Bestaande werkwijze of programma</source>
            <translation>Existing way of working or programme</translation>
        </message>
        <message>
            <source>Waarom geen maatregel</source>
            <translation>Why no measure</translation>
        </message>
        <message>
            <source>Waarom geen maatregel?</source>
            <translation>Why no measure?</translation>
        </message>
        <message>
            <source>Conclusie bij de afspraak</source>
            <translation>Conclusion of the agreement</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Eigenaar</source>
            <translation>Owner</translation>
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
            <source>Conclusie</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Wie doet wat? Een werkwoord maakt de afspraak concreet.</source>
            <translation>Who does what? A verb makes the agreement concrete.</translation>
        </message>
        <message>
            <source>Woorden als 'aandacht voor' of 'bewustwording' zijn lastig te toetsen; hoe weten we dat het gewerkt heeft?</source>
            <translation>Words like 'attention for' or 'awareness' are hard to check; how will we know it worked?</translation>
        </message>
        <message>
            <source>Bij welke conclusie hoort deze afspraak?</source>
            <translation>Which conclusion does this agreement follow from?</translation>
        </message>
        <message>
            <source>Kies eerst de soort: verbetering van een bestaande werkwijze, een nieuwe maatregel, of geen maatregel nodig.</source>
            <translation>Choose the kind first: improvement of an existing way of working, a new measure, or no measure needed.</translation>
        </message>
        <message>
            <source>Schrijf op waarom geen maatregel nodig is.</source>
            <translation>Write down why no measure is needed.</translation>
        </message>
        <message>
            <source>Wie is eigenaar? Kies een partij of schrijf een naam.</source>
            <translation>Who is the owner? Choose a party or type a name.</translation>
        </message>
        <message>
            <source>Vul de toetsing in: hoe weten we dat het gewerkt heeft?</source>
            <translation>Fill in the check: how will we know it worked?</translation>
        </message>
        <message>
            <source>(geen partij)</source>
            <translation>(no party)</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>AgreementSheetDialog</name>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>effect</source>
            <translation>effect</translation>
        </message>
        <message>
            <source>voortgang</source>
            <translation>progress</translation>
        </message>
        <message>
            <source>Afsprakenlijst inlezen</source>
            <translation>Read back an agreements list</translation>
        </message>
        <message>
            <source>Rij</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Nu</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Wordt</source>
            <translation>Becomes</translation>
        </message>
        <message>
            <source>Wijzigingen overnemen</source>
            <translation>Apply the changes</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>De lijst kan niet worden ingelezen; er wordt niets gewijzigd. Los dit op in de lijst en lees haar opnieuw in:</source>
            <translation>The list cannot be read; nothing is changed. Fix this in the list and read it again:</translation>
        </message>
        <message>
            <source>{0} (conflict: niet overgenomen)</source>
            <translation>{0} (conflict: not applied)</translation>
        </message>
        <message numerus="yes">
            <source>%n wijzigingen uit '{0}' (partij {1}).</source>
            <translation>
                <numerusform>%n change from '{0}' (party {1}).</numerusform>
                <numerusform>%n changes from '{0}' (party {1}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicten: in het dossier veranderd na de export; die worden niet overgenomen.</source>
            <translation>
                <numerusform>%n conflict: changed in the case after the export; it is not applied.</numerusform>
                <numerusform>%n conflicts: changed in the case after the export; these are not applied.</numerusform>
            </translation>
        </message>
        <message>
            <source>Probleem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>AgreementTableModel</name>
        <message>
            <source>soort kiezen</source>
            <translation>choose kind</translation>
        </message>
        <message>
            <source>{0} · over datum</source>
            <translation>{0} · overdue</translation>
        </message>
        <message>
            <source>Toetsing: {0}</source>
            <translation>Check: {0}</translation>
        </message>
        <message>
            <source>Soort: {0}</source>
            <translation>Kind: {0}</translation>
        </message>
        <message>
            <source>Reden: {0}</source>
            <translation>Reason: {0}</translation>
        </message>
        <message>
            <source>Niveau: {0}</source>
            <translation>Level: {0}</translation>
        </message>
        <message>
            <source>Hoort bij: {0}</source>
            <translation>Belongs to: {0}</translation>
        </message>
        <message>
            <source>Verlopen: de datum is voorbij en de afspraak is nog niet gereed.</source>
            <translation>Overdue: the date has passed and the agreement is not done yet.</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPane</name>
        <message>
            <source>Verbeterafspraken</source>
            <translation>Improvement agreements</translation>
        </message>
        <message>
            <source>Bewerken…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Afspraak toevoegen</source>
            <translation>Add agreement</translation>
        </message>
        <message>
            <source>Nieuwe verbeterafspraak</source>
            <translation>New improvement agreement</translation>
        </message>
        <message>
            <source>Er staan meer nieuwe maatregelen ({0}) dan verbeteringen van bestaande werkwijzen ({1}). Kan een bestaande werkwijze het ook oplossen?</source>
            <translation>There are more new measures ({0}) than improvements of existing ways of working ({1}). Could an existing way of working solve this too?</translation>
        </message>
        <message>
            <source>Afspraak verwijderen</source>
            <translation>Delete agreement</translation>
        </message>
    </context>
    <context>
        <name>AgreementsTab</name>
        <message>
            <source>Alle statussen</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Alleen te laat</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Eigenaar (partij of persoon)</source>
            <translation>Owner (party or person)</translation>
        </message>
        <message>
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Alle soorten</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Alle thema's</source>
            <translation>All themes</translation>
        </message>
        <message numerus="yes">
            <source>{0} van %n afspraken</source>
            <translation>
                <numerusform>{0} of %n agreement</numerusform>
                <numerusform>{0} of %n agreements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Wat wordt er gezegd? Enter slaat op</source>
            <translation>What is being said? Enter saves</translation>
        </message>
        <message>
            <source>De toets die deze partij kiest</source>
            <translation>The key that picks this party</translation>
        </message>
        <message>
            <source>Partijen…</source>
            <translation>Parties…</translation>
        </message>
        <message>
            <source>Partijen toevoegen, hernoemen, een categorie geven en deelnemers vastleggen</source>
            <translation>Add and rename parties, give them a category and record participants</translation>
        </message>
        <message>
            <source>Ctrl+1…9 of beginletters: partij · Alt+1…6: soort · Enter: opslaan · Ctrl+Z: terug · F6: naar tijdlijn en lijst</source>
            <translation>Ctrl+1…9 or first letters: party · Alt+1…6: kind · Enter: save · Ctrl+Z: undo · F6: to timeline and list</translation>
        </message>
        <message>
            <source>Bijdrage</source>
            <translation>Contribution</translation>
        </message>
        <message>
            <source>Partij van de bijdrage</source>
            <translation>Party of the contribution</translation>
        </message>
        <message>
            <source>Soort bijdrage</source>
            <translation>Kind of contribution</translation>
        </message>
        <message>
            <source>Bijdrage:</source>
            <translation>Contribution:</translation>
        </message>
        <message>
            <source>Partij:</source>
            <translation>Party:</translation>
        </message>
        <message>
            <source>Soort:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Een nieuwe bijdrage hoort bij de gebeurtenis die in de tijdlijn gekozen is</source>
            <translation>A new contribution belongs to the event chosen in the timeline</translation>
        </message>
        <message>
            <source>→ bij gebeurtenis {0}</source>
            <translation>→ at event {0}</translation>
        </message>
        <message>
            <source>→ zonder gebeurtenis</source>
            <translation>→ no event</translation>
        </message>
        <message>
            <source>Ctrl+{0}</source>
            <translation>Ctrl+{0}</translation>
        </message>
        <message>
            <source>Bijdrage toevoegen</source>
            <translation>Add contribution</translation>
        </message>
        <message>
            <source>Bijdrage en nieuwe partij toevoegen</source>
            <translation>Add contribution and new party</translation>
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
            <source>Meer incidenten</source>
            <translation>More incidents</translation>
        </message>
        <message>
            <source>Doel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Reviewvragen</source>
            <translation>Review questions</translation>
        </message>
        <message>
            <source>Oefendossier: telt niet mee in het overzicht over dossiers</source>
            <translation>Exercise case: not counted in the overview across cases</translation>
        </message>
        <message>
            <source>Oefendossier</source>
            <translation>Exercise case</translation>
        </message>
        <message>
            <source>Voor het voorbeelddossier of een oefening met een verzonnen casus</source>
            <translation>For the demo case or an exercise with an invented case</translation>
        </message>
        <message>
            <source>Gegevens van de review wijzigen</source>
            <translation>Change review details</translation>
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
            <translation>Goal and review questions</translation>
        </message>
        <message>
            <source>Opening en voorbereiding</source>
            <translation>Opening and preparation</translation>
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
            <source>Opvolging</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Leerbrief</source>
            <translation>Learning note</translation>
        </message>
        <message>
            <source>◂ Agenda en doel</source>
            <translation>◂ Agenda and goal</translation>
        </message>
        <message>
            <source>Agenda en doel tonen of verbergen (Ctrl+Shift+A)</source>
            <translation>Show or hide the agenda and goal (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Regels ▸</source>
            <translation>Rules ▸</translation>
        </message>
        <message>
            <source>De zeven regels en de inbreng per partij tonen of verbergen (Ctrl+Shift+R)</source>
            <translation>Show or hide the seven rules and the contributions per party (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Inbreng per partij</source>
            <translation>Input per party</translation>
        </message>
        <message>
            <source>Regels: in orde ▸</source>
            <translation>Rules: in order ▸</translation>
        </message>
        <message>
            <source>Regels: {0} open ▸</source>
            <translation>Rules: {0} open ▸</translation>
        </message>
        <message>
            <source>(nog geen doel opgeschreven)</source>
            <translation>(no goal written down yet)</translation>
        </message>
    </context>
    <context>
        <name>CloseConfirmDialog</name>
        <message>
            <source>Sessie afsluiten?</source>
            <translation>Close the session?</translation>
        </message>
        <message numerus="yes">
            <source>%n fasen zijn nog niet aan bod geweest:</source>
            <translation>
                <numerusform>%n phase has not been reached yet:</numerusform>
                <numerusform>%n phases have not been reached yet:</numerusform>
            </translation>
        </message>
        <message>
            <source>Na het afsluiten staat in het verslag dat de groep daar niet aan toe is gekomen.</source>
            <translation>Once closed, the report says the group did not get to them.</translation>
        </message>
        <message>
            <source>Doorgaan met de sessie</source>
            <translation>Go on with the session</translation>
        </message>
        <message>
            <source>Toch afsluiten</source>
            <translation>Close anyway</translation>
        </message>
    </context>
    <context>
        <name>CloseRefusalDialog</name>
        <message>
            <source>Naar de spelregels</source>
            <translation>Go to the ground rules</translation>
        </message>
        <message>
            <source>Naar het doel</source>
            <translation>Go to the goal</translation>
        </message>
        <message>
            <source>Naar de reviewvragen</source>
            <translation>Go to the review questions</translation>
        </message>
        <message>
            <source>Naar de agenda</source>
            <translation>Go to the agenda</translation>
        </message>
        <message>
            <source>Naar de verbeterafspraken</source>
            <translation>Go to the improvement agreements</translation>
        </message>
        <message>
            <source>Naar de conclusies</source>
            <translation>Go to the conclusions</translation>
        </message>
        <message>
            <source>Naar de voorbereidingsvragen</source>
            <translation>Go to the preparation questions</translation>
        </message>
        <message>
            <source>Naar de partijen</source>
            <translation>Go to the parties</translation>
        </message>
        <message>
            <source>Naar 'Vervolgbijeenkomst gepland op' (Opvolging)</source>
            <translation>Go to 'Follow-up meeting planned on' (Follow-up)</translation>
        </message>
        <message>
            <source>Naar 'Terugkommoment op' (Opvolging)</source>
            <translation>Go to 'Look-back moment on' (Follow-up)</translation>
        </message>
        <message>
            <source>Sessie nog niet af</source>
            <translation>Session not finished yet</translation>
        </message>
        <message>
            <source>De sessie kan nog niet worden afgesloten. Er is nog open:</source>
            <translation>The session cannot be closed yet. Still open:</translation>
        </message>
        <message>
            <source>Regel {0} ({1}): {2}</source>
            <translation>Rule {0} ({1}): {2}</translation>
        </message>
        <message>
            <source>Terug naar de sessie</source>
            <translation>Back to the session</translation>
        </message>
    </context>
    <context>
        <name>ColophonDialog</name>
        <message>
            <source>Colofon van het verslag</source>
            <translation>Colophon of the report</translation>
        </message>
        <message>
            <source>Opdrachtgever</source>
            <translation>Commissioned by</translation>
        </message>
        <message>
            <source>Voorzitter</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Bereikbaar via (voor de familie)</source>
            <translation>Reachable at (for the family)</translation>
        </message>
        <message>
            <source>Versie</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Auteurs, één per regel</source>
            <translation>Authors, one per line</translation>
        </message>
        <message>
            <source>Auteurs (één per regel)</source>
            <translation>Authors (one per line)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Concept ter wederhoor</source>
            <translation>Draft for comments</translation>
        </message>
        <message>
            <source>Definitief</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Vastgesteld op</source>
            <translation>Adopted on</translation>
        </message>
        <message>
            <source>Datum van vaststelling</source>
            <translation>Date of adoption</translation>
        </message>
        <message>
            <source>Vaststelling</source>
            <translation>Adoption</translation>
        </message>
        <message>
            <source>Verzendlijst, één ontvanger per regel</source>
            <translation>Distribution list, one recipient per line</translation>
        </message>
        <message>
            <source>Verzendlijst (één per regel)</source>
            <translation>Distribution list (one per line)</translation>
        </message>
        <message>
            <source>Vervolgbijeenkomst: tijd</source>
            <translation>Follow-up meeting: time</translation>
        </message>
        <message>
            <source>Vervolgbijeenkomst: plaats</source>
            <translation>Follow-up meeting: place</translation>
        </message>
        <message>
            <source>bijv. 14:00</source>
            <translation>e.g. 14:00</translation>
        </message>
        <message>
            <source>Colofon wijzigen</source>
            <translation>Edit colophon</translation>
        </message>
    </context>
    <context>
        <name>ConclusionDialog</name>
        <message>
            <source>Conclusie bewerken</source>
            <translation>Edit conclusion</translation>
        </message>
        <message>
            <source>Nieuwe conclusie</source>
            <translation>New conclusion</translation>
        </message>
        <message>
            <source>Wat concluderen we?</source>
            <translation>What do we conclude?</translation>
        </message>
        <message>
            <source>Er hoeft niets te veranderen</source>
            <translation>Nothing needs to change</translation>
        </message>
        <message>
            <source>Waarom hoeft er niets te veranderen?</source>
            <translation>Why does nothing need to change?</translation>
        </message>
        <message>
            <source>Zoek in gebeurtenissen en bijdragen…</source>
            <translation>Search events and contributions…</translation>
        </message>
        <message>
            <source>Reviewvragen die deze conclusie beantwoordt</source>
            <translation>Review questions this conclusion answers</translation>
        </message>
        <message>
            <source>Eigen thema…</source>
            <translation>Own theme…</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Steunt op gebeurtenissen</source>
            <translation>Rests on events</translation>
        </message>
        <message>
            <source>en op bijdragen</source>
            <translation>and on contributions</translation>
        </message>
        <message>
            <source>Thema's (rode draden)</source>
            <translation>Themes (recurring threads)</translation>
        </message>
        <message>
            <source>Conclusie</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <source>Beantwoordt reviewvraag</source>
            <translation>Answers review question</translation>
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
        <message>
            <source>1 gebeurtenis</source>
            <translation>1 event</translation>
        </message>
        <message>
            <source>{0} gebeurtenissen</source>
            <translation>{0} events</translation>
        </message>
        <message>
            <source>1 bijdrage</source>
            <translation>1 contribution</translation>
        </message>
        <message>
            <source>{0} bijdragen</source>
            <translation>{0} contributions</translation>
        </message>
        <message>
            <source>Steunt op: {0}</source>
            <translation>Rests on: {0}</translation>
        </message>
    </context>
    <context>
        <name>ConclusionsPane</name>
        <message>
            <source>Conclusies</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <source>Nieuw…</source>
            <translation>New…</translation>
        </message>
        <message>
            <source>Bewerken…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Nieuwe conclusie met gebeurtenissen, bijdragen en thema's</source>
            <translation>New conclusion with events, contributions and themes</translation>
        </message>
        <message>
            <source>Tekst, gebeurtenissen, bijdragen en thema's van de gekozen conclusie</source>
            <translation>Text, events, contributions and themes of the chosen conclusion</translation>
        </message>
        <message>
            <source>Nieuwe conclusie</source>
            <translation>New conclusion</translation>
        </message>
        <message>
            <source>Nieuwe conclusie…</source>
            <translation>New conclusion…</translation>
        </message>
        <message>
            <source>Er hoeft niets te veranderen</source>
            <translation>Nothing needs to change</translation>
        </message>
        <message>
            <source>Waarom hoeft er niets te veranderen</source>
            <translation>Why nothing needs to change</translation>
        </message>
        <message>
            <source>Waarom niet?</source>
            <translation>Why not?</translation>
        </message>
        <message>
            <source>De nieuwe conclusie koppelen aan de gebeurtenis die in de tijdlijn gekozen is</source>
            <translation>Link the new conclusion to the event chosen in the timeline</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Bij gebeurtenis {0}</source>
            <translation>With event {0}</translation>
        </message>
        <message>
            <source>Bij de gekozen gebeurtenis</source>
            <translation>At the chosen event</translation>
        </message>
        <message>
            <source>Geen gebeurtenis gekozen</source>
            <translation>No event chosen</translation>
        </message>
    </context>
    <context>
        <name>ConclusionsTab</name>
        <message>
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Conclusies bij dit thema</source>
            <translation>Conclusions with this theme</translation>
        </message>
        <message>
            <source>Wat ging goed (in alle dossiers)</source>
            <translation>What went well (in all cases)</translation>
        </message>
    </context>
    <context>
        <name>ContributionDelegate</name>
        <message>
            <source>gebeurtenis {0}</source>
            <translation>event {0}</translation>
        </message>
    </context>
    <context>
        <name>ContributionDialog</name>
        <message>
            <source>Bijdrage bewerken</source>
            <translation>Edit contribution</translation>
        </message>
        <message>
            <source>(geen fase)</source>
            <translation>(no phase)</translation>
        </message>
        <message>
            <source>(geen partij)</source>
            <translation>(no party)</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Phase</translation>
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
        <name>ContributionListModel</name>
        <message>
            <source>Fase {0} · {1}</source>
            <translation>Phase {0} · {1}</translation>
        </message>
        <message>
            <source>Zonder fase</source>
            <translation>Without a phase</translation>
        </message>
        <message>
            <source>gebeurtenis {0}</source>
            <translation>event {0}</translation>
        </message>
    </context>
    <context>
        <name>ContributionsPane</name>
        <message>
            <source>Bijdragen</source>
            <translation>Contributions</translation>
        </message>
        <message>
            <source>Bewerken of verplaatsen…</source>
            <translation>Edit or move…</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Koppelen aan een nieuwe conclusie…</source>
            <translation>Link to a new conclusion…</translation>
        </message>
        <message>
            <source>F2: bewerken of verplaatsen · Ctrl+K: koppelen aan een conclusie · Delete: verwijderen</source>
            <translation>F2: edit or move · Ctrl+K: link to a conclusion · Delete: delete</translation>
        </message>
        <message>
            <source>Alle soorten</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Alle gebeurtenissen</source>
            <translation>All events</translation>
        </message>
        <message>
            <source>Bij de gekozen gebeurtenis</source>
            <translation>At the chosen event</translation>
        </message>
        <message>
            <source>Bijdragen tonen van fase</source>
            <translation>Show contributions of phase</translation>
        </message>
        <message>
            <source>Bijdragen tonen van partij</source>
            <translation>Show contributions of party</translation>
        </message>
        <message>
            <source>Bijdragen tonen van soort</source>
            <translation>Show contributions of kind</translation>
        </message>
        <message>
            <source>Bijdragen tonen bij gebeurtenis</source>
            <translation>Show contributions at event</translation>
        </message>
        <message>
            <source>Toon:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Alle fasen</source>
            <translation>All phases</translation>
        </message>
        <message>
            <source>Alle partijen</source>
            <translation>All parties</translation>
        </message>
        <message>
            <source>Huidige fase</source>
            <translation>Current phase</translation>
        </message>
        <message>
            <source>Bijdrage verplaatsen</source>
            <translation>Move contribution</translation>
        </message>
        <message>
            <source>Bijdrage bewerken</source>
            <translation>Edit contribution</translation>
        </message>
        <message numerus="yes">
            <source>%n bijdragen verwijderen</source>
            <translation>
                <numerusform>Delete %n contribution</numerusform>
                <numerusform>Delete %n contributions</numerusform>
            </translation>
        </message>
        <message>
            <source>Bijdrage verwijderen</source>
            <translation>Delete contribution</translation>
        </message>
    </context>
    <context>
        <name>DecisionBox</name>
        <message>
            <source>Waarom? (nodig voor doorschuiven en stoppen)</source>
            <translation>Why? (needed to carry forward or stop)</translation>
        </message>
        <message>
            <source>Doorschuiven naar</source>
            <translation>Carry forward to</translation>
        </message>
        <message>
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Nieuwe datum bij doorschuiven</source>
            <translation>New date when carried forward</translation>
        </message>
        <message>
            <source>Reden van het besluit</source>
            <translation>Reason for the decision</translation>
        </message>
        <message>
            <source>Eerdere besluiten</source>
            <translation>Earlier decisions</translation>
        </message>
        <message>
            <source>{0} van {1} naar {2}</source>
            <translation>{0} from {1} to {2}</translation>
        </message>
        <message>
            <source>Deze afspraak is over datum: besluit om door te schuiven of te stoppen.</source>
            <translation>This agreement is overdue: decide to carry it forward or to stop it.</translation>
        </message>
        <message>
            <source>Een besluit is nodig zodra de afspraak over datum is.</source>
            <translation>A decision is needed once the agreement is overdue.</translation>
        </message>
        <message>
            <source>Afspraak doorschuiven</source>
            <translation>Carry agreement forward</translation>
        </message>
        <message>
            <source>Afspraak stoppen</source>
            <translation>Stop agreement</translation>
        </message>
    </context>
    <context>
        <name>EffectCheckBox</name>
        <message>
            <source>Wat zagen we? (Enter slaat op)</source>
            <translation>What did we see? (Enter saves)</translation>
        </message>
        <message>
            <source>Effect vastleggen</source>
            <translation>Record effect</translation>
        </message>
        <message>
            <source>Uitkomst van de meting</source>
            <translation>Result of the check</translation>
        </message>
        <message>
            <source>Datum van de meting</source>
            <translation>Date of the check</translation>
        </message>
        <message>
            <source>Wat we zagen</source>
            <translation>What we saw</translation>
        </message>
        <message>
            <source>Eerdere metingen</source>
            <translation>Earlier checks</translation>
        </message>
        <message>
            <source>Laatste meting ({0}): {1}</source>
            <translation>Latest check ({0}): {1}</translation>
        </message>
        <message>
            <source>Nog geen effect gemeten.</source>
            <translation>No effect checked yet.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Evaluatie door de deelnemers</source>
            <translation>Evaluation by the participants</translation>
        </message>
    </context>
    <context>
        <name>EvaluationForm</name>
        <message>
            <source>Opslaan en volgende deelnemer</source>
            <translation>Save and next participant</translation>
        </message>
        <message>
            <source>Anoniem: er wordt geen naam opgeslagen. Uitkomsten alleen als totaal, vanaf drie formulieren.</source>
            <translation>Anonymous: no name is stored. Results only as totals, from three forms.</translation>
        </message>
        <message>
            <source>Evaluatie</source>
            <translation>Evaluation</translation>
        </message>
        <message numerus="yes">
            <source>%n formulieren ingevoerd</source>
            <translation>
                <numerusform>%n form entered</numerusform>
                <numerusform>%n forms entered</numerusform>
            </translation>
        </message>
        <message>
            <source>Uitkomsten worden getoond vanaf {0} formulieren.</source>
            <translation>Results are shown from {0} forms.</translation>
        </message>
        <message>
            <source>te weinig antwoorden</source>
            <translation>too few answers</translation>
        </message>
        <message>
            <source>Gemiddeld (1–5):</source>
            <translation>Average (1–5):</translation>
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
        <name>EventPartiesDialog</name>
        <message>
            <source>Betrokken partijen</source>
            <translation>Parties involved</translation>
        </message>
        <message>
            <source>{0} (eerste partij)</source>
            <translation>{0} (first party)</translation>
        </message>
        <message>
            <source>Welke partijen zijn nog meer bij deze gebeurtenis betrokken?</source>
            <translation>Which other parties are involved in this event?</translation>
        </message>
        <message>
            <source>Betrokken partijen wijzigen</source>
            <translation>Change the parties involved</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Intern document met echte namen (niet voor deelnemers)</source>
            <translation>Internal document with real names (not for participants)</translation>
        </message>
        <message>
            <source>Uit de regio: vergelijkbare lessen</source>
            <translation>From the region: similar lessons</translation>
        </message>
        <message>
            <source>Vergelijkbare lessen uit het regionale register opnemen</source>
            <translation>Include similar lessons from the regional register</translation>
        </message>
        <message>
            <source>Leest de lessen van andere organisaties over de thema's van deze casus uit het ingestelde register.</source>
            <translation>Reads other organisations' lessons on this case's themes from the configured register.</translation>
        </message>
        <message>
            <source>Document met echte namen</source>
            <translation>Document with real names</translation>
        </message>
        <message>
            <source>Dit document bevat de echte namen van kinderen en ouders. Het is alleen voor intern gebruik; in elke kop staat "Vertrouwelijk — bevat namen".

Weet u zeker dat u een document met echte namen wilt maken?</source>
            <translation>This document contains the real names of children and parents. It is for internal use only; every header says "Vertrouwelijk — bevat namen" (confidential — contains names).

Are you sure you want to make a document with real names?</translation>
        </message>
        <message>
            <source>Soort document</source>
            <translation>Document type</translation>
        </message>
        <message>
            <source>Bestandsformaat</source>
            <translation>File format</translation>
        </message>
    </context>
    <context>
        <name>FamilyDialog</name>
        <message>
            <source>De familie</source>
            <translation>The family</translation>
        </message>
        <message>
            <source>Vraag van de familie, Enter om toe te voegen</source>
            <translation>Question from the family, Enter to add</translation>
        </message>
        <message>
            <source>Antwoord op de gekozen vraag</source>
            <translation>Answer to the selected question</translation>
        </message>
        <message>
            <source>Antwoord opslaan</source>
            <translation>Save answer</translation>
        </message>
        <message>
            <source>Voeg eerst de familie toe als partij met categorie Cliënt/burger.</source>
            <translation>First add the family as a party with category Client/citizen.</translation>
        </message>
        <message>
            <source>Partijen bewerken…</source>
            <translation>Edit parties…</translation>
        </message>
        <message>
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Betrokkenheid</source>
            <translation>Involvement</translation>
        </message>
        <message>
            <source>Contactpersoon</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Eigen vragen van de familie</source>
            <translation>The family's own questions</translation>
        </message>
        <message>
            <source>Gebeurtenissen die van de familie komen (aanvinken)</source>
            <translation>Events that come from the family (tick)</translation>
        </message>
        <message>
            <source>(nog niet beantwoord)</source>
            <translation>(not answered yet)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>{0}
over datum</source>
            <translation>{0}
overdue</translation>
        </message>
        <message>
            <source>Effect: {0}</source>
            <translation>Effect: {0}</translation>
        </message>
        <message>
            <source>De datum is voorbij en de afspraak is nog niet gereed.</source>
            <translation>The date has passed and the agreement is not done yet.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>Vervolgbijeenkomst gepland op</source>
            <translation>Follow-up meeting planned on</translation>
        </message>
        <message>
            <source>Afspraak bewerken…</source>
            <translation>Edit agreement…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Voortgang</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Datum van de vervolgbijeenkomst</source>
            <translation>Date of the follow-up meeting</translation>
        </message>
        <message>
            <source>Afspraken om op te volgen</source>
            <translation>Agreements to follow up</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>Effect</translation>
        </message>
        <message>
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Terugkommoment op</source>
            <translation>Look-back moment on</translation>
        </message>
        <message>
            <source>Datum van het terugkommoment</source>
            <translation>Date of the look-back moment</translation>
        </message>
        <message>
            <source>De partij die de afsprakenlijst invult</source>
            <translation>The party that fills in the agreements list</translation>
        </message>
        <message>
            <source>Partij voor de afsprakenlijst</source>
            <translation>Party for the agreements list</translation>
        </message>
        <message>
            <source>Afsprakenlijst maken…</source>
            <translation>Make agreements list…</translation>
        </message>
        <message>
            <source>Ingevulde lijst inlezen…</source>
            <translation>Read back filled-in list…</translation>
        </message>
        <message>
            <source>Agenda (.ics)…</source>
            <translation>Calendar (.ics)…</translation>
        </message>
        <message>
            <source>Agenda vervolgbijeenkomst laden</source>
            <translation>Load follow-up meeting agenda</translation>
        </message>
        <message>
            <source>Voegt aan de agenda een fase per open afspraak toe, met de toetsing en de laatste effectmeting.</source>
            <translation>Adds a phase per open agreement to the agenda, with its success check and latest effect check.</translation>
        </message>
        <message>
            <source>Kies een afspraak in de lijst.</source>
            <translation>Choose an agreement in the list.</translation>
        </message>
        <message>
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>nog niemand</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>geen datum</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>Toetsing</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>nog niet afgesproken</source>
            <translation>not agreed yet</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>nog niet gekozen</source>
            <translation>not chosen yet</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Hoort bij</source>
            <translation>Belongs to</translation>
        </message>
        <message>
            <source>Laatste effect</source>
            <translation>Latest effect</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>nog niet gemeten</source>
            <translation>not checked yet</translation>
        </message>
        <message>
            <source>Bij conclusie</source>
            <translation>For conclusion</translation>
        </message>
        <message>
            <source>Over datum</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Er zijn nog geen verbeterafspraken.</source>
            <translation>There are no improvement agreements yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n afspraken: {0} open, {1} uitgevoerd</source>
            <translation>
                <numerusform>%n agreement: {0} open, {1} carried out</numerusform>
                <numerusform>%n agreements: {0} open, {1} carried out</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} over datum</source>
            <translation>{0} overdue</translation>
        </message>
        <message>
            <source>Terugkommoment plannen</source>
            <translation>Plan look-back moment</translation>
        </message>
        <message>
            <source>Afsprakenlijst opslaan</source>
            <translation>Save agreements list</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Afsprakenlijst</source>
            <translation>Agreement list</translation>
        </message>
        <message>
            <source>De afsprakenlijst wordt gemaakt…</source>
            <translation>Making the agreement list…</translation>
        </message>
        <message>
            <source>Afsprakenlijst geschreven: {0}</source>
            <translation>Agreements list written: {0}</translation>
        </message>
        <message>
            <source>Ingevulde afsprakenlijst</source>
            <translation>Filled-in agreements list</translation>
        </message>
        <message>
            <source>Agenda opslaan</source>
            <translation>Save calendar</translation>
        </message>
        <message>
            <source>Agenda (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
        <message>
            <source>Agenda-bestand</source>
            <translation>Calendar file</translation>
        </message>
        <message>
            <source>Het agenda-bestand wordt gemaakt…</source>
            <translation>Making the calendar file…</translation>
        </message>
        <message>
            <source>Agenda geschreven: {0}</source>
            <translation>Calendar written: {0}</translation>
        </message>
        <message>
            <source>De agenda van de vervolgbijeenkomst staat klaar op het tabblad Sessie.</source>
            <translation>The follow-up meeting agenda is ready on the Session tab.</translation>
        </message>
        <message>
            <source>Vervolgbijeenkomst plannen</source>
            <translation>Plan follow-up meeting</translation>
        </message>
    </context>
    <context>
        <name>GreyAreaPane</name>
        <message>
            <source>Het schemergebied</source>
            <translation>The grey area</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Nieuw punt voor het schemergebied</source>
            <translation>New point for the grey area</translation>
        </message>
        <message>
            <source>Onzeker, dilemma of aanvaard risico? Enter</source>
            <translation>Uncertain, dilemma or accepted risk? Enter</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Schemergebied aanvullen</source>
            <translation>Add to the grey area</translation>
        </message>
        <message>
            <source>Punt uit het schemergebied verwijderen</source>
            <translation>Remove a point from the grey area</translation>
        </message>
    </context>
    <context>
        <name>GroundRulesPane</name>
        <message>
            <source>Afspraken over de veilige setting</source>
            <translation>Agreements on a safe setting</translation>
        </message>
        <message>
            <source>Nieuwe afspraak over de setting</source>
            <translation>New agreement on the setting</translation>
        </message>
        <message>
            <source>Nieuwe spelregel, Enter voegt toe</source>
            <translation>New ground rule, Enter adds it</translation>
        </message>
        <message>
            <source>Iedereen stemt in</source>
            <translation>Everyone agrees</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Hoe bijdragen worden getoond en in het verslag komen. Namen alleen als de groep daarmee instemt.</source>
            <translation>How contributions are shown and appear in the report. Names only if the group agrees.</translation>
        </message>
        <message>
            <source>Bijdragen tonen</source>
            <translation>Show contributions</translation>
        </message>
        <message>
            <source>Spelregels (regel 1) — vink aan waarmee de groep instemt</source>
            <translation>Ground rules (rule 1) — tick what the group agrees to</translation>
        </message>
        <message>
            <source>Spelregel wijzigen</source>
            <translation>Change ground rule</translation>
        </message>
        <message>
            <source>Spelregel toevoegen</source>
            <translation>Add ground rule</translation>
        </message>
        <message>
            <source>Spelregels afvinken</source>
            <translation>Tick ground rules</translation>
        </message>
        <message>
            <source>Spelregel verwijderen</source>
            <translation>Remove ground rule</translation>
        </message>
        <message>
            <source>Toeschrijving wijzigen</source>
            <translation>Change attribution</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Tijdlijn importeren – {0}</source>
            <translation>Import timeline – {0}</translation>
        </message>
        <message>
            <source>Voorbeeld lezen</source>
            <translation>Reading the preview</translation>
        </message>
        <message>
            <source>Dit document heeft meer tabellen die op een tijdlijn lijken. Controleer hierboven of de juiste tabel gekozen is.</source>
            <translation>This document has more tables that look like a timeline. Check above that the right table is chosen.</translation>
        </message>
        <message>
            <source>Bezig: het voorbeeld wordt gelezen…</source>
            <translation>Busy: reading the preview…</translation>
        </message>
        <message>
            <source>datum</source>
            <translation>date</translation>
        </message>
        <message>
            <source>tijd</source>
            <translation>time</translation>
        </message>
        <message>
            <source>partij</source>
            <translation>party</translation>
        </message>
        <message>
            <source>omschrijving</source>
            <translation>description</translation>
        </message>
        <message>
            <source>bron</source>
            <translation>source</translation>
        </message>
        <message>
            <source>sleutelmoment</source>
            <translation>key moment</translation>
        </message>
        <message>
            <source>negeren</source>
            <translation>ignore</translation>
        </message>
        <message>
            <source>soort</source>
            <translation>type</translation>
        </message>
        <message>
            <source>Voorbeeld wordt gelezen</source>
            <translation>Reading the preview</translation>
        </message>
        <message>
            <source>Kolommen in het bestand</source>
            <translation>Columns in the file</translation>
        </message>
        <message>
            <source>bijvoorbeeld: Jeugdteam Oost (voor rijen zonder partij)</source>
            <translation>for example: Youth team East (for rows without a party)</translation>
        </message>
        <message>
            <source>Partij voor het hele bestand:</source>
            <translation>Party for the whole file:</translation>
        </message>
        <message>
            <source>Bewust zonder partij importeren</source>
            <translation>Knowingly import without a party</translation>
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
            <translation>Worksheet:</translation>
        </message>
        <message>
            <source>Tabel:</source>
            <translation>Table:</translation>
        </message>
        <message>
            <source> (1 rij)</source>
            <translation> (1 row)</translation>
        </message>
        <message>
            <source> ({0} rijen)</source>
            <translation> ({0} rows)</translation>
        </message>
        <message>
            <source> · lijkt een tijdlijn</source>
            <translation> · looks like a timeline</translation>
        </message>
        <message>
            <source>Eerste waarde: {0}</source>
            <translation>First value: {0}</translation>
        </message>
        <message>
            <source>Kolom is leeg</source>
            <translation>Column is empty</translation>
        </message>
        <message>
            <source>Veld voor kolom {0}</source>
            <translation>Field for column {0}</translation>
        </message>
        <message>
            <source>1 rij wordt geïmporteerd.</source>
            <translation>1 row will be imported.</translation>
        </message>
        <message>
            <source>{0} rijen worden geïmporteerd.</source>
            <translation>{0} rows will be imported.</translation>
        </message>
        <message>
            <source>Kolomkoppen gevonden op rij {0}.</source>
            <translation>Column headers found on row {0}.</translation>
        </message>
        <message>
            <source>1 rij heeft een probleem (rood; wijs de rij aan voor de reden).</source>
            <translation>1 row has a problem (red; point at the row for the reason).</translation>
        </message>
        <message>
            <source>{0} rijen hebben een probleem (rood; wijs een rij aan voor de reden).</source>
            <translation>{0} rows have a problem (red; point at a row for the reason).</translation>
        </message>
        <message>
            <source>Hieronder de eerste {0}.</source>
            <translation>The first {0} are below.</translation>
        </message>
        <message>
            <source>Dit bestand heeft geen kolom voor de partij. Van welke partij is deze tijdlijn? Vul de partij in, of kies bewust voor zonder partij.</source>
            <translation>This file has no party column. Whose timeline is this? Enter the party, or knowingly choose to import without one.</translation>
        </message>
    </context>
    <context>
        <name>IncidentsPane</name>
        <message>
            <source>Datum van het incident</source>
            <translation>Date of the incident</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Nog een incident in deze review</source>
            <translation>Another incident in this review</translation>
        </message>
        <message>
            <source>Nog een incident, Enter</source>
            <translation>Another incident, Enter</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Verdere incidenten</source>
            <translation>Further incidents</translation>
        </message>
        <message>
            <source>Incident toevoegen</source>
            <translation>Add incident</translation>
        </message>
        <message>
            <source>Incident verwijderen</source>
            <translation>Remove incident</translation>
        </message>
    </context>
    <context>
        <name>LeerbriefPane</name>
        <message>
            <source>Doelgroep</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Bijvoorbeeld: een gezin met twee jonge kinderen (geen namen of plaatsen)</source>
            <translation>For example: a family with two young children (no names or places)</translation>
        </message>
        <message>
            <source>Omstandigheden</source>
            <translation>Circumstances</translation>
        </message>
        <message>
            <source>Welke soorten organisaties, hoe lang; data hooguit per kwartaal</source>
            <translation>Which kinds of organisations, for how long; dates by quarter at most</translation>
        </message>
        <message>
            <source>Het verhaal</source>
            <translation>The story</translation>
        </message>
        <message>
            <source>Wat er gebeurde, in uw eigen woorden</source>
            <translation>What happened, in your own words</translation>
        </message>
        <message>
            <source>Mechanismen</source>
            <translation>Mechanisms</translation>
        </message>
        <message>
            <source>Waarom het zo liep</source>
            <translation>Why it went this way</translation>
        </message>
        <message>
            <source>Wat ging goed</source>
            <translation>What went well</translation>
        </message>
        <message>
            <source>Lessen</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Eén les per regel</source>
            <translation>One lesson per line</translation>
        </message>
        <message>
            <source>Een leerbrief is voor mensen buiten de review: geen namen, geen plaatsen en geen data preciezer dan een kwartaal. Thema's en verbeterafspraken (soort en niveau, zonder eigenaren) komen uit het dossier.</source>
            <translation>A learning note is for people outside the review: no names, no places and no dates finer than a quarter. Themes and improvement agreements (kind and level, without owners) come from the case.</translation>
        </message>
        <message>
            <source>Klaar om te delen</source>
            <translation>Ready to share</translation>
        </message>
        <message>
            <source>Publiceren in het regioregister…</source>
            <translation>Publish to the regional register…</translation>
        </message>
        <message>
            <source>Namen zoeken in de tekst zoals hij nu is…</source>
            <translation>Searching the text as it is now for names…</translation>
        </message>
        <message>
            <source>De controle vond nog iets dat niet mag worden gedeeld:</source>
            <translation>The check still found something that may not be shared:</translation>
        </message>
        <message>
            <source>Controle: geen namen en geen data preciezer dan een kwartaal gevonden.</source>
            <translation>Check: no names and no dates finer than a quarter found.</translation>
        </message>
        <message>
            <source>Namen zoeken</source>
            <translation>Searching for names</translation>
        </message>
        <message>
            <source>De leerbrief kan nog niet gedeeld worden; pas eerst aan wat de controle onder de tekst noemt.</source>
            <translation>The learning note cannot be shared yet; first change what the check below the text lists.</translation>
        </message>
        <message>
            <source>Even geduld: de leerbrief wordt nog op namen doorzocht. Vink hem aan zodra de controle klaar is.</source>
            <translation>One moment: the learning note is still being searched for names. Tick it once the check is done.</translation>
        </message>
        <message>
            <source>De leerbrief is nog leeg.</source>
            <translation>The learning note is still empty.</translation>
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
            <source>&amp;Kopie opslaan als…</source>
            <translation>Save a &amp;copy as…</translation>
        </message>
        <message>
            <source>&amp;Versleuteling…</source>
            <translation>&amp;Encryption…</translation>
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
            <source>&amp;Opvolgmodus</source>
            <translation>&amp;Follow-up mode</translation>
        </message>
        <message>
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Donker &amp;thema</source>
            <translation>Dark &amp;theme</translation>
        </message>
        <message>
            <source>Het hele venster donker, voor een projector in een lichte zaal</source>
            <translation>The whole window dark, for a projector in a bright room</translation>
        </message>
        <message>
            <source>&amp;Pseudoniemen…</source>
            <translation>&amp;Pseudonyms…</translation>
        </message>
        <message>
            <source>&amp;Namen…</source>
            <translation>&amp;Names…</translation>
        </message>
        <message>
            <source>Vorige versie terugzetten…</source>
            <translation>Restore a previous version…</translation>
        </message>
        <message>
            <source>O&amp;verzicht…</source>
            <translation>O&amp;verview…</translation>
        </message>
        <message>
            <source>&amp;Thema's in de regio…</source>
            <translation>&amp;Themes in the region…</translation>
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
            <translation>&amp;Session</translation>
        </message>
        <message>
            <source>&amp;Vorige fase</source>
            <translation>&amp;Previous phase</translation>
        </message>
        <message>
            <source>V&amp;olgende fase</source>
            <translation>&amp;Next phase</translation>
        </message>
        <message>
            <source>&amp;Presentatiescherm</source>
            <translation>P&amp;resenter screen</translation>
        </message>
        <message>
            <source>&amp;Donker presentatiescherm</source>
            <translation>&amp;Dark presenter screen</translation>
        </message>
        <message>
            <source>Sessie &amp;afsluiten…</source>
            <translation>&amp;Close session…</translation>
        </message>
        <message>
            <source>Samen&amp;vatting van de sessie</source>
            <translation>Session &amp;summary</translation>
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
            <source>dossier {0}</source>
            <translation>case {0}</translation>
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
            <source>Het voorbeelddossier wordt gemaakt…</source>
            <translation>Creating the example case…</translation>
        </message>
        <message>
            <source>Vorige versie terugzetten</source>
            <translation>Restore a previous version</translation>
        </message>
        <message>
            <source>De versie van {0} wordt teruggezet…</source>
            <translation>Restoring the version of {0}…</translation>
        </message>
        <message>
            <source>Vorige versie teruggezet.</source>
            <translation>Previous version restored.</translation>
        </message>
        <message>
            <source>versleuteld</source>
            <translation>encrypted</translation>
        </message>
        <message>
            <source>niet versleuteld</source>
            <translation>not encrypted</translation>
        </message>
        <message>
            <source>Het dossier is nu {0}.</source>
            <translation>The case file is now {0}.</translation>
        </message>
        <message>
            <source>Dossier alleen-lezen</source>
            <translation>Case file read-only</translation>
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
            <translation>Session not finished yet</translation>
        </message>
    </context>
    <context>
        <name>MergeAssistant</name>
        <message>
            <source>Tijdlijnen samenvoegen</source>
            <translation>Merge timelines</translation>
        </message>
        <message>
            <source>Hoe sterk gebeurtenissen op elkaar moeten lijken (0-100)</source>
            <translation>How alike events must be (0-100)</translation>
        </message>
        <message>
            <source>Samenvoegen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Apart houden</source>
            <translation>Keep apart</translation>
        </message>
        <message>
            <source>Gebeurtenissen van verschillende partijen die dicht bij elkaar liggen en hetzelfde vertellen: waarschijnlijk één feit, door elke partij in eigen woorden verteld.</source>
            <translation>Events of different parties that lie close together and tell the same thing: probably one fact, told by each party in its own words.</translation>
        </message>
        <message>
            <source>Drempel</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Eigen afkortingen…</source>
            <translation>Own abbreviations…</translation>
        </message>
        <message>
            <source>&amp;Drempel:</source>
            <translation>&amp;Threshold:</translation>
        </message>
        <message>
            <source>Tekst van de samengevoegde gebeurtenis:</source>
            <translation>Text of the merged event:</translation>
        </message>
        <message>
            <source>Gebeurtenissen vergelijken…</source>
            <translation>Comparing events…</translation>
        </message>
        <message>
            <source>(geen partij)</source>
            <translation>(no party)</translation>
        </message>
        <message>
            <source>{0} · {1} ({2}%)</source>
            <translation>{0} · {1} ({2}%)</translation>
        </message>
        <message>
            <source>Geen gebeurtenissen gevonden die op elkaar lijken.</source>
            <translation>No events found that look alike.</translation>
        </message>
        <message>
            <source>Ruim: ook gebeurtenissen die maar een beetje op elkaar lijken worden voorgesteld; controleer elk voorstel.</source>
            <translation>Loose: events that are only a little alike are proposed too; check every proposal.</translation>
        </message>
        <message>
            <source>Gewoon: een feit dat twee partijen elk in eigen woorden vertellen, ook een paar dagen later geregistreerd; verschillende feiten op één dag blijven apart.</source>
            <translation>Normal: one fact that two parties each tell in their own words, also when registered a few days later; different facts on one day stay apart.</translation>
        </message>
        <message>
            <source>Streng: alleen gebeurtenissen die bijna hetzelfde zeggen op (bijna) dezelfde dag.</source>
            <translation>Strict: only events that say almost the same on (almost) the same day.</translation>
        </message>
        <message>
            <source>zelfde datum</source>
            <translation>same date</translation>
        </message>
        <message>
            <source>1 dag uit elkaar</source>
            <translation>1 day apart</translation>
        </message>
        <message>
            <source>{0} dagen uit elkaar</source>
            <translation>{0} days apart</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>{0} en {1} ({2}%): {3}; gedeelde woorden: {4}; {5}.</source>
            <translation>{0} and {1} ({2}%): {3}; shared words: {4}; {5}.</translation>
        </message>
        <message>
            <source>inhoud</source>
            <translation>content</translation>
        </message>
        <message>
            <source>noemt de andere partij</source>
            <translation>names the other party</translation>
        </message>
        <message>
            <source>zelfde soort gebeurtenis</source>
            <translation>same kind of event</translation>
        </message>
        <message>
            <source>tijdstippen ver uit elkaar</source>
            <translation>times far apart</translation>
        </message>
        <message>
            <source>datum</source>
            <translation>date</translation>
        </message>
        <message>
            <source>noemt de dag van de ander</source>
            <translation>names the other's day</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
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
            <source>Bestand en rij</source>
            <translation>File and row</translation>
        </message>
        <message>
            <source>{0}, rij {1}</source>
            <translation>{0}, row {1}</translation>
        </message>
        <message>
            <source>Tekst van {0}</source>
            <translation>Text of {0}</translation>
        </message>
        <message>
            <source>Teksten combineren</source>
            <translation>Combine the texts</translation>
        </message>
        <message>
            <source>Beschrijf wat er gebeurde; leeg mag niet.</source>
            <translation>Describe what happened; it cannot be empty.</translation>
        </message>
        <message>
            <source>Gebeurtenissen samenvoegen</source>
            <translation>Merge events</translation>
        </message>
        <message>
            <source>Gebeurtenissen apart houden</source>
            <translation>Keep events apart</translation>
        </message>
    </context>
    <context>
        <name>MergeTermsDialog</name>
        <message>
            <source>Eigen afkortingen</source>
            <translation>Own abbreviations</translation>
        </message>
        <message>
            <source>Schrijf per regel een afkorting of naam en wat die betekent, bijvoorbeeld "SWT = wijkteam" of "Jeugdbescherming Regio = jeugdbescherming". Bekende afkortingen als VT, GI, RvdK, JGZ en POH kent casereview al.</source>
            <translation>Write one abbreviation or name per line with what it means, for example "SWT = wijkteam" or "Jeugdbescherming Regio = jeugdbescherming". casereview already knows common abbreviations such as VT, GI, RvdK, JGZ and POH.</translation>
        </message>
    </context>
    <context>
        <name>NameStateModel</name>
        <message>
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Aantal</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Waar</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>persoon</source>
            <translation>person</translation>
        </message>
        <message>
            <source>plaats of adres</source>
            <translation>place or address</translation>
        </message>
        <message>
            <source>instelling</source>
            <translation>institution</translation>
        </message>
        <message>
            <source>datum</source>
            <translation>date</translation>
        </message>
        <message>
            <source>leeftijd</source>
            <translation>age</translation>
        </message>
        <message>
            <source>telefoonnummer</source>
            <translation>phone number</translation>
        </message>
        <message>
            <source>BSN</source>
            <translation>BSN (citizen service number)</translation>
        </message>
        <message>
            <source>e-mailadres</source>
            <translation>e-mail address</translation>
        </message>
        <message>
            <source>webadres</source>
            <translation>web address</translation>
        </message>
        <message>
            <source>nog niet beslist</source>
            <translation>not decided yet</translation>
        </message>
        <message>
            <source>geen naam</source>
            <translation>not a name</translation>
        </message>
        <message>
            <source>pseudoniem: {0}</source>
            <translation>pseudonym: {0}</translation>
        </message>
    </context>
    <context>
        <name>NamesDialog</name>
        <message>
            <source>Namen</source>
            <translation>Names</translation>
        </message>
        <message>
            <source>Gevonden namen en persoonsgegevens</source>
            <translation>Names and personal data found</translation>
        </message>
        <message>
            <source>Pseudoniem voor de gekozen naam</source>
            <translation>Pseudonym for the chosen name</translation>
        </message>
        <message>
            <source>pseudoniem, bijv. moeder; Enter slaat op</source>
            <translation>pseudonym, e.g. mother; Enter stores it</translation>
        </message>
        <message>
            <source>Gevonden namen</source>
            <translation>Names found</translation>
        </message>
        <message>
            <source>Geen naam (Ctrl+G)</source>
            <translation>Not a name (Ctrl+G)</translation>
        </message>
        <message>
            <source>Weer open</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Er is nog niet gezocht. Kies Zoeken: de eerste keer duurt dat ongeveer een minuut.</source>
            <translation>Not searched yet. Choose Search: the first time takes about a minute.</translation>
        </message>
        <message>
            <source>Nog niet beslist: {0}.</source>
            <translation>Not decided yet: {0}.</translation>
        </message>
        <message>
            <source>De teksten zijn veranderd sinds het zoeken; zoek opnieuw.</source>
            <translation>The texts changed since the search; search again.</translation>
        </message>
        <message>
            <source>Pseudoniem</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Geen naam</source>
            <translation>Not a name</translation>
        </message>
        <message>
            <source>Namen zoeken</source>
            <translation>Searching for names</translation>
        </message>
        <message>
            <source>Namen en andere persoonsgegevens zoeken in alle teksten…</source>
            <translation>Searching all texts for names and other personal data…</translation>
        </message>
    </context>
    <context>
        <name>NamesStatusLabel</name>
        <message>
            <source>Namen die nog niet beslist zijn</source>
            <translation>Names not decided yet</translation>
        </message>
        <message>
            <source>Namen: nog niet gezocht (Ctrl+Shift+N)</source>
            <translation>Names: not searched yet (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Namen niet beslist: {0}</source>
            <translation>Names not decided: {0}</translation>
        </message>
        <message>
            <source> (teksten gewijzigd; zoek opnieuw)</source>
            <translation> (texts changed; search again)</translation>
        </message>
    </context>
    <context>
        <name>NewPartyDialog</name>
        <message>
            <source>Nieuwe partij?</source>
            <translation>New party?</translation>
        </message>
        <message>
            <source>'{0}' is nog geen partij. Bedoelt u een van deze?</source>
            <translation>'{0}' is not a party yet. Did you mean one of these?</translation>
        </message>
        <message>
            <source>'{0}' is nog geen partij. Als nieuwe partij toevoegen?</source>
            <translation>'{0}' is not a party yet. Add it as a new party?</translation>
        </message>
        <message>
            <source>Bedoeld: {0}</source>
            <translation>Meant: {0}</translation>
        </message>
        <message>
            <source>Nieuwe partij '{0}' toevoegen</source>
            <translation>Add new party '{0}'</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OverdueBanner</name>
        <message numerus="yes">
            <source>%n afspraken zijn over datum — bekijken</source>
            <translation>
                <numerusform>%n agreement is overdue — show</numerusform>
                <numerusform>%n agreements are overdue — show</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewMenu</name>
        <message>
            <source>&amp;Overzicht</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>Alle afspraken exporteren (.xlsx)…</source>
            <translation>Export all agreements (.xlsx)…</translation>
        </message>
        <message>
            <source>Jaaroverzicht exporteren (.docx)…</source>
            <translation>Export annual overview (.docx)…</translation>
        </message>
        <message>
            <source>Codeboek thema's exporteren…</source>
            <translation>Export theme codebook…</translation>
        </message>
        <message>
            <source>Codeboek thema's importeren…</source>
            <translation>Import theme codebook…</translation>
        </message>
        <message>
            <source>bij een neutraal nummer</source>
            <translation>by a neutral number</translation>
        </message>
        <message>
            <source>bij titel</source>
            <translation>by title</translation>
        </message>
        <message>
            <source>Jaaroverzicht</source>
            <translation>Annual overview</translation>
        </message>
        <message>
            <source>Dossiers noemen:</source>
            <translation>Refer to cases:</translation>
        </message>
        <message>
            <source>Exporteren naar</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Geëxporteerd naar {0}</source>
            <translation>Exported to {0}</translation>
        </message>
        <message>
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Codeboek opslaan</source>
            <translation>Save codebook</translation>
        </message>
        <message>
            <source>Codeboek</source>
            <translation>Codebook</translation>
        </message>
        <message>
            <source>Kan '{0}' niet schrijven: {1}</source>
            <translation>Cannot write '{0}': {1}</translation>
        </message>
        <message>
            <source>Codeboek kiezen</source>
            <translation>Choose codebook</translation>
        </message>
        <message numerus="yes">
            <source>Codeboek met %n thema's ingesteld; nieuwe reviews beginnen ermee.</source>
            <translation>
                <numerusform>Codebook with %n theme set; new reviews start with it.</numerusform>
                <numerusform>Codebook with %n themes set; new reviews start with it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewModels</name>
        <message>
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Werkt</source>
            <translation>Works</translation>
        </message>
        <message>
            <source>Deels</source>
            <translation>Partly</translation>
        </message>
        <message>
            <source>Werkt niet</source>
            <translation>Does not work</translation>
        </message>
        <message>
            <source>Nog niet gemeten</source>
            <translation>Not yet measured</translation>
        </message>
        <message>
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Conclusies</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Terugkerend</source>
            <translation>Recurring</translation>
        </message>
        <message>
            <source>geen niveau gekozen</source>
            <translation>no level chosen</translation>
        </message>
        <message>
            <source>Afgeronde afspraak</source>
            <translation>Completed agreement</translation>
        </message>
        <message>
            <source>In dossier</source>
            <translation>In case</translation>
        </message>
        <message>
            <source>Gereed gemeld</source>
            <translation>Reported done</translation>
        </message>
        <message>
            <source>Later terug in</source>
            <translation>Back later in</translation>
        </message>
        <message>
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>OverviewWindow</name>
        <message>
            <source>Overzicht over dossiers heen — casereview</source>
            <translation>Overview across cases — casereview</translation>
        </message>
        <message>
            <source>Mappen met dossiers</source>
            <translation>Folders with case files</translation>
        </message>
        <message>
            <source>Map toevoegen…</source>
            <translation>Add folder…</translation>
        </message>
        <message>
            <source>Map weghalen</source>
            <translation>Remove folder</translation>
        </message>
        <message>
            <source>Inlezen</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>Kies de mappen met dossiers en klik op Inlezen.</source>
            <translation>Choose the folders with case files and click Read.</translation>
        </message>
        <message>
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Periode (jaar van de review):</source>
            <translation>Period (year of the review):</translation>
        </message>
        <message>
            <source>Periode vanaf</source>
            <translation>Period from</translation>
        </message>
        <message>
            <source>Periode tot en met</source>
            <translation>Period up to and including</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Terug na afronding</source>
            <translation>Back after completion</translation>
        </message>
        <message>
            <source>Conclusies en wat goed ging</source>
            <translation>Conclusions and what went well</translation>
        </message>
        <message>
            <source>Overgeslagen</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>Regio</source>
            <translation>Region</translation>
        </message>
        <message numerus="yes">
            <source>%n dossiers</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n afspraken, waarvan {0} te laat</source>
            <translation>
                <numerusform>%n agreement, {0} of them overdue</numerusform>
                <numerusform>%n agreements, {0} of them overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} overgeslagen</source>
            <translation>{0} skipped</translation>
        </message>
        <message numerus="yes">
            <source>%n kopieën één keer geteld</source>
            <translation>
                <numerusform>%n copy counted once</numerusform>
                <numerusform>%n copies counted once</numerusform>
            </translation>
        </message>
        <message>
            <source>Map met dossiers</source>
            <translation>Folder with case files</translation>
        </message>
        <message>
            <source>Dossiers inlezen…</source>
            <translation>Reading case files…</translation>
        </message>
        <message>
            <source>Dossiers inlezen</source>
            <translation>Reading case files</translation>
        </message>
        <message>
            <source>Inlezen gestopt. Wat al gelezen was, gaat de volgende keer sneller.</source>
            <translation>Reading stopped. What was already read will be faster next time.</translation>
        </message>
        <message>
            <source>vanaf het begin</source>
            <translation>from the start</translation>
        </message>
        <message>
            <source>tot nu</source>
            <translation>until now</translation>
        </message>
        <message>
            <source>Versleutelde dossiers meetellen ({0})…</source>
            <translation>Include encrypted cases ({0})…</translation>
        </message>
        <message numerus="yes">
            <source>%n oefendossiers niet meegeteld</source>
            <translation>
                <numerusform>%n exercise case left out</numerusform>
                <numerusform>%n exercise cases left out</numerusform>
            </translation>
        </message>
        <message>
            <source>Versleutelde dossiers</source>
            <translation>Encrypted cases</translation>
        </message>
        <message>
            <source>Wachtwoord van de versleutelde dossiers:</source>
            <translation>Passphrase of the encrypted cases:</translation>
        </message>
    </context>
    <context>
        <name>PartyBalanceChart</name>
        <message>
            <source>Aanwezige categorieën: {0}</source>
            <translation>Categories present: {0}</translation>
        </message>
        <message>
            <source>Nog niet gehoord: {0}</source>
            <translation>Not heard yet: {0}</translation>
        </message>
        <message>
            <source>Categorieën: {0}</source>
            <translation>Categories: {0}</translation>
        </message>
        <message>
            <source>Nog geen partijen</source>
            <translation>No parties yet</translation>
        </message>
        <message>
            <source>nog niet gehoord</source>
            <translation>not heard yet</translation>
        </message>
    </context>
    <context>
        <name>PartyEditor</name>
        <message>
            <source>Partijen</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Naam van een nieuwe partij</source>
            <translation>Name of a new party</translation>
        </message>
        <message>
            <source>Nieuwe partij</source>
            <translation>New party</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Naam van de partij</source>
            <translation>Name of the party</translation>
        </message>
        <message>
            <source>Categorie van de partij</source>
            <translation>Category of the party</translation>
        </message>
        <message>
            <source>Deelnemers namens deze partij</source>
            <translation>Participants for this party</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Naam van de deelnemer</source>
            <translation>Name of the participant</translation>
        </message>
        <message>
            <source>Functie</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Functie van de deelnemer</source>
            <translation>Role of the participant</translation>
        </message>
        <message>
            <source>Deelnemer toevoegen</source>
            <translation>Add participant</translation>
        </message>
        <message>
            <source>Deelnemer verwijderen</source>
            <translation>Remove participant</translation>
        </message>
        <message>
            <source>Nummer (Ctrl+nummer in de invoerbalk) en naam</source>
            <translation>Number (Ctrl+number in the capture bar) and name</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Categorie</source>
            <translation>&amp;Category</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Partij toevoegen</source>
            <translation>Add party</translation>
        </message>
        <message>
            <source>Partij hernoemen</source>
            <translation>Rename party</translation>
        </message>
        <message>
            <source>Categorie van de partij wijzigen</source>
            <translation>Change the party's category</translation>
        </message>
        <message>
            <source>Partij verwijderen</source>
            <translation>Remove party</translation>
        </message>
    </context>
    <context>
        <name>PhaseList</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
    </context>
    <context>
        <name>PhaseListModel</name>
        <message>
            <source> · regel {0}</source>
            <translation> · rule {0}</translation>
        </message>
        <message>
            <source>Regel {0} · {1} min
{2}</source>
            <translation>Rule {0} · {1} min
{2}</translation>
        </message>
    </context>
    <context>
        <name>PhasePanel</name>
        <message>
            <source>◀ Vorige fase</source>
            <translation>◀ Previous phase</translation>
        </message>
        <message>
            <source>Volgende fase ▶</source>
            <translation>Next phase ▶</translation>
        </message>
        <message>
            <source>Terug naar de vorige fase (Ctrl+PgUp)</source>
            <translation>Back to the previous phase (Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>Door naar de volgende fase (Ctrl+PgDown)</source>
            <translation>On to the next phase (Ctrl+PgDown)</translation>
        </message>
        <message>
            <source>Sessie afsluiten…</source>
            <translation>Close session…</translation>
        </message>
        <message>
            <source>Sluit de sessie af zodra alle zeven regels in orde zijn</source>
            <translation>Close the session once all seven rules are in order</translation>
        </message>
        <message>
            <source>Fase {0} van {1}: {2}</source>
            <translation>Phase {0} of {1}: {2}</translation>
        </message>
        <message>
            <source>  (regel {0})</source>
            <translation>  (rule {0})</translation>
        </message>
        <message>
            <source>De sessie is nog niet begonnen</source>
            <translation>The session has not started yet</translation>
        </message>
        <message>
            <source>Begin met de eerste fase zodra de groep er is.</source>
            <translation>Start the first phase once the group is there.</translation>
        </message>
        <message>
            <source>Sessie beginnen ▶</source>
            <translation>Start session ▶</translation>
        </message>
        <message>
            <source>De sessie is afgesloten</source>
            <translation>The session is closed</translation>
        </message>
        <message>
            <source>Afgesloten op {0}. Sessie → Samenvatting van de sessie toont wat er is geconcludeerd en afgesproken.</source>
            <translation>Closed on {0}. Session → Session summary shows what was concluded and agreed.</translation>
        </message>
    </context>
    <context>
        <name>PhaseTimer</name>
        <message>
            <source>Pauze</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Zet de klok stil, bijvoorbeeld tijdens een koffiepauze</source>
            <translation>Stop the clock, for example during a coffee break</translation>
        </message>
        <message>
            <source>Verder</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Nog niet begonnen</source>
            <translation>Not started yet</translation>
        </message>
        <message>
            <source>Sessie {0} / {1}</source>
            <translation>Session {0} / {1}</translation>
        </message>
        <message>
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Fase {0} / {1}</source>
            <translation>Phase {0} / {1}</translation>
        </message>
        <message>
            <source>  (+{0} min)</source>
            <translation>  (+{0} min)</translation>
        </message>
        <message>
            <source>  · gepauzeerd</source>
            <translation>  · paused</translation>
        </message>
        <message>
            <source>De tijd voor deze fase is om; rond rustig af of ga door.</source>
            <translation>The time for this phase is up; wrap up calmly or carry on.</translation>
        </message>
    </context>
    <context>
        <name>PreparationPane</name>
        <message>
            <source>Voorbereidingsvragen</source>
            <translation>Preparation questions</translation>
        </message>
        <message>
            <source>Nieuwe voorbereidingsvraag</source>
            <translation>New preparation question</translation>
        </message>
        <message>
            <source>Voorbereidingsvraag, Enter voegt toe</source>
            <translation>Preparation question, Enter adds it</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Voorbereidingsvragen per partij (regel 6)</source>
            <translation>Preparation questions per party (rule 6)</translation>
        </message>
        <message>
            <source>Inbreng uit de voorbereiding legt u vast in de bijdragebalk als soort ‘voorbereiding’ (Alt+6).</source>
            <translation>Record input from the preparation in the contribution bar as kind ‘preparation’ (Alt+6).</translation>
        </message>
        <message>
            <source>Voor:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Alle partijen</source>
            <translation>All parties</translation>
        </message>
        <message>
            <source>Voorbereidingsvraag toevoegen</source>
            <translation>Add preparation question</translation>
        </message>
        <message>
            <source>Voorbereidingsvraag verwijderen</source>
            <translation>Remove preparation question</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>casereview — presentatie</source>
            <translation>casereview — presentation</translation>
        </message>
        <message>
            <source>Resterende tijd van deze fase</source>
            <translation>Time left in this phase</translation>
        </message>
        <message>
            <source>Inbreng in deze fase</source>
            <translation>Input in this phase</translation>
        </message>
        <message>
            <source>Tijd is om · +{0}</source>
            <translation>Time is up · +{0}</translation>
        </message>
        <message>
            <source>Fase {0} van {1} · {2}</source>
            <translation>Phase {0} of {1} · {2}</translation>
        </message>
        <message>
            <source>We beginnen zo.</source>
            <translation>We will start shortly.</translation>
        </message>
        <message>
            <source>Doel: {0}</source>
            <translation>Goal: {0}</translation>
        </message>
        <message>
            <source>In bespreking: {0}</source>
            <translation>Under discussion: {0}</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>(niet geïmporteerd) {0}</source>
            <translation>(not imported) {0}</translation>
        </message>
    </context>
    <context>
        <name>ProgressNotesBox</name>
        <message>
            <source>Voortgangsnotities</source>
            <translation>Progress notes</translation>
        </message>
        <message>
            <source>Datum van de notitie</source>
            <translation>Date of the note</translation>
        </message>
        <message>
            <source>Wat is er gebeurd? (Enter slaat op)</source>
            <translation>What has happened? (Enter saves)</translation>
        </message>
        <message>
            <source>Nieuwe voortgangsnotitie</source>
            <translation>New progress note</translation>
        </message>
        <message>
            <source>Notitie toevoegen</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Nog geen voortgang genoteerd.</source>
            <translation>No progress noted yet.</translation>
        </message>
        <message>
            <source>Voortgang noteren</source>
            <translation>Note progress</translation>
        </message>
    </context>
    <context>
        <name>PseudonymsDialog</name>
        <message>
            <source>Pseudoniemen</source>
            <translation>Pseudonyms</translation>
        </message>
        <message>
            <source>Exports voor deelnemers vervangen deze namen overal door het pseudoniem, ook met andere hoofdletters of als deel van een woord. Het dossier zelf houdt de echte namen.</source>
            <translation>Exports for participants replace these names everywhere with the pseudonym, also in other capitals or as part of a word. The case file itself keeps the real names.</translation>
        </message>
        <message>
            <source>Echte naam</source>
            <translation>Real name</translation>
        </message>
        <message>
            <source>Pseudoniem</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>bijv. Sanne de Vries</source>
            <translation>e.g. Sanne de Vries</translation>
        </message>
        <message>
            <source>bijv. moeder</source>
            <translation>e.g. mother</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Publiceren in het regioregister</source>
            <translation>Publish to the regional register</translation>
        </message>
        <message>
            <source>Pad naar het registerbestand of postgresql+psycopg://…</source>
            <translation>Path to the register file or postgresql+psycopg://…</translation>
        </message>
        <message>
            <source>Ik heb gecontroleerd wat het register ontvangt en geef het vrij</source>
            <translation>I have checked what the register receives and release it</translation>
        </message>
        <message>
            <source>Publiceren</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Intrekken…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Dit verlaat uw organisatie (en niets anders):</source>
            <translation>This leaves your organisation (and nothing else):</translation>
        </message>
        <message>
            <source>Bezig met publiceren…</source>
            <translation>Publishing…</translation>
        </message>
        <message>
            <source>Gepubliceerd: versie {0} voor {1}.</source>
            <translation>Published: version {0} for {1}.</translation>
        </message>
        <message>
            <source>Bezig met intrekken…</source>
            <translation>Withdrawing…</translation>
        </message>
        <message>
            <source>Ingetrokken (versie {0}); eerdere versies blijven als geschiedenis bewaard.</source>
            <translation>Withdrawn (version {0}); earlier versions are kept as history.</translation>
        </message>
    </context>
    <context>
        <name>ReactionDialog</name>
        <message>
            <source>Reactie toevoegen</source>
            <translation>Add reaction</translation>
        </message>
        <message>
            <source>hele document</source>
            <translation>whole document</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Hoe</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Alinea</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>Van wie</source>
            <translation>From whom</translation>
        </message>
        <message>
            <source>Reactie (letterlijk)</source>
            <translation>Reaction (verbatim)</translation>
        </message>
    </context>
    <context>
        <name>ReactionLogDialog</name>
        <message>
            <source>Reacties op het concept</source>
            <translation>Reactions on the draft</translation>
        </message>
        <message>
            <source>Reacties inlezen uit Word…</source>
            <translation>Read reactions from Word…</translation>
        </message>
        <message>
            <source>Reactie per telefoon of e-mail…</source>
            <translation>Reaction by phone or e-mail…</translation>
        </message>
        <message>
            <source>Reden (nodig bij niet overnemen)</source>
            <translation>Reason (needed when not taken over)</translation>
        </message>
        <message>
            <source>Wie besluit</source>
            <translation>Who decides</translation>
        </message>
        <message>
            <source>Overgenomen</source>
            <translation>Taken over</translation>
        </message>
        <message>
            <source>Niet overgenomen</source>
            <translation>Not taken over</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Er is nog geen concept verstuurd.</source>
            <translation>No draft has been sent yet.</translation>
        </message>
        <message>
            <source>Concept versie {0}, reageren tot {1}.</source>
            <translation>Draft version {0}, reactions until {1}.</translation>
        </message>
        <message>
            <source>nog geen reactie</source>
            <translation>no reaction yet</translation>
        </message>
        <message>
            <source>Het verslag kan definitief worden gemaakt.</source>
            <translation>The report can be made final.</translation>
        </message>
        <message>
            <source>Nog niet definitief: {0}</source>
            <translation>Not final yet: {0}</translation>
        </message>
        <message>
            <source>Nog geen reactie op concept versie {0} (termijn tot {1}): {2}.</source>
            <translation>No reaction yet to draft version {0} (term until {1}): {2}.</translation>
        </message>
        <message numerus="yes">
            <source>Over %n reacties is nog niet besloten (overgenomen of niet).</source>
            <translation>
                <numerusform>%n reaction has not been decided on yet (taken over or not).</numerusform>
                <numerusform>%n reactions have not been decided on yet (taken over or not).</numerusform>
            </translation>
        </message>
        <message>
            <source>Van welke organisatie zijn deze reacties?</source>
            <translation>Which organisation are these reactions from?</translation>
        </message>
        <message numerus="yes">
            <source>%n reacties ingelezen van {0}.</source>
            <translation>
                <numerusform>%n reaction read from {0}.</numerusform>
                <numerusform>%n reactions read from {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Teruggestuurd concept</source>
            <translation>Returned draft</translation>
        </message>
        <message>
            <source>Word-documenten (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceTab</name>
        <message>
            <source>Een thema dat terugkomt in een latere review, nadat een afspraak met dat thema als gereed was gemeld.</source>
            <translation>A theme that comes back in a later review after an agreement with that theme was reported done.</translation>
        </message>
    </context>
    <context>
        <name>RegionTab</name>
        <message>
            <source>Regioregister lezen</source>
            <translation>Read the regional register</translation>
        </message>
    </context>
    <context>
        <name>RegionalThemesDialog</name>
        <message>
            <source>Thema's in de regio</source>
            <translation>Themes in the region</translation>
        </message>
    </context>
    <context>
        <name>RegionalThemesPanel</name>
        <message>
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Lessen</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Er is geen regioregister ingesteld (Extra → Instellingen).</source>
            <translation>No regional register is set up (Tools → Settings).</translation>
        </message>
        <message>
            <source>Het regioregister wordt gelezen…</source>
            <translation>Reading the regional register…</translation>
        </message>
        <message>
            <source>Thema's in de regio</source>
            <translation>Themes in the region</translation>
        </message>
        <message numerus="yes">
            <source>%n thema's in het regioregister. Aantallen onder {0} worden niet getoond.</source>
            <translation>
                <numerusform>%n theme in the regional register. Counts under {0} are not shown.</numerusform>
                <numerusform>%n themes in the regional register. Counts under {0} are not shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreVersionDialog</name>
        <message>
            <source>Vorige versie terugzetten</source>
            <translation>Restore a previous version</translation>
        </message>
        <message>
            <source>casereview bewaart de laatste versies van dit dossier in uw eigen gegevensmap. Kies het moment waarnaar u wilt teruggaan. De huidige stand wordt eerst zelf bewaard, zodat u dit ongedaan kunt maken.</source>
            <translation>casereview keeps the latest versions of this case in your own data folder. Choose the moment to go back to. The current state is saved first, so you can undo this.</translation>
        </message>
        <message>
            <source>Er zijn nog geen eerdere versies van dit dossier.</source>
            <translation>There are no earlier versions of this case yet.</translation>
        </message>
        <message>
            <source>Terugzetten</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Het dossier teruggaan naar de versie van {0}? Wat daarna is vastgelegd, staat dan alleen nog in de veiligheidskopie van nu.</source>
            <translation>Take the case back to the version of {0}? What was recorded after that will then only be in the safety copy made now.</translation>
        </message>
    </context>
    <context>
        <name>RuleGuide</name>
        <message>
            <source>Vragen</source>
            <translation>Prompts</translation>
        </message>
        <message>
            <source>Vragen die de voorzitter kan stellen om deze regel waar te maken</source>
            <translation>Questions the chair can ask to live up to this rule</translation>
        </message>
        <message>
            <source>Vragen bij deze regel tonen</source>
            <translation>Show the prompts for this rule</translation>
        </message>
        <message>
            <source>Wat de regel van deze fase vraagt</source>
            <translation>What this phase's rule asks</translation>
        </message>
        <message>
            <source>&lt;b&gt;Regel {0} · {1}:&lt;/b&gt; {2}</source>
            <translation>&lt;b&gt;Rule {0} · {1}:&lt;/b&gt; {2}</translation>
        </message>
    </context>
    <context>
        <name>RuleGuideLine</name>
        <message>
            <source>Regel {0}, {1}: {2}</source>
            <translation>Rule {0}, {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>RulesChecklist</name>
        <message>
            <source>De zeven regels</source>
            <translation>The seven rules</translation>
        </message>
        <message>
            <source>N.v.t. …</source>
            <translation>N/A …</translation>
        </message>
        <message>
            <source>Markeer de gekozen regel als niet van toepassing, met een reden</source>
            <translation>Mark the chosen rule as not applicable, with a reason</translation>
        </message>
        <message>
            <source>Weer meetellen</source>
            <translation>Count again</translation>
        </message>
        <message>
            <source>Zeven regels: alles in orde</source>
            <translation>Seven rules: all in order</translation>
        </message>
        <message>
            <source>Zeven regels: nog {0} open</source>
            <translation>Seven rules: {0} still open</translation>
        </message>
        <message>
            <source>(n.v.t.)</source>
            <translation>(n/a)</translation>
        </message>
        <message>
            <source>Niet van toepassing: {0}</source>
            <translation>Not applicable: {0}</translation>
        </message>
        <message>
            <source>Nog open: {0}</source>
            <translation>Still open: {0}</translation>
        </message>
        <message>
            <source>Regel niet van toepassing</source>
            <translation>Rule not applicable</translation>
        </message>
        <message>
            <source>Waarom is regel {0} in deze sessie niet van toepassing?</source>
            <translation>Why does rule {0} not apply in this session?</translation>
        </message>
    </context>
    <context>
        <name>SendConceptDialog</name>
        <message>
            <source>Concept versturen</source>
            <translation>Send draft</translation>
        </message>
        <message>
            <source>Kiezen…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Een concept per organisatie (anders één voor allen)</source>
            <translation>One draft per organisation (otherwise one for all)</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Reageren uiterlijk op</source>
            <translation>React by</translation>
        </message>
        <message>
            <source>Map voor de concepten</source>
            <translation>Folder for the drafts</translation>
        </message>
    </context>
    <context>
        <name>SessionSummaryDialog</name>
        <message>
            <source>Samenvatting van de sessie</source>
            <translation>Session summary</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Sessie afgesloten: {0}</source>
            <translation>Session closed: {0}</translation>
        </message>
        <message>
            <source>Wat we concluderen</source>
            <translation>What we conclude</translation>
        </message>
        <message>
            <source>Geen conclusies vastgelegd.</source>
            <translation>No conclusions recorded.</translation>
        </message>
        <message>
            <source>Wie doet wat, wanneer</source>
            <translation>Who does what, by when</translation>
        </message>
        <message>
            <source>(geen eigenaar)</source>
            <translation>(no owner)</translation>
        </message>
        <message>
            <source>Geen verbeterafspraken: er hoeft niets te veranderen.</source>
            <translation>No improvement agreements: nothing needs to change.</translation>
        </message>
        <message>
            <source>Volgende datums</source>
            <translation>Next dates</translation>
        </message>
        <message>
            <source>nog niet gepland</source>
            <translation>not planned yet</translation>
        </message>
        <message>
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Uiterlijk</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Vervolgbijeenkomst over de afspraken</source>
            <translation>Follow-up meeting on the agreements</translation>
        </message>
        <message>
            <source>Terugkommoment (tweede leermoment, ongeveer een jaar later)</source>
            <translation>Look-back moment (a second learning moment, about a year later)</translation>
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
            <source>S:/regio/register.db of postgresql+psycopg://gebruiker@server/register</source>
            <translation>S:/region/register.db or postgresql+psycopg://user@server/register</translation>
        </message>
        <message>
            <source>Alleen voor PostgreSQL; bewaard in de sleutelbos van het systeem</source>
            <translation>PostgreSQL only; kept in the system keyring</translation>
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
            <source>Regioregister</source>
            <translation>Regional register</translation>
        </message>
        <message>
            <source>Organisatie in het register</source>
            <translation>Organisation in the register</translation>
        </message>
        <message>
            <source>Wachtwoord register</source>
            <translation>Register password</translation>
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
        <name>StatusBox</name>
        <message>
            <source>Waarom niet uitgevoerd? Enter slaat op</source>
            <translation>Why not carried out? Enter saves</translation>
        </message>
        <message>
            <source>Reden dat de afspraak niet is uitgevoerd</source>
            <translation>Reason the agreement was not carried out</translation>
        </message>
        <message>
            <source>Schrijf op waarom de afspraak niet is uitgevoerd en druk op Enter.</source>
            <translation>Write down why the agreement was not carried out and press Enter.</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
    </context>
    <context>
        <name>ThemePicker</name>
        <message>
            <source>Eigen thema toevoegen (Enter)</source>
            <translation>Add own theme (Enter)</translation>
        </message>
        <message>
            <source>Thema's (tellen mee in het overzicht over dossiers heen)</source>
            <translation>Themes (counted in the overview across cases)</translation>
        </message>
        <message>
            <source>Thema's van de afspraak</source>
            <translation>Themes of the agreement</translation>
        </message>
    </context>
    <context>
        <name>ThemesTab</name>
        <message>
            <source>Werkten de maatregelen, per niveau (laatste effectmeting per afspraak):</source>
            <translation>Did the measures work, per level (latest effect check of each agreement):</translation>
        </message>
        <message>
            <source>Effect van de maatregelen per niveau</source>
            <translation>Effect of the measures per level</translation>
        </message>
        <message>
            <source>Klik op een getal om te zien welke dossiers en passages erachter zitten.</source>
            <translation>Click a number to see the cases and passages behind it.</translation>
        </message>
        <message>
            <source>Dossiers met '{0}'</source>
            <translation>Cases with '{0}'</translation>
        </message>
        <message>
            <source>Conclusies met '{0}'</source>
            <translation>Conclusions with '{0}'</translation>
        </message>
        <message>
            <source>Afspraken met '{0}'</source>
            <translation>Agreements with '{0}'</translation>
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
        <message>
            <source>nr. {0}</source>
            <translation>no. {0}</translation>
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
            <source>Zoeken in de tijdlijn</source>
            <translation>Search the timeline</translation>
        </message>
        <message>
            <source>Toevoegen…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Samenvoegen…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <source>Gebeurtenissen die meer partijen elk in eigen woorden vertellen, samenvoegen tot één</source>
            <translation>Merge events that several parties each tell in their own words into one</translation>
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
            <source>Weergave: {0}</source>
            <translation>View: {0}</translation>
        </message>
        <message>
            <source>Filter op partij</source>
            <translation>Filter by party</translation>
        </message>
        <message>
            <source>Filter op sleutelmoment</source>
            <translation>Filter by key moment</translation>
        </message>
        <message>
            <source>&amp;Partij:</source>
            <translation>&amp;Party:</translation>
        </message>
        <message>
            <source>&amp;Toon:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Tijdlijn</source>
            <translation>Timeline</translation>
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
            <source>Betrokken partijen…</source>
            <translation>Parties involved…</translation>
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
            <source>Gebeurtenis met {0} partijen: {1}</source>
            <translation>Event with {0} parties: {1}</translation>
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
        <name>WindowTitle</name>
        <message>
            <source>casereview</source>
            <translation>casereview</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>{0} — casereview</source>
            <translation>{0} — casereview</translation>
        </message>
    </context>
    <context>
        <name>context</name>
        <message>
            <source>Tijdlijn importeren ({0})</source>
            <translation>Import timeline ({0})</translation>
        </message>
        <message>
            <source>Conclusie toevoegen</source>
            <translation>Add conclusion</translation>
        </message>
        <message>
            <source>Conclusie bewerken</source>
            <translation>Edit conclusion</translation>
        </message>
        <message>
            <source>Conclusie verwijderen</source>
            <translation>Delete conclusion</translation>
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
            <source>{0} schrijven…</source>
            <translation>Writing {0}…</translation>
        </message>
        <message>
            <source>Geschreven: {0}</source>
            <translation>Written: {0}</translation>
        </message>
        <message>
            <source>Taalniveau: gemiddeld {0} woorden per zin; {1}% van de woorden staat niet in de B1-woordenlijst.</source>
            <translation>Reading level: on average {0} words per sentence; {1}% of the words are not on the B1 word list.</translation>
        </message>
        <message>
            <source>Tijdlijn importeren</source>
            <translation>Import timeline</translation>
        </message>
        <message>
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>{0} wordt gelezen…</source>
            <translation>Reading {0}…</translation>
        </message>
        <message>
            <source>Tijdlijn importeren uit {0}…</source>
            <translation>Importing the timeline from {0}…</translation>
        </message>
        <message>
            <source>Het dossier '{0}' is versleuteld. Wachtwoord:</source>
            <translation>The case file '{0}' is encrypted. Passphrase:</translation>
        </message>
        <message>
            <source>Dat wachtwoord klopt niet. Probeer het opnieuw.</source>
            <translation>That passphrase is not correct. Please try again.</translation>
        </message>
        <message>
            <source>Versleuteld dossier</source>
            <translation>Encrypted case file</translation>
        </message>
        <message>
            <source>Dossier openen</source>
            <translation>Open case file</translation>
        </message>
        <message>
            <source>{0} wordt geopend…</source>
            <translation>Opening {0}…</translation>
        </message>
        <message>
            <source>Het dossier is niet geopend: het wachtwoord is te vaak onjuist ingevoerd.</source>
            <translation>The case file was not opened: the passphrase was entered incorrectly too often.</translation>
        </message>
        <message>
            <source>Dossier is in gebruik</source>
            <translation>Case file in use</translation>
        </message>
        <message>
            <source>{0}.

Als die persoon het dossier niet meer gebruikt (bijvoorbeeld omdat de laptop is uitgevallen), kunt u het overnemen. Werkt die persoon er nog in, open het dan alleen-lezen.

Wilt u het dossier overnemen?</source>
            <translation>{0}.

If that person is no longer using the case file (for instance because their laptop crashed), you can take it over. If they are still working in it, open it read-only.

Do you want to take over the case file?</translation>
        </message>
        <message>
            <source>Kopie opslaan als</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <source>Kopie opslaan</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <source>Kopie maken…</source>
            <translation>Making a copy…</translation>
        </message>
        <message>
            <source>Versleuteling verwijderen</source>
            <translation>Remove encryption</translation>
        </message>
        <message>
            <source>Wilt u de versleuteling van dit dossier verwijderen? Iedereen met toegang tot het bestand kan het dan lezen.</source>
            <translation>Do you want to remove the encryption of this case file? Anyone with access to the file will then be able to read it.</translation>
        </message>
        <message>
            <source>Versleuteling verwijderen…</source>
            <translation>Removing the encryption…</translation>
        </message>
        <message>
            <source>Versleutel dit dossier</source>
            <translation>Encrypt this case file</translation>
        </message>
        <message>
            <source>Kies een wachtwoord (minstens 8 tekens). Bewaar het goed: zonder wachtwoord kan niemand het dossier nog openen, ook wij niet.</source>
            <translation>Choose a passphrase (at least 8 characters). Keep it safe: without it nobody can open the case file again, not even us.</translation>
        </message>
        <message>
            <source>Herhaal het wachtwoord:</source>
            <translation>Repeat the passphrase:</translation>
        </message>
        <message>
            <source>De twee wachtwoorden zijn niet gelijk; er is niets veranderd.</source>
            <translation>The two passphrases differ; nothing was changed.</translation>
        </message>
        <message>
            <source>Dossier versleutelen…</source>
            <translation>Encrypting the case file…</translation>
        </message>
        <message>
            <source>Versleuteling</source>
            <translation>Encryption</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Concept versturen</source>
            <translation>Send draft</translation>
        </message>
        <message>
            <source>Geschreven in {0}:
{1}</source>
            <translation>Written to {0}:
{1}</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <source>De concepten worden geschreven…</source>
            <translation>Writing the drafts…</translation>
        </message>
        <message>
            <source>Concepten: eerst namen zoeken (de eerste keer op deze computer enkele minuten)… {0}%</source>
            <translation>Drafts: searching for names first (the first time on this computer, a few minutes)… {0}%</translation>
        </message>
        <message>
            <source>De concepten worden geschreven… {0}%</source>
            <translation>Writing the drafts… {0}%</translation>
        </message>
    </context>
    <context>
        <name>shared</name>
        <message>
            <source>Wat doen we</source>
            <translation>What we will do</translation>
        </message>
        <message>
            <source>Wie en wanneer</source>
            <translation>Who and when</translation>
        </message>
        <message>
            <source>Soort en status</source>
            <translation>Kind and status</translation>
        </message>
        <message>
            <source>verbetering</source>
            <translation>improvement</translation>
        </message>
        <message>
            <source>nieuw</source>
            <translation>new</translation>
        </message>
        <message>
            <source>geen maatregel</source>
            <translation>no measure</translation>
        </message>
        <message>
            <source>Partij</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Uiterlijk</source>
            <translation>Due by</translation>
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
            <source>Definitief verslag, na de reacties op het concept (Word)</source>
            <translation>Final report, after the reactions on the draft (Word)</translation>
        </message>
        <message>
            <source>Samenvatting voor de familie (Word)</source>
            <translation>Summary for the family (Word)</translation>
        </message>
        <message>
            <source>Evaluatieformulier om te printen (Word)</source>
            <translation>Evaluation form to print (Word)</translation>
        </message>
        <message>
            <source>Leerbrief voor buiten de review (Word)</source>
            <translation>Learning note for outside the review (Word)</translation>
        </message>
        <message>
            <source>Word-document (.docx)</source>
            <translation>Word document (.docx)</translation>
        </message>
        <message>
            <source>PDF voor versturen en archief (.pdf, via LibreOffice)</source>
            <translation>PDF for sending and archiving (.pdf, via LibreOffice)</translation>
        </message>
        <message>
            <source>OpenDocument (.odt, via LibreOffice)</source>
            <translation>OpenDocument text (.odt, via LibreOffice)</translation>
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
            <source>Soort wijzigen</source>
            <translation>Change type</translation>
        </message>
        <message>
            <source>Start vervolgzorg wijzigen</source>
            <translation>Change follow-up start</translation>
        </message>
        <message>
            <source>Ontvangende partij wijzigen</source>
            <translation>Change receiving party</translation>
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
            <source>Neemt over</source>
            <translation>Takes over</translation>
        </message>
        <message>
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Alinea</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>Reactie</source>
            <translation>Reaction</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Besloten door</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>Vervolg bevestigd</source>
            <translation>Follow-up confirmed</translation>
        </message>
        <message>
            <source>Ik voelde me veilig om te zeggen wat ik dacht.</source>
            <translation>I felt safe to say what I thought.</translation>
        </message>
        <message>
            <source>Het doel van de review was mij duidelijk.</source>
            <translation>The goal of the review was clear to me.</translation>
        </message>
        <message>
            <source>Ik wist wat er ging gebeuren.</source>
            <translation>I knew what was going to happen.</translation>
        </message>
        <message>
            <source>Iedereen kwam aan het woord.</source>
            <translation>Everyone had their say.</translation>
        </message>
        <message>
            <source>De voorbereiding hielp mij.</source>
            <translation>The preparation helped me.</translation>
        </message>
        <message>
            <source>De review eindigde met heldere conclusies.</source>
            <translation>The review ended with clear conclusions.</translation>
        </message>
        <message>
            <source>De review was de tijd waard.</source>
            <translation>The review was worth the time.</translation>
        </message>
        <message>
            <source>Ik zou weer meedoen aan een review.</source>
            <translation>I would take part in a review again.</translation>
        </message>
        <message>
            <source>helemaal oneens</source>
            <translation>strongly disagree</translation>
        </message>
        <message>
            <source>oneens</source>
            <translation>disagree</translation>
        </message>
        <message>
            <source>neutraal</source>
            <translation>neutral</translation>
        </message>
        <message>
            <source>eens</source>
            <translation>agree</translation>
        </message>
        <message>
            <source>helemaal eens</source>
            <translation>strongly agree</translation>
        </message>
        <message>
            <source>feitelijke correctie</source>
            <translation>factual correction</translation>
        </message>
        <message>
            <source>aanvulling</source>
            <translation>addition</translation>
        </message>
        <message>
            <source>andere zienswijze</source>
            <translation>different view</translation>
        </message>
        <message>
            <source>nog niet besloten</source>
            <translation>not decided yet</translation>
        </message>
        <message>
            <source>overgenomen</source>
            <translation>taken over</translation>
        </message>
        <message>
            <source>niet overgenomen</source>
            <translation>not taken over</translation>
        </message>
        <message>
            <source>opmerking in Word</source>
            <translation>comment in Word</translation>
        </message>
        <message>
            <source>telefonisch</source>
            <translation>by phone</translation>
        </message>
        <message>
            <source>per e-mail</source>
            <translation>by e-mail</translation>
        </message>
        <message>
            <source>akkoord</source>
            <translation>agreed</translation>
        </message>
        <message>
            <source>akkoord met opmerkingen</source>
            <translation>agreed with remarks</translation>
        </message>
        <message>
            <source>geïnformeerd</source>
            <translation>informed</translation>
        </message>
        <message>
            <source>gesproken</source>
            <translation>interviewed</translation>
        </message>
        <message>
            <source>aanwezig</source>
            <translation>present</translation>
        </message>
        <message>
            <source>leest het concept</source>
            <translation>reads the draft</translation>
        </message>
        <message>
            <source>'Er hoeft niets te veranderen' is ook een conclusie die mag.</source>
            <translation>'Nothing needs to change' is an allowed conclusion too.</translation>
        </message>
        <message>
            <source>Alle perspectieven komen aan bod; de voorzitter geeft ieder ruimte.</source>
            <translation>Every perspective is heard; the chair gives everyone room.</translation>
        </message>
        <message>
            <source>Bestaande werkwijzen verbeteren levert vaak meer op dan iets nieuws.</source>
            <translation>Improving existing ways of working often achieves more than something new.</translation>
        </message>
        <message>
            <source>Bij welke rode draad hoort deze les, zodat hij meetelt naast andere casussen?</source>
            <translation>Which recurring theme does this lesson belong to, so that it counts alongside other cases?</translation>
        </message>
        <message>
            <source>Cliënt/burger</source>
            <translation>Client/citizen</translation>
        </message>
        <message>
            <source>De review hoort bij het kwaliteitssysteem; afspraken worden gevolgd.</source>
            <translation>The review is part of the quality system; agreements are followed up.</translation>
        </message>
        <message>
            <source>Deze tijd is goed besteed: de les gaat verder dan vandaag.</source>
            <translation>This time is well spent: the lesson goes beyond today.</translation>
        </message>
        <message>
            <source>Dit zijn de fasen van vandaag en de tijd die we er elk voor nemen.</source>
            <translation>These are today's phases and the time we take for each.</translation>
        </message>
        <message>
            <source>Doelgroep</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Geef iedere partij een aandeel: nodig de stille partijen uit en breng het perspectief van de cliënt in.</source>
            <translation>Give every party a share: invite the quiet parties and bring in the client's perspective.</translation>
        </message>
        <message>
            <source>Geen beoordeling; wat hier gezegd wordt, blijft hier.</source>
            <translation>No appraisal; what is said here stays here.</translation>
        </message>
        <message>
            <source>Geen te grote vernieuwingsdrang</source>
            <translation>No excessive urge to innovate</translation>
        </message>
        <message>
            <source>Gemeente</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Gemengde denkkracht en goede leiding</source>
            <translation>Mixed perspectives and good leadership</translation>
        </message>
        <message>
            <source>Goed voorbereiden en goed afronden</source>
            <translation>Prepare well and close well</translation>
        </message>
        <message>
            <source>Haal op wat de deelnemers hebben voorbereid, met voorbeelden van wat goed ging en wat niet; rond af met heldere conclusies.</source>
            <translation>Gather what the participants prepared, with examples of what went well and what did not; close with clear conclusions.</translation>
        </message>
        <message>
            <source>Helder doel</source>
            <translation>Clear goal</translation>
        </message>
        <message>
            <source>Het verhaal</source>
            <translation>The story</translation>
        </message>
        <message>
            <source>Hoe zou het gezin dit moment hebben beleefd?</source>
            <translation>How would the family have experienced this moment?</translation>
        </message>
        <message>
            <source>Houd het doel in beeld: we leren om te verbeteren.</source>
            <translation>Keep the goal in view: we learn in order to improve.</translation>
        </message>
        <message>
            <source>Ieder perspectief telt, ook dat van het gezin.</source>
            <translation>Every perspective counts, the family's too.</translation>
        </message>
        <message>
            <source>Iedereen weet wat er komt.</source>
            <translation>Everyone knows what comes next.</translation>
        </message>
        <message>
            <source>Iedereen weet wat er komt; de procedure leidt waar nodig tot afspraken.</source>
            <translation>Everyone knows what comes next; where needed the procedure leads to agreements.</translation>
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
            <source>Is hier een nieuwe regel nodig, of werkt wat we al hebben beter als we het aanscherpen?</source>
            <translation>Is a new rule needed here, or does what we have work better if we sharpen it?</translation>
        </message>
        <message>
            <source>Kan iedereen zich hierin vinden voordat we beginnen?</source>
            <translation>Can everyone agree to this before we start?</translation>
        </message>
        <message>
            <source>Laat zien wat er komt en houd de tijd in de gaten.</source>
            <translation>Show what is coming and keep an eye on the time.</translation>
        </message>
        <message>
            <source>Leest iedereen hetzelfde in dit doel, of mist er iets?</source>
            <translation>Does everyone read the same in this goal, or is something missing?</translation>
        </message>
        <message>
            <source>Lessen</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Maak er plaats voor: de review hoort bij het kwaliteitssysteem, en daarom is de tijd die hij kost gerechtvaardigd.</source>
            <translation>Make room for it: the review is part of the quality system, which justifies the time it takes.</translation>
        </message>
        <message>
            <source>Maak plaats</source>
            <translation>Make room</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Mechanismen</source>
            <translation>Mechanisms</translation>
        </message>
        <message>
            <source>Niemand zit hier om beoordeeld te worden; we kijken samen hoe het geheel werkte.</source>
            <translation>Nobody is here to be appraised; together we look at how the whole worked.</translation>
        </message>
        <message>
            <source>Niemand zit hier voor een beoordeling van zijn functioneren.</source>
            <translation>Nobody is here for a performance review.</translation>
        </message>
        <message>
            <source>Omstandigheden</source>
            <translation>Circumstances</translation>
        </message>
        <message>
            <source>Onafhankelijk expert</source>
            <translation>Independent expert</translation>
        </message>
        <message>
            <source>Pas op voor de reflex om iets nieuws te bedenken; een bestaande werkwijze verbeteren levert vaak meer op.</source>
            <translation>Beware the reflex to invent something new; improving an existing way of working often achieves more.</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <source>Veilige setting</source>
            <translation>Safe setting</translation>
        </message>
        <message>
            <source>Verbeter wat er is; 'niets hoeft te veranderen' mag.</source>
            <translation>Improve what exists; 'nothing needs to change' is allowed.</translation>
        </message>
        <message>
            <source>Voorbeelden van wat goed ging en wat niet; heldere conclusies.</source>
            <translation>Examples of what went well and what did not; clear conclusions.</translation>
        </message>
        <message>
            <source>Voorbereid binnenkomen; afsluiten met heldere conclusies en afspraken.</source>
            <translation>Come prepared; close with clear conclusions and agreements.</translation>
        </message>
        <message>
            <source>Voorspelbare procedure</source>
            <translation>Predictable procedure</translation>
        </message>
        <message>
            <source>Waar liep het bij jou vast, en wat had je op dat moment nodig gehad?</source>
            <translation>Where did it get stuck for you, and what would you have needed at that moment?</translation>
        </message>
        <message>
            <source>Wanneer kijken we samen of het gewerkt heeft?</source>
            <translation>When do we look together at whether it worked?</translation>
        </message>
        <message>
            <source>Wat ging goed</source>
            <translation>What went well</translation>
        </message>
        <message>
            <source>Wat kost deze maatregel aan tijd en papier, en wat levert hij op?</source>
            <translation>What does this measure cost in time and paperwork, and what does it bring?</translation>
        </message>
        <message>
            <source>Wat we hier zeggen, blijft in deze kamer; het verslag noemt partijen, geen mensen.</source>
            <translation>What we say stays in this room; the report names parties, not people.</translation>
        </message>
        <message>
            <source>Wat zag jouw organisatie dat de anderen niet zagen?</source>
            <translation>What did your organisation see that the others did not?</translation>
        </message>
        <message>
            <source>We eindigen met conclusies en, waar dat nodig is, met afspraken.</source>
            <translation>We end with conclusions and, where needed, with agreements.</translation>
        </message>
        <message>
            <source>We leren om te verbeteren.</source>
            <translation>We learn in order to improve.</translation>
        </message>
        <message>
            <source>We leren om te verbeteren; het doel staat op papier.</source>
            <translation>We learn in order to improve; the goal is written down.</translation>
        </message>
        <message>
            <source>Welk voorbeeld heb je meegenomen van iets dat goed ging?</source>
            <translation>Which example did you bring of something that went well?</translation>
        </message>
        <message>
            <source>Welke conclusie kunnen we nu samen trekken?</source>
            <translation>Which conclusion can we now draw together?</translation>
        </message>
        <message>
            <source>Welke vraag willen we aan het eind van vandaag beantwoord hebben?</source>
            <translation>Which question do we want answered by the end of today?</translation>
        </message>
        <message>
            <source>Wie hebben we nog niet gehoord?</source>
            <translation>Whom have we not heard yet?</translation>
        </message>
        <message>
            <source>Wie neemt de les mee naar het eigen team, en wanneer?</source>
            <translation>Who takes the lesson back to their own team, and when?</translation>
        </message>
        <message>
            <source>Zorg dat niemand zich beoordeeld voelt: dit is geen functioneringsgesprek.</source>
            <translation>Make sure nobody feels appraised: this is not a performance review.</translation>
        </message>
        <message>
            <source>afgerond</source>
            <translation>done</translation>
        </message>
        <message>
            <source>afgesloten zonder volgende partij</source>
            <translation>closed without a next party</translation>
        </message>
        <message>
            <source>afsluiting</source>
            <translation>closure</translation>
        </message>
        <message>
            <source>afweging (dilemma)</source>
            <translation>trade-off (dilemma)</translation>
        </message>
        <message>
            <source>afwijzing</source>
            <translation>refusal</translation>
        </message>
        <message>
            <source>afwijzing zonder vangnet</source>
            <translation>refused without a fallback</translation>
        </message>
        <message>
            <source>anoniem</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <source>begin</source>
            <translation>early</translation>
        </message>
        <message>
            <source>besluit</source>
            <translation>decision</translation>
        </message>
        <message>
            <source>bevestigd</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>bezig</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>ca.</source>
            <translation>c.</translation>
        </message>
        <message>
            <source>concept ter wederhoor</source>
            <translation>draft for comments</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>dag</source>
            <translation>day</translation>
        </message>
        <message>
            <source>datum onbekend</source>
            <translation>date unknown</translation>
        </message>
        <message>
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <source>definitief</source>
            <translation>final</translation>
        </message>
        <message>
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <source>doorgeschoven</source>
            <translation>carried forward</translation>
        </message>
        <message>
            <source>eind</source>
            <translation>late</translation>
        </message>
        <message>
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <source>geaccepteerd risico</source>
            <translation>accepted risk</translation>
        </message>
        <message>
            <source>geen maatregel nodig</source>
            <translation>no measure needed</translation>
        </message>
        <message>
            <source>gemeente</source>
            <translation>municipality</translation>
        </message>
        <message>
            <source>gestopt</source>
            <translation>stopped</translation>
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
            <source>incident</source>
            <translation>incident</translation>
        </message>
        <message>
            <source>jaar</source>
            <translation>year</translation>
        </message>
        <message>
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <source>keten</source>
            <translation>chain</translation>
        </message>
        <message>
            <source>landelijk</source>
            <translation>national</translation>
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
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <source>medio</source>
            <translation>mid</translation>
        </message>
        <message>
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <source>melding</source>
            <translation>report</translation>
        </message>
        <message>
            <source>niet bevestigd</source>
            <translation>not confirmed</translation>
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
            <source>nog niet te zeggen</source>
            <translation>too early to tell</translation>
        </message>
        <message>
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <source>observatie</source>
            <translation>observation</translation>
        </message>
        <message>
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>onderzoek</source>
            <translation>assessment</translation>
        </message>
        <message>
            <source>onzekerheid</source>
            <translation>uncertainty</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>organisatie</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>overdracht</source>
            <translation>hand-over</translation>
        </message>
        <message>
            <source>overdracht zonder bevestigde start</source>
            <translation>hand-over without a confirmed start</translation>
        </message>
        <message>
            <source>overig</source>
            <translation>other</translation>
        </message>
        <message>
            <source>overleg</source>
            <translation>meeting</translation>
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
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <source>signaal</source>
            <translation>signal</translation>
        </message>
        <message>
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <source>thema's</source>
            <translation>themes</translation>
        </message>
        <message>
            <source>themacodes</source>
            <translation>theme codes</translation>
        </message>
        <message>
            <source>uitgevoerd</source>
            <translation>carried out</translation>
        </message>
        <message>
            <source>verbetering bestaande werkwijze</source>
            <translation>improvement of existing practice</translation>
        </message>
        <message>
            <source>verhuizing</source>
            <translation>move</translation>
        </message>
        <message>
            <source>verhuizing zonder warme overdracht</source>
            <translation>move without a warm transfer</translation>
        </message>
        <message>
            <source>verwijzing</source>
            <translation>referral</translation>
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
            <source>werkt</source>
            <translation>works</translation>
        </message>
        <message>
            <source>werkt deels</source>
            <translation>works partly</translation>
        </message>
        <message>
            <source>werkt niet</source>
            <translation>does not work</translation>
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
    <context>
        <name>unexpected</name>
        <message>
            <source>Onverwachte fout</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Er ging iets onverwachts mis. Wat al was opgeslagen, is bewaard.</source>
            <translation>Something unexpected went wrong. What was already saved is kept.</translation>
        </message>
        <message>
            <source>Er ging iets onverwachts mis bij: {0}.</source>
            <translation>Something unexpected went wrong in: {0}.</translation>
        </message>
        <message>
            <source>Er ging iets onverwachts mis.</source>
            <translation>Something unexpected went wrong.</translation>
        </message>
        <message>
            <source>Wat al was opgeslagen, is niet verloren: alles wat u invoert, wordt direct vastgelegd. Probeer het nog eens; gebeurt het weer, stuur dan het logbestand naar uw beheerder. Het logbestand staat hier:
{0}</source>
            <translation>Nothing already saved is lost: everything you enter is stored at once. Try again; if it happens again, send the log file to your administrator. The log file is here:
{0}</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>&amp;Na de bijeenkomst</source>
            <translation>&amp;After the meeting</translation>
        </message>
        <message>
            <source>&amp;Concept versturen…</source>
            <translation>Send &amp;draft…</translation>
        </message>
        <message>
            <source>&amp;Reacties op het concept…</source>
            <translation>&amp;Reactions on the draft…</translation>
        </message>
        <message>
            <source>&amp;Evaluatie invoeren…</source>
            <translation>Enter &amp;evaluation…</translation>
        </message>
        <message>
            <source>De &amp;familie…</source>
            <translation>The &amp;family…</translation>
        </message>
        <message>
            <source>C&amp;olofon…</source>
            <translation>C&amp;olophon…</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>'{name}' begint als UTF-16-tekst maar is beschadigd ({reason}).</source>
            <translation>'{name}' starts as UTF-16 text but is damaged ({reason}).</translation>
        </message>
        <message>
            <source>'{name}' bevat binaire gegevens en is geen leesbaar tekstbestand (of staat in een tekencodering zonder kenmerk, zoals UTF-16 zonder BOM). Sla de tijdlijn op als 'CSV (puntkomma's)' of 'CSV UTF-8'.</source>
            <translation>'{name}' holds binary data and is not a readable text file (or it is in an encoding without a marker, such as UTF-16 without BOM). Save the timeline as 'CSV (semicolon)' or 'CSV UTF-8'.</translation>
        </message>
        <message>
            <source>'{name}' bevat op regel {line} onleesbare tekens (binaire gegevens); het is geen tekstbestand met een tijdlijn.</source>
            <translation>'{name}' holds unreadable characters (binary data) on line {line}; it is not a text file with a timeline.</translation>
        </message>
        <message>
            <source>'{name}' heeft de extensie .rtf, maar is geen RTF-bestand.</source>
            <translation>'{name}' has the extension .rtf but is not an RTF file.</translation>
        </message>
        <message>
            <source>'{name}' heeft de extensie {ext}, maar is geen {kind} (beschadigd of een ander formaat). Open het en sla het opnieuw op.</source>
            <translation>'{name}' has the extension {ext} but is not a {kind} (damaged or another format). Open it and save it again.</translation>
        </message>
        <message>
            <source>'{name}' hoort bij conceptversie {version}, maar die versie bestaat niet (meer) in dit dossier. Er is niets ingelezen.</source>
            <translation>'{name}' belongs to concept version {version}, but that version does not exist (any more) in this case file. Nothing has been read.</translation>
        </message>
        <message>
            <source>'{name}' is al eerder ingelezen (versie {number}, {name2}); er is niets toegevoegd.</source>
            <translation>'{name}' has been read before (version {number}, {name2}); nothing has been added.</translation>
        </message>
        <message>
            <source>'{name}' is alleen-lezen geopend; er kan niets worden teruggezet.</source>
            <translation>'{name}' is opened read-only; nothing can be restored.</translation>
        </message>
        <message>
            <source>'{name}' is alleen-lezen; kies een andere naam of map.</source>
            <translation>'{name}' is read-only; choose another name or folder.</translation>
        </message>
        <message>
            <source>'{name}' is beschadigd: het OpenDocument-bestand kan niet worden gelezen ({reason}). Open het in LibreOffice en sla het opnieuw op.</source>
            <translation>'{name}' is damaged: the OpenDocument file cannot be read ({reason}). Open it in LibreOffice and save it again.</translation>
        </message>
        <message>
            <source>'{name}' is beschadigd: het lijkt een Office-bestand, maar de inhoud kan niet worden uitgepakt. Open het in Word, Excel of LibreOffice en sla het opnieuw op.</source>
            <translation>'{name}' is damaged: it looks like an Office file, but its content cannot be unpacked. Open it in Word, Excel or LibreOffice and save it again.</translation>
        </message>
        <message>
            <source>'{name}' is een PDF. Een tijdlijn uit een PDF kan niet worden ingelezen; vraag het Word- of Excel-bestand op, of kopieer de tabel naar Excel.</source>
            <translation>'{name}' is a PDF. A timeline cannot be read from a PDF; ask for the Word or Excel file, or copy the table into Excel.</translation>
        </message>
        <message>
            <source>'{name}' is een andere database, geen casereview-register; er is niets veranderd.</source>
            <translation>'{name}' is a different database, not a casereview register; nothing was changed.</translation>
        </message>
        <message>
            <source>'{name}' is een casereview-dossier, geen register.</source>
            <translation>'{name}' is a casereview case file, not a register.</translation>
        </message>
        <message>
            <source>'{name}' is een concept van een andere review, niet van dit dossier ('{name2}'). Er is niets ingelezen.</source>
            <translation>'{name}' is a concept of another review, not of this case file ('{name2}'). Nothing has been read.</translation>
        </message>
        <message>
            <source>'{name}' is een concept voor alle organisaties; geef met --party aan van welke organisatie deze reacties zijn.</source>
            <translation>'{name}' is a concept for all organisations; say with --party which organisation these reactions are from.</translation>
        </message>
        <message>
            <source>'{name}' is een concept voor alle organisaties; kies van welke organisatie deze reacties zijn.</source>
            <translation>'{name}' is a concept for all organisations; choose which organisation these reactions are from.</translation>
        </message>
        <message>
            <source>'{name}' is een database van een ander programma, geen casereview-dossier.</source>
            <translation>'{name}' is a database of another program, not a casereview case file.</translation>
        </message>
        <message>
            <source>'{name}' is een leeg bestand, geen register. Maak het met 'casereview register init'.</source>
            <translation>'{name}' is an empty file, not a register. Create it with 'casereview register init'.</translation>
        </message>
        <message>
            <source>'{name}' is een leeg bestand, geen register. Vraag de beheerder van het register het aan te maken.</source>
            <translation>'{name}' is an empty file, not a register. Ask the register's administrator to create it.</translation>
        </message>
        <message>
            <source>'{name}' is een zip-bestand (of een ander Office-formaat), geen tijdlijn. Kies een {supported}-bestand.</source>
            <translation>'{name}' is a zip file (or another Office format), not a timeline. Choose a {supported} file.</translation>
        </message>
        <message>
            <source>'{name}' is een zip-bestand maar geen {kind}; het kan niet als tijdlijn worden ingelezen.</source>
            <translation>'{name}' is a zip file but not a {kind}; it cannot be read as a timeline.</translation>
        </message>
        <message>
            <source>'{name}' is een {kind}. Dat kan alleen worden ingelezen als LibreOffice op deze computer is geïnstalleerd, en dat is niet zo. Open het bestand in Word of LibreOffice Writer, kies Bestand &gt; Opslaan als &gt; Word-document (.docx) en importeer dat bestand.</source>
            <translation>'{name}' is a {kind}. It can only be read when LibreOffice is installed on this computer, and it is not. Open the file in Word or LibreOffice Writer, choose File &gt; Save As &gt; Word Document (.docx) and import that file.</translation>
        </message>
        <message>
            <source>'{name}' is geen Excel-werkmap (.xlsx) die casereview kan lezen.</source>
            <translation>'{name}' is not an Excel workbook (.xlsx) that casereview can read.</translation>
        </message>
        <message>
            <source>'{name}' is geen Word-document (.docx) dat casereview kan lezen.</source>
            <translation>'{name}' is not a Word document (.docx) that casereview can read.</translation>
        </message>
        <message>
            <source>'{name}' is geen afsprakenlijst van casereview (het blad '{sheet}' of het verborgen blad '{meta_sheet}' ontbreekt).</source>
            <translation>'{name}' is not a casereview agreements list (the sheet '{sheet}' or the hidden sheet '{meta_sheet}' is missing).</translation>
        </message>
        <message>
            <source>'{name}' is geen afsprakenlijst van casereview.</source>
            <translation>'{name}' is not a casereview agreements list.</translation>
        </message>
        <message>
            <source>'{name}' is geen casereview-dossier (het bestand heeft een ander formaat).</source>
            <translation>'{name}' is not a casereview case file (the file has another format).</translation>
        </message>
        <message>
            <source>'{name}' is geen casereview-dossier, of het is een versleuteld dossier en deze installatie kan geen versleutelde dossiers openen (onderdeel 'encryption' ontbreekt).</source>
            <translation>'{name}' is not a casereview case file, or it is an encrypted case file and this installation cannot open encrypted case files (the 'encryption' component is missing).</translation>
        </message>
        <message>
            <source>'{name}' is geen concept van casereview: de kenmerken van het concept (dossier en versie) ontbreken in de documenteigenschappen. Er is niets ingelezen.</source>
            <translation>'{name}' is not a casereview concept: the concept's marks (case file and version) are missing from the document properties. Nothing has been read.</translation>
        </message>
        <message>
            <source>'{name}' is geen gewoon bestand en dus geen casereview-dossier.</source>
            <translation>'{name}' is not an ordinary file, so it is no casereview case file.</translation>
        </message>
        <message>
            <source>'{name}' is geen gewoon bestand en kan niet worden ingelezen.</source>
            <translation>'{name}' is not an ordinary file and cannot be read.</translation>
        </message>
        <message>
            <source>'{name}' is geen register ({reason}).</source>
            <translation>'{name}' is not a register ({reason}).</translation>
        </message>
        <message>
            <source>'{name}' is het concept voor een andere organisatie dan {party}; de reacties erin zijn van die organisatie. Er is niets ingelezen.</source>
            <translation>'{name}' is the draft for an organisation other than {party}; the reactions in it are that organisation's. Nothing was read.</translation>
        </message>
        <message>
            <source>'{name}' is in het oude Excel- of Word-formaat (.xls/.doc). Open het en sla het op als .xlsx of .docx, en importeer dat bestand.</source>
            <translation>'{name}' is in the old Excel or Word format (.xls/.doc). Open it, save it as .xlsx or .docx and import that file.</translation>
        </message>
        <message>
            <source>'{name}' is niet (meer) bereikbaar: is de netwerkverbinding weg of de schijf losgekoppeld? De wijziging is niet opgeslagen; wat u typte staat er nog.</source>
            <translation>'{name}' cannot be reached (any more): is the network connection gone or the drive disconnected? The change was not saved; what you typed is still there.</translation>
        </message>
        <message>
            <source>'{name}' is nu geopend in een ander programma (Word of LibreOffice). Sluit het bestand en probeer het opnieuw, of kies een andere naam.</source>
            <translation>'{name}' is open in another program (Word or LibreOffice). Close the file and try again, or choose another name.</translation>
        </message>
        <message>
            <source>'{name}' is versleuteld, maar deze installatie van casereview kan geen versleutelde dossiers openen. Installeer het onderdeel voor versleuteling (pip install "casereview[encryption]").</source>
            <translation>'{name}' is encrypted, but this installation of casereview cannot open encrypted case files. Install the encryption component (pip install "casereview[encryption]").</translation>
        </message>
        <message>
            <source>'{name}' kan niet worden gelezen als Word-document ({reason}).</source>
            <translation>'{name}' cannot be read as a Word document ({reason}).</translation>
        </message>
        <message>
            <source>'{name}' kan niet worden overschreven. Geopend door {user} op computer {machine} sinds {since}.</source>
            <translation>'{name}' cannot be overwritten. Opened by {user} on computer {machine} since {since}.</translation>
        </message>
        <message>
            <source>'{name}' kan niet worden overschreven; waarschijnlijk is het geopend in een ander programma. Sluit het en probeer het opnieuw.</source>
            <translation>'{name}' cannot be overwritten; it is probably open in another program. Close it and try again.</translation>
        </message>
        <message>
            <source>'{name}' kon niet worden geschreven ({reason}). Er is niets veranderd.</source>
            <translation>'{name}' could not be written ({reason}). Nothing has changed.</translation>
        </message>
        <message>
            <source>'{name}', regel {line_num}: het bestand is geen geldige CSV ({reason}).</source>
            <translation>'{name}', line {line_num}: the file is not valid CSV ({reason}).</translation>
        </message>
        <message>
            <source>'{name}', regel {number}: de tekencodering is niet te herkennen (geen UTF-8 en geen Windows-1252). Sla het bestand op als 'CSV UTF-8' en probeer het opnieuw.</source>
            <translation>'{name}', line {number}: the character encoding cannot be recognised (not UTF-8 and not Windows-1252). Save the file as 'CSV UTF-8' and try again.</translation>
        </message>
        <message>
            <source>'{name}', rij {row_numbers}: een aanhalingsteken (") wordt niet afgesloten, waardoor de rest van het bestand in één cel terechtkomt. Controleer die rij.</source>
            <translation>'{name}', row {row_numbers}: a quotation mark (") is not closed, so the rest of the file ends up in one cell. Check that row.</translation>
        </message>
        <message>
            <source>'{name}': de documenteigenschappen van het concept (versie of organisatie) zijn na het versturen veranderd. Er is niets ingelezen; vraag de reacties op in het concept zoals het verstuurd is.</source>
            <translation>'{name}': the concept's document properties (version or organisation) changed after it was sent. Nothing was read; ask for the reactions in the concept as it was sent.</translation>
        </message>
        <message>
            <source>'{name}': de documenteigenschappen van het concept zijn veranderd (versie of organisatie '{shown}' is geen nummer van casereview). Er is niets ingelezen.</source>
            <translation>'{name}': the concept's document properties have changed (version or organisation '{shown}' is not a casereview number). Nothing was read.</translation>
        </message>
        <message>
            <source>'{path}' is een map, geen dossierbestand.</source>
            <translation>'{path}' is a folder, not a case file.</translation>
        </message>
        <message>
            <source>'{path}' is een map, geen tijdlijnbestand. Kies een CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) of RTF (.rtf)-bestand.</source>
            <translation>'{path}' is a folder, not a timeline file. Choose a CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) or RTF (.rtf) file.</translation>
        </message>
        <message>
            <source>'{place}' is leeg: er staan alleen lege rijen in.</source>
            <translation>'{place}' is empty: it holds only empty rows.</translation>
        </message>
        <message>
            <source>'{real}' staat niet in de lijst met pseudoniemen.</source>
            <translation>'{real}' is not in the pseudonym list.</translation>
        </message>
        <message>
            <source>'{rules}' is geen geldige lijst van regels (gebruik 1 t/m 7, bijv. '6,7').</source>
            <translation>'{rules}' is not a valid list of rules (use 1 to 7, e.g. '6,7').</translation>
        </message>
        <message>
            <source>'{target}' is een map; geef een bestandsnaam op.</source>
            <translation>'{target}' is a folder; give a file name.</translation>
        </message>
        <message>
            <source>'{text}' bestaat niet als datum</source>
            <translation>'{text}' does not exist as a date</translation>
        </message>
        <message>
            <source>'{text}' is geen bekende soort gebeurtenis ({known}); herkend uit de omschrijving</source>
            <translation>'{text}' is not a known kind of event ({known}); recognised from the description</translation>
        </message>
        <message>
            <source>'{text}' is geen bestaande datum</source>
            <translation>'{text}' is not a date that exists</translation>
        </message>
        <message>
            <source>'{text}' is geen datum</source>
            <translation>'{text}' is not a date</translation>
        </message>
        <message>
            <source>'{text}' is geen datum (schrijf dd-mm-jjjj)</source>
            <translation>'{text}' is not a date (write dd-mm-yyyy)</translation>
        </message>
        <message>
            <source>'{text}' is geen geldige toewijzing; schrijf het als "Echte Naam=pseudoniem".</source>
            <translation>'{text}' is not a valid assignment; write it as "Real Name=pseudonym".</translation>
        </message>
        <message>
            <source>'{text}' is geen herkenbare tijd; als tekst overgenomen</source>
            <translation>'{text}' is not a recognisable time; taken over as text</translation>
        </message>
        <message>
            <source>'{text}' is geen leesbare datum ({reason})</source>
            <translation>'{text}' is not a readable date ({reason})</translation>
        </message>
        <message>
            <source>'{text}' is geen sleutelmoment (goed of zorgelijk); niet overgenomen</source>
            <translation>'{text}' is not a key moment (went well or worrying); not taken over</translation>
        </message>
        <message>
            <source>'{text}' is geen tijd en is niet overgenomen</source>
            <translation>'{text}' is not a time and was not taken over</translation>
        </message>
        <message>
            <source>'{value}' is geen geldig registeradres.</source>
            <translation>'{value}' is not a valid register address.</translation>
        </message>
        <message>
            <source>--deadline '{raw}' is geen datum; schrijf die als JJJJ-MM-DD (bijv. 2026-12-15).</source>
            <translation>--deadline '{raw}' is not a date; write it as YYYY-MM-DD (e.g. 2026-12-15).</translation>
        </message>
        <message>
            <source>--map '{item}' heeft niet de vorm Kolomkop=veld (bijv. 'Wat is er gebeurd=omschrijving').</source>
            <translation>--map '{item}' is not of the form Column heading=field (e.g. 'Wat is er gebeurd=omschrijving').</translation>
        </message>
        <message>
            <source>--named geldt alleen voor Word-documenten; de afsprakenlijst is altijd met pseudoniemen.</source>
            <translation>--named applies only to Word documents; the agreements list always uses pseudonyms.</translation>
        </message>
        <message>
            <source>--named geldt niet voor de leerbrief: die bevat nooit namen.</source>
            <translation>--named does not apply to the learning note: it never contains names.</translation>
        </message>
        <message>
            <source>--named geldt niet voor een concept: dat gaat naar alle organisaties en is altijd met pseudoniemen.</source>
            <translation>--named does not apply to a concept: it goes to all organisations and always uses pseudonyms.</translation>
        </message>
        <message>
            <source>--threshold {threshold} valt buiten 0-100.</source>
            <translation>--threshold {threshold} is outside 0-100.</translation>
        </message>
        <message>
            <source>--uit-de-regio hoort bij --kind voorbereiding.</source>
            <translation>--uit-de-regio goes with --kind voorbereiding.</translation>
        </message>
        <message>
            <source>--vastgesteld '{raw}' is geen datum; schrijf die als JJJJ-MM-DD.</source>
            <translation>--vastgesteld '{raw}' is not a date; write it as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Afgebroken; er is niets veranderd.</source>
            <translation>Cancelled; nothing has changed.</translation>
        </message>
        <message>
            <source>Afspraak {agreement_id} bestaat niet meer; er is niets gewijzigd.</source>
            <translation>Agreement {agreement_id} no longer exists; nothing has been changed.</translation>
        </message>
        <message>
            <source>Afspraken geclassificeerd: {improve} verbetering bestaande werkwijze, {new} nieuwe maatregel.</source>
            <translation>Agreements classified: {improve} improvement of existing practice, {new} new measure.</translation>
        </message>
        <message>
            <source>Afspraken kunnen naar .xlsx of .csv worden geëxporteerd, niet naar '{suffix}'.</source>
            <translation>Agreements can be exported to .xlsx or .csv, not to '{suffix}'.</translation>
        </message>
        <message>
            <source>Agenda van {count} fase getoond en gevolgd.</source>
            <translation>Agenda of {count} phase shown and followed.</translation>
        </message>
        <message>
            <source>Agenda van {count} fasen getoond en gevolgd.</source>
            <translation>Agenda of {count} phases shown and followed.</translation>
        </message>
        <message>
            <source>Agenda van {count} fasen getoond; de groep kwam tot en met fase {reached}.</source>
            <translation>Agenda of {count} phases shown; the group got as far as phase {reached}.</translation>
        </message>
        <message>
            <source>Alinea {paragraph} bestaat niet in conceptversie {number}.</source>
            <translation>Paragraph {paragraph} does not exist in concept version {number}.</translation>
        </message>
        <message>
            <source>Beschadigd of onvolledig: er ontbreekt een deel van het dossier ({detail}).</source>
            <translation>Damaged or incomplete: part of the case file is missing ({detail}).</translation>
        </message>
        <message>
            <source>Beschadigd of onvolledig: er staat geen review in.</source>
            <translation>Damaged or incomplete: it holds no review.</translation>
        </message>
        <message>
            <source>Beschadigd; het dossier kan niet worden gelezen ({detail}).</source>
            <translation>Damaged; the case file cannot be read ({detail}).</translation>
        </message>
        <message>
            <source>Beschrijf het incident.</source>
            <translation>Describe the incident.</translation>
        </message>
        <message>
            <source>Beschrijf wat er gebeurde.</source>
            <translation>Describe what happened.</translation>
        </message>
        <message>
            <source>Beschrijving: beschrijf wat er gebeurde; leeg mag niet.</source>
            <translation>Description: describe what happened; it may not be empty.</translation>
        </message>
        <message>
            <source>Blad '{sheet}' van '{name}' heeft meer dan {limit} rijen (tot rij {last}); zo lang is geen afsprakenlijst. Er is niets gelezen of gewijzigd.</source>
            <translation>Sheet '{sheet}' of '{name}' has more than {limit} rows (up to row {last}); no list of agreements is that long. Nothing was read or changed.</translation>
        </message>
        <message>
            <source>Blad '{sheet}' van '{name}', rij 1: de kolomkoppen zijn veranderd; verwacht {items}.</source>
            <translation>Sheet '{sheet}' of '{name}', row 1: the column headings have changed; expected {items}.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): '{text}' is geen afspraaknummer van casereview.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): '{text}' is not a casereview agreement number.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): '{text}' is geen effect. Kies uit: {allowed}.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): '{text}' is not an effect. Choose from: {allowed}.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): '{text}' is geen status. Kies uit: {allowed}.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): '{text}' is not a status. Choose from: {allowed}.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): afspraak {agreement_id} bestaat niet in dit dossier.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): agreement {agreement_id} does not exist in this case file.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): afspraak {agreement_id} hoort niet bij deze partij; een afsprakenlijst verandert alleen de afspraken van haar eigen partij.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): agreement {agreement_id} does not belong to this party; an agreements list changes only its own party's agreements.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): afspraak {agreement_id} hoort niet bij {party}; een afsprakenlijst verandert alleen de afspraken van haar eigen partij.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): agreement {agreement_id} does not belong to {party}; an agreements list changes only its own party's agreements.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): afspraak {agreement_id} staat twee keer in de lijst.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): agreement {agreement_id} is in the list twice.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): de tekst van de afspraak is veranderd. Pas alleen Status, Effect, Voortgang en Datum aan; een andere afspraak bespreekt u met de voorzitter.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): the text of the agreement has changed. Change only Status, Effect, Voortgang and Datum; discuss a different agreement with the chair.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): schrijf bij 'niet uitgevoerd' in Voortgang waarom niet.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): with 'niet uitgevoerd', write in Voortgang why not.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): {date} ligt in de toekomst.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): {date} is in the future.</translation>
        </message>
        <message>
            <source>Blad '{sheet}', rij {row}, kolom {column} ({header}): {problem}.</source>
            <translation>Sheet '{sheet}', row {row}, column {column} ({header}): {problem}.</translation>
        </message>
        <message>
            <source>Conceptversie {number} bestaat niet.</source>
            <translation>Concept version {number} does not exist.</translation>
        </message>
        <message>
            <source>Datum van het incident: {problem}.</source>
            <translation>Date of the incident: {problem}.</translation>
        </message>
        <message>
            <source>Datum: {problem}.</source>
            <translation>Date: {problem}.</translation>
        </message>
        <message>
            <source>De afsprakenlijst '{name}' hoort bij een ander dossier; er is niets gewijzigd.</source>
            <translation>The agreements list '{name}' belongs to another case file; nothing has been changed.</translation>
        </message>
        <message>
            <source>De afsprakenlijst is niet verwerkt; er is niets gewijzigd.
{problems}</source>
            <translation>The agreements list has not been processed; nothing has been changed.
{problems}</translation>
        </message>
        <message>
            <source>De afsprakenmatrix wordt een .xlsx-bestand, niet '{suffix}'.</source>
            <translation>The agreements matrix becomes an .xlsx file, not '{suffix}'.</translation>
        </message>
        <message>
            <source>De agenda is nog niet met de groep doorlopen; start de eerste fase.</source>
            <translation>The agenda has not been gone through with the group yet; start the first phase.</translation>
        </message>
        <message>
            <source>De datum van vaststelling '{value}' is geen datum.</source>
            <translation>The adoption date '{value}' is not a date.</translation>
        </message>
        <message>
            <source>De fase '{title}' bevat al bijdragen en kan niet worden verwijderd. Verplaats die bijdragen eerst naar een andere fase.</source>
            <translation>The phase '{title}' already holds contributions and cannot be removed. Move those contributions to another phase first.</translation>
        </message>
        <message>
            <source>De import van {file_name} kon niet worden opgeslagen ({reason}); het dossier is niet gewijzigd.</source>
            <translation>The import of {file_name} could not be saved ({reason}); the case file has not been changed.</translation>
        </message>
        <message>
            <source>De kolom {columns} uit de kolomkoppeling staat niet in de kopregel van {place}. Kolommen: {headers}.</source>
            <translation>The column {columns} of the column mapping is not in the header row of {place}. Columns: {headers}.</translation>
        </message>
        <message>
            <source>De kolommen {columns} uit de kolomkoppeling staan niet in de kopregel van {place}. Kolommen: {headers}.</source>
            <translation>The columns {columns} of the column mapping are not in the header row of {place}. Columns: {headers}.</translation>
        </message>
        <message>
            <source>De kopie '{name}' is beschadigd en kan niet worden teruggezet.</source>
            <translation>The copy '{name}' is damaged and cannot be restored.</translation>
        </message>
        <message>
            <source>De kopie van {copy} bestaat niet meer.</source>
            <translation>The copy of {copy} no longer exists.</translation>
        </message>
        <message>
            <source>De leerbrief is nog leeg; schrijf hem eerst in het onderdeel Leerbrief.</source>
            <translation>The learning note is still empty; write it first in the Learning note section.</translation>
        </message>
        <message>
            <source>De leerbrief is nog niet gemarkeerd als 'klaar om te delen'; er is niets gedeeld.</source>
            <translation>The learning note has not been marked 'ready to share'; nothing has been shared.</translation>
        </message>
        <message>
            <source>De leerbrief kan niet gedeeld worden: {problems}. Pas de tekst aan in het onderdeel Leerbrief.</source>
            <translation>The learning note cannot be shared: {problems}. Change the text in the Learning note section.</translation>
        </message>
        <message>
            <source>De map '{folder}' bestaat niet.</source>
            <translation>The folder '{folder}' does not exist.</translation>
        </message>
        <message>
            <source>De map '{folder}' bestaat niet; kies een bestaande map.</source>
            <translation>The folder '{folder}' does not exist; choose an existing folder.</translation>
        </message>
        <message>
            <source>De map '{parent}' bestaat niet.</source>
            <translation>The folder '{parent}' does not exist.</translation>
        </message>
        <message>
            <source>De map '{parent}' van het register bestaat niet.</source>
            <translation>The folder '{parent}' of the register does not exist.</translation>
        </message>
        <message>
            <source>De map of het bestand '{raw}' bestaat niet.</source>
            <translation>The folder or file '{raw}' does not exist.</translation>
        </message>
        <message>
            <source>De naam van de organisatie is {length} tekens lang; het register neemt er hoogstens {limit}.</source>
            <translation>The organisation's name is {length} characters long; the register takes at most {limit}.</translation>
        </message>
        <message>
            <source>De nieuwe datum moet na vandaag liggen.</source>
            <translation>The new date must be after today.</translation>
        </message>
        <message>
            <source>De organisatie '{organisation}' is niet bekend in dit register; vraag de beheerder 'casereview register init … --organisation "{organisation}"' te draaien.</source>
            <translation>The organisation '{organisation}' is not known in this register; ask the administrator to run 'casereview register init … --organisation "{organisation}"'.</translation>
        </message>
        <message>
            <source>De organisatie '{organisation}' is niet bekend in dit register; vraag de beheerder van het register haar toe te voegen.</source>
            <translation>The organisation '{organisation}' is not known in this register; ask the register's administrator to add it.</translation>
        </message>
        <message>
            <source>De organisatie waarvoor '{name}' is gemaakt, staat niet meer in het dossier; geef met --party aan van wie de reacties zijn.</source>
            <translation>The organisation '{name}' was made for is no longer in the case file; say with --party whom the reactions are from.</translation>
        </message>
        <message>
            <source>De organisatie waarvoor '{name}' is gemaakt, staat niet meer in het dossier; kies van wie de reacties zijn.</source>
            <translation>The organisation '{name}' was made for is no longer in the case file; choose whom the reactions are from.</translation>
        </message>
        <message>
            <source>De partij '{name}' staat niet in dit dossier (bekend: {known}).</source>
            <translation>The party '{name}' is not in this case file (known: {known}).</translation>
        </message>
        <message>
            <source>De partij '{name}' staat niet in dit dossier. Kies uit: {known}.</source>
            <translation>The party '{name}' is not in this case file. Choose from: {known}.</translation>
        </message>
        <message>
            <source>De partijnaam voor heel {name} is te lang (maximaal {max_party} tekens).</source>
            <translation>The party name for all of {name} is too long (at most {max_party} characters).</translation>
        </message>
        <message>
            <source>De rol {role} hoort al bij de organisatie '{holder}'; '{organisation}' krijgt geen rol en er is niets veranderd.</source>
            <translation>The role {role} already belongs to the organisation '{holder}'; '{organisation}' gets no role and nothing was changed.</translation>
        </message>
        <message>
            <source>De samengevoegde gebeurtenis bestaat niet meer; de samenvoeging kan niet terug.</source>
            <translation>The merged event no longer exists; the merge cannot be undone.</translation>
        </message>
        <message>
            <source>De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw; wat u typte staat er nog.</source>
            <translation>The disk is full: the change was not saved. Free some space and try again; what you typed is still there.</translation>
        </message>
        <message>
            <source>De sessie is al begonnen; pas de agenda per fase aan in plaats van een sjabloon te laden.</source>
            <translation>The session has already started; adjust the agenda phase by phase instead of loading a template.</translation>
        </message>
        <message>
            <source>De sessie kan nog niet worden afgesloten.
{missing}</source>
            <translation>The session cannot be closed yet.
{missing}</translation>
        </message>
        <message>
            <source>De sleutel waarmee casereview lessen in een registerbestand ondertekent, kon niet uit de sleutelbos van het systeem worden gelezen of daarin worden bewaard; er is niets geschreven.</source>
            <translation>The key casereview uses to sign lessons in a register file could not be read from or stored in the system's keyring; nothing was written.</translation>
        </message>
        <message>
            <source>De status van het verslag is 'concept' of 'definitief', niet '{status}'.</source>
            <translation>The report's status is 'concept' or 'definitief', not '{status}'.</translation>
        </message>
        <message>
            <source>De tijd van een fase moet tussen 1 en {max_timebox} minuten liggen.</source>
            <translation>A phase's time must be between 1 and {max_timebox} minutes.</translation>
        </message>
        <message>
            <source>De titel mag niet leeg zijn.</source>
            <translation>The title cannot be empty.</translation>
        </message>
        <message>
            <source>De voortgangsnotitie is leeg.</source>
            <translation>The progress note is empty.</translation>
        </message>
        <message>
            <source>De werkmap '{name}' bevat geen werkbladen.</source>
            <translation>The workbook '{name}' holds no worksheets.</translation>
        </message>
        <message>
            <source>De werkmap '{name}' heeft geen blad '{sheet}'. Bladen: {names}.</source>
            <translation>The workbook '{name}' has no sheet '{sheet}'. Sheets: {names}.</translation>
        </message>
        <message>
            <source>De werkmap '{name}' is beschadigd en kan niet helemaal worden gelezen ({reason}). Open het bestand in {app} en sla het opnieuw op.</source>
            <translation>The workbook '{name}' is damaged and cannot be read completely ({reason}). Open the file in {app} and save it again.</translation>
        </message>
        <message>
            <source>De werkmap '{name}' is leeg: geen enkel blad bevat gegevens.</source>
            <translation>The workbook '{name}' is empty: no sheet holds any data.</translation>
        </message>
        <message>
            <source>De werkmap '{name}' kan niet worden gelezen (beschadigd of geen echte .{fmt}): {reason}. Open het bestand in {app} en sla het opnieuw op.</source>
            <translation>The workbook '{name}' cannot be read (damaged or not a real .{fmt}): {reason}. Open the file in {app} and save it again.</translation>
        </message>
        <message>
            <source>De wijziging past niet bij wat er al in het dossier staat en is niet opgeslagen.</source>
            <translation>The change does not fit what is already in the case file and was not saved.</translation>
        </message>
        <message>
            <source>Deze afspraak bestaat niet meer.</source>
            <translation>This agreement no longer exists.</translation>
        </message>
        <message>
            <source>Deze conclusie bestaat niet meer.</source>
            <translation>This conclusion no longer exists.</translation>
        </message>
        <message>
            <source>Deze fase bestaat niet meer.</source>
            <translation>This phase no longer exists.</translation>
        </message>
        <message>
            <source>Deze gebeurtenis bestaat niet meer.</source>
            <translation>This event no longer exists.</translation>
        </message>
        <message>
            <source>Deze kopie is gemaakt met een ander wachtwoord en kan niet worden teruggezet.</source>
            <translation>This copy was made with a different password and cannot be restored.</translation>
        </message>
        <message>
            <source>Deze kopie is gemaakt met een andere versie van casereview en kan niet worden teruggezet; open haar als apart dossier.</source>
            <translation>This copy was made with a different version of casereview and cannot be restored; open it as a separate case file.</translation>
        </message>
        <message>
            <source>Deze leerbrief is voor {organisation} al ingetrokken.</source>
            <translation>This leerbrief has already been withdrawn for {organisation}.</translation>
        </message>
        <message>
            <source>Deze leerbrief staat niet in het register voor {organisation}; er is niets ingetrokken.</source>
            <translation>This leerbrief is not in the register for {organisation}; nothing was withdrawn.</translation>
        </message>
        <message>
            <source>Deze map of dit bestand bestaat niet.</source>
            <translation>This folder or file does not exist.</translation>
        </message>
        <message>
            <source>Deze partij bestaat niet meer.</source>
            <translation>This party no longer exists.</translation>
        </message>
        <message>
            <source>Deze reactie bestaat niet meer.</source>
            <translation>This reaction no longer exists.</translation>
        </message>
        <message>
            <source>Deze spelregel bestaat niet meer.</source>
            <translation>This ground rule no longer exists.</translation>
        </message>
        <message>
            <source>Deze vraag bestaat niet meer.</source>
            <translation>This question no longer exists.</translation>
        </message>
        <message>
            <source>Dit dossier is alleen-lezen geopend; wijzigingen worden niet opgeslagen.</source>
            <translation>This case file is open read-only; changes are not saved.</translation>
        </message>
        <message>
            <source>Dit formulier is leeg; vul ten minste één vraag in.</source>
            <translation>This form is empty; fill in at least one question.</translation>
        </message>
        <message>
            <source>Dit incident bestaat niet meer.</source>
            <translation>This incident no longer exists.</translation>
        </message>
        <message>
            <source>Dit item bestaat niet meer.</source>
            <translation>This item no longer exists.</translation>
        </message>
        <message>
            <source>Dit kan niet meer ongedaan worden gemaakt: er is inmiddels iets aan gekoppeld.</source>
            <translation>This can no longer be undone: something has been linked to it since.</translation>
        </message>
        <message>
            <source>Dit punt van het schemergebied bestaat niet meer.</source>
            <translation>This point of the grey area no longer exists.</translation>
        </message>
        <message>
            <source>Dit register kent voor '{organisation}' een andere sleutel dan die op deze computer. Lessen van '{organisation}' schrijven of intrekken kan alleen met de sleutel van die organisatie (op de computer die voor haar het eerst publiceerde); er is niets geschreven.</source>
            <translation>This register knows a different key for '{organisation}' than the one on this computer. Lessons of '{organisation}' can only be written or withdrawn with that organisation's key (on the computer that first published for it); nothing was written.</translation>
        </message>
        <message>
            <source>Doel en reviewvragen staan op papier.</source>
            <translation>The goal and the review questions are written down.</translation>
        </message>
        <message>
            <source>Door een ander programma in WAL-modus gezet; open het dossier eerst in casereview.</source>
            <translation>Put in WAL mode by another program; open the case file in casereview first.</translation>
        </message>
        <message>
            <source>Dossiers worden genoemd bij 'titel' of 'nummer', niet '{cite}'.</source>
            <translation>Case files are cited by 'titel' or 'nummer', not '{cite}'.</translation>
        </message>
        <message>
            <source>Een SQLite-register is een bestand: schrijf sqlite:///pad/naar/register.db.</source>
            <translation>An SQLite register is a file: write sqlite:///path/to/register.db.</translation>
        </message>
        <message>
            <source>Een afsprakenlijst is een Excel-werkmap (.xlsx), niet '{suffix}'.</source>
            <translation>An agreements list is an Excel workbook (.xlsx), not '{suffix}'.</translation>
        </message>
        <message>
            <source>Een agenda-export is een .ics-bestand, niet '{suffix}'.</source>
            <translation>A calendar export is an .ics file, not '{suffix}'.</translation>
        </message>
        <message>
            <source>Een antwoord mag hoogstens {max_text} tekens lang zijn.</source>
            <translation>An answer may be at most {max_text} characters long.</translation>
        </message>
        <message>
            <source>Een bestand kon niet worden gelezen of geschreven: {reason}.</source>
            <translation>A file could not be read or written: {reason}.</translation>
        </message>
        <message>
            <source>Een bijdrage mag hoogstens {maximum} tekens lang zijn.</source>
            <translation>A contribution may be at most {maximum} characters long.</translation>
        </message>
        <message>
            <source>Een dossier heeft de extensie .casereview; '{name}' niet.</source>
            <translation>A case file has the extension .casereview; '{name}' does not.</translation>
        </message>
        <message>
            <source>Een effectmeting kan niet in de toekomst liggen.</source>
            <translation>An effect check cannot lie in the future.</translation>
        </message>
        <message>
            <source>Een evaluatie heeft {count} antwoorden, niet {count2}.</source>
            <translation>An evaluation has {count} answers, not {count2}.</translation>
        </message>
        <message>
            <source>Een fase heeft een titel nodig.</source>
            <translation>A phase needs a title.</translation>
        </message>
        <message>
            <source>Een kopie kan niet over het dossier zelf heen; kies een andere naam.</source>
            <translation>A copy cannot replace the case file itself; choose another name.</translation>
        </message>
        <message>
            <source>Een reactie mag hoogstens {max_text} tekens lang zijn.</source>
            <translation>A reaction may be at most {max_text} characters long.</translation>
        </message>
        <message>
            <source>Een register is een SQLite-bestand of een PostgreSQL-database, geen {backend}.</source>
            <translation>A register is an SQLite file or a PostgreSQL database, not {backend}.</translation>
        </message>
        <message>
            <source>Een spelregel mag niet leeg zijn.</source>
            <translation>A ground rule cannot be empty.</translation>
        </message>
        <message>
            <source>Een tabel in '{name}' is beschadigd en kan niet worden gelezen ({reason}). Open het document in Word en sla het opnieuw op.</source>
            <translation>A table in '{name}' is damaged and cannot be read ({reason}). Open the document in Word and save it again.</translation>
        </message>
        <message>
            <source>Een van deze gebeurtenissen bestaat niet meer.</source>
            <translation>One of these events no longer exists.</translation>
        </message>
        <message>
            <source>Een van deze partijen bestaat niet meer.</source>
            <translation>One of these parties no longer exists.</translation>
        </message>
        <message>
            <source>Een voorbereidingsvraag mag niet leeg zijn.</source>
            <translation>A preparation question cannot be empty.</translation>
        </message>
        <message>
            <source>Een vraag mag hoogstens {max_text} tekens lang zijn.</source>
            <translation>A question may be at most {max_text} characters long.</translation>
        </message>
        <message>
            <source>Er is al een partij '{name}'.</source>
            <translation>There is already a party '{name}'.</translation>
        </message>
        <message>
            <source>Er is geen agenda.</source>
            <translation>There is no agenda.</translation>
        </message>
        <message>
            <source>Er is geen tekst om op te slaan.</source>
            <translation>There is no text to store.</translation>
        </message>
        <message>
            <source>Er is geen vraag om op te slaan.</source>
            <translation>There is no question to save.</translation>
        </message>
        <message>
            <source>Er is niets gemaakt: de teksten van het dossier '{name}' zijn nog niet op namen doorzocht sinds ze veranderden, en dit dossier kan nu niet bewerkt worden ({reason}). Open het dossier om te bewerken en kies Bestand &gt; Namen (Ctrl+Shift+N) &gt; Zoeken, of maak bewust een intern document met echte namen.</source>
            <translation>Nothing was made: the texts of the case file '{name}' have not been searched for names since they changed, and this case file cannot be edited now ({reason}). Open the case file for editing and choose File &gt; Names (Ctrl+Shift+N) &gt; Search, or deliberately make an internal document with real names.</translation>
        </message>
        <message>
            <source>Er is niets gemaakt: de teksten van het dossier '{name}' zijn nog niet op namen doorzocht sinds ze veranderden, en dit dossier kan nu niet bewerkt worden ({reason}). Zoek eerst met 'casereview names PAD' zodra het dossier bewerkt kan worden, of maak bewust een intern document met --named.</source>
            <translation>Nothing was made: the texts of the case file '{name}' have not been searched for names since they changed, and this case file cannot be edited now ({reason}). Search first with 'casereview names PATH' once the case file can be edited, or deliberately make an internal document with --named.</translation>
        </message>
        <message>
            <source>Er is niets gemaakt: nog niet beslist of dit namen of andere persoonsgegevens zijn ({count}): {names}. Geef een pseudoniem met 'casereview pseudonyms PAD --set "NAAM=pseudoniem"' of houd de tekst zoals hij is met 'casereview names PAD --not-a-name NAAM' (alles: 'casereview names PAD'), of maak bewust een intern document met --named.</source>
            <translation>Nothing was made: it is not decided yet whether these are names or other personal data ({count}): {names}. Give a pseudonym with 'casereview pseudonyms PATH --set "NAME=pseudonym"' or keep the text as written with 'casereview names PATH --not-a-name NAME' (all: 'casereview names PATH'), or deliberately make an internal document with --named.</translation>
        </message>
        <message>
            <source>Er is niets gemaakt: nog niet beslist of dit namen of andere persoonsgegevens zijn ({count}): {names}. Open Bestand &gt; Namen (Ctrl+Shift+N) en kies per naam een pseudoniem of 'geen naam', of maak bewust een intern document met echte namen.</source>
            <translation>Nothing was made: it is not decided yet whether these are names or other personal data ({count}): {names}. Open File &gt; Names (Ctrl+Shift+N) and choose a pseudonym or 'not a name' for each, or deliberately make an internal document with real names.</translation>
        </message>
        <message>
            <source>Er is nog geen concept verstuurd; verstuur eerst een concept.</source>
            <translation>No concept has been sent yet; send a concept first.</translation>
        </message>
        <message>
            <source>Er mag niet (meer) in '{name}' worden geschreven; de wijziging is niet opgeslagen. Wat u typte staat er nog.</source>
            <translation>'{name}' may not be written (any more); the change was not saved. What you typed is still there.</translation>
        </message>
        <message>
            <source>Er mag niet (meer) in het dossier worden geschreven; de wijziging is niet opgeslagen. Wat u typte staat er nog.</source>
            <translation>The case file can no longer be written to; the change was not saved. What you typed is still there.</translation>
        </message>
        <message>
            <source>Er zijn geen open afspraken met een datum en geen geplande bijeenkomsten; er is niets geschreven.</source>
            <translation>There are no open agreements with a date and no planned meetings; nothing has been written.</translation>
        </message>
        <message>
            <source>Er zijn minder dan twee soorten partijen aanwezig; nodig meer perspectieven uit.</source>
            <translation>Fewer than two kinds of parties are present; invite more perspectives.</translation>
        </message>
        <message>
            <source>Er zijn nog geen organisaties vastgelegd om het concept aan te sturen.</source>
            <translation>No organisations have been recorded yet to send the concept to.</translation>
        </message>
        <message>
            <source>Er zijn nog geen spelregels opgesteld.</source>
            <translation>No ground rules have been drawn up yet.</translation>
        </message>
        <message>
            <source>Gebruik postgresql+psycopg:// (psycopg 3), niet {drivername}://.</source>
            <translation>Use postgresql+psycopg:// (psycopg 3), not {drivername}://.</translation>
        </message>
        <message>
            <source>Geef --party of --zonder-partij, niet allebei.</source>
            <translation>Give --party or --zonder-partij, not both.</translation>
        </message>
        <message>
            <source>Geef aan waarom de afspraak niet is uitgevoerd.</source>
            <translation>Say why the agreement was not carried out.</translation>
        </message>
        <message>
            <source>Geef aan waarom de afspraak wordt doorgeschoven.</source>
            <translation>Say why the agreement is carried forward.</translation>
        </message>
        <message>
            <source>Geef aan waarom met de afspraak wordt gestopt.</source>
            <translation>Say why the agreement is stopped.</translation>
        </message>
        <message>
            <source>Geef de deelnemer een naam.</source>
            <translation>Give the participant a name.</translation>
        </message>
        <message>
            <source>Geef de naam van de organisatie op (--organisation).</source>
            <translation>Give the organisation's name (--organisation).</translation>
        </message>
        <message>
            <source>Geef de partij een naam.</source>
            <translation>Give the party a name.</translation>
        </message>
        <message>
            <source>Geef de review een titel.</source>
            <translation>Give the review a title.</translation>
        </message>
        <message>
            <source>Geef een reden waarom deze reactie niet is overgenomen.</source>
            <translation>Give a reason why this reaction was not adopted.</translation>
        </message>
        <message>
            <source>Geef een reden waarom deze regel niet van toepassing is.</source>
            <translation>Give a reason why this rule does not apply.</translation>
        </message>
        <message>
            <source>Geef het register op met --register (een pad of een postgresql+psycopg://-adres), of stel het in bij Instellingen.</source>
            <translation>Give the register with --register (a path or a postgresql+psycopg:// address), or set it in Settings.</translation>
        </message>
        <message>
            <source>Geef het register op: een pad naar een registerbestand of een postgresql+psycopg://-adres.</source>
            <translation>Give the register: a path to a register file or a postgresql+psycopg:// address.</translation>
        </message>
        <message>
            <source>Geef het sjabloon een naam met letters of cijfers.</source>
            <translation>Give the template a name with letters or digits.</translation>
        </message>
        <message>
            <source>Geef het thema een naam.</source>
            <translation>Give the theme a name.</translation>
        </message>
        <message>
            <source>Geef met --party de partij waarvoor de afsprakenlijst is.</source>
            <translation>Give with --party the party the agreements list is for.</translation>
        </message>
        <message>
            <source>Geen casereview-dossier (ander bestandsformaat).</source>
            <translation>Not a casereview case file (another file format).</translation>
        </message>
        <message>
            <source>Geen casereview-dossier (een database van een ander programma).</source>
            <translation>Not a casereview case file (a database of another program).</translation>
        </message>
        <message>
            <source>Geen kopregel gevonden in de eerste {rows} rijen van {place}: geen rij met kolomkoppen als 'Datum' en 'Omschrijving' (eerste rij: {first}). Wijs de kolommen voor datum en omschrijving aan in het importvenster, of met {map_hint}.</source>
            <translation>No header row found in the first {rows} rows of {place}: no row with column headings such as 'Datum' and 'Omschrijving' (first row: {first}). Point out the date and description columns in the import window, or with {map_hint}.</translation>
        </message>
        <message>
            <source>Geen kopregel gevonden in de eerste {rows} rijen van {place}: geen rij met kolomkoppen als 'Datum' en 'Omschrijving' (eerste rij: {first}). Wijs hieronder bij 'Kolommen in het bestand' aan welke kolom de datum en welke de omschrijving is.</source>
            <translation>No header row found in the first {rows} rows of {place}: no row with column headings such as 'Datum' and 'Omschrijving' (first row: {first}). Under 'Columns in the file' below, point out which column is the date and which the description.</translation>
        </message>
        <message>
            <source>Geen van de tabellen in '{name}' lijkt op een tijdlijn (een kolom met datums en een met de omschrijving). Tabellen: {listed}. Kies zelf een tabel.</source>
            <translation>None of the tables in '{name}' looks like a timeline (a column of dates and one with the description). Tables: {listed}. Choose a table yourself.</translation>
        </message>
        <message>
            <source>Gemaakt met een nieuwere versie van casereview (dossierversie {schema}; deze versie kent t/m {known}).</source>
            <translation>Made with a newer version of casereview (case file version {schema}; this version knows up to {known}).</translation>
        </message>
        <message>
            <source>Geopend door {user} op computer {machine} sinds {since}. U kunt het dossier alleen bekijken.</source>
            <translation>Opened by {user} on computer {machine} since {since}. You can only view the case file.</translation>
        </message>
        <message>
            <source>Het Word-document '{name}' bevat geen tabel. Een tijdlijn moet als tabel in het document staan (met kolommen als Datum en Omschrijving).</source>
            <translation>The Word document '{name}' holds no table. A timeline must be a table in the document (with columns such as Date and Description).</translation>
        </message>
        <message>
            <source>Het Word-document '{name}' kan niet worden gelezen (beschadigd of geen echte .docx): {reason}. Open het in Word en sla het opnieuw op.</source>
            <translation>The Word document '{name}' cannot be read (damaged or not a real .docx): {reason}. Open it in Word and save it again.</translation>
        </message>
        <message>
            <source>Het agendasjabloon '{name}' bestaat niet (meer).</source>
            <translation>The agenda template '{name}' does not exist (any more).</translation>
        </message>
        <message>
            <source>Het agendasjabloon '{name}' bevat geen fasen.</source>
            <translation>The agenda template '{name}' holds no phases.</translation>
        </message>
        <message>
            <source>Het agendasjabloon '{name}' is onleesbaar: {reason}</source>
            <translation>The agenda template '{name}' is unreadable: {reason}</translation>
        </message>
        <message>
            <source>Het agendasjabloon '{name}', fase {number}, is ongeldig: {reason}</source>
            <translation>The agenda template '{name}', phase {number}, is invalid: {reason}</translation>
        </message>
        <message>
            <source>Het bestand '{name}' bestaat al.</source>
            <translation>The file '{name}' already exists.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' bestaat al. Het voorbeelddossier overschrijft niets; kies een andere naam of verwijder het bestaande bestand eerst.</source>
            <translation>The file '{name}' already exists. The example case file overwrites nothing; choose another name or remove the existing file first.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' bestaat al; het demodossier overschrijft niets.</source>
            <translation>The file '{name}' already exists; the demo case file overwrites nothing.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' bestaat al; kies een andere naam.</source>
            <translation>The file '{name}' already exists; choose another name.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' is alleen-lezen (schrijfbeveiligd). U kunt het bekijken; om het te bewerken moet de schrijfbeveiliging eraf, of maak een kopie.</source>
            <translation>The file '{name}' is read-only (write-protected). You can view it; to edit it, remove the write protection or make a copy.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' is leeg; er staat geen dossier in.</source>
            <translation>The file '{name}' is empty; it holds no case.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' is leeg; er staat geen tijdlijn in.</source>
            <translation>The file '{name}' is empty; it holds no timeline.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' is te groot ({value} MB; maximaal {value2} MB). Is dit wel een tijdlijn?</source>
            <translation>The file '{name}' is too large ({value} MB; at most {value2} MB). Is this really a timeline?</translation>
        </message>
        <message>
            <source>Het bestand '{name}' is vervangen door een ander bestand terwijl het hier open stond. casereview schrijft er niet meer in, zodat uw werk niet in een ander dossier terechtkomt; het venster is nu alleen-lezen. Wat u typte staat er nog: kopieer het en open het juiste dossier opnieuw.</source>
            <translation>The file '{name}' was replaced by another file while it was open here. casereview no longer writes to it, so your work does not end up in another case file; the window is now read-only. What you typed is still there: copy it and open the right case file again.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' kan niet worden gelezen: {strerror}.</source>
            <translation>The file '{name}' cannot be read: {strerror}.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' kan niet worden geopend: {reason}.</source>
            <translation>The file '{name}' cannot be opened: {reason}.</translation>
        </message>
        <message>
            <source>Het bestand '{name}' wordt op dit moment al gebruikt. Geopend door {user} op computer {machine} sinds {since}.</source>
            <translation>The file '{name}' is in use right now. Opened by {user} on computer {machine} since {since}.</translation>
        </message>
        <message>
            <source>Het bestand '{path}' bestaat niet (meer). Is het verplaatst of hernoemd, of is de netwerkschijf niet bereikbaar?</source>
            <translation>The file '{path}' does not exist (any more). Was it moved or renamed, or is the network drive out of reach?</translation>
        </message>
        <message>
            <source>Het bestand '{path}' bestaat niet.</source>
            <translation>The file '{path}' does not exist.</translation>
        </message>
        <message>
            <source>Het bestand '{path}' bestaat niet. Controleer de naam en de map.</source>
            <translation>The file '{path}' does not exist. Check the name and the folder.</translation>
        </message>
        <message>
            <source>Het bestandstype van '{name}' ({ext}) wordt niet ondersteund. Kies een CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) of RTF (.rtf)-bestand.</source>
            <translation>The file type of '{name}' ({ext}) is not supported. Choose a CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) or RTF (.rtf) file.</translation>
        </message>
        <message>
            <source>Het bijwerken van '{name}' naar de nieuwe dossierversie is mislukt ({reason}). Het dossier is niet gewijzigd; een kopie van vóór het bijwerken staat in '{name2}'.</source>
            <translation>Updating '{name}' to the new case file version failed ({reason}). The case file has not been changed; a copy from before the update is in '{name2}'.</translation>
        </message>
        <message>
            <source>Het document '{name}' bevat geen tabel. Een tijdlijn moet als tabel in het document staan (met kolommen als Datum en Omschrijving).</source>
            <translation>The document '{name}' holds no table. A timeline must be a table in the document (with columns such as Date and Description).</translation>
        </message>
        <message>
            <source>Het document '{name}' bevat {count} tabellen die op een tijdlijn lijken: {listed}. Kies in het importvenster welke tabel u wilt importeren.</source>
            <translation>The document '{name}' holds {count} tables that look like a timeline: {listed}. Choose in the import window which table to import.</translation>
        </message>
        <message>
            <source>Het document '{name}' bevat {count} tabellen die op een tijdlijn lijken: {listed}. Kies welke tabel u wilt importeren (in het importvenster of met --table N).</source>
            <translation>The document '{name}' holds {count} tables that look like a timeline: {listed}. Choose which table to import (in the import window or with --table N).</translation>
        </message>
        <message>
            <source>Het document '{name}' heeft {count} tabel; tabel {table} bestaat niet.</source>
            <translation>The document '{name}' has {count} table; table {table} does not exist.</translation>
        </message>
        <message>
            <source>Het document '{name}' heeft {count} tabellen; tabel {table} bestaat niet.</source>
            <translation>The document '{name}' has {count} tables; table {table} does not exist.</translation>
        </message>
        <message>
            <source>Het document is niet opgeslagen: er staan nog {count} echte namen uit de lijst met pseudoniemen in ({places}). Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met namen ('Intern document met echte namen').</source>
            <translation>The document has not been saved: {count} real names from the pseudonym list are still in it ({places}). Change the text or the pseudonym list, or deliberately make an internal document with names ('Internal document with real names').</translation>
        </message>
        <message>
            <source>Het document is niet opgeslagen: er staan nog {count} echte namen uit de lijst met pseudoniemen in ({places}). Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met namen (--named, of 'Intern document met echte namen' in het exportvenster).</source>
            <translation>The document has not been saved: {count} real names from the pseudonym list are still in it ({places}). Change the text or the pseudonym list, or deliberately make an internal document with names (--named, or 'Internal document with real names' in the export window).</translation>
        </message>
        <message>
            <source>Het document is niet opgeslagen: er staat nog een echte naam uit de lijst met pseudoniemen in ({places}). Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met namen ('Intern document met echte namen').</source>
            <translation>The document has not been saved: a real name from the pseudonym list is still in it ({places}). Change the text or the pseudonym list, or deliberately make an internal document with names ('Internal document with real names').</translation>
        </message>
        <message>
            <source>Het document is niet opgeslagen: er staat nog een echte naam uit de lijst met pseudoniemen in ({places}). Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met namen (--named, of 'Intern document met echte namen' in het exportvenster).</source>
            <translation>The document has not been saved: a real name from the pseudonym list is still in it ({places}). Change the text or the pseudonym list, or deliberately make an internal document with names (--named, or 'Internal document with real names' in the export window).</translation>
        </message>
        <message>
            <source>Het dossier '{name}' bevat geen review.</source>
            <translation>The case file '{name}' holds no review.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is afgebroken of beschadigd (het bestand is te kort).</source>
            <translation>The case file '{name}' is cut off or damaged (the file is too short).</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is afgebroken: het bestand is korter dan het zou moeten zijn ({st_size} van {declared} bytes). Misschien is het kopiëren niet afgemaakt; kopieer het opnieuw of gebruik een reservekopie.</source>
            <translation>The case file '{name}' is cut off: the file is shorter than it should be ({st_size} of {declared} bytes). Perhaps the copy did not finish; copy it again or use a backup.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is alleen-lezen geopend; er is niets gewijzigd.</source>
            <translation>The case file '{name}' is opened read-only; nothing has been changed.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is alleen-lezen geopend; er is niets ingelezen. {read_only_reason}</source>
            <translation>The case file '{name}' is opened read-only; nothing has been read. {read_only_reason}</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is alleen-lezen geopend; er is niets samengevoegd.</source>
            <translation>The case file '{name}' is opened read-only; nothing has been merged.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is beschadigd en kan niet worden gelezen ({reason}).</source>
            <translation>The case file '{name}' is damaged and cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is beschadigd: de dossierversie in de kop van het bestand ({version}) kan niet kloppen. Het bestand is niet gewijzigd; zet een reservekopie terug.</source>
            <translation>The case file '{name}' is damaged: the case file version in the file's header ({version}) cannot be right. The file has not been changed; restore a backup.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is beschadigd: verwijzingen wijzen naar rijen die niet meer bestaan ({where}). U kunt het alleen bekijken; gebruik voor bewerken een reservekopie of een eerdere versie.</source>
            <translation>The case '{name}' is damaged: references point to rows that no longer exist ({where}). You can only view it; to edit, use a backup or an earlier version.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is beschadigd: wat het schema verwacht, ontbreekt ({missing}). Het is waarschijnlijk met een ander programma bewerkt. Gebruik een reservekopie of een eerdere versie (Bestand → Vorige versie terugzetten…).</source>
            <translation>The case '{name}' is damaged: something the schema expects is missing ({missing}). It was probably edited with another program. Use a backup or an earlier version (File → Restore a previous version…).</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is beschadigd: {check}</source>
            <translation>The case file '{name}' is damaged: {check}</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is gemaakt met een nieuwere versie van casereview (dossierversie {version}; deze versie kent t/m {schema_version}). Werk casereview bij om het te openen. Het bestand is niet gewijzigd.</source>
            <translation>The case file '{name}' was made with a newer version of casereview (case file version {version}; this version knows up to {schema_version}). Update casereview to open it. The file has not been changed.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is gemaakt met een oudere versie en moet eerst worden bijgewerkt; open het met schrijfrechten.</source>
            <translation>The case file '{name}' was made with an older version and must be updated first; open it with write access.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is nooit helemaal aangemaakt (er staan geen tabellen in). Maak een nieuw dossier aan.</source>
            <translation>The case file '{name}' was never fully created (it holds no tables). Create a new case file.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is tijdens het opslaan onderbroken of door een ander programma omgezet, en moet eerst worden hersteld, maar dat kan nu niet. {reason}</source>
            <translation>The case file '{name}' was interrupted while saving or converted by another program, and must be recovered first, but that is not possible now. {reason}</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is versleuteld. Geef het wachtwoord om het te openen.</source>
            <translation>The case file '{name}' is encrypted. Give the password to open it.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' is versleuteld. Geef het wachtwoord op de standaardinvoer met --passphrase-stdin, of start de opdracht in een terminal.</source>
            <translation>The case file '{name}' is encrypted. Give the password on standard input with --passphrase-stdin, or start the command in a terminal.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' kan niet worden vergrendeld voor bewerken ({reason}).</source>
            <translation>The case file '{name}' cannot be locked for editing ({reason}).</translation>
        </message>
        <message>
            <source>Het dossier '{name}' kan niet worden vergrendeld voor bewerken: {strerror}. Mag u in deze map schrijven?</source>
            <translation>The case file '{name}' cannot be locked for editing: {strerror}. Are you allowed to write in this folder?</translation>
        </message>
        <message>
            <source>Het dossier '{name}' kan niet worden vergrendeld; probeer het opnieuw.</source>
            <translation>The case file '{name}' cannot be locked; please try again.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' kan nu niet worden bewerkt: {read_only_reason} Er is niets geïmporteerd.</source>
            <translation>The case file '{name}' cannot be edited now: {read_only_reason} Nothing has been imported.</translation>
        </message>
        <message>
            <source>Het dossier '{name}' kon na een onderbreking niet worden hersteld ({reason}).</source>
            <translation>The case file '{name}' could not be recovered after an interruption ({reason}).</translation>
        </message>
        <message>
            <source>Het dossier '{name}' kon niet worden vervangen: {reason}. Het is niet gewijzigd.</source>
            <translation>The case file '{name}' could not be replaced: {reason}. It has not been changed.</translation>
        </message>
        <message>
            <source>Het dossier is alleen-lezen geopend; er kan geen nieuwe conceptversie worden vastgelegd.</source>
            <translation>The case file is opened read-only; no new concept version can be recorded.</translation>
        </message>
        <message>
            <source>Het dossier is even bezet (een ander programma schrijft erin). Probeer het zo opnieuw; wat u typte staat er nog.</source>
            <translation>The case file is busy for a moment (another program is writing to it). Try again shortly; what you typed is still there.</translation>
        </message>
        <message>
            <source>Het dossier is niet (meer) bereikbaar: is de netwerkverbinding weg of de schijf losgekoppeld? De wijziging is niet opgeslagen; wat u typte staat er nog.</source>
            <translation>The case file cannot be reached: has the network connection dropped or the drive been disconnected? The change was not saved; what you typed is still there.</translation>
        </message>
        <message>
            <source>Het dossier kon niet worden bijgewerkt ({reason}). Wat u typte staat er nog; probeer het opnieuw of sla een kopie op.</source>
            <translation>The case file could not be updated ({reason}). What you typed is still there; try again or save a copy.</translation>
        </message>
        <message>
            <source>Het omzetten van '{name}' door LibreOffice duurde langer dan {conversion_seconds} seconden en is afgebroken. Open het bestand zelf en sla het op als Word-document (.docx).</source>
            <translation>Converting '{name}' with LibreOffice took longer than {conversion_seconds} seconds and was stopped. Open the file yourself and save it as a Word document (.docx).</translation>
        </message>
        <message>
            <source>Het opslaan is onderbroken of nog bezig; open het dossier eerst in casereview.</source>
            <translation>Saving was interrupted or is still going on; open the case file in casereview first.</translation>
        </message>
        <message>
            <source>Het overzicht is niet opgeslagen: er staat een echte naam uit de pseudoniemenlijst van een van de dossiers in ({places}), in een dossier dat die naam niet in zijn eigen lijst heeft. Zet de naam ook in de pseudoniemen van dat dossier, of pas de tekst aan.</source>
            <translation>The overview has not been saved: a real name from the pseudonym list of one of the case files is in it ({places}), in a case file that does not have that name in its own list. Add the name to that case file's pseudonyms too, or change the text.</translation>
        </message>
        <message>
            <source>Het overzicht is niet opgeslagen: in {cases} is nog niet beslist of dit namen of andere persoonsgegevens zijn ({count}): {names}. Beslis in dat dossier met 'casereview pseudonyms PAD --set "NAAM=pseudoniem"' of 'casereview names PAD --not-a-name NAAM', en exporteer dan opnieuw.</source>
            <translation>The overview was not saved: in {cases} it has not been decided yet whether these are names or other personal data ({count}): {names}. Decide in that case file with 'casereview pseudonyms PATH --set "NAME=pseudonym"' or 'casereview names PATH --not-a-name NAME', then export again.</translation>
        </message>
        <message>
            <source>Het overzicht is niet opgeslagen: in {cases} is nog niet beslist of dit namen of andere persoonsgegevens zijn ({count}): {names}. Open dat dossier, kies per naam een pseudoniem of 'geen naam' bij Bestand &gt; Namen (Ctrl+Shift+N), en exporteer dan opnieuw.</source>
            <translation>The overview was not saved: in {cases} it has not been decided yet whether these are names or other personal data ({count}): {names}. Open that case file, choose a pseudonym or 'not a name' for each under File &gt; Names (Ctrl+Shift+N), then export again.</translation>
        </message>
        <message>
            <source>Het overzicht kan naar .xlsx of .docx, niet naar '{name}'.</source>
            <translation>The overview can go to .xlsx or .docx, not to '{name}'.</translation>
        </message>
        <message>
            <source>Het pseudoniem '{alias}' bevat de echte naam zelf; kies een ander pseudoniem.</source>
            <translation>The pseudonym '{alias}' contains the real name itself; choose another pseudonym.</translation>
        </message>
        <message>
            <source>Het pseudoniem '{pseudonym}' bevat tekens die op gewone letters lijken maar het niet zijn ({characters}); typ het opnieuw met gewone letters.</source>
            <translation>The pseudonym '{pseudonym}' contains characters that look like ordinary letters but are not ({characters}); type it again with ordinary letters.</translation>
        </message>
        <message>
            <source>Het register '{path}' bestaat niet. Controleer het pad, of vraag de beheerder het aan te maken.</source>
            <translation>The register '{path}' does not exist. Check the path, or ask the administrator to create it.</translation>
        </message>
        <message>
            <source>Het register '{path}' bestaat niet. Maak het met: casereview register init {path}</source>
            <translation>The register '{path}' does not exist. Create it with: casereview register init {path}</translation>
        </message>
        <message>
            <source>Het register op {host} moet met TLS versleuteld worden bereikt; sslmode={mode} is niet toegestaan. Gebruik sslmode=require, verify-ca of verify-full.</source>
            <translation>The register on {host} must be reached encrypted with TLS; sslmode={mode} is not allowed. Use sslmode=require, verify-ca or verify-full.</translation>
        </message>
        <message>
            <source>Het register {register} is gemaakt door een nieuwere casereview (schema {revision}); werk casereview bij.</source>
            <translation>The register {register} was made by a newer casereview (schema {revision}); update casereview.</translation>
        </message>
        <message>
            <source>Het register {register} is niet bruikbaar: {reason}.</source>
            <translation>The register {register} cannot be used: {reason}.</translation>
        </message>
        <message>
            <source>Het register {register} kon niet worden bijgewerkt naar deze versie van casereview ({reason}); vraag de beheerder 'casereview register init' te draaien.</source>
            <translation>The register {register} could not be brought up to this version of casereview ({reason}); ask the administrator to run 'casereview register init'.</translation>
        </message>
        <message>
            <source>Het register {register} kon niet worden bijgewerkt naar deze versie van casereview ({reason}); vraag de beheerder van het register het bij te werken.</source>
            <translation>The register {register} could not be brought up to this version of casereview ({reason}); ask the register's administrator to update it.</translation>
        </message>
        <message>
            <source>Het register {register} weigerde de gegevens ({reason}).</source>
            <translation>The register {register} refused the data ({reason}).</translation>
        </message>
        <message>
            <source>Het sjabloon '{name}' is geen bruikbaar Word-document; zet een .docx of .dotx uit Word neer, of verwijder het om de standaardopmaak te gebruiken.</source>
            <translation>The template '{name}' is not a usable Word document; put a .docx or .dotx from Word there, or remove it to use the standard layout.</translation>
        </message>
        <message>
            <source>Het veld '{field}' van een gebeurtenis kan niet worden gewijzigd.</source>
            <translation>The field '{field}' of an event cannot be changed.</translation>
        </message>
        <message>
            <source>Het verslag kan nog niet definitief worden gemaakt:
{blockers}</source>
            <translation>The report cannot be made final yet:
{blockers}</translation>
        </message>
        <message>
            <source>Het voorbeelddossier '{name}' is onleesbaar: regel {lineno}, kolom {colno}: {msg}.</source>
            <translation>The example case file '{name}' is unreadable: line {lineno}, column {colno}: {msg}.</translation>
        </message>
        <message>
            <source>Het voorbeelddossier ontbreekt in de installatie ({path}).</source>
            <translation>The example case file is missing from the installation ({path}).</translation>
        </message>
        <message>
            <source>Het wachtwoord bevat een teken dat in geen wachtwoord kan staan (een NUL-teken of een half teken); kies een ander wachtwoord.</source>
            <translation>The password contains a character no password can hold (a NUL character or half a character); choose another password.</translation>
        </message>
        <message>
            <source>Het wachtwoord klopt niet voor '{name}' (of het bestand is geen versleuteld casereview-dossier). Let op hoofdletters en spaties en probeer het opnieuw.</source>
            <translation>The password is wrong for '{name}' (or the file is not an encrypted casereview case file). Mind capitals and spaces and try again.</translation>
        </message>
        <message>
            <source>Het wachtwoord kon niet in de sleutelbos van het systeem worden bewaard ({reason}).</source>
            <translation>The password could not be stored in the system's keyring ({reason}).</translation>
        </message>
        <message>
            <source>Het wachtwoord op de standaardinvoer bevat een NUL-teken; dat kan geen wachtwoord zijn.</source>
            <translation>The password on standard input contains a NUL character; that cannot be a password.</translation>
        </message>
        <message>
            <source>Het wachtwoord op de standaardinvoer is geen geldige UTF-8-tekst. Geef het wachtwoord als gewone tekst.</source>
            <translation>The password on standard input is not valid UTF-8 text. Give the password as plain text.</translation>
        </message>
        <message>
            <source>Het wachtwoord voor '{name}' bevat een teken dat in geen wachtwoord kan staan (een NUL-teken of een half teken). Typ het wachtwoord opnieuw.</source>
            <translation>The password for '{name}' contains a character no password can hold (a NUL character or half a character). Type the password again.</translation>
        </message>
        <message>
            <source>Het zoeken naar namen is mislukt ({reason}). Er is niets veranderd; probeer het opnieuw.</source>
            <translation>The search for names failed ({reason}). Nothing was changed; please try again.</translation>
        </message>
        <message>
            <source>Iemand anders heeft het dossier '{name}' overgenomen om te bewerken terwijl het hier open stond. casereview schrijft er niet meer in; het venster is nu alleen-lezen. Wat u typte staat er nog: kopieer het, sluit het dossier en overleg wie verder bewerkt.</source>
            <translation>Someone else took over the case file '{name}' for editing while it was open here. casereview no longer writes to it; the window is now read-only. What you typed is still there: copy it, close the case file and agree who continues editing.</translation>
        </message>
        <message>
            <source>Import {batch} staat niet (meer) in het dossier.</source>
            <translation>Import {batch} is not (or no longer) in the case file.</translation>
        </message>
        <message>
            <source>In '{text}' staat geen echte naam vóór het '='-teken.</source>
            <translation>'{text}' has no real name before the '=' sign.</translation>
        </message>
        <message>
            <source>In '{text}' staat geen pseudoniem na het '='-teken.</source>
            <translation>'{text}' has no pseudonym after the '=' sign.</translation>
        </message>
        <message>
            <source>In de kopregel{where_header} van {place} is geen kolom voor {names} gevonden. Kolommen: {headers}. Wijs de juiste kolom aan bij 'Kolommen in het bestand'.</source>
            <translation>The header row{where_header} of {place} has no column for {names}. Columns: {headers}. Point out the right column under 'Columns in the file'.</translation>
        </message>
        <message>
            <source>In de kopregel{where_header} van {place} is geen kolom voor {names} gevonden. Kolommen: {headers}. Wijs de juiste kolom aan in het importvenster, of met {map_hint}.</source>
            <translation>The header row{where_header} of {place} has no column for {names}. Columns: {headers}. Point out the right column in the import window, or with {map_hint}.</translation>
        </message>
        <message>
            <source>In de map '{folder}' mag casereview niet schrijven, dus '{name}' kan alleen bekeken worden. Kopieer het naar een map waar u wel mag schrijven.</source>
            <translation>casereview may not write in the folder '{folder}', so '{name}' can only be viewed. Copy it to a folder where you may write.</translation>
        </message>
        <message>
            <source>In {register} staat nog geen register. Maak het met 'casereview register init'.</source>
            <translation>There is no register in {register} yet. Create it with 'casereview register init'.</translation>
        </message>
        <message>
            <source>In {register} staat nog geen register. Vraag de beheerder van het register het aan te maken.</source>
            <translation>There is no register in {register} yet. Ask the register's administrator to create it.</translation>
        </message>
        <message>
            <source>Kan '{name}' niet aanmaken: {strerror}.</source>
            <translation>Cannot create '{name}': {strerror}.</translation>
        </message>
        <message>
            <source>Kan '{name}' niet openen: {reason}.</source>
            <translation>Cannot open '{name}': {reason}.</translation>
        </message>
        <message>
            <source>Kan '{name}' niet schrijven: {reason}.</source>
            <translation>Cannot write '{name}': {reason}.</translation>
        </message>
        <message>
            <source>Kan de oude vergrendeling '{name}' niet opruimen: {strerror}.</source>
            <translation>Cannot clear away the old lock '{name}': {strerror}.</translation>
        </message>
        <message>
            <source>Kan geen kopie maken in '{target}': {reason}.</source>
            <translation>Cannot make a copy in '{target}': {reason}.</translation>
        </message>
        <message>
            <source>Kan het bestand niet lezen: {detail}.</source>
            <translation>Cannot read the file: {detail}.</translation>
        </message>
        <message>
            <source>Kan niet bij '{path}': {strerror}.</source>
            <translation>Cannot reach '{path}': {strerror}.</translation>
        </message>
        <message>
            <source>Kies een andere naam of map: de kopie kan niet het dossier zelf vervangen.</source>
            <translation>Choose another name or folder: the copy cannot replace the case file itself.</translation>
        </message>
        <message>
            <source>Kies een wachtwoord van minstens {minimum} tekens.</source>
            <translation>Choose a passphrase of at least {minimum} characters.</translation>
        </message>
        <message>
            <source>Kies eerst een of meer gebeurtenissen die weg moeten.</source>
            <translation>First choose one or more events to remove.</translation>
        </message>
        <message>
            <source>Kies minstens twee gebeurtenissen om samen te voegen.</source>
            <translation>Choose at least two events to merge.</translation>
        </message>
        <message>
            <source>Kies minstens twee gebeurtenissen van verschillende partijen.</source>
            <translation>Choose at least two events of different parties.</translation>
        </message>
        <message>
            <source>Kies welke tabel de tijdlijn is.</source>
            <translation>Choose which table is the timeline.</translation>
        </message>
        <message>
            <source>Kolomkoppeling voor '{header}' bij {name}: '{value}' is geen bekend veld. Kies uit {choices} of negeren.</source>
            <translation>Column mapping for '{header}' in {name}: '{value}' is not a known field. Choose from {choices} or ignore.</translation>
        </message>
        <message>
            <source>Leeg bestand; geen dossier.</source>
            <translation>Empty file; not a case file.</translation>
        </message>
        <message>
            <source>Leg uit waarom er niets hoeft te veranderen.</source>
            <translation>Explain why nothing needs to change.</translation>
        </message>
        <message>
            <source>Leg uit waarom geen maatregel nodig is.</source>
            <translation>Explain why no measure is needed.</translation>
        </message>
        <message>
            <source>Leg verbeterafspraken vast, of concludeer met reden dat niets hoeft te veranderen.</source>
            <translation>Record improvement agreements, or conclude with a reason that nothing needs to change.</translation>
        </message>
        <message>
            <source>Let op: er neemt geen cliënt, familie of burger deel; hun perspectief ontbreekt.</source>
            <translation>Note: no client, family member or citizen takes part; their perspective is missing.</translation>
        </message>
        <message>
            <source>LibreOffice gaf binnen {convert_timeout_seconds} seconden geen {target_format}-bestand; er is niets opgeslagen. Probeer het opnieuw of exporteer als Word-document.</source>
            <translation>LibreOffice gave no {target_format} file within {convert_timeout_seconds} seconds; nothing has been saved. Try again or export as a Word document.</translation>
        </message>
        <message>
            <source>LibreOffice kon '{name}' niet omzetten (beschadigd of geen echt {kind}). Open het bestand en sla het op als Word-document (.docx).</source>
            <translation>LibreOffice could not convert '{name}' (damaged or not a real {kind}). Open the file and save it as a Word document (.docx).</translation>
        </message>
        <message>
            <source>LibreOffice kon niet worden gestart ({value}); er is niets opgeslagen.</source>
            <translation>LibreOffice could not be started ({value}); nothing has been saved.</translation>
        </message>
        <message>
            <source>LibreOffice maakte geen {target_format}-bestand van dit document; er is niets opgeslagen. Exporteer als Word-document en sla het daar om.</source>
            <translation>LibreOffice made no {target_format} file of this document; nothing has been saved. Export as a Word document and convert it there.</translation>
        </message>
        <message>
            <source>Niet gevonden bij de gedetecteerde namen: {names}. Schrijf de tekst precies zoals de lijst met gevonden namen hem toont.</source>
            <translation>Not among the detected names: {names}. Write the text exactly as the list of names found shows it.</translation>
        </message>
        <message>
            <source>Nog geen terugkommoment gepland: een tweede leermoment, ongeveer een jaar na de review.</source>
            <translation>No look-back moment planned yet: a second learning moment, about a year after the review.</translation>
        </message>
        <message>
            <source>Nog niet gehoord: {names}.</source>
            <translation>Not heard yet: {names}.</translation>
        </message>
        <message>
            <source>Nog nodig: inbreng van de deelnemers uit hun voorbereiding (voorbeelden van wat goed ging en wat niet) en ten minste één conclusie.</source>
            <translation>Still needed: input from the participants' preparation (examples of what went well and what did not), and at least one conclusion.</translation>
        </message>
        <message>
            <source>Nog nodig: inbreng van de deelnemers uit hun voorbereiding (voorbeelden van wat goed ging en wat niet).</source>
            <translation>Still needed: input from the participants' preparation (examples of what went well and what did not).</translation>
        </message>
        <message>
            <source>Nog nodig: ten minste één conclusie.</source>
            <translation>Still needed: at least one conclusion.</translation>
        </message>
        <message>
            <source>Nog nodig: voorbereidingsvragen en wat de deelnemers daarop hebben voorbereid en ten minste één conclusie.</source>
            <translation>Still needed: preparation questions and what the participants prepared for them, and at least one conclusion.</translation>
        </message>
        <message>
            <source>Nog nodig: voorbereidingsvragen en wat de deelnemers daarop hebben voorbereid.</source>
            <translation>Still needed: preparation questions and what the participants prepared for them.</translation>
        </message>
        <message>
            <source>Nooit helemaal aangemaakt (er staan geen tabellen in).</source>
            <translation>Never fully created (it holds no tables).</translation>
        </message>
        <message>
            <source>Onbekend besluit '{decision}'.</source>
            <translation>Unknown decision '{decision}'.</translation>
        </message>
        <message>
            <source>Onbekend bestandsformaat '{requested}'; kies uit {items}.</source>
            <translation>Unknown file format '{requested}'; choose from {items}.</translation>
        </message>
        <message>
            <source>Onbekend niveau '{level}'.</source>
            <translation>Unknown level '{level}'.</translation>
        </message>
        <message>
            <source>Onbekend onderdeel van de leerbrief: {items}.</source>
            <translation>Unknown part of the learning note: {items}.</translation>
        </message>
        <message>
            <source>Onbekend sleutelmoment '{key_moment}'.</source>
            <translation>Unknown key moment '{key_moment}'.</translation>
        </message>
        <message>
            <source>Onbekend sleutelmoment '{value}'.</source>
            <translation>Unknown key moment '{value}'.</translation>
        </message>
        <message>
            <source>Onbekend veld in het colofon: {fields}.</source>
            <translation>Unknown colophon field: {fields}.</translation>
        </message>
        <message>
            <source>Onbekend veld: {items}.</source>
            <translation>Unknown field: {items}.</translation>
        </message>
        <message>
            <source>Onbekende categorie '{category}'.</source>
            <translation>Unknown category '{category}'.</translation>
        </message>
        <message>
            <source>Onbekende manier van reageren '{channel}'.</source>
            <translation>Unknown way of reacting '{channel}'.</translation>
        </message>
        <message>
            <source>Onbekende mate van betrokkenheid: {items}.</source>
            <translation>Unknown degree of involvement: {items}.</translation>
        </message>
        <message>
            <source>Onbekende reactie '{status}'.</source>
            <translation>Unknown reaction '{status}'.</translation>
        </message>
        <message>
            <source>Onbekende soort '{kind}' voor het schemergebied.</source>
            <translation>Unknown kind '{kind}' for the grey area.</translation>
        </message>
        <message>
            <source>Onbekende soort afspraak '{kind}'.</source>
            <translation>Unknown kind of agreement '{kind}'.</translation>
        </message>
        <message>
            <source>Onbekende soort bijdrage '{kind}'.</source>
            <translation>Unknown kind of contribution '{kind}'.</translation>
        </message>
        <message>
            <source>Onbekende soort bijdrage '{values}'.</source>
            <translation>Unknown kind of contribution '{values}'.</translation>
        </message>
        <message>
            <source>Onbekende soort document '{kind}'; kies uit {kinds}.</source>
            <translation>Unknown kind of document '{kind}'; choose from {kinds}.</translation>
        </message>
        <message>
            <source>Onbekende soort gebeurtenis '{value}'.</source>
            <translation>Unknown kind of event '{value}'.</translation>
        </message>
        <message>
            <source>Onbekende soort reactie '{kind}'.</source>
            <translation>Unknown kind of reaction '{kind}'.</translation>
        </message>
        <message>
            <source>Onbekende status '{status}'.</source>
            <translation>Unknown status '{status}'.</translation>
        </message>
        <message>
            <source>Onbekende uitkomst '{result}'.</source>
            <translation>Unknown outcome '{result}'.</translation>
        </message>
        <message>
            <source>Onbekende waarde '{value}' voor 'start vervolgzorg bevestigd'.</source>
            <translation>Unknown value '{value}' for 'start of follow-up care confirmed'.</translation>
        </message>
        <message>
            <source>Opslaan in '{name}' is mislukt ({reason}); de wijziging is niet opgeslagen. Wat u typte staat er nog.</source>
            <translation>Saving to '{name}' failed ({reason}); the change was not saved. What you typed is still there.</translation>
        </message>
        <message>
            <source>Partij '{name}' bestaat niet in dit dossier. Bekende partijen: {known}.</source>
            <translation>Party '{name}' does not exist in this case file. Known parties: {known}.</translation>
        </message>
        <message>
            <source>Partij '{party_name}' is van geen enkele afspraak eigenaar; er is niets geschreven.</source>
            <translation>Party '{party_name}' owns no agreement; nothing has been written.</translation>
        </message>
        <message>
            <source>Regel {rule} bestaat niet; er zijn zeven regels.</source>
            <translation>Rule {rule} does not exist; there are seven rules.</translation>
        </message>
        <message>
            <source>Schrijf de conclusie op.</source>
            <translation>Write the conclusion down.</translation>
        </message>
        <message>
            <source>Schrijf de reviewvragen op.</source>
            <translation>Write down the review questions.</translation>
        </message>
        <message>
            <source>Schrijf het doel en de reviewvragen op.</source>
            <translation>Write down the goal and the review questions.</translation>
        </message>
        <message>
            <source>Schrijf het doel op.</source>
            <translation>Write down the goal.</translation>
        </message>
        <message>
            <source>Schrijf op wat er gedaan wordt.</source>
            <translation>Write down what will be done.</translation>
        </message>
        <message>
            <source>Schrijf op wat onzeker is, welk dilemma er speelt of welk risico wordt aanvaard.</source>
            <translation>Write down what is uncertain, which dilemma is at play or which risk is accepted.</translation>
        </message>
        <message>
            <source>Terugzetten in '{name}' is mislukt ({reason}); het dossier is niet gewijzigd.</source>
            <translation>Restoring into '{name}' failed ({reason}); the case file has not been changed.</translation>
        </message>
        <message>
            <source>Tijd: '{text}' is geen tijd; schrijf bijvoorbeeld 14:30.</source>
            <translation>Time: '{text}' is not a time; write for example 14:30.</translation>
        </message>
        <message>
            <source>U heeft geen toegang tot '{name}': {strerror}.</source>
            <translation>You have no access to '{name}': {strerror}.</translation>
        </message>
        <message>
            <source>U kunt niet schrijven in de map '{folder}' ({reason}).</source>
            <translation>You cannot write in the folder '{folder}' ({reason}).</translation>
        </message>
        <message>
            <source>U kunt niet schrijven in de map '{folder}'; kies een andere map.</source>
            <translation>You cannot write in the folder '{folder}'; choose another folder.</translation>
        </message>
        <message>
            <source>Verborgen blad '{sheet}', rij {row}, kolom {column}: '{text}' is geen nummer van casereview.</source>
            <translation>Hidden sheet '{sheet}', row {row}, column {column}: '{text}' is not a casereview number.</translation>
        </message>
        <message>
            <source>Versleuteld, en deze installatie kan geen versleutelde dossiers lezen.</source>
            <translation>Encrypted, and this installation cannot read encrypted case files.</translation>
        </message>
        <message>
            <source>Versleuteld; geef het wachtwoord om het mee te tellen.</source>
            <translation>Encrypted; give the password to count it.</translation>
        </message>
        <message>
            <source>Versleuteld; het wachtwoord past niet.</source>
            <translation>Encrypted; the password does not fit.</translation>
        </message>
        <message>
            <source>Versleutelen kan niet: het onderdeel voor versleuteling is niet geïnstalleerd (pip install "casereview[encryption]").</source>
            <translation>Encryption is not possible: the encryption component is not installed (pip install "casereview[encryption]").</translation>
        </message>
        <message>
            <source>Verstreken tijd kan niet negatief zijn.</source>
            <translation>Elapsed time cannot be negative.</translation>
        </message>
        <message>
            <source>Vervolgbijeenkomst gepland; de conclusie staat onder een rode draad; elke afspraak heeft een eigenaar, een datum en een toetsing.</source>
            <translation>Follow-up meeting planned; the conclusion is filed under a recurring theme; every agreement has an owner, a date and a success check.</translation>
        </message>
        <message>
            <source>Vervolgbijeenkomst gepland; elke afspraak heeft een eigenaar, een datum en een toetsing.</source>
            <translation>Follow-up meeting planned; every agreement has an owner, a date and a success check.</translation>
        </message>
        <message>
            <source>Vervolgbijeenkomst gepland; {themed} van de {count} conclusies onder een rode draad; elke afspraak heeft een eigenaar, een datum en een toetsing.</source>
            <translation>Follow-up meeting planned; {themed} of the {count} conclusions filed under a recurring theme; every agreement has an owner, a date and a success check.</translation>
        </message>
        <message>
            <source>Voor een {target_format}-bestand is LibreOffice nodig, en dat is op deze computer niet gevonden. Installeer LibreOffice (gratis), of exporteer als Word-document (.docx) en sla het daar op als {target_format}.</source>
            <translation>A {target_format} file needs LibreOffice, and it was not found on this computer. Install LibreOffice (free), or export as a Word document (.docx) and save it as {target_format} there.</translation>
        </message>
        <message>
            <source>Voorbeelddossier: '{key}' ontbreekt of is leeg bij {where}.</source>
            <translation>Example case file: '{key}' is missing or empty at {where}.</translation>
        </message>
        <message>
            <source>Voorbeelddossier: '{value}' bij {where} is geen datum (jjjj-mm-dd).</source>
            <translation>Example case file: '{value}' at {where} is not a date (yyyy-mm-dd).</translation>
        </message>
        <message>
            <source>Voorbeelddossier: conclusie {number} bij {where} bestaat niet.</source>
            <translation>Example case file: conclusion {number} at {where} does not exist.</translation>
        </message>
        <message>
            <source>Voorbeelddossier: fase {position} bij {where} staat niet op de agenda.</source>
            <translation>Example case file: phase {position} at {where} is not on the agenda.</translation>
        </message>
        <message>
            <source>Voorbeelddossier: onbekende partij '{key}' bij {where}.</source>
            <translation>Example case file: unknown party '{key}' at {where}.</translation>
        </message>
        <message>
            <source>Voorbeelddossier: onbekende {what} '{ref}' bij {where}.</source>
            <translation>Example case file: unknown {what} '{ref}' at {where}.</translation>
        </message>
        <message>
            <source>Voorbeelddossier: thema '{prefix}' bij {where} is niet eenduidig te vinden.</source>
            <translation>Example case file: theme '{prefix}' at {where} cannot be found unambiguously.</translation>
        </message>
        <message>
            <source>Voorbereiding van de deelnemers vastgelegd; {count} conclusie getrokken.</source>
            <translation>The participants' preparation is recorded; {count} conclusion drawn.</translation>
        </message>
        <message>
            <source>Voorbereiding van de deelnemers vastgelegd; {count} conclusies getrokken.</source>
            <translation>The participants' preparation is recorded; {count} conclusions drawn.</translation>
        </message>
        <message>
            <source>Vraag {n}: kies een score van 1 tot en met 5.</source>
            <translation>Question {n}: choose a score from 1 to 5.</translation>
        </message>
        <message>
            <source>Vul de echte naam in.</source>
            <translation>Fill in the real name.</translation>
        </message>
        <message>
            <source>Vul de naam van uw organisatie in.</source>
            <translation>Fill in the name of your organisation.</translation>
        </message>
        <message>
            <source>Vul een pseudoniem in voor '{real}'.</source>
            <translation>Fill in a pseudonym for '{real}'.</translation>
        </message>
        <message>
            <source>Vul in wie dit besluit heeft genomen.</source>
            <translation>Fill in who took this decision.</translation>
        </message>
        <message>
            <source>de bron is te lang ({length} tekens; maximaal {limit}) en is niet overgenomen</source>
            <translation>the source is too long ({length} characters; at most {limit}) and was not taken over</translation>
        </message>
        <message>
            <source>de datum is te lang ({length} tekens) en is niet gelezen; datum onbekend</source>
            <translation>the date is too long ({length} characters) and was not read; date unknown</translation>
        </message>
        <message>
            <source>de omschrijving is te lang ({length} tekens; maximaal {limit}); deze rij wordt overgeslagen</source>
            <translation>the description is too long ({length} characters; at most {limit}); this row is skipped</translation>
        </message>
        <message>
            <source>de partijnaam is te lang ({length} tekens; maximaal {limit}) en is niet overgenomen</source>
            <translation>the party's name is too long ({length} characters; at most {limit}) and was not taken over</translation>
        </message>
        <message>
            <source>geen omschrijving; deze rij wordt overgeslagen</source>
            <translation>no description; this row is skipped</translation>
        </message>
        <message>
            <source>jaartal {value} valt buiten {low}-{high}</source>
            <translation>year {value} lies outside {low}-{high}</translation>
        </message>
        <message>
            <source>koppel de conclusies aan een rode draad, zodat de les meetelt naast andere casussen</source>
            <translation>link the conclusions to a recurring theme, so that the lesson counts alongside other cases</translation>
        </message>
        <message>
            <source>maand {month} bestaat niet in '{text}'</source>
            <translation>month {month} does not exist in '{text}'</translation>
        </message>
        <message>
            <source>onbekende schrijfwijze</source>
            <translation>a way of writing it that is not known</translation>
        </message>
        <message>
            <source>plan de datum van de vervolgbijeenkomst over de afspraken</source>
            <translation>plan the date of the follow-up meeting on the agreements</translation>
        </message>
        <message>
            <source>tekst buiten de kolommen van de kopregel wordt niet overgenomen: '{text}' (staat er een scheidingsteken te veel in de rij?)</source>
            <translation>text outside the header row's columns is not taken over: '{text}' (is there one separator too many in the row?)</translation>
        </message>
        <message>
            <source>week {week} bestaat niet in {year}</source>
            <translation>week {week} does not exist in {year}</translation>
        </message>
        <message>
            <source>{count} afspraak 'geen maatregel nodig' zonder reden.</source>
            <translation>{count} agreement 'no measure needed' without a reason.</translation>
        </message>
        <message>
            <source>{count} afspraak zonder datum</source>
            <translation>{count} agreement without a date</translation>
        </message>
        <message>
            <source>{count} afspraak zonder eigenaar</source>
            <translation>{count} agreement without an owner</translation>
        </message>
        <message>
            <source>{count} afspraak zonder gekozen soort</source>
            <translation>{count} agreement without a chosen kind</translation>
        </message>
        <message>
            <source>{count} afspraak zonder toetsing (hoe weten we dat het gewerkt heeft?)</source>
            <translation>{count} agreement without a success check (how will we know it worked?)</translation>
        </message>
        <message>
            <source>{count} afspraken 'geen maatregel nodig' zonder reden.</source>
            <translation>{count} agreements 'no measure needed' without a reason.</translation>
        </message>
        <message>
            <source>{count} afspraken zonder datum</source>
            <translation>{count} agreements without a date</translation>
        </message>
        <message>
            <source>{count} afspraken zonder eigenaar</source>
            <translation>{count} agreements without an owner</translation>
        </message>
        <message>
            <source>{count} afspraken zonder gekozen soort</source>
            <translation>{count} agreements without a chosen kind</translation>
        </message>
        <message>
            <source>{count} afspraken zonder toetsing (hoe weten we dat het gewerkt heeft?)</source>
            <translation>{count} agreements without a success check (how will we know it worked?)</translation>
        </message>
        <message>
            <source>{count} spelregel door de groep onderschreven.</source>
            <translation>{count} ground rule agreed by the group.</translation>
        </message>
        <message>
            <source>{count} spelregels door de groep onderschreven.</source>
            <translation>{count} ground rules agreed by the group.</translation>
        </message>
        <message>
            <source>{open} van de {count} spelregel is nog niet onderschreven.</source>
            <translation>{open} of {count} ground rule is not agreed yet.</translation>
        </message>
        <message>
            <source>{open} van de {count} spelregels is nog niet onderschreven.</source>
            <translation>{open} of {count} ground rules is not agreed yet.</translation>
        </message>
        <message>
            <source>{open} van de {count} spelregels zijn nog niet onderschreven.</source>
            <translation>{open} of {count} ground rules are not agreed yet.</translation>
        </message>
        <message>
            <source>{parties} partijen uit {count} categorieën ({labels}) hebben bijgedragen.</source>
            <translation>{parties} parties from {count} categories ({labels}) have contributed.</translation>
        </message>
        <message>
            <source>{place} bevat alleen een kopregel en geen gebeurtenissen.</source>
            <translation>{place} holds only a header row and no events.</translation>
        </message>
        <message>
            <source>{place} heeft geen kolom voor de partij. Vul in van welke partij deze tijdlijn is (bijvoorbeeld '{example}'), of kies 'Bewust zonder partij importeren'. Er is niets geïmporteerd.</source>
            <translation>{place} has no column for the party. Fill in which party this timeline is from (for example '{example}'), or choose 'Knowingly import without a party'. Nothing has been imported.</translation>
        </message>
        <message>
            <source>{place} heeft geen kolom voor de partij. Zeg van welke partij deze tijdlijn is met --party '{example}', of importeer bewust zonder partij met --zonder-partij. Er is niets geïmporteerd.</source>
            <translation>{place} has no column for the party. Say which party this timeline is from with --party '{example}', or import deliberately without a party with --zonder-partij. Nothing has been imported.</translation>
        </message>
        <message>
            <source>{place}: de naam van een partij ({found})</source>
            <translation>{place}: the name of a party ({found})</translation>
        </message>
        <message>
            <source>{place}: een adres ({found})</source>
            <translation>{place}: an address ({found})</translation>
        </message>
        <message>
            <source>{place}: een datum preciezer dan een kwartaal ({found})</source>
            <translation>{place}: a date more precise than a quarter ({found})</translation>
        </message>
        <message>
            <source>{place}: een echte naam ({found})</source>
            <translation>{place}: a real name ({found})</translation>
        </message>
        <message>
            <source>{place}: een persoon, plaats of instelling uit het dossier ({found})</source>
            <translation>{place}: a person, place or institution from the case ({found})</translation>
        </message>
        <message>
            <source>{place}: nog niet beslist of dit een naam is ({found})</source>
            <translation>{place}: not yet decided whether this is a name ({found})</translation>
        </message>
        <message>
            <source>{problem}; de rij wordt bewaard met datum onbekend en de oorspronkelijke tekst</source>
            <translation>{problem}; the row is kept with the date unknown and the original text</translation>
        </message>
        <message>
            <source>{source} bevat geen lijst 'themes' met thema's.</source>
            <translation>{source} holds no list 'themes' of themes.</translation>
        </message>
        <message>
            <source>{source} is geen geldig JSON-bestand ({reason}).</source>
            <translation>{source} is not a valid JSON file ({reason}).</translation>
        </message>
        <message>
            <source>{what} '{name}' bestaat uit {count} onderdelen (meer dan {max_members}); zo'n bestand maakt een kantoorprogramma niet. Het is niet gelezen.</source>
            <translation>{what} '{name}' consists of {count} parts (more than {max_members}); no office program makes such a file. It has not been read.</translation>
        </message>
        <message>
            <source>{what} '{name}' is niet gelezen: het onderdeel '{filename}' wordt uitgepakt {value} groot (uit {value2} ingepakt). Dat past niet bij een gewone tijdlijn en kan de computer vastzetten; sla het bestand opnieuw op of splits het.</source>
            <translation>{what} '{name}' has not been read: the part '{filename}' unpacks to {value} (from {value2} packed). That does not fit an ordinary timeline and can freeze the computer; save the file again or split it.</translation>
        </message>
        <message>
            <source>{what} '{name}' is niet gelezen: uitgepakt wordt het meer dan {value}. Sla het bestand opnieuw op of splits het.</source>
            <translation>{what} '{name}' has not been read: unpacked it becomes more than {value}. Save the file again or split it.</translation>
        </message>
        <message>
            <source>{where}: 'default' moet true of false zijn.</source>
            <translation>{where}: 'default' must be true or false.</translation>
        </message>
        <message>
            <source>{where}: de code '{code_value}' is ongeldig (kleine letters, cijfers, - . _; hoogstens 40 tekens).</source>
            <translation>{where}: the code '{code_value}' is invalid (lower-case letters, digits, - . _; at most 40 characters).</translation>
        </message>
        <message>
            <source>{where}: de code '{code_value}' staat er twee keer in.</source>
            <translation>{where}: the code '{code_value}' appears twice.</translation>
        </message>
        <message>
            <source>{where}: het label '{label}' staat er twee keer in.</source>
            <translation>{where}: the label '{label}' appears twice.</translation>
        </message>
        <message>
            <source>{where}: het label ontbreekt.</source>
            <translation>{where}: the label is missing.</translation>
        </message>
        <message>
            <source>{where}: verwacht een object met code en label.</source>
            <translation>{where}: expected an object with code and label.</translation>
        </message>
    </context>
</TS>
