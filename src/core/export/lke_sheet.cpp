// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/lke_sheet.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "common/error.hpp"
#include "common/text.hpp"
#include "export/cell_styles.hpp"
#include "form/form_grammar.hpp"

namespace ziwb::core {
namespace {

using xlsx::Cached;
using xlsx::Cell;
using xlsx::ColumnHeader;
using xlsx::SheetTitle;
using xlsx::WrappedText;

// Fixed columns of the Lampiran III layout; each layer adds Jawaban, Nilai, %, Catatan after them.
constexpr int kCodeColumn = 0;       // A: the stable code (the official sheet numbers its rows here)
constexpr int kFirstTreeColumn = 1;  // B..G: the hierarchy, one column per level
constexpr int kQuestionColumn = 6;   // G
constexpr int kWeightColumn = 7;     // H: Bobot
constexpr int kExplainColumn = 8;    // I: Penjelasan
constexpr int kChoicesColumn = 9;    // J: Pilihan Jawaban
constexpr int kFirstLayerColumn = 10;
constexpr int kLayerWidth = 4;
constexpr int kHeaderRow = 1;
constexpr int kFirstNodeRow = 2;

struct Columns {
    int answer;
    int value;
    int percent;
    int note;
};

/// The keys of a scale, each checked against the key grammar right before it is written into a
/// formula (IF(K9="Ya",...)) or a data-validation list ("Ya,Tidak"). The form loader refuses a bad
/// key already; this second check keeps a quote in a stranger's form copy from ever becoming part
/// of a live formula, whatever path the form took to get here.
std::vector<std::string> FormulaSafeKeys(const Scale& scale) {
    std::vector<std::string> keys;
    for (const auto& choice : scale.choices) {
        if (!IsWellFormedChoiceKey(choice.key)) {
            throw UserError(Format(Tr("the form's choice key '{0}' (scale '{1}') is not a well-formed key; "
                                      "the workbook was not written"),
                                   {Excerpt(choice.key), Excerpt(scale.id)}));
        }
        keys.push_back(choice.key);
    }
    return keys;
}

Columns LayerColumns(std::size_t index) {
    const int first = kFirstLayerColumn + static_cast<int>(index) * kLayerWidth;
    return {first, first + 1, first + 2, first + 3};
}

// Formats. Function pointers so Book::Format creates each once.
void Component(lxw_format* f) {
    format_set_bold(f);
    format_set_bg_color(f, 0xBDD7EE);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}
void Part(lxw_format* f) {
    format_set_bold(f);
    format_set_bg_color(f, 0xDDEBF7);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}
void Area(lxw_format* f) {
    format_set_bold(f);
    format_set_bg_color(f, 0xF2F2F2);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}
void Group(lxw_format* f) {
    format_set_bold(f);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}
void Number(lxw_format* f) {
    WrappedText(f);
    format_set_num_format(f, "0.00");
}
void GroupNumber(lxw_format* f) {
    Group(f);
    format_set_num_format(f, "0.00");
}
void Percent(lxw_format* f) {
    WrappedText(f);
    format_set_num_format(f, "0.00%");
}
void Input(lxw_format* f) {
    WrappedText(f);
    format_set_unlocked(f);
    format_set_bg_color(f, 0xFFF2CC);
    format_set_align(f, LXW_ALIGN_CENTER);
}
void Note(lxw_format* f) {
    WrappedText(f);
    format_set_unlocked(f);
}
void Total(lxw_format* f) {
    format_set_bold(f);
    format_set_bg_color(f, 0xBDD7EE);
    format_set_border(f, LXW_BORDER_MEDIUM);
    format_set_num_format(f, "0.00");
}

Cached ValueOr(const std::optional<double>& value, const std::string& otherwise = kNotAnswered) {
    return value ? Cached::Number(*value) : Cached::Text(otherwise);
}

std::string LayerLabel(const Layer& layer, const char* unit_label, const char* tpi_label) {
    return layer == Layer::Unit() ? unit_label : tpi_label;
}

/// The segment Lampiran III prints in the hierarchy column: "A.", "I.", "1.", "i.", "a.".
std::string Label(const FormNode& node) {
    return node.DisplayLetter() + ".";
}

/// Rough row height for wrapped text, so rows show whole questions in LibreOffice and Excel,
/// which do not size rows with merged or wrapped cells on their own.
double RowHeight(const std::vector<std::pair<std::string, double>>& texts) {
    std::size_t lines = 1;
    for (const auto& [text, width] : texts) {
        const auto chars_per_line = static_cast<std::size_t>(std::max(8.0, width));
        std::size_t text_lines = 0;
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            text_lines += 1 + (end - start) / chars_per_line;
            start = end + 1;
        }
        lines = std::max(lines, text_lines);
    }
    return 15.0 * static_cast<double>(std::min<std::size_t>(lines, 27));
}

class LkeSheetWriter {
public:
    LkeSheetWriter(xlsx::Book& book, const Form& form, const WorkspaceInfo& info,
                   const std::vector<ExportLayer>& layers, const std::map<std::string, std::pair<int, int>>* evidence)
        : m_book(book), m_form(form), m_info(info), m_layers(layers), m_evidence(evidence) {}

