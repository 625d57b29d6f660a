// The Export dialog, in the style of the lane dialogs: a modal popup.
#include "ui/export_dialog.h"

#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/strings.h"
#include "ui/imgui_compat.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

constexpr int kMinSide = 320;
constexpr int kMaxSide = 8192;

void format_box(const std::string& lang, ExportDialog& dialog, int index)
{
    std::string key = std::string("export.dialog.") + kExportFormatNames[index];
    noted(ImGui::Checkbox(s(tr(key, lang)).c_str(), &dialog.formats[index]));
}

void group_label(const std::string& lang, const char* key)
{
    ImGui::Spacing();
    ImGui::TextDisabled("%s", s(tr(key, lang)).c_str());
}

}  // namespace

ExportRequest export_request(const ExportDialog& dialog)
{
    ExportRequest request;
    for (int i = 0; i < kExportFormatCount; ++i)
        if (dialog.formats[i])
            request.formats.emplace_back(kExportFormatNames[i]);
    request.folder = dialog.folder;
    request.separator = dialog.comma ? ',' : ';';
    request.width = std::clamp(dialog.size[0], kMinSide, kMaxSide);
    request.height = std::clamp(dialog.size[1], kMinSide, kMaxSide);
    request.force = dialog.force;
    request.language = dialog.language;
    return request;
}

void draw_export_dialog(const Session& session, ExportDialog& dialog, Requests& requests)
{
    const std::string& lang = session.language;
    if (dialog.want_open) {
        dialog.want_open = false;
        if (dialog.folder.empty())
            dialog.folder = dialog.default_folder;
        if (dialog.language.empty())
            dialog.language = session.language == "en" ? "en" : "nl";
        dialog.reports.clear();
        dialog.message.clear();
        ImGui::OpenPopup(kExportPopup);
    }

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Centred every frame: the list of written files makes it grow.
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kExportPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar |
                                                             ImGuiWindowFlags_NoSavedSettings))
        return;
    // Check boxes and fields need a visible frame on the popup's background.
    ImVec4 frame = ImGui::GetStyle().Colors[ImGuiCol_Border];
    frame.w = 0.3f;
    ImGui::PushStyleColor(ImGuiCol_FrameBg, frame);
    float em = ImGui::GetFontSize();
    ImGui::TextUnformatted(s(tr("export.dialog.title", lang)).c_str());
    ImGui::Separator();

    group_label(lang, "export.dialog.masterplan");
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            ImGui::SameLine(0.0f, em * 1.5f);
        format_box(lang, dialog, i);
    }
    group_label(lang, "export.dialog.list");
    for (int i = 3; i < 5; ++i) {
        if (i > 3)
            ImGui::SameLine(0.0f, em * 1.5f);
        format_box(lang, dialog, i);
    }
    ImGui::Indent();
    ImGui::TextUnformatted(s(tr("export.dialog.separator", lang)).c_str());
    ImGui::SameLine();
    if (noted(ImGui::RadioButton(s(tr("export.dialog.semicolon", lang)).c_str(), !dialog.comma)))
        dialog.comma = false;
    ImGui::SameLine();
    if (noted(ImGui::RadioButton(s(tr("export.dialog.comma", lang)).c_str(), dialog.comma)))
        dialog.comma = true;
    ImGui::Unindent();
    group_label(lang, "export.dialog.plan");
    for (int i = 6; i < 8; ++i) {
        if (i > 6)
            ImGui::SameLine(0.0f, em * 1.5f);
        format_box(lang, dialog, i);
    }
    group_label(lang, "export.dialog.picture");
    format_box(lang, dialog, 5);
    ImGui::Indent();
    ImGui::BeginDisabled(!dialog.formats[5]);
    ImGui::TextUnformatted(s(tr("export.dialog.size", lang)).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 8.0f);
    if (ImGui::InputInt2("##size", dialog.size)) {
        dialog.size[0] = std::clamp(dialog.size[0], kMinSide, kMaxSide);
        dialog.size[1] = std::clamp(dialog.size[1], kMinSide, kMaxSide);
    }
    ImGui::EndDisabled();
    ImGui::Unindent();

    ImGui::Spacing();
    ImGui::TextUnformatted(s(tr("export.dialog.language", lang)).c_str());
    for (int i = 0; i < 2; ++i) {
        ImGui::SameLine();
        std::string name = s(tr(std::string("language.") + kExportLanguages[i], lang));
        if (noted(ImGui::RadioButton(name.c_str(), dialog.language == kExportLanguages[i])))
            dialog.language = kExportLanguages[i];
    }
    const std::string& deck_language = session.deck.language;
    std::string deck_language_name = deck_language == "nl" || deck_language == "en"
                                         ? s(tr("export.dialog.in_" + deck_language, lang)) : deck_language;
    for (int i = 0; i < 2; ++i)
        if (dialog.language == kExportLanguages[i] && !dialog.texts_in[i]) {
            ImGui::PushTextWrapPos(em * 36.0f);
            ImGui::TextDisabled("%s", fill(tr("fmt.export.dialog.texts_stay", lang), {{"language", deck_language_name}}).c_str());
            ImGui::PopTextWrapPos();
        }

    ImGui::Spacing();
    ImGui::TextUnformatted(s(tr("export.dialog.folder", lang)).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 28.0f);
    ImGui::InputText("##folder", &dialog.folder);
    noted(ImGui::Checkbox(s(tr("export.dialog.force", lang)).c_str(), &dialog.force));

    ExportRequest request = export_request(dialog);
    const char* problem = request.formats.empty() ? "export.dialog.none" : request.folder.empty() ? "export.dialog.no_folder" : nullptr;
    ImGui::Separator();
    ImGui::BeginDisabled(problem != nullptr);
    // Enter presses Export, the default button.
    bool enter = any_enter_pressed();
    if (noted(ImGui::Button(s(tr("export.dialog.export", lang)).c_str())) || (enter && problem == nullptr)) {
        requests.push_back(std::move(request));
        dialog.reports.clear();
        dialog.message.clear();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(dialog.folder.empty());
    if (noted(ImGui::Button(s(tr("export.dialog.open_folder", lang)).c_str())))
        requests.push_back(OpenExportFolderRequest{});
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (noted(ImGui::Button(s(tr("export.dialog.close", lang)).c_str())) || escape_pressed())
        ImGui::CloseCurrentPopup();
    if (problem)
        ImGui::TextDisabled("%s", s(tr(problem, lang)).c_str());

    // Where each file went, or why not.
    if (!dialog.reports.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted(s(tr("export.dialog.done", lang)).c_str());
        for (const ExportReport& report : dialog.reports) {
            if (report.error.empty()) {
                ImGui::BulletText("%s", fill(tr("fmt.export.written", lang), {{"format", report.format}, {"path", report.path}}).c_str());
            } else {
                ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
                ImGui::BulletText("%s", fill(tr("fmt.export.failed", lang), {{"format", report.format}, {"path", report.path}, {"error", report.error}}).c_str());
                ImGui::PopStyleColor();
            }
        }
    }
    if (!dialog.message.empty()) {
        ImGui::PushTextWrapPos(em * 40.0f);
        ImGui::TextUnformatted(dialog.message.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::PopStyleColor();
    ImGui::EndPopup();
}

}  // namespace prio
