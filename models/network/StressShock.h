#pragma once
// The shocks a supervisor can ask a stress test for: an institution fails, institutions lose a
// fraction of their equity, or yields rise and bond holdings lose value.

#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace eagle {

struct StressShock {
    enum class Kind { Failure, EquityLoss, RateRise };
    Kind kind = Kind::Failure;
    std::optional<std::size_t> institution;  // none = every institution
    double size = 1;                         // EquityLoss: fraction of equity; RateRise: basis points
};

// Parses a comma-separated list: "CODE" (CODE fails), "CODE:0.3" (CODE loses 30% of its equity),
// "all:0.05" (everyone loses 5%), "rate:200" (yields rise 200bp). `find` maps a code to an index.
// Throws std::invalid_argument naming the item it could not read.
std::vector<StressShock> parseShocks(std::string_view text,
                                     const std::function<std::optional<std::size_t>(std::string_view)>& find);

struct ShockLosses {
    std::vector<double> equityLoss;  // CNY, from equity-loss and rate shocks
    std::vector<char> failed;        // 1 where the institution fails outright
};

// equity and bondDv01 (CNY per basis point) have one entry per institution; a rate shock needs
// bondDv01.
ShockLosses applyShocks(const std::vector<StressShock>& shocks, std::span<const double> equity,
                        std::span<const double> bondDv01);

}  // namespace eagle
