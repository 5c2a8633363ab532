// SPDX-License-Identifier: GPL-3.0-or-later
#include "criterion/answer_editor.hpp"

#include <wx/radiobut.h>
#include <wx/scrolwin.h>

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <algorithm>

#include "common/error.hpp"
#include "common/text.hpp"
#include "report/score_output.hpp"
#include "scoring/scoring_engine.hpp"
#include "session/workspace_session.hpp"
#include "util/line_breaks.hpp"
#include "util/wrap_text.hpp"
#include "util/wrapping_radio.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

constexpr int kCommitDelayMs = 800;  ///< typing pauses this long before the value is written

wxColour ProblemColour() {
    return {0xB0, 0x2A, 0x00};
}

}  // namespace

AnswerEditor::AnswerEditor(wxWindow* parent, const WorkspaceSession& session, int node, Commit commit)
    : wxPanel(parent, wxID_ANY), m_session(session), m_node(node), m_commit(std::move(commit)) {
    SetName("answer_editor");
}

void AnswerEditor::ShowProblem(const wxString& message) {
    m_result->SetForegroundColour(ProblemColour());
    ShowResult(message, true);
}

void AnswerEditor::ShowResult(const wxString& text, bool problem) {
    const int height = m_result->GetBestSize().y;
    m_result->SetText(text);
    // A message can outgrow the space it was laid out in; the whole text stays one hover away.
    if (problem) {
        m_result->SetToolTip(text);
    } else {
        m_result->UnsetToolTip();
    }
    // Typing counts calls this on every key: the whole page is laid out again only when the
    // message took another number of lines.
    if (m_result->GetBestSize().y != height) {
        RelayoutPage();
    } else {
        GetParent()->Layout();
    }
}

void AnswerEditor::RelayoutPage() {
    // The editor sits in the answer box of a scrolling page; the box has no sizer of its own, so
    // a longer message is only given room once the page itself is laid out again.
    Layout();
    for (wxWindow* window = GetParent(); window != nullptr; window = window->GetParent()) {
        window->Layout();
        if (auto* page = dynamic_cast<wxScrolledWindow*>(window)) {
            page->FitInside();
            break;
        }
    }
}

// ---------------------------------------------------------------------------------------------

