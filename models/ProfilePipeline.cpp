#include "ProfilePipeline.h"

#include "BlockingQueue.h"
#include "NetworkFeatureRun.h"
#include "RiskScores.h"

#include <cmath>
#include <filesystem>
#include <functional>
#include <optional>
#include <map>
#include <mutex>
#include <thread>

namespace eagle {
namespace {

std::vector<InstitutionId> idsOf(const std::vector<Institution>& institutions) {
    std::vector<InstitutionId> ids;
    for (const auto& i : institutions) ids.push_back(i.id);
    return ids;
}

// The feature ids of the run: the profile features, then the risk scores.
std::vector<std::int64_t> defineProfileFeatures(ResultStore& results) {
    std::vector<std::int64_t> ids;
    for (const auto& spec : kProfileFeatures)
        ids.push_back(results.defineFeature(std::string(spec.name), std::string(spec.unit), std::string(spec.description)));
    for (const auto& spec : riskTypes())
        ids.push_back(results.defineFeature(std::string(spec.name), "0-100", std::string(spec.description)));
    return ids;
}

// A day of a market as the engine needs it.
struct DayInput {
    Date day;
    std::vector<Trade> trades;
    std::vector<BalanceDaily> balances;
};

// A day computed: features, scores and each peer group's median of both.
struct ComputedDay {
    DayProfile profile;
    std::vector<ScoreRow> scores;
    std::vector<std::vector<double>> medians;  // [group][feature, then score]
};

// Peer groups, by index in the engine's institution order.
struct PeerGroups {
    std::vector<std::string> names;
    std::vector<std::size_t> groupOf;
    explicit PeerGroups(const std::vector<Institution>& institutions) {
        std::map<std::string, std::size_t> index;
        for (const auto& i : institutions) {
            const auto [it, added] = index.try_emplace(peerGroupOf(i), names.size());
            if (added) names.push_back(it->first);
            groupOf.push_back(it->second);
        }
    }
};

ComputedDay scoreDay(DayProfile profile, const RiskScorer& scorer, const PeerGroups& groups) {
    const PeerDay peers(groups.groupOf, groups.names.size(), profile.values);
    ComputedDay out{std::move(profile), {}, {}};
    out.scores = scorer.score(out.profile, peers);
    std::vector<std::array<std::vector<double>, kRiskTypeCount>> scoresOf(groups.names.size());
    for (std::size_t i = 0; i < out.scores.size(); ++i)
        for (std::size_t s = 0; s < kRiskTypeCount; ++s) scoresOf[groups.groupOf[i]][s].push_back(out.scores[i][s]);
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        auto& medians = out.medians.emplace_back();
        for (std::size_t f = 0; f < kProfileFeatureCount; ++f) medians.push_back(peers.median(g, kProfileFeatures[f].feature));
        for (std::size_t s = 0; s < kRiskTypeCount; ++s) medians.push_back(medianOf(std::move(scoresOf[g][s])));
    }
    return out;
}

// Writes computed days: features and scores in blocks, peer-group medians as rows.
class ProfileWriter {
public:
    ProfileWriter(ResultStore& results, RunId run, const std::vector<Institution>& institutions,
                  const PeerGroups& groups)
        : results_(results), run_(run), groups_(groups), featureIds_(defineProfileFeatures(results)),
          blocks_(results.featureWriter(run, idsOf(institutions), featureIds_)) {}

    void write(const ComputedDay& day) {
        const Date d = day.profile.day;
        blocks_.beginDay(d);
        for (std::size_t i = 0; i < day.profile.values.size(); ++i) {
            for (std::size_t f = 0; f < kProfileFeatureCount; ++f) blocks_.set(f, i, day.profile.values[i][f]);
            for (std::size_t s = 0; s < kRiskTypeCount; ++s) blocks_.set(kProfileFeatureCount + s, i, day.scores[i][s]);
        }
        for (std::size_t g = 0; g < groups_.names.size(); ++g)
            for (std::size_t k = 0; k < featureIds_.size(); ++k)
                if (std::isfinite(day.medians[g][k]))
                    results_.writePeerMedian(run_, groups_.names[g], featureIds_[k], d, day.medians[g][k]);
    }

