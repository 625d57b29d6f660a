// The method section says who took part and when: the details' people and
// date, and the days the log shows work on, in the document's time zone.
#include <doctest/doctest.h>

#include "export_fixture.h"
#include "io/export/document_method.h"

using namespace prio;

namespace {

Session with_moves(const std::vector<std::string>& times)
{
    Session s = make_session(fixture::export_deck());
    const char* codes[] = {"K3", "O3", "K4", "I5", "S1", "I1", "K1"};
    for (std::size_t i = 0; i < times.size(); ++i)
        REQUIRE(perform(s, Move{codes[i % 7], "nu", 0}, times[i]) == Refusal::None);
    return s;
}

}  // namespace

TEST_CASE("the working days are the log's local dates, each once, oldest first")
{
    // 23:30 UTC on 14 May is 01:30 on 15 May in Brussels (summer time).
    Session s = with_moves({"2024-05-16T09:00:00Z", "2024-05-14T23:30:00Z", "2024-05-14T08:00:00Z", "2024-05-16T10:00:00Z"});
    CHECK(working_days(s, "Europe/Brussels") == std::vector<std::string>{"2024-05-14", "2024-05-15", "2024-05-16"});
    CHECK(working_days(s, "UTC") == std::vector<std::string>{"2024-05-14", "2024-05-16"});
    CHECK(working_days(make_session(fixture::export_deck()), "UTC").empty());
}

TEST_CASE("the method names the participants, the facilitator, the date and the working days")
{
    Session s = with_moves({"2024-05-14T08:00:00Z", "2024-05-21T08:00:00Z"});
    s.meta.participants = "schepen ICT, algemeen directeur";
    s.meta.facilitator = "An Peeters";
    s.meta.date = "2024-05-14";
    Document nl = make_document(s, "", "Europe/Brussels");
    CHECK(nl.method_facts == "Deelnemers: schepen ICT, algemeen directeur. Begeleiding: An Peeters. "
                             "De workshop vond plaats op 14 mei 2024. Het bord werd gewijzigd op 14 mei 2024 en 21 mei 2024.");
    s.language = "en";
    s.meta.participants.clear();
    CHECK(make_document(s, "", "Europe/Brussels").method_facts ==
          "Facilitated by An Peeters. The workshop took place on 14 May 2024. The board was changed on 14 May 2024 and 21 May 2024.");
}

TEST_CASE("many working days are counted between the first and the last; a session with nothing says so")
{
    Session s = with_moves({"2024-05-01T08:00:00Z", "2024-05-02T08:00:00Z", "2024-05-03T08:00:00Z", "2024-05-06T08:00:00Z",
                            "2024-06-28T08:00:00Z"});
    CHECK(make_document(s, "", "UTC").method_facts ==
          "De sessiegegevens noemen nog geen deelnemers of begeleider. Het bord werd gewijzigd op 5 dagen, van 1 mei 2024 tot 28 juni 2024.");
    Session three = with_moves({"2024-05-01T08:00:00Z", "2024-05-02T08:00:00Z", "2024-05-03T08:00:00Z"});
    CHECK(make_document(three, "", "UTC").method_facts ==
          "De sessiegegevens noemen nog geen deelnemers of begeleider. Het bord werd gewijzigd op 1 mei 2024, 2 mei 2024 en 3 mei 2024.");
}
