// GUI stall benchmark: the real workstation (MainWindow) on a generated market while the work a
// supervisor starts runs in the background — opening the market computes its profiles (analysis),
// File → Import… imports a trades file and reloads the workspace, and the learning presenter
// clusters the institutions and trains the early-warning GRU — while the user steps the time
// cursor every 200 ms. A watchdog timer on the GUI thread fires every 5 ms and records how late
// each firing comes: a late firing is a stall, the time input and painting waited. Each phase runs
// in the event loop (QEventLoop) until its jobs are done; their signals quit the loop.
// Goal (docs/reliability.md): no stall over 50 ms.
//
// On a shared machine a thread also waits for a processor. The kernel counts that wait per thread
// (/proc/thread-self/schedstat), so each stall is printed twice: as it was, and less the time the
// GUI thread sat runnable without a processor — what the stall would have been on an idle machine
// (the GUI thread's own work, and its waits on locks, files and the X server). Then the GUI
// thread's longest event deliveries, split the same way, name the slot to look at.
//
// "Blocked" (neither on a processor nor waiting for one) includes waits on other threads that
// themselves wait for a processor: under Xvfb, Mesa's llvmpipe renders on threads of its own, and
// the GUI thread waits for them in every flush of the window (docs/reliability.md).
//
// Usage: bench_gui_stall [INSTITUTIONS DAYS [IMPORT_TRADES [EPOCHS]]] (default 300 x 250, 50,000
// trades, 3 epochs of 4,000 windows; a much smaller market may hold no risk event to train on, and
// the training phase then fails). Needs a display: scripts/bench runs it under xvfb-run.

#include "GenerateMarket.h"
#include "ImportWizard.h"
#include "JobRunner.h"
#include "LearningController.h"
#include "MainWindow.h"
#include "ScenarioCatalog.h"
#include "Store.h"
#include "TimeCursorBar.h"
#include "WorkspaceController.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace eagle;

namespace {

constexpr int kPeriodMs = 5;
constexpr double kGoalMs = 50;
constexpr double kSlowEventMs = 20;  // event deliveries listed after each phase

// The GUI thread's time on a processor and its time runnable but waiting for one, in ms.
struct SchedTimes {
    double runMs = 0, waitMs = 0;
    SchedTimes operator-(const SchedTimes& o) const { return {runMs - o.runMs, waitMs - o.waitMs}; }
};

class SchedClock {
public:
    SchedClock() : fd_(open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC)) {}
    ~SchedClock() {
        if (fd_ >= 0) close(fd_);
    }
    // Zero when the kernel does not count (then stalls are printed as they were only).
    SchedTimes now() const {
        char text[128] = {};
        if (fd_ < 0 || pread(fd_, text, sizeof text - 1, 0) <= 0) return {};
        unsigned long long run = 0, wait = 0;
        std::sscanf(text, "%llu %llu", &run, &wait);
        return {double(run) / 1e6, double(wait) / 1e6};
    }

private:
    int fd_;
};

// Times every event the GUI thread delivers (the outermost delivery of each), so that a stall can
// be traced to the receiver that held the thread.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    struct SlowEvent {
        double ms;
        SchedTimes sched;
        QString what;
    };
    bool notify(QObject* receiver, QEvent* event) override {
        if (depth_++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --depth_;
            return handled;
        }
        QElapsedTimer t;
        t.start();
        const SchedTimes before = sched_.now();
        const char* type = typeName(event->type());
        const QString what = QStringLiteral("%1%2 %3")
                                 .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                      receiver->objectName().isEmpty() ? QString()
                                                                       : QLatin1Char('#') + receiver->objectName(),
                                      type ? QString::fromLatin1(type) : QString::number(int(event->type())));
        const bool handled = QApplication::notify(receiver, event);
        --depth_;
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms >= kSlowEventMs) slow_.push_back({ms, sched_.now() - before, what});
        return handled;
    }
    std::vector<SlowEvent> takeSlowEvents() { return std::exchange(slow_, {}); }
    const SchedClock& sched() const { return sched_; }

private:
    static const char* typeName(QEvent::Type type) {
        switch (type) {
        case QEvent::MetaCall: return "queued call (a job's result, a queued slot or replot)";
        case QEvent::Timer: return "timer";
        case QEvent::UpdateRequest: return "paint";
        case QEvent::Expose: return "expose";
        case QEvent::LayoutRequest: return "layout";
        case QEvent::Resize: return "resize";
        case QEvent::Show: return "show";
        default: return nullptr;
        }
    }
    SchedClock sched_;
    int depth_ = 0;
    std::vector<SlowEvent> slow_;
};

