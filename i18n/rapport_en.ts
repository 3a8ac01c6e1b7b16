<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppShell</name>
    <message numerus="yes">
        <source>%1 (%n overdue)</source>
        <comment>navigation button: Today, then how many follow-ups are overdue</comment>
        <translation>
            <numerusform>%1 (%n overdue)</numerusform>
            <numerusform>%1 (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n match for “%1”</numerusform>
            <numerusform>%n matches for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <source>%n pairs that may be one person: same phone number, same email, or the same name with a phone or email that looks alike. Best matches first.</source>
        <translation>
            <numerusform>%n pair that may be one person: same phone number, same email, or the same name with a phone or email that looks alike. Best matches first.</numerusform>
            <numerusform>%n pairs that may be one person: same phone number, same email, or the same name with a phone or email that looks alike. Best matches first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpOfferDialog</name>
    <message numerus="yes">
        <source>day(s) from now · %1</source>
        <comment>after a number of days: the date it comes to</comment>
        <translation>
            <numerusform>day from now · %1</numerusform>
            <numerusform>days from now · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days · %1</source>
        <comment>%1 is the due date</comment>
        <translation>
            <numerusform>Due in %n day · %1</numerusform>
            <numerusform>Due in %n days · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation>
            <numerusform>%n minute idle</numerusform>
            <numerusform>%n minutes idle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message numerus="yes">
        <source>%n changes could not be sent (%1). Sign out anyway and lose them?</source>
        <translation>
            <numerusform>%n change could not be sent (%1). Sign out anyway and lose it?</numerusform>
            <numerusform>%n changes could not be sent (%1). Sign out anyway and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n change(s) could not be sent</source>
        <translation>
            <numerusform>%n change could not be sent</numerusform>
            <numerusform>%n changes could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <source>Hand over %n client(s)</source>
        <translation>
            <numerusform>Hand over %n client</numerusform>
            <numerusform>Hand over %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n to do in the next two weeks</source>
        <translation>
            <numerusform>%n to do in the next two weeks</numerusform>
            <numerusform>%n to do in the next two weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue.</source>
        <translation>
            <numerusform>, %n overdue.</numerusform>
            <numerusform>, %n overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SyncEngine</name>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes of %1 have not reached the server yet. Sync first, then sign out.</source>
        <translation>
            <numerusform>%n change of %1 has not reached the server yet. Sync first, then sign out.</numerusform>
            <numerusform>%n changes of %1 have not reached the server yet. Sync first, then sign out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientListModel</name>
    <message numerus="yes">
        <source>%1. %2. %n open follow-ups.</source>
        <comment>client row read by a screen reader</comment>
        <translation>
            <numerusform>%1. %2. %n open follow-up.</numerusform>
            <numerusform>%1. %2. %n open follow-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatePairModel</name>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecentMergeModel</name>
    <message numerus="yes">
        <source>%n notes moved</source>
        <translation>
            <numerusform>%n note moved</numerusform>
            <numerusform>%n notes moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::Session</name>
    <message numerus="yes">
        <source>%n clients handed over to %1.</source>
        <translation>
            <numerusform>%n client handed over to %1.</numerusform>
            <numerusform>%n clients handed over to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s book (%n clients) handed over to %2.</source>
        <translation>
            <numerusform>%1&apos;s book (%n client) handed over to %2.</numerusform>
            <numerusform>%1&apos;s book (%n clients) handed over to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::SyncStatus</name>
    <message numerus="yes">
        <source>No connection to the server. The %n changes will be sent when the connection returns.</source>
        <translation>
            <numerusform>No connection to the server. The %n change will be sent when the connection returns.</numerusform>
            <numerusform>No connection to the server. The %n changes will be sent when the connection returns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n tries left.</source>
        <translation>
            <numerusform>That PIN is not right. %n try left.</numerusform>
            <numerusform>That PIN is not right. %n tries left.</numerusform>
        </translation>
    </message>
</context>
</TS>
