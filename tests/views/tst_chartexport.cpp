// The export service: every chart view to PNG, SVG and PDF at a chosen size and resolution, drawn
// as on screen (Chinese labels included), and the data views show to CSV; the export dialog.

#include "ChartExporter.h"
#include "ClusterScatterView.h"
#include "DataTable.h"
#include "EvaluationTableView.h"
#include "ExportViewDialog.h"
#include "HeatmapView.h"
#include "InstitutionListView.h"
#include "LearningView.h"
#include "NetworkControls.h"
#include "NetworkView.h"
#include "PdfInspection.h"
#include "RadarView.h"
#include "RiskMatrixView.h"
#include "TimeSeriesView.h"
#include "TradeListView.h"
#include "TrainingCurveView.h"
#include "TypeLegend.h"
#include "ViewExportReaction.h"

#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QImageReader>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace eagle;
using eagle::test::pdfFirstMediaBox;
using eagle::test::pdfFontNames;
using eagle::test::pdfPageCount;
using eagle::test::readFile;

namespace {

const QString kChineseLabel = QStringLiteral("城市商业银行01");

TimeSeriesData series() {
    TimeSeriesData data;
    data.institution = InstitutionId(3);
    data.institutionLabel = kChineseLabel;
    data.featureName = QStringLiteral("overnight_share_20d");
    data.featureLabel = QStringLiteral("隔夜融资占比");
    data.unit = QStringLiteral("%");
    data.peerLabel = QStringLiteral("City bank");
    Date d = Date::fromYmd(2025, 3, 3);
    for (int k = 0; k < 30; ++k, d = d.addDays(1)) {
        data.values.push_back({d, k == 7 ? std::nan("") : 40 + k});
        if (k % 2 == 0) data.peerMedian.push_back({d, 35.0});
    }
    data.markers.push_back({Date::fromYmd(2025, 3, 10), QStringLiteral("liquidity squeeze"), false});
    return data;
}

RadarProfile radarProfile() {
    RadarProfile p;
    p.institution = InstitutionId(3);
    p.institutionLabel = "CC01 城市商业银行01";
    p.peerGroup = "city_commercial_bank";
    p.axes = {"score_market", "score_credit", "score_liquidity", "score_operational", "score_reputation"};
    p.institutionPct = {80, 20, 95, 50, std::nan("")};
    p.peerMedianPct = {50, 50, 50, 50, 50};
    return p;
}

// Share of pixels that differ by more than `tolerance` in some channel.
double differingShare(const QImage& a, const QImage& b, int tolerance = 40) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size()) return 1.0;
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (std::abs(qRed(p[col]) - qRed(q[col])) > tolerance || std::abs(qGreen(p[col]) - qGreen(q[col])) > tolerance ||
                std::abs(qBlue(p[col]) - qBlue(q[col])) > tolerance)
                ++differing;
    }
    return double(differing) / double(x.width() * x.height());
}

int nonWhitePixels(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int row = 0; row < rgb.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(rgb.constScanLine(row));
        for (int col = 0; col < rgb.width(); ++col) n += (p[col] & 0xFFFFFF) != 0xFFFFFF;
    }
    return n;
}

// Chinese text drawn alone, in the widget font: whether it leaves glyphs (not empty boxes) is
// judged against the same text in a font that has no CJK glyphs.
bool fontsHaveChinese() { return !QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(); }

}  // namespace

class TestChartExport : public QObject {
    Q_OBJECT
private slots:
    void csvQuotesAndMarksUtf8();
    void timeSeriesPngAtSizeAndResolution();
    void exportedChartLooksAsOnScreen();
    void svgAndPdfAreVectorsWithChineseText();
    void radarTableAndPdf();
    void heatmapAndRiskMatrixTables();
    void networkExportsItsFrameAndOverlays();
    void tableViewsExportWhatTheyShow();
    void dialogOffersCsvOnlyForTables();
    void learningViewsExportChartsAndData();
    void exportButtonsOpenTheDialogOnTheirView();

private:
    QTemporaryDir dir_;
};

