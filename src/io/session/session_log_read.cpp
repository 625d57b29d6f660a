// The decision log of a session file: edits (with batches) and the changes
// outside the board. Its form is checked, not its history: an entry may
// name a lane that was removed since, or a retired card.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <type_traits>
#include <vector>

#include "io/deck/deck_checks.h"
#include "io/session/session_extras.h"
#include "io/session/session_yaml.h"

namespace prio {
namespace {

using yaml::Node;

class LogReader {
public:
    explicit LogReader(yaml::Reader& r) : r_(r) {}

    void read(const Node& root, std::vector<LogEntry>& out)
    {
        const Node* log = r_.field(root, "log", false, phrase("diag.where.session"));
        if (!log || log->kind == Node::Kind::Null || !r_.expect(*log, Node::Kind::Sequence, verbatim("log")))
            return;
        static const std::vector<std::string_view> kinds = {"do", "undo", "redo", "deck", "details", "language", "comparison", "round"};
        for (std::size_t i = 0; i < log->items.size(); ++i) {
            const Node& map = log->items[i];
            const Phrase where = phrase("fmt.diag.log.entry", {{"number", number(static_cast<long long>(i) + 1)}});
            if (!r_.expect(map, Node::Kind::Map, where))
                continue;
            LogEntry entry;
            entry.time = required_text(map, "time", where);
            const Node* kind = r_.field(map, "kind", true, where);
            std::string k = kind && kind->kind == Node::Kind::Scalar ? kind->scalar : std::string();
            if (kind && std::find(kinds.begin(), kinds.end(), k) == kinds.end()) {
                r_.error(*kind, phrase("fmt.diag.log.kind", {{"where", where}, {"found", yaml::describe(*kind)}}));
                continue;
            }
            if (!kind)
                continue;
            if (k == "do" || k == "undo" || k == "redo") {
                r_.unknown_keys(map, {"time", "kind", "edit"}, where);
                EditRecord record;
                record.kind = k == "do" ? LogKind::Do : k == "undo" ? LogKind::Undo : LogKind::Redo;
                if (const Node* edit = r_.field(map, "edit", true, where); edit && r_.expect(*edit, Node::Kind::Map, field_of("edit", where)))
                    read_edit(*edit, where, record.applied, record.reverse, false);
                entry.what = std::move(record);
            } else {
                r_.unknown_keys(map, {"time", "kind", k}, where);
                const Node* change = r_.field(map, k.c_str(), true, where);
                if (!change || !r_.expect(*change, Node::Kind::Map, field_of(k, where)))
                    continue;
                const Phrase what = field_of(k, where);
                if (k == "deck") {
                    r_.unknown_keys(*change, {"from", "to", "added", "retired"}, what);
                    entry.what = DeckChange{optional_field(*change, "from", what, true), optional_field(*change, "to", what, true),
                                            id_list(*change, "added", what), id_list(*change, "retired", what)};
                } else if (k == "details") {
                    r_.unknown_keys(*change, {"field", "from", "to"}, what);
                    std::string field = required_text(*change, "field", what);
                    const auto known = meta_fields(SessionMeta{});
                    if (const Node* node = yaml::find(*change, "field");
                        node && std::none_of(known.begin(), known.end(), [&](const auto& f) { return f.first == field; }))
                        r_.error(*node, phrase("fmt.diag.log.detail_field", {{"what", what}, {"found", yaml::describe(*node)}}));
                    entry.what = DetailChange{field, optional_field(*change, "from", what, true), optional_field(*change, "to", what, true)};
                } else if (k == "comparison") {
                    r_.unknown_keys(*change, {"councils", "kendall_w"}, what);
                    entry.what = ComparisonOrigin{id_list(*change, "councils", what), kendall_w(*change, what)};
                } else if (k == "round") {
                    entry.what = round_event(*change, what);
                } else {
                    r_.unknown_keys(*change, {"from", "to"}, what);
                    entry.what = LanguageChange{language(*change, "from", what), language(*change, "to", what)};
                }
            }
            out.push_back(std::move(entry));
        }
    }

