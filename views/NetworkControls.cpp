#include "NetworkControls.h"

#include "FeatureNames.h"
#include "FlowLayout.h"
#include "InstitutionTypeNames.h"
#include "LiveTexts.h"
#include "NetworkView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace eagle {
QString layerDisplayName(NetworkLayer layer) {
    switch (layer) {
        case NetworkLayer::Repo:
            return NetworkControls::tr("Repo");
        case NetworkLayer::Interbank:
            return NetworkControls::tr("Interbank");
        case NetworkLayer::Bond:
            return NetworkControls::tr("Bonds");
        case NetworkLayer::FxSwap:
            return NetworkControls::tr("FX swaps");
        case NetworkLayer::Ownership:
            return NetworkControls::tr("Ownership");
    }
    return {};
}

namespace {

// The measure as the profile page names it, for its explanation (views/FeatureNames).
std::string_view measureFeature(NodeMeasure measure) {
    switch (measure) {
        case NodeMeasure::TotalAssets: return "total_assets";
        case NodeMeasure::Degree: return "network_degree";
        case NodeMeasure::PageRank: return "network_pagerank";
        case NodeMeasure::Betweenness: return "network_betweenness";
        case NodeMeasure::DebtRank: return "network_debtrank";
    }
    return {};
}

QString measureLabel(NodeMeasure measure) {
    switch (measure) {
        case NodeMeasure::TotalAssets:
            return NetworkControls::tr("Total assets");
        case NodeMeasure::Degree:
            return NetworkControls::tr("Degree");
        case NodeMeasure::PageRank:
            return NetworkControls::tr("PageRank");
        case NodeMeasure::Betweenness:
            return NetworkControls::tr("Betweenness");
        case NodeMeasure::DebtRank:
            return NetworkControls::tr("DebtRank of its failure");
    }
    return {};
}

}  // namespace

