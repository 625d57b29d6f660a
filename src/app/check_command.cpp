#include "app/check_command.h"

#include <cstdio>

#include "io/session/session_check.h"
#include "io/files/text_safety.h"

namespace prio {

int run_check(const std::vector<std::string>& files)
{
    int exit_code = 0;
    for (const std::string& path : files) {
        FileCheck check = check_file(path);
        for (const Diagnostic& d : check.diagnostics)
            std::fprintf(stderr, "%s\n", terminal_safe(format(d, "en")).c_str());
        if (check.ok)
            std::printf("%s\n", terminal_safe(check.summary).c_str());
        else
            exit_code = 1;
    }
    return exit_code;
}

}  // namespace prio
