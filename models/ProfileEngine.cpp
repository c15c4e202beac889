#include "ProfileEngine.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace eagle {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t kLateSecond = 16 * 3600 + 45 * 60;  // 16:45, from when end-of-day prints count
constexpr double kOffMarketPoints = 0.5;

double ratio(double a, double b) { return b != 0 ? a / b : kNaN; }

double meanOf(const std::deque<double>& values) {
    double sum = 0;
    int n = 0;
    for (double v : values)
        if (std::isfinite(v)) sum += v, ++n;
    return n ? sum / n : kNaN;
}
}  // namespace

namespace {
// A map kept as a vector: an institution meets a handful of counterparties and bonds a day, where
// a linear scan beats hashing and clear() keeps the memory for the next day.
template <class Key, class Value>
class FlatMap {
public:
    Value& operator[](Key key) {
        for (auto& entry : entries_)
            if (entry.first == key) return entry.second;
        return entries_.emplace_back(key, Value{}).second;
    }
    auto begin() const { return entries_.begin(); }
    auto end() const { return entries_.end(); }
    std::size_t size() const { return entries_.size(); }
    void clear() { entries_.clear(); }

private:
    std::vector<std::pair<Key, Value>> entries_;
};
}  // namespace

struct ProfileEngine::Accumulator {
    double volume[kMarketCount] = {};
    int trades = 0;
    double borrowed = 0, lent = 0, borrowedOvernight = 0, borrowedTenorWeighted = 0;
    double borrowSpreadWeighted = 0, borrowSpreadNotional = 0, lendSpreadWeighted = 0, lendSpreadNotional = 0;
    double total = 0, related = 0, late = 0;
    double bondBought = 0, bondSold = 0;
    double priceDeviationWeighted = 0, bondPriced = 0, offMarket = 0;
    FlatMap<std::size_t, double> byCounterparty;
    FlatMap<std::size_t, double> byLender;
    FlatMap<std::int64_t, std::pair<double, double>> byBond;  // bought, sold

    // Starts a new day, keeping the maps' memory: allocating 5,000 institutions' maps every day
    // cost more than the arithmetic.
    void reset() {
        auto counterparties = std::move(byCounterparty), lenders = std::move(byLender);
        auto bonds = std::move(byBond);
        counterparties.clear(), lenders.clear(), bonds.clear();
        *this = Accumulator{};
        byCounterparty = std::move(counterparties), byLender = std::move(lenders), byBond = std::move(bonds);
    }
};

// The last kWindow business days of an institution, for rolling features.
struct ProfileEngine::History {
    std::deque<double> borrowing, netBorrowing, overnightShare;
    int days = 0;  // days pushed so far
    // The last day (in pushes) each counterparty traded: a counterparty is new when it did not
    // trade in the window, i.e. on none of the last kWindow days. A map of last days answers that
    // in one lookup where a window of per-day sets needed a union every day.
    std::unordered_map<std::size_t, int> lastTraded;
    bool tradedInWindow(std::size_t counterparty) const {
        const auto it = lastTraded.find(counterparty);
        return it != lastTraded.end() && it->second >= days - kWindow;
    }
    void push(double b, double net, double overnight) {
        borrowing.push_back(b), netBorrowing.push_back(net), overnightShare.push_back(overnight);
        if (borrowing.size() > static_cast<std::size_t>(kWindow)) {
            borrowing.pop_front(), netBorrowing.pop_front(), overnightShare.pop_front();
        }
        ++days;
    }
};

ProfileEngine::ProfileEngine(std::vector<Institution> institutions, std::map<Date, ReferenceFixings> fixings,
                             const std::vector<Relation>& relations)
    : institutions_(std::move(institutions)), fixings_(std::move(fixings)), today_(institutions_.size()),
      history_(institutions_.size()) {
    for (std::size_t i = 0; i < institutions_.size(); ++i) indexOf_[institutions_[i].id.value] = i;
    for (const auto& r : relations) {
        const auto a = indexOf_.find(r.src.value), b = indexOf_.find(r.dst.value);
        if (a == indexOf_.end() || b == indexOf_.end()) continue;
        related_.insert({a->second, b->second});
        related_.insert({b->second, a->second});
    }
}

ProfileEngine::~ProfileEngine() = default;

