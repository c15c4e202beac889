#pragma once
// The stress-test panel beside the network: choose who fails (or another shock) and the contagion
// method, run it, then step or play through its rounds on the network while a table lists who
// lost what. The computation runs in app/; this panel asks for it and shows the answer.

#include "ContagionResult.h"
#include "StressTest.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QTableWidget;

namespace eagle {

class NetworkView;

class StressPanel : public QWidget {
    Q_OBJECT
public:
    explicit StressPanel(NetworkView& view, QWidget* parent = nullptr);

    // Suggests the selected institution as the one that fails, unless the user typed a shock.
    void suggestShock(const QString& code);
    // A finished test: shown on the network (round 0) and summarised in the table.
    void setResult(const ContagionResult& result, const QStringList& names, const QString& title);
    void showError(const QString& reason);
    // The network changed day: its stress test no longer applies.
    void reset();

    QLineEdit* shockEdit() const { return shock_; }
    QComboBox* methodBox() const { return method_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* playButton() const { return play_; }
    QTableWidget* table() const { return table_; }
    QString summary() const;

signals:
    void stressRequested(const QString& shock, eagle::StressMethod method);

private:
    void onRoundShown(int round);

    NetworkView& view_;
    QLineEdit* shock_;
    QComboBox* method_;
    QPushButton* run_;
    QPushButton* play_;
    QSlider* round_;
    QLabel* roundLabel_;
    QLabel* summary_;
    QTableWidget* table_;
    QString suggested_;
    std::function<QString()> summaryText_;  // the summary shown, in the language of the moment
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::StressMethod)
