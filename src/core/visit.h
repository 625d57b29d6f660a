#pragma once
// Overload sets for std::visit. A visit with one lambda per alternative and
// no catch-all fails to compile when a variant gains an alternative that the
// set does not handle: that is how every dispatch on an Edit, a log entry or
// a request stays complete.
namespace prio {

template <class... Fs>
struct overloaded : Fs... {
    using Fs::operator()...;
};
template <class... Fs>
overloaded(Fs...) -> overloaded<Fs...>;

}  // namespace prio
