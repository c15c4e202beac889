#pragma once
// The help: the README and every page of docs/, compiled into the program and shown as formatted
// Markdown with a list of pages, so that help works offline and in an installed workstation.

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace eagle {

class HelpWindow : public QWidget {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows a page by its path in the repository (README.md, docs/rules.md, …); false when there is none.
    bool showPage(const QString& fileName);
    QStringList pages() const;
    QString currentText() const;

private:
    QListWidget* pages_;
    QTextBrowser* text_;
};

}  // namespace eagle
