#include "io/session/session_check.h"

#include "io/deck/deck_yaml.h"
#include "io/files/file_read.h"
#include "io/session/session_list.h"
#include "io/session/session_text.h"
#include "io/session/session_yaml.h"
#include "io/yaml/yaml_tree.h"

namespace prio {
namespace {

bool has_format_key(const yaml::Node& root)
{
    return root.kind == yaml::Node::Kind::Map && yaml::find(root, "format") != nullptr;
}

std::string session_line(const std::string& path, const Session& session)
{
    SessionSummary s = summarize(session);
    std::string line = path + ": ok: session ";
    line += s.title.empty() ? std::string("(untitled)") : "\"" + s.title + "\"";
    if (!s.organisation.empty())
        line += " (" + s.organisation + ")";
    line += ", deck \"" + session.deck.id + "\", " + progress_text(s, "en") + ", " + std::to_string(s.lanes) + " lanes, " +
            std::to_string(s.log_entries) + " log entries";
    if (s.retired > 0)
        line += ", " + std::to_string(s.retired) + " retired cards";
    return line;
}

std::string deck_line(const std::string& path, const Deck& deck)
{
    return path + ": ok: deck \"" + deck.id + "\" (" + deck.language + "), " + std::to_string(deck.cards.size()) + " cards, " +
           std::to_string(deck.themes.size()) + " themes, " + std::to_string(deck.lanes.size()) + " lanes";
}

FileCheck check_deck(const std::string& path)
{
    FileCheck out;
    DeckLoad load = load_deck_file(path);
    out.diagnostics = std::move(load.diagnostics);
    if (load.deck) {
        out.ok = true;
        out.summary = deck_line(path, *load.deck);
    }
    return out;
}

}  // namespace

// Also for a file too broken to give a tree.
bool looks_like_session(const std::string& path)
{
    // The start is enough, and a file too large to read whole still gets
    // the session's own message rather than the deck's.
    ReadResult read = read_file_start(path, session_limits().max_file_bytes);
    if (!read.bytes)
        return false;
    std::string_view text = *read.bytes;
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return text.starts_with("format:") || text.find("\nformat:") != std::string::npos;
}

FileCheck check_file(const std::string& path)
{
    yaml::Parsed parsed = yaml::parse_file(path, session_limits());
    const yaml::Node* tree = parsed.root ? &*parsed.root : parsed.partial ? &*parsed.partial : nullptr;
    bool session = tree ? has_format_key(*tree) : looks_like_session(path);
    if (!session)
        return check_deck(path);

    FileCheck out;
    out.kind = FileCheck::Kind::Session;
    SessionLoad load = read_session(std::move(parsed), path);
    out.diagnostics = std::move(load.diagnostics);
    if (load.session) {
        out.ok = true;
        out.summary = session_line(path, *load.session);
    }
    return out;
}

}  // namespace prio
