// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/pdf_page_renderer.hpp"

#include <wx/filefn.h>
#include <wx/filename.h>
#include <wx/log.h>
#include <wx/process.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#ifndef __WINDOWS__
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <exception>
#include <fstream>
#include <memory>
#include <system_error>
#include <vector>

#include "common/error.hpp"
#include "evidence_preview/portable_pixmap.hpp"
#include "io/file_primitives.hpp"
#include "io/safe_file.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

/// Long enough for a heavy page on a slow laptop; a PDF that takes longer is opened outside.
constexpr int kDeadlineMs = 20'000;
/// The picture is at most 12,000 pixels a side (core::ReadPortablePixmap): a file over this is not one.
constexpr std::uintmax_t kLargestPicture = 3 * static_cast<std::uintmax_t>(core::kPreviewMostPixels) + 64;

#ifdef __WINDOWS__
constexpr const char* kProgramName = "pdftoppm.exe";
#else
constexpr const char* kProgramName = "pdftoppm";
#endif

/// The folder the scratch folders live in, this user's alone: in the runtime folder on Linux (in
/// memory), else in the user's cache folder; on Windows in the user's own temporary folder. Never
/// the shared /tmp, where another user could have made it first and swap the files pdftoppm reads
/// and writes. Empty when the folder is not a real folder of this user's alone. SafeFolder's names
/// let a later run remove a scratch folder that a killed workbench left, and only this folder is
/// looked through for them.
std::filesystem::path ScratchParent() {
#ifdef __WINDOWS__
    const std::filesystem::path base = PathOf(wxStandardPaths::Get().GetTempDir());
#else
    wxString runtime;
    const std::filesystem::path base =
        wxGetEnv("XDG_RUNTIME_DIR", &runtime) && runtime.StartsWith("/")
            ? PathOf(runtime)
            : PathOf(wxStandardPaths::Get().GetUserDir(wxStandardPaths::Dir_Cache)) / "zi-workbench";
#endif
    std::filesystem::path parent = base / "zi-workbench-preview";
    std::error_code error;
    std::filesystem::create_directories(parent, error);
#ifndef __WINDOWS__
    struct stat info {};
    if (::lstat(parent.c_str(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid() ||
        ((info.st_mode & 077) != 0 && ::chmod(parent.c_str(), 0700) != 0)) {
        return {};
    }
#else
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(parent, error)) ||
        !std::filesystem::is_directory(parent, error)) {
        return {};
    }
#endif
    return parent;
}

std::string ReadWhole(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error || size > kLargestPicture) {
        return {};
    }
    // In one read: a page is some 3 MB, which a character at a time took tens of milliseconds.
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::ifstream in(path, std::ios::binary);
    if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
        return {};  // shorter than it was a moment ago: not the page pdftoppm wrote
    }
    return bytes;
}

}  // namespace

/// pdftoppm running, with the scratch folder holding the PDF it reads and the page it writes. The
/// folder is removed with this object, which is after the program has ended even once detached
/// (Cancel): on Windows a file a killed program still holds cannot be removed yet.
class PdfPageRenderer::Process final : public wxProcess {
public:
    Process(wxEvtHandler* parent, std::unique_ptr<core::SafeFolder> scratch)
        : wxProcess(parent), m_scratch(std::move(scratch)) {}

    [[nodiscard]] const std::filesystem::path& Folder() const { return m_scratch->TemporaryPath(); }

private:
    std::unique_ptr<core::SafeFolder> m_scratch;
};

PdfPageRenderer::PdfPageRenderer() : m_deadline(this) {
    Bind(wxEVT_END_PROCESS, &PdfPageRenderer::OnEnded, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        // A page that takes this long is not drawn: the caption says to open the file instead.
        StopProgram();
        Finish({});
    });
}

PdfPageRenderer::~PdfPageRenderer() {
    Cancel();
}

