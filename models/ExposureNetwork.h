#pragma once
// The money-market exposure network (repo + interbank lending): who lends cash to whom, how much,
// laid out in the plane for drawing. Built from trades; laid out with igraph.

#include "Domain.h"

#include <functional>
#include <optional>
#include <unordered_map>
#include <stop_token>
#include <vector>

namespace eagle {

struct NetworkNode {
    InstitutionId institution;
    std::string code;
    InstitutionType type = InstitutionType::CityCommercialBank;
    double totalAssets = 0;
    double x = 0;  // layout coordinates, roughly in [-1, 1]
    double y = 0;
    double strength = 0;  // total lending + borrowing, CNY
};

struct NetworkEdge {
    std::size_t lender = 0;    // index into nodes
    std::size_t borrower = 0;  // index into nodes
    double notionalCny = 0;    // gross cash lent over the window
    int trades = 0;
};

struct ExposureNetwork {
    std::vector<NetworkNode> nodes;
    std::vector<NetworkEdge> edges;
    Date from;
    Date to;
    std::optional<std::size_t> indexOf(InstitutionId id) const;
};

// Accumulates money-market trades into lender -> borrower edges.
class ExposureNetworkBuilder {
public:
    explicit ExposureNetworkBuilder(const std::vector<Institution>& institutions);
    void add(const Trade& trade);
    // An exposure already aggregated elsewhere (e.g. by the store): notional lent over [day, day].
    void addExposure(InstitutionId lender, InstitutionId borrower, double notionalCny, int trades, Date day);
    ExposureNetwork build() const;

private:
    ExposureNetwork network_;
    std::unordered_map<std::int64_t, std::size_t> indexOf_;
    std::unordered_map<std::uint64_t, std::size_t> edgeOf_;
};

// Fruchterman-Reingold layout (igraph), weighted by log exposure, deterministic for a given seed.
// With `previous` (the same market on another day), institutions start where they were there.
void layoutNetwork(ExposureNetwork& network, unsigned seed, const std::stop_token& stop = {},
                   const ExposureNetwork* previous = nullptr);

}  // namespace eagle
