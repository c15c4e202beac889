#include "NetworkLayer.h"

namespace eagle {

std::string_view nameOf(NetworkLayer layer) {
    switch (layer) {
        case NetworkLayer::Repo:
            return "repo";
        case NetworkLayer::Interbank:
            return "interbank";
        case NetworkLayer::Bond:
            return "bond";
        case NetworkLayer::FxSwap:
            return "fx_swap";
        case NetworkLayer::Ownership:
            return "ownership";
    }
    return "";
}

std::optional<NetworkLayer> parseNetworkLayer(std::string_view name) {
    for (NetworkLayer l : kNetworkLayers)
        if (nameOf(l) == name) return l;
    return std::nullopt;
}

}  // namespace eagle
