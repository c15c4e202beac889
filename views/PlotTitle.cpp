#include "PlotTitle.h"

namespace eagle {

void PlotTitle::draw(QCPPainter* painter) {
    const QString whole = mText;
    const QFontMetrics metrics(mainFont(), painter->device());  // a PDF's or SVG's metrics when exporting
    // A character's room at each end, so that a cut title does not touch the widget's edges.
    mText = metrics.elidedText(whole, Qt::ElideRight, mRect.width() - 2 * metrics.averageCharWidth());
    QCPTextElement::draw(painter);
    mText = whole;
}

QSize PlotTitle::minimumOuterSizeHint() const {
    QSize size = QCPTextElement::minimumOuterSizeHint();
    size.setWidth(mMargins.left() + mMargins.right());  // the height stays: one line of text
    return size;
}

PlotTitle* addPlotTitle(QCustomPlot* plot, const QFont& font) {
    plot->plotLayout()->insertRow(0);
    auto* title = new PlotTitle(plot, QString(), QFont(font.family(), font.pointSize() + 1, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

}  // namespace eagle
