#include "HelpWindow.h"

#include "LiveTexts.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>

namespace eagle {
namespace {
const char* const kDocs = ":/docs/";  // README.md and docs/*.md, embedded by app/CMakeLists.txt
}

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window), pages_(new QListWidget(this)), text_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("helpWindow"));
    (new LiveTexts(this))->add(this, [this] { setWindowTitle(tr("EagleEye help")); });
    resize(1100, 760);
    text_->setObjectName(QStringLiteral("helpText"));
    text_->setOpenExternalLinks(true);
    // The overview first, then the pages of docs/.
    QStringList files{QStringLiteral("README.md")};
    for (const QString& f : QDir(QString::fromLatin1(kDocs) + QStringLiteral("docs")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        files << QStringLiteral("docs/") + f;
    for (const QString& f : files) pages_->addItem(f);
    pages_->setMaximumWidth(220);
    auto* split = new QSplitter(this);
    split->addWidget(pages_);
    split->addWidget(text_);
    split->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(pages_, &QListWidget::currentTextChanged, this, [this](const QString& f) { showPage(f); });
    // Links between pages (docs/rules.md, features.md) open here rather than in a browser.
    connect(text_, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        const QString name = url.path().mid(int(qstrlen(kDocs)) - 1);  // qrc:/docs/docs/rules.md -> docs/rules.md
        const auto found = pages_->findItems(name, Qt::MatchExactly);
        if (!found.isEmpty() && pages_->currentItem() != found.front()) {
            const QSignalBlocker block(pages_);
            pages_->setCurrentItem(found.front());
        }
    });
    if (!files.isEmpty()) pages_->setCurrentRow(0);
}

bool HelpWindow::showPage(const QString& fileName) {
    const QString path = QString::fromLatin1(kDocs) + fileName;
    if (!QFile::exists(path)) return false;
    text_->setSource(QUrl(QStringLiteral("qrc") + path), QTextDocument::MarkdownResource);
    const auto found = pages_->findItems(fileName, Qt::MatchExactly);
    if (!found.isEmpty() && pages_->currentItem() != found.front()) {
        const QSignalBlocker block(pages_);
        pages_->setCurrentItem(found.front());
    }
    return true;
}

QStringList HelpWindow::pages() const {
    QStringList out;
    for (int k = 0; k < pages_->count(); ++k) out << pages_->item(k)->text();
    return out;
}

QString HelpWindow::currentText() const { return text_->toPlainText(); }

}  // namespace eagle