void TestChartExport::csvQuotesAndMarksUtf8() {
    DataTable t;
    t.header << QStringLiteral("a") << QStringLiteral("b,c");
    t.rows << QStringList{QStringLiteral("say \"hi\""), QStringLiteral("银行")};
    t.rows << QStringList{DataTable::number(0.1), DataTable::number(std::nan(""))};
    QCOMPARE(t.toCsv(false), QByteArray("a,\"b,c\"\r\n\"say \"\"hi\"\"\",\xE9\x93\xB6\xE8\xA1\x8C\r\n0.1,\r\n"));
    QVERIFY(t.toCsv(true).startsWith("\xEF\xBB\xBF" "a,"));
}

void TestChartExport::timeSeriesPngAtSizeAndResolution() {
    TimeSeriesView view;
    view.setSeries(series());
    view.resize(700, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString path = dir_.filePath(QStringLiteral("series.png"));
    ExportSettings s;
    s.format = ExportFormat::Png;
    s.size = QSize(400, 250);
    s.dpi = 192;
    QString error;
    QVERIFY2(ChartExporter::save(view, path, s, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage png = reader.read();
    QCOMPARE(png.size(), QSize(800, 500));  // 400 x 250 at twice the screen's 96 dpi
    QCOMPARE(std::lround(png.dotsPerMeterX() * 0.0254), 192L);
    QVERIFY(nonWhitePixels(png) > 5000);
    // The data: the union of the days, the value, the peer median where it has one, the event.
    const DataTable table = view.exportTable();
    QCOMPARE(table.header.size(), 4);
    QCOMPARE(table.rows.size(), 30);
    QCOMPARE(table.rows[0], (QStringList{"2025-03-03", "40", "35", ""}));
    QCOMPARE(table.rows[1], (QStringList{"2025-03-04", "41", "", ""}));
    QCOMPARE(table.rows[7], (QStringList{"2025-03-10", "", "", "event: liquidity squeeze"}));
}

// The exported picture at the size on screen is the picture on screen.
void TestChartExport::exportedChartLooksAsOnScreen() {
    TimeSeriesView series;
    series.setSeries(::series());
    series.resize(600, 300);
    series.show();
    RadarView radar;
    radar.setProfile(radarProfile());
    radar.resize(420, 420);
    radar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&series));
    QVERIFY(QTest::qWaitForWindowExposed(&radar));
    const QImage plotOnScreen = series.plotWidget()->grab().toImage();
    const QImage plotExported = ChartExporter::image(series, series.chartSize(), 96 * int(series.devicePixelRatio()));
    QCOMPARE(plotExported.size(), plotOnScreen.size());
    QVERIFY2(differingShare(plotOnScreen, plotExported) < 0.01,
             qPrintable(QString::number(differingShare(plotOnScreen, plotExported))));
    const QImage radarOnScreen = radar.grab().toImage();
    const QImage radarExported = ChartExporter::image(radar, radar.size(), 96 * int(radar.devicePixelRatio()));
    QVERIFY2(differingShare(radarOnScreen, radarExported) < 0.01,
             qPrintable(QString::number(differingShare(radarOnScreen, radarExported))));
    // Exporting at another size leaves the plot laid out for the screen: clicks still map right.
    const QPoint before = series.dayPosition(Date::fromYmd(2025, 3, 20));
    ChartExporter::image(series, QSize(1200, 900), 96);
    QCOMPARE(series.dayPosition(Date::fromYmd(2025, 3, 20)), before);
}

void TestChartExport::svgAndPdfAreVectorsWithChineseText() {
    TimeSeriesView view;
    view.setSeries(series());
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ExportSettings s;
    s.size = QSize(480, 300);
    s.format = ExportFormat::Svg;
    const QString svgPath = dir_.filePath(QStringLiteral("series.svg"));
    QVERIFY(ChartExporter::save(view, svgPath, s));
    const QString svg = QString::fromUtf8(readFile(svgPath));
    QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 480 300\"")));
    QVERIFY(svg.contains(QStringLiteral("<polyline")) || svg.contains(QStringLiteral("<path")));
    QVERIFY2(svg.contains(kChineseLabel), "the title is text in the drawing");

    s.format = ExportFormat::Pdf;
    const QString pdfPath = dir_.filePath(QStringLiteral("series.pdf"));
    QVERIFY(ChartExporter::save(view, pdfPath, s));
    const QByteArray pdf = readFile(pdfPath);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(pdf), 1);
    const QSizeF page = pdfFirstMediaBox(pdf);
    QVERIFY2(std::abs(page.width() - 360) < 1 && std::abs(page.height() - 225) < 1,  // 480 x 300 px at 96 dpi
             qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
    // Chinese text needs a font that has its glyphs: one with Chinese is embedded.
    QVERIFY2(fontsHaveChinese(), "no font with Chinese glyphs is installed (scripts/packages.txt)");
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    bool embedded = false;
    for (const QString& name : pdfFontNames(pdf))
        for (const QString& family : chinese)
            embedded = embedded || name.contains(QString(family).remove(QLatin1Char(' ')), Qt::CaseInsensitive);
    QVERIFY2(embedded, qPrintable(pdfFontNames(pdf).join(QLatin1Char(' '))));
}

