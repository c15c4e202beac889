// The dashboard on a simulated market: activity by market, rates, risers in risk score, the
// riskiest institutions and the network's numbers each agree with an independent computation from
// the trades and the stored features; the view counts and lists open alerts as a hand count says,
// and each click says what it points at.

#include "DashboardLoader.h"
#include "DashboardView.h"
#include "MarketSimulator.h"
#include "ProfilePipeline.h"
#include "RiskScores.h"
#include "Store.h"
#include "WorkspaceFile.h"
#include "WorkspaceLoader.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>
#include <map>
#include <set>

using namespace eagle;

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void activityEqualsTheTrades();
    void ratesEqualTheStoredSeries();
    void risersEqualAnIndependentRanking();
    void networkEqualsTheMoneyMarketTrades();
    void earlierDayEndsTheCharts();
    void alertCountsAndFeed();
    void clicksSayWhatTheyPointAt();
    void readableInTheRoomA1500By900WindowLeaves();

private:
    QTemporaryDir dir_;
    std::string path_;
    WorkspaceSnapshot snapshot_;
    DashboardData data_;
};

void TestDashboard::initTestCase() {
    path_ = dir_.filePath("dashboard.eagle").toStdString();
    createWorkspace(path_, [](Store& s) {
        MarketSimulator({40, 90, 11}).run(s);
        computeProfiles(s);
    });
    snapshot_ = loadWorkspace(path_, {}, {});
    Store store = Store::openReadOnly(path_);
    data_ = loadDashboard(store, snapshot_, snapshot_.days.back());
    QCOMPARE(data_.day, snapshot_.days.back());
    QCOMPARE(int(data_.days.size()), kDashboardChartDays);
    QCOMPARE(data_.days.back(), snapshot_.days.back());
}

void TestDashboard::activityEqualsTheTrades() {
    // Independent: every trade of the chart's days, summed by market and day.
    std::map<std::pair<int, Date>, std::pair<double, double>> expected;
    Store store = Store::openReadOnly(path_);
    store.forEachTrade([&](const Trade& t) {
        if (t.day >= data_.days.front() && t.day <= data_.days.back()) {
            auto& [notional, count] = expected[{int(t.market()), t.day}];
            notional += t.notionalCny / 1e9, count += 1;
        }
        return true;
    });
    std::set<int> markets;
    for (const auto& [key, v] : expected) markets.insert(key.first);
    QCOMPARE(data_.activity.size(), markets.size());
    QVERIFY(markets.size() >= 3);  // the simulator trades money, bonds and FX every day
    std::size_t m = 0;
    for (int market : markets) {
        const auto& a = data_.activity[m++];
        QCOMPARE(a.market, marketDisplayName(Market(market)));
        for (std::size_t k = 0; k < data_.days.size(); ++k) {
            const auto it = expected.find({market, data_.days[k]});
            const double notional = it == expected.end() ? 0 : it->second.first;
            const double trades = it == expected.end() ? 0 : it->second.second;
            QVERIFY2(std::abs(a.notionalBn[k] - notional) <= 1e-9 * std::max(1.0, notional),
                     qPrintable(a.market + " " + QString::fromStdString(data_.days[k].toString())));
            QCOMPARE(a.trades[k], trades);
        }
    }
}

void TestDashboard::ratesEqualTheStoredSeries() {
    Store store = Store::openReadOnly(path_);
    QStringList names;
    for (const auto& line : data_.rates) names << line.series;
    QCOMPARE(names, QStringList({"DR001", "DR007", "CORRIDOR_FLOOR", "POLICY_7D", "CORRIDOR_CEILING"}));
    for (const auto& line : data_.rates) {
        std::map<Date, double> stored;
        for (const MarketDaily& p : store.marketSeries(line.series.toStdString())) stored[p.day] = p.close;
        for (std::size_t k = 0; k < data_.days.size(); ++k) {
            const auto it = stored.find(data_.days[k]);
            if (it == stored.end())
                QVERIFY(std::isnan(line.values[k]));
            else
                QCOMPARE(line.values[k], it->second);
        }
    }
    // The corridor holds the repo rates most days: the floor is below DR007 and the ceiling above.
    int inside = 0;
    for (std::size_t k = 0; k < data_.days.size(); ++k)
        inside += data_.rates[2].values[k] <= data_.rates[1].values[k] && data_.rates[1].values[k] <= data_.rates[4].values[k];
    QVERIFY(inside > int(data_.days.size()) * 9 / 10);
}

