#include "client/inbox/conversationlistmodel.h"

#include "client/logging.h"
#include "domain/tr.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

constexpr int subjectLength = 80;

// The conversation as the server would read it at `now`: a snooze whose time has passed
// reads as open.
inbox::ConversationRecord readAt(inbox::ConversationRecord conversation, const QDateTime &now)
{
    if (conversation.status == inbox::ConversationStatus::Snoozed &&
        conversation.snoozedUntil.isValid() && conversation.snoozedUntil <= now) {
        conversation.status = inbox::ConversationStatus::Open;
    }
    return conversation;
}

// Lists carry no messages: a row keeps that shape whatever the record brought.
inbox::ConversationRecord rowOf(inbox::ConversationRecord conversation)
{
    conversation.messages.clear();
    return conversation;
}

QString channelText(inbox::InboxChannel channel)
{
    switch (channel) {
    case inbox::InboxChannel::Email:
        return Tr::tr("E-mail");
    case inbox::InboxChannel::Chat:
        return Tr::tr("Chat");
    case inbox::InboxChannel::Form:
        return Tr::tr("Contact form");
    }
    return {};
}

QString customerText(const inbox::ConversationRecord &conversation)
{
    for (const QString &name : {conversation.customerName, conversation.contactName,
                                conversation.contactEmail, conversation.contactPhone}) {
        if (!name.isEmpty())
            return name;
    }
    return {};
}

QString subjectText(const inbox::ConversationRecord &conversation)
{
    if (!conversation.subject.trimmed().isEmpty() || !conversation.lastMessage)
        return conversation.subject.trimmed();
    const QString text = conversation.lastMessage->text.simplified();
    return text.size() > subjectLength ? text.left(subjectLength) + u'…' : text;
}

// -1 when nothing waits: below a conversation that has just begun to wait.
qint64 waitingSeconds(const inbox::ConversationRecord &conversation, const QDateTime &now)
{
    if (!readAt(conversation, now).isWaiting())
        return -1;
    return qMax<qint64>(0, conversation.waitingSince.secsTo(now));
}

} // namespace

ConversationListModel::ConversationListModel(InboxService *service, const QString &user,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new ConversationLoader(service, this))
    , m_user(user)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ConversationListModel::tick);
    m_timer->start();
}

bool ConversationListModel::belongsTo(const inbox::ConversationRecord &conversation,
                                      const InboxService::Filter &filter, const QDateTime &now)
{
    const inbox::ConversationRecord current = readAt(conversation, now);
    if (!filter.status.isEmpty() &&
        inbox::conversationStatusName(current.status) != filter.status) {
        return false;
    }
    if (!filter.assignee.isEmpty() && current.assignee != filter.assignee)
        return false;
    if (filter.customerId > 0 && current.customerId != filter.customerId)
        return false;
    if (filter.sort != u"waiting"_s)
        return true;
    // As the server lists them: an open list waits as the domain says; a snoozed one keeps
    // its unanswered messages while it sleeps.
    return current.status == inbox::ConversationStatus::Open ? current.isWaiting()
                                                             : current.waitingSince.isValid();
}

QString ConversationListModel::waitingText(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("%1 s").arg(qMax<qint64>(0, seconds));
    if (seconds < 3600)
        return Tr::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return Tr::tr("%1 d").arg(seconds / 86400);
}

void ConversationListModel::setFilter(const InboxService::Filter &filter)
{
    m_filter = filter;
    reload();
}

void ConversationListModel::reload()
{
    // Snoozed ones come back into an open list by the clock: know them from the start.
    std::optional<InboxService::Filter> snoozed;
    if (m_filter.status == u"open"_s) {
        snoozed = m_filter;
        snoozed->status = u"snoozed"_s;
        snoozed->sort = u"recent"_s;
    }
    m_loader->load(m_filter, snoozed, [this](const Result<ConversationLoader::Lists> &lists) {
        if (!lists)
            return emit loadFailed(lists.error().message);
        finishLoad(lists->listed, lists->snoozed);
        for (const inbox::ConversationRecord &conversation : lists->meanwhile)
            applyConversation(conversation);
        emit loaded();
    });
}

void ConversationListModel::finishLoad(const QList<inbox::ConversationRecord> &rows,
                                       const QList<inbox::ConversationRecord> &sleeping)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    beginResetModel();
    m_rows.clear();
    for (const inbox::ConversationRecord &conversation : rows)
        m_rows.append(rowOf(conversation));
    m_sleeping.clear();
    for (const inbox::ConversationRecord &conversation : sleeping) {
        if (wakesInto(conversation, now))
            m_sleeping.insert(conversation.id, rowOf(conversation));
    }
    m_loaded = true;
    endResetModel();
}

int ConversationListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void ConversationListModel::applyChanges(const QList<ChangeRecord> &records)
{
    for (const ChangeRecord &record : records) {
        if (record.entity != u"conversation"_s)
            continue;
        auto conversation = inbox::ConversationRecord::fromJson(record.data);
        if (!conversation) {
            qCWarning(lcSync) << "conversation change" << record.id << conversation.error().message;
            continue;
        }
        applyConversation(conversation.value());
    }
}

