#include "client/logging.h"

Q_LOGGING_CATEGORY(lcSync, "shopdesk.sync")
