#include "MarketSimulator.h"

#include "DayActivity.h"
#include "DeferredIndexes.h"
#include "ReferenceRates.h"
#include "ScenarioCatalog.h"
#include "Store.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <numeric>
#include <thread>

namespace eagle {
namespace {

constexpr int kDaysPerTransaction = 25;
constexpr std::size_t kQueueDepth = 4;  // days generated ahead of the writer

std::vector<MarketDaily> referenceSeries(const RatesOfDay& d) {
    std::vector<MarketDaily> out{
        {"POLICY_7D", d.day, d.policy7d, d.policy7d},     {"CORRIDOR_FLOOR", d.day, d.floor, d.floor},
        {"CORRIDOR_CEILING", d.day, d.ceiling, d.ceiling}, {"DR001", d.day, d.dr001, d.dr001},
        {"DR007", d.day, d.dr007, d.dr007},               {"SHIBOR_ON", d.day, d.shiborOn, d.shiborOn},
        {"USDCNY", d.day, d.usdCny, std::nullopt},        {"AU9999", d.day, d.goldCnyPerGram, std::nullopt},
    };
    for (int years : {1, 3, 5, 7, 10, 30}) {
        const double y = d.governmentYield(years);
        out.push_back({"CGB" + std::to_string(years) + "Y", d.day, y, y});
    }
    return out;
}

// Generates the market one day at a time; the state carries over from day to day.
class DayGenerator {
public:
    DayGenerator(const SimulatorConfig& config, const SimulatedPopulation& population, const ReferenceRates& rates,
                 std::vector<std::unique_ptr<PlantedScenario>>& scenarios, const std::vector<Date>& calendar)
        : config_(config), rates_(rates), scenarios_(scenarios), calendar_(calendar), state_(population),
          balanceRandom_(Random(config.seed).fork(4)) {}

    DayOutput generate(std::size_t d) {
        const RatesOfDay& rates = rates_.days()[d];
        DayOutput out;
        out.day = rates.day;
        state_.dropMatured(rates.day);
        TradeFactory factory(state_, rates, out);
        const auto contextFor = [&](const PlantedScenario& s) {
            return ScenarioContext{d, calendar_, state_, factory, out,
                                   Random(config_.seed ^ (static_cast<std::uint64_t>(s.record().id) << 40) ^ (d * 7919))};
        };
        for (auto& s : scenarios_) {
            auto c = contextFor(*s);
            s->beforeTrading(c);
        }
        DayActivity activity(factory, state_, config_.seed, d);
        activity.moneyMarket();
        activity.bondMarket();
        activity.fxMarket();
        activity.goldMarket();
        for (auto& s : scenarios_) {
            auto c = contextFor(*s);
            s->afterTrading(c);
        }
        putInTimeOrder(out, factory);
        out.series = referenceSeries(rates);
        addClosingPrices(out);
        updateBalanceSheets(out);
        return out;
    }

private:
    // Trades in time order get consecutive ids; the loans among them become outstanding.
    void putInTimeOrder(DayOutput& out, TradeFactory& factory) {
        std::vector<std::size_t> order(out.trades.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return out.trades[a].ts < out.trades[b].ts; });
        std::vector<Trade> trades;
        std::vector<std::size_t> buyers, sellers;
        for (std::size_t k : order) {
            trades.push_back(std::move(out.trades[k]));
            trades.back().id = state_.nextTradeId();
            buyers.push_back(factory.buyers()[k]);
            sellers.push_back(factory.sellers()[k]);
        }
        out.trades = std::move(trades);
        state_.recordLoans(out.trades, buyers, sellers);
        netBorrowing_.assign(state_.size(), 0.0);
        for (std::size_t k = 0; k < out.trades.size(); ++k)
            if (out.trades[k].market() == Market::Money) {
                netBorrowing_[sellers[k]] += out.trades[k].notionalCny;
                netBorrowing_[buyers[k]] -= out.trades[k].notionalCny;
            }
    }