    std::vector<std::string> id_list(const Node& map, const char* key, const Phrase& where)
    {
        std::vector<std::string> ids;
        if (const Node* list = r_.field(map, key, false, where);
            list && list->kind != Node::Kind::Null && r_.expect(*list, Node::Kind::Sequence, field_of(key, where)))
            for (const Node& item : list->items)
                ids.push_back(r_.text(item, card_id_in(field_of(key, where))).value_or(""));
        return ids;
    }

    // W as the writer gives it: a number from 0 to 1.
    double kendall_w(const Node& map, const Phrase& where)
    {
        std::string value = required_text(map, "kendall_w", where);
        const Node* node = yaml::find(map, "kendall_w");
        char* end = nullptr;
        double w = std::strtod(value.c_str(), &end);
        if (node && (value.empty() || *end != '\0' || !(w >= 0.0 && w <= 1.0))) {
            r_.error(*node, phrase("fmt.diag.log.kendall_w", {{"what", field_of("kendall_w", where)}, {"found", yaml::describe(*node)}}));
            return 0.0;
        }
        return w;
    }

    RoundEvent round_event(const Node& map, const Phrase& where)
    {
        r_.unknown_keys(map, {"step", "number", "ballot", "replaces"}, where);
        RoundEvent event;
        if (const Node* step = r_.field(map, "step", true, where)) {
            bool known = false;
            for (RoundStep s : {RoundStep::Started, RoundStep::Ballot, RoundStep::Closed, RoundStep::Revealed})
                if (step->kind == Node::Kind::Scalar && step->scalar == round_step_name(s))
                    event.step = s, known = true;
            if (!known)
                r_.error(*step, phrase("fmt.diag.round.step", {{"what", field_of("step", where)}, {"found", yaml::describe(*step)}}));
        }
        if (const Node* n = r_.field(map, "number", true, where))
            event.round = static_cast<int>(r_.integer(*n, field_of("number", where), 1, kMaxCapacity).value_or(1));
        if (const Node* ballot = r_.field(map, "ballot", event.step == RoundStep::Ballot, where))
            event.ballot = static_cast<int>(r_.integer(*ballot, field_of("ballot", where), 1, kMaxCapacity).value_or(1));
        if (const Node* replaces = r_.field(map, "replaces", false, where))
            event.replaces = r_.boolean(*replaces, field_of("replaces", where)).value_or(false);
        return event;
    }

    std::string language(const Node& map, const char* key, const Phrase& where)
    {
        std::string value = required_text(map, key, where);
        if (const Node* node = yaml::find(map, key); node && value != "nl" && value != "en")
            r_.error(*node, phrase("fmt.diag.log.language", {{"what", field_of(key, where)}, {"found", yaml::describe(*node)}}));
        return value;
    }

    // One edit: the key that names its kind comes from edit_key(), the same
    // table the writer uses; read_fields() has one overload per kind, so a
    // kind of edit without a reader does not compile.
    void read_edit(const Node& map, const Phrase& where, Edit& applied, Edit& reverse, bool in_batch)
    {
        std::vector<std::string_view> named;
        for_each_edit_kind([&](auto tag) {
            if (yaml::find(map, edit_key(tag)))
                named.push_back(edit_key(tag));
        });
        if (named.size() != 1) {
            // The list of kinds only for the message: a long log has many edits.
            std::string all;
            for_each_edit_kind([&](auto tag) { all += (all.empty() ? "" : ", ") + std::string(edit_key(tag)); });
            r_.error(map, named.empty() ? phrase("fmt.diag.log.edit_none", {{"where", where}, {"kinds", all}})
                                        : phrase("fmt.diag.log.edit_many",
                                                 {{"where", where}, {"kinds", all}, {"count", number(static_cast<long long>(named.size()))}}));
            return;
        }
        for_each_edit_kind([&](auto tag) {
            if (edit_key(tag) != named[0])
                return;
            if (in_batch && std::is_same_v<typename decltype(tag)::type, Batch>) {
                r_.error(map, phrase("fmt.diag.log.nested_batch", {{"where", where}}));
                return;
            }
            read_fields(tag, map, where, applied, reverse);
        });
    }

