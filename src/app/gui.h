#pragma once
#include <string>

namespace prio {

struct GuiOptions {
    std::string file;        // a session or a deck to open; empty: the bundled deck
    std::string screenshot;  // render one board, write it here as PNG, exit
    std::string state_out;   // on exit, write the board here as plain text (for tests)
    std::string state_log;   // append the board here after every change (for tests)
    std::string geometry_out;  // where cards, lanes and dialogs are drawn, kept up to date (for tests)
    bool restore = false;    // accept the first offer of left-behind work (for tests)
    int zoom = 100;          // percent, 100 to 300
    bool dark = false;
    bool present = false;    // start in presentation mode
    std::string snapshots;   // a folder for pictures asked for by SIGUSR1 (for tests)
    bool marks = false;      // with screenshot: where named things are, in SCREENSHOT.marks
    std::string serve_round;  // ADDR:PORT: open a round with phones at start-up (for tests)
    std::string url_out;      // with serve_round: write its join link and code here
    std::string serve_form = "full";  // with serve_round: full, top:K or lanes (the board's)
    bool serve_named = false;         // with serve_round: a named round
    int width = 1600;
    int height = 900;
};

// Runs the window until it is closed. Returns the process exit code.
int run_gui(const GuiOptions& options);

}  // namespace prio
