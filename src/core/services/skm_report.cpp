// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/skm_report.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_render.hpp"
#include "pdf/pdf_document.hpp"

namespace ziwb::core {
namespace {

// The report is an Indonesian official document: its words are Indonesian whatever the interface
// language, and its numbers carry the decimal comma, rounded half-up as the regulation states them.
std::string Figure(double value, int decimals) {
    std::array<char, 48> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%.*f", decimals, RoundHalfUp(value, decimals));
    std::string text(buffer.data());
    std::replace(text.begin(), text.end(), '.', ',');
    // "-0,00" after rounding a tiny negative number reads as zero.
    if (text.starts_with('-') && text.find_first_not_of("-0,") == std::string::npos) {
        text.erase(0, 1);
    }
    return text;
}

// "1.250": thousands with a point, as Indonesian writes whole numbers.
std::string Count(std::int64_t value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), ".");
    }
    return (value < 0 ? "-" : "") + digits;
}

std::string ElementCode(const SkmElement& element) {
    std::string id = element.id;
    std::transform(id.begin(), id.end(), id.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return id;
}

// What the respondents are against the minimum sample, in a sentence; empty when the sample is enough.
std::string SampleShortfall(const std::string& what, std::size_t respondents, std::int64_t population,
                            std::int64_t required) {
    if (required <= 0 || static_cast<std::int64_t>(respondents) >= required) {
        return {};
    }
    return "Jumlah responden " + what + " (" + Count(static_cast<std::int64_t>(respondents)) +
           " orang) KURANG dari sampel minimal " + Count(required) + " orang untuk populasi " + Count(population) +
           " orang menurut tabel Krejcie dan Morgan: hasil survei belum mewakili pengguna layanan, dan survei perlu "
           "dilanjutkan sampai sampel minimal terpenuhi.";
}

std::string SampleNote(std::size_t respondents, std::int64_t required) {
    if (required <= 0) {
        return "populasi tidak diketahui";
    }
    const auto count = static_cast<std::int64_t>(respondents);
    return count >= required ? "memenuhi" : "kurang " + Count(required - count);
}

std::string Weight(const ServiceRules& rules) {
    return "1/" + std::to_string(rules.skm_elements.size());
}

// The table of the elements (No, Unsur, NRR, NRR tertimbang) and the IKM under it.
void ElementTable(PdfLayout& layout, const ServiceRules& rules, const IkmResult& result) {
    PdfTable table{{{"No", 0.6, PdfAlign::Right},
                    {"Unsur pelayanan", 5},
                    {"NRR", 1.2, PdfAlign::Right},
                    {"NRR tertimbang", 1.6, PdfAlign::Right}},
                   {}};
    for (std::size_t i = 0; i < rules.skm_elements.size(); ++i) {
        const SkmElement& element = rules.skm_elements[i];
        table.rows.push_back({std::to_string(i + 1), ElementCode(element) + ". " + element.name,
                              Figure(result.element_means[i], 3), Figure(result.weighted[i], 4)});
    }
    table.rows.push_back({"", "IKM (jumlah NRR tertimbang)", "", Figure(result.index, 4)});
    table.rows.push_back(
        {"", "IKM unit pelayanan (IKM x " + Figure(rules.skm_conversion_factor, 0) + ")", "", Figure(result.score, 2)});
    layout.Table(table);
}

std::vector<PdfKeyValue> Verdict(const IkmResult& result) {
    return {{"Jumlah responden", Count(static_cast<std::int64_t>(result.respondents)) + " orang"},
            {"Nilai IKM", Figure(result.index, 4)},
            {"IKM unit pelayanan (konversi)", Figure(result.score, 2)},
            {"Mutu pelayanan", result.grade.empty() ? std::string("-") : result.grade},
            {"Kinerja unit pelayanan", result.performance.empty() ? std::string("-") : result.performance}};
}

void Layout(PdfDocument& document, const ServiceRules& rules, const SkmReportData& data) {
    PdfLayout layout(document);
    if (data.letterhead != nullptr && !data.letterhead->lines.empty()) {
        layout.Letterhead(LetterheadOf(*data.letterhead, document));
    }
    layout.Title("LAPORAN SURVEI KEPUASAN MASYARAKAT");
    layout.Space(6);
    std::string services;
    std::string periods;
    for (std::size_t i = 0; i < data.services.size(); ++i) {
        const SkmReportService& service = data.services[i];
        const std::string number = data.services.size() > 1 ? std::to_string(i + 1) + ". " : std::string();
        services += (i == 0 ? "" : "\n") + number + service.name;
        if (data.period.empty() && !service.period.empty() && periods.find(service.period) == std::string::npos) {
            periods += (periods.empty() ? "" : "; ") + service.period;
        }
    }
    const std::string period = data.period.empty() ? periods : data.period;
    layout.KeyValues({{"Unit pelayanan", data.unit_name},
                      {"Instansi", data.agency},
                      {"Jenis layanan", services.empty() ? std::string("-") : services},
                      {"Periode survei", period.empty() ? std::string("-") : period},
                      {"Dasar",
                       "Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei "
                       "Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik"}});

    layout.Heading("A. Indeks Kepuasan Masyarakat");
    if (data.unit.Empty()) {
        layout.Paragraph("Belum ada responden: Indeks Kepuasan Masyarakat belum dapat dihitung.");
    } else {
        layout.KeyValues(Verdict(data.unit));
        layout.Paragraph("Nilai IKM unit pelayanan " + Figure(data.unit.score, 2) + " termasuk mutu pelayanan " +
                         data.unit.grade + " dengan kinerja unit pelayanan \"" + data.unit.performance + "\".");
    }

    layout.Heading("B. Responden dan sampel");
    PdfTable sample{{{"No", 0.6, PdfAlign::Right},
                     {"Jenis layanan", 3.2},
                     {"Populasi", 1.3, PdfAlign::Right},
                     {"Sampel minimal", 1.3, PdfAlign::Right},
                     {"Responden", 1.6, PdfAlign::Right},
                     {"Keterangan", 2.4}},
                    {}};
    std::int64_t total_population = 0;
    bool population_known = !data.services.empty();
    std::vector<std::string> shortfalls;
    for (std::size_t i = 0; i < data.services.size(); ++i) {
        const SkmReportService& service = data.services[i];
        const bool known = service.population > 0;
        population_known = population_known && known;
        total_population += known ? service.population : 0;
        sample.rows.push_back({std::to_string(i + 1), service.name, known ? Count(service.population) : "-",
                               service.required_sample > 0 ? Count(service.required_sample) : "-",
                               Count(static_cast<std::int64_t>(service.result.respondents)),
                               SampleNote(service.result.respondents, service.required_sample)});
        const std::string shortfall = SampleShortfall("layanan " + service.name, service.result.respondents,
                                                      service.population, service.required_sample);
        if (!shortfall.empty()) {
            shortfalls.push_back(shortfall);
        }
    }
    const std::int64_t unit_required = population_known ? RequiredSample(rules, total_population) : 0;
    if (data.services.size() > 1) {
        sample.rows.push_back({"", "Unit pelayanan", population_known ? Count(total_population) : "-",
                               unit_required > 0 ? Count(unit_required) : "-",
                               Count(static_cast<std::int64_t>(data.unit.respondents)),
                               SampleNote(data.unit.respondents, unit_required)});
    }
    layout.Table(sample);
    layout.Paragraph("Sampel minimal dihitung dengan rumus Krejcie dan Morgan (chi-kuadrat " +
                     Figure(rules.sample_chi_square, 3) + ", proporsi " + Figure(rules.sample_proportion, 2) +
                     ", tingkat kesalahan " + Figure(rules.sample_margin * 100, 0) +
                     "%), dibulatkan ke bilangan bulat terdekat seperti pada tabel Krejcie dan Morgan.");
    const std::string unit_shortfall =
        data.services.size() > 1
            ? SampleShortfall("unit pelayanan", data.unit.respondents, total_population, unit_required)
            : std::string();
    if (!unit_shortfall.empty()) {
        shortfalls.push_back(unit_shortfall);
    }
    for (const std::string& shortfall : shortfalls) {
        layout.Paragraph(shortfall);
    }
    if (shortfalls.empty() && (population_known || unit_required > 0)) {
        layout.Paragraph("Jumlah responden memenuhi sampel minimal.");
    }

    layout.Heading("C. Nilai per unsur pelayanan");
    if (data.unit.Empty()) {
        layout.Paragraph("Belum ada responden.");
    } else {
        ElementTable(layout, rules, data.unit);
        layout.Paragraph("Nilai rata-rata (NRR) per unsur, skala " + std::to_string(rules.skm_scale_min) + " sampai " +
                             std::to_string(rules.skm_scale_max) + ":",
                         PdfAlign::Left);
        std::vector<PdfBar> bars;
        for (std::size_t i = 0; i < rules.skm_elements.size(); ++i) {
            const SkmElement& element = rules.skm_elements[i];
            bars.push_back({ElementCode(element) + ". " + element.name, data.unit.element_means[i],
                            Figure(data.unit.element_means[i], 2)});
        }
        layout.BarChart(bars, rules.skm_scale_max);
        const auto lowest = std::min_element(data.unit.element_means.begin(), data.unit.element_means.end());
        const auto at = static_cast<std::size_t>(lowest - data.unit.element_means.begin());
        layout.Paragraph("Unsur dengan nilai terendah: " + ElementCode(rules.skm_elements[at]) + " " +
                         rules.skm_elements[at].name + " (NRR " + Figure(*lowest, 2) +
                         "), yang menjadi prioritas perbaikan.");
    }

    char section = 'D';
    if (data.services.size() > 1) {
        layout.Heading(std::string(1, section++) + ". Hasil per jenis layanan");
        for (std::size_t i = 0; i < data.services.size(); ++i) {
            const SkmReportService& service = data.services[i];
            layout.Paragraph(std::to_string(i + 1) + ". " + service.name +
                                 (service.period.empty() ? std::string() : " (" + service.period + ")"),
                             PdfAlign::Left);
            if (service.result.Empty()) {
                layout.Paragraph("Belum ada responden.");
                continue;
            }
            ElementTable(layout, rules, service.result);
            layout.Paragraph("Responden " + Count(static_cast<std::int64_t>(service.result.respondents)) +
                                 " orang; mutu pelayanan " + service.result.grade + " (" + service.result.performance +
                                 ").",
                             PdfAlign::Left);
        }
    }

    layout.Heading(std::string(1, section) + ". Cara perhitungan");
    layout.Paragraph(
        "NRR per unsur = jumlah nilai unsur dari seluruh responden / jumlah responden.\n"
        "NRR tertimbang = NRR per unsur x bobot " +
            Weight(rules) + " (" + std::to_string(rules.skm_elements.size()) +
            " unsur, bobot sama).\n"
            "IKM = jumlah NRR tertimbang.\n"
            "IKM unit pelayanan = IKM x " +
            Figure(rules.skm_conversion_factor, 0) + ".\n" +
            (data.services.size() > 1 ? "IKM unit pelayanan dihitung dari seluruh responden semua jenis layanan.\n"
                                      : "") +
            "Mutu dan kinerja dari tabel konversi (nilai konversi dibulatkan dua desimal):",
        PdfAlign::Left);
    PdfTable grades{{{"Nilai persepsi", 1.2, PdfAlign::Center},
                     {"Nilai interval (NI)", 2, PdfAlign::Center},
                     {"Nilai interval konversi (NIK)", 2.4, PdfAlign::Center},
                     {"Mutu pelayanan", 1.3, PdfAlign::Center},
                     {"Kinerja unit pelayanan", 2}},
                    {}};
    for (std::size_t i = 0; i < rules.ikm_grades.size(); ++i) {
        const IkmGrade& band = rules.ikm_grades[i];
        grades.rows.push_back({std::to_string(i + 1), Figure(band.index_from, 4) + " - " + Figure(band.index_to, 4),
                               Figure(band.score_from, 2) + " - " + Figure(band.score_to, 2), band.grade,
                               band.performance});
    }
    layout.Table(grades);
    if (data.signature) {
        layout.Signature(*data.signature);
    }
    layout.Finish(PdfFooter{data.document_code});
}

PdfMetadata Metadata(const SkmReportData& data) {
    return PdfMetadata{"Laporan Survei Kepuasan Masyarakat - " + OneLine(data.unit_name), "ZI Workbench",
                       "Survei Kepuasan Masyarakat (PermenPANRB 14/2017)"};
}

}  // namespace

std::string RenderSkmReport(const ServiceRules& rules, const SkmReportData& data, const PdfFontFiles& fonts) {
    PdfDocument document(fonts, Metadata(data));
    Layout(document, rules, data);
    return document.Bytes();
}

void WriteSkmReport(const ServiceRules& rules, const SkmReportData& data, const PdfFontFiles& fonts,
                    const std::filesystem::path& target, Overwrite overwrite) {
    PdfDocument document(fonts, Metadata(data));
    Layout(document, rules, data);
    document.Save(target, overwrite);
}

}  // namespace ziwb::core
