; Kyrgyz messages for Inno Setup (the main pages of the wizard). Messages not
; listed here fall back to the English defaults of Inno Setup.
[LangOptions]
LanguageName=Кыргызча
LanguageID=$0440
LanguageCodePage=0

[Messages]
SetupAppTitle=Орнотуу
SetupWindowTitle=Орнотуу — %1
UninstallAppTitle=Өчүрүү
UninstallAppFullTitle=%1 программасын өчүрүү
ConfirmTitle=Ырастоо
ButtonBack=< &Артка
ButtonNext=&Кийинки >
ButtonInstall=&Орнотуу
ButtonOK=Макул
ButtonCancel=Жокко чыгаруу
ButtonYes=&Ооба
ButtonYesToAll=Баарына &ооба
ButtonNo=&Жок
ButtonNoToAll=Баарына ж&ок
ButtonFinish=&Бүтүрүү
ButtonBrowse=&Тандоо...
ButtonWizardBrowse=Т&андоо...
ButtonNewFolder=&Жаңы папка
ExitSetupTitle=Орнотуудан чыгуу
ExitSetupMessage=Орнотуу аяктай элек. Азыр чыксаңыз, программа орнотулбайт.%n%nОрнотууну кийин кайра иштетсеңиз болот.%n%nОрнотуудан чыгасызбы?
WelcomeLabel1=[name] программасын орнотуу устасына кош келиңиз
WelcomeLabel2=Бул уста компьютериңизге [name/ver] программасын орнотот.%n%nУлантуудан мурун башка программаларды жабуу сунушталат.
WizardSelectDir=Орнотуучу папканы тандаңыз
SelectDirDesc=[name] кайсы папкага орнотулат?
SelectDirLabel3=Орнотуу [name] программасын төмөнкү папкага орнотот.
SelectDirBrowseLabel=Улантуу үчүн «Кийинки» баскычын басыңыз. Башка папканы тандоо үчүн «Тандоо» баскычын басыңыз.
DiskSpaceMBLabel=Кеминде [mb] МБ бош орун керек.
WizardSelectTasks=Кошумча тапшырмаларды тандаңыз
SelectTasksDesc=Дагы эмне кылуу керек?
SelectTasksLabel2=[name] орнотулуп жатканда аткарылуучу кошумча тапшырмаларды тандап, «Кийинки» баскычын басыңыз.
WizardReady=Орнотууга даяр
ReadyLabel1=[name] программасын компьютериңизге орнотууга даяр.
ReadyLabel2a=Орнотууну улантуу үчүн «Орнотуу» баскычын басыңыз.
WizardInstalling=Орнотулууда
InstallingLabel=[name] компьютериңизге орнотулуп жатканда күтө туруңуз.
FinishedHeadingLabel=[name] программасын орнотуу аяктады
FinishedLabelNoIcons=[name] программасы компьютериңизге орнотулду.
FinishedLabel=[name] программасы компьютериңизге орнотулду. Аны орнотулган белгилер аркылуу ачсаңыз болот.
ClickFinish=Орнотуудан чыгуу үчүн «Бүтүрүү» баскычын басыңыз.
ConfirmUninstall=%1 программасын жана анын бардык бөлүктөрүн өчүрөсүзбү? Маалымат базасы жана камдык көчүрмөлөр өчүрүлбөйт.
UninstalledAll=%1 компьютериңизден өчүрүлдү.
StatusUninstalling=%1 өчүрүлүүдө...
