#include "io/export/document_method.h"

#include <algorithm>

#include "core/strings.h"
#include "io/export/local_time.h"

namespace prio {
namespace {

// "a", "a en b", "a, b en c" in the document's language.
std::string listed(const std::vector<std::string>& words, const std::string& lang)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += i + 1 == words.size() ? " " + std::string(tr("export.and", lang)) + " " : ", ";
        out += words[i];
    }
    return out;
}

// Up to four days by name; more as their count between the first and the last.
constexpr std::size_t kDaysNamed = 4;

}  // namespace

std::vector<std::string> working_days(const Session& session, const std::string& time_zone)
{
    std::vector<std::string> days;
    for (const LogEntry& entry : session.log) {
        std::string day = local_time(entry.time, time_zone).substr(0, 10);
        if (day.size() == 10 && std::find(days.begin(), days.end(), day) == days.end())
            days.push_back(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

void add_method_facts(const Session& session, Document& doc)
{
    const std::string& lang = doc.language;
    const SessionMeta& meta = doc.meta;
    std::string who;
    if (!meta.participants.empty())
        who = fill(tr("fmt.export.method_participants", lang), {{"participants", meta.participants}});
    if (!meta.facilitator.empty())
        who += (who.empty() ? "" : " ") + fill(tr("fmt.export.method_facilitator", lang), {{"facilitator", meta.facilitator}});
    if (who.empty())
        who = std::string(tr("export.method_nobody", lang));

    std::vector<std::string> days = working_days(session, doc.time_zone);
    std::vector<std::string> named;
    for (const std::string& day : days)
        named.push_back(long_date(day, lang));
    std::string when;
    if (!meta.date.empty())
        when = fill(tr("fmt.export.method_date", lang), {{"date", long_date(meta.date, lang)}});
    if (days.size() > kDaysNamed)
        when += (when.empty() ? "" : " ") + fill(tr("fmt.export.method_days_span", lang), {{"count", std::to_string(days.size())},
                                                                                           {"first", named.front()},
                                                                                           {"last", named.back()}});
    else if (!days.empty())
        when += (when.empty() ? "" : " ") + fill(tr("fmt.export.method_days", lang), {{"days", listed(named, lang)}});
    doc.method_facts = who + (when.empty() ? "" : " " + when);
}

}  // namespace prio
