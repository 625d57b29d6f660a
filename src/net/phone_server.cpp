#include "net/phone_server.h"

#include <sys/socket.h>

#include <chrono>

#include <httplib.h>

#include "core/strings.h"
#include "net/page.h"
#include "net/token.h"

namespace prio {
namespace {

// Only the page's own files: no inline script or style, no other origin,
// no framing, and forms post nowhere else.
constexpr const char* kPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

double seconds_now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Compares without stopping at the first difference, so timing tells
// nothing about how much of a guess was right.
bool same_secret(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

void reply(httplib::Response& response, int status, std::string_view body, const char* type)
{
    response.status = status;
    response.set_content(std::string(body), type);
}

void reply_error(httplib::Response& response, int status, const std::string& message)
{
    reply(response, status, error_json(message), "application/json; charset=utf-8");
}

}  // namespace

PhoneServer::PhoneServer(RoundOffer offer, std::function<void()> wake, PhoneLimits limits)
    : offer_(std::move(offer)), wake_(std::move(wake)), limits_(limits), token_(make_token()), code_(make_join_code()),
      rate_(limits.burst, limits.per_second)
{
}

PhoneServer::~PhoneServer() { stop(); }

std::string PhoneServer::start(const std::string& address, int port)
{
    stop();
    server_ = std::make_unique<httplib::Server>();
    httplib::Server& s = *server_;
    int threads = limits_.threads;
    s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    s.set_payload_max_length(limits_.body_bytes);
    // Headers and body go out in two writes: without it the body waits for
    // the phone's delayed ACK, 40 ms on every answer.
    s.set_tcp_nodelay(true);
    s.set_keep_alive_max_count(20);
    s.set_keep_alive_timeout(5);
    s.set_read_timeout(5, 0);
    s.set_write_timeout(5, 0);
    s.set_default_headers({{"Content-Security-Policy", kPolicy},
                           {"Cache-Control", "no-store"},
                           {"X-Content-Type-Options", "nosniff"},
                           {"Referrer-Policy", "no-referrer"},
                           {"X-Frame-Options", "DENY"}});
    // The limits come first, before httplib reads a body; then every method
    // and path reaches route(): there are no routes to files, so no path
    // can reach the file system.
    s.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
        return limited(request, response) ? httplib::Server::HandlerResponse::Handled : httplib::Server::HandlerResponse::Unhandled;
    });
    auto route = [this](const httplib::Request& request, httplib::Response& response) { this->route(request, response); };
    s.Get(".*", route);
    s.Post(".*", route);
    s.Put(".*", route);
    s.Delete(".*", route);
    s.Patch(".*", route);
    // httplib listens with a backlog of 5: 200 phones that scan the code at
    // once would see their connections dropped and retried a second or more
    // later. The listening socket is kept to listen again with a longer one.
    int listening = -1;
    s.set_socket_options([&listening](socket_t sock) {
        httplib::default_socket_options(sock);
        listening = sock;
    });
    int bound = port == 0 ? s.bind_to_any_port(address) : (s.bind_to_port(address, port) ? port : -1);
    if (bound <= 0) {
        server_.reset();
        return "cannot listen on " + address + (port ? ":" + std::to_string(port) : std::string());
    }
    if (listening >= 0)
        ::listen(listening, SOMAXCONN);
    address_ = address;
    port_ = bound;
    thread_ = std::thread([&s] { s.listen_after_bind(); });
    return {};
}

void PhoneServer::stop()
{
    if (!server_)
        return;
    server_->stop();
    if (thread_.joinable())
        thread_.join();
    server_.reset();
}

void PhoneServer::close_round()
{
    // Under the lock, so that no ballot checked as open lands after this.
    std::lock_guard lock(mutex_);
    open_ = false;
}

std::string PhoneServer::url() const { return "http://" + address_ + ":" + std::to_string(port_) + "/r/" + token_ + "/"; }
std::string PhoneServer::code_url() const { return "http://" + address_ + ":" + std::to_string(port_) + "/j/"; }

std::vector<PhoneBallot> PhoneServer::take_ballots()
{
    std::vector<PhoneBallot> taken;
    std::lock_guard lock(mutex_);
    taken.swap(inbox_);
    return taken;
}

PhoneCounts PhoneServer::counts() const
{
    std::lock_guard lock(mutex_);
    return PhoneCounts{static_cast<int>(joined_.size()), static_cast<int>(given_.size())};
}

void PhoneServer::carry_over(const std::vector<std::string>& phones)
{
    std::lock_guard lock(mutex_);
    joined_.insert(phones.begin(), phones.end());
    given_.insert(phones.begin(), phones.end());
}

void PhoneServer::handle(const httplib::Request& request, httplib::Response& response)
{
    if (!limited(request, response))
        route(request, response);
}

