// vtk_glew.h must come before any Qt OpenGL header (NetworkView.h pulls in qopengl.h). Qt then
// #warns that GLEW is loaded; harmless, as GL is used only through VTK here (-Wno-cpp in CMake).
#include <vtk_glew.h>

#include "NetworkViewInternals.h"

#include "InstitutionTypeNames.h"
#include "LiveTexts.h"
#include "NetworkControls.h"
#include "NetworkScene.h"
#include "SelectionModel.h"
#include "TypeLegend.h"

#include <vtkCallbackCommand.h>
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
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QOpenGLWindow>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <set>

namespace eagle {

using namespace networkview;

namespace {

const QPoint kLegendCorner(8, 8);

// One column unless that takes nearly half the view's height.
int legendColumns(const TypeLegend& legend, int viewHeight, const QString& title,
                  const std::vector<TypeLegend::Entry>& entries) {
    return legend.sizeHintFor(title, entries, 1).height() > 0.45 * viewHeight ? 2 : 1;
}

// Where the legend would stand with these entries, top left.
QRect legendArea(const TypeLegend& legend, int viewHeight, const QString& title,
                 const std::vector<TypeLegend::Entry>& entries) {
    return {kLegendCorner, legend.sizeHintFor(title, entries, legendColumns(legend, viewHeight, title, entries))};
}

void placeLegend(TypeLegend& legend, int viewHeight, const QString& title, std::vector<TypeLegend::Entry> entries) {
    const int columns = legendColumns(legend, viewHeight, title, entries);
    legend.setTitle(title);
    legend.setEntries(std::move(entries));
    legend.setColumns(columns);
    legend.adjustSize();
    legend.move(kLegendCorner);
}

}  // namespace

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

QColor NetworkView::measureColour(double t) { return NetworkScene::measureColour(t); }
QColor NetworkView::distressColour(double distress) { return NetworkScene::distressColour(distress); }
QColor NetworkView::defaultColour() { return NetworkScene::defaultColour(); }

NetworkView::NetworkView(QWidget* parent) : QWidget(parent), d_(std::make_unique<Internals>()) {
    d_->surface = new NetworkSurface(this);
    d_->container = QWidget::createWindowContainer(d_->surface, this);
    d_->container->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(d_->container);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);  // hover tooltips
    setMinimumSize(200, 150);

    vtkGenericOpenGLRenderWindow* window = d_->window;
    window->SetNumberOfLayers(2);
    window->AddRenderer(d_->scene.backdrop());
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
                if (self->d_->surface->context() && QOpenGLContext::currentContext() != self->d_->surface->context())
                    self->d_->surface->makeCurrent();
                break;
            case vtkCommand::WindowIsCurrentEvent:
                *static_cast<bool*>(callData) =
                    self->d_->surface->context() && QOpenGLContext::currentContext() == self->d_->surface->context();
                break;
            case vtkCommand::WindowFrameEvent:
                if (!self->d_->painting) self->requestFrame();
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
    d_->empty = new QLabel(this);
    d_->empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    d_->empty->setAlignment(Qt::AlignCenter);
    d_->empty->setStyleSheet(QStringLiteral("QLabel { color: #6c757d; background: transparent; }"));
    // Above the native window only as native windows themselves.
    for (QWidget* overlay : {static_cast<QWidget*>(d_->legend), static_cast<QWidget*>(d_->info),
                             static_cast<QWidget*>(d_->empty)}) {
        overlay->setAttribute(Qt::WA_NativeWindow);
        overlay->raise();
    }
    d_->player = new QTimer(this);
    connect(d_->player, &QTimer::timeout, this, [this] {
        if (d_->stressRound + 1 >= stressRounds()) return d_->player->stop();
        showStressRound(d_->stressRound + 1);
        if (d_->stressRound + 1 >= stressRounds()) d_->player->stop();
    });
    d_->still = new QTimer(this);
    d_->still->setSingleShot(true);
    d_->still->setInterval(kStillAfterMs);
    connect(d_->still, &QTimer::timeout, this, [this] {
        d_->scene.setSketch(false);
        requestFrame();
    });
    resetCamera();
    (new LiveTexts(this))->add(this, [this] {
        d_->empty->setText(tr("No exposure network loaded"));
        d_->scene.rebuildLabels();  // the planes' names
        updateOverlays();
        requestFrame();
    });
}

