#include "RuleHighlighter.h"

#include "RuleFunctions.h"
#include "RuleKeywords.h"
#include "RuleLexer.h"

#include <algorithm>

namespace eagle {
namespace {

// UTF-16 index in the line of every UTF-8 byte offset (and of the end), so token offsets from the
// lexer land on the right characters of the QString.
std::vector<int> utf16Positions(const QString& line, const QByteArray& utf8) {
    std::vector<int> at(std::size_t(utf8.size()) + 1, int(line.size()));
    int byte = 0;
    for (int i = 0; i < line.size(); ++i) {
        const char32_t c = line.at(i).isHighSurrogate() && i + 1 < line.size()
                               ? QChar::surrogateToUcs4(line.at(i), line.at(i + 1))
                               : line.at(i).unicode();
        const int bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        for (int k = 0; k < bytes && byte + k < utf8.size(); ++k) at[std::size_t(byte + k)] = i;
        byte += bytes;
        if (c >= 0x10000) ++i;
    }
    return at;
}

// The UTF-16 index of a 1-based column counted in characters.
int indexOfColumn(const QString& line, int column) {
    int i = 0;
    for (int c = 1; c < column && i < line.size(); ++c) i += line.at(i).isHighSurrogate() ? 2 : 1;
    return i;
}

template <std::size_t N>
bool among(const std::string_view (&words)[N], const std::string& w) {
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

}  // namespace

RuleHighlighter::RuleHighlighter(QTextDocument* document, FeatureCatalog catalog)
    : QSyntaxHighlighter(document), catalog_(std::move(catalog)) {}

void RuleHighlighter::setCatalog(FeatureCatalog catalog) {
    catalog_ = std::move(catalog);
    rehighlight();
}

void RuleHighlighter::setProblems(std::vector<RuleError> problems) {
    problems_ = std::move(problems);
    rehighlight();
}

QTextCharFormat RuleHighlighter::formatOf(Kind kind) {
    QTextCharFormat f;
    switch (kind) {
        case Kind::Keyword:
            f.setForeground(QColor(0x1F, 0x4E, 0x9A));
            f.setFontWeight(QFont::Bold);
            break;
        case Kind::Severity:
            f.setForeground(QColor(0xC6, 0x28, 0x28));
            f.setFontWeight(QFont::Bold);
            break;
        case Kind::Function:
            f.setForeground(QColor(0x7E, 0x57, 0xC2));
            break;
        case Kind::Feature:
            f.setForeground(QColor(0x0B, 0x72, 0x85));
            break;
        case Kind::Unknown:
        case Kind::Problem:
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(QColor(0xD3, 0x2F, 0x2F));
            break;
        case Kind::Number:
            f.setForeground(QColor(0xB3, 0x5C, 0x00));
            break;
        case Kind::Text:
            f.setForeground(QColor(0x2E, 0x7D, 0x32));
            break;
        case Kind::Comment:
            f.setForeground(QColor(0x80, 0x80, 0x80));
            f.setFontItalic(true);
            break;
    }
    return f;
}

RuleHighlighter::Kind RuleHighlighter::kindOfIdentifier(const std::string& word) const {
    if (among(kKeywordWords, word)) return Kind::Keyword;
    if (among(kSeverityWords, word)) return Kind::Severity;
    if (findFunction(word)) return Kind::Function;
    if (catalog_.resolve(word)) return Kind::Feature;
    return Kind::Unknown;
}

void RuleHighlighter::highlightBlock(const QString& text) {
    // Lines are lexed on their own: a rule's texts are one line each and comments end with it.
    const QByteArray utf8 = text.toUtf8();
    const std::vector<int> at = utf16Positions(text, utf8);
    RuleLexer lexer(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    const std::vector<RuleToken> tokens = lexer.tokens();
    std::size_t gapStart = 0;
    const auto markComment = [&](std::size_t from, std::size_t to) {
        const int hash = text.indexOf(QLatin1Char('#'), at[from]);
        if (hash >= 0 && hash < at[to]) setFormat(hash, at[to] - hash, formatOf(Kind::Comment));
    };
    for (const RuleToken& t : tokens) {
        markComment(gapStart, t.begin);
        gapStart = t.end;
        if (t.kind == TokenKind::End) break;
        const int start = at[t.begin], length = at[t.end] - at[t.begin];
        switch (t.kind) {
            case TokenKind::Identifier: {
                const Kind kind = kindOfIdentifier(t.text);
                setFormat(start, length, formatOf(kind));
                break;
            }
            case TokenKind::Number:
                setFormat(start, length, formatOf(Kind::Number));
                break;
            case TokenKind::String:
                setFormat(start, length, formatOf(Kind::Text));
                break;
            default:
                break;
        }
    }
    if (const auto& e = lexer.error()) {
        const int from = indexOfColumn(text, e->column);
        setFormat(from, int(text.size()) - from, formatOf(Kind::Problem));
    }
    // The parser's problems on this line: underline from the column to the end of the word.
    const int line = currentBlock().blockNumber() + 1;
    for (const RuleError& e : problems_) {
        if (e.line != line) continue;
        const int from = indexOfColumn(text, e.column);
        int to = from + 1;
        while (to < text.size() && !text.at(to).isSpace() && text.at(to) != QLatin1Char('(')) ++to;
        QTextCharFormat f = format(std::min(from, int(text.size()) - 1));
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0xD3, 0x2F, 0x2F));
        f.setToolTip(QString::fromStdString(e.toString()));
        setFormat(from, std::max(1, to - from), f);
    }
}

}  // namespace eagle
