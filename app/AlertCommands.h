#pragma once
// The analyst's edits of alerts as undo-stack entries: a workflow move and a note. Undoing one
// records an undo in the alert's audit trail (nothing is erased); redoing acts again.

#include "AlertWorkflow.h"

#include <QString>
#include <QUndoCommand>

#include <cstdint>

namespace eagle {

class AlertsController;

class MoveAlertCommand : public QUndoCommand {
public:
    MoveAlertCommand(AlertsController& alerts, std::int64_t alertId, AlertStatus to, QString note);
    void redo() override;
    void undo() override;

private:
    AlertsController& alerts_;
    std::int64_t alertId_;
    AlertStatus to_;
    QString note_;
    std::int64_t action_ = 0;
};

class AddAlertNoteCommand : public QUndoCommand {
public:
    AddAlertNoteCommand(AlertsController& alerts, std::int64_t alertId, QString note);
    void redo() override;
    void undo() override;

private:
    AlertsController& alerts_;
    std::int64_t alertId_;
    QString note_;
    std::int64_t action_ = 0;
};

}  // namespace eagle
