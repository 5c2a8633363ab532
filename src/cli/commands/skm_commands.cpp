// SPDX-License-Identifier: GPL-3.0-or-later
// skm: the public satisfaction survey (Survei Kepuasan Masyarakat, PermenPANRB 14/2017): responses
// imported from a form service's CSV, the IKM per service and for the unit, and the report filed as
// evidence of A.I.6.iv.a.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "commands/command_support.hpp"
#include "commands/service_support.hpp"
#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "io/safe_file.hpp"
#include "pdf/pdf_fonts.hpp"
#include "readiness/action_plan.hpp"
#include "services/service_evidence.hpp"
#include "services/service_store.hpp"
#include "services/skm_csv.hpp"
#include "services/skm_summary.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

constexpr const char* kUsage =
    "ziwb skm import WS --service SERVICE --period PERIOD FILE.csv [--population N] [--from YYYY-MM-DD] [--to "
    "YYYY-MM-DD] [--skip-bad-rows] | skm list WS [--service SERVICE] [--json] | skm result WS SURVEY "
    "[--published-where TEXT] [--follow-up TEXT] | skm report WS OUT.pdf [--service SERVICE] [--period PERIOD] "
    "[--place P] [--date YYYY-MM-DD] [--overwrite] [--file]";

std::string Figure(double value, int decimals) {
    return core::FormatNumber(value, decimals);
}

int Import(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {"service", "period", "population", "from", "to", "author"}, {"skip-bad-rows"});
    args.ExpectPositional(2, 2, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    const std::string file = args.Positional()[1];
    const std::string text = ReadTextFile(file);
    const auto parsed = core::ParseSkmCsv(rules, text, args.Flag("skip-bad-rows"));
    if (!parsed.problems.empty() && !args.Flag("skip-bad-rows")) {
        std::size_t shown = 0;
        for (const auto& problem : parsed.problems) {
            if (++shown > 50) {
                std::cerr << file << ": "
                          << Format(Tr("... and {0} more"), {std::to_string(parsed.problems.size() - 50)}) << "\n";
                break;
            }
            std::cerr << file << ": " << Format(Tr("row {0}"), {std::to_string(problem.row)})
                      << (problem.column.empty() ? "" : " [" + problem.column + "]") << ": " << problem.problem
                      << (problem.fix.empty() ? "" : "; " + problem.fix) << "\n";
        }
        throw core::UserError(Format(Tr("{0} row(s) of {1} cannot be imported; nothing was imported. Fix them, or "
                                        "leave them out on purpose with --skip-bad-rows"),
                                     {std::to_string(parsed.problems.size()), file}));
    }
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::SkmSurvey survey;
    survey.service_uid = core::FindService(workspace, args.Require("service", kUsage)).uid;
    survey.period = args.Require("period", kUsage);
    survey.start_date = args.Option("from").value_or("");
    survey.end_date = args.Option("to").value_or("");
    if (const auto population = args.Option("population")) {
        survey.population = PositiveNumber(*population, Tr("'{0}' is not a number of people (--population)"));
    }
    survey.responses = parsed.responses;
    survey.source_sha256 = core::Sha256::HexOf(text);
    const auto id = core::StoreSkmSurvey(workspace, rules, survey, AuthorOption(args));
    const auto summary = core::SummariseSurveys(workspace, rules, survey.service_uid, survey.period);
    const auto& result = summary.surveys.front().result;
    std::string out =
        Format(Tr("Survey {0}: {1} responses imported"), {std::to_string(id), std::to_string(parsed.responses.size())});
    if (parsed.skipped > 0) {
        out += ", " + Format(Tr("{0} bad row(s) left out"), {std::to_string(parsed.skipped)});
    }
    out += "\n" +
           Format(Tr("IKM {0} (index {1}), grade {2}: {3}"),
                  {Figure(result.score, 2), Figure(result.index, 4), result.grade, result.performance}) +
           "\n";
    Print(out);
    return kExitDone;
}

core::Json ResultJson(const core::ServiceRules& rules, const core::IkmResult& result) {
    core::Json elements = core::Json::array();
    for (std::size_t i = 0; i < rules.skm_elements.size() && i < result.element_means.size(); ++i) {
        elements.push_back({{"id", rules.skm_elements[i].id},
                            {"name", rules.skm_elements[i].name},
                            {"sum", result.element_sums[i]},
                            {"nrr", result.element_means[i]},
                            {"weighted", result.weighted[i]}});
    }
    return core::Json{{"respondents", result.respondents},
                      {"elements", elements},
                      {"index", result.index},
                      {"score", result.score},
                      {"grade", result.grade},
                      {"performance", result.performance}};
}

