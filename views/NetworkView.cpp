// vtk_glew.h must come before any Qt OpenGL header (NetworkView.h pulls in qopengl.h). Qt then
// #warns that GLEW is loaded; harmless, as GL is used only through VTK here (-Wno-cpp in CMake).
#include <vtk_glew.h>

#include "NetworkView.h"

#include "InstitutionTypeNames.h"
#include "NetworkScene.h"
#include "SelectionModel.h"
#include "TypeLegend.h"

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QScopedValueRollback>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <set>

namespace eagle {
namespace {

constexpr double kCameraZ = 50.0;
constexpr double kClickSlop = 4.0;  // pixels a press may move and still count as a click
constexpr double kPickSlop = 6.0;   // pixels outside a disc that still pick it
constexpr double kMinPickRadius = 8.0;
constexpr double kMinScale = 1e-3, kMaxScale = 50.0;
constexpr int kMultiSamples = 4;

}  // namespace

struct NetworkView::Internals {
    NetworkScene scene;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkCallbackCommand> windowEvents;
    QMetaObject::Connection contextGone;
    bool glReady = false;
    bool painting = false;
    // 2D camera: the world point at the centre of the view and half the view height in world units.
    double centreX = 0, centreY = 0, scale = 1.1;
    QPointF pressPos, lastPos;
    bool pressed = false, dragging = false;
    TypeLegend* legend = nullptr;
    QLabel* info = nullptr;
    QLabel* empty = nullptr;
};

QSurfaceFormat NetworkView::surfaceFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setSamples(0);  // VTK renders into its own framebuffers; Qt's need no multisampling
    return format;
}

NetworkView::NetworkView(QWidget* parent) : QOpenGLWidget(parent), d_(std::make_unique<Internals>()) {
    setFormat(surfaceFormat());
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);  // hover tooltips
    setMinimumSize(200, 150);

    vtkGenericOpenGLRenderWindow* window = d_->window;
    window->AddRenderer(d_->scene.renderer());
    window->SetReadyForRendering(false);  // until Qt has a context for it
    window->SetFrameBlitModeToNoBlit();   // Qt presents the frame; paintGL blits it

    // VTK may ask for the context outside paintGL (e.g. when releasing resources); these observers
    // answer with Qt's context, as VTK's own Qt adapter does.
    d_->windowEvents->SetClientData(this);
    d_->windowEvents->SetCallback([](vtkObject*, unsigned long event, void* clientData, void* callData) {
        auto* self = static_cast<NetworkView*>(clientData);
        switch (event) {
            case vtkCommand::WindowMakeCurrentEvent:
                // Re-making Qt's context current mid-render would rebind its framebuffer behind
                // VTK's cached GL state, so only do it when it is not current already.
                if (self->context() && QOpenGLContext::currentContext() != self->context()) self->makeCurrent();
                break;
            case vtkCommand::WindowIsCurrentEvent:
                *static_cast<bool*>(callData) = self->context() && QOpenGLContext::currentContext() == self->context();
                break;
            case vtkCommand::WindowFrameEvent:
                if (!self->d_->painting) self->update();
                break;
            default:
                break;
        }
    });
    window->AddObserver(vtkCommand::WindowMakeCurrentEvent, d_->windowEvents);
    window->AddObserver(vtkCommand::WindowIsCurrentEvent, d_->windowEvents);
    window->AddObserver(vtkCommand::WindowFrameEvent, d_->windowEvents);

    d_->legend = new TypeLegend(this);
    d_->legend->hide();
    d_->info = new QLabel(this);
    d_->info->setAttribute(Qt::WA_TransparentForMouseEvents);
    d_->info->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(255,255,255,215); color: #333;"
                       " border: 1px solid rgba(0,0,0,40); border-radius: 4px; padding: 3px 6px; }"));
    d_->info->hide();
    d_->empty = new QLabel(tr("No exposure network loaded"), this);
    d_->empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    d_->empty->setAlignment(Qt::AlignCenter);
    d_->empty->setStyleSheet(QStringLiteral("QLabel { color: #6c757d; background: transparent; }"));
    applyCamera();
    updateOverlays();
}

NetworkView::~NetworkView() {
    // The context outlives this body (QOpenGLWidget destroys it): release VTK's GL objects, and
    // destroy the VTK objects themselves, while it is still current.
    disconnect(d_->contextGone);
    const bool current = d_->glReady && context();
    if (current) makeCurrent();
    releaseGraphics();
    d_->window->RemoveAllObservers();
    d_.reset();
    if (current) doneCurrent();
}

