// The multilayer network view on a real X server (Xvfb, VTK through Mesa): what each layer's
// plane draws, filters, picking, selection and the stress animation, checked against counts and
// contagion results computed here independently.

#include "InstitutionTypeNames.h"
#include "NetworkControls.h"
#include "NetworkView.h"
#include "SelectionModel.h"
#include "StressPanel.h"
#include "StressTest.h"
#include "TypeLegend.h"
#include "WidgetPicture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QOpenGLWindow>
#include <QPainter>
#include <QScreen>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <map>
#include <set>

using namespace eagle;

Q_DECLARE_METATYPE(eagle::NetworkFilter)

namespace {

NetworkInstitution institution(std::int64_t id, const char* code, InstitutionType type, double assets, double equity) {
    NetworkInstitution i;
    i.id = InstitutionId(id);
    i.code = code;
    i.type = type;
    i.totalAssets = assets;
    i.equity = equity;
    return i;
}

// Six institutions spread over the plane; four layers with links, FX swaps empty.
//   repo:      LB01->CC01 50bn, CC01->FD01 2bn, FD01->SF01 0.8bn, LB01->FD01 10bn
//   interbank: JS01->CC01 3bn, LB01->CC02 0.6bn
//   bond:      CC01->JS01 1.5bn (CC01 holds JS01's bonds)
//   ownership: CC01->CC02 60%
std::shared_ptr<const NetworkViewData> market6() {
    auto data = std::make_shared<NetworkViewData>();
    MultilayerNetwork& net = data->network;
    net.asOf = Date::fromYmd(2025, 6, 30);
    net.institutions = {institution(1, "LB01", InstitutionType::LargeBank, 5e12, 2e11),
                        institution(2, "JS01", InstitutionType::JointStockBank, 2e12, 1e10),
                        institution(3, "CC01", InstitutionType::CityCommercialBank, 3e11, 1e9),
                        institution(4, "CC02", InstitutionType::CityCommercialBank, 1e11, 5e9),
                        institution(5, "FD01", InstitutionType::Fund, 5e10, 1e9),
                        institution(6, "SF01", InstitutionType::SecuritiesFirm, 4e11, 2e10)};
    net.edges = {{0, 2, 5e10, NetworkLayer::Repo},     {2, 4, 2e9, NetworkLayer::Repo},
                 {4, 5, 8e8, NetworkLayer::Repo},      {0, 4, 1e10, NetworkLayer::Repo},
                 {1, 2, 3e9, NetworkLayer::Interbank}, {0, 3, 6e8, NetworkLayer::Interbank},
                 {2, 1, 1.5e9, NetworkLayer::Bond},    {2, 3, 0.6, NetworkLayer::Ownership}};
    for (const auto& i : net.institutions) data->layout.institutions.push_back(i.id);
    data->layout.x = {-0.7, 0.7, 0.0, 0.75, -0.6, 0.2};
    data->layout.y = {0.6, 0.55, 0.0, -0.7, -0.55, -0.85};
    data->features = networkFeatures(net);
    for (const auto& i : net.institutions) data->names << QString::fromStdString(i.code + " name");
    return data;
}

// What the filter should leave on a layer, worked out from the edges directly.
LayerCounts expected(const NetworkViewData& data, const NetworkFilter& f, NetworkLayer layer) {
    LayerCounts c;
    c.shown = f.layers[indexOf(layer)];
    if (!c.shown) return c;
    const auto passes = [&](std::size_t i) {
        if (f.type && data.network.institutions[i].type != *f.type) return false;
        return f.community < 0 || data.features[i].aggregate.community == f.community;
    };
    std::set<std::size_t> nodes;
    for (const ExposureEdge& e : data.network.edges) {
        if (e.layer != layer || !passes(e.creditor) || !passes(e.debtor)) continue;
        if (layer != NetworkLayer::Ownership && e.amount < f.minExposure) continue;
        ++c.edges;
        nodes.insert(e.creditor);
        nodes.insert(e.debtor);
    }
    c.nodes = nodes.size();
    return c;
}

int countColour(const QImage& image, const QColor& colour, int tolerance = 6) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance &&
                std::abs(qGreen(line[x]) - colour.green()) <= tolerance &&
                std::abs(qBlue(line[x]) - colour.blue()) <= tolerance)
                ++n;
    }
    return n;
}

