// Finding and going back: the navigation history records one place per step, goes back and
// forward without recording, and drops the forward places when a new way is taken; the search
// index ranks exact codes before prefixes before names and finds alerts by rule; the search box
// emits the entry chosen; bookmarks survive a reload and stay with their workspace.

#include "Bookmarks.h"
#include "HelpWindow.h"
#include "RecentWorkspaces.h"
#include "Theme.h"
#include "NavigationHistory.h"
#include "SearchBox.h"
#include "SearchIndex.h"
#include "SelectionModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace eagle;

class TestNavigation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // The user's own settings stay untouched: test mode and an organisation of its own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("EagleEyeTests");
        QCoreApplication::setApplicationName("tst_navigation");
    }
    void oneStepIsOnePlace();
    void backAndForward();
    void newWayDropsForwardPlaces();
    void searchRanksCodesFirst();
    void searchFindsAlertsByRule();
    void searchBoxEmitsTheChoice();
    void bookmarksSurviveAndStayWithTheirWorkspace();
    void recentWorkspacesNewestFirst();
    void helpShowsTheEmbeddedDocs();
    void themesChangeThePalette();
};

namespace {
const Date kDay1 = Date::fromYmd(2025, 3, 3);
const Date kDay2 = Date::fromYmd(2025, 3, 4);

void step(SelectionModel& s, std::int64_t institution, Date day) {
    s.setInstitution(InstitutionId(institution));
    s.setDay(day);
    QCoreApplication::processEvents();  // the history records once the event loop runs
}
}  // namespace

void TestNavigation::oneStepIsOnePlace() {
    SelectionModel selection;
    NavigationHistory history(selection);
    step(selection, 1, kDay1);
    step(selection, 2, kDay2);  // institution and day changed together: one place
    QCOMPARE(history.places().size(), std::size_t(2));
    QCOMPARE(history.places()[1], (NavigationHistory::Place{InstitutionId(2), kDay2}));
    step(selection, 2, kDay2);  // nothing changed: nothing recorded
    QCOMPARE(history.places().size(), std::size_t(2));
}

void TestNavigation::backAndForward() {
    SelectionModel selection;
    NavigationHistory history(selection);
    step(selection, 1, kDay1);
    step(selection, 2, kDay1);
    step(selection, 3, kDay2);
    QVERIFY(history.canGoBack());
    QVERIFY(!history.canGoForward());
    history.back();
    QCOMPARE(selection.institution(), InstitutionId(2));
    QCOMPARE(selection.day(), kDay1);
    history.back();
    QCOMPARE(selection.institution(), InstitutionId(1));
    QVERIFY(!history.canGoBack());
    QCoreApplication::processEvents();
    QCOMPARE(history.places().size(), std::size_t(3));  // moving did not record
    history.forward();
    history.forward();
    QCOMPARE(selection.institution(), InstitutionId(3));
    QCOMPARE(selection.day(), kDay2);
    QVERIFY(!history.canGoForward());
}

void TestNavigation::newWayDropsForwardPlaces() {
    SelectionModel selection;
    NavigationHistory history(selection);
    step(selection, 1, kDay1);
    step(selection, 2, kDay1);
    step(selection, 3, kDay1);
    history.back();
    history.back();
    step(selection, 7, kDay2);
    QCOMPARE(history.places().size(), std::size_t(2));
    QCOMPARE(history.places().back().institution, InstitutionId(7));
    QVERIFY(!history.canGoForward());
    // A change not yet recorded is where back returns from.
    selection.setInstitution(InstitutionId(8));
    history.back();
    QCOMPARE(selection.institution(), InstitutionId(7));
}

Institution institution(std::int64_t id, const char* code, const char* name) {
    Institution i;
    i.id = InstitutionId(id);
    i.code = code;
    i.name = name;
    return i;
}

void TestNavigation::searchRanksCodesFirst() {
    SearchIndex index;
    index.setInstitutions({institution(1, "BK01", "Bank of Anywhere"), institution(2, "BK011", "Coastal Bank"),
                           institution(3, "SEC1", "BK01 Securities"), institution(4, "XX9", "Inland Trust")});
    Instrument bond;
    bond.id = InstrumentId(5);
    bond.code = "BK0105";
    bond.kind = "corporate";
    index.setInstruments({bond});
    std::vector<std::int64_t> ids;
    for (const auto& e : index.find("bk01")) ids.push_back(e.id);
    // Exact code; code prefixes (institution, then instrument); a name starting with it.
    QCOMPARE(ids, (std::vector<std::int64_t>{1, 2, 5, 3}));
    QCOMPARE(index.find("trust").size(), std::size_t(1));
    QCOMPARE(index.find("trust").front().id, 4);
    QVERIFY(index.find("   ").empty());
    QCOMPARE(index.find("b", 2).size(), std::size_t(2));
}

