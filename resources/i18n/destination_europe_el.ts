<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Γενική σημείωση</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(αρχειοθετημένο)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Δεν υπάρχουν ακόμη σημειώσεις.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>πρώτη προσπάθεια</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>καλύτερη προσπάθεια</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>τελευταία προσπάθεια</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Αρχειοθετημένα μαθήματα</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Η βάση δεδομένων προόδου ήταν κατεστραμμένη ή δεν διαβαζόταν. Τέθηκε στην άκρη ως {file} (δεν διαγράφεται).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Η πρόοδός σας επανήλθε από το αντίγραφο ασφαλείας {file}. Ό,τι έγινε μετά από αυτό το αντίγραφο μπορεί να λείπει.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Δεν βρέθηκε ακέραιο αντίγραφο ασφαλείας, οπότε η πρόοδος ξεκινά ξανά από το μηδέν.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Η βάση δεδομένων προόδου αναβαθμίστηκε για αυτή την έκδοση της εφαρμογής ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του αυτόματου αντιγράφου ασφαλείας: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>κατά την εκκίνηση της εφαρμογής</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>αυτόματο, κατά τη χρήση</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>χειροκίνητο</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>πριν από αναβάθμιση</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>πριν από επαναφορά</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Μια εφαρμογή μάθησης χωρίς σύνδεση για τη μετανάστευση και την ένταξη στην Ευρώπη, φτιαγμένη για την εκπαιδευτική εργαλειοθήκη του Ευρωπαϊκού Δικτύου Μετανάστευσης (ΕΔΜ). Όλα τα κείμενα γράφτηκαν για αυτή την εφαρμογή· τα στοιχεία προέρχονται από τα δημόσια σύνολα δεδομένων που αναφέρονται παρακάτω.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Τα σύνορα και τα ονόματα στους χάρτες δεν συνεπάγονται επίσημη έγκριση ή αποδοχή από τα Ηνωμένα Έθνη ή την Ευρωπαϊκή Ένωση.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Σχετικά με το Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Πηγές δεδομένων</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Λογισμικό και δεδομένα χαρτών</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των στατιστικών:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Άδεια χρήσης</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Εξαγωγή πακέτου εργασίας</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Τίτλος της εργασίας</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Προθεσμία:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Η εργασία έχει προθεσμία</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Επιλέξτε ολόκληρες ενότητες ή μεμονωμένα μαθήματα:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Ενότητες και μαθήματα της εργασίας</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Να συμπεριληφθεί ο κατάλογος της τάξης (%n μαθητής), ώστε οι υπολογιστές των μαθητών να έχουν τα ίδια προφίλ</numerusform>
            <numerusform>Να συμπεριληφθεί ο κατάλογος της τάξης (%n μαθητές), ώστε οι υπολογιστές των μαθητών να έχουν τα ίδια προφίλ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Εξαγωγή…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Δώστε έναν τίτλο στην εργασία.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Επιλέξτε τουλάχιστον μία ενότητα ή ένα μάθημα.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Ενημέρωση γύρου</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Έναρξη &amp;συζήτησης</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Έναρξη συζήτησης</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Σύνθετο κράτος μέλος: στοιχεία ΕΕ27 (μόνο ποσοστά)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Το πιο πρόσφατο έτος με δεδομένα για κάθε δείκτη. Αυτά είναι πραγματικά στοιχεία· οι δείκτες του παιχνιδιού (0–100) είναι προσομοίωση.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Παίζετε ένα σύνθετο κράτος μέλος: τα στοιχεία αφορούν ολόκληρη την ΕΕ (ΕΕ27) και εμφανίζονται μόνο ποσοστά, επειδή τα σύνολα δεν θα ταίριαζαν σε μία χώρα.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Έκτακτη είδηση</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Η κατάσταση</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Πραγματικά δεδομένα: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Πώς αποφασίζει η ομάδα</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Προεδρία αυτού του γύρου: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Προϋπολογισμός: {budget} · Πολιτικό κεφάλαιο: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Δημόσιες κάρτες ρόλων</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των στατιστικών: χωρίς δεδομένα.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Άνοιγμα του προφίλ χώρας: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Συμφέροντα:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Περιορισμοί:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>χωρίς δεδομένα</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(προσωρινό)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Πηγή: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Δημιουργία τάξης από λίστα ονομάτων</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Επικολλήστε τα ονόματα των μαθητών σας, ένα σε κάθε γραμμή (και τα κόμματα και τα ερωτηματικά χωρίζουν ονόματα). Ένα όνομα που έχει ήδη προφίλ σε αυτόν τον υπολογιστή δεν δημιουργείται δεύτερη φορά.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Ονόματα των μαθητών</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Δημιουργία προφίλ</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n όνομα</numerusform>
            <numerusform>%n ονόματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Δείκτης:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Δείκτης για σύγκριση</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Επιλέξτε 2 έως 5 χώρες.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Αποθήκευση ως &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Αποθήκευση του γραφήματος σύγκρισης ως εικόνας PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Αποθήκευση ως CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Αποθήκευση των δεδομένων σύγκρισης σε αρχείο CSV</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Χώρες για σύγκριση</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Πίνακας των τιμών που συγκρίνονται</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Γράφημα</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Πίνακας</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Γράφημα σύγκρισης</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Σύγκριση</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Δεν υπάρχουν δεδομένα για αυτές τις χώρες.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Έως 5 χώρες κάθε φορά.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Πηγή: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>χωρίς δεδομένα</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(προσωρινό)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Πηγή: {publisher}, σύνολο δεδομένων {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Αποθήκευση δεδομένων</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Αρχείο CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Αποθήκευση γραφήματος</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Εικόνα PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Αποφάσεις και ιστορίες αυτού του γύρου</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Επόμενος γύρος</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Επόμενος γύρος</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Μετάβαση στον &amp;απολογισμό</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Μετάβαση στον απολογισμό</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Υπόλοιπο προϋπολογισμού: {b} · Υπόλοιπο πολιτικού κεφαλαίου: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Τι αποφάσισε η ομάδα</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Τι σημαίνει για τους ανθρώπους</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Πηγή: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Ο γύρος παραλείφθηκε: δεν εγκρίθηκε τίποτα.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Γιατί:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Όροι:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Μαθήματα:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Εγκρίθηκε:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Δεν εγκρίθηκε καμία κάρτα.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Δεν εγκρίθηκε:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Χώρες</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Προβολές χωρών</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Χάρτης και τάσεις</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Προφίλ χώρας</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Σύγ&amp;κριση</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Τα μαθήματα, οι σημειώσεις, οι σελιδοδείκτες και οι προσπάθειές μου</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Τα μαθήματά μου</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Μαθήματα</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Σημειώσεις</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>Σε&amp;λιδοδείκτες</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Μάθημα</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Ερώτηση</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Ιστορικό προσπαθειών</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Προσπάθειες</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Οι σημειώσεις μου</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Νέα σημείωση…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Εξαγωγή των σημειώσεών μου:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Εξαγωγή των σημειώσεών μου σε Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Εξαγωγή των σημειώσεών μου σε PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Οι σελιδοδείκτες μου</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Άνοιγμα του μαθήματος του σελιδοδείκτη</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Αφαίρεση του σελιδοδείκτη</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Η πρόοδος δεν μπορεί να αποθηκευτεί σε αυτόν τον υπολογιστή: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} από {total} μαθήματα ξεκίνησαν, {done} ολοκληρώθηκαν · {answered} ερωτήσεις απαντήθηκαν ({right} σωστά τουλάχιστον μία φορά) · {attempts} προσπάθειες συνολικά</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>started</source>
        <translation>ξεκίνησε</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>δεν ξεκίνησε</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>μαθήματα</translation>
    </message>
    <message>
        <source>right</source>
        <translation>σωστά</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>λάθος</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>απαντήσεις</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Μαθήματα ανά ενότητα</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Οι απαντήσεις μου ανά ημέρα</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Οι ερωτήσεις που απάντησα λάθος πιο συχνά</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>λάθος απαντήσεις</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Όροι του γλωσσαρίου που αναζήτησα</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>φορές αναζήτησης</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Τα γραφήματα προόδου μου</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Η πρόοδός μου</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Δεν υπάρχει τίποτα ακόμη.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n μάθημα</numerusform>
            <numerusform>%n μαθήματα</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Αυτά τα μαθήματα δεν ανήκουν πια στο περιεχόμενο αυτής της έκδοσης· η πρόοδός σας σε αυτά διατηρείται.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>αρχειοθετημένο</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} από {n} ερωτήσεις σωστές</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} λεπτά</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>άνοιγμα ξανά</translation>
    </message>
    <message>
        <source>start</source>
        <translation>έναρξη</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, προθεσμία {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>{done} από {n} μαθήματα ολοκληρώθηκαν</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Γενική σημείωση</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(αρχειοθετημένο)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Νέα σημείωση</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Επεξεργασία σημείωσης</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Διαγραφή σημείωσης</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Διαγραφή της επιλεγμένης σημείωσης;</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Εξαγωγή των σημειώσεών μου</translation>
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
        <translation>συνέχεια</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Εργασίες από τον/την εκπαιδευτικό μου</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Συνέχεια από εκεί που σταμάτησα:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Ενότητες που δεν έχουν ξεκινήσει ακόμη</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετημένα</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>σημειώσεις</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Συζητήστε το: τι ήθελε κάθε ρόλος, τι επέλεξε η ομάδα και τι σήμαινε αυτό για τους ανθρώπους των ιστοριών;</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Αποθήκευση σύνοψης ως &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Αποθήκευση της σύνοψης της συνεδρίας ως HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Αποθήκευση σύνοψης ως P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Αποθήκευση της σύνοψης της συνεδρίας ως PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Νέο παιχνίδι</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Προετοιμασία νέου παιχνιδιού</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Απολογισμός</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Αποθήκευση της σύνοψης της συνεδρίας</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Ιστοσελίδα (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Έγγραφο PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Αποθηκεύτηκε: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Κάρτες στο τραπέζι και ψηφοφορίες</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Κλείσιμο ψηφοφορίας και εμφάνιση συνεπειών</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Κλείσιμο ψηφοφορίας</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Ψηφοφορία για {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>εγκρίνεται</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>δεν εγκρίνεται</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Οι κάρτες που εγκρίνονται κοστίζουν {b} από {B} προϋπολογισμού και {k} από {K} κεφαλαίου.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Δεν χωρούν όλες: εγκρίνονται πρώτα οι κάρτες με τα περισσότερα «ναι».</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Τον λόγο έχει:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Θέση που βάζει κάρτες στο τραπέζι</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Βάλτε στο τραπέζι τις κάρτες για τις οποίες θέλετε να ψηφίσετε· μετά ακολουθεί η ψηφοφορία.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Κάρτες πολιτικής αυτού του γύρου</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>Άνοιγμα &amp;ψηφοφορίας</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Άνοιγμα ψηφοφορίας</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Στο τραπέζι (από {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Απόσυρση από το τραπέζι</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Αποκλείεται: η ομάδα έχει ήδη εγκρίνει την κάρτα «{title}».</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Στο τραπέζι</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Στο τραπέζι: κάρτες: {n}, κόστος {b} προϋπολογισμού και {k} κεφαλαίου. Διαθέσιμα: {B} προϋπολογισμού, {K} κεφαλαίου.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Δεν μπορούν να χρηματοδοτηθούν όλα όσα βρίσκονται στο τραπέζι.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Τάση</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Χάρτης</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Αποθήκευση ως &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Αποθήκευση του γραφήματος ως εικόνας PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Αποθήκευση ως CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Αποθήκευση των δεδομένων σε αρχείο CSV</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Ανά 100.000 &amp;κατοίκους</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Εμφάνιση τιμών ανά 100.000 κατοίκους</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Έτος του χάρτη</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Δείκτης:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Έ&amp;τος:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Προετοιμασία γραφήματος…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Πίνακας των τιμών του γραφήματος</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των στατιστικών: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Γράφημα</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Δεν ήταν δυνατή η φόρτωση ενός αρχείου που χρειάζεται η εφαρμογή:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Δεν ήταν δυνατή η φόρτωση της μηχανής γραφημάτων (plotly.js), οπότε δεν μπορεί να σχεδιαστεί γράφημα.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Πηγή: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>χωρίς δεδομένα</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(προσωρινό)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} ανά 100.000 κατοίκους</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Σήμανση</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Πηγή: {publisher}, σύνολο δεδομένων {dataset}. Σήμανση p = προσωρινό.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Αποθήκευση δεδομένων</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Αρχείο CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Αποθήκευση γραφήματος</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Εικόνα PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Πίνακας συντονιστή</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Συντονιστής</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Χρονόμετρο γύρου</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Παύση</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Παύση του χρονόμετρου γύρου</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 λε&amp;πτά</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Δώστε στον γύρο δύο λεπτά ακόμη</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Παράλειψη αυτού του γύρου</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Παράλειψη αυτού του γύρου</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>Σε αυτόν τον γύρο δεν εγκρίνεται τίποτα· οι ιστορίες όμως συνεχίζονται.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Παίκτες και μυστικές κάρτες</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Οι μυστικές προτεραιότητες μένουν κρυφές στην κοινή οθόνη. Κάθε παίκτης κρατά πατημένο το κουμπί του (ή το επιλέγει και κρατά πατημένο το πλήκτρο διαστήματος) για να διαβάσει την κάρτα του.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Σημειώσεις συντονιστή</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Σημεία για να επανέλθουμε στον απολογισμό…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Χρονόμετρο γύρου: απομένουν {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Ο χρόνος τελείωσε: ολοκληρώστε και αποφασίστε.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Συνέχεια</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Συνέχιση του χρονόμετρου γύρου</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (υπολογιστής)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Κρατήστε: μυστικό</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Κρατήστε πατημένο για να δείτε τη μυστική κάρτα του/της {name}</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Μυστική κάρτα: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Χώρα του προφίλ</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Προφίλ χώρας και βασικά στοιχεία</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Γραφήματα του προφίλ χώρας</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Προφίλ χώρας</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Δεν υπάρχουν δεδομένα για αυτή τη χώρα.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Πηγή: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>χωρίς δεδομένα</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(προσωρινό)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Αιτήσεις ασύλου</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Αποφάσεις επί αιτήσεων ασύλου</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Πρώτες άδειες διαμονής ανά λόγο</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Εντολές αναχώρησης και επιστροφές</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Άνθρωποι που έφυγαν από τον πόλεμο στην Ουκρανία</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Πληθυσμός από το εξωτερικό</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Ευρωπαϊκή Ένωση (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>Κράτος μέλος της ΕΕ</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>Χώρα παρατηρητής του ΕΔΜ</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>αποφασίζει για τις αιτήσεις ασύλου</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>μεταναστευτική πολιτική</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>υποδοχή αιτούντων</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>ένταξη</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Εθνικό σημείο επαφής του ΕΔΜ</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Δεν υπάρχει ακόμη κείμενο προφίλ για αυτή τη χώρα.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Βασικά στοιχεία</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Αρμόδιες αρχές</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Μαθήματα</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Σχόλια από εκπαιδευτικό</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Σχόλια από μαθητή</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Οι απαντήσεις σας αποθηκεύονται σε αυτόν τον υπολογιστή μαζί με την πρόοδό σας. Τίποτα δεν αποστέλλεται μέσω διαδικτύου· ο εκπαιδευτικός σας ή η ομάδα του ΕΔΜ μπορεί να τις συλλέξει μαζί με τα αποτελέσματα.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Οι απαντήσεις σας αποθηκεύονται σε αυτόν τον υπολογιστή. Βοηθούν να βελτιωθεί το υλικό για τις επόμενες συνεδρίες.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Βαθμολογία {n} από 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Πόσο ταίριαξε το υλικό στη συνεδρία σας; (1 = καθόλου, 5 = πολύ καλά)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Αριθμός συμμετεχόντων</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Αριθμός &amp;συμμετεχόντων:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Τι λειτούργησε &amp;καλά;</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Τι πρέπει να &amp;αλλάξει;</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Υπήρξε κάτι που δεν &amp;λειτούργησε στους υπολογιστές;</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Πόσο χρήσιμο ήταν για εσάς; (1 = καθόλου, 5 = πολύ)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Τι ήταν &amp;δύσκολο να καταλάβετε;</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Για τι θα θέλατε να μάθετε &amp;περισσότερα;</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Κάτι ά&amp;λλο;</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Δώστε μια βαθμολογία ή γράψτε κάτι.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>πρόχειρο: δεν έχει ελεγχθεί ακόμη από ορολόγο</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Βασικά για τη μετανάστευση</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Νόμιμη μετανάστευση</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Διεθνής προστασία</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Ανήλικοι και ευάλωτες ομάδες</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Ένταξη</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Ιθαγένεια και ανιθαγένεια</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Σύνορα, θεωρήσεις και Σένγκεν</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Παράτυπη μετανάστευση και παράνομη διακίνηση μεταναστών</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Εμπορία ανθρώπων</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Επιστροφή και επανεισδοχή</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Μετανάστευση και ανάπτυξη</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ουκρανία και προσωρινή προστασία</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Στατιστικά</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Θεσμικά όργανα</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>Στις 13 γλώσσες</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Οι αντιστοιχίες με την ένδειξη «πρόχειρο» δεν έχουν ελεγχθεί ακόμη από ορολόγο.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Ευρύτεροι όροι</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Στενότεροι όροι</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Συναφείς όροι</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Χρησιμοποιείται σε αυτά τα μαθήματα</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Λέγεται επίσης</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Αναζήτηση μαθημάτων…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Κανένα μάθημα δεν χρησιμοποιεί ακόμη αυτόν τον όρο.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>ελεγμένο</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>πρόχειρο</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Νέο κουίζ</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Έναρξη νέου κουίζ γλωσσαρίου</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Έλεγχος απάντησης</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Έλεγχος απάντησης</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Επόμε&amp;νη ερώτηση</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Επόμενη ερώτηση</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Ανατροφοδότηση και εξήγηση</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Ερώτηση {n} από {total} · βαθμολογία {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Για τον όρο «{a}», ο όρος «{b}» είναι…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Ποιος όρος ταιριάζει με αυτόν τον ορισμό;</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Αυτοί οι όροι μπερδεύονται εύκολα. Ποιος ταιριάζει με αυτόν τον ορισμό;</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>ευρύτερος όρος (πιο γενικός)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>στενότερος όρος (πιο ειδικός)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>συναφής όρος</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Το κουίζ τελείωσε: {score} από {total} σωστά. Ξεκινήστε νέο κουίζ για νέες ερωτήσεις.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>Δεν υπάρχουν αρκετά λήμματα στο γλωσσάριο για κουίζ.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Σωστά.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Όχι ακριβώς.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>ευρύτερος όρος</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>στενότερος όρος</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>Στο γλωσσάριο, ο όρος {b} είναι {kind} του {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Αυτός είναι ο ορισμός του όρου {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Επιλέξατε {term}, που σημαίνει κάτι άλλο:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Επιλέξτε πρώτα μια απάντηση.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Γλωσσάριο</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Προβολές γλωσσαρίου</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Αναζήτηση:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Πληκτρολογήστε έναν όρο, σε οποιαδήποτε γλώσσα</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Αναζήτηση στο γλωσσάριο</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Εμφάνιση των όρων ενός θέματος</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Όλοι οι όροι</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Όροι που αρχίζουν από {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Όροι</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Προβολές όρου</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Λήμμα γλωσσαρίου</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Χάρτης σχέσεων</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Λήμμα</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Χάρτης &amp;σχέσεων</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Περιήγηση</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Κουίζ</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Όλα τα θέματα</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Ορισμένα λήμματα του γλωσσαρίου δεν ήταν δυνατό να διαβαστούν:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n όρος</numerusform>
            <numerusform>%n όροι</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>στον ορισμό</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>μήπως εννοείτε αυτό; ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Επάνω: ευρύτεροι όροι · κάτω: στενότεροι όροι · στα πλάγια: συναφείς όροι</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Κάντε κλικ σε έναν όρο (ή μεταβείτε σε αυτόν με Tab και πατήστε Enter) για να τον φέρετε στο κέντρο.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Αυτός ο όρος δεν έχει ακόμη ευρύτερους, στενότερους ή συναφείς όρους.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Καλώς ήρθατε στο Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Μάθετε πώς λειτουργεί η πολιτική μετανάστευσης και ένταξης στην Ευρώπη: ποιος αποφασίζει σε επίπεδο ΕΕ, κράτους και πόλης, τι λέει το δίκαιο και τι δείχνουν τα πραγματικά στοιχεία. Όλα εδώ λειτουργούν χωρίς σύνδεση στο διαδίκτυο.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Συνέχεια από εκεί που σταμάτησα</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Μάθηση</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Ενότητες και μαθήματα με κουίζ και σενάρια</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Παιχνίδι</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Το παιχνίδι ρόλων για μια ομάδα γύρω από μία οθόνη</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Γλωσσάριο</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Βασικοί όροι, με απλά λόγια</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Χώρες</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Γραφήματα και χάρτης με πραγματικά στατιστικά</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Ένας αριθμός για συζήτηση</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Αρχική</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>Το {year}, {value} άνθρωποι από χώρες εκτός ΕΕ υπέβαλαν για πρώτη φορά αίτηση ασύλου στην ΕΕ.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>Το {year} ήταν {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Πηγή: {publisher}, σύνολο δεδομένων {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Πληθυσμός την 1η Ιανουαρίου (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Πληθυσμός (Παγκόσμια Τράπεζα)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Πολίτες εκτός ΕΕ που ζουν στη χώρα</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Πολίτες εκτός ΕΕ, ποσοστό του πληθυσμού</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Ποσοστό του πληθυσμού που γεννήθηκε στο εξωτερικό</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Αιτούντες άσυλο για πρώτη φορά</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Αιτούντες άσυλο με μεταγενέστερη αίτηση</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Αιτούντες άσυλο για πρώτη φορά ανά 100.000 κατοίκους</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Αιτήσεις ασύλου (Ύπατη Αρμοστεία)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Αποφάσεις: χορήγηση καθεστώτος πρόσφυγα (Ύπατη Αρμοστεία)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Αποφάσεις: συμπληρωματική προστασία (Ύπατη Αρμοστεία)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Αποφάσεις: απόρριψη (Ύπατη Αρμοστεία)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Ποσοστό αναγνώρισης (Ύπατη Αρμοστεία)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Πρόσφυγες που φιλοξενούνται (Ύπατη Αρμοστεία)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Αιτούντες άσυλο που φιλοξενούνται (Ύπατη Αρμοστεία)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Πρόσφυγες από την Ουκρανία που φιλοξενούνται (Ύπατη Αρμοστεία)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Πρώτες άδειες διαμονής, όλοι οι λόγοι</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Πρώτες άδειες διαμονής για οικογενειακούς λόγους</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Πρώτες άδειες διαμονής για σπουδές</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Πρώτες άδειες διαμονής για εργασία</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Πρώτες άδειες διαμονής για άλλους λόγους</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Πολίτες εκτός ΕΕ με εντολή αναχώρησης</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Πολίτες εκτός ΕΕ που επέστρεψαν μετά από εντολή αναχώρησης</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ουκρανοί υπό προσωρινή προστασία</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>άτομα</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>τοις εκατό</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>ανά 100.000 κατοίκους</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Μάθηση</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Ενότητες και μαθήματα</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Επιλέξτε ένα μάθημα στα αριστερά.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Προηγούμενο</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Προηγούμενη ενότητα</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Επόμενο ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Επόμενη ενότητα</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Σελιδοδείκτης</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Προσθήκη σελιδοδείκτη σε αυτή την ενότητα</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ Ση&amp;μείωση</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Γράψτε μια σημείωση για αυτή την ενότητα</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Δεύτερη &amp;γλώσσα:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Δεύτερη γλώσσα για τους όρους του γλωσσαρίου (δίγλωσση ανάγνωση)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Πλαίσιο γλωσσαρίου</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Αυτό το μάθημα έχει σφάλματα και δεν μπορεί να εμφανιστεί.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n λεπτό</numerusform>
            <numerusform>%n λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Δεν βρέθηκαν μαθήματα.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Σελίδα μαθήματος</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: αυτό το μάθημα δεν μπορεί να εμφανιστεί</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Ο έλεγχος περιεχομένου βρήκε αυτά τα προβλήματα:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, ξεκίνησε</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ Με &amp;σελιδοδείκτη</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Η σημείωσή σας για αυτή την ενότητα:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Η σημείωση αποθηκεύτηκε στην ενότητα «Η πρόοδός μου».</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Ενότητα {n} από {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Άνοιγμα ολόκληρου του λήμματος στο γλωσσάριο</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(προσχέδιο)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>δεν υπάρχει ακόμη αντίστοιχος όρος</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Κουίζ</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Ερώτηση {n} από {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Έλεγχος απάντησης</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Σωστά</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Όχι ακριβώς</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Εμφάνιση εξήγησης</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Επιλέξτε μία απάντηση.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Επιλέξτε όλες τις απαντήσεις που ισχύουν.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Σωστό</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Λάθος</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Βάλτε τα στοιχεία στη σωστή σειρά με τα κουμπιά «Πάνω» και «Κάτω».</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Πάνω</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Κάτω</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Επιλέξτε την απάντηση που ταιριάζει σε κάθε στοιχείο.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Η απάντησή σας</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Σενάριο</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Οι επιλογές σας μέχρι τώρα</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Τέλος του σεναρίου</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Από την αρχή</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Αναστοχασμός</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Αποθήκευση σημείωσης</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Αποθηκεύτηκε στις σημειώσεις σας</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Δεν υπάρχουν ακόμη δεδομένα για αυτό το γράφημα.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Άνοιγμα του προφίλ χώρας</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Όρος γλωσσαρίου</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Άνοιγμα στο γλωσσάριο</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Αυτός ο όρος δεν υπάρχει στο γλωσσάριο.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Συζήτηση</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} λεπτά</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>Σε ζευγάρια</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>Σε μικρές ομάδες</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Όλη η τάξη</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Σημείωση για τον συντονιστή</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Δεν ήταν δυνατή η φόρτωση αυτής της δραστηριότητας. Ο έλεγχος περιεχομένου εξηγεί γιατί.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Κάτι πήγε στραβά. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Αυτή η σελίδα δεν υπάρχει.</translation>
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
        <translation>Ενότητες</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Εξαγωγή γραφήματος ως PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Εισαγωγή αρχείου Eurostat…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Σμί&amp;κρυνση</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Κανονικό μέγεθος</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>Λειτουργία &amp;προβολέα (μεγάλα γράμματα)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Θέμα</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Φωτεινό</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Σκοτεινό</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Υψηλή αντίθεση</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>Λειτουργία &amp;συντονιστή (εμφάνιση σημειώσεων συντονιστή)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Πλήρης &amp;οθόνη</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;Σχετικά με το Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Εισαγωγή αρχείου δεδομένων Eurostat</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Αρχεία Eurostat (*.tsv *.csv *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Η εισαγωγή απορρίφθηκε</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Το αρχείο δεν εισήχθη, δεν άλλαξε τίποτα:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} τιμές, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Εισαγωγή από {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Χωρίς σύνδεση: αποκλείστηκε %n εξωτερικό αίτημα</numerusform>
            <numerusform>Χωρίς σύνδεση: αποκλείστηκαν %n εξωτερικά αιτήματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Νέο προφίλ εκπαιδευτικού</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Νέος μαθητής</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Χρώμα άβαταρ {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Χρώμα άβαταρ:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Επανάληψη PIN</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (τουλάχιστον {n} χαρακτήρες):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Επα&amp;νάληψη PIN:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Δημιουργία</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Τα δύο PIN δεν είναι ίδια.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Κείμενο σημείωσης</translation>
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
        <translation>PIN εκπαιδευτικού</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Μήνυμα για το PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Λάθος PIN. Δοκιμάστε ξανά.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Λάθος PIN. Πάρα πολλές λάθος προσπάθειες: μπορείτε να δοκιμάσετε ξανά σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Λάθος PIN. Πάρα πολλές λάθος προσπάθειες: μπορείτε να δοκιμάσετε ξανά σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Μπορείτε να δοκιμάσετε ξανά το PIN σας.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Δεν είναι ακόμη διαθέσιμο</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>χωρίς δεδομένα</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Δείκτες του παιχνιδιού μετά από κάθε γύρο (0–100, αρχή 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Αρχή</translation>
    </message>
    <message>
        <source>points</source>
        <translation>πόντοι</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Δείκτες του παιχνιδιού</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Γύρος {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Τι άλλαξε στον γύρο {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Μεταβολή στον γύρο {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Πρότυπα προστασίας</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Ένταξη στην αγορά εργασίας</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Κοινωνική συνοχή</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Δημόσια στήριξη</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Διοικητική ικανότητα</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Δημόσια οικονομικά</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>Επίπεδο ΕΕ</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Εθνικό επίπεδο</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Επίπεδο πόλης</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Προετοιμασία</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Ενημέρωση</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Συζήτηση</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Απόφαση</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Συνέπειες</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Απολογισμός</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Συναίνεση</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Ψηφοφορία με πλειοψηφία</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Αποφασίζει ο κύριος ρόλος</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Μια κάρτα εγκρίνεται με τουλάχιστον ένα «ναι» και κανένα «όχι».</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Μια κάρτα εγκρίνεται με περισσότερα «ναι» από «όχι».</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Αποφασίζει ο κύριος ρόλος του γύρου· οι άλλες ψήφοι είναι συμβουλευτικές. Γύρος ΕΕ: ο Επίτροπος· εθνικός γύρος: ο υπουργός Εσωτερικών· γύρος πόλης: ο δήμαρχος.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Ομάδα: κάθε θέση είναι ένα πρόσωπο</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Μόνος: ένας ρόλος απέναντι σε προγραμματισμένους παίκτες</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Όλες οι θέσεις: ένα πρόσωπο παίζει όλους τους ρόλους</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Αποχή</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>δεν εγκρίθηκε στην ψηφοφορία</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>δεν απομένει αρκετός προϋπολογισμός</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>δεν απομένει αρκετό πολιτικό κεφάλαιο</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>αποκλείεται από κάρτα που έχει ήδη εγκριθεί</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>ο γύρος παραλείφθηκε</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Καθυστερήσεις: η διοικητική ικανότητα είναι κάτω από 40, οπότε οι υποθέσεις συσσωρεύονται (προστασία −2, δημόσια στήριξη −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Ένταση: η κοινωνική συνοχή είναι κάτω από 40, οπότε η δημόσια στήριξη πέφτει κατά 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Βασίζεται στο ισχύον δίκαιο της ΕΕ</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Εθνική ή τοπική επιλογή στο πλαίσιο του δικαίου της ΕΕ</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Θα χρειαζόταν νέο ή τροποποιημένο νόμο</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>αιτών διεθνή προστασία</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>ασυνόδευτος ανήλικος</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>μετανάστης εργαζόμενος</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>οικογενειακή επανένωση</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>υπό προσωρινή προστασία</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>σε παράνομη διαμονή</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>φωνή της κοινωνίας υποδοχής</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>φορέας χάραξης πολιτικής</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>ενδιαφερόμενο μέρος</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Αυτό το βήμα δεν είναι δυνατό σε αυτό το σημείο του γύρου.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Αυτή η κάρτα είναι ήδη στο τραπέζι.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Μια κάρτα που έχει ήδη εγκριθεί αποκλείει αυτή την κάρτα.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Αυτή η κάρτα δεν είναι στο τραπέζι.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Αυτή η κάρτα δεν ανήκει σε αυτόν τον γύρο.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Δεν υπάρχει τέτοια θέση στο τραπέζι.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Αυτή τη θέση την παίζει ο υπολογιστής.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Το παιχνίδι τελείωσε.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Υπάρχουν περισσότερες θέσεις από ρόλους.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Δύο θέσεις έχουν τον ίδιο ρόλο.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Ένα παιχνίδι για έναν χρειάζεται ακριβώς έναν παίκτη.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Αυτό το αποθηκευμένο παιχνίδι παίχτηκε με άλλο περιεχόμενο και δεν μπορεί να συνεχιστεί.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Το αρχείο του αποθηκευμένου παιχνιδιού είναι κατεστραμμένο.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Το αποθηκευμένο παιχνίδι γράφτηκε από άλλη έκδοση της εφαρμογής.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Η ενέργεια απορρίφθηκε ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Γραφήματα δεικτών</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Δείκτες του παιχνιδιού</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>χωρίς δεδομένα</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Φόρτωση του παιχνιδιού ρόλων…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Παιχνίδι: το παιχνίδι ρόλων Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Παιχνίδι</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Το περιεχόμενο του παιχνιδιού έχει σφάλματα</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Βήματα του γύρου</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Πίνακας συντονιστή</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Εμφάνιση ή απόκρυψη του πίνακα συντονιστή</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Διαγραφή αυτού του αποθηκευμένου παιχνιδιού; Δεν μπορεί να αναιρεθεί.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Ένας γύρος μπορεί να παραλειφθεί πριν κλείσει η ψηφοφορία του.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Παράλειψη αυτού του γύρου; Δεν εγκρίνεται τίποτα· οι ιστορίες όμως συνεχίζονται.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Σύνθετο κράτος μέλος (στοιχεία ΕΕ27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Απολογισμός — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Το παιχνίδι τελείωσε: οι μυστικές προτεραιότητες αποκαλύπτονται.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Γύρος {n} από {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Βήμα: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Προϋπολογισμός: {b} · Πολιτικό κεφάλαιο: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Χρόνος που απομένει: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(σε παύση)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Χρονόμετρο γύρου: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>σύνθετο κράτος μέλος (στοιχεία ΕΕ27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — σύνοψη συνεδρίας</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Η χώρα σας</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Σύνθετο (ΕΕ27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} καταλήγει σε {value} ή περισσότερο</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} καταλήγει σε {value} ή λιγότερο</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} αυξάνεται τουλάχιστον κατά {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>τουλάχιστον {count} εγκρίθηκαν από: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>καμία δεν εγκρίθηκε από: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Δείκτες του παιχνιδιού</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>χωρίς δεδομένα</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>ΕΕ27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Υψηλότερο</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Χαμηλότερο</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Έτος, σύνολο δεδομένων</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Θέσεις:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Το παιχνίδι δεν έχει τελειώσει ακόμη: οι γύροι που παίχτηκαν μέχρι τώρα.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Δείκτες του παιχνιδιού μετά από κάθε γύρο</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Οι μυστικές προτεραιότητες αποκαλύφθηκαν</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Η βαθμολογία είναι μόνο αφορμή για συζήτηση: σημασία έχει γιατί κάθε ρόλος ήθελε αυτό που ήθελε.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Έκτακτη είδηση:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Κάρτα</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Τι έκαναν πραγματικές χώρες</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Πραγματικά στοιχεία από τα στατιστικά της εφαρμογής (πιο πρόσφατο έτος με δεδομένα ΕΕ)· συγκρίνετέ τα με τις επιλογές της ομάδας σας.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Όλοι οι όροι του παιχνιδιού</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Κλείνοντας</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Σημειώσεις συντονιστή</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Ο γύρος παραλείφθηκε.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Εγκρίθηκε</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Δεν εγκρίθηκε</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Ψήφοι</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Ιστορίες</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Ερωτήσεις για τον απολογισμό</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Όροι που αναφέρθηκαν:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Μαθήματα που εξηγούν τις επιλογές:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Παίχτηκε: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Χώρα: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Κανόνας απόφασης: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Λειτουργία: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Γύρος {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Προεδρία: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Πηγή:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} από {max} πόντους</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Γιατί:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Μαθήματα που το εξηγούν:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>κοστίζει {b} προϋπολογισμού, {k} κεφαλαίου</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Κόστος: {budget} προϋπολογισμού, {capital} πολιτικού κεφαλαίου</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Νομική βάση: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Επιδράσεις: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Γλώσσα διεπαφής</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Γλώσσα διεπαφής:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Φωτεινό</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Σκοτεινό</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Υψηλή αντίθεση</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Μέγεθος κειμένου σε ποσοστό</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Μέγεθος κειμένου:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Μια νέα γλώσσα διεπαφής ισχύει μετά την επανεκκίνηση της εφαρμογής.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Απαιτείται επανεκκίνηση</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>Η νέα γλώσσα διεπαφής αποθηκεύτηκε. Θα ισχύσει όταν η εφαρμογή ξεκινήσει ξανά.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Επανεκκίνηση τώρα</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Αργότερα</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Προτιμήσεις…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Αλλαγή μαθητή</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Ποιος χρησιμοποιεί τώρα το Destination Europe;</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Προφίλ μαθητών</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Αλλαγή</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Μετάβαση σε αυτό το προφίλ</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (εκπαιδευτικός, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Γενική σημείωση</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>πρώτη προσπάθεια</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>καλύτερη προσπάθεια</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>τελευταία προσπάθεια</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Αρχειοθετημένα μαθήματα</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(αρχειοθετημένο)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Δεν υπάρχουν ακόμη σημειώσεις.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Οι σημειώσεις μου</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Κάθε ερώτηση μετρά μία φορά ανά μαθητή, με βάση την</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Μαθητές και ενότητες</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Μαθητής</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Ενότητα</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Ολοκληρωμένα μαθήματα</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Απαντημένες ερωτήσεις</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Λεπτά</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Ερωτήσεις, οι δυσκολότερες πρώτα</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Κανείς δεν έχει απαντήσει ακόμη σε ερώτηση.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Ερώτηση</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Μάθημα</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Μαθητές</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Σωστά</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Προσπάθειες ανά μαθητή</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Δεν βρέθηκε ακέραιο αντίγραφο ασφαλείας, οπότε η πρόοδος ξεκινά ξανά από το μηδέν.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>Η βάση δεδομένων προόδου ήταν κατεστραμμένη ή δεν διαβαζόταν. Τέθηκε στην άκρη ως {file} (δεν διαγράφεται).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Η πρόοδός σας επανήλθε από το αντίγραφο ασφαλείας {file}. Ό,τι έγινε μετά από αυτό το αντίγραφο μπορεί να λείπει.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Η βάση δεδομένων προόδου αναβαθμίστηκε για αυτή την έκδοση της εφαρμογής ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του αυτόματου αντιγράφου ασφαλείας: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>κατά την εκκίνηση της εφαρμογής</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>αυτόματο, κατά τη χρήση</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>χειροκίνητο</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>πριν από αναβάθμιση</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>πριν από επαναφορά</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Πληκτρολογήστε ένα όνομα.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Το όνομα είναι πολύ μεγάλο (έως 80 χαρακτήρες).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Επιλέξτε ένα χρώμα.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>Το PIN πρέπει να έχει από {lo} έως {hi} χαρακτήρες.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Αυτό το προφίλ δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Αυτό δεν είναι προφίλ εκπαιδευτικού.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Η πρόοδός μου</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Δεν είναι δυνατή η εμφάνιση της προόδου σας: η βάση δεδομένων προόδου δεν άνοιξε ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Η πρόοδός μου και προβολή εκπαιδευτικού</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Η &amp;επισκόπησή μου</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>Προβολή &amp;εκπαιδευτικού</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Μαθητής</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>&amp;Αλλαγή μαθητή…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Νέος μαθητής…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Νέο προφίλ &amp;εκπαιδευτικού…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Δημιουργία &amp;τάξης από λίστα ονομάτων…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Εξαγωγή του &amp;διαβατηρίου προόδου μου…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Εισαγωγή διαβατηρίου προόδου…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Πακέτα &amp;τάξης</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Εξαγωγή &amp;εργασίας… (εκπαιδευτικός)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>Ε&amp;ισαγωγή εργασίας…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Εξαγωγή των &amp;αποτελεσμάτων μου…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Εισαγωγή α&amp;ποτελεσμάτων… (εκπαιδευτικός)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Εξαγωγή αναφοράς τάξης σε CS&amp;V… (εκπαιδευτικός)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Εξαγωγή αναφοράς τάξης σε P&amp;DF… (εκπαιδευτικός)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Έλεγχος βάσης δεδομένων</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Επαναφορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Αποστολή &amp;σχολίων…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Η πρόοδός σας δεν μπορεί να αποθηκευτεί: η βάση δεδομένων προόδου δεν άνοιξε. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Η πρόοδός σας</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Η τάξη δημιουργήθηκε</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n προφίλ μαθητή έτοιμο: </numerusform>
            <numerusform>%n προφίλ μαθητών έτοιμα: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Τρέχων μαθητής: {name}. Αλλαγή μαθητή</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Αλλαγή μαθητή (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Εξαγωγή των αποτελεσμάτων όλων των μαθητών αυτού του υπολογιστή…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Το αρχείο απορρίφθηκε</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Αυτό το αρχείο απορρίφθηκε και δεν άλλαξε τίποτα:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} νέες από {total} εγγραφές, {learners} νέοι μαθητές</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, μια νέα εργασία</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Εξαγωγή του διαβατηρίου προόδου μου</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Το διαβατήριο αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Η πρόοδός σας βρίσκεται στο {file}. Στον άλλο υπολογιστή επιλέξτε Αρχείο ▸ Εισαγωγή διαβατηρίου προόδου… για να συνεχίσετε εκεί.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Εισαγωγή διαβατηρίου προόδου</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Καλώς ήρθατε ξανά, {name}: η πρόοδός σας είναι εδώ.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Το διαβατήριο συγχωνεύτηκε.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Το διαβατήριο εισήχθη</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Εξαγωγή πακέτου εργασίας</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Η εργασία αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: αντιγράψτε το σε ένα USB· σε κάθε υπολογιστή μαθητή επιλέξτε Αρχείο ▸ Πακέτα τάξης ▸ Εισαγωγή εργασίας…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Απορρίφθηκαν (δεν άλλαξε τίποτα από αυτά τα αρχεία):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Εισαγωγή εργασίας</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Εξαγωγή αποτελεσμάτων</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Τα αποτελέσματα αποθηκεύτηκαν</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: δώστε το στον εκπαιδευτικό σας (για παράδειγμα σε ένα USB).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Εισαγωγή αποτελεσμάτων</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>Η βάση δεδομένων προόδου είναι ακέραιη (έλεγχος ακεραιότητας SQLite: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n αντίγραφο ασφαλείας φυλάσσεται στο {folder}.</numerusform>
            <numerusform>%n αντίγραφα ασφαλείας φυλάσσονται στο {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Έλεγχος βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Ο έλεγχος ακεραιότητας βρήκε προβλήματα:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Χρησιμοποιήστε Βοήθεια ▸ Επαναφορά από αντίγραφο ασφαλείας… για να επιστρέψετε σε ακέραιο αντίγραφο.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Ευχαριστούμε: τα σχόλιά σας αποθηκεύτηκαν.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Επαναφορά της προόδου από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Επιλέξτε το αντίγραφο στο οποίο θέλετε να επιστρέψετε. Η τωρινή πρόοδος αποθηκεύεται πρώτα, ώστε η επαναφορά να μπορεί να αναιρεθεί.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Αντίγραφα ασφαλείας, τα νεότερα πρώτα</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Δεν υπάρχουν ακόμη αντίγραφα ασφαλείας.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Επιλογή &amp;άλλου αρχείου…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Επιλογή άλλου αρχείου αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Επαναφορά</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Επιλογή αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Βάσεις δεδομένων προόδου (*.sqlite3);;Όλα τα αρχεία (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Ευρωπαϊκή Ένωση (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Μαθητής</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Νέο παιχνίδι</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Τρεις γύροι (ΕΕ, εθνικός, πόλη). Κάθε παίκτης παίρνει έναν ρόλο με δημόσια συμφέροντα και μια μυστική προτεραιότητα· μαζί εγκρίνετε κάρτες πολιτικής και μετά βλέπετε τι σημαίνουν οι επιλογές σας για έξι ανθρώπους και για την κοινωνία υποδοχής.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Τρόπος παιχνιδιού</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Λειτουργία:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Αριθμός παικτών</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Παίκτες:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Θέσεις στο τραπέζι</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>&amp;Θέσεις στο τραπέζι:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Χώρα που παίζει η ομάδα</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Σύνθετο κράτος μέλος (στοιχεία ΕΕ27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Κανόνας απόφασης</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>&amp;Κανόνας απόφασης:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Λεπτά ανά γύρο</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Λεπτά ανά &amp;γύρο:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Παίκτες και ρόλοι</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Παίκτης {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Όνομα του παίκτη {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Ρόλος του παίκτη {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Κλήρωση ρόλου</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Πρόβλημα στην προετοιμασία</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Έναρξη παιχνιδιού</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Συνέχιση παιχνιδιού</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Κάθε βήμα αποθηκεύεται καθώς παίζετε. Επιλέξτε ένα παιχνίδι για να συνεχίσετε από εκεί που σταμάτησε· τα ολοκληρωμένα παιχνίδια ανοίγουν στον απολογισμό τους.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Αποθηκευμένα παιχνίδια</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Συνέχιση παιχνιδιού</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>&amp;Διαγραφή αποθηκευμένου παιχνιδιού</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Παίζετε έναν ρόλο· ο υπολογιστής παίζει τις άλλες θέσεις και υποστηρίζει ό,τι θέλουν οι ρόλοι τους.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Παίζετε κάθε θέση με τη σειρά, ως φορέας χάραξης πολιτικής που ακούει όλες τις πλευρές.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Το παιχνίδι λειτουργεί καλύτερα με 4 έως 6 παίκτες, ο καθένας με έναν ρόλο.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Αφήστε έναν ρόλο στην «Κλήρωση ρόλου» για να κληρωθεί: οι τρεις κύριοι ρόλοι των γύρων (Επίτροπος, υπουργός Εσωτερικών, δήμαρχος) κληρώνονται πρώτοι.</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Δύο παίκτες έχουν τον ίδιο ρόλο: επιλέξτε άλλον.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>σύνθετο κράτος μέλος</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>γύρος {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Δεν υπάρχουν ακόμη αποθηκευμένα παιχνίδια.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Μετάβαση σε ενότητα (Αρχική, Μάθηση, Παιχνίδι, Γλωσσάριο, Χώρες, Η πρόοδός μου)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Μεγαλύτερο ή μικρότερο κείμενο</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Κείμενο σε κανονικό μέγεθος</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Λειτουργία προβολέα: μεγάλα γράμματα</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Λειτουργία συντονιστή: εμφάνιση σημειώσεων συντονιστή</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Πλήρης οθόνη</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Αποθήκευση του τρέχοντος γραφήματος ως PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Μετακίνηση ανάμεσα στα στοιχεία ελέγχου</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Αυτή η λίστα</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Πληκτρολογήστε το PIN σας για να ανοίξετε την προβολή εκπαιδευτικού.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>Ά&amp;νοιγμα της προβολής εκπαιδευτικού</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Άνοιγμα της προβολής εκπαιδευτικού</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Για κάθε &amp;ερώτηση μετρά:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Ποια προσπάθεια μετρά</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>η πρώτη προσπάθεια</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>η καλύτερη προσπάθεια (σωστά τουλάχιστον μία φορά)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>η τελευταία προσπάθεια</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Εξαγωγή &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Εξαγωγή της αναφοράς τάξης σε CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Εξαγωγή &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Εξαγωγή της αναφοράς τάξης σε PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ανανέωση</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Ανανέωση των αναφορών</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Κάθε κελί: ολοκληρωμένα μαθήματα / μαθήματα της ενότητας · ποσοστό των απαντημένων ερωτήσεων που μετρούν ως σωστές. Δείξτε ένα κελί για λεπτομέρειες· διπλό κλικ σε μαθητή για την αναφορά του.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Επισκόπηση τάξης</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Επισκόπηση &amp;τάξης</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Μαθητής:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Μαθητής της αναφοράς</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Εμφάνιση μαθημάτων που δεν &amp;ξεκίνησαν</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Εμφάνιση μαθημάτων που δεν ξεκίνησαν</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Ενότητα</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Μάθημα</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Ενότητες που προσεγγίστηκαν</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Σωστές ερωτήσεις</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Προσπάθειες</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Λεπτά</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Τελευταία δραστηριότητα</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Αναφορά μαθητή</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Ανά &amp;μαθητή</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Ερώτηση</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Μαθητές</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Σωστά</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% σωστά</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Προσπάθειες ανά μαθητή</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Ερωτήσεις, οι δυσκολότερες πρώτα</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Δύσκολες &amp;ερωτήσεις</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, πληκτρολογήστε το PIN σας για να ανοίξετε την προβολή εκπαιδευτικού.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>Η προβολή εκπαιδευτικού είναι για προφίλ εκπαιδευτικών. Μεταβείτε στο προφίλ εκπαιδευτικού σας με Αρχείο ▸ Αλλαγή μαθητή… ή δημιουργήστε ένα με Αρχείο ▸ Νέο προφίλ εκπαιδευτικού…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n μαθητής σε αυτόν τον υπολογιστή</numerusform>
            <numerusform>%n μαθητές σε αυτόν τον υπολογιστή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n ερώτηση απαντήθηκε από κάποιον</numerusform>
            <numerusform>%n ερωτήσεις απαντήθηκαν από κάποιον</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Μαθητής</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>{started} ξεκίνησαν, {done} ολοκληρώθηκαν· {right} από {answered} ερωτήσεις σωστές· {minutes} λεπτά· τελευταία δραστηριότητα {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>αρχειοθετημένο</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>δεν ξεκίνησε</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(αρχειοθετημένο)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Αναφορά τάξης</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>anafora-taxis</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Εξαγωγή της αναφοράς τάξης</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Αποθηκεύτηκαν τα {a} και {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Αποθηκεύτηκε το {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — αποφασίζει</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} για {card}</translation>
    </message>
</context>
</TS>
