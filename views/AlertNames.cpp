#include "AlertNames.h"

#include <QCoreApplication>

namespace eagle {
namespace {
QString translated(const char* text) { return QCoreApplication::translate("AlertNames", text); }
}  // namespace

QString severityDisplayName(std::string_view severity) {
    if (severity == "high") return translated(QT_TRANSLATE_NOOP("AlertNames", "High"));
    if (severity == "medium") return translated(QT_TRANSLATE_NOOP("AlertNames", "Medium"));
    if (severity == "low") return translated(QT_TRANSLATE_NOOP("AlertNames", "Low"));
    return QString::fromUtf8(severity.data(), qsizetype(severity.size()));
}

int severityRank(std::string_view severity) {
    if (severity == "high") return 3;
    if (severity == "medium") return 2;
    if (severity == "low") return 1;
    return 0;
}

QColor severityColor(std::string_view severity) {
    switch (severityRank(severity)) {
        case 3:
            return QColor(0xC6, 0x28, 0x28);
        case 2:
            return QColor(0xE0, 0x8A, 0x00);
        case 1:
            return QColor(0x5A, 0x7D, 0x9A);
        default:
            return QColor(0x6C, 0x75, 0x7D);
    }
}

QString statusDisplayName(AlertStatus status) {
    switch (status) {
        case AlertStatus::New:
            return translated(QT_TRANSLATE_NOOP("AlertNames", "New"));
        case AlertStatus::UnderReview:
            return translated(QT_TRANSLATE_NOOP("AlertNames", "Under review"));
        case AlertStatus::Escalated:
            return translated(QT_TRANSLATE_NOOP("AlertNames", "Escalated"));
        case AlertStatus::Closed:
            return translated(QT_TRANSLATE_NOOP("AlertNames", "Closed"));
    }
    return {};
}

QString statusDisplayName(std::string_view storedStatus) {
    if (const auto s = alertStatusFrom(storedStatus)) return statusDisplayName(*s);
    return QString::fromUtf8(storedStatus.data(), qsizetype(storedStatus.size()));
}

QString moveDisplayName(AlertStatus from, AlertStatus to) {
    switch (to) {
        case AlertStatus::UnderReview:
            if (from == AlertStatus::Closed) return translated(QT_TRANSLATE_NOOP("AlertNames", "Reopen"));
            if (from == AlertStatus::Escalated)
                return translated(QT_TRANSLATE_NOOP("AlertNames", "Hand back for review"));
            return translated(QT_TRANSLATE_NOOP("AlertNames", "Start review"));
        case AlertStatus::Escalated:
            return translated(QT_TRANSLATE_NOOP("AlertNames", "Escalate"));
        case AlertStatus::Closed:
            return translated(QT_TRANSLATE_NOOP("AlertNames", "Close"));
        case AlertStatus::New:
            break;
    }
    return statusDisplayName(to);
}

}  // namespace eagle
