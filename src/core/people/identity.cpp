// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/identity.hpp"

#include <chrono>
#include <ctime>
#include <fstream>
#include <iterator>
#include <limits>
#include <system_error>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/json.hpp"
#include "io/safe_file.hpp"
#include "people/nip.hpp"

namespace ziwb::core {

namespace {

namespace fs = std::filesystem;

constexpr const char* kIdentityFile = "identity.json";
constexpr const char* kKeyFile = "identity-key.pem";
// Both files are a few hundred bytes; anything much larger is not ours.
constexpr std::uintmax_t kMaxIdentityBytes = std::uintmax_t{64} * 1024;
constexpr std::uintmax_t kMaxPassphraseFileBytes = std::uintmax_t{64} * 1024;
constexpr std::string_view kEncryptedPemBegin = "-----BEGIN ENCRYPTED PRIVATE KEY-----";
constexpr std::string_view kEncryptedPemEnd = "-----END ENCRYPTED PRIVATE KEY-----";

std::string UtcNow(const char* format) {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    const std::tm parts = UtcCalendarTime(now);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, format, &parts);
    return buffer;
}

/// Whether anything is at `path`, a dangling link included (it must not be overwritten unseen either).
bool Exists(const fs::path& path) {
    std::error_code error;
    return fs::exists(fs::symlink_status(path, error));
}

std::string NoIdentityMessage() {
    return Tr("No key is set up on this machine yet: run ziwb key init --name ... --nip ...");
}

[[noreturn]] void RefuseDamaged(const fs::path& file, const std::string& why) {
    throw UserError(Format(Tr("{0} cannot be used ({1}): set up a new key with ziwb key init --replace --name ... "
                              "--nip ... (the old files are kept beside the new ones)"),
                           {PathToUtf8(file), why}));
}

/// The whole of a file of at most `max_bytes`; nullopt when it is larger.
std::optional<std::string> ReadLimited(const fs::path& file, std::uintmax_t max_bytes, std::error_code& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = std::make_error_code(std::errc::permission_denied);
        if (!Exists(file)) {
            error = std::make_error_code(std::errc::no_such_file_or_directory);
        }
        return std::nullopt;
    }
    std::string content;
    char buffer[4096];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > max_bytes) {
            error = std::make_error_code(std::errc::file_too_large);
            return std::nullopt;
        }
    }
    if (in.bad()) {
        error = std::make_error_code(std::errc::io_error);
        return std::nullopt;
    }
    error.clear();
    return content;
}

/// A file of the identity, or a UserError saying it is damaged.
std::string ReadIdentityFile(const fs::path& file) {
    std::error_code error;
    auto content = ReadLimited(file, kMaxIdentityBytes, error);
    if (!content) {
        RefuseDamaged(file, error == std::errc::file_too_large ? Tr("it is far larger than an identity file")
                                                               : Tr("it cannot be read") + ": " + error.message());
    }
    return *content;
}

const Json& Field(const Json& object, const fs::path& file, const char* name, Json::value_t type) {
    const auto found = object.find(name);
    if (found == object.end() || found->type() != type) {
        RefuseDamaged(file, Format(Tr("its field \"{0}\" is missing or of the wrong type"), {name}));
    }
    return *found;
}

Identity ParseIdentity(const fs::path& file, const std::string& text) {
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        RefuseDamaged(file, Tr("it is not a JSON object"));
    }
    Identity identity;
    identity.name = Field(json, file, "name", Json::value_t::string).get<std::string>();
    identity.nip = Field(json, file, "nip", Json::value_t::string).get<std::string>();
    identity.public_key_hex = Field(json, file, "public_key", Json::value_t::string).get<std::string>();
    identity.passphrase_protected = Field(json, file, "passphrase_protected", Json::value_t::boolean).get<bool>();
    identity.created_at = Field(json, file, "created_at", Json::value_t::string).get<std::string>();
    try {
        CheckUserText(identity.name, "name", kNameLimit);
    } catch (const UserError& error) {
        RefuseDamaged(file, OneLine(error.what()));
    }
    if (identity.name.find_first_not_of(' ') == std::string::npos) {
        RefuseDamaged(file, Tr("its name is empty"));
    }
    if (!IsValidNip(identity.nip) || NormalizeNip(identity.nip) != identity.nip) {
        RefuseDamaged(file, Tr("its NIP is not a valid NIP of 18 digits"));
    }
    if (!IsPublicKeyHex(identity.public_key_hex)) {
        RefuseDamaged(file, Tr("its public key is not 64 lowercase hex digits"));
    }
    return identity;
}

