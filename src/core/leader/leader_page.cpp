// SPDX-License-Identifier: GPL-3.0-or-later
#include "leader/leader_page.hpp"

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "form/form_grammar.hpp"
#include "io/safe_file.hpp"
#include "pdf/pdf_fonts.hpp"
#include "pdf/pdf_layout.hpp"

namespace ziwb::core {
namespace {

/// "Ani, Budi, Citra and 12 more": a page has room for a few names, not for 500.
std::string FewNames(const std::vector<std::string>& names) {
    constexpr std::size_t kShown = 5;
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i) {
        text += (i == 0 ? "" : ", ") + OneLine(names[i]);
    }
    if (names.size() > kShown) {
        text += " " + Format(Tr("and {0} more"), {std::to_string(names.size() - kShown)});
    }
    return text;
}

/// A criterion's question cut to one line of the table (on a character boundary).
std::string Shortened(const std::string& text) {
    constexpr std::size_t kLength = 36;
    return Excerpt(text, kLength);
}

}  // namespace

void WriteLeaderPdf(const Form& form, const LeaderSummary& summary, const std::filesystem::path& program_dir,
                    const std::filesystem::path& target, bool overwrite) {
    PdfDocument document(FindPdfFonts(program_dir),
                         PdfMetadata{Tr("Leader's summary") + " - " + OneLine(summary.info.unit_name), "ZI Workbench",
                                     Tr("Zona Integritas: where the unit stands")});
    // One page, read in a minute: narrower margins than a letter's (nothing is bound or filed here).
    PdfLayout layout(document, PdfMargins{56.69, 56.69, 42.52, 56.69});
    layout.Title(Tr("LEADER'S SUMMARY"));
    layout.Space(4);
    layout.KeyValues({{Tr("Unit"), summary.info.unit_name},
                      {Tr("Agency"), summary.info.agency},
                      {Tr("Year"), std::to_string(summary.info.year)},
                      {Tr("For"), summary.leader_name.empty() ? std::string("-") : summary.leader_name},
                      {Tr("Date"), summary.today}});

    layout.Heading("1. " + Tr("Score and verdict"));
    std::string verdict = Format(Tr("Total {0} of 100, {1}% of the criteria answered"),
                                 {FormatNumber(summary.total, 2), FormatNumber(summary.completeness * 100.0, 0)});
    for (const auto& line : summary.verdicts) {
        verdict += "\n" + VerdictLine(line);
    }
    for (const auto& judged : summary.proposal) {
        verdict += "\n" + ProposalLine(judged);
    }
    if (const std::string deadline = DeadlineLine(summary); !deadline.empty()) {
        verdict += "\n" + deadline;
    }
    layout.Paragraph(verdict, PdfAlign::Left);

    layout.Heading("2. " + Tr("What is missing"));
    if (summary.open_prerequisites > 0) {
        layout.Paragraph(
            Format(Tr("{0} prerequisite(s) not confirmed met"), {std::to_string(summary.open_prerequisites)}),
            PdfAlign::Left);
    }
    if (summary.missing.empty()) {
        layout.Paragraph(Tr("Nothing: every criterion is answered and backed."), PdfAlign::Left);
    } else {
        // What, where and how much: the team knows how to fix it (ziwb check lists the actions).
        PdfTable table{{{Tr("Points"), 0.6, PdfAlign::Right}, {Tr("Where"), 3.1}, {Tr("Problem"), 2.9}}, {}};
        for (const auto& finding : summary.missing) {
            const FormNode* node = form.FindNode(finding.code);
            table.rows.push_back({FormatNumber(finding.points, 2),
                                  finding.code + (node != nullptr ? " " + Shortened(node->name) : std::string()),
                                  finding.problem});
        }
        layout.Table(table);
        if (summary.missing_count > summary.missing.size()) {
            layout.Paragraph(Format(Tr("and {0} more: ziwb check WS"),
                                    {std::to_string(summary.missing_count - summary.missing.size())}),
                             PdfAlign::Left);
        }
    }

    layout.Heading("3. " + Tr("Who has not signed"));
    if (summary.signatures.empty()) {
        layout.Paragraph(Tr("Nobody is expected to sign yet: the team register is empty."), PdfAlign::Left);
    }
    std::string signatures;
    for (const auto& progress : summary.signatures) {
        signatures +=
            (signatures.empty() ? "" : "\n") +
            Format(Tr("{0}: {1} of {2} signed"),
                   {progress.template_name, std::to_string(progress.signed_count), std::to_string(progress.expected)});
        if (!progress.not_signed.empty()) {
            signatures += " - " + Tr("not yet:") + " " + FewNames(progress.not_signed);
        }
    }
    if (!signatures.empty()) {
        layout.Paragraph(signatures, PdfAlign::Left);
    }

    layout.Heading("4. " + Tr("Waiting for your signature"));
    std::string awaiting;
    for (const auto& action : summary.awaiting) {
        awaiting += (awaiting.empty() ? "- " : "\n- ") + action;
    }
    layout.Paragraph(awaiting.empty() ? Tr("Nothing now.") : awaiting, PdfAlign::Left);
    layout.Paragraph(SignoffLine(summary.signoff), PdfAlign::Left);
    layout.Finish(PdfFooter{"PIMPINAN-" + std::to_string(summary.info.year), Tr("Page {0} of {1}")});
    document.Save(target, overwrite ? Overwrite::Allowed : Overwrite::Refused);
}

}  // namespace ziwb::core
