// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "services/service_records.hpp"
#include "services/service_rules.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

// The unit's services, forums and surveys: each change is one entry of the log (service_registers),
// read back from the tables it projects into. Every function checks what it is given against the
// rules and throws UserError, with nothing changed, when something is wrong.

/// The catalogue, in the order added; removed services are left out unless asked for.
[[nodiscard]] std::vector<Service> LoadServices(Workspace& workspace, bool with_removed = false);
/// A service by its number (`ziwb service list`) or its exact name (case-insensitive).
[[nodiscard]] Service FindService(Workspace& workspace, const std::string& number_or_name);

/// Adds a service (its name unique in the catalogue); returns its number.
std::int64_t AddService(Workspace& workspace, const ServiceRules& rules, const Service& service,
                        const std::string& author);
/// Records the service as it is now (the whole value: components, SOPs, review, publication).
void UpdateService(Workspace& workspace, const ServiceRules& rules, const Service& service, const std::string& author);
/// Marks a service removed (kept in the log; forums and surveys that name it still show its name).
void RemoveService(Workspace& workspace, const Service& service, const std::string& author);

/// How much of a service's standard is written: filled components of the rules' components.
struct ServiceCompleteness {
    std::size_t filled = 0;
    std::size_t total = 0;
    std::vector<std::string> missing;  ///< component ids, in the rules' order
};
[[nodiscard]] ServiceCompleteness Completeness(const ServiceRules& rules, const Service& service);

/// The forums, by date then as added; each with its participants and inputs.
[[nodiscard]] std::vector<FkpSession> LoadFkpSessions(Workspace& workspace);
[[nodiscard]] FkpSession FindFkpSession(Workspace& workspace, std::int64_t id);

/// Adds a forum; returns its number.
std::int64_t AddFkpSession(Workspace& workspace, const FkpSession& session, const std::string& author);

/// Adds participants (all or nothing, one entry), each with a group of the rules.
void AddFkpParticipants(Workspace& workspace, const ServiceRules& rules, const FkpSession& session,
                        const std::vector<FkpParticipant>& participants, const std::string& author);
/// Records whether a participant attended.
void SetFkpAttendance(Workspace& workspace, const FkpSession& session, const FkpParticipant& participant, bool attended,
                      const std::string& author);

/// Adds an input received in the forum; returns its number within the forum.
std::int64_t AddFkpInput(Workspace& workspace, const FkpSession& session, const FkpInput& input,
                         const std::string& author);
/// Records how input `number` was followed up: "adopted" with the change, or "declined" with the reason.
void FollowUpFkpInput(Workspace& workspace, const FkpSession& session, std::int64_t number,
                      const std::string& follow_up, const std::string& response, const std::string& author);

/// The surveys, by service then period, with their responses.
[[nodiscard]] std::vector<SkmSurvey> LoadSkmSurveys(Workspace& workspace);
/// Stores a survey period of one service (responses already checked against the rules); a survey of
/// the same service and period is replaced. Returns its number.
std::int64_t StoreSkmSurvey(Workspace& workspace, const ServiceRules& rules, const SkmSurvey& survey,
                            const std::string& author);

/// Records where a survey's results were published and how they were followed up (either may be
/// empty: not yet).
void RecordSkmResult(Workspace& workspace, const SkmSurvey& survey, const std::string& published_where,
                     const std::string& follow_up, const std::string& author);

/// Parses "drafting"/"review" in either language (penyusunan, reviu); throws UserError otherwise.
[[nodiscard]] std::string ParseFkpPurpose(const std::string& text);
/// "penyusunan" / "reviu" as the documents print it.
[[nodiscard]] std::string FkpPurposeLabel(const std::string& purpose);

}  // namespace ziwb::core