void ProfileEngine::add(const Trade& t) {
    if (currentDay_ && t.day < *currentDay_) throw std::logic_error("trades must arrive in day order");
    currentDay_ = t.day;
    const auto buyer = indexOf_.find(t.buyer.value);
    const auto seller = indexOf_.find(t.seller.value);
    if (buyer == indexOf_.end() || seller == indexOf_.end())
        throw std::invalid_argument("trade " + std::to_string(t.id.value) + " names an unknown institution");
    const std::size_t b = buyer->second, s = seller->second;
    Accumulator& cashGiver = today_[b];
    Accumulator& cashTaker = today_[s];
    record(cashGiver, t, b, s);
    record(cashTaker, t, s, b);

    if (t.product == Product::BondCash) {
        cashGiver.bondBought += t.notionalCny, cashTaker.bondSold += t.notionalCny;
        if (t.instrument) {
            cashGiver.byBond[t.instrument->value].first += t.notionalCny;
            cashTaker.byBond[t.instrument->value].second += t.notionalCny;
            bondPrints_.push_back({t.instrument->value, t.price, t.notionalCny, b, s});
        }
    }
    if (t.market() != Market::Money) return;
    cashGiver.lent += t.notionalCny;
    cashTaker.borrowed += t.notionalCny;
    cashTaker.borrowedTenorWeighted += t.tenorDays * t.notionalCny;
    cashTaker.byLender[b] += t.notionalCny;
    if (t.tenorDays <= 1) cashTaker.borrowedOvernight += t.notionalCny;
    if (const auto f = fixings_.find(t.day); f != fixings_.end()) {
        const double spread = (t.rate - (t.tenorDays <= 1 ? f->second.overnight : f->second.sevenDay)) * 100;
        cashTaker.borrowSpreadWeighted += spread * t.notionalCny, cashTaker.borrowSpreadNotional += t.notionalCny;
        cashGiver.lendSpreadWeighted += spread * t.notionalCny, cashGiver.lendSpreadNotional += t.notionalCny;
    }
}

void ProfileEngine::record(Accumulator& side, const Trade& t, std::size_t self, std::size_t counterparty) {
    side.volume[static_cast<int>(t.market())] += t.notionalCny;
    side.byCounterparty[counterparty] += t.notionalCny;
    side.total += t.notionalCny;
    ++side.trades;
    if (related_.count({self, counterparty})) side.related += t.notionalCny;
    if (t.ts - static_cast<std::int64_t>(t.day.daysSinceEpoch()) * 86400 >= kLateSecond) side.late += t.notionalCny;
}

// Each print's distance from the day's volume-weighted average price of its bond counts for both
// parties: off-market pricing needs two to agree.
void ProfileEngine::addBondPricing(std::vector<Accumulator>& today) {
    std::unordered_map<std::int64_t, std::pair<double, double>> vwap;  // price x notional, notional
    for (const auto& p : bondPrints_) vwap[p.instrument].first += p.price * p.notional, vwap[p.instrument].second += p.notional;
    for (const auto& p : bondPrints_) {
        const auto& [weighted, notional] = vwap[p.instrument];
        const double deviation = std::abs(p.price - weighted / notional);
        for (std::size_t side : {p.buyer, p.seller}) {
            today[side].priceDeviationWeighted += deviation * p.notional;
            today[side].bondPriced += p.notional;
            if (deviation > kOffMarketPoints) today[side].offMarket += p.notional;
        }
    }
    bondPrints_.clear();
}

