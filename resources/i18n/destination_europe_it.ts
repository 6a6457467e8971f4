<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Nota generale</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviata)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ancora nessuna nota.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>primo tentativo</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>tentativo migliore</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>ultimo tentativo</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Lezioni archiviate</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Il database dei progressi era danneggiato o illeggibile. È stato messo da parte come {file} (non viene eliminato).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>I tuoi progressi sono stati ripristinati dal backup {file}. Ciò che è stato fatto dopo quel backup potrebbe mancare.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Non è stato trovato nessun backup integro, quindi i progressi ripartono da zero.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Il database dei progressi è stato aggiornato per questa versione dell’app ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Impossibile scrivere il backup automatico: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>all’avvio dell’app</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatico, durante l’uso</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>fatto a mano</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Un’app di apprendimento offline su migrazione e integrazione in Europa, realizzata per il kit didattico della Rete europea sulle migrazioni (EMN). Tutti i testi sono stati scritti per questa app; i dati provengono dai dataset pubblici elencati qui sotto.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>I confini e i nomi sulle mappe non implicano approvazione o accettazione ufficiale da parte delle Nazioni Unite o dell’Unione europea.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Informazioni su Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fonti dei dati</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Software e dati cartografici</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Impossibile leggere le statistiche:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Esporta un pacchetto di compiti</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Titolo del compito</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Il compito ha una scadenza</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Seleziona moduli interi o singole lezioni:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Moduli e lezioni del compito</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Includi l’elenco della classe (%n studente) così i PC degli studenti hanno gli stessi profili</numerusform>
            <numerusform>Includi l’elenco della classe (%n studenti) così i PC degli studenti hanno gli stessi profili</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Dai un titolo al compito.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Seleziona almeno un modulo o una lezione.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Briefing del turno</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Avvia la &amp;discussione</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Avvia la discussione</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Stato membro composito: dati UE27 (solo tassi)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Ultimo anno con dati per ogni indicatore. Sono dati reali; gli indicatori del gioco (0–100) sono una simulazione.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Giochi uno Stato membro composito: i dati sono quelli dell’intera UE (UE27) e sono mostrati solo i tassi, perché i totali non si adatterebbero a un solo paese.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Ultim’ora</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situazione</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Dati reali: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Come decide il gruppo</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Presidenza di questo turno: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Budget: {budget} · Capitale politico: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Carte ruolo pubbliche</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Impossibile leggere le statistiche: nessun dato.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Apri la scheda paese: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Interessi:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Vincoli:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provvisorio)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Fonte: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Crea una classe da un elenco di nomi</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Incolla i nomi dei tuoi studenti, uno per riga (anche virgole e punti e virgola separano i nomi). Un nome che ha già un profilo su questo PC non viene creato due volte.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Nomi degli studenti</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Crea profili</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nome</numerusform>
            <numerusform>%n nomi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicatore:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Indicatore da confrontare</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Seleziona da 2 a 5 paesi.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Salva come &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Salva il grafico di confronto come immagine PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Salva come CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Salva i dati del confronto in un file CSV</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Paesi da confrontare</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Tabella dei valori confrontati</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Grafico di confronto</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Nessun dato per questi paesi.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Al massimo 5 paesi alla volta.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Fonte: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provvisorio)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Fonte: {publisher}, dataset {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Salva dati</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salva grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Decisioni e storie di questo turno</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>Turno &amp;successivo</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Turno successivo</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Vai al &amp;debriefing</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Vai al debriefing</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Budget rimasto: {b} · Capitale politico rimasto: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Che cosa ha deciso il gruppo</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Che cosa significa per le persone</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Fonte: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Il turno è stato saltato: non è stato adottato nulla.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Perché:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Termini:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lezioni:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Adottata:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Nessuna carta è stata adottata.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Non adottata:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Viste dei paesi</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Mappa e tendenze</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Scheda paese</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Con&amp;fronta</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Le mie lezioni, note, segnalibri e tentativi</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Le mie lezioni</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lezioni</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Segnalibri</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Cronologia dei tentativi</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Tentativi</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Le mie note</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Nuova nota…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Esporta le mie note:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Esporta le mie note in Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Esporta le mie note in PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>I miei segnalibri</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Apri la lezione del segnalibro</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Rimuovi il segnalibro</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Non è possibile salvare i progressi su questo PC: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} lezioni iniziate su {total}, {done} completate · {answered} domande con risposta ({right} giuste almeno una volta) · {attempts} tentativi in tutto</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniziata</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non iniziata</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lezioni</translation>
    </message>
    <message>
        <source>right</source>
        <translation>giuste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>sbagliate</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>risposte</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Lezioni per modulo</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Le mie risposte al giorno</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Le domande che ho sbagliato più spesso</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>risposte sbagliate</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Termini del glossario che ho consultato</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>volte consultato</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>I miei grafici dei progressi</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>I miei progressi</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Qui non c’è ancora niente.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lezione</numerusform>
            <numerusform>%n lezioni</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Queste lezioni non fanno più parte dei contenuti di questa versione; i tuoi progressi vengono conservati.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviata</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} domande giuste su {n}</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>riapri</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inizia</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, scadenza {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>{done} lezioni completate su {n}</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Nota generale</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviata)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Elimina nota</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Eliminare la nota selezionata?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Esporta le mie note</translation>
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
        <translation>riprendi</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Compiti assegnati dall’insegnante</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Riprendi da dove mi sono fermato:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Moduli non ancora iniziati</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviate</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Parlatene insieme: che cosa voleva ogni ruolo, che cosa ha scelto il gruppo e che cosa ha significato per le persone delle storie?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Salva il riepilogo come &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Salva il riepilogo della sessione in HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Salva il riepilogo come P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Salva il riepilogo della sessione in PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Nuova partita</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Prepara una nuova partita</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debriefing</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Salva il riepilogo della sessione</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Salvato: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Carte sul tavolo e votazioni</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Chiudi la votazione e guarda le conseguenze</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Chiudi la votazione</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Votazione su {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>è approvata</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>non è approvata</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Le carte approvate costano {b} su {B} di budget e {k} su {K} di capitale.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Non entrano tutte: vengono adottate prima le carte con più voti a favore.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Parola a:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Posto che mette carte sul tavolo</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Metti sul tavolo le carte da votare; poi si passa alla votazione.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Carte politiche di questo turno</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Apri la votazione</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Apri la votazione</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Sul tavolo (messa da {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Togli dal tavolo</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Esclusa: il gruppo ha già adottato “{title}”.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Metti sul tavolo</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Sul tavolo: carte: {n}, costo {b} di budget e {k} di capitale. Disponibili: {B} di budget, {K} di capitale.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Non tutto ciò che è sul tavolo può essere pagato.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Tendenza</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mappa</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Salva come &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Salva il grafico come immagine PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Salva come CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Salva i dati in un file CSV</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Ogni 100.000 a&amp;bitanti</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Mostra i valori ogni 100.000 abitanti</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Anno della mappa</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicatore:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Preparazione del grafico…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Tabella dei valori del grafico</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Impossibile leggere le statistiche: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Impossibile caricare un file necessario all’app:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Impossibile caricare il motore dei grafici (plotly.js): nessun grafico può essere disegnato.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Fonte: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provvisorio)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} ogni 100.000 abitanti</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Fonte: {publisher}, dataset {dataset}. Flag p = provvisorio.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Salva dati</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salva grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Pannello del facilitatore</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitatore</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Timer del turno</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Metti in pausa il timer del turno</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Concedi al turno due minuti in più</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Salta questo turno</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Salta questo turno</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>In questo turno non si adotta nulla; le storie però vanno avanti.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Giocatori e carte segrete</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Le priorità segrete restano nascoste sullo schermo condiviso. Un giocatore tiene premuto il proprio pulsante (oppure lo seleziona e tiene premuta la barra spaziatrice) per leggere la propria carta.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Note del facilitatore</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Punti da riprendere nel debriefing…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Timer del turno: mancano {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Il tempo è scaduto: concludete e decidete.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Riprendi il timer del turno</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (computer)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Tieni premuto: segreto</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Tieni premuto per vedere la carta segreta di {name}</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Carta segreta: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Paese della scheda</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Profilo del paese e dati principali</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Grafici della scheda paese</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Scheda paese</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Nessun dato per questo paese.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Fonte: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provvisorio)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Domande di asilo</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Decisioni sulle domande di asilo</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Primi permessi di soggiorno per motivo</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Ordini di lasciare il territorio e rimpatri</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Persone fuggite dalla guerra in Ucraina</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Popolazione proveniente dall’estero</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Unione europea (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>Stato membro dell’UE</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>Paese osservatore dell’EMN</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>decide sulle domande di asilo</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>politica migratoria</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>accoglienza dei richiedenti</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integrazione</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Punto di contatto nazionale dell’EMN</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Non c’è ancora un profilo testuale per questo paese.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Dati principali</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Autorità competenti</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Riscontro di un insegnante</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Riscontro di uno studente</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Le tue risposte sono salvate su questo PC insieme ai tuoi progressi. Nulla viene inviato su internet; il tuo insegnante o il team EMN può raccoglierle con i risultati.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Le tue risposte sono salvate su questo PC. Aiutano a migliorare il materiale per le prossime sessioni.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Valutazione {n} su 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Quanto si è adattato il materiale alla tua sessione? (1 = per niente, 5 = molto bene)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Numero di partecipanti</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Numero di &amp;partecipanti:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Che cosa ha funzionato &amp;bene?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Che cosa dovrebbe &amp;cambiare?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Qualcosa non ha &amp;funzionato sui PC?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Quanto ti è stato utile? (1 = per niente, 5 = molto)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Che cosa è stato &amp;difficile da capire?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Su che cosa vorresti imparare di &amp;più?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>&amp;Altro?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Dai una valutazione o scrivi qualcosa.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>bozza: non ancora verificata da un terminologo</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Fondamenti della migrazione</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Migrazione legale</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Protezione internazionale</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Minori e gruppi vulnerabili</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integrazione</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Cittadinanza e apolidia</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Frontiere, visti e Schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Migrazione irregolare e traffico di migranti</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Tratta di esseri umani</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Rimpatrio e riammissione</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migrazione e sviluppo</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ucraina e protezione temporanea</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Istituzioni</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>Nelle 13 lingue</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Gli equivalenti segnati come “bozza” non sono ancora stati verificati da un terminologo.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Termini più generali</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Termini più specifici</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Termini correlati</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Usato in queste lezioni</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Detto anche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Ricerca delle lezioni…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Nessuna lezione usa ancora questo termine.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>verificato</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Nuovo quiz</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Avvia un nuovo quiz sul glossario</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Verifica la risposta</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Verifica la risposta</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Domanda s&amp;uccessiva</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Domanda successiva</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Riscontro e spiegazione</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Domanda {n} di {total} · punteggio {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Per “{a}”, il termine “{b}” è…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Quale termine corrisponde a questa definizione?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Questi termini si confondono facilmente. Quale corrisponde a questa definizione?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>un termine più ampio (più generale)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>un termine più ristretto (più specifico)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>un termine correlato</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Quiz terminato: {score} risposte giuste su {total}. Avvia un nuovo quiz per nuove domande.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>Il glossario non ha abbastanza voci per un quiz.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Giusto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Non proprio.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>un termine più ampio</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>un termine più ristretto</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>Nel glossario {b} è {kind} di {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Questa è la definizione di {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Hai scelto {term}, che significa un’altra cosa:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Scegli prima una risposta.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Viste del glossario</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Scrivi un termine, in qualsiasi lingua</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Cerca nel glossario</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Mostra i termini di un tema</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Tutti i termini</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Termini che iniziano con {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Viste del termine</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Voce del glossario</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Mappa delle relazioni</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Voce</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>&amp;Mappa delle relazioni</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Sfoglia</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tutti i temi</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Alcune voci del glossario non sono state lette:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n termine</numerusform>
            <numerusform>%n termini</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>nella definizione</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>intendevi questo? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Sopra: termini più ampi · sotto: termini più ristretti · ai lati: termini correlati</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Fai clic su un termine (o raggiungilo con Tab e premi Invio) per metterlo al centro.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Questo termine non ha ancora termini più ampi, più ristretti o correlati.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Benvenuto in Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Scopri come funzionano le politiche di migrazione e integrazione in Europa: chi decide a livello UE, nazionale e cittadino, che cosa dice la legge e che cosa mostrano i dati reali. Qui tutto funziona senza connessione a internet.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Riprendi da dove mi sono fermato</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Impara</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Moduli e lezioni con quiz e scenari</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Gioca</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Il gioco di ruolo per un gruppo davanti a uno schermo</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Termini chiave spiegati in parole semplici</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Grafici e una mappa con statistiche reali</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Un dato su cui discutere</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>Nel {year}, {value} persone provenienti da fuori dell’UE hanno chiesto asilo nell’UE per la prima volta.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>Nel {year} erano state {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Fonte: {publisher}, dataset {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Popolazione al 1° gennaio (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Popolazione (Banca mondiale)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Cittadini extra-UE che vivono nel paese</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Cittadini extra-UE, quota della popolazione</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Quota della popolazione nata all’estero</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Richiedenti asilo per la prima volta</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Richiedenti asilo con domanda reiterata</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Richiedenti asilo per la prima volta ogni 100.000 abitanti</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Domande di asilo (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Decisioni: status di rifugiato riconosciuto (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Decisioni: protezione complementare (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Decisioni: respinte (UNHCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Tasso di riconoscimento (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Rifugiati accolti (UNHCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Richiedenti asilo accolti (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Rifugiati dall’Ucraina accolti (UNHCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Primi permessi di soggiorno, tutti i motivi</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Primi permessi di soggiorno per motivi familiari</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Primi permessi di soggiorno per studio</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Primi permessi di soggiorno per lavoro</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Primi permessi di soggiorno per altri motivi</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Cittadini extra-UE destinatari di un ordine di lasciare il territorio</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Cittadini extra-UE rimpatriati dopo un ordine di lasciare il territorio</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ucraini sotto protezione temporanea</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persone</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>per cento</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>ogni 100.000 abitanti</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Impara</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Moduli e lezioni</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Scegli una lezione a sinistra.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Precedente</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sezione precedente</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Successiva ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sezione successiva</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Segnalibro</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Aggiungi un segnalibro a questa sezione</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ N&amp;ota</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Scrivi una nota su questa sezione</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Seconda &amp;lingua:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Seconda lingua per i termini del glossario (lettura bilingue)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Pannello del glossario</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Questa lezione contiene errori e non può essere mostrata.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Nessuna lezione trovata.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Pagina della lezione</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: questa lezione non può essere mostrata</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Il controllo dei contenuti ha trovato questi problemi:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, completata</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, iniziata</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Nei segnalibri</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>La tua nota su questa sezione:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Nota salvata in I miei progressi.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Sezione {n} di {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Apri la voce completa nel glossario</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(bozza)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>ancora nessun equivalente</translation>
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
        <translation>Domanda {n} di {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Verifica la risposta</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Giusto</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Non proprio</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Mostra la spiegazione</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Scegli una risposta.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Scegli tutte le risposte corrette.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Metti gli elementi nell’ordine giusto con i pulsanti Sposta su e Sposta giù.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Scegli la risposta corrispondente per ogni elemento.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Le tue scelte finora</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Fine dello scenario</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Riflessione</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Salva nota</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Salvato nelle tue note</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Per questo grafico non ci sono ancora dati.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Apri la scheda paese</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Termine del glossario</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Apri nel glossario</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Questo termine non è nel glossario.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>In coppia</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>In piccoli gruppi</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Tutta la classe</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Nota per il facilitatore</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Impossibile caricare questa attività. Il controllo dei contenuti spiega perché.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Qualcosa è andato storto. Riprova.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Questa pagina non esiste.</translation>
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
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Esporta grafico come PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Importa un file Eurostat…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Dimensioni &amp;reali</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>Modalità &amp;proiettore (testo grande)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>Modalità &amp;facilitatore (mostra le note per il facilitatore)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;Informazioni su Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Importa un file di dati Eurostat</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>File Eurostat (*.tsv *.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importazione rifiutata</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Il file non è stato importato, non è stato modificato nulla:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} valori, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Importato da {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Offline: %n richiesta esterna bloccata</numerusform>
            <numerusform>Offline: %n richieste esterne bloccate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Nuovo profilo insegnante</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nuovo studente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Colore avatar {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Colore avatar:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ripeti PIN</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (almeno {n} caratteri):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>&amp;Ripeti PIN:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Testo della nota</translation>
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
        <translation>PIN dell’insegnante</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Messaggio sul PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN errato. Riprova.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>PIN errato. Troppi tentativi sbagliati: puoi riprovare tra %n secondo.</numerusform>
            <numerusform>PIN errato. Troppi tentativi sbagliati: puoi riprovare tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Puoi riprovare il tuo PIN.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Non ancora disponibile</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Indicatori del gioco dopo ogni turno (0–100, partenza 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punti</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicatori del gioco</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Turno {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Che cosa è cambiato nel turno {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Variazione nel turno {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Standard di protezione</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Inserimento nel mercato del lavoro</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Coesione sociale</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Sostegno dell’opinione pubblica</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Capacità amministrativa</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Finanze pubbliche</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>Livello UE</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Livello nazionale</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Livello cittadino</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conseguenze</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debriefing</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Voto a maggioranza</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Decide il ruolo guida</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Una carta passa con almeno un sì e nessun no.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Una carta passa con più sì che no.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Decide il ruolo guida del turno; gli altri voti sono consultivi. Turno UE: il commissario; turno nazionale: il ministro dell’interno; turno cittadino: il sindaco.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Gruppo: ogni posto è una persona</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Da solo: un ruolo contro giocatori simulati</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Tutti i posti: una persona gioca tutti i ruoli</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Astensione</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>non è passata al voto</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>budget residuo insufficiente</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>capitale politico residuo insufficiente</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>esclusa da una carta già adottata</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>il turno è stato saltato</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Arretrato: la capacità amministrativa è sotto 40, quindi le pratiche si accumulano (protezione −2, sostegno dell’opinione pubblica −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Tensioni: la coesione sociale è sotto 40, quindi il sostegno dell’opinione pubblica cala di 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Si basa sul diritto dell’UE in vigore</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Una scelta nazionale o locale nell’ambito del diritto dell’UE</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Richiederebbe una legge nuova o modificata</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>richiedente protezione internazionale</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>minore non accompagnato</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>migrante per lavoro</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>ricongiungimento familiare</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>sotto protezione temporanea</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>in soggiorno irregolare</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>voce della società di accoglienza</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>decisore politico</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>portatore di interessi</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Questo passaggio non è possibile in questo momento del turno.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Questa carta è già sul tavolo.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Una carta già adottata esclude questa carta.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Questa carta non è sul tavolo.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Questa carta non appartiene a questo turno.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Questo posto non esiste al tavolo.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Questo posto è giocato dal computer.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>La partita è finita.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Ci sono più posti che ruoli.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Due posti hanno lo stesso ruolo.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Una partita da soli richiede esattamente un giocatore.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Questa partita salvata è stata giocata con altri contenuti di gioco e non può essere ripresa.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Il file della partita salvata è danneggiato.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>La partita salvata è stata scritta da un’altra versione dell’app.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>L’azione è stata rifiutata ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Grafici degli indicatori</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicatori del gioco</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Caricamento del gioco di ruolo…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Gioca: il gioco di ruolo Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Gioca</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>I contenuti del gioco contengono errori</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Passaggi del turno</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Pannello del facilitatore</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Mostra o nascondi il pannello del facilitatore</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Eliminare questa partita salvata? L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Un turno può essere saltato prima che la sua votazione sia chiusa.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Saltare questo turno? Non si adotta nulla; le storie però vanno avanti.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Stato membro composito (dati UE27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Debriefing — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>La partita è finita: le priorità segrete vengono rivelate.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Turno {n} di {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Passaggio: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Budget: {b} · Capitale politico: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Tempo rimasto: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(in pausa)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Timer del turno: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>Stato membro composito (dati UE27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — riepilogo della sessione</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Il tuo paese</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Composito (UE27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} termina a {value} o più</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} termina a {value} o meno</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} aumenta di almeno {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>almeno {count} adottate tra: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>nessuna adottata tra: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicatori del gioco</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>UE27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Il più alto</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Il più basso</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Anno, dataset</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Posti:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>La partita non è ancora finita: turni giocati finora.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Indicatori del gioco dopo ogni turno</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Priorità segrete rivelate</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Il punteggio è solo uno spunto di discussione: conta il perché ogni ruolo voleva ciò che voleva.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Ultim’ora:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Che cosa hanno fatto i paesi reali</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Dati reali dalle statistiche incluse nell’app (ultimo anno con dati UE); confrontali con le scelte del tuo gruppo.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Tutti i termini del gioco</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Per concludere</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Note del facilitatore</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Il turno è stato saltato.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adottata</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Non adottata</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voti</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storie</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Domande per il debriefing</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Termini emersi:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Lezioni che spiegano le scelte:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Giocata il: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Paese: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Regola di decisione: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modalità: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Turno {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Presidenza: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} su {max} punti</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Perché:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Lezioni che lo spiegano:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>costa {b} di budget, {k} di capitale</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Costo: {budget} di budget, {capital} di capitale politico</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Base giuridica: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Effetti: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell’interfaccia</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Lingua dell’interfaccia:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
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
        <translation>Dimensione del testo in percentuale</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Una nuova lingua dell’interfaccia si applica al riavvio dell’app.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Riavvio necessario</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>La nuova lingua dell’interfaccia è stata salvata. Si applicherà al prossimo avvio dell’app.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Cambia studente</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Chi sta usando Destination Europe adesso?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Profili degli studenti</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Cambia</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Passa a questo profilo</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (insegnante, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Nota generale</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>primo tentativo</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>tentativo migliore</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>ultimo tentativo</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Lezioni archiviate</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviata)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ancora nessuna nota.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Le mie note</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Ogni domanda conta una volta per studente, in base al</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Studenti e moduli</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Studente</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Lezioni completate</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Domande con risposta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Domande, le più difficili prima</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Nessuno ha ancora risposto a una domanda.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Studenti</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Giusto</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Tentativi per studente</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Non è stato trovato nessun backup integro, quindi i progressi ripartono da zero.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Il database dei progressi era danneggiato o illeggibile. È stato messo da parte come {file} (non viene eliminato).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>I tuoi progressi sono stati ripristinati dal backup {file}. Ciò che è stato fatto dopo quel backup potrebbe mancare.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Il database dei progressi è stato aggiornato per questa versione dell’app ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Impossibile scrivere il backup automatico: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>all’avvio dell’app</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatico, durante l’uso</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>fatto a mano</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Scrivi un nome.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Il nome è troppo lungo (al massimo 80 caratteri).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Scegli un colore.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>Il PIN deve avere da {lo} a {hi} caratteri.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Questo profilo non esiste più.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Questo non è un profilo insegnante.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>I miei progressi</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Non è possibile mostrare i tuoi progressi: il database dei progressi non si è aperto ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>I miei progressi e vista insegnante</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Il mio &amp;riepilogo</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>Vista &amp;insegnante</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Studente</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>Ca&amp;mbia studente…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Nuovo studente…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Nuovo profilo &amp;insegnante…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Crea una &amp;classe da un elenco di nomi…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Esporta il mio &amp;passaporto dei progressi…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Importa un passaporto dei progressi…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>&amp;Pacchetti per la classe</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Esporta un &amp;compito… (insegnante)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>Impor&amp;ta un compito…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Esporta i miei &amp;risultati…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Importa ris&amp;ultati… (insegnante)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Esporta il rapporto della classe in CS&amp;V… (insegnante)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Esporta il rapporto della classe in P&amp;DF… (insegnante)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Controlla il database</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Invia un &amp;riscontro…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Non è possibile salvare i tuoi progressi: il database dei progressi non si è aperto. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>I tuoi progressi</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Classe creata</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n profilo studente pronto: </numerusform>
            <numerusform>%n profili studente pronti: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Studente attuale: {name}. Cambia studente</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Cambia studente (Ctrl+Maiusc+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Esporta i risultati di tutti gli studenti di questo PC…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>File rifiutato</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Questo file è stato rifiutato e nulla è stato modificato:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} nuovi su {total} record, {learners} nuovi studenti</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, un nuovo compito</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Esporta il mio passaporto dei progressi</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Passaporto salvato</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>I tuoi progressi sono in {file}. Sull’altro PC scegli File ▸ Importa un passaporto dei progressi… per continuare lì.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Importa un passaporto dei progressi</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Bentornato, {name}: i tuoi progressi sono qui.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Il passaporto è stato unito.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Passaporto importato</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Esporta un pacchetto di compiti</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Compito salvato</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: copialo su una chiavetta USB; su ogni PC degli studenti scegli File ▸ Pacchetti per la classe ▸ Importa un compito…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Rifiutati (nessuna modifica da questi file):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Importa un compito</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Esporta i risultati</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Risultati salvati</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: consegnalo al tuo insegnante (per esempio su una chiavetta USB).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importa i risultati</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>Il database dei progressi è integro (controllo di integrità SQLite: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n backup è conservato in {folder}.</numerusform>
            <numerusform>%n backup sono conservati in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Controlla il database</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Il controllo di integrità ha trovato problemi:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Usa Aiuto ▸ Ripristina da un backup… per tornare a una copia integra.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Grazie: il tuo riscontro è stato salvato.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Ripristina i progressi da un backup</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Scegli il backup a cui tornare. I progressi attuali vengono salvati prima, così il ripristino si può annullare.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backup, i più recenti prima</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Ancora nessun backup.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Scegli un &amp;altro file…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Scegli un altro file di backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Scegli un backup</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Database dei progressi (*.sqlite3);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Unione europea (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Studente</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Nuova partita</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Tre turni (UE, nazionale, città). Ogni giocatore assume un ruolo con interessi pubblici e una priorità segreta; insieme adottate carte politiche e poi vedete che cosa significano le vostre scelte per sei persone e per la società di accoglienza.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Modalità di gioco</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Numero di giocatori</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Giocatori:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Posti al tavolo</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>P&amp;osti al tavolo:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Paese giocato dal gruppo</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Stato membro composito (dati UE27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Regola di decisione</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>Regola di &amp;decisione:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minuti per turno</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minuti per &amp;turno:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Giocatori e ruoli</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Giocatore {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Nome del giocatore {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Ruolo del giocatore {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Assegna un ruolo</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Problema nella preparazione</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Avvia la partita</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Riprendi una partita</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Ogni passaggio viene salvato mentre giochi. Scegli una partita per riprenderla da dove si era fermata; le partite finite si aprono al loro debriefing.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Partite salvate</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Riprendi la partita</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>&amp;Elimina la partita salvata</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Giochi un ruolo; il computer gioca gli altri posti e sostiene ciò che vogliono i loro ruoli.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Giochi a turno ogni posto, come un decisore politico che ascolta tutte le parti.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Il gioco funziona meglio con 4–6 giocatori, ciascuno con un ruolo.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Lascia un ruolo su “Assegna un ruolo” per farlo assegnare: i tre ruoli guida dei turni (commissario, ministro dell’interno, sindaco) vengono assegnati per primi.</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Due giocatori hanno lo stesso ruolo: scegline un altro.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>Stato membro composito</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finita</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>turno {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Ancora nessuna partita salvata.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Vai a una sezione (Home, Impara, Gioca, Glossario, Paesi, I miei progressi)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Ingrandisci o riduci il testo</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Testo a dimensione normale</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Modalità proiettore: testo grande</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Modalità facilitatore: mostra le note per il facilitatore</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Salva il grafico corrente come PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Spostati tra i controlli</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Questo elenco</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Inserisci il tuo PIN per aprire la vista insegnante.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Apri la vista insegnante</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Apri la vista insegnante</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Per ogni &amp;domanda conta:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Quale tentativo conta</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>il primo tentativo</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>il tentativo migliore (giusto almeno una volta)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>l’ultimo tentativo</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Esporta il rapporto della classe in CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Esporta il rapporto della classe in PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Aggiorna i rapporti</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Ogni cella: lezioni completate / lezioni del modulo · quota delle domande con risposta che contano come giuste. Punta una cella per i dettagli; fai doppio clic su uno studente per il rapporto.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Panoramica della classe</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>&amp;Panoramica della classe</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Studente:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Studente del rapporto</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Mostra le lezioni &amp;non iniziate</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Mostra le lezioni non iniziate</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Sezioni raggiunte</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Domande giuste</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Rapporto dello studente</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Per &amp;studente</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Studenti</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Giuste</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% giuste</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Tentativi per studente</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Domande, le più difficili prima</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>&amp;Domande difficili</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, inserisci il tuo PIN per aprire la vista insegnante.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>La vista insegnante è per i profili insegnante. Passa al tuo profilo insegnante con File ▸ Cambia studente… oppure creane uno con File ▸ Nuovo profilo insegnante…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n studente su questo PC</numerusform>
            <numerusform>%n studenti su questo PC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n domanda con risposta da parte di qualcuno</numerusform>
            <numerusform>%n domande con risposta da parte di qualcuno</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Studente</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>{started} iniziate, {done} completate; {right} domande giuste su {answered}; {minutes} min; ultima attività {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviata</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non iniziata</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviata)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Rapporto della classe</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>rapporto-classe</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Esporta il rapporto della classe</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Salvati {a} e {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Salvato {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — decide</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} su {card}</translation>
    </message>
</context>
</TS>
