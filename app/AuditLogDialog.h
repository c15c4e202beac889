#pragma once
// File → Audit log…: who did what and when in this workspace (imports, rule changes, exports,
// stress tests), read-only, and whether the log's hash chain is whole.

#include "AuditLog.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace eagle {

class AuditLogDialog : public QDialog {
    Q_OBJECT
public:
    AuditLogDialog(const QString& workspace, QWidget* parent = nullptr);
    int entries() const;
    QString verdict() const;

    // The action's name for people; the stored name when it is not known.
    static QString actionName(const std::string& action);

private:
    QTableWidget* table_;
    QLabel* verdict_;
};

}  // namespace eagle
