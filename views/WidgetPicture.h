#pragma once
// A picture of a widget as the user sees it. QWidget::grab() paints the widget tree and never sees
// the native windows network views draw in (views/NetworkView.h); this asks each network view in
// the tree to paint its frame into the picture as well. For screenshots and picture tests; on
// screen a view paints nothing of its own (the native window covers it).

#include <QPixmap>

class QWidget;

namespace eagle {

QPixmap grabWithNetworkViews(QWidget& widget);

}  // namespace eagle
