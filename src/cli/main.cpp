// ziwb: the command line of ZI Workbench, over the same core as the desktop workbench.
// Exit codes: 0 success, 2 bad input or usage (one clear line on stderr), 1 internal failure.
#include <SQLiteCpp/Exception.h>

#include <iostream>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/version.hpp"

namespace {

using ziwb::core::Format;
using ziwb::core::Tr;

constexpr int kExitUsage = 2;
constexpr int kExitInternal = 1;

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
        return words.empty() ? kExitUsage : 0;
    }
    if (words[0] == "--version") {
        std::cout << ziwb::core::kAppName << " " << ziwb::core::kAppVersion << "\n";
        return 0;
    }
    const ziwb::cli::Context context{ziwb::core::ProgramDir(argv[0])};
    for (const auto& command : ziwb::cli::AllCommands()) {
        if (words[0] == command.name) {
            return command.run(std::vector<std::string>(words.begin() + 1, words.end()), context);
        }
    }
    throw ziwb::cli::UsageError(Format(Tr("unknown command '{0}'; 'ziwb help' lists the commands"), {words[0]}));
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return Run(argc, argv);
    } catch (const ziwb::cli::UsageError& error) {
        std::cerr << "ziwb: " << error.what() << "\n";
        return kExitUsage;
    } catch (const ziwb::core::UserError& error) {
        std::cerr << "ziwb: " << error.what() << "\n";
        return kExitUsage;
    } catch (const ziwb::core::Error& error) {
        std::cerr << "ziwb: " << Tr("internal error:") << " " << error.what() << "\n";
        return kExitInternal;
    } catch (const SQLite::Exception& error) {
        std::cerr << "ziwb: " << Tr("internal database error:") << " " << error.what() << "\n";
        return kExitInternal;
    } catch (const std::exception& error) {
        std::cerr << "ziwb: " << Tr("internal error:") << " " << error.what() << "\n";
        return kExitInternal;
    }
}
