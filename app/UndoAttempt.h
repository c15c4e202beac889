#pragma once
// Carries out an undo command's store action; when the store refuses (the data moved on, the
// workspace went away) the command becomes obsolete, so the stack drops it instead of offering an
// undo that cannot work. The refusal itself reaches the user through the controller's failed().

#include <QUndoCommand>

#include <exception>

namespace eagle {

template <class Action>
void attemptOrObsolete(QUndoCommand& command, Action action) {
    try {
        action();
    } catch (const std::exception&) {
        command.setObsolete(true);
    }
}

}  // namespace eagle
