#pragma once

#include "domain/orderstatus.h"

#include <QString>

namespace shopdesk::inbox {

// The words a reply uses for an order's status, in the customer's language. They are part
// of the customer's text, like the template itself, not of the agent's user interface, so
// they come with the templates' languages rather than from the application's catalogues.
class ReplyTemplateWords
{
public:
    // In one of ReplyTemplate::languages(); English for any other.
    static QString orderStatus(OrderStatus status, const QString &language);
};

} // namespace shopdesk::inbox
