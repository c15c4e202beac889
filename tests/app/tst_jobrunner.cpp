// Background jobs: results arrive on the GUI thread, cancel stops work and drops its result,
// failures are reported with their reason, and idle() fires when the last job is done.

#include "JobRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace eagle;

class TestJobRunner : public QObject {
    Q_OBJECT
private slots:
    void deliversResultOnGuiThread();
    void cancelStopsWorkAndDropsResult();
    void reportsFailure();
    void reportsProgress();
};

void TestJobRunner::deliversResultOnGuiThread() {
    JobRunner jobs;
    QSignalSpy idle(&jobs, &JobRunner::idle);
    std::atomic<bool> ranOffGuiThread = false;
    QThread* deliveredOn = nullptr;
    int result = 0;
    jobs.start<int>(
        "sum",
        [&](JobContext&) {
            ranOffGuiThread = QThread::currentThread() != qApp->thread();
            return 6 * 7;
        },
        [&](int r) {
            result = r;
            deliveredOn = QThread::currentThread();
        });
    QVERIFY(idle.wait(5000));
    QCOMPARE(result, 42);
    QVERIFY(ranOffGuiThread);
    QCOMPARE(deliveredOn, qApp->thread());
    QCOMPARE(jobs.activeJobs(), 0);
}

void TestJobRunner::cancelStopsWorkAndDropsResult() {
    JobRunner jobs;
    QSignalSpy cancelled(&jobs, &JobRunner::jobCancelled);
    QSignalSpy idle(&jobs, &JobRunner::idle);
    std::atomic<bool> started = false;
    bool delivered = false;
    jobs.start<int>(
        "endless",
        [&](JobContext& job) {
            started = true;
            while (!job.stop.stop_requested()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            throwIfStopped(job.stop);
            return 1;
        },
        [&](int) { delivered = true; });
    QTRY_VERIFY(started);
    QCOMPARE(jobs.activeJobs(), 1);
    jobs.cancelAll();
    QVERIFY(idle.wait(5000));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.at(0).at(0).toString(), QString("endless"));
    QVERIFY(!delivered);
}

void TestJobRunner::reportsFailure() {
    JobRunner jobs;
    QSignalSpy failed(&jobs, &JobRunner::jobFailed);
    jobs.start<int>("broken", [](JobContext&) -> int { throw std::runtime_error("disk full"); }, [](int) {});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).toString(), QString("disk full"));
}

void TestJobRunner::reportsProgress() {
    JobRunner jobs;
    QSignalSpy progress(&jobs, &JobRunner::progressChanged);
    QSignalSpy idle(&jobs, &JobRunner::idle);
    jobs.start<int>(
        "steps",
        [](JobContext& job) {
            for (int i = 1; i <= 4; ++i) job.progress(i / 4.0, "step");
            return 0;
        },
        [](int) {});
    QVERIFY(idle.wait(5000));
    QCOMPARE(progress.count(), 4);
    QCOMPARE(progress.last().at(1).toDouble(), 1.0);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
