#pragma once
// File → Import history…: every kept import of the workspace (file, kind, content hash, counts)
// and, for the selected one, the rows it quarantined with line, column and reason.

#include "ImportLog.h"

#include <QDialog>

class QTableWidget;

namespace eagle {

class ImportHistoryDialog : public QDialog {
    Q_OBJECT
public:
    ImportHistoryDialog(const QString& workspace, QWidget* parent = nullptr);
    int imports() const;

private:
    void showQuarantine(int row);

    QString workspace_;
    std::vector<ImportRecord> history_;
    QTableWidget* imports_;
    QTableWidget* quarantine_;
};

}  // namespace eagle
