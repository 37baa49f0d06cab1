#pragma once

#include <QIcon>

namespace fathom {

/// Makes the resources compiled into fathom_ui (resources/fathom.qrc: the icon, the user guide)
/// available; a static library's resources are not registered on their own. Idempotent.
void loadResources();

/// Fathom's icon at every size it is drawn in (resources/icons), for the windows and dialogs.
QIcon applicationIcon();

/// The id of the desktop entry and AppStream file (resources/), so a desktop matches the window.
inline constexpr char kDesktopFileName[] = "org.fathomqa.fathom";

} // namespace fathom
