#include "LearningView.h"

#include "ClusterScatterView.h"
#include "ClusterSummaryView.h"
#include "EvaluationTableView.h"
#include "LiveTexts.h"
#include "TrainingCurveView.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace eagle {

LearningView::LearningView(QWidget* parent)
    : QWidget(parent), run_(new QPushButton(this)), export_(new QPushButton(this)), tabs_(new QTabWidget(this)),
      scatter_(new ClusterScatterView(this)), summary_(new ClusterSummaryView(this)),
      curves_(new TrainingCurveView(this)), evaluation_(new EvaluationTableView(this)) {
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    export_->setObjectName(QStringLiteral("learningExport"));
    bar->addWidget(export_);
    bar->addWidget(run_);
    auto* map = new QSplitter(Qt::Vertical, this);
    map->addWidget(scatter_);
    map->addWidget(summary_);
    map->setStretchFactor(0, 3);
    map->setStretchFactor(1, 1);
    tabs_->addTab(map, QString());
    tabs_->addTab(curves_, QString());
    tabs_->addTab(evaluation_, QString());
    (new LiveTexts(this))->add(this, [this] {
        run_->setText(tr("Cluster and train"));
        run_->setToolTip(tr("Group the institutions by strategy and train the early-warning model in the background"));
        tabs_->setTabText(0, tr("Strategy map"));
        tabs_->setTabText(1, tr("Training"));
        tabs_->setTabText(2, tr("Evaluation"));
        export_->setText(tr("Export…"));
        export_->setToolTip(tr("Export the chart on this tab as PNG, SVG or PDF at a chosen size and resolution, "
                               "or its data as CSV"));
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(tabs_, 1);
    connect(run_, &QPushButton::clicked, this, &LearningView::runRequested);
    connect(export_, &QPushButton::clicked, this, [this] { emit exportRequested(currentExportable()); });
}

QWidget* LearningView::currentExportable() const {
    switch (tabs_->currentIndex()) {
        case 1: return curves_;
        case 2: return evaluation_;
        default: return scatter_;  // the strategy map: its scatter (the summary below only names colours)
    }
}

void LearningView::setSelectionModel(SelectionModel* selection) { scatter_->setSelectionModel(selection); }

void LearningView::setClusters(const ClusterData& data) {
    scatter_->setData(data);
    summary_->setData(data);
}

void LearningView::setWarningRun(const WarningRunData& data) {
    curves_->setHistory(data.epochs, data.bestEpoch,
                        tr("Training history: best epoch %1 of %2").arg(data.bestEpoch).arg(data.epochs.size()));
    evaluation_->setData(data);
}

void LearningView::trainingStarted() {
    curves_->clear();
    tabs_->setCurrentWidget(curves_);
}

void LearningView::appendEpoch(const TrainingEpoch& epoch) { curves_->appendEpoch(epoch); }

void LearningView::setRunning(bool running) { run_->setEnabled(!running); }

}  // namespace eagle
