#include "content/contentdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace shopdesk::ui {

namespace {

// A pause longer than this ends a typing burst.
constexpr qint64 burstPauseMs = 1500;

class FieldCommand : public QUndoCommand
{
public:
    FieldCommand(ContentDocument *document, QString name, QVariant before, QVariant after)
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
        return 1000 + int(ContentFields::names().indexOf(m_name));
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
    QVariant m_before;
    QVariant m_after;
};

class ManyCommand : public QUndoCommand
{
public:
    ManyCommand(ContentDocument *document, ContentFields before, ContentFields after,
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
    void set(const ContentFields &values)
    {
        for (const QString &name : ContentFields::names())
            m_document->apply(name, values.value(name));
    }

    ContentDocument *m_document;
    ContentFields m_before;
    ContentFields m_after;
};

} // namespace

ContentDocument::ContentDocument(QObject *parent)
    : QObject(parent)
{
    // Undo and redo end a burst: the next keystroke starts a step of its own.
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] { m_burstField.clear(); });
}

void ContentDocument::load(const ProductContent &content)
{
    m_sku = content.sku;
    m_baseVersion = content.version;
    m_state = content.state;
    m_fields = content.fields;
    m_burstField.clear();
    m_undo.clear();
    emit reloaded();
    emit serverStateChanged();
}

void ContentDocument::setServerState(const ProductContent &content)
{
    m_baseVersion = content.version;
    m_state = content.state;
    closeBurst();
    m_undo.setClean();
    emit serverStateChanged();
}

void ContentDocument::setBaseVersion(qint64 version)
{
    m_baseVersion = version;
    emit serverStateChanged();
}

void ContentDocument::edit(const QString &name, const QVariant &value)
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

void ContentDocument::editMany(const ContentFields &values, const QString &text)
{
    closeBurst();
    m_undo.push(new ManyCommand(this, m_fields, values, text));
}

void ContentDocument::closeBurst()
{
    m_burstField.clear();
}

bool ContentDocument::burstOpen(const QString &name) const
{
    return m_burstField == name;
}

void ContentDocument::apply(const QString &name, const QVariant &value)
{
    if (m_fields.value(name) == value)
        return;
    m_fields.setValue(name, value);
    emit fieldChanged(name);
}

} // namespace shopdesk::ui
