// The focus view's actions: the card's actions as rows of fields. A field
// becomes one SetAction edit when its typing ends (Tab, Enter, a click
// elsewhere), not one per key; adding and removing are edits too. Each
// field's text lives in view.plan.fields while it is typed, so that the
// field that Tab leaves keeps its text until its edit is taken, and in the
// session's draft ("action", "ACTION/FIELD"), so that a crash loses none.
// The status is a choice that Tab reaches like the fields: Space or the
// arrow keys step through its values, a click opens the list. The last
// field is the principle's code: another code typed there moves the action.
#include <algorithm>
#include <cctype>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/text.h"

namespace prio {
namespace {

std::string budget_text(const std::optional<long long>& budget)
{
    return budget ? std::to_string(*budget) : std::string();
}

// Whole euros as typed: spaces, dots, commas and a euro sign are let pass
// ("1.250.000 €"); "" is no budget. Nullopt in `ok` when it is no amount.
std::optional<long long> parse_budget(const std::string& text, bool& ok)
{
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= '0' && c <= '9')
            digits += static_cast<char>(c);
        else if (c == ' ' || c == '.' || c == ',' || c >= 0x80)  // the euro sign and a no-break space are UTF-8
            continue;
        else
            return ok = false, std::nullopt;
    }
    ok = digits.size() <= 13;
    if (!ok || digits.empty())
        return std::nullopt;
    return std::stoll(digits);
}

using Field = ActionText;

std::string field_key(const std::string& action, Field f)
{
    return action_text_key(action, f);
}

std::string field_value(const PlanAction& a, Field f)
{
    switch (f) {
    case Field::What: return a.what;
    case Field::Owner: return a.owner;
    case Field::Start: return term_text(a.start);
    case Field::End: return term_text(a.end);
    case Field::Operating: return budget_text(a.operating);
    case Field::Investment: return budget_text(a.investment);
    case Field::Card: return a.card;
    }
    return {};
}

// The action with `text` in field `f`; false when the text is no value of it.
bool with_field(PlanAction& a, Field f, const std::string& text)
{
    bool ok = true;
    switch (f) {
    case Field::What: a.what = text; break;
    case Field::Owner: a.owner = text; break;
    case Field::Start:
    case Field::End: {
        std::optional<Term> term = parse_term(text);
        if (!term)
            return false;
        (f == Field::Start ? a.start : a.end) = *term;
        break;
    }
    case Field::Operating: a.operating = parse_budget(text, ok); break;
    case Field::Investment: a.investment = parse_budget(text, ok); break;
    case Field::Card: a.card = text; break;  // take_field finds it in the deck
    }
    return ok && valid_action_values(a);
}

// The deck's card a typed code names, in any case and with spaces around
// ("k4 " is K4); -1 for none.
int typed_card(const Deck& deck, const std::string& text)
{
    std::size_t first = text.find_first_not_of(' '), last = text.find_last_not_of(' ');
    if (first == std::string::npos)
        return -1;
    std::string code = text.substr(first, last - first + 1);
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        const std::string& id = deck.cards[i].id;
        if (id.size() == code.size() && std::equal(id.begin(), id.end(), code.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            }))
            return static_cast<int>(i);
    }
    return -1;
}

// The edit that `text` in the field makes, if any; a text that is no value
// of the field is refused with a notice and changes nothing.
void take_field(const Session& session, WindowView& view, const PlanAction& action, Field f, const std::string& text)
{
    const std::string& lang = session.language;
    if (f == Field::Card) {
        // The action moves to the principle whose code is typed; it leaves this card's list, so say where it went.
        int card = typed_card(session.deck, text);
        if (card < 0) {
            notify(view, "", true, fill(tr("fmt.plan.no_such_card", lang), {{"code", text}}));
            return;
        }
        const Card& to = session.deck.cards[static_cast<std::size_t>(card)];
        if (to.id == action.card)
            return;
        PlanAction moved = action;
        moved.card = to.id;
        wish(view, Edit{SetAction{moved}});
        view.confirm = fill(tr("fmt.plan.moved", lang), {{"code", to.id}, {"title", to.title}});
        return;
    }
    PlanAction changed = action;
    if (!with_field(changed, f, text))
        notify(view, "", true, std::string(tr("plan.bad_value", session.language)));
    else if (changed != action)
        wish(view, Edit{SetAction{changed}});
}

void drop_field_draft(const Session& session, WindowView& view, const std::string& key)
{
    if (session.draft.field == "action" && session.draft.target == key)
        wish(view, SetDraft{});
}

void action_field(const Session& session, WindowView& view, const PlanAction& action, Field f, const char* label)
{
    const std::string key = field_key(action.id, f);
    auto draft = view.plan.fields.find(key);
    const std::string committed = field_value(action, f);
    std::string shown = draft == view.plan.fields.end() ? committed : draft->second;
    ImGui::SetNextItemWidth(-1.0f);
    if (view.plan.focus_field == key) {
        ImGui::SetKeyboardFocusHere();
        view.plan.focus_field.clear();
    }
    ImGui::InputText(label, &shown);
    note_item();
    if (ImGui::IsItemActive()) {
        view.plan.fields[key] = shown;
        keep_draft(session, view, "action", key, shown, committed);
    }
    if (ImGui::IsItemDeactivated()) {
        // Also a text that came back from a draft and was not typed into.
        if (shown != committed)
            take_field(session, view, action, f, shown);
        view.plan.fields.erase(key);
        drop_field_draft(session, view, key);
    }
}

const char* const kStatusKeys[] = {"plan.status.planned", "plan.status.running", "plan.status.done"};

