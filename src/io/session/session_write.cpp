#include "io/session/session_yaml.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "core/visit.h"
#include "io/files/text_safety.h"
#include "io/session/session_emit.h"
#include "io/yaml/yaml_emit.h"

namespace prio {
namespace {

using yaml::Emitter;
using namespace session_emit;


const char* kind_name(LogKind kind)
{
    switch (kind) {
    case LogKind::Do: return "do";
    case LogKind::Undo: return "undo";
    case LogKind::Redo: return "redo";
    }
    return "do";
}

void lane_fields(Emitter& out, const AddLane& lane)
{
    key_text(out, "title", lane.title);
    key_value(out, "at", lane.index);
    key_value(out, "capacity", lane.capacity);
    key_value(out, "ranked", lane.ranked);
    out.scalar("cards");
    id_list(out, lane.cards);
}

// One edit as a flow mapping that says what changed from what to what:
// {move: K1, from: pile/0, to: nu/2}. `reverse` supplies the "from" side,
// so an entry holds both halves of the log line and reads back exactly. A
// batch is {batch: [...]}, each edit paired with its own inverse.
void edit_entry(Emitter& out, const Edit& applied, const Edit& reverse)
{
    out.begin_map(true);
    std::visit(overloaded{
        [&](const Move& m) {
            const auto* back = std::get_if<Move>(&reverse);
            key_text(out, edit_key(EditTag<Move>{}), m.card);
            key_text(out, "from", back ? place_token(back->lane, back->index) : std::string());
            key_text(out, "to", place_token(m.lane, m.index));
        },
        [&](const SetNote& n) {
            const auto* back = std::get_if<SetNote>(&reverse);
            key_text(out, edit_key(EditTag<SetNote>{}), n.card);
            key_text(out, "from", back ? back->text : std::string());
            key_text(out, "to", n.text);
        },
        [&](const AddLane& a) {
            key_text(out, edit_key(EditTag<AddLane>{}), a.lane);
            lane_fields(out, a);
        },
        [&](const RemoveLane& r) {
            key_text(out, edit_key(EditTag<RemoveLane>{}), r.lane);
            if (const auto* back = std::get_if<AddLane>(&reverse))
                lane_fields(out, *back);
        },
        [&](const RenameLane& t) {
            const auto* back = std::get_if<RenameLane>(&reverse);
            key_text(out, edit_key(EditTag<RenameLane>{}), t.lane);
            key_text(out, "from", back ? back->title : std::string());
            key_text(out, "to", t.title);
        },
        [&](const MoveLane& ml) {
            const auto* back = std::get_if<MoveLane>(&reverse);
            key_text(out, edit_key(EditTag<MoveLane>{}), ml.lane);
            key_value(out, "from", back ? back->index : 0);
            key_value(out, "to", ml.index);
        },
        [&](const SetCapacity& c) {
            const auto* back = std::get_if<SetCapacity>(&reverse);
            key_text(out, edit_key(EditTag<SetCapacity>{}), c.lane);
            key_value(out, "from", back ? back->capacity : 0);
            key_value(out, "to", c.capacity);
        },
        [&](const AddAction& e) { plan_edit_entry(out, e, reverse); },
        [&](const RemoveAction& e) { plan_edit_entry(out, e, reverse); },
        [&](const SetAction& e) { plan_edit_entry(out, e, reverse); },
        [&](const SetPlanPeriod& e) { plan_edit_entry(out, e, reverse); },
        [&](const AddVersion& e) { plan_edit_entry(out, e, reverse); },
        [&](const DropVersion& e) { plan_edit_entry(out, e, reverse); },
        [&](const Batch& batch) {
            const auto* back = std::get_if<Batch>(&reverse);
            const std::size_t n = batch.edits.size();
            out.scalar(edit_key(EditTag<Batch>{}));
            out.begin_seq(true);
            for (std::size_t i = 0; i < n; ++i)
                edit_entry(out, batch.edits[i], back && back->edits.size() == n ? back->edits[n - 1 - i] : Edit{});
            out.end_seq();
        },
    }, applied);
    out.end_map();
}

// The entry's kind and, under the key the kind names, what changed.
void log_what(Emitter& out, const LogWhat& what)
{
    std::visit(overloaded{
        [&](const EditRecord& record) {
            key_value(out, "kind", kind_name(record.kind));
            out.scalar("edit");
            edit_entry(out, record.applied, record.reverse);
        },
        [&](const DeckChange& change) {
            key_value(out, "kind", "deck");
            out.scalar("deck");
            out.begin_map(true);
            key_text(out, "from", change.from_version);
            key_text(out, "to", change.to_version);
            out.scalar("added");
            id_list(out, change.added);
            out.scalar("retired");
            id_list(out, change.retired);
            out.end_map();
        },
        [&](const DetailChange& change) {
            key_value(out, "kind", "details");
            out.scalar("details");
            out.begin_map(true);
            key_text(out, "field", change.field);
            key_text(out, "from", change.from);
            key_text(out, "to", change.to);
            out.end_map();
        },
        [&](const LanguageChange& change) {
            key_value(out, "kind", "language");
            out.scalar("language");
            out.begin_map(true);
            key_text(out, "from", change.from);
            key_text(out, "to", change.to);
            out.end_map();
        },
        [&](const RoundEvent& event) {
            key_value(out, "kind", "round");
            out.scalar("round");
            out.begin_map(true);
            key_word(out, "step", round_step_name(event.step));
            key_value(out, "number", event.round);
            if (event.step == RoundStep::Ballot)
                key_value(out, "ballot", event.ballot);
            if (event.replaces)
                key_value(out, "replaces", true);
            out.end_map();
        },
        [&](const ComparisonOrigin& origin) {
            key_value(out, "kind", "comparison");
            out.scalar("comparison");
            out.begin_map(true);
            out.scalar("councils");
            id_list(out, origin.councils);
            char w[16];
            std::snprintf(w, sizeof w, "%.3f", origin.kendall_w);
            key_word(out, "kendall_w", w);
            out.end_map();
        },
    }, what);
}

// One entry as the lines of a block list item, indented to sit under "log:".
std::string log_entry_text(const LogEntry& entry, MakeEmitter make)
{
    std::unique_ptr<Emitter> out = make();
    out->begin_seq(false);
    out->begin_map(false);
    key_text(*out, "time", entry.time);
    log_what(*out, entry.what);
    out->end_map();
    out->end_seq();
    std::string lines;
    const std::string text = out->take();
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        lines += "  ";
        lines += text.substr(start, end - start);
        lines += '\n';
        start = end + 1;
    }
    return lines;
}

}  // namespace

