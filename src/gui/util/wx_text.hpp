// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <filesystem>
#include <string>

#include "common/platform.hpp"

namespace ziwb::gui {

/// The core speaks UTF-8 std::string; wx speaks wxString. These are the only conversions.
inline wxString Wx(const std::string& text) {
    return wxString::FromUTF8(text.data(), text.size());
}
inline std::string Utf8(const wxString& text) {
    const auto buffer = text.utf8_str();
    return {buffer.data(), buffer.length()};
}
inline std::filesystem::path PathOf(const wxString& text) {
    return core::PathFromUtf8(Utf8(text));
}
inline wxString Wx(const char* text) {
    return wxString::FromUTF8(text);
}
inline wxString Wx(const std::filesystem::path& path) {
    return Wx(core::PathToUtf8(path));
}

}  // namespace ziwb::gui