    LkeSheetMap Write() {
        m_sheet = m_book.AddSheet("LKE ZI");
        PlanRows();
        WriteHeader();
        for (std::size_t i = 1; i < m_form.Nodes().size(); ++i) {
            WriteNode(static_cast<int>(i));
        }
        WriteTotals();
        SetUpPage();
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            m_map.value_columns.push_back(LayerColumns(l).value);
        }
        return m_map;
    }

private:
    [[nodiscard]] int EvidenceColumn() const {
        return kFirstLayerColumn + static_cast<int>(m_layers.size()) * kLayerWidth;
    }
    [[nodiscard]] int LastColumn() const { return EvidenceColumn() - (m_evidence == nullptr ? 1 : 0); }

    /// Rows first, so a parent's formula can name rows below it: each node one row, each count
    /// input of a percentage item one more, a TOTAL row after each component.
    void PlanRows() {
        int row = kFirstNodeRow;
        for (std::size_t i = 1; i < m_form.Nodes().size(); ++i) {
            const FormNode& node = m_form.Nodes()[i];
            // Formulas refer to nodes by the rows laid out here from their codes.
            if (!IsWellFormedCode(node.code)) {
                throw UserError(Format(Tr("the form's code '{0}' is not a well-formed code; the workbook was not "
                                          "written"),
                                       {Excerpt(node.code)}));
            }
            m_map.row_of[node.code] = row++;
            if (node.IsCriterion() && node.answer_kind == AnswerKind::Percentage) {
                row += static_cast<int>(node.inputs.size());
            }
            const bool last_of_component =
                i + 1 == m_form.Nodes().size() || m_form.Nodes()[i + 1].kind == NodeKind::Component;
            if (last_of_component) {
                const FormNode* component = m_form.Ancestor(static_cast<int>(i), NodeKind::Component);
                m_component_total_row[component->code] = row++;
            }
        }
        m_map.total_row = row + 1;
    }

