<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AdminPanel</name>
    <message>
        <source>active</source>
        <translation>активдүү</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өчүрүлгөн</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Колдонуучулар</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Камдык көчүрмө жасалды жана текшерилди: %1</translation>
    </message>
    <message>
        <source>Folder or USB stick for the backup</source>
        <translation>Камдык көчүрмө үчүн папка же флешка</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Камдык көчүрмөнү тандаңыз</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3);;All files (*)</source>
        <translation>Маалымат базалары (*.sqlite3);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1? The current file is kept aside in the backups folder.</source>
        <translation>Учурдагы маалыматтарды %1 камдык көчүрмөсү менен алмаштырасызбы? Учурдагы файл камдык көчүрмөлөр папкасында сакталып калат.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Колдонуучулар жана ролдор</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Колдонуучу &amp;кошуу…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Өчүрүү / күйгүзүү</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалган</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Эмне үчүн</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Азыр &amp;камдык көчүрмө жасоо</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder or USB stick…</source>
        <translation>&amp;Папкага же флешкага көчүрүү…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Калыбына келтирүү…</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Registered</source>
        <translation>Катталды</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Талаптарга жооп берет</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Талаптарга жооп бербейт</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кайтарылып алынды</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңүүчү</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Четке кагылды</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Competitions</source>
        <translation>Сынактар</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтүнмөлөр</translation>
    </message>
    <message>
        <source>Grant commission</source>
        <translation>Гранттык комиссия</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <source>Development program</source>
        <translation>Өнүктүрүү программасы</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Шайкештештирүү</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Allocation, som</source>
        <translation>Бөлүнгөн каражат, сом</translation>
    </message>
    <message>
        <source>Max. grant, som</source>
        <translation>Макс. грант, сом</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Жарыяланды</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Акыркы мөөнөт</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Каттоо №</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Сынак</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтүнмө берүүчү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Requested, som</source>
        <translation>Суралган сумма, сом</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Protocol hash</source>
        <translation>Протоколдун хэши</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Аткаруучу</translation>
    </message>
    <message>
        <source>Grant, som</source>
        <translation>Грант, сом</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аякташы</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлчөө бирдиги</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалык маани</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Акыркы максат</translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>Members</source>
        <translation>Мүчөлөр</translation>
    </message>
    <message>
        <source>Meetings and protocols</source>
        <translation>Отурумдар жана протоколдор</translation>
    </message>
</context>
<context>
    <name>CompetitionKind</name>
    <message>
        <source>LI</source>
        <translation>ЖД</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>МСЗ</translation>
    </message>
    <message>
        <source>Local initiative</source>
        <translation>Жергиликтүү демилге</translation>
    </message>
    <message>
        <source>State social order</source>
        <translation>Мамлекеттик социалдык заказ</translation>
    </message>
</context>
<context>
    <name>CompetitionStatus</name>
    <message>
        <source>Draft</source>
        <translation>Даярдалууда</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Жарыяланган</translation>
    </message>
    <message>
        <source>Applications closed</source>
        <translation>Өтүнмөлөрдү кабыл алуу бүттү</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Каралууда</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Чечим кабыл алынды</translation>
    </message>
    <message>
        <source>In implementation</source>
        <translation>Ишке ашырылууда</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аякталды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Sport</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Оюн-көрсөтүү</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Тазалоо акциясы</translation>
    </message>
    <message>
        <source>Information meeting</source>
        <translation>Маалыматтык жолугушуу</translation>
    </message>
    <message>
        <source>TV or radio broadcast</source>
        <translation>Теле- же радиоберүү</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Окутуу</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
