// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "workspace/workspace.hpp"

namespace ziwb::gui {

/// What the person signing this session's changes does in the review, read from the team
/// register: an evaluator answers in their own layer at their level, and a level that closes may
/// sign the closing. Anyone else (the unit's team, or no identity) sees the review of the TPI.
struct ReviewRole {
    bool evaluator = false;
    core::Layer layer = core::Layer::Tpi();  ///< the evaluator's layer, or the one the unit answers to
    std::string level;                       ///< the evaluator's level ("anggota_tim"), else empty
    bool may_close = false;                  ///< the level closes (ketua tim or above)
};

/// The role of the session's signer in `workspace` (no signer, or not an evaluator: the unit's).
[[nodiscard]] ReviewRole FindReviewRole(core::Workspace& workspace);

}  // namespace ziwb::gui
