#pragma once
// File → Import…: choose files, kind, mapping, encoding and delimiter; preview the first rows as
// they will be read; validate (nothing kept) and import, in the background with progress and
// cancel. The imports run as JobRunner jobs on their own connection to the workspace.

#include "ImportSession.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace eagle {

class JobRunner;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    ImportWizard(JobRunner& jobs, QString workspace, QWidget* parent = nullptr);

    void setFiles(const QStringList& files);
    QStringList files() const;
    // Choose the kind by its stored name (trades, institutions, ..., fix).
    void setKind(const QString& kind);
    void setAcceptValid(bool accept);
    // The options the current choices stand for; throws std::runtime_error for a bad mapping.
    ImportOptions options() const;

    void refreshPreview();
    void validateFiles() { startJob(true); }
    void importFiles() { startJob(false); }
    QString resultText() const;
    const QTableWidget& previewTable() const { return *preview_; }

signals:
    // Something was kept: the workspace should be reloaded.
    void imported();
    void jobFinished();

private:
    QWizardPage* filesPage();
    QWizardPage* previewPage();
    QWizardPage* importPage();
    void addFiles();
    void saveMapping();
    void startJob(bool dryRun);
    void showReports(const std::vector<ImportReport>& reports, bool dryRun);

    JobRunner& jobs_;
    QString workspace_;
    QListWidget* files_;
    QComboBox* kind_;
    QComboBox* mapping_;
    QComboBox* encoding_;
    QComboBox* delimiter_;
    QCheckBox* acceptValid_;
    QLabel* format_;
    QTableWidget* preview_;
    QProgressBar* progress_;
    QPushButton* validate_;
    QPushButton* import_;
    QPushButton* cancel_;
    QPlainTextEdit* result_;
    QMetaObject::Connection cancelled_, failed_;  // the running job's outcome, when not done
};

}  // namespace eagle
