#include "NetworkScene.h"

#include "InstitutionTypeNames.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCoordinate.h>
#include <vtkDoubleArray.h>
#include <vtkGlyph3D.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRegularPolygonSource.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace eagle {
namespace {

// Light neutral background: the charts beside the network are light too.
const QColor kBackground(0xF4, 0xF6, 0xF8);
const QColor kEdge(0x5B, 0x6B, 0x7C);
const QColor kLendsTo(0xD9, 0x48, 0x0F);      // edges where the highlighted institution lends
const QColor kBorrowsFrom(0x19, 0x71, 0xC2);  // edges where it borrows
const QColor kHalo(0xFF, 0xC1, 0x07);
const QColor kHighlightRim(0x21, 0x25, 0x29);

constexpr double kLayerStep = 2e-4;  // z spacing between nodes: later (smaller) nodes on top
constexpr double kEdgeZ = -0.02;
constexpr double kIncidentEdgeZ = -0.01;
constexpr std::size_t kMaxPlainLabels = 15;
constexpr std::size_t kMaxLabelCandidates = 60;
// Beyond this many exposures only the largest are drawn (plus every one of the highlighted
// institution): a denser hairball shows nothing more, and costs seconds per frame on software GL.
constexpr std::size_t kMaxDrawnEdges = 12000;
// Above this many nodes the discs are small on screen and coarser polygons do.
constexpr std::size_t kLargeNodeCount = 1500;
constexpr int kDiscSides = 40, kLargeDiscSides = 16;

QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Maps v from [lo, hi] to [0, 1]; a degenerate range maps to the middle.
double normalise(double v, double lo, double hi) { return hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0, 1.0) : 0.5; }

bool isAscii(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 128; });
}

struct Vec2 {
    double x, y;
    Vec2 operator+(Vec2 o) const { return {x + o.x, y + o.y}; }
    Vec2 operator-(Vec2 o) const { return {x - o.x, y - o.y}; }
    Vec2 operator*(double s) const { return {x * s, y * s}; }
};

}  // namespace

NetworkScene::NetworkScene() {
    renderer_->SetBackground(kBackground.redF(), kBackground.greenF(), kBackground.blueF());
    renderer_->SetBackgroundAlpha(1.0);  // opaque, so QWidget::grab() shows no hole
    renderer_->GetActiveCamera()->ParallelProjectionOn();

    disc_->SetNumberOfSides(kDiscSides);
    disc_->SetRadius(1.0);
    disc_->GeneratePolylineOff();
    vtkNew<vtkGlyph3D> glyphs;
    glyphs->SetInputData(nodeSeeds_);
    glyphs->SetSourceConnection(disc_->GetOutputPort());
    glyphs->OrientOff();
    glyphs->ClampingOff();
    glyphs->SetScaleModeToScaleByScalar();
    glyphs->SetScaleFactor(1.0);
    glyphs->SetColorModeToColorByScalar();
    glyphs->SetInputArrayToProcess(0, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS, "radius");
    glyphs->SetInputArrayToProcess(3, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS, "colors");
    vtkNew<vtkPolyDataMapper> nodeMapper;
    nodeMapper->SetInputConnection(glyphs->GetOutputPort());
    nodeMapper->SetColorModeToDirectScalars();
    nodeMapper->SetScalarModeToUsePointData();
    nodeActor_->SetMapper(nodeMapper);
    nodeActor_->GetProperty()->LightingOff();  // flat 2D colours, exactly the legend's

    vtkNew<vtkPolyDataMapper> edgeMapper;
    edgeMapper->SetInputData(edgeData_);
    edgeMapper->SetColorModeToDirectScalars();
    edgeMapper->SetScalarModeToUsePointData();
    edgeActor_->SetMapper(edgeMapper);
    edgeActor_->GetProperty()->LightingOff();

    renderer_->AddActor(edgeActor_);
    renderer_->AddActor(nodeActor_);
    rebuildNodes();
    rebuildEdges();
}

NetworkScene::~NetworkScene() = default;

