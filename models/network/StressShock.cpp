#include "StressShock.h"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

namespace eagle {
namespace {

double number(std::string_view text, std::string_view item) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        throw std::invalid_argument("shock '" + std::string(item) + "': '" + std::string(text) + "' is not a number");
    return v;
}

}  // namespace

std::vector<StressShock> parseShocks(std::string_view text,
                                     const std::function<std::optional<std::size_t>(std::string_view)>& find) {
    std::vector<StressShock> out;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view item = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        if (item.empty()) continue;
        const auto colon = item.find(':');
        const std::string_view who = item.substr(0, colon);
        StressShock shock;
        if (who == "rate") {
            if (colon == std::string_view::npos)
                throw std::invalid_argument("shock 'rate' needs basis points, e.g. rate:200");
            shock.kind = StressShock::Kind::RateRise;
            shock.size = number(item.substr(colon + 1), item);
        } else {
            if (who != "all") {
                shock.institution = find(who);
                if (!shock.institution)
                    throw std::invalid_argument("shock '" + std::string(item) + "': no institution " +
                                                std::string(who));
            }
            if (colon != std::string_view::npos) {
                shock.kind = StressShock::Kind::EquityLoss;
                shock.size = number(item.substr(colon + 1), item);
                if (shock.size < 0 || shock.size > 1)
                    throw std::invalid_argument("shock '" + std::string(item) +
                                                "': the equity loss is a fraction between 0 and 1");
            } else if (who == "all") {
                throw std::invalid_argument("shock 'all' needs an equity loss fraction, e.g. all:0.05");
            }
        }
        out.push_back(shock);
    }
    if (out.empty()) throw std::invalid_argument("no shock given");
    return out;
}

ShockLosses applyShocks(const std::vector<StressShock>& shocks, std::span<const double> equity,
                        std::span<const double> bondDv01) {
    const std::size_t n = equity.size();
    ShockLosses out{std::vector<double>(n, 0.0), std::vector<char>(n, 0)};
    for (const auto& s : shocks) {
        for (std::size_t i = 0; i < n; ++i) {
            if (s.institution && *s.institution != i) continue;
            switch (s.kind) {
                case StressShock::Kind::Failure:
                    out.failed[i] = 1;
                    break;
                case StressShock::Kind::EquityLoss:
                    out.equityLoss[i] += s.size * std::max(0.0, equity[i]);
                    break;
                case StressShock::Kind::RateRise:
                    if (bondDv01.size() != n)
                        throw std::invalid_argument("a rate shock needs the institutions' bond holdings");
                    out.equityLoss[i] += std::max(0.0, bondDv01[i] * s.size);
                    break;
            }
        }
    }
    return out;
}

}  // namespace eagle
