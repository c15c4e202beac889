#include "TimeCursorBar.h"

#include "LiveTexts.h"
#include "SelectionModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace eagle {
namespace {
constexpr int kPlayIntervalMs = 350;  // a trading day per step: a quarter in about 20 seconds
}

TimeCursorBar::TimeCursorBar(QWidget* parent)
    : QWidget(parent), back_(new QToolButton(this)), play_(new QToolButton(this)), forward_(new QToolButton(this)),
      slider_(new QSlider(Qt::Horizontal, this)), label_(new QLabel(this)), timer_(new QTimer(this)) {
    back_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    forward_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    play_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    play_->setCheckable(true);
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(QStringLiteral("  0000-00-00  ")));
    label_->setAlignment(Qt::AlignCenter);
    timer_->setInterval(kPlayIntervalMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto* asOf = new QLabel(this);
    layout->addWidget(asOf);
    (new LiveTexts(this))->add(this, [this, asOf] {
        asOf->setText(tr("As of"));
        back_->setToolTip(tr("Previous trading day"));
        forward_->setToolTip(tr("Next trading day"));
        play_->setToolTip(tr("Play the market day by day"));
        slider_->setToolTip(tr("As of: every view shows the market on this day"));
    });
    layout->addWidget(back_);
    layout->addWidget(play_);
    layout->addWidget(forward_);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);
    setEnabled(false);

    connect(back_, &QToolButton::clicked, this, [this] { stepBy(-1); });
    connect(forward_, &QToolButton::clicked, this, [this] { stepBy(+1); });
    connect(play_, &QToolButton::toggled, this, &TimeCursorBar::setPlaying);
    connect(timer_, &QTimer::timeout, this, [this] {
        if (slider_->value() >= slider_->maximum()) return setPlaying(false);
        stepBy(+1);
    });
    connect(slider_, &QSlider::valueChanged, this, [this](int index) {
        if (index < 0 || index >= int(days_.size())) return;
        if (selection_)
            selection_->setDay(days_[std::size_t(index)]);
        else
            showDay(days_[std::size_t(index)]);
    });
}

void TimeCursorBar::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::dayChanged, this, &TimeCursorBar::showDay);
        showDay(selection_->day());
    }
}

void TimeCursorBar::setDays(std::vector<Date> days) {
    setPlaying(false);
    days_ = std::move(days);
    setEnabled(!days_.empty());
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(0, std::max(0, int(days_.size()) - 1));
    }
    if (days_.empty()) return label_->clear();
    const Date current = selection_ ? selection_->day() : Date();
    const Date day = indexOf(current) >= 0 ? current : days_.back();
    if (selection_ && selection_->day() != day)
        selection_->setDay(day);
    else
        showDay(day);
}

bool TimeCursorBar::isPlaying() const { return timer_->isActive(); }

void TimeCursorBar::stepBy(int days) {
    slider_->setValue(std::clamp(slider_->value() + days, 0, slider_->maximum()));
}

void TimeCursorBar::setPlaying(bool on) {
    if (on && slider_->value() >= slider_->maximum()) slider_->setValue(0);  // replay from the start
    on ? timer_->start() : timer_->stop();
    const QSignalBlocker block(play_);
    play_->setChecked(on);
    play_->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void TimeCursorBar::showDay(Date day) {
    const int index = indexOf(day);
    if (index < 0) return;
    const QSignalBlocker block(slider_);
    slider_->setValue(index);
    label_->setText(QString::fromStdString(day.toString()));
    back_->setEnabled(index > 0);
    forward_->setEnabled(index + 1 < int(days_.size()));
}

int TimeCursorBar::indexOf(Date day) const {
    const auto it = std::lower_bound(days_.begin(), days_.end(), day);
    return it != days_.end() && *it == day ? int(it - days_.begin()) : -1;
}

}  // namespace eagle
