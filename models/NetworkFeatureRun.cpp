#include "NetworkFeatureRun.h"

#include "NetworkHistory.h"
#include "ProfileEngine.h"
#include "ProfilePipeline.h"
#include "Store.h"

#include <cmath>
#include <future>
#include <limits>
#include <map>
#include <string>

namespace eagle {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <NetworkLayer layer>
double layerPageRank(const InstitutionNetworkFeatures& f) {
    return f.layerPageRank[static_cast<std::size_t>(indexOf(layer))];
}

}  // namespace

const std::vector<NetworkFeatureSpec>& networkFeatureSpecs() {
    using F = InstitutionNetworkFeatures;
    static const std::vector<NetworkFeatureSpec> specs{
        {"network_pagerank", "0-1",
         "PageRank in the aggregate exposure network: share of a random walk along the exposures, weighted by "
         "amount, that ends at it",
         [](const F& f) { return f.aggregate.pageRank; }},
        {"network_betweenness", "0-1",
         "Share of the shortest exposure paths between other institutions that pass through it",
         [](const F& f) { return f.aggregate.betweenness; }},
        {"network_eigenvector", "0-1", "Eigenvector centrality: exposed to institutions that are themselves central",
         [](const F& f) { return f.aggregate.eigenvector; }},
        {"network_hub", "0-1", "Hub score: how much it lends to the institutions the market lends to most",
         [](const F& f) { return f.aggregate.hub; }},
        {"network_authority", "0-1", "Authority score: how much it borrows from the institutions that lend most",
         [](const F& f) { return f.aggregate.authority; }},
        {"network_coreness", "k", "The deepest k-core of the exposure network it belongs to",
         [](const F& f) { return double(f.aggregate.coreness); }},
        {"network_debtrank", "0-1",
         "Share of the system's equity lost if it alone fails (linear DebtRank through the exposures); taken for "
         "the largest debtors",
         [](const F& f) { return f.failureDebtRankComputed ? f.failureDebtRank : kNaN; }},
        {"network_pagerank_repo", "0-1", "PageRank in the repo layer", layerPageRank<NetworkLayer::Repo>},
        {"network_pagerank_interbank", "0-1", "PageRank in the interbank lending layer",
         layerPageRank<NetworkLayer::Interbank>},
        {"network_pagerank_bond", "0-1", "PageRank in the bond holdings layer (holder -> issuer)",
         layerPageRank<NetworkLayer::Bond>},
        {"network_pagerank_fx_swap", "0-1", "PageRank in the FX swap layer", layerPageRank<NetworkLayer::FxSwap>},
    };
    return specs;
}

NetworkFeatureRunResult addNetworkFeatures(Store& store, RunId run, const NetworkFeatureOptions& options,
                                           const ProgressCallback& progress, const std::stop_token& stop) {
    ResultStore results(store);
    const auto& specs = networkFeatureSpecs();
    std::vector<std::int64_t> ids;
    for (const NetworkFeatureSpec& s : specs)
        ids.push_back(results.defineFeature(std::string(s.name), std::string(s.unit), std::string(s.description)));
    const std::vector<Date> days = results.runDays(run);
    const NetworkHistory history = NetworkHistory::load(store, {}, stop);
    const std::vector<Institution>& institutions = history.institutions();
    std::vector<InstitutionId> rows;
    std::map<std::string, std::vector<std::size_t>> membersOf;  // peer group -> institution indices
    for (std::size_t i = 0; i < institutions.size(); ++i) {
        rows.push_back(institutions[i].id);
        membersOf[peerGroupOf(institutions[i])].push_back(i);
    }
    FeatureBlockWriter writer = results.featureWriter(run, rows, ids);
    NetworkFeatureRunResult result;
    // Two days at a time on two threads: igraph takes turns (IgraphHandles.h), the DebtRank sweep,
    // betweenness and the network's rebuild overlap. The store is read and written on this thread.
    const auto measure = [&](Date day, std::vector<BalanceDaily> balances) {
        return networkFeatures(history.asOf(day, balances), options, stop);
    };
    std::future<std::vector<InstitutionNetworkFeatures>> next;
    for (std::size_t d = 0; d < days.size(); ++d) {
        throwIfStopped(stop);
        const Date day = days[d];
        auto current = next.valid() ? std::move(next) : std::async(std::launch::async, measure, day, store.balancesOn(day));
        if (d + 1 < days.size())
            next = std::async(std::launch::async, measure, days[d + 1], store.balancesOn(days[d + 1]));
        const std::vector<InstitutionNetworkFeatures> features = current.get();
        if (features.size() != rows.size()) throw std::logic_error("the network's institutions are not the workspace's");
        writer.beginDay(day);
        for (std::size_t f = 0; f < specs.size(); ++f) {
            for (std::size_t i = 0; i < rows.size(); ++i) writer.set(f, i, specs[f].of(features[i]));
            for (const auto& [group, members] : membersOf) {
                std::vector<double> values;
                for (std::size_t i : members)
                    if (const double v = specs[f].of(features[i]); std::isfinite(v)) values.push_back(v);
                if (!values.empty()) results.writePeerMedian(run, group, ids[f], day, medianOf(std::move(values)));
            }
        }
        ++result.days;
        if (progress && !days.empty()) progress(double(result.days) / double(days.size()), "measuring the network");
    }
    writer.finish();
    result.values = writer.values();
    return result;
}

}  // namespace eagle
