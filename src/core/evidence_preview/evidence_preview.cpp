// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_preview/evidence_preview.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <span>
#include <string>

#include "common/platform.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/evidence_projection.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

PreviewPicture::Encoding EncodingOf(const EvidenceItem& item) {
    if (item.media_type == "image/jpeg") {
        return PreviewPicture::Encoding::Jpeg;
    }
    if (item.media_type == "image/png") {
        return PreviewPicture::Encoding::Png;
    }
    return PreviewPicture::Encoding::None;
}

}  // namespace

PreviewPicture EvidencePreview(Workspace& workspace, const EvidenceItem& item) {
    const bool pdf = item.media_type == "application/pdf";
    const PreviewPicture::Encoding image = EncodingOf(item);
    if (item.kind != "file" || !item.received || item.size > kMaxPreviewBytes ||
        (!pdf && image == PreviewPicture::Encoding::None)) {
        return {};
    }
    std::string content;
    std::string actual;
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Statement query(db, "SELECT id FROM blob WHERE sha256 = ?");
        query.bind(1, item.sha256);
        if (!query.executeStep() || !BlobReceived(db, item.sha256)) {
            return;
        }
        content.reserve(static_cast<std::size_t>(item.size));
        actual = ReadBlob(db, query.getColumn(0).getInt64(), [&](std::span<const std::byte> bytes) {
            if (content.size() + bytes.size() <= kMaxPreviewBytes) {
                content.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
            }
        });
    });
    if (actual.empty() || actual != item.sha256) {
        return {};
    }
    if (pdf) {
        return ScannedFirstPage(content);
    }
    PreviewPicture picture;
    picture.encoding = image;
    picture.bytes = std::move(content);
    return picture;
}

}  // namespace ziwb::core
