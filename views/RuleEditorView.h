#pragma once
// The rule editor: the workspace's rules with their on/off switch, the chosen rule's text with
// highlighting, completion and live validation (the parser's line, column and hint), a shadow-mode
// backtest before a rule is switched on, and its version history. It edits and asks; the app
// saves, switches and backtests, and reports back.

#include "FeatureCatalog.h"
#include "RuleStore.h"
#include "ShadowRun.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace eagle {

class ColumnFitter;
class LiveTexts;
class RuleTextEdit;

class RuleEditorView : public QWidget {
    Q_OBJECT
public:
    explicit RuleEditorView(QWidget* parent = nullptr);

    void setCatalog(const FeatureCatalog& catalog);
    // The newest version of every rule; keeps the chosen one chosen.
    void setRules(std::vector<StoredRule> rules);
    void setVersions(const QString& name, std::vector<StoredRule> versions);
    void setShadowRun(const ShadowRun& run);

    // Opens a rule's newest text in the editor (as clicking it in the list does).
    void chooseRule(const QString& name);
    void newRule();
    QString text() const;
    void setText(const QString& text);
    RuleTextEdit& editor() { return *editor_; }
    // Validates now instead of after the typing pause; true when the text is valid.
    bool validateNow();
    QStringList problems() const;
    QString chosenRule() const { return chosen_; }

signals:
    void ruleChosen(const QString& name);
    void saveRequested(const QString& text);
    void enableRequested(const QString& name, bool enabled);
    void backtestRequested(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createRuleList();
    void fitListToNames();
    QWidget* createEditor();
    QWidget* createResults();
    void updateButtons();

    FeatureCatalog catalog_;
    std::vector<StoredRule> rules_;
    QString chosen_;
    bool valid_ = false;
    QTableWidget* list_ = nullptr;
    QSplitter* split_ = nullptr;  // the rule list | the editor and results
    bool listFitted_ = false;
    RuleTextEdit* editor_ = nullptr;
    QListWidget* problems_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* backtest_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QLabel* summary_ = nullptr;
    QTableWidget* perRule_ = nullptr;
    QTableWidget* shadowAlerts_ = nullptr;
    ColumnFitter* shadowAlertsFit_ = nullptr;
    QTableWidget* versions_ = nullptr;
    std::vector<StoredRule> versionList_;
    QTimer* validation_ = nullptr;
    LiveTexts* texts_ = nullptr;
};

}  // namespace eagle
