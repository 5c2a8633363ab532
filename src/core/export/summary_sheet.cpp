// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/summary_sheet.hpp"

#include "common/text.hpp"
#include "export/cell_styles.hpp"
#include "proposal/proposal_rules.hpp"
#include "report/score_output.hpp"

namespace ziwb::core {
namespace {

using xlsx::Cached;
using xlsx::Cell;
using xlsx::ColumnHeader;
using xlsx::SheetTitle;

void Text(lxw_format* f) {
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}
void Bold(lxw_format* f) {
    Text(f);
    format_set_bold(f);
}
void Number(lxw_format* f) {
    Text(f);
    format_set_num_format(f, "0.00");
}
void BoldNumber(lxw_format* f) {
    Number(f);
    format_set_bold(f);
}
void Percent(lxw_format* f) {
    Text(f);
    format_set_num_format(f, "0.0%");
}
void Section(lxw_format* f) {
    format_set_bold(f);
    format_set_font_size(f, 12);
    format_set_font_color(f, 0x1F4E79);
}

std::string Quoted(const std::string& sheet) {
    return "'" + sheet + "'!";
}

class SummaryWriter {
public:
    SummaryWriter(xlsx::Book& book, const Form& form, const WorkspaceInfo& info, const ExportLayer& layer,
                  const LkeSheetMap& lke, std::size_t layer_index, const std::vector<PrerequisiteState>& prerequisites,
                  const SignoffStatus* signoff)
        : m_book(book),
          m_form(form),
          m_info(info),
          m_layer(layer),
          m_lke(lke),
          m_value_column(lke.value_columns.at(layer_index)),
          m_prerequisites(prerequisites),
          m_signoff(signoff) {}

    void Write() {
        m_sheet = m_book.AddSheet("Rekap");
        worksheet_set_column(m_sheet, 0, 0, 74, nullptr);
        worksheet_set_column(m_sheet, 1, 9, 14, nullptr);
        const std::string title = "REKAPITULASI PENILAIAN ZONA INTEGRITAS - " + m_info.unit_name + " (" +
                                  std::to_string(m_info.year) + ")" +
                                  (m_layer.layer == Layer::Tpi() ? " - jawaban TPI" : "");
        xlsx::WriteText(m_sheet, 0, 0, title, m_book.Style(SheetTitle));
        int row = 2;
        row = WriteAreas(row);
        row = WriteComponents(row + 1);
        row = WriteVerdicts(row + 1);
        if (m_signoff != nullptr && m_layer.layer.IsUnit()) {
            xlsx::WriteText(m_sheet, ++row, 0, SignoffSentence(*m_signoff),
                            m_book.Style(m_signoff->state == SignoffState::Current ? Text : Section));
            ++row;
        }
        WritePrerequisites(row + 1);
        worksheet_set_landscape(m_sheet);
        worksheet_set_paper(m_sheet, 9);
        worksheet_fit_to_pages(m_sheet, 1, 0);
    }

private:
    [[nodiscard]] std::string LkeCell(const std::string& code) const {
        return Quoted("LKE ZI") + Cell(m_lke.row_of.at(code), m_value_column, true);
    }

    [[nodiscard]] Cached ValueOf(int index) const {
        const auto& value = m_layer.report->nodes[static_cast<std::size_t>(index)].value;
        return value ? Cached::Number(*value) : Cached::Text(kNotAnswered);
    }

