#include "storage/mailoutboxtable.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

QList<MigrationStep> MailOutboxTable::migrations()
{
    // IF NOT EXISTS: servers before version 2 made the table themselves on start.
    return {{u"mail"_s,
             2,
             {
                 u"CREATE TABLE IF NOT EXISTS mail_outbox (id %ID%, kind VARCHAR(64) NOT NULL, "
                 "reference VARCHAR(200) NOT NULL, message_id VARCHAR(255) NOT NULL, "
                 "envelope_from VARCHAR(320) NOT NULL, recipients TEXT NOT NULL, "
                 "subject TEXT NOT NULL, message TEXT NOT NULL, status VARCHAR(16) NOT NULL, "
                 "attempts INTEGER NOT NULL, last_error TEXT NOT NULL, "
                 "created_at BIGINT NOT NULL, next_attempt_at BIGINT NOT NULL, "
                 "sent_at BIGINT)"_s,
                 u"CREATE INDEX IF NOT EXISTS mail_outbox_due ON mail_outbox (status, "
                 "next_attempt_at)"_s,
                 u"CREATE INDEX IF NOT EXISTS mail_outbox_reference ON mail_outbox (kind, "
                 "reference)"_s,
             }}};
}

QString MailOutboxTable::orderMailKinds()
{
    return u"('order_confirmation', 'payment_link', 'shipped', 'payment_reminder', "
           "'payment_received', 'refund_issued')"_s;
}

} // namespace shopdesk::storage
