// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/score_comparison.hpp"

#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

#include "common/text.hpp"
#include "review/review_text.hpp"
#include "util/list_tooltips.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

wxString Score(const std::optional<double>& value) {
    return value ? Wx(core::FormatNumber(*value, 2)) : wxString(L"\u2013");
}

wxString VerdictMark(const core::ScoreReport& report, const std::string& predicate) {
    for (const auto& verdict : report.verdicts) {
        if (verdict.predicate == predicate) {
            // TRANSLATORS: a predicate's verdict in the comparison: met / not yet
            return verdict.eligible ? wxString(L"\u2714 ") + _("met") : wxString(L"\u2718 ") + _("not yet");
        }
    }
    return {L"\u2013"};
}

/// Fits a list's height to its rows (up to `most`), so the panel, not the list, scrolls.
void FitRows(wxListView* list, int most) {
    const int rows = std::clamp(list->GetItemCount(), 1, most);
    list->SetInitialSize(wxSize(-1, list->GetCharHeight() * (rows + 2) + list->FromDIP(16)));
}

/// The value columns as wide as their header or widest value; the first column takes the rest
/// (a name cut off there shows whole in its tooltip).
void FitColumns(wxListView* list) {
    int values = 0;
    for (int column = 1; column < list->GetColumnCount(); ++column) {
        wxListItem header;
        header.SetMask(wxLIST_MASK_TEXT);
        list->GetColumn(column, header);
        int width = list->GetTextExtent(header.GetText()).x;
        for (long row = 0; row < list->GetItemCount(); ++row) {
            width = std::max(width, list->GetTextExtent(list->GetItemText(row, column)).x);
        }
        width += list->FromDIP(16);
        list->SetColumnWidth(column, width);
        values += width;
    }
    const int rest = list->GetClientSize().x - values - list->FromDIP(4);
    list->SetColumnWidth(0, std::max(list->FromDIP(70), rest));
}

}  // namespace

ScoreComparisonView::ScoreComparisonView(wxWindow* parent, WorkspaceSession& session, std::function<void(int)> jump)
    : wxPanel(parent, wxID_ANY), m_session(session), m_jump(std::move(jump)) {
    SetName("score_comparison");
    const core::Form& form = m_session.Form();
    const wxString unit = ShortLayerName(form, core::Layer::Unit());
    const wxString review = ShortLayerName(form, m_session.Role().layer);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // TRANSLATORS: heading of the score comparison: %1$s the unit, %2$s the evaluator's layer (TPI)
    auto* heading =
        new WrapText(this, wxString::Format(_("%1$s and %2$s side by side"), unit, review), "comparison_heading");
    ScaleFont(heading, 0, true);
    heading->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    sizer->Add(heading, wxSizerFlags().Expand());

    m_scores = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_scores->SetName("comparison_scores");
    ShowCutOffCellsAsToolTips(m_scores);
    // TRANSLATORS: comparison column: total, area or predicate
    m_scores->AppendColumn(_("Part"), wxLIST_FORMAT_LEFT, FromDIP(120));
    m_scores->AppendColumn(unit, wxLIST_FORMAT_RIGHT, FromDIP(76));
    m_scores->AppendColumn(review, wxLIST_FORMAT_RIGHT, FromDIP(76));
    sizer->Add(m_scores, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));

    m_summary = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "comparison_summary");
    sizer->Add(m_summary, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    m_differences = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_differences->SetName("comparison_differences");
    ShowCutOffCellsAsToolTips(m_differences);
    // TRANSLATORS: comparison column: the criterion's code
    m_differences->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, FromDIP(90));
    m_differences->AppendColumn(unit, wxLIST_FORMAT_LEFT, FromDIP(50));
    m_differences->AppendColumn(review, wxLIST_FORMAT_LEFT, FromDIP(50));
    // TRANSLATORS: comparison column: how much the unit's total moves with the evaluator's answer
    m_differences->AppendColumn(_("Points"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    m_differences->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        const auto row = static_cast<std::size_t>(event.GetIndex());
        if (row < m_comparison.differences.size()) {
            const int node = m_session.Form().Find(m_comparison.differences[row].code);
            CallAfter([this, node] {
                if (node >= 0) {
                    m_jump(node);
                }
            });
        }
    });
    sizer->Add(m_differences, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    // The scores' two value columns keep their width; the part's name takes the rest.
    m_scores->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        const int values = m_scores->GetColumnWidth(1) + m_scores->GetColumnWidth(2);
        m_scores->SetColumnWidth(0, std::max(FromDIP(70), m_scores->GetClientSize().x - values - FromDIP(4)));
        event.Skip();
    });
    m_differences->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        FitColumns(m_differences);
        event.Skip();
    });
    SetSizer(sizer);
    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if (change.kind != SessionChange::Kind::Evidence) {
            Fill();
        }
    });
    Fill();
}

void ScoreComparisonView::Fill() {
    const core::Form& form = m_session.Form();
    m_comparison = core::CompareLayers(m_session.Workspace(), core::Layer::Unit(), m_session.Role().layer);
    const auto& a = m_comparison.first_report;
    const auto& b = m_comparison.second_report;
    m_scores->DeleteAllItems();
    const auto add = [this](const wxString& part, const wxString& first, const wxString& second) {
        const long row = m_scores->InsertItem(m_scores->GetItemCount(), part);
        m_scores->SetItem(row, 1, first);
        m_scores->SetItem(row, 2, second);
    };
    // TRANSLATORS: comparison row: the total score
    add(_("Total"), Score(a.Total()), Score(b.Total()));
    for (std::size_t i = 0; i < form.Nodes().size(); ++i) {
        const core::FormNode& node = form.Nodes()[i];
        if (node.kind == core::NodeKind::Area) {
            add(Wx(node.code + " " + node.name), Score(a.nodes[i].value), Score(b.nodes[i].value));
        }
    }
    for (const auto& predicate : form.Predicates()) {
        add(Wx(predicate.id), VerdictMark(a, predicate.id), VerdictMark(b, predicate.id));
    }
    FitRows(m_scores, 16);

    m_differences->DeleteAllItems();
    for (const auto& difference : m_comparison.differences) {
        const long row = m_differences->InsertItem(m_differences->GetItemCount(), Wx(difference.code));
        m_differences->SetItem(row, 1, AnswerText(difference.first_answer));
        m_differences->SetItem(row, 2, AnswerText(difference.second_answer));
        m_differences->SetItem(row, 3,
                               (difference.points > 0 ? "+" : "") + Wx(core::FormatNumber(difference.points, 3)));
    }
    m_summary->SetLabel(m_comparison.differences.empty()
                            // TRANSLATORS: the two layers answer every criterion the same way
                            ? _("Every criterion is answered alike.")
                            // TRANSLATORS: heading of the list of criteria the two layers answer differently
                            : wxString::Format(wxPLURAL("%d criterion answered differently, by the points at stake:",
                                                        "%d criteria answered differently, by the points at stake:",
                                                        static_cast<int>(m_comparison.differences.size())),
                                               static_cast<int>(m_comparison.differences.size())));
    m_differences->Show(!m_comparison.differences.empty());
    FitRows(m_differences, 12);
    FitColumns(m_differences);
    if (GetParent() != nullptr) {
        GetParent()->Layout();
        GetParent()->FitInside();
    }
}

}  // namespace ziwb::gui