// A market of n institutions and m random exposures over the four exposure layers.
std::shared_ptr<const NetworkViewData> randomMarket(std::size_t n, std::size_t m, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<std::uint32_t> pick(0, std::uint32_t(n - 1));
    std::uniform_real_distribution<double> unit(0, 1);
    auto data = std::make_shared<NetworkViewData>();
    MultilayerNetwork& net = data->network;
    net.asOf = Date::fromYmd(2025, 6, 30);
    for (std::size_t i = 0; i < n; ++i)
        net.institutions.push_back(institution(std::int64_t(i) + 1, "X", InstitutionType(int(i % 6)), 1e10, 1e9));
    const NetworkLayer layers[] = {NetworkLayer::Repo, NetworkLayer::Interbank, NetworkLayer::Bond, NetworkLayer::FxSwap};
    while (net.edges.size() < m) {
        const std::uint32_t a = pick(random), b = pick(random);
        if (a != b) net.edges.push_back({a, b, 1e8 * (1 + 100 * unit(random)), layers[net.edges.size() % 4]});
    }
    for (std::size_t i = 0; i < n; ++i) {
        data->layout.institutions.push_back(net.institutions[i].id);
        data->layout.x.push_back(2 * unit(random) - 1);
        data->layout.y.push_back(2 * unit(random) - 1);
        data->names << QStringLiteral("X");
    }
    data->features = networkFeatures(net);
    return data;
}

void show(QWidget& w, QSize size = {900, 700}) {
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
}

}  // namespace

class TestNetworkView : public QObject {
    Q_OBJECT
private slots:
    void eachLayerDrawsItsInstitutionsAndExposures();
    void filtersLeaveWhatTheyShould_data();
    void filtersLeaveWhatTheyShould();
    void controlsSetTheFilter();
    void pickingFindsTheNodeAtItsScreenPosition();
    void clickSelectsAndDragTurnsWithoutSelecting();
    void sizeAndColourFollowTheChosenMeasure();
    void stressAnimationEndsInTheDebtRankResult();
    void stressPanelListsTheLosses();
    void survivesEmptyUnsetAndReparent();
    void largeNetworkIsSketchedWhileItMoves();
    void framesReachTheScreenThroughTheNativeWindow();
    void picturesOfAWindowIncludeItsNetworkViews();
    void theStackIsFramedClearOfTheLegend();
};

