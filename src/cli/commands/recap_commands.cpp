// SPDX-License-Identifier: GPL-3.0-or-later
// recap: every unit workspace of a folder in one workbook, for the head of the agency.
#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "evidence/evidence_vault.hpp"
#include "exit_codes.hpp"
#include "export/recap_workbook.hpp"
#include "export/workbook_export.hpp"
#include "portfolio/portfolio.hpp"
#include "readiness/action_plan.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

int RunRecap(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {"layer", "created", "today"}, {});
    args.ExpectPositional(2, 2, "ziwb recap DIR OUT.xlsx [--layer tpi] [--today YYYY-MM-DD] [--created TIME]");
    const std::string today = args.Option("today").value_or(core::TodayDate());
    core::CheckDocumentDate(today);
    std::optional<std::time_t> created;
    if (const auto text = args.Option("created")) {
        created = core::ParseUtcTimestamp(*text);
    }
    const auto units = core::LoadPortfolio(args.PositionalPath(0), args.Option("layer").value_or("tpi"), today);
    core::ExportRecap(units, args.PositionalPath(1), created);
    std::string out;
    int unreadable = 0;
    for (const auto& unit : units) {
        if (!unit.problem.empty()) {
            out += unit.problem + "\n";
            ++unreadable;
        }
    }
    out += Format(Tr("Wrote {0}: {1} units, {2} could not be read.\n"),
                  {args.Positional()[1], std::to_string(units.size() - static_cast<std::size_t>(unreadable)),
                   std::to_string(unreadable)});
    Print(out);
    return unreadable == 0 ? kExitDone : kExitFindings;
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"recap", "ziwb recap DIR OUT.xlsx [--layer tpi] [--today YYYY-MM-DD]",
                         NoTr("Write every unit workspace of a folder into one recap workbook"), RunRecap, 205}),
};

}  // namespace
}  // namespace ziwb::cli
