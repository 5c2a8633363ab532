// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/libpq_library.hpp"

#include <dlfcn.h>

#include <string>

#include "common/error.hpp"
#include "common/text.hpp"
#include "hub/pg_connection.hpp"

namespace ziwb::core {

namespace {

// The soname Debian's libpq5 and PostgreSQL's own packages install.
constexpr const char* kLibPqName = "libpq.so.5";

struct Loaded {
    LibPq functions;
    std::string problem;  ///< empty when every function was found
};

template <class Function>
void Resolve(void* library, const char* name, Function& function, std::string& missing) {
    // POSIX guarantees that a dlsym result converts to a function pointer.
    function = reinterpret_cast<Function>(::dlsym(library, name));
    if (function == nullptr && missing.empty()) {
        missing = name;
    }
}

Loaded Load() {
    Loaded loaded;
    // Kept open for the life of the process: connections may live until it ends.
    void* library = ::dlopen(kLibPqName, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        const char* reason = ::dlerror();
        loaded.problem = Format(Tr("the hub needs PostgreSQL's client library {0}, which could not be loaded ({1}): "
                                   "install the package libpq5"),
                                {kLibPqName, reason == nullptr ? "" : reason});
        return loaded;
    }
    LibPq& pq = loaded.functions;
    std::string missing;
    Resolve(library, "PQconnectdbParams", pq.connectdbParams, missing);
    Resolve(library, "PQstatus", pq.status, missing);
    Resolve(library, "PQerrorMessage", pq.errorMessage, missing);
    Resolve(library, "PQsetNoticeProcessor", pq.setNoticeProcessor, missing);
    Resolve(library, "PQfinish", pq.finish, missing);
    Resolve(library, "PQexec", pq.exec, missing);
    Resolve(library, "PQexecParams", pq.execParams, missing);
    Resolve(library, "PQresultStatus", pq.resultStatus, missing);
    Resolve(library, "PQresultErrorField", pq.resultErrorField, missing);
    Resolve(library, "PQresultErrorMessage", pq.resultErrorMessage, missing);
    Resolve(library, "PQclear", pq.clear, missing);
    Resolve(library, "PQntuples", pq.ntuples, missing);
    Resolve(library, "PQgetisnull", pq.getisnull, missing);
    Resolve(library, "PQgetvalue", pq.getvalue, missing);
    Resolve(library, "PQgetlength", pq.getlength, missing);
    Resolve(library, "PQunescapeBytea", pq.unescapeBytea, missing);
    Resolve(library, "PQfreemem", pq.freemem, missing);
    Resolve(library, "PQescapeIdentifier", pq.escapeIdentifier, missing);
    Resolve(library, "PQescapeLiteral", pq.escapeLiteral, missing);
    Resolve(library, "PQuser", pq.user, missing);
    Resolve(library, "PQhost", pq.host, missing);
    Resolve(library, "PQport", pq.port, missing);
    Resolve(library, "PQdb", pq.db, missing);
    Resolve(library, "PQsocket", pq.socket, missing);
    Resolve(library, "PQconsumeInput", pq.consumeInput, missing);
    Resolve(library, "PQnotifies", pq.notifies, missing);
    if (!missing.empty()) {
        loaded.problem = Format(Tr("the hub needs a newer PostgreSQL client library: {0} has no {1}; update the "
                                   "package libpq5"),
                                {kLibPqName, missing});
    }
    return loaded;
}

const Loaded& LoadOnce() {
    static const Loaded loaded = Load();  // thread-safe, once
    return loaded;
}

}  // namespace

const LibPq& Pq() {
    const Loaded& loaded = LoadOnce();
    if (!loaded.problem.empty()) {
        throw UserError(loaded.problem);
    }
    return loaded.functions;
}

bool LibPqLoaded() {
    // RTLD_NOLOAD finds the library only if it is loaded already, by us or by anyone else.
    void* library = ::dlopen(kLibPqName, RTLD_NOW | RTLD_NOLOAD);
    if (library == nullptr) {
        return false;
    }
    ::dlclose(library);  // the reference RTLD_NOLOAD took
    return true;
}

}  // namespace ziwb::core
