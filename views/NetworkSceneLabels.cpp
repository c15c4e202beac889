// The scene's text: each plane's name at its corner and the highlighted institution's code above
// its highest disc, drawn by VTK (in Chinese where a CJK font is installed).
#include "NetworkScene.h"

#include "NetworkControls.h"

#include <QFileInfo>

#include <vtkCoordinate.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

#include <cmath>

namespace eagle {
namespace {

// VTK ships fonts without Chinese glyphs: its FreeType is pointed at a CJK font file from the
// system where there is one (fonts-wqy-microhei is installed with EagleEye), and the scene's
// labels then read in the user's language; without one they fall back to English.
const std::string& cjkFontFile() {
    static const std::string file = [] {
        for (const char* path : {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                 "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"})
            if (QFileInfo::exists(QString::fromLatin1(path))) return std::string(path);
        return std::string();
    }();
    return file;
}

std::string planeName(NetworkLayer layer) {
    if (!cjkFontFile().empty()) return layerDisplayName(layer).toStdString();
    switch (layer) {
        case NetworkLayer::Repo:
            return "Repo";
        case NetworkLayer::Interbank:
            return "Interbank lending";
        case NetworkLayer::Bond:
            return "Bonds (holder > issuer)";
        case NetworkLayer::FxSwap:
            return "FX swaps";
        case NetworkLayer::Ownership:
            return "Ownership";
    }
    return {};
}

}  // namespace

std::vector<std::string> NetworkScene::labelTexts() const {
    std::vector<std::string> texts;
    for (const auto& label : labels_) texts.emplace_back(label->GetInput());
    return texts;
}

void NetworkScene::rebuildLabels() {
    for (const auto& label : labels_) renderer_->RemoveActor2D(label);
    labels_.clear();
    auto addLabel = [&](const std::string& text, double x, double y, double z, const QColor& colour, bool bold) {
        auto label = vtkSmartPointer<vtkTextActor>::New();
        label->SetInput(text.c_str());
        label->GetPositionCoordinate()->SetCoordinateSystemToWorld();
        label->GetPositionCoordinate()->SetValue(x, y, z);
        vtkTextProperty* p = label->GetTextProperty();
        if (cjkFontFile().empty()) {
            p->SetFontFamilyToArial();
        } else {
            p->SetFontFamily(VTK_FONT_FILE);
            p->SetFontFile(cjkFontFile().c_str());
        }
        p->SetFontSize(int(std::lround((bold ? 14 : 13) * pixelRatio_)));
        p->SetBold(bold);
        p->SetColor(colour.redF(), colour.greenF(), colour.blueF());
        if (bold) {
            p->SetBackgroundColor(1, 1, 1);
            p->SetBackgroundOpacity(0.9);
            p->SetFrame(true);
            p->SetFrameColor(haloColour().redF(), haloColour().greenF(), haloColour().blueF());
        }
        label->PickableOff();
        renderer_->AddActor2D(label);
        labels_.push_back(label);
    };
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l)
        if (planeZ_[l]) {
            addLabel(planeName(kNetworkLayers[l]), -kPlaneHalf, -kPlaneHalf, *planeZ_[l],
                     layerColour(kNetworkLayers[l]).darker(130), false);
        }
    if (const auto h = indexOf(highlight_)) {
        const DrawnNode* top = nullptr;
        for (const DrawnNode& d : drawn_)
            if (d.institution == *h && (!top || d.z > top->z)) top = &d;
        if (top)
            addLabel(data_->network.institutions[*h].code, top->x + top->radius, top->y + top->radius, top->z,
                     QColor(0x14, 0x17, 0x1A), true);
    }
}

}  // namespace eagle
