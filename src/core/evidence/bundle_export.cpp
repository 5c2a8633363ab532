#include "evidence/bundle_export.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

/// A name that is safe as one path component on Linux and Windows; Unicode stays.
std::string SafeName(std::string name) {
    for (char& c : name) {
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|' ||
            static_cast<unsigned char>(c) < 0x20) {
            c = '_';
        }
    }
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) {
        name.pop_back();
    }
    return name.empty() ? "_" : name;
}

std::string Csv(const std::string& field) {
    if (field.find_first_of(",\"\n\r") == std::string::npos) {
        return field;
    }
    std::string quoted = "\"";
    for (const char c : field) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

std::string Html(const std::string& text) {
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
    return SafeName(area->code + " " + area->name) + "/" + SafeName(criterion.code) + "/" +
           SafeName(std::to_string(item.id) + "-" + item.file_name);
}

BundleReport ExportEvidenceBundle(Workspace& workspace, const std::filesystem::path& folder, ProgressSink& progress) {
    RefuseDeviceName(folder);
    std::error_code error;
    if (std::filesystem::exists(folder, error) && !std::filesystem::is_empty(folder, error)) {
        throw UserError(Format(Tr("{0} already exists and is not empty: choose a new folder"), {PathToUtf8(folder)}));
    }
    std::filesystem::create_directories(folder, error);
    if (error) {
        throw UserError(Format(Tr("cannot create {0}: {1}"), {PathToUtf8(folder), error.message()}));
    }
    const Form& form = workspace.GetForm();
    EvidenceVault vault(workspace);
    const auto items = vault.List();
    std::uint64_t total = 0;
    for (const auto& item : items) {
        total += item.size * item.codes.size();
    }
    BundleReport report;
    std::ofstream csv(folder / "index.csv", std::ios::binary);
    std::ofstream sums(folder / "SHA256SUMS", std::ios::binary);
    std::ofstream html(folder / "index.html", std::ios::binary);
    csv << "\xEF\xBB\xBF"
        << "code,criterion,item,title,kind,file_or_url,sha256,size,document_date,added_by,added_at\n";
    html << "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Bukti dukung - "
         << Html(workspace.Info().unit_name) << "</title><style>body{font-family:sans-serif;margin:2em}"
         << "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}"
         << "th{background:#1f4e79;color:#fff}tr.c td{background:#ddebf7;font-weight:bold}code{font-size:90%}</style>"
         << "</head><body><h1>Bukti dukung LKE Zona Integritas</h1><p>" << Html(workspace.Info().unit_name) << ", "
         << Html(workspace.Info().agency) << " (" << workspace.Info().year
         << "). Periksa keutuhan berkas dengan <code>sha256sum -c SHA256SUMS</code>.</p>"
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
                const std::filesystem::path relative = PathFromUtf8(BundlePath(form, criterion, item));
                std::filesystem::create_directories(folder / relative.parent_path());
                vault.Extract(item.id, 0, folder / relative);
                target = GenericPathToUtf8(relative);
                sums << item.sha256 << "  " << target << "\n";
                html << "<tr><td></td><td>" << Html(item.title) << "</td><td><a href=\"" << UrlPath(target) << "\">"
                     << Html(item.file_name) << "</a></td><td>" << Html(item.document_date) << "</td><td><code>"
                     << item.sha256 << "</code></td></tr>\n";
                report.files += 1;
                done += item.size;
                progress.Report(done, total, item.file_name);
                if (progress.CancelRequested()) {
                    throw Cancelled(Tr("export cancelled; the folder is incomplete"));
                }
            } else {
                target = item.url;
                html << "<tr><td></td><td>" << Html(item.title) << "</td><td><a href=\"" << Html(item.url) << "\">"
                     << Html(item.url) << "</a></td><td>" << Html(item.document_date) << "</td><td></td></tr>\n";
                report.links += 1;
            }
            csv << Csv(criterion.code) << ',' << Csv(criterion.name) << ',' << item.id << ',' << Csv(item.title) << ','
                << item.kind << ',' << Csv(target) << ',' << item.sha256 << ',' << item.size << ','
                << item.document_date << ',' << Csv(item.added_by) << ',' << item.added_at << '\n';
        }
    }
    html << "</table></body></html>\n";
    csv.close();
    sums.close();
    html.close();
    if (!csv || !sums || !html) {
        throw UserError(Format(Tr("cannot write {0}: the disk may be full"), {PathToUtf8(folder)}));
    }
    return report;
}

}  // namespace ziwb::core
