; Inno Setup script for the Windows installer of Demilge. Needs Inno Setup 6.3 or newer
; (x64compatible); checked with 6.4.1 by installer/windows_check.py.
; Build the bundle first (python installer\build.py), then:  ISCC installer\demilge.iss
; Result: dist\Demilge-Setup-<version>.exe
; Supported: 64-bit Windows 10 and 11 (Qt 6 does not run on older or 32-bit Windows).
; /DBundleDir=... compiles another bundle-shaped folder; /DAppVersion=... overrides the version.

#define AppName "Demilge"
#define AppPublisher "Demilge"

#ifndef BundleDir
  #define BundleDir "..\dist\demilge"
#endif

; The version is kept in one place, app\__init__.py (__version__ = "x.y.z"): read it from there.
#ifndef AppVersion
  #define VersionFile AddBackslash(SourcePath) + "..\app\__init__.py"
  #define AppVersion ""
  #define VersionHandle
  #define VersionLine
  #sub ReadVersionLine
    #if Pos("__version__", VersionLine) == 1
      #define public AppVersion Copy(VersionLine, Pos('"', VersionLine) + 1, RPos('"', VersionLine) - Pos('"', VersionLine) - 1)
    #endif
  #endsub
  #for {VersionHandle = FileOpen(VersionFile); VersionHandle && !FileEof(VersionHandle); VersionLine = FileRead(VersionHandle)} ReadVersionLine
  #expr ReadVersionLine
  #if VersionHandle
    #expr FileClose(VersionHandle)
  #endif
  #if AppVersion == ""
    #error Could not read __version__ from app\__init__.py
  #endif
#endif

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
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Demilge"; Filename: "{app}\Demilge.exe"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\demilge-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,Demilge}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Demilge"; Filename: "{app}\Demilge.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Demilge.exe"; Description: "{cm:LaunchProgram,Demilge}"; Flags: nowait postinstall skipifsilent
