#pragma once
// The "Feature:" combo box of the heatmap and the time series: shows translated labels, keeps the
// stored feature name as item data, and can follow data that arrives without emitting anything.

#include <QComboBox>

namespace eagle {

class FeatureChooser : public QComboBox {
    Q_OBJECT
public:
    explicit FeatureChooser(QWidget* parent = nullptr);

    // labels[i] is shown for names[i]; the current feature is kept when it is still offered.
    void setChoices(const QStringList& names, const QStringList& labels);
    QString featureName() const { return currentData().toString(); }
    // Selects the feature silently: data shown by the view, not a choice the user made.
    void showFeature(const QString& name);
};

}  // namespace eagle
