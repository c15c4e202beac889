// Prints how fast the 3D multilayer network view draws a large market: 10,000 institutions and
// 100,000 exposures over the five layers (core-periphery: partners drawn by size, heavy-tailed
// amounts), rendered into a 1280x800 window while the stack turns. Run it on a display or under
// `xvfb-run -a -s "-screen 0 1600x1000x24"` (Mesa's llvmpipe renders there: software GL).
// One line per figure: "name value unit". Goal (issue 6): 33 ms a frame while the view turns
// (network_view_frame_median_ms: the sketch of the network, NetworkScene::setSketch); the whole
// picture drawn once the motion rests is network_view_still_frame_median_ms, and
// network_view_empty_frame_median_ms a frame with nothing in it (VTK clears, the window swaps).
// `bench_network_view FILE.png` also writes the view as drawn.

#include "DebtRank.h"
#include "NetworkLayout.h"
#include "NetworkMetrics.h"
#include "NetworkView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLWindow>
#include <QEventLoop>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <unordered_set>

using namespace eagle;

namespace {

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

std::shared_ptr<NetworkViewData> market(std::size_t n, std::size_t edges, unsigned seed) {
    std::mt19937_64 random(seed);
    std::lognormal_distribution<double> size(0, 1.6);
    std::vector<double> weight(n);
    for (auto& w : weight) w = size(random);
    std::discrete_distribution<std::uint32_t> pick(weight.begin(), weight.end());
    std::uniform_real_distribution<double> unit(0, 1);
    auto data = std::make_shared<NetworkViewData>();
    MultilayerNetwork& net = data->network;
    net.asOf = Date::fromYmd(2025, 6, 30);
    for (std::size_t i = 0; i < n; ++i) {
        NetworkInstitution inst;
        inst.id = InstitutionId(std::int64_t(i) + 1);
        inst.code = "I" + std::to_string(i + 1);
        inst.type = InstitutionType(int(i % 6));
        inst.totalAssets = 1e10 * weight[i];
        inst.equity = 0.08 * inst.totalAssets;
        net.institutions.push_back(inst);
    }
    // Shares of the layers roughly as in the simulated markets: repo and bonds dominate.
    const NetworkLayer layers[] = {
        NetworkLayer::Repo,   NetworkLayer::Repo, NetworkLayer::Interbank, NetworkLayer::Bond, NetworkLayer::Bond,
        NetworkLayer::FxSwap, NetworkLayer::Repo, NetworkLayer::Interbank, NetworkLayer::Bond, NetworkLayer::Ownership};
    std::unordered_set<std::uint64_t> seen;
    while (net.edges.size() < edges) {
        const std::uint32_t a = pick(random), b = pick(random);
        const NetworkLayer layer = layers[net.edges.size() % 10];
        const std::uint64_t key = (std::uint64_t(a) << 34) | (std::uint64_t(b) << 4) | indexOf(layer);
        if (a == b || !seen.insert(key).second) continue;
        const double amount =
            layer == NetworkLayer::Ownership ? unit(random) : 1e8 * std::pow(1 - unit(random), -1 / 1.5);
        net.edges.push_back({a, b, amount, layer});
    }
    // Positions on a disc, big institutions in the middle (the layout of the app is timed apart).
    for (std::size_t i = 0; i < n; ++i) {
        const double angle = 2.399963 * double(i), r = std::sqrt(unit(random)) / (1 + 0.3 * std::log1p(weight[i]));
        data->layout.institutions.push_back(net.institutions[i].id);
        data->layout.x.push_back(r * std::cos(angle));
        data->layout.y.push_back(r * std::sin(angle));
    }
    return data;
}

}  // namespace

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(NetworkView::surfaceFormat());
    QApplication app(argc, argv);
    constexpr std::size_t kNodes = 10000, kEdges = 100000;
    auto data = market(kNodes, kEdges, 20250102);

    auto start = std::chrono::steady_clock::now();
    const NetworkLayout laidOut = layoutNetwork(data->network, 1);
    std::printf("network_view_layout_10k_ms %.1f ms\n", msSince(start));
    start = std::chrono::steady_clock::now();
    const NetworkLayout continued = layoutNetwork(data->network, 1, {}, &laidOut);
    std::printf("network_view_layout_next_day_ms %.1f ms\n", msSince(start));
    MetricOptions options;
    options.communities = true;
    start = std::chrono::steady_clock::now();
    const NetworkMeasures measures = measureNetwork(data->network.exposures(), options);
    std::printf("network_view_measures_ms %.1f ms\n", msSince(start));
    data->features.resize(kNodes);
    for (std::size_t i = 0; i < kNodes; ++i) data->features[i].aggregate = measures.nodes[i];
    for (std::size_t i = 0; i < kNodes; ++i) data->names << QString::fromStdString(data->network.institutions[i].code);
    (void)continued;

    NetworkView view;
    view.resize(1280, 800);
    view.show();
    // Frames are only drawn once the window is on screen: wait for it (at most 10 s).
    for (auto waited = std::chrono::steady_clock::now();
         !(view.windowHandle() && view.windowHandle()->isExposed()) && msSince(waited) < 10000;)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!view.windowHandle() || !view.windowHandle()->isExposed()) {
        std::fprintf(stderr, "bench_network_view: the window was never shown (no display?)\n");
        return 1;
    }
    // One frame as the application draws it: asked for with update() on the view's native window,
    // rendered by VTK and swapped (frameSwapped), then GL finished; timed from the moment Qt
    // starts drawing it (the window's UpdateRequest), not from update(): Qt waits for the
    // display's next refresh before that (about 16 ms at 60 Hz), which is no cost of the frame.
    struct UpdateClock : QObject {
        std::chrono::steady_clock::time_point started;
        bool eventFilter(QObject*, QEvent* event) override {
            if (event->type() == QEvent::UpdateRequest) started = std::chrono::steady_clock::now();
            return false;
        }
    } updateClock;
    view.installEventFilter(&updateClock);
    view.surface()->installEventFilter(&updateClock);  // the native window the view draws in
    const auto frame = [&] {
        QEventLoop loop;
        QObject::connect(view.surface(), &QOpenGLWindow::frameSwapped, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, [&] {
            std::fprintf(stderr, "bench_network_view: no frame was drawn in 10 s\n");
            std::exit(1);
        });
        view.surface()->update();
        loop.exec();
        view.surface()->makeCurrent();
        QOpenGLContext::currentContext()->functions()->glFinish();
        view.surface()->doneCurrent();
        return msSince(updateClock.started);
    };
    const auto rest = [] {  // longer than the view waits before drawing the whole picture again
        QEventLoop loop;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
    };
    // The floor: a frame of the view with nothing in it (VTK clears, Qt composes and swaps).
    std::vector<double> empty;
    for (int k = 0; k < 20; ++k) empty.push_back(frame());
    std::printf("network_view_empty_frame_median_ms %.1f ms\n", percentile(empty, 0.5));
    start = std::chrono::steady_clock::now();
    view.setNetwork(data);
    std::printf("network_view_build_scene_ms %.1f ms\n", msSince(start));
    std::printf("network_view_nodes %zu count\n", kNodes);
    std::printf("network_view_edges %zu count\n", kEdges);
    std::size_t drawnNodes = 0, drawnEdges = 0;
    for (NetworkLayer layer : kNetworkLayers)
        drawnNodes += view.layerCounts(layer).nodes, drawnEdges += view.layerCounts(layer).edges;
    std::printf("network_view_drawn_discs %zu count\n", drawnNodes);
    std::printf("network_view_drawn_lines %zu count\n", drawnEdges);
    view.setSizeMeasure(NodeMeasure::PageRank);

    for (int k = 0; k < 3; ++k) frame();  // first frames upload the buffers
    // Turning: each key press turns the stack by 30 pixels' worth, as a drag does.
    std::vector<double> times;
    bool sketched = true;
    for (int k = 0; k < 40; ++k) {
        QKeyEvent turn(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier);
        QApplication::sendEvent(&view, &turn);
        sketched = sketched && view.isSketched();
        times.push_back(frame());
    }
    std::printf("network_view_sketch_lines %zu count\n", view.sketchCounts().edges);
    std::printf("network_view_sketch_discs %zu count\n", view.sketchCounts().nodes);
    std::printf("network_view_turning_sketched %d bool\n", int(sketched));
    std::printf("network_view_frame_median_ms %.1f ms\n", percentile(times, 0.5));
    std::printf("network_view_frame_p95_ms %.1f ms\n", percentile(times, 0.95));
    // At rest: the whole picture, drawn once the motion has stopped.
    times.clear();
    for (int k = 0; k < 10; ++k) {
        QKeyEvent turn(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier);
        QApplication::sendEvent(&view, &turn);
        rest();
        if (view.isSketched()) std::fprintf(stderr, "bench_network_view: still sketched at rest\n");
        times.push_back(frame());
    }
    if (argc > 1) view.grabFramebuffer().save(QString::fromLocal8Bit(argv[1]));  // a PNG to look at
    std::printf("network_view_still_frame_median_ms %.1f ms\n", percentile(times, 0.5));
    std::printf("network_view_still_frame_p95_ms %.1f ms\n", percentile(times, 0.95));
    // The same turn with exposures from 1 bn CNY only (about 3% of them, and their institutions).
    NetworkFilter large;
    large.minExposure = 1e9;
    view.setFilter(large);
    std::size_t largeLines = 0;
    for (NetworkLayer layer : kNetworkLayers) largeLines += view.layerCounts(layer).edges;
    times.clear();
    for (int k = 0; k < 20; ++k) {
        QKeyEvent turn(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier);
        QApplication::sendEvent(&view, &turn);
        times.push_back(frame());
    }
    std::printf("network_view_filtered_lines %zu count\n", largeLines);
    std::printf("network_view_filtered_frame_median_ms %.1f ms\n", percentile(times, 0.5));
    view.setFilter({});

    // Hover: what is under the cursor, at spread positions.
    std::vector<double> picks;
    std::size_t found = 0;
    for (int k = 0; k < 30; ++k) {
        const QPoint at(200 + (k * 97) % 880, 150 + (k * 61) % 500);
        const auto t = std::chrono::steady_clock::now();
        found += view.institutionAt(at).valid();
        picks.push_back(msSince(t));
    }
    std::printf("network_view_pick_median_ms %.2f ms\n", percentile(picks, 0.5));
    std::printf("network_view_pick_hits %zu count\n", found);

    // Selecting an institution rebuilds the emphasis; a stress round recolours every node.
    start = std::chrono::steady_clock::now();
    view.setFilter(view.filter());  // unchanged: nothing to do
    QKeyEvent reset(QEvent::KeyPress, Qt::Key_R, Qt::NoModifier);
    QApplication::sendEvent(&view, &reset);
    std::vector<double> shock(kNodes, 0.0);
    shock[0] = 1;
    const ContagionResult result = debtRank(data->network.exposures(), data->network.equity(), shock);
    view.setStress(result);
    frame();
    std::vector<double> rounds;
    for (int r = 0; r < view.stressRounds(); ++r) {
        const auto t = std::chrono::steady_clock::now();
        view.showStressRound(r);
        frame();
        rounds.push_back(msSince(t));
    }
    std::printf("network_view_stress_rounds %d count\n", view.stressRounds());
    std::printf("network_view_stress_round_frame_median_ms %.1f ms\n", percentile(rounds, 0.5));
    start = std::chrono::steady_clock::now();
    NetworkFilter filter;
    filter.minExposure = 1e9;
    view.setFilter(filter);
    std::printf("network_view_filter_ms %.1f ms\n", msSince(start));
    return 0;
}
