// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/pg_connection.hpp"

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "hub/libpq_library.hpp"

namespace ziwb::core {

namespace {

// libpq's messages run over lines, some indented with a tab: one line, single spaces, trimmed.
std::string OneLineOf(const char* text) {
    std::string single;
    for (const char c : OneLine(text == nullptr ? "" : text)) {
        if (c != ' ' || (!single.empty() && single.back() != ' ')) {
            single += c;
        }
    }
    while (!single.empty() && single.back() == ' ') {
        single.pop_back();
    }
    return single;
}

// The hub's own refusals (hub/migrations: ERRCODE 'ZWnnn'), said in the user's language. The
// server's text names the entry; its first 12 hex digits are carried over.
std::string HubRefusal(const std::string& sqlstate, const std::string& server_message) {
    std::string entry = "?";
    std::size_t run = 0;
    for (std::size_t i = 0; i < server_message.size(); ++i) {
        const char c = server_message[i];
        run = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ? run + 1 : 0;
        if (run == 12) {
            entry = server_message.substr(i - 11, 12);
            break;
        }
    }
    if (sqlstate == "ZW001") {
        return Format(Tr("the hub refused entry {0}: it does not match its hash"), {entry});
    }
    if (sqlstate == "ZW002") {
        return Format(Tr("the hub refused entry {0}: it is not a log entry"), {entry});
    }
    if (sqlstate == "ZW003") {
        return Format(Tr("the hub refused entry {0}: it belongs to another assessment than the linked unit"), {entry});
    }
    if (sqlstate == "ZW004" || sqlstate == "ZW006") {
        return Format(Tr("the hub refused entry {0}: its signature does not hold"), {entry});
    }
    if (sqlstate == "ZW005") {
        return Format(Tr("the hub refused entry {0}: it is unsigned, and only the unit's coordinator brings "
                         "unsigned history to the hub"),
                      {entry});
    }
    if (sqlstate == "ZW007") {
        return Format(Tr("the hub refused entry {0}: its author has no grant on the hub to write it for this unit "
                         "(ask the hub's administrator: ziwb hub grant)"),
                      {entry});
    }
    if (sqlstate == "ZW009") {
        return Format(Tr("the hub refused entry {0}: it follows an entry the hub does not hold yet"), {entry});
    }
    if (sqlstate == "ZW010") {
        return Format(Tr("the hub refused entry {0}: it writes registers that do not belong to its layer"), {entry});
    }
    if (sqlstate == "ZW008") {
        return Tr("the hub refused an evidence file that does not match its SHA-256");
    }
    return "";
}

}  // namespace

void PgResult::Free::operator()(pg_result* result) const {
    Pq().clear(result);
}

PgResult::PgResult(pg_result* result) : m_result(result) {}

int PgResult::Rows() const {
    return Pq().ntuples(m_result.get());
}

bool PgResult::IsNull(int row, int column) const {
    return Pq().getisnull(m_result.get(), row, column) != 0;
}

std::string PgResult::Text(int row, int column) const {
    return {Pq().getvalue(m_result.get(), row, column),
            static_cast<std::size_t>(Pq().getlength(m_result.get(), row, column))};
}

long long PgResult::Integer(int row, int column) const {
    return IsNull(row, column) ? 0 : std::stoll(Text(row, column));
}

double PgResult::Number(int row, int column) const {
    return IsNull(row, column) ? 0.0 : std::stod(Text(row, column));
}

bool PgResult::Boolean(int row, int column) const {
    return Text(row, column) == "t";
}

std::string PgResult::Bytes(int row, int column) const {
    if (IsNull(row, column)) {
        return "";
    }
    std::size_t length = 0;
    unsigned char* raw =
        Pq().unescapeBytea(reinterpret_cast<const unsigned char*>(Pq().getvalue(m_result.get(), row, column)), &length);
    if (raw == nullptr) {
        throw HubError(Tr("the hub sent a file that could not be decoded"), "ZW900");
    }
    std::string bytes(reinterpret_cast<const char*>(raw), length);
    Pq().freemem(raw);
    return bytes;
}

namespace {
// The server's notices ("role is already a member") are not for the user: errors carry what matters.
void IgnoreNotice(void*, const char*) {}
}  // namespace

void PgConnection::Free::operator()(pg_conn* connection) const {
    Pq().finish(connection);
}

PgConnection::PgConnection(const std::string& address) {
    // A hub that does not answer within 10 seconds is reported rather than waited for.
    const char* keywords[] = {"dbname", "connect_timeout", "application_name", "client_encoding", nullptr};
    const char* values[] = {address.c_str(), "10", "ziwb", "UTF8", nullptr};
    m_connection.reset(Pq().connectdbParams(keywords, values, 1));
    if (!m_connection) {
        throw HubError(Tr("out of memory while connecting to the hub"), "");
    }
    if (Pq().status(m_connection.get()) != CONNECTION_OK) {
        throw HubError(Format(Tr("cannot reach the hub at {0}: {1}. Your work stays in the workspace; sync again "
                                 "when the hub is reachable"),
                              {RedactAddress(address), OneLineOf(Pq().errorMessage(m_connection.get()))}),
                       "");
    }
    Pq().setNoticeProcessor(m_connection.get(), IgnoreNotice, nullptr);
}

namespace {

// The result, or a HubError saying what the server said (in the user's language where we know it).
PgResult Checked(pg_conn* connection, pg_result* raw) {
    PgResult result(raw);
    const auto status = raw == nullptr ? PGRES_FATAL_ERROR : Pq().resultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return result;
    }
    const char* state = raw == nullptr ? nullptr : Pq().resultErrorField(raw, PG_DIAG_SQLSTATE);
    const std::string sqlstate = state == nullptr ? "" : state;
    const std::string server = OneLineOf(raw == nullptr ? Pq().errorMessage(connection) : Pq().resultErrorMessage(raw));
    if (Pq().status(connection) != CONNECTION_OK || sqlstate.starts_with("08") || sqlstate == "57P01") {
        throw HubError(Format(Tr("the connection to the hub was lost ({0}); nothing of the interrupted step was "
                                 "kept. Sync again when the hub is reachable"),
                              {server}),
                       sqlstate.empty() ? "08000" : sqlstate);
    }
    if (const std::string refusal = HubRefusal(sqlstate, server); !refusal.empty()) {
        throw HubError(refusal, sqlstate);
    }
    if (sqlstate == "42501") {
        throw HubError(
            Format(Tr("the hub refused: {0}. Ask the hub's administrator for a grant (ziwb hub grant)"), {server}),
            sqlstate);
    }
    throw HubError(Format(Tr("the hub reported: {0}"), {server}), sqlstate);
}

}  // namespace