    /// One row per change area: its node in each part (Pemenuhan, Reform), their sum, the weight,
    /// and the WBK/WBBM minimums (the form's per-area fraction of the weight).
    int WriteAreas(int row) {
        xlsx::WriteText(m_sheet, row++, 0, "Capaian per area perubahan", m_book.Style(Section));
        std::vector<const FormNode*> parts;
        for (const ChangeArea& area : m_form.ChangeAreas()) {
            for (const int index : m_form.AreaNodes(area.number)) {
                const FormNode* part = m_form.Ancestor(index, NodeKind::Part);
                if (part != nullptr && std::find(parts.begin(), parts.end(), part) == parts.end()) {
                    parts.push_back(part);
                }
            }
        }
        lxw_format* header = m_book.Style(ColumnHeader);
        int column = 0;
        xlsx::WriteText(m_sheet, row, column++, "Area perubahan", header);
        for (const FormNode* part : parts) {
            xlsx::WriteText(m_sheet, row, column++, part->name, header);
        }
        const int sum_column = column;
        xlsx::WriteText(m_sheet, row, column++, "Jumlah", header);
        const int weight_column = column;
        xlsx::WriteText(m_sheet, row, column++, "Bobot", header);
        const int percent_column = column;
        xlsx::WriteText(m_sheet, row, column++, "Capaian (%)", header);
        std::vector<int> minimum_columns;
        for (const Predicate& predicate : m_form.Predicates()) {
            if (predicate.area_minimum_fraction > 0) {
                minimum_columns.push_back(column);
                xlsx::WriteText(m_sheet, row, column++,
                                "Minimum " + predicate.id + " (" +
                                    FormatMachineNumber(predicate.area_minimum_fraction * 100) + "%)",
                                header);
            }
        }
        worksheet_set_row(m_sheet, static_cast<lxw_row_t>(row), 30, nullptr);
        const int first_area_row = row + 1;
        for (const ChangeArea& area : m_form.ChangeAreas()) {
            ++row;
            xlsx::WriteText(m_sheet, row, 0, std::to_string(area.number) + ". " + area.name, m_book.Style(Text));
            double total = 0.0;
            double weight = 0.0;
            column = 1;
            for (const FormNode* part : parts) {
                const int index = FindAreaIn(*part, area.number);
                if (index < 0) {
                    xlsx::WriteText(m_sheet, row, column++, "", m_book.Style(Text));
                    continue;
                }
                const NodeScore& score = m_layer.report->nodes[static_cast<std::size_t>(index)];
                total += score.value.value_or(0.0);
                weight += score.weight.value_or(0.0);
                xlsx::WriteFormula(m_sheet, row, column++, LkeCell(m_form.Node(index).code), ValueOf(index),
                                   m_book.Style(Number));
            }
            const std::string range = Cell(row, 1) + ":" + Cell(row, sum_column - 1);
            xlsx::WriteFormula(m_sheet, row, sum_column, "SUM(" + range + ")", Cached::Number(total),
                               m_book.Style(BoldNumber));
            xlsx::WriteNumber(m_sheet, row, weight_column, weight, m_book.Style(Number));
            xlsx::WriteFormula(m_sheet, row, percent_column, Cell(row, sum_column) + "/" + Cell(row, weight_column),
                               Cached::Number(weight > 0 ? total / weight : 0.0), m_book.Style(Percent));
            std::size_t m = 0;
            for (const Predicate& predicate : m_form.Predicates()) {
                if (predicate.area_minimum_fraction > 0) {
                    xlsx::WriteNumber(m_sheet, row, minimum_columns[m++], predicate.area_minimum_fraction * weight,
                                      m_book.Style(Number));
                }
            }
        }
        AddAreaChart(first_area_row, row, sum_column, minimum_columns);
        return row + 1;
    }

    [[nodiscard]] int FindAreaIn(const FormNode& part, int area_number) const {
        for (const int child : part.children) {
            if (m_form.Node(child).kind == NodeKind::Area && m_form.Node(child).change_area == area_number) {
                return child;
            }
        }
        return -1;
    }

    /// Each area's value beside the WBK and WBBM minimums for that area, from the table's columns.
    void AddAreaChart(int first_row, int last_row, int sum_column, const std::vector<int>& minimum_columns) {
        lxw_chart* chart = workbook_add_chart(m_book.Raw(), LXW_CHART_COLUMN);
        const auto range = [&](int column) {
            return "=" + Quoted("Rekap") + Cell(first_row, column, true) + ":" + Cell(last_row, column, true);
        };
        const std::string categories = range(0);
        lxw_chart_series* achieved = chart_add_series(chart, categories.c_str(), range(sum_column).c_str());
        chart_series_set_name(achieved, "Nilai area (Pemenuhan + Reform)");
        std::size_t m = 0;
        for (const Predicate& predicate : m_form.Predicates()) {
            if (predicate.area_minimum_fraction > 0) {
                lxw_chart_series* series =
                    chart_add_series(chart, categories.c_str(), range(minimum_columns[m++]).c_str());
                const std::string name = "Minimum " + predicate.id;
                chart_series_set_name(series, name.c_str());
            }
        }
        chart_title_set_name(chart, "Nilai per area perubahan terhadap minimum WBK dan WBBM");
        chart_axis_set_min(chart->y_axis, 0);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        lxw_chart_options options{};
        options.x_scale = 2.0;
        options.y_scale = 1.3;
        xlsx::Book::Check(worksheet_insert_chart_opt(m_sheet, static_cast<lxw_row_t>(last_row + 2), 0, chart, &options),
                          "insert chart");
    }

