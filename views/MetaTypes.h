#pragma once
// Lets domain value types travel through Qt signals, QVariant and QSignalSpy.

#include "Date.h"
#include "Ids.h"

#include <QMetaType>

Q_DECLARE_METATYPE(eagle::InstitutionId)
Q_DECLARE_METATYPE(eagle::Date)
