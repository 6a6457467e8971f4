<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Všeobecná poznámka</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivované)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Zatiaľ žiadne poznámky.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>prvý pokus</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>najlepší pokus</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>posledný pokus</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Archivované lekcie</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Databáza pokroku bola poškodená alebo sa nedala prečítať. Bola odložená ako {file} (neodstraňuje sa).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Váš pokrok bol obnovený zo zálohy {file}. To, čo sa urobilo po tejto zálohe, môže chýbať.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Nenašla sa žiadna neporušená záloha, preto pokrok začína odznova.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Databáza pokroku bola aktualizovaná pre túto verziu aplikácie ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Automatickú zálohu sa nepodarilo zapísať: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>pri spustení aplikácie</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatická, počas používania</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>vytvorená ručne</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>pred aktualizáciou</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>pred obnovením</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Offline vzdelávacia aplikácia o migrácii a integrácii v Európe, vytvorená pre vzdelávací balík Európskej migračnej siete (EMS). Všetky texty boli napísané pre túto aplikáciu; čísla pochádzajú z verejných súborov údajov uvedených nižšie.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Hranice a názvy na mapách neznamenajú oficiálne schválenie ani uznanie zo strany Organizácie Spojených národov alebo Európskej únie.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>O aplikácii Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Zdroje údajov</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Softvér a mapové údaje</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Štatistiky sa nepodarilo načítať:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Exportovať balík úloh</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Názov úlohy</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Termín:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Úloha má termín</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Označte celé moduly alebo jednotlivé lekcie:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Moduly a lekcie úlohy</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Zahrnúť zoznam triedy (%n žiak), aby počítače žiakov mali rovnaké profily</numerusform>
            <numerusform>Zahrnúť zoznam triedy (%n žiaci), aby počítače žiakov mali rovnaké profily</numerusform>
            <numerusform>Zahrnúť zoznam triedy (%n žiakov), aby počítače žiakov mali rovnaké profily</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovať…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Zadajte názov úlohy.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Označte aspoň jeden modul alebo lekciu.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Úvod do kola</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Začať &amp;diskusiu</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Začať diskusiu</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Zložený členský štát: údaje EÚ27 (len miery)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Ukazovateľ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Posledný rok s údajmi pre každý ukazovateľ. Sú to skutočné čísla; vlastné ukazovatele hry (0–100) sú simulácia.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Hráte za zložený členský štát: čísla sú za celú EÚ (EÚ27) a zobrazujú sa len miery, pretože súhrnné počty by nezodpovedali jednej krajine.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Mimoriadna správa</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Situácia</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Skutočné údaje: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Ako skupina rozhoduje</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>V tomto kole predsedá: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Rozpočet: {budget} · Politický kapitál: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Verejné karty rolí</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Štatistiky sa nepodarilo načítať: žiadne údaje.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Otvoriť profil krajiny: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Záujmy:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Obmedzenia:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>žiadne údaje</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(predbežné)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Zdroj: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Vytvoriť triedu zo zoznamu mien</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Vložte mená svojich žiakov, jedno na riadok (mená oddeľujú aj čiarky a bodkočiarky). Meno, ktoré už má na tomto počítači profil, sa nevytvorí druhýkrát.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Mená žiakov</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Vytvoriť profily</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n meno</numerusform>
            <numerusform>%n mená</numerusform>
            <numerusform>%n mien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Ukazovateľ:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Ukazovateľ na porovnanie</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Označte 2 až 5 krajín.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Uložiť ako &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Uložiť porovnávací graf ako obrázok PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Uložiť ako CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Uložiť porovnávané údaje do súboru CSV</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Krajiny na porovnanie</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Tabuľka porovnávaných hodnôt</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graf</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabuľka</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Porovnávací graf</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Porovnanie</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Pre tieto krajiny nie sú údaje.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Najviac 5 krajín naraz.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Zdroj: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>žiadne údaje</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(predbežné)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Zdroj: {publisher}, súbor údajov {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Uložiť údaje</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Súbor CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Uložiť graf</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obrázok PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Rozhodnutia a príbehy tohto kola</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>Ď&amp;alšie kolo</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Ďalšie kolo</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Prejsť na &amp;záverečnú diskusiu</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Prejsť na záverečnú diskusiu</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Zostávajúci rozpočet: {b} · Zostávajúci politický kapitál: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Čo skupina rozhodla</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Čo to znamená pre ľudí</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Zdroj: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Kolo bolo preskočené: nič sa neprijalo.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Prečo:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Pojmy:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lekcie:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Prijatá:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Neprijala sa žiadna karta.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Neprijatá:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Krajiny</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Zobrazenia krajín</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Mapa a trendy</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Profil krajiny</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Porovnať</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Moje lekcie, poznámky, záložky a pokusy</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Moje lekcie</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lekcie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Poznámky</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Záložky</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lekcia</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Otázka</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpoveď</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>História pokusov</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>Po&amp;kusy</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Moje poznámky</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Nová poznámka…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upraviť…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>O&amp;dstrániť</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Exportovať moje poznámky:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Exportovať moje poznámky ako Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Exportovať moje poznámky ako PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Moje záložky</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvoriť</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Otvoriť lekciu so záložkou</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odobrať</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Odobrať záložku</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Pokrok sa na tomto počítači nedá uložiť: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Začaté lekcie: {started} z {total}, dokončené: {done} · zodpovedané otázky: {answered} ({right} aspoň raz správne) · pokusy spolu: {attempts}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>dokončená</translation>
    </message>
    <message>
        <source>started</source>
        <translation>začatá</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nezačatá</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lekcie</translation>
    </message>
    <message>
        <source>right</source>
        <translation>správne</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>nesprávne</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>odpovede</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Lekcie podľa modulu</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Moje odpovede za deň</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Otázky, na ktoré som najčastejšie odpovedal(a) nesprávne</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>nesprávne odpovede</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Pojmy zo slovníka, ktoré som si vyhľadal(a)</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>krát vyhľadané</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Moje grafy pokroku</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Môj pokrok</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Zatiaľ tu nič nie je.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lekcia</numerusform>
            <numerusform>%n lekcie</numerusform>
            <numerusform>%n lekcií</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Tieto lekcie už nie sú v obsahu tejto verzie; váš pokrok v nich zostáva uložený.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivovaná</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>prebieha</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} z {n} otázok správne</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>otvoriť znova</translation>
    </message>
    <message>
        <source>start</source>
        <translation>začať</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, termín {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>Dokončené lekcie: {done} z {n}</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Všeobecná poznámka</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivované)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nová poznámka</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Upraviť poznámku</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Odstrániť poznámku</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Odstrániť vybratú poznámku?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Exportovať moje poznámky</translation>
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
        <translation>pokračovať</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Úlohy zadané učiteľom</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Pokračovať tam, kde som skončil(a):</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Zatiaľ nezačaté moduly</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivované</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>poznámky</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Prediskutujte to: čo chcela každá rola, čo si skupina vybrala a čo to znamenalo pre ľudí v príbehoch?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Uložiť zhrnutie ako &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Uložiť zhrnutie stretnutia ako HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Uložiť zhrnutie ako P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Uložiť zhrnutie stretnutia ako PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Nová hra</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Pripraviť novú hru</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Záverečná diskusia</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Uložiť zhrnutie stretnutia</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webová stránka (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} sa nepodarilo uložiť: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Uložené: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Karty na stole a hlasovania</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Uzavrieť hlasovanie a pozrieť dôsledky</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Uzavrieť hlasovanie</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Hlasovanie o {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>je prijatá</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>nie je prijatá</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Prijaté karty stoja {b} z {B} rozpočtu a {k} z {K} kapitálu.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Nezmestia sa všetky: najprv sa prijímajú karty s najviac hlasmi za.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Slovo má:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Miesto, ktoré kladie karty na stôl</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Položte na stôl karty, o ktorých chcete hlasovať; potom nasleduje hlasovanie.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Politické karty tohto kola</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Otvoriť hlasovanie</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Otvoriť hlasovanie</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Na stole (položil(a) {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Vziať zo stola</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Vylúčené: skupina už prijala „{title}“.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Položiť na stôl</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Na stole: karty: {n}, náklady {b} rozpočtu a {k} kapitálu. K dispozícii: {B} rozpočtu, {K} kapitálu.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Nie všetko na stole sa dá zaplatiť.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Ukazovateľ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Uložiť ako &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Uložiť graf ako obrázok PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Uložiť ako CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Uložiť údaje do súboru CSV</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Na 100 000 &amp;obyvateľov</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Zobraziť hodnoty na 100 000 obyvateľov</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Rok mapy</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Ukazovateľ:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Krajina:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Pripravuje sa graf…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Tabuľka hodnôt v grafe</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Štatistiky sa nepodarilo načítať: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graf</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Súbor, ktorý aplikácia potrebuje, sa nepodarilo načítať:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Nástroj na grafy (plotly.js) sa nepodarilo načítať, preto nemožno nakresliť žiadny graf.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Zdroj: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>žiadne údaje</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(predbežné)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} na 100 000 obyvateľov</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Príznak</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Zdroj: {publisher}, súbor údajov {dataset}. Príznak p = predbežné.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Uložiť údaje</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Súbor CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Uložiť graf</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obrázok PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Panel moderátora</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderátor</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Časovač kola</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pozastaviť</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Pozastaviť časovač kola</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Dať kolu o dve minúty viac</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Preskočiť toto kolo</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Preskočiť toto kolo</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>V tomto kole sa nič neprijme; príbehy napriek tomu pokračujú.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Hráči a tajné karty</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Tajné priority zostávajú na spoločnej obrazovke skryté. Hráč podrží svoje tlačidlo (alebo ho vyberie a podrží medzerník), aby si prečítal svoju kartu.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Poznámky moderátora</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Body, ku ktorým sa vrátime v záverečnej diskusii…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Časovač kola: zostáva {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Čas vypršal: uzavrite diskusiu a rozhodnite.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Beží</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pozastavené</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Po&amp;kračovať</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Pokračovať v časovači kola</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (počítač)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Podržať: tajné</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Podržte, aby ste videli tajnú kartu hráča {name}</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Tajná karta: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Krajina:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Krajina profilu</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Profil krajiny a hlavné čísla</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Grafy profilu krajiny</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Profil krajiny</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Pre túto krajinu nie sú údaje.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Zdroj: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>žiadne údaje</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(predbežné)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Žiadosti o azyl</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Rozhodnutia o žiadostiach o azyl</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Prvé povolenia na pobyt podľa dôvodu</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Príkazy na opustenie územia a návraty</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Ľudia, ktorí utiekli pred vojnou na Ukrajine</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Obyvateľstvo zo zahraničia</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Európska únia (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>Členský štát EÚ</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>Pozorovateľská krajina EMS</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>rozhoduje o žiadostiach o azyl</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>migračná politika</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>prijímanie žiadateľov</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integrácia</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Národný kontaktný bod EMS</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Pre túto krajinu zatiaľ nie je textový profil.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Hlavné čísla</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Príslušné orgány</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lekcie</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Spätná väzba od učiteľa</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Spätná väzba od žiaka</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Vaše odpovede sa ukladajú na tomto počítači spolu s vaším pokrokom. Nič sa neposiela cez internet; váš učiteľ alebo tím EMS ich môže zozbierať spolu s výsledkami.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Vaše odpovede sa ukladajú na tomto počítači. Pomáhajú zlepšiť materiál na ďalšie stretnutia.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Hodnotenie {n} z 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Ako dobre sa materiál hodil na vaše stretnutie? (1 = vôbec, 5 = veľmi dobre)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Počet účastníkov</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Počet ú&amp;častníkov:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Čo fungovalo &amp;dobre?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Čo by sa malo &amp;zmeniť?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Nefungovalo niečo na &amp;počítačoch?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Aké užitočné to pre vás bolo? (1 = vôbec, 5 = veľmi)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Čo bolo ťa&amp;žké pochopiť?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>O čom by ste sa chceli dozvedieť &amp;viac?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Ešte &amp;niečo?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Zadajte hodnotenie alebo niečo napíšte.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>návrh: terminológ ho ešte neskontroloval</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Základy migrácie</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Legálna migrácia</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Medzinárodná ochrana</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Maloletí a zraniteľné skupiny</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integrácia</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Štátne občianstvo a bezštátnosť</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Hranice, víza a Schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Neregulárna migrácia a prevádzačstvo migrantov</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Obchodovanie s ľuďmi</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Návrat a readmisia</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migrácia a rozvoj</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ukrajina a dočasná ochrana</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Štatistika</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Inštitúcie</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>V 13 jazykoch</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Ekvivalenty označené ako „návrh“ ešte terminológ neskontroloval.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Širšie pojmy</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Užšie pojmy</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Súvisiace pojmy</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Použité v týchto lekciách</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Nazýva sa aj</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Hľadajú sa lekcie…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Tento pojem zatiaľ nepoužíva žiadna lekcia.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>skontrolované</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>návrh</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Nový kvíz</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Začať nový kvíz zo slovníka</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Skontrolovať odpoveď</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Skontrolovať odpoveď</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Ď&amp;alšia otázka</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Ďalšia otázka</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Spätná väzba a vysvetlenie</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Otázka {n} z {total} · skóre {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Vo vzťahu k pojmu „{a}“ je pojem „{b}“…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Ktorý pojem zodpovedá tejto definícii?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Tieto pojmy sa ľahko zamieňajú. Ktorý zodpovedá tejto definícii?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>širší pojem (všeobecnejší)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>užší pojem (konkrétnejší)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>súvisiaci pojem</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Kvíz skončil: {score} z {total} správne. Začnite nový kvíz s novými otázkami.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>V slovníku nie je dosť hesiel na kvíz.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Správne.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nie celkom.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>širší pojem</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>užší pojem</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>V slovníku je {b} {kind} k pojmu {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Toto je definícia pojmu {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Vybrali ste {term}, čo znamená niečo iné:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Najprv vyberte odpoveď.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Slovník</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Zobrazenia slovníka</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hľadať:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Napíšte pojem v ľubovoľnom jazyku</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Hľadať v slovníku</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Téma:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Zobraziť pojmy jednej témy</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Všetky</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Všetky pojmy</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Pojmy začínajúce na {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Pojmy</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Zobrazenia pojmu</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Heslo slovníka</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Mapa vzťahov</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Heslo</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>&amp;Mapa vzťahov</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Prehliadať</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Kvíz</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Všetky témy</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Niektoré heslá slovníka sa nepodarilo načítať:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n pojem</numerusform>
            <numerusform>%n pojmy</numerusform>
            <numerusform>%n pojmov</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>v definícii</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>mysleli ste toto? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Hore: širšie pojmy · dole: užšie pojmy · po stranách: súvisiace pojmy</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Kliknite na pojem (alebo sa naň presuňte klávesom Tab a stlačte Enter), aby sa presunul do stredu.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Tento pojem zatiaľ nemá širšie, užšie ani súvisiace pojmy.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Vitajte v aplikácii Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Zistite, ako funguje migračná a integračná politika v Európe: kto rozhoduje na úrovni EÚ, štátu a mesta, čo hovorí právo a čo ukazujú skutočné čísla. Všetko tu funguje bez pripojenia na internet.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Pokračovať tam, kde som skončil(a)</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Učiť sa</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Moduly a lekcie s kvízmi a scenármi</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Hrať</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Hra na role pre skupinu pri jednej obrazovke</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Slovník</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Kľúčové pojmy jednoducho vysvetlené</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Krajiny</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Grafy a mapa so skutočnými štatistikami</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Číslo na diskusiu</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domov</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>V roku {year} požiadalo {value} ľudí spoza EÚ prvýkrát o azyl v EÚ.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>V roku {year} ich bolo {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Zdroj: {publisher}, súbor údajov {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Obyvateľstvo k 1. januáru (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Obyvateľstvo (Svetová banka)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Občania krajín mimo EÚ žijúci v krajine</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Občania krajín mimo EÚ, podiel na obyvateľstve</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Podiel obyvateľstva narodeného v zahraničí</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Prvožiadatelia o azyl</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Žiadatelia o azyl s následnou žiadosťou</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Prvožiadatelia o azyl na 100 000 obyvateľov</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Žiadosti o azyl (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Rozhodnutia: priznané postavenie utečenca (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Rozhodnutia: doplnková ochrana (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Rozhodnutia: zamietnuté (UNHCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Miera uznania (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Prijatí utečenci (UNHCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Prijatí žiadatelia o azyl (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Prijatí utečenci z Ukrajiny (UNHCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Prvé povolenia na pobyt, všetky dôvody</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Prvé povolenia na pobyt z rodinných dôvodov</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Prvé povolenia na pobyt na štúdium</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Prvé povolenia na pobyt na prácu</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Prvé povolenia na pobyt z iných dôvodov</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Občania krajín mimo EÚ s príkazom opustiť územie</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Občania krajín mimo EÚ vrátení po príkaze opustiť územie</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ukrajinci s dočasnou ochranou</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percentá</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>na 100 000 obyvateľov</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Učiť sa</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Moduly a lekcie</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Vyberte lekciu vľavo.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Predchádzajúca</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Predchádzajúca časť</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Ď&amp;alšia ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Ďalšia časť</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Záložka</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Pridať záložku k tejto časti</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ &amp;Poznámka</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Napísať poznámku k tejto časti</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Druhý &amp;jazyk:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Druhý jazyk pre pojmy zo slovníka (dvojjazyčné čítanie)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žiadny</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Panel slovníka</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Táto lekcia obsahuje chyby a nedá sa zobraziť.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minúta</numerusform>
            <numerusform>%n minúty</numerusform>
            <numerusform>%n minút</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Nenašli sa žiadne lekcie.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Stránka lekcie</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: táto lekcia sa nedá zobraziť</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Kontrola obsahu našla tieto problémy:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, dokončená</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, začatá</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ V &amp;záložkách</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Vaša poznámka k tejto časti:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Poznámka uložená v časti Môj pokrok.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Časť {n} z {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Otvoriť celé heslo v slovníku</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(návrh)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>ekvivalent zatiaľ chýba</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Kvíz</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Otázka {n} z {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Skontrolovať odpoveď</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Správne</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Nie celkom</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Zobraziť vysvetlenie</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Vyberte jednu odpoveď.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Vyberte všetky platné odpovede.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Pravda</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nepravda</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Zoraďte položky do správneho poradia tlačidlami Posunúť nahor a Posunúť nadol.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Posunúť nahor</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Posunúť nadol</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Ku každej položke vyberte zodpovedajúcu odpoveď.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrať…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Vaša odpoveď</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenár</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Vaše doterajšie voľby</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Koniec scenára</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Začať znova</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexia</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Uložiť poznámku</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Uložené do vašich poznámok</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Pre tento graf zatiaľ nie sú údaje.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Otvoriť profil krajiny</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Pojem zo slovníka</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Otvoriť v slovníku</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Tento pojem v slovníku nie je.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová os</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusia</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>Vo dvojiciach</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>V malých skupinách</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Celá trieda</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Poznámka pre moderátora</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Túto aktivitu sa nepodarilo načítať. Kontrola obsahu vysvetľuje prečo.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Niečo sa pokazilo. Skúste to znova.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Táto stránka neexistuje.</translation>
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
        <translation>Časti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Exportovať graf ako PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Importovať súbor Eurostatu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Priblížiť</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Oddialiť</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Skutočná veľkosť</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>Režim &amp;projektora (veľké písmo)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Téma</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Svetlá</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tmavá</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Vysoký kontrast</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>Režim &amp;moderátora (zobraziť poznámky pre moderátora)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Na &amp;celú obrazovku</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové skratky</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;O aplikácii Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Importovať dátový súbor Eurostatu</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Súbory Eurostatu (*.tsv *.csv *.txt);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import odmietnutý</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Súbor sa neimportoval, nič sa nezmenilo:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} hodnôt, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Importované z {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Offline: zablokovaná %n externá požiadavka</numerusform>
            <numerusform>Offline: zablokované %n externé požiadavky</numerusform>
            <numerusform>Offline: zablokovaných %n externých požiadaviek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Nový profil učiteľa</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nový žiak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Farba avatara {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Farba avatara:</translation>
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
        <translation>&amp;PIN (aspoň {n} znakov):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;znova:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Vytvoriť</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Oba PIN kódy nie sú rovnaké.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Text poznámky</translation>
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
        <translation>PIN učiteľa</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Správa o PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Nesprávny PIN. Skúste to znova.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Nesprávny PIN. Príliš veľa chybných pokusov: znova to môžete skúsiť o %n sekundu.</numerusform>
            <numerusform>Nesprávny PIN. Príliš veľa chybných pokusov: znova to môžete skúsiť o %n sekundy.</numerusform>
            <numerusform>Nesprávny PIN. Príliš veľa chybných pokusov: znova to môžete skúsiť o %n sekúnd.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>PIN môžete skúsiť znova.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Zatiaľ nie je k dispozícii</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>žiadne údaje</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Ukazovatele hry po každom kole (0–100, začiatok 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začiatok</translation>
    </message>
    <message>
        <source>points</source>
        <translation>body</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Ukazovatele hry</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Kolo {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Čo sa zmenilo v kole {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Zmena v kole {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Štandardy ochrany</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Začlenenie na trh práce</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Sociálna súdržnosť</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Podpora verejnosti</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Administratívna kapacita</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Verejné financie</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>Úroveň EÚ</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Národná úroveň</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Mestská úroveň</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Príprava</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Úvod</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusia</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutie</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Dôsledky</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Záverečná diskusia</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsenzus</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Hlasovanie väčšinou</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Rozhoduje vedúca rola</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Karta prejde, ak má aspoň jedno áno a žiadne nie.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Karta prejde, ak má viac hlasov za ako proti.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Rozhoduje vedúca rola kola; ostatné hlasy sú poradné. Kolo EÚ: komisár; národné kolo: minister vnútra; mestské kolo: primátor.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Skupina: každé miesto je iná osoba</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Sólo: jedna rola proti naprogramovaným hráčom</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Všetky miesta: jedna osoba hrá všetky roly</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Zdržať sa</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>v hlasovaní neprešla</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>nezostáva dosť rozpočtu</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>nezostáva dosť politického kapitálu</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>vylúčená už prijatou kartou</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>kolo bolo preskočené</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Nevybavené prípady: administratívna kapacita je pod 40, a tak sa prípady hromadia (ochrana −2, podpora verejnosti −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Napätie: sociálna súdržnosť je pod 40, a tak podpora verejnosti klesá o 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Opiera sa o platné právo EÚ</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Národná alebo miestna voľba v rámci práva EÚ</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Vyžadovalo by nový alebo zmenený zákon</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>žiadateľ o medzinárodnú ochranu</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>maloletý bez sprievodu</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>pracovný migrant</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>zlúčenie rodiny</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>s dočasnou ochranou</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>v neoprávnenom pobyte</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>hlas prijímajúcej spoločnosti</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>tvorca politiky</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>zainteresovaná strana</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Tento krok nie je v tejto fáze kola možný.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Táto karta už je na stole.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Už prijatá karta túto kartu vylučuje.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Táto karta nie je na stole.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Táto karta nepatrí do tohto kola.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Také miesto pri stole neexistuje.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Toto miesto hrá počítač.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Hra sa skončila.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Miest je viac ako rolí.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Dve miesta majú rovnakú rolu.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Sólová hra potrebuje presne jedného hráča.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Táto uložená hra sa hrala s iným obsahom hry a nedá sa v nej pokračovať.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Súbor uloženej hry je poškodený.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Uloženú hru zapísala iná verzia aplikácie.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Akcia bola odmietnutá ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Grafy ukazovateľov</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Ukazovatele hry</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>žiadne údaje</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Načítava sa hra na role…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Hrať: hra na role Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Hrať</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Obsah hry obsahuje chyby</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Kroky kola</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Panel moderátora</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Zobraziť alebo skryť panel moderátora</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Odstrániť túto uloženú hru? Nedá sa to vrátiť späť.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Kolo sa dá preskočiť, kým sa jeho hlasovanie neuzavrie.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Preskočiť toto kolo? Nič sa neprijme; príbehy napriek tomu pokračujú.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Zložený členský štát (údaje EÚ27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Záverečná diskusia — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Hra sa skončila: tajné priority sa odhaľujú.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Kolo {n} z {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Krok: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Rozpočet: {b} · Politický kapitál: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Zostávajúci čas: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(pozastavené)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Časovač kola: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>zložený členský štát (údaje EÚ27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — zhrnutie stretnutia</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Vaša krajina</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Zložený (EÚ27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Ukazovateľ</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} končí na {value} alebo viac</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} končí na {value} alebo menej</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} stúpne aspoň o {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>prijaté aspoň {count} z: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>neprijatá žiadna z: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Ukazovatele hry</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>žiadne údaje</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>EÚ27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Najvyššia</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Najnižšia</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Rok, súbor údajov</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Miesta:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Hra ešte neskončila: doteraz odohrané kolá.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Ukazovatele hry po každom kole</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Odhalené tajné priority</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Skóre je len podnet na rozhovor: dôležité je, prečo každá rola chcela to, čo chcela.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Mimoriadna správa:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Čo urobili skutočné krajiny</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Skutočné čísla zo štatistík dodaných s aplikáciou (posledný rok s údajmi EÚ); porovnajte ich s voľbami vašej skupiny.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Všetky pojmy hry</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Na záver</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Poznámky moderátora</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Kolo bolo preskočené.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Prijatá</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Neprijatá</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Hlasy</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Príbehy</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Otázky na záverečnú diskusiu</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Pojmy, ktoré sa objavili:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Lekcie, ktoré vysvetľujú voľby:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Hrané: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Krajina: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Pravidlo rozhodovania: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Režim: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Kolo {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Predsedá: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Zdroj:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} z {max} bodov</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Prečo:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Lekcie, ktoré to vysvetľujú:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>stojí {b} rozpočtu, {k} kapitálu</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Náklady: {budget} rozpočtu, {capital} politického kapitálu</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Právny základ: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Účinky: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Predvoľby</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Jazyk rozhrania</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Jazyk rozhrania:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Podľa systému</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Svetlá</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tmavá</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Vysoký kontrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Téma:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Veľkosť textu v percentách</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Veľkosť textu:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Nový jazyk rozhrania sa prejaví po reštarte aplikácie.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Potrebný reštart</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>Nový jazyk rozhrania je uložený. Prejaví sa pri ďalšom spustení aplikácie.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reštartovať teraz</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Neskôr</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Predvoľby…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Zmeniť žiaka</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Kto teraz používa Destination Europe?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Profily žiakov</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Prepnúť</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Prepnúť na tento profil</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (učiteľ, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Všeobecná poznámka</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>prvý pokus</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>najlepší pokus</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>posledný pokus</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Archivované lekcie</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivované)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Zatiaľ žiadne poznámky.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Moje poznámky</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Naposledy zmenené</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Každá otázka sa počíta raz na žiaka, podľa</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Žiaci a moduly</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Žiak</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Dokončené lekcie</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Zodpovedané otázky</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minúty</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Otázky, najťažšie najprv</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Na otázku zatiaľ nikto neodpovedal.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Otázka</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lekcia</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Žiaci</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Správne</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Pokusy na žiaka</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Nenašla sa žiadna neporušená záloha, preto pokrok začína odznova.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Databáza pokroku bola poškodená alebo sa nedala prečítať. Bola odložená ako {file} (neodstraňuje sa).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Váš pokrok bol obnovený zo zálohy {file}. To, čo sa urobilo po tejto zálohe, môže chýbať.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Databáza pokroku bola aktualizovaná pre túto verziu aplikácie ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Automatickú zálohu sa nepodarilo zapísať: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>pri spustení aplikácie</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatická, počas používania</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>vytvorená ručne</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>pred aktualizáciou</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>pred obnovením</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Napíšte meno.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Meno je príliš dlhé (najviac 80 znakov).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Vyberte farbu.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>PIN musí mať {lo} až {hi} znakov.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Tento profil už neexistuje.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Toto nie je profil učiteľa.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Môj pokrok</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Váš pokrok sa nedá zobraziť: databázu pokroku sa nepodarilo otvoriť ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Môj pokrok a pohľad učiteľa</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Môj &amp;prehľad</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>Pohľad &amp;učiteľa</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Žiak</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>&amp;Zmeniť žiaka…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Nový žiak…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Nový profil &amp;učiteľa…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Vytvoriť &amp;triedu zo zoznamu mien…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Exportovať môj &amp;pas pokroku…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Importovať pas pokroku…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>&amp;Balíky pre triedu</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Exportovať ú&amp;lohu… (učiteľ)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>I&amp;mportovať úlohu…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Exportovať moje &amp;výsledky…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Importovať v&amp;ýsledky… (učiteľ)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Exportovať správu o triede ako CS&amp;V… (učiteľ)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Exportovať správu o triede ako P&amp;DF… (učiteľ)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Skontrolovať databázu</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Obnoviť zo zálohy…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Poslať &amp;spätnú väzbu…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Váš pokrok sa nedá uložiť: databázu pokroku sa nepodarilo otvoriť. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Váš pokrok</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Trieda vytvorená</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n profil žiaka pripravený: </numerusform>
            <numerusform>%n profily žiakov pripravené: </numerusform>
            <numerusform>%n profilov žiakov pripravených: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Aktuálny žiak: {name}. Zmeniť žiaka</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Zmeniť žiaka (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Exportovať výsledky všetkých žiakov na tomto počítači…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Súbor odmietnutý</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Tento súbor bol odmietnutý a nič sa nezmenilo:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} nových z {total} záznamov, {learners} nových žiakov</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, nová úloha</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Exportovať môj pas pokroku</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Pas uložený</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Váš pokrok je v súbore {file}. Na druhom počítači vyberte Súbor ▸ Importovať pas pokroku… a pokračujte tam.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Importovať pas pokroku</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Vitajte späť, {name}: váš pokrok je tu.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Pas bol zlúčený.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Pas importovaný</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Exportovať balík úloh</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Úloha uložená</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: skopírujte ho na USB kľúč; na každom počítači žiaka vyberte Súbor ▸ Balíky pre triedu ▸ Importovať úlohu…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Odmietnuté (z týchto súborov sa nič nezmenilo):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovať</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Importovať úlohu</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportovať výsledky</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Výsledky uložené</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: odovzdajte ho svojmu učiteľovi (napríklad na USB kľúči).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importovať výsledky</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>Databáza pokroku je v poriadku (kontrola integrity SQLite: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n záloha sa uchováva v priečinku {folder}.</numerusform>
            <numerusform>%n zálohy sa uchovávajú v priečinku {folder}.</numerusform>
            <numerusform>%n záloh sa uchováva v priečinku {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Skontrolovať databázu</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Kontrola integrity našla problémy:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Cez Pomocník ▸ Obnoviť zo zálohy… sa vrátite k neporušenej kópii.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Ďakujeme: vaša spätná väzba je uložená.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Obnoviť pokrok zo zálohy</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Vyberte zálohu, ku ktorej sa chcete vrátiť. Súčasný pokrok sa najprv zálohuje, takže obnovenie sa dá vrátiť späť.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Zálohy, najnovšie najprv</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Zatiaľ žiadne zálohy.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Vybrať &amp;iný súbor…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Vybrať iný súbor zálohy</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Obnoviť</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Vybrať zálohu</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Databázy pokroku (*.sqlite3);;Všetky súbory (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Európska únia (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Žiak</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Nová hra</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Tri kolá (EÚ, národné, mestské). Každý hráč prevezme rolu s verejnými záujmami a tajnou prioritou; spolu prijímate politické karty a potom vidíte, čo vaše voľby znamenajú pre šiestich ľudí a pre prijímajúcu spoločnosť.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Režim hry</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Režim:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Počet hráčov</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Hráči:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Miesta pri stole</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>&amp;Miesta pri stole:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Krajina, za ktorú hrá skupina</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Zložený členský štát (údaje EÚ27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Krajina:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Pravidlo rozhodovania</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>Pravidlo &amp;rozhodovania:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minúty na kolo</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minúty na &amp;kolo:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Hráči a roly</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Hráč {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Meno hráča {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Rola hráča {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Prideliť rolu</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Problém pri príprave</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Začať hru</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Pokračovať v hre</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Každý krok sa pri hraní ukladá. Vyberte hru a pokračujte tam, kde sa zastavila; dokončené hry sa otvoria pri záverečnej diskusii.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Uložené hry</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Pokračovať v hre</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>O&amp;dstrániť uloženú hru</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Hráte jednu rolu; počítač hrá ostatné miesta a presadzuje, čo chcú ich roly.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Postupne hráte každé miesto ako tvorca politiky, ktorý počúva všetky strany.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Hra funguje najlepšie so 4 až 6 hráčmi, každý s vlastnou rolou.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Nechajte rolu na „Prideliť rolu“, aby sa pridelila: najprv sa pridelia tri vedúce roly kôl (komisár, minister vnútra, primátor).</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Dvaja hráči majú rovnakú rolu: vyberte inú.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>zložený členský štát</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>dokončená</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>kolo {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Zatiaľ žiadne uložené hry.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Prejsť do časti (Domov, Učiť sa, Hrať, Slovník, Krajiny, Môj pokrok)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Zväčšiť alebo zmenšiť text</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Text v normálnej veľkosti</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Režim projektora: veľké písmo</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Režim moderátora: zobraziť poznámky pre moderátora</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Na celú obrazovku</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Uložiť aktuálny graf ako PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Presúvať sa medzi ovládacími prvkami</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Tento zoznam</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové skratky</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Zadajte svoj PIN na otvorenie pohľadu učiteľa.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Otvoriť pohľad učiteľa</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Otvoriť pohľad učiteľa</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Pri každej &amp;otázke sa počíta:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Ktorý pokus sa počíta</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>prvý pokus</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>najlepší pokus (aspoň raz správne)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>posledný pokus</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportovať &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Exportovať správu o triede ako CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportovať &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Exportovať správu o triede ako PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnoviť</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Obnoviť správy</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Každá bunka: dokončené lekcie / lekcie v module · podiel zodpovedaných otázok, ktoré sa počítajú ako správne. Ukážte na bunku pre podrobnosti; dvojklikom na žiaka otvoríte jeho správu.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Prehľad triedy</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Prehľad &amp;triedy</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>Ž&amp;iak:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Žiak v správe</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Zobraziť &amp;nezačaté lekcie</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Zobraziť nezačaté lekcie</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lekcia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Dosiahnuté časti</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Správne otázky</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minúty</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Posledná aktivita</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Správa o žiakovi</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Podľa ž&amp;iaka</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Otázka</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Žiaci</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Správne</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% správne</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Pokusy na žiaka</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Otázky, najťažšie najprv</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Ťažké &amp;otázky</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, zadajte svoj PIN na otvorenie pohľadu učiteľa.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>Pohľad učiteľa je pre profily učiteľov. Prepnite sa na svoj profil učiteľa cez Súbor ▸ Zmeniť žiaka… alebo si ho vytvorte cez Súbor ▸ Nový profil učiteľa…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n žiak na tomto počítači</numerusform>
            <numerusform>%n žiaci na tomto počítači</numerusform>
            <numerusform>%n žiakov na tomto počítači</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n otázka, na ktorú niekto odpovedal</numerusform>
            <numerusform>%n otázky, na ktoré niekto odpovedal</numerusform>
            <numerusform>%n otázok, na ktoré niekto odpovedal</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Žiak</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>Začaté {started}, dokončené {done}; {right} z {answered} otázok správne; {minutes} min; posledná aktivita {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivovaná</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>dokončená</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>prebieha</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nezačatá</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivované)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Správa o triede</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>sprava-o-triede</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Exportovať správu o triede</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Uložené {a} a {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Uložené {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — rozhoduje</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} o {card}</translation>
    </message>
</context>
</TS>
