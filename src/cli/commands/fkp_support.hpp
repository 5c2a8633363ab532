// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "commands.hpp"
#include "io/json.hpp"
#include "services/service_records.hpp"
#include "services/service_rules.hpp"

namespace ziwb::cli {

/// "taken in", "declined", "no follow-up yet", in the user's language.
[[nodiscard]] std::string FollowUpLabel(const std::string& follow_up);

/// A forum as `fkp list|show --json` print it, with what the rules check.
[[nodiscard]] core::Json ForumJson(const core::ServiceRules& rules, const core::FkpSession& session,
                                   const std::vector<core::Service>& services);
/// Two lines per forum for `fkp list`.
[[nodiscard]] std::string ForumSummary(const core::ServiceRules& rules, const core::FkpSession& session,
                                       const std::vector<core::Service>& services);
/// Everything `fkp show` prints: participants by group, inputs with their follow-up, the checks.
[[nodiscard]] std::string ForumDetails(const core::ServiceRules& rules, const core::FkpSession& session,
                                       const std::vector<core::Service>& services);

/// `ziwb fkp report WS FKP OUT_DIR ...`: the forum's documents (fkp_documents in the core).
int RunFkpReport(const std::vector<std::string>& words, const Context& context, const char* usage);

}  // namespace ziwb::cli
