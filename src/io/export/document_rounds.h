#pragma once
// The session's rounds in the masterplan: a paragraph per round in the
// method section (participants, anonymity, ballot form, W in numbers and
// words, the contested principles and where the board has them now), and
// annex D with each revealed round's consensus order. A round that is not
// revealed is named, without results. Nobody is named: the counts say all.
#include "core/session.h"
#include "io/export/export_document.h"

namespace prio {

void add_rounds(const Session& session, Document& doc);

}  // namespace prio
