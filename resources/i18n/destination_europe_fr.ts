<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Note générale</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivée)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>première tentative</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>meilleure tentative</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>dernière tentative</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Leçons archivées</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>La base de données de progression était endommagée ou illisible. Elle a été mise de côté sous le nom {file} (elle n’est pas supprimée).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Votre progression a été restaurée à partir de la sauvegarde {file}. Ce qui a été fait après cette sauvegarde peut manquer.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée ; la progression repart donc de zéro.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>La base de données de progression a été mise à jour pour cette version de l’application ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>La sauvegarde automatique n’a pas pu être écrite : {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>au démarrage de l’application</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatique, pendant l’utilisation</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Une application d’apprentissage hors ligne sur la migration et l’intégration en Europe, conçue pour la boîte à outils pédagogique du Réseau européen des migrations (REM). Tous les textes ont été rédigés pour cette application ; les chiffres proviennent des jeux de données publics indiqués ci-dessous.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Les frontières et les noms figurant sur les cartes n’impliquent aucune approbation ni acceptation officielle de la part des Nations unies ou de l’Union européenne.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>À propos de Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Logiciels et données cartographiques</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Les statistiques n’ont pas pu être lues :</translation>
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
        <translation>Exporter un paquet de devoir</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Titre du devoir</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Date limite :</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Le devoir a une date limite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Cochez des modules entiers ou des leçons isolées :</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Modules et leçons du devoir</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Inclure la liste de la classe (%n apprenant) pour que les PC des apprenants aient les mêmes profils</numerusform>
            <numerusform>Inclure la liste de la classe (%n apprenants) pour que les PC des apprenants aient les mêmes profils</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Veuillez donner un titre au devoir.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Veuillez cocher au moins un module ou une leçon.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Présentation de la manche</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Commencer la &amp;discussion</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Commencer la discussion</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>État membre composite : chiffres de l’UE27 (taux uniquement)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Dernière année disponible pour chaque indicateur. Ce sont des chiffres réels ; les indicateurs du jeu (0–100) sont une simulation.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Vous jouez un État membre composite : les chiffres sont ceux de l’ensemble de l’UE (UE27), et seuls les taux sont affichés, car les totaux ne correspondraient pas à un seul pays.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Flash info</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situation</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Données réelles : {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Comment le groupe décide</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule} : {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Présidence de cette manche : {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Budget : {budget} · Capital politique : {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Cartes de rôle publiques</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Les statistiques n’ont pas pu être lues : pas de données.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Ouvrir la fiche pays : {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Intérêts :</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Contraintes :</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisoire)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Source : {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Créer une classe à partir d’une liste de noms</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Collez les noms de vos apprenants, un par ligne (les virgules et les points-virgules séparent aussi les noms). Un nom qui a déjà un profil sur ce PC n’est pas créé deux fois.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Noms des apprenants</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Créer les profils</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nom</numerusform>
            <numerusform>%n noms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Indicateur à comparer</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Cochez de 2 à 5 pays.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Enregistrer le graphique de comparaison en image PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Enregistrer en CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Enregistrer les données de comparaison dans un fichier CSV</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Pays à comparer</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Tableau des valeurs comparées</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Graphique de comparaison</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Aucune donnée pour ces pays.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>5 pays au maximum à la fois.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Source : {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisoire)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Source : {publisher}, jeu de données {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Décisions et histoires de cette manche</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>Manche &amp;suivante</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Manche suivante</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Passer au &amp;débriefing</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Passer au débriefing</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Budget restant : {b} · Capital politique restant : {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Ce que le groupe a décidé</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Ce que cela signifie pour les personnes</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Source : {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>La manche a été passée : rien n’a été adopté.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Termes :</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Leçons :</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Adoptée :</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Aucune carte n’a été adoptée.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Non adoptée :</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Vues des pays</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Carte et tendances</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Fiche pays</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Mes leçons, notes, signets et tentatives</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Mes leçons</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Historique des tentatives</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Tentatives</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Exporter mes notes :</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Exporter mes notes en Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Exporter mes notes en PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Mes signets</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Ouvrir la leçon du signet</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Retirer le signet</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>La progression ne peut pas être enregistrée sur ce PC : {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} leçons commencées sur {total}, {done} terminées · {answered} questions répondues ({right} justes au moins une fois) · {attempts} tentatives au total</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>started</source>
        <translation>commencée</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>leçons</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Leçons par module</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Mes réponses par jour</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Les questions où je me trompe le plus souvent</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>réponses fausses</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Termes du glossaire que j’ai consultés</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>fois consulté</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Mes graphiques de progression</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Ma progression</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Ces leçons ne font plus partie du contenu de cette version ; votre progression y est conservée.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} questions justes sur {n}</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>rouvrir</translation>
    </message>
    <message>
        <source>start</source>
        <translation>commencer</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, échéance le {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>{done} leçons terminées sur {n}</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Note générale</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivée)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Supprimer la note sélectionnée ?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Exporter mes notes</translation>
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
        <translation>reprendre</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Devoirs de mon enseignant</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Reprendre là où je me suis arrêté :</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Modules pas encore commencés</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivées</translation>
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
        <translation>Parlez-en ensemble : que voulait chaque rôle, qu’a choisi le groupe, et qu’est-ce que cela a signifié pour les personnes des histoires ?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Enregistrer le résumé en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Enregistrer le résumé de la séance en HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Enregistrer le résumé en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Enregistrer le résumé de la séance en PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Nouvelle partie</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Préparer une nouvelle partie</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Enregistrer le résumé de la séance</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d’enregistrer {path} : {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Cartes sur la table et votes</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Clore le vote et voir les conséquences</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule} : {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Vote sur {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes} : {y} · {no} : {n} · {abstain} : {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>est adoptée</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>n’est pas adoptée</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Les cartes adoptées coûtent {b} sur {B} de budget et {k} sur {K} de capital.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Elles ne tiennent pas toutes : les cartes qui ont le plus de oui sont adoptées en premier.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Parole à :</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Place qui pose des cartes sur la table</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Posez sur la table les cartes que vous voulez mettre au vote ; le vote vient ensuite.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Cartes politiques de cette manche</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Ouvrir le vote</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Sur la table (posée par {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Retirer de la table</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Exclue : le groupe a déjà adopté « {title} ».</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Poser sur la table</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Sur la table : cartes : {n}, pour {b} de budget et {k} de capital. Disponible : {B} de budget, {K} de capital.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Tout ce qui est sur la table ne peut pas être financé.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Tendance</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Enregistrer en CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Enregistrer les données dans un fichier CSV</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Pour 100 000 &amp;habitants</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Afficher les valeurs pour 100 000 habitants</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Année de la carte</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Préparation du graphique…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Tableau des valeurs du graphique</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Les statistiques n’ont pas pu être lues : {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Un fichier dont l’application a besoin n’a pas pu être chargé :</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Le moteur de graphiques (plotly.js) n’a pas pu être chargé ; aucun graphique ne peut être dessiné.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Source : {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisoire)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} pour 100 000 habitants</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicateur de qualité</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Source : {publisher}, jeu de données {dataset}. Indicateur p = provisoire.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Panneau de l’animateur</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Minuteur de la manche</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Donner deux minutes de plus à la manche</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Passer cette manche</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Passer cette manche</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>Rien n’est adopté dans cette manche ; les histoires continuent malgré tout.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Joueurs et cartes secrètes</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Les priorités secrètes restent cachées sur l’écran partagé. Un joueur maintient son bouton enfoncé (ou le sélectionne et maintient la barre d’espace) pour lire sa carte.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes de l’animateur</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Points à reprendre au débriefing…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Minuteur : {time} restantes</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Le temps est écoulé : concluez et décidez.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Relancer le minuteur de la manche</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (ordinateur)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Maintenir : secret</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Maintenir pour voir la carte secrète de {name}</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Carte secrète : {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Pays de la fiche</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Profil du pays et chiffres clés</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Graphiques de la fiche pays</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Fiche pays</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Aucune donnée pour ce pays.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Source : {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisoire)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Demandes d’asile</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Décisions sur les demandes d’asile</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Premiers titres de séjour par motif</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Obligations de quitter le territoire et retours</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Personnes ayant fui la guerre en Ukraine</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Population venue de l’étranger</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Union européenne (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>État membre de l’UE</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>Pays observateur du REM</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>statue sur les demandes d’asile</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>politique migratoire</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>accueil des demandeurs</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>intégration</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Point de contact national du REM</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Pas encore de profil rédigé pour ce pays.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Autorités compétentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Retour d’un enseignant</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Retour d’un apprenant</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Vos réponses sont enregistrées sur ce PC avec votre progression. Rien n’est envoyé sur internet ; votre enseignant ou l’équipe du REM peut les recueillir avec les résultats.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Vos réponses sont enregistrées sur ce PC. Elles aident à améliorer le matériel pour les prochaines séances.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Note {n} sur 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Le matériel était-il adapté à votre séance ? (1 = pas du tout, 5 = très bien)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Nombre de &amp;participants :</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Qu’est-ce qui a bien &amp;fonctionné ?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Qu’est-ce qui devrait &amp;changer ?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Quelque chose n’a-t-il pas fonctionné sur les &amp;PC ?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Dans quelle mesure cela vous a-t-il été utile ? (1 = pas du tout, 5 = très)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Qu’est-ce qui était &amp;difficile à comprendre ?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Sur quoi aimeriez-vous en apprendre &amp;plus ?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>&amp;Autre chose ?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Veuillez donner une note ou écrire quelque chose.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>brouillon : pas encore relu par un terminologue</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Bases de la migration</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Migration légale</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Protection internationale</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Mineurs et groupes vulnérables</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Nationalité et apatridie</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Frontières, visas et Schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Migration irrégulière et trafic illicite de migrants</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Traite des êtres humains</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Retour et réadmission</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migration et développement</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ukraine et protection temporaire</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>Dans les 13 langues</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Les équivalents marqués « brouillon » n’ont pas encore été relus par un terminologue.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Termes génériques</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Termes spécifiques</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Termes associés</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Utilisé dans ces leçons</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Aussi appelé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Recherche des leçons…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Aucune leçon n’utilise encore ce terme.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Nouveau quiz</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Commencer un nouveau quiz sur le glossaire</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Vérifier la réponse</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Vérifier la réponse</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Question sui&amp;vante</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Retour et explication</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Question {n} sur {total} · score {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Pour « {a} », le terme « {b} » est…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Quel terme correspond à cette définition ?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Ces termes sont faciles à confondre. Lequel correspond à cette définition ?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>un terme générique (plus général)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>un terme spécifique (plus précis)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>un terme associé</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Quiz terminé : {score} sur {total} justes. Lancez un nouveau quiz pour de nouvelles questions.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>Le glossaire n’a pas assez d’entrées pour un quiz.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>un terme générique</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>un terme spécifique</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>Dans le glossaire, {b} est {kind} de {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Voici la définition de {term} :</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Vous avez choisi {term}, qui signifie autre chose :</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choisissez d’abord une réponse.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Vues du glossaire</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Tapez un terme, dans n’importe quelle langue</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Rechercher dans le glossaire</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Afficher les termes d’un thème</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Tous les termes</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Termes commençant par {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Vues des termes</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Entrée du glossaire</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Carte des relations</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Entrée</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Carte des &amp;relations</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Parcourir</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Certaines entrées du glossaire n’ont pas pu être lues :</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n terme</numerusform>
            <numerusform>%n termes</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>dans la définition</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>vouliez-vous dire ceci ? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>En haut : termes génériques · en bas : termes spécifiques · sur les côtés : termes associés</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Cliquez sur un terme (ou atteignez-le avec Tab et appuyez sur Entrée) pour le placer au centre.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Ce terme n’a pas encore de termes génériques, spécifiques ou associés.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Bienvenue dans Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Découvrez comment fonctionnent les politiques de migration et d’intégration en Europe : qui décide au niveau de l’UE, national et local, ce que dit le droit et ce que montrent les chiffres réels. Tout fonctionne ici sans connexion internet.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Reprendre là où je me suis arrêté</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Modules et leçons avec quiz et scénarios</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Jouer</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Le jeu de rôle pour un groupe autour d’un écran</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Les termes clés, définis simplement</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Graphiques et carte de statistiques réelles</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Un chiffre à discuter</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>En {year}, {value} personnes venues de l’extérieur de l’UE ont demandé l’asile dans l’UE pour la première fois.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>En {year}, elles étaient {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Source : {publisher}, jeu de données {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Population au 1er janvier (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Population (Banque mondiale)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Citoyens non européens vivant dans le pays</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Citoyens non européens, part de la population</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Part de la population née à l’étranger</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Primo-demandeurs d’asile</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Demandeurs d’asile ultérieurs</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Primo-demandeurs d’asile pour 100 000 habitants</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Demandes d’asile (HCR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Décisions : statut de réfugié accordé (HCR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Décisions : protection complémentaire (HCR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Décisions : rejets (HCR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Taux de reconnaissance (HCR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Réfugiés accueillis (HCR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Demandeurs d’asile accueillis (HCR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Réfugiés d’Ukraine accueillis (HCR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Premiers titres de séjour, tous motifs</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Premiers titres de séjour pour raisons familiales</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Premiers titres de séjour pour études</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Premiers titres de séjour pour le travail</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Premiers titres de séjour pour d’autres motifs</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Citoyens non européens obligés de quitter le territoire</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Citoyens non européens partis après une obligation de quitter le territoire</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ukrainiens sous protection temporaire</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>pour 100 000 habitants</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Modules et leçons</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Choisissez une leçon à gauche.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Signet</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Ajouter un signet à cette section</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ N&amp;ote</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Écrire une note sur cette section</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Deuxième &amp;langue :</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Deuxième langue pour les termes du glossaire (lecture bilingue)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Panneau du glossaire</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Cette leçon contient des erreurs et ne peut pas être affichée.</translation>
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
        <translation>Aucune leçon n’a été trouvée.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Page de la leçon</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title} : cette leçon ne peut pas être affichée</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Le vérificateur de contenu a trouvé ces problèmes :</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, terminée</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, commencée</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ Signet &amp;ajouté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Votre note sur cette section :</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Note enregistrée dans Ma progression.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Section {n} sur {total} : {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Ouvrir l’entrée complète dans le glossaire</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>pas encore d’équivalent</translation>
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
        <translation>Question {n} sur {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Vérifier la réponse</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Pas tout à fait</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Afficher l’explication</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Choisissez toutes les réponses qui conviennent.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Mettez les éléments dans le bon ordre avec les boutons Monter et Descendre.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Choisissez la réponse qui correspond à chaque élément.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Vos choix jusqu’ici</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Fin du scénario</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Enregistré dans vos notes</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Pas encore de données pour ce graphique.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Ouvrir la fiche pays</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Ouvrir dans le glossaire</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Ce terme ne figure pas dans le glossaire.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
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
        <translation>En binômes</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>En petits groupes</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Classe entière</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Note pour l’animateur</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Cette activité n’a pas pu être chargée. Le vérificateur de contenu explique pourquoi.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Cette page n’existe pas.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Importer un fichier Eurostat…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>Mode &amp;projecteur (grand texte)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>Mode a&amp;nimateur (afficher les notes pour l’animateur)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>À &amp;propos de Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Importer un fichier de données Eurostat</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Fichiers Eurostat (*.tsv *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Le fichier n’a pas été importé, rien n’a été modifié :</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name} : {count} valeurs, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Importé de {dataset} : {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Hors ligne : %n requête externe bloquée</numerusform>
            <numerusform>Hors ligne : %n requêtes externes bloquées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Nouveau profil enseignant</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nouvel apprenant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Couleur d’avatar {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Couleur d’avatar :</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>Code &amp;PIN (au moins {n} caractères) :</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>&amp;Confirmer le code PIN :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>Code PIN de l’enseignant</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Message sur le code PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Code PIN incorrect. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Code PIN incorrect. Trop d’essais erronés : vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Code PIN incorrect. Trop d’essais erronés : vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Vous pouvez saisir à nouveau votre code PIN.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Indicateurs du jeu après chaque manche (0–100, départ à 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicateurs du jeu</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Manche {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Ce qui a changé dans la manche {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Évolution dans la manche {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Normes de protection</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Insertion sur le marché du travail</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Cohésion sociale</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Soutien de l’opinion</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Capacité administrative</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Finances publiques</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>Niveau de l’UE</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Niveau national</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Niveau local</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Vote à la majorité</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Le rôle principal décide</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Une carte est adoptée avec au moins un oui et aucun non.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Une carte est adoptée avec plus de oui que de non.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Le rôle principal de la manche décide ; les autres votes sont des avis. Manche UE : le commissaire ; manche nationale : le ministre de l’intérieur ; manche locale : le maire.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Groupe : chaque place est une personne</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Solo : un rôle face à des joueurs programmés</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Toutes les places : une personne joue tous les rôles</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>n’a pas été adoptée au vote</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>plus assez de budget</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>plus assez de capital politique</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>exclue par une carte déjà adoptée</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>la manche a été passée</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Arriéré : la capacité administrative est inférieure à 40, les dossiers s’accumulent (protection −2, soutien de l’opinion −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Tensions : la cohésion sociale est inférieure à 40, le soutien de l’opinion baisse de 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Repose sur le droit de l’UE en vigueur</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Un choix national ou local dans le cadre du droit de l’UE</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Nécessiterait une loi nouvelle ou modifiée</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>demandeur de protection internationale</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>mineur non accompagné</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>travailleur migrant</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>regroupement familial</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>sous protection temporaire</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>en séjour irrégulier</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>voix de la société d’accueil</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>décideur politique</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>partie prenante</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Cette étape n’est pas possible à ce stade de la manche.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Cette carte est déjà sur la table.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Une carte déjà adoptée exclut cette carte.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Cette carte n’est pas sur la table.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Cette carte n’appartient pas à cette manche.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Cette place n’existe pas à la table.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Cette place est jouée par l’ordinateur.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>La partie est terminée.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Il y a plus de places que de rôles.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Deux places ont le même rôle.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Une partie en solo demande exactement un joueur.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Cette partie enregistrée a été jouée avec un autre contenu de jeu et ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Le fichier de la partie enregistrée est endommagé.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>La partie enregistrée a été écrite par une autre version de l’application.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>L’action a été refusée ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Graphiques des indicateurs</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicateurs du jeu</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Chargement du jeu de rôle…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Jouer : le jeu de rôle Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Jouer</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Le contenu du jeu contient des erreurs</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Étapes de la manche</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Panneau de l’animateur</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Afficher ou masquer le panneau de l’animateur</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Supprimer cette partie enregistrée ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Une manche peut être passée avant la clôture de son vote.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Passer cette manche ? Rien n’est adopté ; les histoires continuent malgré tout.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>État membre composite (chiffres de l’UE27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Débriefing — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>La partie est terminée : les priorités secrètes sont révélées.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Manche {n} sur {total} · {level} : {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Étape : {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Budget : {b} · Capital politique : {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Temps restant : {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pause)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Minuteur de la manche : {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>État membre composite (chiffres de l’UE27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — résumé de la séance</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Votre pays</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Composite (UE27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} termine à {value} ou plus</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} termine à {value} ou moins</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} gagne au moins {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>au moins {count} adoptée(s) parmi : {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>aucune adoptée parmi : {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicateurs du jeu</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>UE27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Le plus élevé</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Le plus bas</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Année, jeu de données</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Places :</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>La partie n’est pas encore terminée : manches jouées jusqu’ici.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Indicateurs du jeu après chaque manche</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Priorités secrètes révélées</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Le score n’est qu’un point de départ pour discuter : ce qui compte, c’est pourquoi chaque rôle voulait ce qu’il voulait.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Flash info :</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Ce qu’ont fait des pays réels</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Chiffres réels tirés des statistiques fournies avec l’application (dernière année avec des données de l’UE) ; comparez-les avec les choix de votre groupe.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Tous les termes du jeu</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Pour conclure</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes de l’animateur</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>La manche a été passée.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Non adoptée</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Questions pour le débriefing</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Termes évoqués :</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Leçons qui expliquent les choix :</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Jouée le : {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Pays : {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Règle de décision : {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Mode : {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Manche {n} : {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Présidence : {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} sur {max} points</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Leçons qui l’expliquent :</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>coûte {b} de budget, {k} de capital</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Coût : {budget} de budget, {capital} de capital politique</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Base juridique : {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Effets : {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Taille du texte en pourcentage</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Une nouvelle langue d’interface s’applique au redémarrage de l’application.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Redémarrage nécessaire</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>La nouvelle langue d’interface est enregistrée. Elle s’appliquera au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Changer d’apprenant</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Qui utilise Destination Europe maintenant ?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Profils des apprenants</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Passer à ce profil</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (enseignant, code PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Note générale</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>première tentative</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>meilleure tentative</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>dernière tentative</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Leçons archivées</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivée)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Chaque question compte une fois par apprenant, selon la</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Apprenants et modules</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Leçons terminées</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Questions répondues</translation>
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
        <translation>Questions, les plus difficiles d’abord</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Personne n’a encore répondu à une question.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Tentatives par apprenant</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée ; la progression repart donc de zéro.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>La base de données de progression était endommagée ou illisible. Elle a été mise de côté sous le nom {file} (elle n’est pas supprimée).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Votre progression a été restaurée à partir de la sauvegarde {file}. Ce qui a été fait après cette sauvegarde peut manquer.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>La base de données de progression a été mise à jour pour cette version de l’application ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>La sauvegarde automatique n’a pas pu être écrite : {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>au démarrage de l’application</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automatique, pendant l’utilisation</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Veuillez saisir un nom.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Le nom est trop long (80 caractères au maximum).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Veuillez choisir une couleur.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>Le code PIN doit compter entre {lo} et {hi} caractères.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ce profil n’existe plus.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Ce n’est pas un profil enseignant.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Ma progression</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Votre progression ne peut pas être affichée : la base de données de progression n’a pas pu être ouverte ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Ma progression et vue enseignant</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Mon &amp;tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>&amp;Vue enseignant</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>Changer d’a&amp;pprenant…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Nouvel apprenant…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Nouveau profil &amp;enseignant…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Créer une &amp;classe à partir d’une liste de noms…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Exporter mon &amp;passeport de progression…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Importer un passeport de progression…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>&amp;Paquets de classe</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Exporter un &amp;devoir… (enseignant)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>I&amp;mporter un devoir…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Exporter mes &amp;résultats…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Importer des r&amp;ésultats… (enseignant)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Exporter le rapport de classe en CS&amp;V… (enseignant)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Exporter le rapport de classe en P&amp;DF… (enseignant)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer à partir d’une sauvegarde…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Envoyer un &amp;avis…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Votre progression ne peut pas être enregistrée : la base de données de progression n’a pas pu être ouverte. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Classe créée</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n profil d’apprenant prêt : </numerusform>
            <numerusform>%n profils d’apprenants prêts : </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Apprenant actuel : {name}. Changer d’apprenant</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Changer d’apprenant (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Exporter les résultats de tous les apprenants de ce PC…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Fichier refusé</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Ce fichier a été refusé et rien n’a été modifié :
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file} : {new} nouveaux sur {total} enregistrements, {learners} nouveaux apprenants</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, un nouveau devoir</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Exporter mon passeport de progression</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Passeport enregistré</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Votre progression se trouve dans {file}. Sur l’autre PC, choisissez Fichier ▸ Importer un passeport de progression… pour continuer là-bas.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Importer un passeport de progression</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Bon retour, {name} : votre progression est là.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Le passeport a été fusionné.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Passeport importé</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Exporter un paquet de devoir</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Devoir enregistré</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file} : copiez-le sur une clé USB ; sur chaque PC d’apprenant, choisissez Fichier ▸ Paquets de classe ▸ Importer un devoir…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Refusé (rien n’a été modifié à partir de ces fichiers) :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Importer un devoir</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Résultats enregistrés</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file} : remettez-le à votre enseignant (par exemple sur une clé USB).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>La base de données de progression est intacte (contrôle d’intégrité SQLite : ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n sauvegarde est conservée dans {folder}.</numerusform>
            <numerusform>%n sauvegardes sont conservées dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Le contrôle d’intégrité a trouvé des problèmes :</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Utilisez Aide ▸ Restaurer à partir d’une sauvegarde… pour revenir à une copie intacte.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Merci : votre avis est enregistré.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Restaurer la progression à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. La progression actuelle est d’abord sauvegardée, la restauration peut donc être annulée.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Choisir un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Choisir un autre fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Bases de données de progression (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Union européenne (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Nouvelle partie</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Trois manches (UE, national, ville). Chaque joueur prend un rôle avec des intérêts publics et une priorité secrète ; ensemble, vous adoptez des cartes politiques, puis vous voyez ce que vos choix signifient pour six personnes et pour la société d’accueil.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Mode de jeu</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Nombre de joueurs</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Joueurs :</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Places à la table</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>P&amp;laces à la table :</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Pays joué par le groupe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>État membre composite (chiffres de l’UE27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Règle de décision</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>Règle de &amp;décision :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minutes par manche</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minutes par &amp;manche :</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Joueurs et rôles</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Joueur {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Nom du joueur {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Rôle du joueur {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Distribuer un rôle</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Problème de préparation</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Commencer la partie</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Reprendre une partie</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Chaque étape est enregistrée pendant le jeu. Choisissez une partie pour la reprendre là où elle s’est arrêtée ; les parties terminées s’ouvrent à leur débriefing.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Parties enregistrées</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Reprendre la partie</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>&amp;Supprimer la partie enregistrée</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Vous jouez un rôle ; l’ordinateur joue les autres places et défend ce que veulent leurs rôles.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Vous jouez chaque place à tour de rôle, comme un décideur qui entend tous les points de vue.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Le jeu fonctionne mieux avec 4 à 6 joueurs, chacun avec un rôle.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Laissez un rôle sur « Distribuer un rôle » pour qu’il soit distribué : les trois rôles principaux des manches (commissaire, ministre de l’intérieur, maire) sont distribués en premier.</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Deux joueurs ont le même rôle : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>État membre composite</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>manche {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Aucune partie enregistrée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Aller à une section (Accueil, Apprendre, Jouer, Glossaire, Pays, Ma progression)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Agrandir ou réduire le texte</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Texte à la taille normale</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Mode projecteur : grand texte</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Mode animateur : afficher les notes pour l’animateur</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Enregistrer le graphique affiché en PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Passer d’une commande à l’autre</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Saisissez votre code PIN pour ouvrir la vue enseignant.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Ouvrir la vue enseignant</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Ouvrir la vue enseignant</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Pour chaque &amp;question, compter :</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Quelle tentative compte</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>la première tentative</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>la meilleure tentative (juste au moins une fois)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>la dernière tentative</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Exporter le rapport de classe en CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Exporter le rapport de classe en PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Actualiser les rapports</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Chaque cellule : leçons terminées / leçons du module · part des questions répondues qui comptent comme justes. Pointez une cellule pour les détails ; double-cliquez sur un apprenant pour son rapport.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Vue d’ensemble de la classe</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>&amp;Vue d’ensemble de la classe</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Apprenant :</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Apprenant du rapport</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Afficher les leçons &amp;non commencées</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Afficher les leçons non commencées</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Sections atteintes</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Questions justes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Rapport de l’apprenant</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Par a&amp;pprenant</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% de justes</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Tentatives par apprenant</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Questions, les plus difficiles d’abord</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>&amp;Questions difficiles</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, saisissez votre code PIN pour ouvrir la vue enseignant.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>La vue enseignant est réservée aux profils enseignants. Passez à votre profil enseignant avec Fichier ▸ Changer d’apprenant…, ou créez-en un avec Fichier ▸ Nouveau profil enseignant…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n apprenant sur ce PC</numerusform>
            <numerusform>%n apprenants sur ce PC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n question à laquelle quelqu’un a répondu</numerusform>
            <numerusform>%n questions auxquelles quelqu’un a répondu</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>{started} commencées, {done} terminées ; {right} questions justes sur {answered} ; {minutes} min ; dernière activité {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivée)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Rapport de classe</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>rapport-de-classe</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Exporter le rapport de classe</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>{a} et {b} enregistrés.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>{a} enregistré.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — décide</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat} : {choice} sur {card}</translation>
    </message>
</context>
</TS>
