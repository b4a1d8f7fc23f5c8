#include "server/inbox/intakelogging.h"

Q_LOGGING_CATEGORY(lcIntake, "shopdesk.intake")
