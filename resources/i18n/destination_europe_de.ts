<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Allgemeine Notiz</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>erster Versuch</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>bester Versuch</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>letzter Versuch</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Archivierte Lektionen</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Die Fortschrittsdatenbank war beschädigt oder konnte nicht gelesen werden. Sie wurde als {file} beiseitegelegt (sie wird nicht gelöscht).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Ihr Fortschritt wurde aus der Sicherung {file} wiederhergestellt. Was nach dieser Sicherung getan wurde, kann fehlen.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Es wurde keine intakte Sicherung gefunden, daher beginnt der Fortschritt wieder bei null.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Die Fortschrittsdatenbank wurde für diese Version der App aktualisiert ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Die automatische Sicherung konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>beim Start der App</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatisch, während der Nutzung</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Eine Offline-Lern-App zu Migration und Integration in Europa, entwickelt für das Lernpaket des Europäischen Migrationsnetzwerks (EMN). Alle Texte wurden für diese App geschrieben; die Zahlen stammen aus den unten aufgeführten öffentlichen Datensätzen.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Grenzen und Namen auf den Karten bedeuten keine offizielle Billigung oder Anerkennung durch die Vereinten Nationen oder die Europäische Union.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Über Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Software und Kartendaten</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Die Statistiken konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Ein Aufgabenpaket exportieren</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Titel der Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Die Aufgabe hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Ganze Module oder einzelne Lektionen ankreuzen:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Module und Lektionen der Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Die Klassenliste einschließen (%n lernende Person), damit die PCs der Lernenden dieselben Profile erhalten</numerusform>
            <numerusform>Die Klassenliste einschließen (%n Lernende), damit die PCs der Lernenden dieselben Profile erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Bitte geben Sie der Aufgabe einen Titel.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Bitte kreuzen Sie mindestens ein Modul oder eine Lektion an.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Einführung in die Runde</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>&amp;Diskussion beginnen</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Diskussion beginnen</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Zusammengesetzter Mitgliedstaat: Zahlen der EU27 (nur Quoten)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Letztes Jahr mit Daten für jeden Indikator. Dies sind echte Zahlen; die Spielindikatoren (0–100) sind eine Simulation.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Sie spielen einen zusammengesetzten Mitgliedstaat: Die Zahlen gelten für die gesamte EU (EU27), und es werden nur Quoten gezeigt, weil Gesamtzahlen nicht zu einem einzelnen Land passen würden.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Eilmeldung</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Die Lage</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Echte Daten: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Wie die Gruppe entscheidet</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Vorsitz in dieser Runde: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Budget: {budget} · Politisches Kapital: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Öffentliche Rollenkarten</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Die Statistiken konnten nicht gelesen werden: keine Daten.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Länderprofil öffnen: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Interessen:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Einschränkungen:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(vorläufig)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Quelle: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Klasse aus einer Namensliste anlegen</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Fügen Sie die Namen Ihrer Lernenden ein, einen pro Zeile (auch Kommas und Semikolons trennen Namen). Ein Name, der auf diesem PC schon ein Profil hat, wird nicht doppelt angelegt.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Namen der Lernenden</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>Profile &amp;anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n Name</numerusform>
            <numerusform>%n Namen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Zu vergleichender Indikator</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Wählen Sie 2 bis 5 Länder aus.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Vergleichsdiagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Als CS&amp;V speichern…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Vergleichsdaten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Zu vergleichende Länder</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Tabelle der verglichenen Werte</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Vergleichsdiagramm</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Keine Daten für diese Länder.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Höchstens 5 Länder gleichzeitig.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Quelle: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(vorläufig)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Quelle: {publisher}, Datensatz {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Daten speichern</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Entscheidungen und Geschichten dieser Runde</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Nächste Runde</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Nächste Runde</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Zur &amp;Nachbesprechung</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Zur Nachbesprechung</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Verbleibendes Budget: {b} · Verbleibendes politisches Kapital: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Was die Gruppe beschlossen hat</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Was das für Menschen bedeutet</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Quelle: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Die Runde wurde übersprungen: Es wurde nichts angenommen.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Begriffe:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lektionen:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Angenommen:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Es wurde keine Karte angenommen.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Nicht angenommen:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Länderansichten</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Karte und Trends</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Länderprofil</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Meine Lektionen, Notizen, Lesezeichen und Versuche</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Meine Lektionen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Verlauf der Versuche</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Versuche</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Neue Notiz…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Meine Notizen exportieren:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Meine Notizen als Markdown exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Meine Notizen als PDF exportieren</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Meine Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Die Lektion mit dem Lesezeichen öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Das Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Der Fortschritt kann auf diesem PC nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} von {total} Lektionen begonnen, {done} abgeschlossen · {answered} Fragen beantwortet ({right} mindestens einmal richtig) · {attempts} Versuche insgesamt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Lektionen pro Modul</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Meine Antworten pro Tag</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Fragen, die ich am häufigsten falsch beantwortet habe</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>falsche Antworten</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Glossarbegriffe, die ich nachgeschlagen habe</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>Mal nachgeschlagen</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Meine Fortschrittsdiagramme</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Mein Fortschritt</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n Lektion</numerusform>
            <numerusform>%n Lektionen</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Diese Lektionen gehören nicht mehr zum Inhalt dieser Version; Ihr Fortschritt darin bleibt erhalten.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} von {n} Fragen richtig</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>erneut öffnen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>beginnen</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, fällig am {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>{done} von {n} Lektionen abgeschlossen</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Allgemeine Notiz</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Die ausgewählte Notiz löschen?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Meine Notizen exportieren</translation>
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
        <translation>weitermachen</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Aufgaben von meiner Lehrkraft</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Dort weitermachen, wo ich aufgehört habe:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Noch nicht begonnene Module</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Besprechen Sie es gemeinsam: Was wollte jede Rolle, wofür hat sich die Gruppe entschieden, und was bedeutete das für die Menschen in den Geschichten?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Zusammenfassung als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Die Zusammenfassung der Sitzung als HTML speichern</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Zusammenfassung als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Die Zusammenfassung der Sitzung als PDF speichern</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Neues Spiel</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Ein neues Spiel einrichten</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Die Zusammenfassung der Sitzung speichern</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Karten auf dem Tisch und die Abstimmungen</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>Abstimmung &amp;schließen und Folgen ansehen</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Abstimmung über {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>wird angenommen</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>wird nicht angenommen</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Angenommene Karten kosten {b} von {B} Budget und {k} von {K} Kapital.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Nicht alle passen: Die Karten mit den meisten Ja-Stimmen werden zuerst angenommen.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Am Wort:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Platz, der Karten auf den Tisch legt</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Legen Sie die Karten, über die abgestimmt werden soll, auf den Tisch; danach folgt die Abstimmung.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Politikkarten dieser Runde</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>Abstimmung &amp;eröffnen</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Abstimmung eröffnen</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Auf dem Tisch (gelegt von {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Vom Tisch nehmen</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Ausgeschlossen: Die Gruppe hat bereits „{title}“ angenommen.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Auf den Tisch legen</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Auf dem Tisch: Karten: {n}, Kosten {b} Budget und {k} Kapital. Verfügbar: {B} Budget, {K} Kapital.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Nicht alles auf dem Tisch ist bezahlbar.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Als CS&amp;V speichern…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Die Daten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Pro 100.000 &amp;Einwohner</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Werte pro 100.000 Einwohner zeigen</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Jahr der Karte</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Diagramm wird vorbereitet…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Tabelle der Werte im Diagramm</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Die Statistiken konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Eine Datei, die die App braucht, konnte nicht geladen werden:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Die Diagramm-Engine (plotly.js) konnte nicht geladen werden, daher kann kein Diagramm gezeichnet werden.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Quelle: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(vorläufig)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} pro 100.000 Einwohner</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Quelle: {publisher}, Datensatz {dataset}. Kennzeichen p = vorläufig.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Daten speichern</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Moderationsbereich</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Rundentimer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Den Rundentimer anhalten</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 Mi&amp;n.</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Der Runde zwei Minuten mehr geben</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>Diese Runde &amp;überspringen</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Diese Runde überspringen</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>In dieser Runde wird nichts angenommen; die Geschichten gehen trotzdem weiter.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Spielende und geheime Karten</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Geheime Prioritäten bleiben auf dem gemeinsamen Bildschirm verborgen. Wer spielt, hält die eigene Schaltfläche gedrückt (oder wählt sie aus und hält die Leertaste), um die eigene Karte zu lesen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notizen der Moderation</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Punkte, auf die wir in der Nachbesprechung zurückkommen…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Rundentimer: noch {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Die Zeit ist um: zum Schluss kommen und entscheiden.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Den Rundentimer fortsetzen</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (Computer)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Halten: geheim</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Halten, um die geheime Karte von {name} zu sehen</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Geheime Karte: {who}</translation>
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
        <translation>Land des Länderprofils</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Länderprofil und wichtige Zahlen</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Diagramme des Länderprofils</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Länderprofil</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Keine Daten für dieses Land.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Quelle: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(vorläufig)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Asylanträge</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Entscheidungen über Asylanträge</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Erstmalige Aufenthaltstitel nach Grund</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Ausreiseaufforderungen und Rückkehr</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Menschen, die vor dem Krieg in der Ukraine geflohen sind</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Bevölkerung aus dem Ausland</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Europäische Union (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>EU-Mitgliedstaat</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>EMN-Beobachterland</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>entscheidet über Asylanträge</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>Migrationspolitik</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>Aufnahme von Antragstellenden</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Nationale Kontaktstelle des EMN</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Für dieses Land gibt es noch kein Textprofil.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Wichtige Zahlen</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Zuständige Behörden</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Rückmeldung einer Lehrkraft</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Rückmeldung einer lernenden Person</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Ihre Antworten werden mit Ihrem Fortschritt auf diesem PC gespeichert. Nichts wird über das Internet gesendet; Ihre Lehrkraft oder das EMN-Team kann sie mit den Ergebnissen einsammeln.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Ihre Antworten werden auf diesem PC gespeichert. Sie helfen, das Material für die nächsten Sitzungen zu verbessern.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Bewertung {n} von 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Wie gut passte das Material zu Ihrer Sitzung? (1 = gar nicht, 5 = sehr gut)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Anzahl der Teilnehmenden</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Anzahl der &amp;Teilnehmenden:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Was hat &amp;gut funktioniert?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Was sollte sich ä&amp;ndern?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Hat auf den PCs etwas nicht &amp;funktioniert?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Wie nützlich war das für Sie? (1 = gar nicht, 5 = sehr)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Was war &amp;schwer zu verstehen?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Worüber möchten Sie &amp;mehr lernen?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>&amp;Sonst noch etwas?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Bitte geben Sie eine Bewertung ab oder schreiben Sie etwas.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>Entwurf: noch nicht terminologisch geprüft</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Grundlagen der Migration</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Legale Migration</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Internationaler Schutz</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Minderjährige und schutzbedürftige Gruppen</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Staatsangehörigkeit und Staatenlosigkeit</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Grenzen, Visa und Schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Irreguläre Migration und Schleusung</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Menschenhandel</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Rückkehr und Rückübernahme</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migration und Entwicklung</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ukraine und vorübergehender Schutz</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutionen</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>In den 13 Sprachen</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Mit „Entwurf“ markierte Entsprechungen wurden noch nicht terminologisch geprüft.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Oberbegriffe</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Unterbegriffe</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Verwandte Begriffe</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>In diesen Lektionen verwendet</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Lektionen werden gesucht…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Noch keine Lektion verwendet diesen Begriff.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Neues Quiz</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Ein neues Glossar-Quiz beginnen</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>Antwort &amp;prüfen</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Nä&amp;chste Frage</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Rückmeldung und Erklärung</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Frage {n} von {total} · Punkte {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Für „{a}“ ist der Begriff „{b}“ …</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Welcher Begriff passt zu dieser Definition?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Diese Begriffe werden leicht verwechselt. Welcher passt zu dieser Definition?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>ein Oberbegriff (allgemeiner)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>ein Unterbegriff (spezifischer)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>ein verwandter Begriff</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Quiz beendet: {score} von {total} richtig. Starten Sie ein neues Quiz für neue Fragen.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>Für ein Quiz gibt es nicht genug Glossareinträge.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nicht ganz.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>ein Oberbegriff</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>ein Unterbegriff</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>Im Glossar ist {b} {kind} von {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Das ist die Definition von {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Sie haben {term} gewählt, das etwas anderes bedeutet:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Wählen Sie zuerst eine Antwort.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Glossaransichten</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Geben Sie einen Begriff ein, in einer beliebigen Sprache</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Das Glossar durchsuchen</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Die Begriffe eines Themas anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Alle Begriffe</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Begriffe mit {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Begriffsansichten</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Glossareintrag</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Beziehungskarte</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Beziehungs&amp;karte</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Blättern</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Einige Glossareinträge konnten nicht gelesen werden:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n Begriff</numerusform>
            <numerusform>%n Begriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>in der Definition</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>meinten Sie das? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Oben: Oberbegriffe · unten: Unterbegriffe · seitlich: verwandte Begriffe</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Klicken Sie auf einen Begriff (oder gehen Sie mit Tab dorthin und drücken Sie die Eingabetaste), um ihn in die Mitte zu stellen.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Dieser Begriff hat noch keine Ober-, Unter- oder verwandten Begriffe.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Willkommen bei Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Erfahren Sie, wie Migrations- und Integrationspolitik in Europa funktioniert: wer auf EU-, nationaler und städtischer Ebene entscheidet, was das Recht sagt und was die echten Zahlen zeigen. Alles hier funktioniert ohne Internetverbindung.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Dort weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Module und Lektionen mit Quiz und Szenarien</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spielen</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Das Rollenspiel für eine Gruppe vor einem Bildschirm</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Schlüsselbegriffe, einfach erklärt</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Diagramme und eine Karte mit echten Statistiken</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Eine Zahl zum Diskutieren</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>Im Jahr {year} haben {value} Menschen von außerhalb der EU erstmals in der EU Asyl beantragt.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>Im Jahr {year} waren es {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Quelle: {publisher}, Datensatz {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Bevölkerung am 1. Januar (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Bevölkerung (Weltbank)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Nicht-EU-Bürger im Land</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Nicht-EU-Bürger, Anteil an der Bevölkerung</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Anteil der im Ausland geborenen Bevölkerung</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Erstantragstellende auf Asyl</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Folgeantragstellende auf Asyl</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Erstantragstellende auf Asyl pro 100.000 Einwohner</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Asylanträge (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Entscheidungen: Flüchtlingseigenschaft zuerkannt (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Entscheidungen: ergänzender Schutz (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Entscheidungen: abgelehnt (UNHCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Anerkennungsquote (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Aufgenommene Flüchtlinge (UNHCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Aufgenommene Asylsuchende (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Aufgenommene Flüchtlinge aus der Ukraine (UNHCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Erstmalige Aufenthaltstitel, alle Gründe</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Erstmalige Aufenthaltstitel aus familiären Gründen</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Erstmalige Aufenthaltstitel für Bildung</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Erstmalige Aufenthaltstitel für Erwerbstätigkeit</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Erstmalige Aufenthaltstitel aus sonstigen Gründen</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Zur Ausreise aufgeforderte Nicht-EU-Bürger</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Nach einer Ausreiseaufforderung zurückgekehrte Nicht-EU-Bürger</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ukrainer unter vorübergehendem Schutz</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>pro 100.000 Einwohner</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Module und Lektionen</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Wählen Sie links eine Lektion.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Diesen Abschnitt mit einem Lesezeichen versehen</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ &amp;Notiz</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Eine Notiz zu diesem Abschnitt schreiben</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Zweite &amp;Sprache:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Zweite Sprache für Glossarbegriffe (zweisprachiges Lesen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Glossarbereich</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Diese Lektion enthält Fehler und kann nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Es wurden keine Lektionen gefunden.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Lektionsseite</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: Diese Lektion kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Die Inhaltsprüfung hat diese Probleme gefunden:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, abgeschlossen</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, begonnen</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Gemerkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Ihre Notiz zu diesem Abschnitt:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Notiz in „Mein Fortschritt“ gespeichert.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Abschnitt {n} von {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Den vollständigen Eintrag im Glossar öffnen</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>noch keine Entsprechung</translation>
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
        <translation>Frage {n} von {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Nicht ganz</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Erklärung anzeigen</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Wählen Sie eine Antwort.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Wählen Sie alle zutreffenden Antworten.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Bringen Sie die Einträge mit den Schaltflächen „Nach oben“ und „Nach unten“ in die richtige Reihenfolge.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Wählen Sie für jeden Eintrag die passende Antwort.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Ihre bisherigen Entscheidungen</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Ende des Szenarios</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>In Ihren Notizen gespeichert</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Für dieses Diagramm gibt es noch keine Daten.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Das Länderprofil öffnen</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Im Glossar öffnen</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Dieser Begriff steht nicht im Glossar.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>Zu zweit</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>In Kleingruppen</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Ganze Klasse</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Hinweis für die Moderation</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Diese Aktivität konnte nicht geladen werden. Die Inhaltsprüfung erklärt, warum.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Diese Seite existiert nicht.</translation>
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
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>Diagramm als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>Eurostat-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>&amp;Projektormodus (große Schrift)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>&amp;Moderationsmodus (Moderationshinweise zeigen)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>Ü&amp;ber Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Eine Eurostat-Datei importieren</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Eurostat-Dateien (*.tsv *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Die Datei wurde nicht importiert, nichts wurde geändert:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} Werte, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Aus {dataset} importiert: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Offline: %n externe Anfrage blockiert</numerusform>
            <numerusform>Offline: %n externe Anfragen blockiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Neues Lehrkraftprofil</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Neue lernende Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Avatarfarbe {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Avatarfarbe:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (mindestens {n} Zeichen):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
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
        <translation>Lehrkraft-PIN</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>PIN-Meldung</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Falsche PIN. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Falsche PIN. Zu viele Fehlversuche: Sie können es in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>Falsche PIN. Zu viele Fehlversuche: Sie können es in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Sie können Ihre PIN erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Spielindikatoren nach jeder Runde (0–100, Start bei 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spielindikatoren</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Runde {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Was sich in Runde {n} geändert hat</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Veränderung in Runde {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Schutzstandards</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Integration in den Arbeitsmarkt</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Sozialer Zusammenhalt</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Öffentliche Unterstützung</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Verwaltungskapazität</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Öffentliche Finanzen</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>EU-Ebene</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Nationale Ebene</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Städtische Ebene</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Mehrheitsabstimmung</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Die leitende Rolle entscheidet</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Eine Karte wird angenommen, wenn es mindestens ein Ja und kein Nein gibt.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Eine Karte wird angenommen, wenn es mehr Ja- als Nein-Stimmen gibt.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Die leitende Rolle der Runde entscheidet; die anderen Stimmen sind Empfehlungen. EU-Runde: die Kommissarin oder der Kommissar; nationale Runde: die Innenministerin oder der Innenminister; städtische Runde: die Bürgermeisterin oder der Bürgermeister.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Gruppe: Jeder Platz ist eine Person</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Solo: eine Rolle gegen vorgegebene Mitspielende</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Alle Plätze: Eine Person spielt jede Rolle</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>wurde in der Abstimmung nicht angenommen</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>nicht genug Budget übrig</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>nicht genug politisches Kapital übrig</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>durch eine bereits angenommene Karte ausgeschlossen</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>die Runde wurde übersprungen</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Rückstau: Die Verwaltungskapazität liegt unter 40, daher stauen sich die Fälle (Schutz −2, öffentliche Unterstützung −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Spannungen: Der soziale Zusammenhalt liegt unter 40, daher sinkt die öffentliche Unterstützung um 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Stützt sich auf geltendes EU-Recht</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Eine nationale oder lokale Entscheidung im Rahmen des EU-Rechts</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Bräuchte ein neues oder geändertes Gesetz</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>sucht internationalen Schutz</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>unbegleiteter Minderjähriger</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>Arbeitsmigrant</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>Familienzusammenführung</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>unter vorübergehendem Schutz</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>in illegalem Aufenthalt</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>Stimme der Aufnahmegesellschaft</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>politische Entscheidungsträgerin/politischer Entscheidungsträger</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>Interessenvertretung</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Dieser Schritt ist an diesem Punkt der Runde nicht möglich.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Diese Karte liegt bereits auf dem Tisch.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Eine bereits angenommene Karte schließt diese Karte aus.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Diese Karte liegt nicht auf dem Tisch.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Diese Karte gehört nicht zu dieser Runde.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Diesen Platz gibt es am Tisch nicht.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Dieser Platz wird vom Computer gespielt.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Das Spiel ist vorbei.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Es gibt mehr Plätze als Rollen.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Zwei Plätze haben dieselbe Rolle.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Ein Solospiel braucht genau eine spielende Person.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Dieses gespeicherte Spiel wurde mit anderen Spielinhalten gespielt und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Die Datei des gespeicherten Spiels ist beschädigt.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Das gespeicherte Spiel wurde von einer anderen Version der App geschrieben.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Die Aktion wurde abgelehnt ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Indikatordiagramme</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spielindikatoren</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Das Rollenspiel wird geladen…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Spielen: das Rollenspiel Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spielen</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Die Spielinhalte enthalten Fehler</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Schritte der Runde</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Moderationsbereich</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Moderationsbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Dieses gespeicherte Spiel löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Eine Runde kann übersprungen werden, bevor ihre Abstimmung geschlossen ist.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Diese Runde überspringen? Es wird nichts angenommen; die Geschichten gehen trotzdem weiter.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Zusammengesetzter Mitgliedstaat (Zahlen der EU27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Nachbesprechung — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Das Spiel ist vorbei: Die geheimen Prioritäten werden aufgedeckt.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Runde {n} von {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Schritt: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Budget: {b} · Politisches Kapital: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Verbleibende Zeit: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(angehalten)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Rundentimer: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>zusammengesetzter Mitgliedstaat (Zahlen der EU27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — Zusammenfassung der Sitzung</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Zusammengesetzt (EU27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} am Ende bei {value} oder mehr</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} am Ende bei {value} oder weniger</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} steigt um mindestens {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>mindestens {count} angenommen von: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>keine angenommen von: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Spielindikatoren</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>EU27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchster Wert</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Niedrigster Wert</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Jahr, Datensatz</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Das Spiel ist noch nicht zu Ende: bisher gespielte Runden.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Spielindikatoren nach jeder Runde</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Geheime Prioritäten aufgedeckt</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Die Punktzahl ist nur ein Gesprächsanlass: Entscheidend ist, warum jede Rolle wollte, was sie wollte.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Eilmeldung:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Was echte Länder getan haben</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Echte Zahlen aus den Statistiken der App (letztes Jahr mit EU-Daten); vergleichen Sie sie mit den Entscheidungen Ihrer Gruppe.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Alle Begriffe des Spiels</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Zum Abschluss</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notizen der Moderation</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Die Runde wurde übersprungen.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Fragen für die Nachbesprechung</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Begriffe, die vorkamen:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Lektionen, die die Entscheidungen erklären:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Gespielt: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Land: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Entscheidungsregel: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Runde {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Vorsitz: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} von {max} Punkten</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Lektionen, die es erklären:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>kostet {b} Budget, {k} Kapital</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Kosten: {budget} Budget, {capital} politisches Kapital</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Rechtsgrundlage: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Wirkungen: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Textgröße in Prozent</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Eine neue Sprache der Oberfläche gilt nach dem Neustart der App.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>Die neue Sprache der Oberfläche ist gespeichert. Sie gilt, sobald die App neu gestartet wird.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Lernende Person wechseln</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Wer nutzt Destination Europe gerade?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Profile der Lernenden</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Zu diesem Profil wechseln</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (Lehrkraft, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Allgemeine Notiz</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>erster Versuch</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>bester Versuch</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>letzter Versuch</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Archivierte Lektionen</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Jede Frage zählt einmal pro lernender Person, nach dem</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Lernende und Module</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Abgeschlossene Lektionen</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Fragen, die schwierigsten zuerst</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Noch niemand hat eine Frage beantwortet.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Versuche pro lernender Person</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Es wurde keine intakte Sicherung gefunden, daher beginnt der Fortschritt wieder bei null.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Die Fortschrittsdatenbank war beschädigt oder konnte nicht gelesen werden. Sie wurde als {file} beiseitegelegt (sie wird nicht gelöscht).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Ihr Fortschritt wurde aus der Sicherung {file} wiederhergestellt. Was nach dieser Sicherung getan wurde, kann fehlen.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Die Fortschrittsdatenbank wurde für diese Version der App aktualisiert ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Die automatische Sicherung konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>beim Start der App</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatisch, während der Nutzung</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Der Name ist zu lang (höchstens 80 Zeichen).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Bitte wählen Sie eine Farbe.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>Die PIN muss zwischen {lo} und {hi} Zeichen haben.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Dies ist kein Lehrkraftprofil.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Mein Fortschritt</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Ihr Fortschritt kann nicht angezeigt werden: Die Fortschrittsdatenbank konnte nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Mein Fortschritt und Lehrkraftansicht</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Meine &amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>&amp;Lehrkraftansicht</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>Lernende Person &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Neue lernende Person…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Neues &amp;Lehrkraftprofil…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>&amp;Klasse aus einer Namensliste anlegen…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Meinen Fortschritts&amp;pass exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>Einen Fortschrittspass &amp;importieren…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Klassen&amp;pakete</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>&amp;Aufgabe exportieren… (Lehrkraft)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>Aufgabe i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Meine &amp;Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>E&amp;rgebnisse importieren… (Lehrkraft)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Klassenbericht als CS&amp;V exportieren… (Lehrkraft)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Klassenbericht als P&amp;DF exportieren… (Lehrkraft)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>&amp;Rückmeldung senden…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Ihr Fortschritt kann nicht gespeichert werden: Die Fortschrittsdatenbank konnte nicht geöffnet werden. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Klasse angelegt</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n Profil für Lernende bereit: </numerusform>
            <numerusform>%n Profile für Lernende bereit: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Aktuelle lernende Person: {name}. Lernende Person wechseln</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Lernende Person wechseln (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Die Ergebnisse aller Lernenden auf diesem PC exportieren…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Datei abgelehnt</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Diese Datei wurde abgelehnt, und nichts wurde geändert:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} neue von {total} Einträgen, {learners} neue Lernende</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, eine neue Aufgabe</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Meinen Fortschrittspass exportieren</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Pass gespeichert</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Ihr Fortschritt ist in {file}. Wählen Sie auf dem anderen PC Datei ▸ Einen Fortschrittspass importieren…, um dort weiterzumachen.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Einen Fortschrittspass importieren</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Willkommen zurück, {name}: Ihr Fortschritt ist da.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Der Pass wurde zusammengeführt.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Pass importiert</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Ein Aufgabenpaket exportieren</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Aufgabe gespeichert</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: Kopieren Sie die Datei auf einen USB-Stick; wählen Sie auf jedem PC der Lernenden Datei ▸ Klassenpakete ▸ Aufgabe importieren…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Abgelehnt (an diesen Dateien wurde nichts übernommen):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Eine Aufgabe importieren</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Ergebnisse gespeichert</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: Geben Sie die Datei Ihrer Lehrkraft (zum Beispiel auf einem USB-Stick).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>Die Fortschrittsdatenbank ist intakt (SQLite-Integritätsprüfung: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n Sicherung wird in {folder} aufbewahrt.</numerusform>
            <numerusform>%n Sicherungen werden in {folder} aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Die Integritätsprüfung hat Probleme gefunden:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Mit Hilfe ▸ Aus einer Sicherung wiederherstellen… kehren Sie zu einer intakten Kopie zurück.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Danke: Ihre Rückmeldung ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Fortschritt aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Der jetzige Fortschritt wird zuerst gesichert, sodass eine Wiederherstellung rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>&amp;Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Eine andere Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Eine Sicherung wählen</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Fortschrittsdatenbanken (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Europäische Union (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Neues Spiel</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Drei Runden (EU, national, Stadt). Jede spielende Person übernimmt eine Rolle mit öffentlichen Interessen und einer geheimen Priorität; gemeinsam nehmen Sie Politikkarten an und sehen dann, was Ihre Entscheidungen für sechs Menschen und für die Aufnahmegesellschaft bedeuten.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Spielmodus</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Anzahl der Spielenden</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Spielende:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Plätze am Tisch</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>P&amp;lätze am Tisch:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Land, das die Gruppe spielt</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Zusammengesetzter Mitgliedstaat (Zahlen der EU27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>&amp;Entscheidungsregel:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minuten pro Runde</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minuten pro &amp;Runde:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Spielende und Rollen</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Person {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Name von Person {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Rolle von Person {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Rolle zuteilen lassen</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Problem bei der Vorbereitung</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>Spiel &amp;starten</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Ein Spiel fortsetzen</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Jeder Schritt wird beim Spielen gespeichert. Wählen Sie ein Spiel, um dort weiterzumachen, wo es aufgehört hat; beendete Spiele öffnen sich bei ihrer Nachbesprechung.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Gespeicherte Spiele</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>Spiel &amp;fortsetzen</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>Gespeichertes Spiel &amp;löschen</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Sie spielen eine Rolle; der Computer spielt die anderen Plätze und vertritt, was deren Rollen wollen.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Sie spielen nacheinander jeden Platz, als politische Entscheidungsträgerin oder Entscheidungsträger, die bzw. der alle Seiten hört.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Das Spiel funktioniert am besten mit 4 bis 6 Spielenden, jede Person mit einer Rolle.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Lassen Sie eine Rolle auf „Rolle zuteilen lassen“, damit sie zugeteilt wird: Die drei Rundenleitungen (Kommissar/in, Innenminister/in, Bürgermeister/in) werden zuerst vergeben.</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Zwei Personen haben dieselbe Rolle: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>zusammengesetzter Mitgliedstaat</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>Runde {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Noch keine gespeicherten Spiele.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Zu einem Bereich wechseln (Start, Lernen, Spielen, Glossar, Länder, Mein Fortschritt)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Text vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Text in normaler Größe</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Projektormodus: große Schrift</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Moderationsmodus: Moderationshinweise zeigen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Das aktuelle Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Zwischen Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Geben Sie Ihre PIN ein, um die Lehrkraftansicht zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>Lehrkraftansicht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Lehrkraftansicht öffnen</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Für jede &amp;Frage zählt:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Welcher Versuch zählt</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>der erste Versuch</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>der beste Versuch (mindestens einmal richtig)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>der letzte Versuch</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Den Klassenbericht als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Den Klassenbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Die Berichte aktualisieren</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Jede Zelle: abgeschlossene Lektionen / Lektionen im Modul · Anteil der beantworteten Fragen, die als richtig zählen. Zeigen Sie auf eine Zelle für Einzelheiten; Doppelklick auf eine lernende Person öffnet den Bericht.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Klassenübersicht</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Klassen&amp;übersicht</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Lernende Person:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Lernende Person des Berichts</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>&amp;Nicht begonnene Lektionen zeigen</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Nicht begonnene Lektionen zeigen</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Erreichte Abschnitte</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Richtige Fragen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Bericht zur lernenden Person</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Pro &amp;Person</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% richtig</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Versuche pro lernender Person</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Fragen, die schwierigsten zuerst</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Schwierige &amp;Fragen</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, geben Sie Ihre PIN ein, um die Lehrkraftansicht zu öffnen.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>Die Lehrkraftansicht ist für Lehrkraftprofile. Wechseln Sie mit Datei ▸ Lernende Person wechseln… zu Ihrem Lehrkraftprofil oder legen Sie eines an mit Datei ▸ Neues Lehrkraftprofil…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n lernende Person auf diesem PC</numerusform>
            <numerusform>%n Lernende auf diesem PC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n Frage von jemandem beantwortet</numerusform>
            <numerusform>%n Fragen von jemandem beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>{started} begonnen, {done} abgeschlossen; {right} von {answered} Fragen richtig; {minutes} Min.; letzte Aktivität {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Klassenbericht</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>Klassenbericht</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Den Klassenbericht exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>{a} und {b} gespeichert.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>{a} gespeichert.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — entscheidet</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} zu {card}</translation>
    </message>
</context>
</TS>
