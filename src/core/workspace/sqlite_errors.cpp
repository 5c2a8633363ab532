// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/sqlite_errors.hpp"

#include <sqlite3.h>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {

void RethrowSqlite(const SQLite::Exception& error, const std::string& path) {
    switch (error.getErrorCode() & 0xff) {
        case SQLITE_FULL:
            throw WorkspaceError(
                Format(Tr("{0}: the disk is full. Nothing was changed; free some space and try again"), {path}));
        case SQLITE_READONLY:
            throw WorkspaceError(Format(Tr("{0} is read-only. Nothing was changed; make the file writable (or save "
                                           "a copy) to change it"),
                                        {path}));
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            throw WorkspaceError(Format(Tr("{0} is damaged and cannot be read. Nothing was changed; open a backup "
                                           "copy of the workspace"),
                                        {path}));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw WorkspaceError(Format(Tr("{0} is being changed by another program (another ZI Workbench window?). "
                                           "Nothing was changed; close it and try again"),
                                        {path}));
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            throw WorkspaceError(Format(Tr("{0} cannot be opened: check that it exists and you may read and write "
                                           "it and its folder"),
                                        {path}));
        case SQLITE_IOERR:
            throw WorkspaceError(Format(Tr("{0}: the disk reported an error while reading or writing ({1}). "
                                           "Nothing was changed"),
                                        {path, error.what()}));
        default: throw Error(Format(Tr("{0}: database error: {1}"), {path, error.what()}));
    }
}

}  // namespace ziwb::core
