#pragma once
// Where the phone server listens: one IPv4 address of this machine, never
// all of them unasked.
#include <string>
#include <vector>

namespace prio {

struct LocalAddress {
    std::string interface;  // "wlan0"
    std::string address;    // "192.168.1.23"
};

// This machine's IPv4 addresses, loopback last.
std::vector<LocalAddress> local_addresses();

// The address of the interface that holds the default route (where the
// room's Wi-Fi is, as a rule), from /proc/net/route; 127.0.0.1 when there
// is none.
std::string default_address();

}  // namespace prio
