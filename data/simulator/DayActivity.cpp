#include "DayActivity.h"

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

constexpr double kMinTicket = 1e6;   // CNY
constexpr double kMaxTicket = 2e10;  // the largest single repo or loan, CNY
constexpr std::uint64_t kMoney = 1, kBond = 2, kFx = 3, kGold = 4;

double roundTo(double value, double unit) { return std::max(unit, std::round(value / unit) * unit); }

int drawTenor(double overnightShare, Random& r) {
    const double u = r.uniform();
    if (u < overnightShare) return 1;
    const double rest = (u - overnightShare) / (1 - overnightShare);
    return rest < 0.7 ? 7 : rest < 0.9 ? 14 : 30;
}

}  // namespace

int sessionSecond(Random& r, bool morning) {
    const double u = morning ? r.uniform() * r.uniform() : r.uniform();  // skew early when asked
    // Ordinary business ends by 16:45; the last quarter hour is left to closing trades.
    const int s = static_cast<int>(u * 6.25 * 3600);
    return s < 3 * 3600 ? s : s + 5400;  // skip the 12:00-13:30 lunch break
}

Random DayActivity::streamFor(std::size_t institution, std::uint64_t market) const {
    std::uint64_t key = seed_;
    for (std::uint64_t part : {static_cast<std::uint64_t>(dayIndex_), static_cast<std::uint64_t>(institution), market})
        key = (key ^ part) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
    return Random(key);
}

void DayActivity::moneyMarket() {
    const RatesOfDay& rates = trades_.rates();
    // Lenders hold cash back into period ends (balance-sheet window dressing); borrowers need more.
    const double supply = 1.0 - 0.35 * rates.stress;
    std::vector<double> lent(state_.size(), 0.0);
    for (std::size_t b = 0; b < state_.size(); ++b) {
        const InstitutionState& s = state_[b];
        const Behaviour& f = state_.behaviour(b);
        if (!active(b) || s.lenders.empty()) continue;
        Random r = streamFor(b, kMoney);
        if (!r.chance(std::min(1.0, f.borrowProbability * std::sqrt(s.fundingMultiplier)))) continue;
        const double need = state_.institution(b).totalAssets * f.fundingNeed * s.fundingMultiplier * (1 + 0.3 * rates.stress);
        const int tickets = 1 + r.poisson(3.5);
        const double overnight = s.overnightShare.value_or(f.overnightShare);
        for (int k = 0; k < tickets; ++k) {
            // The first relationship lender gets most of the business.
            const std::size_t pick = std::min(s.lenders.size() - 1, static_cast<std::size_t>(r.poisson(0.8)));
            const std::size_t l = s.lenders[pick];
            const double size = r.pareto(need / tickets * 0.3, 1.6);
            if (!active(l) || state_[l].lendingSuspended) continue;
            const double cap = state_[l].assets * state_.behaviour(l).lendingCapacity * supply - lent[l];
            const double notional = roundTo(std::min({size, need * 3, cap, kMaxTicket}), kMinTicket);
            if (notional > cap || notional < kMinTicket) continue;
            lent[l] += notional;
            const int tenor = drawTenor(overnight, r);
            const bool interbankLoan = isBank(state_.institution(b).type) && isBank(state_.institution(l).type) && r.chance(0.3);
            const double base = interbankLoan ? rates.shiborOn + (rates.moneyRate(tenor) - rates.dr001) : rates.moneyRate(tenor);
            const double rate = base + f.creditSpread + s.extraSpread + r.normal(0, 0.015);
            const auto& bonds = state_.population().bonds;
            std::optional<InstrumentId> collateral;
            if (!interbankLoan) collateral = bonds[r.index(std::min<std::size_t>(bonds.size(), 10))].id;
            trades_.money(l, b, notional, tenor, rate, sessionSecond(r, true), collateral);
        }
    }
}

