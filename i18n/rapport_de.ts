<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show which kind of activity</source>
        <translation>Welche Art von Aktivität anzeigen</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <source>Fetch the newest activity from the server</source>
        <translation>Neueste Aktivität vom Server abrufen</translation>
    </message>
    <message>
        <source>The activity trail is kept by the server; sign in to a server to see it.</source>
        <translation>Das Aktivitätsprotokoll liegt auf dem Server; melde dich an einem Server an, um es zu sehen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nothing of this kind yet</source>
        <translation>Noch nichts von dieser Art</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Noch keine Aktivität</translation>
    </message>
    <message>
        <source>Merges, erasures, reassignments, imports, exports, role changes and revoked devices appear here with who did them and when.</source>
        <translation>Zusammenführungen, Löschungen, Übergaben, Importe, Exporte, Rollenwechsel und gesperrte Geräte erscheinen hier, jeweils mit Person und Zeitpunkt.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Notiz gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n overdue)</source>
        <comment>navigation button: Today, then how many follow-ups are overdue</comment>
        <translation>
            <numerusform>%1 (%n überfällig)</numerusform>
            <numerusform>%1 (%n überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>Wer ist das?</translation>
    </message>
    <message>
        <source>Their whole story opens here: contact, preferences, follow-ups and every note. Search by name, phone, email, tag or anything written in a note.</source>
        <translation>Hier steht die ganze Geschichte: Kontakt, Vorlieben, Wiedervorlagen und jede Notiz. Suche nach Name, Telefon, E-Mail, Schlagwort oder nach allem, was in einer Notiz steht.</translation>
    </message>
    <message>
        <source>Add a new client</source>
        <translation>Neue Kundin oder neuen Kunden anlegen</translation>
    </message>
    <message>
        <source>Pick a client from the list</source>
        <translation>Wähle jemanden aus der Liste</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Using this tablet: %1</source>
        <translation>Benutzt dieses Tablet: %1</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>Person wechseln</translation>
    </message>
    <message>
        <source>Choose who is using this tablet</source>
        <translation>Wähle, wer dieses Tablet benutzt</translation>
    </message>
    <message>
        <source>Client erased on this device; the server and the other devices erase them at their next sync.</source>
        <translation>Eintrag auf diesem Gerät gelöscht; der Server und die anderen Geräte löschen ihn beim nächsten Abgleich.</translation>
    </message>
</context>
<context>
    <name>ClientDataDialog</name>
    <message>
        <source>Client data: %1</source>
        <translation>Kundendaten: %1</translation>
    </message>
    <message>
        <source>Exporting and erasing a client&apos;s data is for managers and admins.</source>
        <translation>Kundendaten exportieren und löschen dürfen nur Filialleitung und Admins.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Everything this device holds about the client — details, consent, every note, follow-up and edit to settle — as a JSON file and a text file to read, for an access request.</source>
        <translation>Alles, was dieses Gerät über die Person gespeichert hat – Angaben, Einwilligungen, jede Notiz, Wiedervorlage und noch zu klärende Bearbeitung – als JSON-Datei und als lesbare Textdatei, für ein Auskunftsersuchen.</translation>
    </message>
    <message>
        <source>Folder to save into</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Folder to save the export into</source>
        <translation>Ordner für den Export</translation>
    </message>
    <message>
        <source>Export the client&apos;s data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <source>Saved:
%1</source>
        <translation>Gespeichert:
%1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erasing removes the client, every note and follow-up about them, from this device now and from the server and every other device at their next sync. It cannot be undone. Type the client&apos;s name to confirm.</source>
        <translation>Beim Löschen werden der Eintrag und alle zugehörigen Notizen und Wiedervorlagen sofort von diesem Gerät entfernt und vom Server und allen anderen Geräten beim nächsten Abgleich. Das lässt sich nicht rückgängig machen. Gib zur Bestätigung den Namen ein.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name, %1, to confirm erasing</source>
        <translation>Gib zur Bestätigung des Löschens den Namen ein: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Erase %1 everywhere</source>
        <translation>%1 überall löschen</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <translation>Neue Kundin / neuer Kunde</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Kundendaten bearbeiten</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Check the dates to save</source>
        <translation>Datumsangaben prüfen</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Trotzdem anlegen</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>This may be someone you already know. Open them instead of creating a second record:</source>
        <translation>Vielleicht kennt ihr diese Person schon. Öffne sie, statt einen zweiten Eintrag anzulegen:</translation>
    </message>
    <message>
        <source>Open this client</source>
        <translation>Diesen Eintrag öffnen</translation>
    </message>
    <message>
        <source>Prefers to be reached by</source>
        <translation>Am liebsten erreichbar per</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>e.g. shoe 42, shirt M</source>
        <translation>z. B. Schuhe 42, Hemd M</translation>
    </message>
    <message>
        <source>Brands they like</source>
        <translation>Lieblingsmarken</translation>
    </message>
    <message>
        <source>Interests and projects</source>
        <translation>Interessen und Projekte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Keep in touch every (days, 0 = no)</source>
        <translation>Kontakt halten alle (Tage, 0 = nie)</translation>
    </message>
    <message>
        <source>Important dates, one per line</source>
        <translation>Wichtige Tage, einer pro Zeile</translation>
    </message>
    <message>
        <source>Birthday: 12 April 1985
Shop anniversary: 3 June</source>
        <translation>Geburtstag: 12. April 1985
Hochzeitstag: 3. Juni</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>You were writing a note for %1 that is not saved yet.</source>
        <translation>Du hast eine Notiz für %1 angefangen, die noch nicht gespeichert ist.</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Einweisung</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Wichtige Tage</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Stammfiliale</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>Offene Wiedervorlagen (%1)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>+ Follow-up</source>
        <translation>+ Wiedervorlage</translation>
    </message>
    <message>
        <source>Nothing planned. Add one here, or write a purchase note to be offered an education follow-up.</source>
        <translation>Nichts geplant. Lege hier eine an oder schreib eine Kauf-Notiz, dann wird dir eine Einweisung als Wiedervorlage angeboten.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No notes yet: write what they need or what you talked about.</source>
        <translation>Noch keine Notizen: Schreib auf, was gebraucht wird oder worüber ihr gesprochen habt.</translation>
    </message>
    <message>
        <source>Edited on two devices at once · tap to compare and choose</source>
        <translation>Auf zwei Geräten gleichzeitig bearbeitet · tippen zum Vergleichen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This client is no longer here</source>
        <translation>Dieser Eintrag ist nicht mehr da</translation>
    </message>
    <message>
        <source>They may have been deleted or erased on another device. Search for them again from the client list.</source>
        <translation>Er wurde vielleicht auf einem anderen Gerät gelöscht. Suche ihn in der Kundenliste erneut.</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>Zurück zur Kundschaft</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Client data</source>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <source>Export or erase this client&apos;s data</source>
        <translation>Daten dieser Person exportieren oder löschen</translation>
    </message>
    <message>
        <source>Edit the details of %1</source>
        <translation>Angaben zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>New note: %1</source>
        <translation>Neue Notiz: %1</translation>
    </message>
    <message>
        <source>Add a follow-up for %1</source>
        <translation>Wiedervorlage für %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Geschrieben von %1</translation>
    </message>
    <message>
        <source>Edit this %1 note from %2</source>
        <translation>Diese Notiz (%1, %2) bearbeiten</translation>
    </message>
    <message>
        <source>Delete this %1 note from %2</source>
        <translation>Diese Notiz (%1, %2) löschen</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, phone, email, tag or note</source>
        <translation>Name, Telefon, E-Mail oder Stichwort</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <source>Recently seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>No exact match for “%1” — did you mean:</source>
        <translation>Kein genauer Treffer für „%1“ – meintest du:</translation>
    </message>
    <message>
        <source>Best matches for “%1”</source>
        <translation>Beste Treffer für „%1“</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Kundschaft</translation>
    </message>
    <message>
        <source>No clients match “%1”. Check the spelling or add them as a new client.</source>
        <translation>Niemand passt zu „%1“. Prüfe die Schreibweise oder lege einen neuen Eintrag an.</translation>
    </message>
    <message>
        <source>Add the first client with New client. Everything you write is saved on this tablet right away.</source>
        <translation>Lege den ersten Eintrag mit „Neu anlegen“ an. Alles, was du schreibst, wird sofort auf diesem Tablet gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n Treffer für „%1“</numerusform>
            <numerusform>%n Treffer für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Kundschaft durchsuchen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Note settled; the other devices get it at their next sync.</source>
        <translation>Notiz geklärt; die anderen Geräte erhalten sie beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Edited on two devices at once</source>
        <translation>Auf zwei Geräten gleichzeitig bearbeitet</translation>
    </message>
    <message>
        <source>This note was changed here and on another device before they synced. Both texts are kept until you choose.</source>
        <translation>Diese Notiz wurde hier und auf einem anderen Gerät geändert, bevor beide abgeglichen waren. Beide Texte bleiben erhalten, bis du wählst.</translation>
    </message>
    <message>
        <source>Text on this device</source>
        <translation>Text auf diesem Gerät</translation>
    </message>
    <message>
        <source>Text from the other device (%1)</source>
        <translation>Text vom anderen Gerät (%1)</translation>
    </message>
    <message>
        <source>Text from the other device</source>
        <translation>Text vom anderen Gerät</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Diesen behalten</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Den anderen behalten</translation>
    </message>
    <message>
        <source>Or merge them</source>
        <translation>Oder zusammenführen</translation>
    </message>
    <message>
        <source>%1 more after this one</source>
        <translation>Danach noch %1</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Save merged text</source>
        <translation>Zusammengeführten Text speichern</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Record given</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Withdraw %1 consent</source>
        <translation>Einwilligung (%1) widerrufen</translation>
    </message>
    <message>
        <source>Record %1 consent given</source>
        <translation>Einwilligung (%1) als erteilt eintragen</translation>
    </message>
</context>
<context>
    <name>DataWipedDialog</name>
    <message>
        <source>Data on this device was removed</source>
        <translation>Daten auf diesem Gerät wurden entfernt</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>The text in this form has not been saved.</source>
        <translation>Der Text in diesem Formular ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Kontakt-Einwilligung</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Werbe-Einwilligung</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Wichtige Tage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Stammfiliale</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Betreuung</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Merge undone: both clients are back, each with their own notes.</source>
        <translation>Zusammenführung rückgängig gemacht: Beide Einträge sind wieder da, jeder mit seinen eigenen Notizen.</translation>
    </message>
    <message>
        <source>For managers</source>
        <translation>Für die Filialleitung</translation>
    </message>
    <message>
        <source>Finding and merging duplicate clients is for managers and admins. Ask your manager if two records are the same person.</source>
        <translation>Dubletten finden und zusammenführen dürfen nur Filialleitung und Admins. Frag deine Filialleitung, wenn zwei Einträge dieselbe Person sind.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Wahrscheinliche Dubletten</translation>
    </message>
    <message>
        <source>No likely duplicates across the chain.</source>
        <translation>Keine wahrscheinlichen Dubletten in allen Filialen.</translation>
    </message>
    <message>
        <source>1 pair that may be one person: same phone number, same email, or the same name with a phone or email that looks alike.</source>
        <translation>1 Paar, das eine Person sein könnte: gleiche Telefonnummer, gleiche E-Mail oder gleicher Name mit ähnlicher Telefonnummer oder E-Mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one person: same phone number, same email, or the same name with a phone or email that looks alike. Best matches first.</source>
        <translation>
            <numerusform>%n Paar, das eine Person sein könnte: gleiche Telefonnummer, gleiche E-Mail oder gleicher Name mit ähnlicher Telefonnummer oder E-Mail. Beste Treffer zuerst.</numerusform>
            <numerusform>%n Paare, die eine Person sein könnten: gleiche Telefonnummer, gleiche E-Mail oder gleicher Name mit ähnlicher Telefonnummer oder E-Mail. Beste Treffer zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>Vergleichen und zusammenführen</translation>
    </message>
    <message>
        <source>Compare and merge %1 and %2</source>
        <translation>%1 und %2 vergleichen und zusammenführen</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Letzte Zusammenführungen</translation>
    </message>
    <message>
        <source>Merges made on this computer appear here; each can be undone for 30 days.</source>
        <translation>Zusammenführungen auf diesem Computer erscheinen hier; jede lässt sich 30 Tage lang rückgängig machen.</translation>
    </message>
    <message>
        <source>Made on this computer; each can be undone for 30 days.</source>
        <translation>Auf diesem Computer ausgeführt; jede lässt sich 30 Tage lang rückgängig machen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the merge: %1</source>
        <translation>Zusammenführung rückgängig machen: %1</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Understood as: %1</source>
        <translation>Verstanden als: %1</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Add a follow-up</source>
        <translation>Wiedervorlage hinzufügen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kundin/Kunde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation>Name, Telefon oder E-Mail eingeben</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 Tagen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>In 2 Wochen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Type the day as YYYY-MM-DD, or pick one above.</source>
        <translation>Gib den Tag als JJJJ-MM-TT ein oder wähle oben einen.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What to ask or show them</source>
        <translation>Was fragen oder zeigen?</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Wer fasst nach</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Wiedervorlage anlegen</translation>
    </message>
    <message>
        <source>Change client</source>
        <translation>Kundin/Kunde ändern</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Gefundene Einträge</translation>
    </message>
    <message>
        <source>Set the due day</source>
        <translation>Fälligkeitstag festlegen</translation>
    </message>
</context>
<context>
    <name>FollowUpOfferDialog</name>
    <message>
        <source>Follow up on this purchase?</source>
        <translation>Zu diesem Kauf nachfassen?</translation>
    </message>
    <message>
        <source>Note saved, no follow-up.</source>
        <translation>Notiz gespeichert, keine Wiedervorlage.</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Wiedervorlage für %1 angelegt.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Wiedervorlage anlegen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Check back to show them how to get the most from what they bought.</source>
        <translation>Nachfragen und zeigen, wie man das Beste aus dem Kauf herausholt.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message numerus="yes">
        <source>day(s) from now · %1</source>
        <comment>after a number of days: the date it comes to</comment>
        <translation>
            <numerusform>Tag ab heute · %1</numerusform>
            <numerusform>Tage ab heute · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Days from now</source>
        <translation>Tage ab heute</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>%1 · for %2</source>
        <comment>due date, then who does the follow-up</comment>
        <translation>%1 · für %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>How did it go? (optional)</source>
        <translation>Wie lief es? (optional)</translation>
    </message>
    <message>
        <source>e.g. called, loves the new drill</source>
        <translation>z. B. angerufen, begeistert vom neuen Bohrer</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 Tagen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Put “%1” off until later</source>
        <translation>„%1“ auf später verschieben</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>„%1“ absagen</translation>
    </message>
</context>
<context>
    <name>FormCheck</name>
    <message>
        <source>Date</source>
        <comment>label of an important date typed without one</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label of an important date, then the problem with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type at least a first or last name so colleagues can find this client.</source>
        <translation>Gib mindestens einen Vor- oder Nachnamen ein, damit das Team den Eintrag findet.</translation>
    </message>
    <message>
        <source>The note is empty; write what happened before saving.</source>
        <translation>Die Notiz ist leer; schreib auf, was passiert ist, bevor du speicherst.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since yesterday</source>
        <translation>Seit gestern überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days · %1</source>
        <comment>%1 is the due date</comment>
        <translation>
            <numerusform>In %n Tag fällig · %1</numerusform>
            <numerusform>In %n Tagen fällig · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Need</source>
        <comment>kind of note: what the client needs</comment>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Conversation</source>
        <comment>kind of note</comment>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>kind of note</comment>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>kind of note: showing how to use what was bought</comment>
        <translation>Einweisung</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>kind of note: goods brought back</comment>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of note</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Associate</source>
        <comment>staff role on the shop floor</comment>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>staff role</comment>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>staff role: administrator</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>keep-in-touch interval</comment>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Alle %n Woche</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Alle %n Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import / export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Only managers and admins import and export the chain&apos;s clients.</source>
        <translation>Nur Filialleitung und Admins importieren und exportieren die Kundschaft aller Filialen.</translation>
    </message>
    <message>
        <source>Import clients from a CSV file</source>
        <translation>Kundschaft aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>A header row, then one client per row; comma or semicolon, UTF-8 or your spreadsheet&apos;s encoding. A row with the phone number or email of a client already here updates that client; empty cells change nothing.</source>
        <translation>Eine Kopfzeile, dann eine Person pro Zeile; Komma oder Semikolon, UTF-8 oder die Kodierung deiner Tabellenkalkulation. Eine Zeile mit der Telefonnummer oder E-Mail eines vorhandenen Eintrags aktualisiert diesen; leere Zellen ändern nichts.</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>Type the file&apos;s path, or drop the file on this page</source>
        <translation>Gib den Dateipfad ein oder zieh die Datei auf diese Seite</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>Read the CSV file to import</source>
        <translation>Zu importierende CSV-Datei lesen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kundin/Kunde</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>Grund oder Änderungen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Imported: read a file to import more</source>
        <translation>Importiert: Lies eine weitere Datei ein, um mehr zu importieren</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>Import %1 rows (leave out %2 refused)</source>
        <translation>%1 Zeilen importieren (%2 abgelehnte auslassen)</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>%1 Zeilen importieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>UTF-8 files a spreadsheet opens directly. Clients without marketing consent are marked; the marketing export leaves them out.</source>
        <translation>UTF-8-Dateien, die eine Tabellenkalkulation direkt öffnet. Einträge ohne Werbe-Einwilligung sind markiert; der Werbe-Export lässt sie weg.</translation>
    </message>
    <message>
        <source>Folder exports are saved in</source>
        <translation>Ordner für Exporte</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>Clients for marketing</source>
        <translation>Kundschaft für Werbung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>type it like 12 April 1985, or 12 April for every year</source>
        <translation>schreib es etwa als 12. April 1985, oder 12. April für jedes Jahr</translation>
    </message>
    <message>
        <source>“%1” has no month %2; %3.</source>
        <translation>„%1“ hat keinen Monat %2; %3.</translation>
    </message>
    <message>
        <source>%1 %2 had no %3 %1; check the day and the year.</source>
        <comment>%1 month name, %2 year, %3 day: February 2023 had no 29 February</comment>
        <translation>%1 %2 hatte keinen %3. %1; prüfe Tag und Jahr.</translation>
    </message>
    <message>
        <source>%1 has no day %2; check the day and the month.</source>
        <comment>%1 month name, %2 day</comment>
        <translation>Der %1 hat keinen %2. Tag; prüfe Tag und Monat.</translation>
    </message>
    <message>
        <source>Type a date; %1.</source>
        <translation>Gib ein Datum ein; %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date this app can read; %2.</source>
        <translation>„%1“ kann die App nicht als Datum lesen; %2.</translation>
    </message>
    <message>
        <source>%1, every year</source>
        <comment>a date without a year</comment>
        <translation>%1, jedes Jahr</translation>
    </message>
    <message>
        <source>This store records amounts in %1; type the amount in %1 without “%2”.</source>
        <translation>Diese Filiale erfasst Beträge in %1; gib den Betrag in %1 ohne „%2“ ein.</translation>
    </message>
    <message>
        <source>An amount cannot be below zero; for money given back, write a Return note.</source>
        <translation>Ein Betrag kann nicht unter null liegen; für zurückgegebenes Geld schreib eine Rückgabe-Notiz.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type it in figures, like 12.50.</source>
        <translation>„%1“ ist kein Betrag; gib ihn in Ziffern ein, etwa 12,50.</translation>
    </message>
    <message>
        <source>“%1” has more than two digits after the decimal mark; type it like 12.50.</source>
        <translation>„%1“ hat mehr als zwei Nachkommastellen; schreib ihn etwa als 12,50.</translation>
    </message>
    <message>
        <source>“%1” is too large to be an amount.</source>
        <translation>„%1“ ist zu groß für einen Betrag.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The server asks %1 to sign in again with the password.</source>
        <translation>Der Server möchte, dass sich %1 erneut mit dem Passwort anmeldet.</translation>
    </message>
    <message>
        <source>No PIN yet: sign in with your password, then choose one.</source>
        <translation>Noch keine PIN: Melde dich mit deinem Passwort an und wähle dann eine.</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Gib Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <translation>Wähle deine PIN</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in to this tablet</source>
        <translation>An diesem Tablet anmelden</translation>
    </message>
    <message>
        <source>Who is using this tablet?</source>
        <translation>Wer benutzt dieses Tablet?</translation>
    </message>
    <message>
        <source>Next time, tap your name and type this PIN instead of your password. 4 to 8 digits, kept only on this tablet.</source>
        <translation>Tippe nächstes Mal auf deinen Namen und gib diese PIN statt des Passworts ein. 4 bis 8 Ziffern, nur auf diesem Tablet gespeichert.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Gib deine PIN ein.</translation>
    </message>
    <message>
        <source>Your password for %1.</source>
        <translation>Dein Passwort für %1.</translation>
    </message>
    <message>
        <source>Tap your name. Notes you write are signed with it.</source>
        <translation>Tippe auf deinen Namen. Deine Notizen werden damit unterschrieben.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Passwort nötig</translation>
    </message>
    <message>
        <source>No PIN yet</source>
        <translation>Noch keine PIN</translation>
    </message>
    <message>
        <source>Someone else? Sign in with your password</source>
        <translation>Jemand anderes? Mit Passwort anmelden</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Forgot PIN? Use password</source>
        <translation>PIN vergessen? Passwort nutzen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>PIN speichern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Back to the list of people</source>
        <translation>Zurück zur Personenliste</translation>
    </message>
    <message>
        <source>Unlock with your PIN</source>
        <translation>Mit deiner PIN entsperren</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>ManageArea</name>
    <message>
        <source>Manage</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>%1: %2 %3. Open the list</source>
        <translation>%1: %2 %3. Liste öffnen</translation>
    </message>
    <message>
        <source>Period before: %1</source>
        <translation>Vorheriger Zeitraum: %1</translation>
    </message>
    <message>
        <source>Period before: counting…</source>
        <translation>Vorheriger Zeitraum: wird gezählt…</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
</context>
<context>
    <name>MeasureListModel</name>
    <message>
        <source>Taught</source>
        <translation>Eingewiesen</translation>
    </message>
    <message>
        <source>Not taught within 7 days</source>
        <translation>Nicht binnen 7 Tagen eingewiesen</translation>
    </message>
    <message>
        <source>Need noted first</source>
        <translation>Bedarf vorher notiert</translation>
    </message>
    <message>
        <source>No Need noted before</source>
        <translation>Kein Bedarf vorher notiert</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Rechtzeitig erledigt</translation>
    </message>
    <message>
        <source>Late or not done</source>
        <translation>Verspätet oder nicht erledigt</translation>
    </message>
    <message>
        <source>Had been before</source>
        <translation>War schon einmal da</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Erster Besuch</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Wiedergekommen</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <translation>Noch nicht wieder da</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>In Kontakt</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Nicht in Kontakt</translation>
    </message>
</context>
<context>
    <name>MeasureListPane</name>
    <message>
        <source>Close the list</source>
        <translation>Liste schließen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1 records: %2 met, %3 did not</source>
        <translation>%1 Einträge: %2 erfüllt, %3 nicht</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Only those that did not</source>
        <translation>Nur nicht erfüllte</translation>
    </message>
    <message>
        <source>Open %1: %2, %3</source>
        <translation>%1 öffnen: %2, %3</translation>
    </message>
    <message>
        <source>Nothing behind this number</source>
        <translation>Keine Einträge zu dieser Zahl</translation>
    </message>
    <message>
        <source>No records were counted for this period and scope.</source>
        <translation>Für diesen Zeitraum und Bereich wurden keine Einträge gezählt.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge these two records?</source>
        <translation>Diese zwei Einträge zusammenführen?</translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>Vergleichen und zusammenführen</translation>
    </message>
    <message>
        <source>The two records hold the same details. Merging keeps one and moves every note and follow-up to it.</source>
        <translation>Die beiden Einträge enthalten dieselben Angaben. Beim Zusammenführen bleibt einer erhalten, und alle Notizen und Wiedervorlagen wandern zu ihm.</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field that differs. Every note, follow-up and edit to settle moves to the record kept.</source>
        <translation>Wähle für jedes abweichende Feld den Wert, der bleiben soll. Alle Notizen, Wiedervorlagen und noch zu klärenden Bearbeitungen wandern zum behaltenen Eintrag.</translation>
    </message>
    <message>
        <source>The second record is emptied and points to the first; every device gets the merge at its next sync. You can undo it for 30 days from the Duplicates page.</source>
        <translation>Der zweite Eintrag wird geleert und verweist auf den ersten; jedes Gerät erhält die Zusammenführung beim nächsten Abgleich. Du kannst sie 30 Tage lang auf der Seite „Dubletten“ rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Behalten: %1</translation>
    </message>
    <message>
        <source>Merge in: %1</source>
        <translation>Übernehmen aus: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1: „%2“ behalten</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>Den anderen Eintrag behalten</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Stattdessen den anderen Eintrag behalten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Merge now</source>
        <translation>Jetzt zusammenführen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Die beiden Einträge zusammenführen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note for %1</source>
        <translation>Notiz für %1 bearbeiten</translation>
    </message>
    <message>
        <source>New note for %1</source>
        <translation>Neue Notiz für %1</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Einweisung</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Diese Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Check the amount to save</source>
        <translation>Betrag prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>Wofür?</translation>
    </message>
    <message>
        <source>e.g. hang a heavy picture in the hallway</source>
        <translation>z. B. schweres Bild im Flur aufhängen</translation>
    </message>
    <message>
        <source>Material or context</source>
        <translation>Material oder Umgebung</translation>
    </message>
    <message>
        <source>e.g. old brick wall, rented flat</source>
        <translation>z. B. alte Ziegelwand, Mietwohnung</translation>
    </message>
    <message>
        <source>What do they already have?</source>
        <translation>Was ist schon da?</translation>
    </message>
    <message>
        <source>e.g. a screwdriver set, no drill</source>
        <translation>z. B. Schraubendreher-Set, keine Bohrmaschine</translation>
    </message>
    <message>
        <source>Temporary or permanent?</source>
        <translation>Vorübergehend oder dauerhaft?</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>e.g. around 40</source>
        <translation>z. B. etwa 40</translation>
    </message>
    <message>
        <source>What did they buy?</source>
        <translation>Was wurde gekauft?</translation>
    </message>
    <message>
        <source>What are they bringing back?</source>
        <translation>Was wird zurückgebracht?</translation>
    </message>
    <message>
        <source>Which product?</source>
        <translation>Welches Produkt?</translation>
    </message>
    <message>
        <source>e.g. wall plugs 6 mm, masonry bit set</source>
        <translation>z. B. Dübel 6 mm, Steinbohrer-Set</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>e.g. 24.90</source>
        <translation>z. B. 24,90</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Sonst noch etwas</translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation>Worüber habt ihr gesprochen?</translation>
    </message>
    <message>
        <source>Notes on the purchase</source>
        <translation>Notizen zum Kauf</translation>
    </message>
    <message>
        <source>What did you show or teach?</source>
        <translation>Was hast du gezeigt oder erklärt?</translation>
    </message>
    <message>
        <source>Why it did not suit them</source>
        <translation>Warum es nicht gepasst hat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>e.g. too heavy for overhead work; swapped for a lighter model</source>
        <translation>z. B. zu schwer für Überkopfarbeiten; gegen ein leichteres Modell getauscht</translation>
    </message>
    <message>
        <source>Write it as you would tell a colleague</source>
        <translation>Schreib es so, wie du es im Team erzählen würdest</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Could not create the data folder %1. Choose a folder you can write to (--data-dir).</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden. Wähle einen beschreibbaren Ordner (--data-dir).</translation>
    </message>
    <message>
        <source>There is no staff member with id %1 on this device. Pick a name from the staff list.</source>
        <translation>Auf diesem Gerät gibt es keine Person mit der ID %1. Wähle einen Namen aus der Personalliste.</translation>
    </message>
    <message>
        <source>A store needs an id.</source>
        <translation>Eine Filiale braucht eine ID.</translation>
    </message>
    <message>
        <source>A staff member needs an id and a name.</source>
        <translation>Eine Person braucht eine ID und einen Namen.</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email so you can find this client again.</source>
        <translation>Gib einen Namen, eine Telefonnummer oder eine E-Mail ein, damit du den Eintrag wiederfindest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address (like name@example.com). Correct it or leave it empty.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus (etwa name@example.com). Korrigiere sie oder lass das Feld leer.</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces and + ( ) - . /.</source>
        <translation>Eine Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) - . / enthalten.</translation>
    </message>
    <message>
        <source>Keep in touch every 0 to 3650 days (0 means no reminders).</source>
        <translation>Kontakt halten alle 0 bis 3650 Tage (0 heißt: keine Erinnerungen).</translation>
    </message>
    <message>
        <source>The preferred channel must be phone, SMS, email or none.</source>
        <translation>Der bevorzugte Weg muss Telefon, SMS, E-Mail oder keiner sein.</translation>
    </message>
    <message>
        <source>Consent is either given or withdrawn.</source>
        <translation>Eine Einwilligung ist entweder erteilt oder widerrufen.</translation>
    </message>
    <message>
        <source>This client no longer exists; it may have been deleted on another device.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; vielleicht wurde er auf einem anderen Gerät gelöscht.</translation>
    </message>
    <message>
        <source>This client no longer exists; nothing to delete.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; nichts zu löschen.</translation>
    </message>
    <message>
        <source>The notebook is busy; the conflict was not resolved. Try again.</source>
        <translation>Das Notizbuch ist beschäftigt; der Konflikt wurde nicht gelöst. Versuche es noch einmal.</translation>
    </message>
    <message>
        <source>This conflict is already resolved, or its note was deleted; there is nothing left to choose.</source>
        <translation>Dieser Konflikt ist schon gelöst oder seine Notiz wurde gelöscht; es gibt nichts mehr zu wählen.</translation>
    </message>
    <message>
        <source>The note of this conflict no longer exists.</source>
        <translation>Die Notiz zu diesem Konflikt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can choose its text.</source>
        <translation>Nur %1 hat diese Notiz geschrieben und kann ihren Text wählen.</translation>
    </message>
    <message>
        <source>The chosen text is empty. Keep one of the two versions or write the merged text.</source>
        <translation>Der gewählte Text ist leer. Behalte eine der beiden Fassungen oder schreib den zusammengeführten Text.</translation>
    </message>
    <message>
        <source>This client no longer exists; the follow-up was not saved.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; die Wiedervorlage wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Pick the day to follow up.</source>
        <translation>Wähle den Tag für die Wiedervorlage.</translation>
    </message>
    <message>
        <source>Say why you will follow up, so whoever picks it up knows what to do.</source>
        <translation>Schreib dazu, warum du nachfasst, damit jeder weiß, was zu tun ist.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Snooze for 1 to 365 days.</source>
        <translation>Verschieben um 1 bis 365 Tage.</translation>
    </message>
    <message>
        <source>This follow-up is already finished; add a new one instead.</source>
        <translation>Diese Wiedervorlage ist schon abgeschlossen; lege stattdessen eine neue an.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists, so there is nothing to undo.</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr, also gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The note is empty. Write what happened before saving.</source>
        <translation>Die Notiz ist leer. Schreib auf, was passiert ist, bevor du speicherst.</translation>
    </message>
    <message>
        <source>The amount cannot be negative; record a refund as a Return note.</source>
        <translation>Der Betrag kann nicht negativ sein; erfasse eine Erstattung als Rückgabe-Notiz.</translation>
    </message>
    <message>
        <source>A need is either temporary or permanent.</source>
        <translation>Ein Bedarf ist entweder vorübergehend oder dauerhaft.</translation>
    </message>
    <message>
        <source>Choose who you are in Settings before writing notes, so each note shows who wrote it.</source>
        <translation>Wähle in den Einstellungen, wer du bist, bevor du Notizen schreibst, damit jede Notiz zeigt, von wem sie ist.</translation>
    </message>
    <message>
        <source>This client no longer exists; the note was not saved.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; die Notiz wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can change it.</source>
        <translation>Nur %1 hat diese Notiz geschrieben und kann sie ändern.</translation>
    </message>
    <message>
        <source>This note no longer exists; it may have been deleted.</source>
        <translation>Diese Notiz gibt es nicht mehr; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>This note no longer exists; nothing to delete.</source>
        <translation>Diese Notiz gibt es nicht mehr; nichts zu löschen.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can bring it back.</source>
        <translation>Nur %1 hat diese Notiz geschrieben und kann sie zurückholen.</translation>
    </message>
    <message>
        <source>same phone number</source>
        <comment>why a client may be a duplicate</comment>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <comment>why a client may be a duplicate</comment>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>similar name</source>
        <comment>why a client may be a duplicate</comment>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <source>what they bought</source>
        <comment>stands in for the items of a purchase note</comment>
        <translation>dem Gekauften</translation>
    </message>
    <message>
        <source>Ask how they are getting on with: %1. Show them how to get the most from it.</source>
        <translation>Nachfragen, wie es mit %1 läuft. Zeigen, wie man das Beste daraus macht.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Whose measures</source>
        <translation>Wessen Kennzahlen</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>Von – bis…</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the chosen period</source>
        <translation>Gewählten Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>Notes written in the period</source>
        <translation>Im Zeitraum geschriebene Notizen</translation>
    </message>
    <message>
        <source>%1 notes: %2. Open the list</source>
        <translation>Notizen (%1): %2. Liste öffnen</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <source>Notes of this kind written in the period</source>
        <translation>Im Zeitraum geschriebene Notizen dieser Art</translation>
    </message>
    <message>
        <source>By store</source>
        <translation>Nach Filiale</translation>
    </message>
    <message>
        <source>By associate</source>
        <translation>Nach Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1, %2: %3. Open the list</source>
        <translation>%1, %2: %3. Liste öffnen</translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <source>Need understood before a purchase</source>
        <translation>Bedarf vor dem Kauf erfasst</translation>
    </message>
    <message>
        <source>Purchases, those without a Need note in the 30 days before first</source>
        <translation>Käufe, zuerst die ohne Bedarfs-Notiz in den 30 Tagen davor</translation>
    </message>
    <message>
        <source>Need first</source>
        <translation>Bedarf zuerst</translation>
    </message>
    <message>
        <source>Purchases taught within 7 days</source>
        <translation>Käufe mit Einweisung binnen 7 Tagen</translation>
    </message>
    <message>
        <source>Purchases at least 7 days old, those not taught first</source>
        <translation>Käufe, mindestens 7 Tage alt, zuerst die ohne Einweisung</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Eingewiesen</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Rechtzeitig erledigte Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups due in the period, the late or missed ones first</source>
        <translation>Im Zeitraum fällige Wiedervorlagen, zuerst die verspäteten oder versäumten</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Rechtzeitig</translation>
    </message>
    <message>
        <source>Follow-ups overdue now</source>
        <translation>Derzeit überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Open or snoozed follow-ups past their due date</source>
        <translation>Offene oder verschobene Wiedervorlagen nach dem Fälligkeitstag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Clients seen who had been before</source>
        <translation>Gesehene Kundschaft, die schon einmal da war</translation>
    </message>
    <message>
        <source>Clients seen in the period, first-time visitors first</source>
        <translation>Im Zeitraum gesehene Kundschaft, zuerst die Erstbesuche</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Returns followed by another visit</source>
        <translation>Rückgaben mit einem weiteren Besuch danach</translation>
    </message>
    <message>
        <source>Returns, those not followed by a visit first</source>
        <translation>Rückgaben, zuerst die ohne späteren Besuch</translation>
    </message>
    <message>
        <source>Back after return</source>
        <translation>Nach Rückgabe wieder da</translation>
    </message>
    <message>
        <source>Clients in touch</source>
        <translation>Kundschaft in Kontakt</translation>
    </message>
    <message>
        <source>Clients of the book, those out of touch first</source>
        <translation>Kundenstamm, zuerst die nicht in Kontakt</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>In Kontakt</translation>
    </message>
    <message>
        <source>Clients added</source>
        <translation>Neu angelegte Kundschaft</translation>
    </message>
    <message>
        <source>Clients created in the period</source>
        <translation>Im Zeitraum angelegte Kundschaft</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Einweisung</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Eine PIN besteht nur aus Ziffern.</translation>
    </message>
