#include "RuleRunner.h"

#include "AlertStore.h"
#include "RuleEvaluator.h"
#include "RuleWorkspace.h"

#include <chrono>

namespace eagle {

RuleRunResult runRules(Store& store, const RuleSet& rules, const std::string& author, int threads,
                       const std::stop_token& stop, const ProgressCallback& progress) {
    const auto report = [&](double fraction, const char* step) {
        if (progress) progress(fraction, step);
    };
    report(0.0, "loading the features the rules read");
    const RuleWorkspace workspace = RuleWorkspace::load(store, &rules);
    throwIfStopped(stop);
    report(0.6, "evaluating the rules");
    const auto started = std::chrono::steady_clock::now();
    const std::vector<RuleHit> hits = RuleEvaluator(workspace.inputs()).run(rules, threads, stop);
    RuleRunResult result;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    result.profileRun = workspace.profileRun();
    result.alertsPerRule.assign(rules.rules.size(), 0);

    throwIfStopped(stop);
    report(0.8, "storing the alerts");
    Transaction tx(store.database());
    ResultStore results(store);
    RuleStore ruleStore(store);
    result.run = results.beginRun(kRuleRunKind, "profile_run=" + std::to_string(workspace.profileRun().value) +
                                                    ";rules=" + std::to_string(rules.rules.size()));
    std::vector<std::int64_t> ruleIds;
    for (const CompiledRule& r : rules.rules)
        ruleIds.push_back(ruleStore.saveRule(r.name, r.text, nameOf(r.severity), author));
    for (const RuleHit& hit : hits) {
        Alert a = workspace.toAlert(hit, rules.rules[hit.rule]);
        a.run = result.run;
        a.ruleId = ruleIds[hit.rule];
        ruleStore.addAlert(a);
        ++result.alertsPerRule[hit.rule];
        ++result.alerts;
    }
    result.carriedOver = AlertStore(store).carryOver(result.run, author);
    throwIfStopped(stop);
    results.finishRun(result.run, "done");
    tx.commit();
    report(1.0, "done");
    return result;
}

}  // namespace eagle
