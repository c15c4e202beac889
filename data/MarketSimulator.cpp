#include "MarketSimulator.h"

#include "ReferenceRates.h"
#include "SimulatedPopulation.h"
#include "Store.h"

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

constexpr int kDaysPerTransaction = 20;
constexpr double kMinTicket = 1e6;  // CNY

std::int64_t timestamp(Date day, int secondsAfterNine) {
    return static_cast<std::int64_t>(day.daysSinceEpoch()) * 86400 + 9 * 3600 + secondsAfterNine;
}

double roundTo(double value, double unit) { return std::max(unit, std::round(value / unit) * unit); }

int drawTenor(double overnightShare, Random& r) {
    const double u = r.uniform();
    if (u < overnightShare) return 1;
    const double rest = (u - overnightShare) / (1 - overnightShare);
    return rest < 0.7 ? 7 : rest < 0.9 ? 14 : 30;
}

// Generates one business day of trading.
class TradingDay {
public:
    TradingDay(const SimulatedPopulation& p, const RatesOfDay& rates, Random& r, std::vector<Trade>& out)
        : p_(p), rates_(rates), r_(r), out_(out) {}

    void moneyMarket() {
        // Lenders cut back into period ends (balance-sheet window dressing); borrowers need more.
        const double supply = 1.0 - 0.35 * rates_.stress;
        for (std::size_t b = 0; b < p_.members.size(); ++b) {
            const auto& borrower = p_.members[b];
            const auto& f = borrower.funding;
            if (f.lenders.empty() || !r_.chance(f.borrowProbability)) continue;
            const double need = borrower.institution.totalAssets * f.fundingNeed * (1 + 0.3 * rates_.stress);
            const int tickets = 1 + r_.poisson(1.0);
            for (int k = 0; k < tickets; ++k) {
                // The first relationship lender gets most of the business.
                const std::size_t pick = std::min(f.lenders.size() - 1, static_cast<std::size_t>(r_.poisson(0.8)));
                const auto& lender = p_.members[f.lenders[pick]];
                const double cap = lender.institution.totalAssets * lender.funding.lendingCapacity * supply;
                const double size = std::min({r_.pareto(need / tickets * 0.3, 1.6), need * 3, cap});
                if (size < kMinTicket) continue;
                const int tenor = drawTenor(f.overnightShare, r_);
                const bool lending = isBank(borrower.institution.type) && isBank(lender.institution.type) && r_.chance(0.3);
                Trade t;
                t.product = lending ? Product::Lending : Product::Repo;
                t.buyer = lender.institution.id;
                t.seller = borrower.institution.id;
                if (!lending) t.instrument = p_.bonds[r_.index(std::min<std::size_t>(p_.bonds.size(), 10))].id;
                t.notionalCny = roundTo(size, kMinTicket);
                t.quantity = t.notionalCny;
                t.tenorDays = tenor;
                const double base = lending ? rates_.shiborOn + (tenor > 1 ? rates_.moneyRate(tenor) - rates_.dr001 : 0)
                                            : rates_.moneyRate(tenor);
                t.rate = std::round((base + f.creditSpread + r_.normal(0, 0.015)) * 10000) / 10000;
                t.ts = timestamp(rates_.day, static_cast<int>(r_.uniform(0, 3.5 * 3600)));
                emit(t, rates_.day);
            }
        }
    }

    void bondMarket() {
        std::vector<std::size_t> traders;
        for (std::size_t i = 0; i < p_.members.size(); ++i)
            if (p_.members[i].bondTrader) traders.push_back(i);
        if (traders.size() < 2) return;
        const int count = static_cast<int>(traders.size() * 0.4) + r_.poisson(2.0);
        for (int k = 0; k < count; ++k) {
            const auto& buyer = p_.members[traders[r_.index(traders.size())]];
            const auto& seller = p_.members[traders[r_.index(traders.size())]];
            if (buyer.institution.id == seller.institution.id) continue;
            const Instrument& bond = p_.bonds[r_.index(p_.bonds.size())];
            const double years = std::max(0.05, (bond.maturity->daysSinceEpoch() - rates_.day.daysSinceEpoch()) / 365.0);
            const double spread = bond.kind == "government" ? 0 : bond.kind == "policy_bank" ? 0.08 : 0.35;
            const double y = rates_.governmentYield(years) + spread + r_.normal(0, 0.01);
            Trade t;
            t.product = Product::BondCash;
            t.instrument = bond.id;
            t.buyer = buyer.institution.id;
            t.seller = seller.institution.id;
            t.rate = std::round(y * 10000) / 10000;
            t.price = std::round(bondPrice(y, 2.0, years) * 10000) / 10000;
            t.quantity = roundTo(r_.pareto(1e7, 1.4), 1e6);
            t.quantity = std::min(t.quantity, 5e9);
            t.notionalCny = t.quantity * t.price / 100;
            t.ts = timestamp(rates_.day, static_cast<int>(r_.uniform(0, 8 * 3600)));
            emit(t, rates_.day.nextBusinessDay());
        }
    }

