// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "log/change_log.hpp"

namespace ziwb::core {

class Workspace;

/// What a receiving copy already holds, as the sender's `--since` takes it: the heads of its log
/// joined by '+' (`ziwb exchange mark`).
[[nodiscard]] std::string ExchangeMark(Workspace& workspace);
/// A mark standing for "the receiver holds every entry of another layer than `layer` that this copy
/// holds": what an evaluator knows of the unit, whose entries are the only ones of other layers in
/// the evaluator's copy. With it, `only_layer` sends the evaluator's review alone without asking
/// the unit for its mark. Empty when this copy has no entry of another layer.
[[nodiscard]] std::string MarkOfOtherLayers(Workspace& workspace, const std::string& layer);

/// The SHA-256 of every file `entry` names (evidence files, the letterhead's logo): the files that
/// travel with it.
void FilesNamedBy(const LogEntry& entry, std::set<std::string>& files);

struct ExportSummary {
    std::size_t entries = 0;
    std::size_t files = 0;
    std::uintmax_t bytes = 0;
};

/// What an export with the same arguments would write, without writing it: the preview of
/// "send changes".
struct ExportPlan {
    std::vector<std::string> entries;  ///< "time, author: summary" of each entry, in log order
    std::size_t files = 0;             ///< evidence files that would travel with them
    std::uintmax_t file_bytes = 0;
};
[[nodiscard]] ExportPlan PlanExport(Workspace& workspace, const std::optional<std::string>& since,
                                    bool with_evidence = true,
                                    const std::optional<std::string>& only_layer = std::nullopt);

/// Writes the entries the receiver lacks (all, or those not already behind `since`) to `out`, a
/// new file (never replacing one). The format is docs/log-format.md's exchange file.
/// With `with_evidence`, the files the exported entries name travel with them (by SHA-256).
/// With `only_layer`, only that layer's entries go (an evaluator sends back their review alone);
/// refused when one of them follows an entry of another layer the receiver does not hold, as the
/// receiver could not apply it.
ExportSummary ExportChanges(Workspace& workspace, const std::filesystem::path& out,
                            const std::optional<std::string>& since, bool with_evidence = true,
                            const std::optional<std::string>& only_layer = std::nullopt);

/// One entry as received, checked for hash and signature but not yet applied.
struct ReceivedEntry {
    StoredEntry stored;
    LogEntry entry;
};

/// The content of an evidence file that travels with the entries naming it.
struct ReceivedBlob {
    std::string sha256;
    std::string bytes;
};

struct ExchangeContent {
    std::vector<ReceivedEntry> entries;
    std::vector<ReceivedBlob> blobs;
};

/// Reads an exchange file strictly: its header, every entry's framing, hash, format and signature,
/// and the checksum at its end (a truncated or edited file is refused). Throws UserError naming the
/// entry and the reason.
[[nodiscard]] ExchangeContent ReadExchange(const std::filesystem::path& file, const std::string& expected_workspace_id);
/// The entries of ReadExchange (for a preview).
[[nodiscard]] std::vector<ReceivedEntry> ReadExchangeFile(const std::filesystem::path& file,
                                                          const std::string& expected_workspace_id);

/// The first received entry whose signature does not hold (checked on every core), or nothing.
[[nodiscard]] std::optional<std::size_t> FirstBadSignature(const std::vector<ReceivedEntry>& entries);

struct ImportSummary {
    std::size_t received = 0;
    std::size_t already_held = 0;
    std::vector<std::string> applied;  ///< "time, author: summary" of each new entry, in the order applied
    std::vector<Conflict> conflicts;   ///< after the import
    std::size_t files_received = 0;    ///< evidence files that arrived with the entries
    std::size_t files_missing = 0;     ///< named by entries here but not received yet
};

/// Applies the entries this copy lacks, in an order where each follows its parents, in one
/// transaction: each is checked against the form and the team register first, and the first that
/// fails refuses them all (UserError), with nothing applied. `dry_run` reports without applying.
ImportSummary ImportEntries(Workspace& workspace, const std::vector<ReceivedEntry>& entries, bool dry_run,
                            const std::vector<ReceivedBlob>& blobs = {});

/// Everything of another copy of the same assessment that this one lacks (`ziwb merge`).
ImportSummary MergeCopy(Workspace& workspace, const std::filesystem::path& other, bool dry_run);

}  // namespace ziwb::core
