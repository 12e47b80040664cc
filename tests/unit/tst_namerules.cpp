// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "namerules.h"

#include <QTest>

namespace {

const QString grinning = QStringLiteral(u"\U0001F600"); // one character, two UTF-16 units

QString withControl(char16_t control)
{
    return QStringLiteral("bo") + QChar(control) + QStringLiteral("b");
}

} // namespace

class TestNameRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void display_data();
    void display();
    void isValid_data();
    void isValid();
    void controlCharacterAtEitherEndOfATrimmedName();
    void maxLengthIsTheProtocolsLimit();
    void key_data();
    void key();
};

void TestNameRules::display_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");

    QTest::newRow("already clean") << "fishing_beast_5000"
                                   << "fishing_beast_5000";
    QTest::newRow("spaces around") << "  bob  "
                                   << "bob";
    QTest::newRow("tabs and newlines around") << "\t\n bob \r\n"
                                              << "bob";
    QTest::newRow("inner space kept") << "  bob  smith "
                                      << "bob  smith";
    QTest::newRow("unicode spaces around") << QStringLiteral(u"\u00a0\u3000bob\u2003") << "bob";
    QTest::newRow("blank") << "   "
                           << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("case kept") << " Bob "
                               << "Bob";
}

void TestNameRules::display()
{
    QFETCH(QString, requested);
    QFETCH(QString, expected);

    QCOMPARE(NameRules::display(requested), expected);
}

void TestNameRules::isValid_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("valid");

    QTest::newRow("protocol example") << "fishing_beast_5000" << true;
    QTest::newRow("one character") << "a" << true;
    QTest::newRow("inner space") << "bob smith" << true;
    QTest::newRow("non-ASCII") << QStringLiteral(u"J\u00fcrgen") << true;
    QTest::newRow("32 characters") << QString(32, QLatin1Char('a')) << true;
    QTest::newRow("33 characters") << QString(33, QLatin1Char('a')) << false;
    QTest::newRow("32 characters padded")
        << QStringLiteral("   ") + QString(32, QLatin1Char('a')) + QStringLiteral("\t") << true;
    QTest::newRow("32 accented characters") << QString(32, QChar(0xe9)) << true;
    QTest::newRow("33 accented characters") << QString(33, QChar(0xe9)) << false;
    QTest::newRow("32 emoji") << grinning.repeated(32) << true;
    QTest::newRow("33 emoji") << grinning.repeated(33) << false;
    QTest::newRow("31 a and an emoji") << QString(31, QLatin1Char('a')) + grinning << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "    " << false;
    QTest::newRow("white space only") << "\t\r\n " << false;
    QTest::newRow("newline inside") << withControl(u'\n') << false;
    QTest::newRow("tab inside") << withControl(u'\t') << false;
    QTest::newRow("carriage return inside") << withControl(u'\r') << false;
    QTest::newRow("\\x01 inside") << withControl(0x01) << false;
    QTest::newRow("NUL inside") << withControl(0x00) << false;
    QTest::newRow("escape inside") << withControl(0x1b) << false;
    QTest::newRow("U+007F inside") << withControl(0x7f) << false;
    QTest::newRow("U+0085 inside") << withControl(0x85) << false;
    QTest::newRow("U+009F inside") << withControl(0x9f) << false;
    QTest::newRow("\\x01 alone") << QStringLiteral("\x01") << false;
}

void TestNameRules::isValid()
{
    QFETCH(QString, requested);
    QFETCH(bool, valid);

    QCOMPARE(NameRules::isValid(NameRules::display(requested)), valid);
}

void TestNameRules::controlCharacterAtEitherEndOfATrimmedName()
{
    // isValid() takes an already trimmed name: control characters that are not white space survive trimming.
    QVERIFY(!NameRules::isValid(QStringLiteral("bob\x01")));
    QVERIFY(!NameRules::isValid(QStringLiteral("\x01"
                                               "bob")));
    QVERIFY(!NameRules::isValid(QStringLiteral("bob\x7f")));
    QVERIFY(!NameRules::isValid(NameRules::display(QStringLiteral(" bob\x01 "))));
}

void TestNameRules::maxLengthIsTheProtocolsLimit()
{
    QCOMPARE(NameRules::MaxLength, 32);
}

void TestNameRules::key_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");

    QTest::newRow("Bob and bob") << "Bob"
                                 << "bob" << true;
    QTest::newRow("BOB and bob") << "BOB"
                                 << "bob" << true;
    QTest::newRow("bOb and BoB") << "bOb"
                                 << "BoB" << true;
    QTest::newRow("identical") << "bob"
                               << "bob" << true;
    QTest::newRow("precomposed and decomposed e acute")
        << QStringLiteral(u"\u00e9") << QStringLiteral(u"e\u0301") << true;
    QTest::newRow("names with decomposed e") << QStringLiteral(u"Ren\u00e9e") << QStringLiteral(u"Rene\u0301e") << true;
    QTest::newRow("upper precomposed and lower decomposed")
        << QStringLiteral(u"\u00c9") << QStringLiteral(u"e\u0301") << true;
    QTest::newRow("angstrom sign and a ring") << QStringLiteral(u"\u212b") << QStringLiteral(u"\u00e5") << true;
    QTest::newRow("non-ASCII case") << QStringLiteral(u"J\u00dcRGEN") << QStringLiteral(u"j\u00fcrgen") << true;
    QTest::newRow("greek case") << QStringLiteral(u"\u039f\u0394\u03a5\u03a3")
                                << QStringLiteral(u"\u03bf\u03b4\u03c5\u03c3") << true;
    QTest::newRow("different names") << "alice"
                                     << "bob" << false;
    QTest::newRow("prefix") << "bob"
                            << "bobby" << false;
    QTest::newRow("digit for letter") << "bob"
                                      << "b0b" << false;
    QTest::newRow("accent matters") << QStringLiteral(u"ren\u00e9") << "rene" << false;
    QTest::newRow("inner space matters") << "bob smith"
                                         << "bobsmith" << false;
}

void TestNameRules::key()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);

    const QString firstKey = NameRules::key(NameRules::display(first));
    const QString secondKey = NameRules::key(NameRules::display(second));
    QCOMPARE(firstKey == secondKey, same);
    // Also when the key is taken from a name that was not passed through display() first.
    QCOMPARE(NameRules::key(first) == NameRules::key(second), same);
}

QTEST_GUILESS_MAIN(TestNameRules)
#include "tst_namerules.moc"
