// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "evidence/blob_store.hpp"
#include "evidence/evidence_files.hpp"
#include "log/change_log.hpp"

namespace ziwb::core {

/// Adds to `draft` the writes that make a stored file a new evidence item (evidence/<uid> and its
/// file) backing `criterion` (none when empty) and ticking that criterion's form evidence line
/// `line` (none when 0): what filing a signed scan or a report ZI Workbench made comes to, in
/// whichever entry files it (docs/log-format.md).
void AddFiledEvidenceWrites(ChangeDraft& draft, const std::string& uid, const std::string& title,
                            const std::string& document_date, const StoredBlob& blob, const CheckedFile& file,
                            const std::string& criterion, int line);

}  // namespace ziwb::core
