#include "MultilayerNetwork.h"

namespace eagle {

ExposureGraph MultilayerNetwork::layer(NetworkLayer which) const {
    ExposureGraph g{institutions.size(), {}};
    for (const auto& e : edges)
        if (e.layer == which) g.edges.push_back(e);
    return g;
}

ExposureGraph MultilayerNetwork::exposures() const {
    ExposureGraph g{institutions.size(), {}};
    g.edges.reserve(edges.size());
    for (const auto& e : edges)
        if (carriesExposure(e.layer)) g.edges.push_back(e);
    return g;
}

std::optional<std::size_t> MultilayerNetwork::indexOf(InstitutionId id) const {
    for (std::size_t i = 0; i < institutions.size(); ++i)
        if (institutions[i].id == id) return i;
    return std::nullopt;
}

std::optional<std::size_t> MultilayerNetwork::indexOfCode(std::string_view code) const {
    for (std::size_t i = 0; i < institutions.size(); ++i)
        if (institutions[i].code == code) return i;
    return std::nullopt;
}

std::vector<double> MultilayerNetwork::equity() const {
    std::vector<double> out;
    out.reserve(institutions.size());
    for (const auto& i : institutions) out.push_back(i.equity);
    return out;
}

std::vector<double> MultilayerNetwork::totalAssets() const {
    std::vector<double> out;
    out.reserve(institutions.size());
    for (const auto& i : institutions) out.push_back(i.totalAssets);
    return out;
}

}  // namespace eagle
