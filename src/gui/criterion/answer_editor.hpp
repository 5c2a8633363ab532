// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>
#include <optional>
#include <vector>

#include "scoring/answer.hpp"

class wxRadioButton;
class wxTextCtrl;

namespace ziwb::gui {

class WorkspaceSession;
class WrapText;

/// The control that fits a criterion's answer type. Editors never write themselves: they hand the
/// answer to `commit`, which goes through the session (and so the workspace and the undo history).
class AnswerEditor : public wxPanel {
public:
    using Commit = std::function<void(const std::optional<core::Answer>&)>;
    AnswerEditor(wxWindow* parent, const WorkspaceSession& session, int node, Commit commit);

    /// Shows what the session holds (after an undo, say) without committing anything. True when
    /// the page must lay out again; false when everything changed in place.
    virtual bool ShowState() = 0;
    /// Writes what the user typed but has not committed yet (before moving away).
    virtual void CommitPending() {}
    /// Wraps texts to `width` pixels.
    virtual void Rewrap(int width) = 0;
    /// Puts the keyboard focus on the first control.
    virtual void FocusFirst() = 0;
    /// Whether the editor shows a choice while the criterion has none (it must be rebuilt).
    [[nodiscard]] virtual bool ShowsStaleChoice() const { return false; }
    /// Shows a message about the answer (a refused value) until the next change.
    void ShowProblem(const wxString& message);

protected:
    /// Shows the value or a message under the answer; a problem's text is also the tooltip.
    void ShowResult(const wxString& text, bool problem);
    /// Lays out the page holding the editor again, so a message that grew is not cut off.
    void RelayoutPage();

    const WorkspaceSession& m_session;
    int m_node;
    Commit m_commit;
    WrapText* m_result = nullptr;  ///< the value, or what keeps the item from being scored
};

/// Option choice (Ya/Tidak, A-C, A-D, A-E): one radio button per option with the regulation's
/// description, and a hidden one that is on while no answer is chosen.
class ChoiceEditor final : public AnswerEditor {
public:
    /// With `width` known (> 0), the options are made already wrapped to it.
    ChoiceEditor(wxWindow* parent, const WorkspaceSession& session, int node, Commit commit, int width);
    bool ShowState() override;
    void Rewrap(int width) override;
    void FocusFirst() override;

private:
    /// Whether the options are wrapped to `width` at all.
    [[nodiscard]] bool WrapsAt(int width) const;
    [[nodiscard]] int OptionTextWidth(int width) const;

    std::vector<wxRadioButton*> m_options;
    wxRadioButton* m_none = nullptr;
    std::vector<wxString> m_texts;
    int m_width = -1;
};

/// Count inputs of a percentage item, or the 0-4 index of IPAK/IPKP: the value is computed while
/// typing, and a clear message says why it cannot be (a zero total, a count still empty).
class NumberEditor final : public AnswerEditor {
public:
    NumberEditor(wxWindow* parent, const WorkspaceSession& session, int node, Commit commit);
    ~NumberEditor() override;
    bool ShowState() override;
    void CommitPending() override;
    void Rewrap(int width) override;
    void FocusFirst() override;

private:
    /// The answer the fields hold; empty with `problem` set when a field is not a valid value.
    [[nodiscard]] std::optional<core::Answer> Read(wxString& problem, bool& empty) const;
    void UpdatePreview();
    void OnFieldKillFocus(wxFocusEvent& event);
    std::vector<wxTextCtrl*> m_fields;
    std::vector<WrapText*> m_labels;
    wxTimer m_timer;
    bool m_dirty = false;
};

/// The editor for a criterion's answer type. `width`, when the page knows it (> 0), is what Rewrap
/// would be given: texts are made wrapped to it instead of being measured once long, then again.
[[nodiscard]] AnswerEditor* CreateAnswerEditor(wxWindow* parent, const WorkspaceSession& session, int node,
                                               AnswerEditor::Commit commit, int width = -1);

}  // namespace ziwb::gui
