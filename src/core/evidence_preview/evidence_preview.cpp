// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_preview/evidence_preview.hpp"

#include <string>

#include "evidence/stored_file.hpp"

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
    StoredFileRead read = ReadStoredFile(workspace, item.sha256, item.size, kMaxPreviewBytes);
    if (read.state != StoredFileRead::State::Whole) {
        return {};
    }
    if (pdf) {
        PreviewPicture scanned = ScannedFirstPage(read.bytes);
        if (scanned.encoding == PreviewPicture::Encoding::None) {
            // Text, drawings, a fax-coded scan, or a file qpdf cannot read: a renderer may draw it.
            scanned.encoding = PreviewPicture::Encoding::Pdf;
        }
        scanned.pdf = std::move(read.bytes);
        return scanned;
    }
    PreviewPicture picture;
    picture.encoding = image;
    picture.bytes = std::move(read.bytes);
    return picture;
}

}  // namespace ziwb::core
