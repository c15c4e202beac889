#include "InstitutionListView.h"

#include "LiveTexts.h"

#include "InstitutionFilterModel.h"
#include "InstitutionTableModel.h"
#include "InstitutionTypeNames.h"
#include "ListTable.h"
#include "SelectionModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTableView>
#include <QVBoxLayout>

namespace eagle {
namespace {
constexpr int kWideEnoughForEnglishName = 640;  // pixels
}  // namespace

InstitutionListView::InstitutionListView(QWidget* parent)
    : QWidget(parent), model_(new InstitutionTableModel(this)), proxy_(new InstitutionFilterModel(this)) {
    proxy_->setSourceModel(model_);

    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("searchEdit"));
    search_->setClearButtonEnabled(true);

    typeFilter_ = new QComboBox(this);
    typeFilter_->setObjectName(QStringLiteral("typeFilter"));
    typeFilter_->addItem(QString(), -1);
    for (const InstitutionType type : allInstitutionTypes()) {
        QPixmap swatch(10, 10);
        swatch.fill(typeColor(type));
        typeFilter_->addItem(QIcon(swatch), QString(), int(type));
    }
    // Long type names must not squeeze the search field in a narrow dock.
    typeFilter_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    typeFilter_->setMinimumContentsLength(12);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("institutionTable"));
    table_->setModel(proxy_);
    styleListTable(table_);  // dense rows: a supervisor scans hundreds of names
    table_->setSortingEnabled(true);
    table_->sortByColumn(InstitutionTableModel::AssetsColumn, Qt::DescendingOrder);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The Chinese name is the one supervisors read first; the English name takes what is left.
    header->setSectionResizeMode(InstitutionTableModel::EnglishNameColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int typeWidth = 0;
    for (const InstitutionType type : allInstitutionTypes())
        typeWidth = std::max(typeWidth, fontMetrics().horizontalAdvance(displayName(type)));
    auto headerWidth = [&](int column) {
        return fontMetrics().horizontalAdvance(model_->headerData(column, Qt::Horizontal).toString()) + 2 * em;
    };
    header->resizeSection(InstitutionTableModel::CodeColumn, 7 * em);
    header->resizeSection(InstitutionTableModel::NameColumn, 11 * em);
    typeColumnWidth_ = typeWidth + 3 * em;  // + colour swatch
    header->resizeSection(InstitutionTableModel::TypeColumn, typeColumnWidth_);
    header->resizeSection(InstitutionTableModel::AssetsColumn, headerWidth(InstitutionTableModel::AssetsColumn));
    header->resizeSection(InstitutionTableModel::RatingColumn, headerWidth(InstitutionTableModel::RatingColumn));
    header->setMinimumSectionSize(4 * em);

    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("countLabel"));
    count_->setForegroundRole(QPalette::PlaceholderText);

    auto* filters = new QHBoxLayout;
    filters->addWidget(search_, 1);
    filters->addWidget(typeFilter_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    layout->addWidget(count_);

    connect(search_, &QLineEdit::textChanged, this,
            [this](const QString& text) { applyFilter([&] { proxy_->setSearchText(text); }); });
    connect(typeFilter_, &QComboBox::currentIndexChanged, this, &InstitutionListView::onTypeFilterChanged);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &InstitutionListView::updateCountLabel);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &InstitutionListView::updateCountLabel);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &InstitutionListView::updateCountLabel);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &InstitutionListView::updateCountLabel);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(table_, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const InstitutionId id = idAt(index); id.valid()) emit institutionActivated(id);
    });
    (new LiveTexts(this))->add(this, [this] {
        search_->setPlaceholderText(tr("Search code or name…"));
        typeFilter_->setItemText(0, tr("All types"));
        for (int i = 1; i < typeFilter_->count(); ++i)
            typeFilter_->setItemText(i, displayName(static_cast<InstitutionType>(typeFilter_->itemData(i).toInt())));
        emit model_->headerDataChanged(Qt::Horizontal, 0, model_->columnCount() - 1);
        updateCountLabel();
    });
}

InstitutionListView::~InstitutionListView() = default;

void InstitutionListView::setInstitutions(std::vector<Institution> institutions) {
    {
        const QScopedValueRollback guard(syncing_, true);  // a reset is not the user choosing
        model_->setInstitutions(std::move(institutions));
    }
    if (selection_) showInstitution(selection_->institution());
    updateCountLabel();
}

