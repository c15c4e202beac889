#pragma once
// The money-market exposure network, drawn by VTK inside a Qt6 QOpenGLWidget; clicking a node
// selects its institution. No VTK type appears here: the scene hides behind Internals.

#include "ExposureNetwork.h"
#include "MetaTypes.h"

#include <QOpenGLWidget>
#include <QPoint>
#include <QPointer>

#include <memory>
#include <optional>

namespace eagle {

class SelectionModel;

class NetworkView : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit NetworkView(QWidget* parent = nullptr);
    ~NetworkView() override;

    // The OpenGL format VTK needs (3.2 core, depth, stencil); the view requests it for itself, and
    // the application may also make it the default before QApplication is built.
    static QSurfaceFormat surfaceFormat();

    void setNetwork(ExposureNetwork network);
    // The same market on another day: the camera stays where the user put it.
    void updateNetwork(ExposureNetwork network);
    void setSelectionModel(SelectionModel* selection);
    // Fits the whole network into the view.
    void resetCamera();

    InstitutionId highlightedInstitution() const;
    std::size_t nodeCount() const;
    // Centre of the institution's node in widget coordinates; (-1, -1) when it is not in the network.
    QPoint nodeScreenPosition(InstitutionId id) const;

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Internals;

    void onSelectionChanged(InstitutionId id);
    void releaseGraphics();
    void applyCamera();
    // Samples for VTK's framebuffer; needs the GL context current.
    static int multiSamples();
    void updateOverlays();
    void pan(QPointF deltaPixels);
    void zoom(double factor, QPointF anchor);
    QPointF worldToWidget(double x, double y) const;
    std::optional<std::size_t> nodeAt(QPointF pos) const;

    std::unique_ptr<Internals> d_;
    QPointer<SelectionModel> selection_;
};

}  // namespace eagle
