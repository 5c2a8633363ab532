// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

struct pg_conn;
struct pg_result;

namespace ziwb::core {

/// Something the hub said no to, or a hub that cannot be reached: the message says which and what
/// to do. Nothing was changed on either side when it is thrown mid-transaction.
class HubError : public UserError {
public:
    HubError(const std::string& message, std::string sqlstate) : UserError(message), m_sqlstate(std::move(sqlstate)) {}
    /// PostgreSQL's SQLSTATE ("42501" refused by a permission or policy, "ZW006" a bad signature...),
    /// empty when the server could not be reached at all.
    [[nodiscard]] const std::string& SqlState() const { return m_sqlstate; }
    [[nodiscard]] bool Unreachable() const { return m_sqlstate.empty() || m_sqlstate.starts_with("08"); }

private:
    std::string m_sqlstate;
};

/// One query's rows, as text (libpq's text format); binary columns are decoded by `Bytes`.
class PgResult {
public:
    explicit PgResult(pg_result* result);
    [[nodiscard]] int Rows() const;
    [[nodiscard]] bool IsNull(int row, int column) const;
    [[nodiscard]] std::string Text(int row, int column) const;
    [[nodiscard]] long long Integer(int row, int column) const;
    [[nodiscard]] double Number(int row, int column) const;
    [[nodiscard]] bool Boolean(int row, int column) const;
    /// A bytea column in hex text form, decoded.
    [[nodiscard]] std::string Bytes(int row, int column) const;

private:
    struct Free {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Free> m_result;
};

/// A parameter of a query: text, bytes (sent as binary bytea) or NULL.
struct PgParam {
    std::optional<std::string> value;
    bool binary = false;
    static PgParam Text(std::string text) { return {std::move(text), false}; }
    static PgParam Bytes(std::string bytes) { return {std::move(bytes), true}; }
    static PgParam Null() { return {std::nullopt, false}; }
};

/// A connection to the hub over libpq. The address is a PostgreSQL URI or key=value string; its
/// password, if any, comes from the address, PGPASSWORD or ~/.pgpass as libpq reads them.
class PgConnection {
public:
    /// Connects; throws HubError "cannot reach the hub at ..." (without the password) on failure.
    explicit PgConnection(const std::string& address);
    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;
    ~PgConnection() = default;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// Runs one statement (several, without parameters) and returns its rows; throws HubError.
    PgResult Exec(std::string_view sql, const std::vector<PgParam>& params = {});
    /// Runs a script of several statements (migrations): no parameters, no rows.
    void ExecScript(const std::string& sql);
    [[nodiscard]] std::string Quote(std::string_view identifier) const;
    [[nodiscard]] std::string QuoteLiteral(std::string_view text) const;
    /// The role this connection acts as.
    [[nodiscard]] std::string User() const;
    /// "host:port/database", never the password.
    [[nodiscard]] std::string Describe() const;
    /// The socket, for waiting on notifications; and the notifications received so far (channel names).
    [[nodiscard]] int Socket() const;
    [[nodiscard]] std::vector<std::string> TakeNotifications();
    /// Whether this connection's hub was found at the schema this program needs (checked once).
    [[nodiscard]] bool HubChecked() const { return m_hub_checked; }
    void SetHubChecked() { m_hub_checked = true; }

private:
    struct Free {
        void operator()(pg_conn* connection) const;
    };
    std::unique_ptr<pg_conn, Free> m_connection;
    bool m_hub_checked = false;
};

/// Whether this process has loaded libpq, which the first connection does (hub/libpq_library.hpp):
/// a run that never uses the hub never loads it.
[[nodiscard]] bool LibPqLoaded();

/// BEGIN ... COMMIT, rolled back unless committed (RAII, as SQLite::Transaction).
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& connection, std::string_view begin = "BEGIN");
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    void Commit();

private:
    PgConnection& m_connection;
    bool m_open = true;
};

/// The address without its password, for messages and for keeping in a workspace.
[[nodiscard]] std::string RedactAddress(std::string_view address);

}  // namespace ziwb::core