    void finish() { blocks_.finish(); }
    std::int64_t values() const { return blocks_.values(); }

private:
    ResultStore& results_;
    RunId run_;
    const PeerGroups& groups_;
    std::vector<std::int64_t> featureIds_;
    FeatureBlockWriter blocks_;
};

}  // namespace

ProfileEngine profileEngineFor(Store& store) {
    return ProfileEngine(store.institutions(), loadFixings(store), store.relations());
}

std::map<Date, ReferenceFixings> loadFixings(Store& store) {
    std::map<Date, ReferenceFixings> fixings;
    for (const auto& p : store.marketSeries("DR001")) fixings[p.day].overnight = p.close;
    for (const auto& p : store.marketSeries("DR007")) fixings[p.day].sevenDay = p.close;
    // Only days with both fixings can price a borrowing spread.
    std::erase_if(fixings, [](const auto& kv) { return kv.second.overnight == 0 || kv.second.sevenDay == 0; });
    return fixings;
}

std::string peerGroupOf(const Institution& institution) { return std::string(nameOf(institution.type)); }

namespace {

// The balance sheets of the days as they come, read a window of days at a time (Store::balancesBetween).
class BalanceWindow {
public:
    explicit BalanceWindow(Store& store) : store_(store) {}

    std::vector<BalanceDaily> on(Date day) {
        if (day > loadedTo_) {
            // About three months of trading days per read: few reads, little memory.
            loadedTo_ = day.addDays(90);
            rows_ = store_.balancesBetween(day, loadedTo_);
            next_ = 0;
        }
        while (next_ < rows_.size() && rows_[next_].day < day) ++next_;
        std::vector<BalanceDaily> out;
        for (; next_ < rows_.size() && rows_[next_].day == day; ++next_) out.push_back(rows_[next_]);
        return out;
    }

private:
    Store& store_;
    std::vector<BalanceDaily> rows_;
    std::size_t next_ = 0;
    Date loadedTo_{-1000000};
};

// Streams the workspace's days, each with its trades and balance sheets, into `send` in order.
// Returns the number of trades; stops early when `send` returns false.
std::int64_t readDays(Store& store, const std::function<bool(DayInput)>& send) {
    BalanceWindow balances(store);
    DayInput day;
    std::int64_t trades = 0;
    bool more = true;
    const auto sendDay = [&] {
        day.balances = balances.on(day.day);
        more = send(std::move(day));
        day = DayInput{};
        return more;
    };
    store.forEachTrade([&](const Trade& t) {
        if (!day.trades.empty() && t.day != day.day && !sendDay()) return false;
        day.day = t.day;
        day.trades.push_back(t);
        ++trades;
        return true;
    });
    if (more && !day.trades.empty()) sendDay();
    return trades;
}

// A second connection that can read the workspace while the caller's connection writes the run
// (WAL: readers never wait for the writer), or nothing where it would not see the same data: an
// in-memory store, or a caller inside a transaction of its own whose writes only it can see.
std::optional<Store> separateReader(Store& store) {
    if (store.database().inTransaction() || store.path().empty() || store.path() == ":memory:" ||
        !std::filesystem::exists(store.path()))
        return std::nullopt;
    return Store::openReadOnly(store.path());
}

}  // namespace

