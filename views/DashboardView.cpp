#include "DashboardView.h"

#include "AlertNames.h"
#include "AxisLabels.h"
#include "FeatureNames.h"
#include "ListTable.h"
#include "LiveTexts.h"

#include <qcustomplot.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace eagle {
namespace {

constexpr int kFeedRows = 12;
constexpr int kRiserNameColumn = 1;
constexpr int kRiserNameMinChars = 10;  // a name cut shorter than this says little
constexpr QSize kTileMinimum(220, 110);
// One colour per market, in the order of Market (bond, money, FX, equity, gold).
const std::array<QColor, 5> kMarketColours{QColor(0x1F, 0x77, 0xB4), QColor(0x2C, 0xA0, 0x2C),
                                           QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B),
                                           QColor(0xD4, 0xA0, 0x17)};

QColor rateColour(const QString& series) {
    if (series == QLatin1String("DR001")) return QColor(0xD6, 0x27, 0x28);
    if (series == QLatin1String("DR007")) return QColor(0x1F, 0x77, 0xB4);
    return QColor(0x55, 0x5B, 0x63);
}

Qt::PenStyle rateStyle(const QString& series) {
    if (series == QLatin1String("POLICY_7D")) return Qt::DotLine;
    if (series.startsWith(QLatin1String("CORRIDOR"))) return Qt::DashLine;
    return Qt::SolidLine;
}

// Day labels under a chart whose x is the index into `days`: four, month-day (the charts are small).
QSharedPointer<QCPAxisTickerText> dayTicker(const std::vector<Date>& days) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const std::size_t step = std::max<std::size_t>(1, (days.size() + 3) / 4);
    for (std::size_t k = 0; k < days.size(); k += step)
        ticker->addTick(double(k), QString::fromStdString(days[k].toString().substr(5)));
    return ticker;
}

QCustomPlot* chart(QWidget* parent, const char* name) {
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(QLatin1String(name));
    plot->setMinimumSize(220, 80);  // the tiles share what a 900 px high window leaves them
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setPen(QPen(QColor(0xE3, 0xE6, 0xEA), 1, Qt::DotLine));
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 220));
    plot->legend->setBorderPen(QPen(QColor(0, 0, 0, 40)));
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    plot->legend->setFont(small);
    plot->legend->setRowSpacing(0);
    plot->legend->setIconSize(14, 8);
    plot->xAxis->setTickLabelFont(small);
    plot->yAxis->setTickLabelFont(small);
    plot->yAxis->setLabelFont(small);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    return plot;
}

