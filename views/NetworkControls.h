#pragma once
// The bar above the network view: which layers are shown, the filters (smallest exposure,
// community, institution type) and what node size and colour stand for. It edits the view's
// settings directly; the view owns them.

#include "NetworkLayer.h"

#include <QString>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace eagle {

class NetworkView;

// The layer's name for people, in the user's language.
QString layerDisplayName(NetworkLayer layer);

class NetworkControls : public QWidget {
    Q_OBJECT
public:
    explicit NetworkControls(NetworkView& view, QWidget* parent = nullptr);

    // The community choices follow the network shown (their number changes from day to day).
    void refreshCommunities();

    QCheckBox* layerBox(int layer) const { return layers_[std::size_t(layer)]; }
    QDoubleSpinBox* minExposureBox() const { return minExposure_; }
    QComboBox* communityBox() const { return community_; }
    QComboBox* typeBox() const { return type_; }
    QComboBox* sizeBox() const { return size_; }
    QComboBox* colourBox() const { return colour_; }

signals:
    // Export… was pressed: the app opens its export dialog on the network view.
    void exportRequested();

private:
    void applyFilter();

    NetworkView& view_;
    std::array<QCheckBox*, 5> layers_{};
    QDoubleSpinBox* minExposure_;
    QComboBox* community_;
    QComboBox* type_;
    QComboBox* size_;
    QComboBox* colour_;
};

}  // namespace eagle
