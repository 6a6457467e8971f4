<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Yleinen muistiinpano</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arkistoitu)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ei vielä muistiinpanoja.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>ensimmäinen yritys</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>paras yritys</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>viimeisin yritys</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Arkistoidut oppitunnit</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Edistymistietokanta oli vioittunut tai sitä ei voitu lukea. Se siirrettiin sivuun nimellä {file} (sitä ei poisteta).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Edistymisesi palautettiin varmuuskopiosta {file}. Sen jälkeen tehdyt asiat voivat puuttua.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Ehjää varmuuskopiota ei löytynyt, joten edistyminen alkaa alusta.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Edistymistietokanta päivitettiin tätä sovellusversiota varten ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Automaattista varmuuskopiota ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>kun sovellus käynnistyi</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automaattinen, käytön aikana</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>käsin tehty</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>ennen päivitystä</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Offline-oppimissovellus muuttoliikkeestä ja kotoutumisesta Euroopassa, tehty Euroopan muuttoliikeverkoston (EMN) oppimateriaalia varten. Kaikki tekstit on kirjoitettu tätä sovellusta varten; luvut ovat alla luetelluista julkisista tietoaineistoista.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Karttojen rajat ja nimet eivät merkitse Yhdistyneiden kansakuntien tai Euroopan unionin virallista hyväksyntää.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Tietoja Destination Europesta</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Tietolähteet</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Ohjelmistot ja karttatiedot</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Tilastoja ei voitu lukea:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Vie tehtäväpaketti</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Tehtävän otsikko</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Määräpäivä:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Tehtävällä on määräpäivä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Valitse kokonaisia moduuleja tai yksittäisiä oppitunteja:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Tehtävän moduulit ja oppitunnit</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Sisällytä ryhmän nimilista (%n oppija), jotta oppijoiden tietokoneet saavat samat profiilit</numerusform>
            <numerusform>Sisällytä ryhmän nimilista (%n oppijaa), jotta oppijoiden tietokoneet saavat samat profiilit</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Anna tehtävälle otsikko.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Valitse vähintään yksi moduuli tai oppitunti.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Kierroksen alustus</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Aloita &amp;keskustelu</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Aloita keskustelu</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Yhdistelmäjäsenvaltio: EU27-luvut (vain osuudet)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikaattori</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Viimeisin vuosi, jolta kullakin indikaattorilla on tietoja. Nämä ovat todellisia lukuja; pelin omat indikaattorit (0–100) ovat simulaatio.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Pelaat yhdistelmäjäsenvaltiota: luvut koskevat koko EU:ta (EU27), ja vain osuudet näytetään, koska kokonaismäärät eivät sopisi yhteen maahan.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Uutisflash</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Todelliset tiedot: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Miten ryhmä päättää</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Tämän kierroksen puheenjohtaja: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Budjetti: {budget} · Poliittinen pääoma: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Julkiset roolikortit</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Tilastoja ei voitu lukea: ei tietoja.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Avaa maaprofiili: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Intressit:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Rajoitteet:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>ei tietoja</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(alustava)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Lähde: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Luo ryhmä nimiluettelosta</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Liitä oppijoiden nimet, yksi riville (myös pilkut ja puolipisteet erottavat nimiä). Nimeä, jolla on jo profiili tällä tietokoneella, ei luoda kahdesti.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Oppijoiden nimet</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Luo profiilit</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nimi</numerusform>
            <numerusform>%n nimeä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikaattori:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Verrattava indikaattori</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Valitse 2–5 maata.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Tallenna &amp;PNG-kuvana…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Tallenna vertailukaavio PNG-kuvana</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Tallenna CS&amp;V-tiedostona…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Tallenna vertailutiedot CSV-tiedostona</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Verrattavat maat</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Verrattujen arvojen taulukko</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Vertailukaavio</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vertailu</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Näille maille ei ole tietoja.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Enintään 5 maata kerrallaan.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Lähde: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ei tietoja</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(alustava)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Lähde: {publisher}, tietoaineisto {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Tallenna tiedot</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Tallenna kaavio</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Tämän kierroksen päätökset ja tarinat</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Seuraava kierros</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Seuraava kierros</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Siirry &amp;purkuun</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Siirry purkuun</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Budjettia jäljellä: {b} · Poliittista pääomaa jäljellä: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Mitä ryhmä päätti</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Mitä se merkitsee ihmisille</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Lähde: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Kierros ohitettiin: mitään ei hyväksytty.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Miksi:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Termit:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Oppitunnit:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Hyväksytty:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Yhtään korttia ei hyväksytty.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Ei hyväksytty:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Maanäkymät</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Kartta ja kehitys</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Maaprofiili</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vertaa</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Omat oppituntini, muistiinpanot, kirjanmerkit ja yritykset</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Omat oppituntini</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Oppitunnit</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Muistiinpanot</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Kirjanmerkit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Oppitunti</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Yrityshistoria</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Yritykset</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Omat muistiinpanot</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Uusi muistiinpano…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Vie muistiinpanoni:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Vie muistiinpanoni Markdown-muodossa</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Vie muistiinpanoni PDF-muodossa</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Omat kirjanmerkit</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Avaa kirjanmerkitty oppitunti</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Po&amp;ista</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Poista kirjanmerkki</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Edistymistä ei voi tallentaa tälle tietokoneelle: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started}/{total} oppituntia aloitettu, {done} suoritettu · {answered} kysymykseen vastattu ({right} oikein ainakin kerran) · yrityksiä yhteensä {attempts}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>suoritettu</translation>
    </message>
    <message>
        <source>started</source>
        <translation>aloitettu</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ei aloitettu</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>oppitunnit</translation>
    </message>
    <message>
        <source>right</source>
        <translation>oikein</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>väärin</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>vastaukset</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Oppitunnit moduuleittain</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Vastaukseni päivittäin</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Kysymykset, joihin vastasin useimmin väärin</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>väärät vastaukset</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Sanaston termit, joita katsoin</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>katsottu kertaa</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Edistymiskaavioni</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Oma edistyminen</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Täällä ei ole vielä mitään.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n oppitunti</numerusform>
            <numerusform>%n oppituntia</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Nämä oppitunnit eivät enää kuulu tämän version sisältöön; edistymisesi niissä säilyy.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkistoitu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right}/{n} kysymystä oikein</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>avaa uudelleen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>aloita</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, määräpäivä {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>{done}/{n} oppituntia suoritettu</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Yleinen muistiinpano</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arkistoitu)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa muistiinpanoa</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Poista muistiinpano</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Poistetaanko valittu muistiinpano?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Vie muistiinpanoni</translation>
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
        <translation>jatka</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Opettajani antamat tehtävät</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Jatka siitä, mihin jäin:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Vielä aloittamattomat moduulit</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkistoidut</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Keskustelkaa: mitä kukin rooli halusi, mitä ryhmä valitsi ja mitä se merkitsi tarinoiden ihmisille?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Tallenna yhteenveto &amp;HTML-muodossa…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Tallenna istunnon yhteenveto HTML-muodossa</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Tallenna yhteenveto P&amp;DF-muodossa…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Tallenna istunnon yhteenveto PDF-muodossa</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Uusi peli</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Valmistele uusi peli</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Purku</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Tallenna istunnon yhteenveto</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Verkkosivu (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu tallentaa: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tallennettu: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Pöydällä olevat kortit ja äänestykset</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Sulje äänestys ja katso seuraukset</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Sulje äänestys</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Äänestys: {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>hyväksytään</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>ei hyväksytä</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Hyväksytyt kortit maksavat {b}/{B} budjettia ja {k}/{K} pääomaa.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Kaikki eivät mahdu: eniten kyllä-ääniä saaneet kortit hyväksytään ensin.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Puheenvuoro:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Paikka, joka tuo kortteja pöydälle</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Tuo pöydälle kortit, joista haluatte äänestää; sitten äänestetään.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Tämän kierroksen politiikkakortit</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Avaa äänestys</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Avaa äänestys</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Pöydällä ({who} toi sen).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Ota pois pöydältä</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Suljettu pois: ryhmä on jo hyväksynyt kortin ”{title}”.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Tuo pöydälle</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Pöydällä: kortteja {n}, hinta {b} budjettia ja {k} pääomaa. Käytettävissä: {B} budjettia, {K} pääomaa.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Kaikkea pöydällä olevaa ei voida rahoittaa.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indikaattori</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Kehitys</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kartta</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Tallenna &amp;PNG-kuvana…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Tallenna kaavio PNG-kuvana</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Tallenna CS&amp;V-tiedostona…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Tallenna tiedot CSV-tiedostona</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>100 000 &amp;asukasta kohden</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Näytä arvot 100 000 asukasta kohden</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Kartan vuosi</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikaattori:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Vuosi:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Kaaviota valmistellaan…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Kaavion arvojen taulukko</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Tilastoja ei voitu lukea: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Sovelluksen tarvitsemaa tiedostoa ei voitu ladata:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Kaaviomoottoria (plotly.js) ei voitu ladata, joten kaavioita ei voi piirtää.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Lähde: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ei tietoja</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(alustava)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} 100 000 asukasta kohden</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Lähde: {publisher}, tietoaineisto {dataset}. Merkintä p = alustava.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Tallenna tiedot</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Tallenna kaavio</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Ohjaajan paneeli</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Kierrosajastin</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Tauko</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Keskeytä kierrosajastin</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Anna kierrokselle kaksi minuuttia lisää</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Ohita tämä kierros</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Ohita tämä kierros</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>Tällä kierroksella ei hyväksytä mitään; tarinat jatkuvat silti.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Pelaajat ja salaiset kortit</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Salaiset prioriteetit pysyvät piilossa yhteisellä näytöllä. Pelaaja pitää omaa painikettaan painettuna (tai valitsee sen ja pitää välilyöntiä painettuna) lukeakseen korttinsa.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Ohjaajan muistiinpanot</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Asiat, joihin palataan purussa…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Kierrosajastin: {time} jäljellä</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Aika loppui: kootkaa ajatukset ja päättäkää.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Jatka kierrosajastinta</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (tietokone)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Pidä painettuna: salainen</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Pidä painettuna nähdäksesi pelaajan {name} salaisen kortin</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Salainen kortti: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Maaprofiilin maa</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Maaprofiili ja keskeiset luvut</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Maaprofiilin kaaviot</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Maaprofiili</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Tälle maalle ei ole tietoja.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Lähde: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ei tietoja</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(alustava)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Turvapaikkahakemukset</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Turvapaikkahakemuksia koskevat päätökset</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Ensimmäiset oleskeluluvat perusteen mukaan</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Maastapoistamismääräykset ja palauttamiset</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Ukrainan sotaa paenneet ihmiset</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Ulkomailta tullut väestö</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Euroopan unioni (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>EU:n jäsenvaltio</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>EMN:n tarkkailijamaa</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>päättää turvapaikkahakemuksista</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>maahanmuuttopolitiikka</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>hakijoiden vastaanotto</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>kotoutuminen</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>EMN:n kansallinen yhteyspiste</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Tälle maalle ei ole vielä tekstiprofiilia.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Keskeiset luvut</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Toimivaltaiset viranomaiset</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Oppitunnit</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Palaute opettajalta</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Palaute oppijalta</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Vastauksesi tallennetaan tälle tietokoneelle edistymisesi kanssa. Mitään ei lähetetä internetin kautta; opettajasi tai EMN-tiimi voi kerätä ne tulosten kanssa.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Vastauksesi tallennetaan tälle tietokoneelle. Ne auttavat parantamaan materiaalia seuraavia kertoja varten.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Arvio {n}/5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Kuinka hyvin materiaali sopi istuntoosi? (1 = ei lainkaan, 5 = erittäin hyvin)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Osallistujien määrä</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Osallistujien &amp;määrä:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Mikä toimi &amp;hyvin?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Mitä pitäisi &amp;muuttaa?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Jäikö jokin &amp;toimimatta tietokoneilla?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Kuinka hyödyllistä tämä oli sinulle? (1 = ei lainkaan, 5 = erittäin)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Mikä oli &amp;vaikea ymmärtää?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Mistä haluaisit oppia &amp;lisää?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Jotain &amp;muuta?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Anna arvio tai kirjoita jotain.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>luonnos: terminologi ei ole vielä tarkistanut</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Muuttoliikkeen perusteet</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Laillinen maahanmuutto</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Kansainvälinen suojelu</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Alaikäiset ja haavoittuvassa asemassa olevat ryhmät</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Kotoutuminen</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Kansalaisuus ja kansalaisuudettomuus</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Rajat, viisumit ja Schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Laiton maahanmuutto ja maahanmuuttajien salakuljetus</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Ihmiskauppa</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Palauttaminen ja takaisinotto</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Muuttoliike ja kehitys</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ukraina ja tilapäinen suojelu</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Toimielimet</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>13 kielellä</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Merkinnällä ”luonnos” varustettuja vastineita ei ole vielä tarkistanut terminologi.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Laajemmat termit</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Suppeammat termit</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Lähitermit</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Käytetään näillä oppitunneilla</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Myös</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Etsitään oppitunteja…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Mikään oppitunti ei vielä käytä tätä termiä.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>tarkistettu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Uusi tietovisa</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Aloita uusi sanastotietovisa</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Tarkista vastaus</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Tarkista vastaus</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>&amp;Seuraava kysymys</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Seuraava kysymys</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Palaute ja selitys</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Kysymys {n}/{total} · pisteet {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Termiin ”{a}” nähden termi ”{b}” on…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Mikä termi vastaa tätä määritelmää?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Nämä termit menevät helposti sekaisin. Kumpi vastaa tätä määritelmää?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>laajempi termi (yleisempi)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>suppeampi termi (tarkempi)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>lähitermi</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Tietovisa päättyi: {score}/{total} oikein. Aloita uusi tietovisa saadaksesi uusia kysymyksiä.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>Sanastossa ei ole tarpeeksi termejä tietovisaa varten.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Oikein.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Ei aivan.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>laajempi termi</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>suppeampi termi</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>Sanastossa {b} on termin {a} {kind}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Tämä on termin {term} määritelmä:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Valitsit termin {term}, joka tarkoittaa muuta:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Valitse ensin vastaus.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Sanasto</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Sanaston näkymät</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Kirjoita termi millä tahansa kielellä</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Hae sanastosta</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Teema:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Näytä yhden teeman termit</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Kaikki termit</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>{letter}-kirjaimella alkavat termit</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termit</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Termin näkymät</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Sanaston hakusana</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Suhdekartta</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Hakusana</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Suhde&amp;kartta</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Selaa</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>Tieto&amp;visa</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Kaikki teemat</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Joitakin sanaston hakusanoja ei voitu lukea:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n termi</numerusform>
            <numerusform>%n termiä</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>määritelmässä</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>tarkoititko tätä? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Ylhäällä: laajemmat termit · alhaalla: suppeammat termit · sivuilla: lähitermit</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Napsauta termiä (tai siirry siihen sarkaimella ja paina Enter) siirtääksesi sen keskelle.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Tällä termillä ei vielä ole laajempia, suppeampia eikä lähitermejä.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Tervetuloa Destination Europeen</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Opi, miten muuttoliike- ja kotoutumispolitiikka toimii Euroopassa: kuka päättää EU:n, valtion ja kaupungin tasolla, mitä laki sanoo ja mitä todelliset luvut kertovat. Kaikki toimii ilman internetyhteyttä.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Jatka siitä, mihin jäin</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Opi</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Moduulit ja oppitunnit tietovisoineen ja skenaarioineen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Pelaa</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Roolipeli ryhmälle yhden näytön ääressä</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Sanasto</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Keskeiset termit selkokielellä</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Kaavioita ja kartta todellisista tilastoista</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Luku keskustelun pohjaksi</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>Vuonna {year} yhteensä {value} EU:n ulkopuolelta tullutta ihmistä haki turvapaikkaa EU:sta ensimmäistä kertaa.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>Vuonna {year} heitä oli {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Lähde: {publisher}, tietoaineisto {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Väestö 1. tammikuuta (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Väestö (Maailmanpankki)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Maassa asuvat EU:n ulkopuolisten maiden kansalaiset</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>EU:n ulkopuolisten maiden kansalaiset, osuus väestöstä</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Ulkomailla syntyneiden osuus väestöstä</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Ensimmäistä kertaa turvapaikkaa hakeneet</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Uusintahakemuksen tehneet turvapaikanhakijat</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Ensimmäistä kertaa turvapaikkaa hakeneet 100 000 asukasta kohden</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Turvapaikkahakemukset (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Päätökset: pakolaisasema myönnetty (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Päätökset: täydentävä suojelu (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Päätökset: hylätty (UNHCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Myönteisten päätösten osuus (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Vastaanotetut pakolaiset (UNHCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Vastaanotetut turvapaikanhakijat (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Vastaanotetut pakolaiset Ukrainasta (UNHCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Ensimmäiset oleskeluluvat, kaikki perusteet</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Ensimmäiset oleskeluluvat perhesyistä</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Ensimmäiset oleskeluluvat opiskelun perusteella</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Ensimmäiset oleskeluluvat työn perusteella</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Ensimmäiset oleskeluluvat muista syistä</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>EU:n ulkopuolisten maiden kansalaiset, jotka on määrätty poistumaan</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Poistumismääräyksen jälkeen palanneet EU:n ulkopuolisten maiden kansalaiset</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Tilapäistä suojelua saavat ukrainalaiset</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>henkilöä</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>prosenttia</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>100 000 asukasta kohden</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Opi</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Moduulit ja oppitunnit</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Valitse oppitunti vasemmalta.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Edellinen</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Edellinen osio</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Seuraava ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Seuraava osio</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Kirjanmerkki</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Lisää tähän osioon kirjanmerkki</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ &amp;Muistiinpano</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Kirjoita muistiinpano tästä osiosta</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Toinen &amp;kieli:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Sanaston termien toinen kieli (kaksikielinen lukeminen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Sanastopaneeli</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Tässä oppitunnissa on virheitä, eikä sitä voi näyttää.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuutti</numerusform>
            <numerusform>%n minuuttia</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Oppitunteja ei löytynyt.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Oppitunnin sivu</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: tätä oppituntia ei voi näyttää</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Sisällöntarkistin löysi nämä ongelmat:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, suoritettu</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, aloitettu</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Kirjanmerkitty</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Muistiinpanosi tästä osiosta:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Muistiinpano tallennettu kohtaan Oma edistyminen.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Osio {n}/{total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Avaa koko artikkeli sanastossa</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(luonnos)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>vastinetta ei vielä ole</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Tietovisa</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Kysymys {n}/{total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Tarkista vastaus</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Oikein</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Ei aivan</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Näytä selitys</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Valitse yksi vastaus.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Valitse kaikki sopivat vastaukset.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Tosi</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Epätosi</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Järjestä kohdat oikeaan järjestykseen painikkeilla Siirrä ylös ja Siirrä alas.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Valitse kullekin kohdalle sopiva vastaus.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Vastauksesi</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenaario</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Tähänastiset valintasi</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Skenaarion loppu</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Aloita alusta</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Pohdinta</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Tallenna muistiinpano</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Tallennettu muistiinpanoihisi</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Tälle kaaviolle ei ole vielä tietoja.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Avaa maaprofiili</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Sanaston termi</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Avaa sanastossa</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Tätä termiä ei ole sanastossa.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>Pareittain</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>Pienryhmissä</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Koko ryhmä</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Ohjaajan huomautus</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Tätä tehtävää ei voitu ladata. Sisällöntarkistin kertoo syyn.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Jokin meni vikaan. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Tätä sivua ei ole.</translation>
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
        <translation>Osiot</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Vie kaavio PNG-kuvana…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Tuo Eurostat-tiedosto…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Todellinen koko</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>&amp;Projektoritila (suuri teksti)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Tee&amp;ma</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>&amp;Ohjaajatila (näytä ohjaajan huomautukset)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Koko näyttö</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;Tietoja Destination Europesta</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Tuo Eurostat-datatiedosto</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Eurostat-tiedostot (*.tsv *.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Tuonti hylätty</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Tiedostoa ei tuotu, mitään ei muutettu:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} arvoa, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Tuotu aineistosta {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Offline: %n ulkoinen pyyntö estetty</numerusform>
            <numerusform>Offline: %n ulkoista pyyntöä estetty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Uusi opettajaprofiili</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Uusi oppija</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Avatarin väri {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Avatarin väri:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-koodi uudelleen</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN-koodi (vähintään {n} merkkiä):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-koodi &amp;uudelleen:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>PIN-koodit eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Muistiinpanon teksti</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-koodi:</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>Opettajan PIN-koodi</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>PIN-koodiviesti</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Väärä PIN-koodi. Yritä uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Väärä PIN-koodi. Liian monta väärää yritystä: voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Väärä PIN-koodi. Liian monta väärää yritystä: voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Voit yrittää PIN-koodia uudelleen.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Ei vielä käytettävissä</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>ei tietoja</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Pelin indikaattorit kunkin kierroksen jälkeen (0–100, alku 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>points</source>
        <translation>pistettä</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Pelin indikaattorit</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Kierros {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Mikä muuttui kierroksella {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Muutos kierroksella {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Suojelun taso</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Työmarkkinoille pääsy</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Sosiaalinen yhteenkuuluvuus</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Yleisön tuki</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Hallinnon kapasiteetti</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Julkinen talous</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>EU-taso</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Kansallinen taso</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Kaupunkitaso</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Valmistelu</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Alustus</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Seuraukset</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Purku</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Yksimielisyys</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Enemmistöäänestys</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Johtava rooli päättää</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Kortti hyväksytään, jos sillä on ainakin yksi kyllä-ääni eikä yhtään ei-ääntä.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Kortti hyväksytään, jos kyllä-ääniä on enemmän kuin ei-ääniä.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Kierroksen johtava rooli päättää; muiden äänet ovat neuvoa-antavia. EU-kierros: komissaari; kansallinen kierros: sisäministeri; kaupunkikierros: pormestari.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Ryhmä: jokainen paikka on eri henkilö</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Yksin: yksi rooli ohjelmoituja pelaajia vastaan</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Kaikki paikat: yksi henkilö pelaa kaikkia rooleja</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Tyhjä</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>ei mennyt äänestyksessä läpi</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>budjettia ei ole tarpeeksi jäljellä</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>poliittista pääomaa ei ole tarpeeksi jäljellä</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>jo hyväksytty kortti sulkee pois</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>kierros ohitettiin</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Ruuhka: hallinnon kapasiteetti on alle 40, joten asiat kasautuvat (suojelu −2, yleisön tuki −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Jännitteet: sosiaalinen yhteenkuuluvuus on alle 40, joten yleisön tuki laskee 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Perustuu voimassa olevaan EU-oikeuteen</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Kansallinen tai paikallinen valinta EU-oikeuden puitteissa</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Vaatisi uuden tai muutetun lain</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>hakee kansainvälistä suojelua</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>ilman huoltajaa oleva alaikäinen</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>työperäinen maahanmuuttaja</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>perheenyhdistäminen</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>tilapäisen suojelun piirissä</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>laittomasti maassa oleskeleva</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>vastaanottavan yhteiskunnan ääni</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>päätöksentekijä</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>sidosryhmä</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Tämä vaihe ei ole mahdollinen tässä kierroksen kohdassa.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Tämä kortti on jo pöydällä.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Jo hyväksytty kortti sulkee tämän kortin pois.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Tämä kortti ei ole pöydällä.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Tämä kortti ei kuulu tähän kierrokseen.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Pöydässä ei ole tällaista paikkaa.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Tietokone pelaa tätä paikkaa.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Peli on päättynyt.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Paikkoja on enemmän kuin rooleja.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Kahdella paikalla on sama rooli.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Yksinpeliin tarvitaan tasan yksi pelaaja.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Tämä tallennettu peli on pelattu toisella pelisisällöllä, eikä sitä voi jatkaa.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Tallennetun pelin tiedosto on vioittunut.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Tallennetun pelin on kirjoittanut sovelluksen toinen versio.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Toiminto hylättiin ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Indikaattorikaaviot</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Pelin indikaattorit</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ei tietoja</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Roolipeliä ladataan…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Pelaa: Destination Europe -roolipeli</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Pelaa</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Pelin sisällössä on virheitä</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Kierroksen vaiheet</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>Ohjaajan &amp;paneeli</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Näytä tai piilota ohjaajan paneeli</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Poistetaanko tämä tallennettu peli? Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Kierroksen voi ohittaa ennen kuin sen äänestys suljetaan.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Ohitetaanko tämä kierros? Mitään ei hyväksytä; tarinat jatkuvat silti.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Yhdistelmäjäsenvaltio (EU27-luvut)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Purku — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Peli on päättynyt: salaiset prioriteetit paljastetaan.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Kierros {n}/{total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Vaihe: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Budjetti: {b} · Poliittinen pääoma: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Aikaa jäljellä: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(tauolla)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Kierrosajastin: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>yhdistelmäjäsenvaltio (EU27-luvut)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — istunnon yhteenveto</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Oma maasi</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Yhdistelmä (EU27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikaattori</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} päättyy arvoon {value} tai enemmän</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} päättyy arvoon {value} tai vähemmän</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} nousee vähintään {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>vähintään {count} hyväksytty korteista: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>yhtään ei hyväksytty korteista: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Pelin indikaattorit</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ei tietoja</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>EU27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Suurin</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Pienin</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Vuosi, tietoaineisto</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Paikat:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Peli ei ole vielä päättynyt: tähän mennessä pelatut kierrokset.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Pelin indikaattorit kunkin kierroksen jälkeen</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Salaiset prioriteetit paljastettu</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Pisteet ovat vain keskustelun pohja: tärkeintä on, miksi kukin rooli halusi sitä, mitä halusi.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Uutisflash:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Mitä todelliset maat tekivät</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Todellisia lukuja sovelluksen tilastoista (viimeisin vuosi, jolta on EU-tietoja); vertaa niitä ryhmäsi valintoihin.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Kaikki pelin termit</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Lopuksi</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Ohjaajan muistiinpanot</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Kierros ohitettiin.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Ei hyväksytty</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Tarinat</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Kysymyksiä purkuun</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Esiin tulleet termit:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Valintoja selittävät oppitunnit:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Pelattu: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Maa: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Päätössääntö: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Tila: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Kierros {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Puheenjohtaja: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Lähde:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points}/{max} pistettä</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Miksi:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Sen selittävät oppitunnit:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>maksaa {b} budjettia, {k} pääomaa</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Hinta: {budget} budjettia, {capital} poliittista pääomaa</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Oikeusperusta: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Vaikutukset: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Käyttöliittymän kieli</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Käyttöliittymän &amp;kieli:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seuraa järjestelmää</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Teema:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Tekstin koko prosentteina</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tekstin &amp;koko:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Uusi käyttöliittymän kieli tulee voimaan, kun sovellus käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Uudelleenkäynnistys tarvitaan</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>Uusi käyttöliittymän kieli on tallennettu. Se tulee voimaan, kun sovellus käynnistyy uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Käynnistä uudelleen nyt</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Vaihda oppijaa</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Kuka käyttää Destination Europea nyt?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Oppijaprofiilit</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Vaihda</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Vaihda tähän profiiliin</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (opettaja, PIN-koodi)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Yleinen muistiinpano</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>ensimmäinen yritys</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>paras yritys</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>viimeisin yritys</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Arkistoidut oppitunnit</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arkistoitu)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ei vielä muistiinpanoja.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Omat muistiinpanot</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Viimeksi muutettu</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Jokainen kysymys lasketaan kerran oppijaa kohden, ja ratkaisee</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Oppijat ja moduulit</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Oppija</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Moduuli</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Suoritetut oppitunnit</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Vastatut kysymykset</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Kysymykset, vaikeimmat ensin</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Kukaan ei ole vielä vastannut kysymykseen.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Oppitunti</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Oppijat</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Oikein</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Yritykset oppijaa kohden</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Ehjää varmuuskopiota ei löytynyt, joten edistyminen alkaa alusta.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Edistymistietokanta oli vioittunut tai sitä ei voitu lukea. Se siirrettiin sivuun nimellä {file} (sitä ei poisteta).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Edistymisesi palautettiin varmuuskopiosta {file}. Sen jälkeen tehdyt asiat voivat puuttua.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Edistymistietokanta päivitettiin tätä sovellusversiota varten ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Automaattista varmuuskopiota ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>kun sovellus käynnistyi</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automaattinen, käytön aikana</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>käsin tehty</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>ennen päivitystä</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Kirjoita nimi.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Nimi on liian pitkä (enintään 80 merkkiä).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Valitse väri.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>PIN-koodissa on oltava {lo}–{hi} merkkiä.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Tätä profiilia ei enää ole.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Tämä ei ole opettajaprofiili.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Oma edistyminen</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Edistymistäsi ei voi näyttää: edistymistietokantaa ei voitu avata ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Oma edistyminen ja opettajan näkymä</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Oma &amp;yleiskatsaus</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>&amp;Opettajan näkymä</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Oppija</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>&amp;Vaihda oppijaa…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Uusi oppija…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Uusi &amp;opettajaprofiili…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Luo &amp;ryhmä nimiluettelosta…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Vie edistymis&amp;passini…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Tuo edistymispassi…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Ryhmä&amp;paketit</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Vie &amp;tehtävä… (opettaja)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>T&amp;uo tehtävä…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Vie &amp;tulokseni…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Tuo t&amp;ulokset… (opettaja)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Vie ryhmäraportti CS&amp;V-muodossa… (opettaja)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Vie ryhmäraportti P&amp;DF-muodossa… (opettaja)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Tarkista tietokanta</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Lähetä &amp;palautetta…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Edistymistäsi ei voi tallentaa: edistymistietokantaa ei voitu avata. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Oma edistymisesi</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Ryhmä luotu</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n oppijaprofiili valmiina: </numerusform>
            <numerusform>%n oppijaprofiilia valmiina: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Nykyinen oppija: {name}. Vaihda oppijaa</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Vaihda oppijaa (Ctrl+Vaihto+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Vie kaikkien tämän tietokoneen oppijoiden tulokset…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Tiedosto hylättiin</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Tämä tiedosto hylättiin, eikä mitään muutettu:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} uutta / {total} tietuetta, {learners} uutta oppijaa</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, uusi tehtävä</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Vie edistymispassini</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Passi tallennettu</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Edistymisesi on tiedostossa {file}. Valitse toisella tietokoneella Tiedosto ▸ Tuo edistymispassi… jatkaaksesi siellä.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Tuo edistymispassi</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Tervetuloa takaisin, {name}: edistymisesi on täällä.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Passi yhdistettiin.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Passi tuotu</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Vie tehtäväpaketti</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Tehtävä tallennettu</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: kopioi se USB-muistille; valitse jokaisella oppijan tietokoneella Tiedosto ▸ Ryhmäpaketit ▸ Tuo tehtävä…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Hylätty (näistä tiedostoista ei muutettu mitään):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Tuo tehtävä</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Vie tulokset</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Tulokset tallennettu</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: anna se opettajallesi (esimerkiksi USB-muistilla).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Tuo tulokset</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>Edistymistietokanta on kunnossa (SQLite-eheystarkistus: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n varmuuskopio säilytetään kansiossa {folder}.</numerusform>
            <numerusform>%n varmuuskopiota säilytetään kansiossa {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Tarkista tietokanta</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Eheystarkistus löysi ongelmia:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Palaa ehjään kopioon valitsemalla Ohje ▸ Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Kiitos: palautteesi on tallennettu.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Palauta edistyminen varmuuskopiosta</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Valitse varmuuskopio, johon palataan. Nykyinen edistyminen varmuuskopioidaan ensin, joten palautuksen voi perua.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Varmuuskopiot, uusin ensin</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Ei vielä varmuuskopioita.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Valitse &amp;toinen tiedosto…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Valitse toinen varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Edistymistietokannat (*.sqlite3);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Euroopan unioni (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Oppija</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Uusi peli</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Kolme kierrosta (EU, valtio, kaupunki). Jokainen pelaaja ottaa roolin, jolla on julkiset intressit ja salainen prioriteetti; yhdessä hyväksytte politiikkakortteja ja näette sitten, mitä valintanne merkitsevät kuudelle ihmiselle ja vastaanottavalle yhteiskunnalle.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Pelitila</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Pelaajien määrä</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Pelaajat:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Paikat pöydässä</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>Paikat pöy&amp;dässä:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Ryhmän pelaama maa</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Yhdistelmäjäsenvaltio (EU27-luvut)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Päätössääntö</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>Päätös&amp;sääntö:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minuuttia kierrosta kohden</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minuuttia &amp;kierrosta kohden:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Pelaajat ja roolit</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Pelaaja {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Pelaajan {n} nimi</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Pelaajan {n} rooli</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Jaa rooli</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Ongelma valmistelussa</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Aloita peli</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Jatka peliä</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Jokainen vaihe tallennetaan pelin aikana. Valitse peli jatkaaksesi siitä, mihin se jäi; päättyneet pelit avautuvat purkuunsa.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Tallennetut pelit</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Jatka peliä</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>&amp;Poista tallennettu peli</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Pelaat yhtä roolia; tietokone pelaa muita paikkoja ja ajaa niiden roolien tavoitteita.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Pelaat vuorotellen jokaista paikkaa päätöksentekijänä, joka kuulee kaikkia osapuolia.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Peli toimii parhaiten 4–6 pelaajalla, joilla kullakin on rooli.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Jätä rooliksi ”Jaa rooli”, niin rooli jaetaan: kierrosten kolme johtavaa roolia (komissaari, sisäministeri, pormestari) jaetaan ensin.</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Kahdella pelaajalla on sama rooli: valitse toinen.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>yhdistelmäjäsenvaltio</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>kierros {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Ei vielä tallennettuja pelejä.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Siirry osioon (Etusivu, Opi, Pelaa, Sanasto, Maat, Oma edistyminen)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Suurenna tai pienennä tekstiä</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Teksti normaalikokoisena</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Projektoritila: suuri teksti</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Ohjaajatila: näytä ohjaajan huomautukset</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Koko näyttö</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Tallenna nykyinen kaavio PNG-kuvana</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Siirry säätimestä toiseen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Tämä luettelo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Anna PIN-koodisi avataksesi opettajan näkymän.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Avaa opettajan näkymä</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Avaa opettajan näkymä</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Kunkin &amp;kysymyksen osalta lasketaan:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Mikä yritys lasketaan</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>ensimmäinen yritys</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>paras yritys (oikein ainakin kerran)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>viimeisin yritys</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Vie &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Vie ryhmäraportti CSV-muodossa</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Vie &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Vie ryhmäraportti PDF-muodossa</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Päivitä raportit</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Jokainen solu: suoritetut oppitunnit / moduulin oppitunnit · oikeiksi laskettujen vastausten osuus. Osoita solua nähdäksesi tiedot; kaksoisnapsauta oppijaa avataksesi raportin.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Ryhmän yleiskatsaus</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Ryhmän &amp;yleiskatsaus</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Oppija:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Raportin oppija</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Näytä &amp;aloittamattomat oppitunnit</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Näytä aloittamattomat oppitunnit</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Moduuli</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Oppitunti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Saavutetut osiot</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Oikeat vastaukset</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Viimeisin toiminta</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Oppijan raportti</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>&amp;Oppijoittain</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Oppijat</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Oikein</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% oikein</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Yritykset oppijaa kohden</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Kysymykset, vaikeimmat ensin</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Vaikeat &amp;kysymykset</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, anna PIN-koodisi avataksesi opettajan näkymän.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>Opettajan näkymä on opettajaprofiileille. Vaihda opettajaprofiiliisi valitsemalla Tiedosto ▸ Vaihda oppijaa… tai luo sellainen valitsemalla Tiedosto ▸ Uusi opettajaprofiili…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n oppija tällä tietokoneella</numerusform>
            <numerusform>%n oppijaa tällä tietokoneella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n kysymykseen on joku vastannut</numerusform>
            <numerusform>%n kysymykseen on joku vastannut</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Oppija</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>{started} aloitettu, {done} suoritettu; {right}/{answered} kysymystä oikein; {minutes} min; viimeisin toiminta {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkistoitu</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>suoritettu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ei aloitettu</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arkistoitu)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Ryhmäraportti</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>ryhmaraportti</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Vie ryhmäraportti</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Tallennettu {a} ja {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Tallennettu {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — päättää</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} kortista {card}</translation>
    </message>
</context>
</TS>
