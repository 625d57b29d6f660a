// The phone server: the token, its routes, its limits, the strict ballot
// and the inbox, through handle() and over a real socket on loopback.
#include <doctest/doctest.h>

#include <httplib.h>

#include <atomic>

#include "../core/card_deck.h"
#include "net/phone_server.h"
#include "net/qr.h"
#include "net/token.h"

using namespace prio;

namespace {

RoundOffer offer(bool anonymous = true)
{
    RoundOffer o;
    o.deck = test::card_deck({"K1", "K2", "O1"}, {{"nu", "Nu", 0, true}});
    o.language = "en";
    o.question = "Rank them";
    o.anonymous = anonymous;
    return o;
}

const std::string kPhone = "0123456789abcdef0123456789abcdef";

struct Call {
    int status = 0;
    std::string body;
    httplib::Response response;
};

Call call(PhoneServer& server, const std::string& method, const std::string& path, const std::string& body = "",
          const std::string& from = "10.0.0.2")
{
    httplib::Request request;
    request.method = method;
    request.remote_addr = from;
    auto question = path.find('?');
    request.path = path.substr(0, question);
    if (question != std::string::npos) {
        std::string query = path.substr(question + 1);
        auto eq = query.find('=');
        request.params.emplace(query.substr(0, eq), query.substr(eq + 1));
    }
    request.body = body;
    Call c;
    server.handle(request, c.response);
    c.status = c.response.status;
    c.body = c.response.body;
    return c;
}

std::string at(const PhoneServer& s, const std::string& rest) { return "/r/" + s.token() + "/" + rest; }

std::string ballot(const std::string& phone, const std::string& groups) { return "{\"phone\":\"" + phone + "\",\"groups\":" + groups + "}"; }

}  // namespace

TEST_CASE("a round's token is 128 random bits and its code 8 characters without look-alikes")
{
    std::string a = make_token(), b = make_token();
    CHECK(a.size() == 32);
    CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(a != b);
    std::string code = make_join_code();
    CHECK(code.size() == 8);
    CHECK(normalise_join_code(code) == code);
    CHECK(normalise_join_code("abcd-efgh") == "ABCDEFGH");
    CHECK(normalise_join_code("ABCD-EFG0") == "");  // 0 is no code character
    CHECK(normalise_join_code("ABC") == "");
}

TEST_CASE("without the token every request gets 403; with it, only the page's own routes exist")
{
    PhoneServer s(offer(), nullptr);
    CHECK(call(s, "GET", "/").status == 403);
    CHECK(call(s, "GET", "/r/").status == 403);
    CHECK(call(s, "GET", "/r/" + make_token() + "/").status == 403);
    CHECK(call(s, "GET", "/r/" + s.token()).status == 403);  // no slash after it
    CHECK(call(s, "GET", "/r/" + s.token().substr(0, 31) + "x/").status == 403);
    CHECK(call(s, "GET", "/favicon.ico").status == 403);

    CHECK(call(s, "GET", at(s, "")).status == 200);
    CHECK(call(s, "GET", at(s, "app.js")).status == 200);
    CHECK(call(s, "GET", at(s, "app.css")).status == 200);
    CHECK(call(s, "GET", at(s, "deck.json")).status == 200);
    CHECK(call(s, "GET", at(s, "../../etc/passwd")).status == 404);
    CHECK(call(s, "GET", at(s, "app.js/")).status == 404);
    CHECK(call(s, "GET", at(s, "index.html")).status == 404);
    CHECK(call(s, "POST", at(s, "deck.json")).status == 405);
    CHECK(call(s, "GET", at(s, "ballot")).status == 405);
}

TEST_CASE("the short code redirects to the page; a wrong one gets 403")
{
    PhoneServer s(offer(), nullptr);
    Call right = call(s, "GET", "/j/" + s.join_code().substr(0, 4) + "-" + s.join_code().substr(4));
    CHECK(right.status == 303);
    CHECK(right.response.get_header_value("Location") == "/r/" + s.token() + "/");
    std::string wrong = s.join_code() == "22222222" ? "33333333" : "22222222";
    CHECK(call(s, "GET", "/j/" + wrong).status == 403);
    CHECK(call(s, "GET", "/j/").status == 403);
}

TEST_CASE("deck.json carries the cards, the form and the page's texts in the round's language")
{
    PhoneServer s(offer(false), nullptr);
    Call c = call(s, "GET", at(s, "deck.json"));
    CHECK(c.response.get_header_value("Content-Type").find("application/json") == 0);
    CHECK(c.body.find("\"code\":\"K1\"") != std::string::npos);
    CHECK(c.body.find("\"form\":\"full\"") != std::string::npos);
    CHECK(c.body.find("\"anonymous\":false") != std::string::npos);
    CHECK(c.body.find("\"question\":\"Rank them\"") != std::string::npos);
    CHECK(c.body.find("Give my ranking") != std::string::npos);
}

