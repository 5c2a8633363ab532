// SPDX-License-Identifier: GPL-3.0-or-later
// export: the submission workbook.
#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "export/workbook_export.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

core::ExportLayers LayersOption(const Arguments& args) {
    const auto value = args.Option("layer");
    if (!value) {
        return core::ExportLayers::Automatic;
    }
    if (*value == "unit") {
        return core::ExportLayers::Unit;
    }
    if (*value == "tpi") {
        return core::ExportLayers::Tpi;
    }
    if (*value == "both") {
        return core::ExportLayers::Both;
    }
    throw core::UserError(Format(Tr("unknown layer '{0}': use unit, tpi or both"), {*value}));
}

int RunExport(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {"layer", "created", "evidence-folder"}, {});
    args.ExpectPositional(2, 2, "ziwb export WS OUT.xlsx [--layer unit|tpi|both] [--created 2026-01-31T08:00:00Z]");
    core::WorkbookOptions options;
    options.layers = LayersOption(args);
    options.evidence_folder = args.Option("evidence-folder").value_or(options.evidence_folder);
    if (const auto created = args.Option("created")) {
        options.created = core::ParseUtcTimestamp(*created);
    }
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    core::ExportWorkbook(workspace, args.PositionalPath(1), options);
    Print(Format(Tr("Wrote {0}.\n"), {args.Positional()[1]}));
    return 0;
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"export", "ziwb export WS OUT.xlsx [--layer unit|tpi|both] [--created TIME]",
                         NoTr("Write the submission workbook (LKE ZI with live formulas, Rekap)"), RunExport, 200}),
};

}  // namespace
}  // namespace ziwb::cli
