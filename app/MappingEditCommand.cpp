#include "MappingEditCommand.h"

#include "MappingDocument.h"

namespace eagle {

MappingEditCommand::MappingEditCommand(MappingDocument& document, Mapping before, Mapping after, const QString& text)
    : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after)) {}

void MappingEditCommand::undo() { document_.apply(before_); }
void MappingEditCommand::redo() { document_.apply(after_); }

}  // namespace eagle
