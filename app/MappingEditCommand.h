#pragma once
// One undoable edit of the import wizard's mapping: the mapping before and after it.

#include "Mapping.h"

#include <QUndoCommand>

namespace eagle {

class MappingDocument;

class MappingEditCommand : public QUndoCommand {
public:
    MappingEditCommand(MappingDocument& document, Mapping before, Mapping after, const QString& text);
    void undo() override;
    void redo() override;

private:
    MappingDocument& document_;
    Mapping before_, after_;
};

}  // namespace eagle
