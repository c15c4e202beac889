#pragma once
// A strategy cluster's name as the user reads it. The learning model names clusters in English
// phrases joined by ", " ("liquidity provider, overnight-funded"; models/learning/ClusterNaming),
// which is what the workspace stores; each phrase is translated here in context "ClusterNames".

#include <QString>

#include <string_view>

namespace eagle {

QString clusterDisplayName(std::string_view stored);

}  // namespace eagle
