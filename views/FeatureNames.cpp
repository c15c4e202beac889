#include "FeatureNames.h"

#include <QCoreApplication>

#include <array>

namespace eagle {
namespace {

struct FeatureText {
    std::string_view name;
    const char* label;
    const char* unit;
    double scale;
    bool logScale;
};

// Source strings are English; Qt Linguist's zh_CN file carries the Chinese.
constexpr std::array<FeatureText, 8> kTexts{{
    {"money_volume", QT_TRANSLATE_NOOP("FeatureNames", "Money-market volume"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-9, true},
    {"bond_volume", QT_TRANSLATE_NOOP("FeatureNames", "Bond trading volume"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-9, true},
    {"fx_volume", QT_TRANSLATE_NOOP("FeatureNames", "FX trading volume"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-9, true},
    {"net_borrowing", QT_TRANSLATE_NOOP("FeatureNames", "Net money-market borrowing"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-9, true},
    {"counterparties", QT_TRANSLATE_NOOP("FeatureNames", "Counterparties"), QT_TRANSLATE_NOOP("FeatureNames", "count"), 1, false},
    {"counterparty_hhi", QT_TRANSLATE_NOOP("FeatureNames", "Counterparty concentration (HHI)"), QT_TRANSLATE_NOOP("FeatureNames", "0-1"), 1, false},
    {"overnight_share", QT_TRANSLATE_NOOP("FeatureNames", "Overnight funding share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"borrowing_spread", QT_TRANSLATE_NOOP("FeatureNames", "Borrowing spread over fixing"), QT_TRANSLATE_NOOP("FeatureNames", "bp"), 1, false},
}};

const FeatureText* find(std::string_view name) {
    for (const auto& t : kTexts)
        if (t.name == name) return &t;
    return nullptr;
}
}  // namespace

QString featureDisplayName(std::string_view name) {
    const auto* t = find(name);
    return t ? QCoreApplication::translate("FeatureNames", t->label) : QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString featureDisplayUnit(std::string_view name) {
    const auto* t = find(name);
    return t ? QCoreApplication::translate("FeatureNames", t->unit) : QString();
}

double featureDisplayScale(std::string_view name) {
    const auto* t = find(name);
    return t ? t->scale : 1.0;
}

bool featurePrefersLogScale(std::string_view name) {
    const auto* t = find(name);
    return t && t->logScale;
}

}  // namespace eagle
