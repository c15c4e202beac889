#include "Startup.h"

#include "Language.h"
#include "MainWindow.h"
#include "NetworkView.h"
#include "ScreenshotOnReady.h"
#include "SettingsDialog.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace eagle {

int runWorkstation(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(NetworkView::surfaceFormat());
    QApplication app(argc, argv);
    QApplication::setOrganizationName("EagleEye");
    QApplication::setApplicationName("EagleEye");
    QApplication::setApplicationVersion(EAGLEEYE_VERSION);

    QCommandLineParser parser;
    parser.setApplicationDescription("EagleEye market supervision workstation");
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption open("open", "Open the workspace FILE.", "FILE");
    const QCommandLineOption select("select", "Select the institution with code CODE.", "CODE");
    const QCommandLineOption screenshot("screenshot", "Write a PNG of the window once ready, then exit.", "PNG");
    const QCommandLineOption lang("lang", "User-interface language: zh_CN or en.", "LANG");
    const QCommandLineOption dock("dock", "Bring the view NAME to the front: dashboard, network, alerts, ruleEditor, heatmap, timeSeries, …",
                                  "NAME");
    const QCommandLineOption demo("demo", "Open the demo market (simulated in the user's data folder on first use).");
    parser.addOptions({open, select, screenshot, lang, dock, demo});
    parser.process(app);

    // --lang, else the language chosen in Settings, else the system's.
    setUiLanguage(localeForLanguage(parser.isSet(lang) ? parser.value(lang) : SettingsDialog::savedLanguage()));
    applyTheme(app, savedTheme());
    if (parser.isSet(screenshot) && !parser.isSet(open) && !parser.isSet(demo)) {
        QTextStream(stderr) << "eagleeye: --screenshot needs --open FILE or --demo\n";
        return 2;
    }
    if (parser.isSet(open) && !QFileInfo::exists(parser.value(open))) {
        QTextStream(stderr) << "eagleeye: " << parser.value(open) << ": no such file\n";
        return 1;
    }

    MainWindow window;
    if (parser.isSet(screenshot)) new ScreenshotOnReady(window, parser.value(screenshot));
    if (parser.isSet(select)) window.selectWhenOpen(parser.value(select));
    if (parser.isSet(dock) && !window.raiseDock(parser.value(dock))) {
        QTextStream(stderr) << "eagleeye: no dock named " << parser.value(dock) << "\n";
        return 2;
    }
    if (parser.isSet(open))
        window.openWorkspace(parser.value(open));
    else if (parser.isSet(demo))
        window.openDemoMarket();
    window.show();
    return app.exec();
}

}  // namespace eagle
