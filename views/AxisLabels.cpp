#include "AxisLabels.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace eagle {

int labelStep(int count, const QFont& font, int available) {
    const int extent = QFontMetrics(font).height() + 2;
    return std::max(1, int(std::ceil(double(count) * extent / std::max(available, extent))));
}

void layOutAgain(QCustomPlot& plot) {
    // The phases of QCustomPlot::updateLayout, without its afterLayout signal (no recursion).
    plot.plotLayout()->update(QCPLayoutElement::upPreparation);
    plot.plotLayout()->update(QCPLayoutElement::upMargins);
    plot.plotLayout()->update(QCPLayoutElement::upLayout);
}

}  // namespace eagle