DayProfile ProfileEngine::finishDay(Date day, const std::vector<BalanceDaily>& balances) {
    addBondPricing(today_);
    std::vector<const BalanceDaily*> balanceOf(institutions_.size(), nullptr);
    for (const auto& b : balances)
        if (const auto it = indexOf_.find(b.institution.value); it != indexOf_.end()) balanceOf[it->second] = &b;
    const bool periodEnd = [&] {
        Date d = day;
        for (int k = 0; k < 3; ++k, d = d.nextBusinessDay())
            if (d.isLastBusinessDayOfMonth()) return true;
        return false;
    }();

    DayProfile out{day, std::vector<FeatureRow>(institutions_.size())};
    for (std::size_t i = 0; i < institutions_.size(); ++i) {
        const Accumulator& a = today_[i];
        History& h = history_[i];
        auto& v = out.values[i];
        const auto set = [&v](ProfileFeature f, double x) { v[indexOf(f)] = x; };
        set(ProfileFeature::MoneyVolume, a.volume[static_cast<int>(Market::Money)]);
        set(ProfileFeature::BondVolume, a.volume[static_cast<int>(Market::Bond)]);
        set(ProfileFeature::FxVolume, a.volume[static_cast<int>(Market::Fx)]);
        set(ProfileFeature::GoldVolume, a.volume[static_cast<int>(Market::Gold)]);
        set(ProfileFeature::TradeCount, a.trades);
        set(ProfileFeature::ActiveMarkets, static_cast<double>(std::count_if(std::begin(a.volume), std::end(a.volume), [](double x) { return x > 0; })));

        const double net = a.borrowed - a.lent;
        const double overnight = a.borrowed > 0 ? a.borrowedOvernight / a.borrowed : kNaN;
        const double previousBorrowing = meanOf(h.borrowing);
        set(ProfileFeature::GrossBorrowing, a.borrowed);
        set(ProfileFeature::GrossLending, a.lent);
        set(ProfileFeature::NetBorrowing, net);
        set(ProfileFeature::OvernightShare, overnight);
        set(ProfileFeature::BorrowingTenor, ratio(a.borrowedTenorWeighted, a.borrowed));
        set(ProfileFeature::BorrowingSurge, h.borrowing.empty() ? kNaN : ratio(a.borrowed, previousBorrowing));
        set(ProfileFeature::PeriodEndBorrowing, periodEnd && !h.borrowing.empty() ? ratio(a.borrowed, previousBorrowing) : kNaN);

        set(ProfileFeature::BorrowingSpread, ratio(a.borrowSpreadWeighted, a.borrowSpreadNotional));
        set(ProfileFeature::LendingSpread, ratio(a.lendSpreadWeighted, a.lendSpreadNotional));
        set(ProfileFeature::BondPriceDeviation, ratio(a.priceDeviationWeighted, a.bondPriced));
        set(ProfileFeature::OffMarketShare, ratio(a.offMarket, a.bondPriced));

        double sumSquares = 0;
        double fresh = 0;
        for (const auto& [counterparty, notional] : a.byCounterparty) {
            sumSquares += (notional / a.total) * (notional / a.total);
            if (!h.tradedInWindow(counterparty)) fresh += notional;
        }
        set(ProfileFeature::Counterparties, static_cast<double>(a.byCounterparty.size()));
        set(ProfileFeature::CounterpartyHhi, a.total > 0 ? sumSquares : kNaN);
        set(ProfileFeature::NewCounterpartyShare, h.days == 0 ? kNaN : ratio(fresh, a.total));
        for (const auto& [counterparty, notional] : a.byCounterparty) h.lastTraded[counterparty] = h.days;
        set(ProfileFeature::RelatedPartyShare, ratio(a.related, a.total));
        double topLender = 0;
        for (const auto& [lender, notional] : a.byLender) topLender = std::max(topLender, notional);
        set(ProfileFeature::LenderCount, static_cast<double>(a.byLender.size()));
        set(ProfileFeature::TopLenderShare, ratio(topLender, a.borrowed));

        const BalanceDaily* b = balanceOf[i];
        set(ProfileFeature::TotalAssets, b ? b->assets : kNaN);
        set(ProfileFeature::Equity, b ? b->equity : kNaN);
        set(ProfileFeature::Leverage, b ? ratio(b->assets, b->equity) : kNaN);
        set(ProfileFeature::LiquidAssetsRatio, b ? ratio(b->liquidAssets, b->assets) : kNaN);
        set(ProfileFeature::NetBorrowingToAssets, b ? ratio(net, b->assets) : kNaN);

        set(ProfileFeature::EndOfDayShare, ratio(a.late, a.total));
        double roundTrip = 0;
        for (const auto& [bond, sides] : a.byBond)
            if (sides.first > 0 && sides.second > 0) roundTrip += sides.first + sides.second;
        set(ProfileFeature::RoundTripShare, ratio(roundTrip, a.bondBought + a.bondSold));
        set(ProfileFeature::BondBuyShare, ratio(a.bondBought, a.bondBought + a.bondSold));
        set(ProfileFeature::BondNetPurchases, a.bondBought - a.bondSold);

        h.push(a.borrowed, net, overnight);
        set(ProfileFeature::NetBorrowing20d, meanOf(h.netBorrowing));
        set(ProfileFeature::OvernightShare20d, meanOf(h.overnightShare));
    }
    for (Accumulator& a : today_) a.reset();
    currentDay_ = day;
    return out;
}

double midRankPercentile(std::span<const double> sorted, double x) {
    if (!std::isfinite(x) || sorted.empty()) return kNaN;
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), x) - sorted.begin();
    const auto upTo = std::upper_bound(sorted.begin(), sorted.end(), x) - sorted.begin();
    return 100.0 * (static_cast<double>(below) + static_cast<double>(upTo - below) / 2) /
           static_cast<double>(sorted.size());
}

double midRankPercentileOf(std::vector<double> values, double x) {
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    std::sort(values.begin(), values.end());
    return midRankPercentile(values, x);
}

double medianOf(std::vector<double> values) {
    std::erase_if(values, [](double x) { return !std::isfinite(x); });
    if (values.empty()) return kNaN;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

}  // namespace eagle
