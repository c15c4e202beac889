// Widget tests for the views: selection, filtering, picking and rendering on a real X server.

#include "HeatmapView.h"
#include "InstitutionListView.h"
#include "InstitutionTableModel.h"
#include "InstitutionTypeNames.h"
#include "RadarView.h"
#include "RiskMatrixView.h"
#include "SelectionModel.h"
#include "TimeSeriesView.h"
#include "TradeListView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QToolButton>
#include <QTableView>
#include <QTest>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace eagle;

namespace {

Institution institution(std::int64_t id, const char* code, const char* nameZh, const char* name, InstitutionType type,
                        double assets, const char* rating) {
    Institution inst;
    inst.id = InstitutionId(id);
    inst.code = code;
    inst.nameZh = nameZh;
    inst.name = name;
    inst.type = type;
    inst.totalAssets = assets;
    inst.rating = rating;
    return inst;
}

std::vector<Institution> register6() {
    return {
        institution(1, "LB01", "国有大型银行01", "Large Bank 01", InstitutionType::LargeBank, 5e12, "AAA"),
        institution(2, "JS01", "股份制银行01", "Joint-Stock Bank 01", InstitutionType::JointStockBank, 2e12, "AA+"),
        institution(3, "CC01", "城市商业银行01", "City Bank 01", InstitutionType::CityCommercialBank, 3e11, "AA"),
        institution(4, "CC02", "城市商业银行02", "City Bank 02", InstitutionType::CityCommercialBank, 1e11, "AA-"),
        institution(5, "FD01", "基金01", "Fund 01", InstitutionType::Fund, 5e10, ""),
        institution(6, "SF01", "证券公司01", "Securities 01", InstitutionType::SecuritiesFirm, 4e11, "AA+"),
    };
}

int distinctColours(const QImage& image) {
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) seen.insert(image.pixel(x, y));
    return int(seen.size());
}

// Typed text: ASCII key by key; Chinese as an input method delivers it, as one committed string.
void typeText(QWidget* widget, const QString& text) {
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; })) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

std::vector<Date> days(Date first, int n) {
    std::vector<Date> out;
    for (int i = 0; i < n; ++i) out.push_back(first.addDays(i));
    return out;
}

// 120 institutions (INS000...) with scores on three risk types: more rows than codes fit.
RiskMatrixData riskMatrixOf120() {
    RiskMatrixData data;
    data.day = Date::fromYmd(2025, 12, 17);
    data.columnLabels = {QStringLiteral("Market"), QStringLiteral("Credit"), QStringLiteral("Liquidity")};
    data.columnFeatures = {QStringLiteral("score_market"), QStringLiteral("score_credit"), QStringLiteral("score_liquidity")};
    for (int k = 0; k < 120; ++k) {
        data.institutions.push_back(InstitutionId(k + 1));
        data.rowLabels << QStringLiteral("INS%1").arg(k, 3, 10, QLatin1Char('0'));
        data.scores.push_back({double(k % 100), double((k * 7) % 100), double((k * 13) % 100)});
    }
    return data;
}

}  // namespace

class TestViews : public QObject {
    Q_OBJECT
private slots:
    void selectionEmitsOncePerChange();
    void ratingsSortByGrade();
    void listFilters_data();
    void listFilters();
    void listClickAndKeysSelect();
    void listFollowsSelectionAndRevealsFilteredRow();
    void listFilteringKeepsSelection();
    void heatmapClickSelectsRow();
    void heatmapFeatureChooser();
    void radarShowsProfile();
    void riskMatrixRowCodesDoNotOverlap();
    void riskMatrixExportHasCodesThatFitItsSize();
    void tradeListHeadersWholeBeforeAnyTrades();
    void radarTitleKeepsClearOfTheDimensionsButton();
    void timeSeriesShowsAllPoints();
    void timeSeriesComparesFeaturesOnLinkedAxes();
    void timeSeriesMarkersCloseTogetherShareALabel();
    void timeSeriesLongTitleEndsInAnEllipsis();
};

