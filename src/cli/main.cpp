// SPDX-License-Identifier: GPL-3.0-or-later
// ziwb: the command line of ZI Workbench, over the same core as the desktop workbench.
// Exit codes: see exit_codes.hpp (0 done, 1 internal failure, 2 bad input, 3 findings).
#include <SQLiteCpp/Exception.h>

#include <iostream>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "commands/command_support.hpp"
#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "common/version.hpp"
#include "exit_codes.hpp"

namespace {

using ziwb::core::Format;
using ziwb::core::Tr;

using ziwb::cli::kExitBadInput;
using ziwb::cli::kExitDone;
using ziwb::cli::kExitInternal;

void PrintHelp() {
    std::cout << Format(Tr("{0} {1} - Zona Integritas assessment (LKE PermenPANRB 90/2021)"),
                        {ziwb::core::kAppName, ziwb::core::kAppVersion})
              << "\n\n"
              << Tr("Usage:") << "\n";
    for (const auto& command : ziwb::cli::AllCommands()) {
        std::cout << "  " << command.usage << "\n      " << Tr(command.summary) << "\n";
    }
    std::cout << "\n"
              << Tr("Answers: Ya/Tidak or A-E for choice items, 0-4 for IPAK/IPKP, id=N;id=N for percentage items.")
              << "\n"
              << Tr("Messages are in Indonesian; set LANG=en_US.UTF-8 for English.") << "\n";
}

int Run(int argc, char** argv) {
    std::vector<std::string> words = ziwb::core::CommandLineWords(argc, argv);
    if (words.empty() || words[0] == "help" || words[0] == "--help" || words[0] == "-h") {
        PrintHelp();
        return words.empty() ? kExitBadInput : kExitDone;
    }
    if (words[0] == "--version") {
        std::cout << ziwb::core::kAppName << " " << ziwb::core::kAppVersion << "\n";
        return kExitDone;
    }
    // Every argument is text the program may store or show: it must be valid UTF-8.
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool option_value =
            i > 0 && words[i - 1].starts_with("--") && words[i - 1].find('=') == std::string::npos;
        ziwb::core::CheckUserText(words[i],
                                  option_value ? Format(Tr("the value of {0}"), {words[i - 1]})
                                               : Format(Tr("argument {0}"), {std::to_string(i + 1)}),
                                  ziwb::core::TextLimit{std::string::npos, true});
    }
    const ziwb::cli::Context context{ziwb::core::ProgramDir(argv[0])};
    ziwb::cli::InstallSessionSigner();
    for (const auto& command : ziwb::cli::AllCommands()) {
        if (words[0] == command.name) {
            return command.run(std::vector<std::string>(words.begin() + 1, words.end()), context);
        }
    }
    throw ziwb::cli::UsageError(Format(Tr("unknown command '{0}'; 'ziwb help' lists the commands"), {words[0]}));
}

/// Tells on stderr when text shown came from a workspace that holds invalid UTF-8.
void WarnAboutRepairedText() {
    if (ziwb::core::StoredTextRepairs() > 0) {
        std::cerr << Tr("warning:") << " "
                  << Tr("the workspace holds text that is not valid UTF-8; it is shown with the replacement character "
                        "U+FFFD in its place")
                  << "\n";
    }
}

/// An error as the one line the user reads.
void PrintError(std::string_view prefix, const std::exception& error) {
    std::cerr << "ziwb: " << prefix << ziwb::core::OneLine(error.what()) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const int code = Run(argc, argv);
        WarnAboutRepairedText();
        return code;
    } catch (const ziwb::cli::UsageError& error) {
        PrintError("", error);
        return kExitBadInput;
    } catch (const ziwb::core::UserError& error) {
        PrintError("", error);
        return kExitBadInput;
    } catch (const ziwb::core::Error& error) {
        PrintError(Tr("internal error:") + " ", error);
        return kExitInternal;
    } catch (const SQLite::Exception& error) {
        PrintError(Tr("internal database error:") + " ", error);
        return kExitInternal;
    } catch (const std::exception& error) {
        PrintError(Tr("internal error:") + " ", error);
        return kExitInternal;
    }
}
