// SPDX-License-Identifier: GPL-3.0-or-later
#include "criterion/node_page.hpp"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/statline.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/text.hpp"
#include "criterion/answer_editor.hpp"
#include "criterion/history_panel.hpp"
#include "navigator/node_text.hpp"
#include "review/review_desk.hpp"
#include "review/revision_notice.hpp"
#include "util/message_dialog.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

constexpr int kNoteDelayMs = 1000;

wxString AnswerTypeText(const core::Form& form, const core::FormNode& node) {
    switch (node.answer_kind) {
        case core::AnswerKind::Choice: return Wx(form.ScaleOf(node).label);
        // TRANSLATORS: answer type of an item computed from counts
        case core::AnswerKind::Percentage: return _("counts, computed as a percentage");
        // TRANSLATORS: answer type of IPAK/IPKP
        case core::AnswerKind::Index: return _("survey index from 0 to 4");
    }
    return {};
}

}  // namespace

NodePage::NodePage(wxWindow* parent, WorkspaceSession& session, NodePageHooks hooks)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      m_session(session),
      m_hooks(std::move(hooks)),
      m_note_timer(this) {
    SetName("node_page");
    SetScrollRate(0, FromDIP(12));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        RewrapAll();
        event.Skip();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { CommitNote(); });
    m_subscription = m_session.Subscribe([this](const SessionChange& change) { OnSessionChange(change); });
}

NodePage::~NodePage() {
    m_note_timer.Stop();
    if (m_note != nullptr) {
        m_note->Unbind(wxEVT_KILL_FOCUS, &NodePage::OnNoteKillFocus, this);
    }
}

void NodePage::OnNoteKillFocus(wxFocusEvent& event) {
    CommitNote();
    event.Skip();
}

void NodePage::ShowNode(int node) {
    if (node == m_node) {
        return;
    }
    CommitPending();
    m_node = node;
    Build();
}

void NodePage::Relabel() {
    CommitPending();
    Build();
}