vtkRenderer* NetworkScene::renderer() const { return renderer_; }

QColor NetworkScene::edgeColour() { return kEdge; }
QColor NetworkScene::lendsToColour() { return kLendsTo; }
QColor NetworkScene::borrowsFromColour() { return kBorrowsFrom; }

void NetworkScene::setNetwork(ExposureNetwork network) {
    network_ = std::move(network);
    indexOf_.clear();
    for (std::size_t i = 0; i < network_.nodes.size(); ++i) indexOf_[network_.nodes[i].institution.value] = i;
    if (!indexOf(highlight_)) highlight_ = {};
    computeSizes();
    bySize_.resize(network_.nodes.size());
    std::iota(bySize_.begin(), bySize_.end(), std::size_t{0});
    std::stable_sort(bySize_.begin(), bySize_.end(), [&](std::size_t a, std::size_t b) {
        return network_.nodes[a].totalAssets > network_.nodes[b].totalAssets;
    });
    // Tiny discs need no 40-gon; thousands of them cost real time on software GL.
    disc_->SetNumberOfSides(network_.nodes.size() > kLargeNodeCount ? kLargeDiscSides : kDiscSides);
    setHighlight(highlight_);
}

void NetworkScene::setHighlight(InstitutionId id) {
    highlight_ = indexOf(id) ? id : InstitutionId{};
    neighbour_.assign(network_.nodes.size(), false);
    if (const auto h = indexOf(highlight_)) {
        for (const NetworkEdge& e : network_.edges) {
            if (e.lender == *h && e.borrower < neighbour_.size()) neighbour_[e.borrower] = true;
            if (e.borrower == *h && e.lender < neighbour_.size()) neighbour_[e.lender] = true;
        }
    }
    rebuildNodes();
    rebuildEdges();
    rebuildLabels();
}

void NetworkScene::setPixelRatio(double ratio) {
    if (ratio == pixelRatio_) return;
    pixelRatio_ = ratio;
    rebuildLabels();
}

std::optional<std::size_t> NetworkScene::indexOf(InstitutionId id) const {
    const auto it = indexOf_.find(id.value);
    if (!id.valid() || it == indexOf_.end()) return std::nullopt;
    return it->second;
}

double NetworkScene::radiusOf(std::size_t node) const {
    if (node >= radius_.size()) return 0;
    const bool highlighted = network_.nodes[node].institution == highlight_ && highlight_.valid();
    // The highlighted node never shrinks below a findable size, even among 5,000 small discs.
    return highlighted ? std::max(radius_[node] * 1.2, 2.5 * minRadius_) : radius_[node];
}

std::array<double, 4> NetworkScene::bounds() const {
    if (network_.nodes.empty()) return {-1, 1, -1, 1};
    std::array<double, 4> b{1e300, -1e300, 1e300, -1e300};
    for (std::size_t i = 0; i < network_.nodes.size(); ++i) {
        const NetworkNode& n = network_.nodes[i];
        b[0] = std::min(b[0], n.x - radius_[i]);
        b[1] = std::max(b[1], n.x + radius_[i]);
        b[2] = std::min(b[2], n.y - radius_[i]);
        b[3] = std::max(b[3], n.y + radius_[i]);
    }
    return b;
}

