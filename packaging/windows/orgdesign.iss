; Inno Setup 6 script of the OrgDesign installer for Windows.
;
; Not built or tested on the Linux machines of this project (packaging/README.md).
; On Windows, from the repository root, after the bundle is built:
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\orgdesign.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\orgdesign.iss
; AppVersion must be orgdesign.__version__ (the bundle folder carries it):
;   for /f %v in ('.venv\Scripts\python -c "import orgdesign; print(orgdesign.__version__)"') do iscc /DAppVersion=%v packaging\windows\orgdesign.iss
; The installer lands in dist\orgdesign-<version>-windows-x86_64-setup.exe.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<orgdesign.__version__> packaging\windows\orgdesign.iss
#endif

#define AppName "OrgDesign"
; the spec's one-folder bundle, relative to this script
#define BundleDir "..\..\dist\orgdesign-" + AppVersion
; the windowed executable (no console window); orgdesign.exe beside it is the command line
#define AppExe "OrgDesign.exe"
; the file type: extension and ProgID (Windows' name for "OrgDesign project")
#define AssocExt ".orgd"
#define AssocKey "OrgDesign.Project"

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{D3EBB8BF-1973-4CEC-ADB8-38F4721B2170}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The OrgDesign developers
; Per-user by default (no administrator needed); "all users" offered in a dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The bundle is 64-bit only (64-bit Python and Qt).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tells Explorer to reread file associations at the end (else the icon shows after a re-login).
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=orgdesign-{#AppVersion}-windows-x86_64-setup
SetupIconFile=orgdesign.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is a third-party translation, not shipped with Inno Setup:
; used when its file has been put in Inno Setup's Languages folder.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables and _internal\ (Qt, Python, resources).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .orgd files open in OrgDesign. HKA is HKCU for a per-user install, HKLM for all users.
; OpenWithProgids offers OrgDesign for .orgd without taking over another program's choice.
Root: HKA; Subkey: "Software\Classes\{#AssocExt}\OpenWithProgids"; ValueType: string; ValueName: "{#AssocKey}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#AssocKey}"; ValueType: string; ValueName: ""; ValueData: "OrgDesign project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AssocKey}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
; "open" passes the file to the app's `open` command (the same as `orgdesign open FILE`).
Root: HKA; Subkey: "Software\Classes\{#AssocKey}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#AssocExt}"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
