#pragma once
// A chart's title above its plot, cut with an ellipsis to the chart's width. QCPTextElement asks
// the layout for its whole text's width, so a long title (an institution's English name and a
// feature) made the layout wider than the widget, and the title was clipped at both ends.

#include <qcustomplot.h>

namespace eagle {

class PlotTitle : public QCPTextElement {
public:
    using QCPTextElement::QCPTextElement;

protected:
    void draw(QCPPainter* painter) override;
    QSize minimumOuterSizeHint() const override;
};

// A bold title, a point larger than font, in a new top row of the plot's layout.
PlotTitle* addPlotTitle(QCustomPlot* plot, const QFont& font);

}  // namespace eagle
