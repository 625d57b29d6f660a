// Saving then loading gives the identical model, for random boards built
// through the one edit path (perform/undo/redo), with text chosen to trip a
// YAML writer: keywords, numbers, quotes, colons, line breaks, UTF-8.
#include <doctest/doctest.h>

#include <algorithm>

#include <random>

#include "core/session_rounds.h"
#include "io/session/session_deck.h"
#include "io/session/session_yaml.h"
#include "test_support.h"
#include "yaml_cpp_emitter.h"

using namespace prio;
using namespace prio::test;

namespace {

const char* const kFragments[] = {
    "yes", "No", "null", "~", "0.1", "12", "-5", "2024-05-02", "a: b", "#hash", " #x", ", ", "[", "]", "{", "}", "*", "&",
    "!", "|", ">", "'", "\"", "%", "@", "`", "?", "- ", "\n", "\n\n", "\t", " ", "\\", "é", "ë", "€", "“quoted”",
    "—", "–", "Nu — jaar 1", "Gemeente Zottegem", "OCMW", "K1", "pile/0", "lane:pile", "日本", "🙂", "\xC2\xA0", "text",
};

struct Random {
    std::mt19937 rng;
    explicit Random(unsigned seed) : rng(seed) {}
    int below(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    std::string text(int max_parts = 6)
    {
        std::string s;
        int parts = below(max_parts + 1);
        for (int i = 0; i < parts; ++i)
            s += kFragments[below(static_cast<int>(std::size(kFragments)))];
        return s;
    }
    std::string id(const char* prefix, int n) { return prefix + std::to_string(n) + (chance(20) ? "_x.y-z" : ""); }
};

Deck random_deck(Random& r)
{
    Deck deck;
    deck.id = r.id("deck", r.below(100));
    deck.title = r.text() + "t";
    deck.language = r.chance(50) ? "nl" : "en";
    deck.version = r.text(2);
    deck.description = r.text(10);
    int themes = 1 + r.below(4);
    for (int i = 0; i < themes; ++i)
        deck.themes.push_back({r.id("th", i), r.text() + "T", {static_cast<std::uint8_t>(r.below(256)), static_cast<std::uint8_t>(r.below(256)),
                                                          static_cast<std::uint8_t>(r.below(256))}});
    int lanes = 1 + r.below(5);
    for (int i = 0; i < lanes; ++i)
        deck.lanes.push_back({r.chance(10) ? "pile" + std::to_string(i) : r.id("lane", i), r.text() + "L", r.chance(40) ? 1 + r.below(6) : 0,
                              !r.chance(25)});
    for (LaneSpec& lane : deck.lanes)
        if (r.chance(30))
            lane.term = r.chance(50) ? LaneTerm{1, 1} : LaneTerm{2, 2 + r.below(4)};
    if (r.chance(15))
        deck.lanes[0].id = "pile";  // a lane may be called "pile": the log must not mistake it
    int cards = 1 + r.below(30);
    for (int i = 0; i < cards; ++i)
        deck.cards.push_back({r.id("K", i), r.text() + "C", deck.themes[static_cast<std::size_t>(r.below(themes))].id, r.text(8), r.text(20),
                              r.text(3)});
    return deck;
}

std::string random_lane(Random& r, const Session& s, bool pile_too)
{
    int n = static_cast<int>(s.board.lanes.size()) + (pile_too ? 1 : 0);
    if (n == 0)
        return "";
    int pick = r.below(n);
    return pick == static_cast<int>(s.board.lanes.size()) ? "" : s.board.lanes[static_cast<std::size_t>(pick)].id;
}

Term random_term(Random& r)
{
    return r.chance(20) ? Term{} : Term{2020 + r.below(12), r.below(5)};
}

PlanAction random_action(Random& r, const Session& s, const std::string& card)
{
    PlanAction a{r.chance(10) ? "x" + std::to_string(r.below(5)) : fresh_action_id(s.board.plan), card, r.text(5), r.text(2),
                 random_term(r), random_term(r), std::nullopt, std::nullopt, static_cast<ActionStatus>(r.below(3))};
    if (r.chance(60))
        a.operating = r.chance(10) ? kMaxBudget : r.below(2000000);
    if (r.chance(40))
        a.investment = r.below(5000000);
    return a;
}

// One of the plan's edits (format 5), refused now and then (an id in use,
// a version number twice), as the window's would be.
Edit random_plan_edit(Random& r, const Session& s, const std::string& card)
{
    const Plan& plan = s.board.plan;
    const PlanAction* some = plan.actions.empty() ? nullptr : &plan.actions[static_cast<std::size_t>(r.below(static_cast<int>(plan.actions.size())))];
    switch (r.below(6)) {
    case 0: return RemoveAction{some ? some->id : "none"};
    case 1: {
        if (!some)
            break;
        PlanAction changed = random_action(r, s, some->card);
        changed.id = some->id;
        return SetAction{changed};
    }
    case 2: {
        int from = 2020 + r.below(10);
        return SetPlanPeriod{from, from + r.below(8)};
    }
    case 3: return AddVersion{{r.chance(20) ? "1.0" : std::to_string(plan.versions.size()) + "." + r.text(1), r.chance(50) ? "2026-01-15" : "",
                              static_cast<PlanStatus>(r.below(4)), r.text(4)}};
    default: break;
    }
    return AddAction{random_action(r, s, card), r.below(static_cast<int>(plan.actions.size()) + 1)};
}

Edit random_edit(Random& r, const Session& s)
{
    const Deck& d = s.deck;
    std::string card = d.cards[static_cast<std::size_t>(r.below(static_cast<int>(d.cards.size())))].id;
    switch (r.below(13)) {
    case 10:
    case 11:
    case 12: return random_plan_edit(r, s, card);
    case 0: return SetNote{card, r.text(8)};
    case 1: return AddLane{fresh_lane_id(s.board), r.text() + "N", r.below(static_cast<int>(s.board.lanes.size()) + 1), r.chance(50) ? r.below(8) : 0, r.chance(70), {}};
    case 2: return RemoveLane{random_lane(r, s, false)};
    case 3: return RenameLane{random_lane(r, s, false), r.text() + "R"};
    case 4: return MoveLane{random_lane(r, s, false), r.below(static_cast<int>(s.board.lanes.size()) + 1)};
    case 5: return SetCapacity{random_lane(r, s, false), r.below(9)};
    default: {
        std::string lane = random_lane(r, s, true);
        int l = find_lane(s.board, lane);
        int size = l == kNoLane ? 0 : static_cast<int>(cards_in(s.board, l).size());
        return Move{card, lane, r.below(size + 1)};
    }
    }
}

Session random_session(unsigned seed)
{
    Random r(seed);
    Session s = make_session(random_deck(r));
    s.deck_path = r.chance(50) ? "/home/an/" + r.text(3) + ".yaml" : "bundled:nl";
    s.deck_hash = r.chance(70) ? std::string(64, "0123456789abcdef"[r.below(16)]) : "";
    s.language = r.chance(50) ? "nl" : "en";
    s.meta = {r.text(), r.text(), r.text(), r.text(), r.chance(50) ? "2024-05-02" : "", r.text(30),
              r.chance(50) ? r.below(2000000) : 0, r.chance(50) ? r.text(2) : ""};
    int steps = r.below(120);
    for (int i = 0; i < steps; ++i) {
        std::string time = "2024-05-02T09:" + std::to_string(10 + i % 50) + ":00Z";
        int what = r.below(14);
        if (what == 0) {
            undo(s, time);
        } else if (what == 1) {
            redo(s, time);
        } else if (what == 2) {
            Batch batch;
            for (int n = 1 + r.below(4); n > 0; --n)
                batch.edits.push_back(random_edit(r, s));
            perform(s, batch, time);
        } else if (what == 3) {
            set_language(s, s.language == "nl" ? "en" : "nl", time);
        } else if (what == 4) {
            SessionMeta meta = s.meta;
            meta.remarks = r.text(4);
            set_meta(s, meta, time);
        } else {
            perform(s, random_edit(r, s), time);
        }
    }
    // Rounds of individual rankings, each form, named and anonymous.
    for (int n = r.chance(40) ? 1 + r.below(3) : 0; n > 0; --n) {
        Round round;
        round.question = r.text(3);
        round.shape.form = static_cast<BallotForm>(r.below(3));
        round.shape.top = 1 + r.below(static_cast<int>(s.deck.cards.size()));
        round.shape.lanes = s.deck.lanes;
        for (LaneSpec& lane : round.shape.lanes)
            lane.term = {};  // a round's lanes are the board's (ui lane_specs), which carry no term
        round.anonymous = r.chance(50);
        int index = start_round(s, round, "2024-05-02T09:30:00Z");
        for (int b = r.below(5); b > 0; --b) {
            std::vector<std::string> ids;
            for (const Card& card : s.deck.cards) ids.push_back(card.id);
            std::shuffle(ids.begin(), ids.end(), r.rng);
            BallotGroups groups;
            if (round.shape.form == BallotForm::Lanes) {
                groups.resize(s.deck.lanes.size());
                for (const std::string& id : ids) {
                    std::size_t lane = static_cast<std::size_t>(r.below(static_cast<int>(groups.size()) + 1));
                    if (lane < groups.size() && (s.deck.lanes[lane].capacity == 0 || static_cast<int>(groups[lane].size()) < s.deck.lanes[lane].capacity))
                        groups[lane].push_back(id);
                }
            } else {
                if (round.shape.form == BallotForm::Top)
                    ids.resize(static_cast<std::size_t>(round.shape.top));
                groups.push_back(ids);
            }
            REQUIRE(give_ballot(s, index, groups, r.text(2), static_cast<BallotSource>(r.below(3)), "2024-05-02T09:31:00Z").clean());
        }
        if (n > 1 || r.chance(70))  // only the last may stay open
            r.chance(50) ? reveal_round(s, index, "2024-05-02T09:40:00Z") : close_round(s, index, "2024-05-02T09:40:00Z");
    }
    // Now and then the deck changes under the session: some cards retire.
    if (r.chance(20) && s.deck.cards.size() > 1) {
        Deck next = s.deck;
        next.cards.erase(next.cards.begin() + r.below(static_cast<int>(next.cards.size())));
        next.cards.push_back({"NEW" + std::to_string(r.below(9)), r.text() + "n", next.themes[0].id, "s", "", ""});
        DeckSwitch done = switch_deck(s, next, s.deck_path, s.deck_hash);
        log_deck_change(s, DeckChange{r.text(1), r.text(1), done.added, done.retired}, "2024-05-02T10:00:00Z");
    }
    // A note or a lane's name being typed when the session was written.
    if (r.chance(30) && !s.deck.cards.empty())
        s.draft = {"note", s.deck.cards[static_cast<std::size_t>(r.below(static_cast<int>(s.deck.cards.size())))].id, r.text(40)};
    else if (r.chance(10) && !s.board.lanes.empty())
        s.draft = {"lane", s.board.lanes[0].id, r.text()};
    return s;
}

void check_same(const Session& a, const Session& b)
{
    CHECK(a.deck == b.deck);
    CHECK(a.board == b.board);
    CHECK(a.meta == b.meta);
    CHECK(a.log == b.log);
    CHECK(a.language == b.language);
    CHECK(a.deck_path == b.deck_path);
    CHECK(a.deck_hash == b.deck_hash);
    CHECK(a.retired == b.retired);
    CHECK(a.draft == b.draft);
    CHECK(a.rounds == b.rounds);
}

}  // namespace

TEST_CASE("round trip: 300 random sessions saved and loaded give the identical model")
{
    int edits = 0, retired = 0, lanes_called_pile = 0, rounds = 0, ballots = 0, actions = 0, versions = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        CAPTURE(seed);
        Session s = random_session(seed);
        edits += static_cast<int>(s.log.size());
        retired += !s.retired.empty();
        lanes_called_pile += find_lane(s.board, "pile") >= 0;
        rounds += static_cast<int>(s.rounds.size());
        for (const Round& round : s.rounds) ballots += static_cast<int>(round.ballots.size());
        actions += static_cast<int>(s.board.plan.actions.size());
        versions += static_cast<int>(s.board.plan.versions.size());
        std::string yaml = session_to_yaml(s);
        SessionLoad load = parse_session(yaml, "random.yaml");
        INFO(lines(load.diagnostics));
        CHECK(load.diagnostics.empty());
        REQUIRE(load.session);
        check_same(s, *load.session);
        // Written again, it is the same text: nothing drifts over saves.
        CHECK(session_to_yaml(*load.session) == yaml);
        // What the program writes is read the fast way, to yaml-cpp's tree.
        test::PlainReading plain = test::plain_reading(yaml);
        CHECK(plain.taken);
        CHECK_MESSAGE(plain.difference.empty(), plain.difference);
    }
    MESSAGE("300 random sessions, " << edits << " log entries, " << retired << " with retired cards, " << lanes_called_pile
                                    << " with a lane called 'pile', " << rounds << " rounds with " << ballots << " ballots, " << actions << " actions, "
                                    << versions << " plan versions");
    CHECK(ballots > 100);
    CHECK(actions > 100);
    CHECK(versions > 50);
}

