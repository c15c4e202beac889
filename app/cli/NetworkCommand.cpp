#include "NetworkCommand.h"

#include "CircularTrading.h"
#include "HubWithdrawal.h"
#include "NetworkFeatures.h"
#include "NetworkHistory.h"
#include "Options.h"
#include "RelatedPartyFlows.h"
#include "Store.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <numeric>
#include <unordered_map>

namespace eagle::cli {

const char* const kNetworkHelp =
    "usage: eagleeye-cli network WORKSPACE [--date D] [--metrics [--layer L] [--top N]] [--csv]\n"
    "       eagleeye-cli network WORKSPACE --detect [--from D] [--to D]\n"
    "\n"
    "The multilayer exposure network on day D (default: the last trading day): repo, interbank\n"
    "lending and FX swaps outstanding on the day (lender -> borrower), bonds held against their\n"
    "issuer, and the ownership / related-party links. Without --metrics: the size of each layer\n"
    "and the structure of the aggregate network.\n"
    "\n"
    "  --metrics   per institution, largest PageRank first: what it owes (in) and is owed (out),\n"
    "              PageRank, betweenness, eigenvector, hub and authority scores, k-core, strongly\n"
    "              connected component, community (Leiden), and on the aggregate network the\n"
    "              linear DebtRank of the system if it alone fails (for the 500 that owe most)\n"
    "  --layer L   repo, interbank, bond, fx_swap or ownership instead of all exposure layers\n"
    "  --top N     only the first N institutions (default: all)\n"
    "  --csv       comma-separated output, one row per institution\n"
    "  --detect    circular trading among related parties, the largest flows between related\n"
    "              parties and withdrawals of lending hubs, over [--from, --to] (default: all days)\n";

namespace {

Date dayOption(const Options& o, const char* name, Date fallback) {
    const auto text = o.value(name);
    if (!text) return fallback;
    const auto d = Date::parse(*text);
    if (!d) throw UsageError(std::string("--") + name + " must be YYYY-MM-DD");
    return *d;
}

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

void printSummary(const MultilayerNetwork& net, std::ostream& out) {
    out << "network on " << net.asOf.toString() << ": " << net.institutions.size() << " institutions\n";
    for (NetworkLayer layer : kNetworkLayers) {
        const ExposureGraph g = net.layer(layer);
        char buf[160];
        std::snprintf(buf, sizeof buf, "  %-10s %7zu links  %s\n", std::string(nameOf(layer)).c_str(), g.edges.size(),
                      carriesExposure(layer) ? ("CNY " + fixed(g.total() / 1e9, 2) + " bn outstanding").c_str() : "");
        out << buf;
    }
    const NetworkMeasures m = measureNetwork(net.exposures());
    out << "aggregate exposure network: " << m.edges << " linked pairs, " << m.components
        << " strongly connected components (largest " << m.largestComponent << "), " << m.communities
        << " communities (modularity " << fixed(m.modularity, 3) << "), deepest k-core " << m.maxCoreness << "\n";
}

void printMetrics(const MultilayerNetwork& net, const Options& o, std::ostream& out) {
    std::optional<NetworkLayer> layer;
    if (const auto l = o.value("layer")) {
        layer = parseNetworkLayer(*l);
        if (!layer) throw UsageError("--layer must be repo, interbank, bond, fx_swap or ownership");
    }
    const bool csv = o.has("csv");
    const auto top = static_cast<std::size_t>(o.integer("top", 0, 0, 1000000));
    std::vector<NodeMeasures> nodes;
    std::vector<std::optional<double>> debtRank(net.institutions.size());
    if (layer) {
        nodes = measureNetwork(net.layer(*layer)).nodes;
    } else {
        for (const auto& f : networkFeatures(net)) {
            if (f.failureDebtRankComputed) debtRank[nodes.size()] = f.failureDebtRank;
            nodes.push_back(f.aggregate);
        }
    }
    std::vector<std::size_t> order(nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return nodes[a].pageRank > nodes[b].pageRank; });
    if (top > 0 && top < order.size()) order.resize(top);
    if (csv)
        out << "institution,type,owes_cny,owed_cny,creditors,debtors,pagerank,betweenness,eigenvector,hub,authority,"
               "coreness,scc,community"
            << (layer ? "" : ",failure_debtrank") << "\n";
    else {
        out << "network on " << net.asOf.toString() << ", "
            << (layer ? std::string(nameOf(*layer)) : "all exposure layers") << "; CNY bn, largest PageRank first\n";
        char buf[256];
        std::snprintf(buf, sizeof buf, "%-10s %-22s %9s %9s %8s %8s %8s %6s %6s %6s %4s %4s %5s%s\n", "code", "type",
                      "owes", "owed", "pagerank", "between", "eigen", "hub", "auth", "core", "scc", "comm", "",
                      layer ? "" : "  failure DebtRank");
        out << buf;
    }
    for (std::size_t i : order) {
        const auto& m = nodes[i];
        const auto& inst = net.institutions[i];
        if (csv) {
            out << inst.code << "," << nameOf(inst.type) << "," << fixed(m.inStrength, 2) << ","
                << fixed(m.outStrength, 2) << "," << m.inDegree << "," << m.outDegree << "," << fixed(m.pageRank, 8)
                << "," << fixed(m.betweenness, 8) << "," << fixed(m.eigenvector, 8) << "," << fixed(m.hub, 8) << ","
                << fixed(m.authority, 8) << "," << m.coreness << "," << m.scc << "," << m.community;
            if (!layer) out << "," << (debtRank[i] ? fixed(*debtRank[i], 8) : "");
            out << "\n";
        } else {
            char buf[256];
            std::snprintf(buf, sizeof buf, "%-10s %-22s %9.2f %9.2f %8.5f %8.5f %8.4f %6.3f %6.3f %6d %4d %4d %5s",
                          inst.code.c_str(), std::string(nameOf(inst.type)).c_str(), m.inStrength / 1e9,
                          m.outStrength / 1e9, m.pageRank, m.betweenness, m.eigenvector, m.hub, m.authority, m.coreness,
                          m.scc, m.community, "");
            out << buf;
            if (!layer) out << "  " << (debtRank[i] ? fixed(*debtRank[i], 5) : "-");
            out << "\n";
        }
    }
}

void printDetections(Store& store, const NetworkHistory& history, Date from, Date to, std::ostream& out) {
    std::unordered_map<std::int64_t, std::string> codes;
    for (const auto& i : history.institutions()) codes[i.id.value] = i.code;
    auto code = [&](Store&, InstitutionId id) {
        return codes.count(id.value) ? codes[id.value] : std::to_string(id.value);
    };
    std::unordered_map<std::int64_t, std::string> instruments;
    for (const auto& i : store.instruments()) instruments[i.id.value] = i.code;
    const auto rings = detectCircularTrading(store, from, to);
    out << "circular trading among related parties, " << from.toString() << " to " << to.toString() << ": "
        << rings.size() << (rings.size() == 1 ? " ring\n" : " rings\n");
    for (const auto& r : rings) {
        out << " ";
        for (auto m : r.members) out << " " << code(store, m);
        out << ": " << r.turns.size() << (r.turns.size() == 1 ? " turn" : " turns") << " in "
            << instruments[r.instrument.value] << ", " << r.first().toString() << " to " << r.last().toString()
            << ", CNY " << fixed(r.turns.front().face / 1e6, 0) << " m face per leg\n";
    }
    const auto flows = relatedPartyFlows(store, from, to);
    out << "flows between related parties: " << flows.size() << " pairs";
    if (!flows.empty()) out << ", largest:";
    out << "\n";
    for (std::size_t k = 0; k < std::min<std::size_t>(10, flows.size()); ++k) {
        const auto& f = flows[k];
        out << "  " << code(store, f.from) << " -> " << code(store, f.to) << "  CNY " << fixed(f.notionalCny / 1e9, 2)
            << " bn in " << f.trades << " trades (" << fixed(100 * f.shareOfFrom, 1) << "% of " << code(store, f.from)
            << "'s, " << fixed(100 * f.shareOfTo, 1) << "% of " << code(store, f.to) << "'s trading)"
            << (f.direct ? "" : ", same group") << "\n";
    }
    auto withdrawals = detectHubWithdrawals(history);
    std::erase_if(withdrawals, [&](const HubWithdrawal& w) { return w.day < from || w.day > to; });
    out << "withdrawals of lending hubs: " << withdrawals.size() << "\n";
    for (const auto& w : withdrawals)
        out << "  " << w.code << " from " << w.day.toString() << ": new lending CNY " << fixed(w.before / 1e9, 2)
            << " bn a day -> " << fixed(w.after / 1e9, 2) << " bn (-" << fixed(100 * w.drop(), 0) << "%)\n";
}

}  // namespace

int networkCommand(const Options& o, std::ostream& out, std::ostream&) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one WORKSPACE");
    Store store = Store::openReadOnly(o.positional().front());
    const NetworkHistory history = NetworkHistory::load(store);
    const auto& days = history.tradingDays();
    if (days.empty()) throw std::runtime_error("the workspace has no trades");
    if (o.has("detect")) {
        const Date from = dayOption(o, "from", days.front()), to = dayOption(o, "to", days.back());
        if (to < from) throw UsageError("--to is before --from");
        printDetections(store, history, from, to, out);
        return 0;
    }
    const Date day = dayOption(o, "date", days.back());
    const MultilayerNetwork net = history.asOf(day, store.balancesOn(day));
    if (o.has("metrics"))
        printMetrics(net, o, out);
    else
        printSummary(net, out);
    return 0;
}

}  // namespace eagle::cli