void TestViews::selectionEmitsOncePerChange() {
    SelectionModel selection;
    QSignalSpy spy(&selection, &SelectionModel::institutionChanged);
    selection.setInstitution(InstitutionId(3));
    selection.setInstitution(InstitutionId(3));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<InstitutionId>(), InstitutionId(3));
    selection.setInstitution(InstitutionId(4));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(selection.institution(), InstitutionId(4));
    selection.clear();
    selection.setInstitution(InstitutionId(-7));  // invalid ids all mean "none": no second clear
    QCOMPARE(spy.count(), 3);
    QVERIFY(!selection.institution().valid());
}

void TestViews::ratingsSortByGrade() {
    QVERIFY(InstitutionTableModel::ratingRank("AAA") < InstitutionTableModel::ratingRank("AA+"));
    QVERIFY(InstitutionTableModel::ratingRank("AA+") < InstitutionTableModel::ratingRank("AA"));
    QVERIFY(InstitutionTableModel::ratingRank("aa-") < InstitutionTableModel::ratingRank("A+"));
    QVERIFY(InstitutionTableModel::ratingRank("BBB-") < InstitutionTableModel::ratingRank(""));
}

void TestViews::listFilters_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("type");  // -1: all types
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << -1 << 6;
    QTest::newRow("type city") << QString() << int(InstitutionType::CityCommercialBank) << 2;
    QTest::newRow("type insurer (none)") << QString() << int(InstitutionType::Insurer) << 0;
    QTest::newRow("code, lower case") << QStringLiteral("cc0") << -1 << 2;
    QTest::newRow("chinese name") << QStringLiteral("城市") << -1 << 2;
    QTest::newRow("english name, upper case") << QStringLiteral("FUND") << -1 << 1;
    QTest::newRow("text and type") << QStringLiteral("02") << int(InstitutionType::CityCommercialBank) << 1;
    QTest::newRow("no match") << QStringLiteral("zzz") << -1 << 0;
}

void TestViews::listFilters() {
    QFETCH(QString, search);
    QFETCH(int, type);
    QFETCH(int, rows);
    InstitutionListView list;
    list.setInstitutions(register6());
    auto* edit = list.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* combo = list.findChild<QComboBox*>(QStringLiteral("typeFilter"));
    QVERIFY(edit && combo);
    QCOMPARE(combo->count(), 1 + kInstitutionTypeCount);
    QCOMPARE(combo->itemText(1 + int(InstitutionType::Fund)), displayName(InstitutionType::Fund));
    typeText(edit, search);
    combo->setCurrentIndex(combo->findData(type));
    QCOMPARE(list.visibleRowCount(), rows);
}