PgResult PgConnection::Exec(std::string_view sql, const std::vector<PgParam>& params) {
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const auto& param : params) {
        values.push_back(param.value ? param.value->data() : nullptr);
        lengths.push_back(param.value ? static_cast<int>(param.value->size()) : 0);
        formats.push_back(param.binary ? 1 : 0);
    }
    const std::string statement(sql);
    return Checked(m_connection.get(),
                   Pq().execParams(m_connection.get(), statement.c_str(), static_cast<int>(params.size()), nullptr,
                                   values.data(), lengths.data(), formats.data(), 0));
}

void PgConnection::ExecScript(const std::string& sql) {
    (void)Checked(m_connection.get(), Pq().exec(m_connection.get(), sql.c_str()));
}

std::string PgConnection::Quote(std::string_view identifier) const {
    char* quoted = Pq().escapeIdentifier(m_connection.get(), identifier.data(), identifier.size());
    if (quoted == nullptr) {
        throw HubError(Format(Tr("'{0}' cannot be used as a name on the hub"), {identifier}), "22000");
    }
    std::string text(quoted);
    Pq().freemem(quoted);
    return text;
}

std::string PgConnection::QuoteLiteral(std::string_view text) const {
    char* quoted = Pq().escapeLiteral(m_connection.get(), text.data(), text.size());
    if (quoted == nullptr) {
        throw HubError(Tr("a text cannot be sent to the hub (it is not UTF-8)"), "22021");
    }
    std::string literal(quoted);
    Pq().freemem(quoted);
    return literal;
}