    void fxMarket() {
        std::vector<std::size_t> dealers;
        for (std::size_t i = 0; i < p_.members.size(); ++i)
            if (p_.members[i].fxDealer) dealers.push_back(i);
        if (dealers.size() < 2) return;
        const int count = static_cast<int>(dealers.size() * 0.8) + r_.poisson(2.0);
        for (int k = 0; k < count; ++k) {
            const auto& buyer = p_.members[dealers[r_.index(dealers.size())]];
            const auto& seller = p_.members[dealers[r_.index(dealers.size())]];
            if (buyer.institution.id == seller.institution.id) continue;
            Trade t;
            t.product = Product::FxSpot;
            t.instrument = p_.usdCny.id;
            t.buyer = buyer.institution.id;
            t.seller = seller.institution.id;
            t.price = std::round((rates_.usdCny + r_.normal(0, 0.0008)) * 10000) / 10000;
            t.quantity = roundTo(std::min(r_.pareto(1e6, 1.5), 2e8), 1e5);
            t.notionalCny = t.quantity * t.price;
            t.ts = timestamp(rates_.day, static_cast<int>(r_.uniform(0, 8 * 3600)));
            emit(t, rates_.day.nextBusinessDay().nextBusinessDay());
        }
    }

private:
    static double bondPrice(double yieldPct, double couponPct, double years) {
        const double y = yieldPct / 100, c = couponPct;
        double price = 0;
        const int n = static_cast<int>(std::ceil(years));
        const double first = years - (n - 1);  // time to first annual coupon
        for (int k = 0; k < n; ++k) price += c / std::pow(1 + y, first + k);
        return price + 100 / std::pow(1 + y, years);
    }

    void emit(Trade& t, Date settle) {
        t.day = rates_.day;
        t.settleDay = settle;
        out_.push_back(t);
    }

    const SimulatedPopulation& p_;
    const RatesOfDay& rates_;
    Random& r_;
    std::vector<Trade>& out_;
};

void writeReferenceSeries(Store& store, const RatesOfDay& d) {
    const Date day = d.day;
    store.add(MarketDaily{"POLICY_7D", day, d.policy7d, d.policy7d});
    store.add(MarketDaily{"CORRIDOR_FLOOR", day, d.floor, d.floor});
    store.add(MarketDaily{"CORRIDOR_CEILING", day, d.ceiling, d.ceiling});
    store.add(MarketDaily{"DR001", day, d.dr001, d.dr001});
    store.add(MarketDaily{"DR007", day, d.dr007, d.dr007});
    store.add(MarketDaily{"SHIBOR_ON", day, d.shiborOn, d.shiborOn});
    store.add(MarketDaily{"CGB1Y", day, d.cgb1y, d.cgb1y});
    store.add(MarketDaily{"CGB10Y", day, d.cgb10y, d.cgb10y});
    store.add(MarketDaily{"USDCNY", day, d.usdCny, std::nullopt});
    store.add(MarketDaily{"AU9999", day, d.goldCnyPerGram, std::nullopt});
}

}  // namespace

MarketSimulator::MarketSimulator(SimulatorConfig config) : config_(config) {}

SimulationSummary MarketSimulator::run(Store& store, const ProgressCallback& progress, const std::stop_token& stop) {
    if (config_.institutions < 10) throw std::invalid_argument("a market needs at least 10 institutions");
    if (config_.days < 1) throw std::invalid_argument("a market needs at least one business day");
    Random root(config_.seed);
    Random populationRandom = root.fork(1), ratesRandom = root.fork(2), tradeRandom = root.fork(3),
           balanceRandom = root.fork(4);
    SimulatedPopulation population = makePopulation(config_.institutions, config_.start, populationRandom);
    const ReferenceRates rates(config_.start, config_.days, ratesRandom);

    SimulationSummary summary{config_.institutions, config_.days, 0};
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
        tx.commit();
    }

    std::vector<double> assets;
    for (const auto& m : population.members) assets.push_back(m.institution.totalAssets);
    std::vector<Trade> trades;
    const auto& days = rates.days();
    for (std::size_t begin = 0; begin < days.size(); begin += kDaysPerTransaction) {
        throwIfStopped(stop);
        Transaction tx(store.database());
        for (std::size_t d = begin; d < std::min(days.size(), begin + kDaysPerTransaction); ++d) {
            const RatesOfDay& day = days[d];
            writeReferenceSeries(store, day);
            for (std::size_t i = 0; i < population.members.size(); ++i) {
                const auto& m = population.members[i];
                assets[i] *= std::exp(balanceRandom.normal(0.0002, 0.004));
                const double equity = assets[i] * m.equityShare;
                const double liquid = assets[i] * m.liquidShare * std::exp(balanceRandom.normal(0, 0.05));
                store.add(BalanceDaily{m.institution.id, day.day, assets[i], assets[i] - equity, liquid, equity});
            }
            trades.clear();
            TradingDay trading(population, day, tradeRandom, trades);
            trading.moneyMarket();
            trading.bondMarket();
            trading.fxMarket();
            std::stable_sort(trades.begin(), trades.end(), [](const Trade& a, const Trade& b) { return a.ts < b.ts; });
            for (const Trade& t : trades) store.add(t);
            summary.trades += static_cast<std::int64_t>(trades.size());
        }
        tx.commit();
        if (progress)
            progress(static_cast<double>(std::min(days.size(), begin + kDaysPerTransaction)) / days.size(),
                     "simulating trading days");
    }
    {
        // Institutions' headline size is their balance sheet on the last simulated day.
        Transaction tx(store.database());
        for (std::size_t i = 0; i < population.members.size(); ++i)
            store.setTotalAssets(population.members[i].institution.id, assets[i],
                                 assets[i] * population.members[i].equityShare);
        tx.commit();
    }
    return summary;
}

}  // namespace eagle
