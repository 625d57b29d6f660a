#pragma once
// The round's own web server, for the length of one round with phones
// (docs/phones.md). It serves the phone page, its assets, the deck and the
// ballot endpoint under /r/<token>/, on one address, and nothing else.
//
// The server's threads never touch the session: they read the RoundOffer
// copied at start, and put accepted ballots in an inbox that the UI thread
// empties (take_ballots), after `wake` told it there is something.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "net/offer.h"
#include "net/rate_limit.h"

namespace httplib { class Server; struct Request; struct Response; }

namespace prio {

struct PhoneLimits {
    std::size_t body_bytes = 16 * 1024;
    std::size_t header_count = 40;
    std::size_t header_bytes = 8 * 1024;
    std::size_t phones = 200;
    double burst = 40;       // requests an address may make at once
    double per_second = 10;  // and then per second
    int threads = 200;       // one per phone that is connected at the same moment
};

struct PhoneCounts {
    int joined = 0;  // phones that fetched the deck
    int given = 0;   // phones whose ballot was accepted (a resubmit counts once)
};

class PhoneServer {
public:
    PhoneServer(RoundOffer offer, std::function<void()> wake, PhoneLimits limits = {});
    ~PhoneServer();
    PhoneServer(const PhoneServer&) = delete;
    PhoneServer& operator=(const PhoneServer&) = delete;

    // Listens on `address` (an IPv4 address of this machine), on `port`, or
    // on a free port when it is 0. The error in words, "" when it listens.
    std::string start(const std::string& address, int port);
    void stop();

    // From now on ballots get 409 and the page says the round is closed.
    void close_round();

    const std::string& token() const { return token_; }
    const std::string& join_code() const { return code_; }
    std::string address() const { return address_; }
    int port() const { return port_; }
    std::string url() const;       // http://ADDR:PORT/r/TOKEN/
    std::string code_url() const;  // http://ADDR:PORT/j/ (then the code)

    // The UI thread's side of the inbox: the ballots accepted since the last call.
    std::vector<PhoneBallot> take_ballots();
    PhoneCounts counts() const;
    // Phones that gave in this round before the server was started again
    // (on another address): they count as joined and given.
    void carry_over(const std::vector<std::string>& phones);

    // One request, as the server answers it; for the tests, without sockets.
    void handle(const httplib::Request& request, httplib::Response& response);

private:
    // Answers 431 or 429 when the request is over a limit.
    bool limited(const httplib::Request& request, httplib::Response& response);
    void route(const httplib::Request& request, httplib::Response& response);
    void ballot(const httplib::Request& request, httplib::Response& response);
    void deck(const httplib::Request& request, httplib::Response& response);
    bool admit(const std::string& phone, httplib::Response& response);

    RoundOffer offer_;
    std::function<void()> wake_;
    PhoneLimits limits_;
    std::string token_, code_;
    std::string address_;
    int port_ = 0;
    std::atomic<bool> open_{true};
    RateLimiter rate_;
    std::unique_ptr<httplib::Server> server_;
    std::thread thread_;

    mutable std::mutex mutex_;  // guards what follows, shared by the server's threads and the UI thread
    std::set<std::string> joined_, given_;
    std::vector<PhoneBallot> inbox_;
};

}  // namespace prio
