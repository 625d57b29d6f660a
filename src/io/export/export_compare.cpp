#include "io/export/export_compare.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/strings.h"
#include "io/export/export_csv.h"
#include "io/export/export_json.h"

namespace prio {

namespace {

// Six significant digits (a p-value of 1.2e-18 keeps its size), but a large
// number, such as a Borda score weighted by inhabitants, every digit before
// the point: 7260000, not 7.26e+06.
std::string number(double value)
{
    char text[48];
    if (std::abs(value) < 1e5) {
        std::snprintf(text, sizeof text, "%.6g", value);
        return text;
    }
    std::snprintf(text, sizeof text, "%.3f", value);
    std::string out = text;
    while (out.back() == '0')
        out.pop_back();
    if (out.back() == '.')
        out.pop_back();
    return out;
}

template <typename T, typename F>
std::string json_array(const std::vector<T>& items, F each)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + each(items[i]);
    return out + "]";
}

std::string segment_json(const Comparison& c, const std::string& name, const Consensus& s)
{
    std::vector<int> members;
    for (std::size_t i = 0; i < c.councils.size(); ++i)
        if (c.councils[i].board.segment == name) members.push_back(static_cast<int>(i));
    auto code = [&](int card) { return json_string(c.deck.cards[static_cast<std::size_t>(card)].id); };
    return json_object(4, {{"name", json_string(name)},
                           {"councils", json_array(members, [](int i) { return std::to_string(i); })},
                           {"kendall_w", number(s.concordance.w)},
                           {"p_value", number(s.concordance.p_value)},
                           {"consensus", json_array(s.borda_order, code)}});
}

}  // namespace

std::string comparison_json(const Comparison& c, const std::string& generated)
{
    const Consensus& all = c.all;
    std::string out = "{\n";
    out += "  \"format\": \"prioriteer-comparison\",\n";
    out += "  \"format_version\": " + std::to_string(kComparisonJsonVersion) + ",\n";
    out += "  \"generated\": " + json_string(generated) + ",\n";
    out += "  \"deck\": " + json_string(c.deck.id) + ",\n";
    out += "  \"councils\": [\n";
    for (std::size_t i = 0; i < c.councils.size(); ++i) {
        const CouncilBoard& k = c.councils[i];
        out += "    " + json_object(4, {{"name", json_string(k.name)}, {"file", json_string(k.file)},
                                        {"weight", number(k.board.weight)},
                                        {"segment", k.board.segment.empty() ? "null" : json_string(k.board.segment)}});
        out += i + 1 < c.councils.size() ? ",\n" : "\n";
    }
    out += "  ],\n";
    out += "  \"cards\": " + std::to_string(c.deck.cards.size()) + ",\n";
    out += "  \"kendall_w\": " + number(all.concordance.w) + ",\n";
    out += "  \"chi_square\": " + number(all.concordance.chi_square) + ",\n";
    out += "  \"p_value\": " + number(all.concordance.p_value) + ",\n";
    out += "  \"consensus\": [\n";
    for (std::size_t place = 0; place < all.borda_order.size(); ++place) {
        auto card = static_cast<std::size_t>(all.borda_order[place]);
        const CardConsensus& f = all.cards[card];
        out += "    " + json_object(4, {{"code", json_string(c.deck.cards[card].id)},
                                        {"title", json_string(c.deck.cards[card].title)},
                                        {"rank", std::to_string(place + 1)},
                                        {"borda", number(f.borda)},
                                        {"mean_rank", number(f.mean_rank)},
                                        {"top_lane_count", std::to_string(f.first_lane)},
                                        {"iqr", number(f.iqr)},
                                        {"sd", number(f.sd)},
                                        {"contested", f.contested ? "true" : "false"},
                                        {"ranks", json_array(f.ranks, number)}});
        out += place + 1 < all.borda_order.size() ? ",\n" : "\n";
    }
    out += "  ],\n";
    auto code = [&](int card) { return json_string(c.deck.cards[static_cast<std::size_t>(card)].id); };
    out += "  \"kemeny\": " + json_array(all.kemeny_order, code) + ",\n";
    out += "  \"kemeny_exact\": " + std::string(all.kemeny_exact ? "true" : "false") + ",\n";
    out += "  \"spearman\": [\n";
    for (std::size_t i = 0; i < all.spearman.size(); ++i)
        out += "    " + json_array(all.spearman[i], number) + (i + 1 < all.spearman.size() ? ",\n" : "\n");
    out += "  ],\n";
    out += "  \"council_order\": " + json_array(all.board_order, [](int i) { return std::to_string(i); }) + ",\n";
    out += "  \"segments\": [";
    for (std::size_t i = 0; i < c.segments.size(); ++i)
        out += std::string(i ? "," : "") + "\n    " + segment_json(c, c.segments[i].first, c.segments[i].second);
    out += c.segments.empty() ? "]\n" : "\n  ]\n";
    return out + "}\n";
}

