#pragma once

#include "common/settingoption.h"

#include <QByteArray>
#include <QString>

// Every setting of the desktop client, typed, in one place.
namespace shopdesk::ui::prefs {

inline SettingOption<bool> standalone{"connection/standalone", true};
inline SettingOption<QString> serverAddress{"connection/server", QString()};
inline SettingOption<QString> lastUser{"connection/user", QString()};
inline SettingOption<bool> rememberMe{"connection/rememberMe", false};

inline SettingOption<bool> shareOnNetwork{"standalone/share", false};
inline SettingOption<QString> shareAddress{"standalone/address", QStringLiteral("0.0.0.0")};
inline SettingOption<int> sharePort{"standalone/port", 8765};

// Empty: follow the system's language.
inline SettingOption<QString> language{"ui/language", QString()};

inline SettingOption<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline SettingOption<QByteArray> windowState{"window/state", QByteArray()};
inline SettingOption<QString> currentModule{"window/module", QStringLiteral("products")};
inline SettingOption<QByteArray> productsHeader{"products/header", QByteArray()};

} // namespace shopdesk::ui::prefs
