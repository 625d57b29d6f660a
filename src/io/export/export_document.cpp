#include "io/export/export_document.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

#include "core/number_text.h"
#include "core/ranking.h"
#include "core/strings.h"
#include "core/visit.h"
#include "io/export/document_method.h"
#include "io/export/document_rounds.h"
#include "io/export/local_time.h"

namespace prio {
namespace {

std::string month_name(int month, const std::string& language)
{
    return std::string(tr("export.month." + std::to_string(month), language));
}

// "2024-05-14T09:12:00Z" as "14 mei 2024 09:12", or only "09:12" when
// `same_day_as` is on the same date.
std::string log_time(const std::string& iso, const std::string& language, const std::string& same_day_as = {})
{
    if (iso.size() < 16 || iso[10] != 'T')
        return iso;
    std::string clock = iso.substr(11, 5);
    if (!same_day_as.empty() && same_day_as.compare(0, 10, iso, 0, 10) == 0)
        return clock;
    return long_date(iso.substr(0, 10), language) + " " + clock;
}

std::string short_time(const std::string& iso)
{
    return iso.size() >= 16 && iso[10] == 'T' ? iso.substr(0, 10) + " " + iso.substr(11, 5) : iso;
}

// The decision log in a few sentences: how much happened and when, which
// principles were moved most often (what the group argued about), and every
// change to the lanes.
void summarise_log(const Session& session, Document& doc)
{
    const std::string& lang = doc.language;
    doc.log_heading = tr("export.log", lang);
    if (session.log.empty()) {
        doc.log_paragraphs.push_back(std::string(tr("export.log_empty", lang)));
        return;
    }
    // Each entry is one of: done (a move, a note or a lane change), undone or
    // redone; the parts add up to the total.
    int moves = 0, notes = 0, lanes = 0, plan = 0, undos = 0, redos = 0;
    std::map<std::string, int> moved;
    std::map<std::string, std::string> lane_titles;
    for (const LaneSpec& spec : session.deck.lanes)
        lane_titles[spec.id] = spec.title;
    auto title_of = [&](const std::string& id) {
        auto it = lane_titles.find(id);
        return clean_text(it == lane_titles.end() ? id : it->second);
    };
    std::vector<std::string> others;  // changes outside the board, with their time
    // Rounds apart, one line a round: a ballot each would drown the rest.
    struct RoundLine {
        std::string started, revealed;
        int ballots = 0;
    };
    std::map<int, RoundLine> rounds;
    int round_steps = 0;
    // A batch counts once, as its first edit's kind; each edit in it still
    // counts for "moved most often" and gives its lane line.
    std::function<int*(const Edit&, const Edit&, bool, const std::string&)> tally;
    tally = [&](const Edit& applied, const Edit& reverse, bool done, const std::string& time) -> int* {
        auto lane_line = [&](std::string line) {
            doc.log_list.push_back(std::move(line));
            return &lanes;
        };
        return std::visit(overloaded{
            [&](const Move& m) {
                if (done)  // what the group chose to move, not its undos
                    ++moved[m.card];
                return &moves;
            },
            [&](const SetNote&) { return &notes; },
            [&](const AddLane& e) {
                lane_titles[e.lane] = e.title;
                return lane_line(fill(tr("fmt.export.lane_added", lang), {{"time", time}, {"title", clean_text(e.title)}}));
            },
            [&](const RemoveLane& e) {
                return lane_line(fill(tr("fmt.export.lane_removed", lang), {{"time", time}, {"title", title_of(e.lane)}}));
            },
            [&](const RenameLane& e) {
                const auto* old = std::get_if<RenameLane>(&reverse);
                std::string before = old ? clean_text(old->title) : title_of(e.lane);
                lane_titles[e.lane] = e.title;
                return lane_line(fill(tr("fmt.export.lane_renamed", lang),
                                      {{"time", time}, {"title", before}, {"new", clean_text(e.title)}}));
            },
            [&](const MoveLane& e) {
                return lane_line(fill(tr("fmt.export.lane_moved", lang),
                                      {{"time", time}, {"title", title_of(e.lane)}, {"index", std::to_string(e.index + 1)}}));
            },
            [&](const SetCapacity& e) {
                return lane_line(e.capacity > 0 ? fill(tr("fmt.export.lane_capacity", lang),
                                                       {{"time", time}, {"title", title_of(e.lane)}, {"count", std::to_string(e.capacity)}})
                                                : fill(tr("fmt.export.lane_capacity_cleared", lang),
                                                       {{"time", time}, {"title", title_of(e.lane)}}));
            },
            // The plan's edits are counted together: the action plan
            // shows what the plan became.
            [&](const AddAction&) { return &plan; },
            [&](const RemoveAction&) { return &plan; },
            [&](const SetAction&) { return &plan; },
            [&](const SetPlanPeriod&) { return &plan; },
            [&](const AddVersion&) { return &plan; },
            [&](const DropVersion&) { return &plan; },
            [&](const Batch& batch) {
                const auto* back = std::get_if<Batch>(&reverse);
                int* first = nullptr;
                for (std::size_t i = 0; i < batch.edits.size(); ++i) {
                    bool paired = back && back->edits.size() == batch.edits.size();
                    int* kind = tally(batch.edits[i], paired ? back->edits[batch.edits.size() - 1 - i] : Edit{}, done, time);
                    if (!first)
                        first = kind;
                }
                return first ? first : &lanes;
            },
        }, applied);
    };
    for (const LogEntry& entry : session.log) {
        std::string time = short_time(local_time(entry.time, doc.time_zone));
        std::visit(overloaded{
            [&](const EditRecord& record) {
                bool done = record.kind == LogKind::Do;
                undos += record.kind == LogKind::Undo;
                redos += record.kind == LogKind::Redo;
                int* kind = tally(record.applied, record.reverse, done, time);
                *kind += done;
            },
            [&](const DeckChange& change) {
                others.push_back(fill(tr("fmt.export.log_deck", lang), {{"time", time},
                                                                       {"version", clean_text(change.to_version)},
                                                                       {"added", std::to_string(change.added.size())},
                                                                       {"retired", std::to_string(change.retired.size())}}));
            },
            [&](const DetailChange& change) {
                others.push_back(fill(tr("fmt.export.log_detail", lang),
                                      {{"time", time}, {"field", std::string(tr("session.meta." + change.field, lang))}}));
            },
            [&](const LanguageChange& change) {
                others.push_back(fill(tr("fmt.export.log_language", lang), {{"time", time},
                                                                           {"from", std::string(tr("language." + change.from, lang))},
                                                                           {"to", std::string(tr("language." + change.to, lang))}}));
            },
            [&](const ComparisonOrigin& origin) {
                others.push_back(fill(tr("fmt.export.log_comparison", lang), {{"time", time},
                                                                             {"count", std::to_string(origin.councils.size())},
                                                                             {"w", decimal(origin.kendall_w, 2, lang)}}));
            },
            [&](const RoundEvent& event) {
                ++round_steps;
                RoundLine& line = rounds[event.round];
                switch (event.step) {
                case RoundStep::Started: line.started = time; break;
                case RoundStep::Ballot: line.ballots += event.replaces ? 0 : 1; break;  // a replacement is no new ballot
                case RoundStep::Closed: break;
                case RoundStep::Revealed: line.revealed = time; break;
                }
            },
        }, entry.what);
    }
    std::string first = local_time(session.log.front().time, doc.time_zone);
    doc.log_paragraphs.push_back(fill(tr("fmt.export.log_counts", lang),
                                      {{"changes", std::to_string(session.log.size())},
                                       {"first", log_time(first, lang)},
                                       {"last", log_time(local_time(session.log.back().time, doc.time_zone), lang, first)},
                                       {"zone", doc.time_zone},
                                       {"done", std::to_string(moves + notes + lanes + plan)},
                                       {"moves", std::to_string(moves)},
                                       {"notes", std::to_string(notes)},
                                       {"lanes", std::to_string(lanes)},
                                       {"plan", std::to_string(plan)},
                                       {"undos", std::to_string(undos)},
                                       {"redos", std::to_string(redos)}}));
    if (!others.empty()) {
        std::string list;
        for (const std::string& line : others)
            list += (list.empty() ? "" : "; ") + line;
        doc.log_paragraphs.push_back(fill(tr("fmt.export.log_others", lang), {{"count", std::to_string(others.size())}, {"list", list}}));
    }
    if (round_steps > 0) {
        std::string list;
        for (const auto& [number, line] : rounds) {
            Placeholders values = {{"number", std::to_string(number)}, {"time", line.started}, {"ballots", std::to_string(line.ballots)},
                                   {"revealed", line.revealed}};
            list += (list.empty() ? "" : "; ") +
                    fill(tr(line.revealed.empty() ? "fmt.export.log_round" : "fmt.export.log_round_revealed", lang), values);
        }
        doc.log_paragraphs.push_back(fill(tr("fmt.export.log_rounds", lang), {{"count", std::to_string(round_steps)},
                                                                             {"rounds", std::to_string(rounds.size())},
                                                                             {"list", list}}));
    }

    // Deck order breaks ties, so the sentence is the same on every run.
    std::vector<std::pair<int, int>> often;  // (count, deck index)
    for (std::size_t i = 0; i < session.deck.cards.size(); ++i) {
        auto it = moved.find(session.deck.cards[i].id);
        if (it != moved.end() && it->second >= 2)
            often.push_back({it->second, static_cast<int>(i)});
    }
    std::stable_sort(often.begin(), often.end(), [](auto a, auto b) { return a.first > b.first; });
    if (often.size() > 5)
        often.resize(5);
    if (!often.empty()) {
        std::string list;
        for (auto [count, index] : often) {
            if (!list.empty())
                list += ", ";
            list += fill(tr("fmt.export.log_times", lang),
                         {{"code", clean_text(session.deck.cards[static_cast<std::size_t>(index)].id)},
                          {"count", std::to_string(count)}});
        }
        doc.log_paragraphs.push_back(fill(tr("fmt.export.log_most_moved", lang), {{"list", list}}));
    }
    if (!doc.log_list.empty())
        doc.log_lane_changes = tr("export.log_lane_changes", lang);
}

}  // namespace

std::string long_date(const std::string& iso_date, const std::string& language)
{
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t k = from; k < from + n; ++k)
            if (k >= iso_date.size() || iso_date[k] < '0' || iso_date[k] > '9')
                return false;
        return true;
    };
    if (iso_date.size() != 10 || !digits(0, 4) || iso_date[4] != '-' || !digits(5, 2) || iso_date[7] != '-' ||
        !digits(8, 2))
        return iso_date;
    int month = std::stoi(iso_date.substr(5, 2));
    int day = std::stoi(iso_date.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return iso_date;
    return std::to_string(day) + " " + month_name(month, language) + " " + iso_date.substr(0, 4);
}