// A 5 ms timer on the GUI thread; each firing records how much later than its period it came,
// and how much of that the thread spent runnable without a processor.
class Watchdog : public QObject {
public:
    explicit Watchdog(const SchedClock& sched) : sched_(sched) {
        timer_.setTimerType(Qt::PreciseTimer);
        connect(&timer_, &QTimer::timeout, this, [this] {
            const qint64 now = clock_.nsecsElapsed();
            const SchedTimes s = sched_.now();
            const double late = std::max(0.0, (now - last_) / 1e6 - kPeriodMs);
            late_.push_back(late);
            own_.push_back(std::max(0.0, late - (s - lastSched_).waitMs));
            last_ = now;
            lastSched_ = s;
        });
    }
    void start() {
        late_.clear(), own_.clear();
        clock_.start();
        last_ = clock_.nsecsElapsed();
        lastSched_ = sched_.now();
        timer_.start(kPeriodMs);
    }
    // Prints the phase's figures; false when a stall, less the wait for a processor, is over 50 ms.
    bool report(const char* phase, double seconds, TimedApplication& app) {
        timer_.stop();
        const auto line = [&](const char* what, std::vector<double> v) {
            std::sort(v.begin(), v.end());
            const double longest = v.empty() ? 0 : v.back();
            const double p99 = v.empty() ? 0 : v[static_cast<std::size_t>(0.99 * double(v.size() - 1))];
            const auto over = std::count_if(v.begin(), v.end(), [](double ms) { return ms > kGoalMs; });
            std::printf("gui stall %-24s %-28s longest %6.1f ms  p99 %5.1f ms  over 50 ms: %4ld\n", phase, what,
                        longest, p99, long(over));
            return over;
        };
        std::printf("gui stall %-24s %.1f s, %zu ticks of %d ms\n", phase, seconds, late_.size(), kPeriodMs);
        line("as measured:", late_);
        const long over = line("less waits for a processor:", own_);
        auto slow = app.takeSlowEvents();
        std::sort(slow.begin(), slow.end(), [](const auto& a, const auto& b) {
            return a.ms - a.sched.waitMs > b.ms - b.sched.waitMs;
        });
        for (std::size_t k = 0; k < slow.size() && k < 5; ++k)
            std::printf("    %6.1f ms (on a processor %5.1f, waiting for one %6.1f, blocked %5.1f)  %s\n", slow[k].ms,
                        slow[k].sched.runMs, slow[k].sched.waitMs,
                        std::max(0.0, slow[k].ms - slow[k].sched.runMs - slow[k].sched.waitMs),
                        qPrintable(slow[k].what));
        std::fflush(stdout);
        return over == 0;
    }

private:
    const SchedClock& sched_;
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    SchedTimes lastSched_;
    std::vector<double> late_, own_;
};

// Runs the event loop until the JobRunner is idle and `done` holds; returns the seconds it took.
double runPhase(JobRunner& jobs, const std::function<bool()>& done, const std::function<void()>& begin) {
    QEventLoop loop;
    QElapsedTimer t;
    t.start();
    const auto check = [&] {
        if (jobs.activeJobs() == 0 && done()) loop.quit();
    };
    const auto idle = QObject::connect(&jobs, &JobRunner::idle, &loop, check, Qt::QueuedConnection);
    begin();
    QTimer::singleShot(0, &loop, check);
    loop.exec();
    QObject::disconnect(idle);
    return t.elapsed() / 1000.0;
}

// A trades file in the import format (docs/formats.md): repo trades among the market's own
// institutions on its last days, with references of their own so that none is a duplicate.
void writeTradesFile(const std::string& market, const std::string& file, int rows) {
    Store store = Store::openReadOnly(market);
    const auto institutions = store.institutions();
    const auto days = store.tradingDays();
    std::ofstream out(file);
    out << "trade_id,trade_date,product,buyer,seller,rate,tenor_days,notional_cny\n";
    std::uint64_t x = 88172645463325252ULL;
    const auto next = [&x] { return x ^= x << 13, x ^= x >> 7, x ^= x << 17; };
    const std::size_t n = institutions.size();
    for (int i = 0; i < rows; ++i) {
        const std::size_t buyer = next() % n, seller = (buyer + 1 + next() % (n - 1)) % n;
        const Date day = days[days.size() - 1 - next() % std::min<std::size_t>(days.size(), 20)];
        out << "IMP" << i << ',' << day.toString() << ",repo," << institutions[buyer].code << ','
            << institutions[seller].code << ',' << 1.5 + double(next() % 150) / 100.0 << ',' << (next() % 3 ? 7 : 1)
            << ',' << 1e6 * double(1 + next() % 5000) << '\n';
    }
}

