#include "NetworkScene.h"

#include "InstitutionTypeNames.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellPicker.h>
#include <vtkDoubleArray.h>
#include <vtkGlyph3D.h>
#include <vtkIdTypeArray.h>
#include <vtkPointData.h>
#include <vtkPointGaussianMapper.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>
#include <vtkTextActor.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace eagle {
namespace {

const QColor kBackground(0xF4, 0xF6, 0xF8);
const QColor kLendsTo(0xD9, 0x48, 0x0F);      // exposures the highlighted institution holds
const QColor kBorrowsFrom(0x19, 0x71, 0xC2);  // exposures others hold on it
const QColor kInterlayer(0x49, 0x50, 0x57);
const QColor kNoMeasure(0xAD, 0xB5, 0xBD);

constexpr double kPlaneGap = 0.85;   // world units between stacked planes (layout spans [-1, 1])
constexpr double kNodeLift = 0.004;  // discs just above their plane's edges
constexpr double kEdgeLift = 0.001;
constexpr std::size_t kMaxInterlayerLinks = 400;  // beyond, only the largest institutions are joined
// Beyond this many exposures only the largest of each layer are drawn (its share of the limit),
// plus every one of the highlighted institution: a denser hairball shows nothing more and costs a
// second per frame on software GL. Institutions stay on the planes where they have any exposure.
constexpr std::size_t kMaxDrawnEdges = 20000;
constexpr std::size_t kLargeNodeCount = 1500;
// What a sketch draws while the view moves (NetworkScene::setSketch), shared among the layers in
// proportion: about 12 ms of a frame on llvmpipe at 1280x800 for both together, where the whole
// picture of a 10,000-institution market (20,000 lines, 30,000 discs) takes 70 ms.
constexpr std::size_t kSketchEdges = 4000;
constexpr std::size_t kSketchNodes = 6000;
// Nodes are unlit spheres: a round disc from every angle the stack is turned to.
constexpr int kSphereTheta = 16, kSpherePhi = 10, kLargeSphereTheta = 8, kLargeSpherePhi = 5;

QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor ramp(const QColor& low, const QColor& mid, const QColor& high, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? blend(low, mid, 2 * t) : blend(mid, high, 2 * t - 1);
}

double normalise(double v, double lo, double hi) { return hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0, 1.0) : 0.5; }

// Sizes span orders of magnitude: assets on a log scale, the other measures on a square root.
double transformed(double v, NodeMeasure measure) {
    if (!std::isfinite(v)) return std::numeric_limits<double>::quiet_NaN();
    return measure == NodeMeasure::TotalAssets ? std::log10(std::max(v, 1e6)) : std::sqrt(std::max(v, 0.0));
}

void insertColour(vtkUnsignedCharArray* array, const QColor& c, int alpha = 255) {
    const unsigned char rgba[4] = {static_cast<unsigned char>(c.red()), static_cast<unsigned char>(c.green()),
                                   static_cast<unsigned char>(c.blue()), static_cast<unsigned char>(alpha)};
    array->InsertNextTypedTuple(rgba);
}

vtkNew<vtkUnsignedCharArray> colourArray() {
    vtkNew<vtkUnsignedCharArray> colours;
    colours->SetName("colors");
    colours->SetNumberOfComponents(4);
    return colours;
}

void directColours(vtkActor* actor, vtkPolyDataMapper* mapper) {
    mapper->SetColorModeToDirectScalars();
    mapper->SetScalarModeToUsePointData();
    actor->SetMapper(mapper);
    actor->GetProperty()->LightingOff();  // flat colours, exactly the legend's
}

// A glyph pipeline drawing one node per seed point.
void discGlyphs(vtkGlyph3D* glyphs, vtkPolyData* seeds, vtkSphereSource* disc, vtkActor* actor) {
    glyphs->SetInputData(seeds);
    glyphs->SetSourceConnection(disc->GetOutputPort());
    glyphs->OrientOff();
    glyphs->ClampingOff();
    glyphs->SetScaleModeToScaleByScalar();
    glyphs->SetScaleFactor(1.0);
    glyphs->SetColorModeToColorByScalar();
    glyphs->GeneratePointIdsOn();  // picking maps a disc back to its seed
    glyphs->SetPointIdsName("InputPointIds");
    glyphs->SetInputArrayToProcess(0, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS, "radius");
    glyphs->SetInputArrayToProcess(3, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS, "colors");
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputConnection(glyphs->GetOutputPort());
    directColours(actor, mapper);
}

void setSeeds(vtkPolyData* seeds, vtkPoints* points, vtkDoubleArray* radius, vtkUnsignedCharArray* colours) {
    seeds->Initialize();
    seeds->SetPoints(points);
    seeds->GetPointData()->AddArray(radius);
    seeds->GetPointData()->AddArray(colours);
    seeds->GetPointData()->SetScalars(colours);
    seeds->Modified();
}

