#include "SelectionModel.h"

namespace eagle {

SelectionModel::SelectionModel(QObject* parent) : QObject(parent) {}

void SelectionModel::setInstitution(InstitutionId id) {
    if (!id.valid()) id = InstitutionId{};  // one representation of "nothing selected"
    if (id == institution_) return;
    institution_ = id;
    emit institutionChanged(id);
}

void SelectionModel::setDay(Date day) {
    if (day == day_) return;
    day_ = day;
    emit dayChanged(day);
}

}  // namespace eagle
