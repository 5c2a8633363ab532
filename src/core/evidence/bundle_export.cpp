// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/bundle_export.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/csv.hpp"
#include "io/safe_file.hpp"

namespace ziwb::core {
namespace {

std::string Html(const std::string& stored) {
    bool repaired = false;
    const std::string text = RepairUtf8(stored, repaired);
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string UrlPath(const std::string& relative) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : relative) {
        if (std::isalnum(c) != 0 || c == '/' || c == '.' || c == '-' || c == '_') {
            out.push_back(static_cast<char>(c));
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

}  // namespace

std::string BundlePath(const Form& form, const FormNode& criterion, const EvidenceItem& item) {
    // Criteria sit in an area; the Hasil items sit directly in a part.
    const int index = form.Find(criterion.code);
    const FormNode* area = form.Ancestor(index, NodeKind::Area);
    if (area == nullptr) {
        area = form.Ancestor(index, NodeKind::Part);
    }
    return (std::filesystem::path(PortableName(area->code + " " + area->name)) / PortableName(criterion.code) /
            PortableName(std::to_string(item.id) + "-" + item.file_name))
        .generic_string();
}

BundleReport ExportEvidenceBundle(Workspace& workspace, const std::filesystem::path& folder, ProgressSink& progress) {
    // Everything is written into a temporary folder beside `folder` and renamed into place at the
    // end: a failed or cancelled export leaves nothing behind.
    RefuseDeviceName(folder);
    SafeFolder staging(folder);
    const std::filesystem::path& root = staging.TemporaryPath();
    const Form& form = workspace.FormInUse();
    EvidenceVault vault(workspace);
    const auto items = vault.List();
    std::uint64_t total = 0;
    for (const auto& item : items) {
        total += item.size * item.codes.size();
    }
    BundleReport report;
    std::ostringstream csv;
    std::ostringstream sums;
    std::ostringstream html;
    csv << "\xEF\xBB\xBF"
        << CsvRecord({"code", "criterion", "item", "title", "kind", "file_or_url", "sha256", "size", "document_date",
                      "added_by", "added_at"});
    html << "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Bukti dukung - "
         << Html(workspace.Info().unit_name) << "</title><style>body{font-family:sans-serif;margin:2em}"
         << "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}"
         << "th{background:#1f4e79;color:#fff}tr.c td{background:#ddebf7;font-weight:bold}code{font-size:90%}</style>"
         << "</head><body><h1>Bukti dukung LKE Zona Integritas</h1><p>" << Html(workspace.Info().unit_name) << ", "
         << Html(workspace.Info().agency) << " (" << workspace.Info().year
         << "). Periksa keutuhan berkas dengan <code>sha256sum -c SHA256SUMS</code>; di Windows, di PowerShell: "
            "<code>Get-FileHash -Algorithm SHA256 NAMA-BERKAS</code>, atau di Command Prompt: <code>certutil "
            "-hashfile NAMA-BERKAS SHA256</code>, lalu bandingkan dengan kolom SHA-256 di bawah.</p>"
         << "<table><tr><th>Kode</th><th>Bukti</th><th>Berkas / tautan</th><th>Tanggal "
            "dokumen</th><th>SHA-256</th></tr>\n";
    std::uint64_t done = 0;
    for (const int index : form.Criteria()) {
        const FormNode& criterion = form.Node(index);
        bool header = false;
        for (const auto& item : items) {
            if (std::find(item.codes.begin(), item.codes.end(), criterion.code) == item.codes.end()) {
                continue;
            }
            if (!header) {
                html << "<tr class=\"c\"><td>" << Html(criterion.code) << "</td><td colspan=\"4\">"
                     << Html(criterion.name) << "</td></tr>\n";
                header = true;
            }
            std::string target;
            if (item.kind == "file") {
                target = BundlePath(form, criterion, item);
                const std::filesystem::path file = ResolveInside(root, target);
                std::filesystem::create_directories(file.parent_path());
                vault.Extract(item.id, 0, file);
                sums << item.sha256 << "  " << target << "\n";
                html << "<tr><td></td><td>" << Html(item.title) << "</td><td><a href=\"" << UrlPath(target) << "\">"
                     << Html(item.file_name) << "</a></td><td>" << Html(item.document_date) << "</td><td><code>"
                     << item.sha256 << "</code></td></tr>\n";
                report.files += 1;
                done += item.size;
                progress.Report(done, total, item.file_name);
                if (progress.CancelRequested()) {
                    throw Cancelled(Tr("export cancelled; nothing was written"));
                }
            } else {
                target = item.url;
                html << "<tr><td></td><td>" << Html(item.title) << "</td><td><a href=\"" << Html(item.url) << "\">"
                     << Html(item.url) << "</a></td><td>" << Html(item.document_date) << "</td><td></td></tr>\n";
                report.links += 1;
            }
            csv << CsvRecord({criterion.code, criterion.name, std::to_string(item.id), item.title, item.kind, target,
                              item.sha256, std::to_string(item.size), item.document_date, item.added_by,
                              item.added_at});
        }
    }
    html << "</table></body></html>\n";
    WriteFileSafely(root / "index.csv", csv.str(), Overwrite::Refused);
    WriteFileSafely(root / "SHA256SUMS", sums.str(), Overwrite::Refused);
    WriteFileSafely(root / "index.html", html.str(), Overwrite::Refused);
    staging.Commit();
    return report;
}

}  // namespace ziwb::core