TEST_CASE("ballots are parsed strictly and checked as a paper ballot is; bad ones change nothing")
{
    PhoneServer s(offer(), nullptr);
    const std::string path = at(s, "ballot");
    CHECK(call(s, "POST", path, "").status == 400);
    CHECK(call(s, "POST", path, "{").status == 400);
    CHECK(call(s, "POST", path, "[]").status == 400);
    CHECK(call(s, "POST", path, ballot(kPhone, "[[\"K1\",\"K2\",\"O1\"]]") + "x").status == 400);
    CHECK(call(s, "POST", path, ballot("xyz", "[[\"K1\",\"K2\",\"O1\"]]")).status == 400);
    CHECK(call(s, "POST", path, ballot(kPhone, "[[\"K1\",2,\"O1\"]]")).status == 400);
    CHECK(call(s, "POST", path, "{\"phone\":\"" + kPhone + "\",\"groups\":[],\"extra\":1}").status == 400);
    Call unknown = call(s, "POST", path, ballot(kPhone, "[[\"K1\",\"K9\",\"O1\"]]"));
    CHECK(unknown.status == 422);
    CHECK(unknown.body.find("K9 is not a card of this deck") != std::string::npos);
    CHECK(call(s, "POST", path, ballot(kPhone, "[[\"K1\",\"K1\",\"O1\"]]")).status == 422);
    CHECK(call(s, "POST", path, ballot(kPhone, "[[\"K1\",\"O1\"]]")).status == 422);  // K2 missing
    CHECK(s.take_ballots().empty());
    CHECK(s.counts().given == 0);

    // Codes fold case, as on paper; the inbox keeps them as given, the UI thread checks again.
    CHECK(call(s, "POST", path, ballot(kPhone, "[[\"k2\",\"K1\",\"o1\"]]")).status == 200);
    auto taken = s.take_ballots();
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].phone == kPhone);
    CHECK(taken[0].groups == BallotGroups{{"k2", "K1", "o1"}});
    CHECK(s.take_ballots().empty());
}

TEST_CASE("a named round needs a name; an anonymous one never keeps it")
{
    PhoneServer named(offer(false), nullptr);
    CHECK(call(named, "POST", at(named, "ballot"), ballot(kPhone, "[[\"K1\",\"K2\",\"O1\"]]")).status == 400);
    std::string with_name = "{\"phone\":\"" + kPhone + "\",\"groups\":[[\"K1\",\"K2\",\"O1\"]],\"name\":\"An\"}";
    CHECK(call(named, "POST", at(named, "ballot"), with_name).status == 200);
    CHECK(named.take_ballots().at(0).name == "An");
    PhoneServer anonymous(offer(true), nullptr);
    CHECK(call(anonymous, "POST", at(anonymous, "ballot"), with_name).status == 200);
    CHECK(anonymous.take_ballots().at(0).name.empty());
}

TEST_CASE("a phone that gives again is counted once; the wake call comes with each ballot")
{
    std::atomic<int> woken{0};
    PhoneServer s(offer(), [&] { ++woken; });
    CHECK(call(s, "GET", at(s, "deck.json?phone=" + kPhone)).status == 200);
    CHECK(s.counts().joined == 1);
    CHECK(woken == 1);
    CHECK(call(s, "GET", at(s, "deck.json?phone=" + kPhone.substr(0, 15))).status == 400);
    CHECK(call(s, "GET", at(s, "deck.json?phone=" + kPhone + "\",\"x\":\"")).status == 400);
    CHECK(s.counts().joined == 1);
    CHECK(call(s, "POST", at(s, "ballot"), ballot(kPhone, "[[\"K1\",\"K2\",\"O1\"]]")).status == 200);
    CHECK(call(s, "POST", at(s, "ballot"), ballot(kPhone, "[[\"O1\",\"K2\",\"K1\"]]")).status == 200);
    CHECK(s.counts().joined == 1);
    CHECK(s.counts().given == 1);
    CHECK(woken == 3);
    auto taken = s.take_ballots();
    REQUIRE(taken.size() == 2);  // the UI thread replaces the first by the second
    CHECK(taken[1].groups == BallotGroups{{"O1", "K2", "K1"}});
}

TEST_CASE("phones carried over from an earlier server of the round count as joined and given, once")
{
    PhoneServer s(offer(), nullptr);
    s.carry_over({kPhone});
    CHECK(s.counts().joined == 1);
    CHECK(s.counts().given == 1);
    CHECK(call(s, "POST", at(s, "ballot"), ballot(kPhone, "[[\"K1\",\"K2\",\"O1\"]]")).status == 200);
    CHECK(s.counts().given == 1);
}

