#pragma once
// Institutions' codes on a chart's row axis: as many as fit without overlapping.

class QCustomPlot;
class QFont;

namespace eagle {

// Every how many rows a label fits: count labels in the font, a line each with a little space
// between, in available pixels. 1 when every one fits; always at least 1.
int labelStep(int count, const QFont& font, int available);

// For an afterLayout handler that changed an axis's ticks: QCustomPlot computed the ticks before
// the layout, so it lays the plot out again, and the frame being drawn (on screen or in an export
// at another size) has the new ticks instead of the last frame's.
void layOutAgain(QCustomPlot& plot);

}  // namespace eagle
