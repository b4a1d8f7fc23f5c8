#include "client/movementtext.h"

#include "domain/tr.h"

namespace shopdesk::client {

QString MovementText::kind(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt:
        return Tr::tr("Receipt");
    case MovementKind::Sale:
        return Tr::tr("Sale");
    case MovementKind::Return:
        return Tr::tr("Return");
    case MovementKind::Removal:
        return Tr::tr("Removal");
    case MovementKind::Adjustment:
        return Tr::tr("Adjustment");
    case MovementKind::Transfer:
        return Tr::tr("Transfer");
    }
    return movementKindName(kind);
}

} // namespace shopdesk::client
