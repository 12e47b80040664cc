// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// .env files as the original server's dotenv read them.
#include "dotenvfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDotEnvFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dotEnvParse_data();
    void dotEnvParse();
    void dotEnvReadMissingFileIsEmpty();
};

void TestDotEnvFile::dotEnvParse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("value");

    QTest::newRow("plain") << QByteArray("PORT=7000") << "PORT" << true << "7000";
    QTest::newRow("plain, newline") << QByteArray("PORT=7000\n") << "PORT" << true << "7000";
    QTest::newRow("CRLF") << QByteArray("A=1\r\nPORT=7000\r\n") << "PORT" << true << "7000";
    QTest::newRow("spaces around =") << QByteArray("PORT = 7000") << "PORT" << true << "7000";
    QTest::newRow("unquoted value trimmed") << QByteArray("NAME=  padded value  ") << "NAME" << true << "padded value";
    QTest::newRow("second of several") << QByteArray("A=1\nPORT=7000\nB=2\n") << "PORT" << true << "7000";
    QTest::newRow("later line wins") << QByteArray("PORT=1\nPORT=2\n") << "PORT" << true << "2";
    QTest::newRow("comment line") << QByteArray("# PORT=7000\n") << "PORT" << false << QString();
    QTest::newRow("indented comment line") << QByteArray("   # PORT=7000\n") << "PORT" << false << QString();
    QTest::newRow("comment then value") << QByteArray("# the port\nPORT=7000\n") << "PORT" << true << "7000";
    QTest::newRow("blank lines") << QByteArray("\n\n   \n\t\nPORT=7000\n\n") << "PORT" << true << "7000";
    QTest::newRow("export prefix") << QByteArray("export PORT=7000\n") << "PORT" << true << "7000";
    QTest::newRow("export prefix, quoted") << QByteArray("export PORT=\"7000\"\n") << "PORT" << true << "7000";
    QTest::newRow("double quotes") << QByteArray("PORT=\"7000\"") << "PORT" << true << "7000";
    QTest::newRow("single quotes") << QByteArray("PORT='7000'") << "PORT" << true << "7000";
    QTest::newRow("quotes keep spaces") << QByteArray("NAME='  keep  '") << "NAME" << true << "  keep  ";
    QTest::newRow("empty quotes") << QByteArray("NAME=\"\"") << "NAME" << true << "";
    QTest::newRow("inner quotes kept") << QByteArray("NAME=say \"hi\"") << "NAME" << true << "say \"hi\"";
    QTest::newRow("# inside double quotes")
        << QByteArray("NAME=\"hello # world\"") << "NAME" << true << "hello # world";
    QTest::newRow("# inside single quotes") << QByteArray("NAME='hello # world'") << "NAME" << true << "hello # world";
    QTest::newRow("inline comment") << QByteArray("PORT=7000 # the port\n") << "PORT" << true << "7000";
    QTest::newRow("inline comment, more spaces") << QByteArray("PORT=7000    #the port") << "PORT" << true << "7000";
    QTest::newRow("# without a space is not a comment")
        << QByteArray("URL=http://example.org/#top") << "URL" << true << "http://example.org/#top";
    QTest::newRow("quoted value then inline comment")
        << QByteArray("NAME=\"hello world\" # greeting") << "NAME" << true << "hello world";
    QTest::newRow("single-quoted value then inline comment")
        << QByteArray("NAME='hello' # greeting") << "NAME" << true << "hello";
    QTest::newRow("empty value then inline comment") << QByteArray("PORT= # unset") << "PORT" << true << "";
    QTest::newRow("empty value") << QByteArray("PORT=") << "PORT" << true << "";
    QTest::newRow("= inside value") << QByteArray("URL=a=b=c") << "URL" << true << "a=b=c";
    QTest::newRow("UTF-8 value") << QByteArray("NAME=caf\xc3\xa9") << "NAME" << true << QStringLiteral(u"caf\u00e9");
    QTest::newRow("no = sign") << QByteArray("PORT\n") << "PORT" << false << QString();
    QTest::newRow("no key") << QByteArray("=7000\n") << "" << false << QString();
}

void TestDotEnvFile::dotEnvParse()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(bool, present);
    QFETCH(QString, value);

    const QHash<QString, QString> values = DotEnvFile::parse(content);
    QCOMPARE(values.contains(key), present);
    if (present)
        QCOMPARE(values.value(key), value);
    // Comments, blank lines and broken lines never turn into keys of their own.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QVERIFY2(!it.key().isEmpty(), "empty key");
        QVERIFY2(!it.key().contains(QLatin1Char('#')), qPrintable(it.key()));
        QVERIFY2(!it.key().contains(QLatin1Char(' ')), qPrintable(it.key()));
    }
}

void TestDotEnvFile::dotEnvReadMissingFileIsEmpty()
{
    QTemporaryDir dir;
    QVERIFY(DotEnvFile::read(dir.filePath(QStringLiteral("absent.env"))).isEmpty());
    const QString path = dir.filePath(QStringLiteral(".env"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# settings\nexport PORT=7040\nPARLEY_STRICT='true'\n");
    file.close();
    const QHash<QString, QString> values = DotEnvFile::read(path);
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.value(QStringLiteral("PORT")), QStringLiteral("7040"));
    QCOMPARE(values.value(QStringLiteral("PARLEY_STRICT")), QStringLiteral("true"));
}

QTEST_GUILESS_MAIN(TestDotEnvFile)
#include "tst_dotenvfile.moc"
