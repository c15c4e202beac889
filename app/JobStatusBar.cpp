#include "JobStatusBar.h"

#include "JobRunner.h"
#include "LiveTexts.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace eagle {
namespace {
// The steps that models/ and data/ report (plain English, no Qt there), registered for translation.
[[maybe_unused]] constexpr const char* kModelSteps[] = {
    QT_TRANSLATE_NOOP("ModelSteps", "simulating trading days"),
    QT_TRANSLATE_NOOP("ModelSteps", "indexing trades"),
    QT_TRANSLATE_NOOP("ModelSteps", "computing profiles"),
    QT_TRANSLATE_NOOP("ModelSteps", "laying out the exposure network"),
    QT_TRANSLATE_NOOP("ModelSteps", "ranking institutions against their peers"),
    QT_TRANSLATE_NOOP("ModelSteps", "ready"),
};
}  // namespace

JobStatusBar::JobStatusBar(JobRunner& jobs, QWidget* parent) : QWidget(parent), jobs_(jobs) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    bar_->setRange(0, 1000);
    bar_->setMaximumWidth(220);
    bar_->setTextVisible(false);
    cancel_ = new QToolButton(this);
    (new LiveTexts(this))->add(cancel_, [this] {
        cancel_->setText(tr("Cancel"));
        cancel_->setToolTip(tr("Cancel the running background work"));
    });
    layout->addWidget(title_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    setVisible(false);

    connect(cancel_, &QToolButton::clicked, &jobs_, &JobRunner::cancelAll);
    connect(&jobs_, &JobRunner::jobStarted, this, [this](const QString& title) { showProgress(title, 0, {}); });
    connect(&jobs_, &JobRunner::progressChanged, this, &JobStatusBar::showProgress);
    connect(&jobs_, &JobRunner::jobFailed, this, [this](const QString& title, const QString& reason) {
        emit message(tr("%1 failed: %2").arg(title, reason));
    });
    connect(&jobs_, &JobRunner::jobCancelled, this,
            [this](const QString& title) { emit message(tr("%1 cancelled").arg(title)); });
    connect(&jobs_, &JobRunner::idle, this, &JobStatusBar::hideWhenIdle);
}

void JobStatusBar::showProgress(const QString& title, double fraction, const QString& step) {
    const QString translatedStep = QCoreApplication::translate("ModelSteps", step.toUtf8().constData());
    title_->setText(step.isEmpty() ? title : tr("%1 — %2").arg(title, translatedStep));
    bar_->setValue(static_cast<int>(fraction * 1000));
    setVisible(true);
}

void JobStatusBar::hideWhenIdle() {
    if (jobs_.activeJobs() == 0) setVisible(false);
}

}  // namespace eagle
