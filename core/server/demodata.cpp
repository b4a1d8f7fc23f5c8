#include "server/demodata.h"

#include "domain/tr.h"
#include "server/care/democare.h"
#include "server/demotime.h"
#include "server/inbox/replytemplatedemo.h"
#include "server/passwordhasher.h"
#include "server/returns/demoreturns.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/shopstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <queue>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

using demotime::day;
using demotime::hour;
using demotime::minute;

struct Category
{
    const char16_t *name;
    const char16_t *prefix;
    QList<const char16_t *> items;
    int minPrice; // cents
    int maxPrice;
};

const QList<Category> &categories()
{
    static const QList<Category> list = {
        {u"Kitchen",
         u"KIT",
         {u"Chef's Knife",   u"Cutting Board",   u"Frying Pan",    u"Saucepan",
          u"Stock Pot",      u"Mixing Bowl Set", u"Salad Spinner", u"Pepper Mill",
          u"Coffee Grinder", u"French Press",    u"Kettle",        u"Toaster",
          u"Hand Blender",   u"Measuring Cups",  u"Baking Tray",   u"Cast Iron Skillet",
          u"Spatula Set",    u"Colander",        u"Tea Infuser",   u"Knife Block"},
         499,
         12999},
        {u"Home",
         u"HOM",
         {u"Cushion Cover", u"Throw Blanket", u"Table Lamp", u"Wall Clock", u"Scented Candle",
          u"Photo Frame", u"Vase", u"Door Mat", u"Bath Towel", u"Bed Linen Set", u"Storage Box",
          u"Laundry Basket", u"Curtain", u"Rug", u"Mirror", u"Plant Pot"},
         799,
         14999},
        {u"Garden",
         u"GAR",
         {u"Watering Can", u"Garden Hose", u"Pruning Shears", u"Planter", u"Seed Tray",
          u"Garden Gloves", u"Bird Feeder", u"Solar Lantern", u"Compost Bin", u"Rake", u"Trowel",
          u"Hose Reel", u"Kneeler", u"Parasol"},
         399,
         19999},
        {u"Outdoor",
         u"OUT",
         {u"Daypack", u"Water Bottle", u"Headlamp", u"Camping Mug", u"Trekking Poles",
          u"Sleeping Bag", u"Tent", u"Rain Jacket", u"Fleece", u"Thermos", u"First Aid Kit",
          u"Picnic Blanket", u"Camping Stove", u"Dry Bag"},
         699,
         29999},
        {u"Toys",
         u"TOY",
         {u"Wooden Puzzle", u"Building Blocks", u"Plush Bear", u"Kite", u"Marble Run", u"Card Game",
          u"Board Game", u"Toy Car", u"Doll House", u"Train Set", u"Yo-Yo", u"Spinning Top",
          u"Puppet", u"Skipping Rope"},
         299,
         8999},
        {u"Stationery",
         u"STA",
         {u"Notebook", u"Fountain Pen", u"Pencil Set", u"Sketchbook", u"Desk Organiser", u"Planner",
          u"Highlighter Set", u"Envelope Pack", u"Greeting Card", u"Washi Tape", u"Ink Bottle",
          u"Ruler", u"Letter Opener"},
         149,
         4999},
        {u"Beauty",
         u"BEA",
         {u"Hand Cream", u"Lip Balm", u"Face Serum", u"Body Lotion", u"Shampoo Bar", u"Bath Salts",
          u"Soap Bar", u"Nail Brush", u"Hair Comb", u"Shaving Kit", u"Sunscreen", u"Face Mask"},
         299,
         5999},
        {u"Electronics",
         u"ELE",
         {u"USB-C Cable", u"Wireless Charger", u"Power Bank", u"Bluetooth Speaker", u"Earbuds",
          u"Phone Stand", u"Laptop Sleeve", u"Desk Lamp", u"Smart Plug", u"Webcam Cover",
          u"Travel Adapter", u"Cable Organiser"},
         599,
         15999},
        {u"Pets",
         u"PET",
         {u"Dog Leash", u"Cat Toy", u"Pet Bed", u"Food Bowl", u"Dog Collar", u"Scratching Post",
          u"Treat Jar", u"Grooming Brush", u"Pet Blanket", u"Water Fountain"},
         299,
         9999},
        {u"Sports",
         u"SPO",
         {u"Yoga Mat", u"Resistance Band", u"Jump Rope", u"Foam Roller", u"Dumbbell Pair",
          u"Gym Bag", u"Sweatband", u"Shaker Bottle", u"Balance Board", u"Exercise Ball"},
         499,
         12999},
    };
    return list;
}

