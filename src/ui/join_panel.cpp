// The shared screen of a round with phones: a QR code large enough to scan
// from a few rows back, the link in plain text, a short code to type
// instead, and how many phones joined and gave: counts only, and in a named
// round who gave (never what).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/placeholders.h"
#include "core/session_rounds.h"
#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/marks.h"
#include "ui/text.h"

namespace prio {
namespace {

constexpr int kQuietZone = 4;  // modules of light border, as the QR standard asks

ImFont* font_or(ImFont* font) { return font ? font : ImGui::GetFont(); }

// The modules as rectangles: a few hundred, drawn once per frame only when
// the screen is redrawn anyway.
void draw_qr(const PhoneJoin& join, float side)
{
    const int modules = join.qr_size + 2 * kQuietZone;
    const float unit = std::max(1.0f, std::floor(side / static_cast<float>(modules)));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float total = unit * static_cast<float>(modules);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + total, at.y + total), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < join.qr_size; ++y)
        for (int x = 0; x < join.qr_size; ++x)
            if (join.qr_dark[static_cast<std::size_t>(y * join.qr_size + x)]) {
                ImVec2 a(at.x + unit * static_cast<float>(x + kQuietZone), at.y + unit * static_cast<float>(y + kQuietZone));
                draw->AddRectFilled(a, ImVec2(a.x + unit, a.y + unit), IM_COL32(0, 0, 0, 255));
            }
    ImGui::Dummy(ImVec2(total, total));
    mark_item("join_qr");
}

// Where the server listens, and another of this machine's addresses to
// listen on instead (a new link and code: the old ones stop working).
void draw_address_choice(const Session& session, WindowView& view)
{
    const PhoneJoin& join = view.rounds.join;
    if (join.addresses.size() < 2)
        return;
    ImGui::Spacing();
    ImGui::TextUnformatted(s(tr("round.phones.address", session.language)).c_str());
    ImGui::SameLine();
    auto label = [&](std::size_t i) { return join.addresses[i] + "  (" + join.interfaces[i] + ")"; };
    std::size_t current = 0;
    for (std::size_t i = 0; i < join.addresses.size(); ++i)
        if (join.addresses[i] == join.address)
            current = i;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    if (noted(ImGui::BeginCombo("##phone_address", label(current).c_str()))) {
        for (std::size_t i = 0; i < join.addresses.size(); ++i)
            if (noted(ImGui::Selectable(label(i).c_str(), i == current)) && i != current)
                view.requests.push_back(ServePhonesRequest{open_round(session), join.addresses[i]});
        ImGui::EndCombo();
    }
}

// A room of 60 reads a list of names; beyond that the count says enough.
constexpr std::size_t kNamesShown = 60;

}  // namespace

std::string given_names_line(const Round& round, const std::string& language)
{
    if (round.anonymous)
        return {};
    std::vector<std::string> names;
    for (const Ballot& ballot : round.ballots)
        if (!ballot.voter.empty() && std::find(names.begin(), names.end(), ballot.voter) == names.end())
            names.push_back(ballot.voter);
    if (names.empty())
        return {};
    std::string listed;
    for (std::size_t i = 0; i < names.size() && i < kNamesShown; ++i)
        listed += (i ? ", " : "") + names[i];
    if (names.size() > kNamesShown)
        listed += " " + fill(tr("fmt.round.phones.more_names", language), {{"count", std::to_string(names.size() - kNamesShown)}});
    return fill(tr("fmt.round.phones.given_names", language), {{"names", listed}});
}

void draw_join_panel(const Session& session, WindowView& view)
{
    const std::string& lang = session.language;
    const PhoneJoin& join = view.rounds.join;
    if (!join.error.empty()) {
        ImGui::PushFont(font_or(view.fonts.heading));
        ImGui::TextWrapped("%s", join.error.c_str());
        ImGui::PopFont();
        return;
    }
    const float avail_y = ImGui::GetContentRegionAvail().y;
    const float side = std::clamp(std::min(avail_y * 0.62f, ImGui::GetContentRegionAvail().x * 0.45f), 160.0f, 900.0f);
    ImGui::BeginGroup();
    if (join.qr_size > 0)
        draw_qr(join, side);
    ImGui::EndGroup();
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x);
    ImGui::PushFont(font_or(view.fonts.heading));
    ImGui::TextWrapped("%s", fill(tr("fmt.round.phones.join", lang), {{"url", join.url}}).c_str());
    mark_item("join_url");
    ImGui::Spacing();
    ImGui::TextWrapped("%s", fill(tr("fmt.round.phones.code", lang), {{"url", join.code_url}, {"code", ""}}).c_str());
    ImGui::PopFont();
    ImGui::PushFont(font_or(view.fonts.title));
    ImGui::TextUnformatted(join.code.c_str());
    mark_item("join_code");
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushFont(font_or(view.fonts.heading));
    ImGui::TextWrapped("%s", fill(tr("fmt.round.phones.counts", lang), {{"joined", std::to_string(join.joined)},
                                                                      {"given", std::to_string(join.given)}}).c_str());
    mark_item("join_counts");
    ImGui::PopFont();
    if (int round = open_round(session); round >= 0)
        if (std::string names = given_names_line(session.rounds[static_cast<std::size_t>(round)], lang); !names.empty()) {
            ImGui::TextWrapped("%s", names.c_str());
            mark_item("join_names");
        }
    ImGui::Spacing();
    ImGui::TextWrapped("%s", s(tr("round.phones.test", lang)).c_str());
    draw_address_choice(session, view);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace prio
