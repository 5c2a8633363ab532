#include "app/bench_driver.hpp"

#include <wx/radiobut.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "frame/main_frame.hpp"

namespace ziwb::gui {

void RunAnswerBenchmark(MainFrame& frame, int count) {
    WorkspaceSession* session = frame.Session();
    if (session == nullptr || count <= 0) {
        return;
    }
    const int node = session->Form().Find("A.I.1.i.b");
    frame.SelectNode(node);
    frame.Update();
    const char* keys[] = {"A", "B", "C"};
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        auto* radio =
            dynamic_cast<wxRadioButton*>(wxWindow::FindWindowByName(wxString("option_") + keys[i % 3], &frame));
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
