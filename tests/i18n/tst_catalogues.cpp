#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString catalogue(const QString &language)
{
    return u"%1/translations/shopdesk_%2.ts"_s.arg(QStringLiteral(SHOPDESK_SOURCE_DIR), language);
}

// One message of a catalogue, as a translator sees it.
struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, {}, {}};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                message.translations.append(xml.text().toString());
            // Plural forms follow as <numerusform> children.
            while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    message.translations.append(xml.readElementText());
                xml.readNext();
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The numbered arguments a text fills in: "%1", "%L2"; "%n" is the plural count.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression argument(u"%L?\\d+"_s);
    QStringList found;
    for (auto it = argument.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(u'L'));
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

// Every language's catalogue is complete, current with the code and built into the client.
class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

    // English, the source language, has only the plural forms of its texts.
    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = QStringLiteral(SHOPDESK_LANGUAGES).split(u',');
        QCOMPARE(languages, (QStringList{u"de"_s, u"es"_s, u"hi"_s, u"ar"_s}));
        QTest::newRow("en") << u"en"_s;
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

private slots:
    // lupdate over today's sources changes nothing: no text of the code is missing and none of
    // the catalogue is gone from the code.
    void isCurrent_data() { addLanguages(); }
    void isCurrent()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"shopdesk_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(catalogue(language), copy));

        QStringList arguments{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s};
        if (language == u"en"_s)
            arguments.append(u"-pluralonly"_s);
        arguments += {u"@"_s + QStringLiteral(SHOPDESK_I18N_SOURCE_LIST), u"-ts"_s, copy};
        QProcess lupdate;
        lupdate.start(QStringLiteral(SHOPDESK_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile before(catalogue(language));
        QFile after(copy);
        QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
        QVERIFY2(before.readAll() == after.readAll(),
                 qPrintable(u"translations/shopdesk_%1.ts is out of date with the sources: run "
                            u"`cmake --build build/dev --target shopdesk_lupdate` and translate "
                            u"what it marks unfinished"_s.arg(language)));
    }

    // Every message translated, every argument of the English text used.
    void isFinished_data() { addLanguages(); }
    void isFinished()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readCatalogue(catalogue(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > (language == u"en"_s ? 3 : 500));

        QStringList problems;
        for (const Message &m : messages) {
            const QString where = u"%1: \"%2\""_s.arg(m.context, m.source.left(60));
            if (!m.type.isEmpty()) {
                problems.append(u"%1 is %2"_s.arg(where, m.type));
                continue;
            }
            if (m.translations.isEmpty() ||
                std::any_of(m.translations.cbegin(), m.translations.cend(),
                            [](const QString &t) { return t.trimmed().isEmpty(); })) {
                problems.append(where + u" has no translation"_s);
                continue;
            }
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems.append(
                        u"%1 → \"%2\" does not fill the same arguments"_s.arg(where, t));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"translations/shopdesk_%1.ts:\n  "_s.arg(language) +
                            problems.mid(0, 20).join(u"\n  "_s) +
                            (problems.size() > 20 ? u"\n  … %1 in all"_s.arg(problems.size())
                                                  : QString())));
    }

    // The built catalogue is in the client and gives the layout direction of the language.
    void isBuiltIn_data() { addLanguages(); }
    void isBuiltIn()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/shopdesk_"_s + language));
        if (language == u"en"_s) {
            QCOMPARE(
                translator.translate("shopdesk::ui::OrderListView", "%Ln order(s)", nullptr, 1),
                u"%Ln order"_s);
            QCOMPARE(
                translator.translate("shopdesk::ui::OrderListView", "%Ln order(s)", nullptr, 2),
                u"%Ln orders"_s);
            return;
        }
        QCOMPARE(translator.translate("QGuiApplication", "QT_LAYOUT_DIRECTION"),
                 language == u"ar"_s ? u"RTL"_s : u"LTR"_s);
        const QString file = translator.translate("shopdesk::ui::MainWindow", "&File");
        QVERIFY(!file.isEmpty());
        QVERIFY(file != u"&File"_s);
    }

    // The checker itself: an unfinished message and a lost argument are found.
    void checkerFindsProblems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shopdesk_xx.ts"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="de_DE"><context><name>C</name>
<message><source>Open %1</source><translation>Öffnen</translation></message>
<message><source>Close</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n line(s)</source><translation>
<numerusform>%n Zeile</numerusform><numerusform>%n Zeilen</numerusform></translation></message>
</context></TS>)");
        file.close();
        QString error;
        const QList<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(messages.size(), 3);
        QCOMPARE(placeholders(messages.at(0).source), QStringList{u"%1"_s});
        QVERIFY(placeholders(messages.at(0).translations.value(0)).isEmpty());
        QCOMPARE(messages.at(1).type, u"unfinished"_s);
        QCOMPARE(messages.at(2).translations, (QStringList{u"%n Zeile"_s, u"%n Zeilen"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_catalogues.moc"
