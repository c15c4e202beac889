#include "WarningRunSummary.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

namespace eagle {
namespace {

std::string number(double v) {
    if (std::isnan(v)) return "nan";
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", v);
    return text;
}

// Names and details go into key=value;... text: keep them free of its separators.
std::string clean(std::string text) {
    for (char& c : text)
        if (c == ';' || c == '=') c = ' ';
    return text;
}

std::string joined(const std::vector<EpochReport>& epochs, double EpochReport::*field) {
    std::string out;
    for (const EpochReport& e : epochs) {
        if (!out.empty()) out += ',';
        out += number(e.*field);
    }
    return out;
}

std::vector<double> numbers(const std::string& text) {
    std::vector<double> out;
    std::stringstream s(text);
    for (std::string item; std::getline(s, item, ',');) out.push_back(item == "nan" ? std::nan("") : std::stod(item));
    return out;
}

}  // namespace

WarningRunSummary WarningRunSummary::of(const WarningEvaluation& e, const WarningSplit& split, RunId profileRun) {
    WarningRunSummary s;
    s.profileRun = profileRun;
    s.split = split;
    s.options = e.options;
    s.trainingSamples = e.trainingSamples;
    s.trainingPositives = e.trainingPositives;
    s.testSamples = e.testSamples;
    s.testPositives = e.testPositives;
    s.testInstitutions = e.testInstitutions;
    if (e.training) {
        s.bestEpoch = e.training->bestEpoch;
        s.epochs = e.training->epochs;
    }
    s.models = e.models;
    for (ModelEvaluation& m : s.models) m.lead.leads.clear();
    return s;
}

std::string WarningRunSummary::toText() const {
    std::ostringstream out;
    if (!models.empty()) {
        const ModelEvaluation& gru = models.front();
        out << "roc_auc=" << number(gru.rocAuc) << ";pr_auc=" << number(gru.prAuc)
            << ";precision_at_k=" << number(gru.precisionAtK) << ";median_lead=" << number(gru.lead.median) << ";";
    }
    out << "profile_run=" << profileRun.value << ";split_seed=" << split.seed
        << ";test_institutions=" << number(split.testInstitutions)
        << ";validation_institutions=" << number(split.validationInstitutions)
        << ";test_period=" << number(split.testPeriod) << ";top_k=" << options.topK
        << ";alarm_rate=" << number(options.alarmRate) << ";lead_lookback=" << options.leadLookback
        << ";training_samples=" << trainingSamples << ";training_positives=" << trainingPositives
        << ";test_samples=" << testSamples << ";test_positives=" << testPositives
        << ";test_institution_count=" << testInstitutions << ";best_epoch=" << bestEpoch
        << ";epoch_training_loss=" << joined(epochs, &EpochReport::trainingLoss)
        << ";epoch_validation_loss=" << joined(epochs, &EpochReport::validationLoss)
        << ";epoch_validation_auc=" << joined(epochs, &EpochReport::validationAuc)
        << ";epoch_seconds=" << joined(epochs, &EpochReport::seconds) << ";models=" << models.size();
    for (std::size_t k = 0; k < models.size(); ++k) {
        const ModelEvaluation& m = models[k];
        const std::string p = ";model" + std::to_string(k) + ".";
        out << p << "name=" << clean(m.model) << p << "detail=" << clean(m.detail) << p << "roc_auc=" << number(m.rocAuc)
            << p << "pr_auc=" << number(m.prAuc) << p << "precision_at_k=" << number(m.precisionAtK) << p
            << "threshold=" << number(m.threshold) << p << "median_lead=" << number(m.lead.median) << p
            << "warned=" << m.lead.warned << p << "events=" << m.lead.events;
    }
    return out.str();
}

WarningRunSummary WarningRunSummary::fromText(const std::string& text) {
    std::map<std::string, std::string> values;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ';');)
        if (const auto eq = item.find('='); eq != std::string::npos) values[item.substr(0, eq)] = item.substr(eq + 1);
    const auto get = [&](const std::string& key, double fallback) {
        const auto it = values.find(key);
        if (it == values.end() || it->second.empty()) return fallback;
        return it->second == "nan" ? std::nan("") : std::stod(it->second);
    };
    const auto text_ = [&](const std::string& key) {
        const auto it = values.find(key);
        return it == values.end() ? std::string() : it->second;
    };
    WarningRunSummary s;
    s.profileRun = RunId(static_cast<std::int64_t>(get("profile_run", 0)));
    s.split.seed = values.count("split_seed") ? std::stoull(values.at("split_seed")) : s.split.seed;
    s.split.testInstitutions = get("test_institutions", s.split.testInstitutions);
    s.split.validationInstitutions = get("validation_institutions", s.split.validationInstitutions);
    s.split.testPeriod = get("test_period", s.split.testPeriod);
    s.options.topK = static_cast<std::size_t>(get("top_k", static_cast<double>(s.options.topK)));
    s.options.alarmRate = get("alarm_rate", s.options.alarmRate);
    s.options.leadLookback = static_cast<int>(get("lead_lookback", s.options.leadLookback));
    s.trainingSamples = static_cast<std::size_t>(get("training_samples", 0));
    s.trainingPositives = static_cast<std::size_t>(get("training_positives", 0));
    s.testSamples = static_cast<std::size_t>(get("test_samples", 0));
    s.testPositives = static_cast<std::size_t>(get("test_positives", 0));
    s.testInstitutions = static_cast<int>(get("test_institution_count", 0));
    s.bestEpoch = static_cast<int>(get("best_epoch", 0));
    const auto loss = numbers(text_("epoch_training_loss"));
    const auto validationLoss = numbers(text_("epoch_validation_loss"));
    const auto auc = numbers(text_("epoch_validation_auc"));
    const auto seconds = numbers(text_("epoch_seconds"));
    for (std::size_t k = 0; k < loss.size(); ++k) {
        EpochReport e;
        e.epoch = static_cast<int>(k) + 1;
        e.trainingLoss = loss[k];
        e.validationLoss = k < validationLoss.size() ? validationLoss[k] : std::nan("");
        e.validationAuc = k < auc.size() ? auc[k] : std::nan("");
        e.seconds = k < seconds.size() ? seconds[k] : 0;
        e.best = e.epoch == s.bestEpoch;
        s.epochs.push_back(e);
    }
    const int count = static_cast<int>(get("models", 0));
    for (int k = 0; k < count; ++k) {
        const std::string p = "model" + std::to_string(k) + ".";
        ModelEvaluation m;
        m.model = text_(p + "name");
        m.detail = text_(p + "detail");
        m.rocAuc = get(p + "roc_auc", std::nan(""));
        m.prAuc = get(p + "pr_auc", std::nan(""));
        m.precisionAtK = get(p + "precision_at_k", std::nan(""));
        m.threshold = get(p + "threshold", std::nan(""));
        m.lead.median = get(p + "median_lead", std::nan(""));
        m.lead.warned = static_cast<int>(get(p + "warned", 0));
        m.lead.events = static_cast<int>(get(p + "events", 0));
        s.models.push_back(m);
    }
    return s;
}

}  // namespace eagle