    void WriteHeader() {
        const std::string title = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS - " + m_info.unit_name + " (" + m_info.agency +
                                  ", " + std::to_string(m_info.year) + ")";
        xlsx::Book::Check(worksheet_merge_range(m_sheet, 0, 0, 0, static_cast<lxw_col_t>(LastColumn()),
                                                xlsx::CellText(title).c_str(), m_book.Style(SheetTitle)),
                          "title");
        lxw_format* header = m_book.Style(ColumnHeader);
        xlsx::WriteText(m_sheet, kHeaderRow, kCodeColumn, "Kode", header);
        xlsx::Book::Check(worksheet_merge_range(m_sheet, kHeaderRow, kFirstTreeColumn, kHeaderRow, kQuestionColumn,
                                                "Penilaian", header),
                          "header");
        xlsx::WriteText(m_sheet, kHeaderRow, kWeightColumn, "Bobot", header);
        xlsx::WriteText(m_sheet, kHeaderRow, kExplainColumn, "Penjelasan", header);
        xlsx::WriteText(m_sheet, kHeaderRow, kChoicesColumn, "Pilihan Jawaban", header);
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            const Columns c = LayerColumns(l);
            const Layer layer = m_layers[l].layer;
            xlsx::WriteText(m_sheet, kHeaderRow, c.answer, LayerLabel(layer, "Jawaban", "Jawaban TPI"), header);
            xlsx::WriteText(m_sheet, kHeaderRow, c.value, LayerLabel(layer, "Nilai", "Nilai TPI"), header);
            xlsx::WriteText(m_sheet, kHeaderRow, c.percent, LayerLabel(layer, "%", "% TPI"), header);
            xlsx::WriteText(m_sheet, kHeaderRow, c.note,
                            LayerLabel(layer, "Catatan/Keterangan/Penjelasan", "Catatan TPI"), header);
        }
        if (m_evidence != nullptr) {
            xlsx::WriteText(m_sheet, kHeaderRow, EvidenceColumn(), "Bukti dukung", header);
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(EvidenceColumn()),
                                 static_cast<lxw_col_t>(EvidenceColumn()), 11, nullptr);
        }
        worksheet_set_row(m_sheet, kHeaderRow, 32, nullptr);
        const double widths[] = {12, 3, 3, 3, 3.5, 4, 48, 7, 46, 11};
        for (int c = 0; c < kFirstLayerColumn; ++c) {
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
        }
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            const Columns c = LayerColumns(l);
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c.answer), static_cast<lxw_col_t>(c.percent), 9,
                                 nullptr);
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c.note), static_cast<lxw_col_t>(c.note), 32, nullptr);
        }
    }

    lxw_format* LabelFormat(NodeKind kind) {
        switch (kind) {
            case NodeKind::Component: return m_book.Style(Component);
            case NodeKind::Part: return m_book.Style(Part);
            case NodeKind::Area: return m_book.Style(Area);
            case NodeKind::Subindicator: return m_book.Style(Group);
            default: return m_book.Style(WrappedText);
        }
    }

    void WriteTreeLabels(const FormNode& node, int row) {
        lxw_format* format = LabelFormat(node.kind);
        const int label_column = kFirstTreeColumn + node.depth - 1;
        for (int c = kFirstTreeColumn; c < label_column; ++c) {
            xlsx::WriteText(m_sheet, row, c, "", format);
        }
        xlsx::WriteText(m_sheet, row, kCodeColumn, node.code, format);
        xlsx::WriteText(m_sheet, row, label_column, Label(node), format);
        const int name_column = label_column + 1;
        if (name_column < kQuestionColumn) {
            xlsx::Book::Check(worksheet_merge_range(m_sheet, static_cast<lxw_row_t>(row),
                                                    static_cast<lxw_col_t>(name_column), static_cast<lxw_row_t>(row),
                                                    kQuestionColumn, xlsx::CellText(node.name).c_str(), format),
                              "name");
        } else {
            xlsx::WriteText(m_sheet, row, kQuestionColumn, node.name, format);
        }
    }

    void WriteNode(int index) {
        const FormNode& node = m_form.Node(index);
        const int row = m_map.row_of.at(node.code);
        WriteTreeLabels(node, row);
        lxw_format* format = LabelFormat(node.kind);
        if (node.weight) {
            xlsx::WriteNumber(m_sheet, row, kWeightColumn, *node.weight,
                              node.IsCriterion() ? m_book.Style(Number) : m_book.Style(GroupNumber));
        } else {
            xlsx::WriteText(m_sheet, row, kWeightColumn, "", format);
        }
        if (node.IsCriterion()) {
            WriteCriterion(node, index, row);
            return;
        }
        xlsx::WriteText(m_sheet, row, kExplainColumn, "", format);
        xlsx::WriteText(m_sheet, row, kChoicesColumn, "", format);
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            WriteGroupValue(node, index, row, l, format);
        }
    }

    void WriteGroupValue(const FormNode& node, int index, int row, std::size_t l, lxw_format* format) {
        const Columns c = LayerColumns(l);
        const NodeScore& score = m_layers[l].report->nodes[static_cast<std::size_t>(index)];
        const std::string value_column = xlsx::ColumnName(c.value);
        std::string formula;
        if (node.kind == NodeKind::Subindicator) {
            // AVERAGE skips "Blm Diisi", as the official workbook does; with nothing answered the
            // subindicator has no value instead of the official #DIV/0!.
            const int first = row + 1;
            const int last = LastRowOf(node);
            const std::string range = Cell(first, c.value) + ":" + Cell(last, c.value);
            formula = "IF(COUNT(" + range + ")=0,\"" + kNotAnswered + "\",AVERAGE(" + range + ")*" +
                      Cell(row, kWeightColumn) + ")";
        } else {
            std::string cells;
            for (const int child : node.children) {
                cells += (cells.empty() ? "" : ",") + Cell(m_map.row_of.at(m_form.Node(child).code), c.value);
            }
            formula = "IF(COUNT(" + cells + ")=0,\"" + kNotAnswered + "\",SUM(" + cells + "))";
        }
        xlsx::WriteFormula(m_sheet, row, c.value, formula, ValueOr(score.value), m_book.Style(GroupNumber));
        WritePercent(row, c, score, m_book.Style(Percent));
        xlsx::WriteText(m_sheet, row, c.answer, "", format);
        xlsx::WriteText(m_sheet, row, c.note, "", format);
        (void)value_column;
    }

    void WritePercent(int row, const Columns& c, const NodeScore& score, lxw_format* format) {
        const std::string value = Cell(row, c.value);
        xlsx::WriteFormula(m_sheet, row, c.percent,
                           "IF(ISNUMBER(" + value + ")," + value + "/" + Cell(row, kWeightColumn) + ",\"\")",
                           ValueOr(score.Fraction(), ""), format);
    }

    /// The last row that belongs to a node: its last descendant, and that one's count rows.
    int LastRowOf(const FormNode& node) const {
        const FormNode* last = &node;
        while (!last->children.empty()) {
            last = &m_form.Node(last->children.back());
        }
        int row = m_map.row_of.at(last->code);
        if (last->IsCriterion() && last->answer_kind == AnswerKind::Percentage) {
            row += static_cast<int>(last->inputs.size());
        }
        return row;
    }

    std::string Explanation(const FormNode& node) const {
        if (node.answer_kind == AnswerKind::Choice) {
            std::string text;
            // As Lampiran III prints them: "a. Jika ..." for letters; "Ya, jika ..." as it stands.
            for (const auto& option : node.options) {
                const bool keyed = option.description.size() >= option.key.size() &&
                                   std::equal(option.key.begin(), option.key.end(), option.description.begin(),
                                              [](char a, char b) { return std::tolower(a) == std::tolower(b); });
                std::string line = option.description;
                if (!keyed) {
                    std::string key = option.key;
                    std::transform(key.begin(), key.end(), key.begin(),
                                   [](unsigned char c) { return std::tolower(c); });
                    line.insert(0, key + ". ");
                }
                text += (text.empty() ? "" : "\n") + line;
            }
            return text;
        }
        if (node.answer_kind == AnswerKind::Index) {
            return "Nilai indeks " + FormatMachineNumber(node.inputs[0].min) + " - " +
                   FormatMachineNumber(node.inputs[0].max.value_or(0)) + "; nilai = " + node.formula.Text();
        }
        return "Rumus: " + node.formula.Text();
    }

    void WriteCriterion(const FormNode& node, int index, int row) {
        lxw_format* plain = m_book.Style(WrappedText);
        const std::string explanation = Explanation(node);
        xlsx::WriteText(m_sheet, row, kExplainColumn, explanation, plain);
        const std::string choices = node.answer_kind == AnswerKind::Choice  ? m_form.ScaleOf(node).label
                                    : node.answer_kind == AnswerKind::Index ? "Nilai (0-4)"
                                                                            : "%";
        xlsx::WriteText(m_sheet, row, kChoicesColumn, choices, plain);
        double height = RowHeight({{node.name, 48}, {explanation, 46}});
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            const Columns c = LayerColumns(l);
            const ExportLayer& layer = m_layers[l];
            const auto& answer = layer.answers->Get(index);
            const NodeScore& score = layer.report->nodes[static_cast<std::size_t>(index)];
            const auto note = layer.notes.find(node.code);
            const std::string note_text = note == layer.notes.end() ? std::string() : note->second;
            xlsx::WriteText(m_sheet, row, c.note, note_text, m_book.Style(Note));
            height = std::max(height, RowHeight({{note_text, 32}}));
            switch (node.answer_kind) {
                case AnswerKind::Choice: WriteChoice(node, row, c, answer, score); break;
                case AnswerKind::Index: WriteIndex(node, row, c, answer, score); break;
                case AnswerKind::Percentage: WritePercentage(node, row, c, answer, score); break;
            }
            if (node.weight) {
                WritePercent(row, c, score, m_book.Style(Percent));
            } else {
                xlsx::WriteText(m_sheet, row, c.percent, "", plain);
            }
        }
        WriteEvidenceCell(node, row);
        worksheet_set_row(m_sheet, static_cast<lxw_row_t>(row), height, nullptr);
    }

    /// The number of items backing the criterion, linked to its first row on "Bukti Dukung".
    void WriteEvidenceCell(const FormNode& node, int row) {
        if (m_evidence == nullptr) {
            return;
        }
        const auto found = m_evidence->find(node.code);
        if (found == m_evidence->end()) {
            xlsx::WriteText(m_sheet, row, EvidenceColumn(), "0 bukti", m_book.Style(WrappedText));
            return;
        }
        const std::string target = std::string("internal:'Bukti Dukung'!A") + std::to_string(found->second.first + 1);
        const std::string shown = std::to_string(found->second.second) + " bukti";
        xlsx::Book::Check(
            worksheet_write_url_opt(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(EvidenceColumn()),
                                    target.c_str(), m_book.Style(WrappedText), shown.c_str(), nullptr),
            "evidence link");
    }

    void WriteChoice(const FormNode& node, int row, const Columns& c, const std::optional<Answer>& answer,
                     const NodeScore& score) {
        const Scale& scale = m_form.ScaleOf(node);
        std::vector<std::string> keys = FormulaSafeKeys(scale);
        const std::string cell = Cell(row, c.answer);
        const std::string factor = node.weight ? "*" + Cell(row, kWeightColumn) : "";
        // The official nested IF over the scale's keys, from the form's scale.
        std::string formula = std::string("\"") + kNotAnswered + "\"";
        for (std::size_t i = scale.choices.size(); i-- > 0;) {
            const ScaleChoice& choice = scale.choices[i];
            std::string branch = "IF(";
            branch.append(cell).append("=\"").append(keys[i]).append("\",").append(FormatMachineNumber(choice.value));
            branch.append(factor).append(",").append(formula).append(")");
            formula = std::move(branch);
        }
        xlsx::WriteText(m_sheet, row, c.answer, answer ? answer->choice : "", m_book.Style(Input));
        xlsx::WriteFormula(m_sheet, row, c.value, formula, ValueOr(score.value), m_book.Style(Number));
        ValidateList(row, c.answer, std::move(keys));
    }

    void WriteIndex(const FormNode& node, int row, const Columns& c, const std::optional<Answer>& answer,
                    const NodeScore& score) {
        const std::string cell = Cell(row, c.answer);
        const std::string body = node.formula.ToSpreadsheet([&](int) -> const std::string& { return cell; });
        const std::string factor = node.weight ? "*" + Cell(row, kWeightColumn) : "";
        if (answer && !answer->inputs.empty() && answer->inputs[0]) {
            xlsx::WriteNumber(m_sheet, row, c.answer, *answer->inputs[0], m_book.Style(Input));
        } else {
            xlsx::WriteText(m_sheet, row, c.answer, "", m_book.Style(Input));
        }
        xlsx::WriteFormula(m_sheet, row, c.value,
                           "IF(" + cell + R"(="",")" + kNotAnswered + "\",IFERROR((" + body + ")" + factor + ",\"" +
                               kNotAnswered + "\"))",
                           ValueOr(score.value), m_book.Style(Number));
        ValidateDecimal(row, c.answer, node.inputs[0].min, node.inputs[0].max.value_or(node.inputs[0].min));
    }

    void WritePercentage(const FormNode& node, int row, const Columns& c, const std::optional<Answer>& answer,
                         const NodeScore& score) {
        lxw_format* plain = m_book.Style(WrappedText);
        std::string blanks;
        for (std::size_t i = 0; i < node.inputs.size(); ++i) {
            const int input_row = row + 1 + static_cast<int>(i);
            const FormulaInput& input = node.inputs[i];
            const std::string cell = Cell(input_row, c.answer);
            blanks += (blanks.empty() ? "" : ",") + cell + "=\"\"";
            xlsx::WriteText(m_sheet, input_row, kCodeColumn, "", plain);
            for (int col = kFirstTreeColumn; col < kQuestionColumn; ++col) {
                xlsx::WriteText(m_sheet, input_row, col, "", plain);
            }
            xlsx::WriteText(m_sheet, input_row, kQuestionColumn, "- " + input.label, plain);
            xlsx::WriteText(m_sheet, input_row, kWeightColumn, "", plain);
            xlsx::WriteText(m_sheet, input_row, kExplainColumn, input.used_in_formula ? "" : "Dicatat, tidak dihitung",
                            plain);
            xlsx::WriteText(m_sheet, input_row, kChoicesColumn, "Jumlah", plain);
            const bool has_value = answer && i < answer->inputs.size() && answer->inputs[i];
            if (has_value) {
                xlsx::WriteNumber(m_sheet, input_row, c.answer, *answer->inputs[i], m_book.Style(Input));
            } else {
                xlsx::WriteText(m_sheet, input_row, c.answer, "", m_book.Style(Input));
            }
            ValidateCount(input_row, c.answer);
            xlsx::WriteText(m_sheet, input_row, c.value, "", plain);
            xlsx::WriteText(m_sheet, input_row, c.percent, "", plain);
            xlsx::WriteText(m_sheet, input_row, c.note, "", plain);
            worksheet_set_row(m_sheet, static_cast<lxw_row_t>(input_row), RowHeight({{input.label, 46}}), nullptr);
        }
        // The ratio, from the form's formula; a zero denominator gives "Blm Diisi" (product rule 1).
        const std::string body = node.formula.ToSpreadsheet([&](int input) { return Cell(row + 1 + input, c.answer); });
        const std::string ratio = Cell(row, c.answer);
        xlsx::WriteFormula(
            m_sheet, row, c.answer,
            "IF(OR(" + blanks + "),\"" + kNotAnswered + "\",IFERROR(" + body + ",\"" + kNotAnswered + "\"))",
            ValueOr(score.Fraction()), m_book.Style(Percent));
        const std::string factor = node.weight ? "*" + Cell(row, kWeightColumn) : "";
        xlsx::WriteFormula(m_sheet, row, c.value,
                           "IF(ISNUMBER(" + ratio + ")," + ratio + factor + ",\"" + kNotAnswered + "\")",
                           ValueOr(score.value), m_book.Style(Number));
    }

    void Validate(int row, int column, lxw_data_validation& validation) {
        validation.error_title = const_cast<char*>("Jawaban tidak valid");
        validation.show_error = LXW_VALIDATION_ON;
        xlsx::Book::Check(worksheet_data_validation_cell(m_sheet, static_cast<lxw_row_t>(row),
                                                         static_cast<lxw_col_t>(column), &validation),
                          "validation");
    }

    void ValidateList(int row, int column, std::vector<std::string> keys) {
        std::vector<char*> list;
        list.reserve(keys.size() + 1);
        for (auto& key : keys) {
            list.push_back(key.data());
        }
        list.push_back(nullptr);
        std::string message = "Pilih salah satu: ";
        for (std::size_t i = 0; i < keys.size(); ++i) {
            message += (i == 0 ? "" : ", ") + keys[i];
        }
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = list.data();
        validation.error_message = message.data();
        Validate(row, column, validation);
    }

    void ValidateCount(int row, int column) {
        std::string message = "Isi jumlah: bilangan bulat 0 atau lebih";
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_INTEGER;
        validation.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        validation.value_number = 0;
        validation.error_message = message.data();
        Validate(row, column, validation);
    }

    void ValidateDecimal(int row, int column, double minimum, double maximum) {
        std::string message =
            "Isi angka dari " + FormatMachineNumber(minimum) + " sampai " + FormatMachineNumber(maximum);
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_DECIMAL;
        validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        validation.minimum_number = minimum;
        validation.maximum_number = maximum;
        validation.error_message = message.data();
        Validate(row, column, validation);
    }

    void WriteTotals() {
        lxw_format* total = m_book.Style(Total);
        std::vector<std::string> component_cells(m_layers.size());
        for (const int child : m_form.Root().children) {
            const FormNode& component = m_form.Node(child);
            const int row = m_component_total_row.at(component.code);
            const std::string label = "TOTAL " + component.name;
            xlsx::Book::Check(worksheet_merge_range(m_sheet, static_cast<lxw_row_t>(row), kCodeColumn,
                                                    static_cast<lxw_row_t>(row), kChoicesColumn, label.c_str(), total),
                              "total");
            for (std::size_t l = 0; l < m_layers.size(); ++l) {
                const Columns c = LayerColumns(l);
                const std::string source = Cell(m_map.row_of.at(component.code), c.value);
                const auto& value = m_layers[l].report->nodes[static_cast<std::size_t>(child)].value;
                xlsx::WriteFormula(m_sheet, row, c.value, source, ValueOr(value), total);
                component_cells[l] += (component_cells[l].empty() ? "" : ",") + source;
            }
        }
        const int row = m_map.total_row;
        xlsx::Book::Check(
            worksheet_merge_range(m_sheet, static_cast<lxw_row_t>(row), kCodeColumn, static_cast<lxw_row_t>(row),
                                  kChoicesColumn, "NILAI EVALUASI ZONA INTEGRITAS", total),
            "grand total");
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            xlsx::WriteFormula(m_sheet, row, LayerColumns(l).value, "SUM(" + component_cells[l] + ")",
                               Cached::Number(m_layers[l].report->Total()), total);
        }
        worksheet_set_row(m_sheet, static_cast<lxw_row_t>(row), 20, nullptr);
    }

    void SetUpPage() {
        worksheet_freeze_panes(m_sheet, kFirstNodeRow, 0);
        worksheet_set_landscape(m_sheet);
        worksheet_set_paper(m_sheet, 9);  // A4
        worksheet_set_margins(m_sheet, 0.4, 0.4, 0.5, 0.5);
        xlsx::Book::Check(worksheet_repeat_rows(m_sheet, kHeaderRow, kHeaderRow), "repeat rows");
        worksheet_fit_to_pages(m_sheet, 1, 0);
        const std::string footer = "&L&8" + m_info.unit_name + " - LKE Zona Integritas " + std::to_string(m_info.year) +
                                   "&R&8Halaman &P dari &N";
        xlsx::Book::Check(worksheet_set_footer(m_sheet, footer.c_str()), "footer");
        // Formulas and labels are locked; answers, counts and notes are not. No password: the
        // protection prevents accidents, not edits.
        lxw_protection protection{};
        protection.format_columns = 1;
        protection.format_rows = 1;
        worksheet_protect(m_sheet, nullptr, &protection);
    }

    xlsx::Book& m_book;
    const Form& m_form;
    const WorkspaceInfo& m_info;
    const std::vector<ExportLayer>& m_layers;
    const std::map<std::string, std::pair<int, int>>* m_evidence;
    lxw_worksheet* m_sheet = nullptr;
    LkeSheetMap m_map;
    std::map<std::string, int> m_component_total_row;
};

}  // namespace

LkeSheetMap WriteLkeSheet(xlsx::Book& book, const Form& form, const WorkspaceInfo& info,
                          const std::vector<ExportLayer>& layers,
                          const std::map<std::string, std::pair<int, int>>* evidence) {
    return LkeSheetWriter(book, form, info, layers, evidence).Write();
}

}  // namespace ziwb::core
