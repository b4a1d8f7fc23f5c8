#pragma once

#include <QtGlobal>

namespace shopdesk {

// What a user may do, as the server enforces it and the client offers it. Each capability
// is granted to roles in the permission table (Permissions).
enum class Capability : quint8 {
    UseSession,          // who am I, sign out
    ReadCatalog,         // products and their stock
    EditProducts,        // create and change products
    ReadCustomers,       // customers and their details
    EditCustomers,       // create and change customers
    PlaceOrders,         // create orders
    ReadOrders,          // orders (a shop only its own, decided by the handler)
    CancelOrders,        // cancel a reserved order
    RecordPayments,      // mark an order paid
    ShipOrders,          // ship, deliver and take back orders
    SendPaymentLinks,    // mail an order's payment link to its customer
    VerifyPaymentLinks,  // check a paid payment link and record the payment
    ReadMovements,       // the stock ledger, locations and the pick list
    PostMovements,       // receipts, removals, counts, transfers, locations, minimums
    ReadLowStock,        // products under their minimum
    ReadChanges,         // the change log, its live feed and first-sync snapshots
    ReadReports,         // the trend reports
    ManageUsers,         // users and their roles
    EditContent,         // product pages, images and placement, up to review
    PublishContent,      // publish, reject and roll back product pages and placement
    ReadCatalogFeed,     // the published catalogue for the shop's website
    ReadImages,          // product image data
    ReadContent,         // product pages and images as they are edited, drafts included
    ReadPlacements,      // which products the shop's pages place, as staff arrange them
    ReadTickets,         // tickets and their threads (a shop only those it opened)
    OpenTickets,         // open a ticket for a customer
    WorkTickets,         // reply, note, assign, change status, schedule follow-ups
    HandleEscalations,   // the escalation queue: take, record the cause, resolve or hand back
    ManageServiceLevels, // service-level policies and the business calendar
    ManageCustomerData,  // export and erase everything held about a customer
    ReadPayments,        // an order's payments and refunds, and the approval queue
    RequestRefunds,      // refund an order (above the approval limit it waits for a manager)
    ApproveRefunds,      // approve or reject refunds above the approval limit
    ReadReturns,         // returns and their lines
    StartReturns,        // start a return, approve it within the return window, reject it
    ApproveLateReturns,  // approve a return after the return window has closed
    ReceiveReturns,      // receive a return into the ledger (restock or write off)
    ExchangeReturns,     // a replacement order for a return
    ReadInbox,           // conversations and their messages (a shop only its own chats)
    AnswerInbox,       // reply, assign, snooze, close; turn a conversation into an order or ticket
    PostInboxMessages, // the shop's website posts chat and contact-form messages
    ManageReplyTemplates, // the templates of frequent answers
    ReadAudit,            // the change log as an audit trail: who changed what, when, from where
    ManageSettings,       // the server's settings: mail, mailbox, payments, carriers, calendar
    ManageBackups,        // take a backup of the store and see the last one
};

} // namespace shopdesk
