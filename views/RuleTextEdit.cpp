#include "RuleTextEdit.h"

#include "RuleFunctions.h"
#include "RuleHighlighter.h"
#include "RuleKeywords.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

#include <set>

namespace eagle {
namespace {
QString fromView(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }
}  // namespace

RuleTextEdit::RuleTextEdit(QWidget* parent)
    : QPlainTextEdit(parent),
      highlighter_(new RuleHighlighter(document(), FeatureCatalog({}))),
      completer_(new QCompleter(this)),
      words_(new QStringListModel(this)) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    completer_->setModel(words_);
    completer_->setWidget(this);
    completer_->setCompletionMode(QCompleter::PopupCompletion);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setModelSorting(QCompleter::UnsortedModel);
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, &RuleTextEdit::insertCompletion);
    setCatalog(FeatureCatalog({}));
}

void RuleTextEdit::setCatalog(const FeatureCatalog& catalog) {
    highlighter_->setCatalog(catalog);
    // Features first (what a supervisor types most), then their aliases, functions and keywords.
    QStringList words;
    for (const std::string& name : catalog.names()) words << QString::fromStdString(name);
    for (const auto& alias : FeatureCatalog::aliases())
        if (catalog.resolve(alias.alias)) words << fromView(alias.alias);
    for (const auto& f : kFunctions) words << fromView(f.name);
    for (std::string_view k : kKeywordWords) words << fromView(k);
    for (std::string_view s : kSeverityWords) words << fromView(s);
    words.removeDuplicates();
    words_->setStringList(words);
}

void RuleTextEdit::setProblems(std::vector<RuleError> problems) { highlighter_->setProblems(std::move(problems)); }

QStringList RuleTextEdit::completionsFor(const QString& prefix) const {
    QStringList out;
    for (const QString& w : words_->stringList())
        if (w.startsWith(prefix, Qt::CaseInsensitive) && w != prefix) out << w;
    return out;
}

void RuleTextEdit::goTo(int line, int column) {
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid()) return;
    QTextCursor c(block);
    const QString text = block.text();
    int i = 0;
    for (int col = 1; col < column && i < text.size(); ++col) i += text.at(i).isHighSurrogate() ? 2 : 1;
    c.setPosition(block.position() + i);
    setTextCursor(c);
    setFocus();
}

QString RuleTextEdit::wordBeforeCursor() const {
    const QTextCursor c = textCursor();
    const QString text = c.block().text();
    int start = c.positionInBlock();
    while (start > 0 && isWordChar(text.at(start - 1))) --start;
    return text.mid(start, c.positionInBlock() - start);
}

void RuleTextEdit::insertCompletion(const QString& word) {
    QTextCursor c = textCursor();
    const int typed = int(wordBeforeCursor().size());
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
    c.insertText(word);
    setTextCursor(c);
}

void RuleTextEdit::showCompletions(bool forced) {
    const QString prefix = wordBeforeCursor();
    // Two Latin letters or one Chinese character are enough to guess from; Ctrl+Space always asks.
    const bool enough = prefix.size() >= 2 || (!prefix.isEmpty() && prefix.at(0).unicode() >= 0x2E80);
    if ((!forced && !enough) || completionsFor(prefix).isEmpty()) {
        completer_->popup()->hide();
        return;
    }
    completer_->setCompletionPrefix(prefix);
    completer_->popup()->setCurrentIndex(completer_->completionModel()->index(0, 0));
    QRect r = cursorRect();
    r.setWidth(completer_->popup()->sizeHintForColumn(0) +
               completer_->popup()->verticalScrollBar()->sizeHint().width());
    completer_->complete(r);
}

void RuleTextEdit::keyPressEvent(QKeyEvent* event) {
    if (completer_->popup()->isVisible()) {
        switch (event->key()) {
            case Qt::Key_Enter:
            case Qt::Key_Return:
            case Qt::Key_Escape:
            case Qt::Key_Tab:
            case Qt::Key_Backtab:
                event->ignore();
                return;  // the completer handles them
            default:
                break;
        }
    }
    const bool forced = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!forced) QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (forced || (!typed.isEmpty() && isWordChar(typed.back())))
        showCompletions(forced);
    else if (completer_->popup()->isVisible())
        completer_->popup()->hide();
}

void RuleTextEdit::inputMethodEvent(QInputMethodEvent* event) {
    QPlainTextEdit::inputMethodEvent(event);
    if (!event->commitString().isEmpty()) showCompletions(false);
}

}  // namespace eagle