</context>
<context>
    <name>EventState</name>
    <message>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өткөрүлдү</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator — Demilge</source>
        <translation>Администраторду түзүү — Демилге</translation>
    </message>
    <message>
        <source>Nobody uses this database yet. Create the administrator&apos;s account: the administrator sets up the municipality and adds the other users (specialists, the commission&apos;s chair and secretary, viewers).</source>
        <translation>Бул маалымат базасын азырынча эч ким колдонбойт. Администратордун эсебин түзүңүз: администратор муниципалитетти жөндөйт жана башка колдонуучуларды кошот (адистер, комиссиянын төрагасы жана катчысы, көрүүчүлөр).</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Колдонуучунун аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Сырсөздү &amp;кайталаңыз:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Түзүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Эки сырсөз бирдей эмес.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Demilge — first start</source>
        <translation>Демилге — биринчи ачылыш</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>Welcome to Demilge</source>
        <translation>Демилге программасына кош келиңиз</translation>
    </message>
    <message>
        <source>There is no database on this computer yet. How do you want to start?</source>
        <translation>Бул компьютерде азырынча маалымат базасы жок. Ишти кантип баштайсыз?</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Сиздин муниципалитет</translation>
    </message>
    <message>
        <source>This database has no municipality yet. Enter the one your office works for.</source>
        <translation>Бул маалымат базасында азырынча муниципалитет жок. Кеңсеңиз кайсы муниципалитет үчүн иштесе, ошону жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Open the demo database</source>
        <translation>&amp;Демо маалымат базасын ачуу</translation>
    </message>
    <message>
        <source>Real examples to look around and practise: Batken city (state social order, 2018), A. Orozbekov ayil aimak (local initiatives, 2021) and the Kara-Balta development program. It is kept in a separate file; your own work is not mixed with it.</source>
        <translation>Таанышып, машыгуу үчүн чыныгы мисалдар: Баткен шаары (мамлекеттик социалдык заказ, 2018), А. Орозбеков айыл аймагы (жергиликтүү демилгелер, 2021) жана Кара-Балта шаарын өнүктүрүү программасы. Ал өзүнчө файлда сакталат; сиздин ишиңиз аны менен аралашпайт.</translation>
    </message>
    <message>
        <source>&amp;Start an empty municipality</source>
        <translation>&amp;Бош муниципалитет менен баштоо</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Т&amp;үрү:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Району:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Об&amp;лусу:</translation>
    </message>
    <message>
        <source>e.g. Ak-Suu ayil aimak</source>
        <translation>мисалы, Ак-Суу айыл аймагы</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Ба&amp;штоо</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Кийинчерээк</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>Жазуунун тарыхы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Болгон</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Болду</translation>
    </message>
    <message>
        <source>created</source>
        <translation>түзүлдү</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>өчүрүлдү</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>алынып салынды</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>No records yet</source>
        <translation>Азырынча жазуулар жок</translation>
    </message>
    <message>
        <source>Found: %1 of %2</source>
        <translation>Табылды: %2 ичинен %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Жазуулар: %1</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Издөө:</translation>
    </message>
    <message>
        <source>&amp;History of this record…</source>
        <translation>Бул жазуунун &amp;тарыхы…</translation>
    </message>
    <message>
        <source>Type words to find, e.g. a name, village or number</source>
        <translation>Издөө үчүн сөз жазыңыз: мисалы, аты-жөнү, айыл же номер</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Demilge</source>
        <translation>Кирүү — Демилге</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Колдонуучунун аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Камдык көчүрмө калыбына келтирилди.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>Тизмелерди &amp;жаңылоо</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Маалымат базасы: %1</translation>
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
    <name>MeetingStatus</name>
    <message>
        <source>Protocol open</source>
        <translation>Протокол ачык</translation>
    </message>
    <message>
        <source>Protocol closed</source>
        <translation>Протокол жабылды</translation>
    </message>
</context>
<context>
    <name>MemberCategory</name>
    <message>
        <source>LSG specialist</source>
        <translation>ЖӨБ адиси</translation>
    </message>
    <message>
        <source>Council deputy</source>
        <translation>Кеңештин депутаты</translation>
    </message>
    <message>
        <source>Community representative</source>
        <translation>Жамааттын өкүлү</translation>
    </message>
    <message>
        <source>Civil society representative</source>
        <translation>Жарандык коомдун өкүлү</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Chair</source>
        <translation>Төрага</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Төраганын орун басары</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Катчы</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
</context>
<context>
    <name>MunicipalityKind</name>
    <message>
        <source>Ayil aimak</source>
        <translation>Айыл аймагы</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Шаар</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Шаарча</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Жаңы колдонуучу</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Колдонуучунун аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөнү:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Р&amp;олу:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The reports will be built here, in Kyrgyz and Russian, as PDF and XLSX: the competition announcement, the application register, blank score sheets for commission members, the commission protocol with signature lines, project budgets (planned and actual by funding source), event participants, the summary for a council session and the development program&apos;s action plan and indicator matrix.</source>
        <translation>Бул жерде отчеттор кыргыз жана орус тилдеринде, PDF жана XLSX түрүндө түзүлөт: сынак тууралуу кулактандыруу, өтүнмөлөрдүн реестри, комиссия мүчөлөрү үчүн упай баракчалары, кол коюу саптары менен комиссиянын протоколу, долбоорлордун бюджети (каржылоо булактары боюнча пландалганы жана иш жүзүндөгүсү), иш-чаралардын катышуучулары, кеңештин сессиясы үчүн жыйынтык маалымат, өнүктүрүү программасынын иш-чаралар планы жана индикаторлор матрицасы.</translation>
    </message>
    <message>
        <source>Synchronisation by file will be done here: export the changes made in this office into one signed package file, take it to another office on a USB stick, by e-mail or through a shared folder, import packages from trusted offices, and settle conflicts where two offices changed the same record.</source>
        <translation>Бул жерде файл аркылуу шайкештештирүү жүргүзүлөт: бул кеңседе киргизилген өзгөртүүлөрдү кол коюлган бир пакет-файлга экспорттоо, аны башка кеңсеге флешка, электрондук почта же жалпы папка аркылуу жеткирүү, ишенимдүү кеңселердин пакеттерин импорттоо жана эки кеңсе бир эле жазууну өзгөрткөндө келип чыккан карама-каршылыктарды чечүү.</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ишке ашырылууда</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аякталды</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Токтотулду</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>not set yet</source>
        <translation>азырынча киргизиле элек</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейстин тили</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>The new language is applied at once and remembered for the next start.</source>
        <translation>Жаңы тил дароо колдонулат жана кийинки ачылышта да сакталат.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Району:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Облусу:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Маалымат базасы</translation>
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
        <translation>Маалымат базасы тармактык папкада же алынма дискте турат: %1