int List(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {"service"}, {"json"});
    args.ExpectPositional(1, 1, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    std::string service_uid;
    if (const auto service = args.Option("service")) {
        service_uid = core::FindService(workspace, *service).uid;
    }
    const auto summary = core::SummariseSurveys(workspace, rules, service_uid);
    if (args.Flag("json")) {
        core::Json list = core::Json::array();
        for (const auto& figures : summary.surveys) {
            core::Json item = {
                {"id", figures.id},
                {"service", figures.service_name},
                {"period", figures.period},
                {"from", figures.start_date},
                {"to", figures.end_date},
                {"population", figures.population},
                {"required_sample", figures.required_sample},
                {"sample_enough", figures.population == 0 || static_cast<std::int64_t>(figures.result.respondents) >=
                                                                 figures.required_sample}};
            item["published_where"] = figures.published_where;
            item["follow_up"] = figures.follow_up;
            item["ikm"] = ResultJson(rules, figures.result);
            list.push_back(std::move(item));
        }
        Print(core::DumpJson(core::Json{{"surveys", list}, {"unit", ResultJson(rules, summary.unit)}}) + "\n");
        return kExitDone;
    }
    if (summary.surveys.empty()) {
        Print(Tr("No surveys yet. Import one with: ziwb skm import WS --service SERVICE --period PERIOD FILE.csv") +
              "\n");
        return kExitDone;
    }
    std::string out;
    for (const auto& figures : summary.surveys) {
        out +=
            Format(Tr("{0}. {1}, {2}: {3} respondents"), {std::to_string(figures.id), figures.service_name,
                                                          figures.period, std::to_string(figures.result.respondents)});
        if (figures.required_sample > 0) {
            out += " " + Format(Tr("(sample needed for {0} users: {1})"),
                                {std::to_string(figures.population), std::to_string(figures.required_sample)});
        }
        out += "\n   " +
               Format(Tr("IKM {0} (index {1}), grade {2}: {3}"),
                      {Figure(figures.result.score, 2), Figure(figures.result.index, 4), figures.result.grade,
                       figures.result.performance}) +
               "\n";
    }
    out += Format(Tr("The unit: IKM {0} over {1} respondents, grade {2}: {3}"),
                  {Figure(summary.unit.score, 2), std::to_string(summary.unit.respondents), summary.unit.grade,
                   summary.unit.performance}) +
           "\n";
    Print(out);
    return kExitDone;
}

int Result(const std::vector<std::string>& words) {
    const Arguments args(words, {"published-where", "follow-up", "author"}, {});
    args.ExpectPositional(2, 2, kUsage);
    const auto published = args.Option("published-where");
    const auto follow_up = args.Option("follow-up");
    if (!published && !follow_up) {
        throw UsageError(
            Format(Tr("say where the results are published (--published-where) or how they were followed up "
                      "(--follow-up). Usage: {0}"),
                   {kUsage}));
    }
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const auto number =
        PositiveNumber(args.Positional()[1], Tr("'{0}' is not the number of a survey (see 'ziwb skm list WS')"));
    const auto surveys = core::LoadSkmSurveys(workspace);
    const auto survey =
        std::find_if(surveys.begin(), surveys.end(), [&](const core::SkmSurvey& s) { return s.id == number; });
    if (survey == surveys.end()) {
        throw core::UserError(Format(Tr("there is no survey {0} (see 'ziwb skm list WS')"), {std::to_string(number)}));
    }
    core::RecordSkmResult(workspace, *survey, published.value_or(survey->published_where),
                          follow_up.value_or(survey->follow_up), AuthorOption(args));
    Print(Format(Tr("Survey {0}: results recorded"), {std::to_string(number)}) + "\n");
    return kExitDone;
}

int Report(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {"service", "period", "place", "date", "author"}, {"overwrite", "file"});
    args.ExpectPositional(2, 2, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace =
        core::Workspace::Open(args.PositionalPath(0), args.Flag("file") ? core::Workspace::Access::ReadWrite
                                                                        : core::Workspace::Access::ReadOnly);
    std::string service_uid;
    if (const auto service = args.Option("service")) {
        service_uid = core::FindService(workspace, *service).uid;
    }
    const auto summary = core::SummariseSurveys(workspace, rules, service_uid, args.Option("period").value_or(""));
    const std::string date = args.Option("date").value_or(core::TodayDate());
    auto input = core::GatherSkmReport(workspace, rules, summary, args.Option("place").value_or(""), date);
    input.data.letterhead = input.letterhead ? &*input.letterhead : nullptr;
    const auto out = args.PositionalPath(1);
    core::WriteSkmReport(rules, input.data, core::FindPdfFonts(context.program_dir), out,
                         args.Flag("overwrite") ? core::Overwrite::Allowed : core::Overwrite::Refused);
    std::string said = Format(Tr("Survey report written: {0} (IKM {1}, grade {2})"),
                              {core::PathToUtf8(out), Figure(summary.unit.score, 2), summary.unit.grade}) +
                       "\n";
    if (args.Flag("file")) {
        const std::string title =
            "Laporan Survei Kepuasan Masyarakat" + (input.data.period.empty() ? "" : " " + input.data.period);
        const auto filed = core::FileServiceDocument(workspace, "laporan-skm", out, title, date, AuthorOption(args));
        said += Format(Tr("Filed as evidence {0} of {1} (evidence line {2} ticked)"),
                       {std::to_string(filed.evidence_id), filed.criterion, std::to_string(filed.line)}) +
                "\n";
    }
    Print(said);
    return kExitDone;
}

int RunSkm(const std::vector<std::string>& words, const Context& context) {
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {kUsage}));
    }
    const std::string& verb = words[0];
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (verb == "import") {
        return Import(rest, context);
    }
    if (verb == "list") {
        return List(rest, context);
    }
    if (verb == "report") {
        return Report(rest, context);
    }
    if (verb == "result") {
        return Result(rest);
    }
    throw UsageError(Format(Tr("unknown word '{0}'. Usage: {1}"), {verb, kUsage}));
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration(
        {"skm", kUsage, NoTr("The public satisfaction survey: import responses, IKM, report"), RunSkm, 232}),
};

}  // namespace
}  // namespace ziwb::cli