void TestNetworkView::eachLayerDrawsItsInstitutionsAndExposures() {
    NetworkView view;
    view.setNetwork(market6());
    show(view);
    QCOMPARE(view.nodeCount(), std::size_t(6));
    const std::vector<std::tuple<NetworkLayer, std::size_t, std::size_t>> layers{{NetworkLayer::Repo, 4, 4},
                                                                                 {NetworkLayer::Interbank, 4, 2},
                                                                                 {NetworkLayer::Bond, 2, 1},
                                                                                 {NetworkLayer::FxSwap, 0, 0},
                                                                                 {NetworkLayer::Ownership, 2, 1}};
    for (const auto& [layer, nodes, edges] : layers) {
        const LayerCounts c = view.layerCounts(layer);
        QVERIFY(c.shown);
        QCOMPARE(c.nodes, nodes);
        QCOMPARE(c.edges, edges);
    }
    // LB01, JS01, CC01 and CC02 appear on two layers or more: one line joins each across planes.
    QCOMPARE(view.interlayerLinkCount(), std::size_t(4));
    // Each plane is named in the user's language (a CJK font is installed with EagleEye).
    const std::vector<std::string> labels = view.sceneLabels();
    for (const auto& [layer, nodes, edges] : layers)
        QVERIFY2(std::find(labels.begin(), labels.end(), layerDisplayName(layer).toStdString()) != labels.end(),
                 qPrintable(layerDisplayName(layer)));

    const QImage frame = view.grabFramebuffer();
    for (const InstitutionType type :
         {InstitutionType::LargeBank, InstitutionType::JointStockBank, InstitutionType::CityCommercialBank,
          InstitutionType::Fund, InstitutionType::SecuritiesFirm}) {
        const int pixels = countColour(frame, typeColor(type));
        QVERIFY2(pixels > 15, qPrintable(QStringLiteral("%1: %2 pixels").arg(displayName(type)).arg(pixels)));
    }
    QCOMPARE(countColour(frame, typeColor(InstitutionType::Insurer)), 0);
    // A disc is drawn where nodeScreenPosition says (the frame is in device pixels).
    const QPoint at = view.nodeScreenPosition(InstitutionId(6), NetworkLayer::Repo) * view.devicePixelRatio();
    QCOMPARE(countColour(frame.copy(QRect(at - QPoint(1, 1), QSize(3, 3))), typeColor(InstitutionType::SecuritiesFirm)),
             9);
    QCOMPARE(view.nodeScreenPosition(InstitutionId(6), NetworkLayer::Bond), QPoint(-1, -1));
    QCOMPARE(view.nodeScreenPosition(InstitutionId(99)), QPoint(-1, -1));
}

void TestNetworkView::filtersLeaveWhatTheyShould_data() {
    QTest::addColumn<NetworkFilter>("filter");
    NetworkFilter f;
    QTest::newRow("everything") << f;
    f.minExposure = 1e9;
    QTest::newRow("from 1bn") << f;
    f.minExposure = 5e9;
    QTest::newRow("from 5bn") << f;
    f = {};
    f.type = InstitutionType::CityCommercialBank;
    QTest::newRow("city banks") << f;
    f = {};
    f.layers[indexOf(NetworkLayer::Interbank)] = false;
    f.layers[indexOf(NetworkLayer::Ownership)] = false;
    QTest::newRow("no interbank, no ownership") << f;
    f = {};
    f.community = 0;
    QTest::newRow("largest community") << f;
    f.community = 1;
    f.minExposure = 1e9;
    QTest::newRow("second community from 1bn") << f;
}

void TestNetworkView::filtersLeaveWhatTheyShould() {
    QFETCH(NetworkFilter, filter);
    NetworkView view;
    const auto data = market6();
    view.setNetwork(data);
    view.setFilter(filter);
    show(view, {500, 400});
    std::size_t interlayer = 0;
    std::map<std::size_t, int> planes;
    for (const NetworkLayer layer : kNetworkLayers) {
        const LayerCounts want = expected(*data, filter, layer), got = view.layerCounts(layer);
        QCOMPARE(got.shown, want.shown);
        QCOMPARE(got.nodes, want.nodes);
        QCOMPARE(got.edges, want.edges);
        for (std::size_t i = 0; i < data->network.institutions.size(); ++i)
            if (view.nodeScreenPosition(data->network.institutions[i].id, layer).x() >= 0) ++planes[i];
    }
    for (const auto& [i, n] : planes) interlayer += n >= 2;
    QCOMPARE(view.interlayerLinkCount(), interlayer);
}