void TestChartExport::radarTableAndPdf() {
    RadarView radar;
    radar.setAxisLabels({{QStringLiteral("score_liquidity"), QStringLiteral("流动性风险")}});
    radar.setProfile(radarProfile());
    const DataTable table = radar.exportTable();
    QCOMPARE(table.rows.size(), 5);
    QCOMPARE(table.rows[2], (QStringList{QStringLiteral("流动性风险"), "95", "50"}));
    QCOMPARE(table.rows[4][1], QString());  // undefined stays empty
    ExportSettings s;
    s.format = ExportFormat::Pdf;
    s.size = QSize(400, 400);
    const QString path = dir_.filePath(QStringLiteral("radar.pdf"));
    QVERIFY(ChartExporter::save(radar, path, s));  // never shown: drawn offscreen all the same
    QCOMPARE(pdfPageCount(readFile(path)), 1);
    QVERIFY(nonWhitePixels(ChartExporter::image(radar, QSize(300, 300))) > 2000);
}

void TestChartExport::heatmapAndRiskMatrixTables() {
    HeatmapView heatmap;
    HeatmapData h;
    h.featureName = QStringLiteral("score_liquidity");
    h.featureLabel = QStringLiteral("Liquidity");
    h.matrix.institutions = {InstitutionId(1), InstitutionId(2)};
    h.matrix.days = {Date::fromYmd(2025, 1, 2), Date::fromYmd(2025, 1, 3), Date::fromYmd(2025, 1, 6)};
    h.matrix.values = {1, 2, 3, 4, std::nan(""), 6};
    h.rowLabels = {QStringLiteral("LB01"), QStringLiteral("CC01")};
    heatmap.setData(h);
    DataTable t = heatmap.exportTable();
    QCOMPARE(t.header, (QStringList{"Institution", "2025-01-02", "2025-01-03", "2025-01-06"}));
    QCOMPARE(t.rows[1], (QStringList{"CC01", "4", "", "6"}));
    heatmap.resize(500, 300);
    QVERIFY(nonWhitePixels(ChartExporter::image(heatmap, QSize(500, 300))) > 5000);

    RiskMatrixView matrix;
    RiskMatrixData m;
    m.day = Date::fromYmd(2025, 1, 6);
    m.institutions = {InstitutionId(1), InstitutionId(2), InstitutionId(3)};
    m.rowLabels = {"A", "B", "C"};
    m.columnLabels = {"market", "liquidity"};
    m.scores = {{10, 20}, {90, 80}, {50, 95}};
    matrix.setData(m);
    matrix.sortBy(2);  // by liquidity, highest first: C, B, A
    t = matrix.exportTable();
    QCOMPARE(t.header, (QStringList{"Institution", "market", "liquidity"}));
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows[0], (QStringList{"C", "50", "95"}));
    QCOMPARE(t.rows[2], (QStringList{"A", "10", "20"}));
}

