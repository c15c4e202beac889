#include "Cli.h"
#include "AlertsCommand.h"

#include "MarketSimulator.h"
#include "AuditCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "LearningCommand.h"
#include "Keyring.h"
#include "NetworkCommand.h"
#include "Options.h"
#include "Passphrases.h"
#include "ProgressPrinter.h"
#include "ProfileCommand.h"
#include "ProtectionCommands.h"
#include "ReconstructCommand.h"
#include "ProfileFeatures.h"
#include "ProfilePipeline.h"
#include "ResultStore.h"
#include "RulesCommand.h"
#include "ShippedRules.h"
#include "ScenarioCatalog.h"
#include "StressCommand.h"
#include "Store.h"
#include "StylisedFacts.h"
#include "SvgPlot.h"
#include "VarCommand.h"
#include "WorkspaceFile.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <cstdio>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>

namespace eagle::cli {
namespace {

constexpr const char* kUsage =
    "usage: eagleeye-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  generate   simulate an interbank market into a new workspace\n"
    "  analyze    compute institution profiles in a workspace and run the shipped rules\n"
    "  info       show what a workspace holds\n"
    "  import     load CSV or FIX/IMIX files into a workspace, validated\n"
    "  export     write a workspace table to CSV\n"
    "  facts      measure and plot a market's stylised facts\n"
    "  profile    an institution's risk scores, their drivers and its features against peers\n"
    "  rules      check, run or backtest supervisors' risk rules\n"
    "  alerts     list alerts, move them along the workflow, add notes, read their audit trail\n"
    "  var        an institution's value at risk, expected shortfall and backtest\n"
    "  network    the multilayer exposure network on a day: measures per institution, detection\n"
    "  stress     DebtRank or Eisenberg-Noe clearing after a shock, on a workspace or CSV files\n"
    "  reconstruct  bilateral exposures from interbank totals (maximum entropy, minimum density)\n"
    "  evaluate   train the early-warning network and compare it with baselines\n"
    "  cluster    group institutions by trading strategy\n"
    "  audit      the workspace's audit log: imports, rule changes, exports, stress tests, encryption\n"
    "  encrypt    encrypt a workspace at rest with a passphrase\n"
    "  decrypt    turn an encrypted workspace back into a plain one\n"
    "  passwd     change an encrypted workspace's passphrase\n";
constexpr const char* kUsageEnd = "\nRun 'eagleeye-cli <command> --help' for a command's options.\n";

constexpr const char* kGenerateHelp =
    "usage: eagleeye-cli generate --out FILE [--institutions N] [--days D] [--seed S]\n"
    "                             [--scenario LIST] [--threads T] [--force] [--encrypt]\n"
    "       eagleeye-cli generate --list-scenarios\n"
    "\n"
    "Simulates an interbank market deterministically from the seed and writes it to a new workspace:\n"
    "tiered institutions with trading strategies and related-party groups, reference rates, daily\n"
    "balance sheets, repo, interbank lending, bond, FX and gold trades, and planted risk scenarios\n"
    "whose ground truth goes to the risk_event and scenario tables.\n"
    "\n"
    "  --out FILE          workspace to create (suffix .eagle)\n"
    "  --institutions N    number of institutions, 10-5000 (default 120)\n"
    "  --days D            business days from 2025-01-02, 1-780 (default 250; 750 is three years)\n"
    "  --seed S            random seed (default 20250102)\n"
    "  --scenario LIST     all (default), none, or NAME[:key=value...] separated by commas,\n"
    "                      e.g. liquidity_squeeze:count=2:duration=30,circular_trading\n"
    "  --list-scenarios    describe every scenario and its parameters\n"
    "  --threads T         1 to generate and write on one thread, 2 to overlap them (default 2);\n"
    "                      the market is the same either way\n"
    "  --force             replace FILE if it exists (an encrypted FILE stays encrypted, with its passphrase)\n"
    "  --encrypt           encrypt the new workspace with a passphrase (see 'eagleeye-cli encrypt --help')\n";

constexpr const char* kAnalyzeHelp =
    "usage: eagleeye-cli analyze FILE [--no-rules] [--no-network]\n"
    "\n"
    "Computes every institution's daily profile (the features of docs/features.md and the six risk\n"
    "scores) and its place in each day's exposure network (PageRank, betweenness, eigenvector, hub,\n"
    "authority, k-core, failure DebtRank, PageRank per layer), with the peer-group medians, and stores\n"
    "them as a new run; then runs the shipped rule library (resources/rules/library.rules) over them\n"
    "and stores its alerts as a rules run, carrying over the statuses analysts gave the same alerts\n"
    "before; prints a summary.\n"
    "\n"
    "  --no-rules     compute the profiles only\n"
    "  --no-network   leave out the daily network measures (they take about as long again)\n";

constexpr const char* kFactsHelp =
    "usage: eagleeye-cli facts FILE --out DIR\n"
    "\n"
    "Measures the stylised facts of the market in FILE and draws them as SVG charts in DIR:\n"
    "degree_distribution.svg (money-market counterparties, log-log), trade_sizes.svg (money-market\n"
    "trade sizes, log-log) and reference_rates.svg (DR001 and DR007 with quarter ends marked).\n";

constexpr const char* kInfoHelp =
    "usage: eagleeye-cli info FILE\n"
    "\n"
    "Prints the schema version, the period covered and the row count of every table.\n";

std::string withThousands(std::int64_t n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > (n < 0 ? 1 : 0); i -= 3) s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

void listScenarios(std::ostream& out) {
    for (const auto& info : scenarioCatalog()) {
        out << info.name << "\n    " << info.description << "\n    count=1  times to plant it\n";
        for (const auto& p : info.parameters) out << "    " << p.name << "=" << p.defaultValue << "  " << p.meaning << "\n";
    }
}

int generate(const Options& o, std::ostream& out, std::ostream& err) {
    if (o.has("list-scenarios")) {
        listScenarios(out);
        return 0;
    }
    SimulatorConfig config;
    const std::string path = o.required("out");
    config.institutions = static_cast<int>(o.integer("institutions", config.institutions, 10, 5000));
    config.days = static_cast<int>(o.integer("days", config.days, 1, 780));
    config.seed = static_cast<std::uint64_t>(o.integer("seed", static_cast<std::int64_t>(config.seed), 0, INT64_MAX));
    config.threads = static_cast<int>(o.integer("threads", 2, 1, 2));
    try {
        config.scenarios = parseScenarioList(o.value("scenario").value_or("all"));
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    SimulationSummary summary;
    std::shared_ptr<const WorkspaceKey> key;
    if (o.has("encrypt"))
        key = WorkspaceKey::create(newPassphrase(o, "passphrase-file", kPassphraseEnvironment, path).text());
    createWorkspace(
        path,
        [&](Store& store) {
            summary = MarketSimulator(config).run(store, progressPrinter(err));
        },
        o.has("force"), key.get());
    err << "\n";
    out << "created " << path << ": " << summary.institutions << " institutions, " << summary.days
        << " business days, " << withThousands(summary.trades) << " trades, " << summary.scenarios
        << " planted scenarios\n";
    return 0;
}

std::string onlyFile(const Options& o) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one workspace FILE");
    return o.positional().front();
}

int analyze(const Options& o, std::ostream& out, std::ostream& err) {
    Store store = Store::open(onlyFile(o));
    ProfileRunOptions options;
    options.networkFeatures = !o.has("no-network");
    const ProfileRunResult r = computeProfiles(store, progressPrinter(err), {}, options);
    err << "\n";
    out << "profile run " << r.run.value << ": " << r.institutions << " institutions, " << r.days << " days, "
        << withThousands(r.trades) << " trades, " << withThousands(r.values) << " feature values";
    if (options.networkFeatures) out << ", " << withThousands(r.networkValues) << " network values";
    out << "\n";

    // The largest net borrowers over the whole period: the first names a supervisor asks about.
    ResultStore results(store);
    std::int64_t netBorrowing = 0;
    for (const auto& d : results.featureDefs())
        if (d.name == kProfileFeatures[indexOf(ProfileFeature::NetBorrowing)].name) netBorrowing = d.id;
    const FeatureMatrix m = results.featureMatrix(r.run, netBorrowing);
    const auto institutions = store.institutions();  // by id, like the matrix's rows
    std::vector<std::pair<double, std::string>> ranked;
    for (std::size_t row = 0; row < m.institutions.size(); ++row) {
        double sum = 0;
        int n = 0;
        for (std::size_t col = 0; col < m.days.size(); ++col)
            if (std::isfinite(m.at(row, col))) sum += m.at(row, col), ++n;
        if (n > 0) ranked.push_back({sum / n, institutions[row].code + " " + institutions[row].name});
    }
    std::sort(ranked.rbegin(), ranked.rend());
    out << "largest average daily net borrowers (CNY bn):\n";
    for (std::size_t k = 0; k < std::min<std::size_t>(5, ranked.size()); ++k)
        out << "  " << std::fixed << std::setprecision(2) << std::setw(9) << ranked[k].first / 1e9 << "  "
            << ranked[k].second << "\n";
    if (o.has("no-rules")) return 0;

    // The shipped rules, so that a workspace opens with alerts to look at.
    const char* user = std::getenv("USER");
    const RuleRunResult rr = runShippedRules(store, user ? user : "");
    out << "rules run " << rr.run.value << ": the shipped library's " << rr.alertsPerRule.size() << " rules raised "
        << rr.alerts << " alerts";
    if (rr.carriedOver > 0) out << " (" << rr.carriedOver << " keep an analyst's status from an earlier run)";
    out << "\n";
    return 0;
}

int info(const Options& o, std::ostream& out, std::ostream&) {
    const std::string path = onlyFile(o);
    Store store = Store::openReadOnly(path);
    out << path << "\n  schema version " << store.schemaVersion() << "\n";
    const auto days = store.tradingDays();
    if (!days.empty())
        out << "  trading days " << days.front().toString() << " to " << days.back().toString() << " ("
            << days.size() << ")\n";
    for (const auto& c : store.tableCounts())
        out << "  " << std::left << std::setw(16) << c.table << std::right << std::setw(14) << withThousands(c.rows)
            << "\n";
    return 0;
}

int facts(const Options& o, std::ostream& out, std::ostream&) {
    Store store = Store::openReadOnly(onlyFile(o));
    const std::string dir = o.required("out");
    std::filesystem::create_directories(dir);
    const StylisedFacts f = measureStylisedFacts(store);

    SvgPlot degree("Money-market counterparties per institution", "distinct counterparties (log)",
                   "share of institutions with at least this many (log)");
    degree.setLogX(true);
    degree.setLogY(true);
    degree.add({"institutions", f.degree, f.degreeShare, "#1f5fa8", true});
    degree.save(dir + "/degree_distribution.svg");

    SvgPlot sizes("Money-market trade sizes", "trade size, CNY (log)", "share of trades at least this large (log)");
    sizes.setLogX(true);
    sizes.setLogY(true);
    sizes.add({"trades", f.size, f.sizeShare, "#c0392b", false});
    sizes.save(dir + "/trade_sizes.svg");

    SvgPlot rates("Repo fixings, quarter ends dashed", "day", "rate, %");
    rates.setDateAxis(true);
    rates.add({"DR007", f.days, f.dr007, "#1f5fa8", false});
    rates.add({"DR001", f.days, f.dr001, "#27ae60", false});
    for (double q : f.quarterEnds) rates.addMarker(q);
    rates.save(dir + "/reference_rates.svg");

    out << std::fixed << std::setprecision(2) << "largest / median counterparties  " << f.maxToMedianDegree
        << "\ntrade size tail index (Hill, top 5%)  " << f.sizeTailIndex
        << "\nDR007 at quarter ends over the median day  " << f.quarterEndSpreadBp << " bp\n"
        << "wrote degree_distribution.svg, trade_sizes.svg, reference_rates.svg to " << dir << "\n";
    return 0;
}

struct Command {
    const char* help;
    std::set<std::string> valued;
    std::set<std::string> flags;
    std::function<int(const Options&, std::ostream&, std::ostream&)> run;
};

std::map<std::string, Command>& commands() {
    static std::map<std::string, Command> table{
        {"generate",
         {kGenerateHelp, {"out", "institutions", "days", "seed", "scenario", "threads"},
          {"force", "help", "list-scenarios", "encrypt"}, generate}},
        {"analyze", {kAnalyzeHelp, {}, {"help", "no-rules", "no-network"}, analyze}},
        {"info", {kInfoHelp, {}, {"help"}, info}},
        {"import",
         {kImportHelp, {"kind", "table", "mapping", "encoding", "delimiter", "problems"}, {"accept-valid", "dry-run", "help"},
          importFiles}},
        {"export", {kExportHelp, {"table", "out", "delimiter"}, {"bom", "force", "help"}, exportTable}},
        {"facts", {kFactsHelp, {"out"}, {"help"}, facts}},
        {"profile", {kProfileHelp, {"institution", "date"}, {"help"}, profileCommand}},
        {"alerts",
         {kAlertsHelp, {"status", "severity", "institution", "csv", "move", "to", "note", "note-on", "history", "who"},
          {"help"}, alerts}},
        {"rules", {kRulesHelp, {"check", "run", "backtest", "author", "threads"}, {"help"}, rules}},
        {"var", {kVarHelp, {"institution", "date", "window"}, {"all", "help"}, valueAtRisk}},
        {"network", {kNetworkHelp, {"date", "layer", "top", "from", "to"}, {"metrics", "csv", "detect", "help"}, networkCommand}},
        {"stress",
         {kStressHelp, {"shock", "method", "date", "exposures", "buffers"}, {"rounds", "csv", "help"}, stressCommand}},
        {"reconstruct",
         {kReconstructHelp, {"totals", "method", "density", "seed", "out", "samples"}, {"help"}, reconstructCommand}},
        {"evaluate",
         {kEvaluateHelp,
          {"window", "horizon", "seed", "epochs", "events", "hidden", "layers", "samples", "threads", "top"},
          {"help", "store"},
          evaluate}},
        {"cluster", {kClusterHelp, {"from", "to", "window", "seed"}, {"help", "store"}, cluster}},
        {"audit", {kAuditHelp, {}, {"csv", "help"}, auditCommand}},
        {"encrypt", {kEncryptHelp, {}, {"help"}, encryptCommand}},
        {"decrypt", {kDecryptHelp, {}, {"help"}, decryptCommand}},
        {"passwd", {kPasswdHelp, {"new-passphrase-file"}, {"help"}, passwdCommand}},
    };
    return table;
}

// Commands added with addCommand, in the order added: name and summary for the usage text.
std::vector<std::pair<std::string, std::string>>& addedCommands() {
    static std::vector<std::pair<std::string, std::string>> added;
    return added;
}

std::string usage() {
    std::string text = kUsage;
    for (const auto& [name, summary] : addedCommands())
        text += "  " + name + std::string(name.size() < 9 ? 9 - name.size() : 1, ' ') + "  " + summary + "\n";
    return text + kUsageEnd;
}

}  // namespace

void addCommand(const std::string& name, const std::string& summary, const char* help, std::set<std::string> valued,
                std::set<std::string> flags, CommandFunction run) {
    if (commands().count(name)) return;
    commands().emplace(name, Command{help, std::move(valued), std::move(flags), std::move(run)});
    addedCommands().emplace_back(name, summary);
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        (args.empty() ? err : out) << usage();
        return args.empty() ? 2 : 0;
    }
    const auto command = commands().find(args[0]);
    if (command == commands().end()) {
        err << "eagleeye-cli: unknown command '" << args[0] << "' (try --help)\n";
        return 2;
    }
    try {
        // Every command may open an encrypted workspace, so every one takes --passphrase-file.
        std::set<std::string> valued = command->second.valued;
        valued.insert("passphrase-file");
        for (const std::string& a : args)
            if (a == "--passphrase" || a == "--new-passphrase")
                throw UsageError("a passphrase is never given as an argument (others can see arguments): use " + a +
                                 "-file FILE, the environment or the terminal");
        const Options options({args.begin() + 1, args.end()}, valued, command->second.flags);
        if (options.has("help")) {
            out << command->second.help << kPassphraseHelp;
            return 0;
        }
        const PassphraseScope passphrases(options);
        return command->second.run(options, out, err);
    } catch (const PassphraseRequired& e) {
        err << "eagleeye-cli " << args[0] << ": " << e.what()
            << " (--passphrase-file FILE, the environment variable EAGLEEYE_PASSPHRASE, or at a terminal)\n";
        return 1;
    } catch (const UsageError& e) {
        err << "eagleeye-cli " << args[0] << ": " << e.what() << " (try --help)\n";
        return 2;
    } catch (const std::exception& e) {
        err << "eagleeye-cli " << args[0] << ": " << e.what() << "\n";
        return 1;
    }
}

}  // namespace eagle::cli
