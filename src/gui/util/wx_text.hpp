#pragma once

#include <wx/string.h>

#include <filesystem>
#include <string>

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
    return {Utf8(text)};
}
inline wxString Wx(const char* text) {
    return wxString::FromUTF8(text);
}
inline wxString Wx(const std::filesystem::path& path) {
    return Wx(path.string());
}

}  // namespace ziwb::gui