QTableWidget* table(QWidget* parent, const char* name, int columns) {
    auto* t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(name));
    styleListTable(t);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QString number(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }

}  // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent), texts_(new LiveTexts(this)), asOf_(new QLabel(this)), activity_(chart(this, "dashboardActivity")),
      rates_(chart(this, "dashboardRates")), heatmap_(new QCustomPlot(this)),
      risers_(table(this, "dashboardRisers", 6)) {
    QFont big = asOf_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    asOf_->setFont(big);
    texts_->add(this, [this] {
        risers_->setHorizontalHeaderLabels({tr("Institution"), tr("Name"), tr("Risk type"), tr("Before"), tr("Now"), tr("Rise")});
        activity_->yAxis->setLabel(tr("CNY bn"));  // a short label: the tile is short (its tooltip says more)
        rates_->yAxis->setLabel(tr("Rate, %"));
    });
    heatmap_->setObjectName(QStringLiteral("dashboardHeatmap"));
    heatmap_->setMinimumSize(220, 90);
    heatmap_->yAxis->setRangeReversed(true);
    heatmap_->xAxis->grid()->setVisible(false);
    heatmap_->yAxis->grid()->setVisible(false);
    QFont small = heatmap_->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    heatmap_->xAxis->setTickLabelFont(small);
    heatmap_->yAxis->setTickLabelFont(small);
    map_ = new QCPColorMap(heatmap_->xAxis, heatmap_->yAxis);
    map_->setInterpolate(false);
    map_->setDataRange(QCPRange(0, 100));  // risk scores are 0-100 by construction
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x2B, 0x83, 0xBA));
    gradient.setColorStopAt(0.5, QColor(0xFF, 0xFF, 0xBF));
    gradient.setColorStopAt(1.0, QColor(0xD7, 0x19, 0x1C));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map_->setGradient(gradient);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    grid->addWidget(panel([] { return tr("Market activity"); }, activity_,
                          [] {
                              return tr("Traded notional per market and day (CNY bn), the last %n trading day(s) up "
                                        "to the as-of day. Click a day to move the time cursor there.",
                                        nullptr, 60);
                          }),
                    0, 0);
    grid->addWidget(panel([] { return tr("Money-market rates and the policy corridor"); }, rates_,
                          [] {
                              return tr("Repo fixings against the central bank's corridor: the floor (excess-reserve "
                                        "rate), the 7-day policy rate and the ceiling (standing lending facility). "
                                        "Rates pressing on the ceiling mean tight liquidity. Click a day to move the "
                                        "time cursor there.");
                          }),
                    0, 1);
    grid->addWidget(panel([] { return tr("Open alerts"); }, createAlertsPanel(),
                          [] {
                              return tr("Alerts of the current rules run not yet closed, up to the as-of day. Click a "
                                        "severity to filter the alerts list, an alert to open it.");
                          }),
                    0, 2, 2, 1);
    grid->addWidget(panel([] { return tr("Largest risers in risk score"); }, risers_,
                          [] {
                              return tr("Institutions whose risk score rose most: the mean over the last 20 trading "
                                        "days against the 20 before, for the risk type that rose most. Click one to "
                                        "open its profile.");
                          }),
                    1, 0);
    grid->addWidget(panel([] { return tr("Riskiest institutions"); }, heatmap_,
                          [] {
                              return tr("The institutions with the highest risk score of any type over the last 20 "
                                        "trading days, by risk type (0 low to 100 high against peers). Click a cell "
                                        "to open the institution.");
                          }),
                    1, 1);
    grid->addWidget(panel([] { return tr("Exposure network"); }, createNetworkPanel(),
                          [] {
                              return tr("The money-market lending network over the last 20 trading days: its size and "
                                        "the institutions with the most lending and borrowing.");
                          }),
                    2, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 1);
    // The figures' labels come with the data, which the app loads again in a new language.
    texts_->add(this, [this] {
        showAsOf();
        fillAlerts();
        if (loaded_) fillNetwork();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(asOf_);
    layout->addLayout(grid, 1);

    connect(activity_, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* e) { onChartClick(activity_, e->pos()); });
    connect(rates_, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* e) { onChartClick(rates_, e->pos()); });
    connect(heatmap_, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* e) { onHeatmapClick(e->pos()); });
    heatmap_->installEventFilter(this);  // each risk type's column explains its score
    connect(heatmap_, &QCustomPlot::afterLayout, this, &DashboardView::updateHeatmapTicks);
    // The numbers keep their room in a narrow tile; the name gives way (elided, whole in its tooltip),
    // and steps aside when only a few letters of it would show.
    risers_->horizontalHeader()->setStretchLastSection(false);
    risers_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    risers_->horizontalHeader()->setSectionResizeMode(kRiserNameColumn, QHeaderView::Stretch);
    risers_->viewport()->installEventFilter(this);
    connect(risers_->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != kRiserNameColumn) fitRisersName();  // the numbers' or codes' widths changed
    });
    connect(risers_, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row >= 0 && std::size_t(row) < data_.risers.size()) emit institutionActivated(data_.risers[row].institution);
    });
}

DashboardView::~DashboardView() = default;

