#pragma once
// The named risk scenarios the simulator can plant: what each is, its parameters, and turning a
// request like "liquidity_squeeze:count=2:duration=30,circular_trading" into planted scenarios.

#include "PlantedScenario.h"
#include "SimulatorConfig.h"

#include <memory>
#include <string_view>
#include <vector>

namespace eagle {

struct ScenarioParameter {
    std::string_view name;
    double defaultValue;
    std::string_view meaning;
};

struct ScenarioInfo {
    std::string_view name;
    std::string_view description;
    std::vector<ScenarioParameter> parameters;  // every scenario also takes count (default 1)
    // Plants one instance; nullptr when the market has no suitable institutions or time.
    std::unique_ptr<PlantedScenario> (*plant)(ScenarioPlacement&, const ScenarioRequest&, std::int64_t id);
};

const std::vector<ScenarioInfo>& scenarioCatalog();
const ScenarioInfo* findScenario(std::string_view name);

// "all", "none", or comma-separated NAME[:key=value...]; throws std::invalid_argument naming the
// unknown scenario or parameter.
std::vector<ScenarioRequest> parseScenarioList(std::string_view text);

// Every requested scenario, `count` times each, in a fixed order (deterministic from the seed).
std::vector<std::unique_ptr<PlantedScenario>> planScenarios(const std::vector<ScenarioRequest>& requests,
                                                            ScenarioPlacement& placement);

// Factories, one per scenario kind (each in its own file).
std::unique_ptr<PlantedScenario> plantLiquiditySqueeze(ScenarioPlacement&, const ScenarioRequest&, std::int64_t);
std::unique_ptr<PlantedScenario> plantCircularTrading(ScenarioPlacement&, const ScenarioRequest&, std::int64_t);
std::unique_ptr<PlantedScenario> plantBondParking(ScenarioPlacement&, const ScenarioRequest&, std::int64_t);
std::unique_ptr<PlantedScenario> plantMarkingTheClose(ScenarioPlacement&, const ScenarioRequest&, std::int64_t);
std::unique_ptr<PlantedScenario> plantLeverageCycle(ScenarioPlacement&, const ScenarioRequest&, std::int64_t);
std::unique_ptr<PlantedScenario> plantDefaultCascade(ScenarioPlacement&, const ScenarioRequest&, std::int64_t);
std::unique_ptr<PlantedScenario> plantCounterpartyLoss(ScenarioPlacement&, const ScenarioRequest&, std::int64_t);

// The request's value of a parameter, or the catalog's default for it.
double scenarioParam(const ScenarioRequest& request, std::string_view name);

// "key=value;key=value" of a request, for the scenario table's params column.
std::string describeParams(const ScenarioRequest& request, const ScenarioInfo& info);

}  // namespace eagle
