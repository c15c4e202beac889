#pragma once
// File → Briefing report…: choose institutions and a file; the data is gathered in the background
// and the PDF written in the language of the user interface (BriefingReport).

#include "BriefingData.h"
#include "Date.h"
#include "Ids.h"
#include "WorkspaceSnapshot.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace eagle {

class JobRunner;

class BriefingReportDialog : public QDialog {
    Q_OBJECT
public:
    BriefingReportDialog(JobRunner& jobs, std::shared_ptr<const WorkspaceSnapshot> snapshot, Date day,
                         InstitutionId current, QWidget* parent = nullptr);

    QStringList checkedCodes() const;
    void setCheckedCodes(const QStringList& codes);
    QString path() const;
    void setPath(const QString& path);
    // Starts gathering; the PDF is written, written() emitted and the dialog closed when it is done.
    void writeReport();

signals:
    void written(const QString& path, int pages);

private:
    void finish(const BriefingData& data, const QString& language);
    void filter(const QString& text);
    void browse();

    JobRunner& jobs_;
    std::shared_ptr<const WorkspaceSnapshot> snapshot_;
    Date day_;
    QLineEdit* search_;
    QListWidget* list_;
    QLineEdit* path_;
    QLabel* status_;
    QPushButton* write_;
};

}  // namespace eagle
