// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/verdict_list.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>
#include <wx/tokenzr.h>

#include <algorithm>
#include <utility>

namespace ziwb::gui {

VerdictList::VerdictList(wxWindow* parent, const wxString& name, std::function<void(const wxString&)> follow)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE, name), m_follow(std::move(follow)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &VerdictList::OnPaint, this);
    Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        const Run* run = RunAt(event.GetPosition());
        const bool on_link = run != nullptr && !m_lines[run->line].link.empty();
        SetCursor(on_link ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
        event.Skip();
    });
    Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& event) {
        if (const Run* run = RunAt(event.GetPosition()); run != nullptr && !m_lines[run->line].link.empty()) {
            // After the click is over: following the link rebuilds the pages around this window.
            CallAfter([this, link = m_lines[run->line].link] { m_follow(link); });
        }
        event.Skip();
    });
}

bool VerdictList::SetLines(std::vector<Line> lines, int width) {
    if (lines == m_lines && width == m_wrap_width && GetFont() == m_font) {
        return false;
    }
    const std::vector<Run> before = std::move(m_runs);
    const std::vector<Line> lines_before = std::move(m_lines);
    const int height_before = m_content_height;
    m_lines = std::move(lines);
    m_wrap_width = width;
    Relayout();
    if (m_content_height != height_before) {
        SetMinSize(wxSize(-1, m_content_height));
        InvalidateBestSize();
        Refresh();
        return true;
    }
    // The same height: repaint the rows that differ, the width of the window (a bullet sits left
    // of its row's words).
    const int client_width = std::max(GetClientSize().x, m_wrap_width);
    for (std::size_t i = 0; i < std::max(before.size(), m_runs.size()); ++i) {
        if (i < before.size() && i < m_runs.size() && before[i] == m_runs[i]) {
            const Line& was = lines_before[before[i].line];
            const Line& is = m_lines[m_runs[i].line];
            if (was.tone == is.tone && was.link.empty() == is.link.empty() && was.bullet == is.bullet) {
                continue;
            }
        }
        for (const std::vector<Run>* runs : {&before, static_cast<const std::vector<Run>*>(&m_runs)}) {
            if (i < runs->size()) {
                const wxRect& rect = (*runs)[i].rect;
                RefreshRect(wxRect(0, rect.y, client_width, rect.height));
            }
        }
    }
    return false;
}

bool VerdictList::SetWidth(int width) {
    std::vector<Line> lines = m_lines;
    return SetLines(std::move(lines), width);
}

wxString VerdictList::ToText() const {
    wxString text;
    for (const auto& line : m_lines) {
        if (!text.empty()) {
            text << '\n';
        }
        text << line.lead << (line.lead.empty() ? "" : "  ") << line.text;
    }
    return text;
}

wxRect VerdictList::LinkRect(const wxString& href) const {
    for (const auto& run : m_runs) {
        if (!href.empty() && m_lines[run.line].link == href) {
            return run.rect;
        }
    }
    return {};
}

int VerdictList::WordWidth(const wxString& word, bool bold) {
    auto& widths = m_word_widths[bold ? 1 : 0];
    const std::wstring& key = word.ToStdWstring();
    if (const auto found = widths.find(key); found != widths.end()) {
        return found->second;
    }
    const wxFont font = bold ? m_font.Bold() : m_font;
    int width = 0;
    int height = 0;
    GetTextExtent(word, &width, &height, nullptr, nullptr, &font);
    widths.emplace(key, width);
    return width;
}

void VerdictList::PlaceWords(std::size_t line, const wxString& text, bool bold, int left, int& x, int& y, int right) {
    const int row_height = GetCharHeight();
    const int space = WordWidth(" ", bold);
    Run* run = nullptr;
    // Any white space breaks words, as in the HTML this replaced: a line break in a form's
    // condition text must not draw a word two rows high.
    for (const wxString& word : wxStringTokenize(text, " \t\r\n", wxTOKEN_STRTOK)) {
        const int width = WordWidth(word, bold);
        const bool row_has_words = x > left;
        const int gap = (run != nullptr && row_has_words) ? space : 0;
        if (row_has_words && x + gap + width > right) {
            y += row_height;
            x = left;
            run = nullptr;
        }
        if (run == nullptr) {
            m_runs.push_back({line, word, bold, wxRect(x, y, width, row_height)});
            run = &m_runs.back();
            x += width;
            continue;
        }
        run->text << ' ' << word;
        x += space + width;
        run->rect.width = x - run->rect.x;
    }
}

void VerdictList::Relayout() {
    if (GetFont() != m_font) {
        m_font = GetFont();
        m_word_widths[0].clear();
        m_word_widths[1].clear();
    }
    m_runs.clear();
    const int row_height = GetCharHeight();
    const int indent = FromDIP(18);
    const int right = std::max(m_wrap_width, FromDIP(60));
    int y = 0;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines[i];
        const bool under = line.bullet || line.indented;
        if (i > 0 && !under) {
            y += row_height / 2;  // a gap between one predicate and the next
        }
        const int left = under ? indent : 0;
        int x = left;
        if (!line.lead.empty()) {
            PlaceWords(i, line.lead, true, left, x, y, right);
            x += 2 * WordWidth(" ", false);
        }
        PlaceWords(i, line.text, false, left, x, y, right);
        y += row_height;
    }
    m_content_height = y;
}

const VerdictList::Run* VerdictList::RunAt(const wxPoint& point) const {
    const auto found =
        std::find_if(m_runs.begin(), m_runs.end(), [&](const Run& run) { return run.rect.Contains(point); });
    return found == m_runs.end() ? nullptr : &*found;
}

wxColour VerdictList::ColourOf(const Line& line) const {
    if (!line.link.empty()) {
        return wxSystemSettings::GetColour(wxSYS_COLOUR_HOTLIGHT);
    }
    switch (line.tone) {
        case Tone::Good: return {0x2E, 0x7D, 0x32};
        case Tone::Bad: return {0xC6, 0x28, 0x28};
        case Tone::Grey: return wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
        case Tone::Normal: break;
    }
    return wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
}

void VerdictList::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();
    if (!m_font.IsOk()) {
        return;  // nothing laid out yet
    }
    const wxFont& plain = m_font;
    const wxFont bold = plain.Bold();
    const wxFont link = plain.Underlined();
    const wxColour text_colour = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const wxRegion& update = GetUpdateRegion();
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const Run& run = m_runs[i];
        const Line& line = m_lines[run.line];
        if (update.Contains(wxRect(0, run.rect.y, GetClientSize().x, run.rect.height)) == wxOutRegion) {
            continue;
        }
        if (line.bullet && (i == 0 || m_runs[i - 1].line != run.line)) {
            dc.SetFont(plain);
            dc.SetTextForeground(text_colour);
            dc.DrawText(L"\u2022", FromDIP(6), run.rect.y);
        }
        dc.SetFont(run.bold ? bold : (line.link.empty() ? plain : link));
        dc.SetTextForeground(run.bold ? text_colour : ColourOf(line));
        dc.DrawText(run.text, run.rect.x, run.rect.y);
    }
}

}  // namespace ziwb::gui