// The sketch's discs of a layer: the first keep seeds in the order first (the highlighted
// institution's, then the largest).
template <class First>
void sketchDiscs(vtkPolyData* sketchSeeds, vtkPoints* seedPoints, vtkDoubleArray* seedRadius,
                 vtkUnsignedCharArray* seedColours, std::size_t keep, First first) {
    std::vector<vtkIdType> order(std::size_t(seedPoints->GetNumberOfPoints()));
    std::iota(order.begin(), order.end(), vtkIdType(0));
    std::nth_element(order.begin(), order.begin() + std::ptrdiff_t(keep), order.end(), [&](vtkIdType a, vtkIdType b) {
        const bool fa = first(a), fb = first(b);
        return fa != fb ? fa : seedRadius->GetValue(a) > seedRadius->GetValue(b);
    });
    vtkNew<vtkPoints> points;
    vtkNew<vtkDoubleArray> radii;
    radii->SetName("radius");
    auto colours = colourArray();
    for (std::size_t k = 0; k < keep; ++k) {
        points->InsertNextPoint(seedPoints->GetPoint(order[k]));
        radii->InsertNextValue(seedRadius->GetValue(order[k]));
        colours->InsertNextTypedTuple(seedColours->GetPointer(4 * order[k]));
    }
    setSeeds(sketchSeeds, points, radii, colours);
}

// The sketch's exposures of a layer: the first keep of its count edges in the order before, drawn
// with the whole picture's points and colours (edge j runs from point 2j to point 2j + 1).
template <class Before>
void sketchExposures(vtkPolyData* sketch, vtkPoints* edgePoints, vtkUnsignedCharArray* edgeColours, std::size_t count,
                     std::size_t keep, Before before) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::nth_element(order.begin(), order.begin() + std::ptrdiff_t(keep), order.end(), before);
    vtkNew<vtkCellArray> lines;
    for (std::size_t k = 0; k < keep; ++k) {
        const vtkIdType ends[2] = {vtkIdType(2 * order[k]), vtkIdType(2 * order[k] + 1)};
        lines->InsertNextCell(2, ends);
    }
    sketch->Initialize();
    sketch->SetPoints(edgePoints);
    sketch->SetLines(lines);
    sketch->GetPointData()->SetScalars(edgeColours);
    sketch->Modified();
}

}  // namespace

struct NetworkScene::Layer {
    vtkNew<vtkPolyData> seeds;
    vtkNew<vtkGlyph3D> glyphs;
    vtkNew<vtkActor> nodes;
    vtkNew<vtkActor> splats;  // the same nodes as camera-facing discs, for large networks
    vtkNew<vtkPolyData> edgeData;
    vtkNew<vtkActor> edges;
    vtkNew<vtkPolyData> planeData;
    vtkNew<vtkActor> plane;
    vtkNew<vtkPolyData> outlineData;
    vtkNew<vtkActor> outline;
    // The sketch: the layer's largest exposures (sharing the full edges' points and colours) and
    // its largest discs.
    vtkNew<vtkPolyData> sketchEdgeData;
    vtkNew<vtkActor> sketchEdges;
    vtkNew<vtkPolyData> sketchSeeds;
    vtkNew<vtkActor> sketchSplats;
};

