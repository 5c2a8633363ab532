// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/app_icon.hpp"

#include <string>
#include <string_view>

namespace ziwb::gui {

extern const std::string_view kIconSvg;

wxBitmapBundle AppIcon() {
    const std::string svg(kIconSvg);  // the parser wants a terminated string it may change
    return wxBitmapBundle::FromSVG(svg.c_str(), wxSize(64, 64));
}

}  // namespace ziwb::gui
