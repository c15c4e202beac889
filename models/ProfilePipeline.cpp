#include "ProfilePipeline.h"

#include "ProfileEngine.h"
#include "RiskScores.h"

#include <cmath>
#include <map>

namespace eagle {
namespace {

std::map<Date, ReferenceFixings> loadFixings(Store& store) {
    std::map<Date, ReferenceFixings> fixings;
    for (const auto& p : store.marketSeries("DR001")) fixings[p.day].overnight = p.close;
    for (const auto& p : store.marketSeries("DR007")) fixings[p.day].sevenDay = p.close;
    // Only days with both fixings can price a borrowing spread.
    std::erase_if(fixings, [](const auto& kv) { return kv.second.overnight == 0 || kv.second.sevenDay == 0; });
    return fixings;
}

// Writes one day of features, scores and peer-group medians.
class ProfileWriter {
public:
    ProfileWriter(ResultStore& results, RunId run, const std::vector<Institution>& institutions)
        : results_(results), run_(run), institutions_(institutions) {
        for (const auto& spec : kProfileFeatures)
            featureIds_.push_back(results_.defineFeature(std::string(spec.name), std::string(spec.unit),
                                                         std::string(spec.description)));
        for (const auto& spec : riskTypes())
            scoreIds_.push_back(results_.defineFeature(std::string(spec.name), "0-100", std::string(spec.description)));
        std::map<std::string, std::size_t> groupIndex;
        for (const auto& i : institutions_) {
            const auto [it, added] = groupIndex.try_emplace(peerGroupOf(i), groupNames_.size());
            if (added) groupNames_.push_back(it->first);
            groupOf_.push_back(it->second);
        }
    }

    const std::vector<std::size_t>& groupOf() const { return groupOf_; }

    void write(const DayProfile& day, const std::vector<ScoreRow>& scores) {
        for (std::size_t i = 0; i < institutions_.size(); ++i) {
            for (std::size_t f = 0; f < kProfileFeatureCount; ++f) put(featureIds_[f], i, day.day, day.values[i][f]);
            for (std::size_t s = 0; s < kRiskTypeCount; ++s) put(scoreIds_[s], i, day.day, scores[i][s]);
        }
        for (std::size_t g = 0; g < groupNames_.size(); ++g) {
            const auto median = [&](auto value) {
                std::vector<double> column;
                for (std::size_t i = 0; i < institutions_.size(); ++i)
                    if (groupOf_[i] == g) column.push_back(value(i));
                return medianOf(std::move(column));
            };
            for (std::size_t f = 0; f < kProfileFeatureCount; ++f)
                putMedian(g, featureIds_[f], day.day, median([&](std::size_t i) { return day.values[i][f]; }));
            for (std::size_t s = 0; s < kRiskTypeCount; ++s)
                putMedian(g, scoreIds_[s], day.day, median([&](std::size_t i) { return scores[i][s]; }));
        }
    }

    std::int64_t values() const { return values_; }

private:
    void put(std::int64_t feature, std::size_t i, Date day, double value) {
        if (!std::isfinite(value)) return;
        results_.writeFeature(run_, feature, institutions_[i].id, day, value);
        ++values_;
    }
    void putMedian(std::size_t group, std::int64_t feature, Date day, double median) {
        if (std::isfinite(median)) results_.writePeerMedian(run_, groupNames_[group], feature, day, median);
    }

    ResultStore& results_;
    RunId run_;
    const std::vector<Institution>& institutions_;
    std::vector<std::int64_t> featureIds_, scoreIds_;
    std::vector<std::string> groupNames_;
    std::vector<std::size_t> groupOf_;
    std::int64_t values_ = 0;
};

}  // namespace

std::string peerGroupOf(const Institution& institution) { return std::string(nameOf(institution.type)); }

ProfileRunResult computeProfiles(Store& store, const ProgressCallback& progress, const std::stop_token& stop) {
    const std::vector<Institution> institutions = store.institutions();
    const std::size_t totalDays = store.tradingDays().size();
    ProfileEngine engine(institutions, loadFixings(store), store.relations());
    ResultStore results(store);

    Transaction tx(store.database());
    ProfileRunResult result;
    result.run = results.beginRun(kProfileRunKind, "features=" + std::to_string(kProfileFeatureCount) +
                                                       ";scores=" + std::to_string(kRiskTypeCount));
    result.institutions = static_cast<int>(institutions.size());
    ProfileWriter writer(results, result.run, institutions);
    const RiskScorer scorer(writer.groupOf());

    std::optional<Date> current;
    auto finishDay = [&](Date day) {
        const DayProfile profile = engine.finishDay(day, store.balancesOn(day));
        writer.write(profile, scorer.score(profile));
        ++result.days;
        throwIfStopped(stop);
        if (progress && totalDays > 0) progress(static_cast<double>(result.days) / totalDays, "computing profiles");
    };
    store.forEachTrade([&](const Trade& t) {
        if (current && t.day != *current) finishDay(*current);
        current = t.day;
        engine.add(t);
        ++result.trades;
        return true;
    });
    if (current) finishDay(*current);
    result.values = writer.values();
    results.finishRun(result.run, "done");
    tx.commit();
    return result;
}

}  // namespace eagle
