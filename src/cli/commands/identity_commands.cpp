// key init, whoami: the person this machine signs for.
#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "people/identity.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

int RunKey(const std::vector<std::string>& words, const Context&) {
    static const std::string usage = "ziwb key init --name NAME --nip NIP [--passphrase-file F] [--replace]";
    const Arguments args(words, {"name", "nip", "passphrase-file"}, {"replace"});
    args.ExpectPositional(1, 1, usage);
    if (args.Positional()[0] != "init") {
        throw UsageError(Format(Tr("'{0}' is not init. Usage: {1}"), {args.Positional()[0], usage}));
    }
    std::optional<std::string> passphrase;
    if (const auto file = args.Option("passphrase-file")) {
        passphrase = core::ReadPassphraseFile(core::PathFromUtf8(*file));
    } else {
        passphrase = core::PassphraseFromEnvironment();
    }
    const auto identity =
        core::CreateIdentity(args.Require("name", usage), args.Require("nip", usage), passphrase, args.Flag("replace"));
    std::string out = Format(Tr("Key made for {0} (NIP {1}).\n"), {identity.name, identity.nip});
    out += Tr("Public key:") + " " + identity.public_key_hex + "\n";
    out += Tr("Kept in:") + " " + core::PathToUtf8(core::IdentityFolder()) + "\n";
    out += identity.passphrase_protected
               ? Tr("The key is protected by your passphrase.") + "\n"
               : Tr("The key has no passphrase: enough for a team member; evaluators and leaders need one (--replace "
                    "--passphrase-file F).") +
                     "\n";
    out += Tr("Give the public key to your koordinator, who adds you with: ziwb person add WS --nip NIP --name NAME "
              "--role ROLE --public-key KEY") +
           "\n";
    Print(out);
    return kExitDone;
}

int RunWhoami(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(0, 0, "ziwb whoami [--json]");
    const auto identity = core::LoadIdentity();
    if (!identity) {
        std::cerr << "ziwb: " << Tr("no key is set up on this machine yet: run ziwb key init --name NAME --nip NIP")
                  << "\n";
        return kExitInternal;
    }
    if (args.Flag("json")) {
        Print(core::DumpJson(core::Json{{"name", identity->name},
                                        {"nip", identity->nip},
                                        {"public_key", identity->public_key_hex},
                                        {"passphrase_protected", identity->passphrase_protected},
                                        {"created_at", identity->created_at},
                                        {"folder", core::PathToUtf8(core::IdentityFolder())}}) +
              "\n");
        return kExitDone;
    }
    Print(Format(Tr("{0} (NIP {1})\nPublic key: {2}\nPassphrase: {3}\nKept in: {4}\n"),
                 {identity->name, identity->nip, identity->public_key_hex,
                  identity->passphrase_protected ? Tr("yes") : Tr("no"), core::PathToUtf8(core::IdentityFolder())}));
    return kExitDone;
}

const CommandRegistration kRegistrations[] = {
    CommandRegistration({"key", "ziwb key init --name NAME --nip NIP [--passphrase-file F] [--replace]",
                         NoTr("Make the key that signs your changes (kept in your configuration folder)"), RunKey,
                         140}),
    CommandRegistration(
        {"whoami", "ziwb whoami [--json]", NoTr("Show who this machine signs changes for"), RunWhoami, 145}),
};

}  // namespace
}  // namespace ziwb::cli
