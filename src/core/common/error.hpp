// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace ziwb::core {

/// The one error hierarchy of the core. Front ends catch `Error` at their boundary: a `UserError` is
/// something the user can fix (bad input, a file that is not a workspace, a full disk) and is shown as
/// is; any other `Error` is an internal failure. Messages are already translated.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Input the user can correct: a wrong answer value, a bad CSV row, an unknown code.
class UserError : public Error {
public:
    using Error::Error;
};

/// A form file that does not follow the form format. Carries where the problem is.
class FormError : public UserError {
public:
    FormError(std::string file, int line, const std::string& reason);
    [[nodiscard]] const std::string& File() const { return m_file; }
    [[nodiscard]] int Line() const { return m_line; }
    [[nodiscard]] const std::string& Reason() const { return m_reason; }

private:
    std::string m_file;
    int m_line;
    std::string m_reason;
};

/// A workspace file that cannot be used as asked: not a workspace, from a newer version, corrupt,
/// read-only, or the disk is full. Nothing was changed when this is thrown.
class WorkspaceError : public UserError {
public:
    using UserError::UserError;
};

}  // namespace ziwb::core
