#include "ui/runorigin.h"

#include "diagnosis/bidi.h"

#include <QLocale>

namespace fathom {

QString RunOrigin::describe() const
{
    const QString started = QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat);
    if (profileName.isEmpty())
        return tr("%1, started %2").arg(isolate(target), started);
    return tr("“%1” (%2), started %3").arg(isolate(profileName), isolate(target), started);
}

} // namespace fathom
