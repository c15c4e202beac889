#include "ScreenshotOnReady.h"

#include "JobRunner.h"
#include "MainWindow.h"
#include "WidgetPicture.h"
#include "WorkspaceController.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace eagle {
namespace {
// Views batch their redraws on short timers; give them time to land before grabbing.
constexpr int kSettleMs = 800;

void fail(int code, const QString& message) {
    QTextStream(stderr) << "eagleeye: " << message << "\n";
    QCoreApplication::exit(code);
}
}  // namespace

ScreenshotOnReady::ScreenshotOnReady(MainWindow& window, QString path, int timeoutSeconds)
    : QObject(&window), window_(window), path_(std::move(path)) {
    connect(&window_.workspace(), &WorkspaceController::opened, this, [this] { opened_ = true; });
    connect(&window_.jobs(), &JobRunner::idle, this, &ScreenshotOnReady::captureIfSettled);
    connect(&window_.jobs(), &JobRunner::jobFailed, this, [this](const QString& title, const QString& reason) {
        if (!opened_) fail(1, title + ": " + reason);
    });
    QTimer::singleShot(timeoutSeconds * 1000, this, [timeoutSeconds] {
        fail(3, QStringLiteral("gave up waiting for the workspace after %1 s").arg(timeoutSeconds));
    });
}

void ScreenshotOnReady::captureIfSettled() {
    if (!opened_ || scheduled_) return;
    scheduled_ = true;
    QTimer::singleShot(kSettleMs, this, [this] {
        scheduled_ = false;
        // A view may have asked for more data meanwhile; the next idle() brings us back.
        if (window_.jobs().activeJobs() == 0) capture();
    });
}

void ScreenshotOnReady::capture() {
    const QPixmap image = grabWithNetworkViews(window_);
    if (!image.save(path_, "PNG")) return fail(1, QStringLiteral("cannot write %1").arg(path_));
    QTextStream(stdout) << "wrote " << path_ << "\n";
    QCoreApplication::exit(0);
}

}  // namespace eagle
