// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "channelid.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString resultName(ChannelId::PathResult result)
{
    switch (result) {
    case ChannelId::PathResult::Valid:
        return QStringLiteral("valid");
    case ChannelId::PathResult::Fresh:
        return QStringLiteral("fresh");
    case ChannelId::PathResult::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("?");
}

const QRegularExpression randomIdPattern(QStringLiteral("^[0-9a-zA-Z]{12}$"));

} // namespace

class TestChannelId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromPath_data();
    void fromPath();
    void isValid_data();
    void isValid();
    void randomIsTwelveAlphanumerics();
    void randomDrawsFromTheWholeAlphabet();
    void randomRetriesWhileInUse();
    void randomNeverReturnsAnIdInUse();
};

void TestChannelId::fromPath_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("id");

    const QString valid = QStringLiteral("valid");
    const QString fresh = QStringLiteral("fresh");
    const QString invalid = QStringLiteral("invalid");

    QTest::newRow("plain") << QByteArray("/fishing") << valid << "fishing";
    QTest::newRow("nested") << QByteArray("/lakes/erie") << valid << "lakes/erie";
    QTest::newRow("deeply nested") << QByteArray("/a/b/c/d") << valid << "a/b/c/d";
    QTest::newRow("percent-encoded UTF-8") << QByteArray("/caf%C3%A9") << valid << QStringLiteral(u"caf\u00e9");
    QTest::newRow("lower-case hex") << QByteArray("/caf%c3%a9") << valid << QStringLiteral(u"caf\u00e9");
    QTest::newRow("encoded space") << QByteArray("/big%20lake") << valid << "big lake";
    QTest::newRow("encoded percent") << QByteArray("/100%25") << valid << "100%";
    QTest::newRow("raw UTF-8") << QByteArray("/caf\xc3\xa9") << valid << QStringLiteral(u"caf\u00e9");
    QTest::newRow("emoji") << QByteArray("/%F0%9F%90%9F") << valid << QStringLiteral(u"\U0001F41F");
    QTest::newRow("%2F is a separator") << QByteArray("/lakes%2Ferie") << valid << "lakes/erie";
    QTest::newRow("%2f is a separator") << QByteArray("/lakes%2ferie") << valid << "lakes/erie";
    QTest::newRow("trailing slash dropped") << QByteArray("/fishing/") << valid << "fishing";
    QTest::newRow("nested trailing slash dropped") << QByteArray("/lakes/erie/") << valid << "lakes/erie";
    QTest::newRow("trailing %2F dropped") << QByteArray("/fishing%2F") << valid << "fishing";

    QTest::newRow("slash alone") << QByteArray("/") << fresh << QString();
    QTest::newRow("empty") << QByteArray("") << fresh << QString();

    QTest::newRow("double slash") << QByteArray("//") << invalid << QString();
    QTest::newRow("empty inner segment") << QByteArray("/a//b") << invalid << QString();
    QTest::newRow("empty first segment") << QByteArray("//a") << invalid << QString();
    QTest::newRow("two trailing slashes") << QByteArray("/a//") << invalid << QString();
    QTest::newRow("empty segment via %2F") << QByteArray("/a%2F%2Fb") << invalid << QString();
    QTest::newRow("only %2F") << QByteArray("/%2F") << invalid << QString();
    QTest::newRow("%00") << QByteArray("/%00") << invalid << QString();
    QTest::newRow("%00 inside") << QByteArray("/a%00b") << invalid << QString();
    QTest::newRow("%0A") << QByteArray("/%0A") << invalid << QString();
    QTest::newRow("%0A inside") << QByteArray("/fish%0Aing") << invalid << QString();
    QTest::newRow("%0D") << QByteArray("/a%0Db") << invalid << QString();
    QTest::newRow("%09") << QByteArray("/a%09b") << invalid << QString();
    QTest::newRow("%1F") << QByteArray("/a%1Fb") << invalid << QString();
    QTest::newRow("%7F") << QByteArray("/a%7Fb") << invalid << QString();
    QTest::newRow("C1 control U+0085") << QByteArray("/a%C2%85b") << invalid << QString();
    QTest::newRow("%FF") << QByteArray("/%FF") << invalid << QString();
    QTest::newRow("%FF inside") << QByteArray("/a%FFb") << invalid << QString();
    QTest::newRow("raw 0xFF") << QByteArray("/a\xff") << invalid << QString();
    QTest::newRow("truncated sequence") << QByteArray("/caf%C3") << invalid << QString();
    QTest::newRow("lone continuation byte") << QByteArray("/%A9") << invalid << QString();
    QTest::newRow("overlong slash") << QByteArray("/a%C0%AFb") << invalid << QString();
    QTest::newRow("encoded surrogate") << QByteArray("/%ED%A0%80") << invalid << QString();

    // Limits count bytes of the decoded UTF-8, not characters and not the encoded path.
    QTest::newRow("128 ASCII bytes") << "/" + QByteArray(128, 'a') << valid << QString(128, QLatin1Char('a'));
    QTest::newRow("129 ASCII bytes") << "/" + QByteArray(129, 'a') << invalid << QString();
    QTest::newRow("128 bytes and trailing slash")
        << "/" + QByteArray(128, 'a') + "/" << valid << QString(128, QLatin1Char('a'));
    QTest::newRow("64 two-byte characters")
        << "/" + QByteArray("%C3%A9").repeated(64) << valid << QString(64, QChar(0xe9));
    QTest::newRow("65 two-byte characters") << "/" + QByteArray("%C3%A9").repeated(65) << invalid << QString();
    QTest::newRow("64 two-byte characters and a")
        << "/" + QByteArray("%C3%A9").repeated(64) + "a" << invalid << QString();
    QTest::newRow("127 a and a two-byte character") << "/" + QByteArray(127, 'a') + "%C3%A9" << invalid << QString();
    QTest::newRow("126 a and a two-byte character")
        << "/" + QByteArray(126, 'a') + "%C3%A9" << valid << QString(126, QLatin1Char('a')) + QChar(0xe9);
    QTest::newRow("32 four-byte characters")
        << "/" + QByteArray("%F0%9F%90%9F").repeated(32) << valid << QStringLiteral(u"\U0001F41F").repeated(32);
    QTest::newRow("32 four-byte characters and a")
        << "/" + QByteArray("%F0%9F%90%9F").repeated(32) + "a" << invalid << QString();
    QTest::newRow("42 three-byte characters and 2 bytes")
        << "/" + QByteArray("\xe2\x82\xac").repeated(42) + "ab" << valid
        << QStringLiteral(u"\u20ac").repeated(42) + QStringLiteral("ab");
    QTest::newRow("128 bytes nested") << "/" + QByteArray(63, 'a') + "/" + QByteArray(64, 'b') << valid
                                      << QString(63, QLatin1Char('a')) + "/" + QString(64, QLatin1Char('b'));
}