void NetworkView::setNetwork(ExposureNetwork network) {
    d_->scene.setNetwork(std::move(network));
    if (selection_) d_->scene.setHighlight(selection_->institution());
    resetCamera();
    updateOverlays();
}

void NetworkView::updateNetwork(ExposureNetwork network) {
    d_->scene.setNetwork(std::move(network));
    if (selection_) d_->scene.setHighlight(selection_->institution());
    applyCamera();
    updateOverlays();
}

void NetworkView::setSelectionModel(SelectionModel* selection) {
    if (selection_ == selection) return;
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) connect(selection_, &SelectionModel::institutionChanged, this, &NetworkView::onSelectionChanged);
    onSelectionChanged(selection_ ? selection_->institution() : InstitutionId{});
}

void NetworkView::resetCamera() {
    const auto b = d_->scene.bounds();
    const double aspect = height() > 0 ? double(width()) / height() : 1.0;
    d_->centreX = 0.5 * (b[0] + b[1]);
    d_->centreY = 0.5 * (b[2] + b[3]);
    // A margin leaves room for the labels drawn beside the outermost nodes.
    d_->scale = std::max({0.5 * (b[3] - b[2]), 0.5 * (b[1] - b[0]) / aspect, 0.05}) * 1.15;
    applyCamera();
}

InstitutionId NetworkView::highlightedInstitution() const { return d_->scene.highlight(); }

std::size_t NetworkView::nodeCount() const { return d_->scene.network().nodes.size(); }

QPoint NetworkView::nodeScreenPosition(InstitutionId id) const {
    const auto index = d_->scene.indexOf(id);
    if (!index) return {-1, -1};
    const NetworkNode& node = d_->scene.network().nodes[*index];
    return worldToWidget(node.x, node.y).toPoint();
}

void NetworkView::initializeGL() {
    vtkGenericOpenGLRenderWindow* window = d_->window;
    window->SetMultiSamples(multiSamples());
    window->SetReadyForRendering(true);
    window->SetOwnContext(false);
    window->SetIsCurrent(true);  // without it VTK renders nothing
    window->InitializeFromCurrentContext();
    const double ratio = devicePixelRatioF();
    window->SetSize(int(std::lround(width() * ratio)), int(std::lround(height() * ratio)));
    d_->glReady = true;
    // Reparenting into another window replaces the context: free VTK's objects in the old one.
    disconnect(d_->contextGone);
    d_->contextGone = connect(
        context(), &QOpenGLContext::aboutToBeDestroyed, this,
        [this] {
            makeCurrent();
            releaseGraphics();
            doneCurrent();
        },
        Qt::DirectConnection);
}

int NetworkView::multiSamples() {
    // Multisampling smooths disc and arrow edges for free on a GPU, but costs four times the fill
    // rate on software GL (llvmpipe in VMs and remote desktops), where panning must stay fluid.
    // EAGLEEYE_NETWORK_SAMPLES overrides the choice (e.g. 4 for exports, 0 on a weak GPU).
    bool overridden = false;
    const int samples = qEnvironmentVariableIntValue("EAGLEEYE_NETWORK_SAMPLES", &overridden);
    if (overridden) return std::clamp(samples, 0, 16);
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const QByteArray name = renderer ? QByteArray(renderer).toLower() : QByteArray();
    const bool software = name.contains("llvmpipe") || name.contains("softpipe") || name.contains("swrast");
    return software ? 0 : kMultiSamples;
}

void NetworkView::resizeGL(int w, int h) {
    const double ratio = devicePixelRatioF();
    d_->window->SetSize(int(std::lround(w * ratio)), int(std::lround(h * ratio)));
    d_->scene.setPixelRatio(ratio);
    applyCamera();
}

void NetworkView::paintGL() {
    if (!d_->glReady) return;
    const QScopedValueRollback painting(d_->painting, true);
    vtkOpenGLState* state = d_->window->GetState();
    state->Reset();  // Qt changed GL state behind VTK's cache
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);  // Qt leaves GL_LESS; VTK expects GL_LEQUAL
    d_->window->Render();

    // Copy VTK's resolved frame into the framebuffer Qt composes.
    const int w = int(std::lround(width() * devicePixelRatioF()));
    const int h = int(std::lround(height() * devicePixelRatioF()));
    state->PushFramebufferBindings();
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    state->vtkglDrawBuffer(GL_COLOR_ATTACHMENT0);
    d_->window->GetDisplayFramebuffer()->Bind(GL_READ_FRAMEBUFFER);
    d_->window->GetDisplayFramebuffer()->ActivateReadBuffer(0);
    state->vtkglViewport(0, 0, w, h);
    state->vtkglScissor(0, 0, w, h);
    state->vtkglBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    state->PopFramebufferBindings();
    state->Pop();
}

