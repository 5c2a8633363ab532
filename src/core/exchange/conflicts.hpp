// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ziwb::core {

class Workspace;

/// One standing version of a register in conflict.
struct ConflictVersion {
    std::string hash;
    std::string author;
    std::string time;
    std::string value_text;  ///< the version's value as people read it
    bool shown = false;      ///< the one the tables show now (latest by time, then hash)
    nlohmann::json value;    ///< the register's value as written (docs/log-format.md), to re-apply it
};

/// An item two copies changed differently: every version is kept until someone changes it again.
struct ConflictView {
    std::string key;
    std::string label;  ///< "Jawaban A.I.1.i.a (unit)"
    std::vector<ConflictVersion> versions;
};

[[nodiscard]] std::vector<ConflictView> ListConflicts(Workspace& workspace);

}  // namespace ziwb::core