void InstitutionListView::setSelectionModel(SelectionModel* selection) {
    if (selection_ == selection) return;
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (!selection_) return;
    connect(selection_, &SelectionModel::institutionChanged, this, &InstitutionListView::showInstitution);
    showInstitution(selection_->institution());
}

void InstitutionListView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // In a narrow dock the English name is the column to give up: the code and the Chinese name
    // identify an institution, and the tooltip still shows the English name. The type keeps its
    // colour swatch; its name may be elided.
    const bool narrow = width() < kWideEnoughForEnglishName;
    if (narrow == table_->isColumnHidden(InstitutionTableModel::EnglishNameColumn)) return;
    table_->setColumnHidden(InstitutionTableModel::EnglishNameColumn, narrow);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(InstitutionTableModel::NameColumn,
                                 narrow ? QHeaderView::Stretch : QHeaderView::Interactive);
    header->resizeSection(InstitutionTableModel::TypeColumn, narrow ? typeColumnWidth_ / 2 : typeColumnWidth_);
}

InstitutionId InstitutionListView::currentInstitution() const { return idAt(table_->currentIndex()); }

int InstitutionListView::visibleRowCount() const { return proxy_->rowCount(); }

void InstitutionListView::onCurrentRowChanged(const QModelIndex& current) {
    // Filtering can leave no current row; that is not a request to clear the shared selection.
    if (syncing_ || !selection_ || !current.isValid()) return;
    selection_->setInstitution(idAt(current));
}

void InstitutionListView::onTypeFilterChanged(int comboIndex) {
    const int value = typeFilter_->itemData(comboIndex).toInt();
    applyFilter([&] { proxy_->setTypeFilter(value < 0 ? std::nullopt : std::optional(InstitutionType(value))); });
}

void InstitutionListView::applyFilter(const std::function<void()>& change) {
    if (syncing_) {  // already inside showInstitution(), which restores the current row itself
        change();
        return;
    }
    const QScopedValueRollback guard(syncing_, true);
    // Filtering moves Qt's current row to a neighbour of a hidden row; that must not change the
    // shared selection, so the table is re-synchronised with it instead.
    change();
    selectRow(selection_ ? selection_->institution() : InstitutionId{}, false);
}

void InstitutionListView::showInstitution(InstitutionId id) {
    const QScopedValueRollback guard(syncing_, true);
    selectRow(id, true);
}

void InstitutionListView::selectRow(InstitutionId id, bool revealHidden) {
    const int sourceRow = model_->rowOf(id);
    if (sourceRow < 0) {
        table_->clearSelection();
        table_->setCurrentIndex({});
        return;
    }
    QModelIndex proxyIndex = proxy_->mapFromSource(model_->index(sourceRow, 0));
    if (!proxyIndex.isValid() && revealHidden) {
        // The selection came from another view; hiding it behind a filter would be confusing.
        clearFilters();
        proxyIndex = proxy_->mapFromSource(model_->index(sourceRow, 0));
    }
    if (!proxyIndex.isValid()) {
        table_->clearSelection();
        table_->setCurrentIndex({});
        return;
    }
    table_->selectionModel()->setCurrentIndex(proxyIndex,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table_->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
}

void InstitutionListView::clearFilters() {
    search_->clear();
    typeFilter_->setCurrentIndex(0);
}

void InstitutionListView::updateCountLabel() {
    const int shown = proxy_->rowCount();
    const int total = model_->rowCount();
    const QLocale locale;
    count_->setText(shown == total
                        ? tr("%1 institutions").arg(locale.toString(total))
                        : tr("Showing %1 of %2 institutions").arg(locale.toString(shown), locale.toString(total)));
}

InstitutionId InstitutionListView::idAt(const QModelIndex& proxyIndex) const {
    if (!proxyIndex.isValid()) return {};
    return proxy_->data(proxyIndex, InstitutionTableModel::IdRole).value<InstitutionId>();
}

QString InstitutionListView::exportName() const { return tr("Institutions"); }

DataTable InstitutionListView::exportTable() const { return DataTable::fromView(*table_); }

}  // namespace eagle
