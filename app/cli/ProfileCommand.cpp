#include "ProfileCommand.h"

#include "NetworkFeatureRun.h"
#include "Options.h"
#include "ProfilePipeline.h"
#include "RiskScores.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <limits>

namespace eagle::cli {

const char* const kProfileHelp =
    "usage: eagleeye-cli profile FILE --institution CODE [--date YYYY-MM-DD]\n"
    "\n"
    "Prints the institution's risk scores (0-100 against its peer group: market, credit, liquidity,\n"
    "operational, reputation/strategic, behaviour/compliance) with the features that drove each, and\n"
    "every profile feature with its peer-group median and percentile. Without --date: the last day.\n"
    "Run 'eagleeye-cli analyze FILE' first.\n";

namespace {

// Rebuilds the day's profile of every institution from the stored features.
DayProfile storedDay(ResultStore& results, RunId run, Date day, const std::vector<Institution>& institutions) {
    std::map<std::string, std::int64_t> idOf;
    for (const auto& d : results.featureDefs()) idOf[d.name] = d.id;
    const auto values = results.featuresOn(run, day);
    DayProfile profile{day, std::vector<FeatureRow>(institutions.size())};
    for (std::size_t i = 0; i < institutions.size(); ++i) {
        profile.values[i].fill(std::numeric_limits<double>::quiet_NaN());
        const auto row = values.find(institutions[i].id.value);
        if (row == values.end()) continue;
        for (const auto& spec : kProfileFeatures)
            if (const auto v = row->second.find(idOf[std::string(spec.name)]); v != row->second.end())
                profile.values[i][indexOf(spec.feature)] = v->second;
    }
    return profile;
}

// The institution's place in the day's exposure network, where the run stored it (analyze
// without --no-network): value, peer median and mid-rank peer percentile, as above.
void printNetworkPosition(std::ostream& out, ResultStore& results, RunId run, Date day,
                          const std::vector<Institution>& institutions, std::size_t self) {
    std::map<std::string, std::int64_t> idOf;
    for (const auto& d : results.featureDefs()) idOf[d.name] = d.id;
    std::vector<std::int64_t> ids;
    for (const auto& spec : networkFeatureSpecs())
        if (const auto it = idOf.find(std::string(spec.name)); it != idOf.end()) ids.push_back(it->second);
    const auto values = results.featuresOn(run, day, ids);
    if (values.empty()) return;
    const auto valueOf = [&](const Institution& i, std::int64_t id) {
        const auto row = values.find(i.id.value);
        if (row == values.end()) return std::nan("");
        const auto v = row->second.find(id);
        return v == row->second.end() ? std::nan("") : v->second;
    };
    out << "\nnetwork position (value, peer median, peer percentile):\n";
    for (const auto& spec : networkFeatureSpecs()) {
        const auto id = idOf.find(std::string(spec.name));
        if (id == idOf.end()) continue;
        const double v = valueOf(institutions[self], id->second);
        std::vector<double> peers;
        for (const Institution& i : institutions)
            if (const double p = valueOf(i, id->second); i.type == institutions[self].type && std::isfinite(p))
                peers.push_back(p);
        const double percentile = midRankPercentileOf(peers, v);
        const double median = medianOf(peers);
        out << "  " << std::left << std::setw(26) << spec.name << std::right << std::setw(16) << std::setprecision(4)
            << std::defaultfloat << v << std::setw(16) << median << std::setw(6) << std::fixed << std::setprecision(0)
            << percentile << "  " << spec.unit << "\n";
    }
}

}  // namespace

int profileCommand(const Options& o, std::ostream& out, std::ostream&) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one workspace FILE");
    Store store = Store::openReadOnly(o.positional().front());
    ResultStore results(store);
    const auto run = results.latestRun(kProfileRunKind);
    if (!run) throw std::runtime_error("no profiles yet: run 'eagleeye-cli analyze FILE' first");
    const auto institutions = store.institutions();
    const std::string code = o.required("institution");
    const auto self = std::find_if(institutions.begin(), institutions.end(), [&](auto& i) { return i.code == code; });
    if (self == institutions.end()) throw UsageError("no institution with code " + code);
    const auto days = store.tradingDays();
    if (days.empty()) throw std::runtime_error("the workspace has no trades");
    Date day = days.back();
    if (const auto text = o.value("date")) {
        const auto parsed = Date::parse(*text);
        if (!parsed) throw UsageError("--date expects YYYY-MM-DD, got '" + *text + "'");
        const auto at = std::upper_bound(days.begin(), days.end(), *parsed);
        if (at == days.begin()) throw UsageError("no trading day on or before " + *text);
        day = *std::prev(at);
    }

    std::vector<std::size_t> groupOf;
    std::map<std::string, std::size_t> groups;
    for (const auto& i : institutions) groupOf.push_back(groups.try_emplace(peerGroupOf(i), groups.size()).first->second);
    const std::size_t self_index = static_cast<std::size_t>(self - institutions.begin());
    const DayProfile profile = storedDay(results, run->id, day, institutions);
    const RiskScorer scorer(groupOf);
    const auto scores = scorer.score(profile);
    const PeerDay peers(groupOf, groups.size(), profile.values);

    out << self->code << "  " << self->name << "  " << self->nameZh << "\n"
        << "type " << nameOf(self->type) << ", strategy " << (self->strategy.empty() ? "-" : self->strategy)
        << ", rating " << self->rating << ", profile of " << day.toString() << " (run " << run->id.value << ")\n\n";
    out << "risk scores (0-100 against " << peerGroupOf(*self) << " peers) and what drove them:\n";
    for (const auto& spec : riskTypes()) {
        const double score = scores[self_index][static_cast<std::size_t>(spec.type)];
        out << "  " << std::left << std::setw(18) << spec.name << std::right << std::setw(6) << std::fixed
            << std::setprecision(1) << score << "  ";
        for (const auto& c : scorer.explain(profile, self_index, spec.type))
            out << kProfileFeatures[indexOf(c.feature)].name << " P" << std::setprecision(0) << c.peerPercentile << "  ";
        out << "\n";
    }
    out << "\nfeatures (value, peer median, peer percentile):\n";
    for (const auto& spec : kProfileFeatures) {
        const double v = profile.values[self_index][indexOf(spec.feature)];
        const double m = peers.median(groupOf[self_index], spec.feature);
        const double p = peers.percentile(groupOf[self_index], spec.feature, v);
        out << "  " << std::left << std::setw(26) << spec.name << std::right << std::setw(16) << std::setprecision(4)
            << std::defaultfloat << v << std::setw(16) << m << std::setw(6) << std::fixed << std::setprecision(0)
            << (std::isfinite(p) ? p : std::nan("")) << "  " << spec.unit << "\n";
    }
    printNetworkPosition(out, results, run->id, day, institutions, self_index);
    return 0;
}

}  // namespace eagle::cli
