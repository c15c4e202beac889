// NetworkView's camera: the orbit around the stack (turn, slide, zoom, fit), projection of world
// points to the widget, and picking the institution under the pointer.
#include <vtk_glew.h>  // before any Qt OpenGL header

#include "NetworkViewInternals.h"

#include <vtkCamera.h>
#include <vtkMatrix4x4.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include <algorithm>
#include <cmath>

namespace eagle {

using namespace networkview;

void NetworkView::resetCamera() {
    const auto b = d_->scene.bounds();
    d_->focal[0] = 0.5 * (b[0] + b[1]);
    d_->focal[1] = 0.5 * (b[2] + b[3]);
    d_->focal[2] = 0.5 * (b[4] + b[5]);
    d_->azimuth = kDefaultAzimuth;
    d_->elevation = kDefaultElevation;
    // Far enough that the sphere around the stack fits the narrower of the two view angles.
    const double radius = 0.5 * std::hypot(b[1] - b[0], b[3] - b[2], b[5] - b[4]);
    const double aspect = height() > 0 ? double(width()) / height() : 1.0;
    const double half = radians(kViewAngle / 2);
    const double narrow = aspect < 1 ? std::atan(std::tan(half) * aspect) : half;
    const double sphereDistance = radius / std::sin(narrow);
    d_->fitted = true;
    if (width() <= 0 || height() <= 0) {
        d_->distance = sphereDistance;
        return applyCamera();
    }
    // The legend covers the top left: frame the stack beside it or below it, whichever shows the
    // stack larger (the projection's centre moves to the middle of that part of the view).
    const QRectF whole(0, 0, width(), height());
    std::vector<QRectF> areas;
    if (!d_->legendReserve.isEmpty()) {
        const QRectF legend = QRectF(d_->legendReserve).adjusted(0, 0, kLegendGap, kLegendGap);
        for (const QRectF& area : {whole.adjusted(legend.right(), 0, 0, 0), whole.adjusted(0, legend.bottom(), 0, 0)})
            if (area.width() >= kMinFramedArea && area.height() >= kMinFramedArea) areas.push_back(area);
    }
    if (areas.empty()) areas.push_back(whole);
    const QRectF* best = nullptr;
    double bestDistance = 0;
    for (const QRectF& area : areas) {
        d_->distance = sphereDistance;
        fitInto(area);
        if (!best || d_->distance < bestDistance) best = &area, bestDistance = d_->distance;
    }
    if (best != &areas.back()) {
        d_->distance = sphereDistance;
        fitInto(*best);
    }
}

// Centres the projection on area (widget pixels) and moves in or out until the corners of the
// planes fill 90% of it (the projected size goes roughly as 1 / distance).
void NetworkView::fitInto(const QRectF& area) {
    vtkCamera* camera = d_->scene.renderer()->GetActiveCamera();
    // VTK moves the frustum by the window centre, so the focal point lands on the opposite side.
    camera->SetWindowCenter(1 - area.center().x() / width() * 2, area.center().y() / height() * 2 - 1);
    applyCamera();
    const auto b = d_->scene.bounds();
    for (int step = 0; step < 6; ++step) {
        double extent = 0;
        const auto project = projection();
        for (int corner = 0; corner < 8; ++corner) {
            const auto p = project(b[corner & 1], b[2 + ((corner >> 1) & 1)], b[4 + ((corner >> 2) & 1)]);
            if (!p) return;
            extent = std::max({extent, std::abs(p->x() - area.center().x()) / (area.width() / 2),
                               std::abs(p->y() - area.center().y()) / (area.height() / 2)});
        }
        if (extent <= 0 || std::abs(extent - 0.9) < 0.01) break;
        d_->distance *= extent / 0.9;
        applyCamera();
    }
}

QPoint NetworkView::nodeScreenPosition(InstitutionId id, std::optional<NetworkLayer> layer) const {
    const auto index = d_->scene.indexOf(id);
    if (!index) return {-1, -1};
    const NetworkScene::DrawnNode* best = nullptr;
    for (const auto& node : d_->scene.drawnNodes())
        if (node.institution == *index && (layer ? node.layer == *layer : (!best || node.z > best->z))) best = &node;
    if (!best) return {-1, -1};
    const auto p = worldToWidget(best->x, best->y, best->z);
    return p ? p->toPoint() : QPoint(-1, -1);
}

InstitutionId NetworkView::institutionAt(QPoint pos) const {
    const auto node = drawnNodeAt(pos);
    if (!node || !d_->data) return {};
    return d_->data->network.institutions[d_->scene.drawnNodes()[*node].institution].id;
}

void NetworkView::applyCamera() {
    vtkCamera* camera = d_->scene.renderer()->GetActiveCamera();
    const double az = radians(d_->azimuth), el = radians(d_->elevation);
    camera->ParallelProjectionOff();
    camera->SetViewAngle(kViewAngle);
    camera->SetFocalPoint(d_->focal);
    camera->SetPosition(d_->focal[0] + d_->distance * std::cos(el) * std::cos(az),
                        d_->focal[1] + d_->distance * std::cos(el) * std::sin(az),
                        d_->focal[2] + d_->distance * std::sin(el));
    camera->SetViewUp(0, 0, 1);  // the planes stay horizontal
    // Near and far around the sphere that holds the stack (the two renderers share the camera).
    const auto b = d_->scene.bounds();
    const double radius = 0.5 * std::hypot(b[1] - b[0], b[3] - b[2], b[5] - b[4]) + 0.1;
    double eye[3];
    camera->GetPosition(eye);
    const double toCentre =
        std::hypot(eye[0] - 0.5 * (b[0] + b[1]), eye[1] - 0.5 * (b[2] + b[3]), eye[2] - 0.5 * (b[4] + b[5]));
    camera->SetClippingRange(std::max(0.02, toCentre - 1.2 * radius), toCentre + 1.2 * radius);
    requestFrame();
}

void NetworkView::orbit(QPointF deltaPixels) {
    // Half a turn across the width of the view.
    d_->fitted = false;
    d_->azimuth -= deltaPixels.x() * 180.0 / std::max(width(), 1);
    d_->elevation =
        std::clamp(d_->elevation + deltaPixels.y() * 180.0 / std::max(height(), 1), kMinElevation, kMaxElevation);
    moving();
    applyCamera();
}

void NetworkView::pan(QPointF deltaPixels) {
    vtkCamera* camera = d_->scene.renderer()->GetActiveCamera();
    double up[3], normal[3], right[3];
    camera->GetViewUp(up);
    camera->GetViewPlaneNormal(normal);
    // right = up x normal, true up = normal x right
    right[0] = up[1] * normal[2] - up[2] * normal[1];
    right[1] = up[2] * normal[0] - up[0] * normal[2];
    right[2] = up[0] * normal[1] - up[1] * normal[0];
    const double rn = std::hypot(right[0], right[1], right[2]);
    if (rn == 0) return;
    d_->fitted = false;
    double trueUp[3] = {normal[1] * right[2] - normal[2] * right[1], normal[2] * right[0] - normal[0] * right[2],
                        normal[0] * right[1] - normal[1] * right[0]};
    const double worldPerPixel = 2 * d_->distance * std::tan(radians(kViewAngle / 2)) / std::max(height(), 1);
    for (int k = 0; k < 3; ++k)
        d_->focal[k] += (-deltaPixels.x() * right[k] / rn + deltaPixels.y() * trueUp[k] / rn) * worldPerPixel;
    moving();
    applyCamera();
}

void NetworkView::zoom(double factor) {
    d_->fitted = false;
    d_->distance = std::clamp(d_->distance / factor, 0.2, 200.0);
    moving();
    applyCamera();
}

void NetworkView::moving() {
    // Software GL cannot draw tens of thousands of lines and discs at the pace of a drag; the
    // sketch can, and the whole picture returns as soon as the motion rests.
    d_->scene.setSketch(true);
    d_->still->start();
}

bool NetworkView::isSketched() const { return d_->scene.sketchShown(); }

std::optional<QPointF> NetworkView::worldToWidget(double x, double y, double z) const {
    return projection()(x, y, z);
}

// The camera's matrix is computed once: building it is most of the cost of projecting one point,
// and hovering a large network projects every drawn node.
std::function<std::optional<QPointF>(double, double, double)> NetworkView::projection() const {
    const double aspect = height() > 0 ? double(width()) / height() : 1.0;
    auto m = vtkSmartPointer<vtkMatrix4x4>::New();
    m->DeepCopy(d_->scene.renderer()->GetActiveCamera()->GetCompositeProjectionTransformMatrix(aspect, -1, 1));
    return [m, w = width(), h = height()](double x, double y, double z) -> std::optional<QPointF> {
        const double in[4] = {x, y, z, 1};
        double out[4];
        m->MultiplyPoint(in, out);
        if (out[3] <= 0) return std::nullopt;
        const double nx = out[0] / out[3], ny = out[1] / out[3];
        return QPointF((nx + 1) / 2 * w, (1 - ny) / 2 * h);
    };
}

std::optional<std::size_t> NetworkView::drawnNodeAt(QPointF pos) const {
    const auto& drawn = d_->scene.drawnNodes();
    if (drawn.empty()) return std::nullopt;
    // VTK's cell picker on the discs as rendered: exact, the front-most disc wins.
    const double ratio = devicePixelRatioF();
    const int* size = d_->window->GetSize();
    if (d_->glReady && size[0] == int(std::lround(width() * ratio)) && size[1] == int(std::lround(height() * ratio)))
        if (const auto hit = d_->scene.pick(pos.x() * ratio, (height() - pos.y()) * ratio)) return hit;
    // Small discs are hard to hit exactly: the nearest one within a few pixels.
    std::optional<std::size_t> best;
    double bestScore = 0;
    const auto project = projection();
    for (std::size_t k = 0; k < drawn.size(); ++k) {
        const auto& node = drawn[k];
        const auto centre = project(node.x, node.y, node.z);
        const auto rim = project(node.x + node.radius, node.y, node.z);
        if (!centre || !rim) continue;
        const double radius = std::hypot(rim->x() - centre->x(), rim->y() - centre->y());
        const double distance = std::hypot(centre->x() - pos.x(), centre->y() - pos.y());
        if (distance > std::max(radius + kPickSlop, kMinPickRadius)) continue;
        const double score = distance - radius;
        if (!best || score < bestScore) best = k, bestScore = score;
    }
    return best;
}

}  // namespace eagle
