<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>General note</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>first attempt</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>best attempt</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>last attempt</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Archived lessons</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>No sound backup was found, so progress starts again from empty.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>The progress database was upgraded for this version of the app ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>The automatic backup could not be written: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>when the app started</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatic, during use</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>About Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Software and map data</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>The statistics could not be read:</translation>
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
        <translation>Export an assignment packet</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Title of the assignment</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>The assignment has a due date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Tick whole modules or single lessons:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Modules and lessons of the assignment</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Include the class list (%n learner) so learner PCs get the same profiles</numerusform>
            <numerusform>Include the class list (%n learners) so learner PCs get the same profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Please give the assignment a title.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Please tick at least one module or lesson.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Round briefing</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Start the &amp;discussion</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Start the discussion</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Composite Member State: EU27 figures (rates only)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>News flash</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>The situation</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Real data: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>How the group decides</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Chair of this round: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Budget: {budget} · Political capital: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Public role cards</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>The statistics could not be read: no data.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Open the factsheet of {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Interests:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Constraints:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Source: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Create a class from a list of names</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Names of the learners</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Create profiles</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
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
        <translation>Indicator to compare</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Tick 2 to 5 countries.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Save the comparison chart as a PNG image</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Save as CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Save the comparison data as a CSV file</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Countries to compare</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Table of the compared values</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Comparison chart</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>No data for these countries.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>At most 5 countries at a time.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Source: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Source: {publisher}, dataset {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Save data</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Decisions and stories of this round</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Next round</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Next round</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Go to the &amp;debrief</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Go to the debrief</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Budget left: {b} · Political capital left: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>What the group decided</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>What it means for people</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Source: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>The round was skipped: nothing was adopted.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Terms:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lessons:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Adopted:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>No card was adopted.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Not adopted:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Countries views</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Map and trends</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Factsheet</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>My lessons, notes, bookmarks and attempts</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>My lessons</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Attempt history</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Attempts</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>N&amp;ew note…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Export my notes:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Export my notes as Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Export my notes as PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>My bookmarks</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Open the bookmarked lesson</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Remove the bookmark</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Progress cannot be saved on this PC: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lessons</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Lessons per module</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>My answers per day</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Questions I most often got wrong</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>wrong answers</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Glossary terms I looked up</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>times looked up</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>My progress charts</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>My progress</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>These lessons are no longer in the content of this version; your progress in them is kept.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} of {n} questions right</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>open again</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, due {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>{done} of {n} lessons completed</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>General note</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Delete the selected note?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Export my notes</translation>
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
        <translation>continue</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Assignments from my teacher</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Continue where I stopped:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Modules not started yet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Save summary as &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Save the session summary as HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Save summary as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Save the session summary as PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>Ne&amp;w game</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Set up a new game</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Save the session summary</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Could not save {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Cards on the table and the votes</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Close the vote and see the consequences</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Vote on {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>passes the vote</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>does not pass</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Passing cards cost {b} of {B} budget and {k} of {K} capital.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Not all of them fit: the cards with the most yes votes are adopted first.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Speaking:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Seat that puts cards on the table</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Put the cards you want to vote on on the table; the vote comes next.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Policy cards of this round</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Open the vote</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Open the vote</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>On the table (put there by {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Take off the table</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Ruled out: the group already adopted “{title}”.</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Put on the table</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Not everything on the table can be paid for.</translation>
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
        <translation>Country</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Save as CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Save the data as a CSV file</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Per 100,000 i&amp;nhabitants</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Show values per 100,000 inhabitants</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Year of the map</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Preparing the chart…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Table of the values shown in the chart</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>The statistics could not be read: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>A file the app needs could not be loaded:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Source: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} per 100,000 inhabitants</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Save data</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Facilitator panel</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Round timer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Pause the round timer</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Give the round two more minutes</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>S&amp;kip this round</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Skip this round</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>Nothing is adopted this round; the stories still move on.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Players and secret cards</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitator notes</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Points to come back to in the debrief…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Round timer: {time} left</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Time is up: wrap up and decide.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Resume the round timer</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (computer)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Hold: secret</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Hold to see the secret card of {name}</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Secret card: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Country of the factsheet</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Country profile and key figures</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Factsheet charts</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Factsheet</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>No data for this country.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Source: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Asylum applications</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Decisions on asylum applications</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>First residence permits by reason</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Orders to leave and returns</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>People who fled the war in Ukraine</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Population from abroad</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>European Union (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>EU Member State</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>EMN observer country</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>decides on asylum applications</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>migration policy</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>reception of applicants</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integration</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>EMN National Contact Point</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>No text profile for this country yet.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Responsible authorities</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Feedback from a teacher</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Feedback from a learner</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Your answers are saved on this PC. They help improve the material for the next sessions.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Rating {n} of 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>How well did the material fit your session? (1 = not at all, 5 = very well)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Number of &amp;participants:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>What worked &amp;well?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>What should &amp;change?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Did anything not &amp;work on the PCs?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>How useful was this for you? (1 = not at all, 5 = very)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>What was &amp;hard to understand?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>What would you like to learn &amp;more about?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Anything &amp;else?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Please give a rating or write something.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>draft: not yet reviewed by a terminologist</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Migration basics</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Legal migration</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>International protection</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Minors and vulnerable groups</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Citizenship and statelessness</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Borders, visas and Schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Irregular migration and smuggling</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Trafficking in human beings</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Return and readmission</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migration and development</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ukraine and temporary protection</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>In the 13 languages</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Equivalents marked “draft” have not yet been reviewed by a terminologist.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Broader terms</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Narrower terms</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Related terms</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Used in these lessons</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Also called</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Looking for lessons…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>No lesson uses this term yet.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;New quiz</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Start a new glossary quiz</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Check answer</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Check answer</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Ne&amp;xt question</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Feedback and explanation</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Question {n} of {total} · score {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>For “{a}”, the term “{b}” is…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Which term matches this definition?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>These terms are easily confused. Which one matches this definition?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>a broader term (more general)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>a narrower term (more specific)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>a related term</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>There are not enough glossary entries for a quiz.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correct.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Not quite.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>a broader term</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>a narrower term</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>The glossary lists {b} as {kind} of {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>This is the definition of {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>You chose {term}, which means something else:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choose an answer first.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Glossary views</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Type a term, in any language</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Search the glossary</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Show the terms of one theme</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>All terms</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Terms starting with {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Term views</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Glossary entry</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Relation map</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Entry</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Relation &amp;map</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Browse</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Some glossary entries could not be read:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>in the definition</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>did you mean this? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Above: broader terms · below: narrower terms · sides: related terms</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Click a term (or Tab to it and press Enter) to put it in the centre.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>This term has no broader, narrower or related terms yet.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Welcome to Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Continue where I stopped</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Modules and lessons with quizzes and scenarios</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>The role-play for a group around one screen</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Key terms, defined in plain words</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Charts and a map of real statistics</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>A figure to discuss</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>In {year} there had been {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Source: {publisher}, dataset {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Population on 1 January (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Population (World Bank)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Non-EU citizens living in the country</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Non-EU citizens, share of the population</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Share of the population born abroad</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>First-time asylum applicants</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Subsequent asylum applicants</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>First-time asylum applicants per 100,000 inhabitants</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Asylum applications (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Decisions: refugee status granted (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Decisions: complementary protection (UNHCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Decisions: rejected (UNHCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Recognition rate (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Refugees hosted (UNHCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Asylum seekers hosted (UNHCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Refugees from Ukraine hosted (UNHCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>First residence permits, all reasons</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>First residence permits for family reasons</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>First residence permits for education</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>First residence permits for work</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>First residence permits for other reasons</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Non-EU citizens ordered to leave</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Non-EU citizens returned after an order to leave</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ukrainians under temporary protection</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>per 100,000 inhabitants</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Modules and lessons</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Choose a lesson on the left.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Bookmark</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Bookmark this section</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ N&amp;ote</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Write a note about this section</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Second &amp;language:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Second language for glossary terms (bilingual reading)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Glossary panel</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>This lesson has errors and cannot be shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>No lessons were found.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Lesson page</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: this lesson cannot be shown</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>The content checker found these problems:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, completed</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, started</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Bookmarked</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Your note about this section:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Note saved in My progress.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Section {n} of {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Open the full entry in the glossary</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>no equivalent yet</translation>
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
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Check answer</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Not quite</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Show explanation</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choose one answer.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Choose all answers that apply.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Put the items in the right order with the Move up and Move down buttons.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Choose the matching answer for each item.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Your choices so far</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>End of the scenario</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Saved to your notes</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Data not available yet for this chart.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Open the country factsheet</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Glossary term</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Open in the glossary</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>This term is not in the glossary.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>In pairs</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>In small groups</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Whole class</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Facilitator note</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>This activity could not be loaded. The content checker explains why.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>This page does not exist.</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Export chart as PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Import Eurostat data file…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>&amp;Projector mode (large text)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>&amp;Facilitator mode (show facilitator notes)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;About Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Import a Eurostat data file</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Eurostat files (*.tsv *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>The file was not imported, nothing was changed:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} values, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Imported from {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Offline: %n outside request blocked</numerusform>
            <numerusform>Offline: %n outside requests blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>New teacher profile</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>New learner</translation>
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
        <translation>Avatar colour {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Avatar colour:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (at least {n} characters):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
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
        <translation>Teacher PIN</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>PIN message</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Too many wrong tries: you can try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Too many wrong tries: you can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>You can try your PIN again.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Game indicators after each round (0–100, start 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Game indicators</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Round {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>What changed in round {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Change in round {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Protection standards</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Labour-market inclusion</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Social cohesion</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Public support</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Administrative capacity</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Public finances</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>EU level</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>National level</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>City level</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Majority vote</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>The lead role decides</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>A card passes with at least one yes and no no.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>A card passes with more yes than no votes.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Group: every seat is a person</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Solo: one role against scripted players</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>All seats: one person plays every role</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>did not pass the vote</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>not enough budget left</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>not enough political capital left</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>ruled out by a card already adopted</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>the round was skipped</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Tension: social cohesion is below 40, so public support falls by 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Rests on EU law in force</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>A national or local choice within EU law</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Would need a new or changed law</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>seeking international protection</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>unaccompanied minor</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>labour migrant</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>family reunification</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>under temporary protection</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>in irregular stay</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>voice of the host society</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>policy maker</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>That step is not possible at this point of the round.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>This card is already on the table.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>A card already adopted rules this card out.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>This card is not on the table.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>This card does not belong to this round.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>There is no such seat at the table.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>This seat is played by the computer.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>The game is over.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>There are more seats than roles.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Two seats have the same role.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>A solo game needs exactly one player.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>This saved game was played with other game content and cannot be resumed.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>The saved game file is damaged.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>The saved game was written by another version of the app.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>The action was refused ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Indicator charts</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Game indicators</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Loading the role-play…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Play: the Destination Europe role-play</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>The game content has errors</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Steps of the round</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>Facilitator &amp;panel</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Show or hide the facilitator panel</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Delete this saved game? This cannot be undone.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>A round can be skipped before its vote is closed.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Skip this round? Nothing is adopted; the stories still move on.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Composite Member State (EU27 figures)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Debrief — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>The game is over: secret priorities are revealed.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Round {n} of {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Step: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Budget: {b} · Political capital: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Time left: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(paused)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Round timer: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>composite Member State (EU27 figures)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — session summary</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Your country</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Composite (EU27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} ends at {value} or more</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} ends at {value} or less</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} gains at least {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>at least {count} adopted of: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>none adopted of: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Game indicators</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>EU27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Year, dataset</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>The game is not finished yet: rounds played so far.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Game indicators after each round</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Secret priorities revealed</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>The score is only a talking point: what matters is why each role wanted what it wanted.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>News flash:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>What real countries did</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>All terms of the game</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>To close</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitator notes</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>The round was skipped.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Not adopted</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Questions for the debrief</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Terms that came up:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Lessons that explain the choices:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Played: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Country: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Decision rule: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Mode: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Round {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Chair: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} of {max} points</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Lessons that explain it:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>cost {b} budget, {k} capital</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Cost: {budget} budget, {capital} political capital</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Legal basis: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Effects: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Text size in percent</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>A new interface language takes effect when the app restarts.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Restart needed</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>The new interface language is saved. It takes effect when the app starts again.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Restart now</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Switch learner</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Who is using Destination Europe now?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Learner profiles</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Switch</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Switch to this profile</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (teacher, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>General note</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>first attempt</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>best attempt</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>last attempt</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Archived lessons</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Each question counts once per learner, by the</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Learners and modules</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Lessons completed</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Questions answered</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Questions, most difficult first</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Nobody has answered a question yet.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Attempts per learner</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>No sound backup was found, so progress starts again from empty.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>The progress database was upgraded for this version of the app ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>The automatic backup could not be written: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>when the app started</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatic, during use</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Please type a name.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>The name is too long (at most 80 characters).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Please choose a colour.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>The PIN must have between {lo} and {hi} characters.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>This profile no longer exists.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>This is not a teacher profile.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>My progress</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Your progress cannot be shown: the progress database could not be opened ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>My progress and teacher view</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>My &amp;dashboard</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>&amp;Teacher view</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>S&amp;witch learner…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;New learner…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>New &amp;teacher profile…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Create a &amp;class from a list of names…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Export my progress &amp;passport…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Import a progress passport…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Class pac&amp;kets</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Export an &amp;assignment… (teacher)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>I&amp;mport an assignment…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Export my &amp;results…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Import &amp;results… (teacher)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Export class report as CS&amp;V… (teacher)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Export class report as P&amp;DF… (teacher)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Send &amp;feedback…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Your progress cannot be saved: the progress database could not be opened. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Your progress</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Class created</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n learner profile ready: </numerusform>
            <numerusform>%n learner profiles ready: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Current learner: {name}. Switch learner</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Switch learner (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Export the results of every learner on this PC…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>File refused</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>This file was refused and nothing was changed:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} new of {total} records, {learners} new learner(s)</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, a new assignment</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Export my progress passport</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Passport saved</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Import a progress passport</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Welcome back, {name}: your progress is here.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>The passport was merged.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Passport imported</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Export an assignment packet</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Assignment saved</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Refused (nothing changed from these files):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Import an assignment</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Results saved</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: give it to your teacher (for example on a USB stick).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>The progress database is sound (SQLite integrity check: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n backup is kept in {folder}.</numerusform>
            <numerusform>%n backups are kept in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>The integrity check found problems:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Use Help ▸ Restore from a backup… to go back to a sound copy.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Thank you: your feedback is saved.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Restore progress from a backup</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Choose another backup file</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Progress databases (*.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>European Union (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>New game</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Mode of play</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Number of players</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Players:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Seats at the table</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>S&amp;eats at the table:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Country the group plays</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Composite Member State (EU27 figures)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Decision rule</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>&amp;Decision rule:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minutes per round</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minutes per &amp;round:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Players and roles</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Player {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Name of player {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Role of player {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Deal a role</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Set-up problem</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Start the game</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Resume a game</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Saved games</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>Res&amp;ume game</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>De&amp;lete saved game</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>You play one role; the computer plays the other seats and argues for what their roles want.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>You play every seat in turn, as a policy maker who hears every side.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>The game works best with 4 to 6 players, each with a role.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Two players have the same role: choose another one.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>composite Member State</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>round {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>No saved games yet.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Make text larger or smaller</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Text at normal size</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Projector mode: large text</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Facilitator mode: show facilitator notes</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Save the current chart as PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Move between controls</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Enter your PIN to open the teacher view.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Open the teacher view</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Open the teacher view</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Count for each &amp;question:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Which attempt counts</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>the first attempt</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>the best attempt (right at least once)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>the last attempt</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Export the class report as CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Export the class report as PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Refresh the reports</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Class overview</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Class &amp;overview</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Learner:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Learner of the report</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Show lessons &amp;not started</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Show lessons not started</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Sections reached</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Questions right</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Learner report</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Per &amp;learner</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% right</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Attempts per learner</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Questions, most difficult first</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Difficult &amp;questions</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, enter your PIN to open the teacher view.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n learner on this PC</numerusform>
            <numerusform>%n learners on this PC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n question answered by somebody</numerusform>
            <numerusform>%n questions answered by somebody</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Class report</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>class-report</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Export the class report</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Saved {a} and {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Saved {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — decides</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} on {card}</translation>
    </message>
</context>
</TS>
