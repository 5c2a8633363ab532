// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// What filing a document as evidence did.
struct FiledDocument {
    std::int64_t evidence_id = 0;
    std::string criterion;  ///< where the form's <documents> maps the document
    int line = 0;           ///< the evidence line ticked (0: none)
};

/// Files `file` (a signed scan, or a report ZI Workbench made) as evidence of the criterion the
/// form's <documents> maps `document_id` to, ticking that evidence line, in one entry. Throws
/// UserError, with nothing changed, when the form maps no such document or the file is not
/// acceptable evidence.
FiledDocument FileServiceDocument(Workspace& workspace, const std::string& document_id,
                                  const std::filesystem::path& file, const std::string& title, const std::string& date,
                                  const std::string& author);

}  // namespace ziwb::core
