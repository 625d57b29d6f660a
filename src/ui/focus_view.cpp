// One card large, for the room to read while it is discussed: its full text,
// theme and source, and the group's notes. A note becomes one SetNote edit
// when the typing ends (leaving the field or closing the view), not one per
// key, so a single undo takes the whole note back.
#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/colour.h"
#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/card.h"
#include "ui/marks.h"
#include "ui/text.h"

namespace prio {
namespace {

constexpr const char* kFocusPopup = "##focus";

bool note_pending(const WindowView& view)
{
    for (const Command& c : view.commands)
        if (const Edit* e = std::get_if<Edit>(&c))
            if (const SetNote* n = std::get_if<SetNote>(e); n && n->card == view.open_card)
                return true;
    return false;
}

void commit_note(const Session& session, WindowView& view, int card)
{
    if (view.note_draft != session.board.notes[static_cast<std::size_t>(card)] && !note_pending(view))
        wish(view, Edit{SetNote{view.open_card, view.note_draft}});
    drop_draft(session, view);
}

// Once, when a draft comes back: the cursor after the text, to type on.
int cursor_to_end(ImGuiInputTextCallbackData* data)
{
    bool* once = static_cast<bool*>(data->UserData);
    if (*once) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        *once = false;
    }
    return 0;
}

bool drafting(const Session& session, const WindowView& view)
{
    return session.draft.field == "note" && session.draft.target == view.open_card;
}

void close_focus(const Session& session, WindowView& view, int card)
{
    commit_note(session, view, card);
    commit_action_drafts(session, view);
    view.open_card.clear();
    ImGui::CloseCurrentPopup();
}

void label(const Session& session, const char* key)
{
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(s(tr(key, session.language)).c_str());
    mark_item("focus_grey");
    ImGui::PopStyleColor();
}

}  // namespace

bool take_open_note(const Session& session, WindowView& view)
{
    int card = find_card(session.deck, view.open_card);
    if (card < 0)
        return false;
    bool typing = view.note_draft != session.board.notes[static_cast<std::size_t>(card)] || !view.plan.fields.empty();
    commit_note(session, view, card);
    commit_action_drafts(session, view);
    view.open_card.clear();
    return typing;
}

void draw_focus_view(const Session& session, WindowView& view)
{
    if (view.open_card.empty())
        return;
    int card = find_card(session.deck, view.open_card);
    if (card < 0) {
        view.open_card.clear();
        return;
    }
    const Card& c = session.deck.cards[static_cast<std::size_t>(card)];
    const std::string& lang = session.language;
    if (!ImGui::IsPopupOpen(kFocusPopup)) {
        ImGui::OpenPopup(kFocusPopup);
        view.note_draft = drafting(session, view) ? session.draft.text : session.board.notes[static_cast<std::size_t>(card)];
        view.note_cursor_to_end = drafting(session, view);
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImVec2 size(std::min(viewport->WorkSize.x * 0.9f, ImGui::GetFontSize() * 56.0f), viewport->WorkSize.y * 0.85f);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    if (!ImGui::BeginPopupModal(kFocusPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings))
        return;
    // Before the notes field sees it: Esc in a field would throw the typing away.
    if (escape_pressed()) {
        close_focus(session, view, card);
        ImGui::EndPopup();
        return;
    }

    // The theme's colour as a band across the top, with its name on it.
    const Theme* theme = find_theme(session.deck, c.theme);
    Colour bg = card_background(session.deck, card);
    Colour fg = text_colour_on(bg);
    ImVec2 at = ImGui::GetCursorScreenPos();
    float band = ImGui::GetFontSize() * 2.0f;
    float width = ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + band), IM_COL32(bg.r, bg.g, bg.b, 255), ImGui::GetStyle().FrameRounding);
    std::string theme_text = s(tr("focus.theme", lang)) + ": " + (theme ? theme->title : c.theme);
    draw->AddText(ImVec2(at.x + ImGui::GetStyle().FramePadding.x * 2.0f, at.y + (band - ImGui::GetFontSize()) * 0.5f),
                  IM_COL32(fg.r, fg.g, fg.b, 255), theme_text.c_str());
    ImGui::Dummy(ImVec2(width, band));

    // Large enough to be read from the back of the room.
    ImGui::PushFont(view.fonts.title ? view.fonts.title : ImGui::GetFont());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted((c.id + "  " + c.title).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();

    Place place = locate(session.board, card);
    if (place.lane == kPile)
        label(session, "focus.on_pile");
    else if (place.lane >= 0)
        ImGui::TextDisabled("%s", fill(tr("fmt.focus.where", lang),
                                       {{"lane", session.board.lanes[static_cast<std::size_t>(place.lane)].title}, {"position", std::to_string(place.index + 1)}}).c_str());

    // The text scrolls on its own, so the notes stay in sight.
    float notes_height = ImGui::GetFontSize() * 6.0f;
    float actions_height = ImGui::GetFrameHeightWithSpacing() * 5.0f;
    float footer = notes_height + actions_height + ImGui::GetFrameHeightWithSpacing() * 3.0f + ImGui::GetTextLineHeightWithSpacing() * 2.0f;
    ImGui::BeginChild("##text", ImVec2(0, std::max(ImGui::GetFontSize() * 4.0f, ImGui::GetContentRegionAvail().y - footer)), false);
    ImGui::PushTextWrapPos(0.0f);
    if (!c.summary.empty()) {
        ImGui::PushFont(view.fonts.heading ? view.fonts.heading : ImGui::GetFont());
        ImGui::TextUnformatted(c.summary.c_str());
        ImGui::PopFont();
        ImGui::Spacing();
    }
    ImGui::PushFont(view.fonts.large ? view.fonts.large : ImGui::GetFont());
    ImGui::TextUnformatted(c.body.c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    if (!c.source.empty())
        ImGui::TextDisabled("%s: %s", s(tr("focus.source", lang)).c_str(), c.source.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();

    ImGui::Separator();
    ImGui::TextUnformatted(s(tr("focus.notes", lang)).c_str());
    // The cursor starts in the notes: the group's reasoning is typed while
    // the card is discussed.
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("##notes", &view.note_draft, ImVec2(-1.0f, notes_height), ImGuiInputTextFlags_CallbackAlways,
                              cursor_to_end, &view.note_cursor_to_end);
    if (ImGui::IsItemDeactivatedAfterEdit())
        commit_note(session, view, card);
    else if (ImGui::IsItemActive())
        keep_draft(session, view, "note", view.open_card, view.note_draft, session.board.notes[static_cast<std::size_t>(card)]);
    else if (!note_pending(view) && !drafting(session, view))
        view.note_draft = session.board.notes[static_cast<std::size_t>(card)];  // follows undo and redo
    if (!ImGui::IsItemActive() && view.note_draft.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImVec2 min = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + ImGui::GetStyle().FramePadding.x, min.y + ImGui::GetStyle().FramePadding.y),
                                            ImGui::GetColorU32(ImGuiCol_TextDisabled), s(tr("focus.notes_hint", lang)).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    draw_focus_actions(session, view, card, actions_height);
    if (noted(ImGui::Button(s(tr("common.close", lang)).c_str())))
        close_focus(session, view, card);
    ImGui::SameLine();
    ImGui::TextDisabled("Esc");
    ImGui::EndPopup();
}

}  // namespace prio
