#pragma once
// Institutions x risk types as of the time cursor's day (QCustomPlot colour map): rows ordered by
// similarity (institutions with alike risk profiles together) or by one risk type, highest first.
// Clicking a row selects its institution; the selected row is marked.

#include "ExportableView.h"
#include "MetaTypes.h"
#include "RiskMatrixData.h"
#include "RowMarker.h"

#include <QPoint>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPTextElement;
class QMouseEvent;

namespace eagle {

class SelectionModel;

class RiskMatrixView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit RiskMatrixView(QWidget* parent = nullptr);
    ~RiskMatrixView() override;

    // ExportableView
    QString exportName() const override;
    DataTable exportTable() const override;
    bool hasChart() const override { return true; }
    QSize chartSize() const override;
    void paintChart(QPainter& painter, QSize size) const override;

    void setData(RiskMatrixData data);
    void setSelectionModel(SelectionModel* selection);

    // Institutions top to bottom as shown.
    std::vector<InstitutionId> shownOrder() const;
    // 0: by similarity; k >= 1: by risk type k - 1, highest first.
    void sortBy(int choice);
    const RiskMatrixData& data() const { return data_; }
    QPoint rowPosition(InstitutionId id) const;  // centre of the row, in this widget's coordinates
    QWidget* plotWidget() const;
    // What column k's score measures and why it matters (the tooltip over the column).
    QString columnToolTip(int column) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void updateRowTicks();
    void updateHighlight();
    void onPlotRelease(QMouseEvent* event);

    QComboBox* sort_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QCPColorMap* map_ = nullptr;
    std::unique_ptr<RowMarker> marker_;
    RiskMatrixData data_;
    std::vector<std::size_t> order_;  // display row -> data row
    int rowStep_ = 0;                 // every how many rows a code is shown
    QPointer<SelectionModel> selection_;
    QPoint pressPos_;
};

}  // namespace eagle
