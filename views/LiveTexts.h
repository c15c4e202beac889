#pragma once
// Texts that follow the user-interface language: each setter runs once when added and again when
// the owner hears of a new language (QEvent::LanguageChange, sent to every widget when Settings
// installs other translators), so that switching needs no restart and a widget keeps no second
// list of what it shows.

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>
#include <vector>

class QEvent;

namespace eagle {

class LiveTexts : public QObject {
public:
    // A child of owner, watching its events.
    explicit LiveTexts(QObject* owner);

    // target: the object the setter writes to; the setter is dropped once the target is deleted.
    void add(QObject* target, std::function<void()> set);
    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> entries_;
};

}  // namespace eagle
