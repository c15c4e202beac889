#pragma once
// The chosen institution's row on a chart with a row per institution (the heatmap, the risk
// matrix): a frame around the row and the institution's code in a box at the row's left end,
// readable where the row axis shows only every few codes.

#include <QString>

class QCustomPlot;
class QCPItemRect;
class QCPItemText;

namespace eagle {

class RowMarker {
public:
    explicit RowMarker(QCustomPlot* plot);  // items owned by the plot
    // The row's centre in plot coordinates; left and right: the frame's ends on the key axis.
    void show(double row, double left, double right, const QString& label);
    void hide();
    bool visible() const;
    QString label() const;

private:
    QCPItemRect* frame_;
    QCPItemText* label_;
};

}  // namespace eagle
