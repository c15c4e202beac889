#include "JobRunner.h"

#include <QMetaObject>

#include <algorithm>

namespace eagle {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {
    // Leave one core to the GUI thread and SQLite's own work.
    pool_.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

JobRunner::~JobRunner() {
    cancelAll();
    pool_.waitForDone();
}

void JobRunner::cancelAll() {
    std::lock_guard lock(mutex_);
    for (auto& source : running_) source->request_stop();
}

void JobRunner::waitForIdle() { pool_.waitForDone(); }

void JobRunner::launch(const QString& title, std::function<void(JobContext&)> work, std::function<void()> deliver) {
    auto source = std::make_shared<std::stop_source>();
    {
        std::lock_guard lock(mutex_);
        running_.push_back(source);
    }
    ++active_;
    emit jobStarted(title);
    QPointer<JobRunner> self(this);
    pool_.start([this, self, title, source, work = std::move(work), deliver = std::move(deliver)]() mutable {
        JobContext context{source->get_token(), [self, title](double fraction, const std::string& step) {
                               if (!self) return;
                               QMetaObject::invokeMethod(self, [self, title, fraction, s = QString::fromStdString(step)] {
                                   if (self) emit self->progressChanged(title, fraction, s);
                               }, Qt::QueuedConnection);
                           }};
        enum class Outcome { Done, Cancelled, Failed } outcome = Outcome::Done;
        QString reason;
        try {
            work(context);
            if (source->stop_requested()) outcome = Outcome::Cancelled;
        } catch (const Cancelled&) {
            outcome = Outcome::Cancelled;
        } catch (const std::exception& e) {
            outcome = Outcome::Failed;
            reason = QString::fromStdString(e.what());
        }
        {
            std::lock_guard lock(mutex_);
            std::erase(running_, source);
        }
        // The destructor waits for the pool, so `this` is alive here; the delivery itself is
        // queued to the GUI thread and dropped if the runner is gone by then.
        QMetaObject::invokeMethod(this, [self, title, outcome, reason, deliver = std::move(deliver)] {
            if (!self) return;
            switch (outcome) {
            case Outcome::Done: deliver(); break;
            case Outcome::Cancelled: emit self->jobCancelled(title); break;
            case Outcome::Failed: emit self->jobFailed(title, reason); break;
            }
            self->finished();
        }, Qt::QueuedConnection);
    });
}

void JobRunner::finished() {
    if (--active_ == 0) emit idle();
}

}  // namespace eagle
