// SPDX-License-Identifier: GPL-3.0-or-later
// The Services menu: the catalogue and its Standar Pelayanan, the public consultation forums and
// the satisfaction surveys, each a page of the services window.
#include "commands/command.hpp"
#include "frame/main_frame.hpp"
#include "services/services_window.hpp"

namespace ziwb::gui {

void AddServicesCommands(std::vector<Command>& commands) {
    const auto open = [](const MainFrame& frame) { return frame.Session() != nullptr && frame.View() != nullptr; };
    commands.push_back({"services/standards", [] { return _("Service &Standards..."); },
                        [] { return _("The unit's services and the Standar Pelayanan of each"); }, "", open,
                        [](MainFrame& frame) { (void)ShowServices(frame, ServicesWindow::StandardsPage); }});
    commands.push_back(
        {"services/forums", [] { return _("Public &Consultation Forums..."); },
         [] { return _("Forum Konsultasi Publik: participants, inputs and their follow-up, documents"); }, "", open,
         [](MainFrame& frame) { (void)ShowServices(frame, ServicesWindow::ForumsPage); }});
    commands.push_back({"services/surveys", [] { return _("Public Satisfaction S&urvey..."); },
                        [] { return _("Survei Kepuasan Masyarakat: responses, the IKM, the report"); }, "", open,
                        [](MainFrame& frame) { (void)ShowServices(frame, ServicesWindow::SurveysPage); }});
}

}  // namespace ziwb::gui
