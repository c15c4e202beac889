#pragma once
// The market's multilayer network on one day: every institution, and per layer who is exposed to
// whom by how much (outstanding on that day), plus the ownership / related-party links.

#include "Domain.h"
#include "ExposureGraph.h"

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eagle {

struct NetworkInstitution {
    InstitutionId id;
    std::string code;
    InstitutionType type = InstitutionType::CityCommercialBank;
    double totalAssets = 0;  // CNY, from the day's balance sheet where there is one
    double equity = 0;       // CNY: the buffer that absorbs losses
    double bondValue = 0;    // bonds held, CNY at the last traded price
    double bondDv01 = 0;     // CNY lost on the bonds held per basis point rise in yields
};

struct MultilayerNetwork {
    Date asOf;
    std::vector<NetworkInstitution> institutions;
    std::vector<ExposureEdge> edges;  // every layer; one edge per (creditor, debtor, layer)

    // One layer's edges.
    ExposureGraph layer(NetworkLayer layer) const;
    // Every layer that carries exposure (ownership left out), each edge keeping its layer.
    ExposureGraph exposures() const;
    std::optional<std::size_t> indexOf(InstitutionId id) const;
    std::optional<std::size_t> indexOfCode(std::string_view code) const;
    std::vector<double> equity() const;
    std::vector<double> totalAssets() const;
};

}  // namespace eagle