</context>
<context>
    <name>PushBatch</name>
    <message>
        <source>This change is %1 KB, more than the %2 KB the server accepts in one request.</source>
        <translation>Diese Änderung ist %1 KB groß, mehr als die %2 KB, die der Server in einer Anfrage annimmt.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Pick what kind of note this is: need, conversation, purchase, education, return or other.</source>
        <translation>Wähle die Art der Notiz: Bedarf, Gespräch, Kauf, Einweisung, Rückgabe oder Sonstiges.</translation>
    </message>
    <message>
        <source>The note is empty; write what happened before saving.</source>
        <translation>Die Notiz ist leer; schreib auf, was passiert ist, bevor du speicherst.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Who is using this tablet</source>
        <translation>Wer benutzt dieses Tablet</translation>
    </message>
    <message>
        <source>Every note you write is signed with this name.</source>
        <translation>Jede Notiz, die du schreibst, wird mit diesem Namen unterschrieben.</translation>
    </message>
    <message>
        <source>No staff on this tablet yet. Add your name when asked who is using the tablet, or sign in once sync is set up.</source>
        <translation>Noch keine Personen auf diesem Tablet. Trag deinen Namen ein, wenn danach gefragt wird, oder melde dich an, sobald der Abgleich eingerichtet ist.</translation>
    </message>
    <message>
        <source>People on this tablet</source>
        <translation>Personen auf diesem Tablet</translation>
    </message>
    <message>
        <source>Each person signs in once with their password, then switches back with their PIN. Every note is signed by the person using the tablet.</source>
        <translation>Jede Person meldet sich einmal mit ihrem Passwort an und wechselt danach mit ihrer PIN zurück. Jede Notiz trägt den Namen der Person, die das Tablet gerade benutzt.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (du)</translation>
    </message>
    <message>
        <source>Must sign in again</source>
        <translation>Muss sich neu anmelden</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN gesetzt</translation>
    </message>
    <message>
        <source>No PIN yet</source>
        <translation>Noch keine PIN</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>Person wechseln</translation>
    </message>
    <message>
        <source>Sign me out of this tablet</source>
        <translation>Mich von diesem Tablet abmelden</translation>
    </message>
    <message>
        <source>Change your PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <translation>PIN wählen</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 bis 8 Ziffern</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>PIN speichern</translation>
    </message>
    <message>
        <source>PIN saved. Use it to switch back to yourself.</source>
        <translation>PIN gespeichert. Damit wechselst du zu dir zurück.</translation>
    </message>
    <message>
        <source>Lock the tablet after</source>
        <translation>Tablet sperren nach</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation>
            <numerusform>%n Minute ohne Nutzung</numerusform>
            <numerusform>%n Minuten ohne Nutzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of this app on this device</source>
        <translation>Sprache der App auf diesem Gerät</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not signed in: everything stays on this device</source>
        <translation>Nicht angemeldet: alles bleibt auf diesem Gerät</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Details zum Abgleich</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Für den Abgleich anmelden</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Technische Details ausblenden</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>F1 or ?</source>
        <translation>F1 oder ?</translation>
    </message>
    <message>
        <source>Show this list of keys</source>
        <translation>Diese Tastenliste anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Kundschaft durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neue Kundin / neuer Kunde</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Pfeil unten, Pfeil oben</translation>
    </message>
    <message>
        <source>In the search or the client list: move through the clients found</source>
        <translation>In der Suche oder der Kundenliste: durch die gefundenen Einträge gehen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the search or the client list: open the client picked (the first one when none is)</source>
        <translation>In der Suche oder der Kundenliste: den gewählten Eintrag öffnen (den ersten, wenn keiner gewählt ist)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Empty the search; with nothing typed, go back</source>
        <translation>Suche leeren; ohne Eingabe zurückgehen</translation>
    </message>
    <message>
        <source>Escape, Alt+Left</source>
        <translation>Esc, Alt+Pfeil links</translation>
    </message>
    <message>
        <source>Go back to where you were (Clients or Today)</source>
        <translation>Zurück dorthin, wo du warst (Kundschaft oder Heute)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Zum nächsten oder vorherigen Bedienelement</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Press the button or choice that has the keyboard</source>
        <translation>Die Schaltfläche oder Auswahl betätigen, die den Tastaturfokus hat</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Leertaste</translation>
    </message>
    <message>
        <source>On a client&apos;s name in Today: open the client</source>
        <translation>Auf einem Namen unter „Heute“: den Eintrag öffnen</translation>
    </message>
    <message>
        <source>In a one-line field of a form: save the form</source>
        <translation>In einem einzeiligen Feld eines Formulars: das Formular speichern</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Enter</translation>
    </message>
    <message>
        <source>In a note, client or follow-up form: save it</source>
        <translation>Im Formular für Notiz, Kundin/Kunde oder Wiedervorlage: speichern</translation>
    </message>
    <message>
        <source>In a form: close it (it asks before typed text is lost)</source>
        <translation>In einem Formular: schließen (fragt nach, bevor Eingaben verloren gehen)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Or press Escape</source>
        <translation>Oder drücke Esc</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Signed in. Your notes now reach every device of %1.</source>
        <translation>Angemeldet. Deine Notizen erreichen jetzt jedes Gerät von %1.</translation>
    </message>
    <message>
        <source>your stores</source>
        <translation>euren Filialen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Für den Abgleich anmelden</translation>
    </message>
    <message>
        <source>Signing in shares clients and notes with the other tablets and desktops of your stores. You do not have to: without signing in, everything stays on this device and keeps working.</source>
        <translation>Mit der Anmeldung teilst du Kundschaft und Notizen mit den anderen Tablets und PCs eurer Filialen. Du musst nicht: Ohne Anmeldung bleibt alles auf diesem Gerät und funktioniert weiter.</translation>
    </message>
    <message>
        <source>This device is signed in as %1 at %2.</source>
        <translation>Dieses Gerät ist als %1 bei %2 angemeldet.</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Details zum Abgleich</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Your login, e.g. sam</source>
        <translation>Dein Benutzername, z. B. sam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Keep working on this device only</source>
        <translation>Nur auf diesem Gerät weiterarbeiten</translation>
    </message>
    <message>
        <source>After signing in, this device keeps its sign-in (not your password) in: %1</source>
        <translation>Nach der Anmeldung bewahrt dieses Gerät die Anmeldung (nicht dein Passwort) hier auf: %1</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Changes not sent</source>
        <translation>Änderungen nicht gesendet</translation>
    </message>
    <message>
        <source>Sign out of sync?</source>
        <translation>Vom Abgleich abmelden?</translation>
    </message>
    <message>
        <source>1 change could not be sent (%1). Sign out anyway and lose it?</source>
        <translation>1 Änderung konnte nicht gesendet werden (%1). Trotzdem abmelden und sie verlieren?</translation>
    </message>
    <message numerus="yes">
        <source>%n changes could not be sent (%1). Sign out anyway and lose them?</source>
        <translation>
            <numerusform>%n Änderung konnte nicht gesendet werden (%1). Trotzdem abmelden und sie verlieren?</numerusform>
            <numerusform>%n Änderungen konnten nicht gesendet werden (%1). Trotzdem abmelden und sie verlieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting changes are sent first. Then this device&apos;s copy of the clients and notes is removed; they stay on the server for your colleagues.</source>
        <translation>Wartende Änderungen werden zuerst gesendet. Danach wird die Kopie von Kundschaft und Notizen auf diesem Gerät entfernt; auf dem Server bleibt alles für dein Team.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Trotzdem abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Who is using this tablet?</source>
        <translation>Wer benutzt dieses Tablet?</translation>
    </message>
    <message>
        <source>Your name goes on every note you write.</source>
        <translation>Dein Name steht auf jeder Notiz, die du schreibst.</translation>
    </message>
    <message>
        <source>No staff list on this tablet yet. Type your name to start; your manager can link it to your account when sync is set up.</source>
        <translation>Noch keine Personalliste auf diesem Tablet. Gib deinen Namen ein, um zu starten; deine Filialleitung kann ihn mit deinem Konto verknüpfen, sobald der Abgleich eingerichtet ist.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht&apos;s</translation>
    </message>
    <message>
        <source>Or sign in to your company&apos;s Rapport server</source>
        <translation>Oder am Rapport-Server deiner Firma anmelden</translation>
    </message>
    <message>
        <source>%1 (using this tablet now)</source>
        <translation>%1 (benutzt gerade dieses Tablet)</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync: %1</source>
        <translation>Abgleich: %1</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>“%1” is not a server address; it looks like https://rapport.example.com</source>
        <translation>„%1“ ist keine Serveradresse; sie sieht etwa so aus: https://rapport.example.com</translation>
    </message>
    <message>
        <source>Wrong password, or no such login on this server. Check both and try again.</source>
        <translation>Falsches Passwort oder unbekannter Benutzername auf diesem Server. Prüfe beides und versuche es erneut.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”, or no such login on this server. Check both and try again.</source>
        <translation>Falsches Passwort für „%1“ oder unbekannter Benutzername auf diesem Server. Prüfe beides und versuche es erneut.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts for %1; wait a minute and try again</source>
        <translation>Zu viele Anmeldeversuche für %1; warte eine Minute und versuche es erneut</translation>
    </message>
    <message>
        <source>This device holds the data of %1. Sign in with an account of %1, or sign out first to remove it.</source>
        <translation>Dieses Gerät enthält die Daten von %1. Melde dich mit einem Konto von %1 an oder melde dich zuerst ab, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Server not reachable — you can keep working offline once signed in. Check the address and that this device is on the store network.</source>
        <translation>Server nicht erreichbar – nach der Anmeldung kannst du offline weiterarbeiten. Prüfe die Adresse und ob dieses Gerät im Filialnetz ist.</translation>
    </message>
    <message>
        <source>Server not reachable — you can keep working offline</source>
        <translation>Server nicht erreichbar – du kannst offline weiterarbeiten</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1); Rapport will not send data to it. Ask your administrator.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden (%1); Rapport sendet keine Daten dorthin. Frag deine Administration.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Your session ended after a long time without use. Sign in again: the changes on this device are kept and will be sent.</source>
        <translation>Deine Sitzung ist nach langer Nichtnutzung abgelaufen. Melde dich erneut an: Die Änderungen auf diesem Gerät bleiben erhalten und werden gesendet.</translation>
    </message>
    <message>
        <source>The server asks you to sign in again. The changes on this device are kept and will be sent once you do.</source>
        <translation>Der Server bittet dich, dich erneut anzumelden. Die Änderungen auf diesem Gerät bleiben erhalten und werden danach gesendet.</translation>
    </message>
    <message>
        <source>This device was signed out by the server (revoked or expired); its local data has been removed. Sign in again to continue.</source>
        <translation>Dieses Gerät wurde vom Server abgemeldet (gesperrt oder abgelaufen); seine lokalen Daten wurden entfernt. Melde dich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The server sent a change this app cannot read; nothing from it was applied. Ask your administrator to check the server version.</source>
        <translation>Der Server hat eine Änderung gesendet, die diese App nicht lesen kann; nichts davon wurde übernommen. Bitte deine Administration, die Serverversion zu prüfen.</translation>
    </message>
    <message>
        <source>Changes by a colleague wait until they sign in again on this device.</source>
        <translation>Änderungen aus dem Team warten, bis sich die Person auf diesem Gerät erneut anmeldet.</translation>
    </message>
    <message>
        <source>Changes by %1 wait until %1 signs in again on this device.</source>
        <translation>Änderungen von %1 warten, bis sich %1 auf diesem Gerät erneut anmeldet.</translation>
    </message>
    <message>
        <source>The server did not accept the waiting changes; they stay on this device and will be sent again.</source>
        <translation>Der Server hat die wartenden Änderungen nicht angenommen; sie bleiben auf diesem Gerät und werden erneut gesendet.</translation>
    </message>
    <message>
        <source>The server asked for a full resync, but changes are still waiting.</source>
        <translation>Der Server verlangt einen vollständigen Neuabgleich, aber es warten noch Änderungen.</translation>
    </message>
    <message>
        <source>Could not store changes from the server: %1</source>
        <translation>Änderungen vom Server konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The server refused a merge of two clients: only a manager or an admin can merge clients or undo a merge. The merge stays on this device only; ask a manager to merge them.</source>
        <translation>Der Server hat das Zusammenführen zweier Einträge abgelehnt: Nur Filialleitung oder Admins können Einträge zusammenführen oder eine Zusammenführung rückgängig machen. Die Zusammenführung bleibt nur auf diesem Gerät; bitte deine Filialleitung, die Einträge zusammenzuführen.</translation>
    </message>
    <message>
        <source>The server refused to erase a client: only a manager or an admin can erase a client. The client is still on the server and will come back; ask a manager.</source>
        <translation>Der Server hat das Löschen eines Eintrags abgelehnt: Nur Filialleitung oder Admins können Einträge löschen. Der Eintrag ist noch auf dem Server und kommt zurück; frag deine Filialleitung.</translation>
    </message>
    <message>
        <source>The server refused a change (%1).</source>
        <translation>Der Server hat eine Änderung abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Sign in again to keep syncing</source>
        <translation>Erneut anmelden, um weiter abzugleichen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>They stay on this device only. Last reason: %1</source>
        <translation>Sie bleiben nur auf diesem Gerät. Letzter Grund: %1</translation>
    </message>
    <message>
        <source>This device is not signed in</source>
        <translation>Dieses Gerät ist nicht angemeldet</translation>
    </message>
    <message>
        <source>Clients and notes are kept on this device only. Sign in to share them with the other tablets and desktops of your stores.</source>
        <translation>Kundschaft und Notizen bleiben nur auf diesem Gerät. Melde dich an, um sie mit den anderen Tablets und PCs eurer Filialen zu teilen.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No connection to the server. Keep working: everything is saved on this device and is sent when the connection is back.</source>
        <translation>Keine Verbindung zum Server. Arbeite einfach weiter: Alles wird auf diesem Gerät gespeichert und gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt abgeglichen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Nothing, all sent</source>
        <translation>Nichts, alles gesendet</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Sign-in kept in</source>
        <translation>Anmeldung aufbewahrt in</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent</source>
        <translation>
            <numerusform>%n Änderung konnte nicht gesendet werden</numerusform>
            <numerusform>%n Änderungen konnten nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Technische Details ausblenden</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Every client can already be found and opened; note text becomes searchable as indexing goes on.</source>
        <translation>Alle Kunden lassen sich schon finden und öffnen; der Text der Notizen wird nach und nach durchsuchbar.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>In Kontakt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Letzte Notiz</translation>
    </message>
    <message>
        <source>%1, %2 clients, %3 in touch, %4 overdue follow-ups. Show the book</source>
        <translation>%1, Kundschaft: %2, in Kontakt: %3, überfällige Wiedervorlagen: %4. Kundenstamm anzeigen</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1&apos;s book</source>
        <translation>Kundenstamm von %1</translation>
    </message>
    <message>
        <source>Hand over %1 chosen…</source>
        <translation>%1 gewählte übergeben…</translation>
    </message>
    <message>
        <source>Hand over chosen…</source>
        <translation>Gewählte übergeben…</translation>
    </message>
    <message>
        <source>Hand over the whole book…</source>
        <translation>Ganzen Kundenstamm übergeben…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Choose %1 for the handover</source>
        <translation>%1 für die Übergabe wählen</translation>
    </message>
    <message>
        <source>No clients in this book</source>
        <translation>Dieser Kundenstamm ist leer</translation>
    </message>
    <message>
        <source>Choose someone of the team</source>
        <translation>Wähle jemanden aus dem Team</translation>
    </message>
    <message>
        <source>Their book opens here: each client one click from their page. Clients can be handed over to another associate, a few or the whole book.</source>
        <translation>Hier öffnet sich der Kundenstamm: Jeder Eintrag ist nur einen Klick von seiner Seite entfernt. Kundschaft lässt sich an eine andere Person im Verkauf übergeben, einzelne Einträge oder der ganze Kundenstamm.</translation>
    </message>
    <message>
        <source>Hand over %1&apos;s whole book</source>
        <translation>Ganzen Kundenstamm von %1 übergeben</translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n client(s)</source>
        <translation>
            <numerusform>%n Eintrag übergeben</numerusform>
            <numerusform>%n Einträge übergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client of %1 goes to the associate you choose. Each client&apos;s timeline gets a note of the handover.</source>
        <translation>Die gesamte Kundschaft von %1 geht an die Person, die du wählst. Im Verlauf jedes Eintrags wird die Übergabe vermerkt.</translation>
    </message>
    <message>
        <source>The chosen clients go to the associate you choose. Each client&apos;s timeline gets a note of the handover.</source>
        <translation>Die gewählten Einträge gehen an die Person, die du wählst. Im Verlauf jedes Eintrags wird die Übergabe vermerkt.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Choose who takes them over</source>
        <translation>Wähle, wer sie übernimmt</translation>
    </message>
    <message>
        <source>Who takes the clients over</source>
        <translation>Wer die Kundschaft übernimmt</translation>
    </message>
    <message>
        <source>A word for them (optional)</source>
        <translation>Ein paar Worte dazu (optional)</translation>
    </message>
    <message>
        <source>e.g. Sam has moved to the Northgate store</source>
        <translation>z. B. Sam ist in die Filiale Northgate gewechselt</translation>
    </message>
    <message>
        <source>Reason for the handover</source>
        <translation>Grund für die Übergabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the handover</source>
        <translation>Übergabe abbrechen</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Hand the clients over</source>
        <translation>Kundschaft übergeben</translation>
    </message>
    <message>
        <source>Choose who takes the clients over.</source>
        <translation>Wähle, wer die Kundschaft übernimmt.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>+ Follow-up</source>
        <translation>+ Wiedervorlage</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>My store</source>
        <translation>Meine Filiale</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show %1 follow-ups</source>
        <translation>Wiedervorlagen zeigen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to do in the next two weeks</source>
        <translation>
            <numerusform>%n offen in den nächsten zwei Wochen</numerusform>
            <numerusform>%n offen in den nächsten zwei Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue.</source>
        <translation>
            <numerusform>, %n überfällig.</numerusform>
            <numerusform>, %n überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation>Nichts nachzufassen</translation>
    </message>
    <message>
        <source>Nothing of yours is due in the next two weeks. &quot;My store&quot; and &quot;Everyone&quot; above show your colleagues&apos; follow-ups.</source>
        <translation>In den nächsten zwei Wochen ist bei dir nichts fällig. „Meine Filiale“ und „Alle“ oben zeigen die Wiedervorlagen deines Teams.</translation>
    </message>
    <message>
        <source>No follow-ups are due in the next two weeks. After a purchase, accept the education follow-up and it will show up here.</source>
        <translation>In den nächsten zwei Wochen ist nichts fällig. Nimm nach einem Kauf die angebotene Einweisung an, dann erscheint sie hier.</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Wiedervorlage hinzufügen</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No weeks to show yet</source>
        <translation>Noch keine Wochen anzuzeigen</translation>
    </message>
    <message>
        <source>Last 12 weeks, from %1 to %2</source>
        <translation>Letzte 12 Wochen, %1 bis %2</translation>
    </message>