NetworkScene::NetworkScene() {
    backdrop_->SetBackground(kBackground.redF(), kBackground.greenF(), kBackground.blueF());
    backdrop_->SetBackgroundAlpha(1.0);  // opaque, so QWidget::grab() shows no hole
    backdrop_->SetLayer(0);
    backdrop_->InteractiveOff();
    renderer_->SetLayer(1);
    renderer_->SetActiveCamera(backdrop_->GetActiveCamera());
    disc_->SetRadius(1.0);
    disc_->SetThetaResolution(kSphereTheta);
    disc_->SetPhiResolution(kSpherePhi);
    picker_->PickFromListOn();
    picker_->SetTolerance(0.0005);
    planeZ_.assign(kNetworkLayerCount, std::nullopt);
    drawnOffset_.assign(kNetworkLayerCount + 1, 0);
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l) {
        auto layer = std::make_unique<Layer>();
        const QColor colour = layerColour(kNetworkLayers[l]);
        for (auto [data, actor] : {std::pair{layer->planeData.Get(), layer->plane.Get()},
                                   std::pair{layer->outlineData.Get(), layer->outline.Get()}}) {
            vtkNew<vtkPolyDataMapper> mapper;
            mapper->SetInputData(data);
            mapper->ScalarVisibilityOff();
            actor->SetMapper(mapper);
            actor->GetProperty()->LightingOff();
            actor->PickableOff();
        }
        // Opaque tints: the planes are the backdrop, drawn behind the whole network anyway.
        const QColor fill = blend(colour, kBackground, 0.91), rim = blend(colour, kBackground, 0.35);
        layer->plane->GetProperty()->SetColor(fill.redF(), fill.greenF(), fill.blueF());
        layer->outline->GetProperty()->SetColor(rim.redF(), rim.greenF(), rim.blueF());
        layer->outline->GetProperty()->SetLineWidth(1.5);
        for (auto [data, actor] : {std::pair{layer->edgeData.Get(), layer->edges.Get()},
                                   std::pair{layer->sketchEdgeData.Get(), layer->sketchEdges.Get()}}) {
            vtkNew<vtkPolyDataMapper> edgeMapper;
            edgeMapper->SetInputData(data);
            directColours(actor, edgeMapper);
            actor->PickableOff();
            // Blended in drawing order in the opaque pass: VTK's order-independent translucency
            // pass turned the colours inside the Qt-hosted framebuffer.
            actor->ForceOpaqueOn();
        }
        discGlyphs(layer->glyphs, layer->seeds, disc_, layer->nodes);
        // Tens of thousands of spheres are millions of triangles, seconds a frame on software GL:
        // a large network draws its nodes as flat discs facing the camera, two triangles each.
        for (auto [data, actor] : {std::pair{layer->seeds.Get(), layer->splats.Get()},
                                   std::pair{layer->sketchSeeds.Get(), layer->sketchSplats.Get()}}) {
            vtkNew<vtkPointGaussianMapper> splatMapper;
            splatMapper->SetInputData(data);
            splatMapper->SetScaleArray("radius");
            splatMapper->SetScaleFactor(1.0);
            splatMapper->EmissiveOff();
            splatMapper->SetTriangleScale(1.0);
            splatMapper->SetSplatShaderCode(
                "//VTK::Color::Impl\n"
                "if (dot(offsetVCVSOutput.xy, offsetVCVSOutput.xy) > 1.0) { discard; }\n");
            splatMapper->SetColorModeToDirectScalars();
            splatMapper->SetScalarModeToUsePointData();
            actor->SetMapper(splatMapper);
            actor->GetProperty()->LightingOff();
            actor->ForceOpaqueOn();
            actor->PickableOff();
        }
        picker_->AddPickList(layer->nodes);
        backdrop_->AddActor(layer->plane);
        backdrop_->AddActor(layer->outline);
        renderer_->AddActor(layer->edges);
        renderer_->AddActor(layer->sketchEdges);
        renderer_->AddActor(layer->nodes);
        renderer_->AddActor(layer->splats);
        renderer_->AddActor(layer->sketchSplats);
        layers_.push_back(std::move(layer));
    }
    vtkNew<vtkPolyDataMapper> interlayerMapper;
    interlayerMapper->SetInputData(interlayerData_);
    directColours(interlayerActor_, interlayerMapper);
    interlayerActor_->PickableOff();
    interlayerActor_->ForceOpaqueOn();
    vtkNew<vtkPolyDataMapper> focusMapper;
    focusMapper->SetInputData(focusEdgeData_);
    directColours(focusEdgeActor_, focusMapper);
    focusEdgeActor_->GetProperty()->SetLineWidth(2.5);
    focusEdgeActor_->PickableOff();
    focusEdgeActor_->ForceOpaqueOn();
    vtkNew<vtkGlyph3D> haloGlyphs;
    discGlyphs(haloGlyphs, haloSeeds_, disc_, haloActor_);
    haloActor_->PickableOff();
    renderer_->AddActor(interlayerActor_);
    renderer_->AddActor(focusEdgeActor_);
    backdrop_->AddActor(haloActor_);  // behind the network: a ring around the node
    rebuild();
}

NetworkScene::~NetworkScene() = default;

vtkRenderer* NetworkScene::backdrop() const { return backdrop_; }
vtkRenderer* NetworkScene::renderer() const { return renderer_; }