bool IsEncryptedPem(const std::string& pem) {
    return pem.find(kEncryptedPemBegin) != std::string::npos && pem.find(kEncryptedPemEnd) != std::string::npos;
}

/// Checks the key file against identity.json as far as it can be without the passphrase: an
/// unencrypted key must be the recorded one; an encrypted one is checked when it is unlocked.
void CheckKeyFile(const fs::path& file, const std::string& pem, const Identity& identity) {
    if (identity.passphrase_protected != IsEncryptedPem(pem)) {
        RefuseDamaged(file, identity.passphrase_protected ? Tr("identity.json says the key is protected by a "
                                                               "passphrase, but this file is not an encrypted key")
                                                          : Tr("identity.json says the key has no passphrase, but "
                                                               "this file is encrypted"));
    }
    if (identity.passphrase_protected) {
        return;
    }
    std::string public_key;
    try {
        public_key = SigningKey::FromPem(pem, std::nullopt).PublicKeyHex();
    } catch (const UserError& error) {
        RefuseDamaged(file, OneLine(error.what()));
    }
    if (public_key != identity.public_key_hex) {
        RefuseDamaged(file, Tr("it holds another key than the one identity.json records"));
    }
}

/// Creates `folder` readable by the user only (0700 on POSIX; on Windows the user's own %APPDATA%
/// already is). An existing folder is used as it is.
void PrepareFolder(const fs::path& folder) {
    std::error_code error;
    if (fs::is_directory(folder, error)) {
        return;
    }
    if (folder.has_parent_path()) {
        fs::create_directories(folder.parent_path(), error);
    }
    if (!error) {
        fs::create_directory(folder, error);
    }
    if (!error) {
        fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);
    }
    if (error) {
        throw UserError(
            Format(Tr("cannot create the folder {0} for the key: {1}"), {PathToUtf8(folder), error.message()}));
    }
}

/// Writes `content` with SafeFile; the temporary file is made owner-only (0600) before any byte is
/// written, so the key is never readable by others, not even for a moment.
void WriteOwnerOnlyFile(const fs::path& target, std::string_view content, Overwrite overwrite) {
    SafeFile file(target, overwrite);
    std::error_code error;
    fs::permissions(file.TemporaryPath(), fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace,
                    error);
    if (error) {
        throw UserError(Format(Tr("cannot write {0}: {1}"), {PathToUtf8(target), error.message()}));
    }
    file.Write(content);
    file.Commit();
}

/// Copies the identity's current files to <name>.old-<time> beside them (never replacing an
/// earlier copy), before new ones are written over them.
void KeepOldFiles(const fs::path& folder) {
    const std::string stamp = UtcNow("%Y%m%dT%H%M%SZ");
    std::string suffix = ".old-" + stamp;
    for (int attempt = 2;
         Exists(folder / (std::string(kIdentityFile) + suffix)) || Exists(folder / (std::string(kKeyFile) + suffix));
         ++attempt) {
        suffix = ".old-" + stamp + "-" + std::to_string(attempt);
    }
    for (const char* name : {kKeyFile, kIdentityFile}) {
        const fs::path file = folder / name;
        if (!Exists(file)) {
            continue;
        }
        std::error_code error;
        // A damaged file is kept as it is, whatever its size.
        const auto content = ReadLimited(file, std::numeric_limits<std::uintmax_t>::max(), error);
        if (!content) {
            throw UserError(Format(Tr("cannot keep a copy of {0} before replacing it ({1}): move it away yourself, "
                                      "then run ziwb key init again"),
                                   {PathToUtf8(file), error.message()}));
        }
        WriteOwnerOnlyFile(folder / (std::string(name) + suffix), *content, Overwrite::Refused);
    }
}

}  // namespace

fs::path IdentityFolder() {
    if (const auto configured = EnvironmentText("ZIWB_CONFIG_DIR")) {
        std::error_code error;
        const fs::path folder = PathFromUtf8(*configured);
        const fs::path absolute = fs::absolute(folder, error);
        return error ? folder : absolute;
    }
    fs::path folder = UserConfigFolder();
    if (folder.empty()) {
        throw UserError(Tr("cannot tell where to keep the key: set HOME, or ZIWB_CONFIG_DIR to a folder of yours"));
    }
    return folder;
}