TEST_CASE("replaying the loaded decision log from a new board gives the saved board")
{
    for (unsigned seed = 1000; seed < 1100; ++seed) {
        CAPTURE(seed);
        Session s = random_session(seed);
        if (!s.retired.empty())
            continue;  // a deck switch is not a board edit
        SessionLoad load = parse_session(session_to_yaml(s), "replay.yaml");
        REQUIRE(load.session);
        Board board = make_board(load.session->deck);
        for (const LogEntry& entry : load.session->log)
            if (const auto* record = std::get_if<EditRecord>(&entry.what))
                REQUIRE(apply(load.session->deck, board, record->applied).refusal == Refusal::None);
        CHECK(board == s.board);
    }
}

TEST_CASE("round trip through a file, and a loaded session edits on normally")
{
    TempDir dir;
    std::string path = dir / "s.yaml";
    Session s = random_session(77);
    REQUIRE(save_session_file(path, s).ok);
    SessionLoad load = load_session_file(path);
    INFO(lines(load.diagnostics));
    REQUIRE(load.session);
    check_same(s, *load.session);
    CHECK(load.session->revision == 0);
    CHECK(load.session->history.done.empty());
    Session& loaded = *load.session;
    Move move{loaded.deck.cards[0].id, "", 0};
    if (locate(loaded.board, 0) == Place{kPile, 0})
        move.index = static_cast<int>(loaded.board.pile.size()) - 1;
    if (move.index >= 0 && perform(loaded, move, "later") == Refusal::None)
        CHECK(loaded.revision == 1);
}

