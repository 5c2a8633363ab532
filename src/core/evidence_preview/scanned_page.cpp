// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_preview/scanned_page.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cstddef>
#include <exception>
#include <string>
#include <vector>

namespace ziwb::core {
namespace {

/// The image's filters as names, outermost first ("/DCTDecode"); empty for none.
bool Filters(QPDFObjectHandle dict, std::vector<std::string>& names) {
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isNull()) {
        return true;
    }
    if (filter.isName()) {
        names.push_back(filter.getName());
        return true;
    }
    if (!filter.isArray()) {
        return false;
    }
    for (int i = 0; i < filter.getArrayNItems(); ++i) {
        QPDFObjectHandle name = filter.getArrayItem(i);
        if (!name.isName()) {
            return false;
        }
        names.push_back(name.getName());
    }
    return true;
}

/// 1 for grey, 3 for RGB, 0 for a colour space a preview does not draw.
int Channels(QPDFObjectHandle space) {
    if (space.isName()) {
        const std::string name = space.getName();
        return name == "/DeviceGray" || name == "/CalGray" ? 1 : name == "/DeviceRGB" || name == "/CalRGB" ? 3 : 0;
    }
    // [/ICCBased stream]: the stream's /N says how many components.
    if (space.isArray() && space.getArrayNItems() == 2 && space.getArrayItem(0).isName() &&
        space.getArrayItem(0).getName() == "/ICCBased" && space.getArrayItem(1).isStream()) {
        QPDFObjectHandle n = space.getArrayItem(1).getDict().getKey("/N");
        if (n.isInteger() && (n.getIntValue() == 1 || n.getIntValue() == 3)) {
            return static_cast<int>(n.getIntValue());
        }
    }
    return 0;
}

PreviewPicture Picture(QPDFObjectHandle image) {
    PreviewPicture picture;
    QPDFObjectHandle dict = image.getDict();
    QPDFObjectHandle width = dict.getKey("/Width");
    QPDFObjectHandle height = dict.getKey("/Height");
    if (!width.isInteger() || !height.isInteger() || width.getIntValue() < 1 || height.getIntValue() < 1 ||
        width.getIntValue() > kPreviewLargestSide || height.getIntValue() > kPreviewLargestSide ||
        width.getIntValue() * height.getIntValue() > kPreviewMostPixels) {
        return picture;
    }
    std::vector<std::string> filters;
    if (!Filters(dict, filters)) {
        return picture;
    }
    if (filters.size() == 1 && filters[0] == "/DCTDecode") {
        const auto data = image.getRawStreamData();
        picture.encoding = PreviewPicture::Encoding::Jpeg;
        picture.bytes.assign(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
        return picture;
    }
    const bool flate_or_none = filters.empty() || (filters.size() == 1 && filters[0] == "/FlateDecode");
    QPDFObjectHandle bits = dict.getKey("/BitsPerComponent");
    const int channels = Channels(dict.getKey("/ColorSpace"));
    if (!flate_or_none || !bits.isInteger() || bits.getIntValue() != 8 || channels == 0 ||
        !dict.getKey("/DecodeParms").isNull()) {
        return picture;  // predictors, indexed colours, CMYK, masks: opened outside instead
    }
    const auto w = static_cast<std::size_t>(width.getIntValue());
    const auto h = static_cast<std::size_t>(height.getIntValue());
    const auto data = image.getStreamData(qpdf_dl_generalized);
    if (data->getSize() != w * h * static_cast<std::size_t>(channels)) {
        return picture;
    }
    const auto* in = data->getBuffer();
    picture.bytes.resize(w * h * 3);
    for (std::size_t i = 0; i < w * h; ++i) {
        for (std::size_t c = 0; c < 3; ++c) {
            picture.bytes[i * 3 + c] = static_cast<char>(in[channels == 1 ? i : i * 3 + c]);
        }
    }
    picture.encoding = PreviewPicture::Encoding::Rgb;
    picture.width = static_cast<int>(w);
    picture.height = static_cast<int>(h);
    return picture;
}

}  // namespace

PreviewPicture ScannedFirstPage(std::string_view pdf) {
    PreviewPicture found;
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("evidence", pdf.data(), pdf.size());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(qpdf).getAllPages();
        const int page_count = static_cast<int>(pages.size());
        if (pages.empty()) {
            return found;
        }
        // The largest image of the first page: a scan is one page-sized image (a logo beside it
        // is smaller).
        long long largest = 0;
        QPDFObjectHandle chosen;
        for (auto& [name, image] : pages.front().getImages()) {
            QPDFObjectHandle dict = image.getDict();
            QPDFObjectHandle w = dict.getKey("/Width");
            QPDFObjectHandle h = dict.getKey("/Height");
            if (w.isInteger() && h.isInteger() && w.getIntValue() > 0 && h.getIntValue() > 0 &&
                w.getIntValue() <= kPreviewLargestSide && h.getIntValue() <= kPreviewLargestSide &&
                w.getIntValue() * h.getIntValue() > largest) {
                largest = w.getIntValue() * h.getIntValue();
                chosen = image;
            }
        }
        if (largest > 0) {
            found = Picture(chosen);
        }
        found.pages = page_count;
    } catch (const std::exception&) {
        // qpdf says a file it cannot read by throwing: no preview, which is not an error here.
        found = PreviewPicture{};
    }
    return found;
}

}  // namespace ziwb::core
