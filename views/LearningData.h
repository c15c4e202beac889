#pragma once
// What the learning views show: the stored strategy clusters (PCA scatter, cluster summary) and
// the stored early-warning run (training history, evaluation of the GRU against its baselines).

#include "Ids.h"
#include "MetaTypes.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace eagle {

struct ClusterPoint {
    InstitutionId institution;
    QString label;  // the institution's code
    int cluster = 0;
    double pc1 = 0, pc2 = 0;
    double distance = 0;  // to its centroid, in PCA space
    bool moved = false;   // changed cluster between windows
};

struct ClusterDescription {
    int cluster = 0;
    QString name;
    int size = 0;
    // The centroid's profile: features whose cluster mean deviates most from the market, in
    // standard deviations, largest first (translated label, deviation).
    std::vector<std::pair<QString, double>> profile;
};

struct ClusterData {
    bool valid = false;  // a cluster run exists
    QString period;      // e.g. "2025-01-02 to 2025-12-31"
    double silhouette = 0;
    int minClusters = 2;
    std::vector<double> silhouetteByK;
    double variance1 = 0, variance2 = 0;  // share of the variance on each axis
    std::vector<ClusterDescription> clusters;
    std::vector<ClusterPoint> points;
    // The features' loadings on the two axes (translated label, pc1, pc2), largest first.
    struct Loading {
        QString label;
        double pc1 = 0, pc2 = 0;
    };
    std::vector<Loading> loadings;
};

struct TrainingEpoch {
    int epoch = 0;
    double trainingLoss = 0, validationLoss = 0, validationAuc = 0;
};

struct EvaluationRow {
    QString model, detail;
    double rocAuc = 0, prAuc = 0, precisionAtK = 0, medianLead = 0;
    int warned = 0, events = 0;
};

struct WarningRunData {
    bool valid = false;  // a warning run exists
    QString description;  // window, horizon, split
    std::vector<TrainingEpoch> epochs;
    int bestEpoch = 0;
    int topK = 100;
    std::vector<EvaluationRow> rows;  // the GRU first, then the baselines
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::ClusterData)
Q_DECLARE_METATYPE(eagle::WarningRunData)
Q_DECLARE_METATYPE(eagle::TrainingEpoch)
