#pragma once
// Where Prioriteer keeps files, by the XDG conventions: sessions in a
// "Prioriteer" folder in the user's documents folder (XDG_DOCUMENTS_DIR in
// user-dirs.dirs), recovery files in $XDG_STATE_HOME/prioriteer.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace prio {

// Reads an environment variable; replaceable so tests need not change the
// process environment.
using EnvLookup = std::function<std::optional<std::string>(std::string_view name)>;
EnvLookup process_environment();

// The user's documents folder: XDG_DOCUMENTS_DIR from
// $XDG_CONFIG_HOME/user-dirs.dirs, else that variable from the environment,
// else ~/Documents when it exists, else the home folder.
std::string documents_folder(const EnvLookup& env = process_environment());
// <documents>/Prioriteer: where sessions are saved unless the user picks another place.
std::string sessions_folder(const EnvLookup& env = process_environment());
// $XDG_STATE_HOME/prioriteer, by default ~/.local/state/prioriteer.
std::string state_folder(const EnvLookup& env = process_environment());
// <state>/recovery: autosaves of sessions that have no file yet.
std::string recovery_folder(const EnvLookup& env = process_environment());

}  // namespace prio
