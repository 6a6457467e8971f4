<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Bendroji pastaba</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archyvuota)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Pastabų dar nėra.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>pirmasis bandymas</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>geriausias bandymas</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>paskutinis bandymas</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Archyvuotos pamokos</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Pažangos duomenų bazė buvo sugadinta arba jos nepavyko perskaityti. Ji atidėta kaip {file} (ji nešalinama).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Jūsų pažanga atkurta iš atsarginės kopijos {file}. Gali trūkti to, kas padaryta po šios kopijos.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Nerasta nė vienos nepažeistos atsarginės kopijos, todėl pažanga pradedama iš naujo.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Pažangos duomenų bazė atnaujinta šiai programos versijai ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Nepavyko įrašyti automatinės atsarginės kopijos: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>paleidžiant programą</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatinė, naudojimo metu</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>sukurta rankiniu būdu</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prieš atnaujinimą</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prieš atkūrimą</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Neprisijungus veikianti mokymosi programa apie migraciją ir integraciją Europoje, sukurta Europos migracijos tinklo (EMT) mokymo priemonių rinkiniui. Visi tekstai parašyti šiai programai; skaičiai paimti iš toliau nurodytų viešų duomenų rinkinių.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Žemėlapiuose pateiktos sienos ir pavadinimai nereiškia, kad Jungtinės Tautos ar Europos Sąjunga juos oficialiai patvirtina ar pripažįsta.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Apie Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Duomenų šaltiniai</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Programinė įranga ir žemėlapių duomenys</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Nepavyko perskaityti statistikos:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencija</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Eksportuoti užduoties paketą</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Užduoties pavadinimas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Terminas:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Užduotis turi terminą</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Pažymėkite visus modulius arba atskiras pamokas:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Užduoties moduliai ir pamokos</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Įtraukti klasės sąrašą (%n besimokantysis), kad besimokančiųjų kompiuteriai turėtų tuos pačius profilius</numerusform>
            <numerusform>Įtraukti klasės sąrašą (%n besimokantieji), kad besimokančiųjų kompiuteriai turėtų tuos pačius profilius</numerusform>
            <numerusform>Įtraukti klasės sąrašą (%n besimokančiųjų), kad besimokančiųjų kompiuteriai turėtų tuos pačius profilius</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Suteikite užduočiai pavadinimą.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Pažymėkite bent vieną modulį arba pamoką.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Rato įžanga</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Pradėti &amp;diskusiją</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Pradėti diskusiją</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Sudėtinė valstybė narė: ES27 duomenys (tik rodikliai)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rodiklis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Reikšmė</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Metai</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Paskutiniai metai, kurių duomenų turi kiekvienas rodiklis. Tai tikri skaičiai; žaidimo rodikliai (0–100) yra modeliavimas.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Jūs žaidžiate sudėtine valstybe nare: skaičiai yra visos ES (ES27), o rodomi tik santykiniai rodikliai, nes bendri skaičiai netiktų vienai šaliai.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Skubi žinia</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Padėtis</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Tikri duomenys: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Kaip sprendžia grupė</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Šiam ratui pirmininkauja: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Biudžetas: {budget} · Politinis kapitalas: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Viešos vaidmenų kortos</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Nepavyko perskaityti statistikos: nėra duomenų.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Atverti šalies profilį: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Interesai:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Apribojimai:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>nėra duomenų</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(preliminarus)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Šaltinis: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Sukurti klasę iš vardų sąrašo</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Įklijuokite savo besimokančiųjų vardus, po vieną eilutėje (vardus skiria ir kableliai bei kabliataškiai). Vardas, kuris šiame kompiuteryje jau turi profilį, antrą kartą nekuriamas.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Besimokančiųjų vardai</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Sukurti profilius</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n vardas</numerusform>
            <numerusform>%n vardai</numerusform>
            <numerusform>%n vardų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Rodiklis:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Lyginamas rodiklis</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Pažymėkite nuo 2 iki 5 šalių.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Įrašyti kaip &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Įrašyti palyginimo diagramą kaip PNG paveikslą</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Įrašyti kaip CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Įrašyti palyginimo duomenis į CSV failą</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Lyginamos šalys</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Lyginamų reikšmių lentelė</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Lentelė</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Palyginimo diagrama</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Palyginimas</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Šioms šalims duomenų nėra.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Ne daugiau kaip 5 šalys vienu metu.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Šaltinis: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nėra duomenų</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(preliminarus)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Šaltinis: {publisher}, duomenų rinkinys {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Metai</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Įrašyti duomenis</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV failas (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Įrašyti diagramą</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG paveikslas (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Šio rato sprendimai ir istorijos</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Kitas ratas</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Kitas ratas</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Eiti į &amp;aptarimą</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Eiti į aptarimą</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Liko biudžeto: {b} · Liko politinio kapitalo: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Ką nusprendė grupė</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Ką tai reiškia žmonėms</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Šaltinis: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Ratas praleistas: nieko nepriimta.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Kodėl:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Sąvokos:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Pamokos:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Priimta:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Nepriimta nė viena korta.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Nepriimta:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Šalių rodiniai</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Žemėlapis ir tendencijos</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>Šalies &amp;profilis</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Palyginti</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Mano pamokos, pastabos, žymės ir bandymai</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Mano pamokos</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Pamokos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Pastabos</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>Ž&amp;ymės</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Pamoka</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Klausimas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atsakymas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Bandymų istorija</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Bandymai</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mano pastabos</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Nauja pastaba…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaguoti…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Šalinti</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Eksportuoti mano pastabas:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Eksportuoti mano pastabas kaip Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Eksportuoti mano pastabas kaip PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Mano žymės</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atverti</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Atverti pažymėtą pamoką</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Pa&amp;šalinti</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Pašalinti žymę</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Šiame kompiuteryje pažangos įrašyti negalima: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Pradėta {started} iš {total} pamokų, baigta {done} · atsakyta į {answered} klausimų ({right} teisingai bent kartą) · iš viso bandymų: {attempts}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>baigta</translation>
    </message>
    <message>
        <source>started</source>
        <translation>pradėta</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nepradėta</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>pamokos</translation>
    </message>
    <message>
        <source>right</source>
        <translation>teisingai</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>neteisingai</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>atsakymai</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Pamokos pagal modulį</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Mano atsakymai per dieną</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Klausimai, į kuriuos dažniausiai atsakiau neteisingai</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>neteisingi atsakymai</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Žodyno terminai, kuriuos ieškojau</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>kartų ieškota</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Mano pažangos diagramos</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Mano pažanga</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Čia dar nieko nėra.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n pamoka</numerusform>
            <numerusform>%n pamokos</numerusform>
            <numerusform>%n pamokų</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Šių pamokų šios versijos turinyje nebėra; jūsų pažanga jose išsaugoma.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archyvuota</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>vyksta</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>Teisingai {right} iš {n} klausimų</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min.</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>atverti dar kartą</translation>
    </message>
    <message>
        <source>start</source>
        <translation>pradėti</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, terminas {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>Baigta {done} iš {n} pamokų</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Bendroji pastaba</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archyvuota)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nauja pastaba</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redaguoti pastabą</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Šalinti pastabą</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Šalinti pažymėtą pastabą?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Eksportuoti mano pastabas</translation>
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
        <translation>tęsti</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Mokytojo skirtos užduotys</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Tęsti nuo ten, kur baigiau:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Dar nepradėti moduliai</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archyvuotos</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>pastabos</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Aptarkite: ko norėjo kiekvienas vaidmuo, ką pasirinko grupė ir ką tai reiškė istorijų žmonėms?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Įrašyti santrauką kaip &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Įrašyti sesijos santrauką kaip HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Įrašyti santrauką kaip P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Įrašyti sesijos santrauką kaip PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Naujas žaidimas</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Parengti naują žaidimą</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Aptarimas</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Įrašyti sesijos santrauką</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Tinklalapis (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF dokumentas (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Nepavyko įrašyti {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Įrašyta: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Kortos ant stalo ir balsavimai</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Baigti balsavimą ir pamatyti pasekmes</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Baigti balsavimą</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Balsavimas dėl {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>priimama</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>nepriimama</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Priimtos kortos kainuoja {b} iš {B} biudžeto ir {k} iš {K} kapitalo.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Ne visos telpa: pirmiausia priimamos kortos, gavusios daugiausia balsų „už“.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Vieta, kuri deda kortas ant stalo</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Padėkite ant stalo kortas, dėl kurių norite balsuoti; po to bus balsavimas.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Šio rato politikos kortos</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Pradėti balsavimą</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Pradėti balsavimą</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Ant stalo (padėjo {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Nuimti nuo stalo</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Atmesta: grupė jau priėmė „{title}“.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Padėti ant stalo</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Ant stalo: kortų: {n}, kaina {b} biudžeto ir {k} kapitalo. Turima: {B} biudžeto, {K} kapitalo.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Ne viską, kas ant stalo, galima apmokėti.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Rodiklis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Metai</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Tendencija</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Ž&amp;emėlapis</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Įrašyti kaip &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Įrašyti diagramą kaip PNG paveikslą</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Įrašyti kaip CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Įrašyti duomenis į CSV failą</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>100 000 &amp;gyventojų</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Rodyti reikšmes 100 000 gyventojų</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Žemėlapio metai</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Rodiklis:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Ša&amp;lis:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Metai:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Ruošiama diagrama…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Diagramos reikšmių lentelė</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Nepavyko perskaityti statistikos: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Nepavyko įkelti programai reikalingo failo:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Nepavyko įkelti diagramų variklio (plotly.js), todėl diagramų nubraižyti negalima.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Šaltinis: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nėra duomenų</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(preliminarus)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} 100 000 gyventojų</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Žyma</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Šaltinis: {publisher}, duomenų rinkinys {dataset}. Žyma p = preliminarūs.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Įrašyti duomenis</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV failas (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Įrašyti diagramą</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG paveikslas (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Vedėjo skydelis</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Vedėjas</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Rato laikmatis</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzė</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Pristabdyti rato laikmatį</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n.</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Skirti ratui dar dvi minutes</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Praleisti šį ratą</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Praleisti šį ratą</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>Šiame rate nieko nepriimama; istorijos vis tiek tęsiasi.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Žaidėjai ir slaptos kortos</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Slapti prioritetai bendrame ekrane lieka paslėpti. Žaidėjas laiko nuspaudęs savo mygtuką (arba jį pasirenka ir laiko nuspaudęs tarpo klavišą), kad perskaitytų savo kortą.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Vedėjo pastabos</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Klausimai, prie kurių grįšime per aptarimą…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Rato laikmatis: liko {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Laikas baigėsi: apibendrinkite ir nuspręskite.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Vyksta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pristabdyta</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Tęsti</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Tęsti rato laikmatį</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (kompiuteris)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Laikykite: slapta</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Laikykite, kad pamatytumėte {name} slaptą kortą</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Slapta korta: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>Ša&amp;lis:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Profilio šalis</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Šalies profilis ir pagrindiniai skaičiai</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Šalies profilio diagramos</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Šalies profilis</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Šiai šaliai duomenų nėra.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Šaltinis: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nėra duomenų</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(preliminarus)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Prieglobsčio prašymai</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Sprendimai dėl prieglobsčio prašymų</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Pirmieji leidimai gyventi pagal priežastį</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Įpareigojimai išvykti ir grąžinimai</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Žmonės, pabėgę nuo karo Ukrainoje</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Gyventojai iš užsienio</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Europos Sąjunga (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>ES valstybė narė</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>EMT stebėtoja šalis</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>sprendžia dėl prieglobsčio prašymų</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>migracijos politika</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>prašytojų priėmimas</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integracija</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>EMT nacionalinis kontaktinis centras</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Šiai šaliai dar nėra tekstinio profilio.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Pagrindiniai skaičiai</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Kompetentingos institucijos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Šaltiniai</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pamokos</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Mokytojo atsiliepimas</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Besimokančiojo atsiliepimas</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Jūsų atsakymai įrašomi šiame kompiuteryje kartu su jūsų pažanga. Niekas nesiunčiama internetu; jūsų mokytojas arba EMT komanda gali juos surinkti kartu su rezultatais.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Jūsų atsakymai įrašomi šiame kompiuteryje. Jie padeda tobulinti medžiagą kitiems užsiėmimams.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Įvertinimas {n} iš 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Kiek medžiaga tiko jūsų užsiėmimui? (1 = visai netiko, 5 = labai gerai)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Dalyvių skaičius</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Dalyvių &amp;skaičius:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Kas pavyko &amp;gerai?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Ką reikėtų &amp;pakeisti?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Ar kas nors ne&amp;veikė kompiuteriuose?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Kiek tai jums buvo naudinga? (1 = visai ne, 5 = labai)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Ką buvo &amp;sunku suprasti?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Apie ką norėtumėte sužinoti &amp;daugiau?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Dar kas &amp;nors?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Įvertinkite arba ką nors parašykite.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>juodraštis: terminologas dar nepatikrino</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Migracijos pagrindai</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Legali migracija</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Tarptautinė apsauga</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Nepilnamečiai ir pažeidžiamos grupės</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integracija</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Pilietybė ir pilietybės neturėjimas</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Sienos, vizos ir Šengenas</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Neteisėta migracija ir neteisėtas migrantų gabenimas</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Prekyba žmonėmis</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Grąžinimas ir readmisija</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migracija ir vystymasis</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ukraina ir laikinoji apsauga</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institucijos</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>13 kalbų</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Atitikmenų, pažymėtų „juodraštis“, terminologas dar nepatikrino.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Platesnės sąvokos</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Siauresnės sąvokos</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Susijusios sąvokos</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Naudojama šiose pamokose</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Dar vadinama</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Šaltiniai</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Ieškoma pamokų…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Šios sąvokos dar nenaudoja nė viena pamoka.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>patikrinta</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>juodraštis</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Nauja viktorina</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Pradėti naują žodyno viktoriną</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Tikrinti atsakymą</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Tikrinti atsakymą</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Ki&amp;tas klausimas</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Kitas klausimas</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Grįžtamasis ryšys ir paaiškinimas</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Klausimas {n} iš {total} · taškai {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Sąvokos „{a}“ atžvilgiu sąvoka „{b}“ yra…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Kuri sąvoka atitinka šį apibrėžimą?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Šias sąvokas lengva supainioti. Kuri atitinka šį apibrėžimą?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>platesnė sąvoka (bendresnė)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>siauresnė sąvoka (konkretesnė)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>susijusi sąvoka</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Viktorina baigta: teisingai {score} iš {total}. Pradėkite naują viktoriną, kad gautumėte naujų klausimų.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>Žodyne nepakanka įrašų viktorinai.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Teisingai.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Ne visai.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>platesnė sąvoka</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>siauresnė sąvoka</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>Žodyne {b} yra {kind}, palyginti su {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Tai sąvokos {term} apibrėžimas:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Pasirinkote {term}, o tai reiškia ką kita:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Pirmiausia pasirinkite atsakymą.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Žodynas</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Žodyno rodiniai</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Ie&amp;škoti:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Įveskite sąvoką bet kuria kalba</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Ieškoti žodyne</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Rodyti vienos temos sąvokas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visos</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Visos sąvokos</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Sąvokos, prasidedančios raide {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Sąvokos</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Sąvokos rodiniai</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Žodyno įrašas</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Ryšių žemėlapis</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>Į&amp;rašas</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Ryšių ž&amp;emėlapis</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Naršyti</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Viktorina</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Visos temos</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Kai kurių žodyno įrašų nepavyko perskaityti:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n sąvoka</numerusform>
            <numerusform>%n sąvokos</numerusform>
            <numerusform>%n sąvokų</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>apibrėžime</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>ar turėjote omenyje tai? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Viršuje: platesnės sąvokos · apačioje: siauresnės sąvokos · šonuose: susijusios sąvokos</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Spustelėkite sąvoką (arba pereikite prie jos Tab klavišu ir paspauskite Enter), kad ji atsidurtų centre.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Ši sąvoka dar neturi platesnių, siauresnių ar susijusių sąvokų.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Sveiki atvykę į Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Sužinokite, kaip Europoje veikia migracijos ir integracijos politika: kas sprendžia ES, nacionaliniu ir miesto lygmeniu, ką sako teisė ir ką rodo tikri skaičiai. Viskas čia veikia be interneto ryšio.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Tęsti nuo ten, kur baigiau</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Mokytis</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Moduliai ir pamokos su viktorinomis ir scenarijais</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Žaisti</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Vaidmenų žaidimas grupei prie vieno ekrano</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Žodynas</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Pagrindinės sąvokos paprastais žodžiais</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Diagramos ir žemėlapis su tikra statistika</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Skaičius diskusijai</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>{year} m. {value} žmonių iš ne ES šalių pirmą kartą paprašė prieglobsčio ES.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>{year} m. jų buvo {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Šaltinis: {publisher}, duomenų rinkinys {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Gyventojų skaičius sausio 1 d. (Eurostatas)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Gyventojų skaičius (Pasaulio bankas)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Šalyje gyvenantys ne ES piliečiai</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Ne ES piliečiai, dalis gyventojų</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Užsienyje gimusių gyventojų dalis</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Pirmą kartą prieglobsčio prašantys asmenys</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Vėlesnius prieglobsčio prašymus pateikę asmenys</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Pirmą kartą prieglobsčio prašantys asmenys 100 000 gyventojų</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Prieglobsčio prašymai (JTVPK)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Sprendimai: suteiktas pabėgėlio statusas (JTVPK)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Sprendimai: papildoma apsauga (JTVPK)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Sprendimai: atmesta (JTVPK)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Pripažinimo rodiklis (JTVPK)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Priimti pabėgėliai (JTVPK)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Priimti prieglobsčio prašytojai (JTVPK)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Priimti pabėgėliai iš Ukrainos (JTVPK)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Pirmieji leidimai gyventi, visos priežastys</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Pirmieji leidimai gyventi dėl šeimos priežasčių</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Pirmieji leidimai gyventi studijoms</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Pirmieji leidimai gyventi darbui</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Pirmieji leidimai gyventi dėl kitų priežasčių</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Ne ES piliečiai, įpareigoti išvykti</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Ne ES piliečiai, grąžinti po įpareigojimo išvykti</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Laikinąją apsaugą turintys ukrainiečiai</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>asmenys</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procentai</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>100 000 gyventojų</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Mokytis</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Moduliai ir pamokos</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Pasirinkite pamoką kairėje.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Ankstesnis</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Ankstesnis skyrius</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Kitas ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Kitas skyrius</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ Ž&amp;ymė</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Pažymėti šį skyrių</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ &amp;Pastaba</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Parašyti pastabą apie šį skyrių</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Antroji &amp;kalba:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Antroji žodyno sąvokų kalba (dvikalbis skaitymas)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Žodyno skydelis</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Šioje pamokoje yra klaidų, todėl jos parodyti negalima.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutė</numerusform>
            <numerusform>%n minutės</numerusform>
            <numerusform>%n minučių</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Pamokų nerasta.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Pamokos puslapis</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: šios pamokos parodyti negalima</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Turinio tikrintuvas rado šias problemas:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, baigta</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, pradėta</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Pažymėta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Jūsų pastaba apie šį skyrių:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Pastaba įrašyta skyriuje „Mano pažanga“.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Skyrius {n} iš {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Šaltiniai</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Atverti visą įrašą žodyne</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(juodraštis)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>atitikmens dar nėra</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Viktorina</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Klausimas {n} iš {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Tikrinti atsakymą</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Teisingai</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Ne visai</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Rodyti paaiškinimą</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Pasirinkite vieną atsakymą.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Pasirinkite visus tinkamus atsakymus.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Tiesa</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Netiesa</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Surikiuokite elementus teisinga tvarka mygtukais „Aukštyn“ ir „Žemyn“.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Aukštyn</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Žemyn</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Kiekvienam elementui pasirinkite tinkamą atsakymą.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pasirinkite…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jūsų atsakymas</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarijus</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Jūsų pasirinkimai iki šiol</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Scenarijaus pabaiga</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Pradėti iš naujo</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Apmąstymas</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Įrašyti pastabą</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Įrašyta į jūsų pastabas</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Šiai diagramai duomenų dar nėra.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Atverti šalies profilį</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Žodyno sąvoka</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Atverti žodyne</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Šios sąvokos žodyne nėra.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Šaltiniai</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>Poromis</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>Mažomis grupėmis</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Visa klasė</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Pastaba vedėjui</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Šios veiklos nepavyko įkelti. Turinio tikrintuvas paaiškina kodėl.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Kažkas nepavyko. Bandykite dar kartą.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Šio puslapio nėra.</translation>
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
        <translation>Skyriai</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Eksportuoti diagramą kaip PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Importuoti Eurostato failą…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Didinti</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Mažinti</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tikrasis dydis</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>&amp;Projektoriaus režimas (didelis tekstas)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Šviesi</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tamsi</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Didelis kontrastas</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>&amp;Vedėjo režimas (rodyti vedėjo pastabas)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Visas ekranas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Žinynas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatūros spartieji klavišai</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;Apie Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Importuoti Eurostato duomenų failą</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Eurostato failai (*.tsv *.csv *.txt);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importas atmestas</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Failas neimportuotas, niekas nepakeista:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} reikšmės, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Importuota iš {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Neprisijungus: užblokuota %n išorinė užklausa</numerusform>
            <numerusform>Neprisijungus: užblokuotos %n išorinės užklausos</numerusform>
            <numerusform>Neprisijungus: užblokuota %n išorinių užklausų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Naujas mokytojo profilis</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Naujas besimokantysis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vardas:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Avataro spalva {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Avataro spalva:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN dar kartą</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (bent {n} simboliai):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;dar kartą:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Sukurti</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Abu PIN nesutampa.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Pastabos tekstas</translation>
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
        <translation>Mokytojo PIN</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Pranešimas apie PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Neteisingas PIN. Bandykite dar kartą.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Neteisingas PIN. Per daug klaidingų bandymų: vėl bandyti galėsite po %n sekundės.</numerusform>
            <numerusform>Neteisingas PIN. Per daug klaidingų bandymų: vėl bandyti galėsite po %n sekundžių.</numerusform>
            <numerusform>Neteisingas PIN. Per daug klaidingų bandymų: vėl bandyti galėsite po %n sekundžių.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Galite dar kartą įvesti savo PIN.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Dar neprieinama</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>nėra duomenų</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Žaidimo rodikliai po kiekvieno rato (0–100, pradžia 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>points</source>
        <translation>taškai</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Žaidimo rodikliai</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>{n} ratas</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Kas pasikeitė {n} rate</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Pokytis {n} rate</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Apsaugos standartai</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Įtrauktis į darbo rinką</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Socialinė sanglauda</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Visuomenės parama</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Administraciniai gebėjimai</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Viešieji finansai</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>ES lygmuo</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Nacionalinis lygmuo</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Miesto lygmuo</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Parengimas</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Įžanga</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Pasekmės</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Aptarimas</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensusas</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Balsavimas balsų dauguma</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Sprendžia pagrindinis vaidmuo</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Korta priimama, jei yra bent vienas balsas „už“ ir nė vieno „prieš“.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Korta priimama, jei balsų „už“ yra daugiau nei „prieš“.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Sprendžia rato pagrindinis vaidmuo; kiti balsai yra patariamieji. ES ratas: Komisijos narys; nacionalinis ratas: vidaus reikalų ministras; miesto ratas: meras.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Grupė: kiekviena vieta yra atskiras žmogus</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Vienas: vienas vaidmuo prieš užprogramuotus žaidėjus</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Visos vietos: vienas žmogus žaidžia visus vaidmenis</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Už</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Prieš</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Susilaiko</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>nepriimta balsuojant</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>neužtenka likusio biudžeto</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>neužtenka likusio politinio kapitalo</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>atmesta dėl jau priimtos kortos</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>ratas praleistas</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Užsistovėjimas: administraciniai gebėjimai žemesni nei 40, todėl bylos kaupiasi (apsauga −2, visuomenės parama −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Įtampa: socialinė sanglauda žemesnė nei 40, todėl visuomenės parama sumažėja 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Grindžiama galiojančia ES teise</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Nacionalinis ar vietos pasirinkimas pagal ES teisę</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Reikėtų naujo ar pakeisto įstatymo</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>prašo tarptautinės apsaugos</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>nelydimas nepilnametis</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>darbo migrantas</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>šeimos susijungimas</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>turi laikinąją apsaugą</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>neteisėtai esantis šalyje</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>priimančiosios visuomenės balsas</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>politikos formuotojas</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>suinteresuotoji šalis</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Šis žingsnis šiame rato etape negalimas.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Ši korta jau ant stalo.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Jau priimta korta atmeta šią kortą.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Šios kortos nėra ant stalo.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Ši korta nepriklauso šiam ratui.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Tokios vietos prie stalo nėra.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Šią vietą žaidžia kompiuteris.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Žaidimas baigtas.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Vietų yra daugiau nei vaidmenų.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Dvi vietos turi tą patį vaidmenį.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Žaidžiant vienam reikia lygiai vieno žaidėjo.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Šis įrašytas žaidimas žaistas su kitu žaidimo turiniu, todėl jo tęsti negalima.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Įrašyto žaidimo failas sugadintas.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Įrašytą žaidimą parašė kita programos versija.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Veiksmas atmestas ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Rodiklių diagramos</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Žaidimo rodikliai</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nėra duomenų</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Įkeliamas vaidmenų žaidimas…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Žaisti: vaidmenų žaidimas Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Žaisti</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Žaidimo turinyje yra klaidų</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Rato žingsniai</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>Vedėjo &amp;skydelis</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Rodyti arba slėpti vedėjo skydelį</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Šalinti šį įrašytą žaidimą? To atšaukti negalima.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Ratą galima praleisti, kol jo balsavimas nebaigtas.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Praleisti šį ratą? Nieko nepriimama; istorijos vis tiek tęsiasi.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Sudėtinė valstybė narė (ES27 duomenys)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Aptarimas — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Žaidimas baigtas: atskleidžiami slapti prioritetai.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Ratas {n} iš {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Žingsnis: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Biudžetas: {b} · Politinis kapitalas: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Liko laiko: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(pristabdyta)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Rato laikmatis: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>sudėtinė valstybė narė (ES27 duomenys)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — sesijos santrauka</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Jūsų šalis</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Sudėtinė (ES27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rodiklis</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} baigiasi ties {value} ar daugiau</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} baigiasi ties {value} ar mažiau</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} padidėja bent {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>priimta bent {count} iš: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>nepriimta nė viena iš: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Žaidimo rodikliai</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nėra duomenų</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>ES27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Didžiausia</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Mažiausia</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Metai, duomenų rinkinys</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Vietos:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Žaidimas dar nebaigtas: iki šiol sužaisti ratai.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Žaidimo rodikliai po kiekvieno rato</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Atskleisti slapti prioritetai</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Taškai tėra pokalbio pradžia: svarbu, kodėl kiekvienas vaidmuo norėjo to, ko norėjo.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Skubi žinia:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Korta</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Ką darė tikros šalys</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Tikri skaičiai iš programos statistikos (paskutiniai metai su ES duomenimis); palyginkite juos su savo grupės pasirinkimais.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Visos žaidimo sąvokos</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Pabaigai</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Vedėjo pastabos</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Ratas praleistas.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Priimta</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Nepriimta</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Balsai</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Istorijos</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Klausimai aptarimui</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Paminėtos sąvokos:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Pamokos, paaiškinančios pasirinkimus:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Žaista: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Šalis: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Sprendimo taisyklė: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Režimas: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>{n} ratas: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Pirmininkauja: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Šaltinis:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} iš {max} taškų</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Kodėl:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Tai paaiškinančios pamokos:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>kainuoja {b} biudžeto, {k} kapitalo</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Kaina: {budget} biudžeto, {capital} politinio kapitalo</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Teisinis pagrindas: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Poveikis: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sąsajos kalba</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Sąsajos &amp;kalba:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Kaip sistemoje</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Šviesi</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tamsi</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Didelis kontrastas</translation>
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
        <translation>Teksto dydis procentais</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Teksto &amp;dydis:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Nauja sąsajos kalba įsigalios iš naujo paleidus programą.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Reikia paleisti iš naujo</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>Nauja sąsajos kalba įrašyta. Ji įsigalios, kai programa bus paleista iš naujo.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Paleisti iš naujo dabar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Vėliau</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Keisti besimokantįjį</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Kas dabar naudojasi Destination Europe?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Besimokančiųjų profiliai</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>Per&amp;jungti</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Perjungti į šį profilį</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (mokytojas, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Bendroji pastaba</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>pirmasis bandymas</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>geriausias bandymas</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>paskutinis bandymas</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Archyvuotos pamokos</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archyvuota)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Pastabų dar nėra.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mano pastabos</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Paskutinį kartą keista</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Kiekvienas klausimas vienam besimokančiajam skaičiuojamas kartą, pagal</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Besimokantieji ir moduliai</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Besimokantysis</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulis</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Baigtos pamokos</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Atsakyti klausimai</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Taškai</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutės</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Klausimai, sunkiausi pirmiau</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Dar niekas neatsakė į klausimą.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Klausimas</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Pamoka</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Besimokantieji</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Teisingai</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Bandymai vienam besimokančiajam</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Nerasta nė vienos nepažeistos atsarginės kopijos, todėl pažanga pradedama iš naujo.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Pažangos duomenų bazė buvo sugadinta arba jos nepavyko perskaityti. Ji atidėta kaip {file} (ji nešalinama).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Jūsų pažanga atkurta iš atsarginės kopijos {file}. Gali trūkti to, kas padaryta po šios kopijos.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Pažangos duomenų bazė atnaujinta šiai programos versijai ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Nepavyko įrašyti automatinės atsarginės kopijos: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>paleidžiant programą</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatinė, naudojimo metu</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>sukurta rankiniu būdu</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prieš atnaujinimą</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prieš atkūrimą</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Įveskite vardą.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Vardas per ilgas (ne daugiau kaip 80 simbolių).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Pasirinkite spalvą.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>PIN turi turėti nuo {lo} iki {hi} simbolių.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Šio profilio nebėra.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Tai ne mokytojo profilis.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Mano pažanga</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Jūsų pažangos parodyti negalima: nepavyko atverti pažangos duomenų bazės ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Mano pažanga ir mokytojo rodinys</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Mano &amp;apžvalga</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>&amp;Mokytojo rodinys</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Besimokantysis</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>&amp;Keisti besimokantįjį…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Naujas besimokantysis…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Naujas &amp;mokytojo profilis…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Sukurti &amp;klasę iš vardų sąrašo…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Eksportuoti mano pažangos &amp;pasą…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Importuoti pažangos pasą…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Klasės pa&amp;ketai</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Eksportuoti &amp;užduotį… (mokytojas)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>I&amp;mportuoti užduotį…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Eksportuoti mano &amp;rezultatus…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Importuoti r&amp;ezultatus… (mokytojas)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Eksportuoti klasės ataskaitą kaip CS&amp;V… (mokytojas)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Eksportuoti klasės ataskaitą kaip P&amp;DF… (mokytojas)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Tikrinti duomenų bazę</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Atkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Siųsti &amp;atsiliepimą…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Jūsų pažangos įrašyti negalima: nepavyko atverti pažangos duomenų bazės. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Jūsų pažanga</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Klasė sukurta</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n besimokančiojo profilis paruoštas: </numerusform>
            <numerusform>%n besimokančiųjų profiliai paruošti: </numerusform>
            <numerusform>%n besimokančiųjų profilių paruošta: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Dabartinis besimokantysis: {name}. Keisti besimokantįjį</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Keisti besimokantįjį (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Eksportuoti visų šio kompiuterio besimokančiųjų rezultatus…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Failas atmestas</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Šis failas atmestas ir niekas nepakeista:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} nauji iš {total} įrašų, {learners} nauji besimokantieji</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, nauja užduotis</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Eksportuoti mano pažangos pasą</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Pasas įrašytas</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Jūsų pažanga yra faile {file}. Kitame kompiuteryje pasirinkite Failas ▸ Importuoti pažangos pasą…, kad tęstumėte ten.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Importuoti pažangos pasą</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Sveiki sugrįžę, {name}: jūsų pažanga čia.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Pasas sujungtas.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Pasas importuotas</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Eksportuoti užduoties paketą</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Užduotis įrašyta</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: nukopijuokite jį į USB atmintinę; kiekviename besimokančiojo kompiuteryje pasirinkite Failas ▸ Klasės paketai ▸ Importuoti užduotį…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Atmesta (šie failai nieko nepakeitė):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuoti</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Importuoti užduotį</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Eksportuoti rezultatus</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Rezultatai įrašyti</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: atiduokite jį savo mokytojui (pavyzdžiui, USB atmintinėje).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importuoti rezultatus</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>Pažangos duomenų bazė nepažeista (SQLite vientisumo patikra: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n atsarginė kopija laikoma aplanke {folder}.</numerusform>
            <numerusform>%n atsarginės kopijos laikomos aplanke {folder}.</numerusform>
            <numerusform>%n atsarginių kopijų laikoma aplanke {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Tikrinti duomenų bazę</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Vientisumo patikra rado problemų:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Naudokite Žinynas ▸ Atkurti iš atsarginės kopijos…, kad grįžtumėte prie nepažeistos kopijos.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Ačiū: jūsų atsiliepimas įrašytas.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Atkurti pažangą iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Pasirinkite atsarginę kopiją, prie kurios grįžti. Dabartinė pažanga pirmiausia išsaugoma, todėl atkūrimą galima atšaukti.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Atsarginės kopijos, naujausios pirmiau</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Atsarginių kopijų dar nėra.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Pasirinkti &amp;kitą failą…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Pasirinkti kitą atsarginės kopijos failą</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Atkurti</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pasirinkti atsarginę kopiją</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Pažangos duomenų bazės (*.sqlite3);;Visi failai (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Europos Sąjunga (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Besimokantysis</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Naujas žaidimas</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Trys ratai (ES, nacionalinis, miesto). Kiekvienas žaidėjas gauna vaidmenį su viešais interesais ir slaptu prioritetu; kartu priimate politikos kortas, o tada matote, ką jūsų pasirinkimai reiškia šešiems žmonėms ir priimančiajai visuomenei.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Žaidimo režimas</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Režimas:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Žaidėjų skaičius</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>Ž&amp;aidėjai:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Vietos prie stalo</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>&amp;Vietos prie stalo:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Šalis, kurią žaidžia grupė</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Sudėtinė valstybė narė (ES27 duomenys)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ša&amp;lis:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Sprendimo taisyklė</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>&amp;Sprendimo taisyklė:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minutės vienam ratui</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minutės vienam &amp;ratui:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Žaidėjai ir vaidmenys</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Žaidėjas {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Žaidėjo {n} vardas</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Žaidėjo {n} vaidmuo</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Skirti vaidmenį</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Parengimo problema</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Pradėti žaidimą</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Tęsti žaidimą</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Kiekvienas žingsnis įrašomas žaidžiant. Pasirinkite žaidimą, kad tęstumėte nuo ten, kur jis sustojo; baigti žaidimai atsidaro ties aptarimu.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Įrašyti žaidimai</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Tęsti žaidimą</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>Ša&amp;linti įrašytą žaidimą</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Jūs žaidžiate vieną vaidmenį; kompiuteris žaidžia kitas vietas ir gina tai, ko nori jų vaidmenys.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Jūs paeiliui žaidžiate kiekvieną vietą kaip politikos formuotojas, išklausantis visas puses.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Žaidimas geriausiai veikia su 4–6 žaidėjais, kiekvienas su savo vaidmeniu.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Palikite vaidmenį „Skirti vaidmenį“, kad jis būtų paskirtas: pirmiausia skiriami trys ratų pagrindiniai vaidmenys (Komisijos narys, vidaus reikalų ministras, meras).</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Du žaidėjai turi tą patį vaidmenį: pasirinkite kitą.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>sudėtinė valstybė narė</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>baigtas</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>{n} ratas, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Įrašytų žaidimų dar nėra.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Eiti į skyrių (Pradžia, Mokytis, Žaisti, Žodynas, Šalys, Mano pažanga)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Padidinti arba sumažinti tekstą</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Įprasto dydžio tekstas</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Projektoriaus režimas: didelis tekstas</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Vedėjo režimas: rodyti vedėjo pastabas</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Visas ekranas</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Įrašyti dabartinę diagramą kaip PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Pereiti tarp valdiklių</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Šis sąrašas</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Baigti</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatūros spartieji klavišai</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Įveskite savo PIN, kad atvertumėte mokytojo rodinį.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Atverti mokytojo rodinį</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Atverti mokytojo rodinį</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Kiekvienam &amp;klausimui skaičiuojamas:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Kuris bandymas skaičiuojamas</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>pirmasis bandymas</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>geriausias bandymas (teisingai bent kartą)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>paskutinis bandymas</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuoti &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Eksportuoti klasės ataskaitą kaip CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuoti &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Eksportuoti klasės ataskaitą kaip PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>At&amp;naujinti</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Atnaujinti ataskaitas</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Kiekvienas langelis: baigtos pamokos / modulio pamokos · atsakytų klausimų, laikomų teisingais, dalis. Užveskite ant langelio, kad pamatytumėte daugiau; dukart spustelėkite besimokantįjį, kad atvertumėte ataskaitą.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Klasės apžvalga</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Klasės &amp;apžvalga</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Besimokantysis:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Ataskaitos besimokantysis</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Rodyti &amp;nepradėtas pamokas</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Rodyti nepradėtas pamokas</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulis</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Pamoka</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Pasiekti skyriai</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Teisingi atsakymai</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Bandymai</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutės</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Paskutinė veikla</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Besimokančiojo ataskaita</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Pagal &amp;besimokantįjį</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Klausimas</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Besimokantieji</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Teisingai</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% teisingai</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Bandymai vienam besimokančiajam</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Klausimai, sunkiausi pirmiau</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Sunkūs &amp;klausimai</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, įveskite savo PIN, kad atvertumėte mokytojo rodinį.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>Mokytojo rodinys skirtas mokytojų profiliams. Perjunkite į savo mokytojo profilį per Failas ▸ Keisti besimokantįjį… arba sukurkite jį per Failas ▸ Naujas mokytojo profilis…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n besimokantysis šiame kompiuteryje</numerusform>
            <numerusform>%n besimokantieji šiame kompiuteryje</numerusform>
            <numerusform>%n besimokančiųjų šiame kompiuteryje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n klausimas, į kurį kas nors atsakė</numerusform>
            <numerusform>%n klausimai, į kuriuos kas nors atsakė</numerusform>
            <numerusform>%n klausimų, į kuriuos kas nors atsakė</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Besimokantysis</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>Pradėta {started}, baigta {done}; teisingai {right} iš {answered} klausimų; {minutes} min.; paskutinė veikla {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archyvuota</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>baigta</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>vyksta</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nepradėta</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archyvuota)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Klasės ataskaita</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>klases-ataskaita</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Eksportuoti klasės ataskaitą</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Įrašyta {a} ir {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Įrašyta {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — sprendžia</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} dėl {card}</translation>
    </message>
</context>
</TS>
