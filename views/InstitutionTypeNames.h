#pragma once
// Display names and the categorical colour of each institution type, shared by views and legends.

#include "Domain.h"

#include <QColor>
#include <QString>

#include <array>
#include <string_view>

namespace eagle {

// Every type in declaration order (banks by tier first, then non-banks), for combo boxes and legends.
const std::array<InstitutionType, kInstitutionTypeCount>& allInstitutionTypes();

// Translated name for people (the product ships Chinese first; source strings are English).
QString displayName(InstitutionType type);

// Translated name of a peer group given by its stored key (e.g. "city_commercial_bank");
// unknown keys are shown as they are rather than hidden.
QString peerGroupDisplayName(std::string_view peerGroupKey);

// The institution's name for the reader: the registered Chinese name for Chinese readers (when it
// has one), the English name for everyone else.
QString institutionName(const Institution& institution);
// Its code and that name, e.g. "JSB005 湖南股份制银行5号".
QString institutionLabel(const Institution& institution);

// A fixed categorical palette: banks in blues and greens by tier, non-banks in warm colours, so
// that the same type has the same colour in every chart, legend and export.
QColor typeColor(InstitutionType type);

}  // namespace eagle
