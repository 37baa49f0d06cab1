// The profile library: listing (damaged files included), safe file names, duplicates, deletion.
#include "model/profilelibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fathom;

namespace {

TargetProfile named(const QString &name)
{
    TargetProfile p;
    p.name = name;
    p.baseUrl = QUrl("http://127.0.0.1:8080");
    return p;
}

} // namespace

class TestProfileLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndListsSortedByName()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path() + "/profiles"); // created on first write
        QVERIFY(lib.entries().isEmpty());
        QString error;
        QVERIFY2(ProfileLibrary::write(named("zeta"), lib.pathFor("zeta"), &error), qPrintable(error));
        QVERIFY(ProfileLibrary::write(named("Alpha"), lib.pathFor("Alpha"), &error));
        const auto entries = lib.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].name, "Alpha");
        QCOMPARE(entries[1].name, "zeta");
        QVERIFY(entries[0].profile.has_value());
        QCOMPARE(entries[0].profile->baseUrl, QUrl("http://127.0.0.1:8080"));
    }

    void damagedFilesAreListedWithTheirError()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        QFile f(dir.filePath("broken.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"base_url\": 42 }");
        f.close();
        const auto entries = lib.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].name, "broken");
        QVERIFY(!entries[0].profile);
        QVERIFY2(entries[0].error.contains("base_url"), qPrintable(entries[0].error));
        QVERIFY(QFile::exists(dir.filePath("broken.json"))); // listing never removes or rewrites it
    }

    void pathForMakesSafeUniqueNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::addRow("plain") << "staging"
                               << "staging.json";
        QTest::addRow("spaces and slashes") << "QA / staging 2"
                                            << "QA_staging_2.json";
        QTest::addRow("climbing out") << "../../etc/passwd"
                                      << "_etc_passwd.json";
        QTest::addRow("hebrew stays readable") << "שרת בדיקות"
                                               << "שרת_בדיקות.json";
        QTest::addRow("nothing usable") << "///"
                                        << "_.json";
        QTest::addRow("empty") << ""
                               << "profile.json";
    }
    void pathForMakesSafeUniqueNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        const QString path = lib.pathFor(name);
        QCOMPARE(QFileInfo(path).fileName(), file);
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QString error;
        QVERIFY(ProfileLibrary::write(named(name), path, &error));
        QVERIFY(lib.pathFor(name) != path); // taken: the next one is numbered
    }

    void duplicateNamesTheCopy()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        QString error;
        const QString original = lib.pathFor("staging");
        QVERIFY(ProfileLibrary::write(named("staging"), original, &error));
        const auto first = lib.duplicate(original, &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = lib.duplicate(original, &error);
        QVERIFY(second);
        QCOMPARE(TargetProfile::load(*first, &error)->name, "staging (copy)");
        QCOMPARE(TargetProfile::load(*second, &error)->name, "staging (copy 2)");
        QCOMPARE(lib.entries().size(), 3);
        QVERIFY(!lib.duplicate(dir.filePath("absent.json"), &error));
        QVERIFY2(error.contains("absent.json"), qPrintable(error));
    }

    void removeDeletesOnlyThatFile()
    {
        QTemporaryDir dir;
        ProfileLibrary lib(dir.path());
        QString error;
        QVERIFY(ProfileLibrary::write(named("a"), lib.pathFor("a"), &error));
        QVERIFY(ProfileLibrary::write(named("b"), lib.pathFor("b"), &error));
        QVERIFY(lib.remove(lib.entries().first().path, &error));
        QCOMPARE(lib.entries().size(), 1);
        QCOMPARE(lib.entries().first().name, "b");
        QVERIFY(!lib.remove(dir.filePath("a.json"), &error));
        QVERIFY2(error.contains("a.json"), qPrintable(error));
    }

    void writeFailsClearly()
    {
        QString error;
        QVERIFY(!ProfileLibrary::write(named("x"), "/proc/fathom/x.json", &error));
        QVERIFY2(error.contains("/proc/fathom"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfileLibrary)
#include "tst_profilelibrary.moc"
