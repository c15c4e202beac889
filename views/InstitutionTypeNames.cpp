#include "InstitutionTypeNames.h"

#include <QCoreApplication>
#include <QLocale>

namespace eagle {
namespace {

struct TypeInfo {
    InstitutionType type;
    const char* name;  // translation source, context "InstitutionType"
    QRgb colour;
};

// QT_TRANSLATE_NOOP marks the strings for lupdate; translation happens at display time so a
// language switch at run time is picked up.
constexpr std::array<TypeInfo, kInstitutionTypeCount> kTypes{{
    {InstitutionType::LargeBank, QT_TRANSLATE_NOOP("InstitutionType", "Large state-owned bank"), 0xFF1F4E9A},
    {InstitutionType::JointStockBank, QT_TRANSLATE_NOOP("InstitutionType", "Joint-stock bank"), 0xFF4A90D9},
    {InstitutionType::CityCommercialBank, QT_TRANSLATE_NOOP("InstitutionType", "City commercial bank"), 0xFF17A2B8},
    {InstitutionType::RuralCommercialBank, QT_TRANSLATE_NOOP("InstitutionType", "Rural commercial bank"), 0xFF5CB85C},
    {InstitutionType::ForeignBank, QT_TRANSLATE_NOOP("InstitutionType", "Foreign bank"), 0xFF7E57C2},
    {InstitutionType::SecuritiesFirm, QT_TRANSLATE_NOOP("InstitutionType", "Securities firm"), 0xFFD9534F},
    {InstitutionType::Fund, QT_TRANSLATE_NOOP("InstitutionType", "Fund"), 0xFFF0962E},
    {InstitutionType::WealthProduct, QT_TRANSLATE_NOOP("InstitutionType", "Wealth management product"), 0xFFE3C02B},
    {InstitutionType::Insurer, QT_TRANSLATE_NOOP("InstitutionType", "Insurer"), 0xFFC2669B},
    {InstitutionType::TrustCompany, QT_TRANSLATE_NOOP("InstitutionType", "Trust company"), 0xFF8D6E63},
    {InstitutionType::FinanceCompany, QT_TRANSLATE_NOOP("InstitutionType", "Finance company"), 0xFF78909C},
}};

const TypeInfo* infoOf(InstitutionType type) {
    for (const auto& info : kTypes)
        if (info.type == type) return &info;
    return nullptr;
}

}  // namespace

const std::array<InstitutionType, kInstitutionTypeCount>& allInstitutionTypes() {
    static const auto types = [] {
        std::array<InstitutionType, kInstitutionTypeCount> out{};
        for (std::size_t i = 0; i < kTypes.size(); ++i) out[i] = kTypes[i].type;
        return out;
    }();
    return types;
}

QString displayName(InstitutionType type) {
    const TypeInfo* info = infoOf(type);
    return info ? QCoreApplication::translate("InstitutionType", info->name) : QString();
}

QString peerGroupDisplayName(std::string_view peerGroupKey) {
    if (const auto type = parseInstitutionType(peerGroupKey)) return displayName(*type);
    return QString::fromUtf8(peerGroupKey.data(), qsizetype(peerGroupKey.size()));
}

QColor typeColor(InstitutionType type) {
    const TypeInfo* info = infoOf(type);
    return info ? QColor::fromRgb(info->colour) : QColor(Qt::gray);
}

QString institutionName(const Institution& i) {
    const bool chinese = QLocale().language() == QLocale::Chinese && !i.nameZh.empty();
    return QString::fromStdString(chinese ? i.nameZh : i.name);
}

QString institutionLabel(const Institution& i) {
    return QString::fromStdString(i.code) + QLatin1Char(' ') + institutionName(i);
}

}  // namespace eagle