void TestViews::listClickAndKeysSelect() {
    SelectionModel selection;
    InstitutionListView list;
    list.setSelectionModel(&selection);
    list.setInstitutions(register6());
    list.resize(800, 400);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    auto* table = list.findChild<QTableView*>(QStringLiteral("institutionTable"));
    QVERIFY(table);
    // Sorted by total assets, largest first: row 1 is JS01 (id 2), row 2 is SF01 (id 6).
    const QModelIndex second = table->model()->index(1, InstitutionTableModel::CodeColumn);
    QCOMPARE(second.data().toString(), QStringLiteral("JS01"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
    QCOMPARE(selection.institution(), InstitutionId(2));
    QCOMPARE(list.currentInstitution(), InstitutionId(2));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(selection.institution(), InstitutionId(6));
    QCOMPARE(list.currentInstitution(), InstitutionId(6));
}

void TestViews::listFollowsSelectionAndRevealsFilteredRow() {
    SelectionModel selection;
    InstitutionListView list;
    list.setInstitutions(register6());
    list.setSelectionModel(&selection);
    auto* combo = list.findChild<QComboBox*>(QStringLiteral("typeFilter"));
    combo->setCurrentIndex(combo->findData(int(InstitutionType::Fund)));
    QCOMPARE(list.visibleRowCount(), 1);
    selection.setInstitution(InstitutionId(3));  // a city bank, hidden by the filter
    QCOMPARE(list.currentInstitution(), InstitutionId(3));
    QCOMPARE(list.visibleRowCount(), 6);
    QCOMPARE(combo->currentIndex(), 0);
}

void TestViews::listFilteringKeepsSelection() {
    SelectionModel selection;
    QSignalSpy spy(&selection, &SelectionModel::institutionChanged);
    InstitutionListView list;
    list.setInstitutions(register6());
    list.setSelectionModel(&selection);
    selection.setInstitution(InstitutionId(1));
    QTest::keyClicks(list.findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("cc"));
    QCOMPARE(list.visibleRowCount(), 2);
    QCOMPARE(selection.institution(), InstitutionId(1));  // typing a search is not choosing
    QCOMPARE(spy.count(), 1);
    QVERIFY(!list.currentInstitution().valid());
}

void TestViews::heatmapClickSelectsRow() {
    SelectionModel selection;
    HeatmapView view;
    view.setSelectionModel(&selection);
    HeatmapData data;
    data.featureName = QStringLiteral("overnight_share");
    data.featureLabel = QStringLiteral("Overnight funding share");
    data.unit = QStringLiteral("%");
    data.matrix.institutions = {InstitutionId(3), InstitutionId(1), InstitutionId(5)};
    data.matrix.days = days(Date::fromYmd(2024, 3, 4), 5);
    data.rowLabels = {QStringLiteral("CC01"), QStringLiteral("LB01"), QStringLiteral("FD01")};
    for (int i = 0; i < 15; ++i) data.matrix.values.push_back(i == 7 ? std::nan("") : 10.0 + i);
    view.setData(data);
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.rowCount(), 3);
    QVERIFY(!view.highlightedInstitution().valid());

    const QPoint pos = view.cellPosition(InstitutionId(1), data.matrix.days[2]);
    QVERIFY(view.rect().contains(pos));
    QWidget* target = view.childAt(pos);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&view, pos));
    QCOMPARE(selection.institution(), InstitutionId(1));
    QCOMPARE(view.highlightedInstitution(), InstitutionId(1));

    selection.setInstitution(InstitutionId(5));
    QCOMPARE(view.highlightedInstitution(), InstitutionId(5));
    selection.setInstitution(InstitutionId(42));  // not in this matrix
    QVERIFY(!view.highlightedInstitution().valid());
    QCOMPARE(view.cellPosition(InstitutionId(42), data.matrix.days[0]), QPoint(-1, -1));
}

void TestViews::heatmapFeatureChooser() {
    HeatmapView view;
    QSignalSpy spy(&view, &HeatmapView::featureRequested);
    view.setFeatureChoices({QStringLiteral("a"), QStringLiteral("b")},
                           {QStringLiteral("Alpha"), QStringLiteral("Beta")});
    QCOMPARE(spy.count(), 0);  // offering choices is not a request
    QCOMPARE(view.featureName(), QStringLiteral("a"));
    HeatmapData data;
    data.featureName = QStringLiteral("b");
    view.setData(data);  // an empty matrix must be fine too
    QCOMPARE(view.featureName(), QStringLiteral("b"));
    QCOMPARE(spy.count(), 0);
    auto* combo = view.findChild<QComboBox*>(QStringLiteral("featureChooser"));
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("a"));
}

void TestViews::radarShowsProfile() {
    RadarView view;
    QVERIFY(!view.shownInstitution().valid());
    RadarProfile profile;
    profile.institution = InstitutionId(3);
    profile.institutionLabel = "CC01 城市商业银行01";
    profile.peerGroup = "city_commercial_bank";
    profile.axes = {"overnight_share", "leverage", "funding_hhi", "centrality", "activity"};
    profile.institutionPct = {90, 70, std::nan(""), 20, 55};
    profile.peerMedianPct = {50, 50, 50, 50, 50};
    view.setAxisLabels({{QStringLiteral("leverage"), QStringLiteral("Leverage")}});
    view.setProfile(profile);
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.shownInstitution(), InstitutionId(3));
    QVERIFY(view.title().contains(QStringLiteral("CC01 城市商业银行01")));
    const QImage image = view.grab().toImage();
    QVERIFY(distinctColours(image) > 20);
    view.clear();
    QVERIFY(!view.shownInstitution().valid());
    QVERIFY(!view.title().contains(QStringLiteral("CC01")));
}