NetworkView::~NetworkView() {
    // The context outlives this body (the surface, a child, is destroyed after it): release VTK's
    // GL objects, and destroy the VTK objects themselves, while it is still current.
    disconnect(d_->contextGone);
    NetworkSurface* surface = d_->surface;
    const bool current = d_->glReady && surface->context();
    if (current) surface->makeCurrent();
    releaseGraphics();
    d_->window->RemoveAllObservers();
    d_.reset();
    if (current) surface->doneCurrent();
}

void NetworkView::setNetwork(std::shared_ptr<const NetworkViewData> network) {
    updateNetwork(std::move(network));
    resetCamera();
}

void NetworkView::updateNetwork(std::shared_ptr<const NetworkViewData> network) {
    d_->data = std::move(network);
    clearStress();
    d_->scene.setData(d_->data, selection_ ? selection_->institution() : InstitutionId{});
    updateOverlays();
    requestFrame();
}

const NetworkViewData* NetworkView::network() const { return d_->data.get(); }

void NetworkView::setSelectionModel(SelectionModel* selection) {
    if (selection_ == selection) return;
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) connect(selection_, &SelectionModel::institutionChanged, this, &NetworkView::onSelectionChanged);
    onSelectionChanged(selection_ ? selection_->institution() : InstitutionId{});
}

void NetworkView::setFilter(const NetworkFilter& filter) {
    if (filter == d_->scene.filter()) return;
    d_->scene.setFilter(filter);
    updateOverlays();
    requestFrame();
}

NetworkFilter NetworkView::filter() const { return d_->scene.filter(); }

void NetworkView::setSizeMeasure(NodeMeasure measure) {
    d_->scene.setSizeMeasure(measure);
    updateOverlays();
    requestFrame();
}

void NetworkView::setColouring(NodeColouring colouring) {
    d_->scene.setColouring(colouring);
    updateOverlays();
    requestFrame();
}

void NetworkView::setStress(ContagionResult result) {
    d_->player->stop();
    const std::size_t n = d_->data ? d_->data->network.institutions.size() : 0;
    if (result.institutions.size() != n || result.rounds.empty()) return clearStress();
    d_->stress = std::move(result);
    showStressRound(0);
}

void NetworkView::clearStress() {
    d_->player->stop();
    if (!d_->stress) return;
    d_->stress.reset();
    d_->stressRound = 0;
    d_->scene.setDistress({}, {});
    updateOverlays();
    requestFrame();
}

int NetworkView::stressRounds() const { return d_->stress ? int(d_->stress->rounds.size()) : 0; }

int NetworkView::stressRound() const { return d_->stressRound; }

void NetworkView::showStressRound(int round) {
    if (!d_->stress) return;
    const ContagionResult& r = *d_->stress;
    round = std::clamp(round, 0, int(r.rounds.size()) - 1);
    // Distress after `round`: the last level each institution reached up to it.
    std::vector<double> distress(r.institutions.size(), 0.0);
    std::vector<char> defaulted(r.institutions.size(), 0);
    for (int k = 0; k <= round; ++k) {
        for (const auto& change : r.rounds[k].changes)
            if (change.institution < distress.size()) distress[change.institution] = change.distress;
        for (std::uint32_t i : r.rounds[k].defaults)
            if (i < defaulted.size()) defaulted[i] = 1;
    }
    d_->stressRound = round;
    d_->scene.setDistress(std::move(distress), std::move(defaulted));
    updateOverlays();
    requestFrame();
    emit stressRoundShown(round);
}

void NetworkView::playStress(int msPerRound) {
    if (!d_->stress) return;
    showStressRound(0);
    d_->player->setInterval(msPerRound);
    if (stressRounds() > 1) d_->player->start();
}

bool NetworkView::isPlayingStress() const { return d_->player->isActive(); }

double NetworkView::shownDistress(InstitutionId id) const {
    const auto i = d_->scene.indexOf(id);
    const auto& distress = d_->scene.distress();
    if (!i || *i >= distress.size()) return std::numeric_limits<double>::quiet_NaN();
    return distress[*i];
}

InstitutionId NetworkView::highlightedInstitution() const { return d_->scene.highlight(); }

std::size_t NetworkView::nodeCount() const { return d_->data ? d_->data->network.institutions.size() : 0; }

