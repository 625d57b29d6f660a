#pragma once
// Text from a file someone else wrote: which characters are controls, the
// text without them (for files and documents), and the text made safe to
// print to a terminal, where an escape sequence could retitle the window or
// clear the screen.
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace prio {

// C0 but tab and newline, DEL, and C1: what no value may hold.
bool is_control(char32_t c);

// Valid UTF-8 with "\n" line ends and no control characters but "\n" and "\t".
std::string clean_text(std::string_view text);

// For a terminal: every control (tab and newline included, so a message stays
// one line), the bidirectional overrides, the line and paragraph separators
// and invalid UTF-8 written as \xNN or \u{NNNN}.
std::string terminal_safe(std::string_view text);

}  // namespace prio
