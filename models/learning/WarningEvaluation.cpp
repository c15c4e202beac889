#include "WarningEvaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace eagle {

ModelEvaluation measure(const std::string& model, const std::vector<double>& scores, const WarningDataset& data,
                        std::size_t rows, std::size_t days, const EvaluationOptions& options) {
    ModelEvaluation e;
    e.model = model;
    const std::vector<int> labels = data.labels(data.test());
    e.rocAuc = rocAuc(scores, labels);
    e.prAuc = prAuc(scores, labels);
    e.precisionAtK = precisionAtK(scores, labels, options.topK);
    e.threshold = thresholdForAlarmRate(scores, options.alarmRate);
    Eigen::MatrixXd grid = Eigen::MatrixXd::Constant(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(days),
                                                     std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < scores.size(); ++i) grid(data.test()[i].row, data.test()[i].day) = scores[i];
    e.lead = leadTimes(grid, e.threshold, data.testOnsets(), options.leadLookback);
    return e;
}

WarningEvaluation evaluateWarnings(FeatureTensor& tensor, const std::vector<RiskEvent>& events, const WarningTask& task,
                                   const WarningSplit& split, const WarningHyperParameters& hyper,
                                   const EvaluationOptions& options, const EpochCallback& onEpoch,
                                   const ProgressCallback& progress, const std::stop_token& stop) {
    const WarningDataset data(tensor, events, task, split);
    WarningEvaluation result;
    result.options = options;
    result.trainingSamples = data.train().size();
    for (const auto& s : data.train()) result.trainingPositives += static_cast<std::size_t>(data.label(s));
    result.testSamples = data.test().size();
    for (const auto& s : data.test()) result.testPositives += static_cast<std::size_t>(data.label(s));
    for (std::size_t r = 0; r < tensor.rows(); ++r) result.testInstitutions += data.partOf(r) == SplitPart::Test;
    if (result.trainingPositives == 0)
        throw std::runtime_error("no risk event of the chosen kinds in the training split: nothing to learn from");

    const FeatureScaling scaling = fitWarningScaling(tensor, data);
    scaleInPlace(tensor, scaling);
    result.training = trainWarningModel(tensor, data, scaling, hyper, onEpoch, progress, stop);
    throwIfStopped(stop);

    const std::vector<double> gru = result.training->model.score(tensor, data.test(), hyper.threads);
    result.models.push_back(measure("GRU", gru, data, tensor.rows(), tensor.dayCount(), options));
    result.models.back().detail = std::to_string(hyper.layers) + " layers x " + std::to_string(hyper.hidden) +
                                  ", best epoch " + std::to_string(result.training->bestEpoch);
    if (!gru.empty()) {
        const auto top = static_cast<std::size_t>(std::max_element(gru.begin(), gru.end()) - gru.begin());
        result.topWarning = data.test()[top];
        result.topWarningScore = gru[top];
        result.topWarningReasons = result.training->model.explain(tensor, result.topWarning, 5);
    }

    const Eigen::MatrixXd train = lastDayFeatures(tensor, data.train());
    const Eigen::MatrixXd test = lastDayFeatures(tensor, data.test());
    const std::vector<int> trainLabels = data.labels(data.train());
    const LogisticRegression logistic = LogisticRegression::fit(train, trainLabels);
    result.models.push_back(
        measure("logistic regression", logistic.score(test), data, tensor.rows(), tensor.dayCount(), options));
    result.models.back().detail = "last day's " + std::to_string(tensor.featureCount()) + " features";

    const BestSingleFeature single = BestSingleFeature::fit(train, trainLabels);
    result.models.push_back(
        measure("best single feature", single.score(test), data, tensor.rows(), tensor.dayCount(), options));
    result.models.back().detail =
        tensor.features()[static_cast<std::size_t>(single.feature())] + (single.higherIsRiskier() ? " high" : " low");
    return result;
}

}  // namespace eagle
