// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// One component of a Standar Pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014 Lampiran):
/// either about delivering the service (service delivery) or about managing it inside the unit
/// (manufacturing).
struct ServiceComponent {
    std::string id;     ///< "persyaratan": used in register values and on the command line
    std::string name;   ///< "Persyaratan"
    std::string group;  ///< "delivery" or "management"
    std::string hint;   ///< what the component holds, shown when it is filled in
};

/// A kind of participant of a public consultation forum (PermenPANRB 16/2017): the users of the
/// service, community figures, academics, business, non-governmental organisations, the unit itself.
struct StakeholderGroup {
    std::string id;       ///< "akademisi"
    std::string name;     ///< "Akademisi"
    bool outside = true;  ///< false for the unit's own staff: a forum needs people from outside
};

/// One element (unsur) of the public satisfaction survey (PermenPANRB 14/2017).
struct SkmElement {
    std::string id;    ///< "u1"
    std::string name;  ///< "Persyaratan"
};

/// One band of the conversion table: an IKM index in [index_from, index_to] converts to a score in
/// [score_from, score_to] with its quality grade (mutu) and performance (kinerja).
struct IkmGrade {
    double index_from = 0;
    double index_to = 0;
    double score_from = 0;
    double score_to = 0;
    std::string grade;        ///< "A"
    std::string performance;  ///< "Sangat Baik"
};

/// The rules of public service standards, consultation forums and the satisfaction survey, as data
/// (rules/pelayanan-publik.xml): a revision of a regulation is a change of that file, not of code.
struct ServiceRules {
    std::string id;       ///< "pelayanan-publik"
    std::string version;  ///< "2017.1"
    std::string file;     ///< where it was read from, for messages

    // Standar Pelayanan
    std::vector<ServiceComponent> components;
    int review_interval_months = 12;  ///< a standard not reviewed for longer is flagged

    // Forum Konsultasi Publik
    std::vector<StakeholderGroup> stakeholder_groups;
    int minimum_outside_groups = 1;  ///< a forum with fewer outside groups is flagged

    // Survei Kepuasan Masyarakat
    std::vector<SkmElement> skm_elements;
    int skm_scale_min = 1;
    int skm_scale_max = 4;
    double skm_conversion_factor = 25;  ///< IKM unit pelayanan = IKM x 25
    std::vector<IkmGrade> ikm_grades;   ///< from the lowest band up
    /// Krejcie and Morgan's sample size: s = X2 N P (1-P) / (d2 (N-1) + X2 P (1-P)), rounded as their
    /// table is (RequiredSample).
    double sample_chi_square = 3.841;
    double sample_proportion = 0.5;
    double sample_margin = 0.05;

    [[nodiscard]] const ServiceComponent* FindComponent(std::string_view wanted) const;
    [[nodiscard]] const StakeholderGroup* FindGroup(std::string_view wanted) const;
};

/// Whether `id` can name an entry of the rules (a component, a group, an element): lower-case ASCII
/// letters, digits and '-', at most 40. Ids are stored in the log, so registers check them too.
[[nodiscard]] bool IsServiceRuleId(std::string_view id);

/// Parses the rules. Anything that is not the format throws FormError with the file, the line and
/// the reason.
[[nodiscard]] ServiceRules ParseServiceRules(std::string_view xml, const std::string& display_name);

/// The rules shipped in rules/pelayanan-publik.xml (searched like forms and templates).
[[nodiscard]] const ServiceRules& InstalledServiceRules(const std::filesystem::path& program_dir);
/// The same, found from the running program (for the core's own checks, which have no program dir).
[[nodiscard]] const ServiceRules& InstalledServiceRules();

}  // namespace ziwb::core
