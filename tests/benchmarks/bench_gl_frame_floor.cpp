// Prints what one frame costs before anything is drawn in it: a GL surface cleared, handed to the
// window system and finished, at 1280x800, hosted two ways:
// - gl_widget_frame_floor_ms: a QOpenGLWidget, as NetworkView was: Qt renders it into a texture
//   and composes the window from it (the whole window, whenever any widget in it repaints);
// - gl_window_frame_floor_ms: a QOpenGLWindow in a native window, as NetworkView now draws
//   (QWidget::createWindowContainer): the frame goes straight to the window.
// On software GL (Mesa's llvmpipe under xvfb-run) the difference is the cost of Qt's composition,
// which bounded every frame of the network view from below (docs/network.md, issue 6) and was
// where the workstation's GUI thread stalled (bench_gui_stall, issue 10).
// Run on a display or under `xvfb-run -a -s "-screen 0 1600x1000x24"`. One line per figure.

#include "NetworkView.h"

#include <QApplication>
#include <QEventLoop>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLWidget>
#include <QOpenGLWindow>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

constexpr int kWidth = 1280, kHeight = 800, kFrames = 40;

void clear(QOpenGLContext* context) {
    QOpenGLFunctions* gl = context->functions();
    gl->glClearColor(0.96f, 0.97f, 0.98f, 1.0f);
    gl->glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
}

struct ClearedWidget : QOpenGLWidget {
    void paintGL() override { clear(context()); }
};

struct ClearedWindow : QOpenGLWindow {
    void paintGL() override { clear(context()); }
};

// A frame is timed from the moment Qt starts drawing it (its UpdateRequest; before that Qt waits
// for the display's next refresh, no cost of the frame) to GL finished after the swap.
struct UpdateClock : QObject {
    std::chrono::steady_clock::time_point started;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::UpdateRequest) started = std::chrono::steady_clock::now();
        return false;
    }
};

template <class Surface>
double medianFrame(Surface& surface, QWindow* window) {
    surface.resize(kWidth, kHeight);
    surface.show();
    for (auto waited = std::chrono::steady_clock::now();
         !window->isExposed() && std::chrono::steady_clock::now() - waited < std::chrono::seconds(10);)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!window->isExposed()) {
        std::fprintf(stderr, "bench_gl_frame_floor: the window was never shown (no display?)\n");
        std::exit(1);
    }
    UpdateClock clock;
    surface.installEventFilter(&clock);
    window->installEventFilter(&clock);
    std::vector<double> times;
    for (int k = 0; k < kFrames + 3; ++k) {
        QEventLoop loop;
        QObject::connect(&surface, &Surface::frameSwapped, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, [] {
            std::fprintf(stderr, "bench_gl_frame_floor: no frame was drawn in 10 s\n");
            std::exit(1);
        });
        surface.update();
        loop.exec();
        surface.makeCurrent();
        surface.context()->functions()->glFinish();
        surface.doneCurrent();
        if (k >= 3)  // the first frames set up the surfaces
            times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - clock.started).count());
    }
    surface.hide();
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(eagle::NetworkView::surfaceFormat());  // what the network view asks for
    QApplication app(argc, argv);
    {
        ClearedWidget widget;
        widget.winId();  // makes its window now, so that its handle can be watched
        std::printf("gl_widget_frame_floor_ms %.1f ms\n", medianFrame(widget, widget.windowHandle()));
    }
    {
        ClearedWindow window;
        std::printf("gl_window_frame_floor_ms %.1f ms\n", medianFrame(window, &window));
    }
    std::printf("gl_frame_size %dx%d pixels\n", kWidth, kHeight);
    return 0;
}
