// Dates: the three accepted spellings, calendar arithmetic and period ends.

#include "Date.h"

#include <QTest>

using namespace eagle;

class TestDate : public QObject {
    Q_OBJECT
private slots:
    void parsesAcceptedFormats_data();
    void parsesAcceptedFormats();
    void knowsPeriodEnds();
};

void TestDate::parsesAcceptedFormats_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iso") << "2025-03-31" << "2025-03-31";
    QTest::newRow("slashes") << "2025/03/31" << "2025-03-31";
    QTest::newRow("compact") << "20250331" << "2025-03-31";
    QTest::newRow("leap day") << "2024-02-29" << "2024-02-29";
    QTest::newRow("no leap day") << "2025-02-29" << "";
    QTest::newRow("month 13") << "2025-13-01" << "";
    QTest::newRow("mixed separators") << "2025-03/31" << "";
    QTest::newRow("letters") << "2025-0A-31" << "";
    QTest::newRow("empty") << "" << "";
}

void TestDate::parsesAcceptedFormats() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto d = Date::parse(text.toStdString());
    QCOMPARE(d ? QString::fromStdString(d->toString()) : QString(), expected);
}

void TestDate::knowsPeriodEnds() {
    QCOMPARE(Date::fromYmd(1970, 1, 1).daysSinceEpoch(), 0);
    QCOMPARE(Date::fromYmd(2025, 1, 6).weekday(), 0u);  // a Monday
    QVERIFY(Date::fromYmd(2025, 3, 31).isLastBusinessDayOfQuarter());
    QVERIFY(Date::fromYmd(2025, 5, 30).isLastBusinessDayOfMonth());  // 31 May 2025 is a Saturday
    QVERIFY(!Date::fromYmd(2025, 5, 30).isLastBusinessDayOfQuarter());
    QVERIFY(!Date::fromYmd(2025, 5, 29).isLastBusinessDayOfMonth());
    QCOMPARE(Date::fromYmd(2025, 1, 3).nextBusinessDay().toString(), std::string("2025-01-06"));
}

QTEST_GUILESS_MAIN(TestDate)
#include "tst_date.moc"
