#include "server/servercommand.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

QString ServerCommand::logFilterRules() const
{
    const QStringList levels = {u"error"_s, u"warning"_s, u"info"_s, u"debug"_s};
    const qsizetype index = levels.indexOf(logLevel);
    const auto on = [index](qsizetype level) { return index >= level ? u"true"_s : u"false"_s; };
    return u"shopdesk.*.debug=%1\nshopdesk.*.info=%2\nshopdesk.*.warning=%3\n"_s.arg(on(3), on(2),
                                                                                     on(1));
}

} // namespace shopdesk::server
