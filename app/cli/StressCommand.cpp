#include "StressCommand.h"

#include "AuditLog.h"
#include "NetworkHistory.h"
#include "Options.h"
#include "Store.h"
#include "StressFiles.h"
#include "StressTest.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <numeric>

namespace eagle::cli {

const char* const kStressHelp =
    "usage: eagleeye-cli stress WORKSPACE --shock LIST [--method M] [--date D] [--rounds] [--csv]\n"
    "       eagleeye-cli stress --exposures FILE --buffers FILE --shock LIST [--method M] [--rounds] [--csv]\n"
    "\n"
    "Shocks the exposure network and follows the losses through it. The network is the workspace's\n"
    "on day D (default: the last trading day: loans, repos and FX swaps outstanding, bonds held\n"
    "against their issuer; equity and total assets from that day's balance sheets), or the one in\n"
    "the files.\n"
    "\n"
    "  --shock LIST   comma-separated: CODE (the institution fails), CODE:F (it loses the fraction F\n"
    "                 of its equity), all:F (every institution does), rate:BP (yields rise BP basis\n"
    "                 points; bond holdings lose value by their duration; workspaces only)\n"
    "  --method M     debtrank (linear, Bardoscia et al. 2015; the default), debtrank_single\n"
    "                 (single-hit, Battiston et al. 2012) or clearing (Eisenberg & Noe 2001)\n"
    "  --rounds       also print what happened in each round\n"
    "  --csv          one row per institution, comma-separated\n"
    "  --exposures F  CSV: a list with columns lender,borrower,amount[,layer], or a matrix with\n"
    "                 row = lender, column = borrower (a header of names and each row starting with\n"
    "                 its name, or bare numbers in the order of the buffers file)\n"
    "  --buffers F    CSV: name and capital (or equity, buffer), and optionally external_assets,\n"
    "                 external_liabilities (for clearing; without them external assets are what\n"
    "                 gives the stated capital) and weight (for the DebtRank sum; default capital)\n";

namespace {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

StressSystem fromWorkspace(const Options& o) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one WORKSPACE, or --exposures and --buffers");
    Store store = Store::openReadOnly(o.positional().front());
    const NetworkHistory history = NetworkHistory::load(store);
    if (history.tradingDays().empty()) throw std::runtime_error("the workspace has no trades");
    Date day = history.tradingDays().back();
    if (const auto d = o.value("date")) {
        const auto parsed = Date::parse(*d);
        if (!parsed) throw UsageError("--date must be YYYY-MM-DD");
        day = *parsed;
    }
    return stressSystemOf(history.asOf(day, store.balancesOn(day)));
}

void printCsv(const StressSystem& s, const ContagionResult& r, StressMethod method, std::ostream& out) {
    out << "institution,initial_distress,final_distress,shock_loss,contagion_loss";
    for (NetworkLayer l : kNetworkLayers)
        if (carriesExposure(l)) out << ",loss_" << nameOf(l);
    out << ",default_round";
    if (method == StressMethod::Clearing) out << ",obligations,payments";
    out << "\n";
    for (std::size_t i = 0; i < s.names.size(); ++i) {
        const auto& x = r.institutions[i];
        out << s.names[i] << "," << fixed(x.initialDistress, 8) << "," << fixed(x.finalDistress, 8) << ","
            << fixed(x.shockLoss, 4) << "," << fixed(x.contagionLoss, 4);
        for (NetworkLayer l : kNetworkLayers)
            if (carriesExposure(l)) out << "," << fixed(x.lossByLayer[indexOf(l)], 4);
        out << "," << (x.defaultRound >= 0 ? std::to_string(x.defaultRound) : "");
        if (method == StressMethod::Clearing) out << "," << fixed(x.obligations, 4) << "," << fixed(x.payments, 4);
        out << "\n";
    }
}

void printReport(const StressSystem& s, const ContagionResult& r, StressMethod method, bool rounds, std::ostream& out) {
    out << nameOf(method) << ": " << s.names.size() << " institutions, " << s.exposures.edges.size() << " exposures\n"
        << "  shock loss       " << fixed(r.shockLoss, 2) << "\n  contagion loss   " << fixed(r.contagionLoss, 2)
        << "\n  defaults         " << r.defaults << "\n  rounds           " << r.rounds.size() - 1
        << (r.converged ? "" : " (stopped before it settled)") << "\n  DebtRank         " << fixed(r.debtRank, 6)
        << " (weighted distress added by contagion; " << fixed(r.totalDistress, 6) << " with the shock)\n";
    std::vector<std::size_t> hit;
    for (std::size_t i = 0; i < s.names.size(); ++i)
        if (r.institutions[i].finalDistress > 0 || r.institutions[i].defaultRound >= 0) hit.push_back(i);
    std::stable_sort(hit.begin(), hit.end(),
                     [&](auto a, auto b) { return r.institutions[a].finalDistress > r.institutions[b].finalDistress; });
    out << "\ninstitutions hit, most distressed first (distress = share of equity lost):\n";
    char buf[256];
    std::snprintf(buf, sizeof buf, "  %-12s %8s %8s %14s %14s  %-28s %s\n", "institution", "shock", "final",
                  "shock loss", "contagion loss", "came through", "default");
    out << buf;
    for (std::size_t i : hit) {
        const auto& x = r.institutions[i];
        std::string through;
        for (NetworkLayer l : kNetworkLayers)
            if (x.lossByLayer[indexOf(l)] >= 0.005 * x.contagionLoss && x.lossByLayer[indexOf(l)] > 0)
                through += (through.empty() ? "" : " ") + std::string(nameOf(l)) + " " +
                           fixed(100 * x.lossByLayer[indexOf(l)] / std::max(x.contagionLoss, 1e-300), 0) + "%";
        std::snprintf(buf, sizeof buf, "  %-12s %8.4f %8.4f %14.2f %14.2f  %-28s %s\n", s.names[i].c_str(),
                      x.initialDistress, x.finalDistress, x.shockLoss, x.contagionLoss, through.c_str(),
                      x.defaultRound >= 0 ? ("round " + std::to_string(x.defaultRound)).c_str() : "");
        out << buf;
    }
    if (!rounds) return;
    out << "\nrounds:\n";
    for (std::size_t k = 0; k < r.rounds.size(); ++k) {
        const auto& step = r.rounds[k];
        out << "  " << k << (k == 0 ? " (shock)" : "") << ": " << step.changes.size() << " hit, loss "
            << fixed(step.systemLoss, 2);
        if (!step.defaults.empty()) {
            out << ", defaults:";
            for (auto d : step.defaults) out << " " << s.names[d];
        }
        out << "\n";
    }
}

}  // namespace