    void read_fields(EditTag<Move>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"move", "from", "to"}, where);
        std::string card = required_text(map, "move", where);
        Move to{card, "", 0}, from{card, "", 0};
        read_place(map, "from", where, from.lane, from.index);
        read_place(map, "to", where, to.lane, to.index);
        applied = to;
        reverse = from;
    }

    void read_fields(EditTag<SetNote>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"note", "from", "to"}, where);
        std::string card = required_text(map, "note", where);
        applied = SetNote{card, optional_field(map, "to", where, true)};
        reverse = SetNote{card, optional_field(map, "from", where, true)};
    }

    AddLane lane_fields(const Node& map, std::string_view key, const Phrase& where)
    {
        r_.unknown_keys(map, {key, "title", "at", "capacity", "ranked", "cards"}, where);
        AddLane lane{required_text(map, std::string(key).c_str(), where), required_text(map, "title", where), 0, 0, true, {}};
        lane.index = whole(map, "at", where, true);
        read_lane_options(r_, map, where, kMaxCapacity, lane.capacity, lane.ranked);
        lane.cards = id_list(map, "cards", where);
        return lane;
    }

    void read_fields(EditTag<AddLane>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        AddLane lane = lane_fields(map, "add_lane", where);
        reverse = RemoveLane{lane.lane};
        applied = std::move(lane);
    }

    void read_fields(EditTag<RemoveLane>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        AddLane lane = lane_fields(map, "remove_lane", where);
        applied = RemoveLane{lane.lane};
        reverse = std::move(lane);
    }

    void read_fields(EditTag<RenameLane>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"rename_lane", "from", "to"}, where);
        std::string lane = required_text(map, "rename_lane", where);
        applied = RenameLane{lane, required_text(map, "to", where)};
        reverse = RenameLane{lane, required_text(map, "from", where)};
    }

    void read_fields(EditTag<MoveLane>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"move_lane", "from", "to"}, where);
        std::string lane = required_text(map, "move_lane", where);
        applied = MoveLane{lane, whole(map, "to", where, true)};
        reverse = MoveLane{lane, whole(map, "from", where, true)};
    }

    void read_fields(EditTag<SetCapacity>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"set_capacity", "from", "to"}, where);
        std::string lane = required_text(map, "set_capacity", where);
        applied = SetCapacity{lane, whole(map, "to", where, true)};
        reverse = SetCapacity{lane, whole(map, "from", where, true)};
    }

    // The plan's edits (format 5): an action is a flow map, as in the plan section.
    PlanAction action_at(const Node& map, const char* key, const Phrase& where)
    {
        const Node* node = r_.field(map, key, true, where);
        if (!node || !r_.expect(*node, Node::Kind::Map, field_of(key, where)))
            return {};
        return read_action(r_, *node, field_of(key, where));
    }

    void read_fields(EditTag<AddAction>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"add_action", "at", "action"}, where);
        AddAction add{action_at(map, "action", where), whole(map, "at", where, true)};
        reverse = RemoveAction{add.action.id};
        applied = std::move(add);
    }

    void read_fields(EditTag<RemoveAction>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"remove_action", "at", "action"}, where);
        AddAction add{action_at(map, "action", where), whole(map, "at", where, true)};
        applied = RemoveAction{required_text(map, "remove_action", where)};
        reverse = std::move(add);
    }

    void read_fields(EditTag<SetAction>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"set_action", "from", "to"}, where);
        required_text(map, "set_action", where);
        applied = SetAction{action_at(map, "to", where)};
        reverse = SetAction{action_at(map, "from", where)};
    }

    SetPlanPeriod period(const Node& map, const char* key, const Phrase& where)
    {
        const Node* node = r_.field(map, key, true, where);
        if (!node || !r_.expect(*node, Node::Kind::Map, field_of(key, where)))
            return {};
        r_.unknown_keys(*node, {"from", "to"}, field_of(key, where));
        auto year = [&](const char* k) {
            const Node* y = r_.field(*node, k, true, field_of(key, where));
            return y ? static_cast<int>(r_.integer(*y, field_of(k, field_of(key, where)), 0, kMaxPlanYear).value_or(0)) : 0;
        };
        return SetPlanPeriod{year("from"), year("to")};
    }

    void read_fields(EditTag<SetPlanPeriod>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"plan_period", "before"}, where);
        applied = period(map, "plan_period", where);
        reverse = period(map, "before", where);
    }

    void read_fields(EditTag<AddVersion>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        PlanVersion version = read_version_fields(r_, map, where, "add_version");
        reverse = DropVersion{version};
        applied = AddVersion{std::move(version)};
    }

    void read_fields(EditTag<DropVersion>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        PlanVersion version = read_version_fields(r_, map, where, "drop_version");
        reverse = AddVersion{version};
        applied = DropVersion{std::move(version)};
    }

    // {batch: [edit, ...]}: each edit with its own "from" side; the batch's
    // inverse holds their inverses in reverse order.
    void read_fields(EditTag<Batch>, const Node& map, const Phrase& where, Edit& applied, Edit& reverse)
    {
        r_.unknown_keys(map, {"batch"}, where);
        const Node* list = r_.field(map, "batch", true, where);
        if (!list || !r_.expect(*list, Node::Kind::Sequence, field_of("batch", where)))
            return;
        if (list->items.empty())
            r_.error(*list, phrase("fmt.diag.is_empty", {{"what", field_of("batch", where)}}));
        Batch forward, back;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Phrase item = phrase("fmt.diag.log.batch_edit", {{"number", number(static_cast<long long>(i) + 1)}, {"where", where}});
            Edit a, r;
            if (r_.expect(list->items[i], Node::Kind::Map, item))
                read_edit(list->items[i], item, a, r, true);
            forward.edits.push_back(std::move(a));
            back.edits.push_back(std::move(r));
        }
        std::reverse(back.edits.begin(), back.edits.end());
        applied = std::move(forward);
        reverse = std::move(back);
    }

    // "nu/2", "pile/0", "lane:pile/1" (a lane whose own id is "pile").
    void read_place(const Node& map, const char* key, const Phrase& where, std::string& lane, int& index)
    {
        const Node* node = r_.field(map, key, true, where);
        if (!node)
            return;
        std::string token = node->kind == Node::Kind::Scalar ? node->scalar : std::string();
        std::size_t slash = token.rfind('/');
        std::string name = slash == std::string::npos ? std::string() : token.substr(0, slash);
        std::string number = slash == std::string::npos ? std::string() : token.substr(slash + 1);
        if (name.empty() || !is_digits(number) || name == "lane:") {
            r_.error(*node, phrase("fmt.diag.log.place", {{"what", field_of(key, where)}, {"found", yaml::describe(*node)}}));
            return;
        }
        index = std::stoi(number);
        if (name.rfind("lane:", 0) == 0)
            lane = name.substr(5);
        else
            lane = name == "pile" ? std::string() : name;
    }

private:
    std::string required_text(const Node& map, const char* key, const Phrase& where) { return prio::required_text(r_, map, key, where); }
    std::string optional_field(const Node& map, const char* key, const Phrase& where, bool required = false)
    {
        return prio::optional_field(r_, map, key, where, required);
    }
    int whole(const Node& map, const char* key, const Phrase& where, bool required)
    {
        const Node* node = r_.field(map, key, required, where);
        if (!node)
            return 0;
        return static_cast<int>(r_.integer(*node, field_of(key, where), 0, kMaxCapacity).value_or(0));
    }

    static constexpr long long kMaxCapacity = kMaxSessionCapacity;
    yaml::Reader& r_;
};

}  // namespace

void read_log(yaml::Reader& r, const Node& root, std::vector<LogEntry>& log)
{
    LogReader(r).read(root, log);
}

}  // namespace prio
