#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace shopdesk::ui {

// A typed user setting over QSettings: one key, one type, one default, and callbacks for
// whoever shows it, instead of raw strings spread over the code.
//
//     inline SettingOption<bool> shareOnNetwork{"standalone/share", false};
//     if (shareOnNetwork) ...; shareOnNetwork.set(true);
template<typename T>
class SettingOption
{
public:
    SettingOption(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
        , m_listeners(std::make_shared<QList<std::function<void()>>>())
    {}

    QString key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        if (!value.isValid() || !value.template canConvert<T>())
            return m_default;
        return value.template value<T>();
    }
    operator T() const { return get(); }

    void set(const T &value)
    {
        if (get() == value && QSettings().contains(m_key))
            return;
        QSettings().setValue(m_key, QVariant::fromValue(value));
        for (const auto &listener : std::as_const(*m_listeners))
            listener();
    }
    void reset() { QSettings().remove(m_key); }

    // Called after every set() that changed the value.
    void onChange(std::function<void()> callback) { m_listeners->append(std::move(callback)); }

private:
    QString m_key;
    T m_default;
    std::shared_ptr<QList<std::function<void()>>> m_listeners;
};

} // namespace shopdesk::ui
