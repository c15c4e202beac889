#include "RuleWorkspace.h"

#include "ProfilePipeline.h"

#include <map>
#include <stdexcept>

namespace eagle {

std::vector<int> peerGroupIndices(const std::vector<Institution>& institutions) {
    std::map<std::string, int> groups;
    std::vector<int> out;
    for (const Institution& i : institutions)
        out.push_back(groups.emplace(peerGroupOf(i), static_cast<int>(groups.size())).first->second);
    return out;
}

FeatureCatalog RuleWorkspace::catalogOf(Store& store) {
    std::vector<std::string> names;
    for (const FeatureDef& d : ResultStore(store).featureDefs()) names.push_back(d.name);
    return FeatureCatalog(std::move(names));
}

RuleWorkspace RuleWorkspace::load(Store& store, const RuleSet* rules) {
    ResultStore results(store);
    const auto run = results.latestRun(kProfileRunKind);
    if (!run) throw std::runtime_error("no profile run in the workspace (run 'eagleeye-cli analyze' first)");
    RuleWorkspace w;
    w.profileRun_ = run->id;
    w.institutions_ = store.institutions();
    const auto defs = results.featureDefs();
    std::vector<std::string> names;
    for (const FeatureDef& d : defs) names.push_back(d.name);
    w.catalog_ = FeatureCatalog(std::move(names));

    // Rows are institutions by id and columns the run's days, the same for every feature.
    w.inputs_.peerGroup = peerGroupIndices(w.institutions_);
    w.inputs_.institutions = w.institutions_.size();
    std::vector<char> needed(defs.size(), rules == nullptr);
    if (rules)
        for (const CompiledRule& r : rules->rules)
            for (int slot : r.features)
                if (static_cast<std::size_t>(slot) < needed.size()) needed[static_cast<std::size_t>(slot)] = 1;
    w.days_ = results.runDays(run->id);
    for (std::size_t k = 0; k < defs.size(); ++k) {
        if (!needed[k]) {
            w.inputs_.features.emplace_back();
            continue;
        }
        FeatureMatrix m = results.featureMatrix(run->id, defs[k].id);
        if (m.institutions.size() != w.institutions_.size())
            throw std::logic_error("feature rows do not match the institutions");
        w.inputs_.features.push_back(std::move(m.values));
    }
    w.inputs_.days = w.days_.size();
    return w;
}

Alert RuleWorkspace::toAlert(const RuleHit& hit, const CompiledRule& rule) const {
    return alertOf(hit, rule, catalog_, inputs_, institutions_, days_);
}

Alert alertOf(const RuleHit& hit, const CompiledRule& rule, const FeatureCatalog& catalog, const RuleInputs& inputs,
              const std::vector<Institution>& institutions, const std::vector<Date>& days) {
    Alert a;
    a.institution = institutions[hit.institution].id;
    a.day = days[hit.firstDay];
    a.endDay = days[hit.lastDay];
    a.severity = nameOf(rule.severity);
    auto value = [&](int slot) {
        for (const auto& [s, v] : hit.evidence)
            if (s == slot) return v;
        const auto& f = inputs.features[static_cast<std::size_t>(slot)];
        return f.empty() ? std::numeric_limits<double>::quiet_NaN() : f[hit.institution * inputs.days + hit.firstDay];
    };
    a.message = rule.message.render(value, hit.subject, institutions[hit.institution].code, a.day.toString());
    for (const auto& [slot, v] : hit.evidence) a.evidence.emplace_back(catalog.name(slot), v);
    if (rule.subject >= 0) a.evidence.emplace_back("value", hit.subject);
    return a;
}

}  // namespace eagle