std::string place_token(const std::string& lane_id, int index)
{
    std::string lane = lane_id.empty() ? "pile" : lane_id;
    if (lane_id == "pile" || lane_id.rfind("lane:", 0) == 0)
        lane = "lane:" + lane_id;
    return lane + "/" + std::to_string(index);
}

std::string session_to_yaml(const Session& session, LogYamlCache* cache)
{
    return session_to_yaml(session, cache, [] { return std::unique_ptr<Emitter>(new yaml::PlainEmitter); });
}

std::string session_to_yaml(const Session& session, LogYamlCache* cache, MakeEmitter make)
{
    const Deck& deck = session.deck;
    const Board& board = session.board;
    std::unique_ptr<Emitter> emitter = make();
    Emitter& out = *emitter;
    out.comment("A Prioriteer session; the format is described in docs/session-format.md");
    out.begin_map(false);
    key_value(out, "format", kSessionFormat);
    key_text(out, "language", session.language);

    out.scalar("metadata");
    out.begin_map(false);
    key_text(out, "organisation", session.meta.organisation);
    key_text(out, "title", session.meta.title);
    key_text(out, "facilitator", session.meta.facilitator);
    key_text(out, "participants", session.meta.participants);
    key_text(out, "date", session.meta.date);
    key_text(out, "remarks", session.meta.remarks);
    if (session.meta.inhabitants > 0)
        key_value(out, "inhabitants", session.meta.inhabitants);
    if (!session.meta.segment.empty())
        key_text(out, "segment", session.meta.segment);
    out.end_map();

    out.scalar("deck");
    out.begin_map(false);
    for (auto [key, value] : {std::pair{"id", &deck.id}, {"version", &deck.version}, {"sha256", &session.deck_hash}, {"path", &session.deck_path}})
        key_text(out, key, *value);
    out.scalar("copy");
    write_deck_copy(out, deck);
    out.end_map();

    out.scalar("lanes");
    out.begin_seq(board.lanes.empty());
    for (const Lane& lane : board.lanes) {
        out.begin_map(false);
        lane_shape(out, {lane.id, lane.title, lane.capacity, lane.ranked});
        out.scalar("cards");
        card_ids(out, deck, lane.cards);
        out.end_map();
    }
    out.end_seq();
    out.scalar("pile");
    card_ids(out, deck, board.pile);
    if (!session.retired.empty()) {
        out.scalar("retired");
        id_list(out, session.retired);
    }

    bool any_note = false;
    for (const std::string& note : board.notes)
        any_note = any_note || !note.empty();
    out.scalar("notes");
    out.begin_map(!any_note);
    for (std::size_t i = 0; i < board.notes.size() && i < deck.cards.size(); ++i)
        if (!board.notes[i].empty()) {
            text(out, deck.cards[i].id);
            text(out, board.notes[i]);
        }
    out.end_map();
    if (!session.draft.field.empty()) {
        out.scalar("draft");
        out.begin_map(false);
        key_text(out, "field", session.draft.field);
        key_text(out, "target", session.draft.target);
        key_text(out, "text", session.draft.text);
        out.end_map();
    }
    if (!session.rounds.empty())
        write_rounds(out, session.rounds);
    if (board.plan != Plan{})
        write_plan(out, board.plan);

    out.end_map();

    // The log last, as text of its own: it is most of a long session, and
    // it only grows, so an autosave emits just the new entries.
    std::string yaml = out.take();
    yaml += "\n";
    LogYamlCache local;
    LogYamlCache& c = cache ? *cache : local;
    bool prefix_holds = c.entries.size() <= session.log.size() && std::equal(c.entries.begin(), c.entries.end(), session.log.begin());
    if (!prefix_holds) {
        c.entries.clear();
        c.text.clear();
    }
    for (std::size_t i = c.entries.size(); i < session.log.size(); ++i) {
        c.text += log_entry_text(session.log[i], make);
        c.entries.push_back(session.log[i]);
    }
    yaml += c.entries.empty() ? "log: []\n" : "log:\n";
    yaml += c.text;
    return yaml;
}

WriteResult save_session_file(const std::string& path, const Session& session, const WriteOptions& options, LogYamlCache* cache)
{
    return write_file_atomic(path, session_to_yaml(session, cache), options);
}

}  // namespace prio
