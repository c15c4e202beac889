#pragma once
// The "export a view" action: File → Export view… (the view in focus first) and Export… in every
// exportable view's context menu open the export dialog on that view.

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace eagle {

class ExportableView;

class ViewExportReaction : public QObject {
    Q_OBJECT
public:
    explicit ViewExportReaction(QWidget* window);

    // A view to offer; its context menu gets "Export…". It is named by its dock's title, or by
    // title (asked each time, so that it follows the language) when it is not in a dock.
    void addView(QWidget* widget, const ExportableView* view, std::function<QString()> title = {});
    // Opens the dialog on the view that has the keyboard focus (the first view when none has).
    void exportFocusedView();
    void exportView(int index);
    // Opens the dialog on the view that widget shows (an export button's); nothing when not offered.
    void exportViewOf(const QWidget* widget);
    int viewCount() const { return int(views_.size()); }

signals:
    void exported(const QString& path, const QString& view);

private:
    struct Entry {
        QPointer<QWidget> widget;
        const ExportableView* view;
        std::function<QString()> title;
    };
    QString titleOf(const Entry& entry) const;

    QWidget* window_;
    std::vector<Entry> views_;
    QString lastFolder_;
};

}  // namespace eagle