// Four stages on four threads, so that both cores of a laptop stay busy: a reader thread streams
// trades and balance sheets through its own read-only connection; an engine thread turns each day's
// trades into features; a scoring thread ranks them against peers; this thread writes results back
// through the caller's connection. Days flow through in order, so the result equals the
// one-thread computation. Where a second connection would not see the caller's data, this thread
// reads too, between writes.
ProfileRunResult computeProfiles(Store& store, const ProgressCallback& progress, const std::stop_token& stop,
                                 const ProfileRunOptions& options) {
    // With the network measured afterwards, the profile days are the first 80% of the progress.
    const double profileShare = options.networkFeatures ? 0.8 : 1.0;
    const std::vector<Institution> institutions = store.institutions();
    const std::size_t totalDays = store.tradingDays().size();
    const PeerGroups groups(institutions);
    const RiskScorer scorer(groups.groupOf);
    ResultStore results(store);
    std::optional<Store> reader = separateReader(store);

    Transaction tx(store.database());
    ProfileRunResult result;
    result.run = results.beginRun(kProfileRunKind, "features=" + std::to_string(kProfileFeatureCount) +
                                                       ";scores=" + std::to_string(kRiskTypeCount));
    result.institutions = static_cast<int>(institutions.size());
    ProfileWriter writer(results, result.run, institutions, groups);

    // A few days in flight are enough to overlap the stages; more would only hold memory.
    BlockingQueue<DayInput> inputs(4);
    BlockingQueue<DayProfile> profiles(4);
    BlockingQueue<ComputedDay> computed(reader ? 4 : 0);  // unbounded when this thread also reads
    std::mutex failureMutex;
    std::exception_ptr failure;
    const auto fail = [&](std::exception_ptr e) {
        {
            std::lock_guard lock(failureMutex);
            if (!failure) failure = e;
        }
        inputs.close(), profiles.close(), computed.close();
    };

    // Built here, not on the engine thread: its fixings and relations come through the caller's
    // connection, which the engine thread must never touch.
    ProfileEngine engine = profileEngineFor(store);
    std::jthread engineThread([&] {
        try {
            while (auto input = inputs.pop()) {
                for (const Trade& t : input->trades) engine.add(t);
                if (!profiles.push(engine.finishDay(input->day, input->balances))) break;
            }
            profiles.close();
        } catch (...) {
            fail(std::current_exception());
        }
    });
    std::jthread scoringThread([&] {
        try {
            while (auto profile = profiles.pop())
                if (!computed.push(scoreDay(std::move(*profile), scorer, groups))) break;
            computed.close();
        } catch (...) {
            fail(std::current_exception());
        }
    });
    const auto writeDay = [&](const ComputedDay& day) {
        writer.write(day);
        ++result.days;
        if (progress && totalDays > 0)
            progress(profileShare * static_cast<double>(result.days) / totalDays, "computing profiles");
    };
    const auto rethrowFailure = [&] {
        std::lock_guard lock(failureMutex);
        if (failure) std::rethrow_exception(failure);
    };

    std::jthread readerThread;
    try {
        if (reader) {
            readerThread = std::jthread([&] {
                try {
                    result.trades = readDays(*reader, [&](DayInput day) { return inputs.push(std::move(day)); });
                    inputs.close();
                } catch (...) {
                    fail(std::current_exception());
                }
                reader.reset();  // its read snapshot would keep the commit's checkpoint from the new pages
            });
            while (auto done = computed.pop()) {
                writeDay(*done);
                if (stop.stop_requested()) inputs.close(), profiles.close(), computed.close();
            }
            readerThread.join();
        } else {
            result.trades = readDays(store, [&](DayInput day) {
                if (!inputs.push(std::move(day))) return false;
                while (auto done = computed.tryPop()) writeDay(*done);
                rethrowFailure();
                throwIfStopped(stop);
                return true;
            });
            inputs.close();
            while (auto done = computed.pop()) writeDay(*done);
        }
        rethrowFailure();
        throwIfStopped(stop);
    } catch (...) {
        inputs.close(), profiles.close(), computed.close();
        throw;  // the jthreads join on the way out; the transaction rolls back
    }
    writer.finish();
    result.values = writer.values();
    if (options.networkFeatures) {
        NetworkFeatureOptions network;
        network.failureDebtRankInstitutions = options.networkDebtRankInstitutions;
        const ProgressCallback networkProgress = [&](double f, const std::string& step) {
            if (progress) progress(profileShare + (1 - profileShare) * f, step);
        };
        result.networkValues = addNetworkFeatures(store, result.run, network, networkProgress, stop).values;
    }
    results.finishRun(result.run, "done");
    tx.commit();
    return result;
}

}  // namespace eagle
