// Which change records each role reads, as the permission table says: written out here per
// role, so a change to the table that changes what a role receives shows up.

#include "domain/permissions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using shopdesk::Permissions;

class TestEntityReaders : public QObject
{
    Q_OBJECT

private slots:
    void roleReadsEntity_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<bool>("reads");
        const QStringList everything{
            u"product"_s,       u"stock"_s,         u"order"_s,          u"customer"_s,
            u"movement"_s,      u"user"_s,          u"location"_s,       u"low_stock"_s,
            u"stock_minimum"_s, u"content"_s,       u"product_images"_s, u"content_placement"_s,
            u"ticket"_s,        u"customer_note"_s, u"follow_up"_s,      u"return"_s,
            u"setting"_s,       u"backup"_s,        u"reply_template"_s};
        const auto allBut = [&](const QStringList &left) {
            QStringList read = everything;
            for (const QString &entity : left)
                read.removeAll(entity);
            return read;
        };
        const QList<std::pair<QString, QStringList>> reads{
            {u"admin"_s, everything},
            // Settings and backups are the admin's alone; reply templates go to those who
            // answer the inbox.
            {u"manager"_s, allBut({u"user"_s, u"setting"_s, u"backup"_s})},
            {u"agent"_s, allBut({u"movement"_s, u"user"_s, u"setting"_s, u"backup"_s})},
            {u"warehouse"_s,
             allBut({u"customer"_s, u"user"_s, u"ticket"_s, u"customer_note"_s, u"follow_up"_s,
                     u"setting"_s, u"backup"_s, u"reply_template"_s})},
            {u"editor"_s, {u"product"_s, u"stock"_s, u"content"_s, u"product_images"_s}},
            // The shop's orders are cut down to its own by the server, not by the table.
            {u"shop"_s, {u"product"_s, u"stock"_s, u"order"_s}},
            // Quality assurance reads what it investigates, not stock levels or content.
            {u"qa"_s,
             {u"product"_s, u"stock"_s, u"order"_s, u"customer"_s, u"movement"_s, u"ticket"_s,
              u"customer_note"_s, u"follow_up"_s, u"return"_s}},
            {u"nobody"_s, {}}};
        for (const auto &[role, entities] : reads) {
            for (const QString &entity : everything + QStringList{u"survey"_s}) {
                QTest::addRow("%s %s", qPrintable(role), qPrintable(entity))
                    << role << entity << entities.contains(entity);
            }
        }
    }

    void roleReadsEntity()
    {
        QFETCH(QString, role);
        QFETCH(QString, entity);
        QFETCH(bool, reads);
        QCOMPARE(Permissions::mayRead(role, entity), reads);
    }

    void everyEntityHasAReader()
    {
        for (const QString &entity : Permissions::entities())
            QVERIFY2(Permissions::readerOf(entity).has_value(), qPrintable(entity));
        QVERIFY(!Permissions::readerOf(u"survey"_s).has_value());
    }
};

QTEST_GUILESS_MAIN(TestEntityReaders)
#include "tst_entityreaders.moc"
