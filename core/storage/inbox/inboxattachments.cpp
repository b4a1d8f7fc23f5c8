#include "storage/inbox/inboxattachments.h"

#include "domain/tr.h"
#include "storage/storeerrors.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

QString InboxAttachments::hash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<void> InboxAttachments::add(qint64 messageId, const QList<InboxAttachmentInput> &files)
{
    for (const InboxAttachmentInput &file : files) {
        QVariant sha;
        if (file.kept) {
            const QString digest = hash(file.data);
            auto stored = m_db.scalar(
                u"SELECT COUNT(*) FROM inbox_attachment_data WHERE sha256 = ?"_s, {digest}, 0);
            if (!stored)
                return stored.error();
            if (stored.value().toLongLong() == 0) {
                if (auto ok = m_db.exec(u"INSERT INTO inbox_attachment_data (sha256, size, data) "
                                        "VALUES (?, ?, ?)"_s,
                                        {digest, qint64(file.data.size()),
                                         QString::fromLatin1(file.data.toBase64())});
                    !ok) {
                    return ok;
                }
            }
            sha = digest;
        }
        if (auto ok = m_db.exec(
                u"INSERT INTO inbox_attachments (message_id, file_name, "
                "content_type, size, sha256) VALUES (?, ?, ?, ?, ?)"_s,
                {messageId, file.fileName.left(255), file.contentType.left(255), file.size, sha});
            !ok) {
            return ok;
        }
    }
    return {};
}

Result<InboxAttachments::File> InboxAttachments::file(qint64 conversationId, qint64 attachmentId)
{
    auto q = m_db.fetch(u"SELECT a.file_name, a.content_type, d.data FROM inbox_attachments a "
                        "JOIN inbox_messages m ON m.id = a.message_id "
                        "JOIN inbox_attachment_data d ON d.sha256 = a.sha256 "
                        "WHERE a.id = ? AND m.conversation_id = ?"_s,
                        {attachmentId, conversationId});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        return StoreErrors::notFound(
            Tr::tr("Conversation %1 has no kept file %2.").arg(conversationId).arg(attachmentId));
    }
    return File{q.value().value(0).toString(), q.value().value(1).toString(),
                QByteArray::fromBase64(q.value().value(2).toString().toLatin1())};
}

} // namespace shopdesk::storage