TEST_CASE("the bundled decks make sessions that round-trip")
{
    for (const char* language : {"nl", "en"}) {
        SessionStart start = start_session(bundled_source(language));
        REQUIRE(start.session);
        Session s = *start.session;
        REQUIRE(perform(s, Move{s.deck.cards[3].id, s.deck.lanes[0].id, 0}, "t") == Refusal::None);
        SessionLoad load = parse_session(session_to_yaml(s), "bundled.yaml");
        INFO(lines(load.diagnostics));
        REQUIRE(load.session);
        check_same(s, *load.session);
    }
}

TEST_CASE("our emitter writes 300 random sessions byte for byte as yaml-cpp's did, with and without the log cache")
{
    std::size_t bytes = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        CAPTURE(seed);
        Session s = random_session(seed);
        const std::string before = session_to_yaml(s, nullptr, test::YamlCppEmitter::make);
        REQUIRE(session_to_yaml(s) == before);
        LogYamlCache cache;
        CHECK(session_to_yaml(s, &cache) == before);
        if (!s.deck.cards.empty() && perform(s, SetNote{s.deck.cards[0].id, "nog één"}, "2024-05-02T11:00:00Z") == Refusal::None)
            CHECK(session_to_yaml(s, &cache) == session_to_yaml(s, nullptr, test::YamlCppEmitter::make));
        bytes += before.size();
    }
    MESSAGE(bytes << " bytes compared");
}

