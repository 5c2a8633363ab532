// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/signature_text.hpp"

#include "common/text.hpp"

namespace ziwb::core {

namespace {

/// 2026-01-30T03:15:00Z as 2026-01-30 03:15:00 UTC.
std::string TimeText(const std::string& iso) {
    if (iso.size() != 20) {
        return iso;
    }
    return iso.substr(0, 10) + " " + iso.substr(11, 8) + " UTC";
}

std::string SignerText(const SignatureCheck& signature) {
    const CertificateFacts& signer = signature.signer;
    std::string name = signer.common_name.empty() ? signer.organization : signer.common_name;
    if (name.empty()) {
        return Tr("unknown (no certificate could be read)");
    }
    if (!signer.common_name.empty() && !signer.organization.empty()) {
        name += " (" + signer.organization + ")";
    }
    if (!signer.issuer.empty()) {
        name = Format(Tr("{0}, issued by {1}"), {name, signer.issuer});
    }
    return name;
}

std::string TimeSourceText(const SignatureCheck& signature) {
    switch (signature.time_source) {
        case TimeSource::Timestamp: return Format(Tr("timestamp by {0}"), {signature.timestamp_authority});
        case TimeSource::SignedAttribute: return Tr("the signer's clock");
        case TimeSource::PdfEntry: return Tr("the signer's clock, as written in the PDF");
        case TimeSource::None: break;
    }
    return {};
}

Json TextOrNull(const std::string& text) {
    return text.empty() ? Json() : Json(text);
}

}  // namespace

std::string StatusText(SignatureStatus status) {
    switch (status) {
        case SignatureStatus::Valid: return Tr("valid");
        case SignatureStatus::ChainNotChecked: return Tr("valid, certificate chain not checked");
        case SignatureStatus::UnknownCa: return Tr("signed by a certification authority you do not trust");
        case SignatureStatus::CertificateInvalid: return Tr("the signer's certificate is not valid");
        case SignatureStatus::ChangedAfterSigning: return Tr("changed after signing");
        case SignatureStatus::Broken: return Tr("broken signature");
        case SignatureStatus::Unsupported: return Tr("not checked: a kind of signature this program does not know");
        case SignatureStatus::Corrupt: return Tr("corrupt");
    }
    return Tr("corrupt");
}

std::string FileStatusId(const PdfSignatureReport& report) {
    if (report.state == PdfFileState::Unsigned || report.state == PdfFileState::TooLarge) {
        return std::string(FileStateId(report.state));
    }
    return std::string(StatusId(WorstStatus(report)));
}

std::string DescribeSignatures(const PdfSignatureReport& report, const std::string& label) {
    switch (report.state) {
        case PdfFileState::Corrupt:
            return Format(Tr("{0}: {1}: {2}"), {label, StatusText(SignatureStatus::Corrupt), report.problem}) + "\n";
        case PdfFileState::TooLarge: return Format(Tr("{0}: {1}"), {label, report.problem}) + "\n";
        case PdfFileState::Unsigned: return Format(Tr("{0}: no electronic signature"), {label}) + "\n";
        case PdfFileState::Signed: break;
    }
    std::string out = Format(report.signatures.size() == 1 ? Tr("{0}: 1 signature") : Tr("{0}: {1} signatures"),
                             {label, std::to_string(report.signatures.size())}) +
                      "\n";
    for (const auto& signature : report.signatures) {
        out += "  " + std::to_string(signature.index) + ". " +
               (signature.timestamp ? Tr("document timestamp") : Tr("signature")) +
               (signature.field.empty() ? "" : " \"" + signature.field + "\"") + ": " + StatusText(signature.status) +
               "\n";
        if (!signature.problem.empty()) {
            out += "     " + signature.problem + "\n";
        }
        out += "     " + Format(Tr("signer: {0}"), {SignerText(signature)}) + "\n";
        out += "     " +
               (signature.signing_time.empty()
                    ? Tr("time: not given")
                    : Format(Tr("time: {0} ({1})"), {TimeText(signature.signing_time), TimeSourceText(signature)})) +
               "\n";
        if (signature.ranges_read) {
            out +=
                "     " +
                (signature.changed_after_signing ? Tr("changed after signing: yes") : Tr("changed after signing: no")) +
                "\n";
        }
        if (signature.intact && signature.chain == ChainState::NotChecked) {
            out += "     " +
                   Tr("certificate chain: not checked (no trusted root added: 'ziwb pdf trust add ROOT.pem')") + "\n";
        }
    }
    if (report.signatures_skipped > 0) {
        out += "  " + Format(Tr("{0} more signatures not checked"), {std::to_string(report.signatures_skipped)}) + "\n";
    }
    return out;
}

std::string SignatureSummary(const PdfSignatureReport& report) {
    switch (report.state) {
        case PdfFileState::Unsigned: return {};
        case PdfFileState::Corrupt:
            return Format(Tr("signatures: {0} ({1})"), {StatusText(SignatureStatus::Corrupt), report.problem});
        case PdfFileState::TooLarge: return Format(Tr("signatures: {0}"), {report.problem});
        case PdfFileState::Signed: break;
    }
    std::string parts;
    for (const auto& signature : report.signatures) {
        const CertificateFacts& signer = signature.signer;
        std::string who = signer.common_name.empty() ? signer.organization : signer.common_name;
        if (who.empty()) {
            who = "?";
        }
        std::string part = who;
        if (!signature.signing_time.empty()) {
            part += ", " + TimeText(signature.signing_time);
        }
        part += ": " + StatusText(signature.status);
        parts += (parts.empty() ? "" : "; ") + part;
    }
    return Format(Tr("signatures: {0}"), {parts});
}

Json SignatureReportJson(const PdfSignatureReport& report) {
    Json signatures = Json::array();
    for (const auto& signature : report.signatures) {
        const CertificateFacts& signer = signature.signer;
        signatures.push_back({
            {"index", signature.index},
            {"field", signature.field},
            {"kind", signature.timestamp ? "timestamp" : "signature"},
            {"sub_filter", signature.sub_filter},
            {"status", StatusId(signature.status)},
            {"status_text", StatusText(signature.status)},
            {"problem", TextOrNull(signature.problem)},
            {"intact", signature.intact},
            {"digest", TextOrNull(signature.digest)},
            {"signer",
             {{"name", TextOrNull(signer.common_name)},
              {"organization", TextOrNull(signer.organization)},
              {"issuer", TextOrNull(signer.issuer)},
              {"serial", TextOrNull(signer.serial)},
              {"not_before", TextOrNull(signer.not_before)},
              {"not_after", TextOrNull(signer.not_after)},
              {"sha256", TextOrNull(signer.sha256)}}},
            {"signing_time", TextOrNull(signature.signing_time)},
            {"time_source", TimeSourceId(signature.time_source)},
            {"timestamp_authority", TextOrNull(signature.timestamp_authority)},
            {"chain", ChainId(signature.chain)},
            {"chain_problem", TextOrNull(signature.chain_problem)},
            {"covers_whole_file", signature.covers_whole_file},
            {"changed_after_signing", signature.ranges_read ? Json(signature.changed_after_signing) : Json()},
            {"signed_bytes", signature.signed_bytes},
            {"bytes_after", signature.bytes_after},
            {"signed_by_later", signature.signed_by_later},
            {"pdf",
             {{"name", TextOrNull(signature.pdf_name)},
              {"reason", TextOrNull(signature.reason)},
              {"location", TextOrNull(signature.location)}}},
        });
    }
    return {{"state", FileStateId(report.state)},
            {"status", FileStatusId(report)},
            {"problem", TextOrNull(report.problem)},
            {"size", report.size},
            {"signatures", signatures},
            {"signatures_skipped", report.signatures_skipped}};
}

}  // namespace ziwb::core