std::string comparison_csv(const Comparison& c, char separator, const std::string& language)
{
    const std::string sep(1, separator);
    // A spreadsheet that splits on ';' (a Dutch or Belgian locale) reads a decimal comma.
    auto decimal = [&](double value) {
        std::string text = number(value);
        if (separator == ';')
            for (char& ch : text)
                if (ch == '.') ch = ',';
        return text;
    };
    auto row = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? sep : "") + csv_field(cells[i], separator);
        return line + "\r\n";
    };
    std::vector<std::string> header = {std::string(tr("compare.csv.rank", language)), std::string(tr("compare.csv.code", language)),
                                       std::string(tr("compare.csv.title", language)), "Borda",
                                       std::string(tr("compare.csv.mean_rank", language)),
                                       std::string(tr("compare.csv.contested", language))};
    for (int k : c.all.board_order) header.push_back(c.councils[static_cast<std::size_t>(k)].name);
    std::string out = "\xEF\xBB\xBF" + row(header);
    for (std::size_t place = 0; place < c.all.borda_order.size(); ++place) {
        auto card = static_cast<std::size_t>(c.all.borda_order[place]);
        const CardConsensus& f = c.all.cards[card];
        std::vector<std::string> cells = {std::to_string(place + 1), c.deck.cards[card].id, c.deck.cards[card].title,
                                          decimal(f.borda), decimal(f.mean_rank),
                                          std::string(tr(f.contested ? "compare.csv.yes" : "compare.csv.no", language))};
        for (int k : c.all.board_order) cells.push_back(decimal(f.ranks[static_cast<std::size_t>(k)]));
        out += row(cells);
    }
    return out;
}

std::string comparison_table(const Comparison& c)
{
    const Consensus& all = c.all;
    char line[512];
    std::string out;
    std::snprintf(line, sizeof line, "%zu councils, %zu cards: Kendall's W = %.3f (%s), chi-square = %.2f, p = %.3g\n",
                  c.councils.size(), c.deck.cards.size(), all.concordance.w,
                  std::string(tr(agreement_key(agreement(all.concordance.w)), "en")).c_str(), all.concordance.chi_square,
                  all.concordance.p_value);
    out += line;
    // Weighted scores can run to millions: the column grows with the widest.
    int borda_width = 6;
    for (const CardConsensus& f : all.cards)
        borda_width = std::max(borda_width, static_cast<int>(number(f.borda).size()));
    std::snprintf(line, sizeof line, "rank  code  %*s   mean  first  IQR   title\n", borda_width, "borda");
    out += line;
    for (std::size_t place = 0; place < all.borda_order.size(); ++place) {
        auto card = static_cast<std::size_t>(all.borda_order[place]);
        const CardConsensus& f = all.cards[card];
        // The numbers in fixed columns; the texts appended whole, however long.
        std::snprintf(line, sizeof line, "%4zu  %-4s %*s %6.2f  %5d %5.1f  ", place + 1, c.deck.cards[card].id.c_str(),
                      borda_width, number(f.borda).c_str(), f.mean_rank, f.first_lane, f.iqr);
        out += line + c.deck.cards[card].title + (f.contested ? "  [contested]\n" : "\n");
    }
    out += std::string("contested: ") + kContestedRule + "\n";
    if (all.kemeny_vs_borda.empty()) {
        out += std::string("Kemeny (") + (all.kemeny_exact ? "exact" : "approximate") + ") gives the same order.\n";
    } else {
        out += std::string("Kemeny (") + (all.kemeny_exact ? "exact" : "approximate") + ") orders differently:";
        const char* between = " ";
        for (auto [a, b] : all.kemeny_vs_borda) {
            out += between + c.deck.cards[static_cast<std::size_t>(b)].id + " before " + c.deck.cards[static_cast<std::size_t>(a)].id;
            between = "; ";
        }
        out += ".\n";
    }
    for (const auto& [name, s] : c.segments) {
        std::snprintf(line, sizeof line, " (%d councils): W = %.3f (%s), p = %.3g; first:", s.concordance.boards,
                      s.concordance.w, std::string(tr(agreement_key(agreement(s.concordance.w)), "en")).c_str(),
                      s.concordance.p_value);
        out += "segment " + name + line;
        for (std::size_t i = 0; i < s.borda_order.size() && i < 3; ++i)
            out += " " + c.deck.cards[static_cast<std::size_t>(s.borda_order[i])].id;
        out += "\n";
    }
    bool weighted = false;
    for (const CouncilBoard& k : c.councils) weighted = weighted || k.board.weight != 1;
    if (weighted)
        out += c.top_same_with_equal_weights ? "With equal weights the top 5 would be the same.\n"
                                             : "With equal weights the top 5 would differ.\n";
    return out;
}

}  // namespace prio
