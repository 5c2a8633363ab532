// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/window.h>

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ziwb::gui {

/// The predicates' verdicts on the score panel: a line per predicate with a tick or a cross, under
/// it every unmet condition with its current and required values, a condition that names where the
/// points are missing being a link there.
///
/// Drawn here rather than as an HTML page: every answer moves those values, and parsing, laying out
/// and painting a page word by word took a third of the answer-to-repaint time (bench/gui). Words
/// are measured once and kept, and an update repaints only the lines whose text changed.
class VerdictList final : public wxWindow {
public:
    enum class Tone { Normal, Good, Bad, Grey };
    struct Line {
        wxString lead{};  ///< drawn bold before the text (the predicate's name), or empty
        wxString text{};
        Tone tone = Tone::Normal;
        bool bullet = false;  ///< indented under the line before, with a bullet
        bool indented = false;
        wxString link{};  ///< where a click goes ("node:A.I.3"); empty for plain text
        bool operator==(const Line&) const = default;
    };

    /// `follow` receives a clicked line's link.
    VerdictList(wxWindow* parent, const wxString& name, std::function<void(const wxString&)> follow);

    /// Shows `lines` wrapped to `width` pixels. Nothing is measured or repainted when neither
    /// changed; otherwise only the rows that differ are repainted. True when the list took another
    /// height (its container must lay out again).
    bool SetLines(std::vector<Line> lines, int width);
    /// The same lines wrapped to `width`; true when the list took another height.
    bool SetWidth(int width);
    /// The text shown, a line for each Line (for tests, and what a copy of the panel would hold).
    [[nodiscard]] wxString ToText() const;
    /// Where the line with link `href` is drawn, in client coordinates; empty when none is shown.
    [[nodiscard]] wxRect LinkRect(const wxString& href) const;
    /// Not a Tab stop: its links are followed with the mouse, and the criteria they name are
    /// reached from the keyboard through the tree (F6) and F8.
    [[nodiscard]] bool AcceptsFocus() const override { return false; }

private:
    /// One row of one line's words, placed.
    struct Run {
        std::size_t line = 0;
        wxString text;
        bool bold = false;
        wxRect rect;
        bool operator==(const Run&) const = default;
    };

    void Relayout();
    void PlaceWords(std::size_t line, const wxString& text, bool bold, int left, int& x, int& y, int right);
    [[nodiscard]] int WordWidth(const wxString& word, bool bold);
    [[nodiscard]] const Run* RunAt(const wxPoint& point) const;
    [[nodiscard]] wxColour ColourOf(const Line& line) const;
    void OnPaint(wxPaintEvent& event);

    std::function<void(const wxString&)> m_follow;
    std::vector<Line> m_lines;
    std::vector<Run> m_runs;
    int m_wrap_width = -1;
    int m_content_height = 0;
    wxFont m_font;                                           ///< the font the rows were laid out in, and are drawn in
    std::unordered_map<std::wstring, int> m_word_widths[2];  ///< plain, bold
};

}  // namespace ziwb::gui
