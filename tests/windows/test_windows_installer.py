#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Windows installer, tested as installed: under wine64 and Xvfb, for a user whose name has a space
("Sri Wulaningsih") and with documents in a folder with a space and non-ASCII letters.

- a silent install puts the programs, data, licences, Start-menu entry, .ziwb file type and uninstall
  entry where they belong (the files are checked, not the exit code);
- `ziwb.exe demo` and `ziwb.exe score --json` give what the Linux `ziwb` gives;
- a CRLF answers file imports like its LF twin on Linux;
- `ziwb.exe audit verify`, run again and again, always ends and finds the log intact (its threads
  once lost a wake-up under MinGW and hung);
- the workbook and the evidence bundle export (the bundle's SHA256SUMS checked here, the workbook's
  cells compared with the Linux export);
- names Windows reserves (CON, NUL, LPT1...) are refused with a clear message, not written to a device;
- the installed pdftoppm.exe, the evidence preview's PDF renderer, draws a page as poppler does on Linux;
- the workbench previews a scan and a PDF of text (drawn by pdftoppm.exe) and leaves no scratch file;
- zi-workbench.exe opens the demo (a screenshot is taken and must not be blank), and the command line
  writes to the same workspace while the workbench holds it open;
- the uninstaller removes everything it installed, and the settings.

Environment: ZIWB_WINDOWS_SETUP (the setup .exe), ZIWB (the Linux ziwb), ZIWB_SOURCE_DIR; optional
ZIWB_WINDOWS_SCREENSHOT (where to keep the screenshot).
"""
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

SETUP = pathlib.Path(os.environ["ZIWB_WINDOWS_SETUP"])
ZIWB = os.environ["ZIWB"]
SOURCE = pathlib.Path(os.environ["ZIWB_SOURCE_DIR"])
USER = "Sri Wulaningsih"
DOCUMENTS = "Dokumen Évaluasi ZI 文件"  # a space, a Latin letter beyond ASCII, CJK
CODE = "A.I.1.i.a"
# How often the change log is checked under Wine. Its threads' old handover hung 3 of 60 checks of
# the demo; 40 rounds catch a fault that common 87 times in 100, in about 20 s.
AUDIT_ROUNDS = 40

tmp = pathlib.Path(tempfile.mkdtemp(prefix="ziwb-wine-"))
prefix = tmp / "prefix"
xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
display = ":" + xvfb.stdout.readline().strip()
env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANGUAGE", "WINE"))}
env.update(WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=", USER=USER,
           LANG="C.UTF-8", DISPLAY=display, HOME=str(tmp))
profile = prefix / "drive_c" / "users" / USER
install_dir = profile / "AppData" / "Local" / "Programs" / "ZI Workbench"
win_install_dir = rf"C:\users\{USER}\AppData\Local\Programs\ZI Workbench"
documents = profile / DOCUMENTS
win_documents = rf"C:\users\{USER}\{DOCUMENTS}"


def run_captured(argv, run_env, timeout):
    """subprocess.run with the output in files, not pipes. A wineserver or a Wine service started by
    this run inherits the output; a pipe then stays open after the program has ended, and reading
    it to its end waits as long as they live (seen once in CI: five minutes, then a timeout)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            process = subprocess.run(argv, env=run_env, stdout=out, stderr=err, timeout=timeout)
        except subprocess.TimeoutExpired:
            out.seek(0)
            err.seek(0)
            describe_overstay(argv, timeout, out.read(), err.read())
            raise
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(argv, process.returncode, out.read(), err.read())


def describe_overstay(argv, timeout, out, err):
    """What a run that overstayed had printed, which windows were open (a dialog waiting for a click
    shows here), and a screenshot beside the Wine one: a timeout alone says nothing of why."""
    print(f"{argv[1] if len(argv) > 1 else argv[0]} still ran after {timeout} s", file=sys.stderr)
    print("its output:\n" + out.decode(errors="replace")[-4000:], file=sys.stderr)
    print("its errors:\n" + err.decode(errors="replace")[-4000:], file=sys.stderr)
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True).stdout
    print("windows:\n" + "\n".join(line for line in tree.splitlines() if '"' in line), file=sys.stderr)
    if os.environ.get("ZIWB_WINDOWS_SCREENSHOT"):
        shot = pathlib.Path(os.environ["ZIWB_WINDOWS_SCREENSHOT"]).with_name("wine-overstay.png")
        subprocess.run(["/usr/bin/import", "-display", display, "-window", "root", str(shot)], env=env)
        print(f"screenshot: {shot}", file=sys.stderr)


