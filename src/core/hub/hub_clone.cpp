// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_clone.hpp"

#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "hub/hub_schema.hpp"
#include "hub/pg_connection.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

namespace {

/// Removes the half-made copy unless the clone finished.
class PartialFile {
public:
    explicit PartialFile(std::filesystem::path path) : m_path(std::move(path)) {}
    ~PartialFile() {
        if (!m_kept) {
            std::error_code ignored;
            std::filesystem::remove(m_path, ignored);
        }
    }
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;
    [[nodiscard]] const std::filesystem::path& Path() const { return m_path; }
    void Keep() { m_kept = true; }

private:
    std::filesystem::path m_path;
    bool m_kept = false;
};

}  // namespace

SyncSummary CloneFromHub(const std::string& address, const std::string& unit, const std::filesystem::path& out) {
    std::error_code ignored;
    if (std::filesystem::exists(out, ignored)) {
        throw WorkspaceError(
            Format(Tr("{0} already exists: choose another name, or remove the file first"), {PathToUtf8(out)}));
    }
    std::string workspace_id;
    std::string form_xml;
    {
        PgConnection hub(address);
        RequireCurrentHub(hub);
        const auto row = hub.Exec(
            "SELECT coalesce(workspace_id, ''), coalesce(form_xml, ''), coalesce(form_sha256, ''), "
            "ziwb.capacities_of(current_user, code)::text FROM ziwb.unit WHERE code = $1",
            {PgParam::Text(unit)});
        if (row.Rows() == 0 || row.Text(0, 3) == "{}") {
            throw HubError(Format(Tr("the hub has no unit '{0}' that you ({1}) hold a grant for: check the unit's code "
                                     "(ziwb hub units) or ask the hub's administrator for a grant"),
                                  {unit, hub.User()}),
                           "42501");
        }
        if (row.Text(0, 0).empty()) {
            throw HubError(
                Format(Tr("unit '{0}' has no workspace on the hub yet: its coordinator links one first"), {unit}),
                "ZW103");
        }
        workspace_id = row.Text(0, 0);
        form_xml = row.Text(0, 1);
        if (Sha256::HexOf(form_xml) != row.Text(0, 2)) {
            throw HubError(Format(Tr("the hub sent unit '{0}''s form damaged; nothing was made. Tell the hub's "
                                     "administrator"),
                                  {unit}),
                           "ZW901");
        }
    }
    // Made beside the target under another name, and named only when whole.
    PartialFile partial(out.parent_path() / ("." + PathToUtf8(out.filename()) + ".part"));
    std::filesystem::remove(partial.Path(), ignored);
    SyncSummary summary;
    {
        auto workspace = Workspace::CreateReplica(partial.Path(), FormSource{form_xml, "hub:" + unit}, workspace_id);
        LinkWorkspace(workspace, address, unit);
        summary = SyncWorkspace(workspace, address);
    }
    if (std::filesystem::exists(out, ignored)) {
        throw WorkspaceError(
            Format(Tr("{0} appeared meanwhile: the copy was not put in its place"), {PathToUtf8(out)}));
    }
    std::filesystem::rename(partial.Path(), out);
    partial.Keep();
    return summary;
}

}  // namespace ziwb::core
