// SPDX-License-Identifier: GPL-3.0-or-later
// key init, whoami: the person on this machine whose key signs their changes.
#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "people/identity.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

constexpr const char* kKeyInitUsage = "ziwb key init --name NAME --nip NIP [--passphrase-file F] [--replace]";
constexpr const char* kWhoamiUsage = "ziwb whoami [--json]";

/// --passphrase-file, else $ZIWB_PASSPHRASE_FILE, else none: the command never asks on a terminal.
std::optional<std::string> PassphraseOption(const Arguments& args) {
    if (const auto file = args.Option("passphrase-file")) {
        return core::ReadPassphraseFile(core::PathFromUtf8(*file));
    }
    return core::PassphraseFromEnvironment();
}

int RunKeyInit(const Arguments& args) {
    const std::string name = args.Require("name", kKeyInitUsage);
    const std::string nip = args.Require("nip", kKeyInitUsage);
    const auto passphrase = PassphraseOption(args);
    const bool replace = args.Flag("replace");
    const auto identity = core::CreateIdentity(name, nip, passphrase, replace);
    const auto folder = core::IdentityFolder();
    std::string out = Format(Tr("Key set up for {0} (NIP {1}).\n"), {identity.name, identity.nip});
    out += Tr("Public key:") + " " + identity.public_key_hex + "\n";
    out += Tr("Kept in:") + " " + core::PathToUtf8(folder) + "\n";
    if (!identity.passphrase_protected) {
        out += Tr("The key has no passphrase: anyone who can read its file can sign as you (give --passphrase-file to "
                  "protect it; evaluators and leaders must)") +
               "\n";
    }
    if (replace) {
        out += Tr("Any previous key files are kept in the same folder with .old-<time> added to their names.") + "\n";
    }
    Print(out);
    return kExitDone;
}

int RunKey(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {"name", "nip", "passphrase-file"}, {"replace"});
    args.ExpectPositional(1, 1, kKeyInitUsage);
    if (args.Positional()[0] != "init") {
        throw UsageError(Format(Tr("unknown key command '{0}'. Usage: {1}"), {args.Positional()[0], kKeyInitUsage}));
    }
    return RunKeyInit(args);
}

int RunWhoami(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(0, 0, kWhoamiUsage);
    const auto identity = core::LoadIdentity();
    if (!identity) {
        // Bad input in the sense of exit_codes.hpp: one line says what to do, nothing changed.
        throw core::UserError(Tr("No key is set up on this machine yet: run ziwb key init --name ... --nip ..."));
    }
    const std::string folder = core::PathToUtf8(core::IdentityFolder());
    if (args.Flag("json")) {
        core::Json json = core::Json::object();
        json["name"] = identity->name;
        json["nip"] = identity->nip;
        json["public_key"] = identity->public_key_hex;
        json["passphrase_protected"] = identity->passphrase_protected;
        json["created_at"] = identity->created_at;
        json["folder"] = folder;
        Print(core::DumpJson(json) + "\n");
        return kExitDone;
    }
    Print(Format(
        Tr("Name: {0}\nNIP: {1}\nPublic key: {2}\nPassphrase: {3}\nCreated: {4}\nKept in: "
           "{5}\n"),
        {identity->name, identity->nip, identity->public_key_hex,
         identity->passphrase_protected ? Tr("yes, the key opens only with it") : Tr("no, the key file alone signs"),
         identity->created_at, folder}));
    return kExitDone;
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"key", kKeyInitUsage,
                         NoTr("Set up the key that signs your changes on this machine (your name and NIP)"), RunKey,
                         12}),
    CommandRegistration(
        {"whoami", kWhoamiUsage, NoTr("Show whose key signs the changes made on this machine"), RunWhoami, 13}),
};
}  // namespace

}  // namespace ziwb::cli
