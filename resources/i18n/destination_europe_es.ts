<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>primer intento</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>mejor intento</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>último intento</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Lecciones archivadas</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>La base de datos de progreso estaba dañada o no se podía leer. Se ha apartado como {file} (no se elimina).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Tu progreso se ha restaurado desde la copia de seguridad {file}. Puede faltar lo que se hizo después de esa copia.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>No se encontró ninguna copia de seguridad íntegra, así que el progreso vuelve a empezar de cero.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>La base de datos de progreso se ha actualizado para esta versión de la aplicación ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>No se pudo escribir la copia de seguridad automática: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>al iniciar la aplicación</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automática, durante el uso</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Una aplicación de aprendizaje sin conexión sobre migración e integración en Europa, creada para el kit didáctico de la Red Europea de Migración (REM). Todos los textos se han escrito para esta aplicación; las cifras proceden de los conjuntos de datos públicos que se indican abajo.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Las fronteras y los nombres de los mapas no implican aprobación ni aceptación oficial por parte de las Naciones Unidas ni de la Unión Europea.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Acerca de Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Software y datos cartográficos</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>No se pudieron leer las estadísticas:</translation>
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
        <translation>Exportar un paquete de tarea</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Título de la tarea</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fecha de entrega:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>La tarea tiene fecha de entrega</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Marca módulos completos o lecciones sueltas:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Módulos y lecciones de la tarea</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Incluir la lista de la clase (%n estudiante) para que los PC de los estudiantes tengan los mismos perfiles</numerusform>
            <numerusform>Incluir la lista de la clase (%n estudiantes) para que los PC de los estudiantes tengan los mismos perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Pon un título a la tarea.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Marca al menos un módulo o una lección.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Presentación de la ronda</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Iniciar el &amp;debate</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Iniciar el debate</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Estado miembro compuesto: cifras de la UE-27 (solo tasas)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Último año con datos de cada indicador. Son cifras reales; los indicadores propios del juego (0–100) son una simulación.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Juegas con un Estado miembro compuesto: las cifras son las de toda la UE (UE-27) y solo se muestran tasas, porque los totales no encajarían en un solo país.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Datos reales: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Cómo decide el grupo</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Presidencia de esta ronda: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Presupuesto: {budget} · Capital político: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Cartas de rol públicas</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>No se pudieron leer las estadísticas: sin datos.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Abrir la ficha del país: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Intereses:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Limitaciones:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Fuente: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Crear una clase a partir de una lista de nombres</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Pega los nombres de tus estudiantes, uno por línea (las comas y los puntos y comas también separan nombres). Un nombre que ya tiene perfil en este PC no se crea dos veces.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Nombres de los estudiantes</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Crear perfiles</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nombre</numerusform>
            <numerusform>%n nombres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Indicador para comparar</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Marca de 2 a 5 países.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Guardar el gráfico comparativo como imagen PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Guardar como CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Guardar los datos de la comparación en un archivo CSV</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Países para comparar</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Tabla de los valores comparados</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Gráfico comparativo</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>No hay datos para estos países.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Como máximo 5 países a la vez.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Fuente: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Fuente: {publisher}, conjunto de datos {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Decisiones e historias de esta ronda</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Siguiente ronda</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Siguiente ronda</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Ir al &amp;balance final</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Ir al balance final</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Presupuesto restante: {b} · Capital político restante: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Lo que decidió el grupo</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Qué significa para las personas</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Fuente: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>La ronda se saltó: no se adoptó nada.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Términos:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lecciones:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Adoptada:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>No se adoptó ninguna carta.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>No adoptada:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Vistas de países</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Mapa y tendencias</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Ficha del país</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Mis lecciones, notas, marcadores e intentos</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Mis lecciones</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Historial de intentos</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Intentos</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Nueva nota…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Exportar mis notas:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Exportar mis notas en Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Exportar mis notas en PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Mis marcadores</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Abrir la lección del marcador</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Quitar el marcador</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>No se puede guardar el progreso en este PC: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} de {total} lecciones empezadas, {done} completadas · {answered} preguntas respondidas ({right} acertadas al menos una vez) · {attempts} intentos en total</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>started</source>
        <translation>empezada</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lecciones</translation>
    </message>
    <message>
        <source>right</source>
        <translation>acertadas</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falladas</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Lecciones por módulo</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Mis respuestas por día</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Las preguntas que más fallo</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>respuestas falladas</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Términos del glosario que he consultado</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>veces consultado</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Mis gráficos de progreso</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Mi progreso</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Aquí todavía no hay nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Estas lecciones ya no forman parte del contenido de esta versión; tu progreso en ellas se conserva.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} de {n} preguntas acertadas</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>volver a abrir</translation>
    </message>
    <message>
        <source>start</source>
        <translation>empezar</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, plazo: {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>{done} de {n} lecciones completadas</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>¿Eliminar la nota seleccionada?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Exportar mis notas</translation>
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
        <translation>continuar</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Tareas de mi docente</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Seguir donde lo dejé:</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Módulos aún sin empezar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Comentadlo: ¿qué quería cada rol, qué eligió el grupo y qué significó para las personas de las historias?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Guardar resumen como &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Guardar el resumen de la sesión como HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Guardar resumen como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Guardar el resumen de la sesión como PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Nueva partida</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Preparar una nueva partida</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Balance final</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Guardar el resumen de la sesión</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>No se pudo guardar {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Cartas sobre la mesa y votaciones</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Cerrar la votación y ver las consecuencias</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Cerrar la votación</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Votación sobre {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>se aprueba</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>no se aprueba</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Las cartas aprobadas cuestan {b} de {B} de presupuesto y {k} de {K} de capital.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>No caben todas: se adoptan primero las cartas con más votos a favor.</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Tiene la palabra:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Puesto que pone cartas sobre la mesa</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Poned sobre la mesa las cartas que queréis votar; después viene la votación.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Cartas de políticas de esta ronda</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Abrir la votación</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Abrir la votación</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>Sobre la mesa (la puso {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Retirar de la mesa</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Descartada: el grupo ya adoptó «{title}».</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Poner sobre la mesa</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>Sobre la mesa: cartas: {n}, con un coste de {b} de presupuesto y {k} de capital. Disponible: {B} de presupuesto, {K} de capital.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>No se puede pagar todo lo que está sobre la mesa.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Tendencia</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Guardar como CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Guardar los datos en un archivo CSV</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>Por cada 100.000 &amp;habitantes</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Mostrar valores por cada 100.000 habitantes</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Año del mapa</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Preparando el gráfico…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Tabla de los valores del gráfico</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>No se pudieron leer las estadísticas: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>No se pudo cargar un archivo que necesita la aplicación:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>No se pudo cargar el motor de gráficos (plotly.js), así que no se puede dibujar ningún gráfico.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Fuente: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} por cada 100.000 habitantes</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Fuente: {publisher}, conjunto de datos {dataset}. Marca p = provisional.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Panel del facilitador</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Temporizador de la ronda</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Pausar el temporizador de la ronda</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 mi&amp;n</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Dar dos minutos más a la ronda</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Saltar esta ronda</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Saltar esta ronda</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>En esta ronda no se adopta nada; las historias siguen adelante de todos modos.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Jugadores y cartas secretas</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Las prioridades secretas permanecen ocultas en la pantalla compartida. Cada jugador mantiene pulsado su botón (o lo selecciona y mantiene pulsada la barra espaciadora) para leer su carta.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas del facilitador</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Puntos para retomar en el balance final…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Temporizador: quedan {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Se acabó el tiempo: cerrad el debate y decidid.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Reanudar el temporizador de la ronda</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (ordenador)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Mantener: secreto</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Mantén pulsado para ver la carta secreta de {name}</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Carta secreta: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>País de la ficha</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Perfil del país y cifras clave</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Gráficos de la ficha del país</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Ficha del país</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>No hay datos para este país.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Fuente: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Solicitudes de asilo</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Resoluciones sobre solicitudes de asilo</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Primeros permisos de residencia por motivo</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Órdenes de salida y retornos</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Personas que huyeron de la guerra en Ucrania</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Población procedente del extranjero</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Unión Europea (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>Estado miembro de la UE</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>País observador de la REM</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>resuelve las solicitudes de asilo</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>política migratoria</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>acogida de solicitantes</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integración</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Punto de contacto nacional de la REM</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Aún no hay un perfil escrito de este país.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Autoridades competentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Comentarios de un docente</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Comentarios de un estudiante</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Tus respuestas se guardan en este PC con tu progreso. No se envía nada por internet; tu docente o el equipo de la REM pueden recogerlas junto con los resultados.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Tus respuestas se guardan en este PC. Ayudan a mejorar el material para las próximas sesiones.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Valoración {n} de 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>¿Hasta qué punto se adaptó el material a tu sesión? (1 = nada, 5 = muy bien)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Número de participantes</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Número de &amp;participantes:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>¿Qué funcionó &amp;bien?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>¿Qué debería &amp;cambiar?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>¿Hubo algo que no &amp;funcionó en los PC?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>¿Qué utilidad tuvo para ti? (1 = ninguna, 5 = mucha)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>¿Qué fue &amp;difícil de entender?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>¿Sobre qué te gustaría aprender &amp;más?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>¿&amp;Algo más?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Da una valoración o escribe algo.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>borrador: aún no revisado por un terminólogo</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Conceptos básicos de la migración</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Migración legal</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Protección internacional</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Menores y grupos vulnerables</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Nacionalidad y apatridia</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Fronteras, visados y Schengen</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Migración irregular y tráfico ilícito de migrantes</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Trata de seres humanos</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Retorno y readmisión</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Migración y desarrollo</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Ucrania y protección temporal</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>En los 13 idiomas</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Los equivalentes marcados como «borrador» aún no han sido revisados por un terminólogo.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Términos más amplios</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Términos más específicos</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Términos relacionados</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Usado en estas lecciones</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>También llamado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Buscando lecciones…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Ninguna lección usa todavía este término.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Nuevo cuestionario</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Empezar un nuevo cuestionario del glosario</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Comprobar respuesta</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Siguiente &amp;pregunta</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Comentario y explicación</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Pregunta {n} de {total} · puntuación {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Para «{a}», el término «{b}» es…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>¿Qué término corresponde a esta definición?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Estos términos se confunden con facilidad. ¿Cuál corresponde a esta definición?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>un término más amplio (más general)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>un término más específico (más concreto)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>un término relacionado</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Cuestionario terminado: {score} de {total} aciertos. Empieza un nuevo cuestionario para tener preguntas nuevas.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>No hay suficientes entradas en el glosario para un cuestionario.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No exactamente.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>un término más amplio</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>un término más específico</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>En el glosario, {b} es {kind} de {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Esta es la definición de {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Has elegido {term}, que significa otra cosa:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Elige primero una respuesta.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Vistas del glosario</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Escribe un término, en cualquier idioma</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Buscar en el glosario</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Mostrar los términos de un tema</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Todos los términos</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Términos que empiezan por {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Vistas del término</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Entrada del glosario</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Mapa de relaciones</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Entrada</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>&amp;Mapa de relaciones</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Explorar</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>No se pudieron leer algunas entradas del glosario:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n término</numerusform>
            <numerusform>%n términos</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>en la definición</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>¿querías decir esto? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Arriba: términos más amplios · abajo: términos más específicos · a los lados: términos relacionados</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Haz clic en un término (o llega a él con Tab y pulsa Intro) para ponerlo en el centro.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Este término aún no tiene términos más amplios, más específicos ni relacionados.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Bienvenido a Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Aprende cómo funcionan las políticas de migración e integración en Europa: quién decide a nivel de la UE, nacional y municipal, qué dice la ley y qué muestran las cifras reales. Todo funciona aquí sin conexión a internet.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Seguir donde lo dejé</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Módulos y lecciones con cuestionarios y escenarios</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Jugar</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>El juego de rol para un grupo ante una sola pantalla</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Términos clave, definidos con palabras sencillas</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Gráficos y un mapa con estadísticas reales</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Una cifra para debatir</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>En {year}, {value} personas de fuera de la UE solicitaron asilo en la UE por primera vez.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>En {year} habían sido {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Fuente: {publisher}, conjunto de datos {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Población a 1 de enero (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Población (Banco Mundial)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Ciudadanos de fuera de la UE que viven en el país</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Ciudadanos de fuera de la UE, porcentaje de la población</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Porcentaje de la población nacida en el extranjero</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Solicitantes de asilo por primera vez</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Solicitantes de asilo con solicitud posterior</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Solicitantes de asilo por primera vez por cada 100.000 habitantes</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Solicitudes de asilo (ACNUR)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Resoluciones: estatuto de refugiado concedido (ACNUR)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Resoluciones: protección complementaria (ACNUR)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Resoluciones: denegadas (ACNUR)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Tasa de reconocimiento (ACNUR)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Refugiados acogidos (ACNUR)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Solicitantes de asilo acogidos (ACNUR)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Refugiados de Ucrania acogidos (ACNUR)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Primeros permisos de residencia, todos los motivos</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Primeros permisos de residencia por motivos familiares</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Primeros permisos de residencia por estudios</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Primeros permisos de residencia por trabajo</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Primeros permisos de residencia por otros motivos</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Ciudadanos de fuera de la UE con orden de salida</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Ciudadanos de fuera de la UE retornados tras una orden de salida</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Ucranianos bajo protección temporal</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>por cada 100.000 habitantes</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Módulos y lecciones</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Elige una lección a la izquierda.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Marcador</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Añadir un marcador a esta sección</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ N&amp;ota</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Escribir una nota sobre esta sección</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Segundo &amp;idioma:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Segundo idioma para los términos del glosario (lectura bilingüe)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Panel del glosario</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Esta lección tiene errores y no se puede mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>No se encontraron lecciones.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Página de la lección</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: esta lección no se puede mostrar</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>El verificador de contenido encontró estos problemas:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, completada</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, empezada</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Con marcador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Tu nota sobre esta sección:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Nota guardada en Mi progreso.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Sección {n} de {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Abrir la entrada completa en el glosario</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>aún sin equivalente</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Pregunta {n} de {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>No exactamente</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Mostrar explicación</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Elige una respuesta.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Elige todas las respuestas correctas.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Ordena los elementos con los botones Subir y Bajar.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Elige la respuesta que corresponde a cada elemento.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Tus elecciones hasta ahora</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Fin del escenario</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Guardado en tus notas</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Aún no hay datos para este gráfico.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Abrir la ficha del país</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Término del glosario</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Abrir en el glosario</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Este término no está en el glosario.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>En parejas</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>En grupos pequeños</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Toda la clase</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Nota para el facilitador</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>No se pudo cargar esta actividad. El verificador de contenido explica por qué.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo ha fallado. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Esta página no existe.</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Importar un archivo de Eurostat…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>Modo &amp;proyector (texto grande)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>Modo &amp;facilitador (mostrar notas para el facilitador)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;Acerca de Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Importar un archivo de datos de Eurostat</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Archivos de Eurostat (*.tsv *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>El archivo no se ha importado; no se ha cambiado nada:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} valores, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Importado de {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Sin conexión: %n solicitud externa bloqueada</numerusform>
            <numerusform>Sin conexión: %n solicitudes externas bloqueadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Nuevo perfil de docente</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nuevo estudiante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Color del avatar {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Color del avatar:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (al menos {n} caracteres):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>&amp;Repetir PIN:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
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
        <translation>PIN del docente</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Mensaje sobre el PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>PIN incorrecto. Demasiados intentos fallidos: puedes volver a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>PIN incorrecto. Demasiados intentos fallidos: puedes volver a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Puedes volver a probar tu PIN.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Aún no disponible</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Indicadores del juego después de cada ronda (0–100, inicio 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicadores del juego</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Ronda {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Qué cambió en la ronda {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Cambio en la ronda {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Normas de protección</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Inclusión en el mercado laboral</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Cohesión social</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Apoyo ciudadano</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Capacidad administrativa</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Finanzas públicas</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>Nivel de la UE</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Nivel nacional</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Nivel municipal</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Balance final</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Votación por mayoría</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Decide el rol principal</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Una carta se aprueba con al menos un sí y ningún no.</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Una carta se aprueba con más votos a favor que en contra.</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Decide el rol principal de la ronda; los demás votos son consultivos. Ronda de la UE: el comisario; ronda nacional: el ministro del Interior; ronda municipal: el alcalde.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Grupo: cada puesto es una persona</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>En solitario: un rol frente a jugadores simulados</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Todos los puestos: una persona juega todos los roles</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>no se aprobó en la votación</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>no queda suficiente presupuesto</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>no queda suficiente capital político</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>descartada por una carta ya adoptada</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>la ronda se saltó</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Atasco: la capacidad administrativa está por debajo de 40, así que los expedientes se acumulan (protección −2, apoyo ciudadano −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Tensión: la cohesión social está por debajo de 40, así que el apoyo ciudadano baja 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Se basa en el Derecho de la UE vigente</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Una opción nacional o local dentro del Derecho de la UE</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Requeriría una ley nueva o modificada</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>solicitante de protección internacional</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>menor no acompañado</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>migrante laboral</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>reagrupación familiar</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>bajo protección temporal</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>en situación irregular</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>voz de la sociedad de acogida</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>responsable político</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>parte interesada</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Ese paso no es posible en este momento de la ronda.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Esta carta ya está sobre la mesa.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Una carta ya adoptada descarta esta carta.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Esta carta no está sobre la mesa.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Esta carta no pertenece a esta ronda.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>Ese puesto no existe en la mesa.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Este puesto lo juega el ordenador.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>La partida ha terminado.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Hay más puestos que roles.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Dos puestos tienen el mismo rol.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Una partida en solitario necesita exactamente un jugador.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Esta partida guardada se jugó con otro contenido del juego y no se puede reanudar.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>El archivo de la partida guardada está dañado.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>La partida guardada la escribió otra versión de la aplicación.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Se rechazó la acción ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Gráficos de indicadores</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicadores del juego</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Cargando el juego de rol…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Jugar: el juego de rol Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Jugar</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>El contenido del juego tiene errores</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Pasos de la ronda</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Panel del facilitador</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Mostrar u ocultar el panel del facilitador</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>¿Eliminar esta partida guardada? No se puede deshacer.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Una ronda se puede saltar antes de que se cierre su votación.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>¿Saltar esta ronda? No se adopta nada; las historias siguen adelante de todos modos.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Estado miembro compuesto (cifras de la UE-27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Balance final — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>La partida ha terminado: se revelan las prioridades secretas.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Ronda {n} de {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Paso: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Presupuesto: {b} · Capital político: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Tiempo restante: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pausa)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Temporizador de la ronda: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>Estado miembro compuesto (cifras de la UE-27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — resumen de la sesión</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Compuesto (UE-27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} termina en {value} o más</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} termina en {value} o menos</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} sube al menos {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>al menos {count} adoptadas de: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>ninguna adoptada de: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Indicadores del juego</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>UE-27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Año, conjunto de datos</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Puestos:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>La partida aún no ha terminado: rondas jugadas hasta ahora.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Indicadores del juego después de cada ronda</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Prioridades secretas reveladas</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>La puntuación es solo un punto de partida para hablar: lo que importa es por qué cada rol quería lo que quería.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Última hora:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Lo que hicieron países reales</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Cifras reales de las estadísticas que incluye la aplicación (último año con datos de la UE); compáralas con las decisiones de tu grupo.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Todos los términos del juego</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Para terminar</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas del facilitador</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>La ronda se saltó.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>No adoptada</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Preguntas para el balance final</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Términos que aparecieron:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Lecciones que explican las decisiones:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Jugada: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>País: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Regla de decisión: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modo: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Ronda {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Presidencia: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} de {max} puntos</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Lecciones que lo explican:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>cuesta {b} de presupuesto, {k} de capital</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Coste: {budget} de presupuesto, {capital} de capital político</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Base jurídica: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Efectos: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
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
        <translation>Tamaño del texto en porcentaje</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Un nuevo idioma de la interfaz se aplica al reiniciar la aplicación.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Hay que reiniciar</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>El nuevo idioma de la interfaz se ha guardado. Se aplicará cuando la aplicación vuelva a iniciarse.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Cambiar de estudiante</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>¿Quién usa Destination Europe ahora?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Perfiles de estudiantes</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Cambiar a este perfil</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (docente, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>primer intento</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>mejor intento</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>último intento</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Lecciones archivadas</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Cada pregunta cuenta una vez por estudiante, según el</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Estudiantes y módulos</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Lecciones completadas</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Preguntas, las más difíciles primero</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Nadie ha respondido todavía a ninguna pregunta.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Intentos por estudiante</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>No se encontró ninguna copia de seguridad íntegra, así que el progreso vuelve a empezar de cero.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>La base de datos de progreso estaba dañada o no se podía leer. Se ha apartado como {file} (no se elimina).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Tu progreso se ha restaurado desde la copia de seguridad {file}. Puede faltar lo que se hizo después de esa copia.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>La base de datos de progreso se ha actualizado para esta versión de la aplicación ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>No se pudo escribir la copia de seguridad automática: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>al iniciar la aplicación</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>automática, durante el uso</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Escribe un nombre.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>El nombre es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Elige un color.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>El PIN debe tener entre {lo} y {hi} caracteres.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Este perfil ya no existe.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Este no es un perfil de docente.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Mi progreso</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>No se puede mostrar tu progreso: no se pudo abrir la base de datos de progreso ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Mi progreso y vista del docente</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Mi &amp;panel</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>Vista del &amp;docente</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>Cambiar de es&amp;tudiante…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Nuevo estudiante…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Nuevo perfil de &amp;docente…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Crear una &amp;clase a partir de una lista de nombres…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Exportar mi &amp;pasaporte de progreso…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Importar un pasaporte de progreso…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Pa&amp;quetes de clase</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Exportar una &amp;tarea… (docente)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>I&amp;mportar una tarea…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Exportar mis &amp;resultados…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Importar res&amp;ultados… (docente)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Exportar el informe de la clase como CS&amp;V… (docente)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Exportar el informe de la clase como P&amp;DF… (docente)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Comprobar la base de datos</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Enviar &amp;comentarios…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>No se puede guardar tu progreso: no se pudo abrir la base de datos de progreso. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Clase creada</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n perfil de estudiante listo: </numerusform>
            <numerusform>%n perfiles de estudiante listos: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Estudiante actual: {name}. Cambiar de estudiante</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Cambiar de estudiante (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Exportar los resultados de todos los estudiantes de este PC…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Archivo rechazado</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Este archivo se rechazó y no se cambió nada:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} nuevos de {total} registros, {learners} estudiantes nuevos</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, una tarea nueva</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Exportar mi pasaporte de progreso</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Pasaporte guardado</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Tu progreso está en {file}. En el otro PC, elige Archivo ▸ Importar un pasaporte de progreso… para seguir allí.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Importar un pasaporte de progreso</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>Bienvenido de nuevo, {name}: tu progreso está aquí.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>El pasaporte se ha fusionado.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Pasaporte importado</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Exportar un paquete de tarea</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Tarea guardada</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: cópialo en una memoria USB; en cada PC de estudiante elige Archivo ▸ Paquetes de clase ▸ Importar una tarea…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Rechazados (no se cambió nada a partir de estos archivos):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Importar una tarea</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Resultados guardados</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: entrégaselo a tu docente (por ejemplo, en una memoria USB).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>La base de datos de progreso está en buen estado (comprobación de integridad de SQLite: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n copia de seguridad se conserva en {folder}.</numerusform>
            <numerusform>%n copias de seguridad se conservan en {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>La comprobación de integridad encontró problemas:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Usa Ayuda ▸ Restaurar desde una copia de seguridad… para volver a una copia en buen estado.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Gracias: tus comentarios se han guardado.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Restaurar el progreso desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Elige la copia de seguridad a la que volver. El progreso actual se guarda antes, así que la restauración se puede deshacer.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Elegir &amp;otro archivo…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Elegir otro archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Bases de datos de progreso (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Unión Europea (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Nueva partida</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Tres rondas (UE, nacional, ciudad). Cada jugador asume un rol con intereses públicos y una prioridad secreta; juntos adoptáis cartas de políticas y después veis qué significan vuestras decisiones para seis personas y para la sociedad de acogida.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Modo de juego</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Número de jugadores</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Jugadores:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Puestos en la mesa</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>P&amp;uestos en la mesa:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>País que juega el grupo</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Estado miembro compuesto (cifras de la UE-27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Regla de decisión</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>Regla de &amp;decisión:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minutos por ronda</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Minutos por &amp;ronda:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Jugadores y roles</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Jugador {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Nombre del jugador {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Rol del jugador {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Repartir un rol</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Problema en la preparación</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Empezar la partida</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Reanudar una partida</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Cada paso se guarda mientras juegas. Elige una partida para seguir donde se quedó; las partidas terminadas se abren en su balance final.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Partidas guardadas</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Reanudar partida</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>E&amp;liminar partida guardada</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Juegas un rol; el ordenador juega los demás puestos y defiende lo que quieren sus roles.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Juegas cada puesto por turnos, como responsable político que escucha a todas las partes.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>El juego funciona mejor con 4 a 6 jugadores, cada uno con un rol.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Deja un rol en «Repartir un rol» para que se reparta: los tres roles principales de las rondas (comisario, ministro del Interior, alcalde) se reparten primero.</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Dos jugadores tienen el mismo rol: elige otro.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>Estado miembro compuesto</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>ronda {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Aún no hay partidas guardadas.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Ir a una sección (Inicio, Aprender, Jugar, Glosario, Países, Mi progreso)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Agrandar o reducir el texto</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Texto a tamaño normal</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Modo proyector: texto grande</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Modo facilitador: mostrar notas para el facilitador</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Guardar el gráfico actual como PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Introduce tu PIN para abrir la vista del docente.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Abrir la vista del docente</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Abrir la vista del docente</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Para cada &amp;pregunta cuenta:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Qué intento cuenta</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>el primer intento</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>el mejor intento (acertada al menos una vez)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>el último intento</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Exportar el informe de la clase como CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Exportar el informe de la clase como PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Actualizar los informes</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Cada celda: lecciones completadas / lecciones del módulo · porcentaje de preguntas respondidas que cuentan como acertadas. Señala una celda para ver detalles; haz doble clic en un estudiante para ver su informe.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Resumen de la clase</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>&amp;Resumen de la clase</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Estudiante:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Estudiante del informe</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Mostrar lecciones &amp;no empezadas</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Mostrar lecciones no empezadas</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Secciones alcanzadas</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Preguntas acertadas</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Informe del estudiante</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>Por es&amp;tudiante</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Acertadas</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% de aciertos</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Intentos por estudiante</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Preguntas, las más difíciles primero</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Preguntas &amp;difíciles</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, introduce tu PIN para abrir la vista del docente.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>La vista del docente es para perfiles de docente. Cambia a tu perfil de docente con Archivo ▸ Cambiar de estudiante…, o crea uno con Archivo ▸ Nuevo perfil de docente…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n estudiante en este PC</numerusform>
            <numerusform>%n estudiantes en este PC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n pregunta respondida por alguien</numerusform>
            <numerusform>%n preguntas respondidas por alguien</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>{started} empezadas, {done} completadas; {right} de {answered} preguntas acertadas; {minutes} min; última actividad {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Informe de la clase</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>informe-clase</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Exportar el informe de la clase</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Guardados {a} y {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Guardado {a}.</translation>
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
        <translation>{seat}: {choice} sobre {card}</translation>
    </message>
</context>
</TS>
