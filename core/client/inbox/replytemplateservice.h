#pragma once

#include "client/retrykeys.h"
#include "domain/inbox/replytemplate.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace shopdesk::client {

class ApiClient;

// The reply templates' calls to the server (docs/api.md, "Reply templates"). Each change
// carries its own Idempotency-Key, reused only when the same request is sent again after
// getting no answer. A refusal comes as the server's Error for the screen to word.
class ReplyTemplateService : public QObject
{
    Q_OBJECT
public:
    // A template's text filled in for one customer.
    struct Filled
    {
        QString text;
        QString language;         // the text's language
        QString customerLanguage; // as the customer's record has it
        bool fallback = false;    // the template had no text in the customer's language
        QStringList missing;      // placeholders without a value, left in the text
    };

    using TemplateDone = std::function<void(const Result<inbox::ReplyTemplate> &)>;
    using TemplatesDone = std::function<void(const Result<QList<inbox::ReplyTemplate>> &)>;
    using FillDone = std::function<void(const Result<Filled> &)>;

    explicit ReplyTemplateService(ApiClient *api, QObject *parent = nullptr);

    // Every template, archived ones or the others, all pages.
    void list(bool archived, TemplatesDone done);
    // texts: language → body.
    void create(const QString &name, const QMap<QString, QString> &texts, TemplateDone done);
    // texts: language → body; an empty body takes that language's text away.
    void update(qint64 id, const std::optional<QString> &name, const QMap<QString, QString> &texts,
                TemplateDone done);
    void archive(qint64 id, TemplateDone done);
    // orderId 0: none.
    void fill(qint64 id, qint64 customerId, qint64 orderId, FillDone done);

signals:
    // A template was made, changed or archived from here.
    void templatesChanged();

private:
    using Answer = std::function<void(const Result<QJsonObject> &)>;

    void send(const QByteArray &method, const QString &path, const QJsonObject &body, Answer done);
    void collect(bool archived, const QString &after, QList<inbox::ReplyTemplate> found,
                 TemplatesDone done);
    Answer asTemplate(TemplateDone done);

    QPointer<ApiClient> m_api;
    RetryKeys m_keys;
};

} // namespace shopdesk::client