const QList<const char16_t *> brands = {u"Nordhaus",   u"Lumen & Co", u"Fjell", u"Casa Verde",
                                        u"Brightwell", u"Oakridge",   u"Kiln",  u"Maris",
                                        u"Tidewater",  u"Alder"};
const QList<const char16_t *> variants = {u"Slate",    u"Sand",  u"Forest", u"Ocean", u"Berry",
                                          u"Charcoal", u"Ivory", u"Copper", u"Small", u"Large"};
const QList<const char16_t *> firstNames = {
    u"Anna",   u"Ben",    u"Clara", u"David", u"Elena",  u"Felix", u"Greta", u"Hugo",   u"Ida",
    u"Jonas",  u"Katrin", u"Lukas", u"Maria", u"Niklas", u"Olga",  u"Paul",  u"Rosa",   u"Simon",
    u"Tanja",  u"Uwe",    u"Vera",  u"Wim",   u"Yusuf",  u"Zoe",   u"Amir",  u"Chiara", u"Emil",
    u"Fatima", u"Lea",    u"Marco", u"Nora",  u"Omar",   u"Pia",   u"Sven",  u"Lina",   u"Jan"};
const QList<const char16_t *> lastNames = {
    u"Müller", u"Schmidt",    u"Schneider", u"Fischer", u"Weber", u"Meyer",  u"Wagner",  u"Becker",
    u"Schulz", u"Hoffmann",   u"Koch",      u"Richter", u"Klein", u"Wolf",   u"Neumann", u"Schwarz",
    u"Braun",  u"Zimmermann", u"Hartmann",  u"Krüger",  u"Lange", u"Werner", u"Rossi",   u"Janssen",
    u"Novak",  u"Dubois",     u"García",    u"Costa",   u"Nowak", u"Berg"};
const QList<const char16_t *> streets = {
    u"Hauptstraße", u"Gartenweg", u"Lindenallee", u"Bahnhofstraße", u"Schillerplatz",
    u"Am Markt",    u"Rosenweg",  u"Bergstraße",  u"Kirchgasse",    u"Uferpromenade"};
const QList<std::pair<const char16_t *, const char16_t *>> cities = {
    {u"10115", u"Berlin"},   {u"20095", u"Hamburg"},   {u"80331", u"München"},
    {u"50667", u"Köln"},     {u"60311", u"Frankfurt"}, {u"70173", u"Stuttgart"},
    {u"04109", u"Leipzig"},  {u"28195", u"Bremen"},    {u"01067", u"Dresden"},
    {u"90402", u"Nürnberg"}, {u"1010", u"Wien"},       {u"8001", u"Zürich"}};

QString ean13(QRandomGenerator &random)
{
    QString digits = u"400"_s;
    for (int i = 0; i < 9; ++i)
        digits += QChar(u'0' + int(random.bounded(10)));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits[i].unicode() - u'0') * (i % 2 ? 3 : 1);
    digits += QChar(u'0' + (10 - sum % 10) % 10);
    return digits;
}

// Orders a day relative to the yearly mean: a Nov/Dec peak, a January lull, quieter
// weekends, and a business that grows a little from year to year.
double demandFactor(const QDate &date, double yearsFromStart)
{
    static const double month[] = {0.75, 0.8,  0.9,  0.95, 1.0, 0.9,
                                   0.85, 0.85, 0.95, 1.05, 1.7, 2.3};
    double factor = month[date.month() - 1];
    if (date.month() == 12 && date.day() > 22)
        factor *= 0.5; // after the last shipping day
    if (date.dayOfWeek() >= 6)
        factor *= 0.8;
    return factor * (1.0 + 0.25 * yearsFromStart);
}

enum class EventKind { Customer, Order, Pay, Ship, Deliver, Cancel, Expire, Warehouse };

struct Event
{
    qint64 at = 0;
    EventKind kind = EventKind::Order;
    qint64 orderId = 0;
    quint64 tie = 0;
    friend bool operator>(const Event &a, const Event &b)
    {
        return a.at != b.at ? a.at > b.at : a.tie > b.tie;
    }
};

} // namespace

QList<std::pair<QString, QString>> DemoData::users()
{
    return {{u"agent"_s, u"demo-agent"_s},
            {u"warehouse"_s, u"demo-warehouse"_s},
            {u"manager"_s, u"demo-manager"_s},
            {u"admin"_s, u"demo-admin"_s},
            {u"shop"_s, u"demo-shop"_s},
            {u"editor"_s, u"demo-editor"_s},
            {u"qa"_s, u"demo-qa"_s}};
}

