#include "core/ballot.h"

#include <unordered_map>

#include "core/placeholders.h"
#include "core/strings.h"
#include "core/utf8.h"

namespace prio {
namespace {

std::string folded(std::string_view code)
{
    std::string out(code);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool between_codes(char c) { return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '\r'; }

// A code as given, with its place in the paper text (line 0: not from paper).
struct Token {
    std::string_view text;
    int line = 1;
    int column = 1;
    int group = 0;  // which lane of the text it is in, from 0
};

// The codes of the text with their places and lanes, by the rule in the header.
std::vector<Token> tokens(std::string_view text)
{
    std::vector<Token> out;
    int line = 1, column = 1, group = 0;
    bool named = false;  // the current lane has a code
    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c == '\n' || c == '|') {
            if (c == '|' || named) {
                ++group;
                named = false;
            }
            ++i;
            if (c == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        if (between_codes(c)) {
            ++i;
            ++column;
            continue;
        }
        Token token{{}, line, column, group};
        std::size_t start = i;
        while (i < text.size() && !between_codes(text[i]) && text[i] != '\n' && text[i] != '|') {
            std::size_t length = utf8_length(text, i);
            i += length ? length : 1;
            ++column;
        }
        token.text = text.substr(start, i - start);
        out.push_back(token);
        named = true;
    }
    return out;
}

BallotProblem at(BallotFault fault, const Token& token)
{
    BallotProblem p;
    p.fault = fault;
    p.code = std::string(token.text);
    p.line = token.line;
    p.column = token.column;
    return p;
}

CheckedBallot check(const Deck& deck, const BallotShape& shape, const std::vector<Token>& given_tokens)
{
    std::unordered_map<std::string, int> by_code;
    for (std::size_t c = 0; c < deck.cards.size(); ++c)
        by_code.emplace(folded(deck.cards[c].id), static_cast<int>(c));

    bool lanes = shape.form == BallotForm::Lanes;
    CheckedBallot out;
    out.groups.resize(lanes ? shape.lanes.size() : 1);
    std::vector<bool> named(deck.cards.size(), false);
    std::vector<int> first_line(deck.cards.size(), 0);
    int given = 0;
    bool past_top = false, past_lanes = false;
    std::vector<bool> over(shape.lanes.size(), false);

    for (const Token& token : given_tokens) {
        auto found = by_code.find(folded(token.text));
        if (found == by_code.end()) {
            out.problems.push_back(at(BallotFault::Unknown, token));
            continue;
        }
        int card = found->second;
        if (named[card]) {
            BallotProblem p = at(BallotFault::Duplicate, token);
            p.first_line = first_line[card];
            out.problems.push_back(p);
            continue;
        }
        named[card] = true;
        first_line[card] = token.line;
        ++given;
        if (!lanes) {
            if (shape.form == BallotForm::Top && given > shape.top) {
                if (!past_top) {
                    BallotProblem p = at(BallotFault::TooMany, token);
                    p.limit = shape.top;
                    out.problems.push_back(p);
                }
                past_top = true;
                continue;
            }
            out.groups[0].push_back(card);
            continue;
        }
        auto g = static_cast<std::size_t>(token.group);
        if (g >= shape.lanes.size()) {
            if (!past_lanes) {
                BallotProblem p = at(BallotFault::TooManyLanes, token);
                p.lane = token.group + 1;
                p.limit = static_cast<int>(shape.lanes.size());
                out.problems.push_back(p);
            }
            past_lanes = true;
            continue;
        }
        const LaneSpec& lane = shape.lanes[g];
        if (lane.capacity > 0 && static_cast<int>(out.groups[g].size()) >= lane.capacity) {
            if (!over[g]) {
                BallotProblem p = at(BallotFault::OverCapacity, token);
                p.lane = token.group + 1;
                p.lane_title = lane.title;
                p.limit = lane.capacity;
                out.problems.push_back(p);
            }
            over[g] = true;
            continue;
        }
        out.groups[g].push_back(card);
    }

    if (shape.form == BallotForm::Full) {
        for (std::size_t c = 0; c < deck.cards.size(); ++c)
            if (!named[c]) {
                BallotProblem p;
                p.fault = BallotFault::Missing;
                p.code = deck.cards[c].id;
                out.problems.push_back(p);
            }
    } else if (shape.form == BallotForm::Top && given < shape.top) {
        BallotProblem p;
        p.fault = BallotFault::TooFew;
        p.limit = shape.top;
        p.given = given;
        out.problems.push_back(p);
    }
    return out;
}

}  // namespace

CheckedBallot check_ballot(const Deck& deck, const BallotShape& shape, const BallotGroups& groups)
{
    std::vector<Token> given;
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (const std::string& code : groups[g]) given.push_back({code, 0, 0, static_cast<int>(g)});
    return check(deck, shape, given);
}

CheckedBallot read_paper_ballot(const Deck& deck, const BallotShape& shape, std::string_view text)
{
    return check(deck, shape, tokens(text));
}

std::string ballot_problem_text(const BallotProblem& p, std::string_view language)
{
    auto key = [&]() -> std::string_view {
        switch (p.fault) {
        case BallotFault::Unknown: return "fmt.ballot.unknown";
        case BallotFault::Duplicate: return p.first_line > 0 ? "fmt.ballot.duplicate_at" : "fmt.ballot.duplicate";
        case BallotFault::Missing: return "fmt.ballot.missing";
        case BallotFault::TooFew: return "fmt.ballot.too_few";
        case BallotFault::TooMany: return "fmt.ballot.too_many";
        case BallotFault::OverCapacity: return "fmt.ballot.over_capacity";
        case BallotFault::TooManyLanes: return "fmt.ballot.too_many_lanes";
        case BallotFault::Closed: return "ballot.closed";
        }
        return "fmt.ballot.unknown";
    }();
    std::string lane = std::to_string(p.lane);
    if (!p.lane_title.empty())
        lane += " (" + p.lane_title + ")";
    std::string where = p.line > 0 ? fill(tr("fmt.ballot.at_line", language), {{"line", std::to_string(p.line)}}) : "";
    return where + fill(tr(key, language), {{"code", p.code},
                                    {"first", std::to_string(p.first_line)},
                                    {"lane", lane},
                                    {"limit", std::to_string(p.limit)},
                                    {"given", std::to_string(p.given)}});
}

}  // namespace prio