int stressCommand(const Options& o, std::ostream& out, std::ostream& err) {
    const std::string methodName = o.value("method").value_or("debtrank");
    const auto method = parseStressMethod(methodName);
    if (!method) throw UsageError("--method must be debtrank, debtrank_single or clearing");
    const std::string shockText = o.required("shock");
    StressSystem system;
    if (o.has("exposures") || o.has("buffers")) {
        if (!o.positional().empty()) throw UsageError("give either a WORKSPACE or --exposures and --buffers, not both");
        system = readStressSystem(o.required("exposures"), o.required("buffers"));
    } else {
        system = fromWorkspace(o);
    }
    std::vector<StressShock> shocks;
    try {
        shocks = parseShocks(shockText, [&](std::string_view code) { return system.indexOf(code); });
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    const ContagionResult r = runStressTest(system, shocks, *method);
    if (o.has("csv"))
        printCsv(system, r, *method, out);
    else
        printReport(system, r, *method, o.has("rounds"), out);
    if (!o.positional().empty()) {
        const std::string detail = std::string(nameOf(*method)) + " on " + o.value("date").value_or("the last day") +
                                   ": loss " + fixed(r.shockLoss + r.contagionLoss, 2) + ", " +
                                   std::to_string(r.defaults) + " defaults";
        try {
            AuditLog::recordIn(o.positional().front(), "stress_test", shockText, detail);
        } catch (const StoreError& e) {
            err << "warning: not recorded in the audit log: " << e.what() << "\n";
        }
    }
    return 0;
}

}  // namespace eagle::cli
