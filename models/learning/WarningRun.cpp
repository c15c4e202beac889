#include "WarningRun.h"

#include "ResultStore.h"

#include <cmath>
#include <map>
#include <sstream>

namespace eagle {
namespace {

std::string describe(const WarningTask& task, const WarningHyperParameters& h) {
    std::string events;
    for (const auto& kind : task.eventKinds) {
        if (!events.empty()) events += '|';
        events += kind;
    }
    std::ostringstream s;
    s << "window=" << task.window << ";horizon=" << task.horizon << ";events=" << events << ";hidden=" << h.hidden
      << ";layers=" << h.layers << ";dropout=" << h.dropout << ";learning_rate=" << h.learningRate
      << ";clip_norm=" << h.clipNorm << ";epochs=" << h.epochs << ";batch=" << h.batch << ";patience=" << h.patience
      << ";samples_per_epoch=" << h.samplesPerEpoch << ";positive_share=" << h.positiveShare;
    return s.str();
}

std::map<std::string, std::string> parse(const std::string& text) {
    std::map<std::string, std::string> values;
    std::stringstream s(text);
    for (std::string item; std::getline(s, item, ';');)
        if (const auto eq = item.find('='); eq != std::string::npos) values[item.substr(0, eq)] = item.substr(eq + 1);
    return values;
}

}  // namespace

StoredModel toStoredModel(const WarningModel& model) {
    StoredModel m;
    m.kind = kGruWarningModelKind;
    m.features = model.features();
    m.centre = model.scaling().centre();
    m.spread = model.scaling().spread();
    m.hyper = describe(model.task(), model.hyper());
    m.seed = model.hyper().seed;
    const auto& p = model.network().parameters();
    m.weights.assign(p.data(), p.data() + p.size());
    return m;
}

WarningModel fromStoredModel(const StoredModel& stored) {
    const auto values = parse(stored.hyper);
    const auto number = [&](const char* key) {
        const auto it = values.find(key);
        if (it == values.end()) throw std::runtime_error("stored model " + std::to_string(stored.id) + " lacks " + key);
        return std::stod(it->second);
    };
    WarningTask task;
    task.window = static_cast<int>(number("window"));
    task.horizon = static_cast<int>(number("horizon"));
    task.eventKinds.clear();
    std::stringstream kinds(values.count("events") ? values.at("events") : "");
    for (std::string kind; std::getline(kinds, kind, '|');) task.eventKinds.insert(kind);
    WarningHyperParameters h;
    h.hidden = static_cast<int>(number("hidden"));
    h.layers = static_cast<int>(number("layers"));
    h.dropout = number("dropout");
    h.learningRate = number("learning_rate");
    h.clipNorm = number("clip_norm");
    h.epochs = static_cast<int>(number("epochs"));
    h.batch = static_cast<int>(number("batch"));
    h.patience = static_cast<int>(number("patience"));
    h.samplesPerEpoch = static_cast<int>(number("samples_per_epoch"));
    h.positiveShare = number("positive_share");
    h.seed = stored.seed;
    WarningModel model(task, h, stored.features, FeatureScaling(stored.centre, stored.spread));
    if (static_cast<Eigen::Index>(stored.weights.size()) != model.network().parameterCount() ||
        stored.centre.size() != stored.features.size() || stored.spread.size() != stored.features.size())
        throw std::runtime_error("stored model " + std::to_string(stored.id) + " does not match its own shape");
    model.network().parameters() =
        Eigen::Map<const Eigen::VectorXf>(stored.weights.data(), static_cast<Eigen::Index>(stored.weights.size()));
    return model;
}

std::vector<WarningScore> scoreMarket(const WarningModel& model, const FeatureTensor& scaled,
                                      const ProgressCallback& progress, const std::stop_token& stop) {
    std::vector<WarningSample> samples;
    for (std::size_t r = 0; r < scaled.rows(); ++r)
        for (std::size_t d = static_cast<std::size_t>(model.task().window - 1); d < scaled.dayCount(); ++d)
            samples.push_back({static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(d)});
    // Scored in slices so that progress and cancellation are seen on large markets.
    std::vector<double> scores;
    const std::size_t slice = 20000;
    for (std::size_t at = 0; at < samples.size(); at += slice) {
        throwIfStopped(stop);
        if (progress) progress(static_cast<double>(at) / static_cast<double>(samples.size()), "scoring");
        const std::vector<WarningSample> part(
            samples.begin() + static_cast<std::ptrdiff_t>(at),
            samples.begin() + static_cast<std::ptrdiff_t>(std::min(samples.size(), at + slice)));
        const auto s = model.score(scaled, part, model.hyper().threads);
        scores.insert(scores.end(), s.begin(), s.end());
    }
    throwIfStopped(stop);
    std::vector<WarningScore> rows;
    rows.reserve(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        rows.push_back({scaled.institutions()[samples[i].row], scaled.days()[samples[i].day], scores[i]});
    if (progress) progress(1, "scoring");
    return rows;
}

WarningRunResult writeWarningRun(Store& store, const WarningModel& model, const std::vector<WarningScore>& scores,
                                 const std::string& metrics) {
    ResultStore results(store);
    LearningStore learning(store);
    Transaction tx(store.database());
    WarningRunResult r;
    r.run = results.beginRun(kWarningRunKind, toStoredModel(model).hyper);
    StoredModel stored = toStoredModel(model);
    stored.run = r.run;
    stored.metrics = metrics;
    r.model = learning.saveModel(stored);
    learning.writeWarnings(r.run, scores);
    results.finishRun(r.run, "done");
    tx.commit();
    r.scores = scores.size();
    return r;
}

WarningRunResult storeWarningRun(Store& store, const WarningModel& model, const FeatureTensor& scaled,
                                 const std::string& metrics, const ProgressCallback& progress,
                                 const std::stop_token& stop) {
    // The last cancellation point is in the scoring: the run is then written whole or not at all.
    return writeWarningRun(store, model, scoreMarket(model, scaled, progress, stop), metrics);
}

}  // namespace eagle
