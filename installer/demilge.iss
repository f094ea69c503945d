; Inno Setup script for the Windows installer of Demilge.
; Build the bundle first (python installer\build.py), then:  ISCC installer\demilge.iss
; Result: dist\Demilge-Setup-<version>.exe
; Supported: 64-bit Windows 10 and 11 (Qt 6 does not run on older or 32-bit Windows).

#define AppName "Demilge"
#define AppVersion "0.1.0"
#define AppPublisher "Demilge"

[Setup]
AppId={{6D2F1C9A-4B7E-4E55-9A1F-3B0C4D21D3E8}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\Demilge
DefaultGroupName=Demilge
OutputDir=..\dist
OutputBaseFilename=Demilge-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayIcon={app}\Demilge.exe
; The user's database, backups and attachments live in the user's data folder
; (%LOCALAPPDATA%\Demilge\Demilge), outside {app}. This script never names that
; folder, so neither the installer nor the uninstaller can touch it: there is
; deliberately no [UninstallDelete] section.

[Languages]
Name: "ky"; MessagesFile: "Kyrgyz.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ky.DesktopIcon=Иш столунда белги түзүү
ru.DesktopIcon=Создать значок на рабочем столе
en.DesktopIcon=Create a desktop shortcut
ky.CommandLine=Демилге (буйрук сабы)
ru.CommandLine=Демилге (командная строка)
en.CommandLine=Demilge (command line)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[Files]
Source: "..\dist\demilge\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Demilge"; Filename: "{app}\Demilge.exe"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\demilge-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,Demilge}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Demilge"; Filename: "{app}\Demilge.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Demilge.exe"; Description: "{cm:LaunchProgram,Demilge}"; Flags: nowait postinstall skipifsilent
