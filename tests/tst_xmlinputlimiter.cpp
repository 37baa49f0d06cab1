#include "diagnosis/junitimporter.h"
#include "diagnosis/xmlinputlimiter.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QXmlStreamReader>

using namespace fathom;

namespace {

/// A file too big to hold: `head`, then `filler` `repeats` times, then `tail`, made as it is read.
class GeneratedFile : public QIODevice
{
public:
    GeneratedFile(QByteArray head, QByteArray filler, qint64 repeats, QByteArray tail)
        : m_head(std::move(head))
        , m_filler(std::move(filler))
        , m_tail(std::move(tail))
        , m_size(m_head.size() + m_filler.size() * repeats + m_tail.size())
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize && m_at < m_size) {
            const qint64 fillerEnd = m_size - m_tail.size();
            char c;
            if (m_at < m_head.size())
                c = m_head[m_at];
            else if (m_at < fillerEnd)
                c = m_filler[(m_at - m_head.size()) % m_filler.size()];
            else
                c = m_tail[m_at - fillerEnd];
            data[n++] = c;
            ++m_at;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head, m_filler, m_tail;
    qint64 m_size;
    qint64 m_at = 0;
};

QByteArray passedOn(QIODevice *source)
{
    XmlInputLimiter limiter(source);
    return limiter.readAll();
}

bool import(QIODevice *device, ImportedRun *run, QString *error)
{
    JUnitImporter importer;
    return importer.importDevice(device, QStringLiteral("input.xml"), run, error);
}

constexpr qint64 kBigRepeats = 8 * 1024 * 1024; // bytes of filler: far more than is kept

} // namespace

class TestXmlInputLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realReportsPassUnchanged_data();
    void realReportsPassUnchanged();
    void whatPassesStaysSmallWhateverTheFile_data();
    void whatPassesStaysSmallWhateverTheFile();
    void cutsAreBetweenWholeCharacters_data();
    void cutsAreBetweenWholeCharacters();
    void linesAfterACutAreTheFilesLines();
    void aLongTextCanBeCancelled();
};

void TestXmlInputLimiter::realReportsPassUnchanged_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(FATHOM_TEST_DATA "/junit"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.xml") }, QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestXmlInputLimiter::realReportsPassUnchanged()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.seek(0);
    QCOMPARE(passedOn(&file), original);
}

void TestXmlInputLimiter::whatPassesStaysSmallWhateverTheFile_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("filler");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<bool>("imports"); // false: "empty"

    const QByteArray open = "<testsuite name=\"s\"><testcase name=\"t\">";
    const QByteArray close = "</testcase></testsuite>\n";
    QTest::newRow("whitespace only") << QByteArray() << QByteArray(" \n") << QByteArray() << false;
    QTest::newRow("whitespace before the root") << QByteArray() << QByteArray("\t ") << open + close << true;
    QTest::newRow("failure text") << open + "<failure message=\"m\">" << QByteArray("trace line\n")
                                  << "ReadTimeout</failure>" + close << true;
    QTest::newRow("attribute") << open + "<failure message=\"" << QByteArray("abc&amp;d") << "\">x</failure>" + close
                               << true;
    QTest::newRow("comment") << open + "<!--" << QByteArray("- comment ") << "-->" + close << true;
    QTest::newRow("cdata") << open + "<failure><![CDATA[" << QByteArray("<x>]]") << "]]></failure>" + close << true;
    QTest::newRow("passing output") << open + "<system-out>" << QByteArray("log\n") << "</system-out>" + close << true;
}

void TestXmlInputLimiter::whatPassesStaysSmallWhateverTheFile()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, filler);
    QFETCH(QByteArray, tail);
    QFETCH(bool, imports);
    const qint64 repeats = kBigRepeats / filler.size();
    {
        GeneratedFile file(head, filler, repeats, tail);
        const QByteArray passed = passedOn(&file);
        QVERIFY2(passed.size() < XmlInputLimiter::kTextHeadUnits + XmlInputLimiter::kTextTailUnits + 1024,
                 qPrintable(QString::number(passed.size())));
        QVERIFY(passed.startsWith(head));
        QVERIFY(passed.endsWith(tail));
    }
    GeneratedFile file(head, filler, repeats, tail);
    ImportedRun run;
    QString error;
    QCOMPARE(import(&file, &run, &error), imports);
    if (!imports) {
        QVERIFY2(error.contains("empty"), qPrintable(error));
        return;
    }
    QCOMPARE(run.counts.total, 1);
    for (const TestFailure &f : run.failures) {
        QVERIFY(f.trace.size() <= JUnitImporter::kMaxTextChars + 100);
        QVERIFY(f.message.size() <= JUnitImporter::kMaxMessageChars + 1);
    }
}

