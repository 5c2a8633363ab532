// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/trusted_roots.hpp"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <system_error>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/safe_file.hpp"
#include "pdf_signatures/certificate_facts.hpp"
#include "pdf_signatures/trust_store_impl.hpp"
#include "people/identity.hpp"

namespace ziwb::core {

namespace fs = std::filesystem;
using pdf_signatures::BioPtr;
using pdf_signatures::X509Ptr;
using pdf_signatures::X509StorePtr;

namespace {

// A file of root certificates is a few KB; a bundle of every root a system trusts is some 200 KB.
constexpr std::uintmax_t kMaxCertificateFileBytes = 4 << 20;
constexpr std::size_t kMaxCertificatesInFile = 500;
constexpr std::string_view kPemCertificate = "-----BEGIN CERTIFICATE-----";

std::string ReadCertificateFile(const fs::path& file) {
    std::error_code error;
    const auto size = fs::file_size(file, error);
    if (error) {
        throw UserError(Format(Tr("cannot read {0}: {1}"), {PathToUtf8(file), error.message()}));
    }
    if (size > kMaxCertificateFileBytes) {
        throw UserError(Format(Tr("{0} is far larger than a certificate file"), {PathToUtf8(file)}));
    }
    std::ifstream in(file, std::ios::binary);
    std::string content(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(content.data(), static_cast<std::streamsize>(content.size()))) {
        throw UserError(Format(Tr("cannot read {0}"), {PathToUtf8(file)}));
    }
    return content;
}

/// The certificates of a PEM file (every CERTIFICATE block) or of one DER certificate; empty
/// when the bytes hold neither.
std::vector<X509Ptr> ParseCertificates(const std::string& content) {
    std::vector<X509Ptr> certificates;
    if (content.find(kPemCertificate) != std::string::npos) {
        const BioPtr bio(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
        while (bio && certificates.size() <= kMaxCertificatesInFile) {
            X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (!certificate) {
                break;
            }
            certificates.push_back(std::move(certificate));
        }
    } else {
        const auto* cursor = reinterpret_cast<const unsigned char*>(content.data());
        X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(content.size())));
        if (certificate) {
            certificates.push_back(std::move(certificate));
        }
    }
    ERR_clear_error();  // the PEM reader ends on "no start line"
    return certificates;
}

std::string ToPem(X509* certificate) {
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1) {
        ERR_clear_error();
        throw Error("OpenSSL: cannot write a certificate as PEM");
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return {data, static_cast<std::size_t>(length)};
}

bool IsCaCertificate(X509* certificate) {
    // 1: CA by basic constraints; 3: a self-signed version 1 certificate (old roots have no
    // extensions); 4 and 5 are CA by key usage or Netscape type. 0 is an end entity.
    return X509_check_ca(certificate) != 0;
}

std::vector<fs::path> PemFiles(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (it->path().extension() == ".pem" && it->is_regular_file(error)) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

fs::path TrustedRootsFolder() {
    return IdentityFolder() / "trusted-roots";
}

std::vector<TrustedRoot> AddTrustedRoots(const fs::path& file) {
    const auto certificates = ParseCertificates(ReadCertificateFile(file));
    if (certificates.empty()) {
        throw UserError(Format(Tr("{0} holds no certificate (PEM or DER)"), {PathToUtf8(file)}));
    }
    if (certificates.size() > kMaxCertificatesInFile) {
        throw UserError(Format(Tr("{0} holds more than {1} certificates"),
                               {PathToUtf8(file), std::to_string(kMaxCertificatesInFile)}));
    }
    std::vector<TrustedRoot> added;
    for (const auto& certificate : certificates) {
        TrustedRoot root;
        root.facts = pdf_signatures::ReadCertificateFacts(certificate.get());
        if (!IsCaCertificate(certificate.get())) {
            throw UserError(
                Format(Tr("{0}: the certificate of {1} is not a certification authority's: add the root of the CA "
                          "that issued it instead"),
                       {PathToUtf8(file), pdf_signatures::DisplayName(root.facts)}));
        }
        added.push_back(std::move(root));
    }
    const fs::path folder = TrustedRootsFolder();
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
        throw UserError(Format(Tr("cannot make the folder {0}: {1}"), {PathToUtf8(folder), error.message()}));
    }
    for (std::size_t i = 0; i < certificates.size(); ++i) {
        TrustedRoot& root = added[i];
        root.file = folder / (root.facts.sha256 + ".pem");
        root.already_trusted = fs::exists(root.file, error);
        if (!root.already_trusted) {
            WriteFileSafely(root.file, ToPem(certificates[i].get()), Overwrite::Refused);
        }
    }
    return added;
}

TrustedRootList ListTrustedRoots() {
    TrustedRootList list;
    for (const auto& file : PemFiles(TrustedRootsFolder())) {
        std::string content;
        try {
            content = ReadCertificateFile(file);
        } catch (const UserError& error) {
            list.problems.emplace_back(OneLine(error.what()));
            continue;
        }
        const auto certificates = ParseCertificates(content);
        if (certificates.size() != 1) {
            list.problems.push_back(
                Format(Tr("{0} is not one certificate: remove it, then add the root again"), {PathToUtf8(file)}));
            continue;
        }
        TrustedRoot root;
        root.file = file;
        root.facts = pdf_signatures::ReadCertificateFacts(certificates.front().get());
        list.roots.push_back(std::move(root));
    }
    return list;
}

TrustedRoot RemoveTrustedRoot(const std::string& fingerprint) {
    std::string prefix;
    for (const char c : fingerprint) {
        if (c != ':') {
            prefix += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (prefix.size() < 8 || prefix.find_first_not_of("0123456789abcdef") != std::string::npos) {
        throw UserError(Format(Tr("'{0}' is not the start of a SHA-256 fingerprint (at least 8 hex digits; see "
                                  "'ziwb pdf trust list')"),
                               {OneLine(fingerprint)}));
    }
    std::vector<TrustedRoot> matches;
    for (auto& root : ListTrustedRoots().roots) {
        if (root.facts.sha256.starts_with(prefix)) {
            matches.push_back(std::move(root));
        }
    }
    if (matches.size() != 1) {
        throw UserError(Format(matches.empty() ? Tr("no trusted root has a fingerprint starting with {0}")
                                               : Tr("several trusted roots have a fingerprint starting with {0}: give "
                                                    "more of it"),
                               {prefix}));
    }
    std::error_code error;
    if (!fs::remove(matches.front().file, error) || error) {
        throw UserError(Format(Tr("cannot remove {0}: {1}"), {PathToUtf8(matches.front().file), error.message()}));
    }
    return matches.front();
}

TrustStore::TrustStore() : m_impl(std::make_unique<Impl>()) {}
TrustStore::TrustStore(TrustStore&&) noexcept = default;
TrustStore& TrustStore::operator=(TrustStore&&) noexcept = default;
TrustStore::~TrustStore() = default;

std::size_t TrustStore::Count() const {
    return m_impl->count;
}

TrustStore TrustStore::Load(const std::vector<fs::path>& extra) {
    TrustStore trust;
    std::vector<X509Ptr> roots;
    for (const auto& file : PemFiles(TrustedRootsFolder())) {
        try {
            for (auto& certificate : ParseCertificates(ReadCertificateFile(file))) {
                roots.push_back(std::move(certificate));
            }
        } catch (const UserError&) {
            // a damaged file in the folder: 'ziwb pdf trust list' names it; the others still count
        }
    }
    for (const auto& file : extra) {
        auto certificates = ParseCertificates(ReadCertificateFile(file));
        if (certificates.empty()) {
            throw UserError(Format(Tr("{0} holds no certificate (PEM or DER)"), {PathToUtf8(file)}));
        }
        for (auto& certificate : certificates) {
            roots.push_back(std::move(certificate));
        }
    }
    if (roots.empty()) {
        return trust;
    }
    trust.m_impl->store.reset(X509_STORE_new());
    if (!trust.m_impl->store) {
        throw Error("OpenSSL: cannot make a certificate store");
    }
    // A user may trust an intermediate (BSrE's own CA) rather than the national root above it.
    X509_STORE_set_flags(trust.m_impl->store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    for (const auto& certificate : roots) {
        // X509_STORE_add_cert takes its own reference; a duplicate is not an error.
        if (X509_STORE_add_cert(trust.m_impl->store.get(), certificate.get()) == 1) {
            ++trust.m_impl->count;
        }
    }
    ERR_clear_error();
    return trust;
}

}  // namespace ziwb::core
