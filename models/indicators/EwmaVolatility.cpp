#include "EwmaVolatility.h"

#include <cmath>

namespace eagle {

RiskEstimate EwmaVolatility::risk(double confidence, int horizonDays) const {
    if (observations_ == 0) return {};
    return normalRisk(0, std::sqrt(variance_), confidence, horizonDays);
}

}  // namespace eagle
