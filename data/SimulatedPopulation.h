#pragma once
// The institutions of a simulated interbank market, in tiers with realistic proportions and sizes,
// with ownership links, ratings, the bonds they issue and who habitually lends to whom.

#include "Domain.h"
#include "Random.h"

#include <vector>

namespace eagle {

// How an institution behaves in the money market; fixed for the whole simulation.
struct FundingProfile {
    double lendingCapacity = 0;   // share of assets lent out per day when it is a lender
    double fundingNeed = 0;       // share of assets borrowed per day when it is a borrower
    double borrowProbability = 0; // chance of borrowing on a given day
    double overnightShare = 0.7;  // share of its borrowing done at 1D
    double creditSpread = 0;      // percentage points it pays above the reference rate
    std::vector<std::size_t> lenders;  // indices of its relationship lenders, most important first
};

struct SimulatedInstitution {
    Institution institution;
    FundingProfile funding;
    double liquidShare = 0.15;
    double equityShare = 0.08;
    bool lender = false;     // provides cash to the market
    bool fxDealer = false;   // trades USD/CNY spot
    bool bondTrader = false; // active in bond cash trading
};

struct SimulatedPopulation {
    std::vector<SimulatedInstitution> members;
    std::vector<Relation> relations;
    std::vector<Instrument> bonds;  // tradeable bonds: government, policy bank, NCDs
    Instrument usdCny;
};

SimulatedPopulation makePopulation(int count, Date start, Random& random);

}  // namespace eagle