WrapText* NodePage::AddWrap(wxSizer* sizer, const wxString& text, const wxString& name, int font_step, bool bold) {
    auto* label = new WrapText(this, wxString(), name);
    if (font_step != 0 || bold) {
        ScaleFont(label, font_step, bold);
    }
    // Wrapped once, in its own font, at the page's width when the page knows it: not laid out
    // first as one long line and then again (RewrapAll then finds it done).
    if (const int width = TextWidth(); width > FromDIP(50)) {
        label->Rewrap(width);
    }
    (void)label->SetText(text);
    sizer->Add(label, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    m_wraps.push_back(label);
    return label;
}

void NodePage::Build() {
    Freeze();
    m_note_timer.Stop();
    m_note_dirty = false;
    SetSizer(nullptr);
    DestroyChildren();
    m_editor = nullptr;
    m_note = nullptr;
    m_desk = nullptr;
    m_notice = nullptr;
    m_children = nullptr;
    m_position = nullptr;
    m_wraps.clear();
    m_wrap_width = -1;
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    SetSizer(sizer);
    if (m_node >= 0) {
        if (m_session.Form().Node(m_node).IsCriterion()) {
            BuildCriterion(sizer);
        } else {
            BuildGroup(sizer);
        }
    }
    RewrapAll();
    Scroll(0, 0);
    Thaw();
}

void NodePage::BuildCriterion(wxSizer* sizer) {
    const core::Form& form = m_session.Form();
    const core::FormNode& node = form.Node(m_node);
    const core::FormNode& subindicator = form.Node(node.parent);

    auto* path = AddWrap(sizer, Wx(NodePath(form, m_node)), "criterion_path", -1);
    path->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    AddWrap(sizer, Wx(node.code) + "   " + Wx(node.DisplayLetter()) + ". " + Wx(node.name), "criterion_question", 2,
            true);
    wxString meta;
    // TRANSLATORS: "Answer: Ya/Tidak" — the answer type of the criterion
    meta << wxString::Format(_("Answer: %s"), AnswerTypeText(form, node));
    const double weight = node.weight ? *node.weight : subindicator.weight.value_or(0.0);
    meta << L"   \u00b7   "
         << (node.weight
                 // TRANSLATORS: the weight of a Hasil item
                 ? wxString::Format(_("Weight %s"), Wx(core::FormatNumber(weight, 2)))
                 // TRANSLATORS: criteria share their subindicator's weight
                 : wxString::Format(_("Subindicator weight %s, shared by %d criteria"),
                                    Wx(core::FormatNumber(weight, 2)), static_cast<int>(subindicator.children.size())));
    auto* meta_text = AddWrap(sizer, meta, "criterion_meta");
    meta_text->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    if (m_session.Role().evaluator) {
        // The evaluator's desk takes the place of the unit's answer and note, shown read-only in it.
        m_desk = new ReviewDesk(this, m_session, m_node);
        sizer->Add(m_desk, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    } else {
        BuildUnitAnswer(sizer);
        if (HasReviewToShow(m_session, m_node)) {
            m_notice = new RevisionNotice(this, m_session, m_node);
            sizer->Add(m_notice, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
        }
    }

    if (m_hooks.checklist_panel) {
        if (wxWindow* checklist = m_hooks.checklist_panel(this, m_node)) {
            sizer->Add(checklist, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
        }
    }

    if (m_hooks.evidence_panel) {
        if (wxWindow* evidence = m_hooks.evidence_panel(this, m_node)) {
            sizer->Add(evidence, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
        }
    }

    auto* history = new HistoryPanel(this, m_session, m_node);
    history->Bind(wxEVT_COLLAPSIBLEPANE_CHANGED, [this](wxCollapsiblePaneEvent&) {
        Layout();
        FitInside();
    });
    sizer->Add(history, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));

    // The buttons wrap onto a second line on a narrow page; the position stays on the right.
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    const auto add_button = [&](const wxString& label, const char* name, const std::string& command) {
        auto* button = new wxButton(this, wxID_ANY, label);
        button->SetName(name);
        // After the handler returns: the command rebuilds this page and so destroys the button.
        button->Bind(wxEVT_BUTTON, [this, command](wxCommandEvent&) {
            CallAfter([this, command] { m_hooks.run_command(command); });
        });
        buttons->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(6)));
    };
    // TRANSLATORS: button: go to the previous criterion
    add_button(wxString(L"\u2190  ") + _("Previous"), "previous_criterion", "go/previous");
    // TRANSLATORS: button: go to the next criterion
    add_button(_("Next") + wxString(L"  \u2192"), "next_criterion", "go/next");
    // TRANSLATORS: button: go to the next criterion without a score
    add_button(_("Next unanswered"), "next_unanswered", "go/next_unanswered");
    row->Add(buttons, wxSizerFlags(1).Expand());
    m_position = new WrapText(this, wxString(), "criterion_position");
    m_position->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    row->Add(m_position, wxSizerFlags().CenterVertical());
    sizer->Add(row, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    RefreshCriterionState();
}

void NodePage::BuildUnitAnswer(wxSizer* sizer) {
    // TRANSLATORS: box around the answer controls
    auto* answer_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Answer"));
    m_editor = CreateAnswerEditor(
        answer_box->GetStaticBox(), m_session, m_node,
        [this](const std::optional<core::Answer>& answer) { CommitAnswer(answer); }, EditorWidth());
    answer_box->Add(m_editor, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    // TRANSLATORS: button that removes the criterion's answer
    auto* clear = new wxButton(answer_box->GetStaticBox(), wxID_ANY, _("Clear answer"));
    clear->SetName("clear_answer");
    clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CommitAnswer(std::nullopt); });
    answer_box->Add(clear, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    sizer->Add(answer_box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));

    // TRANSLATORS: box around the criterion's note (what the team wants to remember about it)
    auto* note_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Note"));
    m_note = new wxTextCtrl(note_box->GetStaticBox(), wxID_ANY, Wx(m_session.Note(m_node)), wxDefaultPosition,
                            wxDefaultSize, wxTE_MULTILINE | wxTE_WORDWRAP);
    m_note->SetName("note");
    // TRANSLATORS: hint in the empty note field
    m_note->SetHint(_("What backs this answer, who to ask, what is still missing"));
    m_note->SetInitialSize(wxSize(-1, m_note->GetCharHeight() * 4 + FromDIP(10)));
    m_note->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        m_note_dirty = true;
        m_note_timer.StartOnce(kNoteDelayMs);
    });
    m_note->Bind(wxEVT_KILL_FOCUS, &NodePage::OnNoteKillFocus, this);
    note_box->Add(m_note, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(note_box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
}

void NodePage::BuildGroup(wxSizer* sizer) {
    const core::Form& form = m_session.Form();
    const core::FormNode& node = form.Node(m_node);
    const core::NodeScore& score = m_session.Report().nodes[static_cast<std::size_t>(m_node)];
    const std::string path = NodePath(form, m_node);
    if (!path.empty()) {
        auto* path_text = AddWrap(sizer, Wx(path), "group_path", -1);
        path_text->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    }
    AddWrap(sizer, Wx(node.code) + "   " + Wx(NodeTitle(form, node)), "group_title", 3, true);
    wxString summary;
    // TRANSLATORS: score of a group of the LKE, e.g. "Score 3,25 of weight 4,00"
    summary << wxString::Format(_("Score %s"), Wx(ScoreText(node, score)));
    // TRANSLATORS: "12 of 15 criteria answered"
    summary << L"   \u00b7   " << wxString::Format(_("%d of %d criteria answered"), score.answered, score.criteria);
    AddWrap(sizer, summary, "group_summary", 1);

    m_children = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                        wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES);
    m_children->SetName("group_children");
    // TRANSLATORS: column header
    m_children->AppendTextColumn(_("Code"), wxDATAVIEW_CELL_INERT, FromDIP(90));
    // TRANSLATORS: column header
    auto* title = m_children->AppendTextColumn(_("Name"), wxDATAVIEW_CELL_INERT, FromDIP(360));
    title->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    // TRANSLATORS: column header: answered criteria
    m_children->AppendTextColumn(_("Answered"), wxDATAVIEW_CELL_INERT, FromDIP(80), wxALIGN_CENTER);
    // TRANSLATORS: column header
    m_children->AppendTextColumn(_("Score"), wxDATAVIEW_CELL_INERT, FromDIP(110), wxALIGN_RIGHT);
    std::vector<int> rows;
    for (const int child : node.children) {
        const core::FormNode& child_node = form.Node(child);
        const core::NodeScore& child_score = m_session.Report().nodes[static_cast<std::size_t>(child)];
        wxVector<wxVariant> values;
        values.push_back(Wx(child_node.code));
        values.push_back(Wx(NodeTitle(form, child_node)));
        values.push_back(wxString::Format("%d/%d", child_score.answered, child_score.criteria));
        values.push_back(Wx(ScoreText(child_node, child_score)));
        m_children->AppendItem(values);
        rows.push_back(child);
    }
    const int row_height = m_children->GetCharHeight() + FromDIP(10);
    m_children->SetInitialSize(wxSize(-1, row_height * (static_cast<int>(std::min<std::size_t>(rows.size(), 14)) + 2)));
    m_children->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this, rows](wxDataViewEvent& event) {
        const int row = m_children->ItemToRow(event.GetItem());
        if (row >= 0 && static_cast<std::size_t>(row) < rows.size()) {
            const int target = rows[static_cast<std::size_t>(row)];
            CallAfter([this, target] { m_hooks.select(target); });
        }
    });
    sizer->Add(m_children, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    // TRANSLATORS: hint under the list of a group's parts
    auto* hint = AddWrap(sizer, _("Double-click a row (or press Enter) to open it."), "group_hint", -1);
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
}