void NetworkView::resizeEvent(QResizeEvent* event) {
    QOpenGLWidget::resizeEvent(event);
    updateOverlays();
}

void NetworkView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QOpenGLWidget::mousePressEvent(event);
    d_->pressed = true;
    d_->dragging = false;
    d_->pressPos = d_->lastPos = event->position();
    QToolTip::hideText();
}

void NetworkView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    if (d_->pressed && (event->buttons() & Qt::LeftButton)) {
        const QPointF moved = pos - d_->pressPos;
        if (!d_->dragging && std::hypot(moved.x(), moved.y()) > kClickSlop) {
            d_->dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (d_->dragging) pan(pos - d_->lastPos);
        d_->lastPos = pos;
        return;
    }
    // Hover: name the node under the cursor.
    const auto node = nodeAt(pos);
    if (!node) {
        unsetCursor();
        QToolTip::hideText();
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const NetworkNode& n = d_->scene.network().nodes[*node];
    QToolTip::showText(
        event->globalPosition().toPoint(),
        tr("<b>%1</b><br>%2<br>Total assets: %3 bn CNY<br>Money-market volume: %4 bn CNY")
            .arg(QString::fromStdString(n.code).toHtmlEscaped(), displayName(n.type),
                 QLocale().toString(n.totalAssets / 1e9, 'f', 1), QLocale().toString(n.strength / 1e9, 'f', 1)),
        this);
}

void NetworkView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !d_->pressed) return QOpenGLWidget::mouseReleaseEvent(event);
    d_->pressed = false;
    if (d_->dragging) {
        d_->dragging = false;
        unsetCursor();
        return;
    }
    // A click: select the nearest node; a click on empty space keeps the selection, since the
    // other views follow it and a stray click should not wipe their state.
    const auto node = nodeAt(event->position());
    if (!node) return;
    const InstitutionId id = d_->scene.network().nodes[*node].institution;
    if (selection_)
        selection_->setInstitution(id);
    else
        onSelectionChanged(id);
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QOpenGLWidget::mouseDoubleClickEvent(event);
    resetCamera();
}

void NetworkView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    zoom(std::pow(1.2, steps), event->position());
    event->accept();
}

void NetworkView::keyPressEvent(QKeyEvent* event) {
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
        case Qt::Key_R:
            resetCamera();
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoom(1.25, centre);
            break;
        case Qt::Key_Minus:
            zoom(1 / 1.25, centre);
            break;
        case Qt::Key_Escape:
            if (selection_) selection_->clear();
            break;
        default:
            QOpenGLWidget::keyPressEvent(event);
    }
}

void NetworkView::onSelectionChanged(InstitutionId id) {
    d_->scene.setHighlight(id);
    updateOverlays();
    update();
}

void NetworkView::releaseGraphics() {
    if (!d_->glReady) return;
    d_->window->Finalize();  // releases every renderer's GL resources in the current context
    d_->window->SetReadyForRendering(false);
    d_->glReady = false;
}

void NetworkView::applyCamera() {
    vtkCamera* camera = d_->scene.renderer()->GetActiveCamera();
    camera->ParallelProjectionOn();
    camera->SetFocalPoint(d_->centreX, d_->centreY, 0);
    camera->SetPosition(d_->centreX, d_->centreY, kCameraZ);
    camera->SetViewUp(0, 1, 0);
    camera->SetParallelScale(d_->scale);
    camera->SetClippingRange(1, 2 * kCameraZ);
    d_->scene.setWorldPerPixel(2.0 * d_->scale / (std::max(height(), 1) * devicePixelRatioF()));
    update();
}

