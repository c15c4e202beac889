// libFuzzer target: the rule language (lexer, parser with error recovery, compiler, message
// templates) and the evaluator running whatever compiles. The input is a rule file. Besides not
// crashing, leaking or hanging:
// - every error has a line, a column and a message;
// - every accepted rule is a bounded postfix program that evaluates to one value per cell, and
//   its message renders;
// - an accepted rule's own text, parsed alone, gives the same program (nothing in it depends
//   on the rules around it).

#include "FeatureCatalog.h"
#include "FuzzCheck.h"
#include "RuleEvaluator.h"
#include "RuleParser.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

using namespace eagle;

namespace {

const FeatureCatalog& catalog() {
    static const FeatureCatalog c = FeatureCatalog::profileFeatures();
    return c;
}

// 3 institutions x 6 days; one feature never defined, the others with NaN holes and extremes.
const RuleInputs& inputs() {
    static const RuleInputs in = [] {
        RuleInputs r;
        r.institutions = 3;
        r.days = 6;
        r.peerGroup = {0, 0, 1};
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t f = 0; f < catalog().names().size(); ++f) {
            if (f == 0) {
                r.features.emplace_back();
                continue;
            }
            std::vector<double> v(r.cells());
            for (std::size_t c = 0; c < v.size(); ++c)
                v[c] = c % 7 == 3 ? nan : c % 11 == 5 ? -1e300 : 0.25 * static_cast<double>(f) - static_cast<double>(c);
            r.features.push_back(std::move(v));
        }
        return r;
    }();
    return in;
}

bool sameProgram(const CompiledRule& a, const CompiledRule& b) {
    if (a.code.size() != b.code.size() || a.subject != b.subject || a.features != b.features) return false;
    for (std::size_t k = 0; k < a.code.size(); ++k) {
        const Instruction &x = a.code[k], &y = b.code[k];
        if (x.op != y.op || x.slot != y.slot || x.window != y.window ||
            std::memcmp(&x.number, &y.number, sizeof(double)) != 0)
            return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const RuleSet set = RuleParser(catalog()).parse(text);
    for (const auto& e : set.errors)
        FUZZ_CHECK(e.line >= 1 && e.column >= 1 && !e.message.empty(), "an error has a line, a column and a message");
    const RuleEvaluator evaluator(inputs());
    for (std::size_t k = 0; k < set.rules.size(); ++k) {
        const CompiledRule& rule = set.rules[k];
        FUZZ_CHECK(!rule.code.empty() && rule.code.size() <= std::size_t(kMaxRuleNodes), "a bounded program");
        std::vector<double> subject;
        const std::vector<double> held = evaluator.evaluate(rule, &subject);
        FUZZ_CHECK(held.size() == inputs().cells() && subject.size() == inputs().cells(), "one value per cell");
        for (const double h : held) FUZZ_CHECK(h == 0 || h == 1, "a condition holds or not");
        for (const auto& hit : evaluator.episodes(k, rule)) {
            FUZZ_CHECK(hit.institution < inputs().institutions && hit.firstDay < inputs().days, "a hit in range");
            const std::size_t cell = hit.institution * inputs().days + hit.firstDay;
            (void)rule.message.render(
                [&](int slot) {
                    const auto& f = inputs().features[static_cast<std::size_t>(slot)];
                    return f.empty() ? std::numeric_limits<double>::quiet_NaN() : f[cell];
                },
                subject[cell], "BANK", "2025-01-02");
        }
        const RuleSet alone = RuleParser(catalog()).parse(rule.text);
        FUZZ_CHECK(alone.ok() && alone.rules.size() == 1 && sameProgram(alone.rules[0], rule),
                   "a rule's own text gives the same program");
    }
    return 0;
}