QColor NetworkScene::layerColour(NetworkLayer layer) {
    switch (layer) {
        case NetworkLayer::Repo:
            return QColor(0x1C, 0x7E, 0xD6);
        case NetworkLayer::Interbank:
            return QColor(0xE8, 0x59, 0x0C);
        case NetworkLayer::Bond:
            return QColor(0x2F, 0x9E, 0x44);
        case NetworkLayer::FxSwap:
            return QColor(0x70, 0x48, 0xE8);
        case NetworkLayer::Ownership:
            return QColor(0xC2, 0x25, 0x5C);
    }
    return Qt::gray;
}
QColor NetworkScene::lendsToColour() { return kLendsTo; }
QColor NetworkScene::borrowsFromColour() { return kBorrowsFrom; }
QColor NetworkScene::distressColour(double distress) {
    return ramp(QColor(0xE9, 0xEC, 0xEF), QColor(0xF0, 0x8C, 0x00), QColor(0xC9, 0x2A, 0x2A), distress);
}
QColor NetworkScene::defaultColour() { return QColor(0x21, 0x25, 0x29); }
QColor NetworkScene::haloColour() { return QColor(0xFF, 0xC1, 0x07); }
QColor NetworkScene::measureColour(double t) {
    return ramp(QColor(0xFF, 0xE0, 0x66), QColor(0xF7, 0x67, 0x07), QColor(0x86, 0x1E, 0x4D), t);
}
QColor NetworkScene::communityColour(int community) {
    static const QColor palette[] = {QColor(0x4E, 0x79, 0xA7), QColor(0xF2, 0x8E, 0x2B), QColor(0xE1, 0x57, 0x59),
                                     QColor(0x76, 0xB7, 0xB2), QColor(0x59, 0xA1, 0x4F), QColor(0xED, 0xC9, 0x48),
                                     QColor(0xB0, 0x7A, 0xA1), QColor(0xFF, 0x9D, 0xA7), QColor(0x9C, 0x75, 0x5F)};
    // Communities are numbered by size: the nine largest get their own colour, the rest share grey.
    return community >= 0 && community < 9 ? palette[community] : QColor(0xBA, 0xB0, 0xAC);
}

void NetworkScene::setData(std::shared_ptr<const NetworkViewData> data, InstitutionId highlight) {
    data_ = std::move(data);
    highlight_ = indexOf(highlight) ? highlight : InstitutionId{};
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    if (distress_.size() != n) distress_.clear(), defaulted_.clear();
    // Tiny nodes need no fine spheres; tens of thousands of them cost real time on software GL.
    disc_->SetThetaResolution(n > kLargeNodeCount ? kLargeSphereTheta : kSphereTheta);
    disc_->SetPhiResolution(n > kLargeNodeCount ? kLargeSpherePhi : kSpherePhi);
    rebuild();
}

void NetworkScene::setFilter(const NetworkFilter& filter) {
    filter_ = filter;
    rebuild();
}

void NetworkScene::setSizeMeasure(NodeMeasure measure) {
    sizeMeasure_ = measure;
    rebuild();
}

void NetworkScene::setColouring(NodeColouring colouring) {
    colouring_ = colouring;
    rebuild();
}

void NetworkScene::setHighlight(InstitutionId id) {
    const InstitutionId shown = indexOf(id) ? id : InstitutionId{};
    // A rebuild costs ~8 ms at 300 institutions: opening a workspace selects again what is shown.
    if (shown == highlight_) return;
    highlight_ = shown;
    rebuild();
}

void NetworkScene::setDistress(std::vector<double> distress, std::vector<char> defaulted) {
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    distress_ = distress.size() == n ? std::move(distress) : std::vector<double>{};
    defaulted_ = defaulted.size() == n ? std::move(defaulted) : std::vector<char>(distress_.size(), 0);
    rebuild();
}

void NetworkScene::setPixelRatio(double ratio) {
    if (ratio == pixelRatio_) return;
    pixelRatio_ = ratio;
    rebuildLabels();
}

std::optional<std::size_t> NetworkScene::indexOf(InstitutionId id) const {
    if (!data_ || !id.valid()) return std::nullopt;
    return data_->layout.indexOf(id);
}