QWidget* DashboardView::panel(QString (*title)(), QWidget* content, QString (*tip)()) {
    auto* box = new QWidget(this);
    // The tiles share the room by the grid's stretch factors alone: sized by their content, they
    // would move whenever data arrives (a scroll bar appearing changes a table's size hint).
    box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    box->setMinimumSize(kTileMinimum);
    auto* heading = new QLabel(box);
    texts_->add(heading, [heading, content, title, tip] {
        heading->setText(QStringLiteral("<b>%1</b>").arg(title().toHtmlEscaped()));
        heading->setToolTip(tip());
        content->setToolTip(tip());
    });
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(content, 1);
    return box;
}

QWidget* DashboardView::createAlertsPanel() {
    auto* box = new QWidget(this);
    auto* counts = new QHBoxLayout;
    for (const char* severity : {"high", "medium", "low"}) {
        auto* button = new QPushButton(box);
        button->setObjectName(QStringLiteral("severity_%1").arg(QLatin1String(severity)));
        button->setProperty("severity", QLatin1String(severity));
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("QPushButton { color: %1; font-weight: bold; padding: 6px; }")
                                  .arg(severityColor(severity).name()));
        connect(button, &QPushButton::clicked, this, [this, severity] { emit severityActivated(QLatin1String(severity)); });
        counts->addWidget(button);
        severityButtons_.push_back(button);
    }
    feed_ = table(box, "dashboardFeed", 4);
    texts_->add(feed_, [this] { feed_->setHorizontalHeaderLabels({tr("Day"), tr("Severity"), tr("Institution"), tr("Alert")}); });
    connect(feed_, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (QTableWidgetItem* item = feed_->item(row, 0)) emit alertActivated(item->data(Qt::UserRole).toLongLong());
    });
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(counts);
    layout->addWidget(feed_, 1);
    fillAlerts();
    return box;
}

QWidget* DashboardView::createNetworkPanel() {
    auto* box = new QWidget(this);
    networkSummary_ = new QLabel(box);
    networkSummary_->setObjectName(QStringLiteral("dashboardNetworkSummary"));
    // Three short lines, not wrapped: a wrapped label's height depends on its width, which made
    // the tile's height depend on when the text arrived.
    auto* open = new QPushButton(box);
    texts_->add(open, [open] { open->setText(tr("Open the network")); });
    open->setObjectName(QStringLiteral("dashboardOpenNetwork"));
    connect(open, &QPushButton::clicked, this, &DashboardView::networkRequested);
    hubs_ = table(box, "dashboardHubs", 2);
    texts_->add(hubs_, [this] { hubs_->setHorizontalHeaderLabels({tr("Institution"), tr("Lent + borrowed, CNY bn")}); });
    hubs_->setMaximumHeight(110);
    connect(hubs_, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row >= 0 && std::size_t(row) < data_.hubs.size()) emit institutionActivated(data_.hubs[row].institution);
    });
    auto* left = new QVBoxLayout;
    left->addWidget(networkSummary_);
    left->addWidget(open, 0, Qt::AlignLeft);
    left->addStretch(1);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(hubs_, 1);
    return box;
}

void DashboardView::showAsOf() {
    if (!loaded_)
        asOf_->setText(tr("No workspace open"));
    else
        asOf_->setText(data_.days.empty() ? tr("No trading days in this workspace")
                                          : tr("Market as of %1").arg(QString::fromStdString(data_.day.toString())));
}

void DashboardView::setData(DashboardData data) {
    data_ = std::move(data);
    loaded_ = true;
    showAsOf();
    drawActivity();
    drawRates();
    drawHeatmap();
    fillRisers();
    fillAlerts();  // the feed stops at the new day
    fillNetwork();
}