std::string PgConnection::User() const {
    const char* user = Pq().user(m_connection.get());
    return user == nullptr ? "" : user;
}

std::string PgConnection::Describe() const {
    const char* host = Pq().host(m_connection.get());
    const char* port = Pq().port(m_connection.get());
    const char* database = Pq().db(m_connection.get());
    return std::string(host == nullptr ? "" : host) + ":" + (port == nullptr ? "" : port) + "/" +
           (database == nullptr ? "" : database);
}

int PgConnection::Socket() const {
    return Pq().socket(m_connection.get());
}

std::vector<std::string> PgConnection::TakeNotifications() {
    std::vector<std::string> channels;
    if (Pq().consumeInput(m_connection.get()) == 0) {
        throw HubError(
            Format(Tr("the connection to the hub was lost ({0})"), {OneLineOf(Pq().errorMessage(m_connection.get()))}),
            "08000");
    }
    while (PGnotify* notification = Pq().notifies(m_connection.get())) {
        channels.emplace_back(notification->relname);
        Pq().freemem(notification);
    }
    return channels;
}

PgTransaction::PgTransaction(PgConnection& connection, std::string_view begin) : m_connection(connection) {
    m_connection.Exec(begin);
}

PgTransaction::~PgTransaction() {
    if (m_open) {
        try {
            m_connection.Exec("ROLLBACK");
        } catch (const Error&) {
            // The connection is gone: the server rolls the transaction back itself.
        }
    }
}

void PgTransaction::Commit() {
    m_connection.Exec("COMMIT");
    m_open = false;
}

std::string RedactAddress(std::string_view address) {
    std::string text(address);
    // postgresql://user:password@host -> postgresql://user@host
    if (const auto scheme = text.find("://"); scheme != std::string::npos) {
        const auto at = text.find('@', scheme + 3);
        const auto colon = text.find(':', scheme + 3);
        if (at != std::string::npos && colon != std::string::npos && colon < at) {
            text.erase(colon, at - colon);
        }
        // ?password=... among a URI's parameters.
        for (auto found = text.find("password="); found != std::string::npos; found = text.find("password=")) {
            const bool parameter = found > 0 && (text[found - 1] == '?' || text[found - 1] == '&');
            if (!parameter) {
                break;
            }
            auto end = text.find('&', found);
            text.erase(found - 1, end == std::string::npos ? std::string::npos : end - found + 1);
            if (text.size() >= found && text[found - 1] == '&' && text.find('?') == std::string::npos) {
                text[found - 1] = '?';
            }
        }
        return text;
    }
    // key=value form: the password pair is left out, quoted or not.
    std::string kept;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') {
            ++i;
        }
        const std::size_t start = i;
        bool quoted = false;
        while (i < text.size() && (quoted || text[i] != ' ')) {
            if (text[i] == '\\' && i + 1 < text.size()) {
                ++i;
            } else if (text[i] == '\'') {
                quoted = !quoted;
            }
            ++i;
        }
        const std::string pair = text.substr(start, i - start);
        std::string key = pair.substr(0, pair.find('='));
        while (!key.empty() && key.back() == ' ') {
            key.pop_back();
        }
        if (!pair.empty() && key != "password") {
            kept += (kept.empty() ? "" : " ") + pair;
        }
    }
    return kept;
}

}  // namespace ziwb::core