double NetworkScene::measureOf(std::size_t i, NodeMeasure measure) const {
    if (!data_ || i >= data_->network.institutions.size()) return std::numeric_limits<double>::quiet_NaN();
    if (measure == NodeMeasure::TotalAssets) return data_->network.institutions[i].totalAssets;
    if (i >= data_->features.size()) return std::numeric_limits<double>::quiet_NaN();
    const InstitutionNetworkFeatures& f = data_->features[i];
    switch (measure) {
        case NodeMeasure::Degree:
            return f.aggregate.inDegree + f.aggregate.outDegree;
        case NodeMeasure::PageRank:
            return f.aggregate.pageRank;
        case NodeMeasure::Betweenness:
            return f.aggregate.betweenness;
        case NodeMeasure::DebtRank:
            return f.failureDebtRankComputed ? f.failureDebtRank : std::numeric_limits<double>::quiet_NaN();
        case NodeMeasure::TotalAssets:
            break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

std::vector<bool> NetworkScene::passingInstitutions() const {
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    std::vector<bool> pass(n, true);
    for (std::size_t i = 0; i < n; ++i) {
        if (filter_.type && data_->network.institutions[i].type != *filter_.type) pass[i] = false;
        if (filter_.community >= 0 &&
            (i >= data_->features.size() || data_->features[i].aggregate.community != filter_.community))
            pass[i] = false;
    }
    return pass;
}

std::vector<double> NetworkScene::radii() const {
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    // Discs shrink as the network grows so that a 10,000-node layer is not one blot.
    const double maxRadius = std::clamp(0.45 / std::sqrt(double(std::max<std::size_t>(n, 1))), 0.008, 0.075);
    const double minRadius = 0.4 * maxRadius;
    std::vector<double> t(n);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (std::size_t i = 0; i < n; ++i) {
        t[i] = transformed(measureOf(i, sizeMeasure_), sizeMeasure_);
        if (std::isfinite(t[i])) lo = std::min(lo, t[i]), hi = std::max(hi, t[i]);
    }
    std::vector<double> r(n);
    for (std::size_t i = 0; i < n; ++i)
        r[i] = minRadius + (maxRadius - minRadius) * (std::isfinite(t[i]) ? normalise(t[i], lo, hi) : 0.0);
    return r;
}

std::vector<QColor> NetworkScene::colours() const {
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    std::vector<QColor> c(n);
    if (!distress_.empty()) {
        for (std::size_t i = 0; i < n; ++i) c[i] = defaulted_[i] ? defaultColour() : distressColour(distress_[i]);
        return c;
    }
    std::vector<double> t(n);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    if (colouring_ == NodeColouring::Measure)
        for (std::size_t i = 0; i < n; ++i) {
            t[i] = transformed(measureOf(i, sizeMeasure_), sizeMeasure_);
            if (std::isfinite(t[i])) lo = std::min(lo, t[i]), hi = std::max(hi, t[i]);
        }
    for (std::size_t i = 0; i < n; ++i) {
        switch (colouring_) {
            case NodeColouring::Type:
                c[i] = typeColor(data_->network.institutions[i].type);
                break;
            case NodeColouring::Community:
                c[i] =
                    i < data_->features.size() ? communityColour(data_->features[i].aggregate.community) : kNoMeasure;
                break;
            case NodeColouring::Measure:
                c[i] = std::isfinite(t[i]) ? measureColour(normalise(t[i], lo, hi)) : kNoMeasure;
                break;
        }
    }
    return c;
}

// Which exposures are shown, layer by layer, and who appears on each layer; beyond kMaxDrawnEdges
// each layer keeps its share of the largest, and every exposure of the highlighted institution.
NetworkScene::Shown NetworkScene::shownExposures(std::optional<std::size_t> h) const {
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    const std::vector<bool> pass = passingInstitutions();
    Shown shown;
    for (auto& p : shown.present) p.assign(n, 0);
    shown.neighbour.assign(n, false);
    if (data_)
        for (std::size_t e = 0; e < data_->network.edges.size(); ++e) {
            const ExposureEdge& edge = data_->network.edges[e];
            const std::size_t l = eagle::indexOf(edge.layer);
            if (!filter_.layers[l] || edge.creditor == edge.debtor || edge.creditor >= n || edge.debtor >= n) continue;
            if (!pass[edge.creditor] || !pass[edge.debtor]) continue;
            if (carriesExposure(edge.layer) && edge.amount < filter_.minExposure) continue;
            shown.edges[l].push_back(e);
            shown.present[l][edge.creditor] = shown.present[l][edge.debtor] = 1;
            if (h && edge.creditor == *h) shown.neighbour[edge.debtor] = true;
            if (h && edge.debtor == *h) shown.neighbour[edge.creditor] = true;
        }
    for (const auto& edges : shown.edges) shown.total += edges.size();
    if (shown.total > kMaxDrawnEdges)
        for (auto& edges : shown.edges) {
            const std::size_t keep = edges.size() * kMaxDrawnEdges / shown.total;
            const auto larger = [&](std::size_t a, std::size_t b) {
                const auto& ea = data_->network.edges[a];
                const auto& eb = data_->network.edges[b];
                const bool fa = h && (ea.creditor == *h || ea.debtor == *h),
                           fb = h && (eb.creditor == *h || eb.debtor == *h);
                return fa != fb ? fa : ea.amount > eb.amount;
            };
            if (keep < edges.size()) {
                std::nth_element(edges.begin(), edges.begin() + std::ptrdiff_t(keep), edges.end(), larger);
                std::size_t focus = keep;  // the highlighted institution's exposures all stay
                while (focus < edges.size() && h &&
                       (data_->network.edges[edges[focus]].creditor == *h ||
                        data_->network.edges[edges[focus]].debtor == *h))
                    ++focus;
                edges.resize(focus);
                std::sort(edges.begin(), edges.end());
            }
        }
    return shown;
}

void NetworkScene::rebuild() {
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    const auto h = indexOf(highlight_);
    const Shown exposures = shownExposures(h);
    const auto& shownEdges = exposures.edges;
    const auto& present = exposures.present;
    const auto& neighbour = exposures.neighbour;
    shownEdgeCount_ = exposures.total;

    // Shown layers stacked top-down in the order of kNetworkLayers.
    const auto shownCount = std::count(filter_.layers.begin(), filter_.layers.end(), true);
    int rank = 0;
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l)
        planeZ_[l] =
            filter_.layers[l] ? std::optional<double>((double(shownCount) - 1 - rank++) * kPlaneGap) : std::nullopt;

    // Whether the picture is large enough to be sketched while it moves, and each layer's share.
    std::size_t drawnEdgeTotal = 0, discTotal = 0;
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l)
        if (planeZ_[l]) {
            drawnEdgeTotal += shownEdges[l].size();
            discTotal += std::size_t(std::count(present[l].begin(), present[l].end(), char(1)));
        }
    sketchable_ = drawnEdgeTotal > kSketchEdges || (n > kLargeNodeCount && discTotal > kSketchNodes);

    const std::vector<double> radius = radii();
    std::vector<QColor> colour = colours();
    // Counterparties keep their colour, the rest of the market fades; not during a stress test,
    // where the colour is the loss.
    if (h && distress_.empty())
        for (std::size_t i = 0; i < n; ++i)
            if (i != *h && !neighbour[i]) colour[i] = blend(colour[i], kBackground, 0.72);

    drawn_.clear();
    vtkNew<vtkPoints> focusPoints;
    vtkNew<vtkCellArray> focusLines;
    auto focusColours = colourArray();
    vtkNew<vtkPoints> haloPoints;
    vtkNew<vtkDoubleArray> haloRadius;
    haloRadius->SetName("radius");
    auto haloColours = colourArray();
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l) {
        Layer& layer = *layers_[l];
        drawnOffset_[l] = drawn_.size();
        const bool shown = planeZ_[l].has_value();
        const double z = planeZ_[l].value_or(0);

        // The plane: a translucent square and its outline.
        vtkNew<vtkPoints> corners;
        const double unit[4][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (const auto& corner : unit) corners->InsertNextPoint(corner[0] * kPlaneHalf, corner[1] * kPlaneHalf, z);
        vtkNew<vtkCellArray> square, outline;
        const vtkIdType ids[5] = {0, 1, 2, 3, 0};
        square->InsertNextCell(4, ids);
        outline->InsertNextCell(5, ids);
        layer.planeData->Initialize();
        layer.planeData->SetPoints(corners);
        layer.planeData->SetPolys(square);
        layer.planeData->Modified();
        layer.outlineData->Initialize();
        layer.outlineData->SetPoints(corners);
        layer.outlineData->SetLines(outline);
        layer.outlineData->Modified();

        // Nodes: one disc per institution present on the layer.
        vtkNew<vtkPoints> seedPoints;
        vtkNew<vtkDoubleArray> seedRadius;
        seedRadius->SetName("radius");
        auto seedColours = colourArray();
        for (std::size_t i = 0; i < n && shown; ++i) {
            if (!present[l][i]) continue;
            const double x = data_->layout.x[i], y = data_->layout.y[i];
            seedPoints->InsertNextPoint(x, y, z + kNodeLift);
            seedRadius->InsertNextValue(radius[i]);
            insertColour(seedColours, colour[i]);
            drawn_.push_back({std::uint32_t(i), kNetworkLayers[l], x, y, z + kNodeLift, radius[i]});
            if (h && i == *h) {
                haloPoints->InsertNextPoint(x, y, z + kNodeLift * 0.5);
                haloRadius->InsertNextValue(std::max(radius[i] * 1.6, radius[i] + 0.02));
                insertColour(haloColours, haloColour());
            }
        }
        setSeeds(layer.seeds, seedPoints, seedRadius, seedColours);
        {
            // The sketch's discs: the layer's largest, and the highlighted institution's.
            const std::size_t offset = drawnOffset_[l];
            const auto highlighted = [&](vtkIdType k) { return h && drawn_[offset + std::size_t(k)].institution == *h; };
            const std::size_t keep = sketchable_ && discTotal > 0
                                         ? std::min(std::size_t(seedPoints->GetNumberOfPoints()),
                                                    std::size_t(seedPoints->GetNumberOfPoints()) * kSketchNodes / discTotal)
                                         : 0;
            sketchDiscs(layer.sketchSeeds, seedPoints, seedRadius, seedColours, keep, highlighted);
        }

        // Edges: creditor -> debtor in the layer's colour, larger exposures more opaque.
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (std::size_t e : shownEdges[l]) {
            const double v = std::log10(std::max(data_->network.edges[e].amount, 1e-6));
            lo = std::min(lo, v), hi = std::max(hi, v);
        }
        vtkNew<vtkPoints> edgePoints;
        vtkNew<vtkCellArray> lines;
        auto edgeColours = colourArray();
        const QColor layerTint = layerColour(kNetworkLayers[l]);
        for (std::size_t e : shownEdges[l]) {
            const ExposureEdge& edge = data_->network.edges[e];
            const double t = normalise(std::log10(std::max(edge.amount, 1e-6)), lo, hi);
            const bool incident = h && (edge.creditor == *h || edge.debtor == *h);
            int alpha = int(45 + 150 * t);
            if (h && !incident) alpha /= 3;
            const vtkIdType a = edgePoints->InsertNextPoint(data_->layout.x[edge.creditor],
                                                            data_->layout.y[edge.creditor], z + kEdgeLift);
            const vtkIdType b =
                edgePoints->InsertNextPoint(data_->layout.x[edge.debtor], data_->layout.y[edge.debtor], z + kEdgeLift);
            insertColour(edgeColours, layerTint, alpha);
            insertColour(edgeColours, layerTint, alpha);
            const vtkIdType ends[2] = {a, b};
            lines->InsertNextCell(2, ends);
            if (incident) {
                const QColor c = edge.creditor == *h ? kLendsTo : kBorrowsFrom;
                const vtkIdType fa = focusPoints->InsertNextPoint(data_->layout.x[edge.creditor],
                                                                  data_->layout.y[edge.creditor], z + 2 * kEdgeLift);
                const vtkIdType fb = focusPoints->InsertNextPoint(data_->layout.x[edge.debtor],
                                                                  data_->layout.y[edge.debtor], z + 2 * kEdgeLift);
                insertColour(focusColours, c, 230);
                insertColour(focusColours, c, 230);
                const vtkIdType focusEnds[2] = {fa, fb};
                focusLines->InsertNextCell(2, focusEnds);
            }
        }
        layer.edgeData->Initialize();
        layer.edgeData->SetPoints(edgePoints);
        layer.edgeData->SetLines(lines);
        layer.edgeData->GetPointData()->SetScalars(edgeColours);
        layer.edgeData->Modified();
        {
            // The sketch's exposures: the layer's largest, and the highlighted institution's.
            const auto edgeAt = [&](std::size_t j) -> const ExposureEdge& { return data_->network.edges[shownEdges[l][j]]; };
            const std::size_t keep = sketchable_ && drawnEdgeTotal > 0
                                         ? std::min(shownEdges[l].size(), shownEdges[l].size() * kSketchEdges / drawnEdgeTotal)
                                         : 0;
            sketchExposures(layer.sketchEdgeData, edgePoints, edgeColours, shownEdges[l].size(), keep, [&](std::size_t a, std::size_t b) {
                const bool ia = h && (edgeAt(a).creditor == *h || edgeAt(a).debtor == *h);
                const bool ib = h && (edgeAt(b).creditor == *h || edgeAt(b).debtor == *h);
                return ia != ib ? ia : edgeAt(a).amount > edgeAt(b).amount;
            });
        }
    }
    drawnOffset_[kNetworkLayerCount] = drawn_.size();

    joinLayers(radius, h, focusPoints, focusLines, focusColours);
    focusEdgeData_->Initialize();
    focusEdgeData_->SetPoints(focusPoints);
    focusEdgeData_->SetLines(focusLines);
    focusEdgeData_->GetPointData()->SetScalars(focusColours);
    focusEdgeData_->Modified();
    setSeeds(haloSeeds_, haloPoints, haloRadius, haloColours);
    applyVisibility();
    rebuildLabels();
}

