// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bench_driver.hpp"

#include <wx/app.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/mstream.h>
#include <wx/radiobut.h>
#include <wx/utils.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "common/progress.hpp"
#include "evidence/evidence_files.hpp"
#include "evidence/evidence_panel.hpp"
#include "evidence/evidence_preview_panel.hpp"
#include "evidence/evidence_vault.hpp"
#include "frame/main_frame.hpp"
#include "frame/workbench_view.hpp"
#include "pdf/pdf_document.hpp"
#include "pdf/pdf_fonts.hpp"
#include "util/program_dir.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

void PrintTimes(const std::string& label, std::vector<double> times) {
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times[static_cast<std::size_t>(q * static_cast<double>(times.size() - 1))];
    };
    std::printf("%s median=%.2f p95=%.2f max=%.2f n=%zu\n", label.c_str(), at(0.5), at(0.95), times.back(),
                times.size());
    std::fflush(stdout);
}

/// A scanned A4 page at 300 dpi as a scanner writes it: a JPEG of paper grey with dark lines of
/// "text" and sensor noise, so that it compresses as real scans do (some 5 MB at quality 95).
std::string ScannedPageJpeg() {
    const int width = 2480;
    const int height = 3508;
    wxImage page(width, height, false);
    unsigned char* pixels = page.GetData();
    std::mt19937 random(42);
    std::uniform_int_distribution<int> noise(-18, 18);
    for (int y = 0; y < height; ++y) {
        const bool text_line = (y / 40) % 2 == 1 && y > 300 && y < height - 300;
        for (int x = 0; x < width; ++x) {
            int value = 235;
            if (text_line && x > 250 && x < width - 250 && ((x / 9 + y / 7) % 5 != 0)) {
                value = 40;
            }
            value = std::clamp(value + noise(random), 0, 255);
            unsigned char* pixel = pixels + (static_cast<std::size_t>(y) * width + x) * 3;
            pixel[0] = pixel[1] = pixel[2] = static_cast<unsigned char>(value);
        }
    }
    page.SetOption(wxIMAGE_OPTION_QUALITY, 95);
    wxMemoryOutputStream jpeg;
    page.SaveFile(jpeg, wxBITMAP_TYPE_JPEG);
    std::string bytes(jpeg.GetSize(), '\0');
    jpeg.CopyTo(bytes.data(), bytes.size());
    return bytes;
}

/// The scan as a scanner's PDF holds it: one page that is the JPEG.
std::string ScannedPagePdf(const std::string& jpeg) {
    core::PdfDocument pdf(core::FindPdfFonts(ProgramDirectory()), {"Pindaian", "", "", 0});
    const auto index = pdf.AddPage();
    const auto image = pdf.EmbedImage(jpeg);
    pdf.DrawImage(index, image, 0, 0, 595, 842);
    return pdf.Bytes();
}

}  // namespace