def wine(*args, check=0, timeout=300, lang="id_ID"):
    # LANG stays C.UTF-8, a locale every machine has: Wine then passes the arguments to the program
    # as UTF-8 (under a locale the machine lacks it falls back to ASCII and mangles the letters
    # beyond it). LANGUAGE picks the program's language, as it does on Linux.
    result = run_captured(["wine", *map(str, args)], dict(env, ZIWB_LANG_OVERRIDE="", LANGUAGE=lang), timeout)
    if check is not None and result.returncode != check:
        raise AssertionError(f"wine {' '.join(map(str, args))} exited {result.returncode}, expected {check}\n"
                             f"stdout: {result.stdout.decode(errors='replace')}\n"
                             f"stderr: {result.stderr.decode(errors='replace')}")
    return result


def ziwb_exe(*args, check=0):
    return wine(rf"{win_install_dir}\bin\ziwb.exe", *args, check=check)


def linux(*args, check=0):
    result = subprocess.run([ZIWB, *map(str, args)], capture_output=True, env=dict(os.environ, LANG="id_ID.UTF-8"))
    assert result.returncode == check, result.stderr.decode()
    return result


def text(result):
    """stdout as text; Windows programs end lines with CRLF in text mode."""
    return result.stdout.decode("utf-8").replace("\r\n", "\n")


def reg_exists(key):
    return wine("reg", "query", key, check=None).returncode == 0