void NetworkScene::computeSizes() {
    const auto& nodes = network_.nodes;
    // Discs shrink as the network grows so that a 5,000-node layout is not one blot; area
    // follows log(total assets) because sizes span four orders of magnitude.
    const double n = double(std::max<std::size_t>(nodes.size(), 1));
    const double maxRadius = std::clamp(0.55 / std::sqrt(n), 0.012, 0.09);
    minRadius_ = 0.35 * maxRadius;
    auto logAssets = [](const NetworkNode& node) { return std::log10(std::max(node.totalAssets, 1e6)); };
    double lo = 1e300, hi = -1e300;
    for (const auto& node : nodes) {
        lo = std::min(lo, logAssets(node));
        hi = std::max(hi, logAssets(node));
    }
    radius_.resize(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        radius_[i] = minRadius_ + (maxRadius - minRadius_) * normalise(logAssets(nodes[i]), lo, hi);

    auto logNotional = [](const NetworkEdge& e) { return std::log10(std::max(e.notionalCny, 1.0)); };
    lo = 1e300;
    hi = -1e300;
    for (const auto& e : network_.edges) {
        lo = std::min(lo, logNotional(e));
        hi = std::max(hi, logNotional(e));
    }
    edgeWeight_.resize(network_.edges.size());
    edgeWidth_.resize(network_.edges.size());
    for (std::size_t i = 0; i < network_.edges.size(); ++i) {
        edgeWeight_[i] = normalise(logNotional(network_.edges[i]), lo, hi);
        edgeWidth_[i] = minRadius_ * (0.15 + 0.45 * edgeWeight_[i]);
    }
    const auto& edges = network_.edges;
    majorEdge_.assign(edges.size(), edges.size() <= kMaxDrawnEdges);
    if (edges.size() > kMaxDrawnEdges) {
        std::vector<std::size_t> byNotional(edges.size());
        std::iota(byNotional.begin(), byNotional.end(), std::size_t{0});
        std::nth_element(byNotional.begin(), byNotional.begin() + kMaxDrawnEdges, byNotional.end(),
                         [&](std::size_t a, std::size_t b) { return edges[a].notionalCny > edges[b].notionalCny; });
        for (std::size_t i = 0; i < kMaxDrawnEdges; ++i) majorEdge_[byNotional[i]] = true;
    }
    majorEdges_ = std::min(edges.size(), kMaxDrawnEdges);
}

void NetworkScene::rebuildNodes() {
    const auto& nodes = network_.nodes;
    const auto hi = indexOf(highlight_);
    // Draw order: dimmed nodes, then counterparties, then the highlighted one; big before small.
    auto layer = [&](std::size_t i) { return hi ? (i == *hi ? 2 : (neighbour_[i] ? 1 : 0)) : 0; };
    std::vector<std::size_t> order(nodes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (layer(a) != layer(b)) return layer(a) < layer(b);
        return radius_[a] > radius_[b];
    });

    vtkNew<vtkPoints> points;
    vtkNew<vtkDoubleArray> radii;
    radii->SetName("radius");
    vtkNew<vtkUnsignedCharArray> colours;
    colours->SetName("colors");
    colours->SetNumberOfComponents(3);
    auto addDisc = [&](const NetworkNode& node, double z, double r, const QColor& c) {
        points->InsertNextPoint(node.x, node.y, z);
        radii->InsertNextValue(r);
        const unsigned char rgb[3] = {static_cast<unsigned char>(c.red()), static_cast<unsigned char>(c.green()),
                                      static_cast<unsigned char>(c.blue())};
        colours->InsertNextTypedTuple(rgb);
    };
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const std::size_t i = order[rank];
        const NetworkNode& node = nodes[i];
        const double z = double(rank) * kLayerStep;
        QColor fill = typeColor(node.type);
        QColor rim = fill.darker(160);
        if (hi && i == *hi) {
            const double r = radiusOf(i);
            addDisc(node, z, r * 1.45, kHalo);
            addDisc(node, z + 0.25 * kLayerStep, r * 1.16, kHighlightRim);
            addDisc(node, z + 0.5 * kLayerStep, r, fill);
            continue;
        }
        if (hi && !neighbour_[i]) {  // context stays visible but recedes
            fill = blend(fill, kBackground, 0.72);
            rim = blend(rim, kBackground, 0.72);
        }
        addDisc(node, z, radius_[i] * 1.14, rim);
        addDisc(node, z + 0.5 * kLayerStep, radius_[i], fill);
    }
    nodeSeeds_->SetPoints(points);
    nodeSeeds_->GetPointData()->AddArray(radii);
    nodeSeeds_->GetPointData()->AddArray(colours);
    nodeSeeds_->Modified();
    nodeActor_->SetVisibility(!nodes.empty());
}

