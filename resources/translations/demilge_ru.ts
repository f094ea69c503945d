<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Вы вошли как %1 (%2).</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Резервная копия сделана и проверена: %1</translation>
    </message>
    <message>
        <source>Folder or USB stick for the backup</source>
        <translation>Папка или флешка для резервной копии</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3);;All files (*)</source>
        <translation>Базы данных (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1? The current file is kept aside in the backups folder.</source>
        <translation>Заменить текущие данные резервной копией %1? Текущий файл будет сохранён в папке резервных копий.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Моя учётная запись</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать &amp;копию сейчас</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder or USB stick…</source>
        <translation>Копия в &amp;папку или на флешку…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Payment schedule: tranches of the grant</source>
        <translation>График выплат: транши гранта</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Проведённые выплаты</translation>
    </message>
    <message>
        <source>Add &amp;tranche…</source>
        <translation>Добавить &amp;транш…</translation>
    </message>
    <message>
        <source>Edit tranche…</source>
        <translation>Изменить транш…</translation>
    </message>
    <message>
        <source>Remove tranche</source>
        <translation>Удалить транш</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Записать &amp;выплату…</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Удалить выплату</translation>
    </message>
    <message>
        <source>Print the &amp;agreement</source>
        <translation>Печать &amp;соглашения</translation>
    </message>
    <message>
        <source>Grant %1 som; in the schedule %2 som; paid %3 som.</source>
        <translation>Грант %1 сом; по графику %2 сом; выплачено %3 сом.</translation>
    </message>
    <message>
        <source>(on signing, no report)</source>
        <translation>(при подписании, без отчёта)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Сумма, сом:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <source>Paid after the &amp;report:</source>
        <translation>Выплачивается после &amp;отчёта:</translation>
    </message>
    <message>
        <source>New tranche</source>
        <translation>Новый транш</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Транш</translation>
    </message>
    <message>
        <source>Remove tranche %1?</source>
        <translation>Удалить транш %1?</translation>
    </message>
    <message>
        <source>Add the tranches of the schedule first.</source>
        <translation>Сначала добавьте транши графика.</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>Новая выплата</translation>
    </message>
    <message>
        <source>&amp;Tranche:</source>
        <translation>&amp;Транш:</translation>
    </message>
    <message>
        <source>%1: %2 som, left %3</source>
        <translation>%1: %2 сом, осталось %3</translation>
    </message>
    <message>
        <source>Payment &amp;order No.:</source>
        <translation>№ платёжного &amp;поручения:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Remove the selected payment?</source>
        <translation>Удалить выбранную выплату?</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>This applicant is already registered. Press Down and Enter to take the existing record instead of creating a second one.</source>
        <translation>Этот заявитель уже зарегистрирован. Нажмите «вниз» и Enter, чтобы выбрать его, а не создавать второго.</translation>
    </message>
    <message>
        <source>Similar applicants are already registered (Down, then Enter to take one):</source>
        <translation>Похожие заявители уже есть (выбрать: «вниз», затем Enter):</translation>
    </message>
    <message>
        <source>Existing applicant: %1. Change the name to enter a new applicant instead.</source>
        <translation>Выбран заявитель: %1. Чтобы ввести нового, измените имя.</translation>
    </message>
    <message>
        <source>%1  (%2 KB, %3)</source>
        <translation>%1  (%2 КБ, %3)</translation>
    </message>
    <message>
        <source>Choose a competition that accepts applications.</source>
        <translation>Выберите конкурс, который принимает заявки.</translation>
    </message>
    <message>
        <source>Attach a scan or document</source>
        <translation>Приложить скан или документ</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Регистрация заявки</translation>
    </message>
    <message>
        <source>The registration number is given when the application is saved.</source>
        <translation>Регистрационный номер присваивается при сохранении заявки.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Заявка %1</translation>
    </message>
    <message>
        <source>No. %1 · status: %2</source>
        <translation>№ %1 · статус: %2</translation>
    </message>
    <message>
        <source>Co&amp;mpetition:</source>
        <translation>&amp;Конкурс:</translation>
    </message>
    <message>
        <source>&amp;Kind of applicant:</source>
        <translation>&amp;Вид заявителя:</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name:</source>
        <translation>&amp;Имя или название заявителя:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Село:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;Документ, удостоверяющий личность:</translation>
    </message>
    <message>
        <source>Group &amp;leader:</source>
        <translation>&amp;Руководитель группы:</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Число &amp;участников группы:</translation>
    </message>
    <message>
        <source>Legal &amp;form:</source>
        <translation>Организационно-правовая &amp;форма:</translation>
    </message>
    <message>
        <source>Registration n&amp;o.:</source>
        <translation>Регистрационный &amp;номер:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Дата &amp;поступления:</translation>
    </message>
    <message>
        <source>Lat&amp;e:</source>
        <translation>&amp;Опоздание:</translation>
    </message>
    <message>
        <source>&amp;Title of the project:</source>
        <translation>Н&amp;азвание проекта:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Target gro&amp;ups:</source>
        <translation>Целевые &amp;группы:</translation>
    </message>
    <message>
        <source>Village of the pro&amp;ject:</source>
        <translation>&amp;Место реализации (село):</translation>
    </message>
    <message>
        <source>Re&amp;quested amount, som:</source>
        <translation>&amp;Запрашиваемая сумма, сом:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>after the deadline; reason:</source>
        <translation>после срока; причина:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>e.g. 12 000</source>
        <translation>например, 12 000</translation>
    </message>
    <message>
        <source>the applicant&apos;s village if empty</source>
        <translation>если пусто — село заявителя</translation>
    </message>
    <message>
        <source>&amp;1 Application</source>
        <translation>&amp;1 Заявка</translation>
    </message>
    <message>
        <source>&amp;2 Co-financing and events</source>
        <translation>&amp;2 Софинансирование и мероприятия</translation>
    </message>
    <message>
        <source>&amp;3 Participants</source>
        <translation>&amp;3 Участники</translation>
    </message>
    <message>
        <source>&amp;4 Attachments</source>
        <translation>&amp;4 Приложения</translation>
    </message>
    <message>
        <source>Co-&amp;financing by source (the applicant&apos;s and partners&apos; share):</source>
        <translation>&amp;Софинансирование по источникам (доля заявителя и партнёров):</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Натурой</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <source>How it was valued</source>
        <translation>Как оценено</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>&amp;Добавить источник</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <source>Planned &amp;events:</source>
        <translation>Планируемые &amp;мероприятия:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Сколько раз</translation>
    </message>
    <message>
        <source>Add e&amp;vent</source>
        <translation>Добавить мероп&amp;риятие</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Expected participants by category. A part (e.g. girls) cannot be more than its whole (children); leave a field empty if not known.</source>
        <translation>Ожидаемые участники по категориям. Часть (например, девочки) не может быть больше целого (дети); если неизвестно, оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Scans and documents are copied into the program&apos;s data folder (at most 20 MB each) and open in the system&apos;s viewer.</source>
        <translation>Сканы и документы копируются в папку данных программы (не больше 20 МБ каждый) и открываются в системной программе просмотра.</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Приложить файл…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Consortium partner</source>
        <translation>Партнёр консорциума</translation>
    </message>
    <message>
        <source>— a new applicant (fill in below) —</source>
        <translation>— новый заявитель (заполните ниже) —</translation>
    </message>
    <message>
        <source>&amp;Existing applicant:</source>
        <translation>&amp;Выбрать из имеющихся:</translation>
    </message>
    <message>
        <source>&amp;Kind of new applicant:</source>
        <translation>Вид &amp;нового заявителя:</translation>
    </message>
    <message>
        <source>&amp;Name of new applicant:</source>
        <translation>Назв&amp;ание нового заявителя:</translation>
    </message>
    <message>
        <source>Group &amp;leader (for a group):</source>
        <translation>&amp;Руководитель группы (для группы):</translation>
    </message>
    <message>
        <source>Lo&amp;t (direction):</source>
        <translation>Направ&amp;ление (лот):</translation>
    </message>
    <message>
        <source>Consortium partners</source>
        <translation>Партнёры консорциума</translation>
    </message>
    <message>
        <source>When organisations apply together, the applicant above is the lead; add each partner as an applicant of its own (existing or new).</source>
        <translation>Когда организации подают заявку вместе, заявитель выше — ведущий участник; добавьте каждого партнёра как отдельного заявителя (имеющегося или нового).</translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation>До&amp;бавить партнёра…</translation>
    </message>
    <message>
        <source>Remove the partner</source>
        <translation>Убрать партнёра</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Enter amounts as numbers, e.g. 10 000.</source>
        <translation>Введите суммы числами, например 10 000.</translation>
    </message>
    <message>
        <source>All competitions</source>
        <translation>Все конкурсы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any village</source>
        <translation>Любое село</translation>
    </message>
    <message>
        <source>Shown: %1 applications · requested in all: %2 som (withdrawn not counted)</source>
        <translation>Показано заявок: %1 · всего запрошено: %2 сом (без отозванных)</translation>
    </message>
    <message>
        <source>Withdraw application %1</source>
        <translation>Отзыв заявки %1</translation>
    </message>
    <message>
        <source>Why is the application withdrawn?</source>
        <translation>Почему заявка отозвана?</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Конкурс:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>С&amp;ело:</translation>
    </message>
    <message>
        <source>Shown: %1 applications · press “Count all” to add up what they request</source>
        <translation>Показано заявок: %1 · чтобы сложить запрошенные суммы, нажмите «Сосчитать все»</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Заявитель: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;Документ личности:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Руководитель:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Число участников:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Организационно-правовая форма:</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Регистрационный номер:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>С&amp;умма, сом:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Register application…</source>
        <translation>&amp;Зарегистрировать заявку…</translation>
    </message>
    <message>
        <source>Register a received application (Ctrl+N)</source>
        <translation>Зарегистрировать поступившую заявку (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Check &amp;eligibility…</source>
        <translation>Проверить &amp;соответствие…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Отоз&amp;вать…</translation>
    </message>
    <message>
        <source>Edit &amp;applicant…</source>
        <translation>Изменить &amp;заявителя…</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>Пе&amp;чать реестра…</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Competitions</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Grant commission</source>
        <translation>Грантовая комиссия</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Development program</source>
        <translation>Программа развития</translation>
    </message>
    <message>
        <source>Figures to check</source>
        <translation>Цифры для проверки</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Реестры</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>Signed agreement</source>
        <translation>Подписанное соглашение</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Signed act</source>
        <translation>Подписанный акт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Scans of the signed agreement and act, the executor&apos;s reports, photos of the visits. The files are kept in the data folder and travel to other offices with the sync packages.</source>
        <translation>Сканы подписанных соглашения и акта, отчёты исполнителя, фото мониторинга. Файлы хранятся в папке данных и передаются в другие офисы с пакетами синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Прикрепить файл…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>(the project as a whole)</source>
        <translation>(к проекту в целом)</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>Визит %1</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Что подтверждает:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Remove the file «%1» from the project?</source>
        <translation>Убрать файл «%1» из проекта?</translation>
    </message>
</context>
<context>
    <name>AwardMode</name>
    <message>
        <source>Grants (the amount asked, within the lot&apos;s allocation)</source>
        <translation>Гранты (запрошенная сумма, в пределах средств направления)</translation>
    </message>
    <message>
        <source>Prizes (a fixed amount by nomination and place)</source>
        <translation>Премии (сумма, установленная по номинации и месту)</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>При запуске</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Сделана вручную</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Перед обновлением программы</translation>
    </message>
    <message>
        <source>Before importing a package</source>
        <translation>Перед импортом пакета</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Заменена при восстановлении</translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <source>%1, %2: expenditure %3 som; reserve fund %4 som of at most %5 som (1 % of %6 som, expenditure without the reserve fund and paid services); decided %7 som.</source>
        <translation>%1, %2: расходы %3 сом; резервный фонд %4 сом при пределе %5 сом (1 % от %6 сом — расходов без резервного фонда и платных услуг); по решениям %7 сом.</translation>
    </message>
    <message>
        <source>Remove the %1 budget with its lines and decisions?</source>
        <translation>Удалить бюджет %1 года со строками и решениями?</translation>
    </message>
    <message>
        <source>Remove the line «%1»?</source>
        <translation>Удалить строку «%1»?</translation>
    </message>
    <message>
        <source>Remove the decision %1?</source>
        <translation>Удалить решение %1?</translation>
    </message>
    <message>
        <source>&amp;New year&apos;s budget…</source>
        <translation>&amp;Новый бюджет года…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Print the budget…</source>
        <translation>&amp;Печать бюджета…</translation>
    </message>
    <message>
        <source>Allocations and the competitions they fund (the competitions&apos; allocations must fit):</source>
        <translation>Ассигнования и финансируемые ими конкурсы (средства конкурсов должны уместиться в строку):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>Competition funded</source>
        <translation>Финансируемый конкурс</translation>
    </message>
    <message>
        <source>Its allocation, som</source>
        <translation>Средства конкурса, сом</translation>
    </message>
    <message>
        <source>Add a &amp;line…</source>
        <translation>Добавить &amp;строку…</translation>
    </message>
    <message>
        <source>Edit the line…</source>
        <translation>Изменить строку…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>&amp;Fund a competition…</source>
        <translation>&amp;Финансировать конкурс…</translation>
    </message>
    <message>
        <source>Stop funding</source>
        <translation>Снять финансирование</translation>
    </message>
    <message>
        <source>Decisions on using the reserve fund (together at most the fund):</source>
        <translation>Решения об использовании резервного фонда (в сумме не больше фонда):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Add a &amp;decision…</source>
        <translation>Добавить &amp;решение…</translation>
    </message>
    <message>
        <source>Edit the decision…</source>
        <translation>Изменить решение…</translation>
    </message>
    <message>
        <source>Remove the decision</source>
        <translation>Удалить решение</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Please wait — Demilge</source>
        <translation>Подождите — Демилге</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Пароль должен быть не короче 8 знаков.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Allocation, som</source>
        <translation>Выделено, сом</translation>
    </message>
    <message>
        <source>Max. grant, som</source>
        <translation>Макс. грант, сом</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок подачи</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Requested, som</source>
        <translation>Запрошено, сом</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Grant, som</source>
        <translation>Грант, сом</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Итоговая цель</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Project or program</source>
        <translation>Проект или программа</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Указано</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Вычислено</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Что проверить</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание / канал</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation>Плановые участники</translation>
    </message>
    <message>
        <source>Cost, som</source>
        <translation>Стоимость, сом</translation>
    </message>
    <message>
        <source>Per participant, som</source>
        <translation>На 1 участника, сом</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Софинансирование</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Удовлетворены</translation>
    </message>
    <message>
        <source>Project or competition</source>
        <translation>Проект или конкурс</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>Paid, som</source>
        <translation>Выплачено, сом</translation>
    </message>
    <message>
        <source>Left to pay, som</source>
        <translation>Осталось, сом</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Paid after</source>
        <translation>После отчёта</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Транш</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Что проверено</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Опрошено</translation>
    </message>
    <message>
        <source>Satisfied, %</source>
        <translation>Удовлетворены, %</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Размер, байт</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Что подтверждает</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Normative</source>
        <translation>Нормативное</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Контролирующий</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Чем решено</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Expenditure, som</source>
        <translation>Расходы, сом</translation>
    </message>
    <message>
        <source>Local initiatives, som</source>
        <translation>МИ, сом</translation>
    </message>
    <message>
        <source>Social order, som</source>
        <translation>Социальный заказ, сом</translation>
    </message>
    <message>
        <source>Reserve fund, som</source>
        <translation>Резервный фонд, сом</translation>
    </message>
    <message>
        <source>Reserve limit (1 %), som</source>
        <translation>Предел фонда (1 %), сом</translation>
    </message>
    <message>
        <source>Reserve used, som</source>
        <translation>Из фонда по решениям, сом</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>Grant commission</source>
        <translation>Грантовая комиссия</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Конкурс:</translation>
    </message>
    <message>
        <source>Members and rules</source>
        <translation>Члены и правила</translation>
    </message>
    <message>
        <source>Meetings and protocols</source>
        <translation>Заседания и протоколы</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Добавить &amp;члена…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Изменить члена…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Исключить члена</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Change the &amp;rules…</source>
        <translation>Изменить &amp;правила…</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>Критерии оценки</translation>
    </message>
    <message>
        <source>Add criterion…</source>
        <translation>Добавить критерий…</translation>
    </message>
    <message>
        <source>Edit criterion…</source>
        <translation>Изменить критерий…</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Удалить критерий</translation>
    </message>
    <message>
        <source>Suggested criteria</source>
        <translation>Рекомендуемые критерии</translation>
    </message>
    <message>
        <source>M&amp;eeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
        <source>Amending protocol…</source>
        <translation>Дополняющий протокол…</translation>
    </message>
    <message>
        <source>&amp;Print the protocol</source>
        <translation>&amp;Печать протокола</translation>
    </message>
    <message>
        <source>Blank sheets</source>
        <translation>Бланки листов</translation>
    </message>
    <message>
        <source>All scores (XLSX)</source>
        <translation>Все баллы (XLSX)</translation>
    </message>
    <message>
        <source>Attendance (tick who is present)</source>
        <translation>Присутствие (отметьте присутствующих)</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Конфликт интересов</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>Заявить конфликт…</translation>
    </message>
    <message>
        <source>Sheet &amp;of:</source>
        <translation>Лист &amp;члена:</translation>
    </message>
    <message>
        <source>Double entry (a second person types the sheet again)</source>
        <translation>Двойной ввод (второй человек вводит лист ещё раз)</translation>
    </message>
    <message>
        <source>&amp;Justification of a hand-made order:</source>
        <translation>&amp;Обоснование ручного порядка:</translation>
    </message>
    <message>
        <source>Decision within the budget</source>
        <translation>Решение в пределах бюджета</translation>
    </message>
    <message>
        <source>Pre&amp;view the decision</source>
        <translation>&amp;Предпросмотр решения</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>&amp;Записать решение</translation>
    </message>
    <message>
        <source>C&amp;lose the protocol…</source>
        <translation>&amp;Закрыть протокол…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Назначен документом</translation>
    </message>
    <message>
        <source>scoring by criteria</source>
        <translation>оценка по критериям</translation>
    </message>
    <message>
        <source>open vote</source>
        <translation>открытое голосование</translation>
    </message>
    <message>
        <source>more than half of the members</source>
        <translation>больше половины членов</translation>
    </message>
    <message>
        <source>two thirds of the members</source>
        <translation>две трети членов</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 членов</translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation>Решение: %1.</translation>
    </message>
    <message>
        <source>Quorum: %1.</source>
        <translation>Кворум: %1.</translation>
    </message>
    <message>
        <source>Ties: %1.</source>
        <translation>При равенстве баллов: %1.</translation>
    </message>
    <message>
        <source>Minimum score to be funded: %1.</source>
        <translation>Минимальный балл для финансирования: %1.</translation>
    </message>
    <message>
        <source>Passes with %1 of the present members without a conflict.</source>
        <translation>Принимается: %1 присутствующих без конфликта интересов.</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>двумя третями</translation>
    </message>
    <message>
        <source>a simple majority</source>
        <translation>простым большинством</translation>
    </message>
    <message>
        <source>The chair&apos;s vote decides a tie.</source>
        <translation>При равенстве голосов решает голос председателя.</translation>
    </message>
    <message>
        <source>Composition: at least %1 members, %2 from the community%3.</source>
        <translation>Состав: не меньше %1 членов, от сообщества %2%3.</translation>
    </message>
    <message>
        <source>, an odd number</source>
        <translation>, нечётное число</translation>
    </message>
    <message>
        <source>A protocol is closed: the rules and criteria are fixed.</source>
        <translation>Протокол закрыт: правила и критерии зафиксированы.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Max. points</source>
        <translation>Макс. балл</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>the chair decides</source>
        <translation>решает председатель</translation>
    </message>
    <message>
        <source>higher co-financing share first</source>
        <translation>больше доля софинансирования — выше</translation>
    </message>
    <message>
        <source>earlier registration first</source>
        <translation>раньше зарегистрированная — выше</translation>
    </message>
    <message>
        <source>Protocol No. %1 of %2 — %3</source>
        <translation>Протокол № %1 от %2 — %3</translation>
    </message>
    <message>
        <source>No meeting yet: make one with “New meeting…”.</source>
        <translation>Заседаний пока нет: создайте через «Новое заседание…».</translation>
    </message>
    <message>
        <source>Add the commission&apos;s members first.</source>
        <translation>Сначала добавьте членов комиссии.</translation>
    </message>
    <message>
        <source>Protocol No. %1, %2</source>
        <translation>Протокол № %1, %2</translation>
    </message>
    <message>
        <source>closed; SHA-256 %1</source>
        <translation>закрыт; SHA-256 %1</translation>
    </message>
    <message>
        <source>Present %1 of %2; %3 needed for a quorum.</source>
        <translation>Присутствуют %1 из %2; для кворума нужно %3.</translation>
    </message>
    <message>
        <source>There is a quorum.</source>
        <translation>Кворум есть.</translation>
    </message>
    <message>
        <source>No quorum: no decision can be made.</source>
        <translation>Нет кворума: решение принять нельзя.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Score sheets (typed from paper)</source>
        <translation>Оценочные листы (ввод с бумаги)</translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation>&amp;Сохранить лист</translation>
    </message>
    <message>
        <source>Open vote (for / against / abstain)</source>
        <translation>Открытое голосование (за / против / воздержался)</translation>
    </message>
    <message>
        <source>&amp;Save the votes</source>
        <translation>&amp;Сохранить голоса</translation>
    </message>
    <message>
        <source>Conflict of interest: this member does not score it.</source>
        <translation>Конфликт интересов: этот член комиссии не оценивает заявку.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>воздержался</translation>
    </message>
    <message>
        <source>Whole numbers only: the marked cells are not numbers. Nothing was saved.</source>
        <translation>Только целые числа: в отмеченных ячейках не числа. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The votes are saved.</source>
        <translation>Голоса сохранены.</translation>
    </message>
    <message>
        <source>First entry kept (not saved yet). Now a second person types the same sheet and presses the button again.</source>
        <translation>Первый ввод запомнен (ещё не сохранён). Теперь второй человек вводит тот же лист и снова нажимает кнопку.</translation>
    </message>
    <message>
        <source>First entry: %1</source>
        <translation>Первый ввод: %1</translation>
    </message>
    <message>
        <source>The sheet of %1 is saved.</source>
        <translation>Лист: %1 — сохранён.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Score / votes for</source>
        <translation>Балл / голосов за</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Requested, som</source>
        <translation>Запрошено, сом</translation>
    </message>
    <message>
        <source>Awarded, som</source>
        <translation>Выделено, сом</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>победитель</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>резерв</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>не финансируется</translation>
    </message>
    <message>
        <source>Recorded decision: %1 som awarded.</source>
        <translation>Записанное решение: выделено %1 сом.</translation>
    </message>
    <message>
        <source>Preview (not saved): %1 som of the allocation awarded.</source>
        <translation>Предпросмотр (не сохранён): выделяется %1 сом.</translation>
    </message>
    <message>
        <source>The order was changed by hand: write the justification.</source>
        <translation>Порядок изменён вручную: напишите обоснование.</translation>
    </message>
    <message>
        <source>The chair settled the order of equal scores.</source>
        <translation>Порядок равных баллов определил председатель.</translation>
    </message>
    <message>
        <source>Close protocol No. %1? After closing, its attendance, scores, votes and decision can no longer be changed; corrections need an amending protocol.</source>
        <translation>Закрыть протокол № %1? После закрытия присутствие, баллы, голоса и решение изменить нельзя; исправления — только дополняющим протоколом.</translation>
    </message>
    <message>
        <source>The protocol is closed. SHA-256: %1</source>
        <translation>Протокол закрыт. SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Appointed by (document):</source>
        <translation>&amp;Назначен документом:</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новый член комиссии</translation>
    </message>
    <message>
        <source>Remove %1 from the commission?</source>
        <translation>Исключить %1 из комиссии?</translation>
    </message>
    <message>
        <source>Commission rules</source>
        <translation>Правила комиссии</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Кворум:</translation>
    </message>
    <message>
        <source>a fixed number of members</source>
        <translation>фиксированное число членов</translation>
    </message>
    <message>
        <source>&amp;Fixed quorum, members:</source>
        <translation>&amp;Фиксированный кворум, членов:</translation>
    </message>
    <message>
        <source>&amp;Ties:</source>
        <translation>&amp;При равенстве баллов:</translation>
    </message>
    <message>
        <source>&amp;Minimum score to be funded:</source>
        <translation>&amp;Минимальный балл для финансирования:</translation>
    </message>
    <message>
        <source>A vote passes with two thirds (not a simple majority)</source>
        <translation>Решение принимается двумя третями (а не простым большинством)</translation>
    </message>
    <message>
        <source>The chair&apos;s vote decides a tie</source>
        <translation>При равенстве голосов решает голос председателя</translation>
    </message>
    <message>
        <source>At least, &amp;members:</source>
        <translation>Не меньше, &amp;членов:</translation>
    </message>
    <message>
        <source>At least, community &amp;representatives:</source>
        <translation>Не меньше, &amp;представителей сообщества:</translation>
    </message>
    <message>
        <source>An odd number of members</source>
        <translation>Нечётное число членов</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Критерий:</translation>
    </message>
    <message>
        <source>&amp;Maximum points:</source>
        <translation>&amp;Максимальный балл:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
    <message>
        <source>Remove the selected criterion?</source>
        <translation>Удалить выбранный критерий?</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Повестка дня:</translation>
    </message>
    <message>
        <source>Amending protocol</source>
        <translation>Дополняющий протокол</translation>
    </message>
    <message>
        <source>Amends protocol No. %1</source>
        <translation>Дополняет протокол № %1</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Конфликт интересов</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Член комиссии:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Заявка:</translation>
    </message>
    <message>
        <source>&amp;Note (e.g. a relative of the applicant):</source>
        <translation>&amp;Примечание (например, родственник заявителя):</translation>
    </message>
    <message>
        <source>%1 (0–%2; weight %3)</source>
        <translation>%1 (0–%2; вес %3)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>or every application of an app&amp;licant or partner:</source>
        <translation>или все заявки &amp;участника (ведущего или партнёра):</translation>
    </message>
    <message>
        <source>— only the application above —</source>
        <translation>— только заявка выше —</translation>
    </message>
</context>
<context>
    <name>CompetitionDialog</name>
    <message>
        <source>Eligibility checklist</source>
        <translation>Перечень требований</translation>
    </message>
    <message>
        <source>New requirement:</source>
        <translation>Новое требование:</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>Требование:</translation>
    </message>
    <message>
        <source>Cancel the competition</source>
        <translation>Отмена конкурса</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Причина отмены:</translation>
    </message>
    <message>
        <source>The competition is finished: its terms are kept as they were.</source>
        <translation>Конкурс завершён: его условия сохраняются как были.</translation>
    </message>
    <message>
        <source>Published with the announcement: grey fields can no longer be edited. A typo is corrected with “Correct a published term…”, which records who, when and why.</source>
        <translation>Опубликовано в объявлении: серые поля больше не редактируются. Опечатку исправляют через «Исправить опубликованное условие…», которое записывает, кто, когда и почему исправил.</translation>
    </message>
    <message>
        <source>Correct a published term</source>
        <translation>Исправить опубликованное условие</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <source>&amp;Correct value:</source>
        <translation>&amp;Верное значение:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>New competition</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source>A new competition is saved as a draft; announce it on the Lifecycle tab.</source>
        <translation>Новый конкурс сохраняется как черновик; объявите его на вкладке «Жизненный цикл».</translation>
    </message>
    <message>
        <source>Competition: %1</source>
        <translation>Конкурс: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Заявок: %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Priority areas (one per line):</source>
        <translation>&amp;Приоритетные направления (по одному в строке):</translation>
    </message>
    <message>
        <source>Total &amp;allocation, som:</source>
        <translation>Общий &amp;объём средств, сом:</translation>
    </message>
    <message>
        <source>&amp;Maximum grant, som:</source>
        <translation>&amp;Максимальная сумма гранта, сом:</translation>
    </message>
    <message>
        <source>Project d&amp;uration, months:</source>
        <translation>&amp;Срок реализации проекта, мес.:</translation>
    </message>
    <message>
        <source>Required &amp;co-financing, %:</source>
        <translation>Требуемое со&amp;финансирование, %:</translation>
    </message>
    <message>
        <source>&amp;Who may apply:</source>
        <translation>&amp;Кто может подать заявку:</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>Д&amp;ата объявления:</translation>
    </message>
    <message>
        <source>&amp;Deadline for applications:</source>
        <translation>Срок приёма &amp;заявок:</translation>
    </message>
    <message>
        <source>Decision planned &amp;on:</source>
        <translation>Дата р&amp;ешения (план):</translation>
    </message>
    <message>
        <source>Contact p&amp;erson:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>e.g. 23 000</source>
        <translation>например, 23 000</translation>
    </message>
    <message>
        <source>e.g. 12 000</source>
        <translation>например, 12 000</translation>
    </message>
    <message>
        <source>0 if not required</source>
        <translation>0, если не требуется</translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation>&amp;Условия</translation>
    </message>
    <message>
        <source>Eli&amp;gibility checklist</source>
        <translation>Перечень тре&amp;бований</translation>
    </message>
    <message>
        <source>Li&amp;fecycle</source>
        <translation>Жизненный &amp;цикл</translation>
    </message>
    <message>
        <source>Each application is checked against these requirements. The list can change until the review starts.</source>
        <translation>Каждая заявка проверяется по этим требованиям. Перечень можно менять до начала рассмотрения.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Co&amp;rrect a published term…</source>
        <translation>&amp;Исправить опубликованное условие…</translation>
    </message>
    <message>
        <source>A typo in the published terms is corrected as a recorded amendment: who, when and why are kept and printed on the announcement</source>
        <translation>Опечатка в опубликованных условиях исправляется записанным исправлением: кто, когда и почему — сохраняется и печатается в объявлении</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Allocation, som</source>
        <translation>Средства, сом</translation>
    </message>
    <message>
        <source>Max. grant, som</source>
        <translation>Макс. грант, сом</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Приоритетные направления</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Prize, som</source>
        <translation>Премия, сом</translation>
    </message>
    <message>
        <source>Add a &amp;lot…</source>
        <translation>Новы&amp;й лот…</translation>
    </message>
    <message>
        <source>Edit the lot…</source>
        <translation>Изменить лот…</translation>
    </message>
    <message>
        <source>Remove the lot</source>
        <translation>Удалить лот</translation>
    </message>
    <message>
        <source>Remove the prize</source>
        <translation>Удалить премию</translation>
    </message>
    <message>
        <source>Prizes by nomination (lot) and place; each application enters one nomination, and one participant may enter several:</source>
        <translation>Премии по номинациям (лотам) и местам; каждая заявка подаётся в одну номинацию, один участник может участвовать в нескольких:</translation>
    </message>
    <message>
        <source>The competition has one lot: its allocation and maximum grant are the competition&apos;s, and nothing about lots is printed. To split the money into directions, give this lot a title and its part of the allocation, then add the next lot.</source>
        <translation>У конкурса одно направление: его средства и максимальный грант — конкурса, о лотах ничего не печатается. Чтобы разделить средства по направлениям, дайте этому лоту название и его часть средств, затем добавьте следующий лот.</translation>
    </message>
    <message>
        <source>Each application belongs to one lot; each lot is ranked and awarded within its own allocation, and money never moves between lots.</source>
        <translation>Каждая заявка относится к одному лоту; каждый лот ранжируется и решается в пределах своих средств, деньги между лотами не переносятся.</translation>
    </message>
    <message>
        <source>Lots and prizes can change only while the competition is a draft.</source>
        <translation>Лоты и премии можно менять, только пока конкурс в черновике.</translation>
    </message>
    <message>
        <source>Lots together: %1 som of the competition&apos;s %2 som.</source>
        <translation>Лоты вместе: %1 сом из %2 сом конкурса.</translation>
    </message>
    <message>
        <source>&amp;Allocation, som:</source>
        <translation>&amp;Средства, сом:</translation>
    </message>
    <message>
        <source>&amp;Priority areas (separated by ;):</source>
        <translation>&amp;Приоритетные направления (через ;):</translation>
    </message>
    <message>
        <source>New lot</source>
        <translation>Новый лот</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Лот %1</translation>
    </message>
    <message>
        <source>Remove lot %1 «%2»?</source>
        <translation>Удалить лот %1 «%2»?</translation>
    </message>
    <message>
        <source>New prize</source>
        <translation>Новая премия</translation>
    </message>
    <message>
        <source>&amp;Nomination:</source>
        <translation>&amp;Номинация:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Prize, som:</source>
        <translation>&amp;Премия, сом:</translation>
    </message>
    <message>
        <source>It a&amp;wards:</source>
        <translation>Что присуж&amp;дается:</translation>
    </message>
    <message>
        <source>Lots and &amp;prizes</source>
        <translation>Лот&amp;ы и премии</translation>
    </message>
    <message>
        <source>Add a prize…</source>
        <translation>Добавить премию…</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Организатор:</translation>
    </message>
    <message>
        <source>Organiser&apos;s name:</source>
        <translation>Название организатора:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>As typed before: %1</source>
        <translation>Как было записано: %1</translation>
    </message>
    <message>
        <source>&amp;Legal basis (resolution):</source>
        <translation>&amp;Правовое основание (постановление):</translation>
    </message>
    <message>
        <source>New resol&amp;ution…</source>
        <translation>Новое по&amp;становление…</translation>
    </message>
    <message>
        <source>Enter the resolution into the register and choose it here</source>
        <translation>Внесите постановление в реестр и выберите его здесь</translation>
    </message>
</context>
<context>
    <name>CompetitionPrepDialog</name>
    <message>
        <source>Work plan and preparation</source>
        <translation>План работы и подготовка</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <source>Events and media</source>
        <translation>Мероприятия и СМИ</translation>
    </message>
    <message>
        <source>Results of the projects</source>
        <translation>Результаты проектов</translation>
    </message>
    <message>
        <source>&amp;Add step…</source>
        <translation>&amp;Добавить шаг…</translation>
    </message>
    <message>
        <source>&amp;Edit step…</source>
        <translation>&amp;Изменить шаг…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Отметить &amp;выполнение…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>&amp;Печать плана…</translation>
    </message>
    <message>
        <source>The competition&apos;s own events: information meeting, publication of the announcement, call for commission candidates</source>
        <translation>Собственные мероприятия конкурса: информационная встреча, публикация объявления, приглашение кандидатов в комиссию</translation>
    </message>
    <message>
        <source>Media coverage of the competition</source>
        <translation>Освещение конкурса в СМИ</translation>
    </message>
    <message>
        <source>Add e&amp;vent…</source>
        <translation>Добавить &amp;мероприятие…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Add &amp;coverage…</source>
        <translation>Добавить &amp;публикацию…</translation>
    </message>
    <message>
        <source>Remove coverage</source>
        <translation>Удалить публикацию</translation>
    </message>
    <message>
        <source>Print the &amp;results…</source>
        <translation>Печать &amp;результатов…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль этого не позволяет.</translation>
    </message>
    <message>
        <source>Projects: %1. Participants: planned %2, reached %3.</source>
        <translation>Проектов: %1. Участники: план %2, охвачено %3.</translation>
    </message>
    <message>
        <source>Cost: %1 som, of it from the local budget %2 som.</source>
        <translation>Стоимость: %1 сом, в том числе из местного бюджета %2 сом.</translation>
    </message>
    <message>
        <source>Per participant: %1 som in all, %2 som from the local budget.</source>
        <translation>На одного участника: всего %1 сом, из местного бюджета %2 сом.</translation>
    </message>
    <message>
        <source>Co-financing: %1 som, %2 % of the cost.</source>
        <translation>Софинансирование: %1 сом, %2 % стоимости.</translation>
    </message>
    <message>
        <source>Satisfied: %1 of %2 asked (%3 %).</source>
        <translation>Удовлетворены: %1 из %2 опрошенных (%3 %).</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Confirming document:</source>
        <translation>&amp;Подтверждающий документ:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>&amp;Дата выполнения:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>New step of the work plan</source>
        <translation>Новый шаг плана работы</translation>
    </message>
    <message>
        <source>Step of the work plan</source>
        <translation>Шаг плана работы</translation>
    </message>
    <message>
        <source>Mark the step done</source>
        <translation>Отметить выполнение</translation>
    </message>
    <message>
        <source>Remove the step «%1»?</source>
        <translation>Удалить шаг «%1»?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Only planned, not held yet</source>
        <translation>Только запланировано, ещё не проведено</translation>
    </message>
    <message>
        <source>New event of the competition</source>
        <translation>Новое мероприятие конкурса</translation>
    </message>
    <message>
        <source>Event of the competition</source>
        <translation>Мероприятие конкурса</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Remove the event «%1»?</source>
        <translation>Удалить мероприятие «%1»?</translation>
    </message>
    <message>
        <source>New media coverage of the competition</source>
        <translation>Новая публикация о конкурсе</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание / канал:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Remove the coverage «%1»?</source>
        <translation>Удалить публикацию «%1»?</translation>
    </message>
</context>
<context>
    <name>CompetitionsPage</name>
    <message>
        <source>&amp;New competition…</source>
        <translation>&amp;Новый конкурс…</translation>
    </message>
    <message>
        <source>Create a competition (Ctrl+N)</source>
        <translation>Создать конкурс (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open the selected competition (Enter)</source>
        <translation>Открыть выбранный конкурс (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print announcement…</source>
        <translation>Пе&amp;чать объявления…</translation>
    </message>
    <message>
        <source>&amp;Work plan and preparation…</source>
        <translation>&amp;План работы и подготовка…</translation>
    </message>
    <message>
        <source>The competition&apos;s work plan, its own events and media, and the results of its projects</source>
        <translation>План работы конкурса, его мероприятия и СМИ, результаты его проектов</translation>
    </message>
</context>
<context>
    <name>ControlTab</name>
    <message>
        <source>Show &amp;all points under control</source>
        <translation>Показать &amp;все пункты на контроле</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Отметить &amp;исполнение…</translation>
    </message>
    <message>
        <source>&amp;Print the control report…</source>
        <translation>&amp;Печать отчёта о контроле…</translation>
    </message>
    <message>
        <source>Overdue points come first, the oldest due date first, then those due this month. A point is under control when it has a due date; it leaves this list when it is marked done with the date and the confirming document.</source>
        <translation>Сначала просроченные пункты (с самого старого срока), затем со сроком в этом месяце. Пункт со сроком стоит на контроле; он уходит из этого списка, когда отмечено исполнение с датой и подтверждающим документом.</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 входит в категорию «%2»</translation>
    </message>
</context>
<context>
    <name>CycleTab</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль этого не позволяет.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Result: eligible</source>
        <translation>Итог: соответствует требованиям</translation>
    </message>
    <message>
        <source>Result: not eligible — give the reason</source>
        <translation>Итог: не соответствует — укажите причину</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>Проверка соответствия: %1</translation>
    </message>
    <message>
        <source>%1 — %2. Tick each requirement the application meets.</source>
        <translation>%1 — %2. Отметьте каждое требование, которому заявка соответствует.</translation>
    </message>
    <message>
        <source>(by the figures: yes)</source>
        <translation>(по цифрам: да)</translation>
    </message>
    <message>
        <source>(by the figures: no)</source>
        <translation>(по цифрам: нет)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>&amp;Reason if not eligible:</source>
        <translation>&amp;Причина несоответствия:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Already funded (the lead or a partner):</source>
        <translation>Уже получали финансирование (ведущий участник или партнёр):</translation>
    </message>
</context>
<context>
    <name>EventState</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>People reached</source>
        <translation>Охвачено людей</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Село:</translation>
    </message>
    <message>
        <source>&amp;Add up</source>
        <translation>&amp;Сложить</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>все сёла</translation>
    </message>
    <message>
        <source>More than %1 events in the period: choose a shorter period or a village, or add them all up.</source>
        <translation>За период больше %1 мероприятий: выберите период короче или село либо сложите все.</translation>
    </message>
    <message>
        <source>Adding up the people reached…</source>
        <translation>Подсчёт охваченных людей…</translation>
    </message>
    <message>
        <source>%1 people at %2 events.</source>
        <translation>%1 чел. на %2 мероприятиях.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все мероприятия</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>A figure a document states (the participants of an event, a line&apos;s amount, an indicator&apos;s value) and the one computed from its parts disagree. Both are kept and printed; correct the one that is wrong where it was typed (the project&apos;s events or budget, the program&apos;s monitoring).</source>
        <translation>Число, указанное в документе (участники мероприятия, сумма статьи, значение индикатора), и число, вычисленное из его частей, не совпадают. Оба сохраняются и печатаются; исправьте неверное там, где оно введено (мероприятия или бюджет проекта, мониторинг программы).</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator — Demilge</source>
        <translation>Создание администратора — Демилге</translation>
    </message>
    <message>
        <source>Nobody uses this database yet. Create the administrator&apos;s account: the administrator sets up the municipality and adds the other users (specialists, the commission&apos;s chair and secretary, viewers).</source>
        <translation>С этой базой ещё никто не работает. Создайте учётную запись администратора: администратор настраивает муниципалитет и добавляет других пользователей (специалистов, председателя и секретаря комиссии, наблюдателей).</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Пароль должен быть не короче 8 знаков.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Повторите пароль:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Demilge — first start</source>
        <translation>Демилге — первый запуск</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Welcome to Demilge</source>
        <translation>Добро пожаловать в Демилге</translation>
    </message>
    <message>
        <source>There is no database on this computer yet. How do you want to start?</source>
        <translation>На этом компьютере ещё нет базы данных. Как вы хотите начать?</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Ваш муниципалитет</translation>
    </message>
    <message>
        <source>This database has no municipality yet. Enter the one your office works for.</source>
        <translation>В этой базе ещё нет муниципалитета. Укажите тот, для которого работает ваше учреждение.</translation>
    </message>
    <message>
        <source>&amp;Open the demo database</source>
        <translation>&amp;Открыть демонстрационную базу</translation>
    </message>
    <message>
        <source>Real examples to look around and practise: Batken city (state social order, 2018), A. Orozbekov ayil aimak (local initiatives, 2021) and the Kara-Balta development program. It is kept in a separate file; your own work is not mixed with it.</source>
        <translation>Настоящие примеры, чтобы осмотреться и потренироваться: город Баткен (государственный социальный заказ, 2018), айыльный аймак им. А. Орозбекова (местные инициативы, 2021) и программа развития Кара-Балты. Она хранится в отдельном файле; ваша работа с ней не смешивается.</translation>
    </message>
    <message>
        <source>&amp;Start an empty municipality</source>
        <translation>&amp;Начать с пустого муниципалитета</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>О&amp;бласть:</translation>
    </message>
    <message>
        <source>e.g. Ak-Suu ayil aimak</source>
        <translation>например, Ак-Суйский айыльный аймак</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>На&amp;чать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The form has changes that are not saved. Close it and lose them?</source>
        <translation>В форме есть несохранённые изменения. Закрыть её и потерять их?</translation>
    </message>
</context>
<context>
    <name>HearingPlace</name>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <source>Participants (each counted once): %1</source>
        <translation>Участников (без повторов): %1</translation>
    </message>
    <message>
        <source>Remove the hearing «%1» with its attendance and proposals?</source>
        <translation>Удалить слушания «%1» вместе с участниками и предложениями?</translation>
    </message>
    <message>
        <source>Remove the proposal?</source>
        <translation>Удалить предложение?</translation>
    </message>
    <message>
        <source>&amp;New hearing…</source>
        <translation>&amp;Новые слушания…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Print the protocol…</source>
        <translation>&amp;Печать протокола…</translation>
    </message>
    <message>
        <source>Attendance by category (type the numbers, then save; a part cannot be more than its whole):</source>
        <translation>Участники по категориям (введите числа и сохраните; часть не больше целого):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;Сохранить участников</translation>
    </message>
    <message>
        <source>Proposals and answers:</source>
        <translation>Предложения и ответы:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Author group</source>
        <translation>Автор (группа)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Included in</source>
        <translation>Куда включено</translation>
    </message>
    <message>
        <source>Add a p&amp;roposal…</source>
        <translation>Добавить п&amp;редложение…</translation>
    </message>
    <message>
        <source>Edit the proposal…</source>
        <translation>Изменить предложение…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Ответ…</translation>
    </message>
    <message>
        <source>To the needs re&amp;gister</source>
        <translation>В реестр по&amp;требностей</translation>
    </message>
    <message>
        <source>Remove the proposal</source>
        <translation>Удалить предложение</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>История записи</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>убрано</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>Indicator matrix (11 columns)</source>
        <translation>Матрица индикаторов (11 столбцов)</translation>
    </message>
    <message>
        <source>Action plan (6 columns)</source>
        <translation>План мероприятий (6 столбцов)</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Что в файле:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>&amp;Прочитать файл</translation>
    </message>
    <message>
        <source>Import &amp;without the rows that could not be read</source>
        <translation>Импортировать &amp;без нечитаемых строк</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Columns A–F: No. · task · measures/actions · period · expected result · responsible executors. A row with text only in A is a priority (&quot;1. ...&quot;, &quot;Priority 2 ...&quot;) or a sub-area.</source>
        <translation>Столбцы A–F: № · задача · меры/действия · срок · ожидаемый результат · ответственные исполнители. Строка с текстом только в A — приоритет (&quot;1. ...&quot;, &quot;Приоритет 2 ...&quot;) или направление.</translation>
    </message>
    <message>
        <source>Columns A–K: issue · indicator · unit · baseline (2022) · year 1 · year 2 · year 3 · year 4 · final target · responsible · footnote. Values: 8 371,4 or 50 % or 1:2,5; an indicator starting with &quot;including&quot; is a sub-indicator.</source>
        <translation>Столбцы A–K: проблема · индикатор · ед. изм. · база (2022) · год 1 · год 2 · год 3 · год 4 · итоговая цель · ответственный · примечание. Значения: 8 371,4 или 50 % или 1:2,5; индикатор, начинающийся с &quot;в том числе&quot;, — подиндикатор.</translation>
    </message>
    <message>
        <source>Choose an Excel file</source>
        <translation>Выберите файл Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Файлы Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Итоговая цель</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>sub-area</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>мера</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Почему не прочитана</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Прочитано строк: %1</translation>
    </message>
    <message>
        <source>Rows that could not be read: %1</source>
        <translation>Не прочитано строк: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleStep</name>
    <message>
        <source>&amp;Announce</source>
        <translation>&amp;Объявить</translation>
    </message>
    <message>
        <source>&amp;Close applications</source>
        <translation>&amp;Закрыть приём заявок</translation>
    </message>
    <message>
        <source>Start re&amp;view</source>
        <translation>Начать &amp;рассмотрение</translation>
    </message>
    <message>
        <source>Mark &amp;decided</source>
        <translation>Решение &amp;принято</translation>
    </message>
    <message>
        <source>Start &amp;implementation</source>
        <translation>Начать &amp;реализацию</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the competition…</source>
        <translation>О&amp;тменить конкурс…</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Объявить</translation>
    </message>
    <message>
        <source>Close applications</source>
        <translation>Закрыть приём заявок</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Начать рассмотрение</translation>
    </message>
    <message>
        <source>Mark decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <source>Start implementation</source>
        <translation>Начать реализацию</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Cancel the competition</source>
        <translation>Отменить конкурс</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>No records yet</source>
        <translation>Записей пока нет</translation>
    </message>
    <message>
        <source>Found: %1 of %2</source>
        <translation>Найдено: %1 из %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>Count all</source>
        <translation>Сосчитать все</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>Подсчёт записей…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>&amp;History of this record…</source>
        <translation>&amp;История записи…</translation>
    </message>
    <message>
        <source>Type words to find, e.g. a name, village or number</source>
        <translation>Введите слова для поиска: например, имя, село или номер</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Demilge</source>
        <translation>Вход — Демилге</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>&amp;Обновить списки</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <source>Demilge</source>
        <translation>Демилге</translation>
    </message>
    <message>
        <source>%1 — %2 — Demilge</source>
        <translation>%1 — %2 — Демилге</translation>
    </message>
    <message>
        <source>%1 — Demilge</source>
        <translation>%1 — Демилге</translation>
    </message>
</context>
<context>
    <name>MemberCategory</name>
    <message>
        <source>LSG specialist</source>
        <translation>Специалист ОМСУ</translation>
    </message>
    <message>
        <source>Council deputy</source>
        <translation>Депутат кенеша</translation>
    </message>
    <message>
        <source>Community representative</source>
        <translation>Представитель сообщества</translation>
    </message>
    <message>
        <source>Civil society representative</source>
        <translation>Представитель гражданского общества</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>The executor&apos;s interim and final reports</source>
        <translation>Промежуточные и итоговый отчёты исполнителя</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Мониторинговые визиты</translation>
    </message>
    <message>
        <source>Add &amp;report…</source>
        <translation>Добавить &amp;отчёт…</translation>
    </message>
    <message>
        <source>Edit report…</source>
        <translation>Изменить отчёт…</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>Удалить отчёт</translation>
    </message>
    <message>
        <source>Add &amp;visit…</source>
        <translation>Добавить &amp;визит…</translation>
    </message>
    <message>
        <source>Edit visit…</source>
        <translation>Изменить визит…</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Удалить визит</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Период &amp;с:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Период &amp;по:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Срок представления:</translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation>Дата &amp;получения:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>New report of the executor</source>
        <translation>Новый отчёт исполнителя</translation>
    </message>
    <message>
        <source>Report of the executor</source>
        <translation>Отчёт исполнителя</translation>
    </message>
    <message>
        <source>Remove the selected report?</source>
        <translation>Удалить выбранный отчёт?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Who came:</source>
        <translation>&amp;Кто приезжал:</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>Что &amp;проверено:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Выводы:</translation>
    </message>
    <message>
        <source>F&amp;ollow-up asked:</source>
        <translation>По&amp;ручение:</translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue by:</source>
        <translation>Срок по&amp;ручения:</translation>
    </message>
    <message>
        <source>Follow-up do&amp;ne on:</source>
        <translation>Поручение &amp;выполнено:</translation>
    </message>
    <message>
        <source>New monitoring visit</source>
        <translation>Новый мониторинговый визит</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Мониторинговый визит</translation>
    </message>
    <message>
        <source>Remove the selected visit? Its photos stay with the project.</source>
        <translation>Удалить выбранный визит? Его фото останутся в проекте.</translation>
    </message>
</context>
<context>
    <name>MunicipalityKind</name>
    <message>
        <source>Ayil aimak</source>
        <translation>Айыльный аймак</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Посёлок</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Remove the selected entry from the register?</source>
        <translation>Удалить выбранную запись из реестра?</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Новая запись…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Ответ…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New &amp;competition from the selected…</source>
        <translation>Новый &amp;конкурс из выбранных…</translation>
    </message>
    <message>
        <source>Select needs (Ctrl+click), then start a competition: its theme and priority areas are drafted from them</source>
        <translation>Выберите потребности (Ctrl+щелчок) и начните конкурс: его тема и приоритетные направления составляются из них</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>&amp;Печать реестра…</translation>
    </message>
    <message>
        <source>Needs and proposals come from surveys, hearings, meetings, letters and online. Mark what answered each: a competition&apos;s theme, a program measure or a line of the local budget.</source>
        <translation>Потребности и предложения приходят из опросов, слушаний, собраний, писем и онлайн. Отметьте, что решило каждое: тема конкурса, мера программы или статья местного бюджета.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Пароль должен быть не короче 8 знаков.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Р&amp;оль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>OrganiserKind</name>
    <message>
        <source>This municipality (its executive body)</source>
        <translation>Этот муниципалитет (его исполнительный орган)</translation>
    </message>
    <message>
        <source>A national (state) body</source>
        <translation>Государственный (республиканский) орган</translation>
    </message>
    <message>
        <source>A regional or district body</source>
        <translation>Областной или районный орган</translation>
    </message>
    <message>
        <source>A donor</source>
        <translation>Донор</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>The key file is protected by this passphrase (at least 8 characters). Keep the file and the passphrase apart: whoever has both can sign packages in this office&apos;s name.</source>
        <translation>Файл ключа защищён этой парольной фразой (не короче 8 знаков). Храните файл и фразу раздельно: у кого есть и то и другое, тот может подписывать пакеты от имени этого офиса.</translation>
    </message>
    <message>
        <source>The passphrase given when the key file was saved:</source>
        <translation>Парольная фраза, заданная при сохранении файла ключа:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Парольная фраза должна быть не короче 8 знаков.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The reports will be built here, in Kyrgyz and Russian, as PDF and XLSX: the competition announcement, the application register, blank score sheets for commission members, the commission protocol with signature lines, project budgets (planned and actual by funding source), event participants, the summary for a council session and the development program&apos;s action plan and indicator matrix.</source>
        <translation>Здесь будут формироваться отчёты на кыргызском и русском языках, в PDF и XLSX: объявление о конкурсе, реестр заявок, бланки оценки для членов комиссии, протокол комиссии со строками для подписей, бюджеты проектов (план и факт по источникам финансирования), участники мероприятий, справка к сессии кенеша, план мероприятий и матрица индикаторов программы развития.</translation>
    </message>
    <message>
        <source>Synchronisation by file will be done here: export the changes made in this office into one signed package file, take it to another office on a USB stick, by e-mail or through a shared folder, import packages from trusted offices, and settle conflicts where two offices changed the same record.</source>
        <translation>Здесь будет синхронизация через файл: экспорт изменений, сделанных в этом учреждении, в один подписанный файл-пакет, передача его в другое учреждение на флешке, по электронной почте или через общую папку, импорт пакетов от доверенных учреждений и разрешение конфликтов, когда два учреждения изменили одну и ту же запись.</translation>
    </message>
</context>
<context>
    <name>PlanStepState</name>
    <message>
        <source>Ahead</source>
        <translation>Предстоит</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Выполнено с опозданием</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Development program</source>
        <translation>Программа развития</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;New program...</source>
        <translation>&amp;Новая программа...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Изменить...</translation>
    </message>
    <message>
        <source>&amp;Import from Excel...</source>
        <translation>&amp;Импорт из Excel...</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>Indicator matrix</source>
        <translation>Матрица индикаторов</translation>
    </message>
    <message>
        <source>Half-year monitoring</source>
        <translation>Мониторинг за полугодие</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Годовой план</translation>
    </message>
    <message>
        <source>Add p&amp;riority...</source>
        <translation>Добавить п&amp;риоритет...</translation>
    </message>
    <message>
        <source>Add &amp;task...</source>
        <translation>Добавить &amp;задачу...</translation>
    </message>
    <message>
        <source>Add &amp;measure...</source>
        <translation>Добавить &amp;меру...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add &amp;indicator...</source>
        <translation>Добавить &amp;индикатор...</translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation>&amp;Полугодие:</translation>
    </message>
    <message>
        <source>&amp;Save the half-year</source>
        <translation>&amp;Сохранить полугодие</translation>
    </message>
    <message>
        <source>Indicators: enter the actual value for this half-year</source>
        <translation>Индикаторы: введите фактическое значение за это полугодие</translation>
    </message>
    <message>
        <source>Measures scheduled for this year: status, reason, comment</source>
        <translation>Меры, запланированные на этот год: состояние, причина, комментарий</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Take in from the multi-year plan</source>
        <translation>&amp;Взять из многолетнего плана</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>Изменить индикатор…</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Удалить индикатор</translation>
    </message>
    <message>
        <source>Propose a target correction…</source>
        <translation>Предложить корректировку цели…</translation>
    </message>
    <message>
        <source>Corrections, group, bodies</source>
        <translation>Корректировки, группа, органы</translation>
    </message>
    <message>
        <source>Proposed target corrections and the decisions that approved them</source>
        <translation>Предложенные корректировки целей и утвердившие их решения</translation>
    </message>
    <message>
        <source>&amp;Approve the correction…</source>
        <translation>&amp;Утвердить корректировку…</translation>
    </message>
    <message>
        <source>Monitoring group</source>
        <translation>Группа мониторинга</translation>
    </message>
    <message>
        <source>Add a group &amp;member…</source>
        <translation>Добавить &amp;члена группы…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Исключить члена</translation>
    </message>
    <message>
        <source>Responsible bodies and how else they are written (aliases)</source>
        <translation>Ответственные органы и их другие написания</translation>
    </message>
    <message>
        <source>Edit body and aliases…</source>
        <translation>Изменить орган и написания…</translation>
    </message>
    <message>
        <source>Merge into another…</source>
        <translation>Объединить с другим…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Responsible executors</source>
        <translation>Ответственные исполнители</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>No development program yet: create one or import it from Excel.</source>
        <translation>Программы развития пока нет: создайте её или импортируйте из Excel.</translation>
    </message>
    <message>
        <source>Approved by resolution No. %1 of %2</source>
        <translation>Утверждена постановлением № %1 от %2</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Итоговая цель</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Check of the targets:</source>
        <translation>Проверка целей:</translation>
    </message>
    <message>
        <source>The yearly targets agree with the final targets.</source>
        <translation>Годовые цели согласуются с итоговыми.</translation>
    </message>
    <message>
        <source>Target for the year</source>
        <translation>Цель на год</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% от цели</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Check of the actual values:</source>
        <translation>Проверка фактических значений:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason (if dropped)</source>
        <translation>Причина (если отменено)</translation>
    </message>
    <message>
        <source>In the annual plan</source>
        <translation>В годовом плане</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Measures of the multi-year plan missing from the annual plan: %1</source>
        <translation>Меры многолетнего плана, которых нет в годовом плане: %1</translation>
    </message>
    <message>
        <source>Every measure scheduled for this year is in the annual plan.</source>
        <translation>Все меры, запланированные на этот год, есть в годовом плане.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Motto:</source>
        <translation>&amp;Девиз:</translation>
    </message>
    <message>
        <source>&amp;First year:</source>
        <translation>&amp;Первый год:</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>П&amp;оследний год:</translation>
    </message>
    <message>
        <source>New development program</source>
        <translation>Новая программа развития</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Новый приоритет</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Choose a priority in the tree first.</source>
        <translation>Сначала выберите приоритет в дереве.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>Choose a task in the tree first.</source>
        <translation>Сначала выберите задачу в дереве.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Новая мера</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Мера:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation>&amp;Ожидаемый результат:</translation>
    </message>
    <message>
        <source>&amp;Responsible executors:</source>
        <translation>Ответственные &amp;исполнители:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete the chosen row with everything under it?</source>
        <translation>Удалить выбранную строку со всем, что в неё входит?</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый индикатор</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Проблема:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица измерения:</translation>
    </message>
    <message>
        <source>&amp;Kind of value:</source>
        <translation>&amp;Вид значения:</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>процент</translation>
    </message>
    <message>
        <source>ratio 1:x</source>
        <translation>соотношение 1:x</translation>
    </message>
    <message>
        <source>&amp;Baseline year:</source>
        <translation>&amp;Базовый год:</translation>
    </message>
    <message>
        <source>Baseline &amp;value:</source>
        <translation>Базовое &amp;значение:</translation>
    </message>
    <message>
        <source>Target %1:</source>
        <translation>Цель на %1 г.:</translation>
    </message>
    <message>
        <source>&amp;Final target:</source>
        <translation>&amp;Итоговая цель:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>F&amp;ootnote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Часть индикатора:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>proposed, not approved</source>
        <translation>предложено, не утверждено</translation>
    </message>
    <message>
        <source>final target</source>
        <translation>итоговая цель</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Delete the indicator «%1» with its targets and values?</source>
        <translation>Удалить индикатор «%1» вместе с целями и значениями?</translation>
    </message>
    <message>
        <source>Choose an indicator in the matrix first.</source>
        <translation>Сначала выберите индикатор в матрице.</translation>
    </message>
    <message>
        <source>Target correction: %1</source>
        <translation>Корректировка цели: %1</translation>
    </message>
    <message>
        <source>&amp;Target of:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Новое значение:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Approve the correction</source>
        <translation>Утвердить корректировку</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Кем принято:</translation>
    </message>
    <message>
        <source>Decision &amp;No.:</source>
        <translation>&amp;Номер решения:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <source>Monitoring group member</source>
        <translation>Член группы мониторинга</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Role in the group:</source>
        <translation>&amp;Роль в группе:</translation>
    </message>
    <message>
        <source>Remove the selected member from the monitoring group?</source>
        <translation>Исключить выбранного члена из группы мониторинга?</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Also written as (separated by ;):</source>
        <translation>&amp;Другие написания (через ;):</translation>
    </message>
    <message>
        <source>Merge «%1» into</source>
        <translation>Объединить «%1» с</translation>
    </message>
    <message>
        <source>&amp;The same body as:</source>
        <translation>&amp;Тот же орган, что:</translation>
    </message>
    <message>
        <source>Approved by &amp;resolution:</source>
        <translation>Утверждена &amp;постановлением:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>&amp;New project from a winner…</source>
        <translation>&amp;Новый проект из победителя…</translation>
    </message>
    <message>
        <source>Project &amp;without a competition…</source>
        <translation>Проект &amp;без конкурса…</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Соглашение…</translation>
    </message>
    <message>
        <source>S&amp;tatus…</source>
        <translation>С&amp;татус…</translation>
    </message>
    <message>
        <source>Budget report</source>
        <translation>Отчёт по бюджету</translation>
    </message>
    <message>
        <source>Participants report</source>
        <translation>Отчёт по участникам</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Итоговый отчёт</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Events and participants</source>
        <translation>Мероприятия и участники</translation>
    </message>
    <message>
        <source>Materials and media</source>
        <translation>Материалы и СМИ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>A grant split among several recipients: each one&apos;s amount; together they must make exactly the grant.</source>
        <translation>Грант, разделённый между несколькими получателями: сумма каждого; вместе они должны составить ровно сумму гранта.</translation>
    </message>
    <message>
        <source>Edit &amp;recipients…</source>
        <translation>Изменить &amp;получателей…</translation>
    </message>
    <message>
        <source>Budget lines: planned and actual</source>
        <translation>Статьи бюджета: план и факт</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Add &amp;line…</source>
        <translation>Добавить &amp;строку…</translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation>&amp;Изменить строку…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Add e&amp;xpense…</source>
        <translation>Добавить &amp;расход…</translation>
    </message>
    <message>
        <source>Remove expense</source>
        <translation>Удалить расход</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>Добавить &amp;мероприятие…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>Новая &amp;категория…</translation>
    </message>
    <message>
        <source>Type the number of participants in the grid: a count is saved when you leave the cell. Ctrl+V pastes a block copied from Excel at the current cell; Delete clears the selected cells.</source>
        <translation>Вводите число участников в таблицу: число сохраняется при выходе из ячейки. Ctrl+V вставляет блок, скопированный из Excel, начиная с текущей ячейки; Delete очищает выбранные ячейки.</translation>
    </message>
    <message>
        <source>Materials produced</source>
        <translation>Изготовленные материалы</translation>
    </message>
    <message>
        <source>Media coverage</source>
        <translation>Освещение в СМИ</translation>
    </message>
    <message>
        <source>Add &amp;material…</source>
        <translation>Добавить &amp;материал…</translation>
    </message>
    <message>
        <source>Remove material</source>
        <translation>Удалить материал</translation>
    </message>
    <message>
        <source>Add media &amp;coverage…</source>
        <translation>Добавить &amp;публикацию в СМИ…</translation>
    </message>
    <message>
        <source>Remove coverage</source>
        <translation>Удалить публикацию</translation>
    </message>
    <message>
        <source>No project chosen. Projects are made from the winners of a competition.</source>
        <translation>Проект не выбран. Проекты создаются из победителей конкурса.</translation>
    </message>
    <message>
        <source>Agreement No. %1 of %2</source>
        <translation>Соглашение № %1 от %2</translation>
    </message>
    <message>
        <source>award above the decision or maximum — reason: %1</source>
        <translation>грант выше решения или максимума — причина: %1</translation>
    </message>
    <message>
        <source>executor: %1</source>
        <translation>исполнитель: %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>заказчик: %1</translation>
    </message>
    <message>
        <source>grant: %1 som</source>
        <translation>грант: %1 сом</translation>
    </message>
    <message>
        <source>Planned %1 som, actual %2 som.
Local budget: planned %3, actual %4, grant %5.</source>
        <translation>План %1 сом, факт %2 сом.
Местный бюджет: план %3, факт %4, грант %5.</translation>
    </message>
    <message>
        <source>Planned %1 som, actual %2 som.
Local budget: planned %3, actual %4, grant %5.
Competition allocation %6 som; local budget planned by all its projects %7 som.</source>
        <translation>План %1 сом, факт %2 сом.
Местный бюджет: план %3, факт %4, грант %5.
Выделено на конкурс %6 сом; из местного бюджета по всем его проектам запланировано %7 сом.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Planned, som</source>
        <translation>План, сом</translation>
    </message>
    <message>
        <source>Actual, som</source>
        <translation>Факт, сом</translation>
    </message>
    <message>
        <source>Difference, som</source>
        <translation>Отклонение, сом</translation>
    </message>
    <message>
        <source>Valuation / note</source>
        <translation>Оценка / примечание</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>Количество × цена за единицу</translation>
    </message>
    <message>
        <source>The planned amount differs from quantity × unit price: %1 ≠ %2</source>
        <translation>Плановая сумма отличается от количества × цены за единицу: %1 ≠ %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>* the actual amount is the sum of the expenses booked to the line</source>
        <translation>* фактическая сумма — сумма расходов, проведённых по статье</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>Документ №</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Указано</translation>
    </message>
    <message>
        <source>The source states %1, the counts give %2</source>
        <translation>В источнике %1, по категориям %2</translation>
    </message>
    <message>
        <source>Reached: %1 people at %2 events held in %3 places (a part such as girls is never added twice).</source>
        <translation>Охвачено: %1 чел. на %2 мероприятиях в %3 местах (часть, например девочки, не учитывается дважды).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>%1 recipients receive %2 som together; the grant is %3 som.</source>
        <translation>Получателей: %1, вместе получают %2 сом; грант %3 сом.</translation>
    </message>
    <message>
        <source>The grant is not split among recipients.</source>
        <translation>Грант не разделён между получателями.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание / канал</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Link or note</source>
        <translation>Ссылка или примечание</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Agreement &amp;No.:</source>
        <translation>&amp;Номер соглашения:</translation>
    </message>
    <message>
        <source>Agreement &amp;date:</source>
        <translation>&amp;Дата соглашения:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Заказчик:</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Grant, som:</source>
        <translation>&amp;Грант, сом:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Результаты:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Legal &amp;basis (resolution, order or agreement, No.):</source>
        <translation>Правовое &amp;основание (постановление, приказ или договор, №):</translation>
    </message>
    <message>
        <source>Date of the &amp;basis:</source>
        <translation>Дата &amp;основания:</translation>
    </message>
    <message>
        <source>Save the agreement with this award and the reason written?</source>
        <translation>Сохранить соглашение с этой суммой гранта и указанной причиной?</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Every winning application already has a project. Projects are made from the winners a commission decided.</source>
        <translation>У каждой заявки-победителя уже есть проект. Проекты создаются из победителей, определённых комиссией.</translation>
    </message>
    <message>
        <source>New project from a winner</source>
        <translation>Новый проект из победителя</translation>
    </message>
    <message>
        <source>&amp;Winner:</source>
        <translation>&amp;Победитель:</translation>
    </message>
    <message>
        <source>Grant agreement</source>
        <translation>Грантовое соглашение</translation>
    </message>
    <message>
        <source>Reason if above the &amp;decision or maximum:</source>
        <translation>Причина, если выше &amp;решения или максимума:</translation>
    </message>
    <message>
        <source>Project without a competition</source>
        <translation>Проект без конкурса</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Муниципалитет:</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Статус проекта</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Reason (when terminated):</source>
        <translation>&amp;Причина (при прекращении):</translation>
    </message>
    <message>
        <source>Budget &amp;line:</source>
        <translation>&amp;Статья бюджета:</translation>
    </message>
    <message>
        <source>Funding &amp;source:</source>
        <translation>&amp;Источник финансирования:</translation>
    </message>
    <message>
        <source>&amp;Planned, som:</source>
        <translation>&amp;План, сом:</translation>
    </message>
    <message>
        <source>&amp;Actual, som (while no expense is booked):</source>
        <translation>&amp;Факт, сом (пока нет расходов):</translation>
    </message>
    <message>
        <source>&amp;Valuation (in kind) or note:</source>
        <translation>&amp;Оценка (в натуре) или примечание:</translation>
    </message>
    <message>
        <source>&amp;How it is paid:</source>
        <translation>&amp;Канал финансирования:</translation>
    </message>
    <message>
        <source>&amp;Quantity (optional):</source>
        <translation>&amp;Количество (необязательно):</translation>
    </message>
    <message>
        <source>U&amp;nit (pieces, certificates…):</source>
        <translation>&amp;Единица (шт., сертификаты…):</translation>
    </message>
    <message>
        <source>Unit p&amp;rice, som:</source>
        <translation>&amp;Цена за единицу, сом:</translation>
    </message>
    <message>
        <source>Quantity × unit price = %1 som</source>
        <translation>Количество × цена за единицу = %1 сом</translation>
    </message>
    <message>
        <source>(taken as the planned amount)</source>
        <translation>(берётся как плановая сумма)</translation>
    </message>
    <message>
        <source>planned %1 som: both are kept and the line is listed in the figures to check</source>
        <translation>план %1 сом: сохраняются оба, статья попадёт в цифры для проверки</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Новая статья бюджета</translation>
    </message>
    <message>
        <source>Remove the selected budget line?</source>
        <translation>Удалить выбранную статью бюджета?</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>Новый расход</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Document No.:</source>
        <translation>&amp;Документ №:</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>(без статьи)</translation>
    </message>
    <message>
        <source>Funding &amp;source (when no line):</source>
        <translation>&amp;Источник (если без статьи):</translation>
    </message>
    <message>
        <source>(the line&apos;s source)</source>
        <translation>(источник статьи)</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Сумма, сом:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Remove the selected expense?</source>
        <translation>Удалить выбранный расход?</translation>
    </message>
    <message>
        <source>&amp;Place (village):</source>
        <translation>&amp;Место (село):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Participants as the &amp;source states (optional):</source>
        <translation>Участников по &amp;источнику (необязательно):</translation>
    </message>
    <message>
        <source>The counts by category give %1.</source>
        <translation>По категориям получается %1.</translation>
    </message>
    <message>
        <source>It differs from the stated number: both are kept and the event is listed in the figures to check.</source>
        <translation>Это отличается от указанного числа: сохраняются оба, мероприятие попадёт в цифры для проверки.</translation>
    </message>
    <message>
        <source>Only planned, not held yet</source>
        <translation>Только запланировано, ещё не проведено</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Remove the event «%1» and its participant counts?</source>
        <translation>Удалить мероприятие «%1» и число его участников?</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>New participant category</source>
        <translation>Новая категория участников</translation>
    </message>
    <message>
        <source>Name in &amp;Kyrgyz:</source>
        <translation>Название на &amp;кыргызском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Входит в:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The parts add up to the whole (like boys and girls make up children)</source>
        <translation>Части составляют целое (как мальчики и девочки — дети)</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>New media coverage</source>
        <translation>Новая публикация в СМИ</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание / канал:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <source>Remove the selected row?</source>
        <translation>Удалить выбранную строку?</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Recipients of the grant</source>
        <translation>Получатели гранта</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Add a recipient</source>
        <translation>&amp;Добавить получателя</translation>
    </message>
    <message>
        <source>&amp;Remove the recipient</source>
        <translation>&amp;Удалить получателя</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Together: %1 som; the grant: %2 som.</source>
        <translation>Вместе: %1 сом; грант: %2 сом.</translation>
    </message>
    <message>
        <source>They must add up to the grant exactly.</source>
        <translation>Они должны составить ровно сумму гранта.</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>Строка %1: </translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <source>New resolution</source>
        <translation>Новое постановление</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>Body&apos;s &amp;name:</source>
        <translation>&amp;Название органа:</translation>
    </message>
    <message>
        <source>e.g. Kara-Balta city council</source>
        <translation>например, Кара-Балтинский городской кенеш</translation>
    </message>
    <message>
        <source>&amp;Kind of act:</source>
        <translation>&amp;Вид акта:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>Дата &amp;принятия:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Normative act (registered by the justice body)</source>
        <translation>&amp;Нормативный акт (регистрируется органом юстиции)</translation>
    </message>
    <message>
        <source>Sent to &amp;justice on:</source>
        <translation>Направлено в &amp;юстицию:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>Дата &amp;регистрации:</translation>
    </message>
    <message>
        <source>Number in the state &amp;register:</source>
        <translation>Номер в государственном р&amp;еестре:</translation>
    </message>
    <message>
        <source>&amp;Standing commission in control:</source>
        <translation>Контролирующая постоянная &amp;комиссия:</translation>
    </message>
    <message>
        <source>&amp;Official in control:</source>
        <translation>Контролирующее &amp;должностное лицо:</translation>
    </message>
    <message>
        <source>&amp;Distribution (one per line):</source>
        <translation>&amp;Разослать (по одному в строке):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Point of the resolution</source>
        <translation>Пункт постановления</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source>&amp;No.:</source>
        <translation>&amp;Номер пункта:</translation>
    </message>
    <message>
        <source>next</source>
        <translation>следующий</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Due date (empty: not under control):</source>
        <translation>&amp;Срок исполнения (пусто — не на контроле):</translation>
    </message>
    <message>
        <source>&amp;Controller (empty: the resolution&apos;s):</source>
        <translation>&amp;Контролирующий (пусто — как в постановлении):</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Исполнено: %1</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>Дата &amp;исполнения:</translation>
    </message>
    <message>
        <source>Confirming &amp;document:</source>
        <translation>Подтверждающий &amp;документ:</translation>
    </message>
    <message>
        <source>e.g. letter No. 12</source>
        <translation>например, письмо № 12</translation>
    </message>
    <message>
        <source>What the resolution approves or changes</source>
        <translation>Что утверждает или изменяет постановление</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Связь:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <source>&amp;Title of the document:</source>
        <translation>&amp;Название документа:</translation>
    </message>
    <message>
        <source>Public hearing</source>
        <translation>Публичные слушания</translation>
    </message>
    <message>
        <source>New public hearing</source>
        <translation>Новые публичные слушания</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Notice on:</source>
        <translation>Дата &amp;извещения:</translation>
    </message>
    <message>
        <source>Notice &amp;channel:</source>
        <translation>&amp;Способ извещения:</translation>
    </message>
    <message>
        <source>e.g. notice board, WhatsApp groups, radio</source>
        <translation>например, доска объявлений, группы WhatsApp, радио</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Дата &amp;проведения:</translation>
    </message>
    <message>
        <source>Held &amp;online (remotely, through messengers)</source>
        <translation>Проведены &amp;онлайн (дистанционно, через мессенджеры)</translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation>&amp;Место или ссылка:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>Sec&amp;retary:</source>
        <translation>&amp;Секретарь:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <source>&amp;Author group:</source>
        <translation>&amp;Автор (группа):</translation>
    </message>
    <message>
        <source>e.g. youth, residents of a village, deputies</source>
        <translation>например, молодёжь, жители села, депутаты</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Предложение:</translation>
    </message>
    <message>
        <source>Answer to the proposal</source>
        <translation>Ответ на предложение</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>&amp;Answer (the reason when rejected):</source>
        <translation>&amp;Ответ (при отклонении — причина):</translation>
    </message>
    <message>
        <source>Included in the &amp;resolution:</source>
        <translation>Включено в &amp;постановление:</translation>
    </message>
    <message>
        <source>Included in the &amp;budget line:</source>
        <translation>Включено в статью &amp;бюджета:</translation>
    </message>
    <message>
        <source>Included &amp;elsewhere:</source>
        <translation>Включено &amp;в другое:</translation>
    </message>
    <message>
        <source>Need or proposal</source>
        <translation>Потребность или предложение</translation>
    </message>
    <message>
        <source>New need or proposal</source>
        <translation>Новая потребность или предложение</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Село:</translation>
    </message>
    <message>
        <source>&amp;Group concerned:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Who wrote or said it:</source>
        <translation>&amp;Кто написал или сказал:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Проблема:</translation>
    </message>
    <message>
        <source>P&amp;roposal:</source>
        <translation>П&amp;редложение:</translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation>&amp;Слушания:</translation>
    </message>
    <message>
        <source>What answered the need</source>
        <translation>Что решило потребность</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Competition (its theme):</source>
        <translation>&amp;Конкурс (его тема):</translation>
    </message>
    <message>
        <source>Program &amp;measure:</source>
        <translation>&amp;Мера программы:</translation>
    </message>
    <message>
        <source>&amp;Budget line:</source>
        <translation>Статья &amp;бюджета:</translation>
    </message>
    <message>
        <source>&amp;Answer (the reason when declined):</source>
        <translation>&amp;Ответ (при отказе — причина):</translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation>Местный бюджет</translation>
    </message>
    <message>
        <source>New year&apos;s local budget</source>
        <translation>Новый местный бюджет года</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Total &amp;expenditure, som:</source>
        <translation>Все &amp;расходы, сом:</translation>
    </message>
    <message>
        <source>Executive&apos;s &amp;paid services, som:</source>
        <translation>&amp;Платные услуги исполнительного органа, сом:</translation>
    </message>
    <message>
        <source>&amp;Reserve fund, som (at most 1 %):</source>
        <translation>&amp;Резервный фонд, сом (не больше 1 %):</translation>
    </message>
    <message>
        <source>Approved by re&amp;solution:</source>
        <translation>Утверждён &amp;постановлением:</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Новая статья бюджета</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Сумма, сом:</translation>
    </message>
    <message>
        <source>Competition funded from «%1»</source>
        <translation>Конкурс, финансируемый по строке «%1»</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Конкурс:</translation>
    </message>
    <message>
        <source>Decision on the reserve fund</source>
        <translation>Решение по резервному фонду</translation>
    </message>
    <message>
        <source>New decision on the reserve fund</source>
        <translation>Новое решение по резервному фонду</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>e.g. resolution of the ayil okmotu No. 7</source>
        <translation>например, постановление айыл окмоту № 7</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <source>&amp;Resolution of the register:</source>
        <translation>&amp;Постановление из реестра:</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>&amp;Resolutions</source>
        <translation>&amp;Постановления</translation>
    </message>
    <message>
        <source>&amp;Control: overdue and this month</source>
        <translation>&amp;Контроль: просрочено и в этом месяце</translation>
    </message>
    <message>
        <source>Public &amp;hearings</source>
        <translation>Публичные &amp;слушания</translation>
    </message>
    <message>
        <source>&amp;Needs and proposals</source>
        <translation>По&amp;требности и предложения</translation>
    </message>
    <message>
        <source>Local &amp;budgets</source>
        <translation>Местные &amp;бюджеты</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Making the report…</source>
        <translation>Отчёт формируется…</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <source>fit to width</source>
        <translation>по ширине</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Конкурс:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Про&amp;грамма:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Half-year:</source>
        <translation>Полугодие:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>First half-year</source>
        <translation>Первое полугодие</translation>
    </message>
    <message>
        <source>Second half-year</source>
        <translation>Второе полугодие</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Пред&amp;просмотр</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>Show the page as wide as the preview</source>
        <translation>Показать страницу во всю ширину просмотра</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить как P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Сохранить как &amp;XLSX…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation>&amp;Слушания:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
</context>
<context>
    <name>ResolutionsTab</name>
    <message>
        <source>Under the control of: %1</source>
        <translation>На контроле у: %1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Разослать: %1</translation>
    </message>
    <message>
        <source>Justice: sent %1, registered %2 %3</source>
        <translation>Юстиция: направлено %1, зарегистрировано %2 %3</translation>
    </message>
    <message>
        <source>Remove the resolution %1 from the register?</source>
        <translation>Удалить постановление %1 из реестра?</translation>
    </message>
    <message>
        <source>Remove point %1?</source>
        <translation>Удалить пункт %1?</translation>
    </message>
    <message>
        <source>&amp;New resolution…</source>
        <translation>&amp;Новое постановление…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Print the control report…</source>
        <translation>&amp;Печать отчёта о контроле…</translation>
    </message>
    <message>
        <source>Points (a point with a due date is under control):</source>
        <translation>Пункты (пункт со сроком стоит на контроле):</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Контролирующий</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Add a &amp;point…</source>
        <translation>Добавить &amp;пункт…</translation>
    </message>
    <message>
        <source>Edit the point…</source>
        <translation>Изменить пункт…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Отметить &amp;исполнение…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Вернуть на исполнение</translation>
    </message>
    <message>
        <source>Remove the point</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <source>What it approves or changes, and what rests on it:</source>
        <translation>Что утверждает или изменяет и что на нём основано:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Связать…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Убрать связь</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Results and act</source>
        <translation>Результаты, акт</translation>
    </message>
    <message>
        <source>Satisfaction of participants</source>
        <translation>Удовлетворённость участников</translation>
    </message>
    <message>
        <source>Add &amp;survey…</source>
        <translation>Добавить &amp;опрос…</translation>
    </message>
    <message>
        <source>Remove survey</source>
        <translation>Удалить опрос</translation>
    </message>
    <message>
        <source>Acceptance act</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>&amp;Write the act…</source>
        <translation>&amp;Заполнить акт…</translation>
    </message>
    <message>
        <source>A&amp;ccept the result…</source>
        <translation>&amp;Принять результат…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the acceptance…</source>
        <translation>&amp;Отменить приёмку…</translation>
    </message>
    <message>
        <source>Print the act</source>
        <translation>Печать акта</translation>
    </message>
    <message>
        <source>Print the results</source>
        <translation>Печать результатов</translation>
    </message>
    <message>
        <source>Events: %1 planned, %2 held.</source>
        <translation>Мероприятия: запланировано %1, проведено %2.</translation>
    </message>
    <message>
        <source>Cost: planned %1 som, actual %2 som.</source>
        <translation>Стоимость: план %1 сом, факт %2 сом.</translation>
    </message>
    <message>
        <source>Per participant: planned %1 som, actual %2 som.</source>
        <translation>На одного участника: план %1 сом, факт %2 сом.</translation>
    </message>
    <message>
        <source>From the local budget per participant: planned %1 som, actual %2 som.</source>
        <translation>Из местного бюджета на одного участника: план %1 сом, факт %2 сом.</translation>
    </message>
    <message>
        <source>Co-financing (all but the local budget): %1 som, %2 % of the cost.</source>
        <translation>Софинансирование (всё, кроме местного бюджета): %1 сом, %2 % стоимости.</translation>
    </message>
    <message>
        <source>%1: %2 som (%3 %)</source>
        <translation>%1: %2 сом (%3 %)</translation>
    </message>
    <message>
        <source>Satisfied: %1 of %2 asked (%3 %).</source>
        <translation>Удовлетворены: %1 из %2 опрошенных (%3 %).</translation>
    </message>
    <message>
        <source>No satisfaction survey yet.</source>
        <translation>Опроса удовлетворённости ещё не было.</translation>
    </message>
    <message>
        <source>No act yet. Write the act, then accept the result: only that completes the project.</source>
        <translation>Акта пока нет. Заполните акт и примите результат: только это завершает проект.</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 is accepted (%3): the project is completed.</source>
        <translation>Акт № %1 от %2 принят (%3): проект завершён.</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 is a draft, not accepted yet.</source>
        <translation>Акт № %1 от %2 — проект, ещё не принят.</translation>
    </message>
    <message>
        <source>Acceptance cancelled: %1</source>
        <translation>Приёмка отменена: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Of plan, %</source>
        <translation>От плана, %</translation>
    </message>
    <message>
        <source>All participants (each once)</source>
        <translation>Всего участников (без повторов)</translation>
    </message>
    <message>
        <source>New satisfaction survey</source>
        <translation>Новый опрос</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>How many were &amp;asked:</source>
        <translation>Сколько &amp;опрошено:</translation>
    </message>
    <message>
        <source>How many were &amp;satisfied:</source>
        <translation>Сколько &amp;удовлетворены:</translation>
    </message>
    <message>
        <source>&amp;How (questionnaire, show of hands…):</source>
        <translation>&amp;Как (анкета, поднятием рук…):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Remove the selected survey?</source>
        <translation>Удалить выбранный опрос?</translation>
    </message>
    <message>
        <source>Act &amp;No.:</source>
        <translation>&amp;Номер акта:</translation>
    </message>
    <message>
        <source>Signs for the &amp;customer:</source>
        <translation>Подписывает от &amp;заказчика:</translation>
    </message>
    <message>
        <source>Signs for the &amp;executor:</source>
        <translation>Подписывает от &amp;исполнителя:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Замечания:</translation>
    </message>
    <message>
        <source>Accept the project&apos;s result? The project becomes completed and the figures the act lists are sealed.</source>
        <translation>Принять результат проекта? Проект будет завершён, а показатели акта зафиксированы.</translation>
    </message>
    <message>
        <source>Cancel the acceptance</source>
        <translation>Отмена приёмки</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>commission secretary</source>
        <translation>секретарь комиссии</translation>
    </message>
    <message>
        <source>commission chair</source>
        <translation>председатель комиссии</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль не даёт права на это.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>not set yet</source>
        <translation>пока не указан</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The new language is applied at once and remembered for the next start.</source>
        <translation>Новый язык применяется сразу и сохраняется для следующего запуска.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The database is on a network share or a removable drive: %1
Keep it on this computer&apos;s own disk; a power cut or a pulled stick can damage it. Use backups and sync packages to carry data.</source>
        <translation>База данных находится в сетевой папке или на съёмном диске: %1
Храните её на собственном диске этого компьютера: отключение света или извлечённая флешка могут её повредить. Для переноса данных используйте резервные копии и пакеты синхронизации.</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>запрошенная сумма</translation>
    </message>
    <message>
        <source>grant amount</source>
        <translation>сумма гранта</translation>
    </message>
    <message>
        <source>planned amount</source>
        <translation>плановая сумма</translation>
    </message>
    <message>
        <source>actual amount</source>
        <translation>фактическая сумма</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>число людей</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>village</source>
        <translation>село</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>population</source>
        <translation>численность населения</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>reserve fund</source>
        <translation>резервный фонд</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Everything, for any office</source>
        <translation>Всё, для любого офиса</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>доверенный</translation>
    </message>
    <message>
        <source>clock far ahead</source>
        <translation>часы сильно спешат</translation>
    </message>
    <message>
        <source>edited in two offices</source>
        <translation>изменено в двух офисах</translation>
    </message>
    <message>
        <source>refused change</source>
        <translation>отклонённое изменение</translation>
    </message>
    <message>
        <source>This package was imported before; nothing changed.</source>
        <translation>Этот пакет уже был принят; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Imported: %1 applied, %2 already had, %3 waiting, %4 conflicts</source>
        <translation>Импортировано: применено %1, уже было %2, ожидает %3, конфликтов %4</translation>
    </message>
    <message>
        <source>Package written and checked: %1 (%2 changes)</source>
        <translation>Пакет записан и проверен: %1 (%2 изменений)</translation>
    </message>
    <message>
        <source>The file was moved to quarantine: %1</source>
        <translation>Файл перемещён в карантин: %1</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>Demilge packages (*.demilge)</source>
        <translation>Пакеты Демилге (*.demilge)</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>Demilge packages (*.demilge);;All files (*)</source>
        <translation>Пакеты Демилге (*.demilge);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open the other office&apos;s key file</source>
        <translation>Открыть файл ключа другого офиса</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Файлы ключей (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Office %1 is trusted now. Compare this fingerprint by phone with the other office: %2</source>
        <translation>Офис %1 теперь доверенный. Сверьте этот отпечаток по телефону с другим офисом: %2</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its packages will be refused.</source>
        <translation>Перестать доверять офису %1? Его пакеты не будут приниматься.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Название офиса</translation>
    </message>
    <message>
        <source>Name of this office:</source>
        <translation>Название этого офиса:</translation>
    </message>
    <message>
        <source>Save this office&apos;s key</source>
        <translation>Сохранить ключ этого офиса</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Файлы ключей (*.json)</translation>
    </message>
    <message>
        <source>Folder to watch for packages</source>
        <translation>Папка для входящих пакетов</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Этот офис</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Office id:</source>
        <translation>Идентификатор офиса:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Отпечаток ключа:</translation>
    </message>
    <message>
        <source>This database was copied from another computer. Register it as a new office before exporting.</source>
        <translation>Эта база скопирована с другого компьютера. Перед экспортом зарегистрируйте её как новый офис.</translation>
    </message>
    <message>
        <source>&amp;Name or register office…</source>
        <translation>&amp;Название или регистрация офиса…</translation>
    </message>
    <message>
        <source>Save &amp;key file…</source>
        <translation>Сохранить файл &amp;ключа…</translation>
    </message>
    <message>
        <source>Exchange by file</source>
        <translation>Обмен через файл</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Кому отправить:</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <source>Received file:</source>
        <translation>Полученный файл:</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <source>Watched folder:</source>
        <translation>Отслеживаемая папка:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>Доверенные офисы</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Changes not yet received</source>
        <translation>Ещё не получено изменений</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>&amp;Доверять файлу ключа…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Конфликты для рассмотрения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Сохранённое значение</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Keep the value</source>
        <translation>Оставить значение</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <source>protocol closed in two offices</source>
        <translation>протокол закрыт в двух офисах</translation>
    </message>
    <message>
        <source>the closed protocol</source>
        <translation>закрытый протокол</translation>
    </message>
    <message>
        <source>%1 changes made by offices not trusted here were set aside: %2. Trust their key files to receive them.</source>
        <translation>Отложено %1 изменений офисов, которым здесь не доверяют: %2. Чтобы получить их, добавьте ключи этих офисов в доверенные.</translation>
    </message>
    <message>
        <source>%1 attached files are missing or damaged here and were not sent.</source>
        <translation>Файлов вложений нет здесь или они повреждены: %1; они не отправлены.</translation>
    </message>
    <message>
        <source>The signing key was saved: %1. Keep the file and the passphrase apart.</source>
        <translation>Ключ подписи сохранён: %1. Храните файл и парольную фразу раздельно.</translation>
    </message>
    <message>
        <source>The signing key is on this computer now.</source>
        <translation>Ключ подписи теперь на этом компьютере.</translation>
    </message>
    <message>
        <source>Save the signing key</source>
        <translation>Сохранить ключ подписи</translation>
    </message>
    <message>
        <source>Signing keys (*.key)</source>
        <translation>Ключи подписи (*.key)</translation>
    </message>
    <message>
        <source>Open a saved signing key</source>
        <translation>Открыть сохранённый ключ подписи</translation>
    </message>
    <message>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation>Ключи подписи (*.key);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Register this database as a new office with a new signing key? Use it when the key is lost or may be known to others. Every other office must then trust the new key file (and revoke the old office).</source>
        <translation>Зарегистрировать эту базу как новый офис с новым ключом подписи? Используйте, когда ключ утерян или мог стать известен другим. Затем каждый другой офис должен добавить новый файл ключа в доверенные (и отозвать старый офис).</translation>
    </message>
    <message>
        <source>This office&apos;s signing key is not on this computer: packages cannot be exported. Import the saved signing key, or register this database as a new office with a new key.</source>
        <translation>Ключа подписи этого офиса нет на этом компьютере: экспорт пакетов невозможен. Импортируйте сохранённый ключ подписи или зарегистрируйте эту базу как новый офис с новым ключом.</translation>
    </message>
    <message>
        <source>Save signing key…</source>
        <translation>Сохранить ключ подписи…</translation>
    </message>
    <message>
        <source>Import signing key…</source>
        <translation>Импорт ключа подписи…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Новый ключ…</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Софинансирование</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Scoring criterion</source>
        <translation>Критерий оценки</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Participant category</source>
        <translation>Категория участников</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Участники мероприятия</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Media coverage</source>
        <translation>Освещение в СМИ</translation>
    </message>
    <message>
        <source>Development program</source>
        <translation>Программа развития</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Значение индикатора</translation>
    </message>
    <message>
        <source>Step of a competition&apos;s work plan</source>
        <translation>Шаг плана работы конкурса</translation>
    </message>
    <message>
        <source>Tranche of a grant</source>
        <translation>Транш гранта</translation>
    </message>
    <message>
        <source>Payment of a grant</source>
        <translation>Выплата гранта</translation>
    </message>
    <message>
        <source>Report of an executor</source>
        <translation>Отчёт исполнителя</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Мониторинговый визит</translation>
    </message>
    <message>
        <source>Acceptance act</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Опрос удовлетворённости</translation>
    </message>
    <message>
        <source>File of a project</source>
        <translation>Файл проекта</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <source>Point of a resolution</source>
        <translation>Пункт постановления</translation>
    </message>
    <message>
        <source>Public hearing</source>
        <translation>Публичные слушания</translation>
    </message>
    <message>
        <source>Hearing proposal</source>
        <translation>Предложение слушаний</translation>
    </message>
    <message>
        <source>Need or proposal</source>
        <translation>Потребность или предложение</translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation>Местный бюджет</translation>
    </message>
    <message>
        <source>Local budget line</source>
        <translation>Статья местного бюджета</translation>
    </message>
    <message>
        <source>Reserve-fund decision</source>
        <translation>Решение по резервному фонду</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
</TS>
