#pragma once
#include <string>
#include <vector>

namespace prio {

// `prioriteer check FILE...`: one summary line per valid file, its
// diagnostics otherwise. Returns the exit code: 0 when all are valid.
int run_check(const std::vector<std::string>& files);

}  // namespace prio
