#pragma once
// The search box in the toolbar: type part of a code or name, pick from the best matches
// (institutions, instruments, alerts), and the workstation goes there. Ctrl+F focuses it.

#include "SearchIndex.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace eagle {

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);

    SearchIndex& index() { return index_; }
    // The matches now listed in the popup, best first.
    const std::vector<SearchEntry>& matches() const { return matches_; }

signals:
    void entryActivated(const eagle::SearchEntry& entry);

private:
    void updateMatches(const QString& text);
    void activate(std::size_t match);

    SearchIndex index_;
    std::vector<SearchEntry> matches_;
    QStandardItemModel* model_;
    QCompleter* completer_;
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::SearchEntry)
