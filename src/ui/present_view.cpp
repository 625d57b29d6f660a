// Presentation mode over the real board: measuring the cards' titles with
// the fonts in use, keeping the layout while the spread stays the same, and
// the rank and summary the cards carry.
#include <string>
#include <string_view>

#include "core/ranking.h"
#include "ui/board_parts.h"

namespace prio {
namespace {

float em(ImFont* font, std::string_view text)
{
    if (!font || text.empty())
        return 0.0f;
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x / font->FontSize;
}

std::vector<float> word_widths(ImFont* font, std::string_view text)
{
    std::vector<float> words;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string_view::npos)
            end = text.size();
        if (end > at)
            words.push_back(em(font, text.substr(at, end - at)));
        at = end + 1;
    }
    return words;
}

// Everything the layout depends on, as text: the screen, the lanes' titles and cards, the pile.
std::string spread_key(const Session& session, const WindowView& view, ImVec2 screen)
{
    const Deck& deck = session.deck;
    std::string key = std::to_string(static_cast<int>(screen.x)) + "x" + std::to_string(static_cast<int>(screen.y)) + " " + deck.id + " " +
                      std::to_string(view.theme_walk);
    for (const Lane& lane : session.board.lanes) {
        key += "|" + lane.title + ":";
        for (int c : lane.cards)
            key += deck.cards[static_cast<std::size_t>(c)].id + " ";
    }
    key += "|";
    for (int c : session.board.pile)
        key += deck.cards[static_cast<std::size_t>(c)].id + " ";
    return key;
}

}  // namespace

const PresentLayout& presentation_layout(const Session& session, WindowView& view, ImVec2 screen)
{
    std::string key = spread_key(session, view, screen);
    if (key == view.present_key)
        return view.present;
    ImFont* bold = view.fonts.bold ? view.fonts.bold : ImGui::GetFont();
    const Deck& deck = session.deck;
    PresentInput in;
    in.width = screen.x;
    in.height = screen.y;
    in.space = em(bold, " ");
    in.rank = em(bold, std::to_string(deck.cards.size()) + ".");
    for (const Lane& lane : session.board.lanes) {
        in.lanes.push_back(lane.cards);
        in.lane_titles.push_back(em(bold, std::to_string(in.lanes.size()) + "  " + lane.title));
    }
    in.pile = session.board.pile;
    for (const Card& card : deck.cards)
        in.titles.push_back(TitleMeasure{word_widths(bold, card.title), em(bold, card.id)});
    if (const Theme* theme = walked_theme(session, view)) {
        ImFont* regular = view.fonts.regular ? view.fonts.regular : ImGui::GetFont();
        in.banner = true;
        in.banner_words = word_widths(regular, theme->description);
        in.banner_space = em(regular, " ");
    }
    view.present = layout_presentation(in);
    view.present_key = key;
    // The ranks the cards show: the order the board means.
    view.ranks.assign(deck.cards.size(), 0);
    for (const RankedCard& r : ranking(session.board))
        if (r.rank > 0)
            view.ranks[static_cast<std::size_t>(r.card)] = r.rank;
    return view.present;
}

CardShow card_show(const Session& session, const WindowView& view, int card)
{
    CardShow show;
    if (view.presenting && view.present.fits) {
        if (static_cast<std::size_t>(card) < view.ranks.size())
            show.rank = view.ranks[static_cast<std::size_t>(card)];
        show.summary = view.present.summary;
        show.lines = view.present.lines;
    }
    if (const Theme* theme = walked_theme(session, view)) {
        bool current = session.deck.cards[static_cast<std::size_t>(card)].theme == theme->id;
        show.dimmed = !current;
        show.summary = current;
    }
    return show;
}

}  // namespace prio