void TestDashboard::risersEqualAnIndependentRanking() {
    // Independent: each score's matrix, means of the last 20 days and of the 20 before (NaN skipped).
    Store store = Store::openReadOnly(path_);
    ResultStore results(store);
    const std::size_t n = snapshot_.days.size();
    QVERIFY(n >= 2 * kRecentDays);
    struct Best {
        double before = 0, now = 0;
        bool any = false;
    };
    std::map<std::int64_t, Best> best;
    std::map<std::int64_t, double> highest;
    const auto mean = [](const FeatureMatrix& m, std::size_t row, std::size_t from, std::size_t to) {
        double sum = 0;
        int count = 0;
        for (std::size_t c = from; c < to; ++c)
            if (std::isfinite(m.at(row, c))) sum += m.at(row, c), ++count;
        return count ? sum / count : NAN;
    };
    for (const auto& spec : riskTypes()) {
        const FeatureDef* def = snapshot_.feature(std::string(spec.name));
        QVERIFY(def);
        const FeatureMatrix m = results.featureMatrix(snapshot_.profileRun, def->id);
        for (std::size_t row = 0; row < m.institutions.size(); ++row) {
            const double now = mean(m, row, n - kRecentDays, n);
            const double before = mean(m, row, n - 2 * kRecentDays, n - kRecentDays);
            const std::int64_t id = m.institutions[row].value;
            if (std::isfinite(now)) highest[id] = std::max(highest.count(id) ? highest[id] : -INFINITY, now);
            if (!std::isfinite(now) || !std::isfinite(before)) continue;
            Best& b = best[id];
            if (!b.any || now - before > b.now - b.before) b = {before, now, true};
        }
    }
    std::vector<std::pair<double, std::int64_t>> rises;
    for (const auto& [id, b] : best)
        if (b.now - b.before > 0) rises.push_back({b.now - b.before, id});
    std::stable_sort(rises.begin(), rises.end(), [](auto& a, auto& b) { return a.first > b.first; });
    QCOMPARE(data_.risers.size(), std::min<std::size_t>(kDashboardRisers, rises.size()));
    QVERIFY(!data_.risers.empty());
    for (std::size_t k = 0; k < data_.risers.size(); ++k) {
        QVERIFY(std::abs(data_.risers[k].rise() - rises[k].first) < 1e-9);
        const Best& b = best[data_.risers[k].institution.value];
        QVERIFY(std::abs(data_.risers[k].now - b.now) < 1e-9);
        QVERIFY(std::abs(data_.risers[k].before - b.before) < 1e-9);
    }
    // The riskiest institution first, with its six scores.
    const auto top = std::max_element(highest.begin(), highest.end(), [](auto& a, auto& b) { return a.second < b.second; });
    QCOMPARE(data_.hotInstitutions.front().value, top->first);
    QCOMPARE(int(data_.hotInstitutions.size()), std::min<int>(kDashboardHotInstitutions, int(highest.size())));
    QCOMPARE(int(data_.riskLabels.size()), int(riskTypes().size()));
    QCOMPARE(data_.riskLabels.front(), QString("Market"));
    double rowMax = -INFINITY;
    for (double v : data_.hotScores.front()) rowMax = std::max(rowMax, std::isfinite(v) ? v : -INFINITY);
    QVERIFY(std::abs(rowMax - top->second) < 1e-9);
}

void TestDashboard::networkEqualsTheMoneyMarketTrades() {
    const Date from = recentWindowStart(snapshot_.days, data_.day);
    std::set<std::pair<std::int64_t, std::int64_t>> pairs;
    std::map<std::int64_t, double> strength;
    double total = 0;
    Store store = Store::openReadOnly(path_);
    store.forEachTrade([&](const Trade& t) {
        if (t.market() == Market::Money && t.day >= from && t.day <= data_.day) {
            pairs.insert({t.buyer.value, t.seller.value});
            strength[t.buyer.value] += t.notionalCny, strength[t.seller.value] += t.notionalCny;
            total += t.notionalCny;
        }
        return true;
    });
    QCOMPARE(data_.networkEdges, int(pairs.size()));
    QCOMPARE(data_.networkNodes, int(strength.size()));
    QVERIFY(std::abs(data_.networkExposureBn - total / 1e9) < 1e-6);
    QCOMPARE(int(data_.hubs.size()), kDashboardHubs);
    double largest = 0;
    for (const auto& [id, v] : strength) largest = std::max(largest, v);
    QVERIFY(std::abs(data_.hubs.front().exposureBn - largest / 1e9) < 1e-6);
    QCOMPARE(strength[data_.hubs.front().institution.value], largest);
}

