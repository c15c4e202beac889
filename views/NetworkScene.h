#pragma once
// The VTK scene of the exposure network (nodes, edges, labels); private to NetworkView, so it may
// use VTK types. Built and changed on the GUI thread only.

#include "ExposureNetwork.h"

#include <QColor>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

class vtkActor;
class vtkPolyData;
class vtkRegularPolygonSource;
class vtkRenderer;
class vtkTextActor;

namespace eagle {

class NetworkScene {
public:
    NetworkScene();
    ~NetworkScene();
    NetworkScene(const NetworkScene&) = delete;
    NetworkScene& operator=(const NetworkScene&) = delete;

    vtkRenderer* renderer() const;

    // Colours of the edge classes, for the legend that explains them.
    static QColor edgeColour();
    static QColor lendsToColour();
    static QColor borrowsFromColour();

    void setNetwork(ExposureNetwork network);
    // Emphasises one institution, its incident edges and counterparties; invalid id = none.
    void setHighlight(InstitutionId id);
    // Text is sized in device pixels, so it follows the screen's pixel ratio.
    void setPixelRatio(double ratio);
    // World units per device pixel at the current zoom, so that labels can avoid each other.
    void setWorldPerPixel(double worldPerPixel);

    const ExposureNetwork& network() const { return network_; }
    InstitutionId highlight() const { return highlight_; }
    std::optional<std::size_t> indexOf(InstitutionId id) const;
    // Drawn radius of a node in world units (the highlighted node is drawn larger).
    double radiusOf(std::size_t node) const;
    // xmin, xmax, ymin, ymax of the nodes including their radii; a unit box when empty.
    std::array<double, 4> bounds() const;
    // Exposures drawn without a highlight: all of them, or the largest in a very dense network.
    std::size_t majorEdgeCount() const { return majorEdges_; }

private:
    void computeSizes();
    void rebuildNodes();
    void rebuildEdges();
    void rebuildLabels();
    std::vector<std::size_t> chooseLabels() const;
    double labelFontSize(bool selected) const;   // device pixels
    double labelOffset(std::size_t node) const;  // world units from the node centre

    ExposureNetwork network_;
    std::unordered_map<std::int64_t, std::size_t> indexOf_;
    std::vector<double> radius_;      // per node, world units
    std::vector<double> edgeWidth_;   // per edge, world units
    std::vector<double> edgeWeight_;  // per edge, 0..1 on a log scale of notional
    std::vector<bool> neighbour_;     // per node: a counterparty of the highlighted node
    std::vector<bool> majorEdge_;     // per edge: among the largest, drawn even without a highlight
    std::size_t majorEdges_ = 0;
    InstitutionId highlight_;
    double minRadius_ = 0.01;
    double pixelRatio_ = 1.0;
    double worldPerPixel_ = 0;         // 0 until the view reports its zoom: no overlap test
    std::vector<std::size_t> bySize_;  // node indices by total assets, largest first

    vtkNew<vtkRenderer> renderer_;
    vtkNew<vtkRegularPolygonSource> disc_;
    vtkNew<vtkPolyData> nodeSeeds_;  // one point per disc (rim and fill), glyphed into discs
    vtkNew<vtkActor> nodeActor_;
    vtkNew<vtkPolyData> edgeData_;
    vtkNew<vtkActor> edgeActor_;
    std::vector<vtkSmartPointer<vtkTextActor>> labels_;
};

}  // namespace eagle