// Inter-layer lines: the same institution on every plane it appears on, from its lowest
// appearance to its highest; in a large network only the largest institutions are joined. The
// highlighted institution's own line goes with its exposures, bold.
void NetworkScene::joinLayers(const std::vector<double>& radius, std::optional<std::size_t> h, vtkPoints* focusPoints,
                              vtkCellArray* focusLines, vtkUnsignedCharArray* focusColours) {
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    std::vector<std::pair<double, double>> span(
        n, {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()});
    std::vector<int> planes(n, 0);
    for (const DrawnNode& d : drawn_) {
        span[d.institution].first = std::min(span[d.institution].first, d.z - kNodeLift);
        span[d.institution].second = std::max(span[d.institution].second, d.z - kNodeLift);
        ++planes[d.institution];
    }
    std::vector<std::size_t> joined;
    for (std::size_t i = 0; i < n; ++i)
        if (planes[i] >= 2 && !(h && i == *h)) joined.push_back(i);
    if (joined.size() > kMaxInterlayerLinks) {
        std::partial_sort(joined.begin(), joined.begin() + kMaxInterlayerLinks, joined.end(),
                          [&](std::size_t a, std::size_t b) { return radius[a] > radius[b]; });
        joined.resize(kMaxInterlayerLinks);
    }
    vtkNew<vtkPoints> linkPoints;
    vtkNew<vtkCellArray> links;
    auto linkColours = colourArray();
    for (std::size_t i : joined) {
        const vtkIdType a = linkPoints->InsertNextPoint(data_->layout.x[i], data_->layout.y[i], span[i].first);
        const vtkIdType b = linkPoints->InsertNextPoint(data_->layout.x[i], data_->layout.y[i], span[i].second);
        insertColour(linkColours, kInterlayer, h ? 25 : 70);
        insertColour(linkColours, kInterlayer, h ? 25 : 70);
        const vtkIdType ends[2] = {a, b};
        links->InsertNextCell(2, ends);
    }
    interlayerData_->Initialize();
    interlayerData_->SetPoints(linkPoints);
    interlayerData_->SetLines(links);
    interlayerData_->GetPointData()->SetScalars(linkColours);
    interlayerData_->Modified();
    if (h && planes[*h] >= 2) {  // the highlighted institution's own line, bold
        const vtkIdType a = focusPoints->InsertNextPoint(data_->layout.x[*h], data_->layout.y[*h], span[*h].first);
        const vtkIdType b = focusPoints->InsertNextPoint(data_->layout.x[*h], data_->layout.y[*h], span[*h].second);
        insertColour(focusColours, QColor(0x21, 0x25, 0x29), 255);
        insertColour(focusColours, QColor(0x21, 0x25, 0x29), 255);
        const vtkIdType ends[2] = {a, b};
        focusLines->InsertNextCell(2, ends);
    }
}