void TestNavigation::searchFindsAlertsByRule() {
    SearchIndex index;
    AlertRecord a;
    a.alert.id = 42;
    a.alert.day = kDay1;
    a.alert.severity = "high";
    a.alert.message = "overnight share 0.93";
    a.rule = "overnight_dependence";
    a.institutionCode = "BK01";
    AlertRecord replayed = a;
    replayed.alert.id = 0;  // a replay's alert is not stored: not offered
    index.setAlerts({a, replayed});
    const auto found = index.find("overnight_dep");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().kind, SearchEntry::Kind::Alert);
    QCOMPARE(found.front().id, 42);
    QVERIFY(found.front().label.contains("BK01"));
}

void TestNavigation::searchBoxEmitsTheChoice() {
    SearchBox box;
    box.index().setInstitutions({institution(1, "BK01", "Bank of Anywhere"), institution(2, "BK02", "Other")});
    box.show();
    QSignalSpy chosen(&box, &SearchBox::entryActivated);
    QTest::keyClicks(&box, "anywhere");
    QCOMPARE(box.matches().size(), std::size_t(1));
    // Chosen in the popup, as with the arrow keys and Return.
    auto* completer = box.findChild<QCompleter*>();
    QAbstractItemView* popup = completer->popup();
    QVERIFY(popup->isVisible());
    popup->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.takeFirst().at(0).value<SearchEntry>().id, 1);
}

void TestNavigation::bookmarksSurviveAndStayWithTheirWorkspace() {
    QSettings().clear();
    const Bookmark first{"长期观察 BK01", "BK01", kDay1};
    const Bookmark second{"squeeze", "BK07", kDay2};
    Bookmarks::add("/tmp/a.eagle", first);
    Bookmarks::add("/tmp/a.eagle", second);
    Bookmarks::add("/tmp/b.eagle", second);
    QCOMPARE(Bookmarks::load("/tmp/a.eagle"), (QList<Bookmark>{first, second}));
    QCOMPARE(Bookmarks::load("/tmp/b.eagle"), (QList<Bookmark>{second}));
    Bookmarks::save("/tmp/a.eagle", {});
    QVERIFY(Bookmarks::load("/tmp/a.eagle").isEmpty());
    QCOMPARE(Bookmarks::load("/tmp/b.eagle").size(), 1);
}

void TestNavigation::recentWorkspacesNewestFirst() {
    QSettings().clear();
    QTemporaryDir dir;
    QStringList made;
    for (int k = 0; k < RecentWorkspaces::kMax + 2; ++k) {
        const QString path = dir.filePath(QStringLiteral("w%1.eagle").arg(k));
        QFile(path).open(QIODevice::WriteOnly);
        RecentWorkspaces::add(path);
        made.prepend(path);
    }
    RecentWorkspaces::add(made[3]);  // opened again: first, once
    QStringList expected = made.mid(0, RecentWorkspaces::kMax);
    expected.move(3, 0);
    QCOMPARE(RecentWorkspaces::list(), expected);
    QFile::remove(made[0]);  // gone from the disk: gone from the list
    expected.removeAll(made[0]);
    QCOMPARE(RecentWorkspaces::list(), expected);
}

void TestNavigation::helpShowsTheEmbeddedDocs() {
    HelpWindow help;
    QVERIFY(help.pages().contains("README.md"));
    QVERIFY(help.pages().contains("docs/rules.md"));
    QVERIFY(help.pages().contains("docs/features.md"));
    QCOMPARE(help.pages().front(), QString("README.md"));
    QVERIFY(help.currentText().contains("EagleEye"));
    QVERIFY(help.showPage("docs/rules.md"));
    QVERIFY(help.currentText().contains("alert workflow"));
    QVERIFY(!help.showPage("docs/nothing.md"));
}

void TestNavigation::themesChangeThePalette() {
    auto& app = *static_cast<QApplication*>(QCoreApplication::instance());
    applyTheme(app, Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
    applyTheme(app, Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    saveTheme(Theme::Dark);
    QCOMPARE(savedTheme(), Theme::Dark);
    saveTheme(Theme::Light);
    QCOMPARE(savedTheme(), Theme::Light);
}

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
