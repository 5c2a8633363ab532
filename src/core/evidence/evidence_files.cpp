// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_files.hpp"

#include <algorithm>
#include <fstream>
#include <map>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"

namespace ziwb::core {

std::string MediaTypeOf(const std::string& file_name) {
    static const std::map<std::string, std::string> kTypes = {
        {".pdf", "application/pdf"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".png", "image/png"},
        {".gif", "image/gif"},
        {".webp", "image/webp"},
        {".mp4", "video/mp4"},
        {".mov", "video/quicktime"},
        {".mp3", "audio/mpeg"},
        {".txt", "text/plain"},
        {".csv", "text/csv"},
        {".html", "text/html"},
        {".zip", "application/zip"},
        {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {".xls", "application/vnd.ms-excel"},
        {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {".doc", "application/msword"},
        {".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
        {".ppt", "application/vnd.ms-powerpoint"},
        {".odt", "application/vnd.oasis.opendocument.text"},
        {".ods", "application/vnd.oasis.opendocument.spreadsheet"}};
    std::string extension = PathToUtf8(PathFromUtf8(file_name).extension());
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto found = kTypes.find(extension);
    return found == kTypes.end() ? "application/octet-stream" : found->second;
}

CheckedFile CheckEvidenceFile(const std::filesystem::path& path, const EvidenceLimits& limits) {
    const std::string name = PathToUtf8(path);
    std::error_code error;
    const auto link_status = std::filesystem::symlink_status(path, error);
    if (error || !std::filesystem::exists(link_status)) {
        throw UserError(Format(Tr("{0}: no such file"), {name}));
    }
    const auto status = std::filesystem::status(path, error);
    if (error) {
        // A link to itself or a cycle of links ends in ELOOP.
        throw UserError(Format(Tr("{0} is a symbolic link that leads nowhere (a loop or a missing target)"), {name}));
    }
    if (std::filesystem::is_directory(status)) {
        throw UserError(
            Format(Tr("{0} is a folder; to attach a whole folder use 'ziwb evidence import-folder'"), {name}));
    }
    if (!std::filesystem::is_regular_file(status)) {
        throw UserError(
            Format(Tr("{0} is not an ordinary file (a device, pipe or socket) and cannot be attached"), {name}));
    }
    if (!MayRead(path) || !std::ifstream(path, std::ios::binary)) {
        throw UserError(Format(Tr("{0} cannot be read: check that you have permission to read it"), {name}));
    }
    CheckedFile file;
    file.path = path;
    file.size = std::filesystem::file_size(path, error);
    file.file_name = PathToUtf8(path.filename());
    file.media_type = MediaTypeOf(file.file_name);
    if (file.size == 0) {
        throw UserError(Format(Tr("{0} is empty (0 bytes): attach the document itself"), {name}));
    }
    if (file.size > limits.hard_limit) {
        throw UserError(Format(Tr("{0} is {1} MB, above the limit of {2} MB for one file: split it or compress it"),
                               {name, std::to_string(file.size >> 20), std::to_string(limits.hard_limit >> 20)}));
    }
    if (file.media_type == "application/pdf" && file.size > limits.portal_pdf_limit) {
        file.warning = Format(Tr("{0} is {1} MB: the ZI portal accepts PDFs up to 2 MB; compress it before uploading"),
                              {name, FormatNumber(static_cast<double>(file.size) / (1 << 20), 1)});
    }
    return file;
}

void CheckEvidenceUrl(const std::string& url) {
    const auto scheme_end = url.find("://");
    const std::string scheme = scheme_end == std::string::npos ? std::string() : url.substr(0, scheme_end);
    const bool host = scheme_end != std::string::npos && url.size() > scheme_end + 3 && url[scheme_end + 3] != '/';
    if ((scheme != "http" && scheme != "https") || !host || url.find_first_of(" \t\n") != std::string::npos) {
        throw UserError(
            Format(Tr("'{0}' is not a web address: a link starts with http:// or https:// and a host"), {url}));
    }
}

}  // namespace ziwb::core