QAction* fileMenuAction(MainWindow& window, const QString& text) {
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text() == text) return a;
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    TimedApplication app(argc, argv);
    const int institutions = argc > 2 ? std::atoi(argv[1]) : 300;
    const int days = argc > 2 ? std::atoi(argv[2]) : 250;
    const int importRows = argc > 3 ? std::atoi(argv[3]) : 50000;
    const int epochs = argc > 4 ? std::atoi(argv[4]) : 3;
    QTemporaryDir dir;
    const std::string market = dir.filePath("market.eagle").toStdString();
    // Risk events to learn from: the early-warning model refuses a market without them.
    SimulatorConfig config{institutions, days, 1};
    config.scenarios = parseScenarioList("liquidity_squeeze:count=8:duration=25,leverage_cycle:count=6,"
                                         "default_cascade:count=1");
    if (!bench::generateMarketInChild(market, config)) return 1;
    const std::string trades = dir.filePath("trades.csv").toStdString();
    writeTradesFile(market, trades, importRows);
    std::printf("gui stall: %d institutions x %d days; import of %d trades; training %d epochs of 4,000 windows\n",
                institutions, days, importRows, epochs);

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    // The window's first paint (VTK's context, every dock) is start-up, not a stall: done first.
    if (!QTest::qWaitForWindowExposed(&window)) return 1;
    QTest::qWait(500);
    app.takeSlowEvents();
    JobRunner& jobs = window.jobs();
    bool failed = false;
    QObject::connect(&jobs, &JobRunner::jobFailed, [&](const QString& title, const QString& reason) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(title), qPrintable(reason));
        failed = true;
    });
    QTimer stepper;  // the user steps the time cursor back a day every 200 ms
    QObject::connect(&stepper, &QTimer::timeout, [&] { window.timeCursor().stepBy(-1); });
    Watchdog watchdog(app.sched());
    bool withinGoal = true;

    // 1. Opening: the loader computes the profiles (the market has none yet), then every view fills.
    bool opened = false;
    QObject::connect(&window.workspace(), &WorkspaceController::opened, [&] { opened = true; });
    watchdog.start();
    double seconds = runPhase(jobs, [&] { return opened || failed; },
                              [&] { window.openWorkspace(QString::fromStdString(market)); });
    withinGoal &= watchdog.report("open + profiles:", seconds, app);
    if (failed) return 1;

    // 2. File → Import…: the wizard imports the trades in a job, then the workspace reloads.
    opened = false;
    stepper.start(200);
    watchdog.start();
    seconds = runPhase(jobs, [&] { return opened || failed; }, [&] {
        QAction* import = fileMenuAction(window, MainWindow::tr("&Import…"));
        if (!import) {
            failed = true;
            return;
        }
        import->trigger();
        auto* wizard = window.findChild<ImportWizard*>();
        wizard->setFiles({QString::fromStdString(trades)});
        wizard->setKind(QStringLiteral("trades"));
        wizard->importFiles();
    });
    stepper.stop();
    withinGoal &= watchdog.report("import + reload:", seconds, app);
    if (auto* wizard = window.findChild<ImportWizard*>()) wizard->close();
    if (failed) return 1;

    // 3. Clustering and GRU training, the loss curves growing epoch by epoch, then the reload.
    LearningOptions options = LearningController::defaultOptions();
    options.hyper.epochs = epochs;
    options.hyper.samplesPerEpoch = 4000;
    bool trained = false;
    QObject::connect(&window.learning(), &LearningController::finished, [&](bool stored) {
        trained = true;
        failed = failed || !stored;
    });
    stepper.start(200);
    watchdog.start();
    seconds = runPhase(jobs, [&] { return trained; }, [&] { window.learning().start(options); });
    stepper.stop();
    withinGoal &= watchdog.report("clustering + training:", seconds, app);
    std::printf("gui stall goal (no stall over 50 ms, less waits for a processor): %s\n",
                withinGoal ? "met" : "NOT MET");
    return failed ? 1 : 0;
}
