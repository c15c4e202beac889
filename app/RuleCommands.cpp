#include "RuleCommands.h"

#include "UndoAttempt.h"

#include <QCoreApplication>

namespace eagle {
namespace {
QString translated(const char* text) { return QCoreApplication::translate("eagle::RuleCommands", text); }
}  // namespace

SaveRulesCommand::SaveRulesCommand(RuleEditorController& rules, QString text) : rules_(rules), text_(std::move(text)) {
    setText(translated(QT_TRANSLATE_NOOP("eagle::RuleCommands", "save rules")));
}

void SaveRulesCommand::redo() {
    attemptOrObsolete(*this, [this] {
        saved_ = rules_.applySave(text_);
        if (saved_.empty()) setObsolete(true);  // nothing changed: nothing to undo
    });
}

void SaveRulesCommand::undo() {
    attemptOrObsolete(*this, [this] { rules_.takeBack(saved_); });
}

EnableRuleCommand::EnableRuleCommand(RuleEditorController& rules, QString name, bool enabled)
    : rules_(rules), name_(std::move(name)), enabled_(enabled) {
    setText((enabled ? translated(QT_TRANSLATE_NOOP("eagle::RuleCommands", "switch on rule %1"))
                     : translated(QT_TRANSLATE_NOOP("eagle::RuleCommands", "switch off rule %1")))
                .arg(name_));
}

void EnableRuleCommand::redo() {
    attemptOrObsolete(*this, [this] { rules_.applyEnabled(name_, enabled_); });
}

void EnableRuleCommand::undo() {
    attemptOrObsolete(*this, [this] { rules_.applyEnabled(name_, !enabled_); });
}

}  // namespace eagle
