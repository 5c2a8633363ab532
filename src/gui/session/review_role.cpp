// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/review_role.hpp"

#include "log/change_log.hpp"
#include "people/team_register.hpp"

namespace ziwb::gui {

ReviewRole FindReviewRole(core::Workspace& workspace) {
    ReviewRole role;
    const core::Form& form = workspace.FormInUse();
    const auto signer = core::SessionSigner();
    if (!signer) {
        return role;
    }
    for (const auto& person : core::LoadTeam(workspace)) {
        // The key names the person: the register refuses a key held by two people.
        if (person.public_key != signer->public_key || person.role != "evaluator") {
            continue;
        }
        const core::ReviewLayer* layer = form.FindLayer(person.review_layer);
        if (layer == nullptr || layer->is_unit) {
            continue;
        }
        role.evaluator = true;
        role.layer = core::Layer(layer->id);
        role.level = person.level;
        role.may_close = form.ClosingRank() > 0 && form.LevelRank(person.level) >= form.ClosingRank();
    }
    return role;
}

}  // namespace ziwb::gui
