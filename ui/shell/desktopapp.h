#pragma once

#include <QString>

namespace shopdesk::ui {

class Translations;

// What the desktop client is started with (its command line).
struct DesktopOptions
{
    QString server;          // connect to this server's URL
    bool standalone = false; // or run the shop on this computer
    QString dataDir;         // the embedded server's data folder
    QString user;            // log-in name to fill in
    QString password;        // with user: log in at once (demos, screenshots)
    QString screenshotDir;   // save PNGs of the main screens there, then quit
};

// Runs the client: log-in, the main window, and log-in again after a log-out, until the user
// quits. The exit code.
// `translations` holds the language in use and takes the user's next choice.
int runDesktop(const DesktopOptions &options, Translations &translations);

} // namespace shopdesk::ui