void TestChartExport::networkExportsItsFrameAndOverlays() {
    auto data = std::make_shared<NetworkViewData>();
    data->network.asOf = Date::fromYmd(2025, 6, 30);
    for (int k = 0; k < 3; ++k) {
        NetworkInstitution n;
        n.id = InstitutionId(k + 1);
        n.code = "N" + std::to_string(k + 1);
        n.type = k == 0 ? InstitutionType::LargeBank : InstitutionType::Fund;
        n.totalAssets = 1e11 * (k + 1);
        n.equity = 1e10;
        data->network.institutions.push_back(n);
        data->layout.institutions.push_back(n.id);
        data->names << QString::fromStdString(n.code);
    }
    data->layout.x = {-0.7, 0.0, 0.7};
    data->layout.y = {-0.4, 0.6, -0.4};
    data->network.edges = {{0, 1, 2e9, NetworkLayer::Repo}, {1, 2, 5e9, NetworkLayer::Interbank}};
    NetworkView view;
    view.resize(500, 400);
    view.setNetwork(data);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.chartIsRaster());
    const QImage png = ChartExporter::image(view, QSize(500, 400), 96);
    QCOMPARE(png.size(), QSize(500, 400));
    // The legend (a child widget, not in the GL frame) is in the export; elsewhere it is the frame.
    const QImage frame = view.grabFramebuffer().scaled(png.size());
    const auto* legend = view.findChild<TypeLegend*>();
    QVERIFY(legend && legend->isVisibleTo(&view));
    const QRect legendArea = legend->geometry();
    QVERIFY2(differingShare(frame.copy(legendArea), png.copy(legendArea)) > 0.05,
             qPrintable(QString::number(differingShare(frame.copy(legendArea), png.copy(legendArea)))));
    const QRect below(0, legendArea.bottom() + 10, png.width(), png.height() - legendArea.bottom() - 60);
    QVERIFY(differingShare(frame.copy(below), png.copy(below)) < 0.02);
    const DataTable t = view.exportTable();
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.header, (QStringList{"Creditor", "Debtor", "Layer", "Exposure (CNY)"}));
    QCOMPARE(t.rows[0], (QStringList{"N2", "N3", "interbank", "5000000000"}));  // largest first
    NetworkFilter repoOnly = view.filter();
    repoOnly.layers.fill(false);
    repoOnly.layers[indexOf(NetworkLayer::Repo)] = true;
    view.setFilter(repoOnly);
    QCOMPARE(view.exportTable().rows.size(), 1);  // what is shown
    ExportSettings s;
    s.format = ExportFormat::Pdf;
    const QString path = dir_.filePath(QStringLiteral("network.pdf"));
    QVERIFY(ChartExporter::save(view, path, s));
    QVERIFY(readFile(path).contains("/Subtype /Image"));  // the frame embedded as a picture
}

void TestChartExport::tableViewsExportWhatTheyShow() {
    InstitutionListView list;
    std::vector<Institution> institutions;
    for (int k = 0; k < 4; ++k) {
        Institution i;
        i.id = InstitutionId(k + 1);
        i.code = "C" + std::to_string(k);
        i.name = "Bank " + std::to_string(k);
        i.nameZh = "银行" + std::to_string(k);
        i.type = k < 2 ? InstitutionType::CityCommercialBank : InstitutionType::Fund;
        institutions.push_back(i);
    }
    list.setInstitutions(institutions);
    QVERIFY(!list.hasChart());
    DataTable t = list.exportTable();
    QCOMPARE(t.rows.size(), 4);
    QVERIFY(t.header.size() >= 3);
    QVERIFY(t.rows[0].join(QLatin1Char(' ')).contains(QStringLiteral("C0")));
    ExportSettings s;
    s.format = ExportFormat::Csv;
    const QString path = dir_.filePath(QStringLiteral("list.csv"));
    QVERIFY(ChartExporter::save(list, path, s));
    const QByteArray csv = readFile(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.count("\r\n"), 5);
    s.format = ExportFormat::Png;
    QString error;
    QVERIFY(!ChartExporter::save(list, dir_.filePath(QStringLiteral("list.png")), s, &error));
    QVERIFY(!error.isEmpty());
}

void TestChartExport::dialogOffersCsvOnlyForTables() {
    RadarView radar;
    radar.setProfile(radarProfile());
    radar.resize(360, 340);
    TradeListView trades;
    ExportViewDialog dialog({{QStringLiteral("Radar"), &radar}, {QStringLiteral("Trades"), &trades}}, 0);
    QCOMPARE(dialog.settings().size, QSize(360, 340));  // as on screen
    auto* format = dialog.findChildren<QComboBox*>().at(1);
    auto* model = qobject_cast<QStandardItemModel*>(format->model());
    QVERIFY(model->item(0)->isEnabled());
    dialog.setCurrentTarget(1);
    QCOMPARE(dialog.settings().format, ExportFormat::Csv);
    QVERIFY(!model->item(0)->isEnabled());
    QVERIFY(dialog.path().endsWith(QStringLiteral("Trades.csv")));

    dialog.setCurrentTarget(0);
    ExportSettings s;
    s.format = ExportFormat::Png;
    s.size = QSize(200, 150);
    s.dpi = 288;
    dialog.setSettings(s);
    dialog.setPath(dir_.filePath(QStringLiteral("radar.png")));
    QVERIFY(dialog.exportNow());
    QCOMPARE(QImage(dialog.path()).size(), QSize(600, 450));
}

