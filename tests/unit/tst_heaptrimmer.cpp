// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// HeapTrimmer's decision: trim once the connection count has settled after a large change, never while it is
// still moving, and not for small changes.
#include "heaptrimmer.h"

#include <QtTest>

class tst_HeapTrimmer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trimsOnceAfterAStormSettles();
    void smallChangesAndSteadyChurnDoNotTrim();
    void aMassDisconnectionTrimsAgain();

private:
    /// Feeds @p count for @p samples ticks.
    static void feed(HeapTrimmer &trimmer, qsizetype count, int samples);
};

void tst_HeapTrimmer::feed(HeapTrimmer &trimmer, qsizetype count, int samples)
{
    for (int i = 0; i < samples; ++i)
        trimmer.sample(count);
}

void tst_HeapTrimmer::trimsOnceAfterAStormSettles()
{
    int trims = 0;
    HeapTrimmer trimmer([&] { ++trims; });
    for (qsizetype count = 0; count <= 20000; count += 2500)
        trimmer.sample(count);
    QCOMPARE(trims, 0); // still growing
    feed(trimmer, 20000, HeapTrimmer::SettledSamples - 1);
    QCOMPARE(trims, 0);
    trimmer.sample(20000);
    QCOMPARE(trims, 1);
    feed(trimmer, 20000, 50);
    QCOMPARE(trims, 1);
}

void tst_HeapTrimmer::smallChangesAndSteadyChurnDoNotTrim()
{
    int trims = 0;
    HeapTrimmer trimmer([&] { ++trims; });
    feed(trimmer, HeapTrimmer::MinChange - 1, 20);
    QCOMPARE(trims, 0);
    // A busy server whose count keeps moving by more than the band never counts as settled.
    for (int i = 0; i < 100; ++i)
        trimmer.sample(5000 + (i % 2) * HeapTrimmer::SettleBand * 2);
    QCOMPARE(trims, 0);
}

void tst_HeapTrimmer::aMassDisconnectionTrimsAgain()
{
    int trims = 0;
    HeapTrimmer trimmer([&] { ++trims; });
    feed(trimmer, 10000, HeapTrimmer::SettledSamples + 1);
    QCOMPARE(trims, 1);
    feed(trimmer, 0, HeapTrimmer::SettledSamples + 1);
    QCOMPARE(trims, 2);
}

QTEST_GUILESS_MAIN(tst_HeapTrimmer)
#include "tst_heaptrimmer.moc"
