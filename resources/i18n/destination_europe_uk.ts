<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General note</source>
        <translation>Загальна нотатка</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архіві)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Нотаток ще немає.</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>перша спроба</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>найкраща спроба</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>остання спроба</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Архівні уроки</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>База даних поступу була пошкоджена або не читалася. Її відкладено як {file} (її не видалено).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Ваш поступ відновлено з резервної копії {file}. Те, що було зроблено після цієї копії, може бути відсутнім.</translation>
    </message>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Не знайдено жодної цілої резервної копії, тому поступ починається з нуля.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Базу даних поступу оновлено для цієї версії застосунку ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Не вдалося записати автоматичну резервну копію: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>під час запуску застосунку</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>автоматична, під час роботи</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>створена вручну</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед оновленням</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед відновленням</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline learning app on migration and integration in Europe, built for the learning toolkit of the European Migration Network (EMN). All texts are written for this app; figures come from the public datasets listed below.</source>
        <translation>Офлайн-застосунок для навчання про міграцію та інтеграцію в Європі, створений для навчального набору Європейської міграційної мережі (ЄММ). Усі тексти написано для цього застосунку; цифри взято з публічних наборів даних, наведених нижче.</translation>
    </message>
    <message>
        <source>Boundaries and names on the maps do not imply official endorsement or acceptance by the United Nations or the European Union.</source>
        <translation>Кордони та назви на картах не означають офіційного схвалення чи визнання з боку Організації Об’єднаних Націй або Європейського Союзу.</translation>
    </message>
    <message>
        <source>About Destination Europe</source>
        <translation>Про Destination Europe</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Джерела даних</translation>
    </message>
    <message>
        <source>Software and map data</source>
        <translation>Програмне забезпечення та картографічні дані</translation>
    </message>
    <message>
        <source>The statistics could not be read:</source>
        <translation>Не вдалося прочитати статистику:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Ліцензія</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Export an assignment packet</source>
        <translation>Експортувати пакет завдання</translation>
    </message>
    <message>
        <source>Title of the assignment</source>
        <translation>Назва завдання</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>Завдання має термін</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Tick whole modules or single lessons:</source>
        <translation>Позначте цілі модулі або окремі уроки:</translation>
    </message>
    <message>
        <source>Modules and lessons of the assignment</source>
        <translation>Модулі й уроки завдання</translation>
    </message>
    <message numerus="yes">
        <source>Include the class list (%n learner(s)) so learner PCs get the same profiles</source>
        <translation>
            <numerusform>Додати список класу (%n учень), щоб комп’ютери учнів мали ті самі профілі</numerusform>
            <numerusform>Додати список класу (%n учні), щоб комп’ютери учнів мали ті самі профілі</numerusform>
            <numerusform>Додати список класу (%n учнів), щоб комп’ютери учнів мали ті самі профілі</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Please give the assignment a title.</source>
        <translation>Дайте завданню назву.</translation>
    </message>
    <message>
        <source>Please tick at least one module or lesson.</source>
        <translation>Позначте принаймні один модуль або урок.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Round briefing</source>
        <translation>Вступ до раунду</translation>
    </message>
    <message>
        <source>Start the &amp;discussion</source>
        <translation>Почати &amp;обговорення</translation>
    </message>
    <message>
        <source>Start the discussion</source>
        <translation>Почати обговорення</translation>
    </message>
    <message>
        <source>Composite Member State: EU27 figures (rates only)</source>
        <translation>Складена держава-член: дані ЄС27 (лише показники у відсотках)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Latest year with data for each indicator. These are real figures; the game&apos;s own indicators (0–100) are a simulation.</source>
        <translation>Останній рік із даними для кожного показника. Це реальні цифри; власні показники гри (0–100) — це симуляція.</translation>
    </message>
    <message>
        <source>You play a composite Member State: the figures are those of the whole EU (EU27), and only rates are shown because totals would not fit one country.</source>
        <translation>Ви граєте за складену державу-члена: цифри стосуються всього ЄС (ЄС27), і показано лише відносні показники, бо загальні числа не відповідали б одній країні.</translation>
    </message>
    <message>
        <source>News flash</source>
        <translation>Термінова новина</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Ситуація</translation>
    </message>
    <message>
        <source>Real data: {where}</source>
        <translation>Реальні дані: {where}</translation>
    </message>
    <message>
        <source>How the group decides</source>
        <translation>Як група ухвалює рішення</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Chair of this round: {lead}</source>
        <translation>Головує в цьому раунді: {lead}</translation>
    </message>
    <message>
        <source>Budget: {budget} · Political capital: {capital}</source>
        <translation>Бюджет: {budget} · Політичний капітал: {capital}</translation>
    </message>
    <message>
        <source>Public role cards</source>
        <translation>Відкриті картки ролей</translation>
    </message>
    <message>
        <source>The statistics could not be read: no data.</source>
        <translation>Не вдалося прочитати статистику: немає даних.</translation>
    </message>
    <message>
        <source>Open the factsheet of {name}</source>
        <translation>Відкрити профіль країни: {name}</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Інтереси:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Обмеження:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(попередні)</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Джерело: {publisher}, {dataset}</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Create a class from a list of names</source>
        <translation>Створити клас зі списку імен</translation>
    </message>
    <message>
        <source>Paste the names of your learners, one per line (commas and semicolons also separate names). A name that already has a profile on this PC is not created twice.</source>
        <translation>Вставте імена своїх учнів, по одному в рядку (імена також розділяють коми й крапки з комою). Ім’я, яке вже має профіль на цьому комп’ютері, не створюється вдруге.</translation>
    </message>
    <message>
        <source>Names of the learners</source>
        <translation>Імена учнів</translation>
    </message>
    <message>
        <source>&amp;Create profiles</source>
        <translation>&amp;Створити профілі</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n ім’я</numerusform>
            <numerusform>%n імені</numerusform>
            <numerusform>%n імен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Показник:</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Показник для порівняння</translation>
    </message>
    <message>
        <source>Tick 2 to 5 countries.</source>
        <translation>Позначте від 2 до 5 країн.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Зберегти як &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the comparison chart as a PNG image</source>
        <translation>Зберегти діаграму порівняння як зображення PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Зберегти як CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the comparison data as a CSV file</source>
        <translation>Зберегти дані порівняння у файл CSV</translation>
    </message>
    <message>
        <source>Countries to compare</source>
        <translation>Країни для порівняння</translation>
    </message>
    <message>
        <source>Table of the compared values</source>
        <translation>Таблиця порівнюваних значень</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Діаграма</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Діаграма порівняння</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <source>No data for these countries.</source>
        <translation>Для цих країн немає даних.</translation>
    </message>
    <message>
        <source>At most 5 countries at a time.</source>
        <translation>Не більше 5 країн одночасно.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Джерело: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(попередні)</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}.</source>
        <translation>{definition} Джерело: {publisher}, набір даних {dataset}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Зберегти дані</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Зберегти діаграму</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Decisions and stories of this round</source>
        <translation>Рішення та історії цього раунду</translation>
    </message>
    <message>
        <source>&amp;Next round</source>
        <translation>&amp;Наступний раунд</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Наступний раунд</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Перейти до &amp;підсумкового обговорення</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Перейти до підсумкового обговорення</translation>
    </message>
    <message>
        <source>Budget left: {b} · Political capital left: {k}</source>
        <translation>Залишок бюджету: {b} · Залишок політичного капіталу: {k}</translation>
    </message>
    <message>
        <source>{name}, {age} — {kind}</source>
        <translation>{name}, {age} — {kind}</translation>
    </message>
    <message>
        <source>What the group decided</source>
        <translation>Що вирішила група</translation>
    </message>
    <message>
        <source>What it means for people</source>
        <translation>Що це означає для людей</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Джерело: {text}</translation>
    </message>
    <message>
        <source>The round was skipped: nothing was adopted.</source>
        <translation>Раунд пропущено: нічого не ухвалено.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Чому:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Терміни:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Уроки:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Ухвалено:</translation>
    </message>
    <message>
        <source>No card was adopted.</source>
        <translation>Жодної картки не ухвалено.</translation>
    </message>
    <message>
        <source>Not adopted:</source>
        <translation>Не ухвалено:</translation>
    </message>
