#include "ui/keys.h"

namespace prio {
namespace {

bool letter(char32_t c) { return c >= U'a' && c <= U'z'; }
bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace

int layout_key(int key, char32_t base, char32_t shifted)
{
    if (letter(base))
        return static_cast<int>(base - U'a' + U'A');
    if (digit(base))
        return static_cast<int>(base);
    if (base == U'-')
        return Keys{}.minus;
    if (base == U'=' || base == U'+')
        return Keys{}.equal;
    if (digit(shifted))
        return static_cast<int>(shifted);
    return key;
}

}  // namespace prio
