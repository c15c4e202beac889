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

// Marks the texts for Qt's lupdate; the models link no Qt.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

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
    // What each measures and why a supervisor cares: stored with the feature and shown as its
    // tooltip in the user's language (lupdate reads this file).
    static const std::vector<NetworkFeatureSpec> specs{
        {"network_pagerank", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "Share of a random walk along the exposures, weighted by amount, that ends at it"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "How central it is to the flow of funds: distress there reaches many"),
         [](const F& f) { return f.aggregate.pageRank; }},
        {"network_betweenness", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "Share of the shortest exposure paths between other institutions that pass through it"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "A broker between others: its failure cuts channels of funding"),
         [](const F& f) { return f.aggregate.betweenness; }},
        {"network_eigenvector", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "Centrality from being exposed to institutions that are themselves central"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "Tied into the core of the market"),
         [](const F& f) { return f.aggregate.eigenvector; }},
        {"network_hub", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "How much it lends to the institutions the market lends to most"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "A lender whose losses would come from the core"),
         [](const F& f) { return f.aggregate.hub; }},
        {"network_authority", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "How much it borrows from the institutions that lend most"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "Depends on the market's main lenders for its funding"),
         [](const F& f) { return f.aggregate.authority; }},
        {"network_coreness", "k",
         QT_TRANSLATE_NOOP("NetworkFeatures", "The deepest k-core it belongs to: k counterparties that each have at least k"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "The core is where contagion circulates"),
         [](const F& f) { return double(f.aggregate.coreness); }},
        {"network_debtrank", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "Share of the system's equity lost if it alone fails (linear DebtRank through the exposures)"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "Systemic importance: too connected to fail"),
         [](const F& f) { return f.failureDebtRankComputed ? f.failureDebtRank : kNaN; }},
        {"network_pagerank_repo", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "PageRank on the repo exposures alone"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "How central it is to secured funding"),
         layerPageRank<NetworkLayer::Repo>},
        {"network_pagerank_interbank", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "PageRank on the unsecured interbank lending exposures alone"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "How central it is to unsecured funding, the first to dry up in stress"),
         layerPageRank<NetworkLayer::Interbank>},
        {"network_pagerank_bond", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "PageRank on the exposures of bond holders to the institutions that issued the bonds alone"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "Losses that would travel through the bonds institutions hold of each other"),
         layerPageRank<NetworkLayer::Bond>},
        {"network_pagerank_fx_swap", "0-1",
         QT_TRANSLATE_NOOP("NetworkFeatures", "PageRank on the FX swap exposures alone"),
         QT_TRANSLATE_NOOP("NetworkFeatures", "How central it is to foreign-currency funding"),
         layerPageRank<NetworkLayer::FxSwap>},
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