void TestChannelId::fromPath()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, result);
    QFETCH(QString, id);

    QString parsed;
    QCOMPARE(resultName(ChannelId::fromPath(path, &parsed)), result);
    if (result == QLatin1String("valid")) {
        QCOMPARE(parsed, id);
        QVERIFY(ChannelId::isValid(parsed));
    }
}

void TestChannelId::isValid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << "fishing" << true;
    QTest::newRow("nested") << "lakes/erie" << true;
    QTest::newRow("one byte") << "a" << true;
    QTest::newRow("with space") << "big lake" << true;
    QTest::newRow("non-ASCII") << QStringLiteral(u"caf\u00e9") << true;
    QTest::newRow("emoji") << QStringLiteral(u"\U0001F41F") << true;
    QTest::newRow("128 bytes") << QString(128, QLatin1Char('a')) << true;
    QTest::newRow("129 bytes") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("64 two-byte characters") << QString(64, QChar(0xe9)) << true;
    QTest::newRow("65 two-byte characters: 130 bytes") << QString(65, QChar(0xe9)) << false;
    QTest::newRow("33 four-byte characters: 132 bytes") << QStringLiteral(u"\U0001F41F").repeated(33) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("slash alone") << "/" << false;
    QTest::newRow("leading slash") << "/a" << false;
    QTest::newRow("trailing slash") << "a/" << false;
    QTest::newRow("empty segment") << "a//b" << false;
    QTest::newRow("newline") << "a\nb" << false;
    QTest::newRow("tab") << "a\tb" << false;
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
    QTest::newRow("DEL") << "a\x7f" << false;
    QTest::newRow("U+0085") << QStringLiteral(u"a\u0085b") << false;
}

void TestChannelId::isValid()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);

    QCOMPARE(ChannelId::isValid(id), valid);
}

void TestChannelId::randomIsTwelveAlphanumerics()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString id = ChannelId::random([](const QString &) { return false; });
        QCOMPARE(id.size(), 12);
        QVERIFY2(randomIdPattern.match(id).hasMatch(), qPrintable(id));
        QVERIFY(ChannelId::isValid(id));
        seen.insert(id);
    }
    // 62^12 possibilities: a repeat among 200 draws means the generator is not random.
    QCOMPARE(seen.size(), 200);
}

void TestChannelId::randomDrawsFromTheWholeAlphabet()
{
    // 6,000 characters drawn: the chance that one of 62 never shows up is about 62 * (61/62)^6000, nil.
    QSet<QChar> characters;
    for (int i = 0; i < 500; ++i) {
        for (const QChar c : ChannelId::random([](const QString &) { return false; }))
            characters.insert(c);
    }
    QCOMPARE(characters.size(), 62);
}

void TestChannelId::randomRetriesWhileInUse()
{
    QStringList asked;
    const QString id = ChannelId::random([&asked](const QString &candidate) {
        asked.append(candidate);
        return asked.size() <= 5; // the first five candidates are taken
    });
    QCOMPARE(asked.size(), 6);
    QCOMPARE(id, asked.last());
    for (const QString &candidate : std::as_const(asked))
        QVERIFY2(randomIdPattern.match(candidate).hasMatch(), qPrintable(candidate));
}

void TestChannelId::randomNeverReturnsAnIdInUse()
{
    // Every id that does not start with an upper-case letter counts as taken (58% of them). After 10,000
    // refusals the check gives in, so a generator that never draws upper case fails here instead of hanging.
    int asked = 0;
    const auto taken = [](const QString &candidate) { return !candidate.at(0).isUpper(); };
    const auto inUse = [&asked, &taken](const QString &candidate) { return ++asked <= 10000 && taken(candidate); };
    for (int i = 0; i < 50; ++i) {
        const QString id = ChannelId::random(inUse);
        QVERIFY2(!taken(id), qPrintable(id));
        QVERIFY2(randomIdPattern.match(id).hasMatch(), qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestChannelId)
#include "tst_channelid.moc"
