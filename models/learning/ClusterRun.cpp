#include "ClusterRun.h"

#include "ResultStore.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

namespace eagle {

ClusterRunInfo ClusterRunInfo::of(const StrategyClusters& c, const ClusteringOptions& options, std::string from,
                                  std::string to, int window) {
    ClusterRunInfo info;
    info.from = std::move(from);
    info.to = std::move(to);
    info.window = window;
    info.seed = options.seed;
    info.silhouette = c.silhouette;
    info.minClusters = options.minClusters;
    info.silhouetteByK = c.silhouetteByK;
    info.components = static_cast<int>(c.pca.loadings.cols());
    info.features = c.features;
    for (Eigen::Index k = 0; k < std::min<Eigen::Index>(2, c.pca.loadings.cols()); ++k) {
        info.varianceShare.push_back(c.pca.varianceShare[k]);
        auto& loadings = k == 0 ? info.loadings1 : info.loadings2;
        for (Eigen::Index f = 0; f < c.pca.loadings.rows(); ++f) loadings.push_back(c.pca.loadings(f, k));
    }
    return info;
}

std::string ClusterRunInfo::toText() const {
    // Lists are comma-separated; the CLI's keys (from, to, window, seed) come first.
    std::ostringstream s;
    s << "from=" << from << ";to=" << to << ";window=" << window << ";seed=" << seed
      << ";silhouette=" << LearningStore::joinNumbers({silhouette}) << ";min_clusters=" << minClusters
      << ";silhouette_by_k=" << LearningStore::joinNumbers(silhouetteByK) << ";components=" << components
      << ";variance_share=" << LearningStore::joinNumbers(varianceShare)
      << ";features=" << LearningStore::joinNames(features) << ";loadings1=" << LearningStore::joinNumbers(loadings1)
      << ";loadings2=" << LearningStore::joinNumbers(loadings2);
    return s.str();
}

ClusterRunInfo ClusterRunInfo::fromText(const std::string& text) {
    std::map<std::string, std::string> v;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ';');)
        if (const auto eq = item.find('='); eq != std::string::npos) v[item.substr(0, eq)] = item.substr(eq + 1);
    const auto value = [&](const char* key) { return v.count(key) ? v.at(key) : std::string(); };
    ClusterRunInfo info;
    info.from = value("from");
    info.to = value("to");
    info.window = std::atoi(value("window").c_str());
    info.seed = std::strtoull(value("seed").c_str(), nullptr, 10);
    info.silhouette = std::strtod(value("silhouette").c_str(), nullptr);
    if (v.count("min_clusters")) info.minClusters = std::atoi(value("min_clusters").c_str());
    info.silhouetteByK = LearningStore::splitNumbers(value("silhouette_by_k"));
    info.components = std::atoi(value("components").c_str());
    info.varianceShare = LearningStore::splitNumbers(value("variance_share"));
    info.features = LearningStore::splitNames(value("features"));
    info.loadings1 = LearningStore::splitNumbers(value("loadings1"));
    info.loadings2 = LearningStore::splitNumbers(value("loadings2"));
    return info;
}

RunId storeClusterRun(Store& store, const StrategyClusters& clusters, const FeatureTensor& tensor,
                      const std::vector<ClusterMove>& moves, const std::string& params) {
    std::vector<StoredCluster> stored;
    for (std::size_t k = 0; k < clusters.clusters.size(); ++k) {
        const ClusterSummary& c = clusters.clusters[k];
        std::string distinguishing;
        char value[32];
        for (std::size_t f = 0; f < std::min<std::size_t>(8, c.distinguishing.size()); ++f) {
            std::snprintf(value, sizeof value, "%.3f", c.distinguishing[f].deviation);
            if (f) distinguishing += ';';
            distinguishing += c.distinguishing[f].feature + "=" + value;
        }
        stored.push_back({static_cast<int>(k), c.name, c.size, distinguishing});
    }
    std::vector<ClusterMembership> members(tensor.rows());
    for (std::size_t r = 0; r < tensor.rows(); ++r) {
        ClusterMembership& m = members[r];
        m.institution = tensor.institutions()[r];
        m.cluster = clusters.labels[r];
        m.distance = clusters.distance[r];
        m.pc1 = clusters.coordinates(static_cast<Eigen::Index>(r), 0);
        m.pc2 = clusters.coordinates(static_cast<Eigen::Index>(r), 1);
        for (std::size_t peer : clusters.peers[r]) m.peers.push_back(tensor.institutions()[peer]);
    }
    for (const ClusterMove& move : moves) members[move.row].movedOn = tensor.days()[move.day];

    ResultStore results(store);
    Transaction tx(store.database());
    const RunId run = results.beginRun(kClusterRunKind, params);
    LearningStore(store).writeClusters(run, stored, members);
    results.finishRun(run, "done");
    tx.commit();
    return run;
}

}  // namespace eagle
