#pragma once

#include <QLoggingCategory>

// The shop's mailbox read by the server: polls, what was taken, what failed.
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