void NetworkScene::setSketch(bool sketch) {
    if (sketch == sketch_) return;
    sketch_ = sketch;
    applyVisibility();
}

void NetworkScene::applyVisibility() {
    const std::size_t n = data_ ? data_->network.institutions.size() : 0;
    const bool sketching = sketchShown(), large = n > kLargeNodeCount;
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l) {
        Layer& layer = *layers_[l];
        const bool shown = planeZ_[l].has_value();
        layer.plane->SetVisibility(shown);
        layer.outline->SetVisibility(shown);
        layer.edges->SetVisibility(shown && !sketching);
        layer.sketchEdges->SetVisibility(shown && sketching);
        layer.nodes->SetVisibility(shown && !large);
        layer.splats->SetVisibility(shown && large && !sketching);
        layer.sketchSplats->SetVisibility(shown && large && sketching);
    }
}

std::size_t NetworkScene::sketchEdgeCount() const {
    std::size_t count = 0;
    for (const auto& layer : layers_) count += std::size_t(layer->sketchEdgeData->GetNumberOfLines());
    return count;
}

std::size_t NetworkScene::sketchNodeCount() const {
    std::size_t count = 0;
    for (const auto& layer : layers_) count += std::size_t(layer->sketchSeeds->GetNumberOfPoints());
    return count;
}

