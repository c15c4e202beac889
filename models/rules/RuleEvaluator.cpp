#include "RuleEvaluator.h"

#include "Progress.h"
#include "WindowFunctions.h"

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace eagle {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A comparison with an undefined value is false: a day without borrowing has no overnight share,
// so "overnight_share > 0.9" does not hold on it (and "not (overnight_share > 0.9)" does).
inline double truth(bool b) { return b ? 1.0 : 0.0; }
inline bool held(double v) { return v != 0 && !std::isnan(v); }

template <class F>
void combine(std::vector<double>& a, const std::vector<double>& b, F f) {
    const std::size_t n = a.size();
    double* x = a.data();
    const double* y = b.data();
    for (std::size_t i = 0; i < n; ++i) x[i] = f(x[i], y[i]);
}

template <class F>
void apply(std::vector<double>& a, F f) {
    for (double& x : a) x = f(x);
}

}  // namespace

std::vector<double> RuleEvaluator::evaluate(const CompiledRule& rule, std::vector<double>* subject) const {
    const std::size_t rows = inputs_.institutions, cols = inputs_.days, cells = inputs_.cells();
    std::vector<std::vector<double>> stack;
    stack.reserve(8);
    if (subject) subject->assign(cells, kNaN);
    for (std::size_t k = 0; k < rule.code.size(); ++k) {
        const Instruction& in = rule.code[k];
        switch (in.op) {
            case RuleOp::Number:
                stack.emplace_back(cells, in.number);
                break;
            case RuleOp::Feature: {
                const auto slot = static_cast<std::size_t>(in.slot);
                if (slot < inputs_.features.size() && inputs_.features[slot].size() == cells)
                    stack.push_back(inputs_.features[slot]);
                else
                    stack.emplace_back(cells, kNaN);
                break;
            }
            case RuleOp::Negate:
                apply(stack.back(), [](double x) { return -x; });
                break;
            case RuleOp::Abs:
                apply(stack.back(), [](double x) { return std::abs(x); });
                break;
            case RuleOp::Not:
                apply(stack.back(), [](double x) { return truth(!held(x)); });
                break;
            case RuleOp::Mean:
                window::rollingMean(stack.back(), rows, cols, in.window);
                break;
            case RuleOp::Change:
                window::change(stack.back(), rows, cols, in.window);
                break;
            case RuleOp::CountDays:
                window::countDays(stack.back(), rows, cols, in.window);
                break;
            case RuleOp::ZScore:
                window::zscore(stack.back(), rows, cols, in.window);
                break;
            case RuleOp::PeerRank:
                window::peerRank(stack.back(), rows, cols, inputs_.peerGroup);
                break;
            default: {
                std::vector<double> b = std::move(stack.back());
                stack.pop_back();
                std::vector<double>& a = stack.back();
                switch (in.op) {
                    case RuleOp::Add:
                        combine(a, b, [](double x, double y) { return x + y; });
                        break;
                    case RuleOp::Subtract:
                        combine(a, b, [](double x, double y) { return x - y; });
                        break;
                    case RuleOp::Multiply:
                        combine(a, b, [](double x, double y) { return x * y; });
                        break;
                    // Division by zero is undefined, not infinite: an undefined value never fires.
                    case RuleOp::Divide:
                        combine(a, b, [](double x, double y) { return y == 0 ? kNaN : x / y; });
                        break;
                    case RuleOp::Less:
                        combine(a, b, [](double x, double y) { return truth(x < y); });
                        break;
                    case RuleOp::LessEqual:
                        combine(a, b, [](double x, double y) { return truth(x <= y); });
                        break;
                    case RuleOp::Greater:
                        combine(a, b, [](double x, double y) { return truth(x > y); });
                        break;
                    case RuleOp::GreaterEqual:
                        combine(a, b, [](double x, double y) { return truth(x >= y); });
                        break;
                    case RuleOp::Equal:
                        combine(a, b, [](double x, double y) { return truth(x == y); });
                        break;
                    case RuleOp::NotEqual:
                        combine(a, b,
                                [](double x, double y) { return truth(!std::isnan(x) && !std::isnan(y) && x != y); });
                        break;
                    case RuleOp::And:
                        combine(a, b, [](double x, double y) { return truth(held(x) && held(y)); });
                        break;
                    case RuleOp::Or:
                        combine(a, b, [](double x, double y) { return truth(held(x) || held(y)); });
                        break;
                    case RuleOp::Min:
                        combine(a, b, [](double x, double y) {
                            return std::isnan(x) || std::isnan(y) ? kNaN : std::min(x, y);
                        });
                        break;
                    case RuleOp::Max:
                        combine(a, b, [](double x, double y) {
                            return std::isnan(x) || std::isnan(y) ? kNaN : std::max(x, y);
                        });
                        break;
                    default:
                        break;
                }
            }
        }
        if (subject && static_cast<int>(k) == rule.subject) *subject = stack.back();
    }
    if (stack.empty()) return std::vector<double>(cells, 0.0);
    return std::move(stack.back());
}

std::vector<RuleHit> RuleEvaluator::episodes(std::size_t ruleIndex, const CompiledRule& rule) const {
    std::vector<double> subject;
    const std::vector<double> condition = evaluate(rule, &subject);
    const std::size_t cols = inputs_.days;
    std::vector<RuleHit> hits;
    for (std::size_t r = 0; r < inputs_.institutions; ++r) {
        const double* c = condition.data() + r * cols;
        for (std::size_t d = 0; d < cols; ++d) {
            if (!held(c[d])) continue;
            RuleHit h;
            h.rule = ruleIndex;
            h.institution = r;
            h.firstDay = d;
            while (d + 1 < cols && held(c[d + 1])) ++d;
            h.lastDay = d;
            const std::size_t cell = r * cols + h.firstDay;
            h.subject = subject[cell];
            for (int slot : rule.features) {
                const auto& f = inputs_.features[static_cast<std::size_t>(slot)];
                h.evidence.emplace_back(slot, f.size() == inputs_.cells() ? f[cell] : kNaN);
            }
            hits.push_back(std::move(h));
        }
    }
    return hits;
}

std::vector<RuleHit> RuleEvaluator::run(const RuleSet& rules, int threads, const std::stop_token& stop) const {
    std::vector<std::vector<RuleHit>> perRule(rules.rules.size());
    std::atomic<std::size_t> nextRule{0};
    auto work = [&] {
        for (std::size_t k; !stop.stop_requested() && (k = nextRule++) < perRule.size();)
            perRule[k] = episodes(k, rules.rules[k]);
    };
    std::vector<std::jthread> pool;
    for (int t = 1; t < threads && static_cast<std::size_t>(t) < perRule.size(); ++t) pool.emplace_back(work);
    work();
    pool.clear();
    throwIfStopped(stop);
    std::vector<RuleHit> all;
    for (auto& hits : perRule)
        all.insert(all.end(), std::make_move_iterator(hits.begin()), std::make_move_iterator(hits.end()));
    return all;
}

}  // namespace eagle
