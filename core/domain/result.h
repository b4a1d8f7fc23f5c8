#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace shopdesk {

// Why an operation failed: a stable snake_case code for programs, a sentence for people,
// and optional structured details (for example the SKU and the units still available).
struct Error
{
    QString code;
    QString message;
    QJsonObject details;

    friend bool operator==(const Error &a, const Error &b)
    {
        return a.code == b.code && a.message == b.message && a.details == b.details;
    }
};

// The one error style of core: a value or an Error, never an exception across the event loop.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    static Result failure(QString code, QString message, QJsonObject details = {})
    {
        return Result(Error{std::move(code), std::move(message), std::move(details)});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }

    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    static Result failure(QString code, QString message, QJsonObject details = {})
    {
        return Result(Error{std::move(code), std::move(message), std::move(details)});
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace shopdesk
