<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Splošna opomba</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arhivirano)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Opomb še ni.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>prvi poskus</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>najboljši poskus</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>zadnji poskus</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Arhivirane lekcije</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Podatkovna zbirka napredka je bila poškodovana ali je ni bilo mogoče prebrati. Odložena je bila kot {file} (ni izbrisana).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Vaš napredek je bil obnovljen iz varnostne kopije {file}. To, kar je bilo narejeno po tej kopiji, morda manjka.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Nobene nepoškodovane varnostne kopije ni bilo mogoče najti, zato se napredek začne znova.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Podatkovna zbirka napredka je bila posodobljena za to različico aplikacije ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Samodejne varnostne kopije ni bilo mogoče zapisati: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>ob zagonu aplikacije</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>samodejna, med uporabo</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>ročno ustvarjena</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>pred posodobitvijo</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>pred obnovitvijo</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Učna aplikacija brez povezave o migracijah in vključevanju v Evropi, izdelana za učni komplet Evropske migracijske mreže (EMM). Vsa besedila so napisana za to aplikacijo; podatki izvirajo iz spodaj navedenih javnih zbirk podatkov.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Meje in imena na zemljevidih ne pomenijo uradne potrditve ali priznanja Združenih narodov ali Evropske unije.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>O aplikaciji Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Viri podatkov</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Programska oprema in kartografski podatki</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Statističnih podatkov ni bilo mogoče prebrati:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenca</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Izvozi paket z nalogo</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Naslov naloge</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Naloga ima rok</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Označite cele module ali posamezne lekcije:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Moduli in lekcije naloge</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Vključi seznam razreda (%n učenec), da bodo računalniki učencev imeli enake profile</numerusform>
            <numerusform>Vključi seznam razreda (%n učenca), da bodo računalniki učencev imeli enake profile</numerusform>
            <numerusform>Vključi seznam razreda (%n učenci), da bodo računalniki učencev imeli enake profile</numerusform>
            <numerusform>Vključi seznam razreda (%n učencev), da bodo računalniki učencev imeli enake profile</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Izvozi…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Nalogi dajte naslov.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Označite vsaj en modul ali lekcijo.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Uvod v krog</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Začni &amp;razpravo</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Začni razpravo</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Sestavljena država članica: podatki EU27 (samo stopnje)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kazalnik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Zadnje leto s podatki za vsak kazalnik. To so resnični podatki; kazalniki igre (0–100) so simulacija.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Igrate sestavljeno državo članico: podatki veljajo za celotno EU (EU27), prikazane pa so samo stopnje, ker skupna števila ne bi ustrezala eni državi.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Zadnja novica</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Položaj</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Resnični podatki: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Kako se skupina odloča</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>V tem krogu predseduje: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Proračun: {budget} · Politični kapital: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Javne karte vlog</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Statističnih podatkov ni bilo mogoče prebrati: ni podatkov.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Odpri profil države: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Interesi:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Omejitve:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>ni podatkov</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(začasno)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Vir: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Ustvari razred iz seznama imen</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Prilepite imena svojih učencev, eno v vsako vrstico (imena ločijo tudi vejice in podpičja). Ime, ki že ima profil na tem računalniku, se ne ustvari dvakrat.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Imena učencev</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Ustvari profile</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n ime</numerusform>
            <numerusform>%n imeni</numerusform>
            <numerusform>%n imena</numerusform>
            <numerusform>%n imen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Kazalnik:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Kazalnik za primerjavo</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Označite od 2 do 5 držav.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Shrani kot &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Shrani primerjalni grafikon kot sliko PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Shrani kot CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Shrani primerjalne podatke v datoteko CSV</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Države za primerjavo</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Tabela primerjanih vrednosti</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafikon</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Primerjalni grafikon</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Primerjava</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Za te države ni podatkov.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Največ 5 držav hkrati.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Vir: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ni podatkov</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(začasno)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Vir: {publisher}, zbirka podatkov {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Shrani podatke</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Datoteka CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Shrani grafikon</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Slika PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Odločitve in zgodbe tega kroga</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Naslednji krog</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Naslednji krog</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Pojdi na &amp;pogovor po igri</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Pojdi na pogovor po igri</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Preostali proračun: {b} · Preostali politični kapital: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Kaj je skupina odločila</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Kaj to pomeni za ljudi</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Vir: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Krog je bil preskočen: nič ni bilo sprejeto.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Zakaj:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Pojmi:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lekcije:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Sprejeto:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Sprejeta ni bila nobena karta.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Ni sprejeto:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Države</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Pogledi držav</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Zemljevid in trendi</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Profil države</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Pri&amp;merjaj</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Moje lekcije, opombe, zaznamki in poskusi</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Moje lekcije</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lekcije</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Opombe</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Zaznamki</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lekcija</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vprašanje</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Zgodovina poskusov</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>Po&amp;skusi</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Moje opombe</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Nova opomba…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>I&amp;zbriši</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Izvozi moje opombe:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Izvozi moje opombe kot Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Izvozi moje opombe kot PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Moji zaznamki</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Odpri</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Odpri lekcijo z zaznamkom</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Od&amp;strani</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Odstrani zaznamek</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Napredka na tem računalniku ni mogoče shraniti: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Začete lekcije: {started} od {total}, končane: {done} · odgovorjena vprašanja: {answered} ({right} vsaj enkrat pravilno) · poskusi skupaj: {attempts}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>končano</translation>
    </message>
    <message>
        <source>started</source>
        <translation>začeto</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ni začeto</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lekcije</translation>
    </message>
    <message>
        <source>right</source>
        <translation>pravilno</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>napačno</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>odgovori</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Lekcije po modulih</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Moji odgovori na dan</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Vprašanja, na katera sem najpogosteje odgovoril(a) napačno</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>napačni odgovori</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Pojmi iz glosarja, ki sem jih poiskal(a)</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>krat poiskano</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Moji grafikoni napredka</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Moj napredek</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Tu še ni ničesar.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lekcija</numerusform>
            <numerusform>%n lekciji</numerusform>
            <numerusform>%n lekcije</numerusform>
            <numerusform>%n lekcij</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Teh lekcij ni več v vsebini te različice; vaš napredek v njih ostane shranjen.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhivirano</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>v teku</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} od {n} vprašanj pravilno</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>odpri znova</translation>
    </message>
    <message>
        <source>start</source>
        <translation>začni</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, rok {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>Končane lekcije: {done} od {n}</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Splošna opomba</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arhivirano)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova opomba</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Uredi opombo</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Izbriši opombo</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Želite izbrisati izbrano opombo?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Izvozi moje opombe</translation>
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
        <translation>nadaljuj</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Naloge od učitelja</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Nadaljuj, kjer sem končal(a):</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Še nezačeti moduli</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arhivirano</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>opombe</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Pogovorite se: kaj je želela vsaka vloga, kaj je izbrala skupina in kaj je to pomenilo za ljudi v zgodbah?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Shrani povzetek kot &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Shrani povzetek srečanja kot HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Shrani povzetek kot P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Shrani povzetek srečanja kot PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Nova igra</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Pripravi novo igro</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Pogovor po igri</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Shrani povzetek srečanja</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Spletna stran (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} ni bilo mogoče shraniti: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Shranjeno: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Karte na mizi in glasovanja</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Zaključi glasovanje in poglej posledice</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Zaključi glasovanje</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Glasovanje o {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>je sprejeta</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>ni sprejeta</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Sprejete karte stanejo {b} od {B} proračuna in {k} od {K} kapitala.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Vse ne gredo: najprej se sprejmejo karte z največ glasovi za.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Besedo ima:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Sedež, ki polaga karte na mizo</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Na mizo položite karte, o katerih želite glasovati; nato sledi glasovanje.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Karte politik tega kroga</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Odpri glasovanje</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Odpri glasovanje</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Na mizi (položil(a) {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Umakni z mize</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Izključeno: skupina je že sprejela »{title}«.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Položi na mizo</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Na mizi: karte: {n}, strošek {b} proračuna in {k} kapitala. Na voljo: {B} proračuna, {K} kapitala.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Vsega, kar je na mizi, ni mogoče plačati.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Kazalnik</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Leto</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Zemljevid</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Shrani kot &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Shrani grafikon kot sliko PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Shrani kot CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Shrani podatke v datoteko CSV</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Na 100.000 &amp;prebivalcev</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Prikaži vrednosti na 100.000 prebivalcev</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Leto zemljevida</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Kazalnik:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Leto:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Pripravljanje grafikona…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Tabela vrednosti v grafikonu</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Statističnih podatkov ni bilo mogoče prebrati: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafikon</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Datoteke, ki jo aplikacija potrebuje, ni bilo mogoče naložiti:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Pogona za grafikone (plotly.js) ni bilo mogoče naložiti, zato grafikonov ni mogoče izrisati.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Vir: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ni podatkov</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(začasno)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} na 100.000 prebivalcev</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Vir: {publisher}, zbirka podatkov {dataset}. Oznaka p = začasno.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Shrani podatke</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Datoteka CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Shrani grafikon</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Slika PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Plošča vodje</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Vodja</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Časovnik kroga</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Premor</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Ustavi časovnik kroga</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Dodaj krogu še dve minuti</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Preskoči ta krog</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Preskoči ta krog</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>V tem krogu se ne sprejme nič; zgodbe se kljub temu nadaljujejo.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Igralci in skrivne karte</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Skrivne prednostne naloge ostanejo na skupnem zaslonu skrite. Igralec drži svoj gumb (ali ga izbere in drži preslednico), da prebere svojo karto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Opombe vodje</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Točke, h katerim se vrnemo v pogovoru po igri…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Časovnik kroga: še {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Čas je potekel: zaključite in odločite.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Teče</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Ustavljeno</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Nadaljuj</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Nadaljuj časovnik kroga</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (računalnik)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Drži: skrivno</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Drži za ogled skrivne karte: {name}</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Skrivna karta: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Država profila</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Profil države in ključni podatki</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Grafikoni profila države</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Profil države</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Za to državo ni podatkov.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Vir: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ni podatkov</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(začasno)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Prošnje za azil</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Odločitve o prošnjah za azil</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Prva dovoljenja za prebivanje po razlogu</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Odločbe o zapustitvi države in vračanja</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Ljudje, ki so pobegnili pred vojno v Ukrajini</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Prebivalstvo iz tujine</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Evropska unija (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>Država članica EU</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>Država opazovalka EMM</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>odloča o prošnjah za azil</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>migracijska politika</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>sprejem prosilcev</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>vključevanje</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Nacionalna kontaktna točka EMM</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Za to državo še ni besedilnega profila.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ključni podatki</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Pristojni organi</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Viri</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lekcije</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Povratne informacije učitelja</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Povratne informacije učenca</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Vaši odgovori so shranjeni na tem računalniku skupaj z vašim napredkom. Nič se ne pošilja prek interneta; vaš učitelj ali ekipa EMM jih lahko zbere skupaj z rezultati.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Vaši odgovori so shranjeni na tem računalniku. Pomagajo izboljšati gradivo za naslednja srečanja.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Ocena {n} od 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Kako dobro je gradivo ustrezalo vašemu srečanju? (1 = sploh ne, 5 = zelo dobro)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Število udeležencev</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Število &amp;udeležencev:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Kaj je delovalo &amp;dobro?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Kaj bi bilo treba &amp;spremeniti?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Ali kaj ni &amp;delovalo na računalnikih?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Kako koristno je bilo to za vas? (1 = sploh ne, 5 = zelo)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Kaj je bilo &amp;težko razumeti?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>O čem bi se radi naučili &amp;več?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Še &amp;kaj?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Podajte oceno ali nekaj napišite.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>osnutek: terminolog ga še ni pregledal</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Osnove migracij</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Zakonita migracija</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Mednarodna zaščita</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Mladoletniki in ranljive skupine</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Vključevanje</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Državljanstvo in brezdržavljanstvo</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Meje, vizumi in schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Nedovoljene migracije in tihotapljenje migrantov</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Trgovina z ljudmi</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Vračanje in ponovni sprejem</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migracije in razvoj</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ukrajina in začasna zaščita</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institucije</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>V 13 jezikih</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Ustreznic z oznako »osnutek« terminolog še ni pregledal.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Širši pojmi</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Ožji pojmi</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Sorodni pojmi</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Uporabljeno v teh lekcijah</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Imenuje se tudi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Viri</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Iskanje lekcij…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Tega pojma še ne uporablja nobena lekcija.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>pregledano</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>osnutek</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Nov kviz</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Začni nov kviz iz glosarja</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Preveri odgovor</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Preveri odgovor</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Na&amp;slednje vprašanje</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Naslednje vprašanje</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Povratna informacija in razlaga</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Vprašanje {n} od {total} · točke {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Glede na pojem »{a}« je pojem »{b}« …</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Kateri pojem ustreza tej opredelitvi?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Ta pojma se zlahka zamenjata. Kateri ustreza tej opredelitvi?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>širši pojem (splošnejši)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>ožji pojem (natančnejši)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>soroden pojem</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Kviz je končan: {score} od {total} pravilno. Začnite nov kviz za nova vprašanja.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>V glosarju ni dovolj gesel za kviz.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Pravilno.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Ne čisto.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>širši pojem</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>ožji pojem</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>V glosarju je {b} {kind} glede na {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>To je opredelitev pojma {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Izbrali ste {term}, kar pomeni nekaj drugega:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Najprej izberite odgovor.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Glosar</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Pogledi glosarja</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Iskanje:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Vnesite pojem v katerem koli jeziku</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Išči po glosarju</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Prikaži pojme ene teme</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vse</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Vsi pojmi</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Pojmi na črko {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Pojmi</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Pogledi pojma</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Geslo v glosarju</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Zemljevid povezav</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Geslo</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Zemljevid &amp;povezav</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Brskaj</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Kviz</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Vse teme</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Nekaterih gesel glosarja ni bilo mogoče prebrati:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n pojem</numerusform>
            <numerusform>%n pojma</numerusform>
            <numerusform>%n pojmi</numerusform>
            <numerusform>%n pojmov</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>v opredelitvi</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>ste mislili to? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Zgoraj: širši pojmi · spodaj: ožji pojmi · ob straneh: sorodni pojmi</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Kliknite pojem (ali se ga dotaknite s tipko Tab in pritisnite Enter), da ga postavite v središče.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Ta pojem še nima širših, ožjih ali sorodnih pojmov.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Dobrodošli v aplikaciji Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Spoznajte, kako delujejo politike migracij in vključevanja v Evropi: kdo odloča na ravni EU, države in mesta, kaj pravi zakonodaja in kaj kažejo resnični podatki. Vse tukaj deluje brez internetne povezave.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Nadaljuj, kjer sem končal(a)</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Učenje</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Moduli in lekcije s kvizi in scenariji</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Igra</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Igra vlog za skupino pred enim zaslonom</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosar</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Ključni pojmi, razloženi preprosto</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Države</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Grafikoni in zemljevid z resničnimi statističnimi podatki</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Podatek za razpravo</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domov</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>Leta {year} je {value} ljudi od zunaj EU prvič zaprosilo za azil v EU.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>Leta {year} jih je bilo {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Vir: {publisher}, zbirka podatkov {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Prebivalstvo 1. januarja (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Prebivalstvo (Svetovna banka)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Državljani držav zunaj EU, ki živijo v državi</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Državljani držav zunaj EU, delež prebivalstva</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Delež prebivalstva, rojenega v tujini</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Prosilci za azil, ki zaprosijo prvič</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Prosilci za azil z naknadno prošnjo</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Prosilci za azil, ki zaprosijo prvič, na 100.000 prebivalcev</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Prošnje za azil (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Odločitve: priznan status begunca (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Odločitve: dopolnilna zaščita (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Odločitve: zavrnjeno (UNHCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Stopnja priznanja (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Sprejeti begunci (UNHCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Sprejeti prosilci za azil (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Sprejeti begunci iz Ukrajine (UNHCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Prva dovoljenja za prebivanje, vsi razlogi</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Prva dovoljenja za prebivanje iz družinskih razlogov</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Prva dovoljenja za prebivanje za izobraževanje</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Prva dovoljenja za prebivanje za delo</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Prva dovoljenja za prebivanje iz drugih razlogov</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Državljani držav zunaj EU, ki morajo zapustiti državo</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Državljani držav zunaj EU, vrnjeni po odločbi o zapustitvi</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ukrajinci z začasno zaščito</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>osebe</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>odstotki</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>na 100.000 prebivalcev</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Učenje</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Moduli in lekcije</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Izberite lekcijo na levi.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Nazaj</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Prejšnji razdelek</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Naprej ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Naslednji razdelek</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Zaznamek</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Dodaj zaznamek za ta razdelek</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ &amp;Opomba</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Napiši opombo o tem razdelku</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Drugi &amp;jezik:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Drugi jezik za pojme iz glosarja (dvojezično branje)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brez</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Plošča glosarja</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Ta lekcija vsebuje napake in je ni mogoče prikazati.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuti</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Ni najdenih lekcij.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Stran lekcije</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: te lekcije ni mogoče prikazati</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Preverjanje vsebine je našlo te težave:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, končano</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, začeto</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Med zaznamki</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Vaša opomba o tem razdelku:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Opomba je shranjena v razdelku Moj napredek.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Razdelek {n} od {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Viri</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Odpri celotno geslo v glosarju</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(osnutek)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>ustreznice še ni</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Kviz</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Vprašanje {n} od {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Preveri odgovor</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Pravilno</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Ne čisto</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Prikaži razlago</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Izberite en odgovor.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Izberite vse ustrezne odgovore.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Drži</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Ne drži</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Postavite elemente v pravilni vrstni red z gumboma Premakni gor in Premakni dol.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Premakni gor</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Premakni dol</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Za vsak element izberite ustrezni odgovor.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izberite …</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Vaš odgovor</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarij</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Vaše dosedanje izbire</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Konec scenarija</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Začni znova</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Razmislek</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Shrani opombo</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Shranjeno med vaše opombe</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Za ta grafikon še ni podatkov.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Odpri profil države</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Pojem iz glosarja</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Odpri v glosarju</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Tega pojma ni v glosarju.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Viri</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časovnica</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Razprava</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>V parih</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>V manjših skupinah</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Ves razred</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Opomba za vodjo</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Te dejavnosti ni bilo mogoče naložiti. Preverjanje vsebine pojasni, zakaj.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Nekaj je šlo narobe. Poskusite znova.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Ta stran ne obstaja.</translation>
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
        <translation>Razdelki</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Izvozi grafikon kot PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Uvozi datoteko Eurostata…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;zhod</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pogled</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Po&amp;večaj</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Pom&amp;anjšaj</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Dejanska velikost</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>Način &amp;projektorja (velika pisava)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Svetla</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Temna</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Visok kontrast</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>Način &amp;vodje (prikaži opombe za vodjo)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Celozaslonski način</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moč</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Bližnjice na tipkovnici</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;O aplikaciji Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Uvozi podatkovno datoteko Eurostata</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Datoteke Eurostata (*.tsv *.csv *.txt);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Uvoz zavrnjen</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Datoteka ni bila uvožena, nič ni bilo spremenjeno:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} vrednosti, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Uvoženo iz {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Brez povezave: blokirana %n zunanja zahteva</numerusform>
            <numerusform>Brez povezave: blokirani %n zunanji zahtevi</numerusform>
            <numerusform>Brez povezave: blokirane %n zunanje zahteve</numerusform>
            <numerusform>Brez povezave: blokiranih %n zunanjih zahtev</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Nov profil učitelja</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nov učenec</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Barva avatarja {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Barva avatarja:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN znova</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (vsaj {n} znakov):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;znova:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Ustvari</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>PIN-a se ne ujemata.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Besedilo opombe</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN učitelja</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Sporočilo o PIN-u</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Napačen PIN. Poskusite znova.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Napačen PIN. Preveč napačnih poskusov: znova lahko poskusite čez %n sekundo.</numerusform>
            <numerusform>Napačen PIN. Preveč napačnih poskusov: znova lahko poskusite čez %n sekundi.</numerusform>
            <numerusform>Napačen PIN. Preveč napačnih poskusov: znova lahko poskusite čez %n sekunde.</numerusform>
            <numerusform>Napačen PIN. Preveč napačnih poskusov: znova lahko poskusite čez %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>PIN lahko poskusite znova.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Še ni na voljo</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>ni podatkov</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Kazalniki igre po vsakem krogu (0–100, začetek 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začetek</translation>
    </message>
    <message>
        <source>points</source>
        <translation>točke</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Kazalniki igre</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Krog {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Kaj se je spremenilo v krogu {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Sprememba v krogu {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Standardi zaščite</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Vključevanje na trg dela</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Socialna kohezija</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Podpora javnosti</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Upravna zmogljivost</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Javne finance</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>Raven EU</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Nacionalna raven</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Mestna raven</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Priprava</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Uvod</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Razprava</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Odločitev</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Posledice</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Pogovor po igri</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Soglasje</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Glasovanje z večino</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Odloča vodilna vloga</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Karta je sprejeta z vsaj enim glasom za in nobenim proti.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Karta je sprejeta z več glasovi za kot proti.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Odloča vodilna vloga kroga; drugi glasovi so posvetovalni. Krog EU: komisar; nacionalni krog: minister za notranje zadeve; mestni krog: župan.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Skupina: vsak sedež je ena oseba</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Samostojno: ena vloga proti vnaprej programiranim igralcem</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Vsi sedeži: ena oseba igra vse vloge</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Proti</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Vzdržan</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>ni bila sprejeta na glasovanju</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>ni dovolj preostalega proračuna</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>ni dovolj preostalega političnega kapitala</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>izključena zaradi že sprejete karte</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>krog je bil preskočen</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Zaostanki: upravna zmogljivost je pod 40, zato se zadeve kopičijo (zaščita −2, podpora javnosti −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Napetosti: socialna kohezija je pod 40, zato podpora javnosti pade za 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Temelji na veljavnem pravu EU</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Nacionalna ali lokalna izbira v okviru prava EU</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Potreben bi bil nov ali spremenjen zakon</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>prosilec za mednarodno zaščito</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>mladoletnik brez spremstva</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>delovni migrant</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>združitev družine</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>z začasno zaščito</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>v nezakonitem prebivanju</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>glas družbe gostiteljice</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>oblikovalec politik</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>deležnik</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Ta korak na tej točki kroga ni mogoč.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Ta karta je že na mizi.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Že sprejeta karta izključuje to karto.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Te karte ni na mizi.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Ta karta ne spada v ta krog.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Takšnega sedeža za mizo ni.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Ta sedež igra računalnik.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Igra je končana.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Sedežev je več kot vlog.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Dva sedeža imata isto vlogo.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Samostojna igra potrebuje natanko enega igralca.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Ta shranjena igra je bila igrana z drugo vsebino igre in je ni mogoče nadaljevati.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Datoteka shranjene igre je poškodovana.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Shranjeno igro je zapisala druga različica aplikacije.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Dejanje je bilo zavrnjeno ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Grafikoni kazalnikov</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Kazalniki igre</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ni podatkov</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Nalaganje igre vlog…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Igra: igra vlog Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Igra</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Vsebina igre vsebuje napake</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Koraki kroga</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Plošča vodje</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Pokaži ali skrij ploščo vodje</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Želite izbrisati to shranjeno igro? Tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Krog je mogoče preskočiti, preden je glasovanje zaključeno.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Želite preskočiti ta krog? Nič se ne sprejme; zgodbe se kljub temu nadaljujejo.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Sestavljena država članica (podatki EU27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Pogovor po igri — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Igra je končana: skrivne prednostne naloge so razkrite.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Krog {n} od {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Korak: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Proračun: {b} · Politični kapital: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Preostali čas: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(ustavljeno)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Časovnik kroga: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>sestavljena država članica (podatki EU27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — povzetek srečanja</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Vaša država</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Sestavljena (EU27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kazalnik</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} konča pri {value} ali več</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} konča pri {value} ali manj</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} se poveča vsaj za {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>sprejetih vsaj {count} od: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>nobena ni sprejeta od: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Kazalniki igre</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ni podatkov</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>EU27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Najvišja</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Najnižja</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Leto, zbirka podatkov</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Sedeži:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Igra še ni končana: doslej odigrani krogi.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Kazalniki igre po vsakem krogu</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Razkrite skrivne prednostne naloge</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Točke so le izhodišče za pogovor: pomembno je, zakaj je vsaka vloga želela to, kar je želela.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Zadnja novica:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Kaj so storile resnične države</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Resnični podatki iz statistike, ki jo vsebuje aplikacija (zadnje leto s podatki EU); primerjajte jih z izbirami svoje skupine.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Vsi pojmi igre</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Za konec</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Opombe vodje</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Krog je bil preskočen.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Sprejeto</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Ni sprejeto</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Glasovi</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Zgodbe</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Vprašanja za pogovor po igri</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Pojmi, ki so se pojavili:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Lekcije, ki pojasnjujejo izbire:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Igrano: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Država: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Pravilo odločanja: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Način: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Krog {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Predseduje: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Vir:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} od {max} točk</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Zakaj:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Lekcije, ki to pojasnijo:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>stane {b} proračuna, {k} kapitala</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Strošek: {budget} proračuna, {capital} političnega kapitala</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Pravna podlaga: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Učinki: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Jezik vmesnika</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Jezik vmesnika:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sledi sistemu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Svetla</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Temna</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Visok kontrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Velikost besedila v odstotkih</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Velikost besedila:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Nov jezik vmesnika začne veljati ob ponovnem zagonu aplikacije.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Potreben je ponovni zagon</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>Nov jezik vmesnika je shranjen. Začel bo veljati ob naslednjem zagonu aplikacije.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Znova zaženi zdaj</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Pozneje</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nastavitve…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Zamenjaj učenca</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Kdo zdaj uporablja Destination Europe?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Profili učencev</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Zamenjaj</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Preklopi na ta profil</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (učitelj, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Splošna opomba</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>prvi poskus</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>najboljši poskus</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>zadnji poskus</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Arhivirane lekcije</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arhivirano)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Opomb še ni.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Moje opombe</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Nazadnje spremenjeno</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Vsako vprašanje šteje enkrat na učenca, glede na</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Učenci in moduli</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Učenec</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Končane lekcije</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Odgovorjena vprašanja</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Točke</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Vprašanja, najtežja najprej</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Na vprašanje še ni nihče odgovoril.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vprašanje</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lekcija</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Učenci</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Pravilno</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Poskusi na učenca</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Nobene nepoškodovane varnostne kopije ni bilo mogoče najti, zato se napredek začne znova.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Podatkovna zbirka napredka je bila poškodovana ali je ni bilo mogoče prebrati. Odložena je bila kot {file} (ni izbrisana).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Vaš napredek je bil obnovljen iz varnostne kopije {file}. To, kar je bilo narejeno po tej kopiji, morda manjka.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Podatkovna zbirka napredka je bila posodobljena za to različico aplikacije ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Samodejne varnostne kopije ni bilo mogoče zapisati: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>ob zagonu aplikacije</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>samodejna, med uporabo</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>ročno ustvarjena</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>pred posodobitvijo</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>pred obnovitvijo</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Vnesite ime.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Ime je predolgo (največ 80 znakov).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Izberite barvo.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>PIN mora imeti od {lo} do {hi} znakov.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ta profil ne obstaja več.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>To ni profil učitelja.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Moj napredek</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Vašega napredka ni mogoče prikazati: podatkovne zbirke napredka ni bilo mogoče odpreti ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Moj napredek in pogled učitelja</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Moj &amp;pregled</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>Pogled &amp;učitelja</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Učenec</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>&amp;Zamenjaj učenca…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Nov učenec…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Nov profil &amp;učitelja…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Ustvari &amp;razred iz seznama imen…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Izvozi moj &amp;potni list napredka…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Uvozi potni list napredka…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>&amp;Paketi za razred</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Izvozi &amp;nalogo… (učitelj)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>U&amp;vozi nalogo…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Izvozi moje &amp;rezultate…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Uvozi r&amp;ezultate… (učitelj)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Izvozi poročilo razreda kot CS&amp;V… (učitelj)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Izvozi poročilo razreda kot P&amp;DF… (učitelj)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Preveri podatkovno zbirko</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Obnovi iz varnostne kopije…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Pošlji &amp;povratne informacije…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Vašega napredka ni mogoče shraniti: podatkovne zbirke napredka ni bilo mogoče odpreti. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Vaš napredek</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Razred ustvarjen</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n profil učenca pripravljen: </numerusform>
            <numerusform>%n profila učencev pripravljena: </numerusform>
            <numerusform>%n profili učencev pripravljeni: </numerusform>
            <numerusform>%n profilov učencev pripravljenih: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Trenutni učenec: {name}. Zamenjaj učenca</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Zamenjaj učenca (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Izvozi rezultate vseh učencev na tem računalniku…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Datoteka zavrnjena</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Ta datoteka je bila zavrnjena in nič ni bilo spremenjeno:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} novih od {total} zapisov, {learners} novih učencev</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, nova naloga</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Izvozi moj potni list napredka</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Potni list shranjen</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Vaš napredek je v {file}. Na drugem računalniku izberite Datoteka ▸ Uvozi potni list napredka…, da nadaljujete tam.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Uvozi potni list napredka</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Dobrodošli nazaj, {name}: vaš napredek je tu.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Potni list je bil združen.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Potni list uvožen</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Izvozi paket z nalogo</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Naloga shranjena</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: kopirajte ga na ključ USB; na vsakem računalniku učenca izberite Datoteka ▸ Paketi za razred ▸ Uvozi nalogo…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Zavrnjeno (iz teh datotek ni bilo nič spremenjeno):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvozi</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Uvozi nalogo</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Izvozi rezultate</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Rezultati shranjeni</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: dajte ga svojemu učitelju (na primer na ključu USB).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Uvozi rezultate</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>Podatkovna zbirka napredka je nepoškodovana (preverjanje celovitosti SQLite: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n varnostna kopija je shranjena v {folder}.</numerusform>
            <numerusform>%n varnostni kopiji sta shranjeni v {folder}.</numerusform>
            <numerusform>%n varnostne kopije so shranjene v {folder}.</numerusform>
            <numerusform>%n varnostnih kopij je shranjenih v {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Preveri podatkovno zbirko</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Preverjanje celovitosti je našlo težave:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Z Pomoč ▸ Obnovi iz varnostne kopije… se vrnete na nepoškodovano kopijo.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovi</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Hvala: vaše povratne informacije so shranjene.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Obnovi napredek iz varnostne kopije</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Izberite varnostno kopijo, na katero se želite vrniti. Trenutni napredek se najprej shrani, zato je obnovitev mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Varnostne kopije, najnovejše najprej</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Varnostnih kopij še ni.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Izberi &amp;drugo datoteko…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Izberi drugo datoteko varnostne kopije</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Obnovi</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Izberi varnostno kopijo</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Podatkovne zbirke napredka (*.sqlite3);;Vse datoteke (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Evropska unija (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Učenec</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Nova igra</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Trije krogi (EU, država, mesto). Vsak igralec prevzame vlogo z javnimi interesi in skrivno prednostno nalogo; skupaj sprejemate karte politik in nato vidite, kaj vaše izbire pomenijo za šest ljudi in za družbo gostiteljico.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Način igre</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Način:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Število igralcev</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Igralci:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Sedeži za mizo</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>&amp;Sedeži za mizo:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Država, ki jo igra skupina</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Sestavljena država članica (podatki EU27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Pravilo odločanja</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>Pravilo &amp;odločanja:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minute na krog</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minute na &amp;krog:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Igralci in vloge</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Igralec {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Ime igralca {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Vloga igralca {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Dodeli vlogo</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Težava pri pripravi</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Začni igro</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Nadaljuj igro</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Vsak korak se med igro shrani. Izberite igro, da nadaljujete, kjer se je ustavila; končane igre se odprejo pri pogovoru po igri.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Shranjene igre</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Nadaljuj igro</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>I&amp;zbriši shranjeno igro</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Igrate eno vlogo; računalnik igra druge sedeže in zagovarja, kar želijo njihove vloge.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Po vrsti igrate vsak sedež kot oblikovalec politik, ki prisluhne vsem stranem.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Igra najbolje deluje s 4 do 6 igralci, vsak s svojo vlogo.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Pustite vlogo na »Dodeli vlogo«, da se dodeli: najprej se dodelijo tri vodilne vloge krogov (komisar, minister za notranje zadeve, župan).</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Dva igralca imata isto vlogo: izberite drugo.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>sestavljena država članica</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>končana</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>krog {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Shranjenih iger še ni.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Pojdi v razdelek (Domov, Učenje, Igra, Glosar, Države, Moj napredek)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Povečaj ali pomanjšaj besedilo</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Besedilo v običajni velikosti</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Način projektorja: velika pisava</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Način vodje: prikaži opombe za vodjo</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Celozaslonski način</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Shrani trenutni grafikon kot PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Premikanje med kontrolniki</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Ta seznam</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izhod</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Bližnjice na tipkovnici</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Vnesite svoj PIN, da odprete pogled učitelja.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Odpri pogled učitelja</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Odpri pogled učitelja</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Za vsako &amp;vprašanje šteje:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Kateri poskus šteje</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>prvi poskus</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>najboljši poskus (vsaj enkrat pravilno)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>zadnji poskus</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Izvozi &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Izvozi poročilo razreda kot CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Izvozi &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Izvozi poročilo razreda kot PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>O&amp;sveži</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Osveži poročila</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Vsaka celica: končane lekcije / lekcije v modulu · delež odgovorjenih vprašanj, ki štejejo kot pravilna. Pokažite na celico za podrobnosti; dvokliknite učenca za poročilo.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Pregled razreda</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>&amp;Pregled razreda</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Učenec:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Učenec v poročilu</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Prikaži &amp;nezačete lekcije</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Prikaži nezačete lekcije</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lekcija</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Doseženi razdelki</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Pravilna vprašanja</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Poskusi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Zadnja dejavnost</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Poročilo o učencu</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Po &amp;učencih</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vprašanje</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Učenci</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Pravilno</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% pravilno</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Poskusi na učenca</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Vprašanja, najtežja najprej</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Težka &amp;vprašanja</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, vnesite svoj PIN, da odprete pogled učitelja.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>Pogled učitelja je namenjen profilom učiteljev. Preklopite na svoj profil učitelja z Datoteka ▸ Zamenjaj učenca… ali ga ustvarite z Datoteka ▸ Nov profil učitelja…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n učenec na tem računalniku</numerusform>
            <numerusform>%n učenca na tem računalniku</numerusform>
            <numerusform>%n učenci na tem računalniku</numerusform>
            <numerusform>%n učencev na tem računalniku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n vprašanje, na katero je nekdo odgovoril</numerusform>
            <numerusform>%n vprašanji, na kateri je nekdo odgovoril</numerusform>
            <numerusform>%n vprašanja, na katera je nekdo odgovoril</numerusform>
            <numerusform>%n vprašanj, na katera je nekdo odgovoril</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Učenec</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>Začetih {started}, končanih {done}; {right} od {answered} vprašanj pravilno; {minutes} min; zadnja dejavnost {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhivirano</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>končano</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>v teku</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ni začeto</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arhivirano)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Poročilo razreda</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>porocilo-razreda</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Izvozi poročilo razreda</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Shranjeno: {a} in {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Shranjeno: {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — odloča</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} o {card}</translation>
    </message>
</context>
</TS>