LayerCounts NetworkScene::counts(NetworkLayer layer) const {
    const Layer& l = *layers_[eagle::indexOf(layer)];
    LayerCounts c;
    c.shown = planeZ_[eagle::indexOf(layer)].has_value();
    c.nodes = std::size_t(l.seeds->GetNumberOfPoints());
    c.edges = std::size_t(l.edgeData->GetNumberOfLines());
    return c;
}

std::size_t NetworkScene::interlayerLinkCount() const { return std::size_t(interlayerData_->GetNumberOfLines()); }

std::optional<std::size_t> NetworkScene::pick(double x, double y) const {
    if (drawn_.empty() || !picker_->Pick(x, y, 0, renderer_)) return std::nullopt;
    vtkActor* hit = picker_->GetActor();
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l) {
        if (layers_[l]->nodes.Get() != hit) continue;
        vtkPolyData* discs = layers_[l]->glyphs->GetOutput();
        auto* seedOf = vtkIdTypeArray::SafeDownCast(discs->GetPointData()->GetArray("InputPointIds"));
        const vtkIdType cell = picker_->GetCellId();
        if (!seedOf || cell < 0 || cell >= discs->GetNumberOfCells()) return std::nullopt;
        const vtkIdType seed = seedOf->GetValue(discs->GetCell(cell)->GetPointId(0));
        const std::size_t index = drawnOffset_[l] + std::size_t(seed);
        if (index < drawnOffset_[l + 1]) return index;
    }
    return std::nullopt;
}

std::array<double, 6> NetworkScene::bounds() const {
    double top = 0;
    for (const auto& z : planeZ_)
        if (z) top = std::max(top, *z);
    return {-kPlaneHalf, kPlaneHalf, -kPlaneHalf, kPlaneHalf, 0.0, top};
}

}  // namespace eagle
