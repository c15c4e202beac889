#include "MappingDocument.h"

#include "MappingEditCommand.h"

namespace eagle {

MappingDocument::MappingDocument(QObject* parent) : QObject(parent) {}

void MappingDocument::setFieldColumn(const std::string& field, const std::string& column) {
    Mapping after = mapping_;
    if (column.empty()) {
        after.fields.erase(field);
    } else {
        FieldSource& source = after.fields[field];
        source.column = column;
        source.value.reset();
        source.templ.clear();
    }
    edit(std::move(after),
         column.empty() ? tr("Find %1 by name").arg(QString::fromStdString(field))
                        : tr("Map %1 to column %2").arg(QString::fromStdString(field), QString::fromStdString(column)));
}

void MappingDocument::replace(Mapping mapping, const QString& what) { edit(std::move(mapping), what); }

void MappingDocument::setEncoding(std::optional<Encoding> encoding) {
    Mapping after = mapping_;
    after.encoding = encoding;
    edit(std::move(after), tr("Change the encoding"));
}

void MappingDocument::setDelimiter(std::optional<char> delimiter) {
    Mapping after = mapping_;
    after.delimiter = delimiter;
    edit(std::move(after), tr("Change the delimiter"));
}

void MappingDocument::rename(const std::string& name) {
    mapping_.name = name;
    emit changed();
}

void MappingDocument::edit(Mapping after, const QString& what) {
    if (after.toJson() == mapping_.toJson()) return;  // an edit that changes nothing is no step to undo
    undoStack_.push(new MappingEditCommand(*this, mapping_, std::move(after), what));
}

void MappingDocument::apply(const Mapping& mapping) {
    mapping_ = mapping;
    emit changed();
}

}  // namespace eagle
