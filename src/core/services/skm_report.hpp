// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "documents/letterhead.hpp"
#include "io/safe_file.hpp"
#include "pdf/pdf_fonts.hpp"
#include "pdf/pdf_layout.hpp"
#include "services/ikm.hpp"
#include "services/service_rules.hpp"

namespace ziwb::core {

/// One service's survey as the report shows it.
struct SkmReportService {
    std::string name;                  ///< "Pelayanan Kartu Pencari Kerja (AK/I)"
    std::string period;                ///< "Semester I 2026"
    IkmResult result;                  ///< ComputeIkm of its responses
    std::int64_t population = 0;       ///< users of the service in the period; 0: not known
    std::int64_t required_sample = 0;  ///< RequiredSample of the population; 0: not known
};

/// Everything the survey report (Laporan Survei Kepuasan Masyarakat) prints, gathered by the caller:
/// the report reads no workspace, so the command line, the workbench and the tests give it the same.
struct SkmReportData {
    std::string unit_name;
    std::string agency;
    std::string period;  ///< of the whole report; empty: the services' own periods are listed
    std::vector<SkmReportService> services;
    IkmResult unit;                          ///< PoolIkm of the services: the unit's IKM
    const Letterhead* letterhead = nullptr;  ///< none: no kop surat
    std::optional<PdfSignature> signature;   ///< who signs the report, with the date already written out
    std::string document_code;               ///< printed in every page's footer; may be empty
};

/// The report as PDF bytes, in Indonesian with decimal commas whatever the interface language (an
/// official document): the respondents against Krejcie and Morgan's minimum sample, the NRR of
/// each element with its weighted value and a bar chart, the IKM, its conversion, grade and
/// performance, each service's own figures when there are several, and how they were computed.
[[nodiscard]] std::string RenderSkmReport(const ServiceRules& rules, const SkmReportData& data,
                                          const PdfFontFiles& fonts);

/// RenderSkmReport written through SafeFile.
void WriteSkmReport(const ServiceRules& rules, const SkmReportData& data, const PdfFontFiles& fonts,
                    const std::filesystem::path& target, Overwrite overwrite);

}  // namespace ziwb::core
