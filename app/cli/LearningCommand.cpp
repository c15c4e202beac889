#include "LearningCommand.h"

#include "ClusterRun.h"
#include "FeatureTensor.h"
#include "Options.h"
#include "ProfilePipeline.h"
#include "StrategyClustering.h"
#include "WarningEvaluation.h"
#include "WarningRun.h"
#include "WarningRunSummary.h"

#include <chrono>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

namespace eagle::cli {

const char* const kEvaluateHelp =
    "usage: eagleeye-cli evaluate FILE [--window 60] [--horizon 20] [--seed S] [--epochs N]\n"
    "                              [--events distress|all|KIND,...] [--hidden 32] [--layers 2]\n"
    "                              [--samples 16000] [--threads 2] [--top 100] [--store]\n"
    "\n"
    "Trains the early-warning GRU on the latest profile run and compares it with logistic regression\n"
    "on the last day's features and the best single feature, all on one split: training and\n"
    "validation institutions before the test period, held-out institutions in the last 40% of days.\n"
    "A day is positive when an event of the chosen kinds starts within the horizon after it.\n"
    "Prints ROC AUC, PR AUC, precision at the top k and the median lead time (days from the first\n"
    "warning to the event, every model warning on 5% of test days). docs/learning.md explains it.\n"
    "\n"
    "  --window D     days of features the network reads (default 60)\n"
    "  --horizon H    days ahead an event counts (default 20)\n"
    "  --events SET   distress (default: failure, default, forced_deleveraging,\n"
    "                 counterparty_default_loss), all, or kinds separated by commas\n"
    "  --seed S       split, initialisation and sampling seed (default 20250102)\n"
    "  --epochs N     most training epochs, early stopping on validation AUC (default 20)\n"
    "  --samples N    training windows drawn per epoch (default 16000)\n"
    "  --hidden N, --layers L   GRU size (default 32 units, 2 layers)\n"
    "  --threads T    1 or 2 (default 2); results do not depend on it\n"
    "  --top K        precision at the K highest test scores (default 100)\n"
    "  --store        keep the trained model and its daily score of every institution in the\n"
    "                 workspace (a warning run)\n";

const char* const kClusterHelp =
    "usage: eagleeye-cli cluster FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--window D] [--seed S] [--store]\n"
    "\n"
    "Clusters institutions by trading strategy: mean profile features over the period (default: the\n"
    "whole profile run), robustly scaled and standardised, PCA, k-means++ with k from 2 to 8 chosen\n"
    "by silhouette. Prints each cluster's name, size and distinguishing features, agreement with the\n"
    "simulator's strategy labels where present, and the institutions whose windows of D days\n"
    "(default 60) move from one cluster to another. --store keeps them in the workspace (a cluster run).\n";

namespace {

std::string fixed(double v, int digits) {
    if (std::isnan(v)) return "-";
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

std::set<std::string> eventKinds(const std::string& text) {
    if (text == "distress") return distressEventKinds();
    if (text == "all") return {};
    std::set<std::string> kinds;
    std::stringstream s(text);
    for (std::string kind; std::getline(s, kind, ',');)
        if (!kind.empty()) kinds.insert(kind);
    if (kinds.empty()) throw UsageError("--events expects distress, all or event kinds");
    return kinds;
}

RunId latestProfileRun(Store& store) {
    const auto run = ResultStore(store).latestRun(kProfileRunKind);
    if (!run) throw std::runtime_error(store.path() + ": no profile run yet (run 'eagleeye-cli analyze' first)");
    return run->id;
}

Date dateOption(const Options& o, const char* name, Date fallback) {
    const auto text = o.value(name);
    if (!text) return fallback;
    const auto parsed = Date::parse(*text);
    if (!parsed) throw UsageError(std::string("--") + name + " expects YYYY-MM-DD, got '" + *text + "'");
    return *parsed;
}

void printRow(std::ostream& out, const ModelEvaluation& m) {
    out << std::left << std::setw(22) << m.model << std::right << std::setw(8) << fixed(m.rocAuc, 3) << std::setw(8)
        << fixed(m.prAuc, 3) << std::setw(8) << fixed(m.precisionAtK, 2) << std::setw(7) << fixed(m.lead.median, 0)
        << std::setw(5) << m.lead.warned << "/" << std::left << std::setw(4) << m.lead.events << " " << m.detail
        << std::right << "\n";
}

}  // namespace

int evaluate(const Options& o, std::ostream& out, std::ostream& err) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one workspace FILE");
    WarningTask task;
    task.window = static_cast<int>(o.integer("window", task.window, 2, 250));
    task.horizon = static_cast<int>(o.integer("horizon", task.horizon, 1, 120));
    task.eventKinds = eventKinds(o.value("events").value_or("distress"));
    WarningHyperParameters hyper;
    hyper.seed = static_cast<std::uint64_t>(o.integer("seed", static_cast<std::int64_t>(hyper.seed), 0, INT64_MAX));
    hyper.epochs = static_cast<int>(o.integer("epochs", hyper.epochs, 1, 1000));
    hyper.samplesPerEpoch = static_cast<int>(o.integer("samples", hyper.samplesPerEpoch, 64, 10000000));
    hyper.hidden = static_cast<int>(o.integer("hidden", hyper.hidden, 2, 512));
    hyper.layers = static_cast<int>(o.integer("layers", hyper.layers, 1, 8));
    hyper.threads = static_cast<int>(o.integer("threads", hyper.threads, 1, 2));
    WarningSplit split;
    split.seed = hyper.seed;
    EvaluationOptions options;
    options.topK = static_cast<std::size_t>(o.integer("top", 100, 1, 1000000));