void TestNetworkView::controlsSetTheFilter() {
    NetworkView view;
    NetworkControls controls(view);
    view.setNetwork(market6());
    controls.refreshCommunities();
    QVERIFY(controls.communityBox()->count() >= 2);  // every community, then the real ones
    controls.layerBox(int(indexOf(NetworkLayer::Bond)))->setChecked(false);
    QVERIFY(!view.filter().layers[indexOf(NetworkLayer::Bond)]);
    QVERIFY(!view.layerCounts(NetworkLayer::Bond).shown);
    controls.minExposureBox()->setValue(2.5);
    QCOMPARE(view.filter().minExposure, 2.5e9);
    QCOMPARE(view.layerCounts(NetworkLayer::Repo).edges, std::size_t(2));  // 50bn and 10bn
    controls.typeBox()->setCurrentIndex(controls.typeBox()->findData(int(InstitutionType::Fund)));
    QCOMPARE(view.filter().type, std::optional(InstitutionType::Fund));
    QCOMPARE(view.layerCounts(NetworkLayer::Repo).nodes, std::size_t(0));  // no fund-to-fund exposure
}

void TestNetworkView::pickingFindsTheNodeAtItsScreenPosition() {
    NetworkView view;
    view.setNetwork(market6());
    show(view);
    // On each institution's highest plane, VTK's picker finds it at its drawn centre.
    for (std::int64_t id = 1; id <= 6; ++id) {
        const QPoint at = view.nodeScreenPosition(InstitutionId(id));
        QVERIFY(at.x() >= 0);
        QCOMPARE(view.institutionAt(at), InstitutionId(id));
    }
    // On one plane alone, every node of it.
    NetworkFilter repoOnly;
    repoOnly.layers = {true, false, false, false, false};
    view.setFilter(repoOnly);
    view.grabFramebuffer();  // render, so the picker sees the discs as drawn
    for (std::int64_t id : {1, 3, 5, 6})
        QCOMPARE(view.institutionAt(view.nodeScreenPosition(InstitutionId(id))), InstitutionId(id));
    QVERIFY(!view.institutionAt(QPoint(3, 3)).valid());
    QVERIFY(view.describe(InstitutionId(3)).contains("CC01 name"));
    QVERIFY(view.describe(InstitutionId(3)).contains("PageRank"));
}

void TestNetworkView::clickSelectsAndDragTurnsWithoutSelecting() {
    SelectionModel selection;
    NetworkView view;
    view.setSelectionModel(&selection);
    view.setNetwork(market6());
    show(view);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.nodeScreenPosition(InstitutionId(3)));
    QCOMPARE(selection.institution(), InstitutionId(3));
    QCOMPARE(view.highlightedInstitution(), InstitutionId(3));
    // A selection made elsewhere: SF01 highlighted, LB01 is not its counterparty and fades.
    selection.setInstitution(InstitutionId(6));
    QCOMPARE(view.highlightedInstitution(), InstitutionId(6));
    const QImage frame = view.grabFramebuffer();
    QVERIFY(countColour(frame, typeColor(InstitutionType::SecuritiesFirm)) > 15);
    QVERIFY(countColour(frame, typeColor(InstitutionType::Fund)) > 15);  // its counterparty stays
    QCOMPARE(countColour(frame, typeColor(InstitutionType::LargeBank)), 0);

    // Dragging turns the stack (nodes move on screen) and selects nothing.
    const QPoint start = view.nodeScreenPosition(InstitutionId(5));
    QTest::mousePress(&view, Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(60, 10)),
                     view.mapToGlobal(QPointF(start + QPoint(60, 10))), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &move);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, start + QPoint(60, 10));
    QCOMPARE(selection.institution(), InstitutionId(6));
    QVERIFY(view.nodeScreenPosition(InstitutionId(5)) != start);
    // Zoom moves the nodes; 'R' brings back the default view.
    QTest::keyClick(&view, Qt::Key_R);
    QCOMPARE(view.nodeScreenPosition(InstitutionId(5)), start);
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.nodeScreenPosition(InstitutionId(5)) != start);
}