bool NodePage::RefreshCriterionState() {
    if (m_node < 0 || !m_session.Form().Node(m_node).IsCriterion()) {
        return false;
    }
    const auto& criteria = m_session.Form().Criteria();
    const auto position = std::find(criteria.begin(), criteria.end(), m_node) - criteria.begin() + 1;
    if (m_position == nullptr) {
        return false;
    }
    // TRANSLATORS: "Criterion 12 of 113"
    return m_position->SetText(
        wxString::Format(_("Criterion %d of %d"), static_cast<int>(position), static_cast<int>(criteria.size())));
}

void NodePage::CommitAnswer(const std::optional<core::Answer>& answer) {
    try {
        m_session.SetAnswer(m_node, answer);
    } catch (const core::UserError& error) {
        if (m_editor != nullptr) {
            m_editor->ShowProblem(Wx(error.what()));
        }
    }
}

void NodePage::CommitNote() {
    m_note_timer.Stop();
    if (!m_note_dirty || m_note == nullptr) {
        return;
    }
    m_note_dirty = false;
    try {
        m_session.SetNote(m_node, Utf8(m_note->GetValue()));
    } catch (const core::UserError& error) {
        ShowMessage(Wx(error.what()), _("The note was not saved"), wxOK | wxICON_WARNING, this);
    }
}

