#include "MarketState.h"

#include <algorithm>

namespace eagle {

MarketState::MarketState(const SimulatedPopulation& population)
    : population_(population), institutions_(population.members.size()) {
    for (std::size_t i = 0; i < institutions_.size(); ++i) {
        const auto& m = population.members[i];
        institutions_[i].assets = m.institution.totalAssets;
        institutions_[i].equity = m.institution.totalAssets * m.equityShare;
        institutions_[i].liquid = m.institution.totalAssets * m.liquidShare;
        institutions_[i].lenders = m.behaviour.lenders;
    }
}

void MarketState::recordLoans(const std::vector<Trade>& trades, const std::vector<std::size_t>& lenderIndex,
                              const std::vector<std::size_t>& borrowerIndex) {
    for (std::size_t k = 0; k < trades.size(); ++k) {
        const Trade& t = trades[k];
        if (t.market() != Market::Money) continue;
        outstanding_.push_back({t.id, lenderIndex[k], borrowerIndex[k], t.notionalCny, t.day.addDays(t.tenorDays)});
    }
}

void MarketState::dropMatured(Date today) {
    // A loan maturing today is repaid during today: it is still owed when the day starts.
    std::erase_if(outstanding_, [today](const Loan& l) { return l.maturity < today; });
}

std::map<std::size_t, double> MarketState::exposuresTo(std::size_t borrower) const {
    std::map<std::size_t, double> out;
    for (const Loan& l : outstanding_)
        if (l.borrower == borrower) out[l.lender] += l.notional;
    return out;
}

std::map<std::size_t, double> MarketState::fail(std::size_t borrower, DayOutput& out) {
    institutions_[borrower].failed = true;
    std::map<std::size_t, double> unpaid;
    for (const Loan& l : outstanding_)
        if (l.borrower == borrower) {
            unpaid[l.lender] += l.notional;
            out.statusChanges.push_back({l.trade, "defaulted"});
        }
    std::erase_if(outstanding_, [borrower](const Loan& l) { return l.borrower == borrower; });
    return unpaid;
}

std::optional<std::size_t> MarketState::indexOf(InstitutionId id) const {
    // Simulated ids are 1..n in population order.
    const auto i = static_cast<std::size_t>(id.value - 1);
    if (id.value < 1 || i >= institutions_.size()) return std::nullopt;
    return i;
}

}  // namespace eagle
