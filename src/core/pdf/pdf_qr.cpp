// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdf_qr.hpp"

#include <qrcodegen.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {

QrMatrix EncodeQr(std::string_view text) {
    if (text.size() > kMaxQrText) {
        throw Error(Format(Tr("a QR code holds at most {0} bytes here, not {1}"),
                           {std::to_string(kMaxQrText), std::to_string(text.size())}));
    }
    // Byte mode over the UTF-8 text: readers show it as it was written. Level M exactly (no boost),
    // the smallest version that holds it, the mask the library judges best.
    const std::vector<std::uint8_t> bytes(text.begin(), text.end());
    const std::vector<qrcodegen::QrSegment> segments{qrcodegen::QrSegment::makeBytes(bytes)};
    QrMatrix matrix;
    try {
        const auto code = qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::MEDIUM, 1, 40, -1, false);
        matrix.size = code.getSize();
        matrix.dark.resize(static_cast<std::size_t>(matrix.size) * static_cast<std::size_t>(matrix.size));
        for (int row = 0; row < matrix.size; ++row) {
            for (int column = 0; column < matrix.size; ++column) {
                matrix.dark[static_cast<std::size_t>(row) * static_cast<std::size_t>(matrix.size) +
                            static_cast<std::size_t>(column)] = code.getModule(column, row);
            }
        }
    } catch (const std::length_error&) {
        throw Error(Tr("the QR code of the document could not be made"));
    }
    return matrix;
}

}  // namespace ziwb::core