TEST_CASE("our emitter on the edges: controls, quotes, colons, spaces, Unicode, empty text, lines, long ids, empty lists")
{
    const std::vector<std::string> texts = {
        "", " ", "  leading", "trailing ", "a: b", "a:b", "key:", ": x", "- x", "-", "? x", "#hash", "a #b", "a#b", "\"quoted\"",
        "'single'", "it's", "back\\slash", "yes", "No", "ON", "null", "~", "0.1", "12", "+1", ".5", "2024-05-02", "[x]", "{x}",
        "a, b", "*star", "&amp", "!bang", "|pipe", ">fold", "%pct", "@at", "`tick`", "line\nline", "\n\nblank\n", "tab\there",
        "cr\r\nlf", "lone\rcr", "nul\x01\x07\x1b[2Jesc", "del\x7f", "c1\xc2\x85\xc2\x9f", "nbsp\xc2\xa0", "bom\xef\xbb\xbfin",
        "nonchar\xef\xb7\x90\xf0\x9f\xbf\xbe", "bad\xff\xc3(", "é ë € “q” — 日本 🙂 العربية", "e\xcc\x81",
        std::string(1100, 'n') + ": long",
    };
    Deck deck = proef_deck("1.0", {{"t", "T", {1, 2, 3}}}, {{"nu", "Nu", 0, true}}, {});
    for (std::size_t i = 0; i < texts.size(); ++i)
        deck.cards.push_back({i == 0 ? std::string(1100, 'k') : "K" + std::to_string(i), texts[i], "t", texts[i], texts[i], texts[i]});
    Session s = make_session(deck);
    s.meta = {texts[1], texts[4], texts[10], texts[40], texts[41], texts[44], 12, texts[53]};
    s.deck_path = texts[45];
    for (std::size_t i = 0; i < texts.size(); ++i) {
        REQUIRE(perform(s, SetNote{deck.cards[i].id, texts[texts.size() - 1 - i] + "\nnote"}, "t") == Refusal::None);
        REQUIRE(perform(s, RenameLane{"nu", std::to_string(i) + texts[i]}, texts[i]) == Refusal::None);
    }
    s.draft = {"note", deck.cards[1].id, texts[39]};
    CHECK(session_to_yaml(s) == session_to_yaml(s, nullptr, test::YamlCppEmitter::make));
    SessionLoad load = parse_session(session_to_yaml(s), "edges.yaml");
    INFO(lines(load.diagnostics));
    CHECK(load.session.has_value());

    // A deck copy with nothing in it, and a board without lanes.
    Session empty = make_session(Deck{});
    empty.board.lanes.clear();
    CHECK(session_to_yaml(empty) == session_to_yaml(empty, nullptr, test::YamlCppEmitter::make));
}
