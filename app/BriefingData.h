#pragma once
// Everything a briefing report says about chosen institutions, gathered from a workspace off the
// GUI thread: profile radar, key series, network neighbourhood, stress test and alerts, with
// what it takes to reproduce them (content hash, runs, rule versions, parameters).

#include "ContagionResult.h"
#include "PeerComparison.h"
#include "Progress.h"
#include "ResultStore.h"
#include "RuleStore.h"
#include "TimeSeriesData.h"
#include "WorkspaceSnapshot.h"

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace eagle {

struct BriefingCounterparty {
    Institution institution;
    double lentToIt = 0;   // CNY the counterparty lent to the institution over the window
    double borrowedFromIt = 0;  // CNY the institution lent to the counterparty
};

struct BriefingStressHit {
    std::string code;
    double finalDistress = 0;
    double loss = 0;  // shock plus contagion, CNY
    bool defaulted = false;
};

struct BriefingInstitution {
    Institution institution;
    RadarProfile radar;                // the six risk scores against the peer group, recent window
    std::vector<TimeSeriesData> series;  // key series, with peer medians, events and alerts
    std::vector<BriefingCounterparty> counterparties;  // largest first (lent plus borrowed)
    // Stress test: the institution fails; DebtRank through the exposure network on the day.
    bool stressRan = false;
    ContagionResult stress;
    std::vector<BriefingStressHit> stressHits;  // most distressed first, the institution itself left out
    std::vector<Alert> alerts;                  // of the newest rule run, newest first
};

struct BriefingData {
    std::string workspacePath;
    std::string contentHash;  // Store::contentHash(): equal market data, equal hash
    int schemaVersion = 0;
    Date day;                 // the report's "as of" day
    Date windowStart;         // first day of the recent window (radar, network)
    std::optional<Run> profileRun;
    std::optional<Run> ruleRun;
    std::vector<StoredRule> rules;  // newest version of every rule
    std::string stressMethod;       // e.g. "debtrank"
    std::vector<std::string> seriesFeatures;
    std::vector<BriefingInstitution> institutions;
};

// The key series every briefing shows.
const std::vector<std::string>& briefingSeriesFeatures();

// Gathers the briefing for the institutions with these codes as of day (Date(): the last day
// of the profiles). Throws std::invalid_argument for an unknown code. The snapshot is the open
// workspace's (loadWorkspace). Labels and units are translated in the current language.
BriefingData collectBriefing(const WorkspaceSnapshot& snapshot, const std::vector<std::string>& codes, Date day,
                             const ProgressCallback& progress = {}, const std::stop_token& stop = {});

}  // namespace eagle
