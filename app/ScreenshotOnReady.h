#pragma once
// Waits until the workspace is open, every job has delivered and the views have painted, then
// writes a PNG of the whole main window and quits: exit code 0 on success, 1 when the workspace
// could not be opened or the PNG not written, 3 when the work did not finish in time.

#include <QObject>
#include <QString>

namespace eagle {

class MainWindow;

class ScreenshotOnReady : public QObject {
    Q_OBJECT
public:
    ScreenshotOnReady(MainWindow& window, QString path, int timeoutSeconds = 300);

private:
    void captureIfSettled();
    void capture();

    MainWindow& window_;
    QString path_;
    bool opened_ = false;
    bool scheduled_ = false;
};

}  // namespace eagle