void TestXmlInputLimiter::cutsAreBetweenWholeCharacters_data()
{
    QTest::addColumn<QString>("repeated");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("exactCount"); // false: references count as their length

    QTest::newRow("two-byte UTF-8") << QStringLiteral("é") << QByteArray("UTF-8") << true;
    QTest::newRow("three-byte UTF-8") << QStringLiteral("€") << QByteArray("UTF-8") << true;
    QTest::newRow("four-byte UTF-8") << QStringLiteral("😀x") << QByteArray("UTF-8") << true;
    QTest::newRow("UTF-16 surrogates") << QStringLiteral("😀") << QByteArray("UTF-16LE") << true;
    QTest::newRow("UTF-16 big-endian") << QStringLiteral("ab") << QByteArray("UTF-16BE") << true;
    QTest::newRow("references") << QStringLiteral("&amp;&#x1F600;&lt;") << QByteArray("UTF-8") << false;
    QTest::newRow("latin-1") << QStringLiteral("é") << QByteArray("ISO-8859-1") << true;
}

void TestXmlInputLimiter::cutsAreBetweenWholeCharacters()
{
    QFETCH(QString, repeated);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, exactCount);
    // Odd lengths of head and repetition, so that a cut falls inside characters and references.
    const qsizetype times = 3 * XmlInputLimiter::kTextHeadUnits / repeated.size() + 7;
    const QString text = QStringLiteral("HEAD-MARK") + repeated.repeated(times) + QStringLiteral("TAIL-MARK");
    const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"%1\"?>\n<testsuite><testcase name=\"t\">"
                                       "<failure message=\"m\">%2</failure></testcase></testsuite>\n")
                            .arg(QString::fromLatin1(encoding), text);
    QStringEncoder encoder(encoding.constData(), QStringEncoder::Flag::WriteBom);
    QVERIFY(encoder.isValid());
    QByteArray bytes = encoder.encode(xml);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ImportedRun run;
    QString error;
    QVERIFY2(import(&buffer, &run, &error), qPrintable(error));
    QCOMPARE(run.failures.size(), 1);
    const QString trace = run.failures[0].trace;
    QVERIFY(trace.startsWith("HEAD-MARK"));
    QVERIFY(trace.endsWith("TAIL-MARK"));
    QVERIFY(!trace.contains(QChar::ReplacementCharacter));
    const auto marker = QRegularExpression(QStringLiteral("\n… \\[(\\d+) characters cut\\] …\n")).match(trace);
    QVERIFY2(marker.hasMatch(), qPrintable(trace.left(200)));
    if (exactCount) {
        // Every character is either shown or counted as cut (as QString counts them).
        const qsizetype shownCharacters = trace.size() - marker.capturedLength();
        const qsizetype characters = text.size();
        QCOMPARE(shownCharacters + marker.captured(1).toLongLong(), characters);
    }
}

void TestXmlInputLimiter::linesAfterACutAreTheFilesLines()
{
    QByteArray xml = "<testsuite>\n<testcase name=\"a\"><failure message=\"";
    xml += QByteArray("x\n").repeated(XmlInputLimiter::kAttributeHeadUnits); // newlines in a cut value
    xml += "\">";
    xml += QByteArray("line\n").repeated(XmlInputLimiter::kTextHeadUnits); // and in a cut text
    xml += "</failure></testcase>\n";
    const qint64 lineOfB = xml.count('\n') + 1;
    xml += "<testcase name=\"b\"><failure message=\"m\"/></testcase>\n</testsuite>\n";
    ImportedRun run;
    QString error;
    QBuffer buffer(&xml);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY2(import(&buffer, &run, &error), qPrintable(error));
    QCOMPARE(run.failures.size(), 2);
    QCOMPARE(run.failures[0].line, 2);
    QCOMPARE(run.failures[1].line, lineOfB);

    // A refusal after a cut names the file's line too.
    QByteArray deep = xml.left(xml.indexOf("<testcase name=\"b\">"));
    deep += QByteArray("<testcase name=\"b\"><failure>");
    deep += QByteArray("<a>").repeated(XmlInputLimiter::kMaxDepth);
    QBuffer deepBuffer(&deep);
    QVERIFY(deepBuffer.open(QIODevice::ReadOnly));
    QVERIFY(!import(&deepBuffer, &run, &error));
    QVERIFY2(error.startsWith(QStringLiteral("input.xml:%1: ").arg(lineOfB)), qPrintable(error));
    QVERIFY2(error.contains("nested"), qPrintable(error));
}

void TestXmlInputLimiter::aLongTextCanBeCancelled()
{
    // A text being cut passes nothing on, and holds no test case to count: the import is still
    // asked whether to go on after every piece read, so Cancel in the window stops it.
    GeneratedFile file("<testsuite><testcase name=\"t\"><failure message=\"m\">", " ", kBigRepeats,
                       "</failure></testcase></testsuite>");
    JUnitImporter importer;
    int asked = 0;
    importer.setProgress([&](qint64 done, qint64 total) {
        [&] { QVERIFY(done > 0 && done <= total); }();
        return ++asked < 4;
    });
    ImportedRun run;
    QString error;
    QVERIFY(!importer.importDevice(&file, "long.xml", &run, &error));
    QVERIFY(importer.wasCancelled());
    QVERIFY2(error.contains("cancelled"), qPrintable(error));
    QCOMPARE(asked, 4);
    QVERIFY(file.pos() < file.size() / 4); // it stopped where it was, not at the end
}

QTEST_GUILESS_MAIN(TestXmlInputLimiter)
#include "tst_xmlinputlimiter.moc"
