// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include "people/team_register.hpp"

class wxWindow;

namespace ziwb::core {
class Form;
}

namespace ziwb::gui {

/// Asks for one person of the team register, starting from `person` (empty to add one): NIP,
/// name, position, e-mail, role, the change areas of an anggota as checkboxes (the form's areas),
/// an evaluator's level and review layer, and the public key they sent. `save` is called with the
/// result when OK is pressed; when it throws core::UserError its line is shown and the dialog stays
/// open with what was typed. Returns the saved person, or nothing on Cancel.
std::optional<core::Person> AskPerson(wxWindow* parent, const core::Form& form, const core::Person& person,
                                      const std::function<void(const core::Person&)>& save);

}  // namespace ziwb::gui