void set_status(WindowView& view, const PlanAction& action, int status)
{
    if (status == static_cast<int>(action.status))
        return;
    PlanAction changed = action;
    changed.status = static_cast<ActionStatus>(status);
    wish(view, Edit{SetAction{changed}});
}

// A read-only field, so that Tab stops on it as on the others; while it has
// the keys, Space and Down step to the next status and Up to the one before,
// each step one edit. A click opens the list.
void status_field(const Session& session, WindowView& view, const PlanAction& action)
{
    const std::string& lang = session.language;
    const int now = static_cast<int>(action.status);
    std::string shown = s(tr(kStatusKeys[now], lang));
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##status", &shown, ImGuiInputTextFlags_ReadOnly);
    note_item();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    // The arrow that says it is a choice, at the field's right end.
    const float h = ImGui::GetFontSize() * 0.3f, x = max.x - ImGui::GetFontSize() * 0.7f, y = (min.y + max.y) * 0.5f;
    ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(x - h, y - h * 0.5f), ImVec2(x + h, y - h * 0.5f), ImVec2(x, y + h * 0.6f),
                                                  ImGui::GetColorU32(ImGuiCol_Text));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
        ImGui::SetTooltip("%s", s(tr("plan.status_keys", lang)).c_str());
    if (ImGui::IsItemActive()) {
        if (named_key_pressed(NamedKey::Space) || named_key_pressed(NamedKey::Down))
            set_status(view, action, (now + 1) % 3);
        else if (named_key_pressed(NamedKey::Up))
            set_status(view, action, (now + 2) % 3);
    }
    if (ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        ImGui::OpenPopup("##status_list");
    ImGui::SetNextWindowPos(ImVec2(min.x, max.y));
    if (ImGui::BeginPopup("##status_list")) {
        for (int i = 0; i < 3; ++i)
            if (noted(ImGui::Selectable(s(tr(kStatusKeys[i], lang)).c_str(), i == now)))
                set_status(view, action, i);
        ImGui::EndPopup();
    }
}

// A new action of the card: the default term of the deck lane it lies in.
PlanAction new_action(const Session& session, int card)
{
    PlanAction action;
    action.id = fresh_action_id(session.board.plan);
    action.card = session.deck.cards[static_cast<std::size_t>(card)].id;
    Place place = locate(session.board, card);
    if (place.lane >= 0)
        for (const LaneSpec& spec : session.deck.lanes)
            if (spec.id == session.board.lanes[static_cast<std::size_t>(place.lane)].id)
                default_term(spec.term, session.board.plan.from_year, action);
    return action;
}

}  // namespace

void commit_action_drafts(const Session& session, WindowView& view)
{
    for (const auto& [key, text] : view.plan.fields) {
        std::optional<ActionTextRef> field = find_action_text(session.board.plan, key);
        if (!field)
            continue;
        const PlanAction& action = session.board.plan.actions[static_cast<std::size_t>(field->action)];
        if (text != field_value(action, field->field))
            take_field(session, view, action, field->field, text);
    }
    if (session.draft.field == "action")
        wish(view, SetDraft{});
    view.plan.fields.clear();
    view.plan.focus_field.clear();
}

void draw_focus_actions(const Session& session, WindowView& view, int card, float height)
{
    const std::string& lang = session.language;
    const Card& c = session.deck.cards[static_cast<std::size_t>(card)];
    std::vector<const PlanAction*> actions = actions_of(session.board.plan, c.id);
    ImGui::TextUnformatted(s(tr("plan.actions", lang)).c_str());
    ImGui::SameLine();
    const bool add = noted(ImGui::SmallButton(s(tr("plan.add_action", lang)).c_str()));
    view.plan.add_min = ImGui::GetItemRectMin();
    view.plan.add_max = ImGui::GetItemRectMax();
    if (add) {
        PlanAction action = new_action(session, card);
        view.plan.focus_field = field_key(action.id, Field::What);
        wish(view, Edit{AddAction{action, static_cast<int>(session.board.plan.actions.size())}});
    }
    if (actions.empty()) {
        ImGui::TextDisabled("%s", s(tr("plan.no_actions", lang)).c_str());
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##actions", 9, flags, ImVec2(0.0f, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const char* heads[] = {"plan.what", "plan.owner", "plan.start", "plan.end", "plan.operating", "plan.investment", "plan.status", "plan.card"};
    const float weights[] = {4.0f, 2.0f, 1.2f, 1.2f, 1.5f, 1.5f, 1.4f, 1.0f};
    for (int i = 0; i < 8; ++i)
        ImGui::TableSetupColumn(s(tr(heads[i], lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, weights[i]);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.6f);
    ImGui::TableHeadersRow();
    for (const PlanAction* action : actions) {
        ImGui::PushID(action->id.c_str());
        ImGui::TableNextRow();
        const std::pair<Field, const char*> fields[] = {{Field::What, "##what"},           {Field::Owner, "##owner"},
                                                        {Field::Start, "##start"},         {Field::End, "##end"},
                                                        {Field::Operating, "##operating"}, {Field::Investment, "##investment"}};
        for (const auto& [f, label] : fields) {
            ImGui::TableNextColumn();
            action_field(session, view, *action, f, label);
        }
        ImGui::TableNextColumn();
        status_field(session, view, *action);
        ImGui::TableNextColumn();
        action_field(session, view, *action, Field::Card, "##card");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", s(tr("plan.card_hint", lang)).c_str());
        ImGui::TableNextColumn();
        if (noted(ImGui::SmallButton("\xC3\x97##remove")))  // ×
            wish(view, Edit{RemoveAction{action->id}});
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", s(tr("plan.remove_action", lang)).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace prio
