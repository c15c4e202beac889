#include "ScenarioCatalog.h"

#include <charconv>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace eagle {

const std::vector<ScenarioInfo>& scenarioCatalog() {
    static const std::vector<ScenarioInfo> catalog{
        {"liquidity_squeeze",
         "A small bank or securities firm loses its funding: borrowing moves to overnight at rising premiums, "
         "lenders withdraw one by one, then it fails and leaves its outstanding borrowing unpaid.",
         {{"duration", 30, "business days from the first signs to the failure"},
          {"premium", 1.5, "extra borrowing cost at the end, percentage points"},
          {"fail", 1, "1: ends in failure; 0: the institution survives"}},
         plantLiquiditySqueeze},
        {"circular_trading",
         "Related parties pass the same bond round a ring (A to B to C to A) in similar sizes within minutes, "
         "inflating volumes without changing positions.",
         {{"days", 8, "days on which the ring trades"}, {"size", 5e8, "face value per leg, CNY"},
          {"ring", 3, "institutions in the ring (3 or more)"}},
         plantCircularTrading},
        {"bond_parking",
         "Bond parking (代持): a bond is sold at an off-market price with an agreed buy-back some days later at "
         "the sale price plus an agreed carry.",
         {{"holding", 15, "calendar days until the buy-back"}, {"premium", 1.5, "price points above the market"},
          {"carry", 3.0, "agreed annual carry, percent"}, {"size", 1e9, "face value, CNY"}},
         plantBondParking},
        {"marking_the_close",
         "An institution buys small amounts of a thinly traded bond in the last minutes of the session at "
         "prices above the market, so the day's closing price is marked up.",
         {{"days", 6, "days on which the close is marked"}, {"push", 0.4, "price points above the market"}},
         plantMarkingTheClose},
        {"leverage_cycle",
         "A leveraged bond fund borrows ever more overnight repo to buy bonds, then a margin call forces it to "
         "sell at a discount and repay.",
         {{"buildup", 40, "business days of the build-up"}, {"peak", 4, "borrowing at the peak, times normal"},
          {"unwind", 10, "business days of forced selling"}},
         plantLeverageCycle},
        {"default_cascade",
         "A borrower defaults on interbank loans; lenders whose losses exceed their capital fail in turn, round by "
         "round through the lending layer.",
         {{"buildup", 20, "business days in which the chain of exposures builds"},
          {"first_round", 3, "lenders to the first defaulter that fail"},
          {"second_round", 2, "lenders to the first-round failures that fail"}},
         plantDefaultCascade},
        {"counterparty_loss",
         "A major lender suddenly withdraws from the market; the institutions that depended on it must find "
         "other lenders at higher cost.",
         {{"duration", 15, "business days the lender stays away"}}, plantCounterpartyLoss},
    };
    return catalog;
}

const ScenarioInfo* findScenario(std::string_view name) {
    for (const auto& info : scenarioCatalog())
        if (info.name == name) return &info;
    return nullptr;
}

std::vector<ScenarioRequest> parseScenarioList(std::string_view text) {
    std::vector<ScenarioRequest> out;
    if (text == "none" || text.empty()) return out;
    if (text == "all") {
        for (const auto& info : scenarioCatalog()) out.push_back({std::string(info.name), {}});
        return out;
    }
    std::stringstream items{std::string(text)};
    for (std::string item; std::getline(items, item, ',');) {
        std::stringstream parts(item);
        std::string name;
        std::getline(parts, name, ':');
        const ScenarioInfo* info = findScenario(name);
        if (!info) throw std::invalid_argument("unknown scenario '" + name + "' (see --list-scenarios)");
        ScenarioRequest request{name, {}};
        for (std::string kv; std::getline(parts, kv, ':');) {
            const auto eq = kv.find('=');
            const std::string key = kv.substr(0, eq);
            bool known = key == "count";
            for (const auto& p : info->parameters) known = known || p.name == key;
            if (eq == std::string::npos || !known)
                throw std::invalid_argument("scenario " + name + ": unknown parameter '" + kv + "'");
            double value = 0;
            const std::string v = kv.substr(eq + 1);
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
            if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(value) || value < 0)
                throw std::invalid_argument("scenario " + name + ": " + key + " needs a non-negative number, got '" + v + "'");
            request.params[key] = value;
        }
        out.push_back(std::move(request));
    }
    return out;
}

double scenarioParam(const ScenarioRequest& request, std::string_view name) {
    double fallback = 1;  // count
    if (const ScenarioInfo* info = findScenario(request.kind))
        for (const auto& p : info->parameters)
            if (p.name == name) fallback = p.defaultValue;
    return request.param(std::string(name), fallback);
}

std::string describeParams(const ScenarioRequest& request, const ScenarioInfo& info) {
    std::ostringstream s;
    s << "count=" << request.param("count", 1);
    for (const auto& p : info.parameters) s << ";" << p.name << "=" << request.param(std::string(p.name), p.defaultValue);
    return s.str();
}

std::vector<std::unique_ptr<PlantedScenario>> planScenarios(const std::vector<ScenarioRequest>& requests,
                                                            ScenarioPlacement& placement) {
    std::vector<std::unique_ptr<PlantedScenario>> planted;
    std::int64_t nextId = 1;
    for (const auto& request : requests) {
        const ScenarioInfo* info = findScenario(request.kind);
        if (!info) throw std::invalid_argument("unknown scenario '" + request.kind + "'");
        const int count = static_cast<int>(request.param("count", 1));
        for (int k = 0; k < count; ++k)
            if (auto s = info->plant(placement, request, nextId)) {
                planted.push_back(std::move(s));
                ++nextId;
            }
    }
    return planted;
}

}  // namespace eagle
