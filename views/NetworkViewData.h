#pragma once
// What the network view draws on one day: the multilayer network of models/network, where each
// institution sits (one position shared by every layer), its measures and its name. Plain data,
// built off the GUI thread by app/ and shared read-only with the view.

#include "MultilayerNetwork.h"
#include "NetworkFeatures.h"
#include "NetworkLayout.h"

#include <QStringList>

#include <vector>

namespace eagle {

struct NetworkViewData {
    MultilayerNetwork network;
    NetworkLayout layout;                              // aligned with network.institutions
    std::vector<InstitutionNetworkFeatures> features;  // aligned with network.institutions; may be empty
    QStringList names;                                 // "CODE name" per institution, for tooltips
};

}  // namespace eagle
