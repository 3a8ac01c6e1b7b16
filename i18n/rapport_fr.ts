<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show which kind of activity</source>
        <translation>Type d&apos;activité à afficher</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fetch the newest activity from the server</source>
        <translation>Récupérer l&apos;activité la plus récente depuis le serveur</translation>
    </message>
    <message>
        <source>The activity trail is kept by the server; sign in to a server to see it.</source>
        <translation>L&apos;historique d&apos;activité est conservé par le serveur ; connectez-vous à un serveur pour le voir.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Nothing of this kind yet</source>
        <translation>Rien de ce type pour le moment</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Pas encore d&apos;activité</translation>
    </message>
    <message>
        <source>Merges, erasures, reassignments, imports, exports, role changes and revoked devices appear here with who did them and when.</source>
        <translation>Les fusions, effacements, réattributions, imports, exports, changements de rôle et appareils révoqués apparaissent ici, avec leur auteur et leur date.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n overdue)</source>
        <comment>navigation button: Today, then how many follow-ups are overdue</comment>
        <translation>
            <numerusform>%1 (%n en retard)</numerusform>
            <numerusform>%1 (%n en retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Pick a client from the list</source>
        <translation>Choisissez un client dans la liste</translation>
    </message>
    <message>
        <source>Their whole story opens here: contact, preferences, follow-ups and every note. Search by name, phone, email, tag or anything written in a note.</source>
        <translation>Toute son histoire s&apos;ouvre ici : contact, préférences, relances et chaque note. Cherchez par nom, téléphone, e-mail, étiquette ou tout ce qui est écrit dans une note.</translation>
    </message>
    <message>
        <source>Add a new client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Using this tablet: %1</source>
        <translation>Sur cette tablette : %1</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <source>Choose who is using this tablet</source>
        <translation>Choisir qui utilise cette tablette</translation>
    </message>
    <message>
        <source>Client erased on this device; the server and the other devices erase them at their next sync.</source>
        <translation>Client effacé de cet appareil ; le serveur et les autres appareils l&apos;effaceront à leur prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ClientDataDialog</name>
    <message>
        <source>Client data: %1</source>
        <translation>Données du client : %1</translation>
    </message>
    <message>
        <source>Exporting and erasing a client&apos;s data is for managers and admins.</source>
        <translation>L&apos;export et l&apos;effacement des données d&apos;un client sont réservés aux responsables et aux admins.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Everything this device holds about the client — details, consent, every note, follow-up and edit to settle — as a JSON file and a text file to read, for an access request.</source>
        <translation>Tout ce que cet appareil contient sur le client — coordonnées, consentements, chaque note, relance et modification à régler — dans un fichier JSON et un fichier texte lisible, pour une demande d&apos;accès.</translation>
    </message>
    <message>
        <source>Folder to save into</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Folder to save the export into</source>
        <translation>Dossier où enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>Export the client&apos;s data</source>
        <translation>Exporter les données du client</translation>
    </message>
    <message>
        <source>Saved:
%1</source>
        <translation>Enregistré :
%1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erasing removes the client, every note and follow-up about them, from this device now and from the server and every other device at their next sync. It cannot be undone. Type the client&apos;s name to confirm.</source>
        <translation>L&apos;effacement retire le client, ainsi que chaque note et relance le concernant, de cet appareil tout de suite, puis du serveur et de tous les autres appareils à leur prochaine synchronisation. C&apos;est irréversible. Saisissez le nom du client pour confirmer.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name, %1, to confirm erasing</source>
        <translation>Saisissez le nom du client, %1, pour confirmer l&apos;effacement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Erase %1 everywhere</source>
        <translation>Effacer %1 partout</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Check the dates to save</source>
        <translation>Vérifiez les dates</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Créer le client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>This may be someone you already know. Open them instead of creating a second record:</source>
        <translation>C&apos;est peut-être quelqu&apos;un que vous connaissez déjà. Ouvrez sa fiche au lieu d&apos;en créer une deuxième :</translation>
    </message>
    <message>
        <source>Open this client</source>
        <translation>Ouvrir cette fiche</translation>
    </message>
    <message>
        <source>Prefers to be reached by</source>
        <translation>Préfère être joint par</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Pas de préférence</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>e.g. shoe 42, shirt M</source>
        <translation>p. ex. chaussures 42, chemise M</translation>
    </message>
    <message>
        <source>Brands they like</source>
        <translation>Marques préférées</translation>
    </message>
    <message>
        <source>Interests and projects</source>
        <translation>Centres d&apos;intérêt et projets</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Keep in touch every (days, 0 = no)</source>
        <translation>Garder le contact tous les (jours, 0 = non)</translation>
    </message>
    <message>
        <source>Important dates, one per line</source>
        <translation>Dates importantes, une par ligne</translation>
    </message>
    <message>
        <source>Birthday: 12 April 1985
Shop anniversary: 3 June</source>
        <translation>Anniversaire : 12 avril 1985
Anniversaire de mariage : 3 juin</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>You were writing a note for %1 that is not saved yet.</source>
        <translation>Vous écriviez une note pour %1 qui n&apos;est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Préfère</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Pas de préférence</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Magasin habituel</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>Relances ouvertes (%1)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>+ Follow-up</source>
        <translation>+ Relance</translation>
    </message>
    <message>
        <source>Nothing planned. Add one here, or write a purchase note to be offered an education follow-up.</source>
        <translation>Rien de prévu. Ajoutez-en une ici, ou écrivez une note d&apos;achat pour qu&apos;une relance de prise en main vous soit proposée.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No notes yet: write what they need or what you talked about.</source>
        <translation>Pas encore de note : écrivez ce dont le client a besoin ou ce dont vous avez parlé.</translation>
    </message>
    <message>
        <source>Edited on two devices at once · tap to compare and choose</source>
        <translation>Modifiée sur deux appareils à la fois · touchez pour comparer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This client is no longer here</source>
        <translation>Cette fiche n&apos;existe plus</translation>
    </message>
    <message>
        <source>They may have been deleted or erased on another device. Search for them again from the client list.</source>
        <translation>Elle a peut-être été supprimée ou effacée sur un autre appareil. Recherchez-la à nouveau dans la liste des clients.</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>Retour aux clients</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Retour à %1</translation>
    </message>
    <message>
        <source>Client data</source>
        <translation>Données du client</translation>
    </message>
    <message>
        <source>Export or erase this client&apos;s data</source>
        <translation>Exporter ou effacer les données de ce client</translation>
    </message>
    <message>
        <source>Edit the details of %1</source>
        <translation>Modifier la fiche de %1</translation>
    </message>
    <message>
        <source>New note: %1</source>
        <translation>Nouvelle note : %1</translation>
    </message>
    <message>
        <source>Add a follow-up for %1</source>
        <translation>Ajouter une relance pour %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Écrite par %1</translation>
    </message>
    <message>
        <source>Edit this %1 note from %2</source>
        <translation>Modifier cette note « %1 » (%2)</translation>
    </message>
    <message>
        <source>Delete this %1 note from %2</source>
        <translation>Supprimer cette note « %1 » (%2)</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, phone, email, tag or note</source>
        <translation>Nom, téléphone, e-mail ou note</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Recently seen</source>
        <translation>Vus récemment</translation>
    </message>
    <message>
        <source>No exact match for “%1” — did you mean:</source>
        <translation>Aucun résultat exact pour « %1 » — vouliez-vous dire :</translation>
    </message>
    <message>
        <source>Best matches for “%1”</source>
        <translation>Meilleurs résultats pour « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n résultat pour « %1 »</numerusform>
            <numerusform>%n résultats pour « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Pas encore de clients</translation>
    </message>
    <message>
        <source>No clients match “%1”. Check the spelling or add them as a new client.</source>
        <translation>Aucun client ne correspond à « %1 ». Vérifiez l&apos;orthographe ou ajoutez-le comme nouveau client.</translation>
    </message>
    <message>
        <source>Add the first client with New client. Everything you write is saved on this tablet right away.</source>
        <translation>Ajoutez le premier client avec « Nouveau client ». Tout ce que vous écrivez est enregistré tout de suite sur cette tablette.</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Note settled; the other devices get it at their next sync.</source>
        <translation>Note réglée ; les autres appareils la recevront à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Edited on two devices at once</source>
        <translation>Modifiée sur deux appareils à la fois</translation>
    </message>
    <message>
        <source>This note was changed here and on another device before they synced. Both texts are kept until you choose.</source>
        <translation>Cette note a été modifiée ici et sur un autre appareil avant leur synchronisation. Les deux textes sont gardés jusqu&apos;à votre choix.</translation>
    </message>
    <message>
        <source>Text on this device</source>
        <translation>Texte sur cet appareil</translation>
    </message>
    <message>
        <source>Text from the other device (%1)</source>
        <translation>Texte de l&apos;autre appareil (%1)</translation>
    </message>
    <message>
        <source>Text from the other device</source>
        <translation>Texte de l&apos;autre appareil</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celui-ci</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Or merge them</source>
        <translation>Ou les fusionner</translation>
    </message>
    <message>
        <source>%1 more after this one</source>
        <translation>Encore %1 après celui-ci</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Save merged text</source>
        <translation>Enregistrer le texte fusionné</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Record given</source>
        <translation>Noter l&apos;accord</translation>
    </message>
    <message>
        <source>Withdraw %1 consent</source>
        <translation>Retirer le consentement %1</translation>
    </message>
    <message>
        <source>Record %1 consent given</source>
        <translation>Noter l&apos;accord pour le consentement %1</translation>
    </message>
</context>
<context>
    <name>DataWipedDialog</name>
    <message>
        <source>Data on this device was removed</source>
        <translation>Les données de cet appareil ont été supprimées</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner la saisie ?</translation>
    </message>
    <message>
        <source>The text in this form has not been saved.</source>
        <translation>Le texte de ce formulaire n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Consentement au contact</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentement marketing</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Dates importantes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Magasin habituel</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Conseiller</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Merge undone: both clients are back, each with their own notes.</source>
        <translation>Fusion annulée : les deux clients sont de retour, chacun avec ses propres notes.</translation>
    </message>
    <message>
        <source>For managers</source>
        <translation>Pour les responsables</translation>
    </message>
    <message>
        <source>Finding and merging duplicate clients is for managers and admins. Ask your manager if two records are the same person.</source>
        <translation>La recherche et la fusion des doublons sont réservées aux responsables et aux admins. Demandez à votre responsable si deux fiches sont la même personne.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>No likely duplicates across the chain.</source>
        <translation>Aucun doublon probable dans toute l&apos;enseigne.</translation>
    </message>
    <message>
        <source>1 pair that may be one person: same phone number, same email, or the same name with a phone or email that looks alike.</source>
        <translation>1 paire qui pourrait être une seule personne : même téléphone, même e-mail, ou même nom avec un téléphone ou un e-mail proche.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one person: same phone number, same email, or the same name with a phone or email that looks alike. Best matches first.</source>
        <translation>
            <numerusform>%n paire qui pourrait être une seule personne : même téléphone, même e-mail, ou même nom avec un téléphone ou un e-mail proche. Meilleures correspondances d&apos;abord.</numerusform>
            <numerusform>%n paires qui pourraient être une seule personne : même téléphone, même e-mail, ou même nom avec un téléphone ou un e-mail proche. Meilleures correspondances d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>Comparer et fusionner</translation>
    </message>
    <message>
        <source>Compare and merge %1 and %2</source>
        <translation>Comparer et fusionner %1 et %2</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Fusions récentes</translation>
    </message>
    <message>
        <source>Merges made on this computer appear here; each can be undone for 30 days.</source>
        <translation>Les fusions faites sur cet ordinateur apparaissent ici ; chacune peut être annulée pendant 30 jours.</translation>
    </message>
    <message>
        <source>Made on this computer; each can be undone for 30 days.</source>
        <translation>Faites sur cet ordinateur ; chacune peut être annulée pendant 30 jours.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the merge: %1</source>
        <translation>Annuler la fusion : %1</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Understood as: %1</source>
        <translation>Compris comme : %1</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Add a follow-up</source>
        <translation>Ajouter une relance</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation>Saisissez un nom, un téléphone ou un e-mail</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>Dans 2 semaines</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Type the day as YYYY-MM-DD, or pick one above.</source>
        <translation>Saisissez le jour au format AAAA-MM-JJ, ou choisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Pour le %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What to ask or show them</source>
        <translation>Quoi demander ou montrer</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Qui relance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter la relance</translation>
    </message>
    <message>
        <source>Change client</source>
        <translation>Changer de client</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>Set the due day</source>
        <translation>Fixer le jour d&apos;échéance</translation>
    </message>
</context>
<context>
    <name>FollowUpOfferDialog</name>
    <message>
        <source>Follow up on this purchase?</source>
        <translation>Relancer après cet achat ?</translation>
    </message>
    <message>
        <source>Note saved, no follow-up.</source>
        <translation>Note enregistrée, sans relance.</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Relance ajoutée pour le %1.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter la relance</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Check back to show them how to get the most from what they bought.</source>
        <translation>Reprendre contact pour montrer comment tirer le meilleur de l&apos;achat.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message numerus="yes">
        <source>day(s) from now · %1</source>
        <comment>after a number of days: the date it comes to</comment>
        <translation>
            <numerusform>jour à partir d&apos;aujourd&apos;hui · %1</numerusform>
            <numerusform>jours à partir d&apos;aujourd&apos;hui · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Days from now</source>
        <translation>Jours à partir d&apos;aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>%1 · for %2</source>
        <comment>due date, then who does the follow-up</comment>
        <translation>%1 · pour %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>How did it go? (optional)</source>
        <translation>Comment ça s&apos;est passé ? (facultatif)</translation>
    </message>
    <message>
        <source>e.g. called, loves the new drill</source>
        <translation>p. ex. appelé, ravi de la nouvelle perceuse</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marquer « %1 » comme fait</translation>
    </message>
    <message>
        <source>Put “%1” off until later</source>
        <translation>Reporter « %1 » à plus tard</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Annuler « %1 »</translation>
    </message>
</context>
<context>
    <name>FormCheck</name>
    <message>
        <source>Date</source>
        <comment>label of an important date typed without one</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label of an important date, then the problem with it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Type at least a first or last name so colleagues can find this client.</source>
        <translation>Saisissez au moins un prénom ou un nom pour que vos collègues retrouvent cette fiche.</translation>
    </message>
    <message>
        <source>The note is empty; write what happened before saving.</source>
        <translation>La note est vide ; écrivez ce qui s&apos;est passé avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since yesterday</source>
        <translation>En retard depuis hier</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Pour demain</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days · %1</source>
        <comment>%1 is the due date</comment>
        <translation>
            <numerusform>Dans %n jour · %1</numerusform>
            <numerusform>Dans %n jours · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Need</source>
        <comment>kind of note: what the client needs</comment>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Conversation</source>
        <comment>kind of note</comment>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>kind of note</comment>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>kind of note: showing how to use what was bought</comment>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>kind of note: goods brought back</comment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of note</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Associate</source>
        <comment>staff role on the shop floor</comment>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>staff role</comment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>staff role: administrator</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>keep-in-touch interval</comment>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Toutes les %n semaine</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Tous les %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import / export</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <source>Only managers and admins import and export the chain&apos;s clients.</source>
        <translation>Seuls les responsables et les admins importent et exportent les clients de l&apos;enseigne.</translation>
    </message>
    <message>
        <source>Import clients from a CSV file</source>
        <translation>Importer des clients depuis un fichier CSV</translation>
    </message>
    <message>
        <source>A header row, then one client per row; comma or semicolon, UTF-8 or your spreadsheet&apos;s encoding. A row with the phone number or email of a client already here updates that client; empty cells change nothing.</source>
        <translation>Une ligne d&apos;en-tête, puis un client par ligne ; virgule ou point-virgule, UTF-8 ou l&apos;encodage de votre tableur. Une ligne avec le téléphone ou l&apos;e-mail d&apos;un client déjà présent met à jour ce client ; les cellules vides ne changent rien.</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Fichier CSV à importer</translation>
    </message>
    <message>
        <source>Type the file&apos;s path, or drop the file on this page</source>
        <translation>Saisissez le chemin du fichier, ou déposez le fichier sur cette page</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Lire le fichier</translation>
    </message>
    <message>
        <source>Read the CSV file to import</source>
        <translation>Lire le fichier CSV à importer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>Nouveaux : %1</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>Mis à jour : %1</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>Inchangés : %1</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>Refusés : %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>Motif ou modifications</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Imported: read a file to import more</source>
        <translation>Importé : lisez un fichier pour en importer davantage</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Import %1 rows (leave out %2 refused)</source>
        <translation>Importer %1 lignes (sans les %2 refusées)</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>Importer %1 lignes</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>UTF-8 files a spreadsheet opens directly. Clients without marketing consent are marked; the marketing export leaves them out.</source>
        <translation>Fichiers UTF-8 qu&apos;un tableur ouvre directement. Les clients sans consentement marketing sont signalés ; l&apos;export marketing les exclut.</translation>
    </message>
    <message>
        <source>Folder exports are saved in</source>
        <translation>Dossier où les exports sont enregistrés</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Clients for marketing</source>
        <translation>Clients pour le marketing</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter : %1</translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>type it like 12 April 1985, or 12 April for every year</source>
        <translation>écrivez-la comme 12 avril 1985, ou 12 avril pour chaque année</translation>
    </message>
    <message>
        <source>“%1” has no month %2; %3.</source>
        <translation>« %1 » n&apos;a pas de mois %2 ; %3.</translation>
    </message>
    <message>
        <source>%1 %2 had no %3 %1; check the day and the year.</source>
        <comment>%1 month name, %2 year, %3 day: February 2023 had no 29 February</comment>
        <translation>%1 %2 n&apos;avait pas de %3 %1 ; vérifiez le jour et l&apos;année.</translation>
    </message>
    <message>
        <source>%1 has no day %2; check the day and the month.</source>
        <comment>%1 month name, %2 day</comment>
        <translation>%1 n&apos;a pas de jour %2 ; vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Type a date; %1.</source>
        <translation>Saisissez une date ; %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date this app can read; %2.</source>
        <translation>L&apos;application ne peut pas lire « %1 » comme une date ; %2.</translation>
    </message>
    <message>
        <source>%1, every year</source>
        <comment>a date without a year</comment>
        <translation>%1, chaque année</translation>
    </message>
    <message>
        <source>This store records amounts in %1; type the amount in %1 without “%2”.</source>
        <translation>Ce magasin enregistre les montants en %1 ; saisissez le montant en %1 sans « %2 ».</translation>
    </message>
    <message>
        <source>An amount cannot be below zero; for money given back, write a Return note.</source>
        <translation>Un montant ne peut pas être négatif ; pour de l&apos;argent rendu, écrivez une note de retour.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type it in figures, like 12.50.</source>
        <translation>« %1 » n&apos;est pas un montant ; saisissez-le en chiffres, comme 12,50.</translation>
    </message>
    <message>
        <source>“%1” has more than two digits after the decimal mark; type it like 12.50.</source>
        <translation>« %1 » a plus de deux décimales ; écrivez-le comme 12,50.</translation>
    </message>
    <message>
        <source>“%1” is too large to be an amount.</source>
        <translation>« %1 » est trop grand pour un montant.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The server asks %1 to sign in again with the password.</source>
        <translation>Le serveur demande à %1 de se reconnecter avec le mot de passe.</translation>
    </message>
    <message>
        <source>No PIN yet: sign in with your password, then choose one.</source>
        <translation>Pas encore de PIN : connectez-vous avec votre mot de passe, puis choisissez-en un.</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <translation>Choisissez votre PIN</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Se connecter en tant que %1</translation>
    </message>
    <message>
        <source>Sign in to this tablet</source>
        <translation>Se connecter à cette tablette</translation>
    </message>
    <message>
        <source>Who is using this tablet?</source>
        <translation>Qui utilise cette tablette ?</translation>
    </message>
    <message>
        <source>Next time, tap your name and type this PIN instead of your password. 4 to 8 digits, kept only on this tablet.</source>
        <translation>La prochaine fois, touchez votre nom et saisissez ce PIN au lieu de votre mot de passe. 4 à 8 chiffres, gardés uniquement sur cette tablette.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Saisissez votre PIN.</translation>
    </message>
    <message>
        <source>Your password for %1.</source>
        <translation>Votre mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Tap your name. Notes you write are signed with it.</source>
        <translation>Touchez votre nom. Vos notes sont signées avec.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>No PIN yet</source>
        <translation>Pas encore de PIN</translation>
    </message>
    <message>
        <source>Someone else? Sign in with your password</source>
        <translation>Quelqu&apos;un d&apos;autre ? Se connecter avec un mot de passe</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Forgot PIN? Use password</source>
        <translation>PIN oublié ? Utiliser le mot de passe</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même PIN encore</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Enregistrer le PIN</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Back to the list of people</source>
        <translation>Retour à la liste des personnes</translation>
    </message>
    <message>
        <source>Unlock with your PIN</source>
        <translation>Déverrouiller avec votre PIN</translation>
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
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir : %1</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>%1: %2 %3. Open the list</source>
        <translation>%1 : %2 %3. Ouvrir la liste</translation>
    </message>
    <message>
        <source>Period before: %1</source>
        <translation>Période précédente : %1</translation>
    </message>
    <message>
        <source>Period before: counting…</source>
        <translation>Période précédente : calcul…</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
</context>
<context>
    <name>MeasureListModel</name>
    <message>
        <source>Taught</source>
        <translation>Prise en main faite</translation>
    </message>
    <message>
        <source>Not taught within 7 days</source>
        <translation>Pas de prise en main sous 7 jours</translation>
    </message>
    <message>
        <source>Need noted first</source>
        <translation>Besoin noté avant</translation>
    </message>
    <message>
        <source>No Need noted before</source>
        <translation>Aucun besoin noté avant</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Faite à temps</translation>
    </message>
    <message>
        <source>Late or not done</source>
        <translation>En retard ou non faite</translation>
    </message>
    <message>
        <source>Had been before</source>
        <translation>Déjà venu</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <translation>Pas encore revenu</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Contact perdu</translation>
    </message>
</context>
<context>
    <name>MeasureListPane</name>
    <message>
        <source>Close the list</source>
        <translation>Fermer la liste</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1 records: %2 met, %3 did not</source>
        <translation>%1 éléments : %2 atteints, %3 non</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>Only those that did not</source>
        <translation>Seulement ceux non atteints</translation>
    </message>
    <message>
        <source>Open %1: %2, %3</source>
        <translation>Ouvrir %1 : %2, %3</translation>
    </message>
    <message>
        <source>Nothing behind this number</source>
        <translation>Rien derrière ce chiffre</translation>
    </message>
    <message>
        <source>No records were counted for this period and scope.</source>
        <translation>Aucun élément n&apos;a été compté pour cette période et ce périmètre.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge these two records?</source>
        <translation>Fusionner ces deux fiches ?</translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>Comparer et fusionner</translation>
    </message>
    <message>
        <source>The two records hold the same details. Merging keeps one and moves every note and follow-up to it.</source>
        <translation>Les deux fiches contiennent les mêmes informations. La fusion en garde une et y déplace chaque note et relance.</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field that differs. Every note, follow-up and edit to settle moves to the record kept.</source>
        <translation>Choisissez la valeur à garder pour chaque champ qui diffère. Chaque note, relance et modification à régler passe sur la fiche gardée.</translation>
    </message>
    <message>
        <source>The second record is emptied and points to the first; every device gets the merge at its next sync. You can undo it for 30 days from the Duplicates page.</source>
        <translation>La deuxième fiche est vidée et renvoie à la première ; chaque appareil reçoit la fusion à sa prochaine synchronisation. Vous pouvez l&apos;annuler pendant 30 jours depuis la page Doublons.</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Garder : %1</translation>
    </message>
    <message>
        <source>Merge in: %1</source>
        <translation>À fusionner : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1 : garder « %2 »</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>Garder l&apos;autre fiche</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Garder plutôt l&apos;autre fiche</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Merge now</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Fusionner les deux fiches</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note for %1</source>
        <translation>Modifier la note pour %1</translation>
    </message>
    <message>
        <source>New note for %1</source>
        <translation>Nouvelle note pour %1</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Cette note n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Check the amount to save</source>
        <translation>Vérifiez le montant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>Pour quoi faire ?</translation>
    </message>
    <message>
        <source>e.g. hang a heavy picture in the hallway</source>
        <translation>p. ex. accrocher un tableau lourd dans l&apos;entrée</translation>
    </message>
    <message>
        <source>Material or context</source>
        <translation>Matériau ou contexte</translation>
    </message>
    <message>
        <source>e.g. old brick wall, rented flat</source>
        <translation>p. ex. vieux mur en brique, appartement en location</translation>
    </message>
    <message>
        <source>What do they already have?</source>
        <translation>Qu&apos;a-t-il déjà ?</translation>
    </message>
    <message>
        <source>e.g. a screwdriver set, no drill</source>
        <translation>p. ex. un jeu de tournevis, pas de perceuse</translation>
    </message>
    <message>
        <source>Temporary or permanent?</source>
        <translation>Temporaire ou durable ?</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Durable</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>e.g. around 40</source>
        <translation>p. ex. environ 40</translation>
    </message>
    <message>
        <source>What did they buy?</source>
        <translation>Qu&apos;a-t-il acheté ?</translation>
    </message>
    <message>
        <source>What are they bringing back?</source>
        <translation>Que rapporte-t-il ?</translation>
    </message>
    <message>
        <source>Which product?</source>
        <translation>Quel produit ?</translation>
    </message>
    <message>
        <source>e.g. wall plugs 6 mm, masonry bit set</source>
        <translation>p. ex. chevilles 6 mm, jeu de forets béton</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>e.g. 24.90</source>
        <translation>p. ex. 24,90</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation>De quoi avez-vous parlé ?</translation>
    </message>
    <message>
        <source>Notes on the purchase</source>
        <translation>Notes sur l&apos;achat</translation>
    </message>
    <message>
        <source>What did you show or teach?</source>
        <translation>Qu&apos;avez-vous montré ou expliqué ?</translation>
    </message>
    <message>
        <source>Why it did not suit them</source>
        <translation>Pourquoi cela ne convenait pas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. too heavy for overhead work; swapped for a lighter model</source>
        <translation>p. ex. trop lourd pour travailler en hauteur ; échangé contre un modèle plus léger</translation>
    </message>
    <message>
        <source>Write it as you would tell a colleague</source>
        <translation>Écrivez-le comme vous le raconteriez à un collègue</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Could not create the data folder %1. Choose a folder you can write to (--data-dir).</source>
        <translation>Impossible de créer le dossier de données %1. Choisissez un dossier accessible en écriture (--data-dir).</translation>
    </message>
    <message>
        <source>There is no staff member with id %1 on this device. Pick a name from the staff list.</source>
        <translation>Aucun membre du personnel avec l&apos;id %1 sur cet appareil. Choisissez un nom dans la liste du personnel.</translation>
    </message>
    <message>
        <source>A store needs an id.</source>
        <translation>Un magasin a besoin d&apos;un id.</translation>
    </message>
    <message>
        <source>A staff member needs an id and a name.</source>
        <translation>Un membre du personnel a besoin d&apos;un id et d&apos;un nom.</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email so you can find this client again.</source>
        <translation>Saisissez un nom, un téléphone ou un e-mail pour retrouver cette fiche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address (like name@example.com). Correct it or leave it empty.</source>
        <translation>« %1 » ne ressemble pas à une adresse e-mail (comme nom@example.com). Corrigez-la ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces and + ( ) - . /.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et + ( ) - . /.</translation>
    </message>
    <message>
        <source>Keep in touch every 0 to 3650 days (0 means no reminders).</source>
        <translation>Garder le contact tous les 0 à 3650 jours (0 : pas de rappel).</translation>
    </message>
    <message>
        <source>The preferred channel must be phone, SMS, email or none.</source>
        <translation>Le canal préféré doit être téléphone, SMS, e-mail ou aucun.</translation>
    </message>
    <message>
        <source>Consent is either given or withdrawn.</source>
        <translation>Un consentement est soit donné, soit retiré.</translation>
    </message>
    <message>
        <source>This client no longer exists; it may have been deleted on another device.</source>
        <translation>Cette fiche n&apos;existe plus ; elle a peut-être été supprimée sur un autre appareil.</translation>
    </message>
    <message>
        <source>This client no longer exists; nothing to delete.</source>
        <translation>Cette fiche n&apos;existe plus ; rien à supprimer.</translation>
    </message>
    <message>
        <source>same phone number</source>
        <comment>why a client may be a duplicate</comment>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same email</source>
        <comment>why a client may be a duplicate</comment>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>similar name</source>
        <comment>why a client may be a duplicate</comment>
        <translation>nom proche</translation>
    </message>
    <message>
        <source>The notebook is busy; the conflict was not resolved. Try again.</source>
        <translation>Le carnet est occupé ; le conflit n&apos;a pas été réglé. Réessayez.</translation>
    </message>
    <message>
        <source>This conflict is already resolved, or its note was deleted; there is nothing left to choose.</source>
        <translation>Ce conflit est déjà réglé, ou sa note a été supprimée ; il n&apos;y a plus rien à choisir.</translation>
    </message>
    <message>
        <source>The note of this conflict no longer exists.</source>
        <translation>La note de ce conflit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can choose its text.</source>
        <translation>Seul·e %1, qui a écrit cette note, peut choisir son texte.</translation>
    </message>
    <message>
        <source>The chosen text is empty. Keep one of the two versions or write the merged text.</source>
        <translation>Le texte choisi est vide. Gardez l&apos;une des deux versions ou écrivez le texte fusionné.</translation>
    </message>
    <message>
        <source>This client no longer exists; the follow-up was not saved.</source>
        <translation>Cette fiche n&apos;existe plus ; la relance n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Pick the day to follow up.</source>
        <translation>Choisissez le jour de la relance.</translation>
    </message>
    <message>
        <source>Say why you will follow up, so whoever picks it up knows what to do.</source>
        <translation>Dites pourquoi vous relancez, pour que la personne qui s&apos;en charge sache quoi faire.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Cette relance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Snooze for 1 to 365 days.</source>
        <translation>Reporter de 1 à 365 jours.</translation>
    </message>
    <message>
        <source>This follow-up is already finished; add a new one instead.</source>
        <translation>Cette relance est déjà terminée ; ajoutez-en une nouvelle.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists, so there is nothing to undo.</source>
        <translation>Cette relance n&apos;existe plus, il n&apos;y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>The note is empty. Write what happened before saving.</source>
        <translation>La note est vide. Écrivez ce qui s&apos;est passé avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The amount cannot be negative; record a refund as a Return note.</source>
        <translation>Le montant ne peut pas être négatif ; enregistrez un remboursement comme note de retour.</translation>
    </message>
    <message>
        <source>A need is either temporary or permanent.</source>
        <translation>Un besoin est soit temporaire, soit durable.</translation>
    </message>
    <message>
        <source>Choose who you are in Settings before writing notes, so each note shows who wrote it.</source>
        <translation>Indiquez qui vous êtes dans les Réglages avant d&apos;écrire des notes, pour que chaque note montre son auteur.</translation>
    </message>
    <message>
        <source>This client no longer exists; the note was not saved.</source>
        <translation>Cette fiche n&apos;existe plus ; la note n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can change it.</source>
        <translation>Seul·e %1, qui a écrit cette note, peut la modifier.</translation>
    </message>
    <message>
        <source>This note no longer exists; it may have been deleted.</source>
        <translation>Cette note n&apos;existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>This note no longer exists; nothing to delete.</source>
        <translation>Cette note n&apos;existe plus ; rien à supprimer.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can bring it back.</source>
        <translation>Seul·e %1, qui a écrit cette note, peut la rétablir.</translation>
    </message>
    <message>
        <source>what they bought</source>
        <comment>stands in for the items of a purchase note</comment>
        <translation>son achat</translation>
    </message>
    <message>
        <source>Ask how they are getting on with: %1. Show them how to get the most from it.</source>
        <translation>Demander comment ça se passe avec : %1. Montrer comment en tirer le meilleur.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Whose measures</source>
        <translation>Périmètre des indicateurs</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>Du … au…</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the chosen period</source>
        <translation>Afficher la période choisie</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>Notes written in the period</source>
        <translation>Notes écrites sur la période</translation>
    </message>
    <message>
        <source>%1 notes: %2. Open the list</source>
        <translation>Notes « %1 » : %2. Ouvrir la liste</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>Notes « %1 »</translation>
    </message>
    <message>
        <source>Notes of this kind written in the period</source>
        <translation>Notes de ce type écrites sur la période</translation>
    </message>
    <message>
        <source>By store</source>
        <translation>Par magasin</translation>
    </message>
    <message>
        <source>By associate</source>
        <translation>Par conseiller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1, %2: %3. Open the list</source>
        <translation>%1, %2 : %3. Ouvrir la liste</translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <source>Need understood before a purchase</source>
        <translation>Besoin compris avant un achat</translation>
    </message>
    <message>
        <source>Purchases, those without a Need note in the 30 days before first</source>
        <translation>Achats, d&apos;abord ceux sans note de besoin dans les 30 jours précédents</translation>
    </message>
    <message>
        <source>Need first</source>
        <translation>Besoin avant</translation>
    </message>
    <message>
        <source>Purchases taught within 7 days</source>
        <translation>Achats avec prise en main sous 7 jours</translation>
    </message>
    <message>
        <source>Purchases at least 7 days old, those not taught first</source>
        <translation>Achats d&apos;au moins 7 jours, d&apos;abord ceux sans prise en main</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Relances faites à temps</translation>
    </message>
    <message>
        <source>Follow-ups due in the period, the late or missed ones first</source>
        <translation>Relances prévues sur la période, d&apos;abord celles en retard ou manquées</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <source>Follow-ups overdue now</source>
        <translation>Relances en retard actuellement</translation>
    </message>
    <message>
        <source>Open or snoozed follow-ups past their due date</source>
        <translation>Relances ouvertes ou reportées dont l&apos;échéance est passée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Clients seen who had been before</source>
        <translation>Clients vus déjà venus auparavant</translation>
    </message>
    <message>
        <source>Clients seen in the period, first-time visitors first</source>
        <translation>Clients vus sur la période, d&apos;abord ceux venus pour la première fois</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Déjà venus</translation>
    </message>
    <message>
        <source>Returns followed by another visit</source>
        <translation>Retours suivis d&apos;une autre visite</translation>
    </message>
    <message>
        <source>Returns, those not followed by a visit first</source>
        <translation>Retours, d&apos;abord ceux sans visite ensuite</translation>
    </message>
    <message>
        <source>Back after return</source>
        <translation>Revenus après retour</translation>
    </message>
    <message>
        <source>Clients in touch</source>
        <translation>Clients en contact</translation>
    </message>
    <message>
        <source>Clients of the book, those out of touch first</source>
        <translation>Clients du portefeuille, d&apos;abord ceux avec qui le contact est perdu</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Clients added</source>
        <translation>Clients ajoutés</translation>
    </message>
    <message>
        <source>Clients created in the period</source>
        <translation>Clients créés sur la période</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un PIN a 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Un PIN ne contient que des chiffres.</translation>
    </message>
</context>
<context>
    <name>PushBatch</name>
    <message>
        <source>This change is %1 KB, more than the %2 KB the server accepts in one request.</source>
        <translation>Cette modification fait %1 Ko, plus que les %2 Ko acceptés par le serveur en une requête.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Pick what kind of note this is: need, conversation, purchase, education, return or other.</source>
        <translation>Choisissez le type de note : besoin, échange, achat, prise en main, retour ou autre.</translation>
    </message>
    <message>
        <source>The note is empty; write what happened before saving.</source>
        <translation>La note est vide ; écrivez ce qui s&apos;est passé avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Who is using this tablet</source>
        <translation>Qui utilise cette tablette</translation>
    </message>
    <message>
        <source>Every note you write is signed with this name.</source>
        <translation>Chaque note que vous écrivez est signée de ce nom.</translation>
    </message>
    <message>
        <source>No staff on this tablet yet. Add your name when asked who is using the tablet, or sign in once sync is set up.</source>
        <translation>Pas encore de personnel sur cette tablette. Ajoutez votre nom quand on vous demande qui utilise la tablette, ou connectez-vous une fois la synchronisation configurée.</translation>
    </message>
    <message>
        <source>People on this tablet</source>
        <translation>Personnes sur cette tablette</translation>
    </message>
    <message>
        <source>Each person signs in once with their password, then switches back with their PIN. Every note is signed by the person using the tablet.</source>
        <translation>Chaque personne se connecte une fois avec son mot de passe, puis revient avec son PIN. Chaque note est signée par la personne qui utilise la tablette.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Must sign in again</source>
        <translation>Doit se reconnecter</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN défini</translation>
    </message>
    <message>
        <source>No PIN yet</source>
        <translation>Pas encore de PIN</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <source>Sign me out of this tablet</source>
        <translation>Me déconnecter de cette tablette</translation>
    </message>
    <message>
        <source>Change your PIN</source>
        <translation>Changer votre PIN</translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <translation>Choisir votre PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même PIN encore</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Enregistrer le PIN</translation>
    </message>
    <message>
        <source>PIN saved. Use it to switch back to yourself.</source>
        <translation>PIN enregistré. Utilisez-le pour revenir à votre session.</translation>
    </message>
    <message>
        <source>Lock the tablet after</source>
        <translation>Verrouiller la tablette après</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation>
            <numerusform>%n minute d&apos;inactivité</numerusform>
            <numerusform>%n minutes d&apos;inactivité</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of this app on this device</source>
        <translation>Langue de l&apos;application sur cet appareil</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not signed in: everything stays on this device</source>
        <translation>Non connecté : tout reste sur cet appareil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Détails de la synchro</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Se connecter pour synchroniser</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>F1 or ?</source>
        <translation>F1 ou ?</translation>
    </message>
    <message>
        <source>Show this list of keys</source>
        <translation>Afficher cette liste de touches</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Bas, Haut</translation>
    </message>
    <message>
        <source>In the search or the client list: move through the clients found</source>
        <translation>Dans la recherche ou la liste des clients : parcourir les clients trouvés</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In the search or the client list: open the client picked (the first one when none is)</source>
        <translation>Dans la recherche ou la liste des clients : ouvrir le client sélectionné (le premier si aucun ne l&apos;est)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Empty the search; with nothing typed, go back</source>
        <translation>Vider la recherche ; si rien n&apos;est saisi, revenir en arrière</translation>
    </message>
    <message>
        <source>Escape, Alt+Left</source>
        <translation>Échap, Alt+Gauche</translation>
    </message>
    <message>
        <source>Go back to where you were (Clients or Today)</source>
        <translation>Revenir là où vous étiez (Clients ou Aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Passer à la commande suivante ou précédente</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Press the button or choice that has the keyboard</source>
        <translation>Activer le bouton ou le choix qui a le focus clavier</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Entrée, Espace</translation>
    </message>
    <message>
        <source>On a client&apos;s name in Today: open the client</source>
        <translation>Sur le nom d&apos;un client dans Aujourd&apos;hui : ouvrir sa fiche</translation>
    </message>
    <message>
        <source>In a one-line field of a form: save the form</source>
        <translation>Dans un champ d&apos;une ligne d&apos;un formulaire : enregistrer le formulaire</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>In a note, client or follow-up form: save it</source>
        <translation>Dans un formulaire de note, de client ou de relance : l&apos;enregistrer</translation>
    </message>
    <message>
        <source>In a form: close it (it asks before typed text is lost)</source>
        <translation>Dans un formulaire : le fermer (confirmation demandée avant de perdre le texte saisi)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Or press Escape</source>
        <translation>Ou appuyez sur Échap</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Signed in. Your notes now reach every device of %1.</source>
        <translation>Connecté. Vos notes arrivent maintenant sur chaque appareil de %1.</translation>
    </message>
    <message>
        <source>your stores</source>
        <translation>vos magasins</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Se connecter pour synchroniser</translation>
    </message>
    <message>
        <source>Signing in shares clients and notes with the other tablets and desktops of your stores. You do not have to: without signing in, everything stays on this device and keeps working.</source>
        <translation>La connexion partage clients et notes avec les autres tablettes et ordinateurs de vos magasins. Ce n&apos;est pas obligatoire : sans connexion, tout reste sur cet appareil et continue de fonctionner.</translation>
    </message>
    <message>
        <source>This device is signed in as %1 at %2.</source>
        <translation>Cet appareil est connecté en tant que %1 sur %2.</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Détails de la synchro</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Your login, e.g. sam</source>
        <translation>Votre identifiant, p. ex. sam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Keep working on this device only</source>
        <translation>Continuer sur cet appareil uniquement</translation>
    </message>
    <message>
        <source>After signing in, this device keeps its sign-in (not your password) in: %1</source>
        <translation>Une fois connecté, cet appareil garde sa connexion (pas votre mot de passe) dans : %1</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Changes not sent</source>
        <translation>Modifications non envoyées</translation>
    </message>
    <message>
        <source>Sign out of sync?</source>
        <translation>Se déconnecter de la synchro ?</translation>
    </message>
    <message>
        <source>1 change could not be sent (%1). Sign out anyway and lose it?</source>
        <translation>1 modification n&apos;a pas pu être envoyée (%1). Se déconnecter quand même et la perdre ?</translation>
    </message>
    <message numerus="yes">
        <source>%n changes could not be sent (%1). Sign out anyway and lose them?</source>
        <translation>
            <numerusform>%n modification n&apos;a pas pu être envoyée (%1). Se déconnecter quand même et la perdre ?</numerusform>
            <numerusform>%n modifications n&apos;ont pas pu être envoyées (%1). Se déconnecter quand même et les perdre ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting changes are sent first. Then this device&apos;s copy of the clients and notes is removed; they stay on the server for your colleagues.</source>
        <translation>Les modifications en attente sont envoyées d&apos;abord. Ensuite, la copie des clients et des notes est retirée de cet appareil ; elles restent sur le serveur pour vos collègues.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Se déconnecter quand même</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Who is using this tablet?</source>
        <translation>Qui utilise cette tablette ?</translation>
    </message>
    <message>
        <source>Your name goes on every note you write.</source>
        <translation>Votre nom figure sur chaque note que vous écrivez.</translation>
    </message>
    <message>
        <source>No staff list on this tablet yet. Type your name to start; your manager can link it to your account when sync is set up.</source>
        <translation>Pas encore de liste du personnel sur cette tablette. Saisissez votre nom pour commencer ; votre responsable pourra le lier à votre compte une fois la synchronisation configurée.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Or sign in to your company&apos;s Rapport server</source>
        <translation>Ou connectez-vous au serveur Rapport de votre entreprise</translation>
    </message>
    <message>
        <source>%1 (using this tablet now)</source>
        <translation>%1 (utilise cette tablette)</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync: %1</source>
        <translation>Synchro : %1</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>“%1” is not a server address; it looks like https://rapport.example.com</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur ; elle ressemble à https://rapport.example.com</translation>
    </message>
    <message>
        <source>Wrong password, or no such login on this server. Check both and try again.</source>
        <translation>Mot de passe incorrect ou identifiant inconnu sur ce serveur. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”, or no such login on this server. Check both and try again.</source>
        <translation>Mot de passe incorrect pour « %1 » ou identifiant inconnu sur ce serveur. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts for %1; wait a minute and try again</source>
        <translation>Trop de tentatives de connexion pour %1 ; attendez une minute et réessayez</translation>
    </message>
    <message>
        <source>This device holds the data of %1. Sign in with an account of %1, or sign out first to remove it.</source>
        <translation>Cet appareil contient les données de %1. Connectez-vous avec un compte de %1, ou déconnectez-vous d&apos;abord pour les retirer.</translation>
    </message>
    <message>
        <source>Server not reachable — you can keep working offline once signed in. Check the address and that this device is on the store network.</source>
        <translation>Serveur injoignable — une fois connecté, vous pouvez continuer hors ligne. Vérifiez l&apos;adresse et que cet appareil est sur le réseau du magasin.</translation>
    </message>
    <message>
        <source>Server not reachable — you can keep working offline</source>
        <translation>Serveur injoignable — vous pouvez continuer hors ligne</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1); Rapport will not send data to it. Ask your administrator.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié (%1) ; Rapport ne lui enverra pas de données. Demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>Your session ended after a long time without use. Sign in again: the changes on this device are kept and will be sent.</source>
        <translation>Votre session a expiré après une longue inactivité. Reconnectez-vous : les modifications de cet appareil sont gardées et seront envoyées.</translation>
    </message>
    <message>
        <source>The server asks you to sign in again. The changes on this device are kept and will be sent once you do.</source>
        <translation>Le serveur vous demande de vous reconnecter. Les modifications de cet appareil sont gardées et seront envoyées ensuite.</translation>
    </message>
    <message>
        <source>This device was signed out by the server (revoked or expired); its local data has been removed. Sign in again to continue.</source>
        <translation>Cet appareil a été déconnecté par le serveur (révoqué ou expiré) ; ses données locales ont été retirées. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The server sent a change this app cannot read; nothing from it was applied. Ask your administrator to check the server version.</source>
        <translation>Le serveur a envoyé une modification que cette application ne sait pas lire ; rien n&apos;a été appliqué. Demandez à votre administrateur de vérifier la version du serveur.</translation>
    </message>
    <message>
        <source>Changes by a colleague wait until they sign in again on this device.</source>
        <translation>Les modifications d&apos;un collègue attendent qu&apos;il se reconnecte sur cet appareil.</translation>
    </message>
    <message>
        <source>Changes by %1 wait until %1 signs in again on this device.</source>
        <translation>Les modifications de %1 attendent que %1 se reconnecte sur cet appareil.</translation>
    </message>
    <message>
        <source>The server did not accept the waiting changes; they stay on this device and will be sent again.</source>
        <translation>Le serveur n&apos;a pas accepté les modifications en attente ; elles restent sur cet appareil et seront renvoyées.</translation>
    </message>
    <message>
        <source>The server asked for a full resync, but changes are still waiting.</source>
        <translation>Le serveur demande une resynchronisation complète, mais des modifications attendent encore.</translation>
    </message>
    <message>
        <source>Could not store changes from the server: %1</source>
        <translation>Impossible d&apos;enregistrer les modifications du serveur : %1</translation>
    </message>
    <message>
        <source>The server refused a merge of two clients: only a manager or an admin can merge clients or undo a merge. The merge stays on this device only; ask a manager to merge them.</source>
        <translation>Le serveur a refusé la fusion de deux clients : seul un responsable ou un admin peut fusionner des clients ou annuler une fusion. La fusion reste uniquement sur cet appareil ; demandez à un responsable de les fusionner.</translation>
    </message>
    <message>
        <source>The server refused to erase a client: only a manager or an admin can erase a client. The client is still on the server and will come back; ask a manager.</source>
        <translation>Le serveur a refusé d&apos;effacer un client : seul un responsable ou un admin peut effacer un client. Le client est toujours sur le serveur et va réapparaître ; demandez à un responsable.</translation>
    </message>
    <message>
        <source>The server refused a change (%1).</source>
        <translation>Le serveur a refusé une modification (%1).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sign in again to keep syncing</source>
        <translation>Reconnectez-vous pour continuer la synchro</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent</source>
        <translation>
            <numerusform>%n modification n&apos;a pas pu être envoyée</numerusform>
            <numerusform>%n modifications n&apos;ont pas pu être envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay on this device only. Last reason: %1</source>
        <translation>Elles restent uniquement sur cet appareil. Dernier motif : %1</translation>
    </message>
    <message>
        <source>This device is not signed in</source>
        <translation>Cet appareil n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>Clients and notes are kept on this device only. Sign in to share them with the other tablets and desktops of your stores.</source>
        <translation>Les clients et les notes restent uniquement sur cet appareil. Connectez-vous pour les partager avec les autres tablettes et ordinateurs de vos magasins.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No connection to the server. Keep working: everything is saved on this device and is sent when the connection is back.</source>
        <translation>Pas de connexion au serveur. Continuez : tout est enregistré sur cet appareil et sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing, all sent</source>
        <translation>Rien, tout est envoyé</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Sign-in kept in</source>
        <translation>Connexion gardée dans</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Every client can already be found and opened; note text becomes searchable as indexing goes on.</source>
        <translation>Chaque client peut déjà être trouvé et ouvert ; le texte des notes devient cherchable au fil de l’indexation.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Dernière note</translation>
    </message>
    <message>
        <source>%1, %2 clients, %3 in touch, %4 overdue follow-ups. Show the book</source>
        <translation>%1, %2 clients, %3 en contact, %4 relances en retard. Afficher le portefeuille</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1&apos;s book</source>
        <translation>Portefeuille de %1</translation>
    </message>
    <message>
        <source>Hand over %1 chosen…</source>
        <translation>Transférer les %1 choisis…</translation>
    </message>
    <message>
        <source>Hand over chosen…</source>
        <translation>Transférer la sélection…</translation>
    </message>
    <message>
        <source>Hand over the whole book…</source>
        <translation>Transférer tout le portefeuille…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Choose %1 for the handover</source>
        <translation>Choisir %1 pour le transfert</translation>
    </message>
    <message>
        <source>No clients in this book</source>
        <translation>Aucun client dans ce portefeuille</translation>
    </message>
    <message>
        <source>Choose someone of the team</source>
        <translation>Choisissez quelqu&apos;un de l&apos;équipe</translation>
    </message>
    <message>
        <source>Their book opens here: each client one click from their page. Clients can be handed over to another associate, a few or the whole book.</source>
        <translation>Son portefeuille s&apos;ouvre ici : chaque client à un clic de sa fiche. Les clients peuvent être transférés à un autre conseiller, quelques-uns ou tout le portefeuille.</translation>
    </message>
    <message>
        <source>Hand over %1&apos;s whole book</source>
        <translation>Transférer tout le portefeuille de %1</translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n client(s)</source>
        <translation>
            <numerusform>Transférer %n client</numerusform>
            <numerusform>Transférer %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client of %1 goes to the associate you choose. Each client&apos;s timeline gets a note of the handover.</source>
        <translation>Chaque client de %1 passe au conseiller que vous choisissez. L&apos;historique de chaque client reçoit une note du transfert.</translation>
    </message>
    <message>
        <source>The chosen clients go to the associate you choose. Each client&apos;s timeline gets a note of the handover.</source>
        <translation>Les clients choisis passent au conseiller que vous choisissez. L&apos;historique de chaque client reçoit une note du transfert.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Choose who takes them over</source>
        <translation>Choisissez qui les reprend</translation>
    </message>
    <message>
        <source>Who takes the clients over</source>
        <translation>Qui reprend les clients</translation>
    </message>
    <message>
        <source>A word for them (optional)</source>
        <translation>Un mot pour eux (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Sam has moved to the Northgate store</source>
        <translation>p. ex. Sam est parti au magasin de Northgate</translation>
    </message>
    <message>
        <source>Reason for the handover</source>
        <translation>Motif du transfert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the handover</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Hand the clients over</source>
        <translation>Transférer les clients</translation>
    </message>
    <message>
        <source>Choose who takes the clients over.</source>
        <translation>Choisissez qui reprend les clients.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>+ Follow-up</source>
        <translation>+ Relance</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>My store</source>
        <translation>Mon magasin</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Show %1 follow-ups</source>
        <translation>Afficher les relances : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to do in the next two weeks</source>
        <translation>
            <numerusform>%n à faire dans les deux prochaines semaines</numerusform>
            <numerusform>%n à faire dans les deux prochaines semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue.</source>
        <translation>
            <numerusform>, %n en retard.</numerusform>
            <numerusform>, %n en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation>Rien à relancer</translation>
    </message>
    <message>
        <source>Nothing of yours is due in the next two weeks. &quot;My store&quot; and &quot;Everyone&quot; above show your colleagues&apos; follow-ups.</source>
        <translation>Rien à votre nom dans les deux prochaines semaines. « Mon magasin » et « Tout le monde » ci-dessus montrent les relances de vos collègues.</translation>
    </message>
    <message>
        <source>No follow-ups are due in the next two weeks. After a purchase, accept the education follow-up and it will show up here.</source>
        <translation>Aucune relance dans les deux prochaines semaines. Après un achat, acceptez la relance de prise en main et elle apparaîtra ici.</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Ajouter une relance</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No weeks to show yet</source>
        <translation>Pas encore de semaines à afficher</translation>
    </message>
    <message>
        <source>Last 12 weeks, from %1 to %2</source>
        <translation>12 dernières semaines, du %1 au %2</translation>
    </message>
</context>
<context>
    <name>rapport::SyncEngine</name>
    <message>
        <source>1 change waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Hors ligne — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>This device was offline too long and reloaded everything from the server.</source>
        <translation>Cet appareil est resté hors ligne trop longtemps et a tout rechargé depuis le serveur.</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>motif inconnu</translation>
    </message>
    <message>
        <source>Signed out; the local data was removed from this device.</source>
        <translation>Déconnecté ; les données locales ont été retirées de cet appareil.</translation>
    </message>
    <message>
        <source>Sign in with your password first; then choose your PIN.</source>
        <translation>Connectez-vous d&apos;abord avec votre mot de passe ; choisissez ensuite votre PIN.</translation>
    </message>
    <message>
        <source>The PIN could not be stored on this device.</source>
        <translation>Le PIN n&apos;a pas pu être enregistré sur cet appareil.</translation>
    </message>
    <message>
        <source>1 change of %1 has not reached the server yet. Sync first, then sign out.</source>
        <translation>1 modification de %1 n&apos;a pas encore atteint le serveur. Synchronisez d&apos;abord, puis déconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of %1 have not reached the server yet. Sync first, then sign out.</source>
        <translation>
            <numerusform>%n modification de %1 n&apos;a pas encore atteint le serveur. Synchronisez d&apos;abord, puis déconnectez-vous.</numerusform>
            <numerusform>%n modifications de %1 n&apos;ont pas encore atteint le serveur. Synchronisez d&apos;abord, puis déconnectez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a server to see the activity trail.</source>
        <translation>Connectez-vous à un serveur pour voir l&apos;historique d&apos;activité.</translation>
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
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation>Réattribution</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Changement de rôle</translation>
    </message>
    <message>
        <source>Store change</source>
        <translation>Changement de magasin</translation>
    </message>
    <message>
        <source>Deactivation</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>Device revoked</source>
        <translation>Appareil révoqué</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Not fetched from the server yet.</source>
        <translation>Pas encore récupéré depuis le serveur.</translation>
    </message>
    <message>
        <source>As the server had it at %1.</source>
        <translation>État du serveur au %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BookModel</name>
    <message>
        <source>Not seen yet</source>
        <translation>Pas encore vu</translation>
    </message>
    <message>
        <source>Seen %1</source>
        <translation>Vu %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientCard</name>
    <message>
        <source>Not asked yet</source>
        <comment>consent</comment>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Given %1 by %2</source>
        <comment>consent; %1 date, %2 colleague</comment>
        <translation>Donné le %1 par %2</translation>
    </message>
    <message>
        <source>Withdrawn %1 by %2</source>
        <comment>consent; %1 date, %2 colleague</comment>
        <translation>Retiré le %1 par %2</translation>
    </message>
    <message>
        <source>Given %1</source>
        <comment>consent; %1 date</comment>
        <translation>Donné le %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <comment>consent; %1 date</comment>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <comment>consent; %1 colleague</comment>
        <translation>Donné par %1</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <comment>consent; %1 colleague</comment>
        <translation>Retiré par %1</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>consent</comment>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>consent</comment>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>%1, every year</source>
        <comment>an important date without a year</comment>
        <translation>%1, chaque année</translation>
    </message>
    <message>
        <source>Not seen yet: add a note when you talk with them.</source>
        <translation>Pas encore vu : ajoutez une note quand vous lui parlez.</translation>
    </message>
    <message>
        <source>Last seen %1 by %2 at the %3 store</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Vu %1 par %2 au magasin %3</translation>
    </message>
    <message>
        <source>Last seen %1 by %2</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Vu %1 par %2</translation>
    </message>
    <message>
        <source>Last seen %1 at the %2 store</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Vu %1 au magasin %2</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Vu %1</translation>
    </message>
    <message>
        <source>Client since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientData</name>
    <message>
        <source>Only a manager or an admin can export a client&apos;s data.</source>
        <translation>Seul un responsable ou un admin peut exporter les données d&apos;un client.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name exactly as shown to erase them.</source>
        <translation>Saisissez le nom du client exactement comme affiché pour l&apos;effacer.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientListModel</name>
    <message>
        <source>Seen %1</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Vu %1</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Pas encore vu</translation>
    </message>
    <message>
        <source>%1. %2. No open follow-ups.</source>
        <comment>client row read by a screen reader</comment>
        <translation>%1. %2. Aucune relance ouverte.</translation>
    </message>
    <message>
        <source>%1. %2. 1 open follow-up.</source>
        <comment>client row read by a screen reader</comment>
        <translation>%1. %2. 1 relance ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n open follow-ups.</source>
        <comment>client row read by a screen reader</comment>
        <translation>
            <numerusform>%1. %2. %n relance ouverte.</numerusform>
            <numerusform>%1. %2. %n relances ouvertes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatePairModel</name>
    <message>
        <source>same phone number</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same name, phone ends alike</source>
        <translation>même nom, fin de téléphone identique</translation>
    </message>
    <message>
        <source>same name, similar email</source>
        <translation>même nom, e-mail proche</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 fusionné dans %2.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportExport</name>
    <message>
        <source>%1 rows · %2 · separated by %3</source>
        <translation>%1 lignes · %2 · séparées par des %3</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe de l&apos;Ouest)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2.</translation>
    </message>
    <message>
        <source>Check which field each column holds, then look at the dry run.</source>
        <translation>Vérifiez le champ de chaque colonne, puis regardez la simulation.</translation>
    </message>
    <message>
        <source>Dry run: nothing is saved until you press Import.</source>
        <translation>Simulation : rien n&apos;est enregistré tant que vous n&apos;appuyez pas sur Importer.</translation>
    </message>
    <message>
        <source>Only managers and admins import clients.</source>
        <translation>Seuls les responsables et les admins importent des clients.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPlanModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::Language</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MeasureListModel</name>
    <message>
        <source>No note yet</source>
        <translation>Pas encore de note</translation>
    </message>
    <message>
        <source>Last note %1</source>
        <translation>Dernière note %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OverviewReport</name>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <source>Counting the period…</source>
        <translation>Calcul de la période…</translation>
    </message>
    <message>
        <source>Counting the period before…</source>
        <translation>Calcul de la période précédente…</translation>
    </message>
    <message>
        <source>Drawing the last 12 weeks: week %1 of %2…</source>
        <translation>Tracé des 12 dernières semaines : semaine %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Magasin : %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecentMergeModel</name>
    <message>
        <source>1 note moved</source>
        <translation>1 note déplacée</translation>
    </message>
    <message numerus="yes">
        <source>%n notes moved</source>
        <translation>
            <numerusform>%n note déplacée</numerusform>
            <numerusform>%n notes déplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 into %2 (%3)</source>
        <translation>%1 dans %2 (%3)</translation>
    </message>
    <message>
        <source>%1, undone %2</source>
        <translation>%1, annulée %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::Session</name>
    <message>
        <source>Show mine, my store or everyone.</source>
        <translation>Afficher les miennes, mon magasin ou tout le monde.</translation>
    </message>
    <message>
        <source>On this tablet each person signs in with their own password. Use Switch person, then sign in or type your PIN.</source>
        <translation>Sur cette tablette, chaque personne se connecte avec son propre mot de passe. Touchez « Changer de personne », puis connectez-vous ou saisissez votre PIN.</translation>
    </message>
    <message>
        <source>Type your name so your notes are signed.</source>
        <translation>Saisissez votre nom pour signer vos notes.</translation>
    </message>
    <message>
        <source>This store</source>
        <comment>name of the one store of a tablet used without a server</comment>
        <translation>Ce magasin</translation>
    </message>
    <message>
        <source>Consent is either given or withdrawn.</source>
        <translation>Un consentement est soit donné, soit retiré.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; choose contact or marketing.</source>
        <translation>Consentement inconnu « %1 » ; choisissez contact ou marketing.</translation>
    </message>
    <message>
        <source>This client no longer exists; the consent was not recorded.</source>
        <translation>Cette fiche n&apos;existe plus ; le consentement n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Contact consent withdrawn.</source>
        <translation>Consentement au contact retiré.</translation>
    </message>
    <message>
        <source>Contact consent recorded as given.</source>
        <translation>Consentement au contact noté comme donné.</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn.</source>
        <translation>Consentement marketing retiré.</translation>
    </message>
    <message>
        <source>Marketing consent recorded as given.</source>
        <translation>Consentement marketing noté comme donné.</translation>
    </message>
    <message>
        <source>Choose who is using this tablet in Settings first; every note is signed.</source>
        <translation>Indiquez d&apos;abord dans les Réglages qui utilise cette tablette ; chaque note est signée.</translation>
    </message>
    <message>
        <source>This note no longer exists; it may have been deleted on another tablet.</source>
        <translation>Cette note n&apos;existe plus ; elle a peut-être été supprimée sur une autre tablette.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when the other text was written: date, time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The note would be empty; keep one of the texts or write the merge.</source>
        <translation>La note serait vide ; gardez l&apos;un des textes ou écrivez la fusion.</translation>
    </message>
    <message>
        <source>The purchase note is gone, so the follow-up was not added.</source>
        <translation>La note d&apos;achat n&apos;existe plus, la relance n&apos;a donc pas été ajoutée.</translation>
    </message>
    <message>
        <source>Only purchases come with an education follow-up.</source>
        <translation>Seuls les achats donnent lieu à une relance de prise en main.</translation>
    </message>
    <message>
        <source>Pick the day to follow up, for example %1.</source>
        <translation>Choisissez le jour de la relance, par exemple le %1.</translation>
    </message>
    <message>
        <source>Pick the client to follow up.</source>
        <translation>Choisissez le client à relancer.</translation>
    </message>
    <message>
        <source>The chosen colleague is not on this device&apos;s staff list; pick another.</source>
        <translation>Le collègue choisi n&apos;est pas dans la liste du personnel de cet appareil ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Pick the day to follow up.</source>
        <translation>Choisissez le jour de la relance.</translation>
    </message>
    <message>
        <source>Say why to follow up, so whoever does it knows what to ask.</source>
        <translation>Dites pourquoi relancer, pour que la personne qui s&apos;en charge sache quoi demander.</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Relance ajoutée pour le %1.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Cette relance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose who is using this tablet first; a finished follow-up is signed.</source>
        <translation>Indiquez d&apos;abord qui utilise cette tablette ; une relance terminée est signée.</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <comment>a line in the client&apos;s history; %1 the reason</comment>
        <translation>Relance faite : %1</translation>
    </message>
    <message>
        <source>Follow-up done: %1
Outcome: %2</source>
        <comment>a line in the client&apos;s history</comment>
        <translation>Relance faite : %1
Résultat : %2</translation>
    </message>
    <message>
        <source>Done. The next keep-in-touch is planned from their interval.</source>
        <translation>Fait. Le prochain contact est prévu selon son intervalle.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Relance faite.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Reportée au %1.</translation>
    </message>
    <message>
        <source>Follow-up cancelled.</source>
        <translation>Relance annulée.</translation>
    </message>
    <message>
        <source>1 client handed over to %1.</source>
        <translation>1 client transféré à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients handed over to %1.</source>
        <translation>
            <numerusform>%n client transféré à %1.</numerusform>
            <numerusform>%n clients transférés à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s book (%n clients) handed over to %2.</source>
        <translation>
            <numerusform>Portefeuille de %1 (%n client) transféré à %2.</numerusform>
            <numerusform>Portefeuille de %1 (%n clients) transféré à %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::SyncStatus</name>
    <message>
        <source>Sign in again · %1</source>
        <translation>Se reconnecter · %1</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>This device only</source>
        <translation>Cet appareil seul</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Hors ligne · %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync problem · %1</source>
        <translation>Problème de synchro · %1</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchro</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Sync is not available in this build.</source>
        <translation>La synchronisation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Fill in the server address, your login and your password.</source>
        <translation>Remplissez l&apos;adresse du serveur, votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>No connection to the server. The change will be sent when the connection returns.</source>
        <translation>Pas de connexion au serveur. La modification sera envoyée au retour de la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the server. The %n changes will be sent when the connection returns.</source>
        <translation>
            <numerusform>Pas de connexion au serveur. La %n modification sera envoyée au retour de la connexion.</numerusform>
            <numerusform>Pas de connexion au serveur. Les %n modifications seront envoyées au retour de la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the server. New changes will be sent when the connection returns.</source>
        <translation>Pas de connexion au serveur. Les nouvelles modifications seront envoyées au retour de la connexion.</translation>
    </message>
    <message>
        <source>That PIN is not right. One more try, then your password is needed.</source>
        <translation>Ce PIN n&apos;est pas le bon. Encore un essai, ensuite votre mot de passe sera nécessaire.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n tries left.</source>
        <translation>
            <numerusform>Ce PIN n&apos;est pas le bon. Encore %n essai.</numerusform>
            <numerusform>Ce PIN n&apos;est pas le bon. Encore %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign in with your password to choose a new PIN.</source>
        <translation>Trop de PIN erronés. Connectez-vous avec votre mot de passe pour choisir un nouveau PIN.</translation>
    </message>
    <message>
        <source>Sign in with your password.</source>
        <translation>Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>This person is no longer signed in on this tablet.</source>
        <translation>Cette personne n&apos;est plus connectée sur cette tablette.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>Les deux PIN ne sont pas identiques. Saisissez deux fois le même PIN.</translation>
    </message>
    <message>
        <source>Receiving clients and notes: %1 so far</source>
        <translation>Réception des clients et des notes : %1 jusqu’ici</translation>
    </message>
    <message>
        <source>Indexing notes for search: %1 of %2</source>
        <translation>Indexation des notes pour la recherche : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 clients and notes</source>
        <translation>%1 sur %2 clients et notes</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TeamModel</name>
    <message>
        <source>No notes yet</source>
        <translation>Pas encore de notes</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimelineModel</name>
    <message>
        <source>%1: %2</source>
        <comment>a detail of a note: label, then value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>For</source>
        <comment>need: what it is for</comment>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Material or context</source>
        <translation>Matériau ou contexte</translation>
    </message>
    <message>
        <source>Already has</source>
        <translation>A déjà</translation>
    </message>
    <message>
        <source>Needed</source>
        <comment>need: for how long (temporary or permanent)</comment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when a note was written: date, time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
