// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

class wxWindow;

namespace ziwb::core {
class Workspace;
}

namespace ziwb::gui {

/// What the person chose in the preview of Send Changes.
struct SendChoice {
    bool with_evidence = true;  ///< the evidence files the entries name travel with them
    /// An evaluator's review alone: core::ExportChanges' only_layer, and the mark (`since`) the
    /// preview's plan was made against, so that the file holds what the preview showed.
    std::optional<std::string> only_layer;
    std::optional<std::string> since;
};

/// Shows what Send Changes would write, from the core's plan (every entry as "time, author:
/// summary", and the evidence files with their size), with the choice to leave the files out (a
/// file too large for e-mail or chat). For an evaluator (`review_layer` set) it offers, checked, to
/// send their layer's entries alone: the unit already holds the rest. Returns the choice when the
/// user chose Save, nothing on Cancel.
[[nodiscard]] std::optional<SendChoice> ShowSendChangesPreview(wxWindow* parent, core::Workspace& workspace,
                                                               const std::optional<std::string>& review_layer);

}  // namespace ziwb::gui