LayerCounts NetworkView::layerCounts(NetworkLayer layer) const { return d_->scene.counts(layer); }

LayerCounts NetworkView::sketchCounts() const {
    return {d_->scene.hasSketch(), d_->scene.sketchNodeCount(), d_->scene.sketchEdgeCount()};
}

std::size_t NetworkView::interlayerLinkCount() const { return d_->scene.interlayerLinkCount(); }

std::vector<std::string> NetworkView::sceneLabels() const { return d_->scene.labelTexts(); }

QString NetworkView::describe(InstitutionId id) const {
    const auto i = d_->scene.indexOf(id);
    if (!i) return {};
    const NetworkViewData& data = *d_->data;
    const NetworkInstitution& inst = data.network.institutions[*i];
    const QLocale locale;
    const QString name = *i < std::size_t(data.names.size()) ? data.names[int(*i)] : QString::fromStdString(inst.code);
    QStringList layers;
    for (const auto& node : d_->scene.drawnNodes())
        if (node.institution == *i) layers << layerDisplayName(node.layer);
    QString text =
        tr("<b>%1</b><br>%2 · total assets %3 bn CNY · equity %4 bn CNY")
            .arg(name.toHtmlEscaped(), displayName(inst.type), locale.toString(inst.totalAssets / 1e9, 'f', 1),
                 locale.toString(inst.equity / 1e9, 'f', 1));
    text += tr("<br>Layers shown: %1").arg(layers.isEmpty() ? tr("none") : layers.join(QStringLiteral(", ")));
    const auto measure = [&](NodeMeasure m, int decimals) {
        const double v = d_->scene.measureOf(*i, m);
        return std::isfinite(v) ? locale.toString(v, 'f', decimals) : tr("n/a");
    };
    if (*i < data.features.size()) {
        const NodeMeasures& m = data.features[*i].aggregate;
        text += tr("<br>Degree %1 (%2 creditors, %3 debtors) · PageRank %4 · betweenness %5")
                    .arg(m.inDegree + m.outDegree)
                    .arg(m.inDegree)
                    .arg(m.outDegree)
                    .arg(measure(NodeMeasure::PageRank, 4), measure(NodeMeasure::Betweenness, 4));
        text += tr("<br>DebtRank of its failure %1 · community %2")
                    .arg(measure(NodeMeasure::DebtRank, 3))
                    .arg(m.community + 1);
    }
    if (d_->stress) {
        const InstitutionStress& s = d_->stress->institutions[*i];
        text += tr("<br>Stress, round %1: %2% of equity lost")
                    .arg(d_->stressRound)
                    .arg(locale.toString(100 * shownDistress(id), 'f', 1));
        if (s.defaultRound >= 0 && s.defaultRound <= d_->stressRound)
            text += tr(" · defaulted in round %1").arg(s.defaultRound);
    }
    return text;
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
        d_->surface->context(), &QOpenGLContext::aboutToBeDestroyed, this,
        [this] {
            d_->surface->makeCurrent();
            releaseGraphics();
            d_->surface->doneCurrent();
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
    // A sketch (the view is moving) is drawn at half the resolution and scaled up: on software GL
    // most of a frame's time goes per pixel, and a picture in motion needs no fine detail. Labels
    // keep their size on screen.
    const int w = int(std::lround(width() * devicePixelRatioF()));
    const int h = int(std::lround(height() * devicePixelRatioF()));
    const bool reduced = d_->scene.sketchShown();
    const int rw = reduced ? std::max(1, w / 2) : w, rh = reduced ? std::max(1, h / 2) : h;
    if (const int* size = d_->window->GetSize(); size[0] != rw || size[1] != rh) d_->window->SetSize(rw, rh);
    d_->scene.setPixelRatio(devicePixelRatioF() * (reduced ? 0.5 : 1.0));
    d_->window->Render();

    // Copy VTK's resolved frame into the framebuffer Qt composes.
    state->PushFramebufferBindings();
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, d_->surface->defaultFramebufferObject());
    state->vtkglDrawBuffer(GL_COLOR_ATTACHMENT0);
    d_->window->GetDisplayFramebuffer()->Bind(GL_READ_FRAMEBUFFER);
    d_->window->GetDisplayFramebuffer()->ActivateReadBuffer(0);
    state->vtkglViewport(0, 0, w, h);
    state->vtkglScissor(0, 0, w, h);
    state->vtkglBlitFramebuffer(0, 0, rw, rh, 0, 0, w, h, GL_COLOR_BUFFER_BIT, reduced ? GL_LINEAR : GL_NEAREST);
    state->PopFramebufferBindings();
    state->Pop();
}