</context>
<context>
    <name>rapport::SyncEngine</name>
    <message>
        <source>1 change waiting</source>
        <translation>1 Änderung wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Offline – %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Abgeglichen um %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>This device was offline too long and reloaded everything from the server.</source>
        <translation>Dieses Gerät war zu lange offline und hat alles neu vom Server geladen.</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>Grund unbekannt</translation>
    </message>
    <message>
        <source>Signed out; the local data was removed from this device.</source>
        <translation>Abgemeldet; die lokalen Daten wurden von diesem Gerät entfernt.</translation>
    </message>
    <message>
        <source>Sign in with your password first; then choose your PIN.</source>
        <translation>Melde dich zuerst mit deinem Passwort an; wähle dann deine PIN.</translation>
    </message>
    <message>
        <source>The PIN could not be stored on this device.</source>
        <translation>Die PIN konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>1 change of %1 has not reached the server yet. Sync first, then sign out.</source>
        <translation>1 Änderung von %1 hat den Server noch nicht erreicht. Erst abgleichen, dann abmelden.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of %1 have not reached the server yet. Sync first, then sign out.</source>
        <translation>
            <numerusform>%n Änderung von %1 hat den Server noch nicht erreicht. Erst abgleichen, dann abmelden.</numerusform>
            <numerusform>%n Änderungen von %1 haben den Server noch nicht erreicht. Erst abgleichen, dann abmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a server to see the activity trail.</source>
        <translation>Melde dich an einem Server an, um das Aktivitätsprotokoll zu sehen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ActivityModel</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Rollenwechsel</translation>
    </message>
    <message>
        <source>Store change</source>
        <translation>Filialwechsel</translation>
    </message>
    <message>
        <source>Deactivation</source>
        <translation>Deaktivierung</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>Device revoked</source>
        <translation>Gerät gesperrt</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Not fetched from the server yet.</source>
        <translation>Noch nicht vom Server abgerufen.</translation>
    </message>
    <message>
        <source>As the server had it at %1.</source>
        <translation>Stand auf dem Server: %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BookModel</name>
    <message>
        <source>Not seen yet</source>
        <translation>Noch nicht gesehen</translation>
    </message>
    <message>
        <source>Seen %1</source>
        <translation>Gesehen: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientCard</name>
    <message>
        <source>Not asked yet</source>
        <comment>consent</comment>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>Given %1 by %2</source>
        <comment>consent; %1 date, %2 colleague</comment>
        <translation>Erteilt am %1 von %2</translation>
    </message>
    <message>
        <source>Withdrawn %1 by %2</source>
        <comment>consent; %1 date, %2 colleague</comment>
        <translation>Widerrufen am %1 von %2</translation>
    </message>
    <message>
        <source>Given %1</source>
        <comment>consent; %1 date</comment>
        <translation>Erteilt am %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <comment>consent; %1 date</comment>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <comment>consent; %1 colleague</comment>
        <translation>Erteilt von %1</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <comment>consent; %1 colleague</comment>
        <translation>Widerrufen von %1</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>consent</comment>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>consent</comment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>%1, every year</source>
        <comment>an important date without a year</comment>
        <translation>%1, jedes Jahr</translation>
    </message>
    <message>
        <source>Not seen yet: add a note when you talk with them.</source>
        <translation>Noch nicht gesehen: Schreib eine Notiz, wenn ihr miteinander sprecht.</translation>
    </message>
    <message>
        <source>Last seen %1 by %2 at the %3 store</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Zuletzt gesehen %1 von %2 (Filiale %3)</translation>
    </message>
    <message>
        <source>Last seen %1 by %2</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Zuletzt gesehen %1 von %2</translation>
    </message>
    <message>
        <source>Last seen %1 at the %2 store</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Zuletzt gesehen %1 (Filiale %2)</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>Client since %1</source>
        <translation>Kundin/Kunde seit %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientData</name>
    <message>
        <source>Only a manager or an admin can export a client&apos;s data.</source>
        <translation>Nur Filialleitung oder Admins können Kundendaten exportieren.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name exactly as shown to erase them.</source>
        <translation>Gib den Namen genau wie angezeigt ein, um den Eintrag zu löschen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientListModel</name>
    <message>
        <source>Seen %1</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Gesehen: %1</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Noch nicht gesehen</translation>
    </message>
    <message>
        <source>%1. %2. No open follow-ups.</source>
        <comment>client row read by a screen reader</comment>
        <translation>%1. %2. Keine offenen Wiedervorlagen.</translation>
    </message>
    <message>
        <source>%1. %2. 1 open follow-up.</source>
        <comment>client row read by a screen reader</comment>
        <translation>%1. %2. 1 offene Wiedervorlage.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n open follow-ups.</source>
        <comment>client row read by a screen reader</comment>
        <translation>
            <numerusform>%1. %2. %n offene Wiedervorlage.</numerusform>
            <numerusform>%1. %2. %n offene Wiedervorlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatePairModel</name>
    <message>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same name, phone ends alike</source>
        <translation>gleicher Name, Telefonnummer endet gleich</translation>
    </message>
    <message>
        <source>same name, similar email</source>
        <translation>gleicher Name, ähnliche E-Mail</translation>
    </message>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 in %2 zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportExport</name>
    <message>
        <source>%1 rows · %2 · separated by %3</source>
        <translation>%1 Zeilen · %2 · getrennt durch %3</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Check which field each column holds, then look at the dry run.</source>
        <translation>Prüfe, welches Feld jede Spalte enthält, und sieh dir dann den Probelauf an.</translation>
    </message>
    <message>
        <source>Dry run: nothing is saved until you press Import.</source>
        <translation>Probelauf: Gespeichert wird erst, wenn du auf Importieren tippst.</translation>
    </message>
    <message>
        <source>Only managers and admins import clients.</source>
        <translation>Nur Filialleitung und Admins importieren Kundschaft.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPlanModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MeasureListModel</name>
    <message>
        <source>No note yet</source>
        <translation>Noch keine Notiz</translation>
    </message>
    <message>
        <source>Last note %1</source>
        <translation>Letzte Notiz: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OverviewReport</name>
    <message>
        <source>Whole organisation</source>
        <translation>Ganze Organisation</translation>
    </message>
    <message>
        <source>Counting the period…</source>
        <translation>Zeitraum wird gezählt…</translation>
    </message>
    <message>
        <source>Counting the period before…</source>
        <translation>Vorheriger Zeitraum wird gezählt…</translation>
    </message>
    <message>
        <source>Drawing the last 12 weeks: week %1 of %2…</source>
        <translation>Letzte 12 Wochen werden gezeichnet: Woche %1 von %2…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Filiale: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecentMergeModel</name>
    <message>
        <source>1 note moved</source>
        <translation>1 Notiz verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n notes moved</source>
        <translation>
            <numerusform>%n Notiz verschoben</numerusform>
            <numerusform>%n Notizen verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 into %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1, undone %2</source>
        <translation>%1, rückgängig gemacht %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::Session</name>
    <message>
        <source>Show mine, my store or everyone.</source>
        <translation>Zeige meine, meine Filiale oder alle.</translation>
    </message>
    <message>
        <source>On this tablet each person signs in with their own password. Use Switch person, then sign in or type your PIN.</source>
        <translation>Auf diesem Tablet meldet sich jede Person mit ihrem eigenen Passwort an. Tippe auf „Person wechseln“ und melde dich an oder gib deine PIN ein.</translation>
    </message>
    <message>
        <source>Type your name so your notes are signed.</source>
        <translation>Gib deinen Namen ein, damit deine Notizen unterschrieben sind.</translation>
    </message>
    <message>
        <source>This store</source>
        <comment>name of the one store of a tablet used without a server</comment>
        <translation>Diese Filiale</translation>
    </message>
    <message>
        <source>Consent is either given or withdrawn.</source>
        <translation>Eine Einwilligung ist entweder erteilt oder widerrufen.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; choose contact or marketing.</source>
        <translation>Unbekannte Einwilligung „%1“; wähle contact oder marketing.</translation>
    </message>
    <message>
        <source>This client no longer exists; the consent was not recorded.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; die Einwilligung wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Contact consent withdrawn.</source>
        <translation>Kontakt-Einwilligung widerrufen.</translation>
    </message>
    <message>
        <source>Contact consent recorded as given.</source>
        <translation>Kontakt-Einwilligung als erteilt erfasst.</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn.</source>
        <translation>Werbe-Einwilligung widerrufen.</translation>
    </message>
    <message>
        <source>Marketing consent recorded as given.</source>
        <translation>Werbe-Einwilligung als erteilt erfasst.</translation>
    </message>
    <message>
        <source>Choose who is using this tablet in Settings first; every note is signed.</source>
        <translation>Wähle zuerst in den Einstellungen, wer dieses Tablet benutzt; jede Notiz wird unterschrieben.</translation>
    </message>
    <message>
        <source>This note no longer exists; it may have been deleted on another tablet.</source>
        <translation>Diese Notiz gibt es nicht mehr; vielleicht wurde sie auf einem anderen Tablet gelöscht.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when the other text was written: date, time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The note would be empty; keep one of the texts or write the merge.</source>
        <translation>Die Notiz wäre leer; behalte einen der Texte oder schreib die Zusammenführung.</translation>
    </message>
    <message>
        <source>The purchase note is gone, so the follow-up was not added.</source>
        <translation>Die Kauf-Notiz ist weg, daher wurde die Wiedervorlage nicht angelegt.</translation>
    </message>
    <message>
        <source>Only purchases come with an education follow-up.</source>
        <translation>Nur zu Käufen gibt es eine Einweisung als Wiedervorlage.</translation>
    </message>
    <message>
        <source>Pick the day to follow up, for example %1.</source>
        <translation>Wähle den Tag zum Nachfassen, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Pick the client to follow up.</source>
        <translation>Wähle, bei wem nachgefasst wird.</translation>
    </message>
    <message>
        <source>The chosen colleague is not on this device&apos;s staff list; pick another.</source>
        <translation>Die gewählte Person steht nicht in der Personalliste dieses Geräts; wähle jemand anderen.</translation>
    </message>
    <message>
        <source>Pick the day to follow up.</source>
        <translation>Wähle den Tag zum Nachfassen.</translation>
    </message>
    <message>
        <source>Say why to follow up, so whoever does it knows what to ask.</source>
        <translation>Schreib dazu, warum nachgefasst wird, damit jeder weiß, was zu fragen ist.</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Wiedervorlage für %1 angelegt.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Diese Wiedervorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Choose who is using this tablet first; a finished follow-up is signed.</source>
        <translation>Wähle zuerst, wer dieses Tablet benutzt; eine erledigte Wiedervorlage wird unterschrieben.</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <comment>a line in the client&apos;s history; %1 the reason</comment>
        <translation>Nachgefasst: %1</translation>
    </message>
    <message>
        <source>Follow-up done: %1