void TestDashboard::earlierDayEndsTheCharts() {
    const Date day = snapshot_.days[snapshot_.days.size() - 11];
    Store store = Store::openReadOnly(path_);
    const DashboardData earlier = loadDashboard(store, snapshot_, day);
    QCOMPARE(earlier.day, day);
    QCOMPARE(earlier.days.back(), day);
    QCOMPARE(earlier.days.front(), snapshot_.days[snapshot_.days.size() - 11 - kDashboardChartDays + 1]);
}

AlertRecord alert(std::int64_t id, Date day, const char* severity, const char* status = "new") {
    AlertRecord r;
    r.alert.id = id;
    r.alert.day = day;
    r.alert.severity = severity;
    r.alert.status = status;
    r.alert.message = "alert " + std::to_string(id);
    r.institutionCode = "I" + std::to_string(id);
    return r;
}

void TestDashboard::alertCountsAndFeed() {
    DashboardView view;
    view.setData(data_);
    const Date d = data_.day;
    view.setAlerts({alert(1, d.addDays(-3), "high"), alert(2, d, "medium"), alert(3, d.addDays(-1), "high", "closed"),
                    alert(4, d.addDays(-1), "high", "under_review"), alert(5, d.addDays(7), "low"),
                    alert(6, d, "high", "escalated")});
    // Open on or before the day: 1, 2, 4, 6; closed 3 and future 5 do not count.
    QCOMPARE(view.openAlerts("high"), 3);
    QCOMPARE(view.openAlerts("medium"), 1);
    QCOMPARE(view.openAlerts("low"), 0);
    std::vector<std::int64_t> order;
    for (const auto& a : view.feed()) order.push_back(a.alert.id);
    QCOMPARE(order, (std::vector<std::int64_t>{6, 2, 4, 1}));  // newest first, then most severe
    auto* feed = view.findChild<QTableWidget*>("dashboardFeed");
    QCOMPARE(feed->rowCount(), 4);
    QCOMPARE(feed->item(0, 2)->text(), QString("I6"));
    view.setAlertStatus(6, AlertStatus::Closed);
    QCOMPARE(view.openAlerts("high"), 2);
    QCOMPARE(feed->rowCount(), 3);
    QVERIFY(view.findChild<QPushButton*>("severity_high")->text().startsWith("2"));
}

void TestDashboard::clicksSayWhatTheyPointAt() {
    DashboardView view;
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(data_);
    view.setAlerts({alert(41, data_.day, "high")});

    QSignalSpy institutions(&view, &DashboardView::institutionActivated);
    auto* risers = view.findChild<QTableWidget*>("dashboardRisers");
    QTest::mouseClick(risers->viewport(), Qt::LeftButton, {}, risers->visualItemRect(risers->item(1, 0)).center());
    QCOMPARE(institutions.count(), 1);
    QCOMPARE(institutions.takeFirst().at(0).value<InstitutionId>(), data_.risers[1].institution);

    QSignalSpy alerts(&view, &DashboardView::alertActivated);
    auto* feed = view.findChild<QTableWidget*>("dashboardFeed");
    QTest::mouseClick(feed->viewport(), Qt::LeftButton, {}, feed->visualItemRect(feed->item(0, 0)).center());
    QCOMPARE(alerts.count(), 1);
    QCOMPARE(alerts.takeFirst().at(0).toLongLong(), 41);

    QSignalSpy severities(&view, &DashboardView::severityActivated);
    QTest::mouseClick(view.findChild<QPushButton*>("severity_medium"), Qt::LeftButton);
    QCOMPARE(severities.takeFirst().at(0).toString(), QString("medium"));

    // A click on the tenth day of the activity chart moves the cursor to that day.
    QSignalSpy days(&view, &DashboardView::dayActivated);
    auto* activity = view.findChild<QCustomPlot*>("dashboardActivity");
    const QPoint at(int(activity->xAxis->coordToPixel(9)), int(activity->yAxis->coordToPixel(activity->yAxis->range().center())));
    QTest::mouseClick(activity, Qt::LeftButton, {}, at);
    QCOMPARE(days.count(), 1);
    QCOMPARE(days.takeFirst().at(0).value<Date>(), data_.days[9]);

    // A heatmap cell opens its institution: the third riskiest, any column.
    auto* heatmap = view.findChild<QCustomPlot*>("dashboardHeatmap");
    const QPoint cell(int(heatmap->xAxis->coordToPixel(1)), int(heatmap->yAxis->coordToPixel(2)));
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, cell);
    QCOMPARE(institutions.takeFirst().at(0).value<InstitutionId>(), data_.hotInstitutions[2]);

    QSignalSpy network(&view, &DashboardView::networkRequested);
    QTest::mouseClick(view.findChild<QPushButton*>("dashboardOpenNetwork"), Qt::LeftButton);
    QCOMPARE(network.count(), 1);
}