    // Each bond's closing price is its last trade of the day.
    static void addClosingPrices(DayOutput& out) {
        std::map<std::int64_t, const Trade*> last;
        for (const Trade& t : out.trades)
            if (t.product == Product::BondCash) last[t.instrument->value] = &t;
        for (const auto& [instrument, t] : last)
            out.series.push_back({"BOND:" + std::to_string(instrument), out.day, t->price, t->rate});
    }

    void updateBalanceSheets(DayOutput& out) {
        for (std::size_t i = 0; i < state_.size(); ++i) {
            InstitutionState& s = state_[i];
            if (s.failed) continue;
            const auto& m = state_.population().members[i];
            s.equity *= std::exp(balanceRandom_.normal(0.0002, 0.002));
            const double usual = s.equity / m.equityShare;
            s.assets = s.leverage ? s.equity * *s.leverage : usual * std::exp(balanceRandom_.normal(0, 0.003));
            // Cash borrowed today sits in liquid assets; cash lent leaves them.
            s.liquid = std::max(0.0, 0.9 * s.liquid + 0.1 * s.assets * m.liquidShare + 0.5 * netBorrowing_[i]);
            s.liquid = std::min(s.liquid, s.assets);
            out.balances.push_back({m.institution.id, out.day, s.assets, s.assets - s.equity, s.liquid, s.equity});
        }
    }

    const SimulatorConfig& config_;
    const ReferenceRates& rates_;
    std::vector<std::unique_ptr<PlantedScenario>>& scenarios_;
    const std::vector<Date>& calendar_;
    MarketState state_;
    Random balanceRandom_;
    std::vector<double> netBorrowing_;

public:
    const MarketState& state() const { return state_; }
};

// Writes days in batches. Daily series and balance sheets are keyed by (series or institution,
// day): written sorted by that key they fill B-tree pages in order instead of all over the file.
class BatchWriter {
public:
    explicit BatchWriter(Store& store) : store_(store) {}

    void add(DayOutput& out) {
        for (const auto& t : out.trades) store_.add(t);
        for (const auto& [trade, status] : out.statusChanges) store_.setTradeStatus(trade, status);
        for (const auto& e : out.events) store_.add(e);
        std::move(out.series.begin(), out.series.end(), std::back_inserter(series_));
        std::move(out.balances.begin(), out.balances.end(), std::back_inserter(balances_));
    }

    void flush() {
        std::stable_sort(series_.begin(), series_.end(), [](auto& a, auto& b) { return a.series < b.series; });
        std::stable_sort(balances_.begin(), balances_.end(),
                         [](auto& a, auto& b) { return a.institution < b.institution; });
        for (const auto& s : series_) store_.add(s);
        for (const auto& b : balances_) store_.add(b);
        series_.clear();
        balances_.clear();
    }

private:
    Store& store_;
    std::vector<MarketDaily> series_;
    std::vector<BalanceDaily> balances_;
};

// Hands days from the generating thread to the writing thread, a few at a time.
class DayQueue {
public:
    void push(DayOutput day) {
        std::unique_lock lock(mutex_);
        notFull_.wait(lock, [&] { return days_.size() < kQueueDepth || closed_; });
        days_.push_back(std::move(day));
        notEmpty_.notify_one();
    }
    std::optional<DayOutput> pop() {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return !days_.empty() || closed_; });
        if (days_.empty()) return std::nullopt;
        DayOutput day = std::move(days_.front());
        days_.pop_front();
        notFull_.notify_one();
        return day;
    }
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        notEmpty_.notify_all();
        notFull_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable notEmpty_, notFull_;
    std::deque<DayOutput> days_;
    bool closed_ = false;
};

class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db) : db_(db) { db_.exec("PRAGMA foreign_keys = OFF"); }
    ~ForeignKeysOff() { db_.exec("PRAGMA foreign_keys = ON"); }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& db_;
};

}  // namespace