namespace {
ClusterData clusters() {
    ClusterData data;
    data.valid = true;
    data.period = QStringLiteral("2025-01-02 to 2025-06-30");
    data.variance1 = 0.4, data.variance2 = 0.2;
    data.clusters = {{0, QStringLiteral("稳健放款"), 2, {}}, {1, QStringLiteral("Short-term borrowers"), 1, {}}};
    data.points = {{InstitutionId(1), kChineseLabel, 0, -1.5, 0.25, 0.3, false},
                   {InstitutionId(2), QStringLiteral("CC02"), 0, -1.0, 0.5, 0.2, false},
                   {InstitutionId(3), QStringLiteral("FU01"), 1, 2.0, -0.75, 0.9, true}};
    data.loadings = {{QStringLiteral("隔夜融资占比"), 0.8, 0.1}};
    return data;
}

WarningRunData warningRun() {
    WarningRunData run;
    run.valid = true;
    run.description = QStringLiteral("window 20, horizon 10");
    for (int e = 1; e <= 6; ++e) run.epochs.push_back({e, 0.7 - 0.05 * e, 0.72 - 0.04 * e + (e > 4 ? 0.03 : 0), 0.6 + 0.04 * e});
    run.bestEpoch = 4;
    run.topK = 50;
    run.rows = {{QStringLiteral("GRU"), QStringLiteral("2 layers"), 0.81, 0.42, 0.3, 7, 9, 12},
                {QStringLiteral("Logistic"), QStringLiteral("baseline"), 0.74, 0.31, 0.2, 5, 7, 12}};
    return run;
}
}  // namespace

// The learning views export like the others: the scatter and the training curves as charts
// (PNG at the size and resolution asked, vector SVG and PDF) and their data as CSV; the
// evaluation table as CSV only.
void TestChartExport::learningViewsExportChartsAndData() {
    ClusterScatterView scatter;
    scatter.resize(520, 400);
    scatter.setData(clusters());
    QVERIFY(scatter.hasChart());
    const DataTable points = scatter.exportTable();
    QCOMPARE(points.rows.size(), 3);
    QCOMPARE(points.header.size(), 7);
    QCOMPARE(points.rows[0][0], kChineseLabel);
    QCOMPARE(points.rows[0][2], QStringLiteral("稳健放款"));
    QCOMPARE(points.rows[2][3].toDouble(), 2.0);
    QCOMPARE(points.rows[2][4].toDouble(), -0.75);

    TrainingCurveView curves;
    curves.resize(520, 360);
    const WarningRunData run = warningRun();
    curves.setHistory(run.epochs, run.bestEpoch, QStringLiteral("Training history"));
    const DataTable epochs = curves.exportTable();
    QCOMPARE(epochs.rows.size(), 6);
    QCOMPARE(epochs.rows[3][0], QStringLiteral("4"));
    QCOMPARE(epochs.rows[3][1].toDouble(), run.epochs[3].trainingLoss);
    QCOMPARE(epochs.rows[3][3].toDouble(), run.epochs[3].validationAuc);
    QVERIFY(!epochs.rows[3][4].isEmpty() && epochs.rows[2][4].isEmpty());  // the kept epoch marked

    for (const ExportableView* view : {static_cast<const ExportableView*>(&scatter), static_cast<const ExportableView*>(&curves)}) {
        const QString stem = dir_.filePath(view == &scatter ? QStringLiteral("scatter") : QStringLiteral("curves"));
        ExportSettings s;
        s.size = QSize(600, 400);
        s.dpi = 192;
        QVERIFY(ChartExporter::save(*view, stem + QStringLiteral(".png"), s));
        const QImage png(stem + QStringLiteral(".png"));
        QCOMPARE(png.size(), QSize(1200, 800));
        QVERIFY(png.pixelColor(600, 400) != QColor());
        s.format = ExportFormat::Svg;
        QVERIFY(ChartExporter::save(*view, stem + QStringLiteral(".svg"), s));
        QVERIFY(readFile(stem + QStringLiteral(".svg")).contains("<path"));
        s.format = ExportFormat::Pdf;
        QVERIFY(ChartExporter::save(*view, stem + QStringLiteral(".pdf"), s));
        QCOMPARE(pdfPageCount(readFile(stem + QStringLiteral(".pdf"))), 1);
        s.format = ExportFormat::Csv;
        QVERIFY(ChartExporter::save(*view, stem + QStringLiteral(".csv"), s));
        QCOMPARE(readFile(stem + QStringLiteral(".csv")).count("\r\n"), qsizetype(view->exportTable().rows.size() + 1));
    }
    QVERIFY(QString::fromUtf8(readFile(dir_.filePath(QStringLiteral("scatter.csv")))).contains(kChineseLabel));

    EvaluationTableView evaluation;
    evaluation.setData(run);
    QVERIFY(!evaluation.hasChart());
    const DataTable models = evaluation.exportTable();
    QCOMPARE(models.rows.size(), 2);
    QCOMPARE(models.header.size(), int(EvaluationTableView::ColumnCount));
    QCOMPARE(models.rows[1][EvaluationTableView::Model], QStringLiteral("Logistic"));
    QCOMPARE(models.rows[0][EvaluationTableView::RocAuc], evaluation.cellText(0, EvaluationTableView::RocAuc));
    ExportSettings csv;
    csv.format = ExportFormat::Csv;
    QVERIFY(ChartExporter::save(evaluation, dir_.filePath(QStringLiteral("evaluation.csv")), csv));
    QVERIFY(readFile(dir_.filePath(QStringLiteral("evaluation.csv"))).contains("Logistic"));
}

