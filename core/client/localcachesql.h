#pragma once

#include "client/localorder.h"
#include "client/productrecord.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

// How the parts of the local cache read and write the rows they share.
namespace shopdesk::client::cachesql {

// A failed write, logged, worded for the user.
Error cacheError(const QString &why);
Error sqlError(const QSqlQuery &query);
Result<void> exec(const QSqlDatabase &db, const QString &sql);

// The products table's columns in the order readProduct() reads them.
QString productColumns();
ProductRecord readProduct(const QSqlQuery &query);
std::optional<ProductRecord> product(const QSqlDatabase &db, const QString &sku);

// Runs a prepared "SELECT local_id, server_id, status, customer_id, data, refusal" and reads
// its first row.
std::optional<LocalOrder> readOrder(QSqlQuery &query);

// A refusal as an orders or outbox row keeps it.
QString errorToJson(const Error &error);
Error errorFromJson(const QString &text);

} // namespace shopdesk::client::cachesql