ChoiceEditor::ChoiceEditor(wxWindow* parent, const WorkspaceSession& session, int node, Commit commit, int width)
    : AnswerEditor(parent, session, node, std::move(commit)) {
    const bool wrapped = WrapsAt(width);
    if (wrapped) {
        m_width = width;  // Rewrap at this width has nothing left to do
    }
    const core::Form& form = session.Form();
    const core::FormNode& criterion = form.Node(node);
    const core::Scale& scale = form.ScaleOf(criterion);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // A radio group always has one button on; this hidden one, outside the sizer, is on while
    // nothing is chosen. It leads the group: a group's first button is on from its creation, and
    // an option drawn on at creation cost the launch GTK's SVG loader (the theme draws the dot
    // from an SVG), even when the criterion is unanswered. Hidden before it is made and given a
    // size, it is never shown, measured or styled.
    m_none = new wxRadioButton();
    m_none->Hide();
    m_none->Create(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(0, 0), wxRB_GROUP, wxDefaultValidator,
                   "option_none");
    for (const auto& choice : scale.choices) {
        wxString description;
        for (const auto& option : criterion.options) {
            if (option.key == choice.key) {
                description = Wx(option.description);
            }
        }
        // "A  (1)  description": the key, what it scores, and the regulation's words.
        wxString text = Wx(choice.key) + "  (" + Wx(core::FormatNumber(choice.value, 2)) + ")";
        if (!description.empty() && description != Wx(choice.key)) {
            text += L"  \u2014  " + description;
        }
        text.Replace("&", "&&");
        // Measured in the toolkit's font, which the options draw in (they have none of their own).
        auto* radio = new WrappingRadio(
            this, wrapped ? BreakIntoLines(this, wxNullFont, text, OptionTextWidth(width)).text : text, 0);
        radio->SetName("option_" + Wx(choice.key));
        const std::string key = choice.key;
        radio->Bind(wxEVT_RADIOBUTTON, [this, key](wxCommandEvent&) {
            core::Answer answer;
            answer.choice = key;
            m_commit(answer);
        });
        sizer->Add(radio, wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
        m_options.push_back(radio);
        m_texts.push_back(text);
    }
    m_result = new WrapText(this, wxString(), "answer_result", true);
    if (wrapped) {
        m_result->Rewrap(width);  // before its text comes (ShowState), which then wraps once
    }
    sizer->Add(m_result, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    SetSizer(sizer);
    ShowState();
}

bool ChoiceEditor::ShowState() {
    const auto& answer = m_session.Answers().Get(m_node);
    const core::Scale& scale = m_session.Form().ScaleOf(m_session.Form().Node(m_node));
    bool any = false;
    for (std::size_t i = 0; i < m_options.size(); ++i) {
        if (answer.has_value() && answer->choice == scale.choices[i].key) {
            m_options[i]->SetValue(true);
            any = true;
        }
    }
    if (!any) {
        m_none->SetValue(true);
    }
    const auto& score = m_session.Report().nodes[static_cast<std::size_t>(m_node)];
    const wxColour text_colour = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    if (m_result->GetForegroundColour() != text_colour) {
        m_result->SetForegroundColour(text_colour);  // after a refused change's message in red
    }
    bool relayout = false;
    if (score.value) {
        const double fraction = score.Fraction().value_or(0.0);
        // TRANSLATORS: the value of an answered criterion, e.g. "Value: 0,50 (50%)"
        relayout = m_result->SetText(wxString::Format(_("Value: %s (%s%%)"), Wx(core::FormatNumber(fraction, 2)),
                                                      Wx(core::FormatNumber(fraction * 100.0, 0))));
    } else {
        // TRANSLATORS: shown under the options while no option is chosen
        relayout = m_result->SetText(_("Not answered yet: choose the option that fits the unit."));
    }
    if (m_result->GetToolTip() != nullptr) {
        m_result->UnsetToolTip();  // a refused change's message is gone with it
    }
    return relayout;
}

void ChoiceEditor::Rewrap(int width) {
    if (width == m_width || !WrapsAt(width)) {
        return;
    }
    m_width = width;
    for (std::size_t i = 0; i < m_options.size(); ++i) {
        m_options[i]->SetLabel(BreakIntoLines(m_options[i], wxNullFont, m_texts[i], OptionTextWidth(width)).text);
        m_options[i]->InvalidateBestSize();
    }
    m_result->Rewrap(width);
}

bool ChoiceEditor::WrapsAt(int width) const {
    return width >= FromDIP(120);  // narrower, a word or two a line: the options stay as they were
}

int ChoiceEditor::OptionTextWidth(int width) const {
    return width - FromDIP(36);  // the radio circle takes about two lines' height of room on its left
}

void ChoiceEditor::FocusFirst() {
    const auto checked =
        std::find_if(m_options.begin(), m_options.end(), [](wxRadioButton* radio) { return radio->GetValue(); });
    (checked != m_options.end() ? *checked : m_options.front())->SetFocus();
}

// ---------------------------------------------------------------------------------------------

NumberEditor::NumberEditor(wxWindow* parent, const WorkspaceSession& session, int node, Commit commit)
    : AnswerEditor(parent, session, node, std::move(commit)), m_timer(this) {
    const core::FormNode& criterion = session.Form().Node(node);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 6)));
    grid->AddGrowableCol(0, 1);
    for (const auto& input : criterion.inputs) {
        wxString label = Wx(input.label);
        if (!input.used_in_formula) {
            // TRANSLATORS: after a count the regulation asks for but the formula does not use
            label += " " + _("(asked for, not used in the formula)");
        }
        auto* text = new WrapText(this, label, "label_" + Wx(input.id));
        auto* field = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxTE_PROCESS_ENTER | wxTE_RIGHT);
        field->SetName("input_" + Wx(input.id));
        field->SetHint(input.whole_number ? wxString("0") : wxString("0,00"));
        field->SetInitialSize(field->GetSizeFromTextSize(field->GetTextExtent("0000000").x));
        field->SetToolTip(Wx(input.label));
        field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
            m_dirty = true;
            UpdatePreview();
            m_timer.StartOnce(kCommitDelayMs);
        });
        field->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { CommitPending(); });
        field->Bind(wxEVT_KILL_FOCUS, &NumberEditor::OnFieldKillFocus, this);
        grid->Add(text, wxSizerFlags().CenterVertical().Expand());
        grid->Add(field, wxSizerFlags().CenterVertical());
        m_labels.push_back(text);
        m_fields.push_back(field);
    }
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { CommitPending(); });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags().Expand());
    m_result = new WrapText(this, wxString(), "answer_result");
    ScaleFont(m_result, 0, true);
    sizer->Add(m_result, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    SetSizer(sizer);
    ShowState();
}

NumberEditor::~NumberEditor() {
    m_timer.Stop();
    // The fields outlive this part of the editor while wx destroys them: no focus event may reach it.
    for (auto* field : m_fields) {
        field->Unbind(wxEVT_KILL_FOCUS, &NumberEditor::OnFieldKillFocus, this);
    }
}

