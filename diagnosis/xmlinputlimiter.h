#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>
#include <vector>

namespace fathom {

/// Stands between a file and QXmlStreamReader so that what the reader holds stays small
/// whatever the file is. The reader keeps a whole text, attribute value or comment in memory
/// before it hands it out, keeps every open element's name, and checks attribute names
/// against each other (quadratic): a hostile file of 1 GiB of whitespace, a 500 MB attribute,
/// ten million nested elements or 100,000 attributes made it use gigabytes or minutes.
///
/// This device passes the bytes on, but of a long text (or comment, CDATA, processing
/// instruction) only the head and the tail, of a long attribute value only the head; and it
/// refuses outright what no test runner writes: elements nested deeper than kMaxDepth, more
/// than kMaxAttributes on one element, a tag longer than kMaxTagBytes, and a DTD. Cuts are made
/// between whole characters and never inside an entity reference, so what passes is still
/// well-formed XML. UTF-8, 8-bit encodings, UTF-16 and UTF-32 (by their byte order mark or
/// their first `<`) are understood.
///
/// Kept parts are larger than what the importer keeps of each text, so the importer still
/// sees that a text was cut and cuts it to its own size; textCharactersCut() says how much
/// the device left out, and realLine() maps the reader's line numbers back to the file's.
class XmlInputLimiter : public QIODevice
{
    Q_OBJECT
public:
    static constexpr qint64 kTextHeadUnits = 512 * 1024; ///< kept of a long text's start …
    static constexpr qint64 kTextTailUnits = 512 * 1024; ///< … and of its end
    static constexpr qint64 kAttributeHeadUnits = 128 * 1024;
    static constexpr int kMaxDepth = 256;
    static constexpr int kMaxAttributes = 512;
    static constexpr qint64 kMaxTagBytes = 1024 * 1024; ///< a tag's names and spaces, values aside

    explicit XmlInputLimiter(QIODevice *source, QObject *parent = nullptr);

    /// Asked after every piece read from the source; false ends the stream (a cancel). Reading
    /// a long text that is cut passes nothing on, so without it nobody could stop that.
    void setKeepGoing(std::function<bool()> keepGoing) { m_keepGoing = std::move(keepGoing); }
    bool stopped() const { return m_stopped; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    /// Set when the input is refused; the stream then ends where it was.
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    /// Characters left out of texts so far (entity references count as their length).
    qint64 textCharactersCut() const { return m_textCharsCut; }
    /// The file's line for a line of what this device passed on.
    qint64 realLine(qint64 passedLine) const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class State
    {
        Text,
        MarkupStart,
        StartTag,
        EndTag,
        AttributeValue,
        Comment,
        CData,
        Instruction
    };

    void detectUnitWidth(const QByteArray &head);
    void process(const char *p, qint64 n);
    qint64 textFastPath(const char *p, qint64 n);
    void processUnit(const char *b, uint u);
    void emitBytes(const char *b, qint64 n);
    void runUnit(const char *b, uint u);
    void attributeUnit(const char *b, uint u);
    void trimTail();
    void endRun();
    void decideMarkup(const char *b, uint u);
    void fail(const QString &what);
    void trackEntity(uint u);
    uint unitAt(const char *b) const;
    bool isContinuation(uint u) const;
    bool midCharacter(uint u) const;
    qint64 charactersIn(const char *p, qint64 n) const;
    qint64 newlinesIn(const char *p, qint64 n) const;

    QIODevice *m_source;
    std::function<bool()> m_keepGoing;
    bool m_stopped = false;
    QByteArray m_out; ///< passed on, not yet read
    qint64 m_outRead = 0;
    QByteArray m_partialUnit;
    bool m_started = false;
    bool m_sourceDone = false;
    int m_width = 1;
    bool m_littleEndian = true;

    State m_state = State::Text;
    QByteArray m_markup; ///< the units after '<' until it is known what they open (ASCII)
    int m_depth = 0;
    int m_attributes = 0;
    qint64 m_tagBytes = 0;
    uint m_quote = 0;
    uint m_previous = 0, m_beforePrevious = 0, m_lastInTag = 0;
    int m_entityOpen = 0; ///< units since an unclosed '&', 0 when none

    // The current text run (or value): its length, and once it is cut, its tail.
    qint64 m_runUnits = 0;
    bool m_cutting = false;
    QByteArray m_tail;
    qint64 m_cutChars = 0, m_cutNewlines = 0;

    qint64 m_inputLine = 1, m_passedLine = 1;
    qint64 m_textCharsCut = 0;
    struct Cut
    {
        qint64 passedLine;
        qint64 newlines;
    };
    std::vector<Cut> m_cuts;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace fathom
