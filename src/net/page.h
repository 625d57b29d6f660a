#pragma once
// The phone page, embedded: no CDN, no build step, no web fonts. Its texts
// come from deck.json, in the session's language.
#include <string_view>

namespace prio {

extern const std::string_view kPageHtml;  // net/page_html.cpp, with the CSS
extern const std::string_view kPageCss;
extern const std::string_view kPageJs;    // net/page_js.cpp

}  // namespace prio