// The Dimensions button sits in the top right corner. A title too long for the room beside it was
// drawn underneath it, cut off at "Peer comparison: JSB005 Hunan Join"; now it goes below it.
void TestViews::radarTitleKeepsClearOfTheDimensionsButton() {
    RadarView view;
    RadarProfile profile;
    profile.institution = InstitutionId(5);
    profile.institutionLabel = "JSB005 Hunan Joint-Stock Bank 5";
    profile.peerGroup = "joint_stock_bank";
    profile.axes = {"overnight_share", "leverage", "funding_hhi", "centrality", "activity"};
    profile.institutionPct = {90, 70, 40, 20, 55};
    profile.peerMedianPct = {50, 50, 50, 50, 50};
    view.setDimensionChoices({QStringLiteral("overnight_share"), QStringLiteral("leverage")},
                             {QStringLiteral("Overnight share"), QStringLiteral("Leverage")},
                             {QStringLiteral("overnight_share"), QStringLiteral("leverage")});
    view.setProfile(profile);
    view.resize(340, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* button = view.findChild<QToolButton*>();
    QVERIFY(button && button->isVisible());
    // The view's own painting, without the button on top: nothing drawn where the button sits.
    QImage image(view.size(), QImage::Format_RGB32);
    view.render(&image, QPoint(), QRegion(), QWidget::DrawWindowBackground);
    const QRgb background = image.pixel(button->geometry().center().x(), 1);
    int drawn = 0;
    const QRect under = button->geometry();
    for (int y = under.top(); y <= under.bottom(); ++y)
        for (int x = under.left(); x <= under.right(); ++x) drawn += image.pixel(x, y) != background;
    QCOMPARE(drawn, 0);
}

// 120 institutions' codes on a 170-pixel-high matrix were drawn over each other (every third
// code, whatever the height). Now as many as fit are shown, more when the view grows, and the
// selected row is named beside it.
void TestViews::riskMatrixRowCodesDoNotOverlap() {
    RiskMatrixView view;
    const RiskMatrixData data = riskMatrixOf120();
    view.setData(data);
    view.resize(600, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* plot = view.findChild<QCustomPlot*>(QStringLiteral("riskMatrixPlot"));
    const int lineHeight = QFontMetrics(plot->yAxis->tickLabelFont()).height();
    const auto shownCodes = [&] {
        plot->replot();
        return int(plot->yAxis->tickVectorLabels().size());
    };
    QTRY_VERIFY(shownCodes() >= 2 && shownCodes() * lineHeight <= plot->axisRect()->height());
    const int few = shownCodes();
    // The selected institution's row is framed and named, also where the axis skips its code.
    SelectionModel selection;
    view.setSelectionModel(&selection);
    const QVector<QString> codes = plot->yAxis->tickVectorLabels();
    int unlabelled = 0;
    while (codes.contains(data.rowLabels[unlabelled])) ++unlabelled;
    selection.setInstitution(data.institutions[std::size_t(unlabelled)]);
    QCPItemText* name = nullptr;
    for (auto* text : plot->findChildren<QCPItemText*>())
        if (text->visible()) name = text;
    QVERIFY(name);
    QCOMPARE(name->text(), data.rowLabels[unlabelled]);
    selection.clear();
    QVERIFY(!name->visible());
    view.resize(600, 1000);
    QTRY_VERIFY(shownCodes() > few && shownCodes() * lineHeight <= plot->axisRect()->height());
}

// Before a drag on the time series lists trades, the empty table's headers were cut at the
// default column width ("otional (CNY mn").
// An export at another size is laid out for that size: its codes fit its height, not the
// screen's. (QCustomPlot computes ticks before the layout; the codes chosen after it must be laid
// out again, or the export shows the screen's many codes squeezed together.)
void TestViews::riskMatrixExportHasCodesThatFitItsSize() {
    RiskMatrixView view;
    const RiskMatrixData data = riskMatrixOf120();
    view.setData(data);
    view.resize(600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* plot = view.findChild<QCustomPlot*>(QStringLiteral("riskMatrixPlot"));
    plot->replot();
    const int lineHeight = QFontMetrics(plot->yAxis->tickLabelFont()).height();
    // What each layout draws with: this slot runs after the view's own, as each frame is drawn.
    std::vector<std::pair<int, int>> drawn;  // codes, axis height
    connect(plot, &QCustomPlot::afterLayout, plot, [&] {
        drawn.emplace_back(int(plot->yAxis->tickVectorLabels().size()), plot->axisRect()->height());
    });
    QImage image(600, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.paintChart(painter, image.size());
    painter.end();
    QVERIFY(drawn.size() >= 2);  // the export, then the screen again
    const auto& exported = drawn.front();
    QVERIFY(exported.second < 300);
    QVERIFY2(exported.first >= 2 && exported.first * lineHeight <= exported.second,
             qPrintable(QStringLiteral("%1 codes in %2 px").arg(exported.first).arg(exported.second)));
    const auto& screen = drawn.back();
    QVERIFY(screen.first > exported.first && screen.first * lineHeight <= screen.second);
}

void TestViews::tradeListHeadersWholeBeforeAnyTrades() {
    TradeListView view;
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>();
    QVERIFY(table);
    const QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column + 1 < header->count(); ++column)
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
}

void TestViews::timeSeriesShowsAllPoints() {
    TimeSeriesView view;
    QSignalSpy spy(&view, &TimeSeriesView::featureChanged);
    view.setFeatureChoices({QStringLiteral("a"), QStringLiteral("b")},
                           {QStringLiteral("Alpha"), QStringLiteral("Beta")});
    TimeSeriesData data;
    data.institution = InstitutionId(3);
    data.institutionLabel = QStringLiteral("CC01");
    data.featureName = QStringLiteral("b");
    data.featureLabel = QStringLiteral("Beta");
    data.peerLabel = QStringLiteral("City commercial bank");
    for (const Date d : days(Date::fromYmd(2024, 1, 2), 17)) {
        data.values.push_back({d, d.daysSinceEpoch() % 5 == 0 ? std::nan("") : d.daysSinceEpoch() * 0.01});
        data.peerMedian.push_back({d, 1.0});
    }
    view.setSeries(data);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.pointCount(), 17);
    QCOMPARE(view.shownInstitution(), InstitutionId(3));
    QCOMPARE(view.title(), QStringLiteral("CC01 — Beta"));
    QCOMPARE(view.featureName(), QStringLiteral("b"));
    QTest::keyClick(view.findChild<QComboBox*>(QStringLiteral("featureChooser")), Qt::Key_Up);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("a"));
    view.clear();
    QCOMPARE(view.pointCount(), 0);
    QVERIFY(!view.shownInstitution().valid());
}

// "Compare": up to three more features in panes below the main one. The panes share the time axis
// both ways, the hover readout reads every pane on the hovered day, and the export carries them.
void TestViews::timeSeriesComparesFeaturesOnLinkedAxes() {
    TimeSeriesView view;
    const QStringList names{"a", "b", "c", "d", "e"};
    view.setFeatureChoices(names, {"Alpha", "Beta", "Gamma", "Delta", "Epsilon"});
    QSignalSpy chosen(&view, &TimeSeriesView::companionsChanged);
    view.setCompanionNames({"b", "c", "b", "zzz", "d", "e"});  // repeats and unknowns dropped, at most three
    QCOMPARE(view.companionNames(), QStringList({"b", "c", "d"}));
    QCOMPARE(chosen.count(), 1);
    auto* menu = view.findChild<QToolButton*>(QStringLiteral("compareFeatures"))->menu();
    const auto action = [menu](const QString& text) {
        for (QAction* a : menu->actions())
            if (a->text() == text) return a;
        return static_cast<QAction*>(nullptr);
    };
    QVERIFY(action("Beta")->isChecked());
    QVERIFY(!action("Epsilon")->isEnabled());  // three are chosen: a fourth waits
    action("Beta")->trigger();                 // the user unchecks one
    QCOMPARE(view.companionNames(), QStringList({"c", "d"}));
    QCOMPARE(chosen.count(), 2);
    QVERIFY(action("Epsilon")->isEnabled());

    // What the app answers with: the main feature and the two companions, on different scales.
    TimeSeriesData data;
    data.institution = InstitutionId(7);
    data.institutionLabel = QStringLiteral("SB07");
    data.featureName = QStringLiteral("a");
    data.featureLabel = QStringLiteral("Alpha");
    const std::vector<Date> span = days(Date::fromYmd(2024, 5, 6), 40);
    for (std::size_t i = 0; i < span.size(); ++i) {
        data.values.push_back({span[i], double(i)});
        data.peerMedian.push_back({span[i], 20.0});
    }
    data.markers.push_back({span[12], QStringLiteral("squeeze"), false});
    for (const QString& name : view.companionNames()) {
        TimeSeriesData::Companion c{name, name == "c" ? "Gamma" : "Delta", name == "c" ? "%" : "", {}, {}};
        for (std::size_t i = 0; i < span.size(); ++i)
            c.values.push_back({span[i], name == "c" ? 1000.0 + 3.0 * double(i) : -0.5 * double(i)});
        data.companions.push_back(std::move(c));
    }
    view.setSeries(data);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.companionPaneCount(), 2);
    QCOMPARE(view.companionFeature(0), QStringLiteral("c"));
    QCOMPARE(view.companionPointCount(1), 40);

    // Panning one pane moves every pane, and the main axis moves the panes.
    const auto [lower, upper] = view.timeRange();
    view.setTimeRange(lower + 5 * 86400.0, upper - 3 * 86400.0, 1);
    QCOMPARE(view.timeRange(-1), view.timeRange(1));
    QCOMPARE(view.timeRange(0), view.timeRange(1));
    QVERIFY(std::abs(view.timeRange().first - (lower + 5 * 86400.0)) < 1e-6);
    view.setTimeRange(lower, upper);
    QCOMPARE(view.timeRange(0), qMakePair(lower, upper));
    // One x pixel is one day in every pane: the panes are aligned left and right.
    QCOMPARE(view.dayPosition(span[20], 0).x(), view.dayPosition(span[20]).x());
    QVERIFY(view.dayPosition(span[20], 1).y() > view.dayPosition(span[20], 0).y());

    // Hovering the lowest pane on day 20 reads all three features on that day.
    const QString readout = view.readoutAt(view.dayPosition(span[20], 1));
    QVERIFY2(readout.contains(QString::fromStdString(span[20].toString())), qPrintable(readout));
    QVERIFY2(readout.contains(QStringLiteral("SB07: 20")), qPrintable(readout));
    QVERIFY2(readout.contains(QStringLiteral("Gamma: 1,060 %")) || readout.contains(QStringLiteral("Gamma: 1060 %")),
             qPrintable(readout));
    QVERIFY2(readout.contains(QStringLiteral("Delta: -10")), qPrintable(readout));
    if (const QString dir = qEnvironmentVariable("EAGLEEYE_SCREENSHOT_DIR"); !dir.isEmpty())
        view.grab().save(QDir(dir).filePath(QStringLiteral("series-compare.png")));

    // The export has the companions' columns, day by day.
    const DataTable table = view.exportTable();
    QCOMPARE(table.header.size(), 4 + 2 * 2);
    QVERIFY(table.header[4].contains("Gamma"));
    QCOMPARE(table.rows.size(), 40);
    QCOMPARE(table.rows[20][4], DataTable::number(1060.0));
    QCOMPARE(table.rows[20][6], DataTable::number(-10.0));

    // Choosing none removes the panes on the next answer; clearing removes them at once.
    view.setCompanionNames({});
    QCOMPARE(chosen.count(), 3);
    data.companions.clear();
    view.setSeries(data);
    QCOMPARE(view.companionPaneCount(), 0);
    view.clear();
    QCOMPARE(view.companionPaneCount(), 0);
}

