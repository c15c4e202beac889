#pragma once
// Runs model work off the GUI thread on a private thread pool, reports its progress, lets the user
// cancel it, and hands the result back on the GUI thread. The GUI thread never waits on a job.

#include "Progress.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

namespace eagle {

// What a job sees: its stop token and a progress callback that is safe to call from the worker.
struct JobContext {
    std::stop_token stop;
    ProgressCallback progress;
};

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    // Cancels what is running and waits for the workers, so no job outlives its receivers.
    ~JobRunner() override;

    // work runs on a worker thread; done (or failed) runs later on the GUI thread, and not at all
    // if the job was cancelled.
    template <class Result>
    void start(const QString& title, std::function<Result(JobContext&)> work, std::function<void(Result)> done) {
        auto result = std::make_shared<std::optional<Result>>();
        launch(
            title, [work = std::move(work), result](JobContext& context) { result->emplace(work(context)); },
            [done = std::move(done), result] { done(std::move(**result)); });
    }

    int activeJobs() const { return active_; }
    void cancelAll();
    // Blocks until every job has finished; for tests and shutdown only.
    void waitForIdle();

signals:
    void jobStarted(const QString& title);
    void progressChanged(const QString& title, double fraction, const QString& step);
    void jobFailed(const QString& title, const QString& reason);
    void jobCancelled(const QString& title);
    // No job is running any more (and every finished job's result has been delivered).
    void idle();

private:
    void launch(const QString& title, std::function<void(JobContext&)> work, std::function<void()> deliver);
    void finished();

    QThreadPool pool_;
    std::mutex mutex_;
    std::vector<std::shared_ptr<std::stop_source>> running_;
    int active_ = 0;
};

}  // namespace eagle