void NetworkView::updateOverlays() {
    const ExposureNetwork& net = d_->scene.network();
    std::set<InstitutionType> present;
    for (const auto& node : net.nodes) present.insert(node.type);
    std::vector<TypeLegend::Entry> entries;
    for (const InstitutionType type : allInstitutionTypes())
        if (present.count(type)) entries.push_back({typeColor(type), displayName(type)});
    if (!net.edges.empty()) {
        if (d_->scene.highlight().valid()) {
            entries.push_back({NetworkScene::lendsToColour(), tr("Lends to"), TypeLegend::Shape::Arrow});
            entries.push_back({NetworkScene::borrowsFromColour(), tr("Borrows from"), TypeLegend::Shape::Arrow});
        } else {
            entries.push_back({NetworkScene::edgeColour(), tr("Lender → borrower"), TypeLegend::Shape::Arrow});
        }
    }
    d_->legend->setTitle(tr("Institution type"));
    d_->legend->setEntries(std::move(entries));
    // A tall legend would hide a third of a short view: fold it into two columns.
    d_->legend->setColumns(1);
    if (d_->legend->sizeHint().height() > 0.4 * height()) d_->legend->setColumns(2);
    d_->legend->move(8, 8);

    d_->empty->setVisible(net.nodes.empty());
    d_->empty->setGeometry(rect());
    d_->info->setVisible(!net.nodes.empty());
    if (!net.nodes.empty()) {
        const QLocale locale;
        const std::size_t drawn = d_->scene.majorEdgeCount();
        QString text = drawn < net.edges.size()
                           ? tr("%1 institutions · largest %2 of %3 exposures")
                                 .arg(locale.toString(qulonglong(net.nodes.size())), locale.toString(qulonglong(drawn)),
                                      locale.toString(qulonglong(net.edges.size())))
                           : tr("%1 institutions · %2 exposures")
                                 .arg(locale.toString(qulonglong(net.nodes.size())),
                                      locale.toString(qulonglong(net.edges.size())));
        if (net.to.daysSinceEpoch() > 0)
            text += QStringLiteral(" · %1 – %2")
                        .arg(QString::fromStdString(net.from.toString()), QString::fromStdString(net.to.toString()));
        d_->info->setText(text);
        d_->info->adjustSize();
        d_->info->move(8, height() - d_->info->height() - 8);
    }
}

void NetworkView::pan(QPointF deltaPixels) {
    const double worldPerPixel = 2.0 * d_->scale / std::max(height(), 1);
    d_->centreX -= deltaPixels.x() * worldPerPixel;
    d_->centreY += deltaPixels.y() * worldPerPixel;
    applyCamera();
}

void NetworkView::zoom(double factor, QPointF anchor) {
    // Keep the world point under the cursor where it is.
    const double h = std::max(height(), 1);
    const double before = 2.0 * d_->scale / h;
    const double wx = d_->centreX + (anchor.x() - width() / 2.0) * before;
    const double wy = d_->centreY - (anchor.y() - h / 2.0) * before;
    d_->scale = std::clamp(d_->scale / factor, kMinScale, kMaxScale);
    const double after = 2.0 * d_->scale / h;
    d_->centreX = wx - (anchor.x() - width() / 2.0) * after;
    d_->centreY = wy + (anchor.y() - h / 2.0) * after;
    applyCamera();
}

QPointF NetworkView::worldToWidget(double x, double y) const {
    const double ratio = devicePixelRatioF();
    const int* size = d_->window->GetSize();
    const int w = int(std::lround(width() * ratio)), h = int(std::lround(height() * ratio));
    if (size[0] == w && size[1] == h && w > 0 && h > 0) {
        // The renderer's own projection, so picking agrees with what was drawn.
        vtkRenderer* renderer = d_->scene.renderer();
        renderer->SetWorldPoint(x, y, 0, 1);
        renderer->WorldToDisplay();
        const double* display = renderer->GetDisplayPoint();
        return {display[0] / ratio, (h - display[1]) / ratio};
    }
    // Not laid out on screen yet: the same parallel projection, computed directly.
    const double pixelsPerWorld = std::max(height(), 1) / (2.0 * d_->scale);
    return {width() / 2.0 + (x - d_->centreX) * pixelsPerWorld, height() / 2.0 - (y - d_->centreY) * pixelsPerWorld};
}

std::optional<std::size_t> NetworkView::nodeAt(QPointF pos) const {
    const auto& nodes = d_->scene.network().nodes;
    const double pixelsPerWorld = std::max(height(), 1) / (2.0 * d_->scale);
    std::optional<std::size_t> best;
    double bestScore = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const QPointF p = worldToWidget(nodes[i].x, nodes[i].y);
        const double distance = std::hypot(p.x() - pos.x(), p.y() - pos.y());
        const double radius = d_->scene.radiusOf(i) * pixelsPerWorld;
        if (distance > std::max(radius + kPickSlop, kMinPickRadius)) continue;
        const double score = distance - radius;  // negative inside the disc: inner hits win
        if (!best || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

}  // namespace eagle