void TestNetworkView::sizeAndColourFollowTheChosenMeasure() {
    NetworkView view;
    const auto data = market6();
    view.setNetwork(data);
    view.setFilter([] {
        NetworkFilter f;
        f.layers = {true, false, false, false, false};
        return f;
    }());
    view.setColouring(NodeColouring::Measure);
    view.setSizeMeasure(NodeMeasure::PageRank);
    show(view);
    // The institution with the highest PageRank on the repo plane gets the darkest colour.
    std::size_t top = 0;
    for (std::size_t i : {0, 2, 4, 5})
        if (data->features[i].aggregate.pageRank > data->features[top].aggregate.pageRank) top = i;
    const QImage frame = view.grabFramebuffer();
    const QPoint at = view.nodeScreenPosition(data->network.institutions[top].id) * view.devicePixelRatio();
    QCOMPARE(countColour(frame.copy(QRect(at - QPoint(1, 1), QSize(3, 3))), NetworkView::measureColour(1.0)), 9);
}

void TestNetworkView::stressAnimationEndsInTheDebtRankResult() {
    NetworkView view;
    const auto data = market6();
    view.setNetwork(data);
    show(view);
    // FD01 fails: CC01 (2bn on 1bn of equity) defaults next, then LB01 and JS01 lose.
    const StressSystem system = stressSystemOf(data->network);
    const ContagionResult result = runStressTest(
        system, parseShocks("FD01", [&](std::string_view c) { return system.indexOf(c); }), StressMethod::DebtRank);
    QVERIFY(result.rounds.size() >= 3);
    view.setStress(result);
    QCOMPARE(view.stressRound(), 0);
    QCOMPARE(view.shownDistress(InstitutionId(5)), 1.0);
    QCOMPARE(view.shownDistress(InstitutionId(3)), 0.0);
    QSignalSpy rounds(&view, &NetworkView::stressRoundShown);
    view.playStress(20);
    QTRY_VERIFY(!view.isPlayingStress());
    QCOMPARE(rounds.count(), int(result.rounds.size()));
    QCOMPARE(view.stressRound(), int(result.rounds.size()) - 1);
    for (std::size_t i = 0; i < data->network.institutions.size(); ++i)
        QCOMPARE(view.shownDistress(data->network.institutions[i].id), result.institutions[i].finalDistress);
    QCOMPARE(result.institutions[2].defaultRound, 1);
    // Defaulted institutions are drawn in the default colour, one with a partial loss in between.
    const QImage frame = view.grabFramebuffer();
    const QPoint cc01 = view.nodeScreenPosition(InstitutionId(3), NetworkLayer::Repo) * view.devicePixelRatio();
    QCOMPARE(countColour(frame.copy(QRect(cc01 - QPoint(1, 1), QSize(3, 3))), NetworkView::defaultColour()), 9);
    // Selecting another institution keeps every loss colour (nothing fades during a stress test).
    SelectionModel selection;
    view.setSelectionModel(&selection);
    selection.setInstitution(InstitutionId(6));
    const QImage selected = view.grabFramebuffer();
    const QPoint again = view.nodeScreenPosition(InstitutionId(3), NetworkLayer::Repo) * view.devicePixelRatio();
    QCOMPARE(countColour(selected.copy(QRect(again - QPoint(1, 1), QSize(3, 3))), NetworkView::defaultColour()), 9);
    view.clearStress();
    QVERIFY(std::isnan(view.shownDistress(InstitutionId(3))));
}

