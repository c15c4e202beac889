#pragma once
// The institution register as a searchable, filterable, sortable table that drives the selection.

#include "Domain.h"
#include "ExportableView.h"
#include "MetaTypes.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace eagle {

class InstitutionFilterModel;
class InstitutionTableModel;
class SelectionModel;

class InstitutionListView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit InstitutionListView(QWidget* parent = nullptr);
    ~InstitutionListView() override;

    // ExportableView: the rows and columns shown, as CSV
    QString exportName() const override;
    DataTable exportTable() const override;

    void setInstitutions(std::vector<Institution> institutions);
    void setSelectionModel(SelectionModel* selection);

    // The institution of the table's current row (invalid when none).
    InstitutionId currentInstitution() const;
    // Rows left after the search and type filters.
    int visibleRowCount() const;

signals:
    // Double-click or Enter on a row: the user asks to drill into this institution.
    void institutionActivated(eagle::InstitutionId id);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onCurrentRowChanged(const QModelIndex& current);
    void onTypeFilterChanged(int comboIndex);
    void showInstitution(InstitutionId id);
    void selectRow(InstitutionId id, bool revealHidden);
    void applyFilter(const std::function<void()>& change);
    void clearFilters();
    void updateCountLabel();
    InstitutionId idAt(const QModelIndex& proxyIndex) const;

    QLineEdit* search_ = nullptr;
    QComboBox* typeFilter_ = nullptr;
    QTableView* table_ = nullptr;
    QLabel* count_ = nullptr;
    InstitutionTableModel* model_ = nullptr;
    InstitutionFilterModel* proxy_ = nullptr;
    QPointer<SelectionModel> selection_;
    int typeColumnWidth_ = 0;
    bool syncing_ = false;  // true while following a selection made elsewhere
};

}  // namespace eagle