MarketSimulator::MarketSimulator(SimulatorConfig config) : config_(std::move(config)) {}

SimulationSummary MarketSimulator::run(Store& store, const ProgressCallback& progress, const std::stop_token& stop) {
    if (config_.institutions < 10) throw std::invalid_argument("a market needs at least 10 institutions");
    if (config_.days < 1) throw std::invalid_argument("a market needs at least one business day");
    Random root(config_.seed);
    Random populationRandom = root.fork(1), ratesRandom = root.fork(2), scenarioRandom = root.fork(3);
    const SimulatedPopulation population = makePopulation(config_.institutions, config_.start, populationRandom);
    const ReferenceRates rates(config_.start, config_.days, ratesRandom);
    std::vector<Date> calendar;
    for (const auto& d : rates.days()) calendar.push_back(d.day);
    ScenarioPlacement placement(population, calendar, scenarioRandom);
    auto scenarios = planScenarios(config_.scenarios, placement);

    SimulationSummary summary{config_.institutions, config_.days, 0, static_cast<int>(scenarios.size())};
    {
        Transaction tx(store.database());
        for (const auto& m : population.members) {
            Institution i = m.institution;
            i.parent.reset();  // parents may come later in id order; set once all exist
            store.add(i);
        }
        for (const auto& m : population.members)
            if (m.institution.parent) store.setParent(m.institution.id, *m.institution.parent);
        for (const auto& r : population.relations) store.add(r);
        for (const auto& b : population.bonds) store.add(b);
        store.add(population.usdCny);
        store.add(population.gold);
        for (const auto& s : scenarios) store.add(s->record());
        tx.commit();
    }

    DayGenerator generator(config_, population, rates, scenarios, calendar);
    const std::size_t total = calendar.size();
    // The generator only refers to institutions and instruments it has just written, so checking
    // three foreign keys per trade would only cost time (a third of it); tests check the result.
    ForeignKeysOff unchecked(store.database());
    DeferredIndexes deferred(store.database(), "trade");
    BatchWriter writer(store);
    std::optional<Transaction> tx;
    const auto consume = [&](std::size_t d, DayOutput& day) {
        if (!tx) tx.emplace(store.database());
        summary.trades += static_cast<std::int64_t>(day.trades.size());
        writer.add(day);
        if ((d + 1) % kDaysPerTransaction == 0 || d + 1 == total) {
            writer.flush();
            tx->commit();
            tx.reset();
            if (progress) progress(static_cast<double>(d + 1) / total, "simulating trading days");
        }
    };

    if (config_.threads <= 1) {
        for (std::size_t d = 0; d < total; ++d) {
            throwIfStopped(stop);
            DayOutput day = generator.generate(d);
            consume(d, day);
        }
    } else {
        DayQueue queue;
        std::exception_ptr failure;
        std::jthread producer([&](std::stop_token producerStop) {
            try {
                for (std::size_t d = 0; d < total && !producerStop.stop_requested() && !stop.stop_requested(); ++d)
                    queue.push(generator.generate(d));
            } catch (...) {
                failure = std::current_exception();
            }
            queue.close();
        });
        try {
            for (std::size_t d = 0; d < total; ++d) {
                throwIfStopped(stop);
                auto day = queue.pop();
                if (!day) break;
                consume(d, *day);
            }
        } catch (...) {
            producer.request_stop();
            queue.close();
            throw;
        }
        producer.join();
        if (failure) std::rethrow_exception(failure);
        throwIfStopped(stop);
    }

    if (progress) progress(1.0, "indexing trades");
    deferred.restore();
    Transaction last(store.database());
    // Institutions' headline size is their balance sheet on the last simulated day.
    for (std::size_t i = 0; i < population.members.size(); ++i)
        store.setTotalAssets(population.members[i].institution.id, generator.state()[i].assets,
                             generator.state()[i].equity);
    last.commit();
    return summary;
}

}  // namespace eagle
