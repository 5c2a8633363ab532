// SPDX-License-Identifier: GPL-3.0-or-later
// report lhe: the evaluation report (Laporan Hasil Evaluasi) of a review layer as a PDF.
// report leader: the leader's page (score, verdict, what is missing, signatures) as text or a PDF.
#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "evaluation_report/evaluation_report.hpp"
#include "evidence/evidence_vault.hpp"
#include "leader/leader_page.hpp"
#include "leader/leader_summary.hpp"
#include "log/change_log.hpp"
#include "readiness/action_plan.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

constexpr const char* kReportUsage =
    "ziwb report lhe WS OUT.pdf [--layer tpi] [--place KOTA] [--date YYYY-MM-DD] [--template FILE.xml] "
    "[--overwrite] | "
    "ziwb report leader WS [OUT.pdf] [--overwrite]";

int RunLeader(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {"date"}, {"overwrite"});
    args.ExpectPositional(2, 3, kReportUsage);
    const std::string today = args.Option("date").value_or(core::TodayDate());
    core::CheckDocumentDate(today);
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadOnly);
    const auto signer = core::SessionSigner();
    const auto summary = core::CollectLeaderSummary(workspace, today, signer ? signer->nip : std::string());
    if (args.Positional().size() == 2) {
        Print(core::LeaderText(workspace.FormInUse(), summary));
        return 0;
    }
    core::WriteLeaderPdf(workspace.FormInUse(), summary, context.program_dir, args.PositionalPath(2),
                         args.Flag("overwrite"));
    Print(Format(Tr("Wrote {0}.\n"), {args.Positional()[2]}));
    return 0;
}

int RunReport(const std::vector<std::string>& words, const Context& context) {
    const std::string usage = kReportUsage;
    if (!words.empty() && words[0] == "leader") {
        return RunLeader(words, context);
    }
    const Arguments args(words, {"layer", "place", "date", "template"}, {"overwrite"});
    args.ExpectPositional(3, 3, usage);
    if (args.Positional()[0] != "lhe") {
        throw core::UserError(Format(Tr("unknown report '{0}'. Usage: {1}"), {args.Positional()[0], usage}));
    }
    core::EvaluationReportSigning signing{args.Option("place").value_or(""),
                                          args.Option("date").value_or(core::TodayDate())};
    core::CheckDocumentDate(signing.date);
    const core::DocumentTemplate document =
        core::FindTemplate(context.program_dir, args.Option("template").value_or(core::kEvaluationTemplate));
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadOnly);
    const core::Layer layer = core::ParseLayer(workspace.FormInUse(), args.Option("layer").value_or("tpi"));
    const auto data = core::CollectEvaluation(workspace, layer);
    core::WriteEvaluationPdf(workspace.FormInUse(), data, document, signing, context.program_dir,
                             args.PositionalPath(2), args.Flag("overwrite"));
    Print(Format(Tr("Wrote {0}.\n"), {args.Positional()[2]}));
    return 0;
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"report", kReportUsage,
                         NoTr("Write the evaluation report (LHE) of a review, or the leader's page, as a PDF"),
                         RunReport, 210}),
};

}  // namespace
}  // namespace ziwb::cli
