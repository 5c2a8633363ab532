#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "people/signing_key.hpp"

namespace ziwb::core {

/// Who uses this machine's account: the person whose key signs their changes.
struct Identity {
    std::string name;
    std::string nip;
    std::string public_key_hex;
    bool passphrase_protected = false;
    std::string created_at;
};

/// Where the identity lives: $ZIWB_CONFIG_DIR, else $XDG_CONFIG_HOME/ziwb, else ~/.config/ziwb; on
/// Windows %APPDATA%\ZI Workbench. It holds identity.json and identity-key.pem.
[[nodiscard]] std::filesystem::path IdentityFolder();

/// The identity set up on this machine, or nullopt when there is none. A damaged one is a
/// UserError naming the file and how to start again.
[[nodiscard]] std::optional<Identity> LoadIdentity();

/// Makes a key pair and keeps it (the folder readable by the user only, the key file too).
/// Refuses when an identity exists unless `replace`: the old files are then kept beside the new
/// ones with the time in their name, never lost.
Identity CreateIdentity(const std::string& name, const std::string& nip, const std::optional<std::string>& passphrase,
                        bool replace);

/// The private key, opened with the passphrase when it has one. UserError when it is wrong.
[[nodiscard]] SigningKey UnlockIdentity(const std::optional<std::string>& passphrase);

/// A passphrase kept in a file (its first line), for scripts and tests.
[[nodiscard]] std::string ReadPassphraseFile(const std::filesystem::path& file);
/// The passphrase named by $ZIWB_PASSPHRASE_FILE, when set.
[[nodiscard]] std::optional<std::string> PassphraseFromEnvironment();

}  // namespace ziwb::core