void DashboardView::drawActivity() {
    activity_->clearPlottables();
    QCPBars* below = nullptr;
    double top = 0;
    std::vector<double> stacked(data_.days.size(), 0);
    QVector<double> x(qsizetype(data_.days.size()));
    for (std::size_t k = 0; k < data_.days.size(); ++k) x[qsizetype(k)] = double(k);
    for (std::size_t m = 0; m < data_.activity.size(); ++m) {
        const auto& a = data_.activity[m];
        auto* bars = new QCPBars(activity_->xAxis, activity_->yAxis);
        bars->setName(a.market);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(0.8);
        const QColor colour = kMarketColours[m % kMarketColours.size()];
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
        bars->setData(x, QVector<double>(a.notionalBn.begin(), a.notionalBn.end()), true);
        if (below) bars->moveAbove(below);
        below = bars;
        for (std::size_t k = 0; k < stacked.size(); ++k) top = std::max(top, stacked[k] += a.notionalBn[k]);
    }
    activity_->xAxis->setTicker(dayTicker(data_.days));
    activity_->xAxis->setRange(-0.8, std::max<double>(1, double(data_.days.size())) - 0.2);
    activity_->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    activity_->replot();
}

void DashboardView::drawRates() {
    rates_->clearGraphs();
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& line : data_.rates) {
        QCPGraph* g = rates_->addGraph();
        g->setName(line.label);
        g->setPen(QPen(rateColour(line.series), line.series.startsWith(QLatin1String("DR")) ? 2 : 1.4,
                       rateStyle(line.series)));
        for (std::size_t k = 0; k < line.values.size(); ++k)
            if (std::isfinite(line.values[k])) {
                g->addData(double(k), line.values[k]);
                lo = std::min(lo, line.values[k]), hi = std::max(hi, line.values[k]);
            }
    }
    rates_->xAxis->setTicker(dayTicker(data_.days));
    rates_->xAxis->setRange(-0.5, std::max<double>(1, double(data_.days.size())) - 0.5);
    if (std::isfinite(lo)) {
        const double pad = std::max(0.05, (hi - lo) * 0.1);
        rates_->yAxis->setRange(lo - pad, hi + pad);
    }
    rates_->legend->setVisible(!data_.rates.empty());
    rates_->replot();
}

void DashboardView::drawHeatmap() {
    const int rows = int(data_.hotInstitutions.size());
    const int columns = int(data_.riskLabels.size());
    map_->data()->setSize(std::max(columns, 1), std::max(rows, 1));
    map_->data()->setRange(QCPRange(0, std::max(columns - 1, 0)), QCPRange(0, std::max(rows - 1, 0)));
    map_->data()->fill(std::nan(""));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns && c < int(data_.hotScores[r].size()); ++c) map_->data()->setCell(c, r, data_.hotScores[r][c]);
    heatmapColumnLines_ = 0;
    heatmapRowStep_ = 0;
    updateHeatmapTicks();
    heatmap_->xAxis->setRange(-0.5, std::max(columns, 1) - 0.5);
    heatmap_->yAxis->setRange(-0.5, std::max(rows, 1) - 0.5);
    heatmap_->replot();
}

void DashboardView::updateHeatmapTicks() {
    const bool columns = updateHeatmapColumnTicks();
    const bool rows = updateHeatmapRowTicks();
    if (columns || rows) layOutAgain(*heatmap_);
}

// The risk types under their columns: on one line while they fit the columns' width, else every
// second one a line lower, so that each has two columns' width (English names are long). Back on
// one line only with a space to spare, so that the height a second line takes, changing how many
// codes fit and so the columns' width, cannot switch it to and fro. True when the ticks changed.
bool DashboardView::updateHeatmapColumnTicks() {
    const int columns = int(data_.riskLabels.size());
    const QFontMetrics fm(heatmap_->xAxis->tickLabelFont());
    const double columnWidth = double(heatmap_->axisRect()->width()) / std::max(columns, 1);
    const int gap = fm.horizontalAdvance(QLatin1Char(' '));
    int widest = 0;
    for (const QString& label : data_.riskLabels) widest = std::max(widest, fm.horizontalAdvance(label));
    const int slack = heatmapColumnLines_ == 2 ? 2 * gap : gap;
    const int lines = widest + slack <= columnWidth ? 1 : 2;
    if (lines == heatmapColumnLines_) return false;
    heatmapColumnLines_ = lines;
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < columns; ++c) {
        const QString label = fm.elidedText(data_.riskLabels[c], Qt::ElideRight, int(lines * columnWidth) - gap);
        ticks->addTick(c, lines == 2 && c % 2 ? QLatin1Char('\n') + label : label);
    }
    heatmap_->xAxis->setTicker(ticks);
    return true;
}