wxString PdfPageRenderer::Program() {
    static const wxString found = [] {
        wxFileName beside(wxStandardPaths::Get().GetExecutablePath());
        beside.SetFullName(kProgramName);
        if (beside.FileExists()) {
            return beside.GetFullPath();
        }
        wxPathList path;
        path.AddEnvList("PATH");
        return path.FindAbsoluteValidPath(kProgramName);
    }();
    return found;
}

bool PdfPageRenderer::Render(const std::string& pdf, int page, int height, Done done) {
    Cancel();
    const wxString program = Program();
    const std::filesystem::path parent = ScratchParent();
    if (program.empty() || parent.empty()) {
        return false;
    }
    std::unique_ptr<core::SafeFolder> scratch;
    std::string folder;
    try {
        scratch = std::make_unique<core::SafeFolder>(parent / "page");
        // Inside ScratchParent(), which nobody else may enter: the evidence is the unit's.
        const auto& path = scratch->TemporaryPath();
        std::ofstream(path / "page.pdf", std::ios::binary).write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
        // pdftoppm opens files by narrow (ANSI) names on Windows: a user name in another script
        // would not survive, its short form does.
        folder = core::file_primitives::NarrowNameForCLibrary(path);
    } catch (const std::exception&) {
        return false;  // no room, no permission: no preview, and the caption says to open the file
    }
    std::error_code error;
    // A full disk writes less than the whole PDF: the renderer is not run on a part of it.
    if (folder.empty() || std::filesystem::file_size(scratch->TemporaryPath() / "page.pdf", error) != pdf.size() ||
        error) {
        return false;
    }
    // Wide arguments: the program's own path may hold the user's name in any script (Windows).
    const std::vector<wxString> words = {program,
                                         "-q",
                                         "-f",
                                         wxString::Format("%d", page),
                                         "-l",
                                         wxString::Format("%d", page),
                                         "-scale-to-x",
                                         "-1",
                                         "-scale-to-y",
                                         wxString::Format("%d", height),
                                         "-singlefile",
                                         Wx(folder + "/page.pdf"),
                                         Wx(folder + "/page")};
    std::vector<const wchar_t*> arguments;
    arguments.reserve(words.size() + 1);
    for (const wxString& word : words) {
        arguments.push_back(word.wc_str());
    }
    arguments.push_back(nullptr);
    auto process = std::make_unique<Process>(this, std::move(scratch));
    {
        const wxLogNull quiet;  // a program that cannot start means no preview, not a pop-up
        m_pid = wxExecute(arguments.data(), wxEXEC_ASYNC | wxEXEC_HIDE_CONSOLE, process.get());
    }
    if (m_pid <= 0) {
        m_pid = 0;
        return false;  // never started: the process object and the scratch folder go here
    }
    m_process = process.release();  // deleted in OnEnded, or by itself once detached
    m_done = std::move(done);
    m_deadline.StartOnce(kDeadlineMs);
    return true;
}

void PdfPageRenderer::Cancel() {
    StopProgram();
    m_done = nullptr;
}

void PdfPageRenderer::StopProgram() {
    m_deadline.Stop();
    if (m_pid != 0) {
        // Detached, the process object deletes itself, and the scratch folder, when the program
        // has ended. It may have ended already, its notice not handled yet: Kill then fails, quietly.
        m_process->Detach();
        const wxLogNull quiet;
        wxProcess::Kill(static_cast<int>(m_pid), wxSIGKILL);
        m_process = nullptr;
        m_pid = 0;
    }
}

void PdfPageRenderer::OnEnded(wxProcessEvent& event) {
    if (event.GetPid() != static_cast<int>(m_pid)) {
        return;
    }
    m_deadline.Stop();
    core::PreviewPicture picture;
    if (event.GetExitCode() == 0) {
        picture = core::ReadPortablePixmap(ReadWhole(m_process->Folder() / "page.ppm"));
    }
    delete m_process;  // the object that handles the notice deletes the process (wxProcess's rule)
    m_process = nullptr;
    m_pid = 0;
    Finish(std::move(picture));
}

void PdfPageRenderer::Finish(core::PreviewPicture picture) {
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done) {
        done(std::move(picture));
    }
}

}  // namespace ziwb::gui
