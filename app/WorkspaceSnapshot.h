#pragma once
// What the workstation holds in memory about an open workspace: small, read-mostly results that
// every view needs. Large results (feature matrices, series) are loaded on demand by jobs.

#include "NetworkHistory.h"
#include "NetworkViewData.h"
#include "PeerComparison.h"
#include "ResultStore.h"

#include <memory>
#include <string>
#include <vector>

namespace eagle {

struct WorkspaceSnapshot {
    std::string path;
    std::vector<Institution> institutions;  // by id
    std::vector<Instrument> instruments;    // by id: what the search box finds besides institutions
    RunId profileRun;
    std::vector<FeatureDef> features;
    std::vector<Date> days;
    // Everything the multilayer network of any day is rebuilt from, read once (models/network).
    std::shared_ptr<const NetworkHistory> networkHistory;
    std::shared_ptr<const NetworkViewData> network;  // on the last day, laid out and measured
    std::shared_ptr<const PeerComparison> peers;
    std::vector<std::size_t> heatmapOrder;  // institution indices: by type, then largest first
    InstitutionId mostAtRisk;               // where to look first: highest recent liquidity score

    const Institution* institution(InstitutionId id) const;
    const Institution* institutionByCode(const std::string& code) const;
    const FeatureDef* feature(const std::string& name) const;
};

}  // namespace eagle
