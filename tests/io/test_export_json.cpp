#include <doctest/doctest.h>

#include "golden.h"
#include "export_fixture.h"
#include "io/export/export_json.h"

using namespace prio;

TEST_CASE("the JSON priority list matches its golden file")
{
    std::string json = priority_json(fixture::export_document());
    CHECK(json == golden::expect("priorities.nl.json", json));
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters and keep UTF-8")
{
    CHECK(json_string("plain") == "\"plain\"");
    CHECK(json_string("say \"hi\" \\o/") == "\"say \\\"hi\\\" \\\\o/\"");
    CHECK(json_string("a\nb\tc\r") == "\"a\\nb\\tc\\r\"");
    CHECK(json_string(std::string("\x01\x1f\b\f", 4)) == "\"\\u0001\\u001f\\b\\f\"");
    CHECK(json_string("caf\u00e9 \u201ezo\u201d \u20ac") == "\"caf\u00e9 \u201ezo\u201d \u20ac\"");
    CHECK(json_string("=SOM(A1)") == "\"=SOM(A1)\"");  // no spreadsheet guard in JSON
}

TEST_CASE("JSON: unranked cards have a null rank and the pile a null lane id")
{
    Document doc = make_document(fixture::export_session_fixture("en"), "");
    std::string json = priority_json(doc);
    CHECK(json.find("\"generated\": null") != std::string::npos);
    CHECK(json.find("\"language\": \"en\"") != std::string::npos);
    CHECK(json.find("\"rank\": null,\n      \"lane\": \"Not placed\",\n      \"lane_id\": null") != std::string::npos);
    CHECK(json.find("\"rank\": null,\n      \"lane\": \"Niet prioritair\",\n      \"lane_id\": \"niet\"") !=
          std::string::npos);
    CHECK(json.find("{\"id\": \"niet\", \"title\": \"Niet prioritair\", \"ranked\": false, \"capacity\": null, "
                    "\"cards\": 2}") != std::string::npos);
}
