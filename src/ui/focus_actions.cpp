// The focus view's actions: the card's actions as rows of fields. A field
// becomes one SetAction edit when its typing ends (Tab, Enter, a click
// elsewhere), not one per key; adding and removing are edits too. Each
// field's text lives in view.plan.fields while it is typed, so that the
// field that Tab leaves keeps its text until its edit is taken.
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

enum class Field { What, Owner, Start, End, Operating, Investment };

std::string field_value(const PlanAction& a, Field f)
{
    switch (f) {
    case Field::What: return a.what;
    case Field::Owner: return a.owner;
    case Field::Start: return term_text(a.start);
    case Field::End: return term_text(a.end);
    case Field::Operating: return budget_text(a.operating);
    case Field::Investment: return budget_text(a.investment);
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
    }
    return ok && valid_action_values(a);
}

void action_field(const Session& session, BoardView& view, const PlanAction& action, Field f, const char* label)
{
    const std::string key = action.id + "/" + std::to_string(static_cast<int>(f));
    auto draft = view.plan.fields.find(key);
    std::string shown = draft == view.plan.fields.end() ? field_value(action, f) : draft->second;
    ImGui::SetNextItemWidth(-1.0f);
    if (view.plan.focus_action == action.id && f == Field::What) {
        ImGui::SetKeyboardFocusHere();
        view.plan.focus_action.clear();
    }
    ImGui::InputText(label, &shown);
    note_item();
    if (ImGui::IsItemActive())
        view.plan.fields[key] = shown;
    if (ImGui::IsItemDeactivated()) {
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            PlanAction changed = action;
            if (!with_field(changed, f, shown))
                notify(view, "", true, std::string(tr("plan.bad_value", session.language)));
            else if (changed != action)
                wish(view, Edit{SetAction{changed}});
        }
        view.plan.fields.erase(key);
    }
}

const char* const kStatusKeys[] = {"plan.status.planned", "plan.status.running", "plan.status.done"};

void status_field(const Session& session, BoardView& view, const PlanAction& action)
{
    const std::string& lang = session.language;
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##status", s(tr(kStatusKeys[static_cast<int>(action.status)], lang)).c_str())) {
        for (int i = 0; i < 3; ++i)
            if (noted(ImGui::Selectable(s(tr(kStatusKeys[i], lang)).c_str(), i == static_cast<int>(action.status))) &&
                i != static_cast<int>(action.status)) {
                PlanAction changed = action;
                changed.status = static_cast<ActionStatus>(i);
                wish(view, Edit{SetAction{changed}});
            }
        ImGui::EndCombo();
    }
    note_item();
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

void commit_action_drafts(const Session& session, BoardView& view)
{
    for (const auto& [key, text] : view.plan.fields) {
        std::size_t slash = key.rfind('/');
        int at = find_action(session.board.plan, key.substr(0, slash));
        if (at < 0)
            continue;
        const PlanAction& action = session.board.plan.actions[static_cast<std::size_t>(at)];
        PlanAction changed = action;
        if (with_field(changed, static_cast<Field>(std::stoi(key.substr(slash + 1))), text) && changed != action)
            wish(view, Edit{SetAction{changed}});
    }
    view.plan.fields.clear();
    view.plan.focus_action.clear();
}

void draw_focus_actions(const Session& session, BoardView& view, int card, float height)
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
        view.plan.focus_action = action.id;
        wish(view, Edit{AddAction{action, static_cast<int>(session.board.plan.actions.size())}});
    }
    if (actions.empty()) {
        ImGui::TextDisabled("%s", s(tr("plan.no_actions", lang)).c_str());
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##actions", 8, flags, ImVec2(0.0f, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const char* heads[] = {"plan.what", "plan.owner", "plan.start", "plan.end", "plan.operating", "plan.investment", "plan.status"};
    const float weights[] = {4.0f, 2.0f, 1.2f, 1.2f, 1.5f, 1.5f, 1.4f};
    for (int i = 0; i < 7; ++i)
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
        if (noted(ImGui::SmallButton("\xC3\x97##remove")))  // ×
            wish(view, Edit{RemoveAction{action->id}});
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", s(tr("plan.remove_action", lang)).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace prio
