// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bench_driver.hpp"

#include <wx/radiobut.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "frame/main_frame.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

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
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times[static_cast<std::size_t>(q * static_cast<double>(times.size() - 1))];
    };
    std::printf("ZIWB_ANSWER_MS median=%.2f p95=%.2f max=%.2f n=%d\n", at(0.5), at(0.95), times.back(), count);
    std::fflush(stdout);
}

}  // namespace ziwb::gui
