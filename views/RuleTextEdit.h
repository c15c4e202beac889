#pragma once
// The text of a rule, edited: highlighting by the rule lexer and completion of feature names
// (English and Chinese aliases), functions and keywords while typing or on Ctrl+Space.

#include "FeatureCatalog.h"
#include "RuleError.h"

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace eagle {

class RuleHighlighter;

class RuleTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit RuleTextEdit(QWidget* parent = nullptr);

    // The workspace's features: what is highlighted as known and offered for completion.
    void setCatalog(const FeatureCatalog& catalog);
    void setProblems(std::vector<RuleError> problems);
    // The words offered for a prefix, in the order shown (for tests and the popup alike).
    QStringList completionsFor(const QString& prefix) const;
    QCompleter* completer() const { return completer_; }
    // Puts the cursor at a 1-based line and character column (a problem's position).
    void goTo(int line, int column);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // Chinese arrives through the input method, not as key presses.
    void inputMethodEvent(QInputMethodEvent* event) override;

private:
    QString wordBeforeCursor() const;
    void insertCompletion(const QString& word);
    void showCompletions(bool forced);

    RuleHighlighter* highlighter_;
    QCompleter* completer_;
    QStringListModel* words_;
};

}  // namespace eagle
