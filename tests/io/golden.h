#pragma once
// Golden files for the export tests: compare, or rewrite them when
// PRIO_UPDATE_GOLDEN=1 is set (then look at the diff before committing).
#include <cstdlib>
#include <fstream>
#include <string>

#include "test_support.h"

namespace prio::golden {

inline std::string path(const std::string& name)
{
    return std::string(PRIO_SOURCE_DIR) + "/tests/io/golden/" + name;
}

inline std::string read(const std::string& file) { return test::slurp(file); }

// The golden text, after rewriting it first when asked to.
inline std::string expect(const std::string& name, const std::string& actual)
{
    const char* update = std::getenv("PRIO_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream out(path(name), std::ios::binary);
        out << actual;
    }
    return read(path(name));
}

}  // namespace prio::golden
