// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.hpp"

#include <wx/arrstr.h>
#include <wx/intl.h>
#include <wx/translation.h>

#include <memory>
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
            return wxMsgCatalog::CreateFromData(wxScopedCharBuffer::CreateNonOwned(embedded.data(), embedded.size()),
                                                domain);
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