// As many institutions' codes as fit the rows' height without overlapping: every one, or every
// second, third... (after each layout, as the tile's height changes). True when the ticks changed.
bool DashboardView::updateHeatmapRowTicks() {
    const int rows = int(data_.hotLabels.size());
    const int step = labelStep(rows, heatmap_->yAxis->tickLabelFont(), heatmap_->axisRect()->height());
    if (step == heatmapRowStep_) return false;
    heatmapRowStep_ = step;
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 0; r < rows; r += step) ticks->addTick(r, data_.hotLabels[r]);
    heatmap_->yAxis->setTicker(ticks);
    return true;
}

// The name column shows only when at least kRiserNameMinChars characters of a name fit; the
// code's tooltip names the institution either way.
void DashboardView::fitRisersName() {
    const QHeaderView* header = risers_->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column)
        if (column != kRiserNameColumn) others += header->sectionSize(column);
    const int room = risers_->viewport()->width() - others;
    risers_->setColumnHidden(kRiserNameColumn, room < kRiserNameMinChars * risers_->fontMetrics().averageCharWidth());
}

void DashboardView::fillRisers() {
    risers_->setRowCount(int(data_.risers.size()));
    for (int row = 0; row < int(data_.risers.size()); ++row) {
        const auto& r = data_.risers[row];
        const auto right = Qt::AlignRight | Qt::AlignVCenter;
        auto* code = cell(r.code);
        code->setToolTip(r.name);
        risers_->setItem(row, 0, code);
        auto* name = cell(r.name);
        name->setToolTip(r.name);
        risers_->setItem(row, kRiserNameColumn, name);
        // The risk type as the riskiest institutions' columns name it (short), explained in its tooltip.
        const qsizetype k = data_.riskFeatures.indexOf(r.riskFeature);
        auto* type = cell(k >= 0 && k < data_.riskLabels.size() ? data_.riskLabels[k] : r.riskType);
        type->setToolTip(featureToolTip(r.riskFeature.toStdString()));
        risers_->setItem(row, 2, type);
        risers_->setItem(row, 3, cell(number(r.before, 1), right));
        risers_->setItem(row, 4, cell(number(r.now, 1), right));
        auto* rise = cell(QStringLiteral("+") + number(r.rise(), 1), right);
        rise->setForeground(QColor(0xC6, 0x28, 0x28));
        risers_->setItem(row, 5, rise);
    }
}

bool DashboardView::isOpen(const AlertRecord& a) const {
    if (a.alert.status == "closed") return false;
    return !data_.day.daysSinceEpoch() || a.alert.day <= data_.day;  // no day yet: every alert counts
}

std::vector<AlertRecord> DashboardView::feed() const {
    std::vector<AlertRecord> open;
    for (const AlertRecord& a : alerts_)
        if (isOpen(a)) open.push_back(a);
    std::stable_sort(open.begin(), open.end(), [](const AlertRecord& a, const AlertRecord& b) {
        if (a.alert.day != b.alert.day) return a.alert.day > b.alert.day;
        return severityRank(a.alert.severity) > severityRank(b.alert.severity);
    });
    if (open.size() > kFeedRows) open.resize(kFeedRows);
    return open;
}

int DashboardView::openAlerts(const QString& severity) const {
    const std::string s = severity.toStdString();
    return int(std::count_if(alerts_.begin(), alerts_.end(),
                             [&](const AlertRecord& a) { return a.alert.severity == s && isOpen(a); }));
}

void DashboardView::setAlerts(std::vector<AlertRecord> alerts) {
    alerts_ = std::move(alerts);
    fillAlerts();
}

void DashboardView::setAlertStatus(std::int64_t alertId, AlertStatus status) {
    for (AlertRecord& a : alerts_)
        if (a.alert.id == alertId) a.alert.status = std::string(nameOf(status));
    fillAlerts();
}

