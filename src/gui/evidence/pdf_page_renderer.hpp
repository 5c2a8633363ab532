// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/event.h>
#include <wx/timer.h>

#include <functional>
#include <string>

#include "evidence_preview/scanned_page.hpp"

class wxProcessEvent;

namespace ziwb::gui {

/// Draws one page of a PDF as a picture with poppler's pdftoppm, run as a separate program: a
/// stranger's PDF that crashes, hangs or floods poppler cannot take the workbench with it. The PDF
/// is written to a scratch folder of this user's alone, the page comes back as a Netpbm picture
/// read by core::ReadPortablePixmap, and the folder is removed once the program has ended. One
/// page at a time: a new request, Cancel() or the deadline stops the one running. The picture is
/// handed over on the main thread.
class PdfPageRenderer final : public wxEvtHandler {
public:
    /// Called once per request that was not cancelled: Encoding::Rgb, or None when the page could not
    /// be drawn (no renderer installed, a PDF it cannot read, a password, over the time allowed).
    using Done = std::function<void(core::PreviewPicture)>;

    PdfPageRenderer();
    ~PdfPageRenderer() override;
    PdfPageRenderer(const PdfPageRenderer&) = delete;
    PdfPageRenderer& operator=(const PdfPageRenderer&) = delete;

    /// pdftoppm beside the workbench (as the Windows installer puts it) or on PATH (poppler-utils);
    /// empty when there is none.
    [[nodiscard]] static wxString Program();

    /// Starts drawing `page` (from 1) of `pdf` `height` pixels high, its width as the page's shape
    /// gives. Returns false, and calls nothing, when no renderer is installed or the PDF cannot be
    /// handed to it.
    bool Render(const std::string& pdf, int page, int height, Done done);
    void Cancel();
    [[nodiscard]] bool Busy() const { return m_pid != 0; }

private:
    class Process;

    /// Stops the program running (the request's callback stays for Finish).
    void StopProgram();
    void OnEnded(wxProcessEvent& event);
    void Finish(core::PreviewPicture picture);

    Process* m_process = nullptr;  ///< deletes itself once detached (Cancel); else deleted in OnEnded
    long m_pid = 0;
    Done m_done;
    wxTimer m_deadline;
};

}  // namespace ziwb::gui
