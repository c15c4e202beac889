#include "ProfilePipeline.h"

#include "ProfileEngine.h"

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

class ProfileWriter {
public:
    ProfileWriter(ResultStore& results, RunId run, const std::vector<Institution>& institutions)
        : results_(results), run_(run), institutions_(institutions) {
        for (const auto& spec : kProfileFeatures)
            featureIds_.push_back(results_.defineFeature(std::string(spec.name), std::string(spec.unit),
                                                         std::string(spec.description)));
        for (std::size_t i = 0; i < institutions_.size(); ++i) groups_[peerGroupOf(institutions_[i])].push_back(i);
    }

    void write(const DayProfile& day) {
        for (std::size_t i = 0; i < institutions_.size(); ++i)
            for (std::size_t f = 0; f < kProfileFeatureCount; ++f)
                if (std::isfinite(day.values[i][f])) {
                    results_.writeFeature(run_, featureIds_[f], institutions_[i].id, day.day, day.values[i][f]);
                    ++values_;
                }
        for (const auto& [group, members] : groups_)
            for (std::size_t f = 0; f < kProfileFeatureCount; ++f) {
                std::vector<double> column;
                for (std::size_t i : members) column.push_back(day.values[i][f]);
                const double median = medianOf(std::move(column));
                if (std::isfinite(median)) results_.writePeerMedian(run_, group, featureIds_[f], day.day, median);
            }
    }

    std::int64_t values() const { return values_; }

private:
    ResultStore& results_;
    RunId run_;
    const std::vector<Institution>& institutions_;
    std::vector<std::int64_t> featureIds_;
    std::map<std::string, std::vector<std::size_t>> groups_;
    std::int64_t values_ = 0;
};

}  // namespace

std::string peerGroupOf(const Institution& institution) { return std::string(nameOf(institution.type)); }

ProfileRunResult computeProfiles(Store& store, const ProgressCallback& progress, const std::stop_token& stop) {
    const std::vector<Institution> institutions = store.institutions();
    const std::size_t totalDays = store.tradingDays().size();
    ProfileEngine engine(institutions, loadFixings(store));
    ResultStore results(store);

    Transaction tx(store.database());
    ProfileRunResult result;
    result.run = results.beginRun(kProfileRunKind, "features=" + std::to_string(kProfileFeatureCount));
    result.institutions = static_cast<int>(institutions.size());
    ProfileWriter writer(results, result.run, institutions);

    std::optional<Date> current;
    auto finishDay = [&](Date day) {
        writer.write(engine.finishDay(day));
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
