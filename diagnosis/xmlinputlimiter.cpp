#include "diagnosis/xmlinputlimiter.h"

#include "diagnosis/junitimporter.h"

#include <algorithm>
#include <cstring>

namespace fathom {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr int kLongestEntity = 12; ///< "&#x10FFFF;" and a little: longer is no reference

} // namespace

XmlInputLimiter::XmlInputLimiter(QIODevice *source, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
{
    open(QIODevice::ReadOnly);
}

qint64 XmlInputLimiter::bytesAvailable() const
{
    return m_out.size() - m_outRead + QIODevice::bytesAvailable();
}

qint64 XmlInputLimiter::realLine(qint64 passedLine) const
{
    qint64 line = passedLine;
    for (const Cut &cut : m_cuts) {
        if (cut.passedLine >= passedLine)
            break;
        line += cut.newlines;
    }
    return line;
}

qint64 XmlInputLimiter::readData(char *data, qint64 maxSize)
{
    // The reader takes a read of 0 for the end: read on until something passes or all is read.
    while (m_out.size() == m_outRead && !m_sourceDone) {
        QByteArray chunk = m_source->read(kChunkBytes);
        if (!chunk.isEmpty() && m_keepGoing && !m_keepGoing()) {
            m_stopped = m_sourceDone = true;
            break;
        }
        if (chunk.isEmpty() || failed()) {
            m_sourceDone = true;
            if (!failed()) {
                if (m_state == State::Text || m_state == State::Comment || m_state == State::CData
                    || m_state == State::Instruction)
                    endRun();
                emitBytes(m_partialUnit.constData(), m_partialUnit.size());
            }
            break;
        }
        if (!m_started) {
            detectUnitWidth(chunk);
            m_started = true;
        }
        if (!m_partialUnit.isEmpty()) {
            chunk.prepend(m_partialUnit);
            m_partialUnit.clear();
        }
        const qint64 whole = chunk.size() - chunk.size() % m_width;
        m_partialUnit = chunk.mid(whole);
        process(chunk.constData(), whole);
    }
    const qint64 n = std::min(maxSize, qint64(m_out.size()) - m_outRead);
    if (n > 0)
        std::memcpy(data, m_out.constData() + m_outRead, size_t(n));
    m_outRead += n;
    if (m_outRead == m_out.size()) {
        m_out.resize(0);
        m_outRead = 0;
    }
    return n;
}

void XmlInputLimiter::detectUnitWidth(const QByteArray &head)
{
    const auto at = [&](int i) { return i < head.size() ? uchar(head[i]) : 0x100; };
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
        m_width = 4;
        m_littleEndian = true;
    } else if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
        m_width = 4;
        m_littleEndian = false;
    } else if ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == '<' && at(1) == 0)) {
        m_width = 2;
        m_littleEndian = true;
    } else if ((at(0) == 0xFE && at(1) == 0xFF) || (at(0) == 0 && at(1) == '<')) {
        m_width = 2;
        m_littleEndian = false;
    }
}

void XmlInputLimiter::process(const char *p, qint64 n)
{
    for (qint64 i = 0; i < n && !failed();) {
        if (m_width == 1 && m_state == State::Text && m_entityOpen == 0) {
            const qint64 taken = textFastPath(p + i, n - i);
            i += taken;
            if (taken > 0 || i >= n)
                continue;
        }
        if (m_width == 1 && m_state == State::AttributeValue && m_cutting) {
            // The rest of a long value is dropped up to its closing quote.
            const void *quote = std::memchr(p + i, int(m_quote), size_t(n - i));
            const qint64 span = quote ? static_cast<const char *>(quote) - (p + i) : n - i;
            const qint64 newlines = newlinesIn(p + i, span);
            m_inputLine += newlines;
            m_cutNewlines += newlines;
            i += span;
            if (i >= n)
                continue;
        }
        const char *b = p + i;
        const uint u = unitAt(b);
        if (u == '\n')
            ++m_inputLine;
        processUnit(b, u);
        m_beforePrevious = m_previous;
        m_previous = u;
        i += m_width;
    }
}

