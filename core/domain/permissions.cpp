#include "domain/permissions.h"

#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

constexpr int roleCount = 7;

struct Grant
{
    Capability capability;
    const char16_t *name;
    std::array<bool, roleCount> roles; // in the order of Permissions::roles()
};

constexpr bool Y = true;
constexpr bool n = false;

// clang-format off
// Content editors have no business with orders: those hold customers' names and addresses.
// Quality assurance reads what it investigates (customers, orders, the ledger) and works
// tickets, but changes neither customers nor stock.
constexpr std::array<Grant, 45> table = {{
    //                                                     agent wareh manag admin shop  editor qa
    {Capability::UseSession,         u"use_session",          {Y,    Y,    Y,    Y,    Y,    Y,    Y}},
    {Capability::ReadCatalog,        u"read_catalog",         {Y,    Y,    Y,    Y,    Y,    Y,    Y}},
    {Capability::EditProducts,       u"edit_products",        {n,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ReadCustomers,      u"read_customers",       {Y,    n,    Y,    Y,    n,    n,    Y}},
    {Capability::EditCustomers,      u"edit_customers",       {Y,    n,    Y,    Y,    n,    n,    n}},
    {Capability::PlaceOrders,        u"place_orders",         {Y,    n,    n,    Y,    Y,    n,    n}},
    {Capability::ReadOrders,         u"read_orders",          {Y,    Y,    Y,    Y,    Y,    n,    Y}},
    {Capability::CancelOrders,       u"cancel_orders",        {Y,    n,    n,    Y,    n,    n,    n}},
    {Capability::RecordPayments,     u"record_payments",      {Y,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ShipOrders,         u"ship_orders",          {n,    Y,    n,    Y,    n,    n,    n}},
    {Capability::SendPaymentLinks,   u"send_payment_links",   {Y,    n,    Y,    Y,    n,    n,    n}},
    {Capability::VerifyPaymentLinks, u"verify_payment_links", {n,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ReadMovements,      u"read_movements",       {n,    Y,    Y,    Y,    n,    n,    Y}},
    {Capability::PostMovements,      u"post_movements",       {n,    Y,    n,    Y,    n,    n,    n}},
    {Capability::ReadLowStock,       u"read_low_stock",       {Y,    Y,    Y,    Y,    n,    n,    n}},
    {Capability::ReadChanges,        u"read_changes",         {Y,    Y,    Y,    Y,    Y,    Y,    Y}},
    {Capability::ReadReports,        u"read_reports",         {n,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ManageUsers,        u"manage_users",         {n,    n,    n,    Y,    n,    n,    n}},
    {Capability::EditContent,        u"edit_content",         {n,    n,    Y,    Y,    n,    Y,    n}},
    {Capability::PublishContent,     u"publish_content",      {n,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ReadCatalogFeed,    u"read_catalog_feed",    {n,    n,    Y,    Y,    Y,    n,    n}},
    {Capability::ReadImages,         u"read_images",          {n,    n,    Y,    Y,    Y,    Y,    n}},
    {Capability::ReadContent,        u"read_content",         {Y,    Y,    Y,    Y,    n,    Y,    n}},
    {Capability::ReadPlacements,     u"read_placements",      {Y,    Y,    Y,    Y,    n,    n,    n}},
    {Capability::ReadTickets,        u"read_tickets",         {Y,    n,    Y,    Y,    Y,    n,    Y}},
    {Capability::OpenTickets,        u"open_tickets",         {Y,    n,    Y,    Y,    Y,    n,    Y}},
    {Capability::WorkTickets,        u"work_tickets",         {Y,    n,    Y,    Y,    n,    n,    Y}},
    {Capability::HandleEscalations,  u"handle_escalations",   {n,    n,    Y,    Y,    n,    n,    Y}},
    {Capability::ManageServiceLevels,u"manage_service_levels",{n,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ManageCustomerData, u"manage_customer_data", {n,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ReadPayments,       u"read_payments",        {Y,    n,    Y,    Y,    n,    n,    Y}},
    {Capability::RequestRefunds,     u"request_refunds",      {Y,    n,    Y,    Y,    n,    n,    Y}},
    {Capability::ApproveRefunds,     u"approve_refunds",      {n,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ReadReturns,        u"read_returns",         {Y,    Y,    Y,    Y,    n,    n,    Y}},
    {Capability::StartReturns,       u"start_returns",        {Y,    n,    Y,    Y,    n,    n,    Y}},
    {Capability::ApproveLateReturns, u"approve_late_returns", {n,    n,    Y,    Y,    n,    n,    Y}},
    {Capability::ReceiveReturns,     u"receive_returns",      {n,    Y,    n,    Y,    n,    n,    n}},
    {Capability::ExchangeReturns,    u"exchange_returns",     {Y,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ReadInbox,          u"read_inbox",           {Y,    n,    Y,    Y,    Y,    n,    Y}},
    {Capability::AnswerInbox,        u"answer_inbox",         {Y,    n,    Y,    Y,    n,    n,    n}},
    {Capability::PostInboxMessages,  u"post_inbox_messages",  {n,    n,    n,    Y,    Y,    n,    n}},
    {Capability::ManageReplyTemplates,u"manage_reply_templates",{n,  n,    Y,    Y,    n,    n,    n}},
    {Capability::ReadAudit,          u"read_audit",           {n,    n,    Y,    Y,    n,    n,    n}},
    {Capability::ManageSettings,     u"manage_settings",      {n,    n,    n,    Y,    n,    n,    n}},
    {Capability::ManageBackups,      u"manage_backups",       {n,    n,    n,    Y,    n,    n,    n}},
}};
// clang-format on

struct EntityReader
{
    const char16_t *entity;
    Capability capability;
};

// Which capability reads each entity of the change log. Locations and minimums come with
// the low-stock levels they qualify; the shop reads published content through its feed;
// reply templates go to those who answer with them, as their route does.
constexpr std::array<EntityReader, 22> readers = {{
    {u"product", Capability::ReadCatalog},
    {u"stock", Capability::ReadCatalog},
    {u"order", Capability::ReadOrders},
    {u"customer", Capability::ReadCustomers},
    {u"movement", Capability::ReadMovements},
    {u"user", Capability::ManageUsers},
    {u"location", Capability::ReadLowStock},
    {u"low_stock", Capability::ReadLowStock},
    {u"stock_minimum", Capability::ReadLowStock},
    {u"content", Capability::ReadContent},
    {u"product_images", Capability::ReadContent},
    {u"content_placement", Capability::ReadPlacements},
    {u"ticket", Capability::WorkTickets},
    {u"customer_note", Capability::ReadCustomers},
    {u"follow_up", Capability::WorkTickets},
    {u"payment", Capability::ReadPayments},
    {u"refund", Capability::ReadPayments},
    {u"return", Capability::ReadReturns},
    {u"conversation", Capability::ReadInbox},
    {u"reply_template", Capability::AnswerInbox},
    {u"setting", Capability::ManageSettings},
    {u"backup", Capability::ManageBackups},
}};

// The table lists the capabilities in enum order, so a capability is its own row index.
constexpr bool tableInEnumOrder()
{
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (std::size_t(table[i].capability) != i)
            return false;
    }
    return true;
}
static_assert(tableInEnumOrder(), "the permission table must list capabilities in enum order");

} // namespace

const QStringList &Permissions::roles()
{
    static const QStringList list = {u"agent"_s, u"warehouse"_s, u"manager"_s, u"admin"_s,
                                     u"shop"_s,  u"editor"_s,    u"qa"_s};
    return list;
}

bool Permissions::isKnownRole(const QString &role)
{
    return roles().contains(role);
}

bool Permissions::allows(const QString &role, Capability capability)
{
    const auto row = std::size_t(capability);
    const qsizetype column = roles().indexOf(role);
    return row < table.size() && column >= 0 && table[row].roles[std::size_t(column)];
}

QStringList Permissions::rolesWith(Capability capability)
{
    QStringList granted;
    for (const QString &role : roles()) {
        if (allows(role, capability))
            granted.append(role);
    }
    return granted;
}

QList<Capability> Permissions::capabilities()
{
    QList<Capability> all;
    for (const Grant &grant : table)
        all.append(grant.capability);
    return all;
}

QString Permissions::name(Capability capability)
{
    const auto row = std::size_t(capability);
    return row < table.size() ? QString::fromUtf16(table[row].name) : QString();
}

const QStringList &Permissions::entities()
{
    static const QStringList list = [] {
        QStringList all;
        for (const EntityReader &reader : readers)
            all.append(QString::fromUtf16(reader.entity));
        return all;
    }();
    return list;
}

std::optional<Capability> Permissions::readerOf(const QString &entity)
{
    const qsizetype row = entities().indexOf(entity);
    if (row < 0)
        return std::nullopt;
    return readers[std::size_t(row)].capability;
}

bool Permissions::mayRead(const QString &role, const QString &entity)
{
    const auto capability = readerOf(entity);
    return capability && allows(role, *capability);
}

} // namespace shopdesk
