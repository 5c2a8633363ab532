// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "form/form.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// The unit details that the proposal rules read, as register fields (`unit/<field>`).
inline constexpr std::string_view kAgencyTypeField = "agency_type";
inline constexpr std::string_view kServiceTypeField = "service_type";
inline constexpr std::string_view kProposalDeadlineField = "proposal_deadline";
inline constexpr std::string_view kSelfEvaluationField = "self_evaluation";

/// Why `value` cannot be the proposal detail `field` under this form, as one line that names what
/// is allowed; "" when it can. An empty value (not set yet) is always allowed.
[[nodiscard]] std::string ProposalDetailProblem(const Form& form, std::string_view field, std::string_view value);

/// Whether a prerequisite binds an agency of this type. One declared for other agency types does
/// not; while the type is not set, every prerequisite binds, so nothing is waived by omission.
[[nodiscard]] bool PrerequisiteApplies(const Prerequisite& prerequisite, std::string_view agency_type);

/// The exemption that lets this unit be proposed while its prerequisites are still being met (the
/// Stranas PK exception), or null.
[[nodiscard]] const ProposalExemption* ApplicableExemption(const Form& form, const WorkspaceInfo& info);

/// The self-evaluation rule under which the agency itself awards `predicate` to this unit, or null.
[[nodiscard]] const SelfEvaluation* SelfEvaluationFor(const Form& form, const WorkspaceInfo& info,
                                                      std::string_view predicate);

/// This year's proposal deadline as YYYY-MM-DD: the one the TPN announced when the team recorded
/// it, else the form's yearly date in the assessment year; "" when neither is known.
[[nodiscard]] std::string ProposalDeadline(const Form& form, const WorkspaceInfo& info);

/// Days from `today` to `deadline` (both YYYY-MM-DD; negative once it has passed), or empty when
/// either is not a date.
[[nodiscard]] std::optional<int> DaysToDeadline(std::string_view deadline, std::string_view today);

/// The names people read ("Pemerintah Daerah"); the id itself when the form lacks it, "" for "".
[[nodiscard]] std::string AgencyTypeName(const Form& form, std::string_view id);
[[nodiscard]] std::string ServiceTypeName(const Form& form, std::string_view id);

}  // namespace ziwb::core
