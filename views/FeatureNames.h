#pragma once
// What people call each stored feature, translated, and how its values are best shown.

#include <QString>

#include <string_view>

namespace eagle {

// e.g. "net_borrowing" -> "Net money-market borrowing" (zh_CN: 货币市场净融入); unknown names as they are.
QString featureDisplayName(std::string_view featureName);
// Unit for axis titles, e.g. "CNY bn"; values in CNY are shown in billions.
QString featureDisplayUnit(std::string_view featureName);
// Factor from stored values to displayed values (1e-9 for CNY amounts shown in billions).
double featureDisplayScale(std::string_view featureName);
// What the feature measures and why a supervisor cares, translated: the models' dictionary for the
// profile features (models/ProfileFeatures.h) and the risk scores (models/RiskScores.cpp), this
// file's for what the workstation adds (network position, early warning, market-risk indicators).
// Empty for a name none of them knows.
QString featureDescription(std::string_view featureName);
QString featureWhy(std::string_view featureName);
// The two as a tooltip (rich text) under the feature's name and unit; the bare name when unknown.
QString featureToolTip(std::string_view featureName);
// The family a feature belongs to (docs/features.md), translated: "Funding and liquidity",
// "Risk scores", "Market risk" for the VaR indicators, "Other" for anything else.
QString featureFamilyName(std::string_view featureName);
// Volumes span orders of magnitude across institutions: colour them on a log scale.
bool featurePrefersLogScale(std::string_view featureName);

}  // namespace eagle
