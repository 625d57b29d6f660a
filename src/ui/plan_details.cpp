// The plan's frame in the session details: the plan period, which becomes
// its edit when the dialog's OK is taken, and the version trail, shown as it
// is with one row to fill in and add (an edit at once). Rows already in the
// trail are never editable: a new version is a new row.
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/text.h"

namespace prio {
namespace {

const char* const kVersionKeys[] = {"plan.version.draft", "plan.version.discussed", "plan.version.approved", "plan.version.adopted"};

// A year or nothing (0); what is no year is kept as 0, and the edit refuses it.
void year_field(const char* id, int& year)
{
    std::string text = year > 0 ? std::to_string(year) : std::string();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.0f);
    ImGui::InputText(id, &text, ImGuiInputTextFlags_CharsDecimal);
    note_item();
    if (ImGui::IsItemEdited())
        year = text.empty() || text.size() > 4 ? 0 : std::stoi(text);
}

}  // namespace

void draw_plan_details(const Session& session, WindowView& view)
{
    SessionView& files = view.files;
    const std::string& lang = session.language;
    const Plan& plan = session.board.plan;
    ImGui::Separator();
    ImGui::TextUnformatted(s(tr("plan.frame", lang)).c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s(tr("plan.period_from", lang)).c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 9.0f);
    year_field("##plan_from", files.plan_from);
    ImGui::SameLine();
    ImGui::TextUnformatted(s(tr("plan.period_to", lang)).c_str());
    ImGui::SameLine();
    year_field("##plan_to", files.plan_to);

    ImGui::TextUnformatted(s(tr("plan.versions", lang)).c_str());
    if (!ImGui::BeginTable("##versions", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg))
        return;
    const char* heads[] = {"plan.version_number", "plan.version_date", "plan.version_status", "plan.version_remark"};
    const float weights[] = {1.0f, 1.6f, 2.6f, 3.0f};
    for (int i = 0; i < 4; ++i)
        ImGui::TableSetupColumn(s(tr(heads[i], lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, weights[i]);
    ImGui::TableSetupColumn("##add", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const PlanVersion& v : plan.versions) {
        ImGui::TableNextRow();
        for (const std::string& cell : {v.number, v.date, std::string(tr(kVersionKeys[static_cast<int>(v.status)], lang)), v.remark}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(s(cell).c_str());
        }
        ImGui::TableNextColumn();
    }
    PlanVersion& row = files.version;
    if (row.date.empty())
        row.date = files.today;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##version_number", &row.number);
    note_item();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##version_date", &row.date);
    note_item();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##version_status", s(tr(kVersionKeys[static_cast<int>(row.status)], lang)).c_str())) {
        for (int i = 0; i < 4; ++i)
            if (noted(ImGui::Selectable(s(tr(kVersionKeys[i], lang)).c_str(), i == static_cast<int>(row.status))))
                row.status = static_cast<PlanStatus>(i);
        ImGui::EndCombo();
    }
    note_item();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##version_remark", &row.remark);
    note_item();
    ImGui::TableNextColumn();
    if (noted(ImGui::SmallButton(s(tr("plan.add_version", lang)).c_str()))) {
        wish(view, Edit{AddVersion{row}});
        row = PlanVersion{};
    }
    ImGui::EndTable();
}

void take_plan_details(const Session& session, WindowView& view)
{
    const Plan& plan = session.board.plan;
    if (view.files.plan_from != plan.from_year || view.files.plan_to != plan.to_year)
        wish(view, Edit{SetPlanPeriod{view.files.plan_from, view.files.plan_to}});
}

}  // namespace prio
