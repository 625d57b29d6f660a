#include "io/session/session_text.h"

#include "core/placeholders.h"
#include "core/strings.h"

namespace prio {
namespace {

std::string file_stem(const std::string& path)
{
    std::string name = path.substr(path.rfind('/') + 1);
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0)
        name.resize(name.size() - 5);
    return name;
}

std::string card_title(const Deck& deck, const std::string& id)
{
    int card = find_card(deck, id);
    return card < 0 ? std::string() : deck.cards[static_cast<std::size_t>(card)].title;
}

std::string summary_text(const SessionSummary& s, std::string_view language)
{
    std::string text = s.title.empty() ? std::string(tr("session.untitled", language)) : s.title;
    if (!s.organisation.empty())
        text += " (" + s.organisation + ")";
    return text + ", " + progress_text(s, language);
}

}  // namespace

std::string session_name(const Session& session, const std::string& session_path, std::string_view language)
{
    if (!session.meta.title.empty())
        return session.meta.title;
    if (!session_path.empty())
        return file_stem(session_path);
    return std::string(tr("session.untitled", language));
}

std::string window_title(const Session& session, const std::string& session_path, bool saved, std::string_view language)
{
    return fill(tr("fmt.session.window_title", language),
                {{"unsaved", saved ? "" : "* "}, {"name", session_name(session, session_path, language)}});
}

std::string progress_text(const SessionSummary& summary, std::string_view language)
{
    return fill(tr("fmt.session.progress", language), {{"placed", std::to_string(summary.placed)}, {"cards", std::to_string(summary.cards)}});
}

std::vector<std::string> deck_check_lines(const DeckCheck& check, const Session& session, std::string_view language)
{
    std::vector<std::string> lines;
    const std::string& path = session.deck_path;
    switch (check.status) {
    case DeckStatus::Same:
    case DeckStatus::NoSource: return lines;
    case DeckStatus::Missing: return {fill(tr("fmt.session.deck_missing", language), {{"path", path}})};
    case DeckStatus::Unreadable: return {fill(tr("fmt.session.deck_unreadable", language), {{"path", path}})};
    case DeckStatus::Changed: break;
    }
    lines.push_back(fill(tr("fmt.session.deck_changed", language), {{"path", path}}));
    const DeckDiff& diff = check.diff;
    const Deck& now = check.deck ? *check.deck : session.deck;
    for (const std::string& id : diff.added)
        lines.push_back(fill(tr("fmt.session.card_added", language), {{"code", id}, {"title", card_title(now, id)}}));
    for (const std::string& id : diff.removed)
        lines.push_back(fill(tr("fmt.session.card_removed", language), {{"code", id}, {"title", card_title(session.deck, id)}}));
    for (const std::string& id : diff.returned)
        lines.push_back(fill(tr("fmt.session.card_returned", language), {{"code", id}, {"title", card_title(now, id)}}));
    for (const CardChange& change : diff.changed) {
        if (change.old_title != change.new_title)
            lines.push_back(fill(tr("fmt.session.card_retitled", language), {{"code", change.id}, {"old", change.old_title}, {"title", change.new_title}}));
        std::string fields;
        for (const std::string& field : change.fields)
            if (field != "title")
                fields += (fields.empty() ? "" : ", ") + std::string(tr("session.field." + field, language));
        if (!fields.empty())
            lines.push_back(fill(tr("fmt.session.card_changed", language), {{"code", change.id}, {"fields", fields}}));
    }
    if (diff.details_changed)
        lines.emplace_back(tr("session.deck_details_changed", language));
    if (diff.themes_changed)
        lines.emplace_back(tr("session.deck_themes_changed", language));
    if (diff.lanes_changed)
        lines.emplace_back(tr("session.deck_lanes_changed", language));
    return lines;
}

std::string recovery_line(const Recovery& recovery, const SessionSummary& summary, const std::string& time, std::string_view language)
{
    if (!recovery.session_file.empty())
        return fill(tr("fmt.session.recovery_file", language),
                    {{"file", recovery.session_file}, {"time", time}, {"summary", summary_text(summary, language)}});
    return fill(tr("fmt.session.recovery_untitled", language), {{"time", time}, {"summary", summary_text(summary, language)}});
}

}  // namespace prio
