#include "ViewExportReaction.h"

#include "ExportViewDialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

namespace eagle {

ViewExportReaction::ViewExportReaction(QWidget* window) : QObject(window), window_(window) {}

void ViewExportReaction::addView(QWidget* widget, const ExportableView* view, std::function<QString()> title) {
    const int index = int(views_.size());
    views_.push_back({widget, view, std::move(title)});
    // A right click anywhere in the view that nothing inside it handles reaches the view itself.
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(widget, &QWidget::customContextMenuRequested, this, [this, widget, index](const QPoint& pos) {
        QMenu menu(widget);
        menu.addAction(tr("Export…"), this, [this, index] { exportView(index); });
        menu.exec(widget->mapToGlobal(pos));
    });
}

QString ViewExportReaction::titleOf(const Entry& entry) const {
    if (entry.widget)
        if (auto* dock = qobject_cast<QDockWidget*>(entry.widget->parentWidget())) return dock->windowTitle();
    return entry.title ? entry.title() : entry.view->exportName();
}

void ViewExportReaction::exportFocusedView() {
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        for (std::size_t k = 0; k < views_.size(); ++k)
            if (views_[k].widget == w) return exportView(int(k));
    exportView(0);
}

void ViewExportReaction::exportViewOf(const QWidget* widget) {
    for (std::size_t k = 0; k < views_.size(); ++k)
        if (widget && views_[k].widget == widget) return exportView(int(k));
}

void ViewExportReaction::exportView(int index) {
    if (views_.empty()) return;
    std::vector<ExportTarget> targets;
    for (const Entry& e : views_) targets.push_back({titleOf(e), e.view});
    auto* dialog = new ExportViewDialog(std::move(targets), index, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!lastFolder_.isEmpty()) dialog->setPath(lastFolder_ + QLatin1Char('/') + QFileInfo(dialog->path()).fileName());
    connect(dialog, &ExportViewDialog::exported, this, [this](const QString& path, const QString& view) {
        lastFolder_ = QFileInfo(path).absolutePath();
        emit exported(path, view);
    });
    dialog->open();
}

}  // namespace eagle
