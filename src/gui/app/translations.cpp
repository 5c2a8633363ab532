#include "app/translations.hpp"

#include <wx/arrstr.h>
#include <wx/intl.h>
#include <wx/translation.h>

#include <memory>
#include <string_view>

#include "app/preferences.hpp"

namespace ziwb::gui {

extern const std::string_view kIndonesianMo;

namespace {

constexpr const char* kDomain = "zi-workbench";

/// Serves our catalog from the bytes embedded in the program, and everything else (wxWidgets' own
/// catalog, where the system has it) from the usual files.
class EmbeddedLoader final : public wxTranslationsLoader {
public:
    wxMsgCatalog* LoadCatalog(const wxString& domain, const wxString& lang) override {
        if (domain == kDomain) {
            if (lang.StartsWith("id")) {
                return wxMsgCatalog::CreateFromData(
                    wxScopedCharBuffer::CreateNonOwned(kIndonesianMo.data(), kIndonesianMo.size()), domain);
            }
            return nullptr;
        }
        return m_files.LoadCatalog(domain, lang);
    }
    wxArrayString GetAvailableTranslations(const wxString& domain) const override {
        if (domain == kDomain) {
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
    translations->AddStdCatalog();
    translations->AddCatalog(kDomain, wxLANGUAGE_ENGLISH_US);
    wxTranslations::Set(translations.release());
    core::SetLanguage(language);
}

}  // namespace ziwb::gui
