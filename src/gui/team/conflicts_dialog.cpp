// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/conflicts_dialog.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/error.hpp"
#include "common/text.hpp"
#include "exchange/conflicts.hpp"
#include "log/projection.hpp"
#include "session/workspace_session.hpp"
#include "util/shown_time.hpp"
#include "util/user_action.hpp"
#include "util/wx_text.hpp"
#include "workspace/prerequisites.hpp"

namespace ziwb::gui {

namespace {

/// Writes `version` again as the coordinator's choice. Answers of the unit go through the session
/// (undoable, shown at once); evaluator answers and prerequisites through the core's own writes.
void Resolve(WorkspaceSession& session, const core::ConflictView& conflict, const core::ConflictVersion& version) {
    const core::RegisterKey key = core::SplitRegisterKey(conflict.key);
    const nlohmann::json& value = version.value;
    if (key.family == "answer") {
        WorkspaceSession::CriterionState state;
        if (!value.is_null()) {
            if (value.at("value").is_string()) {
                state.value = value.at("value").get<std::string>();
            }
            state.note = value.at("note").get<std::string>();
        }
        const int node = session.Form().Find(key.name);
        if (node < 0) {
            // TRANSLATORS: a conflict about a criterion the form does not have; %s is its code
            throw core::UserError(Utf8(wxString::Format(_("%s is not a criterion of this form."), Wx(key.name))));
        }
        if (key.layer == "unit") {
            session.ResolveConflict(node, std::move(state));
            return;
        }
        core::AnswerChange change;
        change.code = key.name;
        if (state.value) {
            const auto& criterion = core::RequireCriterion(session.Form(), key.name);
            change.answer = core::ParseAnswer(session.Form(), criterion, *state.value);
        } else {
            change.clear = true;
        }
        change.note = state.note;
        session.Workspace().Apply(core::ParseLayer(session.Workspace().FormInUse(), key.layer), {change},
                                  core::DefaultAuthor(), "resolve");
        return;
    }
    if (key.family == "prerequisite") {
        std::optional<bool> met;
        std::string note;
        if (!value.is_null()) {
            met = value.at("met").get<bool>();
            note = value.value("note", "");
        }
        core::SetPrerequisite(session.Workspace(), key.name, met, note, core::DefaultAuthor());
        return;
    }
    // TRANSLATORS: a conflict of the unit's details or the team register is resolved in its own dialog
    throw core::UserError(
        Utf8(_("Change this item once more where it is edited (Unit Details or Team Register): "
               "that resolves the conflict.")));
}

class ConflictsDialog final : public wxDialog {
public:
    ConflictsDialog(wxWindow* parent, WorkspaceSession& session)
        : wxDialog(parent, wxID_ANY, _("Conflicts"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
          m_session(session) {
        SetName("conflicts_dialog");
        const int border = FromDIP(12);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        // TRANSLATORS: explanation at the top of the conflicts dialog
        auto* intro = new wxStaticText(this, wxID_ANY,
                                       _("Two copies changed these items differently. Every version is kept; the "
                                         "one marked * is shown now. Choose the version that stands: it is written "
                                         "again as the coordinator's decision."));
        intro->Wrap(FromDIP(760));
        sizer->Add(intro, wxSizerFlags().Border(wxALL, border));
        m_list =
            new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(780, 300)), wxLC_REPORT | wxLC_SINGLE_SEL);
        m_list->SetName("conflicts_list");
        // TRANSLATORS: columns of the conflicts dialog
        for (const wxString& column : {_("Item"), _("Author"), _("Time"), _("Value")}) {
            m_list->AppendColumn(column);
        }
        sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
        // TRANSLATORS: button of the conflicts dialog
        auto* choose = new wxButton(this, wxID_ANY, _("&Keep This Version"));
        choose->SetName("conflicts_choose");
        choose->Bind(wxEVT_BUTTON,
                     [this](wxCommandEvent&) { RunUserAction(this, _("Conflicts"), [this] { ChooseSelected(); }); });
        sizer->Add(choose, wxSizerFlags().Border(wxALL, border));
        sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border(wxALL));
        SetEscapeId(wxID_CLOSE);
        SetSizerAndFit(sizer);
        Fill();
    }

    [[nodiscard]] bool Resolved() const { return m_resolved; }

private:
    struct Row {
        std::size_t conflict;
        std::size_t version;
    };

    void Fill() {
        m_conflicts = core::ListConflicts(m_session.Workspace());
        m_rows.clear();
        m_list->DeleteAllItems();
        for (std::size_t c = 0; c < m_conflicts.size(); ++c) {
            const auto& conflict = m_conflicts[c];
            for (std::size_t v = 0; v < conflict.versions.size(); ++v) {
                const auto& version = conflict.versions[v];
                const long row =
                    m_list->InsertItem(m_list->GetItemCount(), (version.shown ? "* " : "  ") + Wx(conflict.label));
                m_list->SetItem(row, 1, Wx(version.author));
                m_list->SetItem(row, 2, ShownTime(version.time));
                m_list->SetItem(row, 3, Wx(version.value_text));
                m_rows.push_back({c, v});
            }
        }
        if (m_conflicts.empty()) {
            // TRANSLATORS: the conflicts dialog when there are none
            m_list->InsertItem(0, _("No conflicts: every item has one version."));
        }
        for (int column = 0; column < m_list->GetColumnCount(); ++column) {
            m_list->SetColumnWidth(column, wxLIST_AUTOSIZE);
        }
    }

    void ChooseSelected() {
        const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size()) {
            return;
        }
        const Row chosen = m_rows[static_cast<std::size_t>(row)];
        const auto& conflict = m_conflicts[chosen.conflict];
        Resolve(m_session, conflict, conflict.versions[chosen.version]);
        m_resolved = true;
        Fill();
    }

    WorkspaceSession& m_session;
    std::vector<core::ConflictView> m_conflicts;
    std::vector<Row> m_rows;
    wxListCtrl* m_list = nullptr;
    bool m_resolved = false;
};

}  // namespace

bool ShowConflictsDialog(wxWindow* parent, WorkspaceSession& session) {
    ConflictsDialog dialog(parent, session);
    dialog.ShowModal();
    return dialog.Resolved();
}

}  // namespace ziwb::gui
