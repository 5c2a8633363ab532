#include "pdf/pdf_qr.hpp"

#include <qrencode.h>

#include <memory>
#include <string>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

QrMatrix EncodeQr(std::string_view text) {
    if (text.size() > kMaxQrText) {
        throw Error(Format(Tr("a QR code holds at most {0} bytes here, not {1}"),
                           {std::to_string(kMaxQrText), std::to_string(text.size())}));
    }
    // Byte mode over the UTF-8 text: readers show it as it was written (an 8-bit string needs a
    // terminated copy, since libqrencode reads C strings).
    const std::string copy(text);
    const std::unique_ptr<QRcode, QrFree> code(QRcode_encodeString8bit(copy.c_str(), 0, QR_ECLEVEL_M));
    if (!code || code->width <= 0) {
        throw Error(Tr("the QR code of the document could not be made"));
    }
    QrMatrix matrix;
    matrix.size = code->width;
    const auto cells = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
    matrix.dark.resize(cells);
    for (std::size_t i = 0; i < cells; ++i) {
        matrix.dark[i] = (code->data[i] & 1U) != 0;  // bit 0: dark; the other bits say what the module is
    }
    return matrix;
}

}  // namespace ziwb::core
