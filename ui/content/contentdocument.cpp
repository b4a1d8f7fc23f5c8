#include "content/contentdocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

// A pause longer than this ends a typing burst.
constexpr qint64 burstPauseMs = 1500;

class FieldCommand : public QUndoCommand
{
public:
    FieldCommand(ContentDocument *document, QString name, QJsonValue before, QJsonValue after)
        : m_document(document)
        , m_name(std::move(name))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(
            QCoreApplication::translate("shopdesk::ui::ContentDocument", "Edit %1").arg(m_name));
    }

    int id() const override
    {
        // One id per field, so only edits of the same field can merge.
        return 1000 + int(ContentDocument::fieldNames().indexOf(m_name));
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FieldCommand *>(other);
        if (next->m_name != m_name || !m_document->burstOpen(m_name))
            return false;
        m_after = next->m_after;
        return true;
    }

    void redo() override { m_document->apply(m_name, m_after); }
    void undo() override { m_document->apply(m_name, m_before); }

private:
    ContentDocument *m_document;
    QString m_name;
    QJsonValue m_before;
    QJsonValue m_after;
};

class ManyCommand : public QUndoCommand
{
public:
    ManyCommand(ContentDocument *document, QJsonObject before, QJsonObject after,
                const QString &text)
        : m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { set(m_after); }
    void undo() override { set(m_before); }

private:
    void set(const QJsonObject &values)
    {
        for (auto it = values.begin(); it != values.end(); ++it)
            m_document->apply(it.key(), it.value());
    }

    ContentDocument *m_document;
    QJsonObject m_before;
    QJsonObject m_after;
};

} // namespace

ContentDocument::ContentDocument(QObject *parent)
    : QObject(parent)
{
    for (const QString &name : fieldNames())
        m_fields.insert(name, emptyValue(name));
    // Undo and redo end a burst: the next keystroke starts a step of its own.
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] { m_burstField.clear(); });
}

QStringList ContentDocument::fieldNames()
{
    return {u"title"_s,
            u"short_description"_s,
            u"long_description"_s,
            u"category"_s,
            u"tags"_s,
            u"attributes"_s,
            u"slug"_s,
            u"meta_description"_s,
            u"display_order"_s,
            u"featured"_s};
}

QJsonValue ContentDocument::emptyValue(const QString &field)
{
    if (field == u"tags"_s || field == u"featured"_s)
        return QJsonArray();
    if (field == u"attributes"_s)
        return QJsonObject();
    if (field == u"display_order"_s)
        return 0;
    return QString();
}

void ContentDocument::load(const QJsonObject &content)
{
    m_sku = content.value(u"sku"_s).toString();
    m_baseVersion = content.value(u"version"_s).toInteger();
    m_state = content.value(u"state"_s).toString();
    const QJsonObject fields = content.value(u"fields"_s).toObject();
    for (const QString &name : fieldNames())
        m_fields.insert(name, fields.contains(name) ? fields.value(name) : emptyValue(name));
    m_burstField.clear();
    m_undo.clear();
    emit reloaded();
    emit serverStateChanged();
}

void ContentDocument::setServerState(const QJsonObject &content)
{
    m_baseVersion = content.value(u"version"_s).toInteger();
    m_state = content.value(u"state"_s).toString();
    closeBurst();
    m_undo.setClean();
    emit serverStateChanged();
}

void ContentDocument::setBaseVersion(qint64 version)
{
    m_baseVersion = version;
    emit serverStateChanged();
}

void ContentDocument::edit(const QString &name, const QJsonValue &value)
{
    if (m_fields.value(name) == value)
        return;
    // A burst continues while the same field keeps changing without a long pause.
    if (m_burstField != name || !m_burstClock.isValid() || m_burstClock.elapsed() > burstPauseMs) {
        m_burstField.clear();
    }
    m_undo.push(new FieldCommand(this, name, m_fields.value(name), value));
    m_burstField = name;
    m_burstClock.start();
}

void ContentDocument::editMany(const QJsonObject &values, const QString &text)
{
    QJsonObject before;
    for (auto it = values.begin(); it != values.end(); ++it)
        before.insert(it.key(), m_fields.value(it.key()));
    closeBurst();
    m_undo.push(new ManyCommand(this, before, values, text));
}

void ContentDocument::closeBurst()
{
    m_burstField.clear();
}

bool ContentDocument::burstOpen(const QString &name) const
{
    return m_burstField == name;
}

void ContentDocument::apply(const QString &name, const QJsonValue &value)
{
    if (m_fields.value(name) == value)
        return;
    m_fields.insert(name, value);
    emit fieldChanged(name);
}

} // namespace shopdesk::ui
