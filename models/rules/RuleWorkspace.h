#pragma once
// The latest profile run of a workspace, loaded for rules: the feature catalog from feature_def,
// every feature as a dense array, the institutions (rows) and the run's days (columns).

#include "FeatureCatalog.h"
#include "ResultStore.h"
#include "RuleHit.h"
#include "RuleInputs.h"
#include "RuleProgram.h"
#include "RuleStore.h"

#include <optional>

namespace eagle {

class RuleWorkspace {
public:
    // Throws std::runtime_error when the workspace has no finished profile run. With rules, only
    // the features they read are loaded (the others stay empty arrays, read as undefined): the
    // profile has dozens of features and a rule file reads a handful.
    static RuleWorkspace load(Store& store, const RuleSet* rules = nullptr);
    // Only the feature names, for checking rules (cheap: no feature values are read).
    static FeatureCatalog catalogOf(Store& store);

    const FeatureCatalog& catalog() const { return catalog_; }
    const RuleInputs& inputs() const { return inputs_; }
    const std::vector<Institution>& institutions() const { return institutions_; }
    const std::vector<Date>& days() const { return days_; }
    RunId profileRun() const { return profileRun_; }

    // The stored form of a hit: institution and days resolved, message rendered, evidence named.
    Alert toAlert(const RuleHit& hit, const CompiledRule& rule) const;

private:
    RuleWorkspace() : catalog_({}) {}
    FeatureCatalog catalog_;
    RuleInputs inputs_;
    std::vector<Institution> institutions_;
    std::vector<Date> days_;
    RunId profileRun_;
};

// Each institution's peer group as a small integer (RuleInputs::peerGroup).
std::vector<int> peerGroupIndices(const std::vector<Institution>& institutions);

// toAlert over any rows and days (a replay's days so far, for one).
Alert alertOf(const RuleHit& hit, const CompiledRule& rule, const FeatureCatalog& catalog, const RuleInputs& inputs,
              const std::vector<Institution>& institutions, const std::vector<Date>& days);

}  // namespace eagle
