<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Vispārēja piezīme</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arhivēta)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Piezīmju vēl nav.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>pirmais mēģinājums</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>labākais mēģinājums</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>pēdējais mēģinājums</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Arhivētās nodarbības</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Progresa datubāze bija bojāta vai nebija nolasāma. Tā tika nolikta malā kā {file} (tā netiek dzēsta).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Jūsu progress tika atjaunots no rezerves kopijas {file}. Tas, kas darīts pēc šīs kopijas, var trūkt.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Netika atrasta neviena nebojāta rezerves kopija, tāpēc progress sākas no jauna.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Progresa datubāze tika atjaunināta šai lietotnes versijai ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Automātisko rezerves kopiju neizdevās ierakstīt: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>lietotnes palaišanas brīdī</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automātiski, lietošanas laikā</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>izveidota manuāli</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>pirms atjaunināšanas</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>pirms atjaunošanas</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Bezsaistes mācību lietotne par migrāciju un integrāciju Eiropā, veidota Eiropas Migrācijas tīkla (EMN) mācību rīkkopai. Visi teksti ir rakstīti šai lietotnei; skaitļi ņemti no tālāk minētajām publiskajām datu kopām.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Robežas un nosaukumi kartēs nenozīmē Apvienoto Nāciju Organizācijas vai Eiropas Savienības oficiālu apstiprinājumu vai atzīšanu.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Par Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datu avoti</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Programmatūra un kartes dati</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Statistiku neizdevās nolasīt:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Eksportēt uzdevumu paketi</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Uzdevuma nosaukums</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Termiņš:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Uzdevumam ir termiņš</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Atzīmējiet veselus moduļus vai atsevišķas nodarbības:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Uzdevuma moduļi un nodarbības</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Iekļaut klases sarakstu (%n izglītojamais), lai izglītojamo datoros būtu tie paši profili</numerusform>
            <numerusform>Iekļaut klases sarakstu (%n izglītojamie), lai izglītojamo datoros būtu tie paši profili</numerusform>
            <numerusform>Iekļaut klases sarakstu (%n izglītojamo), lai izglītojamo datoros būtu tie paši profili</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Lūdzu, piešķiriet uzdevumam nosaukumu.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Lūdzu, atzīmējiet vismaz vienu moduli vai nodarbību.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Kārtas ievads</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Sākt &amp;diskusiju</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Sākt diskusiju</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Saliktā dalībvalsts: ES27 dati (tikai rādītāji procentos)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Gads</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Pēdējais gads ar datiem katram rādītājam. Tie ir reāli skaitļi; spēles rādītāji (0–100) ir simulācija.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Jūs spēlējat salikto dalībvalsti: skaitļi attiecas uz visu ES (ES27), un rādīti tikai relatīvie rādītāji, jo kopskaiti neatbilstu vienai valstij.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Jaunākās ziņas</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Situācija</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Reālie dati: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Kā grupa lemj</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Šo kārtu vada: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Budžets: {budget} · Politiskais kapitāls: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Publiskās lomu kārtis</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Statistiku neizdevās nolasīt: nav datu.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Atvērt valsts profilu: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Intereses:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Ierobežojumi:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>nav datu</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provizoriski)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Avots: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Izveidot klasi no vārdu saraksta</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Ielīmējiet savu izglītojamo vārdus, pa vienam katrā rindā (vārdus atdala arī komati un semikoli). Vārds, kam šajā datorā jau ir profils, netiek izveidots otrreiz.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Izglītojamo vārdi</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Izveidot profilus</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n vārds</numerusform>
            <numerusform>%n vārds</numerusform>
            <numerusform>%n vārdu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Rādītājs:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Salīdzināmais rādītājs</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Atzīmējiet 2 līdz 5 valstis.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Saglabāt kā &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Saglabāt salīdzinājuma diagrammu kā PNG attēlu</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Saglabāt kā CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Saglabāt salīdzinājuma datus CSV failā</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Salīdzināmās valstis</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Salīdzināto vērtību tabula</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramma</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabula</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Salīdzinājuma diagramma</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Salīdzinājums</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Šīm valstīm nav datu.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Vienlaikus ne vairāk kā 5 valstis.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Avots: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nav datu</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provizoriski)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Avots: {publisher}, datu kopa {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Gads</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Saglabāt datus</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV fails (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Saglabāt diagrammu</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG attēls (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Šīs kārtas lēmumi un stāsti</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Nākamā kārta</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Nākamā kārta</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Pāriet uz &amp;izvērtēšanu</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Pāriet uz izvērtēšanu</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Atlikušais budžets: {b} · Atlikušais politiskais kapitāls: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Ko grupa nolēma</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Ko tas nozīmē cilvēkiem</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Avots: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Kārta tika izlaista: nekas netika pieņemts.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Kāpēc:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Termini:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Nodarbības:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Pieņemta:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Neviena kārts netika pieņemta.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Nav pieņemta:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Valstis</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Valstu skati</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Karte un tendences</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>Valsts &amp;profils</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Salīdzināt</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Manas nodarbības, piezīmes, grāmatzīmes un mēģinājumi</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Manas nodarbības</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Nodarbības</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Piezīmes</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Grāmatzīmes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Nodarbība</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atbilde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Mēģinājumu vēsture</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Mēģinājumi</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Manas piezīmes</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Jauna piezīme…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Eksportēt manas piezīmes:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Eksportēt manas piezīmes Markdown formātā</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Eksportēt manas piezīmes PDF formātā</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Manas grāmatzīmes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Atvērt nodarbību ar grāmatzīmi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Noņemt</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Noņemt grāmatzīmi</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Šajā datorā progresu nevar saglabāt: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Sāktas {started} no {total} nodarbībām, pabeigtas {done} · atbildēts uz {answered} jautājumiem ({right} pareizi vismaz vienreiz) · kopā {attempts} mēģinājumi</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>pabeigta</translation>
    </message>
    <message>
        <source>started</source>
        <translation>sākta</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nav sākta</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>nodarbības</translation>
    </message>
    <message>
        <source>right</source>
        <translation>pareizi</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>nepareizi</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>atbildes</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Nodarbības pa moduļiem</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Manas atbildes pa dienām</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Jautājumi, uz kuriem visbiežāk atbildēju nepareizi</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>nepareizas atbildes</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Glosārija termini, ko meklēju</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>reizes meklēts</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Mana progresa diagrammas</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Mans progress</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Šeit vēl nekā nav.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n nodarbība</numerusform>
            <numerusform>%n nodarbības</numerusform>
            <numerusform>%n nodarbību</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Šīs nodarbības vairs nav šīs versijas saturā; jūsu progress tajās tiek saglabāts.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhivēta</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>procesā</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} no {n} jautājumiem pareizi</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>atvērt vēlreiz</translation>
    </message>
    <message>
        <source>start</source>
        <translation>sākt</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, termiņš {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>Pabeigtas {done} no {n} nodarbībām</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Vispārēja piezīme</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arhivēta)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Jauna piezīme</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Rediģēt piezīmi</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Dzēst piezīmi</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Vai dzēst atlasīto piezīmi?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Eksportēt manas piezīmes</translation>
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
        <translation>turpināt</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Skolotāja uzdotie uzdevumi</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Turpināt, kur apstājos:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Vēl nesāktie moduļi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arhivētās</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>piezīmes</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Pārrunājiet: ko gribēja katra loma, ko izvēlējās grupa un ko tas nozīmēja cilvēkiem stāstos?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Saglabāt kopsavilkumu kā &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Saglabāt sesijas kopsavilkumu HTML formātā</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Saglabāt kopsavilkumu kā P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Saglabāt sesijas kopsavilkumu PDF formātā</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Jauna spēle</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Sagatavot jaunu spēli</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Izvērtēšana</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Saglabāt sesijas kopsavilkumu</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Tīmekļa lapa (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF dokuments (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Neizdevās saglabāt {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saglabāts: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Kārtis uz galda un balsojumi</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Slēgt balsojumu un skatīt sekas</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Slēgt balsojumu</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Balsojums par {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>tiek pieņemta</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>netiek pieņemta</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Pieņemtās kārtis maksā {b} no {B} budžeta un {k} no {K} kapitāla.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Visas neietilpst: vispirms pieņem kārtis ar visvairāk balsīm “par”.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Vieta, kas liek kārtis uz galda</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Nolieciet uz galda kārtis, par kurām gribat balsot; pēc tam seko balsojums.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Šīs kārtas politikas kārtis</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Atvērt balsojumu</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Atvērt balsojumu</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Uz galda (nolika {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Noņemt no galda</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Izslēgta: grupa jau pieņēma “{title}”.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Nolikt uz galda</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Uz galda: kārtis: {n}, izmaksas {b} budžeta un {k} kapitāla. Pieejams: {B} budžeta, {K} kapitāla.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Visu, kas ir uz galda, nevar apmaksāt.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Gads</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Tendence</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Saglabāt kā &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Saglabāt diagrammu kā PNG attēlu</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Saglabāt kā CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Saglabāt datus CSV failā</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Uz 100 000 i&amp;edzīvotājiem</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Rādīt vērtības uz 100 000 iedzīvotājiem</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Kartes gads</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Rādītājs:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Valsts:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Gads:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Gatavo diagrammu…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Diagrammā rādīto vērtību tabula</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Statistiku neizdevās nolasīt: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramma</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Neizdevās ielādēt lietotnei vajadzīgu failu:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Diagrammu dzini (plotly.js) neizdevās ielādēt, tāpēc diagrammas nevar uzzīmēt.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Avots: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nav datu</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provizoriski)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} uz 100 000 iedzīvotājiem</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Apzīmējums</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Avots: {publisher}, datu kopa {dataset}. Apzīmējums p = provizorisks.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Saglabāt datus</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV fails (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Saglabāt diagrammu</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG attēls (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Vadītāja panelis</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Kārtas taimeris</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Apturēt kārtas taimeri</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Dot kārtai vēl divas minūtes</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Izlaist šo kārtu</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Izlaist šo kārtu</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>Šajā kārtā nekas netiek pieņemts; stāsti tomēr turpinās.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Spēlētāji un slepenās kārtis</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Slepenās prioritātes uz kopīgā ekrāna paliek paslēptas. Spēlētājs tur nospiestu savu pogu (vai izvēlas to un tur nospiestu atstarpes taustiņu), lai izlasītu savu kārti.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Vadītāja piezīmes</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Jautājumi, pie kuriem atgriezties izvērtēšanā…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Kārtas taimeris: atlicis {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Laiks beidzies: noslēdziet un izlemiet.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Darbojas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Apturēts</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Turpināt</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Turpināt kārtas taimeri</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (dators)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Turēt: slepeni</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Turiet nospiestu, lai redzētu {name} slepeno kārti</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Slepenā kārts: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Valsts:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Profila valsts</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Valsts profils un galvenie skaitļi</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Valsts profila diagrammas</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Valsts profils</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Šai valstij nav datu.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Avots: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nav datu</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provizoriski)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Patvēruma pieteikumi</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Lēmumi par patvēruma pieteikumiem</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Pirmās uzturēšanās atļaujas pēc iemesla</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Rīkojumi izceļot un atgriešana</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Cilvēki, kas bēga no kara Ukrainā</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Iedzīvotāji no ārvalstīm</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Eiropas Savienība (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>ES dalībvalsts</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>EMN novērotājvalsts</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>lemj par patvēruma pieteikumiem</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>migrācijas politika</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>pieteikuma iesniedzēju uzņemšana</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integrācija</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>EMN nacionālais kontaktpunkts</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Šai valstij vēl nav teksta profila.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Galvenie skaitļi</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Kompetentās iestādes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Avoti</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Nodarbības</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Skolotāja atsauksme</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Izglītojamā atsauksme</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Jūsu atbildes tiek saglabātas šajā datorā kopā ar jūsu progresu. Nekas netiek sūtīts internetā; jūsu skolotājs vai EMN komanda var tās savākt kopā ar rezultātiem.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Jūsu atbildes tiek saglabātas šajā datorā. Tās palīdz uzlabot materiālus nākamajām nodarbībām.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Vērtējums {n} no 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Cik labi materiāls atbilda jūsu nodarbībai? (1 = nemaz, 5 = ļoti labi)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Dalībnieku skaits</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Dalībnieku &amp;skaits:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Kas izdevās &amp;labi?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Kas būtu &amp;jāmaina?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Vai datoros kaut kas &amp;nedarbojās?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Cik noderīgi tas jums bija? (1 = nemaz, 5 = ļoti)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Ko bija &amp;grūti saprast?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Par ko jūs gribētu uzzināt &amp;vairāk?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Vēl kaut &amp;kas?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Lūdzu, sniedziet vērtējumu vai uzrakstiet kaut ko.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>melnraksts: terminologs vēl nav pārbaudījis</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Migrācijas pamati</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Legālā migrācija</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Starptautiskā aizsardzība</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Nepilngadīgie un neaizsargātas grupas</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integrācija</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Pilsonība un bezvalstniecība</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Robežas, vīzas un Šengena</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Nelikumīga migrācija un migrantu nelikumīga pārvietošana</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Cilvēku tirdzniecība</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Atgriešana un atpakaļuzņemšana</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migrācija un attīstība</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ukraina un pagaidu aizsardzība</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Iestādes</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>13 valodās</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Ar “melnraksts” atzīmētos atbilsmes terminologs vēl nav pārbaudījis.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Plašāki termini</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Šaurāki termini</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Saistītie termini</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Izmantots šajās nodarbībās</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Saukts arī</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Avoti</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Meklē nodarbības…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Neviena nodarbība vēl neizmanto šo terminu.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>pārbaudīts</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>melnraksts</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Jauna viktorīna</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Sākt jaunu glosārija viktorīnu</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Pārbaudīt atbildi</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Pārbaudīt atbildi</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Nā&amp;kamais jautājums</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nākamais jautājums</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Atgriezeniskā saite un skaidrojums</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Jautājums {n} no {total} · punkti {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Terminam “{a}” termins “{b}” ir…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Kurš termins atbilst šai definīcijai?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Šos terminus viegli sajaukt. Kurš atbilst šai definīcijai?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>plašāks termins (vispārīgāks)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>šaurāks termins (konkrētāks)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>saistīts termins</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Viktorīna beigusies: {score} no {total} pareizi. Sāciet jaunu viktorīnu, lai saņemtu jaunus jautājumus.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>Glosārijā nav pietiekami daudz šķirkļu viktorīnai.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Pareizi.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Ne gluži.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>plašāks termins</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>šaurāks termins</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>Glosārijā {b} ir {kind} terminam {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Šī ir termina {term} definīcija:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Jūs izvēlējāties {term}, kas nozīmē ko citu:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Vispirms izvēlieties atbildi.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Glosārijs</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Glosārija skati</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Ierakstiet terminu jebkurā valodā</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Meklēt glosārijā</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tēma:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Rādīt vienas tēmas terminus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Visi termini</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Termini, kas sākas ar {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Termina skati</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Glosārija šķirklis</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Saistību karte</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>Šķi&amp;rklis</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Saistību &amp;karte</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Pārlūkot</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Viktorīna</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Visas tēmas</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Dažus glosārija šķirkļus neizdevās nolasīt:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n termins</numerusform>
            <numerusform>%n termini</numerusform>
            <numerusform>%n terminu</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>definīcijā</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>vai domājāt šo? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Augšā: plašāki termini · apakšā: šaurāki termini · sānos: saistītie termini</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Noklikšķiniet uz termina (vai pārejiet uz to ar Tab un nospiediet Enter), lai novietotu to centrā.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Šim terminam vēl nav plašāku, šaurāku vai saistītu terminu.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Laipni lūdzam Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Uzziniet, kā Eiropā darbojas migrācijas un integrācijas politika: kas lemj ES, valsts un pilsētas līmenī, ko saka tiesību akti un ko rāda reālie skaitļi. Šeit viss darbojas bez interneta savienojuma.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Turpināt, kur apstājos</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Mācīties</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Moduļi un nodarbības ar viktorīnām un scenārijiem</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spēlēt</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Lomu spēle grupai pie viena ekrāna</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosārijs</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Galvenie termini vienkāršos vārdos</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Valstis</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Diagrammas un karte ar reālu statistiku</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Skaitlis diskusijai</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>{year}. gadā {value} cilvēki no valstīm ārpus ES pirmo reizi pieprasīja patvērumu ES.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>{year}. gadā to bija {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Avots: {publisher}, datu kopa {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Iedzīvotāju skaits 1. janvārī (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Iedzīvotāju skaits (Pasaules Banka)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Valstī dzīvojošie ārpussavienības valstu pilsoņi</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Ārpussavienības valstu pilsoņi, daļa no iedzīvotājiem</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Ārvalstīs dzimušo daļa iedzīvotāju vidū</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Pirmreizējie patvēruma meklētāji</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Patvēruma meklētāji ar turpmāku pieteikumu</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Pirmreizējie patvēruma meklētāji uz 100 000 iedzīvotājiem</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Patvēruma pieteikumi (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Lēmumi: piešķirts bēgļa statuss (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Lēmumi: papildu aizsardzība (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Lēmumi: noraidīti (UNHCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Atzīšanas rādītājs (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Uzņemtie bēgļi (UNHCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Uzņemtie patvēruma meklētāji (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Uzņemtie bēgļi no Ukrainas (UNHCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Pirmās uzturēšanās atļaujas, visi iemesli</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Pirmās uzturēšanās atļaujas ģimenes iemeslu dēļ</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Pirmās uzturēšanās atļaujas izglītībai</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Pirmās uzturēšanās atļaujas darbam</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Pirmās uzturēšanās atļaujas citu iemeslu dēļ</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Ārpussavienības valstu pilsoņi, kam likts izceļot</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Ārpussavienības valstu pilsoņi, kas atgriezti pēc rīkojuma izceļot</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ukraiņi ar pagaidu aizsardzību</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procenti</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>uz 100 000 iedzīvotājiem</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Mācīties</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Moduļi un nodarbības</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Izvēlieties nodarbību kreisajā pusē.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Iepriekšējā</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Iepriekšējā sadaļa</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Nākamā ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Nākamā sadaļa</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Grāmatzīme</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Pievienot grāmatzīmi šai sadaļai</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ &amp;Piezīme</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Uzrakstīt piezīmi par šo sadaļu</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Otrā &amp;valoda:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Otrā valoda glosārija terminiem (divvalodu lasīšana)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Glosārija panelis</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Šajā nodarbībā ir kļūdas, un to nevar parādīt.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minūte</numerusform>
            <numerusform>%n minūte</numerusform>
            <numerusform>%n minūšu</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Nodarbības netika atrastas.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Nodarbības lapa</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: šo nodarbību nevar parādīt</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Satura pārbaudītājs atrada šīs problēmas:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, pabeigta</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, sākta</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Atzīmēts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Jūsu piezīme par šo sadaļu:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Piezīme saglabāta sadaļā “Mans progress”.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Sadaļa {n} no {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Avoti</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Atvērt pilnu šķirkli glosārijā</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(melnraksts)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>atbilsmes vēl nav</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Viktorīna</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Jautājums {n} no {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Pārbaudīt atbildi</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Pareizi</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Ne gluži</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Rādīt skaidrojumu</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Izvēlieties vienu atbildi.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Izvēlieties visas atbilstošās atbildes.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Patiesi</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepatiesi</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Sakārtojiet vienumus pareizā secībā ar pogām “Uz augšu” un “Uz leju”.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Uz augšu</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Uz leju</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Katram vienumam izvēlieties atbilstošo atbildi.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jūsu atbilde</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Jūsu līdzšinējās izvēles</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Scenārija beigas</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Sākt no jauna</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Pārdomas</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Saglabāt piezīmi</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Saglabāts jūsu piezīmēs</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Šai diagrammai datu vēl nav.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Atvērt valsts profilu</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Glosārija termins</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Atvērt glosārijā</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Šī termina glosārijā nav.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Avoti</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Laika ass</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>Pāros</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>Mazās grupās</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Visa klase</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Piezīme vadītājam</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Šo aktivitāti neizdevās ielādēt. Satura pārbaudītājs paskaidro, kāpēc.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Šī lapa neeksistē.</translation>
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
        <translation>Sadaļas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Eksportēt diagrammu kā PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Importēt Eurostat datni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Tuvināt</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Tālināt</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Faktiskais izmērs</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>&amp;Projektora režīms (liels teksts)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Tē&amp;ma</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Gaišs</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumšs</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Augsts kontrasts</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>&amp;Vadītāja režīms (rādīt vadītāja piezīmes)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pilnekrā&amp;na režīms</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastatūras īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>P&amp;ar Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Importēt Eurostat datu datni</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Eurostat datnes (*.tsv *.csv *.txt);;Visas datnes (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Imports noraidīts</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Datne netika importēta, nekas netika mainīts:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} vērtības, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Importēts no {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Bezsaiste: bloķēts %n ārējs pieprasījums</numerusform>
            <numerusform>Bezsaiste: bloķēti %n ārēji pieprasījumi</numerusform>
            <numerusform>Bezsaiste: bloķēti %n ārēju pieprasījumu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Jauns skolotāja profils</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Jauns izglītojamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Avatāra krāsa {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Avatāra krāsa:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN atkārtoti</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (vismaz {n} rakstzīmes):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;atkārtoti:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Izveidot</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Abi PIN nesakrīt.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Piezīmes teksts</translation>
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
        <translation>Skolotāja PIN</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Ziņojums par PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Nepareizs PIN. Lūdzu, mēģiniet vēlreiz.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Nepareizs PIN. Pārāk daudz kļūdainu mēģinājumu: varēsiet mēģināt vēlreiz pēc %n sekundes.</numerusform>
            <numerusform>Nepareizs PIN. Pārāk daudz kļūdainu mēģinājumu: varēsiet mēģināt vēlreiz pēc %n sekundes.</numerusform>
            <numerusform>Nepareizs PIN. Pārāk daudz kļūdainu mēģinājumu: varēsiet mēģināt vēlreiz pēc %n sekundēm.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Varat vēlreiz ievadīt savu PIN.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Vēl nav pieejams</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>nav datu</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Spēles rādītāji pēc katras kārtas (0–100, sākums 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkti</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spēles rādītāji</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>{n}. kārta</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Kas mainījās {n}. kārtā</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Izmaiņas {n}. kārtā</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Aizsardzības standarti</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Iekļaušanās darba tirgū</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Sociālā kohēzija</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Sabiedrības atbalsts</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Administratīvā spēja</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Valsts finanses</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>ES līmenis</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Valsts līmenis</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Pilsētas līmenis</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Sagatavošana</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Ievads</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Sekas</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Izvērtēšana</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsenss</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Balsojums ar balsu vairākumu</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Lemj vadošā loma</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Kārti pieņem, ja ir vismaz viena balss “par” un neviena “pret”.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Kārti pieņem, ja balsu “par” ir vairāk nekā “pret”.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Lemj kārtas vadošā loma; pārējās balsis ir padoms. ES kārta: komisārs; valsts kārta: iekšlietu ministrs; pilsētas kārta: mērs.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Grupa: katra vieta ir cits cilvēks</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Solo: viena loma pret ieprogrammētiem spēlētājiem</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Visas vietas: viens cilvēks spēlē visas lomas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Pret</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Atturas</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>balsojumā netika pieņemta</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>nepietiek atlikušā budžeta</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>nepietiek atlikušā politiskā kapitāla</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>izslēgta ar jau pieņemtu kārti</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>kārta tika izlaista</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Uzkrājums: administratīvā spēja ir zem 40, tāpēc lietas krājas (aizsardzība −2, sabiedrības atbalsts −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Spriedze: sociālā kohēzija ir zem 40, tāpēc sabiedrības atbalsts samazinās par 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Balstās uz spēkā esošajiem ES tiesību aktiem</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Valsts vai vietēja izvēle ES tiesību ietvaros</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Būtu vajadzīgs jauns vai grozīts likums</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>starptautiskās aizsardzības meklētājs</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>nepavadīts nepilngadīgais</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>darba migrants</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>ģimenes atkalapvienošanās</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>ar pagaidu aizsardzību</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>nelikumīgā uzturēšanās</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>uzņēmējsabiedrības balss</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>politikas veidotājs</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>ieinteresētā puse</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Šis solis šajā kārtas brīdī nav iespējams.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Šī kārts jau ir uz galda.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Jau pieņemta kārts izslēdz šo kārti.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Šī kārts nav uz galda.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Šī kārts nepieder šai kārtai.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Pie galda tādas vietas nav.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Šo vietu spēlē dators.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Spēle ir beigusies.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Vietu ir vairāk nekā lomu.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Divām vietām ir viena un tā pati loma.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Solo spēlei vajadzīgs tieši viens spēlētājs.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Šī saglabātā spēle tika spēlēta ar citu spēles saturu, un to nevar turpināt.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Saglabātās spēles fails ir bojāts.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Saglabāto spēli ierakstīja cita lietotnes versija.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Darbība tika noraidīta ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Rādītāju diagrammas</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spēles rādītāji</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nav datu</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Ielādē lomu spēli…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Spēlēt: lomu spēle Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spēlēt</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Spēles saturā ir kļūdas</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Kārtas soļi</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>Vadītāja &amp;panelis</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Rādīt vai paslēpt vadītāja paneli</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Vai dzēst šo saglabāto spēli? To nevar atsaukt.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Kārtu var izlaist, pirms tās balsojums ir slēgts.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Vai izlaist šo kārtu? Nekas netiek pieņemts; stāsti tomēr turpinās.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Saliktā dalībvalsts (ES27 dati)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Izvērtēšana — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Spēle ir beigusies: slepenās prioritātes tiek atklātas.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Kārta {n} no {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Solis: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Budžets: {b} · Politiskais kapitāls: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Atlikušais laiks: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(apturēts)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Kārtas taimeris: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>saliktā dalībvalsts (ES27 dati)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — sesijas kopsavilkums</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Jūsu valsts</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Saliktā (ES27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} beidzas ar {value} vai vairāk</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} beidzas ar {value} vai mazāk</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} pieaug vismaz par {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>pieņemtas vismaz {count} no: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>nav pieņemta neviena no: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spēles rādītāji</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nav datu</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>ES27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Augstākais</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Zemākais</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Gads, datu kopa</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Vietas:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Spēle vēl nav beigusies: līdz šim nospēlētās kārtas.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Spēles rādītāji pēc katras kārtas</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Slepenās prioritātes atklātas</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Punkti ir tikai iegansts sarunai: svarīgi ir tas, kāpēc katra loma gribēja to, ko gribēja.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Jaunākās ziņas:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kārts</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Ko darīja reālas valstis</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Reāli skaitļi no lietotnes statistikas (pēdējais gads ar ES datiem); salīdziniet tos ar jūsu grupas izvēlēm.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Visi spēles termini</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Noslēgumā</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Vadītāja piezīmes</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Kārta tika izlaista.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Pieņemta</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Nav pieņemta</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Balsis</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Stāsti</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Jautājumi izvērtēšanai</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Pieminētie termini:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Nodarbības, kas izskaidro izvēles:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Spēlēts: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Valsts: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Lēmuma noteikums: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Režīms: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>{n}. kārta: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Vada: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Avots:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} no {max} punktiem</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Kāpēc:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Nodarbības, kas to izskaidro:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>maksā {b} budžeta, {k} kapitāla</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Izmaksas: {budget} budžeta, {capital} politiskā kapitāla</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Juridiskais pamats: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Ietekme: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Saskarnes valoda</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Saskarnes &amp;valoda:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sekot sistēmai</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Gaišs</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumšs</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Augsts kontrasts</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tēma</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tēma:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Teksta lielums procentos</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Teksta &amp;lielums:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Jauna saskarnes valoda stājas spēkā pēc lietotnes restartēšanas.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Nepieciešama restartēšana</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>Jaunā saskarnes valoda ir saglabāta. Tā stāsies spēkā, kad lietotne tiks palaista no jauna.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Restartēt tagad</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Vēlāk</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Mainīt izglītojamo</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Kas tagad izmanto Destination Europe?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Izglītojamo profili</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Mainīt</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Pārslēgties uz šo profilu</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (skolotājs, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Vispārēja piezīme</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>pirmais mēģinājums</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>labākais mēģinājums</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>pēdējais mēģinājums</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Arhivētās nodarbības</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arhivēta)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Piezīmju vēl nav.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Manas piezīmes</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Pēdējās izmaiņas</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Katrs jautājums tiek skaitīts vienreiz katram izglītojamajam, pēc</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Izglītojamie un moduļi</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Izglītojamais</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulis</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Pabeigtās nodarbības</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Atbildētie jautājumi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minūtes</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Jautājumi, grūtākie vispirms</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Neviens vēl nav atbildējis uz jautājumu.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Nodarbība</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Izglītojamie</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Pareizi</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Mēģinājumi katram izglītojamajam</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Netika atrasta neviena nebojāta rezerves kopija, tāpēc progress sākas no jauna.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Progresa datubāze bija bojāta vai nebija nolasāma. Tā tika nolikta malā kā {file} (tā netiek dzēsta).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Jūsu progress tika atjaunots no rezerves kopijas {file}. Tas, kas darīts pēc šīs kopijas, var trūkt.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Progresa datubāze tika atjaunināta šai lietotnes versijai ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Automātisko rezerves kopiju neizdevās ierakstīt: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>lietotnes palaišanas brīdī</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automātiski, lietošanas laikā</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>izveidota manuāli</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>pirms atjaunināšanas</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>pirms atjaunošanas</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Lūdzu, ierakstiet vārdu.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Vārds ir pārāk garš (ne vairāk kā 80 rakstzīmes).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Lūdzu, izvēlieties krāsu.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>PIN jābūt no {lo} līdz {hi} rakstzīmēm.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Šī profila vairs nav.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Tas nav skolotāja profils.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Mans progress</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Jūsu progresu nevar parādīt: progresa datubāzi neizdevās atvērt ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Mans progress un skolotāja skats</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Mans &amp;pārskats</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>&amp;Skolotāja skats</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Izglītojamais</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>&amp;Mainīt izglītojamo…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Jauns izglītojamais…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Jauns &amp;skolotāja profils…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Izveidot &amp;klasi no vārdu saraksta…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Eksportēt manu progresa &amp;pasi…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Importēt progresa pasi…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Klases pa&amp;ketes</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Eksportēt &amp;uzdevumu… (skolotājs)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>I&amp;mportēt uzdevumu…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Eksportēt manus &amp;rezultātus…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Importēt r&amp;ezultātus… (skolotājs)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Eksportēt klases pārskatu kā CS&amp;V… (skolotājs)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Eksportēt klases pārskatu kā P&amp;DF… (skolotājs)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Pārbaudīt datubāzi</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Atjaunot no rezerves kopijas…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Sūtīt &amp;atsauksmi…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Jūsu progresu nevar saglabāt: progresa datubāzi neizdevās atvērt. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Jūsu progress</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Klase izveidota</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n izglītojamā profils gatavs: </numerusform>
            <numerusform>%n izglītojamo profili gatavi: </numerusform>
            <numerusform>%n izglītojamo profilu gatavi: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Pašreizējais izglītojamais: {name}. Mainīt izglītojamo</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Mainīt izglītojamo (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Eksportēt visu šī datora izglītojamo rezultātus…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Fails noraidīts</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Šis fails tika noraidīts, un nekas netika mainīts:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} jauni no {total} ierakstiem, {learners} jauni izglītojamie</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, jauns uzdevums</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Eksportēt manu progresa pasi</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Pase saglabāta</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Jūsu progress ir failā {file}. Otrā datorā izvēlieties Fails ▸ Importēt progresa pasi…, lai turpinātu tur.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Importēt progresa pasi</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Laipni lūdzam atpakaļ, {name}: jūsu progress ir šeit.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Pase tika apvienota.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Pase importēta</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Eksportēt uzdevumu paketi</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Uzdevums saglabāts</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: nokopējiet to USB zibatmiņā; katrā izglītojamā datorā izvēlieties Fails ▸ Klases paketes ▸ Importēt uzdevumu…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Noraidīti (no šiem failiem nekas netika mainīts):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Importēt uzdevumu</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Eksportēt rezultātus</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Rezultāti saglabāti</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: iedodiet to savam skolotājam (piemēram, USB zibatmiņā).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importēt rezultātus</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>Progresa datubāze ir kārtībā (SQLite integritātes pārbaude: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n rezerves kopija tiek glabāta mapē {folder}.</numerusform>
            <numerusform>%n rezerves kopijas tiek glabātas mapē {folder}.</numerusform>
            <numerusform>%n rezerves kopiju tiek glabātas mapē {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Pārbaudīt datubāzi</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Integritātes pārbaude atrada problēmas:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Izmantojiet Palīdzība ▸ Atjaunot no rezerves kopijas…, lai atgrieztos pie nebojātas kopijas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Paldies: jūsu atsauksme ir saglabāta.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Atjaunot progresu no rezerves kopijas</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Izvēlieties rezerves kopiju, pie kuras atgriezties. Pašreizējais progress vispirms tiek saglabāts, tāpēc atjaunošanu var atsaukt.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Rezerves kopijas, jaunākās vispirms</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Rezerves kopiju vēl nav.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Izvēlēties &amp;citu failu…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Izvēlēties citu rezerves kopijas failu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Atjaunot</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Izvēlēties rezerves kopiju</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Progresa datubāzes (*.sqlite3);;Visi faili (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Eiropas Savienība (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Izglītojamais</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Jauna spēle</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Trīs kārtas (ES, valsts, pilsēta). Katrs spēlētājs uzņemas lomu ar publiskām interesēm un slepenu prioritāti; kopā jūs pieņemat politikas kārtis un tad redzat, ko jūsu izvēles nozīmē sešiem cilvēkiem un uzņēmējsabiedrībai.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Spēles režīms</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Režīms:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Spēlētāju skaits</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Spēlētāji:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Vietas pie galda</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>Vie&amp;tas pie galda:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Valsts, ko spēlē grupa</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Saliktā dalībvalsts (ES27 dati)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Valsts:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Lēmuma noteikums</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>&amp;Lēmuma noteikums:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minūtes vienai kārtai</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minūtes vienai &amp;kārtai:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Spēlētāji un lomas</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Spēlētājs {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Spēlētāja {n} vārds</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Spēlētāja {n} loma</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Piešķirt lomu</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Sagatavošanas problēma</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Sākt spēli</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Turpināt spēli</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Katrs solis tiek saglabāts spēles laikā. Izvēlieties spēli, lai turpinātu no vietas, kur tā apstājās; pabeigtas spēles atveras pie izvērtēšanas.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Saglabātās spēles</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Turpināt spēli</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>&amp;Dzēst saglabāto spēli</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Jūs spēlējat vienu lomu; dators spēlē pārējās vietas un aizstāv to, ko grib to lomas.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Jūs pēc kārtas spēlējat katru vietu kā politikas veidotājs, kas uzklausa visas puses.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Spēle vislabāk darbojas ar 4 līdz 6 spēlētājiem, katram sava loma.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Atstājiet lomu uz “Piešķirt lomu”, lai to piešķirtu: vispirms tiek piešķirtas trīs kārtu vadošās lomas (komisārs, iekšlietu ministrs, mērs).</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Diviem spēlētājiem ir viena un tā pati loma: izvēlieties citu.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>saliktā dalībvalsts</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>pabeigta</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>{n}. kārta, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Saglabātu spēļu vēl nav.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Pāriet uz sadaļu (Sākums, Mācīties, Spēlēt, Glosārijs, Valstis, Mans progress)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Palielināt vai samazināt tekstu</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Teksts parastā lielumā</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Projektora režīms: liels teksts</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Vadītāja režīms: rādīt vadītāja piezīmes</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pilnekrāna režīms</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Saglabāt pašreizējo diagrammu kā PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Pārvietoties starp vadīklām</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Šis saraksts</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastatūras īsinājumtaustiņi</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Ievadiet savu PIN, lai atvērtu skolotāja skatu.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Atvērt skolotāja skatu</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Atvērt skolotāja skatu</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Katram &amp;jautājumam skaitās:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Kurš mēģinājums skaitās</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>pirmais mēģinājums</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>labākais mēģinājums (pareizi vismaz vienreiz)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>pēdējais mēģinājums</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportēt &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Eksportēt klases pārskatu CSV formātā</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportēt &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Eksportēt klases pārskatu PDF formātā</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Atsva&amp;idzināt</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Atsvaidzināt pārskatus</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Katra šūna: pabeigtās nodarbības / moduļa nodarbības · to atbildēto jautājumu daļa, kas skaitās pareizi. Norādiet uz šūnu, lai redzētu detaļas; veiciet dubultklikšķi uz izglītojamā, lai atvērtu pārskatu.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Klases pārskats</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Klases &amp;pārskats</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Izglītojamais:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Pārskata izglītojamais</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Rādīt &amp;nesāktās nodarbības</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Rādīt nesāktās nodarbības</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulis</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Nodarbība</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Sasniegtās sadaļas</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Pareizie jautājumi</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Mēģinājumi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minūtes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Pēdējā aktivitāte</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Izglītojamā pārskats</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Pa &amp;izglītojamajiem</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Izglītojamie</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Pareizi</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% pareizi</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Mēģinājumi katram izglītojamajam</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Jautājumi, grūtākie vispirms</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Grūtie &amp;jautājumi</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, ievadiet savu PIN, lai atvērtu skolotāja skatu.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>Skolotāja skats ir paredzēts skolotāju profiliem. Pārslēdzieties uz savu skolotāja profilu ar Fails ▸ Mainīt izglītojamo… vai izveidojiet to ar Fails ▸ Jauns skolotāja profils…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n izglītojamais šajā datorā</numerusform>
            <numerusform>%n izglītojamie šajā datorā</numerusform>
            <numerusform>%n izglītojamo šajā datorā</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n jautājums, uz kuru kāds atbildējis</numerusform>
            <numerusform>%n jautājumi, uz kuriem kāds atbildējis</numerusform>
            <numerusform>%n jautājumu, uz kuriem kāds atbildējis</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Izglītojamais</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>Sāktas {started}, pabeigtas {done}; {right} no {answered} jautājumiem pareizi; {minutes} min; pēdējā aktivitāte {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhivēta</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>pabeigta</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>procesā</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nav sākta</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arhivēta)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Klases pārskats</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>klases-parskats</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Eksportēt klases pārskatu</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Saglabāts {a} un {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Saglabāts {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — lemj</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} par {card}</translation>
    </message>
</context>
</TS>
