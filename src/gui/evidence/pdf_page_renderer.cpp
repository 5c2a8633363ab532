// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/pdf_page_renderer.hpp"

#include <wx/filefn.h>
#include <wx/filename.h>
#include <wx/process.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <fstream>
#include <iterator>
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

/// The scratch folders live in a folder of their own in the user's runtime folder where there is one
/// (private, in memory on Linux), else in the temporary folder. SafeFolder's names let a later run
/// remove one that a killed workbench left behind, and only this folder is looked through for them.
std::filesystem::path ScratchParent() {
    wxString folder = wxStandardPaths::Get().GetTempDir();
#ifndef __WINDOWS__
    if (wxString runtime; wxGetEnv("XDG_RUNTIME_DIR", &runtime) && !runtime.empty() && wxFileName::DirExists(runtime)) {
        folder = runtime;
    }
#endif
    std::filesystem::path parent = PathOf(folder) / "zi-workbench-preview";
    std::error_code error;
    if (std::filesystem::create_directory(parent, error)) {
        std::filesystem::permissions(parent, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace,
                                     error);
    }
    return parent;
}

std::string ReadWhole(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error || size > kLargestPicture) {
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

/// The PDF and the page of one request, in a folder only this user can read; never committed, so
/// removed with the request.
struct PdfPageRenderer::Scratch {
    core::SafeFolder folder{ScratchParent() / "page"};
};

PdfPageRenderer::PdfPageRenderer() : m_deadline(this) {
    Bind(wxEVT_END_PROCESS, &PdfPageRenderer::OnEnded, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        // A page that takes this long is not drawn: the caption says to open the file instead.
        Done done = std::move(m_done);
        Cancel();
        if (done) {
            done({});
        }
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

bool PdfPageRenderer::Render(const std::string& pdf, int page, int side, Done done) {
    Cancel();
    const wxString program = Program();
    if (program.empty()) {
        return false;
    }
    std::unique_ptr<Scratch> scratch;
    std::string folder;
    try {
        scratch = std::make_unique<Scratch>();
        const auto& path = scratch->folder.TemporaryPath();
        std::filesystem::permissions(path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace);  // the evidence is the unit's
        std::ofstream(path / "page.pdf", std::ios::binary).write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
        // pdftoppm opens files by narrow (ANSI) names on Windows: a user name in another script
        // would not survive, its short form does.
        folder = core::file_primitives::NarrowNameForCLibrary(path);
    } catch (const core::Error&) {
        return false;
    } catch (const std::filesystem::filesystem_error&) {
        return false;
    }
    std::error_code error;
    // A full disk writes less than the whole PDF: the renderer is not run on a part of it.
    if (folder.empty() ||
        std::filesystem::file_size(scratch->folder.TemporaryPath() / "page.pdf", error) != pdf.size() || error) {
        return false;
    }
    // Wide arguments: the program's own path may hold the user's name in any script (Windows).
    const std::vector<wxString> words = {program,
                                         "-q",
                                         "-f",
                                         wxString::Format("%d", page),
                                         "-l",
                                         wxString::Format("%d", page),
                                         "-scale-to",
                                         wxString::Format("%d", side),
                                         "-singlefile",
                                         Wx(folder + "/page.pdf"),
                                         Wx(folder + "/page")};
    std::vector<const wchar_t*> arguments;
    arguments.reserve(words.size() + 1);
    for (const wxString& word : words) {
        arguments.push_back(word.wc_str());
    }
    arguments.push_back(nullptr);
    m_process = new wxProcess(this);
    m_pid = wxExecute(arguments.data(), wxEXEC_ASYNC | wxEXEC_HIDE_CONSOLE, m_process);
    if (m_pid <= 0) {
        // wxExecute deleted nothing: the process object was never started.
        delete m_process;
        m_process = nullptr;
        m_pid = 0;
        return false;
    }
    m_scratch = std::move(scratch);
    m_done = std::move(done);
    m_deadline.StartOnce(kDeadlineMs);
    return true;
}

void PdfPageRenderer::Cancel() {
    m_deadline.Stop();
    if (m_pid != 0) {
        // Detached, the process object deletes itself when the program has ended.
        m_process->Detach();
        wxProcess::Kill(static_cast<int>(m_pid), wxSIGKILL);
        m_process = nullptr;
        m_pid = 0;
    }
    m_scratch.reset();
    m_done = nullptr;
}

void PdfPageRenderer::OnEnded(wxProcessEvent& event) {
    if (event.GetPid() != static_cast<int>(m_pid)) {
        return;
    }
    m_deadline.Stop();
    delete m_process;
    m_process = nullptr;
    m_pid = 0;
    core::PreviewPicture picture;
    if (event.GetExitCode() == 0 && m_scratch) {
        picture = core::ReadPortablePixmap(ReadWhole(m_scratch->folder.TemporaryPath() / "page.ppm"));
    }
    m_scratch.reset();
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