// In a 1500x900 window (docks at their start widths) the dashboard has about 930x370 px: every
// chart fits its tile with its axes, the riskiest institutions' codes do not overlap, and the
// risers' numbers stay in view (the name gives way).
void TestDashboard::readableInTheRoomA1500By900WindowLeaves() {
    DashboardView view;
    view.resize(930, 370);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(data_);
    QTest::qWait(50);  // the queued replots
    for (const char* name : {"dashboardActivity", "dashboardRates", "dashboardHeatmap"}) {
        auto* plot = view.findChild<QCustomPlot*>(name);
        plot->replot();
        // The chart lies inside its tile, its bottom axis's labels included.
        QVERIFY2(plot->parentWidget()->rect().contains(plot->geometry()), name);
        QVERIFY2(plot->axisRect()->bottom() + QFontMetrics(plot->xAxis->tickLabelFont()).height() <= plot->height(), name);
    }
    auto* heatmap = view.findChild<QCustomPlot*>("dashboardHeatmap");
    heatmap->replot();
    const int labels = int(heatmap->yAxis->tickVectorLabels().size());
    QVERIFY(labels >= 2);
    QVERIFY2(labels * QFontMetrics(heatmap->yAxis->tickLabelFont()).height() <= heatmap->axisRect()->height(),
             qPrintable(QString::number(labels)));
    // Nor do the risk types under its columns (English names are wider than a column): neighbours
    // on the same line are at least half of each one's width apart.
    const QVector<double> at = heatmap->xAxis->tickVector();
    const QVector<QString> types = heatmap->xAxis->tickVectorLabels();
    QCOMPARE(int(types.size()), int(data_.riskLabels.size()));
    const QFontMetrics typeMetrics(heatmap->xAxis->tickLabelFont());
    for (int k = 0; k < types.size(); ++k)
        for (int next = k + 1; next < types.size(); ++next) {
            if (types[k].startsWith('\n') != types[next].startsWith('\n')) continue;
            const double apart = heatmap->xAxis->coordToPixel(at[next]) - heatmap->xAxis->coordToPixel(at[k]);
            const double needed =
                (typeMetrics.horizontalAdvance(types[k].trimmed()) + typeMetrics.horizontalAdvance(types[next].trimmed())) / 2.0;
            QVERIFY2(apart >= needed, qPrintable(types[k].trimmed() + " / " + types[next].trimmed()));
            break;  // the nearest on its line
        }
    auto* risers = view.findChild<QTableWidget*>("dashboardRisers");
    QVERIFY(risers->rowCount() > 0);
    for (int column = 3; column < 6; ++column)
        QVERIFY2(risers->visualItemRect(risers->item(0, column)).right() < risers->viewport()->width(),
                 qPrintable(risers->item(0, column)->text()));
    // Here, in English, only four or five letters of a name would fit ("Gans…"): the name steps
    // aside (with a narrower font it may stay, at least ten characters wide), and the code's
    // tooltip names the institution.
    QVERIFY2(risers->isColumnHidden(1) || risers->columnWidth(1) >= 10 * risers->fontMetrics().averageCharWidth(),
             qPrintable(QString::number(risers->columnWidth(1))));
    QCOMPARE(risers->item(0, 0)->toolTip(), risers->item(0, 1)->text());
    // With room, the name is back.
    view.resize(1500, 370);
    QTRY_VERIFY(!risers->isColumnHidden(1) && risers->columnWidth(1) >= 10 * risers->fontMetrics().averageCharWidth());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
