; SPDX-License-Identifier: GPL-3.0-or-later
; The ZI Workbench installer for Windows (makensis, from build.sh):
;   makensis -DVERSION=0.1.0 -DSTAGE=<installed tree> -DOUTFILE=<setup.exe> zi-workbench.nsi
; It installs for the current user only, so it needs no administrator rights: the programs go to
; %LOCALAPPDATA%\Programs\ZI Workbench, the Start-menu entry, the .ziwb file type and the uninstall
; entry go under HKEY_CURRENT_USER. `setup.exe /S` installs silently; `uninstall.exe /S` removes it all.

Unicode true
; Debian's Wine runs 64-bit programs only, and the programs are 64-bit.
Target amd64-unicode
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true

!include "MUI2.nsh"

!define APP_NAME "ZI Workbench"
!define APP_KEY "ZIWorkbench"
!define FILE_CLASS "ZIWorkbench.Workspace"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "Software\${APP_KEY}" "InstallDir"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\zi-workbench.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Indonesian first: it is the language of the users; the installer follows the Windows language.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString FileTypeName ${LANG_INDONESIAN} "Ruang kerja ZI Workbench"
LangString FileTypeName ${LANG_ENGLISH} "ZI Workbench workspace"
LangString CommandLineName ${LANG_INDONESIAN} "ZI Workbench (baris perintah)"
LangString CommandLineName ${LANG_ENGLISH} "ZI Workbench (command line)"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "ZI Workbench" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP_KEY}" "InstallDir" "$INSTDIR"

  ; Start menu: the workbench, and a command prompt in the folder of ziwb.exe.
  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\bin\zi-workbench.exe" "" "$INSTDIR\bin\zi-workbench.exe" 0
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\$(CommandLineName).lnk" "$SYSDIR\cmd.exe" '/k cd /d "$INSTDIR\bin" && ziwb.exe help' "$INSTDIR\bin\ziwb.exe" 0

  ; The .ziwb file type with its icon, for this user.
  WriteRegStr HKCU "Software\Classes\.ziwb" "" "${FILE_CLASS}"
  WriteRegStr HKCU "Software\Classes\.ziwb" "Content Type" "application/x-zi-workbench"
  WriteRegStr HKCU "Software\Classes\${FILE_CLASS}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${FILE_CLASS}\DefaultIcon" "" '"$INSTDIR\bin\zi-workbench.exe",0'
  WriteRegStr HKCU "Software\Classes\${FILE_CLASS}\shell\open\command" "" '"$INSTDIR\bin\zi-workbench.exe" "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Apps & features: the uninstall entry.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "ZI Workbench"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\bin\zi-workbench.exe",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Workspaces are the user's own files and live elsewhere: only what the installer wrote goes.
  RMDir /r "$INSTDIR\bin"
  RMDir /r "$INSTDIR\share"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  ; The file type only if it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.ziwb" ""
  StrCmp $0 "${FILE_CLASS}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.ziwb"
  DeleteRegKey HKCU "Software\Classes\${FILE_CLASS}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_KEY}"
  ; The workbench's settings (wxWidgets keeps them in the registry on Windows).
  DeleteRegKey HKCU "Software\zi-workbench"
SectionEnd