void NodePage::CommitPending() {
    if (m_editor != nullptr) {
        m_editor->CommitPending();
    }
    CommitNote();
}

void NodePage::FocusAnswer() {
    if (m_editor != nullptr) {
        m_editor->FocusFirst();
    } else if (m_desk != nullptr) {
        m_desk->FocusAnswer();
    } else if (m_children != nullptr) {
        m_children->SetFocus();
    }
}

void NodePage::OnSessionChange(const SessionChange& change) {
    if (m_node < 0) {
        return;
    }
    if (!m_session.Form().Node(m_node).IsCriterion()) {
        // A group page lists scores of what is below it: rebuild when one of them changed.
        if (change.kind == SessionChange::Kind::Answer) {
            for (int i = change.node; i >= 0; i = m_session.Form().Node(i).parent) {
                if (i == m_node) {
                    Build();
                    break;
                }
            }
        }
        return;
    }
    if (change.node != m_node && change.node >= 0) {
        return;
    }
    // An answer changes a few texts in place: the page is laid out again (every control resized,
    // the whole window repainted) only when one of them needs another size.
    bool relayout = change.kind != SessionChange::Kind::Answer;
    if (change.kind == SessionChange::Kind::Answer) {
        if (m_editor != nullptr && m_editor->ShowsStaleChoice()) {
            // A toolkit radio button cannot be unchecked: a fresh editor shows "no answer". After
            // the current handler, which may belong to a control of the old editor.
            const int node = m_node;
            CallAfter([this, node] {
                if (node == m_node) {
                    RebuildEditor();
                }
            });
        } else if (m_editor != nullptr) {
            relayout = m_editor->ShowState() || relayout;
        }
        const wxString note = Wx(m_session.Note(m_node));
        if (m_note != nullptr && !m_note_dirty && m_note->GetValue() != note) {
            m_note->ChangeValue(note);
        }
    }
    if (RefreshCriterionState() || relayout) {
        Layout();
        FitInside();
    }
}

void NodePage::RebuildEditor() {
    if (m_editor == nullptr) {
        return;
    }
    Freeze();
    AnswerEditor* old = m_editor;
    m_editor = CreateAnswerEditor(
        old->GetParent(), m_session, m_node,
        [this](const std::optional<core::Answer>& answer) { CommitAnswer(answer); }, EditorWidth());
    old->GetContainingSizer()->Replace(old, m_editor);
    old->Destroy();
    m_wrap_width = -1;
    RewrapAll();
    Thaw();
}

int NodePage::TextWidth() const {
    return GetClientSize().x - FromDIP(24);
}

int NodePage::EditorWidth() const {
    const int width = TextWidth();
    return width > FromDIP(50) ? width - FromDIP(40) : -1;
}

void NodePage::RewrapAll() {
    const int width = TextWidth();
    if (width <= FromDIP(50) || width == m_wrap_width) {
        return;
    }
    m_wrap_width = width;
    for (auto* wrap : m_wraps) {
        wrap->Rewrap(wrap->GetParent() == this ? width : width - FromDIP(20));
    }
    if (m_editor != nullptr) {
        m_editor->Rewrap(EditorWidth());
    }
    if (m_desk != nullptr) {
        m_desk->Rewrap(width);
    }
    if (m_notice != nullptr) {
        m_notice->Rewrap(width);
    }
    Layout();
    FitInside();
}

}  // namespace ziwb::gui
