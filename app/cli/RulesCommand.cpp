#include "RulesCommand.h"

#include "Options.h"
#include "RuleBacktest.h"
#include "RuleEvaluator.h"
#include "RuleFile.h"
#include "RuleParser.h"
#include "RuleRunner.h"
#include "RuleWorkspace.h"

#include <chrono>
#include <cmath>
#include <iomanip>
#include <iostream>

namespace eagle::cli {

const char* const kRulesHelp =
    "usage: eagleeye-cli rules WORKSPACE (--check | --run | --backtest) RULEFILE [--author NAME] [--threads T]\n"
    "\n"
    "Supervisors' own risk rules over the profile features (the language is in docs/rules.md).\n"
    "\n"
    "  --check RULEFILE     parse the rules and check every feature name against the workspace;\n"
    "                       problems are printed as 'line L, column C: message (hint)'\n"
    "  --run RULEFILE       evaluate the rules over every institution and day of the latest profile\n"
    "                       run and store one alert per episode as a new run; prints a summary\n"
    "  --backtest RULEFILE  evaluate without storing and compare with the workspace's risk events:\n"
    "                       per rule the events caught, missed, false alarms and the median lead\n"
    "  --author NAME        recorded with the rules of a run (default: $USER)\n"
    "  --threads T          rules evaluated in parallel, 1-16 (default 2)\n"
    "\n"
    "Exit status 1 when the rule file has problems.\n";

namespace {

// Prints the problems of a rule file; true when there are none.
bool report(const std::string& path, const RuleSet& rules, std::ostream& err) {
    for (const RuleError& e : rules.errors) err << path << ": " << e.toString() << "\n";
    return rules.ok();
}

int check(Store& store, const std::string& path, std::ostream& out, std::ostream& err) {
    FeatureCatalog catalog = RuleWorkspace::catalogOf(store);
    if (catalog.names().empty()) {
        err << "note: the workspace defines no features yet (run 'eagleeye-cli analyze'); checking against the "
               "profile features\n";
        catalog = FeatureCatalog::profileFeatures();
    }
    const RuleSet rules = RuleParser(catalog).parse(readRuleFile(path));
    if (!report(path, rules, err)) {
        err << rules.errors.size() << " problem" << (rules.errors.size() == 1 ? "" : "s") << " in " << path << "\n";
        return 1;
    }
    out << path << ": " << rules.rules.size() << " rules, all valid\n";
    for (const CompiledRule& r : rules.rules) {
        out << "  " << std::left << std::setw(28) << r.name << std::setw(7) << nameOf(r.severity) << " reads";
        for (int slot : r.features) out << " " << catalog.name(slot);
        out << std::right << "\n";
    }
    return 0;
}

int run(Store& store, const std::string& path, const std::string& author, int threads, std::ostream& out,
        std::ostream& err) {
    const RuleSet rules = RuleParser(RuleWorkspace::catalogOf(store)).parse(readRuleFile(path));
    if (!report(path, rules, err)) return 1;
    const RuleRunResult r = runRules(store, rules, author, threads);
    out << "rules run " << r.run.value << " over profile run " << r.profileRun.value << ": " << rules.rules.size()
        << " rules, " << r.alerts << " alerts (evaluated in " << std::fixed << std::setprecision(2) << r.seconds
        << " s)\n";
    if (r.carriedOver > 0)
        out << "  " << r.carriedOver << " alerts keep the status analysts gave them in an earlier run\n";
    for (std::size_t k = 0; k < rules.rules.size(); ++k)
        out << "  " << std::left << std::setw(28) << rules.rules[k].name << std::setw(7)
            << nameOf(rules.rules[k].severity) << std::right << std::setw(7) << r.alertsPerRule[k] << "\n";
    return 0;
}

int backtest(Store& store, const std::string& path, int threads, std::ostream& out, std::ostream& err) {
    const RuleSet rules = RuleParser(RuleWorkspace::catalogOf(store)).parse(readRuleFile(path));
    if (!report(path, rules, err)) return 1;
    const RuleWorkspace workspace = RuleWorkspace::load(store, &rules);
    const auto started = std::chrono::steady_clock::now();
    const auto hits = RuleEvaluator(workspace.inputs()).run(rules, threads);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const RuleBacktestReport report = RuleBacktest().run(workspace, rules, store.riskEvents(), hits);
    out << "backtest of " << rules.rules.size() << " rules over " << workspace.institutions().size()
        << " institutions x " << workspace.days().size() << " days (" << std::fixed << std::setprecision(2) << seconds
        << " s) against " << report.events << " risk events; an alert counts from " << report.leadWindowDays
        << " business days before an event to its end\n";
    out << std::left << std::setw(28) << "rule" << std::right << std::setw(8) << "alerts" << std::setw(6) << "hits"
        << std::setw(8) << "misses" << std::setw(8) << "false" << std::setw(7) << "lead"
        << "  caught\n";
    for (const RuleBacktestRow& r : report.rules) {
        out << std::left << std::setw(28) << r.rule << std::right << std::setw(8) << r.alerts << std::setw(6) << r.hits
            << std::setw(8) << r.misses << std::setw(8) << r.falseAlarms << std::setw(7);
        if (std::isnan(r.medianLeadDays))
            out << "-";
        else
            out << std::setprecision(0) << r.medianLeadDays;
        out << " ";
        for (const auto& [kind, n] : r.hitsByKind) out << " " << kind << ":" << n;
        out << "\n";
    }
    out << "events caught by any rule:\n";
    for (const auto& [kind, counts] : report.byKind)
        out << "  " << std::left << std::setw(28) << kind << std::right << counts.first << " of " << counts.second
            << "\n";
    return 0;
}

}  // namespace

int rules(const Options& o, std::ostream& out, std::ostream& err) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one WORKSPACE");
    const int modes = o.has("check") + o.has("run") + o.has("backtest");
    if (modes != 1) throw UsageError("give exactly one of --check, --run, --backtest");
    const int threads = static_cast<int>(o.integer("threads", 2, 1, 16));
    const std::string workspace = o.positional().front();
    if (const auto path = o.value("check")) {
        Store store = Store::openReadOnly(workspace);
        return check(store, *path, out, err);
    }
    if (const auto path = o.value("backtest")) {
        Store store = Store::openReadOnly(workspace);
        return backtest(store, *path, threads, out, err);
    }
    const char* user = std::getenv("USER");
    const std::string author = o.value("author").value_or(user ? user : "");
    Store store = Store::open(workspace);
    return run(store, *o.value("run"), author, threads, out, err);
}

}  // namespace eagle::cli