bool PhoneServer::limited(const httplib::Request& request, httplib::Response& response)
{
    const std::string_view language = offer_.language;
    std::size_t header_bytes = 0;
    for (const auto& [name, value] : request.headers) header_bytes += name.size() + value.size() + 4;
    if (request.headers.size() > limits_.header_count || header_bytes > limits_.header_bytes) {
        reply_error(response, 431, std::string(tr("phone.error.headers", language)));
        return true;
    }
    if (!rate_.allow(request.remote_addr, seconds_now())) {
        reply_error(response, 429, std::string(tr("phone.error.rate", language)));
        return true;
    }
    return false;
}

void PhoneServer::route(const httplib::Request& request, httplib::Response& response)
{
    const std::string_view language = offer_.language;
    const std::string& path = request.path;
    // The short code instead of the token: one redirect to the page.
    if (path.rfind("/j/", 0) == 0 && request.method == "GET") {
        std::string code = normalise_join_code(path.substr(3));
        if (code.empty() || !same_secret(code, code_))
            return reply_error(response, 403, std::string(tr("phone.error.token", language)));
        response.status = 303;
        response.set_header("Location", "/r/" + token_ + "/");
        return;
    }
    const std::string prefix = "/r/";
    if (path.size() < prefix.size() + token_.size() + 1 || path.compare(0, prefix.size(), prefix) != 0 ||
        !same_secret(std::string_view(path).substr(prefix.size(), token_.size()), token_) ||
        path[prefix.size() + token_.size()] != '/')
        return reply_error(response, 403, std::string(tr("phone.error.token", language)));
    std::string rest = path.substr(prefix.size() + token_.size() + 1);

    if (request.method == "GET" && rest.empty())
        return reply(response, 200, kPageHtml, "text/html; charset=utf-8");
    if (request.method == "GET" && rest == "app.js")
        return reply(response, 200, kPageJs, "text/javascript; charset=utf-8");
    if (request.method == "GET" && rest == "app.css")
        return reply(response, 200, kPageCss, "text/css; charset=utf-8");
    if (request.method == "GET" && rest == "deck.json")
        return deck(request, response);
    if (request.method == "POST" && rest == "ballot")
        return ballot(request, response);
    if (rest.empty() || rest == "app.js" || rest == "app.css" || rest == "deck.json" || rest == "ballot")
        return reply_error(response, 405, std::string(tr("phone.error.method", language)));
    reply_error(response, 404, std::string(tr("phone.error.not_found", language)));
}

// A phone is one of at most limits_.phones; one more is told the room is full.
bool PhoneServer::admit(const std::string& phone, httplib::Response& response)
{
    bool fresh = false;
    {
        std::lock_guard lock(mutex_);
        if (!joined_.count(phone)) {
            if (joined_.size() >= limits_.phones) {
                reply_error(response, 429, std::string(tr("phone.error.full", offer_.language)));
                return false;
            }
            joined_.insert(phone);
            fresh = true;
        }
    }
    if (fresh && wake_)
        wake_();  // the screen shows how many joined
    return true;
}

void PhoneServer::deck(const httplib::Request& request, httplib::Response& response)
{
    // The phone's id comes along so that joining counts once per phone.
    std::string phone = request.get_param_value("phone");
    if (!phone.empty()) {
        if (!is_phone_id(phone))
            return reply_error(response, 400, std::string(tr("phone.error.phone", offer_.language)));
        if (!admit(phone, response))
            return;
    }
    reply(response, 200, offer_json(offer_, open_), "application/json; charset=utf-8");
}

void PhoneServer::ballot(const httplib::Request& request, httplib::Response& response)
{
    const std::string_view language = offer_.language;
    if (!open_)
        return reply_error(response, 409, std::string(tr("phone.error.closed", language)));
    PhoneBallot given;
    if (std::string error = parse_phone_ballot(request.body, offer_.anonymous, language, given); !error.empty())
        return reply_error(response, 400, error);
    // The same check as a turn and a paper ballot; the UI thread checks again
    // when it takes the ballot into the session.
    CheckedBallot checked = check_ballot(offer_.deck, offer_.shape, given.groups);
    if (!checked.clean())
        return reply_error(response, 422, ballot_problem_text(checked.problems.front(), language));
    if (!admit(given.phone, response))
        return;
    int count = 0;
    {
        std::lock_guard lock(mutex_);
        if (!open_)  // closed while this request was checked
            return reply_error(response, 409, std::string(tr("phone.error.closed", language)));
        given_.insert(given.phone);
        count = static_cast<int>(given_.size());
        inbox_.push_back(std::move(given));
    }
    if (wake_)
        wake_();
    reply(response, 200, "{\"ok\":true,\"given\":" + std::to_string(count) + "}", "application/json; charset=utf-8");
}

}  // namespace prio
