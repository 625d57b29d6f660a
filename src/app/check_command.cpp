#include "app/check_command.h"

#include <cstdio>

#include "io/deck_yaml.h"

namespace prio {

int run_check(const std::vector<std::string>& files)
{
    int exit_code = 0;
    for (const std::string& path : files) {
        DeckLoad load = load_deck_file(path);
        for (const Diagnostic& d : load.diagnostics)
            std::fprintf(stderr, "%s\n", format(d).c_str());
        if (!load.deck) {
            exit_code = 1;
            continue;
        }
        const Deck& deck = *load.deck;
        std::printf("%s: ok: deck \"%s\" (%s), %zu cards, %zu themes, %zu lanes\n", path.c_str(), deck.id.c_str(),
                    deck.language.c_str(), deck.cards.size(), deck.themes.size(), deck.lanes.size());
    }
    return exit_code;
}

}  // namespace prio
