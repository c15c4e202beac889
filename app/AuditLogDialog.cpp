#include "AuditLogDialog.h"

#include "Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eagle {

QString AuditLogDialog::actionName(const std::string& action) {
    static const std::pair<const char*, const char*> kNames[] = {
        {"import", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Import")},
        {"export", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Export")},
        {"stress_test", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Stress test")},
        {"rule_saved", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Rule saved")},
        {"rule_enabled", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Rule switched on")},
        {"rule_disabled", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Rule switched off")},
        {"rule_removed", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Rule version removed")},
        {"encrypt", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Encrypted")},
        {"decrypt", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Encryption removed")},
        {"passphrase_changed", QT_TRANSLATE_NOOP("eagle::AuditLogDialog", "Passphrase changed")},
    };
    for (const auto& [stored, shown] : kNames)
        if (action == stored) return tr(shown);
    return QString::fromStdString(action);
}

AuditLogDialog::AuditLogDialog(const QString& workspace, QWidget* parent)
    : QDialog(parent), table_(new QTableWidget(0, 5)), verdict_(new QLabel) {
    setWindowTitle(tr("Audit log"));
    table_->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Who"), tr("Action"), tr("On"), tr("Details")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    std::vector<AuditEntry> entries;
    std::optional<std::int64_t> broken;
    {
        Store store = Store::openReadOnly(workspace.toStdString());
        AuditLog log(store.database());
        entries = log.entries();
        broken = log.firstBrokenEntry();
    }
    table_->setRowCount(static_cast<int>(entries.size()));
    for (int r = 0; r < static_cast<int>(entries.size()); ++r) {
        const AuditEntry& e = entries[static_cast<std::size_t>(r)];
        const QStringList values{QString::fromStdString(e.at).replace('T', ' ').remove('Z'), QString::fromStdString(e.who),
                                 actionName(e.action), QString::fromStdString(e.target), QString::fromStdString(e.detail)};
        for (int c = 0; c < values.size(); ++c) table_->setItem(r, c, new QTableWidgetItem(values[c]));
    }
    table_->resizeColumnsToContents();
    table_->scrollToBottom();
    if (broken) {
        verdict_->setText(tr("The log was altered outside EagleEye: entry %1 does not match its hash (changed, or an "
                             "entry before it removed).")
                              .arg(*broken));
        verdict_->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold"));
    } else {
        verdict_->setText(tr("%n entry(s); the hash chain is intact.", nullptr, static_cast<int>(entries.size())));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addWidget(verdict_);
    layout->addWidget(buttons);
    resize(1000, 500);
}

int AuditLogDialog::entries() const { return table_->rowCount(); }
QString AuditLogDialog::verdict() const { return verdict_->text(); }

}  // namespace eagle
