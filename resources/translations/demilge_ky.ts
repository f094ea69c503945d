<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Сиз %1 (%2) катары кирдиңиз.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активдүү</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өчүрүлгөн</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Сырсөзүмдү өзгөртүү</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Сырсөзүңүз өзгөртүлдү.</translation>
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
        <source>My account</source>
        <translation>Менин эсебим</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>&amp;Сырсөзүмдү өзгөртүү…</translation>
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
    <name>AgreementTab</name>
    <message>
        <source>Agreement</source>
        <translation>Келишим</translation>
    </message>
    <message>
        <source>Payment schedule: tranches of the grant</source>
        <translation>Төлөмдөрдүн графиги: гранттын транштары</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Жүргүзүлгөн төлөмдөр</translation>
    </message>
    <message>
        <source>Add &amp;tranche…</source>
        <translation>&amp;Транш кошуу…</translation>
    </message>
    <message>
        <source>Edit tranche…</source>
        <translation>Траншты өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove tranche</source>
        <translation>Траншты өчүрүү</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>&amp;Төлөмдү каттоо…</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Төлөмдү өчүрүү</translation>
    </message>
    <message>
        <source>Print the &amp;agreement</source>
        <translation>&amp;Келишимди басып чыгаруу</translation>
    </message>
    <message>
        <source>Grant %1 som; in the schedule %2 som; paid %3 som.</source>
        <translation>Грант %1 сом; графикте %2 сом; төлөндү %3 сом.</translation>
    </message>
    <message>
        <source>(on signing, no report)</source>
        <translation>(кол коюлганда, отчетсуз)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Суммасы, сом:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Шарты:</translation>
    </message>
    <message>
        <source>Paid after the &amp;report:</source>
        <translation>Кайсы &amp;отчеттон кийин төлөнөт:</translation>
    </message>
    <message>
        <source>New tranche</source>
        <translation>Жаңы транш</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Транш</translation>
    </message>
    <message>
        <source>Remove tranche %1?</source>
        <translation>%1-траншты өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Add the tranches of the schedule first.</source>
        <translation>Адегенде графиктин транштарын кошуңуз.</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>Жаңы төлөм</translation>
    </message>
    <message>
        <source>&amp;Tranche:</source>
        <translation>&amp;Транш:</translation>
    </message>
    <message>
        <source>%1: %2 som, left %3</source>
        <translation>%1: %2 сом, калды %3</translation>
    </message>
    <message>
        <source>Payment &amp;order No.:</source>
        <translation>Төлөм &amp;тапшырмасынын №:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>Remove the selected payment?</source>
        <translation>Тандалган төлөмдү өчүрөсүзбү?</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>This applicant is already registered. Press Down and Enter to take the existing record instead of creating a second one.</source>
        <translation>Бул өтүнмө берүүчү мурда катталган. Экинчисин түзбөй, барын тандоо үчүн ылдый жебени, анан Enter басыңыз.</translation>
    </message>
    <message>
        <source>Similar applicants are already registered (Down, then Enter to take one):</source>
        <translation>Окшош өтүнмө берүүчүлөр бар (тандоо үчүн ылдый жебе, анан Enter):</translation>
    </message>
    <message>
        <source>Existing applicant: %1. Change the name to enter a new applicant instead.</source>
        <translation>Катталган өтүнмө берүүчү: %1. Жаңысын киргизүү үчүн атын өзгөртүңүз.</translation>
    </message>
    <message>
        <source>%1  (%2 KB, %3)</source>
        <translation>%1  (%2 КБ, %3)</translation>
    </message>
    <message>
        <source>Choose a competition that accepts applications.</source>
        <translation>Өтүнмө кабыл алып жаткан сынакты тандаңыз.</translation>
    </message>
    <message>
        <source>Attach a scan or document</source>
        <translation>Скан же документ тиркөө</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Өтүнмөнү каттоо</translation>
    </message>
    <message>
        <source>The registration number is given when the application is saved.</source>
        <translation>Каттоо номери өтүнмө сакталганда берилет.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Өтүнмө %1</translation>
    </message>
    <message>
        <source>No. %1 · status: %2</source>
        <translation>№ %1 · абалы: %2</translation>
    </message>
    <message>
        <source>Co&amp;mpetition:</source>
        <translation>Сы&amp;нак:</translation>
    </message>
    <message>
        <source>&amp;Kind of applicant:</source>
        <translation>Өтүнмө берүүчүнүн &amp;түрү:</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name:</source>
        <translation>Аты-&amp;жөнү / аталышы:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Ай&amp;ылы:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Те&amp;лефону:</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;Инсандык документи:</translation>
    </message>
    <message>
        <source>Group &amp;leader:</source>
        <translation>Топтун ли&amp;дери:</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>М&amp;үчөлөрүнүн саны:</translation>
    </message>
    <message>
        <source>Legal &amp;form:</source>
        <translation>Уюштуруу-укуктук &amp;формасы:</translation>
    </message>
    <message>
        <source>Registration n&amp;o.:</source>
        <translation>Каттоо ном&amp;ери:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Келген күнү:</translation>
    </message>
    <message>
        <source>Lat&amp;e:</source>
        <translation>Ке&amp;чиккен:</translation>
    </message>
    <message>
        <source>&amp;Title of the project:</source>
        <translation>Долбоордун &amp;аталышы:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Максаты:</translation>
    </message>
    <message>
        <source>Target gro&amp;ups:</source>
        <translation>Максаттуу т&amp;оптор:</translation>
    </message>
    <message>
        <source>Village of the pro&amp;ject:</source>
        <translation>Долбоор ишке ашуучу а&amp;йыл:</translation>
    </message>
    <message>
        <source>Re&amp;quested amount, som:</source>
        <translation>Су&amp;ралган сумма, сом:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтүнмө берүүчү</translation>
    </message>
    <message>
        <source>after the deadline; reason:</source>
        <translation>мөөнөтүнөн кийин; себеби:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>e.g. 12 000</source>
        <translation>мисалы, 12 000</translation>
    </message>
    <message>
        <source>the applicant&apos;s village if empty</source>
        <translation>бош болсо — өтүнмө берүүчүнүн айылы</translation>
    </message>
    <message>
        <source>&amp;1 Application</source>
        <translation>&amp;1 Өтүнмө</translation>
    </message>
    <message>
        <source>&amp;2 Co-financing and events</source>
        <translation>&amp;2 Кошумча каржылоо жана иш-чаралар</translation>
    </message>
    <message>
        <source>&amp;3 Participants</source>
        <translation>&amp;3 Катышуучулар</translation>
    </message>
    <message>
        <source>&amp;4 Attachments</source>
        <translation>&amp;4 Тиркемелер</translation>
    </message>
    <message>
        <source>Co-&amp;financing by source (the applicant&apos;s and partners&apos; share):</source>
        <translation>Булактар боюнча биргелешип &amp;каржылоо (өтүнмө берүүчүнүн жана өнөктөштөрдүн үлүшү):</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булак</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Заттай</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Суммасы, сом</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Эмнеден турат</translation>
    </message>
    <message>
        <source>How it was valued</source>
        <translation>Кантип бааланган</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>&amp;Булак кошуу</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Булакты өчүрүү</translation>
    </message>
    <message>
        <source>Planned &amp;events:</source>
        <translation>Пландалган &amp;иш-чаралар:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Канча жолу</translation>
    </message>
    <message>
        <source>Add e&amp;vent</source>
        <translation>Иш-чара ко&amp;шуу</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Иш-чараны өчүрүү</translation>
    </message>
    <message>
        <source>Expected participants by category. A part (e.g. girls) cannot be more than its whole (children); leave a field empty if not known.</source>
        <translation>Күтүлгөн катышуучулар категориялар боюнча. Бөлүгү (мисалы, кыз балдар) бүтүнүнөн (балдар) көп боло албайт; белгисиз болсо бош калтырыңыз.</translation>
    </message>
    <message>
        <source>Scans and documents are copied into the program&apos;s data folder (at most 20 MB each) and open in the system&apos;s viewer.</source>
        <translation>Скандар жана документтер программанын маалымат папкасына көчүрүлөт (ар бири 20 МБ чейин) жана системанын көрүүчүсүндө ачылат.</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Файл тиркөө…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Consortium partner</source>
        <translation>Консорциумдун өнөктөшү</translation>
    </message>
    <message>
        <source>— a new applicant (fill in below) —</source>
        <translation>— жаңы өтүнмө берүүчү (төмөндө толтуруңуз) —</translation>
    </message>
    <message>
        <source>&amp;Existing applicant:</source>
        <translation>&amp;Бар өтүнмө берүүчү:</translation>
    </message>
    <message>
        <source>&amp;Kind of new applicant:</source>
        <translation>&amp;Жаңысынын түрү:</translation>
    </message>
    <message>
        <source>&amp;Name of new applicant:</source>
        <translation>Жаңысынын аты / а&amp;талышы:</translation>
    </message>
    <message>
        <source>Group &amp;leader (for a group):</source>
        <translation>Топтун ли&amp;дери (топ үчүн):</translation>
    </message>
    <message>
        <source>Lo&amp;t (direction):</source>
        <translation>Ба&amp;гыты (лоту):</translation>
    </message>
    <message>
        <source>Consortium partners</source>
        <translation>Консорциумдун өнөктөштөрү</translation>
    </message>
    <message>
        <source>When organisations apply together, the applicant above is the lead; add each partner as an applicant of its own (existing or new).</source>
        <translation>Уюмдар биргелешип кайрылганда жогорудагы өтүнмө берүүчү — башкы катышуучу; ар бир өнөктөштү өзүнчө өтүнмө берүүчү катары кошуңуз (бар же жаңы).</translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation>&amp;Өнөктөш кошуу…</translation>
    </message>
    <message>
        <source>Remove the partner</source>
        <translation>Өнөктөштү өчүрүү</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Enter amounts as numbers, e.g. 10 000.</source>
        <translation>Сумманы сан менен жазыңыз, мисалы 10 000.</translation>
    </message>
    <message>
        <source>All competitions</source>
        <translation>Бардык сынактар</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <source>Any village</source>
        <translation>Бардык айылдар</translation>
    </message>
    <message>
        <source>Shown: %1 applications · requested in all: %2 som (withdrawn not counted)</source>
        <translation>Көрсөтүлдү: %1 өтүнмө · бардыгы суралган: %2 сом (кайтарылып алынгандар эсептелген жок)</translation>
    </message>
    <message>
        <source>Withdraw application %1</source>
        <translation>%1 өтүнмөнү кайтарып алуу</translation>
    </message>
    <message>
        <source>Why is the application withdrawn?</source>
        <translation>Өтүнмө эмне үчүн кайтарылып алынды?</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Сынак:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Айы&amp;лы:</translation>
    </message>
    <message>
        <source>Shown: %1 applications · press “Count all” to add up what they request</source>
        <translation>Көрсөтүлдү: %1 өтүнмө · суралган сумманы кошуу үчүн «Баарын саноо» басыңыз</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Өтүнмө берүүчү: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;Инсандык документ:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Жетекчиси:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Мүчөлөрдүн саны:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Уюштуруучулук-укуктук формасы:</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Каттоо номери:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Дареги:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>Сум&amp;масы, сом:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>баштап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>чейин</translation>
    </message>
    <message>
        <source>&amp;Register application…</source>
        <translation>Өтүнмө &amp;каттоо…</translation>
    </message>
    <message>
        <source>Register a received application (Ctrl+N)</source>
        <translation>Келген өтүнмөнү каттоо (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
    <message>
        <source>Check &amp;eligibility…</source>
        <translation>&amp;Талаптарга текшерүү…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Кайта&amp;рып алуу…</translation>
    </message>
    <message>
        <source>Edit &amp;applicant…</source>
        <translation>Өтүнмө &amp;берүүчүнү оңдоо…</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>Реестрди &amp;басып чыгаруу…</translation>
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
        <source>Figures to check</source>
        <translation>Текшерүүчү сандар</translation>
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
    <message>
        <source>Registers</source>
        <translation>Реестрлер</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>Signed agreement</source>
        <translation>Кол коюлган келишим</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Signed act</source>
        <translation>Кол коюлган акт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>Тиркемелер</translation>
    </message>
    <message>
        <source>Scans of the signed agreement and act, the executor&apos;s reports, photos of the visits. The files are kept in the data folder and travel to other offices with the sync packages.</source>
        <translation>Кол коюлган келишимдин жана актынын сканерлери, аткаруучунун отчеттору, мониторингдин сүрөттөрү. Файлдар маалымат папкасында сакталат жана шайкештештирүү пакеттери менен башка кеңселерге барат.</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Файл тиркөө…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Көчүрмөсүн сактоо…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Файл тиркөө</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Тандоо…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>(the project as a whole)</source>
        <translation>(долбоорго жалпы)</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>%1 мониторинг</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Эмнени тастыктайт:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Көчүрмөсүн сактоо</translation>
    </message>
    <message>
        <source>Remove the file «%1» from the project?</source>
        <translation>«%1» файлын долбоордон өчүрөсүзбү?</translation>
    </message>
</context>
<context>
    <name>AwardMode</name>
    <message>
        <source>Grants (the amount asked, within the lot&apos;s allocation)</source>
        <translation>Гранттар (суралган сумма, багыттын каражатынын чегинде)</translation>
    </message>
    <message>
        <source>Prizes (a fixed amount by nomination and place)</source>
        <translation>Сыйлыктар (номинация жана орун боюнча белгиленген сумма)</translation>
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
        <translation>Иштетүүдө</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Колго жасалган</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Программаны жаңыртуудан мурун</translation>
    </message>
    <message>
        <source>Before importing a package</source>
        <translation>Пакетти импорттоодон мурун</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Калыбына келтирүүдөн мурун</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Калыбына келтирүү алмаштырган</translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <source>%1, %2: expenditure %3 som; reserve fund %4 som of at most %5 som (1 % of %6 som, expenditure without the reserve fund and paid services); decided %7 som.</source>
        <translation>%1, %2: чыгашалар %3 сом; резервдик фонд %4 сом, чеги %5 сом (%6 сомдун 1 %ы — резервдик фонд жана акы төлөнүүчү кызматтарсыз чыгашалар); чечимдер боюнча %7 сом.</translation>
    </message>
    <message>
        <source>Remove the %1 budget with its lines and decisions?</source>
        <translation>%1-жылдын бюджетин саптары жана чечимдери менен кошо өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Remove the line «%1»?</source>
        <translation>«%1» сабын өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Remove the decision %1?</source>
        <translation>%1 чечимин өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>&amp;New year&apos;s budget…</source>
        <translation>Жылдын жаңы &amp;бюджети…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Print the budget…</source>
        <translation>Бюджетти &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>Allocations and the competitions they fund (the competitions&apos; allocations must fit):</source>
        <translation>Бөлүнгөн каражаттар жана алар каржылаган сынактар (сынактардын каражаты саптан ашпашы керек):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>Competition funded</source>
        <translation>Каржыланган сынак</translation>
    </message>
    <message>
        <source>Its allocation, som</source>
        <translation>Сынактын каражаты, сом</translation>
    </message>
    <message>
        <source>Add a &amp;line…</source>
        <translation>&amp;Сап кошуу…</translation>
    </message>
    <message>
        <source>Edit the line…</source>
        <translation>Сапты өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Сапты өчүрүү</translation>
    </message>
    <message>
        <source>&amp;Fund a competition…</source>
        <translation>Сынакты &amp;каржылоо…</translation>
    </message>
    <message>
        <source>Stop funding</source>
        <translation>Каржылоону токтотуу</translation>
    </message>
    <message>
        <source>Decisions on using the reserve fund (together at most the fund):</source>
        <translation>Резервдик фондду пайдалануу чечимдери (бардыгы фонддон ашпайт):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Максаты</translation>
    </message>
    <message>
        <source>Add a &amp;decision…</source>
        <translation>&amp;Чечим кошуу…</translation>
    </message>
    <message>
        <source>Edit the decision…</source>
        <translation>Чечимди өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove the decision</source>
        <translation>Чечимди өчүрүү</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Please wait — Demilge</source>
        <translation>Күтө туруңуз — Демилге</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сырсөзүмдү өзгөртүү</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Сырсөз кеминде 8 белгиден турушу керек.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Учурдагы сырсөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңы сырсөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Жаңы сырсөздү &amp;кайталаңыз:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Эки жаңы сырсөз айырмаланат.</translation>
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
        <source>Deadline</source>
        <translation>Акыркы мөөнөт</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Каттоо №</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келген күнү</translation>
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
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Аткаруучу</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Жарыяланган күнү</translation>
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
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Project or program</source>
        <translation>Долбоор же программа</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Эмнеси</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Көрсөтүлгөн</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Эсептелген</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Эмнени текшерүү керек</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Иш-аракет</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Тастыктоочу документ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Басылма / канал</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгээли</translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation>Пландалган катышуучулар</translation>
    </message>
    <message>
        <source>Cost, som</source>
        <translation>Чыгым, сом</translation>
    </message>
    <message>
        <source>Per participant, som</source>
        <translation>1 катышуучуга, сом</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Кошумча каржылоо</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Канааттангандар</translation>
    </message>
    <message>
        <source>Project or competition</source>
        <translation>Долбоор же сынак</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Суммасы, сом</translation>
    </message>
    <message>
        <source>Paid, som</source>
        <translation>Төлөндү, сом</translation>
    </message>
    <message>
        <source>Left to pay, som</source>
        <translation>Төлөнө элек, сом</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Шарты</translation>
    </message>
    <message>
        <source>Paid after</source>
        <translation>Кайсы отчеттон кийин</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Транш</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>Документтин №</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мезгили</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Эмне текшерилди</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Жыйынтыктар</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Суралды</translation>
    </message>
    <message>
        <source>Satisfied, %</source>
        <translation>Канааттангандар, %</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Кантип</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Көлөмү, байт</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Эмнени тастыктайт</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Кошулду</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Normative</source>
        <translation>Ченемдик</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Пункттар</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Кечиккен күндөр</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Токтом</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Тексти</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Көзөмөлдөөчү</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Маселе</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Түрү (орду)</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Сунуштар</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жооп берилди</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Кимге тиешелүү</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Эмне менен чечилди</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Expenditure, som</source>
        <translation>Чыгашалар, сом</translation>
    </message>
    <message>
        <source>Local initiatives, som</source>
        <translation>ЖД, сом</translation>
    </message>
    <message>
        <source>Social order, som</source>
        <translation>Социалдык заказ, сом</translation>
    </message>
    <message>
        <source>Reserve fund, som</source>
        <translation>Резервдик фонд, сом</translation>
    </message>
    <message>
        <source>Reserve limit (1 %), som</source>
        <translation>Фонддун чеги (1 %), сом</translation>
    </message>
    <message>
        <source>Reserve used, som</source>
        <translation>Фонддон чечилди, сом</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Эскертүүлөр</translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>Grant commission</source>
        <translation>Гранттык комиссия</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Сынак:</translation>
    </message>
    <message>
        <source>Members and rules</source>
        <translation>Мүчөлөр жана эрежелер</translation>
    </message>
    <message>
        <source>Meetings and protocols</source>
        <translation>Отурумдар жана протоколдор</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Комиссиянын мүчөлөрү</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>&amp;Мүчө кошуу…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Мүчөнү оңдоо…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Мүчөнү чыгаруу</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Эрежелер</translation>
    </message>
    <message>
        <source>Change the &amp;rules…</source>
        <translation>&amp;Эрежелерди өзгөртүү…</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>Баалоо критерийлери</translation>
    </message>
    <message>
        <source>Add criterion…</source>
        <translation>Критерий кошуу…</translation>
    </message>
    <message>
        <source>Edit criterion…</source>
        <translation>Критерийди оңдоо…</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Критерийди өчүрүү</translation>
    </message>
    <message>
        <source>Suggested criteria</source>
        <translation>Сунушталган критерийлер</translation>
    </message>
    <message>
        <source>M&amp;eeting:</source>
        <translation>&amp;Отурум:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Жаңы отурум…</translation>
    </message>
    <message>
        <source>Amending protocol…</source>
        <translation>Толуктоочу протокол…</translation>
    </message>
    <message>
        <source>&amp;Print the protocol</source>
        <translation>&amp;Протоколду басып чыгаруу</translation>
    </message>
    <message>
        <source>Blank sheets</source>
        <translation>Бош барактар</translation>
    </message>
    <message>
        <source>All scores (XLSX)</source>
        <translation>Бардык упайлар (XLSX)</translation>
    </message>
    <message>
        <source>Attendance (tick who is present)</source>
        <translation>Катышуу (катышкандарды белгилеңиз)</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Кызыкчылыктардын кагылышуусу</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>Кагылышууну билдирүү…</translation>
    </message>
    <message>
        <source>Sheet &amp;of:</source>
        <translation>Кимдин &amp;барагы:</translation>
    </message>
    <message>
        <source>Double entry (a second person types the sheet again)</source>
        <translation>Кош киргизүү (экинчи адам баракты кайра терет)</translation>
    </message>
    <message>
        <source>&amp;Justification of a hand-made order:</source>
        <translation>&amp;Тартипти колго өзгөртүүнүн негиздемеси:</translation>
    </message>
    <message>
        <source>Decision within the budget</source>
        <translation>Бюджеттин чегинде чечим</translation>
    </message>
    <message>
        <source>Pre&amp;view the decision</source>
        <translation>Чечимди &amp;алдын ала көрүү</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жогору жылдыруу</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>&amp;Чечимди каттоо</translation>
    </message>
    <message>
        <source>C&amp;lose the protocol…</source>
        <translation>Протоколду &amp;жабуу…</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Дайындаган документ</translation>
    </message>
    <message>
        <source>scoring by criteria</source>
        <translation>критерийлер боюнча баалоо</translation>
    </message>
    <message>
        <source>open vote</source>
        <translation>ачык добуш берүү</translation>
    </message>
    <message>
        <source>more than half of the members</source>
        <translation>мүчөлөрдүн жарымынан көбү</translation>
    </message>
    <message>
        <source>two thirds of the members</source>
        <translation>мүчөлөрдүн үчтөн экиси</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 мүчө</translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation>Чечим: %1.</translation>
    </message>
    <message>
        <source>Quorum: %1.</source>
        <translation>Кворум: %1.</translation>
    </message>
    <message>
        <source>Ties: %1.</source>
        <translation>Упайлар тең болсо: %1.</translation>
    </message>
    <message>
        <source>Minimum score to be funded: %1.</source>
        <translation>Каржылоо үчүн минималдуу упай: %1.</translation>
    </message>
    <message>
        <source>Passes with %1 of the present members without a conflict.</source>
        <translation>Кагылышуусу жок катышкан мүчөлөрдүн %1 менен кабыл алынат.</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>үчтөн экиси</translation>
    </message>
    <message>
        <source>a simple majority</source>
        <translation>жөнөкөй көпчүлүк</translation>
    </message>
    <message>
        <source>The chair&apos;s vote decides a tie.</source>
        <translation>Добуштар тең болсо, төрагадын добушу чечет.</translation>
    </message>
    <message>
        <source>Composition: at least %1 members, %2 from the community%3.</source>
        <translation>Курамы: жок дегенде %1 мүчө, жамааттан %2%3.</translation>
    </message>
    <message>
        <source>, an odd number</source>
        <translation>, так сан</translation>
    </message>
    <message>
        <source>A protocol is closed: the rules and criteria are fixed.</source>
        <translation>Протокол жабылган: эрежелер жана критерийлер өзгөрбөйт.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Max. points</source>
        <translation>Эң көп упай</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмагы</translation>
    </message>
    <message>
        <source>the chair decides</source>
        <translation>төрага чечет</translation>
    </message>
    <message>
        <source>higher co-financing share first</source>
        <translation>кошумча каржылоо үлүшү жогорусу биринчи</translation>
    </message>
    <message>
        <source>earlier registration first</source>
        <translation>эрте катталганы биринчи</translation>
    </message>
    <message>
        <source>Protocol No. %1 of %2 — %3</source>
        <translation>№ %1 протокол, %2 — %3</translation>
    </message>
    <message>
        <source>No meeting yet: make one with “New meeting…”.</source>
        <translation>Отурум азырынча жок: «Жаңы отурум…» менен түзүңүз.</translation>
    </message>
    <message>
        <source>Add the commission&apos;s members first.</source>
        <translation>Адегенде комиссиянын мүчөлөрүн кошуңуз.</translation>
    </message>
    <message>
        <source>Protocol No. %1, %2</source>
        <translation>№ %1 протокол, %2</translation>
    </message>
    <message>
        <source>closed; SHA-256 %1</source>
        <translation>жабылган; SHA-256 %1</translation>
    </message>
    <message>
        <source>Present %1 of %2; %3 needed for a quorum.</source>
        <translation>%2 мүчөдөн %1 катышууда; кворум үчүн %3 керек.</translation>
    </message>
    <message>
        <source>There is a quorum.</source>
        <translation>Кворум бар.</translation>
    </message>
    <message>
        <source>No quorum: no decision can be made.</source>
        <translation>Кворум жок: чечим кабыл алууга болбойт.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтүнмө</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Score sheets (typed from paper)</source>
        <translation>Баалоо барактары (кагаздан терилет)</translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation>&amp;Баракты сактоо</translation>
    </message>
    <message>
        <source>Open vote (for / against / abstain)</source>
        <translation>Ачык добуш берүү (макул / каршы / калыс)</translation>
    </message>
    <message>
        <source>&amp;Save the votes</source>
        <translation>&amp;Добуштарды сактоо</translation>
    </message>
    <message>
        <source>Conflict of interest: this member does not score it.</source>
        <translation>Кызыкчылыктардын кагылышуусу: бул мүчө упай бербейт.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>макул</translation>
    </message>
    <message>
        <source>against</source>
        <translation>каршы</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>калыс</translation>
    </message>
    <message>
        <source>Whole numbers only: the marked cells are not numbers. Nothing was saved.</source>
        <translation>Бүтүн сандар гана: белгиленген уячалар сан эмес. Эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The votes are saved.</source>
        <translation>Добуштар сакталды.</translation>
    </message>
    <message>
        <source>First entry kept (not saved yet). Now a second person types the same sheet and presses the button again.</source>
        <translation>Биринчи киргизүү эсте турат (азырынча сакталган жок). Эми экинчи адам ошол эле баракты терип, баскычты кайра басат.</translation>
    </message>
    <message>
        <source>First entry: %1</source>
        <translation>Биринчи киргизүү: %1</translation>
    </message>
    <message>
        <source>The sheet of %1 is saved.</source>
        <translation>%1 барагы сакталды.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орун</translation>
    </message>
    <message>
        <source>Score / votes for</source>
        <translation>Упай / макул добуштар</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Requested, som</source>
        <translation>Суралган, сом</translation>
    </message>
    <message>
        <source>Awarded, som</source>
        <translation>Берилди, сом</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>жеңүүчү</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>резерв</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>каржыланбайт</translation>
    </message>
    <message>
        <source>Recorded decision: %1 som awarded.</source>
        <translation>Катталган чечим: %1 сом бөлүндү.</translation>
    </message>
    <message>
        <source>Preview (not saved): %1 som of the allocation awarded.</source>
        <translation>Алдын ала көрүү (сакталган жок): каражаттан %1 сом бөлүнөт.</translation>
    </message>
    <message>
        <source>The order was changed by hand: write the justification.</source>
        <translation>Тартип колго өзгөртүлдү: негиздемесин жазыңыз.</translation>
    </message>
    <message>
        <source>The chair settled the order of equal scores.</source>
        <translation>Бирдей упайлардын тартибин төрага чечти.</translation>
    </message>
    <message>
        <source>Close protocol No. %1? After closing, its attendance, scores, votes and decision can no longer be changed; corrections need an amending protocol.</source>
        <translation>№ %1 протокол жабылсынбы? Жабылгандан кийин катышуу, упайлар, добуштар жана чечим өзгөрбөйт; оңдоо үчүн толуктоочу протокол керек.</translation>
    </message>
    <message>
        <source>The protocol is closed. SHA-256: %1</source>
        <translation>Протокол жабылды. SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ролу:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категориясы:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Кызматы:</translation>
    </message>
    <message>
        <source>&amp;Appointed by (document):</source>
        <translation>&amp;Дайындаган документ:</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Жаңы мүчө</translation>
    </message>
    <message>
        <source>Remove %1 from the commission?</source>
        <translation>%1 комиссиядан чыгарылсынбы?</translation>
    </message>
    <message>
        <source>Commission rules</source>
        <translation>Комиссиянын эрежелери</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Чечим кабыл алуу:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Кворум:</translation>
    </message>
    <message>
        <source>a fixed number of members</source>
        <translation>мүчөлөрдүн белгиленген саны</translation>
    </message>
    <message>
        <source>&amp;Fixed quorum, members:</source>
        <translation>&amp;Белгиленген кворум, мүчө:</translation>
    </message>
    <message>
        <source>&amp;Ties:</source>
        <translation>&amp;Упайлар тең болсо:</translation>
    </message>
    <message>
        <source>&amp;Minimum score to be funded:</source>
        <translation>&amp;Каржылоо үчүн минималдуу упай:</translation>
    </message>
    <message>
        <source>A vote passes with two thirds (not a simple majority)</source>
        <translation>Добуштардын үчтөн экиси менен кабыл алынат (жөнөкөй көпчүлүк эмес)</translation>
    </message>
    <message>
        <source>The chair&apos;s vote decides a tie</source>
        <translation>Добуштар тең болсо, төрагадын добушу чечет</translation>
    </message>
    <message>
        <source>At least, &amp;members:</source>
        <translation>Жок дегенде, &amp;мүчө:</translation>
    </message>
    <message>
        <source>At least, community &amp;representatives:</source>
        <translation>Жок дегенде, жамааттын &amp;өкүлү:</translation>
    </message>
    <message>
        <source>An odd number of members</source>
        <translation>Мүчөлөрдүн саны так</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Критерий:</translation>
    </message>
    <message>
        <source>&amp;Maximum points:</source>
        <translation>&amp;Максималдуу упай:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Салмагы:</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Жаңы критерий</translation>
    </message>
    <message>
        <source>Remove the selected criterion?</source>
        <translation>Тандалган критерий өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Жаңы отурум</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Өткөн жери:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Күн тартиби:</translation>
    </message>
    <message>
        <source>Amending protocol</source>
        <translation>Толуктоочу протокол</translation>
    </message>
    <message>
        <source>Amends protocol No. %1</source>
        <translation>№ %1 протоколду толуктайт</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Кызыкчылыктардын кагылышуусу</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Мүчө:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Өтүнмө:</translation>
    </message>
    <message>
        <source>&amp;Note (e.g. a relative of the applicant):</source>
        <translation>&amp;Эскертүү (мисалы, өтүнмө берүүчүнүн тууганы):</translation>
    </message>
    <message>
        <source>%1 (0–%2; weight %3)</source>
        <translation>%1 (0–%2; салмагы %3)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Багыт</translation>
    </message>
    <message>
        <source>or every application of an app&amp;licant or partner:</source>
        <translation>же өтүнмө берүүчүнүн же ө&amp;нөктөштүн бардык өтүнмөлөрү:</translation>
    </message>
    <message>
        <source>— only the application above —</source>
        <translation>— жогорудагы өтүнмө гана —</translation>
    </message>
</context>
<context>
    <name>CompetitionDialog</name>
    <message>
        <source>Eligibility checklist</source>
        <translation>Талаптардын тизмеси</translation>
    </message>
    <message>
        <source>New requirement:</source>
        <translation>Жаңы талап:</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>Талап:</translation>
    </message>
    <message>
        <source>Cancel the competition</source>
        <translation>Сынакты жокко чыгаруу</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Жокко чыгаруунун себеби:</translation>
    </message>
    <message>
        <source>The competition is finished: its terms are kept as they were.</source>
        <translation>Сынак аяктаган: анын шарттары болгондой сакталат.</translation>
    </message>
    <message>
        <source>Published with the announcement: grey fields can no longer be edited. A typo is corrected with “Correct a published term…”, which records who, when and why.</source>
        <translation>Кулактандыруу менен жарыяланган: боз талаалар мындан ары өзгөртүлбөйт. Ката «Жарыяланган шартты оңдоо…» аркылуу оңдолот, ким, качан жана эмне үчүн оңдогону жазылып калат.</translation>
    </message>
    <message>
        <source>Correct a published term</source>
        <translation>Жарыяланган шартты оңдоо</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Талаа:</translation>
    </message>
    <message>
        <source>&amp;Correct value:</source>
        <translation>Т&amp;уура маани:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Себеби:</translation>
    </message>
    <message>
        <source>New competition</source>
        <translation>Жаңы сынак</translation>
    </message>
    <message>
        <source>A new competition is saved as a draft; announce it on the Lifecycle tab.</source>
        <translation>Жаңы сынак даярдалып жаткан катары сакталат; аны «Этаптары» өтмөгүндө жарыялаңыз.</translation>
    </message>
    <message>
        <source>Competition: %1</source>
        <translation>Сынак: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Абалы: %1</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Өтүнмөлөр: %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жылы:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Т&amp;емасы:</translation>
    </message>
    <message>
        <source>&amp;Priority areas (one per line):</source>
        <translation>Арт&amp;ыкчылыктуу багыттар (ар бири өз сабында):</translation>
    </message>
    <message>
        <source>Total &amp;allocation, som:</source>
        <translation>Жалпы ка&amp;ражат, сом:</translation>
    </message>
    <message>
        <source>&amp;Maximum grant, som:</source>
        <translation>Гранттын &amp;максималдуу суммасы, сом:</translation>
    </message>
    <message>
        <source>Project d&amp;uration, months:</source>
        <translation>Долбоордун мөөнөтү, а&amp;й:</translation>
    </message>
    <message>
        <source>Required &amp;co-financing, %:</source>
        <translation>&amp;Кошумча каржылоонун үлүшү, %:</translation>
    </message>
    <message>
        <source>&amp;Who may apply:</source>
        <translation>&amp;Кимдер катыша алат:</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>Жары&amp;яланган күнү:</translation>
    </message>
    <message>
        <source>&amp;Deadline for applications:</source>
        <translation>Өтүнмөлөрдү кабыл алуунун акыркы кү&amp;нү:</translation>
    </message>
    <message>
        <source>Decision planned &amp;on:</source>
        <translation>&amp;Чечим чыгаруу күнү (болжол менен):</translation>
    </message>
    <message>
        <source>Contact p&amp;erson:</source>
        <translation>Бай&amp;ланышуучу адам:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>e.g. 23 000</source>
        <translation>мисалы, 23 000</translation>
    </message>
    <message>
        <source>e.g. 12 000</source>
        <translation>мисалы, 12 000</translation>
    </message>
    <message>
        <source>0 if not required</source>
        <translation>талап кылынбаса 0</translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation>&amp;Шарттар</translation>
    </message>
    <message>
        <source>Eli&amp;gibility checklist</source>
        <translation>Талаптардын ти&amp;змеси</translation>
    </message>
    <message>
        <source>Li&amp;fecycle</source>
        <translation>&amp;Этаптары</translation>
    </message>
    <message>
        <source>Each application is checked against these requirements. The list can change until the review starts.</source>
        <translation>Ар бир өтүнмө ушул талаптар боюнча текшерилет. Тизмени өтүнмөлөрдү кароо башталганга чейин өзгөртсө болот.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Кошуу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation>Өй&amp;дө</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Тө&amp;мөн</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Тарыхы:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Co&amp;rrect a published term…</source>
        <translation>Жарыяланган шартты &amp;оңдоо…</translation>
    </message>
    <message>
        <source>A typo in the published terms is corrected as a recorded amendment: who, when and why are kept and printed on the announcement</source>
        <translation>Жарыяланган шарттагы ката жазылып калуучу оңдоо менен оңдолот: ким, качан жана эмне үчүн сакталат жана кулактандырууда басылат</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Allocation, som</source>
        <translation>Каражаты, сом</translation>
    </message>
    <message>
        <source>Max. grant, som</source>
        <translation>Макс. грант, сом</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Артыкчылыктуу багыттар</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтүнмөлөр</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Номинация</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орун</translation>
    </message>
    <message>
        <source>Prize, som</source>
        <translation>Сыйлык, сом</translation>
    </message>
    <message>
        <source>Add a &amp;lot…</source>
        <translation>Жа&amp;ңы багыт…</translation>
    </message>
    <message>
        <source>Edit the lot…</source>
        <translation>Багытты өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove the lot</source>
        <translation>Багытты өчүрүү</translation>
    </message>
    <message>
        <source>Remove the prize</source>
        <translation>Сыйлыкты өчүрүү</translation>
    </message>
    <message>
        <source>Prizes by nomination (lot) and place; each application enters one nomination, and one participant may enter several:</source>
        <translation>Номинация (багыт) жана орун боюнча сыйлыктар; ар бир өтүнмө бир номинацияга берилет, бир катышуучу бир нече номинацияга катыша алат:</translation>
    </message>
    <message>
        <source>The competition has one lot: its allocation and maximum grant are the competition&apos;s, and nothing about lots is printed. To split the money into directions, give this lot a title and its part of the allocation, then add the next lot.</source>
        <translation>Сынактын бир багыты бар: анын каражаты жана максималдуу гранты — сынактыкы, багыттар жөнүндө эч нерсе басылбайт. Каражатты багыттарга бөлүү үчүн бул багытка аталыш жана каражаттын бир бөлүгүн бериңиз, анан кийинки багытты кошуңуз.</translation>
    </message>
    <message>
        <source>Each application belongs to one lot; each lot is ranked and awarded within its own allocation, and money never moves between lots.</source>
        <translation>Ар бир өтүнмө бир багытка таандык; ар бир багыт өз каражатынын чегинде эсептелип, чечилет, каражат багыттардын ортосунда которулбайт.</translation>
    </message>
    <message>
        <source>Lots and prizes can change only while the competition is a draft.</source>
        <translation>Багыттарды жана сыйлыктарды сынак даярдалып жатканда гана өзгөртүүгө болот.</translation>
    </message>
    <message>
        <source>Lots together: %1 som of the competition&apos;s %2 som.</source>
        <translation>Багыттар бардыгы: %1 сом, сынактын каражаты %2 сом.</translation>
    </message>
    <message>
        <source>&amp;Allocation, som:</source>
        <translation>&amp;Каражаты, сом:</translation>
    </message>
    <message>
        <source>&amp;Priority areas (separated by ;):</source>
        <translation>Арт&amp;ыкчылыктуу багыттар (; менен бөлүңүз):</translation>
    </message>
    <message>
        <source>New lot</source>
        <translation>Жаңы багыт</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>%1-багыт</translation>
    </message>
    <message>
        <source>Remove lot %1 «%2»?</source>
        <translation>%1-багытты «%2» өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>New prize</source>
        <translation>Жаңы сыйлык</translation>
    </message>
    <message>
        <source>&amp;Nomination:</source>
        <translation>&amp;Номинация:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орду:</translation>
    </message>
    <message>
        <source>&amp;Prize, som:</source>
        <translation>&amp;Сыйлык, сом:</translation>
    </message>
    <message>
        <source>It a&amp;wards:</source>
        <translation>Сыйлоонун т&amp;үрү:</translation>
    </message>
    <message>
        <source>Lots and &amp;prizes</source>
        <translation>Ба&amp;гыттар жана сыйлыктар</translation>
    </message>
    <message>
        <source>Add a prize…</source>
        <translation>Сыйлык кошуу…</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Сынакты уюштуруучу:</translation>
    </message>
    <message>
        <source>Organiser&apos;s name:</source>
        <translation>Уюштуруучунун аталышы:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(тандалган жок)</translation>
    </message>
    <message>
        <source>As typed before: %1</source>
        <translation>Мурда жазылганы: %1</translation>
    </message>
    <message>
        <source>&amp;Legal basis (resolution):</source>
        <translation>&amp;Укуктук негизи (токтом):</translation>
    </message>
    <message>
        <source>New resol&amp;ution…</source>
        <translation>Жаңы &amp;токтом…</translation>
    </message>
    <message>
        <source>Enter the resolution into the register and choose it here</source>
        <translation>Токтомду реестрге киргизип, ушул жерден тандаңыз</translation>
    </message>
</context>
<context>
    <name>CompetitionPrepDialog</name>
    <message>
        <source>Work plan and preparation</source>
        <translation>Иш планы жана даярдык</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Иш планы</translation>
    </message>
    <message>
        <source>Events and media</source>
        <translation>Иш-чаралар жана ММК</translation>
    </message>
    <message>
        <source>Results of the projects</source>
        <translation>Долбоорлордун натыйжалары</translation>
    </message>
    <message>
        <source>&amp;Add step…</source>
        <translation>&amp;Иш-аракет кошуу…</translation>
    </message>
    <message>
        <source>&amp;Edit step…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Аткарылды деп белгилөө…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Жогору</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Төмөн</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Иш-аракетти өчүрүү</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>Планды &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>The competition&apos;s own events: information meeting, publication of the announcement, call for commission candidates</source>
        <translation>Сынактын өз иш-чаралары: маалыматтык жолугушуу, кулактандырууну жарыялоо, комиссияга талапкерлерди чакыруу</translation>
    </message>
    <message>
        <source>Media coverage of the competition</source>
        <translation>Сынактын ММКда чагылдырылышы</translation>
    </message>
    <message>
        <source>Add e&amp;vent…</source>
        <translation>&amp;Иш-чара кошуу…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Иш-чараны өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Иш-чараны өчүрүү</translation>
    </message>
    <message>
        <source>Add &amp;coverage…</source>
        <translation>&amp;Жарыялоо кошуу…</translation>
    </message>
    <message>
        <source>Remove coverage</source>
        <translation>Жарыялоону өчүрүү</translation>
    </message>
    <message>
        <source>Print the &amp;results…</source>
        <translation>&amp;Натыйжаларды басып чыгаруу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Сиздин ролуңуз буга уруксат бербейт.</translation>
    </message>
    <message>
        <source>Projects: %1. Participants: planned %2, reached %3.</source>
        <translation>Долбоорлор: %1. Катышуучулар: пландалган %2, камтылган %3.</translation>
    </message>
    <message>
        <source>Cost: %1 som, of it from the local budget %2 som.</source>
        <translation>Чыгым: %1 сом, анын ичинде жергиликтүү бюджеттен %2 сом.</translation>
    </message>
    <message>
        <source>Per participant: %1 som in all, %2 som from the local budget.</source>
        <translation>Бир катышуучуга: бардыгы %1 сом, жергиликтүү бюджеттен %2 сом.</translation>
    </message>
    <message>
        <source>Co-financing: %1 som, %2 % of the cost.</source>
        <translation>Кошумча каржылоо: %1 сом, чыгымдын %2 %.</translation>
    </message>
    <message>
        <source>Satisfied: %1 of %2 asked (%3 %).</source>
        <translation>Канааттангандар: суралган %2 адамдын %1 (%3 %).</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Иш-аракет:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Жооптуу:</translation>
    </message>
    <message>
        <source>&amp;Confirming document:</source>
        <translation>&amp;Тастыктоочу документ:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Мөөнөтү:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>&amp;Аткарылган күнү:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>New step of the work plan</source>
        <translation>Иш планынын жаңы иш-аракети</translation>
    </message>
    <message>
        <source>Step of the work plan</source>
        <translation>Иш планынын иш-аракети</translation>
    </message>
    <message>
        <source>Mark the step done</source>
        <translation>Аткарылды деп белгилөө</translation>
    </message>
    <message>
        <source>Remove the step «%1»?</source>
        <translation>«%1» иш-аракетин өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орду:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>Only planned, not held yet</source>
        <translation>Пландалган гана, али өткөрүлө элек</translation>
    </message>
    <message>
        <source>New event of the competition</source>
        <translation>Сынактын жаңы иш-чарасы</translation>
    </message>
    <message>
        <source>Event of the competition</source>
        <translation>Сынактын иш-чарасы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <source>Remove the event «%1»?</source>
        <translation>«%1» иш-чарасын өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>New media coverage of the competition</source>
        <translation>Сынак тууралуу жаңы жарыялоо</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Басылма / канал:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгээли:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Шилтеме:</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>ММК</translation>
    </message>
    <message>
        <source>Remove the coverage «%1»?</source>
        <translation>«%1» жарыялоосун өчүрөсүзбү?</translation>
    </message>
</context>
<context>
    <name>CompetitionsPage</name>
    <message>
        <source>&amp;New competition…</source>
        <translation>&amp;Жаңы сынак…</translation>
    </message>
    <message>
        <source>Create a competition (Ctrl+N)</source>
        <translation>Сынак түзүү (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ачуу…</translation>
    </message>
    <message>
        <source>Open the selected competition (Enter)</source>
        <translation>Тандалган сынакты ачуу (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print announcement…</source>
        <translation>Кулактандырууну &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Work plan and preparation…</source>
        <translation>&amp;Иш планы жана даярдык…</translation>
    </message>
    <message>
        <source>The competition&apos;s work plan, its own events and media, and the results of its projects</source>
        <translation>Сынактын иш планы, өз иш-чаралары жана ММК, долбоорлорунун натыйжалары</translation>
    </message>
</context>
<context>
    <name>ControlTab</name>
    <message>
        <source>Show &amp;all points under control</source>
        <translation>Көзөмөлдөгү &amp;бардык пункттарды көрсөтүү</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Аткарылды деп белгилөө…</translation>
    </message>
    <message>
        <source>&amp;Print the control report…</source>
        <translation>Көзөмөл отчетун &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>Overdue points come first, the oldest due date first, then those due this month. A point is under control when it has a due date; it leaves this list when it is marked done with the date and the confirming document.</source>
        <translation>Адегенде мөөнөтү өткөн пункттар (эң эски мөөнөттөн баштап), андан кийин мөөнөтү ушул айда бүткөндөр. Мөөнөтү бар пункт көзөмөлдө турат; аткарылган күнү жана тастыктоочу документи менен аткарылды деп белгиленгенде бул тизмеден чыгат.</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 — %2 категориясынын бөлүгү</translation>
    </message>
</context>
<context>
    <name>CycleTab</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Сиздин ролуңуз буга уруксат бербейт.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Долбоорлор</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Result: eligible</source>
        <translation>Жыйынтык: талаптарга жооп берет</translation>
    </message>
    <message>
        <source>Result: not eligible — give the reason</source>
        <translation>Жыйынтык: талаптарга жооп бербейт — себебин жазыңыз</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>Талаптарга текшерүү: %1</translation>
    </message>
    <message>
        <source>%1 — %2. Tick each requirement the application meets.</source>
        <translation>%1 — %2. Өтүнмө жооп берген ар бир талапты белгилеңиз.</translation>
    </message>
    <message>
        <source>(by the figures: yes)</source>
        <translation>(сандар боюнча: ооба)</translation>
    </message>
    <message>
        <source>(by the figures: no)</source>
        <translation>(сандар боюнча: жок)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>эскертүү</translation>
    </message>
    <message>
        <source>&amp;Reason if not eligible:</source>
        <translation>Талаптарга жооп бербесе, с&amp;ебеби:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Already funded (the lead or a partner):</source>
        <translation>Мурда каржыланган (башкы катышуучу же өнөктөш):</translation>
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
    <name>EventsPage</name>
    <message>
        <source>People reached</source>
        <translation>Камтылган адамдар</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Баштап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Чейин:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Айыл:</translation>
    </message>
    <message>
        <source>&amp;Add up</source>
        <translation>&amp;Кошуп чыгуу</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>бардык айылдар</translation>
    </message>
    <message>
        <source>More than %1 events in the period: choose a shorter period or a village, or add them all up.</source>
        <translation>Мезгилде иш-чаралар өтө көп (чек: %1): кыскараак мезгилди же айылды тандаңыз, же баарын кошуп чыгыңыз.</translation>
    </message>
    <message>
        <source>Adding up the people reached…</source>
        <translation>Камтылган адамдар кошулуп жатат…</translation>
    </message>
    <message>
        <source>%1 people at %2 events.</source>
        <translation>%1 адам, %2 иш-чара.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Бардык иш-чаралар</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>A figure a document states (the participants of an event, a line&apos;s amount, an indicator&apos;s value) and the one computed from its parts disagree. Both are kept and printed; correct the one that is wrong where it was typed (the project&apos;s events or budget, the program&apos;s monitoring).</source>
        <translation>Документте көрсөтүлгөн сан (иш-чаранын катышуучулары, берененин суммасы, индикатордун мааниси) менен анын бөлүктөрүнөн эсептелген сан дал келбейт. Экөө тең сакталат жана басылат; туура эмесин киргизилген жеринде оңдоңуз (долбоордун иш-чаралары же бюджети, программанын мониторинги).</translation>
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
        <source>The password needs at least 8 characters.</source>
        <translation>Сырсөз кеминде 8 белгиден турушу керек.</translation>
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
    <name>FormDialog</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The form has changes that are not saved. Close it and lose them?</source>
        <translation>Формада сакталбаган өзгөртүүлөр бар. Жаап, аларды жоготосузбу?</translation>
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
        <translation>Жеринде</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <source>Participants (each counted once): %1</source>
        <translation>Катышуучулар (кайталанбай): %1</translation>
    </message>
    <message>
        <source>Remove the hearing «%1» with its attendance and proposals?</source>
        <translation>«%1» угуусун катышуучулары жана сунуштары менен кошо өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Remove the proposal?</source>
        <translation>Сунушту өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>&amp;New hearing…</source>
        <translation>&amp;Жаңы угуу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Print the protocol…</source>
        <translation>Протоколду &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>Attendance by category (type the numbers, then save; a part cannot be more than its whole):</source>
        <translation>Катышуучулар категориялар боюнча (сандарды жазып, сактаңыз; бөлүгү бүтүнүнөн ашпайт):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>Катышуучуларды &amp;сактоо</translation>
    </message>
    <message>
        <source>Proposals and answers:</source>
        <translation>Сунуштар жана жооптор:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Author group</source>
        <translation>Ким сунуштады</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <source>Included in</source>
        <translation>Кайда киргизилди</translation>
    </message>
    <message>
        <source>Add a p&amp;roposal…</source>
        <translation>&amp;Сунуш кошуу…</translation>
    </message>
    <message>
        <source>Edit the proposal…</source>
        <translation>Сунушту өзгөртүү…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Жооп…</translation>
    </message>
    <message>
        <source>To the needs re&amp;gister</source>
        <translation>Муктаждыктар &amp;реестрине</translation>
    </message>
    <message>
        <source>Remove the proposal</source>
        <translation>Сунушту өчүрүү</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Excel файлынан импорттоо</translation>
    </message>
    <message>
        <source>Indicator matrix (11 columns)</source>
        <translation>Индикаторлордун матрицасы (11 мамыча)</translation>
    </message>
    <message>
        <source>Action plan (6 columns)</source>
        <translation>Иш-чаралардын планы (6 мамыча)</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>Файлда &amp;эмне бар:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Тандоо...</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>Файлды &amp;окуу</translation>
    </message>
    <message>
        <source>Import &amp;without the rows that could not be read</source>
        <translation>Окулбаган саптарсыз &amp;импорттоо</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Columns A–F: No. · task · measures/actions · period · expected result · responsible executors. A row with text only in A is a priority (&quot;1. ...&quot;, &quot;Priority 2 ...&quot;) or a sub-area.</source>
        <translation>A–F мамычалары: № · тапшырма · чаралар/иш-аракеттер · мөөнөтү · күтүлгөн натыйжа · жооптуу аткаруучулар. Тексти A мамычасында гана болгон сап — артыкчылык (&quot;1. ...&quot;, &quot;2-артыкчылык ...&quot;) же багыт.</translation>
    </message>
    <message>
        <source>Columns A–K: issue · indicator · unit · baseline (2022) · year 1 · year 2 · year 3 · year 4 · final target · responsible · footnote. Values: 8 371,4 or 50 % or 1:2,5; an indicator starting with &quot;including&quot; is a sub-indicator.</source>
        <translation>A–K мамычалары: маселе · индикатор · өлчөө бирдиги · база (2022) · 1-жыл · 2-жыл · 3-жыл · 4-жыл · акыркы максат · жооптуу · эскертүү. Маанилер: 8 371,4 же 50 % же 1:2,5; &quot;анын ичинде&quot; деп башталган индикатор — анын бөлүгү.</translation>
    </message>
    <message>
        <source>Choose an Excel file</source>
        <translation>Excel файлын тандаңыз</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel файлдары (*.xlsx)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сап</translation>
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
        <source>Targets</source>
        <translation>Максаттар</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Акыркы максат</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>артыкчылык</translation>
    </message>
    <message>
        <source>sub-area</source>
        <translation>багыт</translation>
    </message>
    <message>
        <source>task</source>
        <translation>тапшырма</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>чара</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Эмне үчүн окулган жок</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Окулган саптар: %1</translation>
    </message>
    <message>
        <source>Rows that could not be read: %1</source>
        <translation>Окулбаган саптар: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleStep</name>
    <message>
        <source>&amp;Announce</source>
        <translation>&amp;Жарыялоо</translation>
    </message>
    <message>
        <source>&amp;Close applications</source>
        <translation>Кабыл алууну жа&amp;буу</translation>
    </message>
    <message>
        <source>Start re&amp;view</source>
        <translation>&amp;Кароону баштоо</translation>
    </message>
    <message>
        <source>Mark &amp;decided</source>
        <translation>&amp;Чечим кабыл алынды</translation>
    </message>
    <message>
        <source>Start &amp;implementation</source>
        <translation>&amp;Ишке ашырууну баштоо</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Аяктоо</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the competition…</source>
        <translation>Сынакты жокко чы&amp;гаруу…</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Жарыялоо</translation>
    </message>
    <message>
        <source>Close applications</source>
        <translation>Кабыл алууну жабуу</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Кароону баштоо</translation>
    </message>
    <message>
        <source>Mark decided</source>
        <translation>Чечим кабыл алынды</translation>
    </message>
    <message>
        <source>Start implementation</source>
        <translation>Ишке ашырууну баштоо</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Аяктоо</translation>
    </message>
    <message>
        <source>Cancel the competition</source>
        <translation>Сынакты жокко чыгаруу</translation>
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
        <source>Count all</source>
        <translation>Баарын саноо</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>Жазуулар саналып жатат…</translation>
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
        <source>Opening the database…</source>
        <translation>Маалымат базасы ачылууда…</translation>
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
    <name>MonitoringTab</name>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>The executor&apos;s interim and final reports</source>
        <translation>Аткаруучунун аралык жана акыркы отчеттору</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Мониторингдик баруулар</translation>
    </message>
    <message>
        <source>Add &amp;report…</source>
        <translation>&amp;Отчет кошуу…</translation>
    </message>
    <message>
        <source>Edit report…</source>
        <translation>Отчетту өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>Отчетту өчүрүү</translation>
    </message>
    <message>
        <source>Add &amp;visit…</source>
        <translation>&amp;Баруу кошуу…</translation>
    </message>
    <message>
        <source>Edit visit…</source>
        <translation>Барууну өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Барууну өчүрүү</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчет:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Мезгилдин &amp;башы:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Мезгилдин &amp;аягы:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Тапшыруу мөөнөтү:</translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation>&amp;Келген күнү:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>New report of the executor</source>
        <translation>Аткаруучунун жаңы отчету</translation>
    </message>
    <message>
        <source>Report of the executor</source>
        <translation>Аткаруучунун отчету</translation>
    </message>
    <message>
        <source>Remove the selected report?</source>
        <translation>Тандалган отчетту өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Who came:</source>
        <translation>&amp;Ким барды:</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>Эмне &amp;текшерилди:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Жыйынтыктар:</translation>
    </message>
    <message>
        <source>F&amp;ollow-up asked:</source>
        <translation>&amp;Берилген тапшырма:</translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue by:</source>
        <translation>Тапшырманын &amp;мөөнөтү:</translation>
    </message>
    <message>
        <source>Follow-up do&amp;ne on:</source>
        <translation>Тапшырма &amp;аткарылган күн:</translation>
    </message>
    <message>
        <source>New monitoring visit</source>
        <translation>Жаңы мониторингдик баруу</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Мониторингдик баруу</translation>
    </message>
    <message>
        <source>Remove the selected visit? Its photos stay with the project.</source>
        <translation>Тандалган барууну өчүрөсүзбү? Анын сүрөттөрү долбоордо калат.</translation>
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
    <name>NeedsTab</name>
    <message>
        <source>Remove the selected entry from the register?</source>
        <translation>Тандалган жазууну реестрден өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Жаңы жазуу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Жооп…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>New &amp;competition from the selected…</source>
        <translation>Тандалгандардан жаңы &amp;сынак…</translation>
    </message>
    <message>
        <source>Select needs (Ctrl+click), then start a competition: its theme and priority areas are drafted from them</source>
        <translation>Муктаждыктарды тандап (Ctrl+чыкылдатуу), сынакты баштаңыз: анын темасы жана артыкчылыктуу багыттары ошолордон түзүлөт</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>Реестрди &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>Needs and proposals come from surveys, hearings, meetings, letters and online. Mark what answered each: a competition&apos;s theme, a program measure or a line of the local budget.</source>
        <translation>Муктаждыктар жана сунуштар сурамжылоодон, угуулардан, жыйындардан, каттардан жана онлайн келет. Ар бирин эмне чечкенин белгилеңиз: сынактын темасы, программанын чарасы же жергиликтүү бюджеттин беренеси.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Жаңы колдонуучу</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Сырсөз кеминде 8 белгиден турушу керек.</translation>
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
    <name>OrganiserKind</name>
    <message>
        <source>This municipality (its executive body)</source>
        <translation>Ушул муниципалитет (анын аткаруу органы)</translation>
    </message>
    <message>
        <source>A national (state) body</source>
        <translation>Мамлекеттик (республикалык) орган</translation>
    </message>
    <message>
        <source>A regional or district body</source>
        <translation>Облустук же райондук орган</translation>
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
        <translation>Кол коюу ачкычы</translation>
    </message>
    <message>
        <source>The key file is protected by this passphrase (at least 8 characters). Keep the file and the passphrase apart: whoever has both can sign packages in this office&apos;s name.</source>
        <translation>Ачкыч файлы ушул купуя сөз менен корголот (кеминде 8 белги). Файлды жана купуя сөздү бөлөк сактаңыз: экөөнө тең ээ болгон адам ушул кеңсенин атынан пакеттерге кол кое алат.</translation>
    </message>
    <message>
        <source>The passphrase given when the key file was saved:</source>
        <translation>Ачкыч файлы сакталганда берилген купуя сөз:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Купуя сөз:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Дагы бир жолу:</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Купуя сөздөр дал келбейт.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Купуя сөз кеминде 8 белгиден турушу керек.</translation>
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
    <name>PlanStepState</name>
    <message>
        <source>Ahead</source>
        <translation>Алдыда</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Кечигип аткарылды</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Development program</source>
        <translation>Өнүктүрүү программасы</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;New program...</source>
        <translation>&amp;Жаңы программа...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Өзгөртүү...</translation>
    </message>
    <message>
        <source>&amp;Import from Excel...</source>
        <translation>Excel файлынан &amp;импорттоо...</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Иш-чаралардын планы</translation>
    </message>
    <message>
        <source>Indicator matrix</source>
        <translation>Индикаторлордун матрицасы</translation>
    </message>
    <message>
        <source>Half-year monitoring</source>
        <translation>Жарым жылдык мониторинг</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Жылдык план</translation>
    </message>
    <message>
        <source>Add p&amp;riority...</source>
        <translation>А&amp;ртыкчылык кошуу...</translation>
    </message>
    <message>
        <source>Add &amp;task...</source>
        <translation>&amp;Тапшырма кошуу...</translation>
    </message>
    <message>
        <source>Add &amp;measure...</source>
        <translation>&amp;Чара кошуу...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>Add &amp;indicator...</source>
        <translation>&amp;Индикатор кошуу...</translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation>&amp;Жарым жылдык:</translation>
    </message>
    <message>
        <source>&amp;Save the half-year</source>
        <translation>Жарым жылдыкты &amp;сактоо</translation>
    </message>
    <message>
        <source>Indicators: enter the actual value for this half-year</source>
        <translation>Индикаторлор: ушул жарым жылдыктын иш жүзүндөгү маанисин жазыңыз</translation>
    </message>
    <message>
        <source>Measures scheduled for this year: status, reason, comment</source>
        <translation>Ушул жылга пландалган чаралар: абалы, себеби, түшүндүрмө</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>&amp;Take in from the multi-year plan</source>
        <translation>Көп жылдык пландан &amp;алуу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Оңдоо…</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>Индикаторду оңдоо…</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Индикаторду өчүрүү</translation>
    </message>
    <message>
        <source>Propose a target correction…</source>
        <translation>Максатты оңдоону сунуштоо…</translation>
    </message>
    <message>
        <source>Corrections, group, bodies</source>
        <translation>Оңдоолор, топ, органдар</translation>
    </message>
    <message>
        <source>Proposed target corrections and the decisions that approved them</source>
        <translation>Максаттарды оңдоо сунуштары жана аларды бекиткен чечимдер</translation>
    </message>
    <message>
        <source>&amp;Approve the correction…</source>
        <translation>Оңдоону &amp;бекитүү…</translation>
    </message>
    <message>
        <source>Monitoring group</source>
        <translation>Мониторинг тобу</translation>
    </message>
    <message>
        <source>Add a group &amp;member…</source>
        <translation>Топко &amp;мүчө кошуу…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Мүчөнү чыгаруу</translation>
    </message>
    <message>
        <source>Responsible bodies and how else they are written (aliases)</source>
        <translation>Жооптуу органдар жана алардын башкача жазылыштары</translation>
    </message>
    <message>
        <source>Edit body and aliases…</source>
        <translation>Органды жана анын жазылыштарын оңдоо…</translation>
    </message>
    <message>
        <source>Merge into another…</source>
        <translation>Башкасына бириктирүү…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Күтүлгөн натыйжа</translation>
    </message>
    <message>
        <source>Responsible executors</source>
        <translation>Жооптуу аткаруучулар</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>башталган жок</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>аткарылууда</translation>
    </message>
    <message>
        <source>done</source>
        <translation>аткарылды</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>токтотулду</translation>
    </message>
    <message>
        <source>No development program yet: create one or import it from Excel.</source>
        <translation>Өнүктүрүү программасы азырынча жок: жаңысын түзүңүз же Excel файлынан импорттоңуз.</translation>
    </message>
    <message>
        <source>Approved by resolution No. %1 of %2</source>
        <translation>%2 № %1 токтому менен бекитилген</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Маселе</translation>
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
    <message>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <source>Check of the targets:</source>
        <translation>Максаттарды текшерүү:</translation>
    </message>
    <message>
        <source>The yearly targets agree with the final targets.</source>
        <translation>Жылдык максаттар акыркы максаттарга туура келет.</translation>
    </message>
    <message>
        <source>Target for the year</source>
        <translation>Жылдын максаты</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Жыл башынан</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>Максаттын %</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түшүндүрмө</translation>
    </message>
    <message>
        <source>Check of the actual values:</source>
        <translation>Иш жүзүндөгү маанилерди текшерүү:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Чара</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Reason (if dropped)</source>
        <translation>Себеби (токтотулса)</translation>
    </message>
    <message>
        <source>In the annual plan</source>
        <translation>Жылдык планда</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Measures of the multi-year plan missing from the annual plan: %1</source>
        <translation>Көп жылдык пландын жылдык планга кирбеген чаралары: %1</translation>
    </message>
    <message>
        <source>Every measure scheduled for this year is in the annual plan.</source>
        <translation>Ушул жылга пландалган бардык чаралар жылдык планда бар.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Motto:</source>
        <translation>&amp;Ураан:</translation>
    </message>
    <message>
        <source>&amp;First year:</source>
        <translation>&amp;Биринчи жыл:</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>&amp;Акыркы жыл:</translation>
    </message>
    <message>
        <source>New development program</source>
        <translation>Жаңы өнүктүрүү программасы</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Жаңы артыкчылык</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номери:</translation>
    </message>
    <message>
        <source>Choose a priority in the tree first.</source>
        <translation>Адегенде дарактан артыкчылыкты тандаңыз.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Жаңы тапшырма</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Тапшырма:</translation>
    </message>
    <message>
        <source>Choose a task in the tree first.</source>
        <translation>Адегенде дарактан тапшырманы тандаңыз.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Жаңы чара</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Чара:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Мөөнөтү:</translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation>&amp;Күтүлгөн натыйжа:</translation>
    </message>
    <message>
        <source>&amp;Responsible executors:</source>
        <translation>&amp;Жооптуу аткаруучулар:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Delete the chosen row with everything under it?</source>
        <translation>Тандалган сапты анын ичиндегилердин баары менен өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Жаңы индикатор</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Маселе:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Өлчөө &amp;бирдиги:</translation>
    </message>
    <message>
        <source>&amp;Kind of value:</source>
        <translation>Маанинин &amp;түрү:</translation>
    </message>
    <message>
        <source>number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>пайыз</translation>
    </message>
    <message>
        <source>ratio 1:x</source>
        <translation>катыш 1:x</translation>
    </message>
    <message>
        <source>&amp;Baseline year:</source>
        <translation>&amp;Базалык жыл:</translation>
    </message>
    <message>
        <source>Baseline &amp;value:</source>
        <translation>Базалык &amp;маани:</translation>
    </message>
    <message>
        <source>Target %1:</source>
        <translation>%1-жылдын максаты:</translation>
    </message>
    <message>
        <source>&amp;Final target:</source>
        <translation>&amp;Акыркы максат:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Жооптуу:</translation>
    </message>
    <message>
        <source>F&amp;ootnote:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Кайсы индикатордун бөлүгү:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Мурунку</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Сунушталган</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <source>proposed, not approved</source>
        <translation>сунушталды, бекитиле элек</translation>
    </message>
    <message>
        <source>final target</source>
        <translation>акыркы максат</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Уюму</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation>Башкача жазылышы</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Колдонулат</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Delete the indicator «%1» with its targets and values?</source>
        <translation>«%1» индикатору максаттары жана маанилери менен өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Choose an indicator in the matrix first.</source>
        <translation>Адегенде матрицадан индикаторду тандаңыз.</translation>
    </message>
    <message>
        <source>Target correction: %1</source>
        <translation>Максатты оңдоо: %1</translation>
    </message>
    <message>
        <source>&amp;Target of:</source>
        <translation>&amp;Кайсы максат:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Жаңы мааниси:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себеби:</translation>
    </message>
    <message>
        <source>Approve the correction</source>
        <translation>Оңдоону бекитүү</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Ким чечти:</translation>
    </message>
    <message>
        <source>Decision &amp;No.:</source>
        <translation>Чечимдин &amp;номери:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Чечимдин &amp;күнү:</translation>
    </message>
    <message>
        <source>Monitoring group member</source>
        <translation>Мониторинг тобунун мүчөсү</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Уюму:</translation>
    </message>
    <message>
        <source>&amp;Role in the group:</source>
        <translation>&amp;Топтогу ролу:</translation>
    </message>
    <message>
        <source>Remove the selected member from the monitoring group?</source>
        <translation>Тандалган мүчө мониторинг тобунан чыгарылсынбы?</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Жооптуу орган</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Also written as (separated by ;):</source>
        <translation>&amp;Башкача жазылышы (; менен бөлүңүз):</translation>
    </message>
    <message>
        <source>Merge «%1» into</source>
        <translation>«%1» органын бириктирүү</translation>
    </message>
    <message>
        <source>&amp;The same body as:</source>
        <translation>&amp;Ушул орган менен бир:</translation>
    </message>
    <message>
        <source>Approved by &amp;resolution:</source>
        <translation>Бекиткен &amp;токтом:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(тандалган жок)</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <source>&amp;New project from a winner…</source>
        <translation>&amp;Жеңүүчүдөн жаңы долбоор…</translation>
    </message>
    <message>
        <source>Project &amp;without a competition…</source>
        <translation>&amp;Сынаксыз долбоор…</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Келишим…</translation>
    </message>
    <message>
        <source>S&amp;tatus…</source>
        <translation>&amp;Абалы…</translation>
    </message>
    <message>
        <source>Budget report</source>
        <translation>Бюджет отчету</translation>
    </message>
    <message>
        <source>Participants report</source>
        <translation>Катышуучулар отчету</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Аткарылыш отчету</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Events and participants</source>
        <translation>Иш-чаралар жана катышуучулар</translation>
    </message>
    <message>
        <source>Materials and media</source>
        <translation>Материалдар жана ЖМК</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Алуучулар</translation>
    </message>
    <message>
        <source>A grant split among several recipients: each one&apos;s amount; together they must make exactly the grant.</source>
        <translation>Бир нече алуучуга бөлүнгөн грант: ар биринин суммасы; баары чогуу гранттын суммасына так барабар болушу керек.</translation>
    </message>
    <message>
        <source>Edit &amp;recipients…</source>
        <translation>&amp;Алуучуларды өзгөртүү…</translation>
    </message>
    <message>
        <source>Budget lines: planned and actual</source>
        <translation>Бюджеттин беренелери: план жана факт</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Чыгымдар</translation>
    </message>
    <message>
        <source>Add &amp;line…</source>
        <translation>&amp;Сап кошуу…</translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation>Сапты &amp;оңдоо…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Сапты өчүрүү</translation>
    </message>
    <message>
        <source>Add e&amp;xpense…</source>
        <translation>&amp;Чыгым кошуу…</translation>
    </message>
    <message>
        <source>Remove expense</source>
        <translation>Чыгымды өчүрүү</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>&amp;Иш-чара кошуу…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Иш-чараны оңдоо…</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Иш-чараны өчүрүү</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>Жаңы &amp;категория…</translation>
    </message>
    <message>
        <source>Type the number of participants in the grid: a count is saved when you leave the cell. Ctrl+V pastes a block copied from Excel at the current cell; Delete clears the selected cells.</source>
        <translation>Катышуучулардын санын таблицага жазыңыз: уячадан чыкканда сан сакталат. Ctrl+V Excelден көчүрүлгөн блокту учурдагы уячадан баштап чаптайт; Delete тандалган уячаларды тазалайт.</translation>
    </message>
    <message>
        <source>Materials produced</source>
        <translation>Даярдалган материалдар</translation>
    </message>
    <message>
        <source>Media coverage</source>
        <translation>ММКда чагылдырылышы</translation>
    </message>
    <message>
        <source>Add &amp;material…</source>
        <translation>&amp;Материал кошуу…</translation>
    </message>
    <message>
        <source>Remove material</source>
        <translation>Материалды өчүрүү</translation>
    </message>
    <message>
        <source>Add media &amp;coverage…</source>
        <translation>&amp;ЖМКда чагылдырылышын кошуу…</translation>
    </message>
    <message>
        <source>Remove coverage</source>
        <translation>Чагылдырууну өчүрүү</translation>
    </message>
    <message>
        <source>No project chosen. Projects are made from the winners of a competition.</source>
        <translation>Долбоор тандалган жок. Долбоорлор сынактын жеңүүчүлөрүнөн түзүлөт.</translation>
    </message>
    <message>
        <source>Agreement No. %1 of %2</source>
        <translation>Келишим № %1, %2</translation>
    </message>
    <message>
        <source>award above the decision or maximum — reason: %1</source>
        <translation>грант чечимден же максимумдан ашат — себеби: %1</translation>
    </message>
    <message>
        <source>executor: %1</source>
        <translation>аткаруучу: %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>заказчы: %1</translation>
    </message>
    <message>
        <source>grant: %1 som</source>
        <translation>грант: %1 сом</translation>
    </message>
    <message>
        <source>Planned %1 som, actual %2 som.
Local budget: planned %3, actual %4, grant %5.</source>
        <translation>Пландалган %1 сом, иш жүзүндө %2 сом.
Жергиликтүү бюджет: пландалган %3, иш жүзүндө %4, грант %5.</translation>
    </message>
    <message>
        <source>Planned %1 som, actual %2 som.
Local budget: planned %3, actual %4, grant %5.
Competition allocation %6 som; local budget planned by all its projects %7 som.</source>
        <translation>Пландалган %1 сом, иш жүзүндө %2 сом.
Жергиликтүү бюджет: пландалган %3, иш жүзүндө %4, грант %5.
Сынакка бөлүнгөн каражат %6 сом; анын бардык долбоорлорунда жергиликтүү бюджеттен пландалган %7 сом.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Иш жүзүндө</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Бюджеттин беренеси</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Каржылоо булагы</translation>
    </message>
    <message>
        <source>Planned, som</source>
        <translation>Пландалган, сом</translation>
    </message>
    <message>
        <source>Actual, som</source>
        <translation>Иш жүзүндө, сом</translation>
    </message>
    <message>
        <source>Difference, som</source>
        <translation>Айырма, сом</translation>
    </message>
    <message>
        <source>Valuation / note</source>
        <translation>Баалоо / эскертүү</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Каржылоо жолу</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>Саны × бирдигинин баасы</translation>
    </message>
    <message>
        <source>The planned amount differs from quantity × unit price: %1 ≠ %2</source>
        <translation>Пландалган сумма саны × бирдигинин баасынан айырмаланат: %1 ≠ %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>* the actual amount is the sum of the expenses booked to the line</source>
        <translation>* иш жүзүндөгү сумма — бул беренеге катталган чыгымдардын суммасы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
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
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткөн жери</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Көрсөтүлгөн</translation>
    </message>
    <message>
        <source>The source states %1, the counts give %2</source>
        <translation>Булакта %1, категориялар боюнча %2</translation>
    </message>
    <message>
        <source>Reached: %1 people at %2 events held in %3 places (a part such as girls is never added twice).</source>
        <translation>Камтылды: %1 адам, %2 иш-чара, %3 жерде (кыз балдар сыяктуу бөлүк эки жолу кошулбайт).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <source>%1 recipients receive %2 som together; the grant is %3 som.</source>
        <translation>%1 алуучу чогуу %2 сом алат; грант %3 сом.</translation>
    </message>
    <message>
        <source>The grant is not split among recipients.</source>
        <translation>Грант алуучуларга бөлүнгөн эмес.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Басылма / канал</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгээли</translation>
    </message>
    <message>
        <source>Link or note</source>
        <translation>Шилтеме же эскертүү</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>Agreement &amp;No.:</source>
        <translation>Келишимдин &amp;номери:</translation>
    </message>
    <message>
        <source>Agreement &amp;date:</source>
        <translation>Келишимдин &amp;күнү:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Заказчы:</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Аткаруучу:</translation>
    </message>
    <message>
        <source>&amp;Grant, som:</source>
        <translation>&amp;Грант, сом:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Башталышы:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Аяктоосу:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>&amp;Максаты:</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Натыйжалар:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;Эмне:</translation>
    </message>
    <message>
        <source>Legal &amp;basis (resolution, order or agreement, No.):</source>
        <translation>Укуктук &amp;негизи (токтом, буйрук же келишим, №):</translation>
    </message>
    <message>
        <source>Date of the &amp;basis:</source>
        <translation>&amp;Негиздин күнү:</translation>
    </message>
    <message>
        <source>Save the agreement with this award and the reason written?</source>
        <translation>Келишимди ушул грант суммасы жана жазылган себеп менен сактайсызбы?</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Жаңы долбоор</translation>
    </message>
    <message>
        <source>Every winning application already has a project. Projects are made from the winners a commission decided.</source>
        <translation>Ар бир жеңүүчү өтүнмөнүн долбоору бар. Долбоорлор комиссия аныктаган жеңүүчүлөрдөн түзүлөт.</translation>
    </message>
    <message>
        <source>New project from a winner</source>
        <translation>Жеңүүчүдөн жаңы долбоор</translation>
    </message>
    <message>
        <source>&amp;Winner:</source>
        <translation>&amp;Жеңүүчү:</translation>
    </message>
    <message>
        <source>Grant agreement</source>
        <translation>Гранттык келишим</translation>
    </message>
    <message>
        <source>Reason if above the &amp;decision or maximum:</source>
        <translation>Чечимден же максимумдан ашса, &amp;себеби:</translation>
    </message>
    <message>
        <source>Project without a competition</source>
        <translation>Сынаксыз долбоор</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Муниципалитет:</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Долбоордун абалы</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>&amp;Reason (when terminated):</source>
        <translation>&amp;Себеби (токтотулса):</translation>
    </message>
    <message>
        <source>Budget &amp;line:</source>
        <translation>Бюджеттин &amp;беренеси:</translation>
    </message>
    <message>
        <source>Funding &amp;source:</source>
        <translation>Каржылоо &amp;булагы:</translation>
    </message>
    <message>
        <source>&amp;Planned, som:</source>
        <translation>&amp;Пландалган, сом:</translation>
    </message>
    <message>
        <source>&amp;Actual, som (while no expense is booked):</source>
        <translation>&amp;Иш жүзүндө, сом (чыгым катталбаса):</translation>
    </message>
    <message>
        <source>&amp;Valuation (in kind) or note:</source>
        <translation>&amp;Баалоо (заттай) же эскертүү:</translation>
    </message>
    <message>
        <source>&amp;How it is paid:</source>
        <translation>&amp;Каржылоо жолу:</translation>
    </message>
    <message>
        <source>&amp;Quantity (optional):</source>
        <translation>&amp;Саны (милдеттүү эмес):</translation>
    </message>
    <message>
        <source>U&amp;nit (pieces, certificates…):</source>
        <translation>&amp;Бирдиги (дана, сертификат…):</translation>
    </message>
    <message>
        <source>Unit p&amp;rice, som:</source>
        <translation>Бирдигинин &amp;баасы, сом:</translation>
    </message>
    <message>
        <source>Quantity × unit price = %1 som</source>
        <translation>Саны × бирдигинин баасы = %1 сом</translation>
    </message>
    <message>
        <source>(taken as the planned amount)</source>
        <translation>(пландалган сумма катары алынат)</translation>
    </message>
    <message>
        <source>planned %1 som: both are kept and the line is listed in the figures to check</source>
        <translation>пландалган %1 сом: экөө тең сакталат, берене текшерүүчү сандарга кирет</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Бюджеттин жаңы беренеси</translation>
    </message>
    <message>
        <source>Remove the selected budget line?</source>
        <translation>Тандалган берене өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>Жаңы чыгым</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Document No.:</source>
        <translation>&amp;Документ №:</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>(беренесиз)</translation>
    </message>
    <message>
        <source>Funding &amp;source (when no line):</source>
        <translation>Каржылоо &amp;булагы (берене жок болсо):</translation>
    </message>
    <message>
        <source>(the line&apos;s source)</source>
        <translation>(берененин булагы)</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Сумма, сом:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>Remove the selected expense?</source>
        <translation>Тандалган чыгым өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>&amp;Place (village):</source>
        <translation>&amp;Өткөн жери (айыл):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Сүрөттөмө:</translation>
    </message>
    <message>
        <source>Participants as the &amp;source states (optional):</source>
        <translation>&amp;Булактагы катышуучулардын саны (милдеттүү эмес):</translation>
    </message>
    <message>
        <source>The counts by category give %1.</source>
        <translation>Категориялар боюнча %1 чыгат.</translation>
    </message>
    <message>
        <source>It differs from the stated number: both are kept and the event is listed in the figures to check.</source>
        <translation>Бул көрсөтүлгөн сандан айырмаланат: экөө тең сакталат, иш-чара текшерүүчү сандарга кирет.</translation>
    </message>
    <message>
        <source>Only planned, not held yet</source>
        <translation>Пландалган гана, азырынча өткөрүлө элек</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Жаңы иш-чара</translation>
    </message>
    <message>
        <source>Remove the event «%1» and its participant counts?</source>
        <translation>«%1» иш-чарасын жана анын катышуучуларынын санын өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <source>New participant category</source>
        <translation>Катышуучулардын жаңы категориясы</translation>
    </message>
    <message>
        <source>Name in &amp;Kyrgyz:</source>
        <translation>&amp;Кыргызча аталышы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орусча аталышы:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Кайсы категориянын бөлүгү:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
    <message>
        <source>The parts add up to the whole (like boys and girls make up children)</source>
        <translation>Бөлүктөр бүтүндү түзөт (уул жана кыз балдар — балдар сыяктуу)</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>Жаңы материал</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Өлчөмү:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сүрөттөмө:</translation>
    </message>
    <message>
        <source>New media coverage</source>
        <translation>ЖМКда жаңы чагылдыруу</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Басылма / канал:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгээли:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Шилтеме:</translation>
    </message>
    <message>
        <source>Remove the selected row?</source>
        <translation>Тандалган сап өчүрүлсүнбү?</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Recipients of the grant</source>
        <translation>Гранттын алуучулары</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Сумма, сом</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>&amp;Add a recipient</source>
        <translation>Алуучу &amp;кошуу</translation>
    </message>
    <message>
        <source>&amp;Remove the recipient</source>
        <translation>Алуучуну &amp;өчүрүү</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Together: %1 som; the grant: %2 som.</source>
        <translation>Баары: %1 сом; грант: %2 сом.</translation>
    </message>
    <message>
        <source>They must add up to the grant exactly.</source>
        <translation>Алар гранттын суммасына так барабар болушу керек.</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>%1-сап: </translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>(not chosen)</source>
        <translation>(тандалган жок)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Токтом</translation>
    </message>
    <message>
        <source>New resolution</source>
        <translation>Жаңы токтом</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>Body&apos;s &amp;name:</source>
        <translation>Органдын &amp;аталышы:</translation>
    </message>
    <message>
        <source>e.g. Kara-Balta city council</source>
        <translation>мисалы, Кара-Балта шаардык кеңеши</translation>
    </message>
    <message>
        <source>&amp;Kind of act:</source>
        <translation>Актынын &amp;түрү:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Номери:</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Кабыл алынган күнү:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Normative act (registered by the justice body)</source>
        <translation>&amp;Ченемдик акт (юстиция органында катталат)</translation>
    </message>
    <message>
        <source>Sent to &amp;justice on:</source>
        <translation>&amp;Юстицияга жөнөтүлгөн күнү:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>Реестрге &amp;катталган күнү:</translation>
    </message>
    <message>
        <source>Number in the state &amp;register:</source>
        <translation>Мамлекеттик &amp;реестрдеги номери:</translation>
    </message>
    <message>
        <source>&amp;Standing commission in control:</source>
        <translation>Көзөмөлдөгөн туруктуу &amp;комиссия:</translation>
    </message>
    <message>
        <source>&amp;Official in control:</source>
        <translation>Көзөмөлдөгөн &amp;кызмат адамы:</translation>
    </message>
    <message>
        <source>&amp;Distribution (one per line):</source>
        <translation>&amp;Таркатылсын (ар бир сапка бирөө):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>Point of the resolution</source>
        <translation>Токтомдун пункту</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>Жаңы пункт</translation>
    </message>
    <message>
        <source>&amp;No.:</source>
        <translation>&amp;Пункттун номери:</translation>
    </message>
    <message>
        <source>next</source>
        <translation>кийинкиси</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Тексти:</translation>
    </message>
    <message>
        <source>&amp;Due date (empty: not under control):</source>
        <translation>Аткаруу &amp;мөөнөтү (бош болсо — көзөмөлдө эмес):</translation>
    </message>
    <message>
        <source>&amp;Controller (empty: the resolution&apos;s):</source>
        <translation>&amp;Көзөмөлдөөчү (бош болсо — токтомдукундай):</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Аткарылды: %1</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Аткарылган күнү:</translation>
    </message>
    <message>
        <source>Confirming &amp;document:</source>
        <translation>Тастыктоочу &amp;документ:</translation>
    </message>
    <message>
        <source>e.g. letter No. 12</source>
        <translation>мисалы, №12 кат</translation>
    </message>
    <message>
        <source>What the resolution approves or changes</source>
        <translation>Токтом эмнени бекитет же өзгөртөт</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Байланыш:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Эмнени:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Жазуу:</translation>
    </message>
    <message>
        <source>&amp;Title of the document:</source>
        <translation>Документтин &amp;аталышы:</translation>
    </message>
    <message>
        <source>Public hearing</source>
        <translation>Коомдук угуу</translation>
    </message>
    <message>
        <source>New public hearing</source>
        <translation>Жаңы коомдук угуу</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Маселе:</translation>
    </message>
    <message>
        <source>&amp;Notice on:</source>
        <translation>&amp;Кулактандырылган күнү:</translation>
    </message>
    <message>
        <source>Notice &amp;channel:</source>
        <translation>Кулактандыруу &amp;жолу:</translation>
    </message>
    <message>
        <source>e.g. notice board, WhatsApp groups, radio</source>
        <translation>мисалы, маалымат тактасы, WhatsApp топтору, радио</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Өткөн күнү:</translation>
    </message>
    <message>
        <source>Held &amp;online (remotely, through messengers)</source>
        <translation>&amp;Онлайн өттү (аралыктан, мессенджерлер аркылуу)</translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation>&amp;Орду же шилтеме:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Төрага:</translation>
    </message>
    <message>
        <source>Sec&amp;retary:</source>
        <translation>&amp;Катчы:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Жаңы сунуш</translation>
    </message>
    <message>
        <source>&amp;Author group:</source>
        <translation>&amp;Ким сунуштады:</translation>
    </message>
    <message>
        <source>e.g. youth, residents of a village, deputies</source>
        <translation>мисалы, жаштар, айылдын тургундары, депутаттар</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Сунуш:</translation>
    </message>
    <message>
        <source>Answer to the proposal</source>
        <translation>Сунушка жооп</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Чечим:</translation>
    </message>
    <message>
        <source>&amp;Answer (the reason when rejected):</source>
        <translation>&amp;Жооп (четке кагылса — себеби):</translation>
    </message>
    <message>
        <source>Included in the &amp;resolution:</source>
        <translation>&amp;Токтомго киргизилди:</translation>
    </message>
    <message>
        <source>Included in the &amp;budget line:</source>
        <translation>&amp;Бюджеттин беренесине киргизилди:</translation>
    </message>
    <message>
        <source>Included &amp;elsewhere:</source>
        <translation>&amp;Башка жерге киргизилди:</translation>
    </message>
    <message>
        <source>Need or proposal</source>
        <translation>Муктаждык же сунуш</translation>
    </message>
    <message>
        <source>New need or proposal</source>
        <translation>Жаңы муктаждык же сунуш</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Булагы:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Айыл:</translation>
    </message>
    <message>
        <source>&amp;Group concerned:</source>
        <translation>&amp;Кимге тиешелүү:</translation>
    </message>
    <message>
        <source>&amp;Who wrote or said it:</source>
        <translation>&amp;Ким жазды же айтты:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Көйгөй:</translation>
    </message>
    <message>
        <source>P&amp;roposal:</source>
        <translation>С&amp;унуш:</translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation>&amp;Угуу:</translation>
    </message>
    <message>
        <source>What answered the need</source>
        <translation>Муктаждыкты эмне чечти</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>&amp;Competition (its theme):</source>
        <translation>&amp;Сынак (анын темасы):</translation>
    </message>
    <message>
        <source>Program &amp;measure:</source>
        <translation>Программанын &amp;чарасы:</translation>
    </message>
    <message>
        <source>&amp;Budget line:</source>
        <translation>&amp;Бюджеттин беренеси:</translation>
    </message>
    <message>
        <source>&amp;Answer (the reason when declined):</source>
        <translation>&amp;Жооп (четке кагылса — себеби):</translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation>Жергиликтүү бюджет</translation>
    </message>
    <message>
        <source>New year&apos;s local budget</source>
        <translation>Жылдын жаңы жергиликтүү бюджети</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жылы:</translation>
    </message>
    <message>
        <source>Total &amp;expenditure, som:</source>
        <translation>Бардык &amp;чыгашалар, сом:</translation>
    </message>
    <message>
        <source>Executive&apos;s &amp;paid services, som:</source>
        <translation>Аткаруу органынын акы &amp;төлөнүүчү кызматтары, сом:</translation>
    </message>
    <message>
        <source>&amp;Reserve fund, som (at most 1 %):</source>
        <translation>&amp;Резервдик фонд, сом (1 %дан ашпайт):</translation>
    </message>
    <message>
        <source>Approved by re&amp;solution:</source>
        <translation>&amp;Бекиткен токтом:</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Бюджеттин беренеси</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Бюджеттин жаңы беренеси</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Багыты:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Суммасы, сом:</translation>
    </message>
    <message>
        <source>Competition funded from «%1»</source>
        <translation>«%1» сабынан каржыланган сынак</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Сынак:</translation>
    </message>
    <message>
        <source>Decision on the reserve fund</source>
        <translation>Резервдик фонд боюнча чечим</translation>
    </message>
    <message>
        <source>New decision on the reserve fund</source>
        <translation>Резервдик фонд боюнча жаңы чечим</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>e.g. resolution of the ayil okmotu No. 7</source>
        <translation>мисалы, айыл өкмөтүнүн №7 токтому</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Максаты:</translation>
    </message>
    <message>
        <source>&amp;Resolution of the register:</source>
        <translation>Реестрдеги &amp;токтом:</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>&amp;Resolutions</source>
        <translation>&amp;Токтомдор</translation>
    </message>
    <message>
        <source>&amp;Control: overdue and this month</source>
        <translation>&amp;Көзөмөл: мөөнөтү өткөн жана ушул айда</translation>
    </message>
    <message>
        <source>Public &amp;hearings</source>
        <translation>Коомдук &amp;угуулар</translation>
    </message>
    <message>
        <source>&amp;Needs and proposals</source>
        <translation>&amp;Муктаждыктар жана сунуштар</translation>
    </message>
    <message>
        <source>Local &amp;budgets</source>
        <translation>Жергиликтүү &amp;бюджеттер</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Файл жазылган жок: %1</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Документтин &amp;тили:</translation>
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
        <translation>Отчет түзүлүүдө…</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Даяр: %1</translation>
    </message>
    <message>
        <source>fit to width</source>
        <translation>туурасы боюнча</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Отчетту сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel китептери (*.xlsx)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Сынак:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Отурум:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Долбоор:</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Про&amp;грамма:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Мезгил:</translation>
    </message>
    <message>
        <source>Half-year:</source>
        <translation>Жарым жыл:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Отчеттун &amp;тили:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өз алдынча</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>First half-year</source>
        <translation>Биринчи жарым жыл</translation>
    </message>
    <message>
        <source>Second half-year</source>
        <translation>Экинчи жарым жыл</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Алдын ала көрүү</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Туурасы боюнча</translation>
    </message>
    <message>
        <source>Show the page as wide as the preview</source>
        <translation>Баракты көрүү талаасынын туурасына жайгаштыруу</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Чоңураак</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Кичирээк</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF катары сактоо…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>&amp;XLSX катары сактоо…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation>&amp;Угуу:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жылы:</translation>
    </message>
</context>
<context>
    <name>ResolutionsTab</name>
    <message>
        <source>Under the control of: %1</source>
        <translation>Көзөмөлдөйт: %1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Таркатылсын: %1</translation>
    </message>
    <message>
        <source>Justice: sent %1, registered %2 %3</source>
        <translation>Юстиция: жөнөтүлдү %1, катталды %2 %3</translation>
    </message>
    <message>
        <source>Remove the resolution %1 from the register?</source>
        <translation>%1 токтомун реестрден өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Remove point %1?</source>
        <translation>%1-пунктту өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>&amp;New resolution…</source>
        <translation>&amp;Жаңы токтом…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Print the control report…</source>
        <translation>Көзөмөл отчетун &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>Points (a point with a due date is under control):</source>
        <translation>Пункттар (мөөнөтү бар пункт көзөмөлдө):</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Тексти</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Көзөмөлдөөчү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Add a &amp;point…</source>
        <translation>&amp;Пункт кошуу…</translation>
    </message>
    <message>
        <source>Edit the point…</source>
        <translation>Пунктту өзгөртүү…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Аткарылды деп белгилөө…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Кайра ачуу</translation>
    </message>
    <message>
        <source>Remove the point</source>
        <translation>Пунктту өчүрүү</translation>
    </message>
    <message>
        <source>What it approves or changes, and what rests on it:</source>
        <translation>Эмнени бекитет же өзгөртөт, кайсы жазуулар ага негизделет:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Шилтеме…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Шилтемени алып салуу</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Results and act</source>
        <translation>Натыйжалар, акт</translation>
    </message>
    <message>
        <source>Satisfaction of participants</source>
        <translation>Катышуучулардын канааттануусу</translation>
    </message>
    <message>
        <source>Add &amp;survey…</source>
        <translation>&amp;Сурамжылоо кошуу…</translation>
    </message>
    <message>
        <source>Remove survey</source>
        <translation>Сурамжылоону өчүрүү</translation>
    </message>
    <message>
        <source>Acceptance act</source>
        <translation>Кабыл алуу-өткөрүп берүү актысы</translation>
    </message>
    <message>
        <source>&amp;Write the act…</source>
        <translation>&amp;Актты толтуруу…</translation>
    </message>
    <message>
        <source>A&amp;ccept the result…</source>
        <translation>Натыйжаны &amp;кабыл алуу…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the acceptance…</source>
        <translation>Кабыл алууну &amp;жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Print the act</source>
        <translation>Актты басып чыгаруу</translation>
    </message>
    <message>
        <source>Print the results</source>
        <translation>Натыйжаларды басып чыгаруу</translation>
    </message>
    <message>
        <source>Events: %1 planned, %2 held.</source>
        <translation>Иш-чаралар: пландалган %1, өткөрүлгөн %2.</translation>
    </message>
    <message>
        <source>Cost: planned %1 som, actual %2 som.</source>
        <translation>Чыгым: пландалган %1 сом, иш жүзүндө %2 сом.</translation>
    </message>
    <message>
        <source>Per participant: planned %1 som, actual %2 som.</source>
        <translation>Бир катышуучуга: пландалган %1 сом, иш жүзүндө %2 сом.</translation>
    </message>
    <message>
        <source>From the local budget per participant: planned %1 som, actual %2 som.</source>
        <translation>Жергиликтүү бюджеттен бир катышуучуга: пландалган %1 сом, иш жүзүндө %2 сом.</translation>
    </message>
    <message>
        <source>Co-financing (all but the local budget): %1 som, %2 % of the cost.</source>
        <translation>Кошумча каржылоо (жергиликтүү бюджеттен башкасы): %1 сом, чыгымдын %2 %.</translation>
    </message>
    <message>
        <source>%1: %2 som (%3 %)</source>
        <translation>%1: %2 сом (%3 %)</translation>
    </message>
    <message>
        <source>Satisfied: %1 of %2 asked (%3 %).</source>
        <translation>Канааттангандар: суралган %2 адамдын %1 (%3 %).</translation>
    </message>
    <message>
        <source>No satisfaction survey yet.</source>
        <translation>Канааттануу боюнча сурамжылоо жүргүзүлө элек.</translation>
    </message>
    <message>
        <source>No act yet. Write the act, then accept the result: only that completes the project.</source>
        <translation>Акт азырынча жок. Актты толтуруп, натыйжаны кабыл алыңыз: долбоор ошондо гана аяктайт.</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 is accepted (%3): the project is completed.</source>
        <translation>%2 күнкү № %1 акт кабыл алынды (%3): долбоор аяктады.</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 is a draft, not accepted yet.</source>
        <translation>%2 күнкү № %1 акт — долбоор, али кабыл алына элек.</translation>
    </message>
    <message>
        <source>Acceptance cancelled: %1</source>
        <translation>Кабыл алуу жокко чыгарылды: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Иш жүзүндө</translation>
    </message>
    <message>
        <source>Of plan, %</source>
        <translation>Пландан, %</translation>
    </message>
    <message>
        <source>All participants (each once)</source>
        <translation>Бардык катышуучулар (кайталанбай)</translation>
    </message>
    <message>
        <source>New satisfaction survey</source>
        <translation>Жаңы сурамжылоо</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>How many were &amp;asked:</source>
        <translation>Канча адам &amp;суралды:</translation>
    </message>
    <message>
        <source>How many were &amp;satisfied:</source>
        <translation>Канчасы &amp;канааттанды:</translation>
    </message>
    <message>
        <source>&amp;How (questionnaire, show of hands…):</source>
        <translation>&amp;Кантип (анкета, кол көтөрүү…):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>Remove the selected survey?</source>
        <translation>Тандалган сурамжылоону өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Act &amp;No.:</source>
        <translation>&amp;Актын №:</translation>
    </message>
    <message>
        <source>Signs for the &amp;customer:</source>
        <translation>&amp;Заказчынын атынан кол коёт:</translation>
    </message>
    <message>
        <source>Signs for the &amp;executor:</source>
        <translation>&amp;Аткаруучунун атынан кол коёт:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Эскертүүлөр:</translation>
    </message>
    <message>
        <source>Accept the project&apos;s result? The project becomes completed and the figures the act lists are sealed.</source>
        <translation>Долбоордун натыйжасын кабыл аласызбы? Долбоор аяктайт жана актыдагы көрсөткүчтөр бекитилет.</translation>
    </message>
    <message>
        <source>Cancel the acceptance</source>
        <translation>Кабыл алууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Себеби:</translation>
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
<context>
    <name>Roles</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Сиздин ролуңуз буга укук бербейт.</translation>
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
    <name>SyncFields</name>
    <message>
        <source>title</source>
        <translation>аталышы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аталышы</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>аты-жөнү</translation>
    </message>
    <message>
        <source>status</source>
        <translation>абалы</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>суралган сумма</translation>
    </message>
    <message>
        <source>grant amount</source>
        <translation>грант суммасы</translation>
    </message>
    <message>
        <source>planned amount</source>
        <translation>пландалган сумма</translation>
    </message>
    <message>
        <source>actual amount</source>
        <translation>иш жүзүндөгү сумма</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>адамдардын саны</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күнү</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орду</translation>
    </message>
    <message>
        <source>village</source>
        <translation>айыл</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>максаты</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>өчүрүлгөн</translation>
    </message>
    <message>
        <source>population</source>
        <translation>калктын саны</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>аткаруу мөөнөтү</translation>
    </message>
    <message>
        <source>reserve fund</source>
        <translation>резервдик фонд</translation>
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
        <translation>Бул пакет мурда эле алынган; эч нерсе өзгөргөн жок.</translation>
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
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
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
    <message>
        <source>protocol closed in two offices</source>
        <translation>протокол эки кеңседе жабылган</translation>
    </message>
    <message>
        <source>the closed protocol</source>
        <translation>жабылган протокол</translation>
    </message>
    <message>
        <source>%1 changes made by offices not trusted here were set aside: %2. Trust their key files to receive them.</source>
        <translation>Бул жерде ишенимдүү эмес кеңселердин %1 өзгөртүүсү четке коюлду: %2. Аларды алуу үчүн ошол кеңселердин ачкыч файлдарына ишениңиз.</translation>
    </message>
    <message>
        <source>%1 attached files are missing or damaged here and were not sent.</source>
        <translation>%1 тиркеме файлы бул жерде жок же бузулган, алар жөнөтүлгөн жок.</translation>
    </message>
    <message>
        <source>The signing key was saved: %1. Keep the file and the passphrase apart.</source>
        <translation>Кол коюу ачкычы сакталды: %1. Файлды жана купуя сөздү бөлөк сактаңыз.</translation>
    </message>
    <message>
        <source>The signing key is on this computer now.</source>
        <translation>Кол коюу ачкычы эми бул компьютерде.</translation>
    </message>
    <message>
        <source>Save the signing key</source>
        <translation>Кол коюу ачкычын сактоо</translation>
    </message>
    <message>
        <source>Signing keys (*.key)</source>
        <translation>Кол коюу ачкычтары (*.key)</translation>
    </message>
    <message>
        <source>Open a saved signing key</source>
        <translation>Сакталган кол коюу ачкычын ачуу</translation>
    </message>
    <message>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation>Кол коюу ачкычтары (*.key);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Register this database as a new office with a new signing key? Use it when the key is lost or may be known to others. Every other office must then trust the new key file (and revoke the old office).</source>
        <translation>Бул маалымат базасын жаңы кол коюу ачкычы менен жаңы кеңсе катары каттайсызбы? Ачкыч жоголгондо же башкаларга белгилүү болуп калышы мүмкүн болгондо колдонуңуз. Андан кийин башка ар бир кеңсе жаңы ачкыч файлына ишениши (жана эски кеңсени кайтарып алышы) керек.</translation>
    </message>
    <message>
        <source>This office&apos;s signing key is not on this computer: packages cannot be exported. Import the saved signing key, or register this database as a new office with a new key.</source>
        <translation>Бул кеңсенин кол коюу ачкычы бул компьютерде жок: пакеттерди экспорттоого болбойт. Сакталган кол коюу ачкычын импорттоңуз же бул маалымат базасын жаңы ачкыч менен жаңы кеңсе катары каттаңыз.</translation>
    </message>
    <message>
        <source>Save signing key…</source>
        <translation>Кол коюу ачкычын сактоо…</translation>
    </message>
    <message>
        <source>Import signing key…</source>
        <translation>Кол коюу ачкычын импорттоо…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Жаңы ачкыч…</translation>
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
        <translation>Сынак</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтүнмө берүүчү</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтүнмө</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Кошумча каржылоо</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссиянын мүчөсү</translation>
    </message>
    <message>
        <source>Scoring criterion</source>
        <translation>Баалоо критерийи</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отурум</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Упай</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Добуш</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Бюджеттин беренеси</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Чыгым</translation>
    </message>
    <message>
        <source>Participant category</source>
        <translation>Катышуучулардын категориясы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Иш-чаранын катышуучулары</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Media coverage</source>
        <translation>ММКда чагылдырылышы</translation>
    </message>
    <message>
        <source>Development program</source>
        <translation>Өнүктүрүү программасы</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Чара</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Индикатордун мааниси</translation>
    </message>
    <message>
        <source>Step of a competition&apos;s work plan</source>
        <translation>Сынактын иш планынын иш-аракети</translation>
    </message>
    <message>
        <source>Tranche of a grant</source>
        <translation>Гранттын траншы</translation>
    </message>
    <message>
        <source>Payment of a grant</source>
        <translation>Гранттын төлөмү</translation>
    </message>
    <message>
        <source>Report of an executor</source>
        <translation>Аткаруучунун отчету</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Мониторингдик баруу</translation>
    </message>
    <message>
        <source>Acceptance act</source>
        <translation>Кабыл алуу-өткөрүп берүү актысы</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Канааттануу боюнча сурамжылоо</translation>
    </message>
    <message>
        <source>File of a project</source>
        <translation>Долбоордун файлы</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Токтом</translation>
    </message>
    <message>
        <source>Point of a resolution</source>
        <translation>Токтомдун пункту</translation>
    </message>
    <message>
        <source>Public hearing</source>
        <translation>Коомдук угуу</translation>
    </message>
    <message>
        <source>Hearing proposal</source>
        <translation>Угуудагы сунуш</translation>
    </message>
    <message>
        <source>Need or proposal</source>
        <translation>Муктаждык же сунуш</translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation>Жергиликтүү бюджет</translation>
    </message>
    <message>
        <source>Local budget line</source>
        <translation>Жергиликтүү бюджеттин беренеси</translation>
    </message>
    <message>
        <source>Reserve-fund decision</source>
        <translation>Резервдик фонддун чечими</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
</context>
</TS>
