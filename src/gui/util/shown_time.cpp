// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/shown_time.hpp"

#include <array>
#include <cstdio>
#include <ctime>

#include "common/platform.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

// "2026-12-02T10:32:03Z": the log's times are UTC, to the second.
constexpr std::size_t kIsoLength = 20;

bool LooksLikeLogTime(const std::string& text) {
    return text.size() >= kIsoLength && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' &&
           text[16] == ':' && text[19] == 'Z';
}

}  // namespace

wxString ShownTime(const std::string& iso) {
    std::tm parts{};
    if (!LooksLikeLogTime(iso) || std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2dZ", &parts.tm_year, &parts.tm_mon,
                                              &parts.tm_mday, &parts.tm_hour, &parts.tm_min, &parts.tm_sec) != 6) {
        return Wx(iso);
    }
    parts.tm_year -= 1900;
    parts.tm_mon -= 1;
    const std::tm local = core::LocalCalendarTime(core::TimeFromUtcCalendar(parts));
    std::array<char, 32> text{};
    if (std::strftime(text.data(), text.size(), "%Y-%m-%d %H:%M", &local) == 0) {
        return Wx(iso);
    }
    return Wx(std::string(text.data()));
}

wxString WithShownTime(const std::string& line) {
    if (!LooksLikeLogTime(line)) {
        return Wx(line);
    }
    return ShownTime(line.substr(0, kIsoLength)) + Wx(line.substr(kIsoLength));
}

}  // namespace ziwb::gui
