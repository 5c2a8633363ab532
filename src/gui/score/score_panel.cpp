// SPDX-License-Identifier: GPL-3.0-or-later
#include "score/score_panel.hpp"

#include <wx/gauge.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include <algorithm>
#include <set>

#include "common/text.hpp"
#include "report/score_output.hpp"
#include "review/review_text.hpp"
#include "score/area_bar.hpp"
#include "score/score_comparison.hpp"
#include "signoff/signoff.hpp"
#include "util/text_label.hpp"
#include "util/value_label.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

wxString Number(double value) {
    return Wx(core::FormatNumber(value, 2));
}

struct AreaSums {
    double value = 0.0;
    double weight = 0.0;
    int weakest = -1;  ///< the part of the area furthest below its weight: where to go
};

AreaSums SumArea(const core::Form& form, const core::ScoreReport& report, int number) {
    AreaSums sums;
    double weakest_fraction = 2.0;
    for (const int index : form.AreaNodes(number)) {
        const auto& score = report.nodes[static_cast<std::size_t>(index)];
        sums.value += score.value.value_or(0.0);
        sums.weight += score.weight.value_or(0.0);
        const double fraction = score.Fraction().value_or(0.0);
        if (fraction < weakest_fraction) {
            weakest_fraction = fraction;
            sums.weakest = index;
        }
    }
    return sums;
}

}  // namespace

ScorePanel::ScorePanel(wxWindow* parent, WorkspaceSession& session, std::function<void(int)> jump)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL),
      m_session(session),
      m_jump(std::move(jump)) {
    SetName("score_panel");
    SetScrollRate(0, FromDIP(12));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        // Before the window's own handling, which lays the panel out with the texts wrapped anew.
        // Only the width wraps text: a change of height alone (the window growing taller, the
        // splitter settling) changes nothing here, and no value is computed again for either.
        WrapToWidth();
        event.Skip();
    });
    Build();
    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if (change.kind != SessionChange::Kind::Evidence) {
            UpdateValues(false);
        }
    });
}

void ScorePanel::Relabel() {
    Build();
}

void ScorePanel::WrapToWidth() {
    const int width = GetClientSize().x;
    if (width <= 0 || width == m_wrapped_width) {
        return;
    }
    m_wrapped_width = width;
    for (auto* wrap : m_wraps) {
        wrap->Rewrap(TextWidth());
    }
    if (m_verdicts != nullptr) {
        (void)m_verdicts->SetWidth(VerdictWidth());
    }
}

int ScorePanel::TextWidth() const {
    return GetClientSize().x - FromDIP(24);
}

int ScorePanel::VerdictWidth() const {
    return std::max(TextWidth(), FromDIP(150));
}

WrapText* ScorePanel::AddText(const wxString& text, const wxString& name, int font_step, bool bold, bool grey) {
    auto* label = new WrapText(this, text, name, true);
    if (font_step != 0 || bold) {
        ScaleFont(label, font_step, bold);
    }
    if (grey) {
        label->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    }
    m_wraps.push_back(label);
    return label;
}