void NetworkView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    d_->container->setGeometry(rect());
    updateLegend();  // first: the fit leaves the legend's corner free
    updateInfo();
    d_->fitted ? resetCamera() : applyCamera();
}

void NetworkView::mousePressEvent(QMouseEvent* event) {
    d_->pressedButton = event->button();
    d_->pressModifiers = event->modifiers();
    d_->dragging = false;
    d_->pressPos = d_->lastPos = event->position();
    QToolTip::hideText();
}

void NetworkView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    if (d_->pressedButton != Qt::NoButton && event->buttons() != Qt::NoButton) {
        const QPointF moved = pos - d_->pressPos;
        if (!d_->dragging && std::hypot(moved.x(), moved.y()) > kClickSlop) {
            d_->dragging = true;
            d_->surface->setCursor(Qt::ClosedHandCursor);
        }
        if (d_->dragging) {
            // Left drag turns the stack; Shift+left, middle or right drag slides it.
            const bool panning = d_->pressedButton != Qt::LeftButton || (d_->pressModifiers & Qt::ShiftModifier);
            panning ? pan(pos - d_->lastPos) : orbit(pos - d_->lastPos);
        }
        d_->lastPos = pos;
        return;
    }
    // Hover: name the institution under the cursor and its measures.
    const InstitutionId id = institutionAt(pos.toPoint());
    if (!id.valid()) {
        d_->surface->unsetCursor();
        QToolTip::hideText();
        return;
    }
    d_->surface->setCursor(Qt::PointingHandCursor);
    QToolTip::showText(event->globalPosition().toPoint(), describe(id), this);
}

void NetworkView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != d_->pressedButton) return QWidget::mouseReleaseEvent(event);
    d_->pressedButton = Qt::NoButton;
    if (d_->dragging) {
        d_->dragging = false;
        d_->surface->unsetCursor();
        return;
    }
    if (event->button() != Qt::LeftButton) return;
    // A click selects the institution under it; a click on empty space keeps the selection, since
    // the other views follow it and a stray click should not wipe their state.
    const InstitutionId id = institutionAt(event->position().toPoint());
    if (!id.valid()) return;
    if (selection_)
        selection_->setInstitution(id);
    else
        onSelectionChanged(id);
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QWidget::mouseDoubleClickEvent(event);
    resetCamera();
}

void NetworkView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    zoom(std::pow(1.15, steps));
    event->accept();
}

void NetworkView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_R:
            resetCamera();
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoom(1.25);
            break;
        case Qt::Key_Minus:
            zoom(1 / 1.25);
            break;
        case Qt::Key_Left:
            orbit({-30, 0});
            break;
        case Qt::Key_Right:
            orbit({30, 0});
            break;
        case Qt::Key_Up:
            orbit({0, -30});
            break;
        case Qt::Key_Down:
            orbit({0, 30});
            break;
        case Qt::Key_Escape:
            if (selection_) selection_->clear();
            break;
        default:
            QWidget::keyPressEvent(event);
    }
}

void NetworkView::onSelectionChanged(InstitutionId id) {
    d_->scene.setHighlight(id);
    updateOverlays();
    requestFrame();
}
void NetworkView::releaseGraphics() {
    if (!d_->glReady) return;
    d_->window->Finalize();  // releases every renderer's GL resources in the current context
    d_->window->SetReadyForRendering(false);
    d_->glReady = false;
}

void NetworkView::updateOverlays() {
    // The fitted view keeps clear of the legend, also when it changes (another colouring, a stress
    // run, a language); a view the user has moved stays where it is.
    if (updateLegend() && d_->fitted) resetCamera();
    updateInfo();
}

bool NetworkView::shows() const { return d_->data && !d_->data->network.institutions.empty(); }