TEST_CASE("after the round closes a ballot gets 409 and the inbox stays empty")
{
    PhoneServer s(offer(), nullptr);
    s.close_round();
    CHECK(call(s, "POST", at(s, "ballot"), ballot(kPhone, "[[\"K1\",\"K2\",\"O1\"]]")).status == 409);
    CHECK(s.take_ballots().empty());
    CHECK(call(s, "GET", at(s, "deck.json")).body.find("\"open\":false") != std::string::npos);
}

TEST_CASE("limits: participants, headers, and a rate per address")
{
    PhoneLimits limits;
    limits.phones = 2;
    limits.burst = 5;
    limits.per_second = 0.001;
    PhoneServer s(offer(), nullptr, limits);
    std::string phones[] = {std::string(32, 'a'), std::string(32, 'b'), std::string(32, 'c')};
    CHECK(call(s, "GET", at(s, "deck.json?phone=" + phones[0]), "", "10.0.0.1").status == 200);
    CHECK(call(s, "GET", at(s, "deck.json?phone=" + phones[1]), "", "10.0.0.2").status == 200);
    Call full = call(s, "GET", at(s, "deck.json?phone=" + phones[2]), "", "10.0.0.3");
    CHECK(full.status == 429);
    CHECK(full.body.find("200 phones") != std::string::npos);
    CHECK(call(s, "POST", at(s, "ballot"), ballot(phones[2], "[[\"K1\",\"K2\",\"O1\"]]"), "10.0.0.3").status == 429);
    CHECK(s.take_ballots().empty());

    for (int i = 0; i < 5; ++i) CHECK(call(s, "GET", at(s, ""), "", "10.0.0.9").status == 200);
    CHECK(call(s, "GET", at(s, ""), "", "10.0.0.9").status == 429);
    CHECK(call(s, "GET", at(s, ""), "", "10.0.0.8").status == 200);  // another address has its own bucket

    httplib::Request many;
    many.method = "GET";
    many.path = at(s, "");
    many.remote_addr = "10.0.0.7";
    for (int i = 0; i < 41; ++i) many.headers.emplace("X-" + std::to_string(i), "1");
    httplib::Response response;
    s.handle(many, response);
    CHECK(response.status == 431);
}

TEST_CASE("RateLimiter refills at its rate, up to its burst")
{
    RateLimiter r(2, 1);
    CHECK(r.allow("a", 0));
    CHECK(r.allow("a", 0));
    CHECK_FALSE(r.allow("a", 0));
    CHECK(r.allow("a", 1.0));
    CHECK_FALSE(r.allow("a", 1.0));
    CHECK(r.allow("a", 100));
    CHECK(r.allow("a", 100));
    CHECK_FALSE(r.allow("a", 100));
}

TEST_CASE("over a socket: one address, the security headers on every answer, 413 for a big body")
{
    PhoneServer s(offer(), nullptr);
    REQUIRE(s.start("127.0.0.1", 0).empty());
    CHECK(s.port() > 0);
    CHECK(s.url() == "http://127.0.0.1:" + std::to_string(s.port()) + "/r/" + s.token() + "/");
    httplib::Client client("127.0.0.1", s.port());
    for (const std::string& path : {at(s, ""), std::string("/nothing"), at(s, "nothing")}) {
        auto r = client.Get(path.c_str());
        REQUIRE(r);
        CHECK(r->get_header_value("Content-Security-Policy").find("default-src 'self'") == 0);
        CHECK(r->get_header_value("Cache-Control") == "no-store");
        CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
        CHECK_FALSE(r->has_header("Access-Control-Allow-Origin"));
    }
    auto big = client.Post(at(s, "ballot").c_str(), std::string(17 * 1024, ' '), "application/json");
    REQUIRE(big);
    CHECK(big->status == 413);
    auto given = client.Post(at(s, "ballot").c_str(), ballot(kPhone, "[[\"K1\",\"K2\",\"O1\"]]"), "application/json");
    REQUIRE(given);
    CHECK(given->status == 200);
    CHECK(s.take_ballots().size() == 1);
    s.stop();
    CHECK_FALSE(client.Get(at(s, "").c_str()));
}

TEST_CASE("the join link fits a QR code with a quiet grid of dark and light modules")
{
    QrCode qr = make_qr("http://192.168.100.200:65535/r/" + make_token() + "/");
    CHECK(qr.size >= 21);
    CHECK(qr.dark.size() == static_cast<std::size_t>(qr.size * qr.size));
    CHECK(qr.at(0, 0));  // the finder pattern's corner
    CHECK_FALSE(qr.at(7, 7));  // its separator
}
