#pragma once
// Numbers as the reader writes them: a decimal comma and a point between
// thousands in Dutch, the other way round in English. The window and the
// documents both speak the session's language, so both format here.
#include <string>
#include <string_view>

namespace prio {

// `value` with `digits` decimals, a decimal comma in Dutch; trailing zeros
// after the point are kept so that columns line up; never "-0.0".
// decimal(0.617, 2, "nl") == "0,62".
std::string decimal(double value, int digits, std::string_view language);
// 12345 as "12.345" in Dutch, "12,345" in English.
std::string grouped(long long value, std::string_view language);
// A Borda score: whole numbers without decimals (grouped), others with one.
std::string amount(double value, std::string_view language);
// A p-value after its "p": "= 0.023", "< 0.001".
std::string p_text(double p, std::string_view language);

}  // namespace prio