bool NetworkView::updateLegend() {
    const NetworkViewData* data = d_->data.get();
    std::vector<TypeLegend::Entry> entries;
    QString title;
    if (d_->stress) {
        title = tr("Share of equity lost");
        for (double t : {0.0, 0.25, 0.5, 0.75, 1.0})
            entries.push_back({NetworkScene::distressColour(t), QStringLiteral("%1%").arg(int(t * 100))});
        entries.push_back({NetworkScene::defaultColour(), tr("Defaulted")});
    } else if (d_->scene.colouring() == NodeColouring::Type && data) {
        title = tr("Institution type");
        std::set<InstitutionType> present;
        for (const auto& i : data->network.institutions) present.insert(i.type);
        for (const InstitutionType type : allInstitutionTypes())
            if (present.count(type)) entries.push_back({typeColor(type), displayName(type)});
    } else if (d_->scene.colouring() == NodeColouring::Community && data) {
        title = tr("Community");
        int communities = 0;
        for (const auto& f : data->features) communities = std::max(communities, f.aggregate.community + 1);
        for (int c = 0; c < std::min(communities, 9); ++c)
            entries.push_back({NetworkScene::communityColour(c), tr("Community %1").arg(c + 1)});
        if (communities > 9) entries.push_back({NetworkScene::communityColour(9), tr("Smaller communities")});
    } else if (data) {
        title = tr("Measure (node colour)");
        entries.push_back({NetworkScene::measureColour(0), tr("Lowest")});
        entries.push_back({NetworkScene::measureColour(0.5), tr("Middle")});
        entries.push_back({NetworkScene::measureColour(1), tr("Highest")});
    }
    const bool shown = shows();
    // The camera keeps clear of the legend as it is with a selection's two arrows, so that
    // selecting an institution (which adds them) does not move the picture.
    const TypeLegend::Entry arrows[] = {
        {NetworkScene::lendsToColour(), tr("Its claims (creditor → debtor)"), TypeLegend::Shape::Arrow},
        {NetworkScene::borrowsFromColour(), tr("Claims on it"), TypeLegend::Shape::Arrow}};
    std::vector<TypeLegend::Entry> withArrows = entries;
    if (data) withArrows.insert(withArrows.end(), std::begin(arrows), std::end(arrows));
    const QRect reservedBefore = d_->legendReserve;
    d_->legendReserve = shown ? legendArea(*d_->legend, height(), title, withArrows) : QRect();
    if (data && d_->scene.highlight().valid()) entries.insert(entries.end(), std::begin(arrows), std::end(arrows));
    placeLegend(*d_->legend, height(), title, std::move(entries));
    d_->legend->setVisible(shown);
    return d_->legendReserve != reservedBefore;
}

void NetworkView::updateInfo() {
    const NetworkViewData* data = d_->data.get();
    const QLocale locale;
    const bool none = !shows();
    d_->empty->setVisible(none);
    d_->empty->setGeometry(rect());
    d_->info->setVisible(!none);
    if (none) return;
    std::size_t nodes = 0, edges = 0;
    std::set<std::uint32_t> drawn;
    for (const auto& node : d_->scene.drawnNodes()) drawn.insert(node.institution);
    nodes = drawn.size();
    for (NetworkLayer layer : kNetworkLayers) edges += d_->scene.counts(layer).edges;
    const QString links =
        edges < d_->scene.shownEdgeCount()
            ? tr("largest %1 of %2 links")
                  .arg(locale.toString(qulonglong(edges)), locale.toString(qulonglong(d_->scene.shownEdgeCount())))
            : tr("%1 links").arg(locale.toString(qulonglong(edges)));
    QString text =
        tr("%1 of %2 institutions · %3 · as of %4")
            .arg(locale.toString(qulonglong(nodes)), locale.toString(qulonglong(data->network.institutions.size())),
                 links, QString::fromStdString(data->network.asOf.toString()));
    if (d_->stress) {
        double lost = 0;
        for (int k = 0; k <= d_->stressRound; ++k) lost += d_->stress->rounds[std::size_t(k)].systemLoss;
        text += tr(" · stress round %1 of %2, %3 bn CNY lost so far")
                    .arg(d_->stressRound)
                    .arg(stressRounds() - 1)
                    .arg(locale.toString(lost / 1e9, 'f', 1));
    }
    d_->info->setText(text);
    d_->info->adjustSize();
    d_->info->move(8, height() - d_->info->height() - 8);
}

void NetworkView::requestFrame() { d_->surface->update(); }

QOpenGLWindow* NetworkView::surface() const { return d_->surface; }

}  // namespace eagle