    int WriteComponents(int row) {
        // Leave room for the chart placed under the area table.
        row += 22;
        xlsx::WriteText(m_sheet, row++, 0, "Nilai", m_book.Style(Section));
        lxw_format* header = m_book.Style(ColumnHeader);
        xlsx::WriteText(m_sheet, row, 0, "Komponen", header);
        xlsx::WriteText(m_sheet, row, 1, "Nilai", header);
        xlsx::WriteText(m_sheet, row, 2, "Bobot", header);
        xlsx::WriteText(m_sheet, row, 3, "Capaian (%)", header);
        for (std::size_t i = 1; i < m_form.Nodes().size(); ++i) {
            const FormNode& node = m_form.Nodes()[i];
            const bool listed =
                node.kind == NodeKind::Component || node.kind == NodeKind::Part || (node.IsCriterion() && node.weight);
            if (!listed) {
                continue;
            }
            ++row;
            const bool bold = node.kind == NodeKind::Component;
            const std::string indent(node.depth > 1 ? static_cast<std::size_t>(node.depth - 1) * 3 : 0, ' ');
            xlsx::WriteText(m_sheet, row, 0, indent + node.name, m_book.Style(bold ? Bold : Text));
            xlsx::WriteFormula(m_sheet, row, 1, LkeCell(node.code), ValueOf(static_cast<int>(i)),
                               m_book.Style(bold ? BoldNumber : Number));
            xlsx::WriteNumber(m_sheet, row, 2, node.weight.value_or(0.0), m_book.Style(Number));
            const auto fraction = m_layer.report->nodes[i].Fraction();
            xlsx::WriteFormula(m_sheet, row, 3,
                               "IF(ISNUMBER(" + Cell(row, 1) + ")," + Cell(row, 1) + "/" + Cell(row, 2) + ",\"\")",
                               fraction ? Cached::Number(*fraction) : Cached::Text(""), m_book.Style(Percent));
        }
        ++row;
        xlsx::WriteText(m_sheet, row, 0, "NILAI EVALUASI ZONA INTEGRITAS", m_book.Style(Bold));
        xlsx::WriteFormula(m_sheet, row, 1, Quoted("LKE ZI") + Cell(m_lke.total_row, m_value_column, true),
                           Cached::Number(m_layer.report->Total()), m_book.Style(BoldNumber));
        xlsx::WriteNumber(m_sheet, row, 2, m_form.Root().weight.value_or(100.0), m_book.Style(Number));
        ++row;
        xlsx::WriteText(m_sheet, row, 0, "Kelengkapan LKE (kriteria terjawab)", m_book.Style(Text));
        xlsx::WriteNumber(m_sheet, row, 1, m_layer.report->Completeness(), m_book.Style(Percent));
        ++row;
        xlsx::WriteText(m_sheet, row, 0, "Nilai jika yang belum dijawab dihitung 0", m_book.Style(Text));
        xlsx::WriteNumber(m_sheet, row, 1, m_layer.report->TotalIfUnansweredZero(), m_book.Style(Number));
        return row + 1;
    }

    int WriteVerdicts(int row) {
        xlsx::WriteText(m_sheet, row++, 0, "Kelayakan predikat", m_book.Style(Section));
        lxw_format* header = m_book.Style(ColumnHeader);
        for (const Verdict& verdict : m_layer.report->verdicts) {
            const std::string line = verdict.predicate + ": " +
                                     (verdict.eligible ? std::string("memenuhi semua syarat")
                                                       : "belum memenuhi - " + std::to_string(verdict.unmet.size()) +
                                                             " syarat belum terpenuhi");
            xlsx::WriteText(m_sheet, row++, 0, line, m_book.Style(Bold));
            if (verdict.unmet.empty()) {
                continue;
            }
            xlsx::WriteText(m_sheet, row, 0, "Syarat", header);
            xlsx::WriteText(m_sheet, row, 1, "Saat ini", header);
            xlsx::WriteText(m_sheet, row, 2, "Diperlukan", header);
            xlsx::WriteText(m_sheet, row, 3, "Kode", header);
            for (const UnmetCondition& unmet : verdict.unmet) {
                ++row;
                xlsx::WriteText(m_sheet, row, 0, unmet.condition, m_book.Style(Text));
                WriteConditionValue(row, 1, unmet.actual);
                WriteConditionValue(row, 2, unmet.required);
                xlsx::WriteText(m_sheet, row, 3, unmet.target_code, m_book.Style(Text));
            }
            row += 2;
        }
        return row;
    }

