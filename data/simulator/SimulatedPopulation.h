#pragma once
// The institutions of a simulated interbank market, in tiers with realistic proportions and sizes,
// each with a trading strategy, ownership and control links forming related-party groups, ratings,
// the bonds they issue and who habitually lends to whom.

#include "Domain.h"
#include "Random.h"

#include <vector>

namespace eagle {

// Trading strategies that later clustering should rediscover; stored as institution.strategy.
enum class Strategy { LiquidityProvider, MarketMaker, LeveragedFund, BuyAndHold, RegionalBorrower };
std::string_view nameOf(Strategy s);

// How an institution behaves; fixed for the whole simulation unless a scenario changes it.
struct Behaviour {
    Strategy strategy = Strategy::RegionalBorrower;
    double lendingCapacity = 0;    // share of assets it can lend per day
    double fundingNeed = 0;        // share of assets it borrows on a borrowing day
    double borrowProbability = 0;  // chance of borrowing on a given day
    double overnightShare = 0.7;   // share of its borrowing done overnight (1D)
    double creditSpread = 0;       // percentage points it pays over the reference fixing
    double bondActivity = 0;       // relative rate of bond trades it starts
    double bondBuyShare = 0.5;     // share of its bond trades that are purchases
    bool fxDealer = false;
    bool goldDealer = false;
    std::vector<std::size_t> lenders;  // its relationship lenders, most important first
};

struct SimulatedInstitution {
    Institution institution;
    Behaviour behaviour;
    double liquidShare = 0.15;
    double equityShare = 0.08;
    int group = -1;  // related-party group index, -1 when independent
};

struct SimulatedPopulation {
    std::vector<SimulatedInstitution> members;
    std::vector<Relation> relations;
    std::vector<std::vector<std::size_t>> groups;  // members of each related-party group
    std::vector<Instrument> bonds;                 // government, policy bank, corporate, NCDs
    Instrument usdCny;
    Instrument gold;
    std::vector<std::size_t> lenders;      // indices of institutions that lend cash
    std::vector<std::size_t> marketMakers; // indices of bond market makers
};

SimulatedPopulation makePopulation(int count, Date start, Random& random);

}  // namespace eagle
