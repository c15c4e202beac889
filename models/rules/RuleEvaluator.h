#pragma once
// Runs compiled rules over every institution-day at once: each instruction works on a whole
// institution x day array, so a rule costs a few passes over memory whatever its shape. Rules run
// in parallel on up to `threads` threads; the result does not depend on the thread count.

#include "RuleHit.h"
#include "RuleInputs.h"
#include "RuleProgram.h"

#include <stop_token>
#include <vector>

namespace eagle {

class RuleEvaluator {
public:
    explicit RuleEvaluator(const RuleInputs& inputs) : inputs_(inputs) {}

    // The condition of one rule on every cell (1 held, 0 not); subject, if given, receives the
    // {value} array (NaN everywhere when the rule has no comparison).
    std::vector<double> evaluate(const CompiledRule& rule, std::vector<double>* subject = nullptr) const;

    // One hit per episode: an alert is raised on the first day of a run of consecutive days on
    // which the rule held and covers the run to its last day. Ordered by rule, institution, day.
    std::vector<RuleHit> run(const RuleSet& rules, int threads = 2, const std::stop_token& stop = {}) const;
    std::vector<RuleHit> episodes(std::size_t ruleIndex, const CompiledRule& rule) const;

private:
    const RuleInputs& inputs_;
};

}  // namespace eagle
