#pragma once
// Colours a rule file as the real lexer reads it: keywords, severities, functions, known features
// and aliases, numbers, texts and comments; unknown names and the parser's problems get a red
// wavy underline at the line and column the parser reports.

#include "FeatureCatalog.h"
#include "RuleError.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace eagle {

class RuleHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    RuleHighlighter(QTextDocument* document, FeatureCatalog catalog);

    void setCatalog(FeatureCatalog catalog);
    void setProblems(std::vector<RuleError> problems);

    enum class Kind { Keyword, Severity, Function, Feature, Unknown, Number, Text, Comment, Problem };
    // How each kind is drawn (the editor and its tests compare against these).
    static QTextCharFormat formatOf(Kind kind);

protected:
    void highlightBlock(const QString& text) override;

private:
    Kind kindOfIdentifier(const std::string& word) const;

    FeatureCatalog catalog_;
    std::vector<RuleError> problems_;
};

}  // namespace eagle
