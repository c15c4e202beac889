#include "RiskEventNames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace eagle {
namespace {
// The kinds the simulator's scenarios record, and those an importer maps real events to.
constexpr std::array<std::pair<std::string_view, const char*>, 11> kNames{{
    {"liquidity_squeeze", QT_TRANSLATE_NOOP("RiskEvents", "Liquidity squeeze")},
    {"failure", QT_TRANSLATE_NOOP("RiskEvents", "Failure")},
    {"default", QT_TRANSLATE_NOOP("RiskEvents", "Default")},
    {"circular_trading", QT_TRANSLATE_NOOP("RiskEvents", "Circular trading")},
    {"bond_parking", QT_TRANSLATE_NOOP("RiskEvents", "Bond parking")},
    {"marking_the_close", QT_TRANSLATE_NOOP("RiskEvents", "Marking the close")},
    {"leverage_buildup", QT_TRANSLATE_NOOP("RiskEvents", "Leverage build-up")},
    {"forced_deleveraging", QT_TRANSLATE_NOOP("RiskEvents", "Forced deleveraging")},
    {"counterparty_loss", QT_TRANSLATE_NOOP("RiskEvents", "Loss of a major counterparty")},
    {"counterparty_default_loss", QT_TRANSLATE_NOOP("RiskEvents", "Loss from a counterparty's default")},
    {"hub_withdrawal", QT_TRANSLATE_NOOP("RiskEvents", "Withdrawal of a major lender")},
}};
constexpr std::string_view kLaunderingPrefix = "aml_";  // AMLSim labels: aml_<typology>
}  // namespace

QString riskEventDisplayName(std::string_view kind) {
    for (const auto& [key, name] : kNames)
        if (key == kind) return QCoreApplication::translate("RiskEvents", name);
    if (kind.starts_with(kLaunderingPrefix))
        return QCoreApplication::translate("RiskEvents", "Money laundering: %1")
            .arg(QString::fromUtf8(kind.substr(kLaunderingPrefix.size()).data(),
                                   qsizetype(kind.size() - kLaunderingPrefix.size())));
    return QString::fromUtf8(kind.data(), qsizetype(kind.size())).replace(QLatin1Char('_'), QLatin1Char(' '));
}

}  // namespace eagle