void NetworkScene::rebuildEdges() {
    const auto& nodes = network_.nodes;
    const auto hi = indexOf(highlight_);
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> polys;
    vtkNew<vtkUnsignedCharArray> colours;
    colours->SetName("colors");
    // Opacity by weight is pre-blended against the background so that everything is opaque: VTK
    // 9.1's translucent pass (order-independent, without depth peeling) garbles colours on a
    // multisampled framebuffer, and opaque edges are cheaper at 50,000 exposures anyway.
    colours->SetNumberOfComponents(3);

    for (std::size_t k = 0; k < network_.edges.size(); ++k) {
        const NetworkEdge& e = network_.edges[k];
        if (e.lender >= nodes.size() || e.borrower >= nodes.size() || e.lender == e.borrower) continue;
        const bool incident = hi && (e.lender == *hi || e.borrower == *hi);
        if (!majorEdge_[k] && !incident) continue;
        const Vec2 p{nodes[e.lender].x, nodes[e.lender].y};
        const Vec2 q{nodes[e.borrower].x, nodes[e.borrower].y};
        const Vec2 d = q - p;
        const double len = std::hypot(d.x, d.y);
        const double rLender = radiusOf(e.lender), rBorrower = radiusOf(e.borrower);
        const double free = len - rLender - rBorrower;
        if (free <= 1e-9) continue;  // overlapping discs: nothing to draw between them
        const Vec2 u = d * (1.0 / len);
        const Vec2 left{-u.y, u.x};

        QColor c = kEdge;
        double alpha = 0.18 + 0.5 * edgeWeight_[k];
        double z = kEdgeZ;
        double w = edgeWidth_[k];
        if (hi) {
            const bool lends = e.lender == *hi, borrows = e.borrower == *hi;
            if (lends || borrows) {
                c = lends ? kLendsTo : kBorrowsFrom;
                alpha = 0.9;
                z = kIncidentEdgeZ;
                w *= 1.3;
            } else {
                alpha = 0.06;
            }
        }
        // Each direction keeps to its own side, so A->B and B->A stay distinguishable.
        const Vec2 shift = left * (-0.65 * w);
        const double arrow = std::min(std::max(3.0 * w, 0.5 * minRadius_), 0.45 * free);
        const double head = std::max(1.6 * w, 0.45 * arrow);
        const Vec2 start = p + u * rLender + shift;
        const Vec2 tip = q - u * rBorrower + shift;
        const Vec2 neck = tip - u * arrow;
        const Vec2 quad[4] = {start + left * (0.5 * w), start - left * (0.5 * w), neck - left * (0.5 * w),
                              neck + left * (0.5 * w)};
        const Vec2 tri[3] = {tip, neck - left * head, neck + left * head};

        // Heavier exposures are drawn above lighter ones.
        z += 0.005 * edgeWeight_[k];
        const QColor shown = blend(c, kBackground, 1.0 - alpha);
        const unsigned char rgb[3] = {static_cast<unsigned char>(shown.red()),
                                      static_cast<unsigned char>(shown.green()),
                                      static_cast<unsigned char>(shown.blue())};
        // Every edge owns its points, so colours can go on the points.
        vtkIdType ids[4];
        for (int i = 0; i < 4; ++i) {
            ids[i] = points->InsertNextPoint(quad[i].x, quad[i].y, z);
            colours->InsertNextTypedTuple(rgb);
        }
        polys->InsertNextCell(4, ids);
        for (int i = 0; i < 3; ++i) {
            ids[i] = points->InsertNextPoint(tri[i].x, tri[i].y, z);
            colours->InsertNextTypedTuple(rgb);
        }
        polys->InsertNextCell(3, ids);
    }
    edgeData_->SetPoints(points);
    edgeData_->SetPolys(polys);
    edgeData_->GetPointData()->SetScalars(colours);
    edgeData_->Modified();
    edgeActor_->SetVisibility(polys->GetNumberOfCells() > 0);
}

