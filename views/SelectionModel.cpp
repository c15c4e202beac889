#include "SelectionModel.h"

namespace eagle {

SelectionModel::SelectionModel(QObject* parent) : QObject(parent) {}

void SelectionModel::setInstitution(InstitutionId id) {
    if (!id.valid()) id = InstitutionId{};  // one representation of "nothing selected"
    if (id == institution_) return;
    institution_ = id;
    emit institutionChanged(id);
}

}  // namespace eagle