void DayActivity::bondMarket() {
    const auto& population = state_.population();
    const auto& makers = population.marketMakers;
    if (makers.empty()) return;
    for (std::size_t i = 0; i < state_.size(); ++i) {
        const Behaviour& b = state_.behaviour(i);
        const InstitutionState& s = state_[i];
        if (!active(i)) continue;
        Random r = streamFor(i, kBond);
        const int count = r.poisson(0.9 * b.bondActivity * s.bondActivityMultiplier);
        for (int k = 0; k < count; ++k) {
            // Most bonds change hands through a market maker; makers also trade with each other.
            std::size_t other = makers[r.index(makers.size())];
            if (other == i || !active(other)) continue;
            const bool buys = r.chance(s.bondBuyShare.value_or(b.bondBuyShare));
            // Buy-and-hold investors favour long government and policy bonds; funds chase credit.
            const auto& bonds = population.bonds;
            std::size_t pick = r.index(bonds.size());
            if (b.strategy == Strategy::BuyAndHold && r.chance(0.7)) pick = r.chance(0.5) ? 5 + r.index(2) : 7 + r.index(3);
            pick = std::min(pick, bonds.size() - 1);
            const Instrument& bond = bonds[pick];
            const double yield = trades_.fairYield(bond) + r.normal(0, 0.01);
            const double price = TradeFactory::priceFromYield(yield, 2.5, trades_.yearsToMaturity(bond));
            const double face = roundTo(std::min(r.pareto(1e7, 1.4), 5e9), 1e6);
            trades_.bond(buys ? i : other, buys ? other : i, bond, face, price, yield, sessionSecond(r, false));
        }
    }
}

void DayActivity::fxMarket() {
    const RatesOfDay& rates = trades_.rates();
    std::vector<std::size_t> dealers;
    for (std::size_t i = 0; i < state_.size(); ++i)
        if (state_.behaviour(i).fxDealer && active(i)) dealers.push_back(i);
    if (dealers.size() < 2) return;
    for (std::size_t i : dealers) {
        Random r = streamFor(i, kFx);
        const int count = r.poisson(state_.behaviour(i).strategy == Strategy::MarketMaker ? 1.6 : 0.7);
        for (int k = 0; k < count; ++k) {
            const std::size_t other = dealers[r.index(dealers.size())];
            if (other == i) continue;
            const double usd = roundTo(std::min(r.pareto(1e6, 1.5), 2e8), 1e5);
            const bool buys = r.chance(0.5);
            if (r.chance(0.7)) {
                trades_.fxSpot(buys ? i : other, buys ? other : i, usd, rates.usdCny + r.normal(0, 0.0008),
                               sessionSecond(r, false));
            } else {
                // Forward points from the CNY-USD rate differential (USD rates taken as 4.3%).
                const int tenor = r.chance(0.6) ? 30 : 90;
                const double forward = rates.usdCny * (1 + (rates.dr007 - 4.3) / 100 * tenor / 365.0);
                trades_.fxSwap(buys ? i : other, buys ? other : i, usd, forward + r.normal(0, 0.0005), tenor,
                               sessionSecond(r, false));
            }
        }
    }
}

void DayActivity::goldMarket() {
    const RatesOfDay& rates = trades_.rates();
    std::vector<std::size_t> dealers;
    for (std::size_t i = 0; i < state_.size(); ++i)
        if (state_.behaviour(i).goldDealer && active(i)) dealers.push_back(i);
    if (dealers.size() < 2) return;
    for (std::size_t i : dealers) {
        Random r = streamFor(i, kGold);
        for (int k = r.poisson(0.3); k > 0; --k) {
            const std::size_t other = dealers[r.index(dealers.size())];
            if (other == i) continue;
            const double grams = roundTo(std::min(r.pareto(1e4, 1.5), 5e6), 1e3);
            trades_.gold(i, other, grams, rates.goldCnyPerGram * (1 + r.normal(0, 0.001)), sessionSecond(r, false));
        }
    }
}

}  // namespace eagle
