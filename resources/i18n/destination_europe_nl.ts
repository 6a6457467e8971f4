<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Algemene notitie</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>eerste poging</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>beste poging</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>laatste poging</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Gearchiveerde lessen</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>De voortgangsdatabase was beschadigd of kon niet worden gelezen. Ze is opzijgezet als {file} (ze wordt niet verwijderd).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Je voortgang is hersteld uit de back-up {file}. Wat na die back-up is gedaan, kan ontbreken.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Er is geen bruikbare back-up gevonden, dus de voortgang begint weer bij nul.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>De voortgangsdatabase is bijgewerkt voor deze versie van de app ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>De automatische back-up kon niet worden geschreven: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>bij het starten van de app</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatisch, tijdens het gebruik</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>voor een update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor een herstel</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Een offline leerapp over migratie en integratie in Europa, gemaakt voor het leerpakket van het Europees Migratienetwerk (EMN). Alle teksten zijn voor deze app geschreven; de cijfers komen uit de openbare datasets die hieronder staan.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Grenzen en namen op de kaarten betekenen geen officiële goedkeuring of erkenning door de Verenigde Naties of de Europese Unie.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Over Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Gegevensbronnen</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Software en kaartgegevens</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>De statistieken konden niet worden gelezen:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Een opdrachtpakket exporteren</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Titel van de opdracht</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Inleverdatum:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>De opdracht heeft een inleverdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Inleverdatum</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Vink hele modules of losse lessen aan:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Modules en lessen van de opdracht</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>De klaslijst meenemen (%n leerling) zodat de pc&apos;s van de leerlingen dezelfde profielen krijgen</numerusform>
            <numerusform>De klaslijst meenemen (%n leerlingen) zodat de pc&apos;s van de leerlingen dezelfde profielen krijgen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Geef de opdracht een titel.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Vink minstens één module of les aan.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Briefing van de ronde</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>&amp;Discussie starten</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Discussie starten</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Samengestelde lidstaat: cijfers van de EU27 (alleen percentages)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Laatste jaar met gegevens voor elke indicator. Dit zijn echte cijfers; de eigen indicatoren van het spel (0–100) zijn een simulatie.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Je speelt een samengestelde lidstaat: de cijfers zijn die van de hele EU (EU27), en alleen percentages worden getoond, omdat totalen niet bij één land zouden passen.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Nieuwsflits</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>De situatie</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Echte gegevens: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Hoe de groep beslist</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Voorzitter van deze ronde: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Budget: {budget} · Politiek kapitaal: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Openbare rolkaarten</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>De statistieken konden niet worden gelezen: geen gegevens.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Landenprofiel van {name} openen</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Belangen:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Beperkingen:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(voorlopig)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Bron: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Een klas maken uit een lijst met namen</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Plak de namen van je leerlingen, één per regel (komma&apos;s en puntkomma&apos;s scheiden ook namen). Een naam die op deze pc al een profiel heeft, wordt niet twee keer aangemaakt.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Namen van de leerlingen</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>Profielen &amp;aanmaken</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n naam</numerusform>
            <numerusform>%n namen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Indicator om te vergelijken</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Vink 2 tot 5 landen aan.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Opslaan als &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>De vergelijkingsgrafiek opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Opslaan als CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>De vergelijkingsgegevens opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Landen om te vergelijken</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Tabel van de vergeleken waarden</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Vergelijkingsgrafiek</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Geen gegevens voor deze landen.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Hoogstens 5 landen tegelijk.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Bron: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(voorlopig)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Bron: {publisher}, dataset {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Besluiten en verhalen van deze ronde</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Volgende ronde</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Volgende ronde</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Naar de &amp;nabespreking</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Naar de nabespreking</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Resterend budget: {b} · Resterend politiek kapitaal: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Wat de groep heeft besloten</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Wat het betekent voor mensen</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Bron: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>De ronde werd overgeslagen: er werd niets aangenomen.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Termen:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lessen:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Aangenomen:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Er werd geen kaart aangenomen.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Niet aangenomen:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Landweergaven</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Kaart en trends</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Landenprofiel</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Mijn lessen, notities, bladwijzers en pogingen</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Mijn lessen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bladwijzers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Geschiedenis van pogingen</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Pogingen</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mijn notities</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Nieuwe notitie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Mijn notities exporteren:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Mijn notities exporteren als Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Mijn notities exporteren als pdf</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Mijn bladwijzers</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>De les van de bladwijzer openen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>De bladwijzer verwijderen</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>De voortgang kan op deze pc niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} van {total} lessen begonnen, {done} afgerond · {answered} vragen beantwoord ({right} minstens één keer goed) · {attempts} pogingen in totaal</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lessen</translation>
    </message>
    <message>
        <source>right</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>antwoorden</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Lessen per module</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Mijn antwoorden per dag</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Vragen die ik het vaakst fout had</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>foute antwoorden</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Woordenlijsttermen die ik heb opgezocht</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>keer opgezocht</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Mijn voortgangsgrafieken</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Mijn voortgang</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n les</numerusform>
            <numerusform>%n lessen</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Deze lessen horen niet meer bij de inhoud van deze versie; je voortgang erin blijft bewaard.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} van {n} vragen goed</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>opnieuw openen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>beginnen</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, uiterlijk {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>{done} van {n} lessen afgerond</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Algemene notitie</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>De geselecteerde notitie verwijderen?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Mijn notities exporteren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>verdergaan</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Opdrachten van mijn docent</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Verdergaan waar ik gebleven was:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Nog niet begonnen modules</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Praat het samen door: wat wilde elke rol, wat koos de groep, en wat betekende dat voor de mensen in de verhalen?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Samenvatting opslaan als &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>De samenvatting van de sessie opslaan als HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Samenvatting opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>De samenvatting van de sessie opslaan als pdf</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Nieuw spel</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Een nieuw spel klaarzetten</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>De samenvatting van de sessie opslaan</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Kon {path} niet opslaan: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Kaarten op tafel en de stemmingen</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>Stemming &amp;sluiten en de gevolgen bekijken</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Stemming sluiten</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Stemming over {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>wordt aangenomen</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>wordt niet aangenomen</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Aangenomen kaarten kosten {b} van {B} budget en {k} van {K} kapitaal.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Niet alles past: de kaarten met de meeste ja-stemmen worden eerst aangenomen.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Aan het woord:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Plaats die kaarten op tafel legt</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Leg de kaarten waarover je wilt stemmen op tafel; daarna volgt de stemming.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Beleidskaarten van deze ronde</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>Stemming &amp;openen</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Stemming openen</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Op tafel (gelegd door {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Van tafel halen</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Uitgesloten: de groep heeft „{title}” al aangenomen.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Op tafel leggen</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Op tafel: kaarten: {n}, kosten {b} budget en {k} kapitaal. Beschikbaar: {B} budget, {K} kapitaal.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Niet alles op tafel kan worden betaald.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Opslaan als &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>De grafiek opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Opslaan als CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>De gegevens opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Per 100.000 i&amp;nwoners</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Waarden per 100.000 inwoners tonen</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Jaar van de kaart</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Grafiek wordt voorbereid…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Tabel van de waarden in de grafiek</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>De statistieken konden niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Een bestand dat de app nodig heeft, kon niet worden geladen:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>De grafiekengine (plotly.js) kon niet worden geladen, dus er kan geen grafiek worden getekend.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Bron: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(voorlopig)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} per 100.000 inwoners</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Bron: {publisher}, dataset {dataset}. Markering p = voorlopig.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Paneel van de begeleider</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Rondetimer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>De rondetimer pauzeren</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>De ronde twee minuten extra geven</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>Deze ronde &amp;overslaan</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Deze ronde overslaan</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>Deze ronde wordt niets aangenomen; de verhalen gaan wel verder.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Spelers en geheime kaarten</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Geheime prioriteiten blijven verborgen op het gedeelde scherm. Een speler houdt de eigen knop ingedrukt (of selecteert hem en houdt de spatiebalk ingedrukt) om de eigen kaart te lezen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notities van de begeleider</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Punten om in de nabespreking op terug te komen…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Rondetimer: nog {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>De tijd is om: rond af en beslis.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>De rondetimer hervatten</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (computer)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Vasthouden: geheim</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Vasthouden om de geheime kaart van {name} te zien</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Geheime kaart: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Land van het landenprofiel</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Landenprofiel en kerncijfers</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Grafieken van het landenprofiel</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Landenprofiel</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Geen gegevens voor dit land.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Bron: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(voorlopig)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Asielaanvragen</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Beslissingen op asielaanvragen</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Eerste verblijfsvergunningen naar reden</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Bevelen om het land te verlaten en terugkeer</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Mensen die de oorlog in Oekraïne zijn ontvlucht</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Bevolking uit het buitenland</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Europese Unie (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>EU-lidstaat</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>EMN-waarnemersland</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>beslist over asielaanvragen</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>migratiebeleid</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>opvang van aanvragers</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integratie</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Nationaal contactpunt van het EMN</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Voor dit land is er nog geen tekstprofiel.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Bevoegde autoriteiten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Feedback van een docent</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Feedback van een leerling</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Je antwoorden worden met je voortgang op deze pc opgeslagen. Er wordt niets via internet verstuurd; je docent of het EMN-team kan ze samen met de resultaten verzamelen.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Je antwoorden worden op deze pc opgeslagen. Ze helpen het materiaal voor de volgende sessies te verbeteren.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Beoordeling {n} van 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Hoe goed paste het materiaal bij je sessie? (1 = helemaal niet, 5 = heel goed)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Aantal deelnemers</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Aantal &amp;deelnemers:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Wat werkte &amp;goed?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Wat moet er &amp;veranderen?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Werkte er iets niet op de &amp;pc&apos;s?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Hoe nuttig was dit voor jou? (1 = helemaal niet, 5 = heel nuttig)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Wat was &amp;moeilijk te begrijpen?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Waarover wil je &amp;meer leren?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Nog iets &amp;anders?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Geef een beoordeling of schrijf iets.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>concept: nog niet nagekeken door een terminoloog</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Basis van migratie</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Legale migratie</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Internationale bescherming</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Minderjarigen en kwetsbare groepen</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integratie</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Nationaliteit en staatloosheid</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Grenzen, visa en Schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Irreguliere migratie en migrantensmokkel</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Mensenhandel</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Terugkeer en overname</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migratie en ontwikkeling</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Oekraïne en tijdelijke bescherming</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiek</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>In de 13 talen</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Equivalenten met de markering „concept” zijn nog niet nagekeken door een terminoloog.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Bredere termen</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Engere termen</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Verwante termen</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Gebruikt in deze lessen</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Ook genoemd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Lessen zoeken…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Nog geen enkele les gebruikt deze term.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>nagekeken</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Nieuwe quiz</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Een nieuwe quiz over de woordenlijst starten</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>Antwoord &amp;controleren</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Antwoord controleren</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Volgende &amp;vraag</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Feedback en uitleg</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Vraag {n} van {total} · score {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Voor „{a}” is de term „{b}” …</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Welke term past bij deze definitie?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Deze termen worden makkelijk verward. Welke past bij deze definitie?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>een bredere term (algemener)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>een engere term (specifieker)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>een verwante term</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Quiz klaar: {score} van {total} goed. Start een nieuwe quiz voor nieuwe vragen.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>Er zijn niet genoeg woordenlijstitems voor een quiz.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Niet helemaal.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>een bredere term</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>een engere term</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>In de woordenlijst is {b} {kind} van {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Dit is de definitie van {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Je koos {term}, dat iets anders betekent:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Kies eerst een antwoord.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Weergaven van de woordenlijst</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Typ een term, in elke taal</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>De woordenlijst doorzoeken</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>De termen van één thema tonen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Alle termen</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Termen die beginnen met {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Termweergaven</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Item in de woordenlijst</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Relatiekaart</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Relatie&amp;kaart</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Bladeren</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Sommige items van de woordenlijst konden niet worden gelezen:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n termen</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>in de definitie</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>bedoelde je dit? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Boven: bredere termen · onder: engere termen · opzij: verwante termen</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Klik op een term (of ga er met Tab naartoe en druk op Enter) om hem in het midden te zetten.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Deze term heeft nog geen bredere, engere of verwante termen.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Welkom bij Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Ontdek hoe migratie- en integratiebeleid in Europa werkt: wie beslist op EU-, nationaal en stedelijk niveau, wat de wet zegt en wat de echte cijfers laten zien. Alles hier werkt zonder internetverbinding.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Verdergaan waar ik gebleven was</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Modules en lessen met quizzen en scenario&apos;s</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spelen</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Het rollenspel voor een groep rond één scherm</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Kernbegrippen, in gewone woorden uitgelegd</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Grafieken en een kaart met echte statistieken</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Een cijfer om over te praten</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>In {year} vroegen {value} mensen van buiten de EU voor het eerst asiel aan in de EU.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>In {year} waren dat er {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Bron: {publisher}, dataset {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Bevolking op 1 januari (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Bevolking (Wereldbank)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Niet-EU-burgers die in het land wonen</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Niet-EU-burgers, aandeel in de bevolking</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Aandeel van de bevolking geboren in het buitenland</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Eerste asielaanvragers</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Asielaanvragers met een volgend verzoek</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Eerste asielaanvragers per 100.000 inwoners</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Asielaanvragen (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Beslissingen: vluchtelingenstatus toegekend (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Beslissingen: aanvullende bescherming (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Beslissingen: afgewezen (UNHCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Erkenningspercentage (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Opgevangen vluchtelingen (UNHCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Opgevangen asielzoekers (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Opgevangen vluchtelingen uit Oekraïne (UNHCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Eerste verblijfsvergunningen, alle redenen</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Eerste verblijfsvergunningen om gezinsredenen</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Eerste verblijfsvergunningen voor studie</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Eerste verblijfsvergunningen voor werk</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Eerste verblijfsvergunningen om andere redenen</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Niet-EU-burgers die het land moeten verlaten</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Niet-EU-burgers teruggekeerd na een bevel om het land te verlaten</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Oekraïners onder tijdelijke bescherming</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>per 100.000 inwoners</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Modules en lessen</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Kies links een les.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Vorig onderdeel</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>V&amp;olgende ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Volgend onderdeel</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Bladwijzer</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Een bladwijzer voor dit onderdeel maken</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ N&amp;otitie</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Een notitie over dit onderdeel schrijven</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Tweede &amp;taal:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Tweede taal voor woordenlijsttermen (tweetalig lezen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Woordenlijstpaneel</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Deze les bevat fouten en kan niet worden getoond.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Er zijn geen lessen gevonden.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Lespagina</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: deze les kan niet worden getoond</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>De inhoudscontrole vond deze problemen:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, afgerond</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, begonnen</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Bladwijzer gemaakt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Je notitie over dit onderdeel:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Notitie opgeslagen in Mijn voortgang.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Onderdeel {n} van {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Het volledige item in de woordenlijst openen</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(concept)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>nog geen equivalent</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Vraag {n} van {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Antwoord controleren</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Niet helemaal</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Uitleg tonen</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Kies één antwoord.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Kies alle antwoorden die kloppen.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Niet waar</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Zet de onderdelen in de juiste volgorde met de knoppen Omhoog en Omlaag.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Kies bij elk onderdeel het passende antwoord.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jouw antwoord</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Je keuzes tot nu toe</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Einde van het scenario</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Opgeslagen in je notities</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Voor deze grafiek zijn nog geen gegevens.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Het landenprofiel openen</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Term uit de woordenlijst</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Openen in de woordenlijst</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Deze term staat niet in de woordenlijst.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>In tweetallen</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>In kleine groepen</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Hele klas</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Notitie voor de begeleider</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Deze activiteit kon niet worden geladen. De inhoudscontrole legt uit waarom.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Er ging iets mis. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Deze pagina bestaat niet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>Grafiek &amp;exporteren als PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>Eurostat-bestand &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>&amp;Projectormodus (grote tekst)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>Modus &amp;begeleider (notities voor de begeleider tonen)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;Over Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Een Eurostat-gegevensbestand importeren</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Eurostat-bestanden (*.tsv *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import geweigerd</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Het bestand is niet geïmporteerd, er is niets gewijzigd:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} waarden, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Geïmporteerd uit {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Offline: %n externe aanvraag geblokkeerd</numerusform>
            <numerusform>Offline: %n externe aanvragen geblokkeerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Nieuw docentprofiel</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nieuwe leerling</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Avatarkleur {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Avatarkleur:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Pincode herhalen</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;Pincode (minstens {n} tekens):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Pincode &amp;herhalen:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Tekst van de notitie</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>Pincode van de docent</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Melding over de pincode</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Verkeerde pincode. Probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Verkeerde pincode. Te veel foute pogingen: je kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>Verkeerde pincode. Te veel foute pogingen: je kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Je kunt je pincode opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Nog niet beschikbaar</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Spelindicatoren na elke ronde (0–100, start 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spelindicatoren</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Wat er veranderde in ronde {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Verandering in ronde {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Beschermingsnormen</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Deelname aan de arbeidsmarkt</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Sociale samenhang</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Publieke steun</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Bestuurlijke capaciteit</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Overheidsfinanciën</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>EU-niveau</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Nationaal niveau</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Stedelijk niveau</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Gevolgen</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Meerderheidsstemming</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>De leidende rol beslist</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Een kaart wordt aangenomen met minstens één ja en geen enkel nee.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Een kaart wordt aangenomen met meer ja- dan nee-stemmen.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>De leidende rol van de ronde beslist; de andere stemmen zijn advies. EU-ronde: de commissaris; nationale ronde: de minister van Binnenlandse Zaken; stedelijke ronde: de burgemeester.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Groep: elke plaats is een persoon</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Solo: één rol tegen gescripte spelers</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Alle plaatsen: één persoon speelt elke rol</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Onthouding</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>niet aangenomen bij de stemming</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>niet genoeg budget over</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>niet genoeg politiek kapitaal over</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>uitgesloten door een kaart die al is aangenomen</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>de ronde werd overgeslagen</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Achterstand: de bestuurlijke capaciteit is lager dan 40, dus zaken stapelen zich op (bescherming −2, publieke steun −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Spanning: de sociale samenhang is lager dan 40, dus de publieke steun daalt met 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Berust op geldend EU-recht</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Een nationale of lokale keuze binnen het EU-recht</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Zou een nieuwe of gewijzigde wet vereisen</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>verzoeker om internationale bescherming</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>niet-begeleide minderjarige</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>arbeidsmigrant</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>gezinshereniging</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>onder tijdelijke bescherming</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>in illegaal verblijf</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>stem van de ontvangende samenleving</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>beleidsmaker</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>belanghebbende</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Die stap is op dit moment van de ronde niet mogelijk.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Deze kaart ligt al op tafel.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Een kaart die al is aangenomen, sluit deze kaart uit.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Deze kaart ligt niet op tafel.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Deze kaart hoort niet bij deze ronde.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Die plaats is er niet aan tafel.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Deze plaats wordt door de computer gespeeld.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Het spel is afgelopen.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Er zijn meer plaatsen dan rollen.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Twee plaatsen hebben dezelfde rol.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Een solospel heeft precies één speler nodig.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Dit opgeslagen spel is gespeeld met andere spelinhoud en kan niet worden hervat.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Het bestand van het opgeslagen spel is beschadigd.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Het opgeslagen spel is geschreven door een andere versie van de app.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>De actie werd geweigerd ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Indicatorgrafieken</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spelindicatoren</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Het rollenspel wordt geladen…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Spelen: het rollenspel Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spelen</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>De spelinhoud bevat fouten</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Stappen van de ronde</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Paneel van de begeleider</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Het paneel van de begeleider tonen of verbergen</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Dit opgeslagen spel verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Een ronde kan worden overgeslagen voordat de stemming gesloten is.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Deze ronde overslaan? Er wordt niets aangenomen; de verhalen gaan wel verder.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Samengestelde lidstaat (cijfers van de EU27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Nabespreking — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Het spel is afgelopen: de geheime prioriteiten worden onthuld.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Ronde {n} van {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Stap: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Budget: {b} · Politiek kapitaal: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Resterende tijd: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(gepauzeerd)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Rondetimer: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>samengestelde lidstaat (cijfers van de EU27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — samenvatting van de sessie</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Jouw land</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Samengesteld (EU27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} eindigt op {value} of meer</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} eindigt op {value} of minder</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} stijgt met minstens {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>minstens {count} aangenomen van: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>geen aangenomen van: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spelindicatoren</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>EU27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Hoogste</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Laagste</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Jaar, dataset</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Plaatsen:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Het spel is nog niet afgelopen: tot nu toe gespeelde rondes.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Spelindicatoren na elke ronde</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Geheime prioriteiten onthuld</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>De score is alleen een aanleiding voor gesprek: het gaat erom waarom elke rol wilde wat hij wilde.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Nieuwsflits:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Wat echte landen deden</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Echte cijfers uit de statistieken die bij de app horen (laatste jaar met EU-gegevens); vergelijk ze met de keuzes van je groep.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Alle termen van het spel</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Tot slot</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notities van de begeleider</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>De ronde werd overgeslagen.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Niet aangenomen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Verhalen</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Vragen voor de nabespreking</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Termen die aan bod kwamen:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Lessen die de keuzes uitleggen:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Gespeeld: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Land: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Beslisregel: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Ronde {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Voorzitter: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} van {max} punten</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Lessen die het uitleggen:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>kost {b} budget, {k} kapitaal</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Kosten: {budget} budget, {capital} politiek kapitaal</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Rechtsgrondslag: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Effecten: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Het systeem volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Tekstgrootte in procent</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tekst&amp;grootte:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Een nieuwe interfacetaal werkt pas na een herstart van de app.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Herstart nodig</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>De nieuwe interfacetaal is opgeslagen. Ze werkt zodra de app opnieuw start.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Nu &amp;herstarten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Andere leerling</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Wie gebruikt Destination Europe nu?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Profielen van leerlingen</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Wisselen</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Naar dit profiel wisselen</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (docent, pincode)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Algemene notitie</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>eerste poging</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>beste poging</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>laatste poging</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Gearchiveerde lessen</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mijn notities</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Elke vraag telt één keer per leerling, volgens de</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Leerlingen en modules</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Afgeronde lessen</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwoorde vragen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Vragen, moeilijkste eerst</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Nog niemand heeft een vraag beantwoord.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Pogingen per leerling</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Er is geen bruikbare back-up gevonden, dus de voortgang begint weer bij nul.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>De voortgangsdatabase was beschadigd of kon niet worden gelezen. Ze is opzijgezet als {file} (ze wordt niet verwijderd).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Je voortgang is hersteld uit de back-up {file}. Wat na die back-up is gedaan, kan ontbreken.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>De voortgangsdatabase is bijgewerkt voor deze versie van de app ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>De automatische back-up kon niet worden geschreven: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>bij het starten van de app</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatisch, tijdens het gebruik</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>voor een update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor een herstel</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Typ een naam.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>De naam is te lang (hoogstens 80 tekens).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Kies een kleur.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>De pincode moet tussen {lo} en {hi} tekens hebben.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dit profiel bestaat niet meer.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Dit is geen docentprofiel.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Mijn voortgang</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Je voortgang kan niet worden getoond: de voortgangsdatabase kon niet worden geopend ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Mijn voortgang en docentweergave</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Mijn &amp;overzicht</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>&amp;Docentweergave</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>Andere &amp;leerling…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Nieuwe leerling…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Nieuw &amp;docentprofiel…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Een &amp;klas maken uit een lijst met namen…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Mijn voortgangs&amp;paspoort exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>Een voortgangspaspoort &amp;importeren…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Klas&amp;pakketten</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Een &amp;opdracht exporteren… (docent)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>Een opdracht i&amp;mporteren…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Mijn &amp;resultaten exporteren…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>&amp;Resultaten importeren… (docent)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Klasrapport exporteren als CS&amp;V… (docent)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Klasrapport exporteren als P&amp;DF… (docent)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Database &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Herstellen uit een back-up…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>&amp;Feedback sturen…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Je voortgang kan niet worden opgeslagen: de voortgangsdatabase kon niet worden geopend. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Jouw voortgang</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Klas aangemaakt</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n leerlingprofiel klaar: </numerusform>
            <numerusform>%n leerlingprofielen klaar: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Huidige leerling: {name}. Andere leerling</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Andere leerling (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>De resultaten van alle leerlingen op deze pc exporteren…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Bestand geweigerd</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Dit bestand is geweigerd en er is niets veranderd:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} nieuw van {total} records, {learners} nieuwe leerlingen</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, een nieuwe opdracht</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Mijn voortgangspaspoort exporteren</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Paspoort opgeslagen</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Je voortgang staat in {file}. Kies op de andere pc Bestand ▸ Een voortgangspaspoort importeren… om daar verder te gaan.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Een voortgangspaspoort importeren</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Welkom terug, {name}: je voortgang is er.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Het paspoort is samengevoegd.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Paspoort geïmporteerd</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Een opdrachtpakket exporteren</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Opdracht opgeslagen</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: kopieer het naar een usb-stick; kies op elke leerling-pc Bestand ▸ Klaspakketten ▸ Een opdracht importeren…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Geweigerd (niets veranderd door deze bestanden):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Een opdracht importeren</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Resultaten exporteren</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Resultaten opgeslagen</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: geef het aan je docent (bijvoorbeeld op een usb-stick).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Resultaten importeren</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>De voortgangsdatabase is in orde (SQLite-integriteitscontrole: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n back-up wordt bewaard in {folder}.</numerusform>
            <numerusform>%n back-ups worden bewaard in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>De integriteitscontrole vond problemen:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Gebruik Help ▸ Herstellen uit een back-up… om terug te gaan naar een goede kopie.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Bedankt: je feedback is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Voortgang herstellen uit een back-up</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Kies de back-up waarnaar je terug wilt. De huidige voortgang wordt eerst geback-upt, zodat een herstel ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nog geen back-ups.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>&amp;Ander bestand kiezen…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Een ander back-upbestand kiezen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Een back-up kiezen</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Voortgangsdatabases (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Europese Unie (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Leerling</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Nieuw spel</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Drie rondes (EU, nationaal, stad). Elke speler neemt een rol met publieke belangen en een geheime prioriteit; samen neem je beleidskaarten aan en zie je daarna wat jullie keuzes betekenen voor zes mensen en voor de ontvangende samenleving.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Speelmodus</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Aantal spelers</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Spelers:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Plaatsen aan tafel</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>Pl&amp;aatsen aan tafel:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Land dat de groep speelt</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Samengestelde lidstaat (cijfers van de EU27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Beslisregel</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>&amp;Beslisregel:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minuten per ronde</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minuten per &amp;ronde:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Spelers en rollen</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Speler {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Naam van speler {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Rol van speler {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Rol laten toewijzen</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Probleem bij de voorbereiding</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>Spel &amp;starten</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Een spel hervatten</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Elke stap wordt tijdens het spelen opgeslagen. Kies een spel om verder te gaan waar het stopte; afgelopen spellen openen bij hun nabespreking.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Opgeslagen spellen</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>Spel &amp;hervatten</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>Opgeslagen spel &amp;verwijderen</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Je speelt één rol; de computer speelt de andere plaatsen en komt op voor wat hun rollen willen.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Je speelt om de beurt elke plaats, als beleidsmaker die alle kanten hoort.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Het spel werkt het best met 4 tot 6 spelers, elk met een rol.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Laat een rol op „Rol laten toewijzen” staan om hem te laten toewijzen: de drie leidende rollen van de rondes (commissaris, minister van Binnenlandse Zaken, burgemeester) worden eerst toegewezen.</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Twee spelers hebben dezelfde rol: kies een andere.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>samengestelde lidstaat</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgelopen</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>ronde {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Nog geen opgeslagen spellen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Naar een onderdeel gaan (Start, Leren, Spelen, Woordenlijst, Landen, Mijn voortgang)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Tekst groter of kleiner maken</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Tekst op normale grootte</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Projectormodus: grote tekst</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Modus begeleider: notities voor de begeleider tonen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>De huidige grafiek opslaan als PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Tussen bedieningselementen wisselen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Deze lijst</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Voer je pincode in om de docentweergave te openen.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>Docentweergave &amp;openen</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Docentweergave openen</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Voor elke &amp;vraag telt:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Welke poging telt</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>de eerste poging</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>de beste poging (minstens één keer goed)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>de laatste poging</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Het klasrapport exporteren als CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Het klasrapport exporteren als pdf</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>De rapporten vernieuwen</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Elke cel: afgeronde lessen / lessen in de module · aandeel van de beantwoorde vragen dat als goed telt. Wijs een cel aan voor details; dubbelklik op een leerling voor het rapport.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Klasoverzicht</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Klas&amp;overzicht</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Leerling:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Leerling van het rapport</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Lessen tonen die &amp;niet zijn begonnen</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Lessen tonen die niet zijn begonnen</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Bereikte onderdelen</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Goede vragen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Rapport van de leerling</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Per &amp;leerling</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% goed</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Pogingen per leerling</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Vragen, moeilijkste eerst</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Moeilijke &amp;vragen</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, voer je pincode in om de docentweergave te openen.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>De docentweergave is voor docentprofielen. Wissel naar je docentprofiel met Bestand ▸ Andere leerling…, of maak er een aan met Bestand ▸ Nieuw docentprofiel…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n leerling op deze pc</numerusform>
            <numerusform>%n leerlingen op deze pc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n vraag door iemand beantwoord</numerusform>
            <numerusform>%n vragen door iemand beantwoord</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>{started} begonnen, {done} afgerond; {right} van {answered} vragen goed; {minutes} min; laatste activiteit {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Klasrapport</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>klasrapport</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Het klasrapport exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>{a} en {b} opgeslagen.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>{a} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — beslist</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} over {card}</translation>
    </message>
</context>
</TS>
