#pragma once
// The status bar's view of background jobs: what is running, how far it is, and a cancel button.

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace eagle {

class JobRunner;

class JobStatusBar : public QWidget {
    Q_OBJECT
public:
    explicit JobStatusBar(JobRunner& jobs, QWidget* parent = nullptr);

signals:
    // A one-line message for the status bar (job failed, cancelled, finished).
    void message(const QString& text);

private:
    void showProgress(const QString& title, double fraction, const QString& step);
    void hideWhenIdle();

    JobRunner& jobs_;
    QLabel* title_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QToolButton* cancel_ = nullptr;
};

}  // namespace eagle
