#pragma once
// "New workspace from simulation": the size, period, seed and planted scenarios of a simulated
// market, and where to save it. Only collects the choices; the main window runs the job.

#include "SimulatorConfig.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QSpinBox;

namespace eagle {

class NewSimulationDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewSimulationDialog(QWidget* parent = nullptr);

    SimulatorConfig config() const;
    QString path() const;

    // Translated name and description of a scenario kind, for lists and tooltips.
    static QString scenarioDisplayName(std::string_view kind);
    static QString scenarioDescription(std::string_view kind);

private:
    void browse();
    void validate();

    QSpinBox* institutions_;
    QSpinBox* days_;
    QSpinBox* seed_;
    QListWidget* scenarios_;
    QLineEdit* path_;
};

}  // namespace eagle
