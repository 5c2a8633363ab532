// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/digest_ranges.hpp"

#include <openssl/obj_mac.h>

#include <array>
#include <initializer_list>

#include "pdf_signatures/openssl_handles.hpp"

namespace ziwb::core::pdf_signatures {

const EVP_MD* AcceptedDigest(int nid) {
    switch (nid) {
        case NID_sha1: return EVP_sha1();
        case NID_sha224: return EVP_sha224();
        case NID_sha256: return EVP_sha256();
        case NID_sha384: return EVP_sha384();
        case NID_sha512: return EVP_sha512();
        default: return nullptr;
    }
}

std::string DigestName(int nid) {
    switch (nid) {
        case NID_sha1: return "sha1";
        case NID_sha224: return "sha224";
        case NID_sha256: return "sha256";
        case NID_sha384: return "sha384";
        case NID_sha512: return "sha512";
        default: return "unknown";
    }
}

namespace {

std::optional<std::string> Digest(const EVP_MD* digest, std::initializer_list<std::string_view> parts) {
    const MdContextPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), digest, nullptr) != 1) {
        return std::nullopt;
    }
    for (const std::string_view part : parts) {
        if (EVP_DigestUpdate(context.get(), part.data(), part.size()) != 1) {
            return std::nullopt;
        }
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> value{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), value.data(), &length) != 1) {
        return std::nullopt;
    }
    return std::string(reinterpret_cast<const char*>(value.data()), length);
}

}  // namespace

std::optional<std::string> DigestOf(const EVP_MD* digest, std::string_view data) {
    return Digest(digest, {data});
}

std::optional<std::string> DigestOfRanges(const EVP_MD* digest, std::string_view file, const SignedRanges& ranges) {
    return Digest(digest, {file.substr(ranges.first_start, ranges.first_length),
                           file.substr(ranges.second_start, ranges.second_length)});
}

}  // namespace ziwb::core::pdf_signatures