// Plain text in an 8-bit encoding, the bulk of any big file: whole spans up to the next '<',
// while the text is short, or while its middle is being cut. Returns the bytes taken (0: the
// unit-by-unit path decides this byte).
qint64 XmlInputLimiter::textFastPath(const char *p, qint64 n)
{
    const void *lt = std::memchr(p, '<', size_t(n));
    qint64 span = lt ? static_cast<const char *>(lt) - p : n;
    if (!m_cutting) {
        span = std::min(span, kTextHeadUnits - m_runUnits);
        if (span <= 0)
            return 0;
        // A span that ends in an open reference or a character's first bytes leaves that to the slow path.
        for (qint64 k = span - 1; k >= std::max<qint64>(0, span - kLongestEntity); --k) {
            if (p[k] == ';')
                break;
            if (p[k] == '&') {
                span = k;
                break;
            }
        }
        if (span <= 0)
            return 0;
        m_inputLine += newlinesIn(p, span);
        m_runUnits += span;
        emitBytes(p, span);
        m_previous = uchar(p[span - 1]);
        return span;
    }
    if (span <= 0)
        return 0;
    m_inputLine += newlinesIn(p, span);
    m_runUnits += span;
    m_tail.append(p, span);
    trimTail();
    m_previous = uchar(p[span - 1]);
    return span;
}

void XmlInputLimiter::processUnit(const char *b, uint u)
{
    switch (m_state) {
    case State::Text:
        if (u == '<') {
            endRun();
            m_markup.clear();
            m_state = State::MarkupStart;
            emitBytes(b, m_width);
            return;
        }
        runUnit(b, u);
        return;
    case State::MarkupStart:
        decideMarkup(b, u);
        return;
    case State::StartTag:
    case State::EndTag:
        if (++m_tagBytes > kMaxTagBytes)
            return fail(JUnitImporter::tr("a tag is longer than %1 bytes; a test runner writes short tags, so the "
                                          "file is refused")
                            .arg(kMaxTagBytes));
        emitBytes(b, m_width);
        if (m_state == State::StartTag && (u == '"' || u == '\'')) {
            m_quote = u;
            m_runUnits = 0;
            m_state = State::AttributeValue;
        } else if (m_state == State::StartTag && u == '=') {
            if (++m_attributes > kMaxAttributes)
                return fail(JUnitImporter::tr("an element has more than %1 attributes; JUnit elements have a few, "
                                              "so the file is refused")
                                .arg(kMaxAttributes));
        } else if (u == '>') {
            if (m_state == State::StartTag && m_lastInTag != '/' && ++m_depth > kMaxDepth)
                return fail(JUnitImporter::tr("elements nested more than %1 deep; a test report is far "
                                              "shallower, so the file is refused")
                                .arg(kMaxDepth));
            if (m_state == State::EndTag)
                m_depth = std::max(0, m_depth - 1);
            m_runUnits = 0;
            m_state = State::Text;
        }
        if (u != ' ' && u != '\t' && u != '\n' && u != '\r')
            m_lastInTag = u;
        return;
    case State::AttributeValue:
        attributeUnit(b, u);
        return;
    case State::Comment:
    case State::CData:
    case State::Instruction:
        runUnit(b, u);
        if ((m_state == State::Comment && u == '>' && m_previous == '-' && m_beforePrevious == '-')
            || (m_state == State::CData && u == '>' && m_previous == ']' && m_beforePrevious == ']')
            || (m_state == State::Instruction && u == '>' && m_previous == '?')) {
            endRun();
            m_state = State::Text;
        }
        return;
    }
}

void XmlInputLimiter::decideMarkup(const char *b, uint u)
{
    emitBytes(b, m_width);
    m_markup.append(u < 0x80 ? char(u) : '\x80');
    static const QByteArray kComment("!--"), kCData("![CDATA["), kDoctype("!DOCTYPE");
    m_runUnits = 0;
    m_tagBytes = 1;
    m_attributes = 0;
    m_lastInTag = 0;
    if (m_markup == "/") {
        m_state = State::EndTag;
    } else if (m_markup == "?") {
        m_state = State::Instruction;
    } else if (m_markup == kComment) {
        m_state = State::Comment;
    } else if (m_markup == kCData) {
        m_state = State::CData;
    } else if (m_markup == kDoctype) {
        fail(JUnitImporter::tr("the file declares a document type (DTD); JUnit reports have none, and its "
                               "entities could expand without bound, so it is refused"));
    } else if (!kComment.startsWith(m_markup) && !kCData.startsWith(m_markup) && !kDoctype.startsWith(m_markup)) {
        // An element's name (or something the reader will call not well-formed).
        m_tagBytes = m_markup.size();
        m_state = State::StartTag;
        m_lastInTag = u;
    }
}

uint XmlInputLimiter::unitAt(const char *b) const
{
    uint u = 0;
    for (int k = 0; k < m_width; ++k)
        u |= uint(uchar(b[m_littleEndian ? k : m_width - 1 - k])) << (8 * k);
    return u;
}