void RunAnswerBenchmark(MainFrame& frame, int count) {
    WorkspaceSession* session = frame.Session();
    if (session == nullptr || count <= 0) {
        return;
    }
    // The first criterion answered from three or more options: each answer moves the score.
    const core::Form& form = session->Form();
    int node = -1;
    for (const int criterion : form.Criteria()) {
        const core::FormNode& candidate = form.Node(criterion);
        if (candidate.answer_kind == core::AnswerKind::Choice && form.ScaleOf(candidate).choices.size() >= 3) {
            node = criterion;
            break;
        }
    }
    if (node < 0) {
        std::fprintf(stderr, "bench: the form has no criterion with three options\n");
        return;
    }
    const auto& choices = form.ScaleOf(form.Node(node)).choices;
    frame.SelectNode(node);
    frame.Update();
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        const std::string& key = choices[static_cast<std::size_t>(i % 3)].key;
        auto* radio = dynamic_cast<wxRadioButton*>(wxWindow::FindWindowByName("option_" + Wx(key), &frame));
        if (radio == nullptr) {
            std::fprintf(stderr, "bench: option not found\n");
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        radio->SetValue(true);
        wxCommandEvent click(wxEVT_RADIOBUTTON, radio->GetId());
        click.SetEventObject(radio);
        click.SetInt(1);
        radio->ProcessWindowEvent(click);
        frame.Update();  // paints what the change invalidated, the score panel included
        const auto end = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    PrintTimes("ZIWB_ANSWER_MS", std::move(times));
}

/// Minutes of a meeting as a word processor exports them: ten A4 pages of text and, at the end, the
/// scanned attendance list (so the file is as large as the scan); its first page is text, so the
/// preview needs the PDF renderer.
std::string TextPagesPdf(const std::string& attendance_scan) {
    core::PdfDocument pdf(core::FindPdfFonts(ProgramDirectory()), {"Notulen", "", "", 0});
    for (int number = 1; number <= 10; ++number) {
        const auto page = pdf.AddPage();
        pdf.DrawText(page, 72, 770, "Notulen Rapat Forum Konsultasi Publik, halaman " + std::to_string(number),
                     core::PdfFont::Bold, 14);
        for (int line = 0; line < 45; ++line) {
            pdf.DrawText(page, 72, 740 - 15.0 * line,
                         "Peserta membahas standar pelayanan, maklumat, dan tindak lanjut survei kepuasan masyarakat.",
                         core::PdfFont::Regular, 10);
        }
    }
    pdf.DrawImage(pdf.AddPage(), pdf.EmbedImage(attendance_scan), 0, 0, 595, 842);
    return pdf.Bytes();
}

void RunNextCriterionBenchmark(MainFrame& frame, int count) {
    WorkspaceSession* session = frame.Session();
    if (session == nullptr || count <= 0) {
        return;
    }
    // A copy: reloading the workspace below replaces the session and its form.
    const std::vector<int> criteria = session->Form().Criteria();
    count = std::min(count, static_cast<int>(criteria.size()) - 1);
    const std::string scan = ScannedPageJpeg();
    const std::string pdf = ScannedPagePdf(scan);
    const std::string text = TextPagesPdf(scan);
    {
        core::EvidenceVault vault(session->Workspace());
        core::NoProgress progress;
        for (const auto& [title, bytes] : {std::pair{std::string("Pindaian"), &pdf}, {std::string("Notulen"), &text}}) {
            const std::filesystem::path file =
                std::filesystem::path(Utf8(wxFileName::CreateTempFileName("ziwb-bench-" + Wx(title))))
                    .replace_extension(".pdf");
            std::ofstream(file, std::ios::binary) << *bytes;
            for (int i = 1; i <= count; ++i) {
                const std::string& code = session->Form().Node(criteria[static_cast<std::size_t>(i)]).code;
                std::string item_title = title;
                item_title.append(" ").append(code);
                (void)vault.AddFile({code}, core::CheckEvidenceFile(file, {}), {item_title, "", ""}, "bench", progress);
            }
            std::filesystem::remove(file);
        }
    }
    frame.ReloadWorkspace();
    std::printf("ZIWB_SCAN_BYTES %zu\n", pdf.size());
    std::printf("ZIWB_TEXT_BYTES %zu\n", text.size());
    // The scan (qpdf reads its picture out), the text (pdftoppm draws it), and no preview at all.
    struct Round {
        const char* shown;   ///< the title of the evidence previewed; empty for none
        const char* prefix;  ///< of the printed labels
    };
    for (const Round round : {Round{"Pindaian", "ZIWB_"}, Round{"Notulen", "ZIWB_TEXT_"}, Round{"", ""}}) {
        const char* shown = round.shown;
        const bool preview = *shown != '\0';
        frame.SelectNode(criteria.front());
        frame.Update();
        std::vector<double> times;
        std::vector<double> previews;
        int pictures = 0;
        for (int i = 0; i < count; ++i) {
            const auto start = std::chrono::steady_clock::now();
            frame.RunCommand("go/next");
            if (preview) {
                // As on the evaluator's page: the first item previewed at once.
                if (auto* evidence =
                        dynamic_cast<EvidencePanel*>(wxWindow::FindWindowByName("evidence_panel", frame.View()))) {
                    // The scan, after the demo's own documents of that criterion.
                    auto* list = dynamic_cast<wxListView*>(wxWindow::FindWindowByName("evidence_list", evidence));
                    const long row = list == nullptr ? -1 : list->FindItem(-1, shown, true);
                    evidence->SelectRow(row < 0 ? 0 : static_cast<int>(row));
                }
            }
            frame.Update();
            const auto end = std::chrono::steady_clock::now();
            times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            if (preview) {
                // The preview follows the painted page: the queued decoding (or the renderer's run),
                // then its painting.
                wxTheApp->ProcessPendingEvents();
                auto* evidence =
                    dynamic_cast<EvidencePanel*>(wxWindow::FindWindowByName("evidence_panel", frame.View()));
                while (evidence != nullptr && evidence->Preview().Drawing()) {
                    wxTheApp->Yield(true);
                    wxMilliSleep(1);
                }
                frame.Update();
                previews.push_back(
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
                if (evidence != nullptr) {
                    pictures += evidence->Preview().Picture().IsOk() ? 1 : 0;
                }
            }
        }
        if (preview) {
            const std::string prefix = round.prefix;
            std::printf("%sPREVIEWS_SHOWN %d\n", prefix.c_str(), pictures);
            PrintTimes(prefix + "NEXT_PAGE_MS", std::move(times));
            PrintTimes(prefix + "NEXT_PREVIEW_MS", std::move(previews));
        } else {
            PrintTimes("ZIWB_NEXT_PLAIN_MS", std::move(times));
        }
    }
}

}  // namespace ziwb::gui
