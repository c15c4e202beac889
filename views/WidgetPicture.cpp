#include "WidgetPicture.h"

#include "NetworkView.h"

#include <QPointer>
#include <QWidget>

namespace eagle {

QPixmap grabWithNetworkViews(QWidget& widget) {
    QList<QPointer<NetworkView>> views;
    for (NetworkView* view : widget.findChildren<NetworkView*>()) views.append(view);
    if (auto* view = qobject_cast<NetworkView*>(&widget)) views.append(view);
    for (const auto& view : views) view->setFrameInWidgetPaint(true);
    const QPixmap picture = widget.grab();
    for (const auto& view : views)
        if (view) view->setFrameInWidgetPaint(false);
    return picture;
}

}  // namespace eagle
