// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/signature_report.hpp"

#include <algorithm>

namespace ziwb::core {

std::string_view StatusId(SignatureStatus status) {
    switch (status) {
        case SignatureStatus::Valid: return "valid";
        case SignatureStatus::ChainNotChecked: return "chain-not-checked";
        case SignatureStatus::UnknownCa: return "unknown-ca";
        case SignatureStatus::CertificateInvalid: return "certificate-invalid";
        case SignatureStatus::ChangedAfterSigning: return "changed-after-signing";
        case SignatureStatus::Broken: return "broken";
        case SignatureStatus::Unsupported: return "unsupported";
        case SignatureStatus::Corrupt: return "corrupt";
    }
    return "corrupt";
}

std::string_view ChainId(ChainState chain) {
    switch (chain) {
        case ChainState::NotChecked: return "not-checked";
        case ChainState::Verified: return "verified";
        case ChainState::UnknownCa: return "unknown-ca";
        case ChainState::Invalid: return "invalid";
    }
    return "not-checked";
}

std::string_view TimeSourceId(TimeSource source) {
    switch (source) {
        case TimeSource::None: return "none";
        case TimeSource::Timestamp: return "timestamp";
        case TimeSource::SignedAttribute: return "signed-attribute";
        case TimeSource::PdfEntry: return "pdf";
    }
    return "none";
}

std::string_view FileStateId(PdfFileState state) {
    switch (state) {
        case PdfFileState::Signed: return "signed";
        case PdfFileState::Unsigned: return "unsigned";
        case PdfFileState::Corrupt: return "corrupt";
        case PdfFileState::TooLarge: return "too-large";
    }
    return "corrupt";
}

SignatureStatus WorstStatus(const PdfSignatureReport& report) {
    if (report.state == PdfFileState::Corrupt || report.state == PdfFileState::TooLarge) {
        return SignatureStatus::Corrupt;
    }
    SignatureStatus worst = SignatureStatus::Valid;
    for (const auto& signature : report.signatures) {
        // The enumerators are declared best first.
        worst = std::max(worst, signature.status);
    }
    return worst;
}

bool StatusHolds(SignatureStatus status) {
    return status == SignatureStatus::Valid || status == SignatureStatus::ChainNotChecked;
}

}  // namespace ziwb::core
