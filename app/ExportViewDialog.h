#pragma once
// File → Export view… and a view's context menu: choose a view, a format (PNG, SVG, PDF or CSV),
// the size and resolution, and a file; ChartExporter writes it.

#include "ChartExporter.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace eagle {

struct ExportTarget {
    QString title;  // as the dock shows it, e.g. "Time series"
    const ExportableView* view = nullptr;
};

class ExportViewDialog : public QDialog {
    Q_OBJECT
public:
    ExportViewDialog(std::vector<ExportTarget> targets, int current, QWidget* parent = nullptr);

    int currentTarget() const;
    void setCurrentTarget(int index);
    ExportSettings settings() const;
    void setSettings(const ExportSettings& settings);
    QString path() const;
    void setPath(const QString& path);
    // Writes the file; on failure says why in the dialog and returns false.
    bool exportNow();

signals:
    void exported(const QString& path, const QString& view);

private:
    void onTargetChanged();
    void onFormatChanged();
    void updateNote();
    void browse();
    void accept() override;

    std::vector<ExportTarget> targets_;
    QComboBox* view_;
    QComboBox* format_;
    QSpinBox* width_;
    QSpinBox* height_;
    QSpinBox* dpi_;
    QCheckBox* bom_;
    QLineEdit* path_;
    QLabel* note_;
};

}  // namespace eagle