std::string slug(std::string_view text)
{
    // Latin-1 letters by their plain form, so "Café-overleg" gives a name
    // that survives every file system, zip tool and mail client.
    static constexpr std::string_view kLatin1 =
        "AAAAAAACEEEEIIII" "DNOOOOOxOUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo-ouuuuyty";
    std::string out;
    auto dash = [&] {
        if (!out.empty() && out.back() != '-')
            out += '-';
    };
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t c = utf8_decode(text, i);
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            out += static_cast<char>(c);
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (c >= 0xC0 && c <= 0xFF && kLatin1[c - 0xC0] != 'x' && kLatin1[c - 0xC0] != '-')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(kLatin1[c - 0xC0])));
        else
            dash();
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::string principle_heading(const Document& doc, const DocCard& card)
{
    if (card.rank > 0)
        return fill(tr("fmt.export.principle", doc.language),
                    {{"rank", std::to_string(card.rank)}, {"code", card.code}, {"title", card.title}});
    return fill(tr("fmt.export.unranked", doc.language), {{"code", card.code}, {"title", card.title}});
}

Document make_document(const Session& session, const std::string& generated, const std::string& time_zone)
{
    Document doc;
    doc.time_zone = time_zone.empty() ? kDefaultTimeZone : clean_text(time_zone);
    const std::string lang = session.language == "nl" ? "nl" : "en";
    doc.language = lang;
    doc.generated = clean_text(generated);
    const SessionMeta& m = session.meta;
    doc.meta = {clean_text(m.organisation), clean_text(m.title),     clean_text(m.facilitator),
                clean_text(m.participants), clean_text(m.date),      clean_text(m.remarks),
                m.inhabitants,              clean_text(m.segment)};
    doc.deck_id = clean_text(session.deck.id);
    doc.deck_title = clean_text(session.deck.title);
    doc.deck_version = clean_text(session.deck.version);
    doc.deck_hash = clean_text(session.deck_hash);
    doc.card_count = static_cast<int>(session.deck.cards.size());

    const Board& board = session.board;
    std::vector<DocLane> lanes;
    for (const Lane& lane : board.lanes)
        lanes.push_back({clean_text(lane.id), clean_text(lane.title), lane.ranked, lane.capacity, {}});
    DocLane pile{"", std::string(tr("export.not_placed", lang)), false, 0, {}};

    for (const RankedCard& r : ranking(board)) {
        DocCard c;
        c.rank = r.rank;
        c.position = r.position;
        DocLane& lane = r.lane == kPile ? pile : lanes[static_cast<std::size_t>(r.lane)];
        c.lane_id = lane.id;
        c.lane = lane.title;
        c.ranked_lane = r.lane != kPile && lane.ranked;
        if (r.card >= 0 && static_cast<std::size_t>(r.card) < session.deck.cards.size()) {
            const Card& card = session.deck.cards[static_cast<std::size_t>(r.card)];
            c.code = clean_text(card.id);
            c.title = clean_text(card.title);
            c.theme_id = clean_text(card.theme);
            c.summary = clean_text(card.summary);
            const Theme* theme = find_theme(session.deck, card.theme);
            c.theme = clean_text(theme ? theme->title : card.theme);
            if (theme)
                c.theme_colour = theme->colour;
        }
        if (r.card >= 0 && static_cast<std::size_t>(r.card) < board.notes.size())
            c.note = clean_text(board.notes[static_cast<std::size_t>(r.card)]);
        doc.ranked_count += c.rank > 0;
        lane.cards.push_back(c);
        doc.rows.push_back(std::move(c));
    }

    for (const Theme& theme : session.deck.themes)
        doc.themes.push_back({clean_text(theme.id), clean_text(theme.title), theme.colour, {}});
    for (const DocCard& c : doc.rows) {
        auto it = std::find_if(doc.themes.begin(), doc.themes.end(), [&](const DocTheme& t) { return t.id == c.theme_id; });
        if (it == doc.themes.end())
            it = doc.themes.insert(doc.themes.end(), {c.theme_id, c.theme, c.theme_colour, {}});
        it->cards.push_back(c);
    }

    doc.title = std::string(tr("export.masterplan", lang)) + " \u2014 " + std::string(tr("export.draft", lang));
    auto field = [&](std::string_view key, const std::string& value) {
        if (!value.empty())
            doc.fields.push_back({std::string(tr(key, lang)), value});
    };
    field("export.field.organisation", doc.meta.organisation);
    field("export.field.session", doc.meta.title);
    field("export.field.date", long_date(doc.meta.date, lang));
    field("export.field.facilitator", doc.meta.facilitator);
    field("export.field.participants", doc.meta.participants);
    std::string deck = doc.deck_title.empty() ? doc.deck_id : doc.deck_title;
    if (!doc.deck_version.empty())
        deck += " (" + std::string(tr("export.field.version", lang)) + " " + doc.deck_version + ")";
    field("export.field.deck", deck);
    if (doc.generated.size() >= 10)
        field("export.field.generated", long_date(local_time(doc.generated, doc.time_zone).substr(0, 10), lang));
    field("export.remarks", doc.meta.remarks);

    doc.theme_label = tr("export.theme", lang);
    doc.notes_label = tr("export.notes", lang);
    doc.lane_empty = tr("export.lane_empty", lang);
    doc.action_columns = {std::string(tr("export.action", lang)), std::string(tr("export.owner", lang)),
                          std::string(tr("export.term", lang))};
    doc.method_heading = tr("export.method", lang);
    doc.method = fill(tr("fmt.export.method", lang), {{"count", std::to_string(doc.card_count)},
                                                      {"deck", doc.deck_title.empty() ? doc.deck_id : doc.deck_title},
                                                      {"ranked", std::to_string(doc.ranked_count)}});

    doc.annex_heading = tr("export.annex", lang);
    doc.board_lanes = lanes;
    for (DocLane& lane : lanes) {
        if (lane.ranked)
            doc.lanes.push_back(std::move(lane));
        else if (!lane.cards.empty())
            doc.annex.push_back(std::move(lane));
    }
    if (!pile.cards.empty())
        doc.annex.push_back(std::move(pile));
    if (doc.annex.empty())
        doc.annex_none = tr("export.annex_none", lang);

    summarise_log(session, doc);
    add_rounds(session, doc);
    add_method_facts(session, doc);
    doc.plan = make_doc_plan(session, doc.rows, lang);
    return doc;
}

}  // namespace prio
