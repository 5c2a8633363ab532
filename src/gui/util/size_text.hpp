// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <cstdint>

namespace ziwb::gui {

/// A file size as people read it: "512 bytes", "48 KB", "3,2 MB" (decimal comma in Indonesian).
[[nodiscard]] wxString FileSizeText(std::uint64_t size);

}  // namespace ziwb::gui