void TestNetworkView::stressPanelListsTheLosses() {
    NetworkView view;
    StressPanel panel(view);
    const auto data = market6();
    view.setNetwork(data);
    QSignalSpy asked(&panel, &StressPanel::stressRequested);
    panel.suggestShock("FD01");
    QCOMPARE(panel.shockEdit()->text(), QString("FD01"));
    panel.suggestShock("CC02");  // the selection moves: the suggestion follows
    QCOMPARE(panel.shockEdit()->text(), QString("CC02"));
    panel.shockEdit()->setText("FD01");
    panel.suggestShock("LB01");  // typed by the user: kept
    QCOMPARE(panel.shockEdit()->text(), QString("FD01"));
    panel.runButton()->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QString("FD01"));

    const StressSystem system = stressSystemOf(data->network);
    const ContagionResult result =
        runStressTest(system, {StressShock{StressShock::Kind::Failure, 4, 1}}, StressMethod::DebtRank);
    panel.setResult(result, data->names, "FD01");
    int hit = 0;
    for (const auto& s : result.institutions) hit += s.finalDistress > 0;
    QCOMPARE(panel.table()->rowCount(), hit);
    std::size_t largest = 0;
    const auto loss = [&](std::size_t i) {
        return result.institutions[i].shockLoss + result.institutions[i].contagionLoss;
    };
    for (std::size_t i = 1; i < result.institutions.size(); ++i)
        if (loss(i) > loss(largest)) largest = i;
    QCOMPARE(panel.table()->item(0, 0)->text(), data->names[int(largest)]);
    QCOMPARE(view.stressRounds(), int(result.rounds.size()));
    QVERIFY(panel.playButton()->isEnabled());

    // In the right-hand dock's width the table does not scroll sideways (its one-line English
    // headers made it): the numbers and their two-line headers whole, the names beside them.
    panel.resize(360, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableWidget* table = panel.table();
    const QHeaderView* header = table->horizontalHeader();
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    for (int column = 1; column < header->count(); ++column)
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(table->horizontalHeaderItem(column)->text()));
    QVERIFY2(header->sectionSize(0) >= 8 * table->fontMetrics().averageCharWidth(),
             qPrintable(QString::number(header->sectionSize(0))));
}

void TestNetworkView::survivesEmptyUnsetAndReparent() {
    {
        NetworkView unset;  // painted before any network is set
        show(unset, {300, 200});
        QVERIFY(!unset.grabFramebuffer().isNull());
        QCOMPARE(unset.nodeCount(), std::size_t(0));
        unset.setNetwork(std::make_shared<NetworkViewData>());
        QTest::mouseClick(&unset, Qt::LeftButton, {}, QPoint(150, 100));
        QTest::keyClick(&unset, Qt::Key_R);
        QVERIFY(!unset.grabFramebuffer().isNull());
    }
    NetworkView hidden;  // destroyed without ever being shown
    hidden.setNetwork(market6());
    QVERIFY(hidden.nodeScreenPosition(InstitutionId(3)).x() >= 0);

    QWidget first, second;
    auto* view = new NetworkView(&first);
    view->resize(400, 300);
    view->setNetwork(market6());
    show(first, {400, 300});
    QVERIFY(countColour(view->grabFramebuffer(), typeColor(InstitutionType::Fund)) > 0);
    view->setParent(&second);  // another window: another GL context
    view->show();
    show(second, {400, 300});
    QVERIFY(countColour(view->grabFramebuffer(), typeColor(InstitutionType::Fund)) > 0);
}