void NetworkScene::setWorldPerPixel(double worldPerPixel) {
    // Label overlap depends on zoom; re-place labels only when the zoom changed noticeably.
    if (worldPerPixel <= 0 || std::abs(worldPerPixel - worldPerPixel_) <= 0.1 * worldPerPixel_) return;
    worldPerPixel_ = worldPerPixel;
    rebuildLabels();
}

std::vector<std::size_t> NetworkScene::chooseLabels() const {
    // The highlighted node first, then the largest institutions, skipping any label that would
    // overlap one already placed (estimated from the text length at the current zoom).
    const auto& nodes = network_.nodes;
    const auto hi = indexOf(highlight_);
    std::vector<std::size_t> candidates;
    if (hi) candidates.push_back(*hi);
    for (const std::size_t i : bySize_) {
        if (candidates.size() >= kMaxLabelCandidates) break;
        if (!hi || i != *hi) candidates.push_back(i);
    }
    std::vector<std::size_t> chosen;
    std::vector<std::array<double, 4>> boxes;  // xmin, xmax, ymin, ymax in world units
    for (const std::size_t i : candidates) {
        if (chosen.size() >= kMaxPlainLabels + (hi ? 1 : 0)) break;
        const NetworkNode& node = nodes[i];
        if (node.code.empty() || !isAscii(node.code)) continue;
        const double px = labelFontSize(hi && i == *hi) * worldPerPixel_;
        const double offset = labelOffset(i);
        const std::array<double, 4> box{node.x + offset, node.x + offset + 0.62 * px * double(node.code.size()),
                                        node.y + offset, node.y + offset + 1.3 * px};
        const bool overlaps = std::any_of(boxes.begin(), boxes.end(), [&](const auto& b) {
            return box[0] < b[1] && b[0] < box[1] && box[2] < b[3] && b[2] < box[3];
        });
        if (overlaps) continue;
        boxes.push_back(box);
        chosen.push_back(i);
    }
    return chosen;
}

double NetworkScene::labelFontSize(bool selected) const { return (selected ? 15 : 11) * pixelRatio_; }

double NetworkScene::labelOffset(std::size_t node) const {
    const bool selected = network_.nodes[node].institution == highlight_ && highlight_.valid();
    return radiusOf(node) * (selected ? 1.3 : 0.8);
}

void NetworkScene::rebuildLabels() {
    for (const auto& label : labels_) renderer_->RemoveActor2D(label);
    labels_.clear();
    if (network_.nodes.empty()) return;
    // VTK's FreeType has no CJK font here, so only ASCII codes are drawn (names live in the Qt
    // legend and tooltips).
    const auto hi = indexOf(highlight_);
    const auto& nodes = network_.nodes;
    const std::vector<std::size_t> labelled = chooseLabels();
    for (const std::size_t i : labelled) {
        const NetworkNode& node = nodes[i];
        const bool selected = hi && i == *hi;
        auto label = vtkSmartPointer<vtkTextActor>::New();
        label->SetInput(node.code.c_str());
        label->GetPositionCoordinate()->SetCoordinateSystemToWorld();
        const double offset = labelOffset(i);
        label->GetPositionCoordinate()->SetValue(node.x + offset, node.y + offset, 0.5);
        vtkTextProperty* text = label->GetTextProperty();
        text->SetFontFamilyToArial();
        text->SetFontSize(int(std::lround(labelFontSize(selected))));
        text->SetBold(selected);
        if (selected) {
            text->SetColor(0.08, 0.09, 0.10);
            text->SetBackgroundColor(1.0, 1.0, 1.0);
            text->SetBackgroundOpacity(0.9);
            text->SetFrame(true);
            text->SetFrameColor(kHalo.redF(), kHalo.greenF(), kHalo.blueF());
            text->SetFrameWidth(int(std::lround(2 * pixelRatio_)));
        } else {
            const double grey = hi && !neighbour_[i] ? 0.6 : 0.22;
            text->SetColor(grey, grey + 0.02, grey + 0.04);
        }
        renderer_->AddActor2D(label);
        labels_.push_back(label);
    }
}

}  // namespace eagle
