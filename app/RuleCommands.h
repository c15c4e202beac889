#pragma once
// Edits of the workspace's rules as undo-stack entries: saving an edited text (new versions) and
// switching a rule on or off. Undoing a save removes the versions it created when no alert points
// at them yet, and otherwise stores the previous text again as the next version.

#include "RuleEditorController.h"

#include <QUndoCommand>

namespace eagle {

class SaveRulesCommand : public QUndoCommand {
public:
    SaveRulesCommand(RuleEditorController& rules, QString text);
    void redo() override;
    void undo() override;

private:
    RuleEditorController& rules_;
    QString text_;
    std::vector<SavedVersion> saved_;
};

class EnableRuleCommand : public QUndoCommand {
public:
    EnableRuleCommand(RuleEditorController& rules, QString name, bool enabled);
    void redo() override;
    void undo() override;

private:
    RuleEditorController& rules_;
    QString name_;
    bool enabled_;
};

}  // namespace eagle
