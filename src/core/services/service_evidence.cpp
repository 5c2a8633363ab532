// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/service_evidence.hpp"

#include <SQLiteCpp/Database.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/progress.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/evidence_files.hpp"
#include "evidence/evidence_projection.hpp"
#include "evidence/evidence_vault.hpp"
#include "evidence/evidence_writes.hpp"
#include "log/ids.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

FiledDocument FileServiceDocument(Workspace& workspace, const std::string& document_id,
                                  const std::filesystem::path& file, const std::string& title, const std::string& date,
                                  const std::string& author) {
    const auto& mapped = workspace.FormInUse().Documents();
    const auto mapping = std::find_if(mapped.begin(), mapped.end(), [&](const FormDocument& document) {
        return document.template_id == document_id;
    });
    if (mapping == mapped.end()) {
        throw UserError(Format(Tr("this workspace's form does not say which criterion a '{0}' backs; it was made "
                                  "with an older form"),
                               {OneLine(document_id)}));
    }
    CheckDocumentDate(date);
    CheckUserText(title, Tr("the title"), kTitleLimit);
    CheckUserText(author, Tr("the author"), kNameLimit);
    const CheckedFile checked = CheckEvidenceFile(file, EvidenceLimits{});
    CheckEvidenceFileName(checked.file_name);
    FiledDocument filed{0, mapping->criterion, mapping->line};
    const std::string uid = NewUid();
    NoProgress progress;
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "evidence.add";
            draft.layer = "unit";
            draft.action = "add";
            draft.summary = Format(Tr("Evidence filed for {0}: {1}"), {mapping->criterion, title});
            const StoredBlob blob = StoreBlob(db, checked.path, progress, 0, checked.size);
            AddFiledEvidenceWrites(draft, uid, title, date, blob, checked, mapping->criterion, mapping->line);
            return draft;
        },
        author);
    filed.evidence_id = GuardSqlite(PathToUtf8(workspace.Path()),
                                    [&] { return LocalEvidenceId(workspace.Database(), uid).value_or(0); });
    return filed;
}

}  // namespace ziwb::core
