#pragma once
// `prioriteer compare A.yaml B.yaml ...`: several councils' sessions of one
// deck side by side, with their consensus (docs/consensus.md).
#include <string>
#include <vector>

namespace prio {

struct CompareCommand {
    std::vector<std::string> files;
    std::string weights = "equal";  // "inhabitants", or a file of "council;weight[;segment]" lines
    std::vector<std::string> formats;  // md, odt, pdf, csv, json; empty with -o: csv and json
    std::string dir;  // "": print the table, write nothing
    bool force = false;
    std::string separator = ";";
};

// Exit codes as `export` has them: 0 when all went well, 1 when the sessions
// cannot be compared or a file was not written, 2 for usage errors.
int run_compare(const CompareCommand& command);

}  // namespace prio