Outcome: %2</source>
        <comment>a line in the client&apos;s history</comment>
        <translation>Nachgefasst: %1
Ergebnis: %2</translation>
    </message>
    <message>
        <source>Done. The next keep-in-touch is planned from their interval.</source>
        <translation>Erledigt. Das nächste Nachfassen wird nach dem Kontakt-Intervall geplant.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Wiedervorlage erledigt.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Verschoben bis %1.</translation>
    </message>
    <message>
        <source>Follow-up cancelled.</source>
        <translation>Wiedervorlage abgesagt.</translation>
    </message>
    <message>
        <source>1 client handed over to %1.</source>
        <translation>1 Eintrag an %1 übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients handed over to %1.</source>
        <translation>
            <numerusform>%n Eintrag an %1 übergeben.</numerusform>
            <numerusform>%n Einträge an %1 übergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s book (%n clients) handed over to %2.</source>
        <translation>
            <numerusform>Kundenstamm von %1 (%n Eintrag) an %2 übergeben.</numerusform>
            <numerusform>Kundenstamm von %1 (%n Einträge) an %2 übergeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::SyncStatus</name>
    <message>
        <source>Sign in again · %1</source>
        <translation>Erneut anmelden · %1</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>This device only</source>
        <translation>Nur dieses Gerät</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Sync problem · %1</source>
        <translation>Abgleichproblem · %1</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Abgleichproblem</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Abgeglichen um %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Heute um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Sync is not available in this build.</source>
        <translation>Der Abgleich ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Fill in the server address, your login and your password.</source>
        <translation>Gib Serveradresse, Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>No connection to the server. The change will be sent when the connection returns.</source>
        <translation>Keine Verbindung zum Server. Die Änderung wird gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the server. The %n changes will be sent when the connection returns.</source>
        <translation>
            <numerusform>Keine Verbindung zum Server. Die %n Änderung wird gesendet, sobald die Verbindung zurück ist.</numerusform>
            <numerusform>Keine Verbindung zum Server. Die %n Änderungen werden gesendet, sobald die Verbindung zurück ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the server. New changes will be sent when the connection returns.</source>
        <translation>Keine Verbindung zum Server. Neue Änderungen werden gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>That PIN is not right. One more try, then your password is needed.</source>
        <translation>Diese PIN stimmt nicht. Noch ein Versuch, dann ist dein Passwort nötig.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n tries left.</source>
        <translation>
            <numerusform>Diese PIN stimmt nicht. Noch %n Versuch.</numerusform>
            <numerusform>Diese PIN stimmt nicht. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign in with your password to choose a new PIN.</source>
        <translation>Zu viele falsche PINs. Melde dich mit deinem Passwort an, um eine neue PIN zu wählen.</translation>
    </message>
    <message>
        <source>Sign in with your password.</source>
        <translation>Melde dich mit deinem Passwort an.</translation>
    </message>
    <message>
        <source>This person is no longer signed in on this tablet.</source>
        <translation>Diese Person ist auf diesem Tablet nicht mehr angemeldet.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein. Gib zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>Receiving clients and notes: %1 so far</source>
        <translation>Kunden und Notizen werden empfangen: bisher %1</translation>
    </message>
    <message>
        <source>Indexing notes for search: %1 of %2</source>
        <translation>Notizen werden für die Suche indiziert: %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 clients and notes</source>
        <translation>%1 von %2 Kunden und Notizen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TeamModel</name>
    <message>
        <source>No notes yet</source>
        <translation>Noch keine Notizen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineModel</name>
    <message>
        <source>%1: %2</source>
        <comment>a detail of a note: label, then value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>For</source>
        <comment>need: what it is for</comment>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Material or context</source>
        <translation>Material oder Umgebung</translation>
    </message>
    <message>
        <source>Already has</source>
        <translation>Hat schon</translation>
    </message>
    <message>
        <source>Needed</source>
        <comment>need: for how long (temporary or permanent)</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when a note was written: date, time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
