#pragma once
// File → Export…: a table of the workspace (market data, results, import history, quarantine) to
// CSV, with a UTF-8 BOM for spreadsheet programs if wanted. Writes in the background.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace eagle {

class JobRunner;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(JobRunner& jobs, QString workspace, QWidget* parent = nullptr);

    void setTable(const QString& table);
    void setBom(bool bom);
    // Starts the export job; the dialog closes when it is done.
    void exportTo(const QString& path);

signals:
    void exported(const QString& path, qint64 rows);

private:
    void choose();

    JobRunner& jobs_;
    QString workspace_;
    QComboBox* table_;
    QComboBox* delimiter_;
    QCheckBox* bom_;
    QLabel* status_;
};

}  // namespace eagle
