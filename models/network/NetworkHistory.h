#pragma once
// Everything the multilayer network needs, read from the workspace once, so that the network of
// any day is rebuilt in memory in milliseconds (a date slider, a sweep over a year).

#include "MultilayerNetwork.h"
#include "Progress.h"

#include <stop_token>
#include <unordered_map>
#include <vector>

namespace eagle {

class Store;

class NetworkHistory {
public:
    // One pass over the trades (money market, bonds, FX swaps), the instruments and relations;
    // progress by trading day.
    static NetworkHistory load(Store& store, const ProgressCallback& progress = {}, const std::stop_token& stop = {});

    // The network on `day`: loans, repos and FX swaps whose term covers the day (start <= day <
    // start + tenor), bonds held at the end of the day (net bought from trades up to it) against
    // their issuer, and relations valid on the day. Equity and total assets come from `balances`
    // (the day's balance sheets) where given, otherwise from the institution table.
    MultilayerNetwork asOf(Date day, const std::vector<BalanceDaily>& balances = {}) const;

    const std::vector<Date>& tradingDays() const { return days_; }
    const std::vector<Institution>& institutions() const { return institutions_; }
    // Outstanding money-market lending (repo and interbank loans) of every institution on every
    // trading day: [day index][institution index], CNY.
    std::vector<std::vector<double>> outstandingLending() const;
    // New money-market lending (loans and repos started) of every institution on every trading
    // day: [day index][institution index], CNY.
    std::vector<std::vector<double>> newLending() const;

private:
    struct Contract {  // a loan, repo or FX swap: cash from creditor to debtor for a term
        Date start;
        Date end;  // first day it is no longer outstanding
        std::uint32_t creditor = 0, debtor = 0;
        NetworkLayer layer = NetworkLayer::Repo;
        double amount = 0;
    };
    struct BondTrade {
        Date day;
        std::uint32_t buyer = 0, seller = 0, bond = 0;
        double face = 0, price = 0, yield = 0;
    };
    struct Bond {
        std::optional<std::uint32_t> issuer;  // index into institutions_
        std::optional<Date> maturity;
    };

    std::vector<Institution> institutions_;
    std::vector<Relation> relations_;
    std::vector<Contract> contracts_;    // ascending start
    std::vector<BondTrade> bondTrades_;  // ascending day
    std::vector<Bond> bonds_;            // indexed by BondTrade::bond
    std::vector<Date> days_;
    std::int32_t longestTerm_ = 1;
};

// Convenience for one day: loads the history and builds that day's network.
MultilayerNetwork buildNetwork(Store& store, Date day);

}  // namespace eagle
