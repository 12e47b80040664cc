// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The ban dialog turns the operator's choices into the arguments of banName()/banAddress().
#include "bandialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

class tst_BanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsFromTheProposal();
    void everyChannelDurationAndReason();
    void emptyValueCannotBeAccepted();
    void withoutChannelOnlyEveryChannel();
};

namespace {

BanRequest proposal()
{
    BanRequest ban;
    ban.target = BanInfo::Target::Address;
    ban.value = QStringLiteral("10.0.0.7");
    ban.channel = QStringLiteral("lakes/erie");
    return ban;
}

QPushButton *banButton(const BanDialog &dialog)
{
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QLatin1String("Ban"))
            return button;
    }
    return nullptr;
}

} // namespace

void tst_BanDialog::startsFromTheProposal()
{
    BanDialog dialog(proposal());
    const BanRequest request = dialog.request();
    QCOMPARE(request.target, BanInfo::Target::Address);
    QCOMPARE(request.value, QString("10.0.0.7"));
    QCOMPARE(request.channel, QString("lakes/erie"));
    QCOMPARE(request.durationMs, 0);
    QVERIFY(banButton(dialog)->isEnabled());
}

void tst_BanDialog::everyChannelDurationAndReason()
{
    BanDialog dialog(proposal());
    const QList<QRadioButton *> scopes = dialog.findChildren<QRadioButton *>();
    QCOMPARE(scopes.size(), 2);
    for (QRadioButton *scope : scopes) {
        if (scope->text() == QLatin1String("In every channel"))
            scope->setChecked(true);
    }
    dialog.findChild<QSpinBox *>()->setValue(90);
    dialog.findChild<QComboBox *>()->setCurrentIndex(0);
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->text() == QLatin1String("10.0.0.7"))
            edit->setText(QStringLiteral("  mallory  "));
        else if (edit->placeholderText().contains(QLatin1String("banned client")))
            edit->setText(QStringLiteral("spam"));
    }
    const BanRequest request = dialog.request();
    QCOMPARE(request.target, BanInfo::Target::Name);
    QCOMPARE(request.value, QString("mallory"));
    QVERIFY(request.channel.isEmpty());
    QCOMPARE(request.durationMs, qint64(90) * 60 * 1000);
    QCOMPARE(request.reason, QString("spam"));
}

void tst_BanDialog::emptyValueCannotBeAccepted()
{
    BanRequest empty = proposal();
    empty.value.clear();
    BanDialog dialog(empty);
    QVERIFY(!banButton(dialog)->isEnabled());
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *value = edits.first();
    value->setText(QStringLiteral("   "));
    QVERIFY(!banButton(dialog)->isEnabled());
    value->setText(QStringLiteral("10.0.0.8"));
    QVERIFY(banButton(dialog)->isEnabled());
}

void tst_BanDialog::withoutChannelOnlyEveryChannel()
{
    BanRequest anywhere = proposal();
    anywhere.channel.clear();
    BanDialog dialog(anywhere);
    QVERIFY(dialog.request().channel.isEmpty());
    const QList<QRadioButton *> scopes = dialog.findChildren<QRadioButton *>();
    const int enabled =
        int(std::count_if(scopes.begin(), scopes.end(), [](QRadioButton *b) { return b->isEnabled(); }));
    QCOMPARE(enabled, 1);
}

QTEST_MAIN(tst_BanDialog)
#include "tst_bandialog.moc"