void ScorePanel::Build() {
    Freeze();
    SetSizer(nullptr);
    DestroyChildren();
    m_wraps.clear();
    m_area_values.clear();
    m_area_bars.clear();
    const core::Form& form = m_session.Form();
    const int border = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    RescoreLayer();
    const bool evaluator = m_session.Role().evaluator;
    // TRANSLATORS: heading of the score panel: the assessment's total
    wxString heading = _("Evaluation score");
    if (evaluator) {
        // TRANSLATORS: heading of the score panel for an evaluator: %s their layer (TPI)
        heading = wxString::Format(_("Score by the %s"), LayerName(form, m_session.Role().layer));
    }
    sizer->Add(AddText(heading, "score_heading", 0, true, true),
               wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    auto* total_row = new wxBoxSizer(wxHORIZONTAL);
    // The values change with every answer: their rows are laid out by UpdateValues, not by a
    // label resizing itself.
    m_total = new TextLabel(this, "0", wxST_NO_AUTORESIZE, "score_total");
    ScaleFont(m_total, 5, true);
    total_row->Add(m_total, wxSizerFlags().Bottom());
    // TRANSLATORS: after the total: "of 100"
    auto* of_hundred = new TextLabel(this, _("of 100"));
    of_hundred->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    total_row->Add(of_hundred, wxSizerFlags().Bottom().Border(wxLEFT | wxBOTTOM, FromDIP(6)));
    sizer->Add(total_row, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    m_other_total = nullptr;
    if (evaluator) {
        m_other_total = AddText(wxString(), "score_unit_total", 0, false, true);
        sizer->Add(m_other_total, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    }

    auto* parts = new wxFlexGridSizer(2, FromDIP(wxSize(12, 4)));
    parts->AddGrowableCol(0, 1);
    const auto add_part = [&](const wxString& label, const char* name) {
        parts->Add(new TextLabel(this, label), wxSizerFlags().CenterVertical());
        auto* value = new TextLabel(this, wxString(), wxALIGN_RIGHT | wxST_NO_AUTORESIZE, name);
        ScaleFont(value, 0, true);  // its own font, also what UpdateValues measures it with
        parts->Add(value, wxSizerFlags().Right());
        return value;
    };
    // TRANSLATORS: the LKE's enabler component; the regulation's term, usually kept as is
    m_pengungkit = add_part(_("Pengungkit"), "score_pengungkit");
    // TRANSLATORS: the LKE's result component; the regulation's term, usually kept as is
    m_hasil = add_part(_("Hasil"), "score_hasil");
    sizer->Add(parts, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));

    m_completeness_gauge = new wxGauge(this, wxID_ANY, 1000, wxDefaultPosition, wxDefaultSize,
                                       wxGA_HORIZONTAL | wxGA_SMOOTH, wxDefaultValidator, "score_completeness_gauge");
    m_completeness_gauge->SetInitialSize(wxSize(-1, FromDIP(8)));
    sizer->Add(m_completeness_gauge, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    m_completeness = AddText(wxString(), "score_completeness");
    sizer->AddSpacer(FromDIP(4));
    sizer->Add(m_completeness, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    m_if_zero = AddText(wxString(), "score_if_zero", -1, false, true);
    sizer->Add(m_if_zero, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));

    sizer->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxALL, border));
    // TRANSLATORS: heading: the six change areas, Pemenuhan and Reform together
    sizer->Add(AddText(_("Change areas (Pemenuhan + Reform)"), "areas_heading", 0, true, true),
               wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    wxString legend;
    for (const auto& predicate : form.Predicates()) {
        if (predicate.area_minimum_fraction > 0.0) {
            legend << (legend.empty() ? wxString() : wxString(L"  \u00b7  ")) << Wx(predicate.id) << " "
                   << Wx(core::FormatNumber(predicate.area_minimum_fraction * 100.0, 0)) << "%";
        }
    }
    // TRANSLATORS: legend of the vertical marks on the area bars, e.g. "Marks: WBK 60% · WBBM 75% of the area's weight"
    sizer->Add(AddText(wxString::Format(_("Marks on the bars: %s of the area's weight"), legend), "areas_legend", -1,
                       false, true),
               wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    for (const auto& area : form.ChangeAreas()) {
        const AreaSums sums = SumArea(form, Shown(), area.number);
        // The name on its own line; the bar and the figures below it.
        const wxString area_name = wxString::Format("%d. %s", area.number, Wx(area.name));
        auto* name = new TextLabel(this, area_name, wxST_ELLIPSIZE_END);
        name->SetToolTip(area_name);
        name->SetMinSize(wxSize(FromDIP(60), -1));
        name->SetName(wxString::Format("area_name_%d", area.number));
        name->SetCursor(wxCursor(wxCURSOR_HAND));
        sizer->AddSpacer(FromDIP(8));
        sizer->Add(name, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        auto* bar = new AreaBar(this, wxString::Format("area_bar_%d", area.number));
        bar->SetCursor(wxCursor(wxCURSOR_HAND));
        row->Add(bar, wxSizerFlags(1).CenterVertical());
        auto* value = new TextLabel(this, wxString(), wxALIGN_RIGHT | wxST_NO_AUTORESIZE,
                                    wxString::Format("area_value_%d", area.number));
        value->SetFont(value->GetFont());  // its own: measuring a label without one asks GTK each time
        row->Add(value, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(8)));
        sizer->Add(row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
        const int target = sums.weakest;
        for (wxWindow* clickable : {static_cast<wxWindow*>(name), static_cast<wxWindow*>(bar)}) {
            clickable->Bind(wxEVT_LEFT_UP, [this, target](wxMouseEvent&) {
                if (target >= 0) {
                    CallAfter([this, target] { m_jump(target); });
                }
            });
        }
        m_area_values.push_back(value);
        m_area_bars.push_back(bar);
    }

    sizer->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxALL, border));
    // TRANSLATORS: heading: WBK and WBBM verdicts
    sizer->Add(AddText(_("Predicates"), "verdicts_heading", 0, true, true),
               wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    m_verdicts = new VerdictList(this, "verdicts", [this](const wxString& link) { OpenLink(link); });
    // The verdicts never scroll themselves (they take the height they need): the wheel scrolls the panel.
    m_verdicts->Bind(wxEVT_MOUSEWHEEL, [this](wxMouseEvent& event) {
        wxMouseEvent forwarded(event);
        forwarded.SetEventObject(this);
        forwarded.SetPosition(ScreenToClient(m_verdicts->ClientToScreen(event.GetPosition())));
        GetEventHandler()->ProcessEvent(forwarded);
    });
    sizer->Add(m_verdicts, wxSizerFlags().Expand().Border(wxALL, border));
    m_comparison = nullptr;
    if (m_session.Role().evaluator || m_session.HasEvaluatorAnswers()) {
        sizer->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
        m_comparison = new ScoreComparisonView(this, m_session, m_jump);
        sizer->Add(m_comparison, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    }
    SetSizer(sizer);
    // The new texts are wrapped to the width the panel has now (a rebuild at the same width, for
    // another language, gets no size event to do it).
    m_wrapped_width = -1;
    WrapToWidth();
    UpdateValues(true);
    Thaw();
}

void ScorePanel::OpenLink(const wxString& href) {
    if (href.StartsWith("node:")) {
        const int node = m_session.Form().Find(Utf8(href.Mid(5)));
        if (node >= 0) {
            m_jump(node);
        }
    }
}

std::vector<VerdictList::Line> ScorePanel::VerdictLines() const {
    using Tone = VerdictList::Tone;
    std::vector<VerdictList::Line> lines;
    for (const auto& verdict : Shown().verdicts) {
        if (verdict.eligible) {
            // TRANSLATORS: verdict: the score meets every condition of the predicate
            lines.push_back(
                {.lead = Wx(verdict.predicate), .text = L"\u2714 " + _("meets every condition"), .tone = Tone::Good});
            continue;
        }
        // TRANSLATORS: verdict: some conditions of the predicate are not met
        lines.push_back({.lead = Wx(verdict.predicate), .text = L"\u2718 " + _("not yet"), .tone = Tone::Bad});
        for (const auto& unmet : verdict.unmet) {
            // Completeness is a percentage; the engine names that condition with this very text.
            const wxString unit = unmet.condition == core::Tr("Every criterion of the LKE is answered") ? "%" : "";
            VerdictList::Line condition{.text = Wx(unmet.condition), .bullet = true};
            if (!unmet.target_code.empty()) {
                condition.link = "node:" + Wx(unmet.target_code);
            }
            lines.push_back(std::move(condition));
            // TRANSLATORS: an unmet condition's current and required values: "now 67,45, needs 75,00"
            const wxString values =
                wxString::Format(_("now %s, needs %s"), Wx(core::ConditionValueText(unmet.actual)) + unit,
                                 Wx(core::ConditionValueText(unmet.required)) + unit);
            lines.push_back({.text = values, .tone = Tone::Grey, .indented = true});
        }
    }
    // The leader's sign-off, once there is one: whoever edits sees that a change of the submission
    // undoes it (nothing is read beyond one row while the leader has not signed off).
    if (auto signoff = core::LoadSignoff(m_session.Workspace())) {
        const core::SignoffStatus status = core::CheckSignoff(m_session.Workspace(), std::move(signoff));
        const bool current = status.state == core::SignoffState::Current;
        lines.push_back({.text = (current ? L"\u2714 " : L"\u26A0 ") + Wx(core::SignoffLine(status)),
                         .tone = current ? Tone::Good : Tone::Bad});
    }
    return lines;
}

const core::ScoreReport& ScorePanel::Shown() const {
    return m_session.Role().evaluator ? m_layer_report : m_session.Report();
}

void ScorePanel::RescoreLayer() {
    if (m_session.Role().evaluator) {
        m_layer_report = m_session.Workspace().Score(m_session.Role().layer);
    }
}

void ScorePanel::UpdateValues(bool layout_all) {
    const core::Form& form = m_session.Form();
    RescoreLayer();
    const core::ScoreReport& report = Shown();
    // An answer changes some values. A value that now needs another width has only its row laid
    // out again; the whole panel is laid out (every control resized, all of it repainted) only
    // when something needs another height.
    std::set<wxSizer*> rows;
    // Asked to lay out everything (the panel's first fill, a new language), the values are only
    // set: measuring them to spare a layout would cost what it saves (4 M instructions of a launch).
    const bool measure_values = !layout_all;
    const auto set = [&rows, measure_values](wxStaticText* label, const wxString& text) {
        if (!measure_values) {
            SetLabelOnly(label, text);
        } else if (SetValueLabel(label, text)) {
            rows.insert(label->GetContainingSizer());
        }
    };
    const auto set_text = [&layout_all](WrapText* label, const wxString& text) {
        if (label->SetText(text)) {
            layout_all = true;
        }
    };
    set(m_total, Number(report.Total()));
    if (m_other_total != nullptr) {
        // TRANSLATORS: under the evaluator's total: the total of the unit's own answers
        set_text(m_other_total, wxString::Format(_("The unit's own score: %s"), Number(m_session.Report().Total())));
    }
    const auto component = [&](const char* role) -> wxString {
        const int index = form.ComponentWithRole(role);
        if (index < 0) {
            return {L"\u2013"};
        }
        const auto& score = report.nodes[static_cast<std::size_t>(index)];
        return Number(score.value.value_or(0.0)) + " / " + Number(score.weight.value_or(0.0));
    };
    set(m_pengungkit, component("pengungkit"));
    set(m_hasil, component("hasil"));
    const auto& root = report.nodes.front();
    m_completeness_gauge->SetValue(static_cast<int>(report.Completeness() * 1000.0));
    // TRANSLATORS: "87 of 113 criteria answered (77%)"
    set_text(m_completeness, wxString::Format(_("%d of %d criteria answered (%s%%)"), root.answered, root.criteria,
                                              Wx(core::FormatNumber(report.Completeness() * 100.0, 0))));
    // TRANSLATORS: the total when every unanswered criterion counts as 0 (product rule 3)
    set_text(m_if_zero,
             wxString::Format(_("With unanswered criteria counted as 0: %s"), Number(report.TotalIfUnansweredZero())));
    std::vector<AreaBar::Marker> markers;
    for (const auto& predicate : form.Predicates()) {
        if (predicate.area_minimum_fraction > 0.0) {
            markers.push_back({predicate.area_minimum_fraction, Wx(predicate.id)});
        }
    }
    for (std::size_t i = 0; i < form.ChangeAreas().size() && i < m_area_bars.size(); ++i) {
        const AreaSums sums = SumArea(form, report, form.ChangeAreas()[i].number);
        const double fraction = sums.weight > 0.0 ? sums.value / sums.weight : 0.0;
        set(m_area_values[i], Number(sums.value) + " / " + Number(sums.weight) + "  (" +
                                  Wx(core::FormatNumber(fraction * 100.0, 0)) + "%)");
        m_area_bars[i]->SetValue(fraction, markers);
    }
    if (m_verdicts->SetLines(VerdictLines(), VerdictWidth())) {
        layout_all = true;
    }
    for (wxSizer* row : rows) {
        const wxSize needed = row->CalcMin();
        if (needed.x > row->GetSize().x || needed.y > row->GetSize().y) {
            layout_all = true;  // the row outgrew its room
        }
    }
    if (layout_all) {
        Layout();
        FitInside();
        return;
    }
    for (wxSizer* row : rows) {
        row->Layout();
    }
}

}  // namespace ziwb::gui