Result<QString> DemoData::fill(const ServerOptions &options, uint seed, const Size &size)
{
    QElapsedTimer clock;
    clock.start();
    auto config = storage::StorageConfig::fromOptions(options.dataDir, options.databaseUrl);
    if (!config)
        return config.error();
    auto opened = storage::Database::open(
        config.value(), u"shopdesk-demo-"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (!opened)
        return opened.error();
    storage::Database &db = *opened.value();
    db.setStatementCache(true);
    if (auto ok = storage::Migrations::apply(db); !ok)
        return ok.error();
    storage::ShopStore store(db, options.currency);

    auto existing = db.scalar(u"SELECT (SELECT COUNT(*) FROM products) + (SELECT COUNT(*) FROM "
                              "customers) + (SELECT COUNT(*) FROM orders)"_s,
                              {}, 0);
    if (!existing)
        return existing.error();
    if (existing.value().toLongLong() > 0) {
        return Result<QString>::failure(
            u"store_not_empty"_s,
            Tr::tr("The store already holds products, customers or orders; the demo fills "
                   "only an empty store."));
    }

    QRandomGenerator random(seed);
    const storage::Actor system{0, u"system"_s, u"system"_s};
    QHash<QString, storage::Actor> actors;

    // --- users, one per role
    if (auto ok = store.batch().begin(); !ok)
        return ok.error();
    for (const auto &[name, password] : users()) {
        auto user = store.users().byName(name);
        if (!user) {
            auto hash = PasswordHasher::hash(password);
            if (!hash)
                return hash.error();
            auto created = store.users().create(system, name, hash.value(), name);
            if (!created)
                return created.error();
            actors.insert(name,
                          storage::Actor{created.value().value(u"id"_s).toInteger(), name, name});
        } else {
            actors.insert(name, storage::Actor{user.value().id, name, user.value().role});
        }
    }

    const qint64 end = storage::StoreClock::nowMsecs();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).date();
    const QDate firstDay = lastDay.addDays(-size.days);
    const qint64 start = QDateTime(firstDay, QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();

    // --- products
    store.clock().set(start - 30 * day);
    struct Product
    {
        QString sku;
        double weight;
    };
    QList<Product> products;
    const auto &cats = categories();
    int serial = 0;
    for (const Category &category : cats) {
        for (const char16_t *item : category.items) {
            for (const char16_t *brand : brands.mid(0, size.brandsPerItem)) {
                const int variantCount = 1 + int(random.bounded(2));
                for (int v = 0; v < variantCount; ++v) {
                    const QString variant =
                        QString::fromUtf16(variants[random.bounded(variants.size())]);
                    const QString sku = u"%1-%2"_s.arg(QString::fromUtf16(category.prefix))
                                            .arg(++serial, 5, 10, QChar(u'0'));
                    const QString name = u"%1 %2, %3"_s.arg(QString::fromUtf16(brand),
                                                            QString::fromUtf16(item), variant);
                    const int span = category.maxPrice - category.minPrice;
                    const qint64 price =
                        (category.minPrice + random.bounded(span)) / 100 * 100 + 99;
                    const QJsonObject fields{
                        {u"sku"_s, sku},
                        {u"name"_s, name},
                        {u"price"_s, QJsonObject{{u"amount_minor"_s, price},
                                                 {u"currency"_s, options.currency}}},
                        {u"category"_s, QString::fromUtf16(category.name)},
                        {u"barcode"_s, ean13(random)},
                        {u"description"_s,
                         Tr::tr("%1 by %2 in %3. A customer favourite in our %4 range.")
                             .arg(QString::fromUtf16(item), QString::fromUtf16(brand), variant,
                                  QString::fromUtf16(category.name).toLower())}};
                    auto created = store.products().create(actors.value(u"manager"_s), fields);
                    if (!created)
                        return created.error();
                    // A few best sellers, a long tail.
                    products.append({sku, 1.0 / std::pow(double(products.size() % 400 + 1), 0.8) *
                                              (0.5 + random.generateDouble())});
                }
            }
        }
    }
    std::shuffle(products.begin(), products.end(), random);
    QList<double> cumulative;
    double totalWeight = 0;
    for (const Product &p : products)
        cumulative.append(totalWeight += p.weight);
    auto pickProduct = [&]() -> const QString & {
        const double x = random.generateDouble() * totalWeight;
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), x);
        return products[std::min<qsizetype>(it - cumulative.begin(), products.size() - 1)].sku;
    };

    // --- opening stock: everything received into main, some into the back room
    const storage::Actor &warehouse = actors[u"warehouse"_s];
    store.clock().set(start - 7 * day);
    auto receive = [&](const QString &sku, qint64 quantity, const QString &location,
                       const QString &reason) -> Result<void> {
        storage::MovementInput in;
        in.sku = sku;
        in.kind = u"receipt"_s;
        in.quantity = quantity;
        in.location = location;
        in.reason = reason;
        auto ok = store.ledger().addMovement(warehouse, in);
        if (!ok)
            return ok.error();
        return {};
    };
    for (const Product &p : products) {
        if (auto ok = receive(p.sku, 20 + random.bounded(80), u"main"_s, Tr::tr("opening stock"));
            !ok)
            return ok.error();
        if (random.bounded(5) == 0) {
            if (auto ok =
                    receive(p.sku, 10 + random.bounded(30), u"backroom"_s, Tr::tr("opening stock"));
                !ok)
                return ok.error();
        }
    }
    if (auto ok = store.batch().end(); !ok)
        return ok.error();

    // --- two years of customers, orders and warehouse work, in time order
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events;
    quint64 tie = 0;
    auto schedule = [&](qint64 at, EventKind kind, qint64 orderId = 0) {
        events.push(Event{at, kind, orderId, ++tie});
    };
    const int customerTarget = size.customers;
    for (int i = 0; i < customerTarget; ++i) {
        // A fifth are there from the start, the rest sign up along the way.
        const qint64 at = i < customerTarget / 5
                              ? start - day + i * 1000
                              : start + qint64(random.generateDouble() * double(end - start));
        schedule(at, EventKind::Customer);
    }
    const int baseOrdersPerDay = size.ordersPerDay;
    for (QDate date = firstDay; date <= lastDay; date = date.addDays(1)) {
        const double years = double(firstDay.daysTo(date)) / 365.0;
        const double expected = baseOrdersPerDay * demandFactor(date, years);
        const int count = int(expected * (0.7 + 0.6 * random.generateDouble()));
        const qint64 dayStart = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            // Most orders between 07:00 and 23:00.
            const qint64 at = dayStart + 7 * hour + qint64(random.generateDouble() * 16 * hour);
            if (at < end)
                schedule(at, EventKind::Order);
        }
        if (date.dayOfWeek() <= 5)
            schedule(dayStart + 6 * hour, EventKind::Warehouse);
    }

    QList<qint64> customerIds;
    struct Pending
    {
        QString paymentMethod;
    };
    QHash<qint64, Pending> pendingOrders;
    int orderCount = 0;
    int movementCount = 0;
    const QStringList channels = {u"web"_s, u"email"_s, u"phone"_s, u"chat"_s};
    const QList<int> channelWeights = {45, 20, 20, 15};
    const QStringList methods = {u"card"_s, u"paypal"_s, u"bank_transfer"_s, u"skrill"_s,
                                 u"cash_on_delivery"_s};
    const QList<int> methodWeights = {45, 25, 12, 5, 13};
    auto weighted = [&](const QStringList &values, const QList<int> &weights) {
        int x = int(random.bounded(100));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if ((x -= weights[i]) < 0)
                return values[i];
        }
        return values.last();
    };
    const qint64 reservationMs = qint64(options.reservationSeconds) * 1000;
    qint64 batchUntil = 0;
    bool inBatch = false;

    while (!events.empty()) {
        const Event event = events.top();
        events.pop();
        if (event.at > end)
            continue;
        // One transaction per simulated month keeps this fast and the file consistent.
        if (!inBatch || event.at > batchUntil) {
            if (inBatch) {
                if (auto ok = store.batch().end(); !ok)
                    return ok.error();
            }
            if (auto ok = store.batch().begin(); !ok)
                return ok.error();
            inBatch = true;
            batchUntil = event.at + 30 * day;
        }
        store.clock().set(event.at);
        switch (event.kind) {
        case EventKind::Customer: {
            const QString first = QString::fromUtf16(firstNames[random.bounded(firstNames.size())]);
            const QString last = QString::fromUtf16(lastNames[random.bounded(lastNames.size())]);
            const auto &[postcode, city] = cities[random.bounded(cities.size())];
            const QString mailbox = (first + u'.' + last)
                                        .toLower()
                                        .replace(u"ü"_s, u"ue"_s)
                                        .replace(u"ä"_s, u"ae"_s)
                                        .replace(u"ö"_s, u"oe"_s)
                                        .replace(u"í"_s, u"i"_s)
                                        .replace(u"ç"_s, u"c"_s);
            const QStringList domains = {u"example.com"_s, u"example.net"_s, u"example.org"_s};
            const QJsonObject fields{
                {u"name"_s, first + u' ' + last},
                {u"email"_s, u"%1%2@%3"_s.arg(mailbox)
                                 .arg(customerIds.size() + 1)
                                 .arg(domains[random.bounded(domains.size())])},
                {u"phone"_s,
                 u"+49 15%1 %2"_s.arg(random.bounded(10)).arg(1000000 + random.bounded(8999999))},
                {u"addresses"_s,
                 QJsonArray{QJsonObject{
                     {u"label"_s, u"home"_s},
                     {u"street"_s,
                      u"%1 %2"_s.arg(QString::fromUtf16(streets[random.bounded(streets.size())]))
                          .arg(1 + random.bounded(120))},
                     {u"postcode"_s, QString::fromUtf16(postcode)},
                     {u"city"_s, QString::fromUtf16(city)},
                     {u"country"_s, u"DE"_s}}}}};
            auto created = store.customers().create(actors.value(u"agent"_s), fields, true);
            if (!created)
                return created.error();
            customerIds.append(created.value().value(u"id"_s).toInteger());
            break;
        }
        case EventKind::Order: {
            if (customerIds.isEmpty())
                break;
            storage::OrderInput input;
            // Returning customers: recent sign-ups and regulars alike.
            input.customerId = customerIds[random.bounded(customerIds.size())];
            input.channel = weighted(channels, channelWeights);
            input.paymentMethod = weighted(methods, methodWeights);
            const int lines =
                1 + (random.bounded(10) < 3 ? 1 : 0) + (random.bounded(10) == 0 ? 1 : 0);
            for (int l = 0; l < lines; ++l)
                input.lines.append({pickProduct(), 1 + (random.bounded(6) == 0 ? 1 : 0)});
            // The warehouse restocks what runs low before it sells out.
            for (const auto &line : input.lines) {
                auto stock = store.ledger().stock(line.sku);
                if (!stock)
                    return stock.error();
                if (stock.value().value(u"available"_s).toInteger() < 5) {
                    store.clock().set(event.at - hour);
                    if (auto ok = receive(line.sku, 30 + random.bounded(70), u"main"_s,
                                          Tr::tr("supplier delivery"));
                        !ok)
                        return ok.error();
                    ++movementCount;
                    store.clock().set(event.at);
                }
            }
            const storage::Actor &creator =
                input.channel == u"web"_s ? actors[u"shop"_s] : actors[u"agent"_s];
            auto order = store.orders().create(creator, input, reservationMs);
            if (!order)
                continue; // e.g. a line ran short twice over: the agent tells the customer
            ++orderCount;
            const qint64 id = order.value().value(u"id"_s).toInteger();
            pendingOrders.insert(id, Pending{input.paymentMethod});
            const int fate = int(random.bounded(100));
            if (fate < 3) {
                schedule(event.at + reservationMs + minute, EventKind::Expire, id);
            } else if (fate < 7) {
                schedule(event.at + qint64(random.bounded(20)) * minute + minute, EventKind::Cancel,
                         id);
            } else if (input.paymentMethod == u"cash_on_delivery"_s) {
                schedule(event.at + 4 * hour + qint64(random.bounded(40)) * hour, EventKind::Ship,
                         id);
            } else {
                schedule(event.at + minute +
                             qint64(random.bounded(qMax<qint64>(1, reservationMs / minute - 2))) *
                                 minute,
                         EventKind::Pay, id);
            }
            break;
        }
        case EventKind::Pay: {
            auto paid = store.orders().pay(
                actors.value(u"agent"_s), event.orderId,
                u"PSP-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper()));
            if (paid)
                schedule(event.at + 3 * hour + qint64(random.bounded(44)) * hour, EventKind::Ship,
                         event.orderId);
            break;
        }
        case EventKind::Ship: {
            const QStringList carriers = {u"DHL"_s, u"DPD"_s, u"GLS"_s, u"UPS"_s, u"Hermes"_s};
            auto shipped = store.orders().ship(
                warehouse, event.orderId, carriers[random.bounded(carriers.size())],
                u"%1"_s.arg(100000000000LL + qint64(random.bounded(899999999)) * 97));
            if (shipped)
                schedule(event.at + day + qint64(random.bounded(72)) * hour, EventKind::Deliver,
                         event.orderId);
            break;
        }
        case EventKind::Deliver:
            (void)store.orders().deliver(actors.value(u"agent"_s), event.orderId);
            pendingOrders.remove(event.orderId);
            break;
        case EventKind::Cancel:
            (void)store.orders().cancel(actors.value(u"agent"_s), event.orderId);
            pendingOrders.remove(event.orderId);
            break;
        case EventKind::Expire:
            if (auto ok = store.orders().expireReservations(event.at); !ok)
                return ok.error();
            break;
        case EventKind::Warehouse: {
            // Daily floor work: damaged or replacement units out, count corrections, and
            // moving units from the back room to the shelves.
            for (int i = 0; i < 3; ++i) {
                const QString sku = pickProduct();
                auto stock = store.ledger().stock(sku);
                if (!stock)
                    return stock.error();
                const qint64 available = stock.value().value(u"available"_s).toInteger();
                storage::MovementInput in;
                in.sku = sku;
                in.location = u"main"_s;
                const int what = int(random.bounded(10));
                if (what < 4 && available > 2) {
                    const QStringList reasons = {Tr::tr("damaged in storage"),
                                                 Tr::tr("replacement sent to a customer"),
                                                 Tr::tr("direct sale at the counter")};
                    in.kind = u"removal"_s;
                    in.quantity = -1;
                    in.reason = reasons[random.bounded(reasons.size())];
                } else if (what < 7 && available > 3) {
                    in.kind = u"adjustment"_s;
                    in.quantity = random.bounded(2) ? 1 : -1;
                    in.reason = Tr::tr("stock count");
                } else if (what < 8) {
                    in.kind = u"return"_s;
                    in.quantity = 1;
                    in.reason = Tr::tr("customer return, resellable");
                } else {
                    in.kind = u"transfer"_s;
                    in.quantity = 2;
                    in.fromLocation = u"backroom"_s;
                    in.toLocation = u"main"_s;
                    in.location.clear();
                    in.reason = Tr::tr("restocking shelves");
                }
                // A refusal (not enough in the back room, say) is simply skipped: the ledger
                // only ever holds movements that fit.
                if (store.ledger().addMovement(warehouse, in))
                    ++movementCount;
            }
            break;
        }
        }
    }
    if (inBatch) {
        if (auto ok = store.batch().end(); !ok)
            return ok.error();
    }
    // The care desk's last weeks, about the orders just made.
    if (auto ok = store.batch().begin(); !ok)
        return ok.error();
    auto tickets = DemoCare(store, random, actors)
                       .fill(end, qMin(size.days, 45), qMax(1, size.ordersPerDay / 4));
    if (!tickets)
        return tickets.error();
    if (auto ok = store.batch().end(); !ok)
        return ok.error();
    // The answers the agents give most, ready as reply templates.
    if (auto ok = store.batch().begin(); !ok)
        return ok.error();
    if (auto made = ReplyTemplateDemo::fill(store, actors.value(u"manager"_s)); !made)
        return made.error();
    if (auto ok = store.batch().end(); !ok)
        return ok.error();
    // Returns and refunds over the whole stretch, so the trends show them month by month.
    if (auto ok = store.batch().begin(); !ok)
        return ok.error();
    if (auto returns = DemoReturns(store, random, actors).fill(end, 6); !returns)
        return returns.error();
    if (auto ok = store.batch().end(); !ok)
        return ok.error();
    store.clock().set(0);

    auto movements = db.scalar(u"SELECT COUNT(*) FROM movements"_s, {}, 0);
    auto lines = db.scalar(u"SELECT COUNT(*) FROM order_lines"_s, {}, 0);
    QStringList logins;
    for (const auto &[name, password] : users())
        logins.append(u"%1 / %2"_s.arg(name, password));
    return Tr::tr("Demo shop ready in %1 s: %2 products, %3 customers, %4 orders (%5 lines) "
                  "from %6 to %7, %8 stock movements, %9 tickets. Sign in as %10.")
        .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
        .arg(products.size())
        .arg(customerIds.size())
        .arg(orderCount)
        .arg(lines ? lines.value().toLongLong() : 0)
        .arg(firstDay.toString(Qt::ISODate), lastDay.toString(Qt::ISODate))
        .arg(movements ? movements.value().toLongLong() : 0)
        .arg(tickets.value())
        .arg(logins.join(u", "_s));
}

} // namespace shopdesk::server
