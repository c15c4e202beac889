#include "FeatureChooser.h"

#include "FeatureNames.h"

#include <QSignalBlocker>

namespace eagle {

FeatureChooser::FeatureChooser(QWidget* parent) : QComboBox(parent) {
    setObjectName(QStringLiteral("featureChooser"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void FeatureChooser::setChoices(const QStringList& names, const QStringList& labels) {
    const QString current = featureName();
    const QSignalBlocker block(this);
    clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        addItem(i < labels.size() && !labels[i].isEmpty() ? labels[i] : names[i], names[i]);
        setItemData(count() - 1, featureToolTip(names[i].toStdString()), Qt::ToolTipRole);
    }
    if (const int keep = findData(current); keep >= 0) setCurrentIndex(keep);
}

void FeatureChooser::showFeature(const QString& name) {
    if (name.isEmpty()) return;
    if (const int i = findData(name); i >= 0) {
        const QSignalBlocker block(this);
        setCurrentIndex(i);
    }
}

}  // namespace eagle