void DashboardView::fillAlerts() {
    if (!feed_) return;
    for (QPushButton* b : severityButtons_) {
        const QString severity = b->property("severity").toString();
        b->setText(QStringLiteral("%1\n%2").arg(openAlerts(severity)).arg(severityDisplayName(severity.toStdString())));
    }
    const auto open = feed();
    feed_->setRowCount(int(open.size()));
    for (int row = 0; row < int(open.size()); ++row) {
        const Alert& a = open[row].alert;
        auto* day = cell(QString::fromStdString(a.day.toString()));
        day->setData(Qt::UserRole, qint64(a.id));
        feed_->setItem(row, 0, day);
        auto* severity = cell(severityDisplayName(a.severity));
        severity->setForeground(severityColor(a.severity));
        feed_->setItem(row, 1, severity);
        feed_->setItem(row, 2, cell(QString::fromStdString(open[row].institutionCode)));
        auto* message = cell(QString::fromStdString(a.message));
        message->setToolTip(QString::fromStdString(a.message));
        feed_->setItem(row, 3, message);
    }
    feed_->resizeColumnsToContents();
}

void DashboardView::fillNetwork() {
    if (!networkSummary_) return;
    networkSummary_->setText(tr("%n institution(s) lending or borrowing", nullptr, data_.networkNodes) +
                             QStringLiteral("<br>") +
                             tr("%n lending relation(s)", nullptr, data_.networkEdges) + QStringLiteral("<br>") +
                             tr("CNY %1 bn lent in the window").arg(number(data_.networkExposureBn, 1)));
    hubs_->setRowCount(int(data_.hubs.size()));
    for (int row = 0; row < int(data_.hubs.size()); ++row) {
        hubs_->setItem(row, 0, cell(data_.hubs[row].label));
        hubs_->setItem(row, 1, cell(number(data_.hubs[row].exposureBn, 1), Qt::AlignRight | Qt::AlignVCenter));
    }
}

void DashboardView::onChartClick(QCustomPlot* plot, const QPoint& pos) {
    if (data_.days.empty() || !plot->axisRect()->rect().contains(pos)) return;
    const long k = std::lround(plot->xAxis->pixelToCoord(pos.x()));
    if (k >= 0 && std::size_t(k) < data_.days.size()) emit dayActivated(data_.days[std::size_t(k)]);
}

bool DashboardView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == risers_->viewport() && event->type() == QEvent::Resize) fitRisersName();
    if (watched != heatmap_ || event->type() != QEvent::ToolTip) return QWidget::eventFilter(watched, event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const QRect area = heatmap_->axisRect()->rect();
    const long column = std::lround(heatmap_->xAxis->pixelToCoord(help->pos().x()));
    const bool onColumn = help->pos().x() >= area.left() && help->pos().x() <= area.right() &&
                          help->pos().y() >= area.top() && column >= 0 && column < long(data_.riskFeatures.size());
    // Elsewhere the tile's own tooltip.
    QToolTip::showText(help->globalPos(), onColumn ? riskToolTip(int(column)) : heatmap_->toolTip(), heatmap_);
    return true;
}

QString DashboardView::riskToolTip(int column) const {
    return column >= 0 && column < data_.riskFeatures.size() ? featureToolTip(data_.riskFeatures[column].toStdString())
                                                             : QString();
}

void DashboardView::onHeatmapClick(const QPoint& pos) {
    if (!heatmap_->axisRect()->rect().contains(pos)) return;
    const long row = std::lround(heatmap_->yAxis->pixelToCoord(pos.y()));
    const long column = std::lround(heatmap_->xAxis->pixelToCoord(pos.x()));
    if (row >= 0 && std::size_t(row) < data_.hotInstitutions.size() && column >= 0 && column < long(data_.riskLabels.size()))
        emit institutionActivated(data_.hotInstitutions[std::size_t(row)]);
}

}  // namespace eagle
