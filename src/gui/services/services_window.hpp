// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/frame.h>

#include <memory>

#include "services/service_ui.hpp"

class wxNotebook;

namespace ziwb::gui {

class ForumPage;
class MainFrame;
class StandardPage;
class SurveyPage;
class WorkspaceSession;

/// The unit's public services in a window of its own beside the workbench: the catalogue with each
/// service's Standar Pelayanan, the public consultation forums (FKP) and the satisfaction surveys
/// (SKM). Everything is read and written through the core (services/), as `ziwb service|fkp|skm`
/// does; on a read-only workspace it only shows. It belongs to the workbench view, so it never
/// outlives the session it shows.
class ServicesWindow final : public wxFrame {
public:
    enum Page { StandardsPage = 0, ForumsPage = 1, SurveysPage = 2 };

    ServicesWindow(MainFrame& frame, WorkspaceSession& session);
    ~ServicesWindow() override;
    ServicesWindow(const ServicesWindow&) = delete;
    ServicesWindow& operator=(const ServicesWindow&) = delete;

    void ShowPage(Page page);
    [[nodiscard]] Page CurrentPage() const;
    /// Reads the services, forums and surveys again.
    void Reload();

    [[nodiscard]] StandardPage& Standards() { return *m_standards; }
    [[nodiscard]] ForumPage& Forums() { return *m_forums; }
    [[nodiscard]] SurveyPage& Surveys() { return *m_surveys; }
    [[nodiscard]] bool ReadOnly() const { return m_context->read_only; }

private:
    void Changed(const std::string& criterion);

    MainFrame& m_frame;
    WorkspaceSession& m_session;
    std::unique_ptr<ServicesContext> m_context;
    wxNotebook* m_book = nullptr;
    StandardPage* m_standards = nullptr;
    ForumPage* m_forums = nullptr;
    SurveyPage* m_surveys = nullptr;
};

/// Shows the services window of the open workspace (creating it once) on `page`. Returns it, or
/// null with no workspace open.
ServicesWindow* ShowServices(MainFrame& frame, ServicesWindow::Page page);

}  // namespace ziwb::gui
