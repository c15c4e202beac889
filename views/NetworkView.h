#pragma once
// The multilayer exposure network in 3D, drawn by VTK in a native Qt6 OpenGL window (a
// QOpenGLWindow in a window container, so that Qt does not compose the frame, nor the rest of the
// main window, through OpenGL: docs/network.md, bench_gl_frame_floor): one plane per
// market layer, each institution at the same place on every plane. Layers, filters and what node
// size and colour mean are chosen here; hovering names an institution and its measures, clicking
// selects it, and a stress test plays round by round. No VTK type appears here.

#include "ContagionResult.h"
#include "ExportableView.h"
#include "MetaTypes.h"
#include "NetworkDisplay.h"
#include "NetworkViewData.h"

#include <QColor>
#include <QImage>
#include <QWidget>
#include <QPoint>
#include <QPointer>
#include <QRectF>
#include <QSurfaceFormat>

#include <functional>
#include <memory>
#include <optional>

class QOpenGLWindow;

namespace eagle {

class SelectionModel;
class NetworkSurface;

class NetworkView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit NetworkView(QWidget* parent = nullptr);
    ~NetworkView() override;

    // ExportableView: the frame on screen with its legend (pixels), the exposures shown as CSV
    QString exportName() const override;
    DataTable exportTable() const override;
    bool hasChart() const override { return true; }
    QSize chartSize() const override;
    void paintChart(QPainter& painter, QSize size) const override;
    bool chartIsRaster() const override { return true; }

    // The OpenGL format VTK needs (3.2 core, depth, stencil); the view requests it for itself, and
    // the application may also make it the default before QApplication is built.
    static QSurfaceFormat surfaceFormat();
    // The frame VTK draws (rendered now); null before the window has a GL context.
    QImage grabFramebuffer();
    // The native window the frames are drawn in (its frameSwapped() says a frame was shown).
    QOpenGLWindow* surface() const;
    // The colours of the legend: a measure from lowest (0) to highest (1), a share of equity lost,
    // a default.
    static QColor measureColour(double t);
    static QColor distressColour(double distress);
    static QColor defaultColour();

    // A new market: the camera fits it.
    void setNetwork(std::shared_ptr<const NetworkViewData> network);
    // The same market on another day: the camera stays where the user put it; a stress test
    // shown for the previous day is cleared.
    void updateNetwork(std::shared_ptr<const NetworkViewData> network);
    const NetworkViewData* network() const;
    void setSelectionModel(SelectionModel* selection);
    // Looks at the whole stack of planes from the default angle.
    void resetCamera();

    void setFilter(const NetworkFilter& filter);
    NetworkFilter filter() const;
    void setSizeMeasure(NodeMeasure measure);
    void setColouring(NodeColouring colouring);

    // A stress test on the shown network: nodes coloured by the share of equity lost, round by
    // round (round 0 is the shock itself). clearStress() goes back to the chosen colouring.
    void setStress(ContagionResult result);
    void clearStress();
    int stressRounds() const;
    int stressRound() const;
    void showStressRound(int round);
    // Steps through the rounds from the first, one every msPerRound milliseconds.
    void playStress(int msPerRound = 700);
    bool isPlayingStress() const;
    // Distress of an institution in the round shown; NaN without a stress test.
    double shownDistress(InstitutionId id) const;

    InstitutionId highlightedInstitution() const;
    // Whether the frame shows the sketch of a large network (it is being turned, slid or zoomed;
    // the whole picture returns 200 ms after the last motion).
    bool isSketched() const;
    std::size_t nodeCount() const;  // institutions in the network
    LayerCounts layerCounts(NetworkLayer layer) const;
    // What the sketch of a large network draws over every layer (shown: the network has a sketch).
    LayerCounts sketchCounts() const;
    std::size_t interlayerLinkCount() const;
    std::vector<std::string> sceneLabels() const;
    // Centre of the institution's disc on a layer (default: the highest plane it is drawn on), in
    // widget coordinates; (-1, -1) when it is not drawn there.
    QPoint nodeScreenPosition(InstitutionId id, std::optional<NetworkLayer> layer = std::nullopt) const;
    // The institution drawn at a widget position (VTK picking, then the nearest disc within a few
    // pixels); invalid id when none.
    InstitutionId institutionAt(QPoint pos) const;
    // Whether the widget's own paint draws the frame: grabWithNetworkViews (WidgetPicture.h) sets it
    // around QWidget::grab(), which never sees the native window.
    void setFrameInWidgetPaint(bool on) { frameInWidgetPaint_ = on; }
    // The hover text of an institution: its name and measures.
    QString describe(InstitutionId id) const;

signals:
    void stressRoundShown(int round);

protected:
    void resizeEvent(QResizeEvent* event) override;
    // Draws a frame into QWidget::grab() and render() while setFrameInWidgetPaint is on; nothing
    // otherwise (on screen the native window covers the widget, and a frame costs a render and a
    // read back: ~10 ms on the demo, ~66 ms at 10,000 institutions, on every show and resize step).
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    friend class NetworkSurface;
    struct Internals;

    void initializeGL();
    void resizeGL(int w, int h);
    void paintGL();
    void requestFrame();

    void onSelectionChanged(InstitutionId id);
    void releaseGraphics();
    void applyCamera();
    void fitInto(const QRectF& area);
    static int multiSamples();
    void updateOverlays();
    // Lays the legend out; true when the area the camera keeps clear of it changed.
    bool updateLegend();
    // The empty-workspace message and the counts line at the bottom.
    void updateInfo();
    bool shows() const;  // a network with institutions is loaded
    void orbit(QPointF deltaPixels);
    void pan(QPointF deltaPixels);
    void zoom(double factor);
    void moving();
    // World point to widget coordinates through VTK's camera; nullopt behind the camera.
    std::optional<QPointF> worldToWidget(double x, double y, double z) const;
    std::function<std::optional<QPointF>(double, double, double)> projection() const;
    std::optional<std::size_t> drawnNodeAt(QPointF pos) const;

    std::unique_ptr<Internals> d_;
    QPointer<SelectionModel> selection_;
    bool frameInWidgetPaint_ = false;
};

}  // namespace eagle
