#pragma once
// The VTK scene of the multilayer network: one plane per shown layer, stacked, the same
// institution at the same place on each plane and joined across them by an inter-layer line.
// Private to NetworkView, so it may use VTK types. Built and changed on the GUI thread only.

#include "NetworkDisplay.h"
#include "NetworkViewData.h"

#include <QColor>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class vtkActor;
class vtkCellArray;
class vtkCellPicker;
class vtkPoints;
class vtkPolyData;
class vtkSphereSource;
class vtkRenderer;
class vtkTextActor;
class vtkUnsignedCharArray;

namespace eagle {

class NetworkScene {
public:
    NetworkScene();
    ~NetworkScene();
    NetworkScene(const NetworkScene&) = delete;
    NetworkScene& operator=(const NetworkScene&) = delete;

    // Two layers of one window: the planes behind (background), the network in front of them,
    // so that a translucent plane never veils a node. They share one camera.
    vtkRenderer* backdrop() const;
    vtkRenderer* renderer() const;

    static QColor layerColour(NetworkLayer layer);
    static QColor lendsToColour();
    static QColor borrowsFromColour();
    // Stress colours: distress 0 .. 1 of equity lost, and a default.
    static QColor distressColour(double distress);
    static QColor defaultColour();
    // The ring around the highlighted institution and the frame of its label.
    static QColor haloColour();
    // Sequential colour of a measure, t in [0, 1].
    static QColor measureColour(double t);
    static QColor communityColour(int community);

    // The data and the institution highlighted in it (none when absent): one rebuild.
    void setData(std::shared_ptr<const NetworkViewData> data, InstitutionId highlight = {});
    const NetworkViewData* data() const { return data_.get(); }
    void setFilter(const NetworkFilter& filter);
    const NetworkFilter& filter() const { return filter_; }
    void setSizeMeasure(NodeMeasure measure);
    NodeMeasure sizeMeasure() const { return sizeMeasure_; }
    void setColouring(NodeColouring colouring);
    NodeColouring colouring() const { return colouring_; }
    // Emphasises one institution, its exposures and counterparties; invalid id = none.
    void setHighlight(InstitutionId id);
    InstitutionId highlight() const { return highlight_; }
    // Stress: each institution's distress (share of equity lost) and whether it defaulted;
    // empty = no stress test shown, nodes coloured as chosen.
    void setDistress(std::vector<double> distress, std::vector<char> defaulted);
    const std::vector<double>& distress() const { return distress_; }
    void setPixelRatio(double ratio);
    // While the user turns, slides or zooms a large network (beyond kSketchEdges drawn exposures or
    // kSketchNodes discs), the scene draws its sketch: the largest exposures and institutions of
    // each layer only, so that frames keep up on software GL; off, the whole picture again. What
    // is picked, counted and exported is always the whole picture.
    void setSketch(bool sketch);
    // Whether the shown network is large enough to have a sketch, and whether it is drawn now.
    bool hasSketch() const { return sketchable_; }
    bool sketchShown() const { return sketch_ && sketchable_; }
    // Exposures and discs the sketch draws, over every layer.
    std::size_t sketchEdgeCount() const;
    std::size_t sketchNodeCount() const;

    // A measure of institution i (raw value, e.g. PageRank); NaN where not computed.
    double measureOf(std::size_t i, NodeMeasure measure) const;
    std::optional<std::size_t> indexOf(InstitutionId id) const;

    // What is drawn, read back from the VTK data of each layer's actors.
    LayerCounts counts(NetworkLayer layer) const;
    std::size_t interlayerLinkCount() const;
    // Exposures passing the filters; more than are drawn in a very dense network.
    std::size_t shownEdgeCount() const { return shownEdgeCount_; }
    bool isShown(NetworkLayer layer) const { return planeZ_[eagle::indexOf(layer)].has_value(); }
    // Every drawn node: institution index, layer, centre (world), radius.
    struct DrawnNode {
        std::uint32_t institution = 0;
        NetworkLayer layer = NetworkLayer::Repo;
        double x = 0, y = 0, z = 0, radius = 0;
    };
    const std::vector<DrawnNode>& drawnNodes() const { return drawn_; }
    // The drawn node a VTK cell picker hit at display position (x, y) in device pixels, bottom-up.
    std::optional<std::size_t> pick(double x, double y) const;
    // The texts written in the scene: each shown plane's name, then the highlighted institution's code.
    std::vector<std::string> labelTexts() const;
    // xmin, xmax, ymin, ymax, zmin, zmax of the planes.
    std::array<double, 6> bounds() const;
    // Writes the planes' names again, in the current language.
    void rebuildLabels();

private:
    static constexpr double kPlaneHalf = 1.12;  // half the side of a plane (the layout spans [-1, 1])
    struct Layer;
    struct Shown {
        std::array<std::vector<std::size_t>, kNetworkLayerCount> edges;  // per layer, into the network's edges
        std::array<std::vector<char>, kNetworkLayerCount> present;       // per layer, per institution
        std::vector<bool> neighbour;  // a counterparty of the highlighted institution
        std::size_t total = 0;        // exposures shown before any is left out for kMaxDrawnEdges
    };
    Shown shownExposures(std::optional<std::size_t> highlighted) const;
    void rebuild();
    void joinLayers(const std::vector<double>& radius, std::optional<std::size_t> highlighted, vtkPoints* focusPoints,
                    vtkCellArray* focusLines, vtkUnsignedCharArray* focusColours);
    void applyVisibility();
    std::vector<bool> passingInstitutions() const;
    std::vector<double> radii() const;
    std::vector<QColor> colours() const;

    std::shared_ptr<const NetworkViewData> data_;
    NetworkFilter filter_;
    NodeMeasure sizeMeasure_ = NodeMeasure::TotalAssets;
    NodeColouring colouring_ = NodeColouring::Type;
    InstitutionId highlight_;
    std::vector<double> distress_;
    std::vector<char> defaulted_;
    double pixelRatio_ = 1.0;
    std::size_t shownEdgeCount_ = 0;
    bool sketch_ = false;      // asked for: the view is moving
    bool sketchable_ = false;  // the network is large enough to need one
    std::vector<std::optional<double>> planeZ_;  // per layer; none when hidden
    std::vector<DrawnNode> drawn_;
    std::vector<std::size_t> drawnOffset_;  // per layer: index of its first node in drawn_

    vtkNew<vtkRenderer> backdrop_;
    vtkNew<vtkRenderer> renderer_;
    vtkNew<vtkSphereSource> disc_;
    std::vector<std::unique_ptr<Layer>> layers_;
    vtkNew<vtkPolyData> interlayerData_;
    vtkNew<vtkActor> interlayerActor_;
    vtkNew<vtkPolyData> focusEdgeData_;  // the highlighted institution's exposures, drawn bold
    vtkNew<vtkActor> focusEdgeActor_;
    vtkNew<vtkPolyData> haloSeeds_;
    vtkNew<vtkActor> haloActor_;
    vtkNew<vtkCellPicker> picker_;
    std::vector<vtkSmartPointer<vtkTextActor>> labels_;
};

}  // namespace eagle
