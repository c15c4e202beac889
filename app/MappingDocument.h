#pragma once
// The mapping being edited in the import wizard. Every edit is a MappingEditCommand on its undo
// stack (Ctrl+Z / Ctrl+Shift+Z), and changed() tells the views to show the new state.

#include "Mapping.h"

#include <QObject>
#include <QUndoStack>

namespace eagle {

class MappingDocument : public QObject {
    Q_OBJECT
public:
    explicit MappingDocument(QObject* parent = nullptr);

    const Mapping& mapping() const { return mapping_; }
    QUndoStack& undoStack() { return undoStack_; }

    // Feed the field from this source column; an empty column lets the field find its column by
    // its own name and headers again. Scale and base date of the field stay as they were.
    void setFieldColumn(const std::string& field, const std::string& column);
    // Replace the whole mapping (a mapping chosen from the catalogue, or nothing: by name).
    void replace(Mapping mapping, const QString& what);
    void setEncoding(std::optional<Encoding> encoding);
    void setDelimiter(std::optional<char> delimiter);
    // The name it was saved under: not an edit of what the mapping does, so no undo step.
    void rename(const std::string& name);

signals:
    void changed();

private:
    friend class MappingEditCommand;
    void edit(Mapping after, const QString& what);  // pushes a command unless nothing changes
    void apply(const Mapping& mapping);             // what the commands do and undo

    Mapping mapping_;
    QUndoStack undoStack_;
};

}  // namespace eagle