NetworkControls::NetworkControls(NetworkView& view, QWidget* parent)
    : QWidget(parent),
      view_(view),
      minExposure_(new QDoubleSpinBox(this)),
      community_(new QComboBox(this)),
      type_(new QComboBox(this)),
      size_(new QComboBox(this)),
      colour_(new QComboBox(this)) {
    // The bar wraps between groups when the window is narrow, each label staying with what it
    // names: one long row would set the window's minimum width.
    auto* flow = new FlowLayout(this, 14);
    flow->setContentsMargins(6, 3, 6, 3);
    const auto group = [this, flow] {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        flow->addWidget(box);
        return row;
    };
    QHBoxLayout* row = group();
    auto* layersLabel = new QLabel(this);
    row->addWidget(layersLabel);
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l) {
        layers_[l] = new QCheckBox(this);
        layers_[l]->setObjectName(
            QStringLiteral("layer_%1")
                .arg(QString::fromUtf8(nameOf(kNetworkLayers[l]).data(), qsizetype(nameOf(kNetworkLayers[l]).size()))));
        layers_[l]->setChecked(true);
        row->addWidget(layers_[l]);
        connect(layers_[l], &QCheckBox::toggled, this, &NetworkControls::applyFilter);
    }
    row = group();
    auto* exposuresLabel = new QLabel(this);
    row->addWidget(exposuresLabel);
    minExposure_->setRange(0, 1e6);
    minExposure_->setDecimals(1);
    minExposure_->setSingleStep(0.5);
    row->addWidget(minExposure_);
    connect(minExposure_, &QDoubleSpinBox::valueChanged, this, &NetworkControls::applyFilter);
    row->addWidget(community_);
    connect(community_, &QComboBox::currentIndexChanged, this, &NetworkControls::applyFilter);
    type_->addItem(QString(), -1);
    for (const InstitutionType type : allInstitutionTypes()) type_->addItem(QString(), int(type));
    row->addWidget(type_);
    connect(type_, &QComboBox::currentIndexChanged, this, &NetworkControls::applyFilter);
    row = group();
    auto* sizeLabel = new QLabel(this);
    row->addWidget(sizeLabel);
    for (const NodeMeasure m : kNodeMeasures) size_->addItem(QString(), int(m));
    row->addWidget(size_);
    connect(size_, &QComboBox::currentIndexChanged, this,
            [this] { view_.setSizeMeasure(NodeMeasure(size_->currentData().toInt())); });
    auto* colourLabel = new QLabel(this);
    row->addWidget(colourLabel);
    for (const NodeColouring c : {NodeColouring::Type, NodeColouring::Community, NodeColouring::Measure})
        colour_->addItem(QString(), int(c));
    row->addWidget(colour_);
    connect(colour_, &QComboBox::currentIndexChanged, this,
            [this] { view_.setColouring(NodeColouring(colour_->currentData().toInt())); });
    auto* exportButton = new QPushButton(this);
    exportButton->setObjectName(QStringLiteral("networkExport"));
    flow->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, &NetworkControls::exportRequested);
    (new LiveTexts(this))->add(this, [=, this] {
        exportButton->setText(tr("Export…"));
        exportButton->setToolTip(tr("Export the network as PNG, SVG or PDF at a chosen size and resolution, or the "
                                    "exposures shown as CSV"));
        layersLabel->setText(tr("Layers:"));
        for (std::size_t l = 0; l < kNetworkLayerCount; ++l) layers_[l]->setText(layerDisplayName(kNetworkLayers[l]));
        exposuresLabel->setText(tr("Exposures from"));
        minExposure_->setSuffix(tr(" bn CNY"));
        minExposure_->setToolTip(tr("Hide exposures smaller than this (ownership links are always shown)"));
        community_->setToolTip(tr("Only the institutions of one community of the whole exposure network"));
        type_->setItemText(0, tr("Every type"));
        for (int i = 1; i < type_->count(); ++i)
            type_->setItemText(i, displayName(static_cast<InstitutionType>(type_->itemData(i).toInt())));
        sizeLabel->setText(tr("Size:"));
        for (int i = 0; i < size_->count(); ++i) {
            const auto measure = NodeMeasure(size_->itemData(i).toInt());
            size_->setItemText(i, measureLabel(measure));
            size_->setItemData(i, featureToolTip(measureFeature(measure)), Qt::ToolTipRole);
        }
        colourLabel->setText(tr("Colour:"));
        colour_->setItemText(0, tr("Institution type"));
        colour_->setItemText(1, tr("Community"));
        colour_->setItemText(2, tr("Size measure"));
        refreshCommunities();
    });
}

void NetworkControls::refreshCommunities() {
    const int chosen = community_->currentData().isValid() ? community_->currentData().toInt() : -1;
    std::vector<int> sizes;
    if (const NetworkViewData* data = view_.network())
        for (const auto& f : data->features) {
            if (f.aggregate.community >= int(sizes.size())) sizes.resize(std::size_t(f.aggregate.community) + 1, 0);
            if (f.aggregate.community >= 0) ++sizes[std::size_t(f.aggregate.community)];
        }
    const QSignalBlocker block(community_);
    community_->clear();
    community_->addItem(tr("Every community"), -1);
    for (std::size_t c = 0; c < sizes.size(); ++c)
        if (sizes[c] > 1) community_->addItem(tr("Community %1 (%2)").arg(c + 1).arg(sizes[c]), int(c));
    const int index = community_->findData(chosen);
    community_->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && chosen >= 0) applyFilter();  // that community is gone on this day
}

void NetworkControls::applyFilter() {
    NetworkFilter filter;
    for (std::size_t l = 0; l < kNetworkLayerCount; ++l) filter.layers[l] = layers_[l]->isChecked();
    filter.minExposure = minExposure_->value() * 1e9;
    filter.community = community_->currentData().isValid() ? community_->currentData().toInt() : -1;
    const int type = type_->currentData().toInt();
    if (type >= 0) filter.type = InstitutionType(type);
    view_.setFilter(filter);
}

}  // namespace eagle
