#include "people/identity.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/json.hpp"
#include "io/safe_file.hpp"
#include "log/log_entry.hpp"
#include "people/nip.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

constexpr const char* kIdentityFile = "identity.json";
constexpr const char* kKeyFile = "identity-key.pem";
constexpr std::uintmax_t kMaxFileBytes = 64 * 1024;

std::filesystem::path FromEnvironment(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && value[0] != '\0' ? PathFromUtf8(value) : std::filesystem::path();
}

std::string ReadSmallFile(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error || size > kMaxFileBytes) {
        throw UserError(Format(Tr("{0} cannot be read or is too large to be a key file; remove it and run ziwb key "
                                  "init again"),
                               {PathToUtf8(path)}));
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

[[noreturn]] void Damaged(const std::filesystem::path& path, const std::string& why) {
    throw UserError(Format(Tr("{0} is damaged ({1}): remove it and set up your key again with ziwb key init"),
                           {PathToUtf8(path), why}));
}

void RestrictToOwner(const std::filesystem::path& path, bool folder) {
#ifndef _WIN32
    std::error_code ignored;
    std::filesystem::permissions(path,
                                 folder ? std::filesystem::perms::owner_all
                                        : (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write),
                                 std::filesystem::perm_options::replace, ignored);
#else
    (void)path;
    (void)folder;  // %APPDATA% is the user's own already
#endif
}

}  // namespace

std::filesystem::path IdentityFolder() {
    if (auto folder = FromEnvironment("ZIWB_CONFIG_DIR"); !folder.empty()) {
        return folder;
    }
#ifdef _WIN32
    if (auto appdata = FromEnvironment("APPDATA"); !appdata.empty()) {
        return appdata / "ZI Workbench";
    }
#endif
    if (auto config = FromEnvironment("XDG_CONFIG_HOME"); !config.empty() && config.is_absolute()) {
        return config / "ziwb";
    }
    if (auto home = FromEnvironment("HOME"); !home.empty()) {
        return home / ".config" / "ziwb";
    }
    return std::filesystem::path(".ziwb-config");
}

std::optional<Identity> LoadIdentity() {
    const auto folder = IdentityFolder();
    const auto path = folder / kIdentityFile;
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        return std::nullopt;
    }
    const Json data = Json::parse(ReadSmallFile(path), nullptr, false);
    if (data.is_discarded() || !data.is_object()) {
        Damaged(path, Tr("not JSON"));
    }
    Identity identity;
    for (const char* field : {"name", "nip", "public_key", "created_at"}) {
        if (!data.contains(field) || !data.at(field).is_string()) {
            Damaged(path, Format(Tr("no '{0}'"), {field}));
        }
    }
    if (!data.contains("passphrase_protected") || !data.at("passphrase_protected").is_boolean()) {
        Damaged(path, Tr("no 'passphrase_protected'"));
    }
    identity.name = data.at("name").get<std::string>();
    identity.nip = data.at("nip").get<std::string>();
    identity.public_key_hex = data.at("public_key").get<std::string>();
    identity.created_at = data.at("created_at").get<std::string>();
    identity.passphrase_protected = data.at("passphrase_protected").get<bool>();
    if (identity.name.empty() || !IsValidUtf8(identity.name) || !IsValidNip(identity.nip) ||
        !IsHashHex(identity.public_key_hex)) {
        Damaged(path, Tr("its name, NIP or public key is not valid"));
    }
    if (!std::filesystem::exists(folder / kKeyFile, error)) {
        Damaged(folder / kKeyFile, Tr("the key file is missing"));
    }
    return identity;
}

Identity CreateIdentity(const std::string& name, const std::string& nip, const std::optional<std::string>& passphrase,
                        bool replace) {
    CheckUserText(name, Tr("the name"), kNameLimit);
    if (name.empty()) {
        throw UserError(Tr("give your name with --name, as it should appear on your changes"));
    }
    const std::string normal = NormalizeNip(nip);
    CheckNip(normal);
    if (passphrase && passphrase->empty()) {
        throw UserError(Tr("the passphrase is empty: give one, or none for an unprotected key"));
    }
    const auto folder = IdentityFolder();
    std::error_code error;
    const bool exists = std::filesystem::exists(folder / kIdentityFile, error);
    if (exists && !replace) {
        throw UserError(Format(Tr("a key is already set up in {0}: ziwb whoami shows it; --replace makes a new one "
                                  "(the old one is kept beside it)"),
                               {PathToUtf8(folder)}));
    }
    std::filesystem::create_directories(folder, error);
    if (error) {
        throw UserError(Format(Tr("cannot make the folder {0}: {1}"), {PathToUtf8(folder), error.message()}));
    }
    RestrictToOwner(folder, true);
    if (exists) {
        std::string stamp = NowUtc();
        for (char& c : stamp) {
            c = c == ':' ? '-' : c;
        }
        for (const char* file : {kIdentityFile, kKeyFile}) {
            std::filesystem::rename(folder / file, folder / (std::string(file) + ".old-" + stamp), error);
        }
    }
    const SigningKey key = SigningKey::Generate();
    Identity identity{name, normal, key.PublicKeyHex(), passphrase.has_value(), NowUtc()};
    // The key first: an identity.json never names a key that is not there.
    WriteFileSafely(folder / kKeyFile, key.ToPem(passphrase), Overwrite::Refused);
    RestrictToOwner(folder / kKeyFile, false);
    const Json data{{"name", identity.name},
                    {"nip", identity.nip},
                    {"public_key", identity.public_key_hex},
                    {"passphrase_protected", identity.passphrase_protected},
                    {"created_at", identity.created_at}};
    WriteFileSafely(folder / kIdentityFile, DumpJson(data) + "\n", Overwrite::Refused);
    return identity;
}

SigningKey UnlockIdentity(const std::optional<std::string>& passphrase) {
    const auto identity = LoadIdentity();
    if (!identity) {
        throw UserError(Tr("no key is set up on this machine yet: run ziwb key init --name NAME --nip NIP"));
    }
    const auto path = IdentityFolder() / kKeyFile;
    SigningKey key = SigningKey::FromPem(ReadSmallFile(path), passphrase);
    if (key.PublicKeyHex() != identity->public_key_hex) {
        Damaged(path, Tr("it is not the key identity.json names"));
    }
    return key;
}

std::string ReadPassphraseFile(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        throw UserError(Format(Tr("the passphrase file {0} does not exist"), {PathToUtf8(file)}));
    }
    std::string text = ReadSmallFile(file);
    const auto end = text.find_first_of("\r\n");
    if (end != std::string::npos) {
        text.resize(end);
    }
    if (text.empty()) {
        throw UserError(Format(Tr("the passphrase file {0} is empty"), {PathToUtf8(file)}));
    }
    return text;
}

std::optional<std::string> PassphraseFromEnvironment() {
    const auto file = FromEnvironment("ZIWB_PASSPHRASE_FILE");
    if (file.empty()) {
        return std::nullopt;
    }
    return ReadPassphraseFile(file);
}

}  // namespace ziwb::core
