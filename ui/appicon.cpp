#include "ui/appicon.h"

// Q_INIT_RESOURCE must be used outside any namespace.
static void initFathomResources()
{
    Q_INIT_RESOURCE(fathom);
}

namespace fathom {

void loadResources()
{
    static const bool loaded = (initFathomResources(), true);
    Q_UNUSED(loaded)
}

QIcon applicationIcon()
{
    loadResources();
    QIcon icon;
    // The PNGs first: drawn from the SVG for each size, they need no SVG plugin at run time.
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/fathom.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace fathom
