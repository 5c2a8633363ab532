// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/signature_fields.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <algorithm>
#include <exception>
#include <set>
#include <utility>

#include "common/text.hpp"
#include "common/utf8.hpp"

namespace ziwb::core::pdf_signatures {

namespace {

// Bounds on the walk through the form's field tree, which a hostile file can make deep, wide or
// circular: fields visited, depth, and characters of a field's name.
constexpr std::size_t kMaxFieldsVisited = 20000;
constexpr int kMaxDepth = 32;
constexpr std::size_t kMaxNameBytes = 1000;
constexpr std::size_t kMaxTextBytes = 1000;

std::string Text(QPDFObjectHandle object) {
    if (!object.isString()) {
        return {};
    }
    std::string text = object.getUTF8Value();
    if (text.size() > kMaxTextBytes) {
        text.resize(kMaxTextBytes);
    }
    return OneLine(text);
}

std::string NameOf(QPDFObjectHandle object) {
    if (!object.isName()) {
        return {};
    }
    std::string name = object.getName();
    return name.empty() ? name : name.substr(1);  // without the leading slash
}

SignatureField ReadSignature(QPDFObjectHandle dictionary, std::string field) {
    SignatureField signature;
    signature.field = std::move(field);
    signature.type = NameOf(dictionary.getKey("/Type"));
    signature.sub_filter = NameOf(dictionary.getKey("/SubFilter"));
    if (signature.type.empty()) {
        // /Type is optional in a signature dictionary; a document timestamp says what it is in
        // its /SubFilter.
        signature.type = signature.sub_filter == "ETSI.RFC3161" ? "DocTimeStamp" : "Sig";
    }
    QPDFObjectHandle range = dictionary.getKey("/ByteRange");
    if (range.isArray()) {
        signature.byte_range_integers = true;
        const int count = range.getArrayNItems();
        for (int i = 0; i < count && i < 16; ++i) {
            QPDFObjectHandle item = range.getArrayItem(i);
            if (!item.isInteger()) {
                signature.byte_range_integers = false;
                break;
            }
            signature.byte_range.push_back(item.getIntValue());
        }
        if (count >= 16) {
            signature.byte_range.push_back(0);  // reported as the wrong count, whatever it is
        }
    }
    QPDFObjectHandle contents = dictionary.getKey("/Contents");
    if (contents.isString()) {
        signature.has_contents = true;
        signature.contents = contents.getStringValue();
    }
    signature.pdf_time = Text(dictionary.getKey("/M"));
    signature.name = Text(dictionary.getKey("/Name"));
    signature.reason = Text(dictionary.getKey("/Reason"));
    signature.location = Text(dictionary.getKey("/Location"));
    return signature;
}

struct Pending {
    QPDFObjectHandle node;
    std::string parent_name;
    std::string inherited_type;
    int depth = 0;
};

void Walk(QPDFObjectHandle fields, FieldScan& scan) {
    std::vector<Pending> pending;
    for (auto& field : fields.getArrayAsVector()) {
        pending.push_back({field, {}, {}, 0});
    }
    std::set<QPDFObjGen> visited;
    std::set<QPDFObjGen> signatures_seen;
    std::size_t visits = 0;
    // Depth first, in document order: the stack is filled in reverse.
    std::reverse(pending.begin(), pending.end());
    while (!pending.empty() && visits < kMaxFieldsVisited) {
        Pending current = std::move(pending.back());
        pending.pop_back();
        ++visits;
        QPDFObjectHandle node = current.node;
        if (!node.isDictionary() || current.depth > kMaxDepth) {
            continue;
        }
        if (node.isIndirect() && !visited.insert(node.getObjGen()).second) {
            continue;  // a field reached twice, or a loop of /Kids
        }
        std::string name = current.parent_name;
        if (const std::string partial = Text(node.getKey("/T")); !partial.empty()) {
            if (!name.empty()) {
                name += '.';
            }
            name += partial;
            if (name.size() > kMaxNameBytes) {
                name.resize(kMaxNameBytes);
            }
        }
        std::string type = NameOf(node.getKey("/FT"));
        if (type.empty()) {
            type = current.inherited_type;
        }
        QPDFObjectHandle value = node.getKey("/V");
        if (type == "Sig" && value.isDictionary()) {
            const bool first_time = !value.isIndirect() || signatures_seen.insert(value.getObjGen()).second;
            if (first_time) {
                if (scan.fields.size() < kMaxSignatures) {
                    scan.fields.push_back(ReadSignature(value, name));
                } else {
                    ++scan.skipped;
                }
            }
        }
        QPDFObjectHandle kids = node.getKey("/Kids");
        if (kids.isArray()) {
            // Reversed onto the stack, so that the first child is visited first.
            auto children = kids.getArrayAsVector();
            std::reverse(children.begin(), children.end());
            for (auto& child : children) {
                pending.push_back({child, name, type, current.depth + 1});
            }
        }
    }
}

}  // namespace

FieldScan FindSignatureFields(std::string_view pdf, const std::string& description) {
    FieldScan scan;
    try {
        QPDF qpdf;
        // Damage qpdf can repair (an xref table with wrong offsets) does not matter here: the
        // signatures are checked on the bytes. Its warnings would go to stderr unasked.
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile(description.c_str(), pdf.data(), pdf.size());
        QPDFObjectHandle root = qpdf.getRoot();
        QPDFObjectHandle form = root.isDictionary() ? root.getKey("/AcroForm") : QPDFObjectHandle::newNull();
        QPDFObjectHandle fields = form.isDictionary() ? form.getKey("/Fields") : QPDFObjectHandle::newNull();
        if (fields.isArray()) {
            Walk(fields, scan);
        }
        scan.readable = true;
    } catch (const std::exception& error) {
        // qpdf reports a file it cannot read by throwing (QPDFExc, and std::logic_error or
        // std::bad_alloc on some damage): every one is a property of the file.
        scan = FieldScan{};
        std::string what = error.what();
        if (what.size() > 300) {
            what.resize(300);
        }
        scan.problem = Format(Tr("it cannot be read as a PDF ({0})"), {OneLine(what)});
    }
    return scan;
}

}  // namespace ziwb::core::pdf_signatures