    void WriteConditionValue(int row, int column, const ConditionValue& value) {
        if (const auto* number = std::get_if<double>(&value)) {
            xlsx::WriteNumber(m_sheet, row, column, *number, m_book.Style(Number));
        } else {
            xlsx::WriteText(m_sheet, row, column, std::get<std::string>(value), m_book.Style(Text));
        }
    }

    void WritePrerequisites(int row) {
        if (m_prerequisites.empty()) {
            return;
        }
        xlsx::WriteText(m_sheet, row++, 0, "Prasyarat pengusulan (tidak dinilai)", m_book.Style(Section));
        lxw_format* header = m_book.Style(ColumnHeader);
        xlsx::WriteText(m_sheet, row, 0, "Prasyarat", header);
        xlsx::WriteText(m_sheet, row, 1, "Untuk", header);
        xlsx::WriteText(m_sheet, row, 2, "Status", header);
        xlsx::WriteText(m_sheet, row, 3, "Catatan", header);
        for (const auto& state : m_prerequisites) {
            if (!PrerequisiteApplies(*state.prerequisite, m_info.agency_type)) {
                continue;  // another agency type's Indeks RB threshold (Tabel 5)
            }
            ++row;
            std::string predicates;
            for (const auto& id : state.prerequisite->predicates) {
                predicates += (predicates.empty() ? "" : ", ") + id;
            }
            xlsx::WriteText(m_sheet, row, 0, state.prerequisite->text, m_book.Style(Text));
            xlsx::WriteText(m_sheet, row, 1, predicates, m_book.Style(Text));
            xlsx::WriteText(m_sheet, row, 2,
                            !state.met ? "belum dikonfirmasi" : (*state.met ? "terpenuhi" : "TIDAK terpenuhi"),
                            m_book.Style(Text));
            xlsx::WriteText(m_sheet, row, 3, state.note, m_book.Style(Text));
        }
        WriteProposal(row + 2);
    }

    /// What the proposal to the TPN depends on (PermenPANRB 5/2024 Bab II), in the sheet's language.
    void WriteProposal(int row) {
        const ProposalRules& rules = m_form.Proposal();
        if (rules.agency_types.empty() && rules.deadline_month == 0) {
            return;
        }
        const auto named = [](const std::string& name, const std::string& id) {
            return id.empty() ? std::string("belum diisi") : name + " (" + id + ")";
        };
        xlsx::WriteText(m_sheet, row++, 0,
                        "Jenis instansi: " + named(AgencyTypeName(m_form, m_info.agency_type), m_info.agency_type),
                        m_book.Style(Text));
        xlsx::WriteText(m_sheet, row++, 0,
                        "Jenis layanan: " + named(ServiceTypeName(m_form, m_info.service_type), m_info.service_type),
                        m_book.Style(Text));
        if (const ProposalExemption* exemption = ApplicableExemption(m_form, m_info)) {
            xlsx::WriteText(m_sheet, row++, 0, "Pengecualian " + exemption->id + ": " + exemption->text,
                            m_book.Style(Text));
        }
        if (!m_info.self_evaluation.empty()) {
            xlsx::WriteText(m_sheet, row++, 0, "Dievaluasi secara mandiri oleh instansi: " + m_info.self_evaluation,
                            m_book.Style(Text));
        }
        if (const std::string deadline = ProposalDeadline(m_form, m_info); !deadline.empty()) {
            xlsx::WriteText(m_sheet, row, 0, "Batas waktu pengusulan ke TPN: " + deadline, m_book.Style(Text));
        }
    }

    xlsx::Book& m_book;
    const Form& m_form;
    const WorkspaceInfo& m_info;
    const ExportLayer& m_layer;
    const LkeSheetMap& m_lke;
    int m_value_column;
    const std::vector<PrerequisiteState>& m_prerequisites;
    const SignoffStatus* m_signoff;
    lxw_worksheet* m_sheet = nullptr;
};

}  // namespace

void WriteSummarySheet(xlsx::Book& book, const Form& form, const WorkspaceInfo& info, const ExportLayer& layer,
                       const LkeSheetMap& lke, std::size_t layer_index,
                       const std::vector<PrerequisiteState>& prerequisites, const SignoffStatus* signoff) {
    SummaryWriter(book, form, info, layer, lke, layer_index, prerequisites, signoff).Write();
}

}  // namespace ziwb::core