</context>
<context>
    <name>CountriesSection</name>
    <message>
        <source>Countries</source>
        <translation>Країни</translation>
    </message>
    <message>
        <source>Countries views</source>
        <translation>Подання країн</translation>
    </message>
    <message>
        <source>&amp;Map and trends</source>
        <translation>&amp;Карта й тенденції</translation>
    </message>
    <message>
        <source>&amp;Factsheet</source>
        <translation>&amp;Профіль країни</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Порівняти</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>My lessons, notes, bookmarks and attempts</source>
        <translation>Мої уроки, нотатки, закладки та спроби</translation>
    </message>
    <message>
        <source>My lessons</source>
        <translation>Мої уроки</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Нотатки</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Історія спроб</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Спроби</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Мої нотатки</translation>
    </message>
    <message>
        <source>N&amp;ew note…</source>
        <translation>&amp;Нова нотатка…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Export my notes:</source>
        <translation>Експортувати мої нотатки:</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Export my notes as Markdown</source>
        <translation>Експортувати мої нотатки як Markdown</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export my notes as PDF</source>
        <translation>Експортувати мої нотатки як PDF</translation>
    </message>
    <message>
        <source>My bookmarks</source>
        <translation>Мої закладки</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Open the bookmarked lesson</source>
        <translation>Відкрити урок із закладки</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Прибрати</translation>
    </message>
    <message>
        <source>Remove the bookmark</source>
        <translation>Прибрати закладку</translation>
    </message>
    <message>
        <source>Progress cannot be saved on this PC: {error}</source>
        <translation>Не вдається зберегти поступ на цьому комп’ютері: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{started} of {total} lessons started, {done} completed · {answered} questions answered ({right} right at least once) · {attempts} attempts in all</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Розпочато уроків: {started} з {total}, завершено: {done} · відповіді на запитання: {answered} ({right} правильно хоча б раз) · усього спроб: {attempts}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>started</source>
        <translation>розпочато</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не розпочато</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>уроки</translation>
    </message>
    <message>
        <source>right</source>
        <translation>правильно</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>неправильно</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>відповіді</translation>
    </message>
    <message>
        <source>Lessons per module</source>
        <translation>Уроки за модулями</translation>
    </message>
    <message>
        <source>My answers per day</source>
        <translation>Мої відповіді за днями</translation>
    </message>
    <message>
        <source>Questions I most often got wrong</source>
        <translation>Запитання, на які я найчастіше відповідав(-ла) неправильно</translation>
    </message>
    <message>
        <source>wrong answers</source>
        <translation>неправильні відповіді</translation>
    </message>
    <message>
        <source>Glossary terms I looked up</source>
        <translation>Терміни глосарію, які я шукав(-ла)</translation>
    </message>
    <message>
        <source>times looked up</source>
        <translation>разів переглянуто</translation>
    </message>
    <message>
        <source>My progress charts</source>
        <translation>Мої діаграми поступу</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Мій поступ</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Тут поки нічого немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n урок</numerusform>
            <numerusform>%n уроки</numerusform>
            <numerusform>%n уроків</numerusform>
        </translation>
    </message>
    <message>
        <source>These lessons are no longer in the content of this version; your progress in them is kept.</source>
        <translation>Цих уроків більше немає у вмісті цієї версії; ваш поступ у них збережено.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>{right} of {n} questions right</source>
        <translation>{right} з {n} запитань правильно</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} хв</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>відкрити знову</translation>
    </message>
    <message>
        <source>start</source>
        <translation>почати</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, термін: {date}</translation>
    </message>
    <message>
        <source>{done} of {n} lessons completed</source>
        <translation>Завершено уроків: {done} з {n}</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Загальна нотатка</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архіві)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Редагувати нотатку</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Видалити нотатку</translation>
    </message>
    <message>
        <source>Delete the selected note?</source>
        <translation>Видалити вибрану нотатку?</translation>
    </message>
    <message>
        <source>Export my notes</source>
        <translation>Експортувати мої нотатки</translation>
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
        <translation>продовжити</translation>
    </message>
    <message>
        <source>Assignments from my teacher</source>
        <translation>Завдання від учителя</translation>
    </message>
    <message>
        <source>Continue where I stopped:</source>
        <translation>Продовжити з місця, де я зупинився(-лася):</translation>
    </message>
    <message>
        <source>Modules not started yet</source>
        <translation>Ще не розпочаті модулі</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Talk it through: what did each role want, what did the group choose, and what did it mean for the people in the stories?</source>
        <translation>Обговоріть: чого хотіла кожна роль, що обрала група і що це означало для людей з історій?</translation>
    </message>
    <message>
        <source>Save summary as &amp;HTML…</source>
        <translation>Зберегти підсумок як &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the session summary as HTML</source>
        <translation>Зберегти підсумок сесії як HTML</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Зберегти підсумок як P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the session summary as PDF</source>
        <translation>Зберегти підсумок сесії як PDF</translation>
    </message>
    <message>
        <source>Ne&amp;w game</source>
        <translation>&amp;Нова гра</translation>
    </message>
    <message>
        <source>Set up a new game</source>
        <translation>Підготувати нову гру</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Підсумкове обговорення</translation>
    </message>
    <message>
        <source>Save the session summary</source>
        <translation>Зберегти підсумок сесії</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Вебсторінка (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Не вдалося зберегти {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Збережено: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Cards on the table and the votes</source>
        <translation>Картки на столі та голосування</translation>
    </message>
    <message>
        <source>&amp;Close the vote and see the consequences</source>
        <translation>&amp;Закрити голосування й побачити наслідки</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Закрити голосування</translation>
    </message>
    <message>
        <source>{rule}: {help}</source>
        <translation>{rule}: {help}</translation>
    </message>
    <message>
        <source>Vote on {card}</source>
        <translation>Голосування щодо {card}</translation>
    </message>
    <message>
        <source>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</source>
        <translation>{yes}: {y} · {no}: {n} · {abstain}: {a} → {verdict}</translation>
    </message>
    <message>
        <source>passes the vote</source>
        <translation>ухвалено</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>не ухвалено</translation>
    </message>
    <message>
        <source>Passing cards cost {b} of {B} budget and {k} of {K} capital.</source>
        <translation>Ухвалені картки коштують {b} з {B} бюджету і {k} з {K} капіталу.</translation>
    </message>
    <message>
        <source>Not all of them fit: the cards with the most yes votes are adopted first.</source>
        <translation>Усі не вміщаються: першими ухвалюються картки з найбільшою кількістю голосів «за».</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>&amp;Speaking:</source>
        <translation>&amp;Слово має:</translation>
    </message>
    <message>
        <source>Seat that puts cards on the table</source>
        <translation>Місце, що кладе картки на стіл</translation>
    </message>
    <message>
        <source>Put the cards you want to vote on on the table; the vote comes next.</source>
        <translation>Покладіть на стіл картки, за які хочете голосувати; далі буде голосування.</translation>
    </message>
    <message>
        <source>Policy cards of this round</source>
        <translation>Картки політик цього раунду</translation>
    </message>
    <message>
        <source>&amp;Open the vote</source>
        <translation>&amp;Відкрити голосування</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Відкрити голосування</translation>
    </message>
    <message>
        <source>On the table (put there by {who}).</source>
        <translation>На столі (поклав(-ла) {who}).</translation>
    </message>
    <message>
        <source>Take off the table</source>
        <translation>Зняти зі столу</translation>
    </message>
    <message>
        <source>Ruled out: the group already adopted “{title}”.</source>
        <translation>Виключено: група вже ухвалила «{title}».</translation>
    </message>
    <message>
        <source>Put on the table</source>
        <translation>Покласти на стіл</translation>
    </message>
    <message>
        <source>On the table: {n} card(s) costing {b} budget and {k} capital. Available: {B} budget, {K} capital.</source>
        <translation>На столі: карток: {n}, вартість {b} бюджету і {k} капіталу. Доступно: {B} бюджету, {K} капіталу.</translation>
    </message>
    <message>
        <source>Not everything on the table can be paid for.</source>
        <translation>Не все, що на столі, можна оплатити.</translation>
    </message>
</context>
<context>
    <name>ExploreTab</name>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Тенденція</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Зберегти як &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Зберегти діаграму як зображення PNG</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation>Зберегти як CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the data as a CSV file</source>
        <translation>Зберегти дані у файл CSV</translation>
    </message>
    <message>
        <source>Per 100,000 i&amp;nhabitants</source>
        <translation>На 100 000 &amp;мешканців</translation>
    </message>
    <message>
        <source>Show values per 100,000 inhabitants</source>
        <translation>Показати значення на 100 000 мешканців</translation>
    </message>
    <message>
        <source>Year of the map</source>
        <translation>Рік карти</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Показник:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Кра&amp;їна:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <source>Preparing the chart…</source>
        <translation>Готуємо діаграму…</translation>
    </message>
    <message>
        <source>Table of the values shown in the chart</source>
        <translation>Таблиця значень діаграми</translation>
    </message>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Не вдалося прочитати статистику: {error}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Діаграма</translation>
    </message>
    <message>
        <source>A file the app needs could not be loaded:</source>
        <translation>Не вдалося завантажити файл, потрібний застосунку:</translation>
    </message>
    <message>
        <source>The chart engine (plotly.js) could not be loaded, so no chart can be drawn.</source>
        <translation>Не вдалося завантажити рушій діаграм (plotly.js), тому діаграми не можна намалювати.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Джерело: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(попередні)</translation>
    </message>
    <message>
        <source>{name} per 100,000 inhabitants</source>
        <translation>{name} на 100 000 мешканців</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>{definition} Source: {publisher}, dataset {dataset}. Flag p = provisional.</source>
        <translation>{definition} Джерело: {publisher}, набір даних {dataset}. Позначка p = попередні.</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Зберегти дані</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Зберегти діаграму</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator panel</source>
        <translation>Панель ведучого</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Ведучий</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Таймер раунду</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Pause the round timer</source>
        <translation>Призупинити таймер раунду</translation>
    </message>
    <message>
        <source>+2 mi&amp;n</source>
        <translation>+2 х&amp;в</translation>
    </message>
    <message>
        <source>Give the round two more minutes</source>
        <translation>Дати раунду ще дві хвилини</translation>
    </message>
    <message>
        <source>S&amp;kip this round</source>
        <translation>&amp;Пропустити цей раунд</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Пропустити цей раунд</translation>
    </message>
    <message>
        <source>Nothing is adopted this round; the stories still move on.</source>
        <translation>У цьому раунді нічого не ухвалюється; історії все одно продовжуються.</translation>
    </message>
    <message>
        <source>Players and secret cards</source>
        <translation>Гравці та таємні картки</translation>
    </message>
    <message>
        <source>Secret priorities stay hidden on the shared screen. A player holds their button (or focuses it and holds Space) to read their card.</source>
        <translation>Таємні пріоритети залишаються прихованими на спільному екрані. Гравець утримує свою кнопку (або вибирає її й утримує пробіл), щоб прочитати свою картку.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Нотатки ведучого</translation>
    </message>
    <message>
        <source>Points to come back to in the debrief…</source>
        <translation>Питання, до яких повернемося в підсумковому обговоренні…</translation>
    </message>
    <message>
        <source>Round timer: {time} left</source>
        <translation>Таймер раунду: залишилося {time}</translation>
    </message>
    <message>
        <source>Time is up: wrap up and decide.</source>
        <translation>Час вийшов: підсумуйте й вирішуйте.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Триває</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Призупинено</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>Resume the round timer</source>
        <translation>Продовжити таймер раунду</translation>
    </message>
    <message>
        <source>{role} (computer)</source>
        <translation>{role} (комп’ютер)</translation>
    </message>
    <message>
        <source>Hold: secret</source>
        <translation>Утримуйте: таємне</translation>
    </message>
    <message>
        <source>Hold to see the secret card of {name}</source>
        <translation>Утримуйте, щоб побачити таємну картку: {name}</translation>
    </message>
    <message>
        <source>Secret card: {who}</source>
        <translation>Таємна картка: {who}</translation>
    </message>
</context>
<context>
    <name>FactsheetTab</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>Country of the factsheet</source>
        <translation>Країна профілю</translation>
    </message>
    <message>
        <source>Country profile and key figures</source>
        <translation>Профіль країни та ключові цифри</translation>
    </message>
    <message>
        <source>Factsheet charts</source>
        <translation>Діаграми профілю країни</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Профіль країни</translation>
    </message>
    <message>
        <source>No data for this country.</source>
        <translation>Для цієї країни немає даних.</translation>
    </message>
    <message>
        <source>Source: {publisher}, {dataset}</source>
        <translation>Джерело: {publisher}, {dataset}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(попередні)</translation>
    </message>
    <message>
        <source>Asylum applications</source>
        <translation>Заяви про надання притулку</translation>
    </message>
    <message>
        <source>Decisions on asylum applications</source>
        <translation>Рішення щодо заяв про надання притулку</translation>
    </message>
    <message>
        <source>First residence permits by reason</source>
        <translation>Перші посвідки на проживання за підставою</translation>
    </message>
    <message>
        <source>Orders to leave and returns</source>
        <translation>Приписи залишити країну та повернення</translation>
    </message>
    <message>
        <source>People who fled the war in Ukraine</source>
        <translation>Люди, що втекли від війни в Україні</translation>
    </message>
    <message>
        <source>Population from abroad</source>
        <translation>Населення з-за кордону</translation>
    </message>
    <message>
        <source>European Union (27)</source>
        <translation>Європейський Союз (27)</translation>
    </message>
    <message>
        <source>EU Member State</source>
        <translation>Держава-член ЄС</translation>
    </message>
    <message>
        <source>EMN observer country</source>
        <translation>Країна-спостерігач ЄММ</translation>
    </message>
    <message>
        <source>decides on asylum applications</source>
        <translation>ухвалює рішення щодо заяв про притулок</translation>
    </message>
    <message>
        <source>migration policy</source>
        <translation>міграційна політика</translation>
    </message>
    <message>
        <source>reception of applicants</source>
        <translation>приймання заявників</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>інтеграція</translation>
    </message>
    <message>
        <source>EMN National Contact Point</source>
        <translation>Національний контактний пункт ЄММ</translation>
    </message>
    <message>
        <source>No text profile for this country yet.</source>
        <translation>Для цієї країни ще немає текстового профілю.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключові цифри</translation>
    </message>
    <message>
        <source>Responsible authorities</source>
        <translation>Компетентні органи</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback from a teacher</source>
        <translation>Відгук учителя</translation>
    </message>
    <message>
        <source>Feedback from a learner</source>
        <translation>Відгук учня</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC with your progress. Nothing is sent over the internet; your teacher or the EMN team can collect them with the results.</source>
        <translation>Ваші відповіді зберігаються на цьому комп’ютері разом із вашим поступом. Нічого не надсилається через інтернет; ваш учитель або команда ЄММ можуть зібрати їх разом із результатами.</translation>
    </message>
    <message>
        <source>Your answers are saved on this PC. They help improve the material for the next sessions.</source>
        <translation>Ваші відповіді зберігаються на цьому комп’ютері. Вони допомагають покращити матеріали для наступних занять.</translation>
    </message>
    <message>
        <source>Rating {n} of 5</source>
        <translation>Оцінка {n} з 5</translation>
    </message>
    <message>
        <source>How well did the material fit your session? (1 = not at all, 5 = very well)</source>
        <translation>Наскільки матеріал підійшов для вашого заняття? (1 = зовсім ні, 5 = дуже добре)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Кількість учасників</translation>
    </message>
    <message>
        <source>Number of &amp;participants:</source>
        <translation>Кількість &amp;учасників:</translation>
    </message>
    <message>
        <source>What worked &amp;well?</source>
        <translation>Що спрацювало &amp;добре?</translation>
    </message>
    <message>
        <source>What should &amp;change?</source>
        <translation>Що варто &amp;змінити?</translation>
    </message>
    <message>
        <source>Did anything not &amp;work on the PCs?</source>
        <translation>Чи щось не &amp;працювало на комп’ютерах?</translation>
    </message>
    <message>
        <source>How useful was this for you? (1 = not at all, 5 = very)</source>
        <translation>Наскільки це було корисно для вас? (1 = зовсім ні, 5 = дуже)</translation>
    </message>
    <message>
        <source>What was &amp;hard to understand?</source>
        <translation>Що було &amp;важко зрозуміти?</translation>
    </message>
    <message>
        <source>What would you like to learn &amp;more about?</source>
        <translation>Про що ви хотіли б дізнатися &amp;більше?</translation>
    </message>
    <message>
        <source>Anything &amp;else?</source>
        <translation>Щось &amp;іще?</translation>
    </message>
    <message>
        <source>Please give a rating or write something.</source>
        <translation>Поставте оцінку або напишіть щось.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>draft: not yet reviewed by a terminologist</source>
        <translation>чернетка: ще не перевірено термінологом</translation>
    </message>
    <message>
        <source>Migration basics</source>
        <translation>Основи міграції</translation>
    </message>
    <message>
        <source>Legal migration</source>
        <translation>Легальна міграція</translation>
    </message>
    <message>
        <source>International protection</source>
        <translation>Міжнародний захист</translation>
    </message>
    <message>
        <source>Minors and vulnerable groups</source>
        <translation>Неповнолітні та вразливі групи</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Інтеграція</translation>
    </message>
    <message>
        <source>Citizenship and statelessness</source>
        <translation>Громадянство та безгромадянство</translation>
    </message>
    <message>
        <source>Borders, visas and Schengen</source>
        <translation>Кордони, візи та Шенген</translation>
    </message>
    <message>
        <source>Irregular migration and smuggling</source>
        <translation>Нерегулярна міграція та незаконне ввезення мігрантів</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Торгівля людьми</translation>
    </message>
    <message>
        <source>Return and readmission</source>
        <translation>Повернення та реадмісія</translation>
    </message>
    <message>
        <source>Migration and development</source>
        <translation>Міграція та розвиток</translation>
    </message>
    <message>
        <source>Ukraine and temporary protection</source>
        <translation>Україна та тимчасовий захист</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Інституції</translation>
    </message>
    <message>
        <source>In the 13 languages</source>
        <translation>13 мовами</translation>
    </message>
    <message>
        <source>Equivalents marked “draft” have not yet been reviewed by a terminologist.</source>
        <translation>Відповідники з позначкою «чернетка» ще не перевірено термінологом.</translation>
    </message>
    <message>
        <source>Broader terms</source>
        <translation>Ширші терміни</translation>
    </message>
    <message>
        <source>Narrower terms</source>
        <translation>Вужчі терміни</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Пов’язані терміни</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Використано в цих уроках</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Інші назви</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>Шукаємо уроки…</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Жоден урок ще не використовує цей термін.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
</context>
<context>
    <name>GlossaryQuizPanel</name>
    <message>
        <source>&amp;New quiz</source>
        <translation>&amp;Нова вікторина</translation>
    </message>
    <message>
        <source>Start a new glossary quiz</source>
        <translation>Почати нову вікторину з глосарію</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Перевірити відповідь</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Перевірити відповідь</translation>
    </message>
    <message>
        <source>Ne&amp;xt question</source>
        <translation>Наступне &amp;запитання</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Наступне запитання</translation>
    </message>
    <message>
        <source>Feedback and explanation</source>
        <translation>Відгук і пояснення</translation>
    </message>
    <message>
        <source>Question {n} of {total} · score {score}</source>
        <translation>Запитання {n} з {total} · бали {score}</translation>
    </message>
    <message>
        <source>For “{a}”, the term “{b}” is…</source>
        <translation>Щодо терміна «{a}» термін «{b}» — це…</translation>
    </message>
    <message>
        <source>Which term matches this definition?</source>
        <translation>Який термін відповідає цьому визначенню?</translation>
    </message>
    <message>
        <source>These terms are easily confused. Which one matches this definition?</source>
        <translation>Ці терміни легко сплутати. Який із них відповідає цьому визначенню?</translation>
    </message>
    <message>
        <source>a broader term (more general)</source>
        <translation>ширший термін (загальніший)</translation>
    </message>
    <message>
        <source>a narrower term (more specific)</source>
        <translation>вужчий термін (конкретніший)</translation>
    </message>
    <message>
        <source>a related term</source>
        <translation>пов’язаний термін</translation>
    </message>
    <message>
        <source>Quiz finished: {score} of {total} right. Start a new quiz for new questions.</source>
        <translation>Вікторину завершено: {score} з {total} правильно. Почніть нову вікторину, щоб отримати нові запитання.</translation>
    </message>
    <message>
        <source>There are not enough glossary entries for a quiz.</source>
        <translation>У глосарії недостатньо статей для вікторини.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Правильно.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Не зовсім.</translation>
    </message>
    <message>
        <source>a broader term</source>
        <translation>ширший термін</translation>
    </message>
    <message>
        <source>a narrower term</source>
        <translation>вужчий термін</translation>
    </message>
    <message>
        <source>The glossary lists {b} as {kind} of {a}.</source>
        <translation>У глосарії {b} — це {kind} щодо {a}.</translation>
    </message>
    <message>
        <source>This is the definition of {term}:</source>
        <translation>Ось визначення терміна {term}:</translation>
    </message>
    <message>
        <source>You chose {term}, which means something else:</source>
        <translation>Ви обрали {term}, що означає інше:</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Спершу виберіть відповідь.</translation>
    </message>
</context>
<context>
    <name>GlossarySection</name>
    <message>
        <source>Glossary</source>
        <translation>Глосарій</translation>
    </message>
    <message>
        <source>Glossary views</source>
        <translation>Подання глосарію</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>Type a term, in any language</source>
        <translation>Введіть термін будь-якою мовою</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Шукати в глосарії</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Show the terms of one theme</source>
        <translation>Показати терміни однієї теми</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Усі терміни</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Терміни на літеру {letter}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Терміни</translation>
    </message>
    <message>
        <source>Term views</source>
        <translation>Подання термінів</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Стаття глосарію</translation>
    </message>
    <message>
        <source>Relation map</source>
        <translation>Карта зв’язків</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Стаття</translation>
    </message>
    <message>
        <source>Relation &amp;map</source>
        <translation>Карта &amp;зв’язків</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Вікторина</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Усі теми</translation>
    </message>
    <message>
        <source>Some glossary entries could not be read:</source>
        <translation>Не вдалося прочитати деякі статті глосарію:</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n термін</numerusform>
            <numerusform>%n терміни</numerusform>
            <numerusform>%n термінів</numerusform>
        </translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>у визначенні</translation>
    </message>
    <message>
        <source>did you mean this? ({text})</source>
        <translation>можливо, ви мали на увазі це? ({text})</translation>
    </message>
    <message>
        <source>Above: broader terms · below: narrower terms · sides: related terms</source>
        <translation>Угорі: ширші терміни · унизу: вужчі терміни · з боків: пов’язані терміни</translation>
    </message>
    <message>
        <source>Click a term (or Tab to it and press Enter) to put it in the centre.</source>
        <translation>Клацніть термін (або перейдіть до нього клавішею Tab і натисніть Enter), щоб поставити його в центр.</translation>
    </message>
    <message>
        <source>This term has no broader, narrower or related terms yet.</source>
        <translation>Цей термін ще не має ширших, вужчих чи пов’язаних термінів.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Welcome to Destination Europe</source>
        <translation>Ласкаво просимо до Destination Europe</translation>
    </message>
    <message>
        <source>Learn how migration and integration policy works in Europe: who decides at EU, national and city level, what the law says, and what the real figures show. Everything here works without an internet connection.</source>
        <translation>Дізнайтеся, як працює політика міграції та інтеграції в Європі: хто ухвалює рішення на рівні ЄС, держави та міста, що каже право і що показують реальні цифри. Усе тут працює без підключення до інтернету.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Продовжити з місця, де я зупинився(-лася)</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>Modules and lessons with quizzes and scenarios</source>
        <translation>Модулі й уроки з вікторинами та сценаріями</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Гра</translation>
    </message>
    <message>
        <source>The role-play for a group around one screen</source>
        <translation>Рольова гра для групи біля одного екрана</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глосарій</translation>
    </message>
    <message>
        <source>Key terms, defined in plain words</source>
        <translation>Ключові терміни простими словами</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Країни</translation>
    </message>
    <message>
        <source>Charts and a map of real statistics</source>
        <translation>Діаграми й карта з реальною статистикою</translation>
    </message>
    <message>
        <source>A figure to discuss</source>
        <translation>Цифра для обговорення</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>In {year}, {value} people from outside the EU applied for asylum in the EU for the first time.</source>
        <translation>У {year} році {value} осіб з-поза ЄС уперше звернулися по притулок у ЄС.</translation>
    </message>
    <message>
        <source>In {year} there had been {value}.</source>
        <translation>У {year} році їх було {value}.</translation>
    </message>
    <message>
        <source>Source: {publisher}, dataset {dataset}.</source>
        <translation>Джерело: {publisher}, набір даних {dataset}.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Population on 1 January (Eurostat)</source>
        <translation>Населення на 1 січня (Eurostat)</translation>
    </message>
    <message>
        <source>Population (World Bank)</source>
        <translation>Населення (Світовий банк)</translation>
    </message>
    <message>
        <source>Non-EU citizens living in the country</source>
        <translation>Громадяни країн поза ЄС, які живуть у країні</translation>
    </message>
    <message>
        <source>Non-EU citizens, share of the population</source>
        <translation>Громадяни країн поза ЄС, частка населення</translation>
    </message>
    <message>
        <source>Share of the population born abroad</source>
        <translation>Частка населення, народженого за кордоном</translation>
    </message>
    <message>
        <source>First-time asylum applicants</source>
        <translation>Особи, які вперше шукають притулку</translation>
    </message>
    <message>
        <source>Subsequent asylum applicants</source>
        <translation>Особи з повторною заявою про притулок</translation>
    </message>
    <message>
        <source>First-time asylum applicants per 100,000 inhabitants</source>
        <translation>Особи, які вперше шукають притулку, на 100 000 мешканців</translation>
    </message>
    <message>
        <source>Asylum applications (UNHCR)</source>
        <translation>Заяви про надання притулку (УВКБ ООН)</translation>
    </message>
    <message>
        <source>Decisions: refugee status granted (UNHCR)</source>
        <translation>Рішення: надано статус біженця (УВКБ ООН)</translation>
    </message>
    <message>
        <source>Decisions: complementary protection (UNHCR)</source>
        <translation>Рішення: доповнювальний захист (УВКБ ООН)</translation>
    </message>
    <message>
        <source>Decisions: rejected (UNHCR)</source>
        <translation>Рішення: відмова (УВКБ ООН)</translation>
    </message>
    <message>
        <source>Recognition rate (UNHCR)</source>
        <translation>Рівень визнання (УВКБ ООН)</translation>
    </message>
    <message>
        <source>Refugees hosted (UNHCR)</source>
        <translation>Прийняті біженці (УВКБ ООН)</translation>
    </message>
    <message>
        <source>Asylum seekers hosted (UNHCR)</source>
        <translation>Прийняті шукачі притулку (УВКБ ООН)</translation>
    </message>
    <message>
        <source>Refugees from Ukraine hosted (UNHCR)</source>
        <translation>Прийняті біженці з України (УВКБ ООН)</translation>
    </message>
    <message>
        <source>First residence permits, all reasons</source>
        <translation>Перші посвідки на проживання, усі підстави</translation>
    </message>
    <message>
        <source>First residence permits for family reasons</source>
        <translation>Перші посвідки на проживання з сімейних причин</translation>
    </message>
    <message>
        <source>First residence permits for education</source>
        <translation>Перші посвідки на проживання для навчання</translation>
    </message>
    <message>
        <source>First residence permits for work</source>
        <translation>Перші посвідки на проживання для роботи</translation>
    </message>
    <message>
        <source>First residence permits for other reasons</source>
        <translation>Перші посвідки на проживання з інших причин</translation>
    </message>
    <message>
        <source>Non-EU citizens ordered to leave</source>
        <translation>Громадяни країн поза ЄС, яким приписано виїхати</translation>
    </message>
    <message>
        <source>Non-EU citizens returned after an order to leave</source>
        <translation>Громадяни країн поза ЄС, повернені після припису виїхати</translation>
    </message>
    <message>
        <source>Ukrainians under temporary protection</source>
        <translation>Українці під тимчасовим захистом</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>осіб</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>відсотків</translation>
    </message>
    <message>
        <source>per 100,000 inhabitants</source>
        <translation>на 100 000 мешканців</translation>
    </message>
</context>
<context>
    <name>LearnSection</name>
    <message>
        <source>Learn</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Модулі й уроки</translation>
    </message>
    <message>
        <source>Choose a lesson on the left.</source>
        <translation>Виберіть урок ліворуч.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Назад</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Попередній розділ</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Далі ▶</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Наступний розділ</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Закладка</translation>
    </message>
    <message>
        <source>Bookmark this section</source>
        <translation>Додати закладку до цього розділу</translation>
    </message>
    <message>
        <source>✎ N&amp;ote</source>
        <translation>✎ &amp;Нотатка</translation>
    </message>
    <message>
        <source>Write a note about this section</source>
        <translation>Написати нотатку про цей розділ</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Друга &amp;мова:</translation>
    </message>
    <message>
        <source>Second language for glossary terms (bilingual reading)</source>
        <translation>Друга мова для термінів глосарію (двомовне читання)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Glossary panel</source>
        <translation>Панель глосарію</translation>
    </message>
    <message>
        <source>This lesson has errors and cannot be shown.</source>
        <translation>Цей урок містить помилки, тому його не можна показати.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n хвилина</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>Уроків не знайдено.</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Сторінка уроку</translation>
    </message>
    <message>
        <source>⚠ {title}: this lesson cannot be shown</source>
        <translation>⚠ {title}: цей урок не можна показати</translation>
    </message>
    <message>
        <source>The content checker found these problems:</source>
        <translation>Перевірка вмісту знайшла такі проблеми:</translation>
    </message>
    <message>
        <source>{title}, completed</source>
        <translation>{title}, завершено</translation>
    </message>
    <message>
        <source>{title}, started</source>
        <translation>{title}, розпочато</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ У &amp;закладках</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Your note about this section:</source>
        <translation>Ваша нотатка про цей розділ:</translation>
    </message>
    <message>
        <source>Note saved in My progress.</source>
        <translation>Нотатку збережено в розділі «Мій поступ».</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Розділ {n} з {total}: {title}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Open the full entry in the glossary</source>
        <translation>Відкрити повну статтю в глосарії</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(чернетка)</translation>
    </message>
    <message>
        <source>no equivalent yet</source>
        <translation>відповідника ще немає</translation>
    </message>
</context>
<context>
    <name>LessonLabels</name>
    <message>
        <source>Quiz</source>
        <translation>Вікторина</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Запитання {n} з {total}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Перевірити відповідь</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Правильно</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Не зовсім</translation>
    </message>
    <message>
        <source>Show explanation</source>
        <translation>Показати пояснення</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Виберіть одну відповідь.</translation>
    </message>
    <message>
        <source>Choose all answers that apply.</source>
        <translation>Виберіть усі правильні відповіді.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Правда</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неправда</translation>
    </message>
    <message>
        <source>Put the items in the right order with the Move up and Move down buttons.</source>
        <translation>Розставте елементи в правильному порядку кнопками «Вгору» і «Вниз».</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Choose the matching answer for each item.</source>
        <translation>Виберіть відповідну відповідь для кожного елемента.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваша відповідь</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарій</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Ваші вибори досі</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Кінець сценарію</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Рефлексія</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Зберегти нотатку</translation>
    </message>
    <message>
        <source>Saved to your notes</source>
        <translation>Збережено у ваших нотатках</translation>
    </message>
    <message>
        <source>Data not available yet for this chart.</source>
        <translation>Для цієї діаграми ще немає даних.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Open the country factsheet</source>
        <translation>Відкрити профіль країни</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Термін глосарію</translation>
    </message>
    <message>
        <source>Open in the glossary</source>
        <translation>Відкрити в глосарії</translation>
    </message>
    <message>
        <source>This term is not in the glossary.</source>
        <translation>Цього терміна немає в глосарії.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обговорення</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} хв</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>У парах</translation>
    </message>
    <message>
        <source>In small groups</source>
        <translation>У малих групах</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Увесь клас</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Примітка для ведучого</translation>
    </message>
    <message>
        <source>This activity could not be loaded. The content checker explains why.</source>
        <translation>Не вдалося завантажити цю вправу. Перевірка вмісту пояснює чому.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Щось пішло не так. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>Такої сторінки не існує.</translation>
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
        <translation>Розділи</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Експортувати діаграму як PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Eurostat data file…</source>
        <translation>&amp;Імпортувати файл Євростату…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Звичайний розмір</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text)</source>
        <translation>Режим &amp;проєктора (великий текст)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
    <message>
        <source>&amp;Facilitator mode (show facilitator notes)</source>
        <translation>Режим &amp;ведучого (показувати примітки для ведучого)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;На весь екран</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Destination Europe</source>
        <translation>&amp;Про Destination Europe</translation>
    </message>
    <message>
        <source>Import a Eurostat data file</source>
        <translation>Імпортувати файл даних Євростату</translation>
    </message>
    <message>
        <source>Eurostat files (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Файли Євростату (*.tsv *.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Імпорт відхилено</translation>
    </message>
    <message>
        <source>The file was not imported, nothing was changed:</source>
        <translation>Файл не імпортовано, нічого не змінено:</translation>
    </message>
    <message>
        <source>{name}: {count} values, {first}–{last}</source>
        <translation>{name}: {count} значень, {first}–{last}</translation>
    </message>
    <message>
        <source>Imported from {dataset}: {what}</source>
        <translation>Імпортовано з {dataset}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n outside request(s) blocked</source>
        <translation>
            <numerusform>Офлайн: заблоковано %n зовнішній запит</numerusform>
            <numerusform>Офлайн: заблоковано %n зовнішні запити</numerusform>
            <numerusform>Офлайн: заблоковано %n зовнішніх запитів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New teacher profile</source>
        <translation>Новий профіль учителя</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Новий учень</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>Avatar colour {n}</source>
        <translation>Колір аватара {n}</translation>
    </message>
    <message>
        <source>Avatar colour:</source>
        <translation>Колір аватара:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN ще раз</translation>
    </message>
    <message>
        <source>&amp;PIN (at least {n} characters):</source>
        <translation>&amp;PIN (щонайменше {n} символів):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;ще раз:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Два PIN не збігаються.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note text</source>
        <translation>Текст нотатки</translation>
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
        <translation>PIN учителя</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Повідомлення про PIN</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Неправильний PIN. Спробуйте ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong tries: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Неправильний PIN. Забагато невдалих спроб: спробувати знову можна через %n секунду.</numerusform>
            <numerusform>Неправильний PIN. Забагато невдалих спроб: спробувати знову можна через %n секунди.</numerusform>
            <numerusform>Неправильний PIN. Забагато невдалих спроб: спробувати знову можна через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try your PIN again.</source>
        <translation>Можна ще раз ввести PIN.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSection</name>
    <message>
        <source>Not available yet</source>
        <translation>Ще недоступно</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>Game indicators after each round (0–100, start 50)</source>
        <translation>Показники гри після кожного раунду (0–100, початок 50)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>points</source>
        <translation>бали</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Показники гри</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Раунд {n}</translation>
    </message>
    <message>
        <source>What changed in round {n}</source>
        <translation>Що змінилося в раунді {n}</translation>
    </message>
    <message>
        <source>Change in round {n}</source>
        <translation>Зміна в раунді {n}</translation>
    </message>
    <message>
        <source>Protection standards</source>
        <translation>Стандарти захисту</translation>
    </message>
    <message>
        <source>Labour-market inclusion</source>
        <translation>Інтеграція на ринку праці</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Соціальна згуртованість</translation>
    </message>
    <message>
        <source>Public support</source>
        <translation>Підтримка суспільства</translation>
    </message>
    <message>
        <source>Administrative capacity</source>
        <translation>Адміністративна спроможність</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Публічні фінанси</translation>
    </message>
    <message>
        <source>EU level</source>
        <translation>Рівень ЄС</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>Національний рівень</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>Міський рівень</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Підготовка</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Вступ</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обговорення</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Наслідки</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Підсумкове обговорення</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Консенсус</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Голосування більшістю</translation>
    </message>
    <message>
        <source>The lead role decides</source>
        <translation>Вирішує провідна роль</translation>
    </message>
    <message>
        <source>A card passes with at least one yes and no no.</source>
        <translation>Картку ухвалено, якщо є принаймні одне «за» і жодного «проти».</translation>
    </message>
    <message>
        <source>A card passes with more yes than no votes.</source>
        <translation>Картку ухвалено, якщо голосів «за» більше, ніж «проти».</translation>
    </message>
    <message>
        <source>The round&apos;s lead role decides; the other votes are advice. EU round: the Commissioner; national round: the interior minister; city round: the mayor.</source>
        <translation>Вирішує провідна роль раунду; інші голоси дорадчі. Раунд ЄС: єврокомісар; національний раунд: міністр внутрішніх справ; міський раунд: мер.</translation>
    </message>
    <message>
        <source>Group: every seat is a person</source>
        <translation>Група: кожне місце — окрема людина</translation>
    </message>
    <message>
        <source>Solo: one role against scripted players</source>
        <translation>Соло: одна роль проти запрограмованих гравців</translation>
    </message>
    <message>
        <source>All seats: one person plays every role</source>
        <translation>Усі місця: одна людина грає всі ролі</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>За</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Проти</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Утримуюсь</translation>
    </message>
    <message>
        <source>did not pass the vote</source>
        <translation>не ухвалено під час голосування</translation>
    </message>
    <message>
        <source>not enough budget left</source>
        <translation>не вистачає бюджету</translation>
    </message>
    <message>
        <source>not enough political capital left</source>
        <translation>не вистачає політичного капіталу</translation>
    </message>
    <message>
        <source>ruled out by a card already adopted</source>
        <translation>виключено вже ухваленою карткою</translation>
    </message>
    <message>
        <source>the round was skipped</source>
        <translation>раунд пропущено</translation>
    </message>
    <message>
        <source>Backlog: administrative capacity is below 40, so cases pile up (protection −2, public support −1).</source>
        <translation>Накопичення справ: адміністративна спроможність нижча за 40, тож справи накопичуються (захист −2, підтримка суспільства −1).</translation>
    </message>
    <message>
        <source>Tension: social cohesion is below 40, so public support falls by 2.</source>
        <translation>Напруга: соціальна згуртованість нижча за 40, тож підтримка суспільства падає на 2.</translation>
    </message>
    <message>
        <source>Rests on EU law in force</source>
        <translation>Спирається на чинне право ЄС</translation>
    </message>
    <message>
        <source>A national or local choice within EU law</source>
        <translation>Національний чи місцевий вибір у межах права ЄС</translation>
    </message>
    <message>
        <source>Would need a new or changed law</source>
        <translation>Потрібен був би новий або змінений закон</translation>
    </message>
    <message>
        <source>seeking international protection</source>
        <translation>шукає міжнародного захисту</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>неповнолітній без супроводу</translation>
    </message>
    <message>
        <source>labour migrant</source>
        <translation>трудовий мігрант</translation>
    </message>
    <message>
        <source>family reunification</source>
        <translation>возз’єднання сім’ї</translation>
    </message>
    <message>
        <source>under temporary protection</source>
        <translation>під тимчасовим захистом</translation>
    </message>
    <message>
        <source>in irregular stay</source>
        <translation>у незаконному перебуванні</translation>
    </message>
    <message>
        <source>voice of the host society</source>
        <translation>голос приймаючого суспільства</translation>
    </message>
    <message>
        <source>policy maker</source>
        <translation>політик</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>зацікавлена сторона</translation>
    </message>
    <message>
        <source>That step is not possible at this point of the round.</source>
        <translation>Цей крок неможливий на цьому етапі раунду.</translation>
    </message>
    <message>
        <source>This card is already on the table.</source>
        <translation>Ця картка вже на столі.</translation>
    </message>
    <message>
        <source>A card already adopted rules this card out.</source>
        <translation>Уже ухвалена картка виключає цю картку.</translation>
    </message>
    <message>
        <source>This card is not on the table.</source>
        <translation>Цієї картки немає на столі.</translation>
    </message>
    <message>
        <source>This card does not belong to this round.</source>
        <translation>Ця картка не належить до цього раунду.</translation>
    </message>
    <message>
        <source>There is no such seat at the table.</source>
        <translation>За столом немає такого місця.</translation>
    </message>
    <message>
        <source>This seat is played by the computer.</source>
        <translation>Це місце грає комп’ютер.</translation>
    </message>
    <message>
        <source>The game is over.</source>
        <translation>Гру завершено.</translation>
    </message>
    <message>
        <source>There are more seats than roles.</source>
        <translation>Місць більше, ніж ролей.</translation>
    </message>
    <message>
        <source>Two seats have the same role.</source>
        <translation>Два місця мають однакову роль.</translation>
    </message>
    <message>
        <source>A solo game needs exactly one player.</source>
        <translation>Для соло-гри потрібен рівно один гравець.</translation>
    </message>
    <message>
        <source>This saved game was played with other game content and cannot be resumed.</source>
        <translation>Цю збережену гру зіграно з іншим вмістом гри, тому її не можна продовжити.</translation>
    </message>
    <message>
        <source>The saved game file is damaged.</source>
        <translation>Файл збереженої гри пошкоджено.</translation>
    </message>
    <message>
        <source>The saved game was written by another version of the app.</source>
        <translation>Збережену гру записала інша версія застосунку.</translation>
    </message>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Дію відхилено ({code}).</translation>
    </message>
</context>
<context>
    <name>PlayRound</name>
    <message>
        <source>Indicator charts</source>
        <translation>Діаграми показників</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Показники гри</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
</context>
<context>
    <name>PlaySection</name>
    <message>
        <source>Loading the role-play…</source>
        <translation>Завантажуємо рольову гру…</translation>
    </message>
    <message>
        <source>Play: the Destination Europe role-play</source>
        <translation>Гра: рольова гра Destination Europe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Гра</translation>
    </message>
    <message>
        <source>The game content has errors</source>
        <translation>Вміст гри містить помилки</translation>
    </message>
    <message>
        <source>Steps of the round</source>
        <translation>Кроки раунду</translation>
    </message>
    <message>
        <source>Facilitator &amp;panel</source>
        <translation>&amp;Панель ведучого</translation>
    </message>
    <message>
        <source>Show or hide the facilitator panel</source>
        <translation>Показати або сховати панель ведучого</translation>
    </message>
    <message>
        <source>Delete this saved game? This cannot be undone.</source>
        <translation>Видалити цю збережену гру? Це не можна скасувати.</translation>
    </message>
    <message>
        <source>A round can be skipped before its vote is closed.</source>
        <translation>Раунд можна пропустити, доки його голосування не закрито.</translation>
    </message>
    <message>
        <source>Skip this round? Nothing is adopted; the stories still move on.</source>
        <translation>Пропустити цей раунд? Нічого не ухвалюється; історії все одно продовжуються.</translation>
    </message>
    <message>
        <source>Destination Europe</source>
        <translation>Destination Europe</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Складена держава-член (дані ЄС27)</translation>
    </message>
    <message>
        <source>Debrief — {where}</source>
        <translation>Підсумкове обговорення — {where}</translation>
    </message>
    <message>
        <source>The game is over: secret priorities are revealed.</source>
        <translation>Гру завершено: таємні пріоритети розкрито.</translation>
    </message>
    <message>
        <source>Round {n} of {total} · {level}: {title}</source>
        <translation>Раунд {n} з {total} · {level}: {title}</translation>
    </message>
    <message>
        <source>Step: {phase}</source>
        <translation>Крок: {phase}</translation>
    </message>
    <message>
        <source>{where} · Budget: {b} · Political capital: {k}</source>
        <translation>{where} · Бюджет: {b} · Політичний капітал: {k}</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Залишилося часу: {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(призупинено)</translation>
    </message>
    <message>
        <source>Round timer: {time}</source>
        <translation>Таймер раунду: {time}</translation>
    </message>
</context>
<context>
    <name>PlaySummary</name>
    <message>
        <source>composite Member State (EU27 figures)</source>
        <translation>складена держава-член (дані ЄС27)</translation>
    </message>
    <message>
        <source>Destination Europe — session summary</source>
        <translation>Destination Europe — підсумок сесії</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Ваша країна</translation>
    </message>
    <message>
        <source>Composite (EU27)</source>
        <translation>Складена (ЄС27)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or more</source>
        <translation>{indicator} завершується на {value} або більше</translation>
    </message>
    <message>
        <source>{indicator} ends at {value} or less</source>
        <translation>{indicator} завершується на {value} або менше</translation>
    </message>
    <message>
        <source>{indicator} gains at least {value}</source>
        <translation>{indicator} зростає щонайменше на {value}</translation>
    </message>
    <message>
        <source>at least {count} adopted of: {cards}</source>
        <translation>ухвалено щонайменше {count} з: {cards}</translation>
    </message>
    <message>
        <source>none adopted of: {cards}</source>
        <translation>не ухвалено жодної з: {cards}</translation>
    </message>
    <message>
        <source>Game indicators</source>
        <translation>Показники гри</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>EU27</source>
        <translation>ЄС27</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Найвище</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Найнижче</translation>
    </message>
    <message>
        <source>Year, dataset</source>
        <translation>Рік, набір даних</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Місця:</translation>
    </message>
    <message>
        <source>The game is not finished yet: rounds played so far.</source>
        <translation>Гру ще не завершено: зіграні досі раунди.</translation>
    </message>
    <message>
        <source>Game indicators after each round</source>
        <translation>Показники гри після кожного раунду</translation>
    </message>
    <message>
        <source>Secret priorities revealed</source>
        <translation>Таємні пріоритети розкрито</translation>
    </message>
    <message>
        <source>The score is only a talking point: what matters is why each role wanted what it wanted.</source>
        <translation>Бали — лише привід для розмови: важливо, чому кожна роль хотіла того, чого хотіла.</translation>
    </message>
    <message>
        <source>News flash:</source>
        <translation>Термінова новина:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>What real countries did</source>
        <translation>Що робили реальні країни</translation>
    </message>
    <message>
        <source>Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.</source>
        <translation>Реальні цифри зі статистики, що постачається із застосунком (останній рік із даними ЄС); порівняйте їх із виборами вашої групи.</translation>
    </message>
    <message>
        <source>All terms of the game</source>
        <translation>Усі терміни гри</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>На завершення</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Нотатки ведучого</translation>
    </message>
    <message>
        <source>The round was skipped.</source>
        <translation>Раунд пропущено.</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Ухвалено</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Не ухвалено</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоси</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Історії</translation>
    </message>
    <message>
        <source>Questions for the debrief</source>
        <translation>Запитання для підсумкового обговорення</translation>
    </message>
    <message>
        <source>Terms that came up:</source>
        <translation>Терміни, що прозвучали:</translation>
    </message>
    <message>
        <source>Lessons that explain the choices:</source>
        <translation>Уроки, що пояснюють вибори:</translation>
    </message>
    <message>
        <source>Played: {date}</source>
        <translation>Зіграно: {date}</translation>
    </message>
    <message>
        <source>Country: {where}</source>
        <translation>Країна: {where}</translation>
    </message>
    <message>
        <source>Decision rule: {rule}</source>
        <translation>Правило ухвалення рішень: {rule}</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Режим: {mode}</translation>
    </message>
    <message>
        <source>Round {n}: {title}</source>
        <translation>Раунд {n}: {title}</translation>
    </message>
    <message>
        <source>Chair: {who}</source>
        <translation>Головує: {who}</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>{points} of {max} points</source>
        <translation>{points} з {max} балів</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Чому:</translation>
    </message>
    <message>
        <source>Lessons that explain it:</source>
        <translation>Уроки, що це пояснюють:</translation>
    </message>
    <message>
        <source>cost {b} budget, {k} capital</source>
        <translation>коштує {b} бюджету, {k} капіталу</translation>
    </message>
</context>
<context>
    <name>PlayWidgets</name>
    <message>
        <source>Cost: {budget} budget, {capital} political capital</source>
        <extracomment>base point size of running text on the play screens (times the app zoom)</extracomment>
        <translation>Вартість: {budget} бюджету, {capital} політичного капіталу</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message>
        <source>Legal basis: {text}</source>
        <translation>Правова основа: {text}</translation>
    </message>
    <message>
        <source>Effects: {list}</source>
        <translation>Наслідки: {list}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Розмір тексту у відсотках</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Розмір тексту:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when the app restarts.</source>
        <translation>Нова мова інтерфейсу діятиме після перезапуску застосунку.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Потрібен перезапуск</translation>
    </message>
    <message>
        <source>The new interface language is saved. It takes effect when the app starts again.</source>
        <translation>Нову мову інтерфейсу збережено. Вона діятиме після наступного запуску застосунку.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустити зараз</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch learner</source>
        <translation>Змінити учня</translation>
    </message>
    <message>
        <source>Who is using Destination Europe now?</source>
        <translation>Хто зараз користується Destination Europe?</translation>
    </message>
    <message>
        <source>Learner profiles</source>
        <translation>Профілі учнів</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Перемкнути</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Перемкнутися на цей профіль</translation>
    </message>
    <message>
        <source>{name} (teacher, PIN)</source>
        <translation>{name} (учитель, PIN)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>General note</source>
        <translation>Загальна нотатка</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>перша спроба</translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation>найкраща спроба</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>остання спроба</translation>
    </message>
    <message>
        <source>Archived lessons</source>
        <translation>Архівні уроки</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архіві)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Нотаток ще немає.</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Мої нотатки</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Востаннє змінено</translation>
    </message>
    <message>
        <source>Each question counts once per learner, by the</source>
        <translation>Кожне запитання зараховується один раз для учня, за</translation>
    </message>
    <message>
        <source>Learners and modules</source>
        <translation>Учні та модулі</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Завершені уроки</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Запитання з відповіддю</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Запитання, найскладніші спершу</translation>
    </message>
    <message>
        <source>Nobody has answered a question yet.</source>
        <translation>Ще ніхто не відповів на жодне запитання.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Учні</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Правильно</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Спроби на учня</translation>
    </message>
</context>
<context>
    <name>ProgressNotices</name>
    <message>
        <source>No sound backup was found, so progress starts again from empty.</source>
        <translation>Не знайдено жодної цілої резервної копії, тому поступ починається з нуля.</translation>
    </message>
    <message>
        <source>The progress database was damaged or could not be read. It was set aside as {file} (it is not deleted).</source>
        <translation>База даних поступу була пошкоджена або не читалася. Її відкладено як {file} (її не видалено).</translation>
    </message>
    <message>
        <source>Your progress was restored from the backup {file}. What was done after that backup was taken may be missing.</source>
        <translation>Ваш поступ відновлено з резервної копії {file}. Те, що було зроблено після цієї копії, може бути відсутнім.</translation>
    </message>
    <message>
        <source>The progress database was upgraded for this version of the app ({step}).</source>
        <translation>Базу даних поступу оновлено для цієї версії застосунку ({step}).</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>Не вдалося записати автоматичну резервну копію: {error}</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>під час запуску застосунку</translation>
    </message>
    <message>
        <source>automatic, during use</source>
        <translation>автоматична, під час роботи</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>створена вручну</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед оновленням</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед відновленням</translation>
    </message>
</context>
<context>
    <name>ProgressProfiles</name>
    <message>
        <source>Please type a name.</source>
        <translation>Введіть ім’я.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Ім’я задовге (щонайбільше 80 символів).</translation>
    </message>
    <message>
        <source>Please choose a colour.</source>
        <translation>Виберіть колір.</translation>
    </message>
    <message>
        <source>The PIN must have between {lo} and {hi} characters.</source>
        <translation>PIN має містити від {lo} до {hi} символів.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Цього профілю більше не існує.</translation>
    </message>
    <message>
        <source>This is not a teacher profile.</source>
        <translation>Це не профіль учителя.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <source>My progress</source>
        <translation>Мій поступ</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the progress database could not be opened ({error}).</source>
        <translation>Неможливо показати ваш поступ: не вдалося відкрити базу даних поступу ({error}).</translation>
    </message>
    <message>
        <source>My progress and teacher view</source>
        <translation>Мій поступ і подання вчителя</translation>
    </message>
    <message>
        <source>My &amp;dashboard</source>
        <translation>Мій &amp;огляд</translation>
    </message>
    <message>
        <source>&amp;Teacher view</source>
        <translation>Подання &amp;вчителя</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <source>Learner</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>S&amp;witch learner…</source>
        <translation>&amp;Змінити учня…</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Новий учень…</translation>
    </message>
    <message>
        <source>New &amp;teacher profile…</source>
        <translation>Новий профіль &amp;учителя…</translation>
    </message>
    <message>
        <source>Create a &amp;class from a list of names…</source>
        <translation>Створити &amp;клас зі списку імен…</translation>
    </message>
    <message>
        <source>Export my progress &amp;passport…</source>
        <translation>Експортувати мій &amp;паспорт поступу…</translation>
    </message>
    <message>
        <source>&amp;Import a progress passport…</source>
        <translation>&amp;Імпортувати паспорт поступу…</translation>
    </message>
    <message>
        <source>Class pac&amp;kets</source>
        <translation>Пакети для &amp;класу</translation>
    </message>
    <message>
        <source>Export an &amp;assignment… (teacher)</source>
        <translation>Експортувати &amp;завдання… (учитель)</translation>
    </message>
    <message>
        <source>I&amp;mport an assignment…</source>
        <translation>І&amp;мпортувати завдання…</translation>
    </message>
    <message>
        <source>Export my &amp;results…</source>
        <translation>Експортувати мої &amp;результати…</translation>
    </message>
    <message>
        <source>Import &amp;results… (teacher)</source>
        <translation>Імпортувати р&amp;езультати… (учитель)</translation>
    </message>
    <message>
        <source>Export class report as CS&amp;V… (teacher)</source>
        <translation>Експортувати звіт класу як CS&amp;V… (учитель)</translation>
    </message>
    <message>
        <source>Export class report as P&amp;DF… (teacher)</source>
        <translation>Експортувати звіт класу як P&amp;DF… (учитель)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Перевірити базу даних</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Надіслати &amp;відгук…</translation>
    </message>
    <message>
        <source>Your progress cannot be saved: the progress database could not be opened. {error}</source>
        <translation>Неможливо зберегти ваш поступ: не вдалося відкрити базу даних поступу. {error}</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ваш поступ</translation>
    </message>
    <message>
        <source>Class created</source>
        <translation>Клас створено</translation>
    </message>
    <message numerus="yes">
        <source>%n learner profile(s) ready: </source>
        <translation>
            <numerusform>%n профіль учня готовий: </numerusform>
            <numerusform>%n профілі учнів готові: </numerusform>
            <numerusform>%n профілів учнів готово: </numerusform>
        </translation>
    </message>
    <message>
        <source>Current learner: {name}. Switch learner</source>
        <translation>Поточний учень: {name}. Змінити учня</translation>
    </message>
    <message>
        <source>Switch learner (Ctrl+Shift+L)</source>
        <translation>Змінити учня (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Export the results of every learner on this PC…</source>
        <translation>Експортувати результати всіх учнів на цьому комп’ютері…</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Файл відхилено</translation>
    </message>
    <message>
        <source>This file was refused and nothing was changed:
{reason}</source>
        <translation>Цей файл відхилено, нічого не змінено:
{reason}</translation>
    </message>
    <message>
        <source>{file}: {new} new of {total} records, {learners} new learner(s)</source>
        <translation>{file}: {new} нових із {total} записів, нових учнів: {learners}</translation>
    </message>
    <message>
        <source>, a new assignment</source>
        <translation>, нове завдання</translation>
    </message>
    <message>
        <source>Export my progress passport</source>
        <translation>Експортувати мій паспорт поступу</translation>
    </message>
    <message>
        <source>Passport saved</source>
        <translation>Паспорт збережено</translation>
    </message>
    <message>
        <source>Your progress is in {file}. On the other PC, choose File ▸ Import a progress passport… to continue there.</source>
        <translation>Ваш поступ у файлі {file}. На іншому комп’ютері виберіть Файл ▸ Імпортувати паспорт поступу…, щоб продовжити там.</translation>
    </message>
    <message>
        <source>Import a progress passport</source>
        <translation>Імпортувати паспорт поступу</translation>
    </message>
    <message>
        <source>Welcome back, {name}: your progress is here.</source>
        <translation>З поверненням, {name}: ваш поступ тут.</translation>
    </message>
    <message>
        <source>The passport was merged.</source>
        <translation>Паспорт об’єднано.</translation>
    </message>
    <message>
        <source>Passport imported</source>
        <translation>Паспорт імпортовано</translation>
    </message>
    <message>
        <source>Export an assignment packet</source>
        <translation>Експортувати пакет завдання</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Завдання збережено</translation>
    </message>
    <message>
        <source>{file}: copy it to a USB stick; on each learner PC choose File ▸ Class packets ▸ Import an assignment…</source>
        <translation>{file}: скопіюйте його на USB-накопичувач; на кожному комп’ютері учня виберіть Файл ▸ Пакети для класу ▸ Імпортувати завдання…</translation>
    </message>
    <message>
        <source>Refused (nothing changed from these files):</source>
        <translation>Відхилено (із цих файлів нічого не змінено):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Імпортувати завдання</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Експортувати результати</translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation>Результати збережено</translation>
    </message>
    <message>
        <source>{file}: give it to your teacher (for example on a USB stick).</source>
        <translation>{file}: передайте його вчителеві (наприклад, на USB-накопичувачі).</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Імпортувати результати</translation>
    </message>
    <message>
        <source>The progress database is sound (SQLite integrity check: ok).</source>
        <translation>База даних поступу ціла (перевірка цілісності SQLite: ok).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are kept in {folder}.</source>
        <translation>
            <numerusform>%n резервна копія зберігається в {folder}.</numerusform>
            <numerusform>%n резервні копії зберігаються в {folder}.</numerusform>
            <numerusform>%n резервних копій зберігається в {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Перевірити базу даних</translation>
    </message>
    <message>
        <source>The integrity check found problems:</source>
        <translation>Перевірка цілісності знайшла проблеми:</translation>
    </message>
    <message>
        <source>Use Help ▸ Restore from a backup… to go back to a sound copy.</source>
        <translation>Скористайтеся Довідка ▸ Відновити з резервної копії…, щоб повернутися до цілої копії.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Дякуємо: ваш відгук збережено.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore progress from a backup</source>
        <translation>Відновити поступ із резервної копії</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The progress as it is now is backed up first, so a restore can be undone.</source>
        <translation>Виберіть резервну копію, до якої повернутися. Поточний поступ спершу зберігається, тож відновлення можна скасувати.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервні копії, найновіші спершу</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Резервних копій ще немає.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Вибрати &amp;інший файл…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Вибрати інший файл резервної копії</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Вибрати резервну копію</translation>
    </message>
    <message>
        <source>Progress databases (*.sqlite3);;All files (*)</source>
        <translation>Бази даних поступу (*.sqlite3);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>European Union (27)</source>
        <translation>Європейський Союз (27)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Учень</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>New game</source>
        <translation>Нова гра</translation>
    </message>
    <message>
        <source>Three rounds (EU, national, city). Each player takes a role with public interests and a secret priority; together you adopt policy cards, then see what your choices mean for six people and for the host society.</source>
        <translation>Три раунди (ЄС, національний, міський). Кожен гравець отримує роль із публічними інтересами та таємним пріоритетом; разом ви ухвалюєте картки політик, а потім бачите, що ваші вибори означають для шести людей і для приймаючого суспільства.</translation>
    </message>
    <message>
        <source>Mode of play</source>
        <translation>Режим гри</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <source>Number of players</source>
        <translation>Кількість гравців</translation>
    </message>
    <message>
        <source>&amp;Players:</source>
        <translation>&amp;Гравці:</translation>
    </message>
    <message>
        <source>Seats at the table</source>
        <translation>Місця за столом</translation>
    </message>
    <message>
        <source>S&amp;eats at the table:</source>
        <translation>М&amp;ісця за столом:</translation>
    </message>
    <message>
        <source>Country the group plays</source>
        <translation>Країна, за яку грає група</translation>
    </message>
    <message>
        <source>Composite Member State (EU27 figures)</source>
        <translation>Складена держава-член (дані ЄС27)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Правило ухвалення рішень</translation>
    </message>
    <message>
        <source>&amp;Decision rule:</source>
        <translation>&amp;Правило ухвалення рішень:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Хвилин на раунд</translation>
    </message>
    <message>
        <source>Minutes per &amp;round:</source>
        <translation>Хвилин на &amp;раунд:</translation>
    </message>
    <message>
        <source>Players and roles</source>
        <translation>Гравці та ролі</translation>
    </message>
    <message>
        <source>Player {n}</source>
        <translation>Гравець {n}</translation>
    </message>
    <message>
        <source>Name of player {n}</source>
        <translation>Ім’я гравця {n}</translation>
    </message>
    <message>
        <source>Role of player {n}</source>
        <translation>Роль гравця {n}</translation>
    </message>
    <message>
        <source>Deal a role</source>
        <translation>Роздати роль</translation>
    </message>
    <message>
        <source>Set-up problem</source>
        <translation>Проблема з підготовкою</translation>
    </message>
    <message>
        <source>&amp;Start the game</source>
        <translation>&amp;Почати гру</translation>
    </message>
    <message>
        <source>Resume a game</source>
        <translation>Продовжити гру</translation>
    </message>
    <message>
        <source>Every step is saved as you play. Pick a game to go on where it stopped; finished games open at their debrief.</source>
        <translation>Кожен крок зберігається під час гри. Виберіть гру, щоб продовжити з місця зупинки; завершені ігри відкриваються на підсумковому обговоренні.</translation>
    </message>
    <message>
        <source>Saved games</source>
        <translation>Збережені ігри</translation>
    </message>
    <message>
        <source>Res&amp;ume game</source>
        <translation>&amp;Продовжити гру</translation>
    </message>
    <message>
        <source>De&amp;lete saved game</source>
        <translation>В&amp;идалити збережену гру</translation>
    </message>
    <message>
        <source>You play one role; the computer plays the other seats and argues for what their roles want.</source>
        <translation>Ви граєте одну роль; комп’ютер грає інші місця й обстоює те, чого хочуть їхні ролі.</translation>
    </message>
    <message>
        <source>You play every seat in turn, as a policy maker who hears every side.</source>
        <translation>Ви по черзі граєте кожне місце як політик, що вислуховує всі сторони.</translation>
    </message>
    <message>
        <source>The game works best with 4 to 6 players, each with a role.</source>
        <translation>Гра найкраще працює з 4–6 гравцями, кожен зі своєю роллю.</translation>
    </message>
    <message>
        <source>Leave a role on &apos;Deal a role&apos; to have it dealt: the three round leads (Commissioner, interior minister, mayor) are dealt first.</source>
        <translation>Залиште роль на «Роздати роль», щоб її роздали: першими роздаються три провідні ролі раундів (єврокомісар, міністр внутрішніх справ, мер).</translation>
    </message>
    <message>
        <source>Two players have the same role: choose another one.</source>
        <translation>Два гравці мають однакову роль: виберіть іншу.</translation>
    </message>
    <message>
        <source>composite Member State</source>
        <translation>складена держава-член</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>round {n}, {phase}</source>
        <translation>раунд {n}, {phase}</translation>
    </message>
    <message>
        <source>{when} — {where} — {players} — {status}</source>
        <translation>{when} — {where} — {players} — {status}</translation>
    </message>
    <message>
        <source>No saved games yet.</source>
        <translation>Збережених ігор ще немає.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Go to a section (Home, Learn, Play, Glossary, Countries, My progress)</source>
        <translation>Перейти до розділу (Головна, Навчання, Гра, Глосарій, Країни, Мій поступ)</translation>
    </message>
    <message>
        <source>Make text larger or smaller</source>
        <translation>Збільшити чи зменшити текст</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Текст звичайного розміру</translation>
    </message>
    <message>
        <source>Projector mode: large text</source>
        <translation>Режим проєктора: великий текст</translation>
    </message>
    <message>
        <source>Facilitator mode: show facilitator notes</source>
        <translation>Режим ведучого: показувати примітки для ведучого</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>На весь екран</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Зберегти поточну діаграму як PNG</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Переходити між елементами керування</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Цей список</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
</context>
<context>
    <name>TeacherTab</name>
    <message>
        <source>Enter your PIN to open the teacher view.</source>
        <translation>Введіть свій PIN, щоб відкрити подання вчителя.</translation>
    </message>
    <message>
        <source>&amp;Open the teacher view</source>
        <translation>&amp;Відкрити подання вчителя</translation>
    </message>
    <message>
        <source>Open the teacher view</source>
        <translation>Відкрити подання вчителя</translation>
    </message>
    <message>
        <source>Count for each &amp;question:</source>
        <translation>Для кожного &amp;запитання зараховується:</translation>
    </message>
    <message>
        <source>Which attempt counts</source>
        <translation>Яка спроба зараховується</translation>
    </message>
    <message>
        <source>the first attempt</source>
        <translation>перша спроба</translation>
    </message>
    <message>
        <source>the best attempt (right at least once)</source>
        <translation>найкраща спроба (правильно хоча б раз)</translation>
    </message>
    <message>
        <source>the last attempt</source>
        <translation>остання спроба</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Експорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the class report as CSV</source>
        <translation>Експортувати звіт класу як CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Експорт &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the class report as PDF</source>
        <translation>Експортувати звіт класу як PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Оновити звіти</translation>
    </message>
    <message>
        <source>Each cell: lessons completed / lessons in the module · share of the questions answered that count as right. Point at a cell for details; double-click a learner for the report.</source>
        <translation>Кожна клітинка: завершені уроки / уроки модуля · частка відповідей, що зараховуються як правильні. Наведіть на клітинку, щоб побачити подробиці; двічі клацніть учня, щоб відкрити звіт.</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Огляд класу</translation>
    </message>
    <message>
        <source>Class &amp;overview</source>
        <translation>Огляд &amp;класу</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Учень:</translation>
    </message>
    <message>
        <source>Learner of the report</source>
        <translation>Учень у звіті</translation>
    </message>
    <message>
        <source>Show lessons &amp;not started</source>
        <translation>Показати &amp;нерозпочаті уроки</translation>
    </message>
    <message>
        <source>Show lessons not started</source>
        <translation>Показати нерозпочаті уроки</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Sections reached</source>
        <translation>Досягнуті розділи</translation>
    </message>
    <message>
        <source>Questions right</source>
        <translation>Правильні запитання</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <source>Learner report</source>
        <translation>Звіт про учня</translation>
    </message>
    <message>
        <source>Per &amp;learner</source>
        <translation>За &amp;учнями</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Учні</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Правильно</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% правильно</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Спроби на учня</translation>
    </message>
    <message>
        <source>Questions, most difficult first</source>
        <translation>Запитання, найскладніші спершу</translation>
    </message>
    <message>
        <source>Difficult &amp;questions</source>
        <translation>Складні &amp;запитання</translation>
    </message>
    <message>
        <source>{name}, enter your PIN to open the teacher view.</source>
        <translation>{name}, введіть свій PIN, щоб відкрити подання вчителя.</translation>
    </message>
    <message>
        <source>The teacher view is for teacher profiles. Switch to your teacher profile with File ▸ Switch learner…, or create one with File ▸ New teacher profile…</source>
        <translation>Подання вчителя призначене для профілів учителів. Перейдіть до свого профілю вчителя через Файл ▸ Змінити учня… або створіть його через Файл ▸ Новий профіль учителя…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) on this PC</source>
        <translation>
            <numerusform>%n учень на цьому комп’ютері</numerusform>
            <numerusform>%n учні на цьому комп’ютері</numerusform>
            <numerusform>%n учнів на цьому комп’ютері</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by somebody</source>
        <translation>
            <numerusform>%n запитання, на яке хтось відповів</numerusform>
            <numerusform>%n запитання, на які хтось відповів</numerusform>
            <numerusform>%n запитань, на які хтось відповів</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Учень</translation>
    </message>
    <message>
        <source>{started} started, {done} completed; {right} of {answered} questions right; {minutes} min; last activity {last}</source>
        <translation>Розпочато {started}, завершено {done}; {right} з {answered} запитань правильно; {minutes} хв; остання активність {last}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не розпочато</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архіві)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Звіт класу</translation>
    </message>
    <message>
        <source>class-report</source>
        <translation>zvit-klasu</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>Експортувати звіт класу</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {a} and {b}.</source>
        <translation>Збережено {a} і {b}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {a}.</source>
        <translation>Збережено {a}.</translation>
    </message>
</context>
<context>
    <name>VoteSelector</name>
    <message>
        <source> — decides</source>
        <translation> — вирішує</translation>
    </message>
    <message>
        <source>{seat}: {choice} on {card}</source>
        <translation>{seat}: {choice} щодо {card}</translation>
    </message>
</context>
</TS>