bool XmlInputLimiter::isContinuation(uint u) const
{
    if (m_width == 1)
        return (u & 0xC0) == 0x80; // a UTF-8 continuation byte
    return m_width == 2 && u >= 0xDC00 && u <= 0xDFFF; // the second half of a surrogate pair
}

bool XmlInputLimiter::midCharacter(uint u) const
{
    return m_entityOpen > 0 || isContinuation(u);
}

void XmlInputLimiter::trackEntity(uint u)
{
    if (u == '&')
        m_entityOpen = 1;
    else if (m_entityOpen > 0 && (u == ';' || ++m_entityOpen > kLongestEntity))
        m_entityOpen = 0;
}

void XmlInputLimiter::runUnit(const char *b, uint u)
{
    ++m_runUnits;
    if (!m_cutting) {
        // Past the head, whole characters and references still go out before the cut.
        if (m_runUnits <= kTextHeadUnits || midCharacter(u)) {
            trackEntity(u);
            emitBytes(b, m_width);
            return;
        }
        m_cutting = true;
        m_entityOpen = 0;
    }
    m_tail.append(b, m_width);
    trimTail();
}

void XmlInputLimiter::trimTail()
{
    // Dropped in large pieces, not a unit at a time: the tail is up to twice what is kept.
    if (m_tail.size() <= 2 * kTextTailUnits * m_width)
        return;
    const qint64 drop = m_tail.size() - kTextTailUnits * m_width;
    m_cutChars += charactersIn(m_tail.constData(), drop);
    m_cutNewlines += newlinesIn(m_tail.constData(), drop);
    m_tail.remove(0, drop);
}

void XmlInputLimiter::endRun()
{
    if (m_cutting) {
        // The tail starts on a whole character.
        qint64 start = std::max<qint64>(0, m_tail.size() - kTextTailUnits * m_width);
        while (start < m_tail.size() && isContinuation(unitAt(m_tail.constData() + start)))
            start += m_width;
        m_cutChars += charactersIn(m_tail.constData(), start);
        m_cutNewlines += newlinesIn(m_tail.constData(), start);
        m_cuts.push_back({ m_passedLine, m_cutNewlines });
        m_textCharsCut += m_cutChars;
        emitBytes(m_tail.constData() + start, m_tail.size() - start);
    }
    m_tail.clear();
    m_cutting = false;
    m_cutChars = 0;
    m_cutNewlines = 0;
    m_runUnits = 0;
    m_entityOpen = 0;
}

void XmlInputLimiter::attributeUnit(const char *b, uint u)
{
    if (u == m_quote) {
        if (m_cutting) {
            m_cuts.push_back({ m_passedLine, m_cutNewlines });
            m_cutting = false;
            m_cutNewlines = 0;
            m_cutChars = 0;
        }
        m_entityOpen = 0;
        emitBytes(b, m_width);
        m_state = State::StartTag;
        m_lastInTag = u;
        return;
    }
    ++m_runUnits;
    if (!m_cutting && (m_runUnits <= kAttributeHeadUnits || midCharacter(u))) {
        trackEntity(u);
        emitBytes(b, m_width);
        return;
    }
    // Only the head of a value is kept: the importer keeps less than that of any attribute.
    m_cutting = true;
    if (u == '\n')
        ++m_cutNewlines;
}

void XmlInputLimiter::emitBytes(const char *b, qint64 n)
{
    if (n <= 0)
        return;
    m_passedLine += newlinesIn(b, n);
    m_out.append(b, n);
}

void XmlInputLimiter::fail(const QString &what)
{
    if (failed())
        return;
    m_error = what;
    m_errorLine = m_inputLine;
}

qint64 XmlInputLimiter::charactersIn(const char *p, qint64 n) const
{
    // Counted as QString counts them (UTF-16 units), like the importer's own cuts.
    if (m_width == 2)
        return n / 2;
    qint64 characters = 0;
    for (qint64 i = 0; i < n; i += m_width) {
        const uint u = unitAt(p + i);
        if (m_width == 1)
            characters += (u & 0xC0) == 0x80 ? 0 : u >= 0xF0 ? 2 : 1; // four UTF-8 bytes: two units
        else
            characters += u > 0xFFFF ? 2 : 1;
    }
    return characters;
}

qint64 XmlInputLimiter::newlinesIn(const char *p, qint64 n) const
{
    if (m_width == 1)
        return std::count(p, p + n, '\n');
    qint64 lines = 0;
    for (qint64 i = 0; i + m_width <= n; i += m_width)
        lines += unitAt(p + i) == '\n';
    return lines;
}

} // namespace fathom
