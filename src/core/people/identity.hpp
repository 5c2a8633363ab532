// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "people/signing_key.hpp"

namespace ziwb::core {

/// Who uses this machine's account: the person whose key signs the changes made here. The private
/// key stays on this machine; the public key is what others record for this person.
struct Identity {
    std::string name;
    std::string nip;             ///< 18 digits, without spaces
    std::string public_key_hex;  ///< 64 lowercase hex digits
    bool passphrase_protected = false;
    std::string created_at;  ///< UTC, e.g. 2026-01-30T10:15:00Z
};

/// Where the identity lives (identity.json and identity-key.pem): $ZIWB_CONFIG_DIR when set (tests,
/// a second identity for a demonstration), else the user's settings folder: $XDG_CONFIG_HOME/ziwb,
/// else ~/.config/ziwb; on Windows %APPDATA%\ZI Workbench. UserError when none can be found.
[[nodiscard]] std::filesystem::path IdentityFolder();

/// Reads identity.json and identity-key.pem from IdentityFolder(); std::nullopt when none is set
/// up. Every field is checked (types, the NIP, the key) and so is the key file, which must hold the
/// recorded public key when it is not encrypted, so a damaged or hand-edited identity is never
/// used to sign: it is a UserError naming the file and how to start again.
[[nodiscard]] std::optional<Identity> LoadIdentity();

/// Creates a key pair and writes both files, the key encrypted with `passphrase` when one is given.
/// The folder is created readable by the user only (0700 on POSIX) and the key file is 0600 from
/// its first byte. Refuses when an identity exists unless `replace`; then the old files are first
/// kept as identity.json.old-<time> and identity-key.pem.old-<time> (a key is never silently lost:
/// changes it signed stay verifiable and it may still be needed). Checks the name (CheckUserText,
/// not empty) and the NIP (CheckNip); the NIP is stored without spaces.
Identity CreateIdentity(const std::string& name, const std::string& nip, const std::optional<std::string>& passphrase,
                        bool replace);

/// The private key, unlocked, after checking that it is the identity's recorded key. Throws
/// UserError when no identity is set up, or when the passphrase is wrong or missing for a
/// protected key (a passphrase given for an unprotected key is not needed and not checked).
[[nodiscard]] SigningKey UnlockIdentity(const std::optional<std::string>& passphrase);

/// The passphrase kept in a file: its first line, without the trailing CR/LF. An unreadable file
/// or an empty first line is a UserError. Lets scripts and tests work without a terminal.
[[nodiscard]] std::string ReadPassphraseFile(const std::filesystem::path& file);

/// The passphrase from the file named by $ZIWB_PASSPHRASE_FILE when it is set, else nullopt.
[[nodiscard]] std::optional<std::string> PassphraseFromEnvironment();

}  // namespace ziwb::core
