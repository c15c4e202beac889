#include "LiveTexts.h"

#include <QEvent>

namespace eagle {

LiveTexts::LiveTexts(QObject* owner) : QObject(owner) { owner->installEventFilter(this); }

void LiveTexts::add(QObject* target, std::function<void()> set) {
    set();
    entries_.emplace_back(target, std::move(set));
}

void LiveTexts::retranslate() {
    std::erase_if(entries_, [](const auto& e) { return e.first.isNull(); });
    for (const auto& e : entries_) e.second();
}

bool LiveTexts::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent() && event->type() == QEvent::LanguageChange) retranslate();
    return false;
}

}  // namespace eagle
