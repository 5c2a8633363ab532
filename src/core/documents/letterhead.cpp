// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/letterhead.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_registers.hpp"
#include "evidence/blob_store.hpp"
#include "pdf/png_pixels.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

// A logo is printed 2 cm wide; a bigger file only makes every document bigger.
constexpr std::uintmax_t kMaxLogoBytes = 2U << 20U;
constexpr double kMaxLogoPixels = 4e6;

struct LogoFile {
    std::string bytes;
    std::string media_type;
};

LogoFile ReadLogo(const std::filesystem::path& path) {
    const std::string shown = PathToUtf8(path);
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        throw UserError(Format(Tr("the logo {0} is not a file that can be read"), {OneLine(shown)}));
    }
    const auto size = std::filesystem::file_size(path, error);
    if (error || size == 0 || size > kMaxLogoBytes) {
        throw UserError(Format(Tr("the logo {0} must be a PNG or JPEG file of at most 2 MiB"), {OneLine(shown)}));
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    LogoFile logo{buffer.str(), {}};
    if (!in || logo.bytes.size() != size) {
        throw UserError(Format(Tr("the logo {0} is not a file that can be read"), {OneLine(shown)}));
    }
    if (logo.bytes.starts_with("\x89PNG\r\n\x1a\n")) {
        // Decoded once now, so that a damaged logo is refused here and not in every document later.
        try {
            (void)DecodePng(logo.bytes, kMaxLogoPixels);
        } catch (const UserError& problem) {
            throw UserError(Format(Tr("the logo {0} cannot be used: {1}"), {OneLine(shown), problem.what()}));
        }
        logo.media_type = "image/png";
    } else if (logo.bytes.starts_with("\xFF\xD8\xFF")) {
        logo.media_type = "image/jpeg";
    } else {
        throw UserError(Format(Tr("the logo {0} must be a PNG or JPEG file of at most 2 MiB"), {OneLine(shown)}));
    }
    return logo;
}

std::string BlobBytes(SQLite::Database& db, const std::string& sha256) {
    SQLite::Statement query(db, "SELECT id FROM blob WHERE sha256 = ? AND (chunks > 0 OR size = 0)");
    query.bind(1, sha256);
    if (!query.executeStep()) {
        return {};  // named by an entry whose file has not arrived: printed without the logo
    }
    std::string bytes;
    const std::string read = ReadBlob(db, query.getColumn(0).getInt64(), [&](std::span<const std::byte> chunk) {
        bytes.append(reinterpret_cast<const char*>(chunk.data()), chunk.size());
    });
    if (read != sha256) {
        throw WorkspaceError(
            Format(Tr("the stored file {0} is damaged; run ziwb evidence verify"), {ShortHash(sha256)}));
    }
    return bytes;
}

}  // namespace

std::optional<Letterhead> LoadLetterhead(Workspace& workspace) {
    if (workspace.SchemaVersion() < kFirstSchemaWithDocuments) {
        return std::nullopt;
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&]() -> std::optional<Letterhead> {
        SQLite::Statement query(workspace.Database(),
                                "SELECT lines, logo_sha256, author, updated_at FROM letterhead WHERE id = 1");
        if (!query.executeStep()) {
            return std::nullopt;
        }
        Letterhead letterhead;
        for (const Json& line : Json::parse(query.getColumn(0).getString())) {
            letterhead.lines.push_back(line.get<std::string>());
        }
        letterhead.logo_sha256 = query.getColumn(1).getString();
        letterhead.author = query.getColumn(2).getString();
        letterhead.updated_at = query.getColumn(3).getString();
        if (!letterhead.logo_sha256.empty()) {
            letterhead.logo = BlobBytes(workspace.Database(), letterhead.logo_sha256);
        }
        return letterhead;
    });
}

void SetLetterhead(Workspace& workspace, const LetterheadChange& change, const std::string& author) {
    if (change.lines.size() > kMaxLetterheadLines) {
        throw UserError(
            Format(Tr("a letterhead has at most {0} lines (--line)"), {std::to_string(kMaxLetterheadLines)}));
    }
    for (const auto& line : change.lines) {
        CheckUserText(line, Tr("a line of the letterhead"), kNameLimit);
        if (line.empty()) {
            throw UserError(Tr("a line of the letterhead (--line) is empty"));
        }
    }
    CheckUserText(author, Tr("the author"), kNameLimit);
    std::optional<LogoFile> logo;
    if (change.logo) {
        logo = ReadLogo(*change.logo);
    }
    const std::optional<Letterhead> current = LoadLetterhead(workspace);
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            Json lines = Json::array();
            for (const auto& line : change.lines.empty() && current ? current->lines : change.lines) {
                lines.push_back(line);
            }
            if (lines.empty()) {
                throw UserError(Tr("give the letterhead's lines with --line (the authority, the unit, the address)"));
            }
            Json logo_value;  // null: no logo
            if (logo) {
                BlobWriter writer(db);
                writer.Write(logo->bytes);
                const StoredBlob blob = writer.Finish();
                logo_value = Json{{"sha256", blob.sha256},
                                  {"size", static_cast<std::int64_t>(blob.size)},
                                  {"media_type", logo->media_type}};
            } else if (!change.remove_logo && current && !current->logo_sha256.empty()) {
                SQLite::Statement query(db, "SELECT size FROM blob WHERE sha256 = ?");
                query.bind(1, current->logo_sha256);
                if (query.executeStep()) {
                    SQLite::Statement type(db, "SELECT logo_type FROM letterhead WHERE id = 1");
                    (void)type.executeStep();
                    logo_value = Json{{"sha256", current->logo_sha256},
                                      {"size", query.getColumn(0).getInt64()},
                                      {"media_type", type.getColumn(0).getString()}};
                }
            }
            ChangeDraft draft;
            draft.kind = "letterhead.set";
            draft.layer = "unit";
            draft.action = "letterhead";
            draft.summary = Tr("Letterhead set");
            draft.writes.emplace_back(kLetterheadKey, Json{{"lines", lines}, {"logo", logo_value}});
            return draft;
        },
        author);
}

}  // namespace ziwb::core
