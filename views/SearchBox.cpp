#include "SearchBox.h"

#include "LiveTexts.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace eagle {

SearchBox::SearchBox(QWidget* parent)
    : QLineEdit(parent), model_(new QStandardItemModel(this)), completer_(new QCompleter(this)) {
    setObjectName(QStringLiteral("searchBox"));
    (new LiveTexts(this))->add(this, [this] {
        setPlaceholderText(tr("Search institutions, instruments, alerts… (Ctrl+F)"));
        setToolTip(tr("Type part of a code or a name; choose a match to go to it."));
    });
    setClearButtonEnabled(true);
    setMinimumWidth(260);
    // The index ranks the matches itself; the completer only shows them.
    completer_->setModel(model_);
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setMaxVisibleItems(12);
    completer_->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::updateMatches);
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { activate(std::size_t(index.data(Qt::UserRole).toULongLong())); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (!matches_.empty() && !completer_->popup()->isVisible()) activate(0);
    });
}

void SearchBox::updateMatches(const QString& text) {
    matches_ = index_.find(text);
    model_->clear();
    for (std::size_t k = 0; k < matches_.size(); ++k) {
        auto* item = new QStandardItem(matches_[k].label);
        item->setData(qulonglong(k), Qt::UserRole);
        model_->appendRow(item);
    }
    if (matches_.empty())
        completer_->popup()->hide();
    else
        completer_->complete();
}

void SearchBox::activate(std::size_t match) {
    if (match >= matches_.size()) return;
    const SearchEntry entry = matches_[match];
    // After the completer has written its text into the box: leave the box empty for the next search.
    QTimer::singleShot(0, this, [this] { clear(); });
    matches_.clear();
    emit entryActivated(entry);
}

}  // namespace eagle