    Store store = o.has("store") ? Store::open(o.positional().front()) : Store::openReadOnly(o.positional().front());
    const RunId run = latestProfileRun(store);
    const auto started = std::chrono::steady_clock::now();
    FeatureTensor tensor = FeatureTensor::load(store, run);
    err << "read " << tensor.rows() << " institutions x " << tensor.dayCount() << " days x " << tensor.featureCount()
        << " features of profile run " << run.value << "\n";
    const auto onEpoch = [&err](const EpochReport& e) {
        err << "epoch " << std::setw(3) << e.epoch << "  loss " << fixed(e.trainingLoss, 4) << "  validation AUC "
            << fixed(e.validationAuc, 3) << "  " << fixed(e.seconds, 1) << " s" << (e.best ? "  *" : "") << "\n";
    };
    const WarningEvaluation r = evaluateWarnings(tensor, store.riskEvents(), task, split, hyper, options, onEpoch);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    out << "early warning: window " << task.window << " days, horizon " << task.horizon << " days, events "
        << o.value("events").value_or("distress") << ", seed " << hyper.seed << "\n"
        << "training: " << r.trainingSamples << " institution-days (" << r.trainingPositives << " positive)\n"
        << "test: " << r.testInstitutions << " held-out institutions in the last " << fixed(split.testPeriod * 100, 0)
        << "% of days, " << r.testSamples << " institution-days (" << r.testPositives << " positive, base rate "
        << fixed(r.testSamples ? double(r.testPositives) / double(r.testSamples) : 0, 4) << ")\n";
    out << std::left << std::setw(22) << "model" << std::right << std::setw(8) << "ROC AUC" << std::setw(8) << "PR AUC"
        << std::setw(8) << ("P@" + std::to_string(options.topK)) << std::setw(7) << "lead" << std::setw(10) << "warned"
        << "\n";
    for (const auto& m : r.models) printRow(out, m);
    out << "lead: median days from the first warning to the event (warning on the top "
        << fixed(options.alarmRate * 100, 0) << "% of test days); warned: events warned of / events in the test\n"
        << "took " << fixed(seconds, 1) << " s\n";
    if (!r.topWarningReasons.empty()) {
        std::string code;
        for (const Institution& i : store.institutions())
            if (i.id == tensor.institutions()[r.topWarning.row]) code = i.code;
        out << "strongest test warning: " << code << " on " << tensor.days()[r.topWarning.day].toString() << " (score "
            << fixed(r.topWarningScore, 3) << "); gradient x input, largest first:\n";
        for (const FeatureContribution& c : r.topWarningReasons)
            out << "  " << std::left << std::setw(26) << c.feature << std::right << tensor.days()[c.day].toString()
                << "  " << std::showpos << fixed(c.value, 3) << std::noshowpos << "\n";
    }
    if (o.has("store")) {
        // The GRU's figures under the keys the CLI has always written, and the history and baselines
        // the workstation shows.
        const std::string metrics = WarningRunSummary::of(r, split, run).toText();
        const WarningRunResult stored = storeWarningRun(store, r.training->model, tensor, metrics);
        out << "stored the model and " << stored.scores << " daily scores as warning run " << stored.run.value << "\n";
    }
    return 0;
}

int cluster(const Options& o, std::ostream& out, std::ostream&) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one workspace FILE");
    ClusteringOptions options;
    options.seed = static_cast<std::uint64_t>(o.integer("seed", static_cast<std::int64_t>(options.seed), 0, INT64_MAX));
    const auto window = static_cast<std::size_t>(o.integer("window", 60, 5, 1000));
    Store store = o.has("store") ? Store::open(o.positional().front()) : Store::openReadOnly(o.positional().front());
    const FeatureTensor tensor = FeatureTensor::load(store, latestProfileRun(store));
    if (tensor.dayCount() == 0) throw std::runtime_error("the profile run has no days");
    const std::size_t from = tensor.columnOf(dateOption(o, "from", tensor.days().front()));
    std::size_t to = tensor.columnOf(dateOption(o, "to", tensor.days().back()));
    if (to >= tensor.dayCount() || tensor.days()[to] > dateOption(o, "to", tensor.days().back())) to = to ? to - 1 : 0;
    if (from > to || from >= tensor.dayCount()) throw UsageError("--from must not be after --to");