// The learning dock's Export… opens the export dialog on the view of the current tab, the network
// bar's on the network; both through the dialog every view's export uses.
void TestChartExport::exportButtonsOpenTheDialogOnTheirView() {
    QWidget window;
    auto* learning = new LearningView(&window);
    learning->setClusters(clusters());
    learning->setWarningRun(warningRun());
    ViewExportReaction reaction(&window);
    reaction.addView(&learning->scatter(), &learning->scatter());
    reaction.addView(&learning->curves(), &learning->curves());
    reaction.addView(&learning->evaluation(), &learning->evaluation());
    QObject::connect(learning, &LearningView::exportRequested, &reaction, &ViewExportReaction::exportViewOf);
    window.resize(700, 500);
    window.show();
    auto* button = learning->findChild<QPushButton*>(QStringLiteral("learningExport"));
    QVERIFY(button && !button->text().isEmpty());
    const auto openDialog = [&window]() -> ExportViewDialog* {
        for (auto* d : window.findChildren<ExportViewDialog*>())
            if (d->isVisible()) return d;
        return nullptr;
    };
    for (int tab = 0; tab < 3; ++tab) {
        learning->tabs().setCurrentIndex(tab);
        button->click();
        ExportViewDialog* dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->currentTarget(), tab);
        if (tab == 1) {  // the training curves, at a chosen size and resolution
            ExportSettings s = dialog->settings();
            s.format = ExportFormat::Png;
            s.size = QSize(400, 300);
            s.dpi = 144;
            dialog->setSettings(s);
            dialog->setPath(dir_.filePath(QStringLiteral("button-curves.png")));
            QVERIFY(dialog->exportNow());
            QCOMPARE(QImage(dialog->path()).size(), QSize(600, 450));
        }
        if (tab == 2) QCOMPARE(dialog->settings().format, ExportFormat::Csv);  // a table
        dialog->close();
        delete dialog;
    }

    NetworkView network;
    NetworkControls controls(network);
    QSignalSpy asked(&controls, &NetworkControls::exportRequested);
    auto* networkButton = controls.findChild<QPushButton*>(QStringLiteral("networkExport"));
    QVERIFY(networkButton && !networkButton->text().isEmpty());
    networkButton->click();
    QCOMPARE(asked.count(), 1);
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
