; Inno Setup 6 definition of the Windows installer for the packaged Case Tracker.
;
;   python -m desktop.bootstrap package        (builds dist\CaseTracker\ first)
;   ISCC.exe /DAppVersion=0.1.0 desktop\packaging\case_tracker.iss
;
; Writes dist\CaseTracker-<version>-setup.exe. The installer:
; - installs for the current user only (no administrator rights): into
;   %LOCALAPPDATA%\Programs\Case Tracker, with a Start menu entry (and, if chosen, a desktop
;   icon) that starts the windowed CaseTracker.exe;
; - updates in place: the same AppId, so a newer setup replaces the program files (closing a
;   running Case Tracker first) and keeps everything else;
; - uninstalls cleanly: it removes only what it installed. The database, its automatic
;   backups and the settings live in the user's application-data folders
;   (%LOCALAPPDATA%\CaseTracker and %APPDATA%\CaseTracker), which the installer
;   never writes, so the uninstaller leaves them in place (docs/install.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Case Tracker"
#define Root "..\.."

[Setup]
AppId={{6E0C2B8F-3D5A-4C1E-9F42-7A1D2B3C4E5F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Case Tracker
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=CaseTracker-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\case-tracker.ico
UninstallDisplayIcon={app}\CaseTracker.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program folder's contents: no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\CaseTracker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\CaseTracker.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\CaseTracker.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\CaseTracker.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (files the program may have left in it, such as __pycache__).
; The database, backups and settings are elsewhere and stay.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