std::optional<Identity> LoadIdentity() {
    const fs::path folder = IdentityFolder();
    const fs::path identity_file = folder / kIdentityFile;
    const fs::path key_file = folder / kKeyFile;
    const bool has_identity = Exists(identity_file);
    const bool has_key = Exists(key_file);
    if (!has_identity && !has_key) {
        return std::nullopt;
    }
    if (!has_identity) {
        RefuseDamaged(identity_file, Tr("it is missing beside the key file"));
    }
    if (!has_key) {
        RefuseDamaged(key_file, Tr("it is missing beside identity.json"));
    }
    Identity identity = ParseIdentity(identity_file, ReadIdentityFile(identity_file));
    CheckKeyFile(key_file, ReadIdentityFile(key_file), identity);
    return identity;
}

Identity CreateIdentity(const std::string& name, const std::string& nip, const std::optional<std::string>& passphrase,
                        bool replace) {
    CheckUserText(name, Tr("the name"), kNameLimit);
    const auto first = name.find_first_not_of(' ');
    if (first == std::string::npos) {
        throw UserError(Tr("the name is empty: give the person's name as in their staff records"));
    }
    CheckNip(nip);
    if (passphrase && passphrase->empty()) {
        throw UserError(Tr("the passphrase is empty: give one, or none to keep the key without a passphrase"));
    }
    const fs::path folder = IdentityFolder();
    const fs::path identity_file = folder / kIdentityFile;
    const fs::path key_file = folder / kKeyFile;
    const bool exists = Exists(identity_file) || Exists(key_file);
    if (exists && !replace) {
        throw UserError(Format(Tr("a key is already set up on this machine ({0}): 'ziwb whoami' shows whose; give "
                                  "--replace to make a new one (the old files are kept beside it)"),
                               {PathToUtf8(folder)}));
    }

    Identity identity;
    identity.name = name.substr(first, name.find_last_not_of(' ') - first + 1);
    identity.nip = NormalizeNip(nip);
    identity.passphrase_protected = passphrase.has_value();
    identity.created_at = UtcNow("%Y-%m-%dT%H:%M:%SZ");
    const SigningKey key = SigningKey::Generate();
    identity.public_key_hex = key.PublicKeyHex();
    const std::string pem = key.ToPem(passphrase);
    Json json = Json::object();
    json["name"] = identity.name;
    json["nip"] = identity.nip;
    json["public_key"] = identity.public_key_hex;
    json["passphrase_protected"] = identity.passphrase_protected;
    json["created_at"] = identity.created_at;

    PrepareFolder(folder);
    if (exists) {
        KeepOldFiles(folder);
    }
    // The key first: identity.json names it, and a key without identity.json is reported as such.
    WriteOwnerOnlyFile(key_file, pem, Overwrite::Allowed);
    WriteOwnerOnlyFile(identity_file, json.dump(2) + "\n", Overwrite::Allowed);
    return identity;
}

SigningKey UnlockIdentity(const std::optional<std::string>& passphrase) {
    const auto identity = LoadIdentity();
    if (!identity) {
        throw UserError(NoIdentityMessage());
    }
    const fs::path key_file = IdentityFolder() / kKeyFile;
    SigningKey key =
        SigningKey::FromPem(ReadIdentityFile(key_file), identity->passphrase_protected ? passphrase : std::nullopt);
    if (key.PublicKeyHex() != identity->public_key_hex) {
        RefuseDamaged(key_file, Tr("it holds another key than the one identity.json records"));
    }
    return key;
}

std::string ReadPassphraseFile(const fs::path& file) {
    std::error_code error;
    const auto content = ReadLimited(file, kMaxPassphraseFileBytes, error);
    if (!content) {
        throw UserError(Format(
            Tr("cannot read the passphrase file {0} ({1}): give a file whose first line is the "
               "passphrase"),
            {PathToUtf8(file), error == std::errc::file_too_large ? Tr("it is larger than 64 KiB") : error.message()}));
    }
    std::string passphrase = content->substr(0, content->find('\n'));
    while (!passphrase.empty() && (passphrase.back() == '\r' || passphrase.back() == '\n')) {
        passphrase.pop_back();
    }
    if (passphrase.empty()) {
        throw UserError(
            Format(Tr("the passphrase file {0} is empty: write the passphrase on its first line"), {PathToUtf8(file)}));
    }
    return passphrase;
}

std::optional<std::string> PassphraseFromEnvironment() {
    const auto file = EnvironmentText("ZIWB_PASSPHRASE_FILE");
    if (!file) {
        return std::nullopt;
    }
    return ReadPassphraseFile(PathFromUtf8(*file));
}

}  // namespace ziwb::core
