#pragma once

#include "domain/result.h"
#include "storage/database.h"
#include "storage/inbox/inboxarrival.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace shopdesk::storage {

// The files that came with messages. Bytes are kept once by their SHA-256 however many
// messages bring them (a logo in every signature is stored one time); a file over the
// intake's size limit is listed with its name, type and size only.
class InboxAttachments
{
public:
    explicit InboxAttachments(Database &db)
        : m_db(db)
    {}

    // Links the files to a message, storing bytes not known yet.
    Result<void> add(qint64 messageId, const QList<InboxAttachmentInput> &files);

    struct File
    {
        QString fileName;
        QString contentType;
        QByteArray data;
    };
    // The bytes of one of a conversation's kept files; not_found when it has no such file or
    // its bytes were not kept.
    Result<File> file(qint64 conversationId, qint64 attachmentId);

    // The lower-case hex SHA-256 of bytes.
    static QString hash(const QByteArray &bytes);

private:
    Database &m_db;
};

} // namespace shopdesk::storage
