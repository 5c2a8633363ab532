// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.hpp"

#include "common/text.hpp"

namespace ziwb::core {

FormError::FormError(std::string file, int line, const std::string& reason)
    : UserError(Format(Tr("{0}:{1}: {2}"), {file, std::to_string(line), reason})),
      m_file(std::move(file)),
      m_line(line),
      m_reason(reason) {}

}  // namespace ziwb::core
