<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Shopdesk</name>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Amounts in %1 have at most %n decimal place.</numerusform>
            <numerusform>Amounts in %1 have at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AuditView</name>
    <message numerus="yes">
        <source>Saved %n change(s) to %1.</source>
        <translation>
            <numerusform>Saved %n change to %1.</numerusform>
            <numerusform>Saved %n changes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BackupsView</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntryWidget</name>
    <message numerus="yes">
        <source>Posted %n line(s) as %1.</source>
        <translation>
            <numerusform>Posted %n line as %1.</numerusform>
            <numerusform>Posted %n lines as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movement</numerusform>
            <numerusform>%n movements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CatalogueView</name>
    <message numerus="yes">
        <source>%n price(s) changed.</source>
        <translation>
            <numerusform>%n price changed.</numerusform>
            <numerusform>%n prices changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>This computer&apos;s copy was damaged and has been rebuilt from the server; %n queued change(s) were kept.</source>
        <translation>
            <numerusform>This computer&apos;s copy was damaged and has been rebuilt from the server; %n queued change was kept.</numerusform>
            <numerusform>This computer&apos;s copy was damaged and has been rebuilt from the server; %n queued changes were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MovementHistoryWidget</name>
    <message numerus="yes">
        <source>Saved %n movement(s) to %1.</source>
        <translation>
            <numerusform>Saved %n movement to %1.</numerusform>
            <numerusform>Saved %n movements to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderListView</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PriceChangeDialog</name>
    <message numerus="yes">
        <source>%n problem(s) must be put right before the prices can change.</source>
        <translation>
            <numerusform>%n problem must be put right before the prices can change.</numerusform>
            <numerusform>%n problems must be put right before the prices can change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) will change. Apply changes them all at once.</source>
        <translation>
            <numerusform>%n price will change. Apply changes them all at once.</numerusform>
            <numerusform>%n prices will change. Apply changes them all at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductsView</name>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
