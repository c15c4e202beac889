#pragma once
// Who matters in an exposure network: weighted, directed centralities, cores, strongly connected
// components and communities of one layer or of all layers together (igraph).

#include "ExposureGraph.h"

#include <stop_token>
#include <vector>

namespace eagle {

struct NodeMeasures {
    double inStrength = 0;   // what it owes: exposure of its creditors to it
    double outStrength = 0;  // what it is owed: its claims on its debtors
    int inDegree = 0;        // creditors
    int outDegree = 0;       // debtors
    double pageRank = 0;     // sums to 1; exposure flows creditor -> debtor
    double betweenness = 0;  // share of shortest exposure paths through it, in [0, 1]
    double eigenvector = 0;  // on the symmetrised weighted graph, maximum 1
    double hub = 0;          // large claims on authorities, maximum 1
    double authority = 0;    // owes much to hubs, maximum 1
    int coreness = 0;        // k of the deepest k-core it belongs to (in + out degree)
    int scc = 0;             // strongly connected component id, 0 = the largest
    int community = 0;       // community id (Leiden, modularity), 0 = the largest
};

struct NetworkMeasures {
    std::vector<NodeMeasures> nodes;
    std::size_t edges = 0;
    int components = 0;  // strongly connected
    int largestComponent = 0;
    int communities = 0;
    double modularity = 0;
    int maxCoreness = 0;
    // Exact betweenness costs O(nodes x edges); above `exactBetweennessWork` it is estimated
    // from a sample of sources (Brandes & Pich 2007) and this says how many.
    int betweennessSources = 0;
};

struct MetricOptions {
    double damping = 0.85;
    double exactBetweennessWork = 5e7;  // nodes x edges up to which betweenness is exact
    int betweennessSamples = 64;
    int threads = 2;  // for betweenness
    bool communities = true;
    bool betweenness = true;
    unsigned seed = 20250102;
};

// Measures of the merged graph (one edge per pair, amounts of all layers summed). Shortest paths
// take length mean(amount) / amount: large exposures are short, strong links.
NetworkMeasures measureNetwork(const ExposureGraph& graph, const MetricOptions& options = {},
                               const std::stop_token& stop = {});

}  // namespace eagle