    const StrategyClusters c = clusterStrategies(tensor.windowMeans(from, to), tensor.features(), options);
    out << tensor.rows() << " institutions, " << tensor.days()[from].toString() << " to "
        << tensor.days()[to].toString() << ": " << c.clusters.size() << " clusters (silhouette "
        << fixed(c.silhouette, 3) << "; by k from " << options.minClusters << ":";
    for (double s : c.silhouetteByK) out << " " << fixed(s, 3);
    out << "), " << c.pca.loadings.cols() << " principal components explain "
        << fixed(c.pca.varianceShare.sum() * 100, 0) << "% of the variance\n";

    const auto institutions = store.institutions();
    std::map<std::int64_t, const Institution*> byId;
    for (const auto& i : institutions) byId[i.id.value] = &i;
    std::map<std::string, int> strategyIndex;
    std::vector<int> truth;
    std::vector<std::map<std::string, int>> strategiesOf(c.clusters.size());
    for (std::size_t r = 0; r < tensor.rows(); ++r) {
        const std::string& strategy = byId.at(tensor.institutions()[r].value)->strategy;
        truth.push_back(strategyIndex.emplace(strategy, static_cast<int>(strategyIndex.size())).first->second);
        ++strategiesOf[static_cast<std::size_t>(c.labels[r])][strategy.empty() ? "-" : strategy];
    }
    for (std::size_t k = 0; k < c.clusters.size(); ++k) {
        const auto& cl = c.clusters[k];
        out << "cluster " << k << "  " << cl.name << "  (" << cl.size << " institutions)\n    distinguishing:";
        for (std::size_t f = 0; f < std::min<std::size_t>(4, cl.distinguishing.size()); ++f)
            out << " " << cl.distinguishing[f].feature << " " << std::showpos
                << fixed(cl.distinguishing[f].deviation, 1) << std::noshowpos;
        out << "\n    simulator strategies:";
        for (const auto& [strategy, n] : strategiesOf[k]) out << " " << strategy << " " << n;
        out << "\n";
    }
    if (strategyIndex.size() > 1)
        out << "agreement with the simulator's strategies: adjusted Rand index "
            << fixed(adjustedRandIndex(c.labels, truth), 3) << "\n";

    // Consecutive windows of the period, each assigned to these clusters.
    const std::vector<ClusterMove> moves = clusterMoves(c, tensor, from, to, window);
    out << moves.size() << " institutions changed cluster between consecutive " << window << "-day windows"
        << (moves.empty() ? "\n" : " (first change shown):\n");
    for (std::size_t k = 0; k < std::min<std::size_t>(20, moves.size()); ++k)
        out << "  " << std::left << std::setw(8) << byId.at(tensor.institutions()[moves[k].row].value)->code
            << std::right << " from " << tensor.days()[moves[k].day].toString() << ": cluster " << moves[k].from
            << " -> " << moves[k].to << "\n";
    if (moves.size() > 20) out << "  ... and " << moves.size() - 20 << " more\n";
    if (o.has("store")) {
        const RunId stored =
            storeClusterRun(store, c, tensor, moves,
                            ClusterRunInfo::of(c, options, tensor.days()[from].toString(), tensor.days()[to].toString(),
                                               static_cast<int>(window))
                                .toText());
        out << "stored as cluster run " << stored.value << "\n";
    }
    return 0;
}

}  // namespace eagle::cli
