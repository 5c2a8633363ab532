// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core::pdf_signatures {

/// A signature dictionary as the PDF states it, before anything is checked.
struct SignatureField {
    std::string field;  ///< the form field's full name (Parent.Child)
    std::string type;   ///< "Sig" or "DocTimeStamp"
    std::string sub_filter;
    bool byte_range_integers = false;  ///< the /ByteRange is an array of integers
    std::vector<long long> byte_range;
    bool has_contents = false;
    std::string contents;  ///< /Contents as qpdf decodes the string
    std::string pdf_time;  ///< /M as written (D:20260130101500+07'00')
    std::string name;      ///< /Name, /Reason, /Location as UTF-8
    std::string reason;
    std::string location;
};

/// The signature fields of a PDF, or why it cannot be read.
struct FieldScan {
    bool readable = false;
    std::string problem;  ///< one translated line when !readable
    std::vector<SignatureField> fields;
    std::size_t skipped = 0;  ///< signed fields beyond kMaxSignatures
};

/// More signatures than any document carries; the rest are counted, not checked.
inline constexpr std::size_t kMaxSignatures = 50;

/// Reads the PDF's structure with qpdf and collects every signed signature field of its AcroForm
/// (a field of type /Sig, inherited or its own, with a dictionary as its value), each signature
/// dictionary once. Never throws for anything in the file: a PDF qpdf cannot read is !readable.
[[nodiscard]] FieldScan FindSignatureFields(std::string_view pdf, const std::string& description);

}  // namespace ziwb::core::pdf_signatures
