#pragma once
// File → Import…: choose files, kind, mapping, encoding and delimiter; preview the first rows as
// they will be read, and change which source column feeds which field right in the preview (every
// mapping edit undoable, Ctrl+Z / Ctrl+Shift+Z; the mapping can be saved in the workspace by name
// and reused); validate (nothing kept) and import, in the background with progress and cancel.
// The imports run as JobRunner jobs on their own connection to the workspace.

#include "ImportSession.h"
#include "MappingDocument.h"

#include <QWizard>

#include <optional>

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

    // The mapping being edited (its undo stack too).
    MappingDocument& mappingDocument() { return document_; }
    // Choose a shipped or saved mapping by name (as the mapping list does); false if none has it.
    bool chooseMapping(const QString& name);
    // Saves the current mapping in the workspace under this name, where the wizard's mapping list
    // and `eagleeye-cli import --mapping NAME` find it. Returns the reason when it cannot.
    std::optional<QString> saveMappingAs(const QString& name);
    QStringList mappingNames() const;

    void refreshPreview();
    void validateFiles() { startJob(true); }
    void importFiles() { startJob(false); }
    QString resultText() const;
    // Row 0 holds the column chooser of each field (a QComboBox); the file's rows follow.
    const QTableWidget& previewTable() const { return *preview_; }
    static constexpr int kFirstPreviewRow = 1;

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
    void saveMappingToFile();
    void loadMappingList();
    void showMappingChoices();  // the combo boxes follow the document (after an undo, say)
    void fillColumnChooser(int column, const std::string& field, const std::vector<std::string>& header,
                           const std::string& automaticSource);
    void startJob(bool dryRun);
    void showReports(const std::vector<ImportReport>& reports, bool dryRun);

    JobRunner& jobs_;
    QString workspace_;
    MappingDocument document_;
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
