#include "TrainingCurveView.h"

#include "LiveTexts.h"
#include "PlotPainting.h"
#include "PlotTitle.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <cmath>

namespace eagle {
namespace {

QVector<QPointF> pointsOf(const QCPGraph* graph) {
    QVector<QPointF> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) out << QPointF(it->key, it->value);
    return out;
}

}  // namespace

TrainingCurveView::TrainingCurveView(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
    plot_->setObjectName(QStringLiteral("trainingCurvePlot"));
    plot_->setMinimumSize(260, 200);
    title_ = addPlotTitle(plot_, font());
    plot_->yAxis2->setVisible(true);
    plot_->yAxis2->setRange(0.4, 1.0);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot_->xAxis->setTicker(ticker);

    training_ = plot_->addGraph();
    training_->setPen(QPen(QColor(0x1F, 0x77, 0xB4), 2));
    training_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    validation_ = plot_->addGraph();
    validation_->setPen(QPen(QColor(0xFF, 0x7F, 0x0E), 2));
    validation_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 5));
    auc_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    auc_->setPen(QPen(QColor(0x2C, 0xA0, 0x2C), 1.5, Qt::DashLine));
    auc_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, 5));
    best_ = new QCPItemStraightLine(plot_);
    best_->setPen(QPen(QColor(0x66, 0x66, 0x66), 1, Qt::DotLine));
    best_->setVisible(false);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), std::max(6, font().pointSize() - 1)));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    // A trained model's caption comes with its history, which the app loads again in a new language.
    (new LiveTexts(this))->add(this, [this] {
        if (training_->dataCount() == 0) title_->setText(tr("No early-warning model trained yet"));
        plot_->xAxis->setLabel(tr("Epoch"));
        plot_->yAxis->setLabel(tr("Cross-entropy loss"));
        plot_->yAxis2->setLabel(tr("Validation ROC AUC"));
        training_->setName(tr("Training loss"));
        validation_->setName(tr("Validation loss"));
        auc_->setName(tr("Validation ROC AUC"));
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

TrainingCurveView::~TrainingCurveView() = default;

void TrainingCurveView::clear() {
    for (QCPGraph* g : {training_, validation_, auc_}) g->data()->clear();
    best_->setVisible(false);
    title_->setText(tr("Training the early-warning model…"));
    rescale();
}

void TrainingCurveView::setHistory(const std::vector<TrainingEpoch>& epochs, int bestEpoch, const QString& caption) {
    for (QCPGraph* g : {training_, validation_, auc_}) g->data()->clear();
    for (const TrainingEpoch& e : epochs) {
        training_->addData(e.epoch, e.trainingLoss);
        validation_->addData(e.epoch, e.validationLoss);
        auc_->addData(e.epoch, e.validationAuc);
    }
    best_->setVisible(bestEpoch > 0);
    best_->point1->setCoords(bestEpoch, 0);
    best_->point2->setCoords(bestEpoch, 1);
    title_->setText(epochs.empty() ? tr("No early-warning model trained yet") : caption);
    rescale();
}

void TrainingCurveView::appendEpoch(const TrainingEpoch& e) {
    training_->addData(e.epoch, e.trainingLoss);
    validation_->addData(e.epoch, e.validationLoss);
    auc_->addData(e.epoch, e.validationAuc);
    title_->setText(tr("Training: epoch %1, loss %2, validation AUC %3")
                        .arg(e.epoch)
                        .arg(e.trainingLoss, 0, 'f', 4)
                        .arg(e.validationAuc, 0, 'f', 3));
    rescale();
}

void TrainingCurveView::rescale() {
    const int epochs = training_->dataCount();
    plot_->xAxis->setRange(0.5, std::max(epochs, 2) + 0.5);
    double high = 0;
    for (QCPGraph* g : {training_, validation_})
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            if (std::isfinite(it->value)) high = std::max(high, it->value);
    plot_->yAxis->setRange(0, high > 0 ? high * 1.1 : 1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QVector<QPointF> TrainingCurveView::trainingLoss() const { return pointsOf(training_); }
QVector<QPointF> TrainingCurveView::validationLoss() const { return pointsOf(validation_); }
QVector<QPointF> TrainingCurveView::validationAuc() const { return pointsOf(auc_); }
QWidget* TrainingCurveView::plotWidget() const { return plot_; }

QString TrainingCurveView::exportName() const { return tr("Training history"); }

// One row per epoch drawn (the three curves grow together), the kept epoch marked.
DataTable TrainingCurveView::exportTable() const {
    DataTable table;
    table.header << tr("Epoch") << tr("Training loss") << tr("Validation loss") << tr("Validation ROC AUC") << tr("Kept");
    const QVector<QPointF> training = trainingLoss(), validation = validationLoss(), auc = validationAuc();
    const double kept = best_->visible() ? best_->point1->coords().x() : std::nan("");
    for (qsizetype k = 0; k < training.size(); ++k)
        table.rows << QStringList{QString::number(training[k].x()), DataTable::number(training[k].y()),
                                  DataTable::number(k < validation.size() ? validation[k].y() : std::nan("")),
                                  DataTable::number(k < auc.size() ? auc[k].y() : std::nan("")),
                                  training[k].x() == kept ? tr("yes") : QString()};
    return table;
}

QSize TrainingCurveView::chartSize() const { return plot_->size(); }

void TrainingCurveView::paintChart(QPainter& painter, QSize size) const { paintPlot(*plot_, painter, size); }

}  // namespace eagle
