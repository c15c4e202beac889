#include "ClusterRun.h"

#include "ResultStore.h"

#include <cstdio>

namespace eagle {

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
