// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libpq-fe.h>

namespace ziwb::core {

/// The libpq functions the hub uses. libpq is loaded the first time the hub is used, not at every
/// start: it brings 19 libraries of its own (Kerberos, LDAP, GnuTLS...) whose loading every launch
/// of the workbench and every `ziwb` command paid, hub or not (docs/launch.md). Without libpq on
/// the computer, everything but the hub works, and the hub says what to install.
struct LibPq {
    decltype(&::PQconnectdbParams) connectdbParams = nullptr;
    decltype(&::PQstatus) status = nullptr;
    decltype(&::PQerrorMessage) errorMessage = nullptr;
    decltype(&::PQsetNoticeProcessor) setNoticeProcessor = nullptr;
    decltype(&::PQfinish) finish = nullptr;
    decltype(&::PQexec) exec = nullptr;
    decltype(&::PQexecParams) execParams = nullptr;
    decltype(&::PQresultStatus) resultStatus = nullptr;
    decltype(&::PQresultErrorField) resultErrorField = nullptr;
    decltype(&::PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&::PQclear) clear = nullptr;
    decltype(&::PQntuples) ntuples = nullptr;
    decltype(&::PQgetisnull) getisnull = nullptr;
    decltype(&::PQgetvalue) getvalue = nullptr;
    decltype(&::PQgetlength) getlength = nullptr;
    decltype(&::PQunescapeBytea) unescapeBytea = nullptr;
    decltype(&::PQfreemem) freemem = nullptr;
    decltype(&::PQescapeIdentifier) escapeIdentifier = nullptr;
    decltype(&::PQescapeLiteral) escapeLiteral = nullptr;
    decltype(&::PQuser) user = nullptr;
    decltype(&::PQhost) host = nullptr;
    decltype(&::PQport) port = nullptr;
    decltype(&::PQdb) db = nullptr;
    decltype(&::PQsocket) socket = nullptr;
    decltype(&::PQconsumeInput) consumeInput = nullptr;
    decltype(&::PQnotifies) notifies = nullptr;
};

/// libpq, loaded on the first call and kept for the life of the process. Throws a UserError that
/// says what to install when it is missing or too old to have every function above.
[[nodiscard]] const LibPq& Pq();

}  // namespace ziwb::core
