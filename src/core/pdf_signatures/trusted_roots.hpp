// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "pdf_signatures/signature_report.hpp"

namespace ziwb::core {

/// A root (or intermediate) certificate the user trusts to vouch for signers, e.g. the root of
/// Indonesia's government CA that BSrE's certificates lead to. Kept one file per certificate,
/// named by its SHA-256, in the "trusted-roots" folder of the user's settings (see
/// IdentityFolder(): $ZIWB_CONFIG_DIR, else ~/.config/ziwb, %APPDATA%\ZI Workbench).
struct TrustedRoot {
    std::filesystem::path file;
    CertificateFacts facts;
    bool already_trusted = false;  ///< AddTrustedRoots: it was there before
};

[[nodiscard]] std::filesystem::path TrustedRootsFolder();

/// Adds every certificate of a PEM or DER file. Each must be a CA certificate (basic constraints
/// CA:TRUE, or a self-signed version 1 root). Throws UserError, adding nothing, when the file
/// cannot be read or holds anything else.
std::vector<TrustedRoot> AddTrustedRoots(const std::filesystem::path& file);

/// The roots in the folder; a file there that is not a certificate is named in `problems` (one line
/// each) and left alone.
struct TrustedRootList {
    std::vector<TrustedRoot> roots;
    std::vector<std::string> problems;
};
[[nodiscard]] TrustedRootList ListTrustedRoots();

/// Removes the root whose SHA-256 starts with `fingerprint` (at least 8 hex digits); UserError when
/// none or several match.
TrustedRoot RemoveTrustedRoot(const std::string& fingerprint);

/// The roots a check trusts: the user's, plus those of `extra` files (ziwb pdf verify --trust).
/// Checking a chain needs at least one root; without any, chains are "not checked".
class TrustStore {
public:
    TrustStore();
    TrustStore(TrustStore&&) noexcept;
    TrustStore& operator=(TrustStore&&) noexcept;
    ~TrustStore();
    /// The user's roots and those of `extra`; a damaged file in the folder is skipped (ziwb pdf
    /// trust list names it), a damaged `extra` file is a UserError.
    [[nodiscard]] static TrustStore Load(const std::vector<std::filesystem::path>& extra);
    [[nodiscard]] std::size_t Count() const;

    struct Impl;
    [[nodiscard]] const Impl& Get() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ziwb::core