Аны ушул компьютердин өз дискинде сактаңыз; жарык өчсө же флешка сууруп алынса, ал бузулушу мүмкүн. Маалыматты ташуу үчүн камдык көчүрмөлөрдү жана шайкештештирүү пакеттерин колдонуңуз.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Everything, for any office</source>
        <translation>Баары, каалаган кеңсе үчүн</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>кайтарылып алынган</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>ишенимдүү</translation>
    </message>
    <message>
        <source>clock far ahead</source>
        <translation>сааты алдыга кеткен</translation>
    </message>
    <message>
        <source>edited in two offices</source>
        <translation>эки кеңседе өзгөртүлгөн</translation>
    </message>
    <message>
        <source>refused change</source>
        <translation>четке кагылган өзгөртүү</translation>
    </message>
    <message>
        <source>This package was imported before; nothing changed.</source>
        <translation>Бул пакет мурда эле импорттолгон; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Imported: %1 applied, %2 already had, %3 waiting, %4 conflicts</source>
        <translation>Импорттолду: %1 колдонулду, %2 мурда бар эле, %3 күтүүдө, %4 карама-каршылык</translation>
    </message>
    <message>
        <source>Package written and checked: %1 (%2 changes)</source>
        <translation>Пакет жазылды жана текшерилди: %1 (%2 өзгөртүү)</translation>
    </message>
    <message>
        <source>The file was moved to quarantine: %1</source>
        <translation>Файл карантинге жылдырылды: %1</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Пакетти сактоо</translation>
    </message>
    <message>
        <source>Demilge packages (*.demilge)</source>
        <translation>Демилге пакеттери (*.demilge)</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Пакетти ачуу</translation>
    </message>
    <message>
        <source>Demilge packages (*.demilge);;All files (*)</source>
        <translation>Демилге пакеттери (*.demilge);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Open the other office&apos;s key file</source>
        <translation>Башка кеңсенин ачкыч файлын ачуу</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Ачкыч файлдары (*.json);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Шайкештештирүү</translation>
    </message>
    <message>
        <source>Office %1 is trusted now. Compare this fingerprint by phone with the other office: %2</source>
        <translation>%1 кеңсеси эми ишенимдүү. Бул изди экинчи кеңсе менен телефон аркылуу салыштырыңыз: %2</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its packages will be refused.</source>
        <translation>%1 кеңсесине ишенбей калуу керекпи? Анын пакеттери кабыл алынбайт.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Кеңсенин аталышы</translation>
    </message>
    <message>
        <source>Name of this office:</source>
        <translation>Бул кеңсенин аталышы:</translation>
    </message>
    <message>
        <source>Save this office&apos;s key</source>
        <translation>Бул кеңсенин ачкычын сактоо</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Ачкыч файлдары (*.json)</translation>
    </message>
    <message>
        <source>Folder to watch for packages</source>
        <translation>Пакеттер күтүлүүчү папка</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Бул кеңсе</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <source>Office id:</source>
        <translation>Кеңсенин идентификатору:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Ачкычтын изи:</translation>
    </message>
    <message>
        <source>This database was copied from another computer. Register it as a new office before exporting.</source>
        <translation>Бул маалымат базасы башка компьютерден көчүрүлгөн. Экспорттоодон мурун аны жаңы кеңсе катары каттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Name or register office…</source>
        <translation>Кеңсенин &amp;аталышы же каттоо…</translation>
    </message>
    <message>
        <source>Save &amp;key file…</source>
        <translation>&amp;Ачкыч файлын сактоо…</translation>
    </message>
    <message>
        <source>Exchange by file</source>
        <translation>Файл аркылуу алмашуу</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Кимге жөнөтүү:</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>Пакетти &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Received file:</source>
        <translation>Алынган файл:</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>Пакетти &amp;импорттоо…</translation>
    </message>
    <message>
        <source>Watched folder:</source>
        <translation>Көзөмөлдөнгөн папка:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>Ишенимдүү кеңселер</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Ачкычтын изи</translation>
    </message>
    <message>
        <source>Changes not yet received</source>
        <translation>Али алына элек өзгөртүүлөр</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>Ачкыч файлына &amp;ишенүү…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Кайтарып &amp;алуу</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Карап чыгуучу карама-каршылыктар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Калтырылган маани</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Башка маани</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Байкалган</translation>
    </message>
    <message>
        <source>Keep the value</source>
        <translation>Маанини калтыруу</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Башка маанини алуу</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>адис</translation>
    </message>
    <message>
        <source>commission secretary</source>
        <translation>комиссиянын катчысы</translation>
    </message>
    <message>
        <source>commission chair</source>
        <translation>комиссиянын төрагасы</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>көрүүчү</translation>
    </message>
</context>
</TS>
