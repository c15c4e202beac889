#pragma once
// One institution's feature over time against its peer-group median (QCustomPlot), with a
// feature chooser and a value cursor.

#include "MetaTypes.h"
#include "TimeSeriesData.h"

#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;
class QMouseEvent;

namespace eagle {

class FeatureChooser;

class TimeSeriesView : public QWidget {
    Q_OBJECT
public:
    explicit TimeSeriesView(QWidget* parent = nullptr);
    ~TimeSeriesView() override;

    void setFeatureChoices(const QStringList& names, const QStringList& labels);
    void setSeries(TimeSeriesData data);
    void clear();

    QString featureName() const;
    InstitutionId shownInstitution() const { return data_.institution; }
    // Points of the institution's series (NaN points included, as given).
    int pointCount() const;
    QString title() const;

signals:
    // The user picked another feature; the app loads the series off the GUI thread and calls setSeries.
    void featureChanged(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onMouseMove(QMouseEvent* event);
    void rescaleValueAxis();
    void hideCursor();

    FeatureChooser* feature_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QCPGraph* series_ = nullptr;
    QCPGraph* peer_ = nullptr;
    QCPItemStraightLine* cursor_ = nullptr;
    QCPItemText* readout_ = nullptr;
    TimeSeriesData data_;
};

}  // namespace eagle
