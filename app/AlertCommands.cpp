#include "AlertCommands.h"

#include "AlertNames.h"
#include "AlertsController.h"
#include "UndoAttempt.h"

#include <QCoreApplication>

namespace eagle {

MoveAlertCommand::MoveAlertCommand(AlertsController& alerts, std::int64_t alertId, AlertStatus to, QString note)
    : alerts_(alerts), alertId_(alertId), to_(to), note_(std::move(note)) {
    setText(QCoreApplication::translate("eagle::AlertCommands", "%1 alert %2")
                .arg(moveDisplayName(AlertStatus::New, to).toLower())
                .arg(alertId));
}

void MoveAlertCommand::redo() {
    attemptOrObsolete(*this, [this] { action_ = alerts_.applyMove(alertId_, to_, note_); });
}

void MoveAlertCommand::undo() {
    attemptOrObsolete(*this, [this] { alerts_.applyUndo(alertId_, action_); });
}

AddAlertNoteCommand::AddAlertNoteCommand(AlertsController& alerts, std::int64_t alertId, QString note)
    : alerts_(alerts), alertId_(alertId), note_(std::move(note)) {
    setText(QCoreApplication::translate("eagle::AlertCommands", "note on alert %1").arg(alertId));
}

void AddAlertNoteCommand::redo() {
    attemptOrObsolete(*this, [this] { action_ = alerts_.applyNote(alertId_, note_); });
}

void AddAlertNoteCommand::undo() {
    attemptOrObsolete(*this, [this] { alerts_.applyUndo(alertId_, action_); });
}

}  // namespace eagle
