#include <QtTest>

using namespace Qt::StringLiterals;

// shopdesk and shopdesk-server answer --help and --version on the terminal: no display, no
// QT_QPA_PLATFORM, no HOME, nothing but PATH in their environment.
class TestPrograms : public QObject
{
    Q_OBJECT
private slots:
    void answers_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");

        const QString desktop = QStringLiteral(SHOPDESK_DESKTOP_BIN);
        const QString server = QStringLiteral(SHOPDESK_SERVER_BIN);
        const QString version = QStringLiteral(SHOPDESK_EXPECTED_VERSION);
        const QStringList desktopOptions = {u"--server"_s, u"--standalone"_s, u"--data"_s,
                                            u"--user"_s,   u"--screenshot"_s, u"--language"_s,
                                            u"--help"_s,   u"--version"_s,    u"Usage:"_s};
        QTest::addRow("shopdesk --help")
            << desktop << QStringList{u"--help"_s}
            << desktopOptions + QStringList{u"Shopdesk: the back-office for online shops."_s}
            << QStringList();
        QTest::addRow("shopdesk -h")
            << desktop << QStringList{u"-h"_s} << desktopOptions << QStringList();
        // "Usage:" is Qt's own word, German only where Qt's catalogues are installed.
        QTest::addRow("shopdesk --help in German")
            << desktop << QStringList{u"--language"_s, u"de"_s, u"--help"_s}
            << desktopOptions.filter(u"--"_s) +
                   QStringList{u"Shopdesk: das Backoffice für Onlineshops."_s}
            << QStringList{u"the back-office for online shops"_s};
        QTest::addRow("shopdesk --version")
            << desktop << QStringList{u"--version"_s} << QStringList{u"shopdesk "_s + version}
            << QStringList{u"Usage:"_s};
        QTest::addRow("shopdesk-server --help")
            << server << QStringList{u"--help"_s}
            << QStringList{u"Usage:"_s,     u"--listen"_s,        u"--data"_s,
                           u"--database"_s, u"--trusted-proxy"_s, u"demo"_s}
            << QStringList();
        QTest::addRow("shopdesk-server --version")
            << server << QStringList{u"--version"_s} << QStringList{u"shopdesk-server "_s + version}
            << QStringList{u"Usage:"_s};
    }

    void answers()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);

        QProcessEnvironment environment;
        environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(errors));
        for (const QString &text : expected)
            QVERIFY2(output.contains(text), qPrintable(text + u"\n--- in ---\n"_s + output));
        for (const QString &text : unexpected)
            QVERIFY2(!output.contains(text), qPrintable(text + u"\n--- in ---\n"_s + output));
    }

    // A wrong option is reported on the terminal too, not by a dialog that needs a display.
    void wrongOptionWithHelp()
    {
        QProcessEnvironment environment;
        environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SHOPDESK_DESKTOP_BIN), {u"--help"_s, u"--colour"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"colour"_s));
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