def step(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


try:
    step("preparing a Wine prefix")
    wine("wineboot", "--init", timeout=600)
    subprocess.run(["wineserver", "-w"], env=env, timeout=600)
    assert profile.is_dir(), f"Wine made no profile for {USER}: {list(profile.parent.iterdir())}"

    step("silent install")
    started = time.monotonic()
    wine(SETUP, "/S", check=None, timeout=300)
    print(f"installed in {time.monotonic() - started:.1f} s")
    for relative in ["bin/ziwb.exe", "bin/zi-workbench.exe", "bin/pdftoppm.exe", "uninstall.exe", "LICENSE.txt",
                     "share/ziwb/forms/lke-permenpanrb-90-2021.xml", "share/ziwb/templates/demo/dinas-tenaga-kerja.csv",
                     "share/licenses/openssl/LICENSE.txt", "share/licenses/wxwidgets3.2/licence.txt",
                     "share/licenses/sqlitecpp/LICENSE.txt", "share/licenses/libxlsxwriter/License.txt",
                     "share/licenses/pugixml/LICENSE.md", "share/licenses/zi-workbench-dependencies.txt",
                     "share/licenses/libharu/copyright", "share/licenses/qr-code-generator/copyright",
                     "share/licenses/qpdf/LICENSE.txt", "share/licenses/libpng1.6/LICENSE",
                     "share/licenses/libjpeg-turbo/LICENSE.md", "share/licenses/poppler/COPYING",
                     "share/licenses/freetype/FTL.TXT", "share/ziwb/fonts/DejaVuSans.ttf",
                     "share/ziwb/fonts/LICENSE-DejaVu.txt", "share/ziwb/rules/pelayanan-publik.xml"]:
        assert (install_dir / relative).is_file(), f"the install lacks {relative}"
    start_menu = profile / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/ZI Workbench"
    assert (start_menu / "ZI Workbench.lnk").is_file(), f"no Start-menu entry in {start_menu}"
    assert reg_exists(r"HKCU\Software\Classes\.ziwb"), "the .ziwb file type is not registered"
    icon = wine("reg", "query", r"HKCU\Software\Classes\ZIWorkbench.Workspace\DefaultIcon").stdout.decode(errors="replace")
    assert "zi-workbench.exe" in icon, icon
    uninstall_key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ZIWorkbench"
    assert reg_exists(uninstall_key), "no uninstall entry"

    step("the command line: demo, score, answers")
    documents.mkdir()
    demo_win = rf"{win_documents}\demo dinas.ziwb"
    ziwb_exe("demo", demo_win)
    assert (documents / "demo dinas.ziwb").is_file(), "ziwb.exe demo wrote no file under its UTF-8 name"
    linux_demo = tmp / "linux-demo.ziwb"
    linux("demo", linux_demo)
    windows_score = json.loads(text(ziwb_exe("score", demo_win, "--json")))
    linux_score = json.loads(linux("score", linux_demo, "--json").stdout)
    assert windows_score == linux_score, "ziwb.exe score --json differs from the Linux result"
    assert text(ziwb_exe("score", demo_win)) == linux("score", linux_demo).stdout.decode(), "score table differs"
    table = text(ziwb_exe("score", demo_win))
    assert "Nilai" in table and "Terjawab" in table, table  # in Indonesian
    english = text(wine(rf"{win_install_dir}\bin\ziwb.exe", "score", demo_win, lang="en_US"))
    assert "Answered" in english and "Terjawab" not in english, english

    # A CRLF answers file (as Excel and Notepad save them) imports like the LF one on Linux.
    rows = ["code,answer,note", "A.I.1.i.a,Tidak,SK belum ditandatangani — revisi", "A.I.1.iii.a,B,"]
    (documents / "jawaban crlf.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8"))
    (tmp / "jawaban.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ziwb_exe("import-answers", demo_win, rf"{win_documents}\jawaban crlf.csv")
    linux("import-answers", linux_demo, tmp / "jawaban.csv")
    assert json.loads(text(ziwb_exe("score", demo_win, "--json"))) == json.loads(
        linux("score", linux_demo, "--json").stdout), "the CRLF import scored differently"

    step("the change log's check, again and again (its threads must never wait for ever)")
    # The check's workers hand their results to the replaying thread. With std::atomic::wait that
    # handover lost a wake-up now and then under MinGW's libstdc++ (no futex there), and the check,
    # and the workbench's window waiting for it at close, hung for ever.
    linux_audit = json.loads(linux("audit", "verify", linux_demo, "--json").stdout)
    for attempt in range(AUDIT_ROUNDS):
        try:
            result = wine(rf"{win_install_dir}\bin\ziwb.exe", "audit", "verify", demo_win, "--json", timeout=60)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"ziwb.exe audit verify hung (round {attempt + 1} of {AUDIT_ROUNDS})") from None
        audit = json.loads(text(result))
        assert audit["intact"] and audit["entries"] == linux_audit["entries"], (audit, linux_audit)

    step("export: workbook and evidence bundle")
    ziwb_exe("export", demo_win, rf"{win_documents}\LKE Dinas Évaluasi.xlsx")
    workbook = documents / "LKE Dinas Évaluasi.xlsx"
    assert workbook.is_file(), f"no workbook under its UTF-8 name: {list(documents.iterdir())}"
    assert not list(documents.glob(".*writing*")), "the export left its temporary file"
    linux("export", linux_demo, tmp / "linux.xlsx")
    with zipfile.ZipFile(workbook) as windows_book, zipfile.ZipFile(tmp / "linux.xlsx") as linux_book:
        sheets = [name for name in linux_book.namelist() if name.startswith("xl/worksheets/")]
        assert sheets and sorted(sheets) == sorted(n for n in windows_book.namelist() if n.startswith("xl/worksheets/"))
        for name in sheets + ["xl/sharedStrings.xml"]:
            # The moment of export is written into the workbook: the only text allowed to differ.
            ours, theirs = (re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "<time>", book.read(name).decode())
                            for book in (windows_book, linux_book))
            differs = [(a, b) for a, b in zip(ours.split("<"), theirs.split("<")) if a != b][:3]
            assert ours == theirs, f"{name} differs from the Linux export: {differs}"
    ziwb_exe("evidence", "export", demo_win, rf"{win_documents}\Bukti Dukung")
    bundle = documents / "Bukti Dukung"
    sums = (bundle / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert sums, "the bundle lists no files"
    for line in sums:
        digest, name = line.split(maxsplit=1)
        file = bundle / name.lstrip("*")
        assert hashlib.sha256(file.read_bytes()).hexdigest() == digest, f"{name}: checksum differs"
    assert (bundle / "index.html").is_file()
    # An empty folder the user made for it is filled (the new folder takes its place).
    (documents / "Bukti Kosong").mkdir()
    ziwb_exe("evidence", "export", demo_win, rf"{win_documents}\Bukti Kosong")
    assert (documents / "Bukti Kosong" / "SHA256SUMS").read_bytes() == (bundle / "SHA256SUMS").read_bytes()
    result = ziwb_exe("evidence", "export", demo_win, rf"{win_documents}\Bukti Dukung", check=None)
    assert result.returncode != 0 and (bundle / "SHA256SUMS").is_file(), "a full folder was written over"

    step("documents: a PDF with its fonts and QR code, and a signed PDF checked")
    ziwb_exe("person", "add", demo_win, "--nip", "198103142006042011", "--name", "Rr. Dewi Anggraeni", "--role",
             "pimpinan")
    made = text(ziwb_exe("document", "make", demo_win, "komitmen-bersama", rf"{win_documents}\Dokumen TTD",
                         "--all", "--date", "2026-01-06"))
    pdf = documents / "Dokumen TTD" / "komitmen-bersama.pdf"
    assert pdf.is_file(), made
    page = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "KOMITMEN BERSAMA" in page.upper() and "Rr. Dewi Anggraeni" in page, page
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-singlefile", str(pdf), str(tmp / "page")], check=True)
    qr = subprocess.run(["zbarimg", "--quiet", "--raw", str(tmp / "page.png")], capture_output=True, check=True)
    assert qr.stdout.decode("utf-8").startswith("ZI Workbench KB-"), qr.stdout

    step("the evidence preview's renderer: the installed pdftoppm.exe draws that page as poppler does on Linux")
    render = profile / "render"
    render.mkdir()
    shutil.copyfile(pdf, render / "page.pdf")
    win_render = rf"C:\users\{USER}\render"
    # As the workbench asks (evidence/pdf_page_renderer.cpp): the page drawn at the height it is shown.
    size = ["-scale-to-x", "-1", "-scale-to-y", "420"]
    wine(rf"{win_install_dir}\bin\pdftoppm.exe", "-q", "-f", "1", "-l", "1", *size, "-singlefile",
         rf"{win_render}\page.pdf", rf"{win_render}\windows")
    subprocess.run(["pdftoppm", "-q", "-f", "1", "-l", "1", *size, "-singlefile", str(render / "page.pdf"),
                    str(render / "linux")], check=True)
    windows_page, linux_page = (render / "windows.ppm").read_bytes(), (render / "linux.ppm").read_bytes()
    header = linux_page[:linux_page.index(b"\n255\n") + 5]
    assert header.startswith(b"P6\n") and header.split()[2] == b"420" and windows_page.startswith(header), \
        (windows_page[:20], header)
    # The same poppler and the PDF's own (embedded) fonts: the pixels agree, give or take a rounding.
    differ = sum(abs(a - b) > 8 for a, b in zip(windows_page[len(header):], linux_page[len(header):]))
    assert len(windows_page) == len(linux_page) and differ < len(linux_page) // 200, f"{differ} samples differ"
    assert min(windows_page[len(header):]) < 64, "the page drawn on Windows is blank"
    signed = documents / "pakta bertanda tangan.pdf"
    shutil.copyfile(SOURCE / "tests/data/pdf/signed-pakta.pdf", signed)
    windows_check = json.loads(text(ziwb_exe("pdf", "verify", rf"{win_documents}\{signed.name}", "--json")))
    linux_check = json.loads(linux("pdf", "verify", signed, "--json").stdout)
    for report in (windows_check, linux_check):
        report[0].pop("file")
    assert windows_check == linux_check and windows_check[0]["signatures"][0]["intact"], windows_check
    tampered = bytearray(signed.read_bytes())
    spot = tampered.index(b"Pakta Integritas")
    tampered[spot] = ord("p")
    signed.write_bytes(bytes(tampered))
    broken = json.loads(text(ziwb_exe("pdf", "verify", rf"{win_documents}\{signed.name}", "--json", check=None)))
    assert not broken[0]["signatures"][0]["intact"], broken

    step("names Windows reserves")
    for reserved in ["CON.xlsx", "nul.xlsx", "LPT1.xlsx", "aux"]:
        result = ziwb_exe("export", demo_win, rf"{win_documents}\{reserved}", check=None)
        assert result.returncode == 2, f"export to {reserved}: exit {result.returncode}"
        assert "Windows" in result.stderr.decode("utf-8", errors="replace"), result.stderr
    assert not (documents / "CON.xlsx").exists()

    step("the signing key, in the user's own settings folder")
    ziwb_exe("key", "init", "--name", USER, "--nip", "198103142006042011")
    assert USER in text(ziwb_exe("whoami"))
    keys = list((profile / "AppData/Roaming/ZI Workbench").rglob("*"))
    assert any(path.is_file() for path in keys), f"no key under %APPDATA%\\ZI Workbench: {keys}"

    step("the workbench opens the demo")
    shot = tmp / "workbench.png"
    started = time.monotonic()
    app = subprocess.Popen(["wine", rf"{win_install_dir}\bin\zi-workbench.exe", demo_win], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    window = ""
    while time.monotonic() - started < 180 and "ZI Workbench" not in window:
        time.sleep(0.5)
        window = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True).stdout
    assert "ZI Workbench" in window, "no ZI Workbench window appeared"
    print(f"window after {time.monotonic() - started:.1f} s")
    time.sleep(5)  # let it paint
    subprocess.run(["/usr/bin/import", "-display", display, "-window", "root", str(shot)], env=env, check=True)
    colours = int(subprocess.run(["/usr/bin/identify", "-format", "%k", str(shot)], capture_output=True,
                                 text=True, check=True).stdout)
    assert colours > 30, f"the screenshot looks blank ({colours} colours)"
    if os.environ.get("ZIWB_WINDOWS_SCREENSHOT"):
        shutil.copy(shot, os.environ["ZIWB_WINDOWS_SCREENSHOT"])
    # The command line changes the workspace the workbench holds open.
    ziwb_exe("answer", demo_win, "A.I.1.i.a", "Ya", "--note", "dari baris perintah")
    history = text(ziwb_exe("history", demo_win, "A.I.1.i.a"))
    assert "dari baris perintah" in history, history
    assert app.poll() is None, "the workbench ended while the command line wrote"
    app.kill()
    subprocess.run(["wineserver", "-k"], env=env)
    subprocess.run(["wineserver", "-w"], env=env, timeout=120)

    step("the evidence preview in the workbench: a scan's JPEG page, and a PDF of text drawn by pdftoppm.exe")
    # The workbench's own run (--bench-next) adds a scanned PDF and ten pages of text to two criteria
    # and moves to each as an evaluator does; it counts the pictures the preview showed.
    preview_win = rf"{win_documents}\pratinjau.ziwb"
    ziwb_exe("demo", preview_win)
    result = run_captured(["wine", rf"{win_install_dir}\bin\zi-workbench.exe", "--lang", "id", preview_win,
                           "--bench-next", "2"], env, 300)
    shown = result.stdout.decode(errors="replace")
    assert "ZIWB_PREVIEWS_SHOWN 2" in shown and "ZIWB_TEXT_PREVIEWS_SHOWN 2" in shown, \
        shown + result.stderr.decode(errors="replace")[-2000:]
    subprocess.run(["wineserver", "-w"], env=env, timeout=120)
    scratch = [folder for folder in profile.rglob("zi-workbench-preview") if folder.is_dir()]
    assert scratch, "the renderer's scratch folder was not made under the user's profile"
    assert not any(scratch[0].iterdir()), f"left in the scratch folder: {list(scratch[0].iterdir())}"

    step("uninstall")
    wine(rf"{win_install_dir}\uninstall.exe", "/S", check=None)
    deadline = time.monotonic() + 120
    while install_dir.exists() and time.monotonic() < deadline:
        time.sleep(0.5)  # the uninstaller runs from a copy in %TEMP% and returns at once
    subprocess.run(["wineserver", "-w"], env=env, timeout=120)
    assert not install_dir.exists(), f"left behind: {[str(p) for p in install_dir.rglob('*')]}"
    assert not start_menu.exists(), "the Start-menu entry stayed"
    for key in [r"HKCU\Software\Classes\.ziwb", r"HKCU\Software\Classes\ZIWorkbench.Workspace", uninstall_key,
                r"HKCU\Software\ZIWorkbench", r"HKCU\Software\zi-workbench"]:
        assert not reg_exists(key), f"{key} stayed in the registry"
    assert (documents / "demo dinas.ziwb").is_file(), "the uninstaller removed the user's workspace"
    print("installed, used and uninstalled under Wine")
finally:
    subprocess.run(["wineserver", "-k"], env=env, capture_output=True)
    xvfb.terminate()
    xvfb.wait()
    shutil.rmtree(tmp, ignore_errors=True)
