#include "net/address.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>

#include <fstream>
#include <sstream>

namespace prio {
namespace {

// The interface of the first default route (destination 0.0.0.0).
std::string default_route_interface()
{
    std::ifstream in("/proc/net/route");
    std::string line;
    std::getline(in, line);  // the header
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string name, destination;
        if (fields >> name >> destination && destination == "00000000")
            return name;
    }
    return {};
}

}  // namespace

std::vector<LocalAddress> local_addresses()
{
    std::vector<LocalAddress> found, loopback;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0)
        return {{"lo", "127.0.0.1"}};
    for (ifaddrs* a = list; a; a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET)
            continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
        if (!inet_ntop(AF_INET, &in->sin_addr, text, sizeof text))
            continue;
        LocalAddress address{a->ifa_name ? a->ifa_name : "", text};
        (address.address.rfind("127.", 0) == 0 ? loopback : found).push_back(std::move(address));
    }
    freeifaddrs(list);
    found.insert(found.end(), loopback.begin(), loopback.end());
    return found;
}

std::string default_address()
{
    std::string interface = default_route_interface();
    if (!interface.empty())
        for (const LocalAddress& a : local_addresses())
            if (a.interface == interface)
                return a.address;
    return "127.0.0.1";
}

}  // namespace prio
