#pragma once
// The time cursor's control: a slider over the workspace's trading days with step and play
// buttons. It moves SelectionModel's day; every view shows the market as of that day.

#include "Date.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace eagle {

class SelectionModel;

class TimeCursorBar : public QWidget {
    Q_OBJECT
public:
    explicit TimeCursorBar(QWidget* parent = nullptr);

    void setSelectionModel(SelectionModel* selection);
    // The days the cursor can stand on, ascending; the cursor moves to the last one when its day
    // is not among them.
    void setDays(std::vector<Date> days);
    bool isPlaying() const;

public slots:
    void stepBy(int days);
    void setPlaying(bool on);

private:
    void showDay(Date day);
    int indexOf(Date day) const;

    QPointer<SelectionModel> selection_;
    std::vector<Date> days_;
    QToolButton* back_ = nullptr;
    QToolButton* play_ = nullptr;
    QToolButton* forward_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* label_ = nullptr;
    QTimer* timer_ = nullptr;
};

}  // namespace eagle
