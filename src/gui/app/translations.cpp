// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.hpp"

#include <wx/arrstr.h>
#include <wx/intl.h>
#include <wx/strconv.h>
#include <wx/translation.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "app/preferences.hpp"

namespace ziwb::gui {

extern const std::string_view kIndonesianMo;
extern const std::string_view kWxIndonesianMo;
extern const std::string_view kWxCorrectionsMo;

namespace {

constexpr const char* kDomain = "zi-workbench";
constexpr const char* kWxCorrectionsDomain = "zi-workbench-wx";

/// The catalog embedded in the program for a domain in Indonesian; empty for other domains.
std::string_view EmbeddedCatalog(const wxString& domain) {
    if (domain == kDomain) {
        return kIndonesianMo;
    }
    if (domain == kWxCorrectionsDomain) {
        return kWxCorrectionsMo;
    }
    if (domain.StartsWith("wxstd")) {
        return kWxIndonesianMo;
    }
    return {};
}

/// wxConvCurrent is UTF-8's conversion while this lives, and what it was again after.
class Utf8AsCurrent {
public:
    Utf8AsCurrent() { wxConvCurrent = &wxConvUTF8; }
    ~Utf8AsCurrent() { wxConvCurrent = m_saved; }
    Utf8AsCurrent(const Utf8AsCurrent&) = delete;
    Utf8AsCurrent& operator=(const Utf8AsCurrent&) = delete;

private:
    wxMBConv* m_saved = wxConvCurrent;
};

/// A catalog of UTF-8 texts (ours are, msgfmt checks it; so is Debian's of wxWidgets), converted
/// without iconv. wxWidgets converts a catalog's texts with the charset its header names, through
/// iconv: a third of loading them, 10 M instructions at every start
/// (bench/gui/launch_instructions.py). A header that names none has them converted with
/// wxConvCurrent instead. So a copy's header names none, and wxConvCurrent is UTF-8's while the
/// copy is read. A catalog whose header says something else is read as it is.
wxMsgCatalog* CatalogFromUtf8(std::string_view mo, const wxString& domain) {
    constexpr std::string_view kNamed = "Content-Type: text/plain; charset=UTF-8\n";
    // As long as what it replaces, so that nothing in the catalog moves: the charset left empty,
    // and a line of no meaning in front in its place.
    constexpr std::string_view kUnnamed = "X: 8\nContent-Type: text/plain; charset=\n";
    static_assert(kNamed.size() == kUnnamed.size());
    const auto whole = [&] {
        return wxMsgCatalog::CreateFromData(wxScopedCharBuffer::CreateNonOwned(mo.data(), mo.size()), domain);
    };
    // The header is the translation of the empty text, the first of the sorted table; its place
    // and length are in the catalog's head (little-endian, as msgfmt writes it here).
    const auto word = [&](std::size_t at) {
        std::uint32_t value = 0;
        std::memcpy(&value, mo.data() + at, sizeof value);
        return static_cast<std::size_t>(value);
    };
    if (mo.size() < 28 || word(0) != 0x950412deU || word(8) == 0 || word(16) > mo.size() - 8) {
        return whole();
    }
    const std::size_t length = word(word(16));
    const std::size_t offset = word(word(16) + 4);
    if (offset > mo.size() || length > mo.size() - offset) {
        return whole();
    }
    const std::size_t at = mo.substr(offset, length).find(kNamed);
    if (at == std::string_view::npos) {
        return whole();
    }
    std::string copy(mo);
    copy.replace(offset + at, kUnnamed.size(), kUnnamed);
    const Utf8AsCurrent utf8;
    return wxMsgCatalog::CreateFromData(wxScopedCharBuffer::CreateNonOwned(copy.data(), copy.size()), domain);
}

/// Serves our catalogs and wxWidgets' own Indonesian one from the bytes embedded in the program, so
/// the same words show from the build tree, once installed and on Windows; other languages and
/// domains come from the usual files.
class EmbeddedLoader final : public wxTranslationsLoader {
public:
    wxMsgCatalog* LoadCatalog(const wxString& domain, const wxString& lang) override {
        const std::string_view embedded = EmbeddedCatalog(domain);
        if (!embedded.empty()) {
            if (!lang.StartsWith("id")) {
                return nullptr;
            }
            return CatalogFromUtf8(embedded, domain);
        }
        return m_files.LoadCatalog(domain, lang);
    }
    wxArrayString GetAvailableTranslations(const wxString& domain) const override {
        if (!EmbeddedCatalog(domain).empty()) {
            wxArrayString languages;
            languages.Add("id");
            return languages;
        }
        return m_files.GetAvailableTranslations(domain);
    }

private:
    wxFileTranslationsLoader m_files;
};

}  // namespace

const char* LanguageCode(core::Language language) {
    return language == core::Language::English ? "en" : "id";
}

core::Language PreferredLanguage() {
    return Preferences::Language() == "en" ? core::Language::English : core::Language::Indonesian;
}

void ApplyLanguage(core::Language language) {
    auto translations = std::make_unique<wxTranslations>();
    translations->SetLoader(new EmbeddedLoader);
    translations->SetLanguage(language == core::Language::English ? wxLANGUAGE_ENGLISH_US : wxLANGUAGE_INDONESIAN);
    // The catalog added last is searched first: ours, then our corrections of wxWidgets' words,
    // then wxWidgets' own.
    translations->AddStdCatalog();
    translations->AddCatalog(kWxCorrectionsDomain, wxLANGUAGE_ENGLISH_US);
    translations->AddCatalog(kDomain, wxLANGUAGE_ENGLISH_US);
    wxTranslations::Set(translations.release());
    core::SetLanguage(language);
}

}  // namespace ziwb::gui
