// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command_support.hpp"

#include <memory>
#include <optional>

#ifndef _WIN32
#include <termios.h>
#include <unistd.h>
#endif

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "log/change_log.hpp"
#include "people/identity.hpp"
#include "people/signing_key.hpp"

namespace ziwb::cli {

core::Layer LayerOption(const Arguments& args, const core::Form& form) {
    return core::ParseLayer(form, args.Option("layer").value_or("unit"));
}

std::string AuthorOption(const Arguments& args) {
    return args.Option("author").value_or(core::DefaultAuthor());
}

namespace {

// Asks for the passphrase on the terminal without echoing it; nullopt when there is no terminal.
std::optional<std::string> AskPassphrase(const std::string& name) {
#ifdef _WIN32
    (void)name;
    return std::nullopt;
#else
    if (isatty(STDIN_FILENO) == 0) {
        return std::nullopt;
    }
    std::cerr << core::Format(core::Tr("Passphrase of {0}'s key: "), {name}) << std::flush;
    termios saved{};
    const bool can_hide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (can_hide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    std::string passphrase;
    std::getline(std::cin, passphrase);
    if (can_hide) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    }
    std::cerr << "\n";
    return passphrase;
#endif
}

}  // namespace

void InstallSessionSigner() {
    std::optional<core::Identity> identity;
    try {
        identity = core::LoadIdentity();
    } catch (const core::UserError&) {
        // A damaged identity signs nothing; `ziwb whoami` and `ziwb key init` say what is wrong.
        return;
    }
    if (!identity) {
        return;
    }
    auto signer = std::make_shared<core::Signer>();
    signer->name = identity->name;
    signer->nip = identity->nip;
    signer->public_key = identity->public_key_hex;
    signer->passphrase_protected = identity->passphrase_protected;
    auto unlocked = std::make_shared<std::optional<core::SigningKey>>();
    const bool protected_key = identity->passphrase_protected;
    const std::string name = identity->name;
    signer->sign = [unlocked, protected_key, name](std::string_view body) {
        if (!unlocked->has_value()) {
            std::optional<std::string> passphrase = core::PassphraseFromEnvironment();
            if (!passphrase && protected_key) {
                passphrase = AskPassphrase(name);
            }
            if (!passphrase && protected_key) {
                throw core::UserError(
                    core::Tr("your key is protected by a passphrase: give it on the terminal, or name "
                             "a file holding it in ZIWB_PASSPHRASE_FILE"));
            }
            unlocked->emplace(core::UnlockIdentity(passphrase));
        }
        return (*unlocked)->Sign(body);
    };
    core::SetSessionSigner(std::move(signer));
}

void Print(const std::string& text) {
    std::cout << text << std::flush;
    if (!std::cout) {
        throw core::Error(core::Tr("could not write the output"));
    }
}

std::int64_t PositiveNumber(const std::string& text, const std::string& not_a_number) {
    try {
        std::size_t used = 0;
        const long long number = std::stoll(text, &used);
        if (used == text.size() && number > 0) {
            return number;
        }
    } catch (const std::exception&) {
    }
    throw core::UserError(core::Format(not_a_number, {text}));
}

}  // namespace ziwb::cli