void NumberEditor::OnFieldKillFocus(wxFocusEvent& event) {
    CommitPending();
    event.Skip();
}

bool NumberEditor::ShowState() {
    const auto& answer = m_session.Answers().Get(m_node);
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        wxString text;
        if (answer && i < answer->inputs.size() && answer->inputs[i]) {
            text = Wx(
                core::FormatNumber(*answer->inputs[i], m_session.Form().Node(m_node).inputs[i].whole_number ? 0 : 2));
        }
        // A field that already says the same number (typed "3.5", shown "3,5") is left as typed.
        wxString typed = m_fields[i]->GetValue().Strip(wxString::both);
        typed.Replace(",", ".");
        double typed_value = 0.0;
        const bool same = answer && i < answer->inputs.size() && answer->inputs[i] && typed.ToCDouble(&typed_value) &&
                          typed_value == *answer->inputs[i];
        if (!same && m_fields[i]->GetValue() != text) {
            m_fields[i]->ChangeValue(text);
        }
    }
    m_dirty = false;
    m_timer.Stop();
    UpdatePreview();
    return true;  // the preview may have taken another number of lines
}

std::optional<core::Answer> NumberEditor::Read(wxString& problem, bool& empty) const {
    const core::FormNode& criterion = m_session.Form().Node(m_node);
    std::string text;
    empty = true;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const std::string value = Utf8(m_fields[i]->GetValue().Strip(wxString::both));
        if (value.empty()) {
            continue;
        }
        empty = false;
        if (criterion.answer_kind == core::AnswerKind::Index) {
            text = value;
        } else {
            text += (text.empty() ? "" : ";") + criterion.inputs[i].id + "=" + value;
        }
    }
    if (empty) {
        return std::nullopt;
    }
    try {
        return core::ParseAnswer(m_session.Form(), criterion, text);
    } catch (const core::UserError& error) {
        problem = Wx(error.what());
        return std::nullopt;
    }
}

void NumberEditor::UpdatePreview() {
    wxString problem;
    bool empty = true;
    const auto answer = Read(problem, empty);
    const core::Form& form = m_session.Form();
    const core::FormNode& criterion = form.Node(m_node);
    if (!problem.empty()) {
        ShowProblem(problem);
        return;
    }
    m_result->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    if (empty) {
        ShowResult(criterion.answer_kind == core::AnswerKind::Index
                       // TRANSLATORS: under the IPAK/IPKP field while it is empty
                       ? _("Not answered yet: enter the index from the survey report (0 to 4).")
                       // TRANSLATORS: under the count fields while all are empty
                       : _("Not answered yet: enter the counts; the percentage is computed."),
                   false);
        return;
    }
    core::CriterionFinding finding;
    const auto value = core::CriterionValue(form, criterion, answer, finding);
    const std::string message = core::DescribeFinding(form, criterion, finding);
    if (!value) {
        ShowProblem(Wx(message));
        return;
    }
    wxString text;
    if (criterion.answer_kind == core::AnswerKind::Index) {
        // TRANSLATORS: value of an index item: "Value: 0,86 (index 3,42 of 4)"
        text = wxString::Format(_("Value: %s (index %s of 4)"), Wx(core::FormatNumber(*value, 2)),
                                Wx(core::FormatNumber(*value * 4.0, 2)));
    } else {
        // TRANSLATORS: computed value of a percentage item
        text = wxString::Format(_("Percentage: %s%%"), Wx(core::FormatNumber(*value * 100.0, 2)));
    }
    if (!message.empty()) {
        text += "\n" + Wx(message);
        m_result->SetForegroundColour(ProblemColour());
    }
    ShowResult(text, !message.empty());
}

void NumberEditor::CommitPending() {
    m_timer.Stop();
    if (!m_dirty) {
        return;
    }
    wxString problem;
    bool empty = true;
    const auto answer = Read(problem, empty);
    if (!problem.empty()) {
        return;  // the message is showing; nothing is written until the value is right
    }
    m_dirty = false;
    m_commit(answer);
}

void NumberEditor::Rewrap(int width) {
    const int label_width = width - FromDIP(120);
    for (auto* label : m_labels) {
        label->Rewrap(label_width);
    }
    m_result->Rewrap(width);
}

void NumberEditor::FocusFirst() {
    m_fields.front()->SetFocus();
}

AnswerEditor* CreateAnswerEditor(wxWindow* parent, const WorkspaceSession& session, int node,
                                 AnswerEditor::Commit commit, int width) {
    if (session.Form().Node(node).answer_kind == core::AnswerKind::Choice) {
        return new ChoiceEditor(parent, session, node, std::move(commit), width);
    }
    return new NumberEditor(parent, session, node, std::move(commit));
}

}  // namespace ziwb::gui
