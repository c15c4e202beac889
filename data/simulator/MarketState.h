#pragma once
// The simulated market's state as it evolves day by day: each institution's balance sheet and
// current behaviour (which scenarios may change), and the money-market loans still outstanding.

#include "Domain.h"
#include "SimulatedPopulation.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace eagle {

struct InstitutionState {
    double assets = 0;
    double equity = 0;
    double liquid = 0;
    // Behaviour overrides set by scenarios; the population's Behaviour holds the defaults.
    double fundingMultiplier = 1;
    double extraSpread = 0;  // percentage points on top of the usual credit spread
    std::optional<double> overnightShare;
    double bondActivityMultiplier = 1;
    std::optional<double> bondBuyShare;
    std::vector<std::size_t> lenders;  // current relationship lenders (a squeeze shrinks them)
    std::optional<double> leverage;  // assets / equity when a scenario drives the balance sheet
    bool failed = false;
    bool lendingSuspended = false;
};

// A money-market loan not yet repaid.
struct Loan {
    TradeId trade;
    std::size_t lender = 0;
    std::size_t borrower = 0;
    double notional = 0;
    Date maturity;
};

// Everything one simulated day adds to the workspace.
struct DayOutput {
    Date day;
    std::vector<Trade> trades;
    std::vector<MarketDaily> series;
    std::vector<BalanceDaily> balances;
    std::vector<RiskEvent> events;
    std::vector<std::pair<TradeId, std::string>> statusChanges;  // trades written on earlier days
};

class MarketState {
public:
    explicit MarketState(const SimulatedPopulation& population);

    const SimulatedPopulation& population() const { return population_; }
    std::size_t size() const { return institutions_.size(); }
    InstitutionState& operator[](std::size_t i) { return institutions_[i]; }
    const InstitutionState& operator[](std::size_t i) const { return institutions_[i]; }
    const Institution& institution(std::size_t i) const { return population_.members[i].institution; }
    const Behaviour& behaviour(std::size_t i) const { return population_.members[i].behaviour; }

    TradeId nextTradeId() { return TradeId(++lastTradeId_); }

    // Money-market trades become outstanding loans until they mature.
    void recordLoans(const std::vector<Trade>& trades, const std::vector<std::size_t>& lenderIndex,
                     const std::vector<std::size_t>& borrowerIndex);
    void dropMatured(Date today);
    const std::vector<Loan>& outstanding() const { return outstanding_; }
    // Outstanding cash lent by each lender to this borrower.
    std::map<std::size_t, double> exposuresTo(std::size_t borrower) const;

    // The institution stops trading; its outstanding borrowing is marked defaulted. Returns the
    // unpaid amount per lender.
    std::map<std::size_t, double> fail(std::size_t borrower, DayOutput& out);

    std::optional<std::size_t> indexOf(InstitutionId id) const;

private:
    const SimulatedPopulation& population_;
    std::vector<InstitutionState> institutions_;
    std::vector<Loan> outstanding_;
    std::int64_t lastTradeId_ = 0;
};

}  // namespace eagle