void TestNetworkView::largeNetworkIsSketchedWhileItMoves() {
    // A small network is always drawn whole.
    NetworkView small;
    small.setNetwork(market6());
    show(small);
    QVERIFY(!small.sketchCounts().shown);
    QTest::keyClick(&small, Qt::Key_Left);
    QVERIFY(!small.isSketched());

    // 3,000 institutions and 12,000 exposures: beyond the sketch's 4,000 lines and 6,000 discs.
    NetworkView view;
    view.setNetwork(randomMarket(3000, 12000, 7));
    show(view);
    const LayerCounts sketch = view.sketchCounts();
    QVERIFY(sketch.shown);
    QVERIFY(!view.isSketched());
    // Each layer's share of the sketch in proportion to what it draws (counted here).
    std::size_t edges = 0, discs = 0, expectedEdges = 0, expectedDiscs = 0;
    for (NetworkLayer layer : kNetworkLayers) edges += view.layerCounts(layer).edges, discs += view.layerCounts(layer).nodes;
    QCOMPARE(edges, std::size_t(12000));
    for (NetworkLayer layer : kNetworkLayers) {
        expectedEdges += view.layerCounts(layer).edges * 4000 / edges;
        expectedDiscs += view.layerCounts(layer).nodes * 6000 / discs;
    }
    QCOMPARE(sketch.edges, expectedEdges);
    QCOMPARE(sketch.nodes, expectedDiscs);
    const QImage whole = view.grabFramebuffer();

    // Turning draws the sketch; it is a different, sparser picture; the whole one comes back
    // once the motion rests.
    QTest::keyClick(&view, Qt::Key_Left);
    QVERIFY(view.isSketched());
    QTest::keyClick(&view, Qt::Key_Right);  // back where it was
    QVERIFY(view.isSketched());
    const QImage sketched = view.grabFramebuffer();
    // Share of pixels that differ between two frames of the same view.
    const auto differing = [](const QImage& a, const QImage& b) {
        const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
        if (x.size() != y.size()) return 1.0;
        int n = 0;
        for (int r = 0; r < x.height(); ++r)
            for (int c = 0; c < x.width(); ++c) n += x.pixel(c, r) != y.pixel(c, r);
        return double(n) / (x.width() * x.height());
    };
    if (qEnvironmentVariableIsSet("SKETCHDIR"))
        whole.save(qEnvironmentVariable("SKETCHDIR") + "/whole.png"),
            sketched.save(qEnvironmentVariable("SKETCHDIR") + "/sketch.png");
    qInfo("pixels the sketch changes: %.1f%%", 100 * differing(whole, sketched));
    QVERIFY(differing(whole, sketched) > 0.05);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isSketched(), 2000);
    // At rest, the whole picture as before the turn (the turn and its inverse may leave the
    // camera a rounding error away: a few pixels).
    QVERIFY(differing(whole, view.grabFramebuffer()) < 0.01);
    QCOMPARE(view.sketchCounts().edges, sketch.edges);  // what is counted never changed
    QCOMPARE(view.layerCounts(NetworkLayer::Repo).edges, std::size_t(3000));
    // An export mid-motion shows the whole picture.
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(view.isSketched());
    QImage exported(view.size(), QImage::Format_RGB32);
    {
        QPainter painter(&exported);
        view.paintChart(painter, view.size());
    }
    QVERIFY(!view.isSketched());
}

