#include "ProfileEngine.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace eagle {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

ProfileEngine::ProfileEngine(std::vector<Institution> institutions, std::map<Date, ReferenceFixings> fixings)
    : institutions_(std::move(institutions)), fixings_(std::move(fixings)), today_(institutions_.size()) {
    for (std::size_t i = 0; i < institutions_.size(); ++i) indexOf_[institutions_[i].id.value] = i;
}

void ProfileEngine::add(const Trade& t) {
    if (currentDay_ && t.day < *currentDay_) throw std::logic_error("trades must arrive in day order");
    currentDay_ = t.day;
    const auto buyer = indexOf_.find(t.buyer.value);
    const auto seller = indexOf_.find(t.seller.value);
    if (buyer == indexOf_.end() || seller == indexOf_.end())
        throw std::invalid_argument("trade " + std::to_string(t.id.value) + " names an unknown institution");

    Accumulator& lender = today_[buyer->second];
    Accumulator& borrower = today_[seller->second];
    record(lender, t, t.seller);
    record(borrower, t, t.buyer);
    if (t.market() != Market::Money) return;

    lender.lent += t.notionalCny;
    borrower.borrowed += t.notionalCny;
    if (t.tenorDays <= 1) borrower.borrowedOvernight += t.notionalCny;
    if (const auto f = fixings_.find(t.day); f != fixings_.end()) {
        const double reference = t.tenorDays <= 1 ? f->second.overnight : f->second.sevenDay;
        borrower.spreadWeighted += (t.rate - reference) * 100 * t.notionalCny;
        borrower.spreadNotional += t.notionalCny;
    }
}

void ProfileEngine::record(Accumulator& side, const Trade& t, InstitutionId counterparty) {
    side.volume[static_cast<int>(t.market())] += t.notionalCny;
    side.byCounterparty[counterparty.value] += t.notionalCny;
}

DayProfile ProfileEngine::finishDay(Date day) {
    DayProfile out{day, {}};
    out.values.resize(institutions_.size());
    for (std::size_t i = 0; i < institutions_.size(); ++i) {
        const Accumulator& a = today_[i];
        auto& v = out.values[i];
        v[indexOf(ProfileFeature::MoneyVolume)] = a.volume[static_cast<int>(Market::Money)];
        v[indexOf(ProfileFeature::BondVolume)] = a.volume[static_cast<int>(Market::Bond)];
        v[indexOf(ProfileFeature::FxVolume)] = a.volume[static_cast<int>(Market::Fx)];
        v[indexOf(ProfileFeature::NetBorrowing)] = a.borrowed - a.lent;
        v[indexOf(ProfileFeature::Counterparties)] = static_cast<double>(a.byCounterparty.size());

        double total = 0, sumSquares = 0;
        for (const auto& [counterparty, notional] : a.byCounterparty) total += notional;
        for (const auto& [counterparty, notional] : a.byCounterparty) sumSquares += (notional / total) * (notional / total);
        v[indexOf(ProfileFeature::CounterpartyHhi)] = total > 0 ? sumSquares : kNaN;
        v[indexOf(ProfileFeature::OvernightShare)] = a.borrowed > 0 ? a.borrowedOvernight / a.borrowed : kNaN;
        v[indexOf(ProfileFeature::BorrowingSpread)] = a.spreadNotional > 0 ? a.spreadWeighted / a.spreadNotional : kNaN;
    }
    today_.assign(institutions_.size(), Accumulator{});
    currentDay_ = day;
    return out;
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
