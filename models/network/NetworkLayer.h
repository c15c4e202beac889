#pragma once
// The layers of the multilayer network: one per market in which institutions owe each other
// money, plus the ownership / related-party layer that carries no exposure.

#include <array>
#include <optional>
#include <string_view>

namespace eagle {

enum class NetworkLayer { Repo, Interbank, Bond, FxSwap, Ownership };
inline constexpr int kNetworkLayerCount = 5;
inline constexpr std::array<NetworkLayer, kNetworkLayerCount> kNetworkLayers{
    NetworkLayer::Repo, NetworkLayer::Interbank, NetworkLayer::Bond, NetworkLayer::FxSwap, NetworkLayer::Ownership};

// Stored / command-line names: repo, interbank, bond, fx_swap, ownership.
std::string_view nameOf(NetworkLayer layer);
std::optional<NetworkLayer> parseNetworkLayer(std::string_view name);
// Layers whose edges are money one institution can lose when another fails.
constexpr bool carriesExposure(NetworkLayer layer) { return layer != NetworkLayer::Ownership; }
constexpr std::size_t indexOf(NetworkLayer layer) { return static_cast<std::size_t>(layer); }

}  // namespace eagle