void TestNetworkView::framesReachTheScreenThroughTheNativeWindow() {
    // The view draws in a native window (not composed by Qt): what the X server shows is the
    // frame VTK drew, and input on that window reaches the view.
    SelectionModel selection;
    NetworkView view;
    view.setSelectionModel(&selection);
    view.setNetwork(market6());
    show(view);
    const QImage frame = view.grabFramebuffer();
    QVERIFY(!frame.isNull());
    QImage onScreen;
    QTRY_VERIFY_WITH_TIMEOUT(
        (onScreen = view.screen()->grabWindow(0, view.mapToGlobal(QPoint(0, 0)).x(), view.mapToGlobal(QPoint(0, 0)).y(),
                                              view.width(), view.height())
                        .toImage(),
         countColour(onScreen, typeColor(InstitutionType::Fund)) > 15),
        3000);
    QVERIFY(countColour(onScreen, typeColor(InstitutionType::LargeBank)) > 15);
    // A click on the native window selects, as a click on the view does.
    const QPoint at = view.nodeScreenPosition(InstitutionId(3));
    QTest::mouseClick(view.surface(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(selection.institution(), InstitutionId(3));
    // A key pressed there turns the stack.
    const QPoint before = view.nodeScreenPosition(InstitutionId(5));
    QTest::keyClick(view.surface(), Qt::Key_Left);
    QVERIFY(view.nodeScreenPosition(InstitutionId(5)) != before);
}

void TestNetworkView::picturesOfAWindowIncludeItsNetworkViews() {
    // A screenshot of a window holding the view: QWidget::grab() never sees the native window, so
    // grabWithNetworkViews has the view paint its frame into the picture, where the view is.
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* heading = new QLineEdit(QStringLiteral("above the network"));
    auto* view = new NetworkView;
    layout->addWidget(heading);
    layout->addWidget(view, 1);
    view->setNetwork(market6());
    show(window);
    const QImage picture = grabWithNetworkViews(window).toImage();
    const QImage frame = view->grabFramebuffer();
    QCOMPARE(picture.size(), window.size() * window.devicePixelRatio());
    // In the picture's pixels (the screen's device pixel ratio, as the frame's).
    const qreal ratio = picture.devicePixelRatio();
    const auto pixels = [&](QWidget* w) {
        return QRect(w->mapTo(&window, QPoint(0, 0)) * ratio, w->size() * ratio);
    };
    const QImage viewPart = picture.copy(pixels(view));
    QVERIFY(countColour(frame, typeColor(InstitutionType::Fund)) > 15);
    // The middle of the view (away from the legend and the counts, which are widgets of their own)
    // is the frame, pixel for pixel.
    const QRect middle(frame.width() / 4, frame.height() / 4, frame.width() / 2, frame.height() / 2);
    QCOMPARE(viewPart.copy(middle).convertToFormat(QImage::Format_RGB32),
             frame.copy(middle).convertToFormat(QImage::Format_RGB32));
    // Nothing of the network above the view (the heading's part of the picture).
    const QImage headingPart = picture.copy(pixels(heading));
    QCOMPARE(countColour(headingPart, typeColor(InstitutionType::Fund)), 0);
}

// In a low dock (as in the main window) the legend takes the top left corner, where the top
// plane's far corner would be: the fit frames the stack beside the legend instead, as large as the
// height allows; selecting an institution does not move it, and double-click fits it there again
// after the user has zoomed in.
void TestNetworkView::theStackIsFramedClearOfTheLegend() {
    SelectionModel selection;
    NetworkView view;
    view.setSelectionModel(&selection);
    const auto market = randomMarket(80, 400, 11);
    view.setNetwork(market);
    show(view, {420, 330});
    const auto* legend = view.findChild<TypeLegend*>();
    QVERIFY(legend && legend->isVisible());
    const auto checkFraming = [&] {
        const QRect covered = legend->geometry();
        int drawn = 0, top = view.height(), bottom = 0;
        for (const auto& institution : market->network.institutions)
            for (NetworkLayer layer :
                 {NetworkLayer::Repo, NetworkLayer::Interbank, NetworkLayer::Bond, NetworkLayer::FxSwap}) {
                const QPoint at = view.nodeScreenPosition(institution.id, layer);
                if (at.x() < 0) continue;
                ++drawn;
                QVERIFY2(!covered.contains(at), qPrintable(QStringLiteral("node at %1,%2 under the legend")
                                                               .arg(at.x())
                                                               .arg(at.y())));
                QVERIFY(view.rect().contains(at));
                top = std::min(top, at.y());
                bottom = std::max(bottom, at.y());
            }
        QVERIFY(drawn > 80);
        QVERIFY2(bottom - top > view.height() / 2, "the stack still fills most of the height");
    };
    checkFraming();
    // Selecting adds the selection's arrows to the legend: the picture stays where it is.
    const QPoint before = view.nodeScreenPosition(market->network.institutions[5].id);
    const QSize legendBefore = legend->size();
    selection.setInstitution(market->network.institutions[0].id);
    QVERIFY(legend->height() > legendBefore.height());
    QCOMPARE(view.nodeScreenPosition(market->network.institutions[5].id), before);
    checkFraming();
    for (int k = 0; k < 3; ++k) QTest::keyClick(&view, Qt::Key_Plus);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, QPoint(600, 300));
    checkFraming();
}

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