// An institution's English name and a feature make a title wider than a dock. It was drawn whole,
// centred, so both its ends were cut off by the widget's edges. Now it ends in an ellipsis.
void TestViews::timeSeriesLongTitleEndsInAnEllipsis() {
    TimeSeriesView view;
    TimeSeriesData data;
    data.institution = InstitutionId(5);
    data.institutionLabel = QStringLiteral("JSB005 Hunan Joint-Stock Bank 5");
    data.featureName = QStringLiteral("a");
    data.featureLabel = QStringLiteral("Overnight funding share, 20-day mean");
    for (const Date d : days(Date::fromYmd(2024, 1, 2), 60)) data.values.push_back({d, 0.01 * d.daysSinceEpoch()});
    view.setSeries(data);
    view.resize(360, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* plot = view.findChild<QCustomPlot*>();
    QVERIFY(plot);
    plot->replot();
    const QFont titleFont(view.font().family(), view.font().pointSize() + 1, QFont::Bold);
    QVERIFY(QFontMetrics(titleFont).horizontalAdvance(view.title()) > plot->width());  // the case in point
    // The title's row is blank at both ends: the text, centred, ends within the chart's width.
    const QRect row = plot->plotLayout()->element(0, 0)->outerRect();
    const QImage image = plot->toPixmap(plot->width(), plot->height()).toImage();
    int inked = 0;
    for (int y = row.top(); y <= row.bottom(); ++y)
        for (int x : {0, 1, 2, 3, image.width() - 4, image.width() - 3, image.width() - 2, image.width() - 1})
            inked += QColor(image.pixel(x, y)).lightness() < 160;
    QCOMPARE(inked, 0);
    QVERIFY(plot->axisRect()->outerRect().right() <= plot->width());
}

// Two alerts a day apart on a 120-day chart would draw their labels over each other: they share
// one label until the user zooms in far enough to tell them apart. A label longer than the plot
// is tall is cut, and the readout on a marker's day (or the nearest day with a value) has its whole text.
void TestViews::timeSeriesMarkersCloseTogetherShareALabel() {
    TimeSeriesView view;
    TimeSeriesData data;
    data.institution = InstitutionId(5);
    data.institutionLabel = QStringLiteral("FB05");
    data.featureName = QStringLiteral("a");
    data.featureLabel = QStringLiteral("Alpha");
    const std::vector<Date> span = days(Date::fromYmd(2024, 1, 2), 120);
    for (std::size_t i = 0; i < span.size(); ++i)
        if (i != 60 && i != 61) data.values.push_back({span[i], std::sin(0.1 * double(i))});  // a holiday
    const QString longText = QStringLiteral("concentrated funding from one lender ").repeated(12);
    data.markers.push_back({span[90], longText, false});  // given out of order on purpose
    data.markers.push_back({span[30], QStringLiteral("squeeze A"), true});
    data.markers.push_back({span[31], QStringLiteral("squeeze B"), true});
    data.markers.push_back({span[60], QStringLiteral("holiday default"), false});
    view.setSeries(data);
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.dayPosition(span[0]);  // lays the plot out

    QCOMPARE(view.markerCount(), 4);
    QStringList labels = view.markerLabelTexts();
    QCOMPARE(labels.size(), 3);
    QCOMPARE(labels[0], QStringLiteral("squeeze A (+1 more)"));
    QCOMPARE(labels[1], QStringLiteral("holiday default"));
    QVERIFY2(labels[2].endsWith(QChar(0x2026)) && labels[2].size() < longText.size(), qPrintable(labels[2]));
    QVERIFY(longText.startsWith(labels[2].chopped(1)));
    // The event of the holiday is read on the day before, the nearest with a value.
    const QString beforeHoliday = view.readoutAt(view.dayPosition(span[59]));
    QVERIFY2(beforeHoliday.contains(QStringLiteral("Risk event: holiday default")), qPrintable(beforeHoliday));

    // Zoomed in to days 25-40: both alerts have their own label, and the event is out of view.
    const auto key = [](Date d) { return (d.daysSinceEpoch() + 0.5) * 86400.0; };
    view.setTimeRange(key(span[25]), key(span[40]));
    view.dayPosition(span[30]);
    labels = view.markerLabelTexts();
    QCOMPARE(labels, QStringList({QStringLiteral("squeeze A"), QStringLiteral("squeeze B")}));

    const QString readout = view.readoutAt(view.dayPosition(span[31]));
    QVERIFY2(readout.contains(QStringLiteral("Alert: squeeze B")), qPrintable(readout));
    QVERIFY2(!readout.contains(QStringLiteral("squeeze A")), qPrintable(readout));
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