void ConversationListModel::applyConversation(const inbox::ConversationRecord &conversation)
{
    m_loader->noteChange(conversation);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (wakesInto(conversation, now))
        m_sleeping.insert(conversation.id, rowOf(conversation));
    else
        m_sleeping.remove(conversation.id);
    place(rowOf(conversation), belongsTo(conversation, m_filter, now));
    emit conversationChanged(conversation);
}

bool ConversationListModel::wakesInto(const inbox::ConversationRecord &conversation,
                                      const QDateTime &now) const
{
    return conversation.status == inbox::ConversationStatus::Snoozed &&
           conversation.snoozedUntil > now &&
           belongsTo(conversation, m_filter, conversation.snoozedUntil);
}

bool ConversationListModel::comesBefore(const inbox::ConversationRecord &a,
                                        const inbox::ConversationRecord &b) const
{
    if (m_filter.sort == u"waiting"_s) {
        if (a.waitingSince != b.waitingSince)
            return a.waitingSince < b.waitingSince;
        return a.id < b.id;
    }
    if (a.lastMessageAt != b.lastMessageAt)
        return a.lastMessageAt > b.lastMessageAt;
    // Times come in whole seconds; within one, the later message has the higher id.
    const qint64 aLast = a.lastMessage ? a.lastMessage->id : 0;
    const qint64 bLast = b.lastMessage ? b.lastMessage->id : 0;
    if (aLast != bLast)
        return aLast > bLast;
    return a.id > b.id;
}

void ConversationListModel::place(const inbox::ConversationRecord &conversation, bool belongs)
{
    const int from = rowOfId(conversation.id);
    if (from >= 0 && !belongs) {
        beginRemoveRows({}, from, from);
        m_rows.removeAt(from);
        endRemoveRows();
        return;
    }
    if (!belongs || !m_loaded)
        return;
    // Where it goes among the other rows.
    int at = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (row != from && comesBefore(m_rows.at(row), conversation))
            ++at;
    }
    if (from < 0) {
        beginInsertRows({}, at, at);
        m_rows.insert(at, conversation);
        endInsertRows();
        return;
    }
    m_rows[from] = conversation;
    if (at != from) {
        beginMoveRows({}, from, from, {}, at > from ? at + 1 : at);
        m_rows.move(from, at);
        endMoveRows();
    }
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void ConversationListModel::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Snoozes that ran out: their conversations read as open now, without a record.
    for (auto it = m_sleeping.begin(); it != m_sleeping.end();) {
        if (it->snoozedUntil > now) {
            ++it;
            continue;
        }
        const inbox::ConversationRecord woken = readAt(it.value(), now);
        it = m_sleeping.erase(it);
        place(woken, belongsTo(woken, m_filter, now));
        emit conversationChanged(woken);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!belongsTo(m_rows.at(row), m_filter, now)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    if (m_rows.isEmpty())
        return;
    const int last = int(m_rows.size()) - 1;
    emit dataChanged(index(0, WaitingColumn), index(last, WaitingColumn),
                     {Qt::DisplayRole, SortRole, WaitingRole});
    // Someone's announced typing runs out by the clock too.
    emit dataChanged(index(0, 0), index(last, ColumnCount - 1), {ReplyingRole});
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationListModel::display(const inbox::ConversationRecord &conversation,
                                        int column) const
{
    switch (column) {
    case WaitingColumn: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!readAt(conversation, now).isWaiting())
            return QString();
        return waitingText(waitingSeconds(conversation, now));
    }
    case CustomerColumn:
        return customerText(conversation);
    case ChannelColumn:
        return channelText(conversation.channel);
    case SubjectColumn:
        return subjectText(conversation);
    case AssigneeColumn:
        return conversation.assignee.isEmpty() ? Tr::tr("nobody") : conversation.assignee;
    case LastMessageColumn:
        return QLocale().toString(conversation.lastMessageAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const inbox::ConversationRecord &conversation = m_rows.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        return display(conversation, index.column());
    case ConversationIdRole:
        return conversation.id;
    case WaitingRole:
        return readAt(conversation, now).isWaiting();
    case ReplyingRole:
        return conversation.othersReplying(m_user, now) ? conversation.replyingUser : QString();
    case SortRole:
        if (index.column() == WaitingColumn)
            return waitingSeconds(conversation, now);
        if (index.column() == LastMessageColumn)
            return conversation.lastMessageAt.toMSecsSinceEpoch();
        return display(conversation, index.column()).toString().toLower();
    }
    return {};
}

QVariant ConversationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WaitingColumn:
        return Tr::tr("Waiting");
    case CustomerColumn:
        return Tr::tr("Customer");
    case ChannelColumn:
        return Tr::tr("Channel");
    case SubjectColumn:
        return Tr::tr("Subject");
    case AssigneeColumn:
        return Tr::tr("Assignee");
    case LastMessageColumn:
        return Tr::tr("Last message");
    }
    return {};
}

} // namespace shopdesk::client
