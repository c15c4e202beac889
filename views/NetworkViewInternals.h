#pragma once
// What NetworkView's source files share (not for other code): the view's state, the native
// window it draws in, and the camera's and picking's constants. Include <vtk_glew.h> first, before
// any Qt OpenGL header (see NetworkView.cpp).

#include "NetworkScene.h"
#include "NetworkView.h"
#include "TypeLegend.h"

#include <vtkCallbackCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QOpenGLWindow>
#include <QTimer>

#include <numbers>
#include <optional>

namespace eagle {

// Named for the view's files only (other views have a kClickSlop of their own).
namespace networkview {

inline constexpr double kClickSlop = 4.0;  // pixels a press may move and still count as a click
inline constexpr double kPickSlop = 5.0;   // pixels outside a disc that still pick it
inline constexpr double kMinPickRadius = 7.0;
inline constexpr double kViewAngle = 30.0;  // degrees, vertical
inline constexpr double kDefaultAzimuth = -62.0, kDefaultElevation = 30.0;
inline constexpr double kMinElevation = -85.0, kMaxElevation = 85.0;
inline constexpr int kMultiSamples = 4;
// Fitting the stack beside or below the legend: the gap kept from it, and the smallest part of the
// view (pixels each way) worth framing the stack in rather than drawing under the legend.
inline constexpr double kLegendGap = 8.0;
inline constexpr double kMinFramedArea = 120.0;
// A large network is sketched while it moves (NetworkScene::setSketch) and drawn whole again once
// no turn, slide or zoom has come for this long.
inline constexpr int kStillAfterMs = 200;

inline double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

}  // namespace networkview

struct NetworkView::Internals {
    NetworkScene scene;
    std::shared_ptr<const NetworkViewData> data;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkCallbackCommand> windowEvents;
    QMetaObject::Connection contextGone;
    bool glReady = false;
    bool painting = false;
    // Orbit camera around a focal point: angles in degrees, distance in world units.
    double focal[3] = {0, 0, 0};
    double azimuth = networkview::kDefaultAzimuth, elevation = networkview::kDefaultElevation, distance = 6;
    bool fitted = true;  // the camera shows the whole stack as resetCamera() put it: refit on resize
    QPointF pressPos, lastPos;
    Qt::MouseButton pressedButton = Qt::NoButton;
    Qt::KeyboardModifiers pressModifiers;
    bool dragging = false;
    TypeLegend* legend = nullptr;
    QRect legendReserve;  // the legend's place with a selection's arrows; empty when not shown
    QLabel* info = nullptr;
    QLabel* empty = nullptr;
    // Stress test on the shown network.
    std::optional<ContagionResult> stress;
    int stressRound = 0;
    QTimer* player = nullptr;
    QTimer* still = nullptr;  // the motion has rested: draw the whole picture again
    NetworkSurface* surface = nullptr;
    QWidget* container = nullptr;
};

// The native window VTK draws in. Input that reaches it goes to the view, as if the view had
// received it; a right press also asks for the view's context menu (X11 shows it on press).
class NetworkSurface : public QOpenGLWindow {
public:
    explicit NetworkSurface(NetworkView* view) : QOpenGLWindow(QOpenGLWindow::NoPartialUpdate), view_(view) {
        setFormat(NetworkView::surfaceFormat());
    }

protected:
    void initializeGL() override { view_->initializeGL(); }
    void resizeGL(int w, int h) override { view_->resizeGL(w, h); }
    void paintGL() override { view_->paintGL(); }
    bool event(QEvent* event) override {
        switch (event->type()) {
            case QEvent::MouseButtonPress:
            case QEvent::MouseButtonRelease:
            case QEvent::MouseButtonDblClick:
            case QEvent::MouseMove:
            case QEvent::Wheel:
            case QEvent::KeyPress:
            case QEvent::KeyRelease:
            case QEvent::Leave: {
                QCoreApplication::sendEvent(view_, event);
                if (event->type() == QEvent::MouseButtonPress) {
                    auto* press = static_cast<QMouseEvent*>(event);
                    if (press->button() == Qt::RightButton) {
                        QContextMenuEvent menu(QContextMenuEvent::Mouse, press->position().toPoint(),
                                               press->globalPosition().toPoint(), press->modifiers());
                        QCoreApplication::sendEvent(view_, &menu);
                    }
                }
                return true;
            }
            default:
                return QOpenGLWindow::event(event);
        }
    }

private:
    NetworkView* view_;
};

}  // namespace eagle
