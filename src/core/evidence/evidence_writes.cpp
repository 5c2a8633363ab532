// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_writes.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>

namespace ziwb::core {

void AddFiledEvidenceWrites(ChangeDraft& draft, const std::string& uid, const std::string& title,
                            const std::string& document_date, const StoredBlob& blob, const CheckedFile& file,
                            const std::string& criterion, int line) {
    const std::string item = "evidence/" + uid;
    draft.writes.emplace_back(item, nlohmann::json{{"kind", "file"},
                                                   {"title", title},
                                                   {"description", ""},
                                                   {"document_date", document_date},
                                                   {"url", ""},
                                                   {"removed", false}});
    draft.writes.emplace_back(item + "/file", nlohmann::json{{"sha256", blob.sha256},
                                                             {"size", static_cast<std::int64_t>(blob.size)},
                                                             {"file_name", file.file_name},
                                                             {"media_type", file.media_type}});
    if (criterion.empty()) {
        return;
    }
    draft.writes.emplace_back(item + "/criterion/" + criterion, true);
    if (line > 0) {
        draft.writes.emplace_back("attach/form:" + criterion + ":" + std::to_string(line) + "/" + uid, true);
    }
}

}  // namespace ziwb::core
