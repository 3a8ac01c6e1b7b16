<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show which kind of activity</source>
        <translation>Qué tipo de actividad mostrar</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>Cargar ahora</translation>
    </message>
    <message>
        <source>Fetch the newest activity from the server</source>
        <translation>Cargar la actividad más reciente del servidor</translation>
    </message>
    <message>
        <source>The activity trail is kept by the server; sign in to a server to see it.</source>
        <translation>El registro de actividad lo guarda el servidor; inicia sesión en un servidor para verlo.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Nothing of this kind yet</source>
        <translation>Aún no hay nada de este tipo</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Aún no hay actividad</translation>
    </message>
    <message>
        <source>Merges, erasures, reassignments, imports, exports, role changes and revoked devices appear here with who did them and when.</source>
        <translation>Aquí aparecen las fusiones, borrados, reasignaciones, importaciones, exportaciones, cambios de rol y dispositivos revocados, con quién los hizo y cuándo.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota eliminada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n overdue)</source>
        <comment>navigation button: Today, then how many follow-ups are overdue</comment>
        <translation>
            <numerusform>%1 (%n vencido)</numerusform>
            <numerusform>%1 (%n vencidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>¿Quién es?</translation>
    </message>
    <message>
        <source>Their whole story opens here: contact, preferences, follow-ups and every note. Search by name, phone, email, tag or anything written in a note.</source>
        <translation>Aquí se abre toda su historia: contacto, preferencias, seguimientos y cada nota. Busca por nombre, teléfono, email, etiqueta o cualquier cosa escrita en una nota.</translation>
    </message>
    <message>
        <source>Add a new client</source>
        <translation>Añadir una clienta o un cliente nuevo</translation>
    </message>
    <message>
        <source>Pick a client from the list</source>
        <translation>Elige un cliente de la lista</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Importar / exportar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Using this tablet: %1</source>
        <translation>Usa esta tableta: %1</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>Cambiar de persona</translation>
    </message>
    <message>
        <source>Choose who is using this tablet</source>
        <translation>Elegir quién usa esta tableta</translation>
    </message>
    <message>
        <source>Client erased on this device; the server and the other devices erase them at their next sync.</source>
        <translation>Ficha borrada en este dispositivo; el servidor y los demás dispositivos la borrarán en su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>ClientDataDialog</name>
    <message>
        <source>Client data: %1</source>
        <translation>Datos de la ficha: %1</translation>
    </message>
    <message>
        <source>Exporting and erasing a client&apos;s data is for managers and admins.</source>
        <translation>Exportar y borrar los datos de una ficha es tarea de encargados y administradores.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Everything this device holds about the client — details, consent, every note, follow-up and edit to settle — as a JSON file and a text file to read, for an access request.</source>
        <translation>Todo lo que este dispositivo guarda sobre esta persona (datos, consentimiento, cada nota, seguimiento y edición por resolver) en un archivo JSON y un archivo de texto legible, para una solicitud de acceso.</translation>
    </message>
    <message>
        <source>Folder to save into</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>Folder to save the export into</source>
        <translation>Carpeta donde guardar la exportación</translation>
    </message>
    <message>
        <source>Export the client&apos;s data</source>
        <translation>Exportar los datos de la ficha</translation>
    </message>
    <message>
        <source>Saved:
%1</source>
        <translation>Guardado:
%1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erasing removes the client, every note and follow-up about them, from this device now and from the server and every other device at their next sync. It cannot be undone. Type the client&apos;s name to confirm.</source>
        <translation>Al borrar se eliminan la ficha y todas sus notas y seguimientos: de este dispositivo ahora, y del servidor y los demás dispositivos en su próxima sincronización. No se puede deshacer. Escribe el nombre de la clienta o el cliente para confirmar.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name, %1, to confirm erasing</source>
        <translation>Escribe el nombre, %1, para confirmar el borrado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Borrar a %1</translation>
    </message>
    <message>
        <source>Erase %1 everywhere</source>
        <translation>Borrar a %1 en todas partes</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <translation>Clienta o cliente nuevo</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Check the dates to save</source>
        <translation>Revisa las fechas para guardar</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Crear de todos modos</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Crear cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>This may be someone you already know. Open them instead of creating a second record:</source>
        <translation>Puede que ya conozcas a esta persona. Ábrela en lugar de crear una segunda ficha:</translation>
    </message>
    <message>
        <source>Open this client</source>
        <translation>Abrir esta ficha</translation>
    </message>
    <message>
        <source>Prefers to be reached by</source>
        <translation>Prefiere que le contacten por</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tallas</translation>
    </message>
    <message>
        <source>e.g. shoe 42, shirt M</source>
        <translation>p. ej. zapato 42, camisa M</translation>
    </message>
    <message>
        <source>Brands they like</source>
        <translation>Marcas que le gustan</translation>
    </message>
    <message>
        <source>Interests and projects</source>
        <translation>Intereses y proyectos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>Keep in touch every (days, 0 = no)</source>
        <translation>Mantener contacto cada (días, 0 = no)</translation>
    </message>
    <message>
        <source>Important dates, one per line</source>
        <translation>Fechas importantes, una por línea</translation>
    </message>
    <message>
        <source>Birthday: 12 April 1985
Shop anniversary: 3 June</source>
        <translation>Cumpleaños: 12 de abril de 1985
Aniversario: 3 de junio</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>You were writing a note for %1 that is not saved yet.</source>
        <translation>Estabas escribiendo una nota para %1 que aún no está guardada.</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Prefiere</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tallas</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener contacto</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Le atiende</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>Seguimientos abiertos (%1)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>+ Follow-up</source>
        <translation>+ Seguimiento</translation>
    </message>
    <message>
        <source>Nothing planned. Add one here, or write a purchase note to be offered an education follow-up.</source>
        <translation>Nada previsto. Añade uno aquí o escribe una nota de compra y se te ofrecerá un seguimiento de formación.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No notes yet: write what they need or what you talked about.</source>
        <translation>Aún no hay notas: escribe lo que necesita o de qué habéis hablado.</translation>
    </message>
    <message>
        <source>Edited on two devices at once · tap to compare and choose</source>
        <translation>Editada en dos dispositivos a la vez · toca para comparar y elegir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This client is no longer here</source>
        <translation>Esta clienta o cliente ya no está</translation>
    </message>
    <message>
        <source>They may have been deleted or erased on another device. Search for them again from the client list.</source>
        <translation>Puede que se haya eliminado o borrado en otro dispositivo. Vuelve a buscarlo en la lista de clientes.</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>Volver a clientes</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Client data</source>
        <translation>Datos de la ficha</translation>
    </message>
    <message>
        <source>Export or erase this client&apos;s data</source>
        <translation>Exportar o borrar los datos de esta ficha</translation>
    </message>
    <message>
        <source>Edit the details of %1</source>
        <translation>Editar los datos de %1</translation>
    </message>
    <message>
        <source>New note: %1</source>
        <translation>Nota nueva: %1</translation>
    </message>
    <message>
        <source>Add a follow-up for %1</source>
        <translation>Añadir un seguimiento para %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Escrita por %1</translation>
    </message>
    <message>
        <source>Edit this %1 note from %2</source>
        <translation>Editar esta nota (%1) del %2</translation>
    </message>
    <message>
        <source>Delete this %1 note from %2</source>
        <translation>Eliminar esta nota (%1) del %2</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search name, phone, email, tag or note</source>
        <translation>Buscar nombre, teléfono, email o nota</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Recently seen</source>
        <translation>Vistos recientemente</translation>
    </message>
    <message>
        <source>No exact match for “%1” — did you mean:</source>
        <translation>Ninguna coincidencia exacta para «%1». ¿Quisiste decir:</translation>
    </message>
    <message>
        <source>Best matches for “%1”</source>
        <translation>Mejores coincidencias para «%1»</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aún no hay clientes</translation>
    </message>
    <message>
        <source>No clients match “%1”. Check the spelling or add them as a new client.</source>
        <translation>Ningún cliente coincide con «%1». Revisa cómo se escribe o añádelo como cliente nuevo.</translation>
    </message>
    <message>
        <source>Add the first client with New client. Everything you write is saved on this tablet right away.</source>
        <translation>Añade el primer cliente con «Cliente nuevo». Todo lo que escribas se guarda al instante en esta tableta.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n coincidencia para «%1»</numerusform>
            <numerusform>%n coincidencias para «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Note settled; the other devices get it at their next sync.</source>
        <translation>Nota resuelta; los demás dispositivos la recibirán en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Edited on two devices at once</source>
        <translation>Editada en dos dispositivos a la vez</translation>
    </message>
    <message>
        <source>This note was changed here and on another device before they synced. Both texts are kept until you choose.</source>
        <translation>Esta nota se cambió aquí y en otro dispositivo antes de sincronizarse. Se conservan ambos textos hasta que elijas.</translation>
    </message>
    <message>
        <source>Text on this device</source>
        <translation>Texto en este dispositivo</translation>
    </message>
    <message>
        <source>Text from the other device (%1)</source>
        <translation>Texto del otro dispositivo (%1)</translation>
    </message>
    <message>
        <source>Text from the other device</source>
        <translation>Texto del otro dispositivo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Quedarme con este</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Quedarme con el otro</translation>
    </message>
    <message>
        <source>Or merge them</source>
        <translation>O combinarlos</translation>
    </message>
    <message>
        <source>%1 more after this one</source>
        <translation>%1 más después de este</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Save merged text</source>
        <translation>Guardar texto combinado</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texto combinado</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Record given</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Withdraw %1 consent</source>
        <translation>Retirar consentimiento: %1</translation>
    </message>
    <message>
        <source>Record %1 consent given</source>
        <translation>Registrar consentimiento dado: %1</translation>
    </message>
</context>
<context>
    <name>DataWipedDialog</name>
    <message>
        <source>Data on this device was removed</source>
        <translation>Se borraron los datos de este dispositivo</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo escrito?</translation>
    </message>
    <message>
        <source>The text in this form has not been saved.</source>
        <translation>El texto de este formulario no se ha guardado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <translation>Consentimiento de contacto</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentimiento publicitario</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tallas</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Fechas importantes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener contacto</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>Tienda habitual</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Le atiende</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Merge undone: both clients are back, each with their own notes.</source>
        <translation>Fusión deshecha: las dos fichas vuelven a estar, cada una con sus notas.</translation>
    </message>
    <message>
        <source>For managers</source>
        <translation>Para encargados</translation>
    </message>
    <message>
        <source>Finding and merging duplicate clients is for managers and admins. Ask your manager if two records are the same person.</source>
        <translation>Buscar y fusionar fichas duplicadas es tarea de encargados y administradores. Pregunta a tu encargado/a si dos fichas son la misma persona.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>No likely duplicates across the chain.</source>
        <translation>No hay posibles duplicados en toda la cadena.</translation>
    </message>
    <message>
        <source>1 pair that may be one person: same phone number, same email, or the same name with a phone or email that looks alike.</source>
        <translation>1 pareja de fichas que puede ser la misma persona: mismo teléfono, mismo email o el mismo nombre con un teléfono o email parecido.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs that may be one person: same phone number, same email, or the same name with a phone or email that looks alike. Best matches first.</source>
        <translation>
            <numerusform>%n pareja de fichas que puede ser la misma persona: mismo teléfono, mismo email o el mismo nombre con un teléfono o email parecido. Las más probables primero.</numerusform>
            <numerusform>%n parejas de fichas que pueden ser la misma persona: mismo teléfono, mismo email o el mismo nombre con un teléfono o email parecido. Las más probables primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>Comparar y fusionar</translation>
    </message>
    <message>
        <source>Compare and merge %1 and %2</source>
        <translation>Comparar y fusionar %1 y %2</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Fusiones recientes</translation>
    </message>
    <message>
        <source>Merges made on this computer appear here; each can be undone for 30 days.</source>
        <translation>Aquí aparecen las fusiones hechas en este ordenador; cada una se puede deshacer durante 30 días.</translation>
    </message>
    <message>
        <source>Made on this computer; each can be undone for 30 days.</source>
        <translation>Hechas en este ordenador; cada una se puede deshacer durante 30 días.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the merge: %1</source>
        <translation>Deshacer la fusión: %1</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Understood as: %1</source>
        <translation>Entendido como: %1</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Add a follow-up</source>
        <translation>Añadir un seguimiento</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation>Escribe un nombre, teléfono o email</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>En 3 días</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>En una semana</translation>
    </message>
    <message>
        <source>In 2 weeks</source>
        <translation>En 2 semanas</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Type the day as YYYY-MM-DD, or pick one above.</source>
        <translation>Escribe el día como AAAA-MM-DD o elige uno arriba.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What to ask or show them</source>
        <translation>Qué preguntar o enseñarle</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Quién hace el seguimiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <source>Change client</source>
        <translation>Cambiar de cliente</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Set the due day</source>
        <translation>Fijar el día de vencimiento</translation>
    </message>
</context>
<context>
    <name>FollowUpOfferDialog</name>
    <message>
        <source>Follow up on this purchase?</source>
        <translation>¿Hacer seguimiento de esta compra?</translation>
    </message>
    <message>
        <source>Note saved, no follow-up.</source>
        <translation>Nota guardada, sin seguimiento.</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Seguimiento añadido para el %1.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Check back to show them how to get the most from what they bought.</source>
        <translation>Vuelve a contactar para enseñarle a sacar el máximo partido a lo que compró.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message numerus="yes">
        <source>day(s) from now · %1</source>
        <comment>after a number of days: the date it comes to</comment>
        <translation>
            <numerusform>día desde hoy · %1</numerusform>
            <numerusform>días desde hoy · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Days from now</source>
        <translation>Días desde hoy</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>%1 · for %2</source>
        <comment>due date, then who does the follow-up</comment>
        <translation>%1 · para %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>How did it go? (optional)</source>
        <translation>¿Cómo fue? (opcional)</translation>
    </message>
    <message>
        <source>e.g. called, loves the new drill</source>
        <translation>p. ej. llamado, encantado con el taladro nuevo</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>En 3 días</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>En una semana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marcar «%1» como hecho</translation>
    </message>
    <message>
        <source>Put “%1” off until later</source>
        <translation>Posponer «%1»</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Cancelar «%1»</translation>
    </message>
</context>
<context>
    <name>FormCheck</name>
    <message>
        <source>Date</source>
        <comment>label of an important date typed without one</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label of an important date, then the problem with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type at least a first or last name so colleagues can find this client.</source>
        <translation>Escribe al menos un nombre o un apellido para que tus compañeros encuentren esta ficha.</translation>
    </message>
    <message>
        <source>The note is empty; write what happened before saving.</source>
        <translation>La nota está vacía; escribe lo que pasó antes de guardar.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since yesterday</source>
        <translation>Vencido desde ayer</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days · %1</source>
        <comment>%1 is the due date</comment>
        <translation>
            <numerusform>Vence en %n día · %1</numerusform>
            <numerusform>Vence en %n días · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Need</source>
        <comment>kind of note: what the client needs</comment>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Conversation</source>
        <comment>kind of note</comment>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>kind of note</comment>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>kind of note: showing how to use what was bought</comment>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>kind of note: goods brought back</comment>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of note</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Associate</source>
        <comment>staff role on the shop floor</comment>
        <translation>Vendedor/a</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>staff role</comment>
        <translation>Encargado/a</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>staff role: administrator</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>keep-in-touch interval</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Cada %n semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import / export</source>
        <translation>Importar / exportar</translation>
    </message>
    <message>
        <source>Only managers and admins import and export the chain&apos;s clients.</source>
        <translation>Solo los encargados y administradores importan y exportan los clientes de la cadena.</translation>
    </message>
    <message>
        <source>Import clients from a CSV file</source>
        <translation>Importar clientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>A header row, then one client per row; comma or semicolon, UTF-8 or your spreadsheet&apos;s encoding. A row with the phone number or email of a client already here updates that client; empty cells change nothing.</source>
        <translation>Una fila de encabezados y luego un cliente por fila; con comas o punto y coma, en UTF-8 o en la codificación de tu hoja de cálculo. Una fila con el teléfono o el email de un cliente que ya existe actualiza esa ficha; las celdas vacías no cambian nada.</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Archivo CSV para importar</translation>
    </message>
    <message>
        <source>Type the file&apos;s path, or drop the file on this page</source>
        <translation>Escribe la ruta del archivo o suéltalo en esta página</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Leer archivo</translation>
    </message>
    <message>
        <source>Read the CSV file to import</source>
        <translation>Leer el archivo CSV para importar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nuevos</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 actualizados</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 sin cambios</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>Motivo o cambios</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Imported: read a file to import more</source>
        <translation>Importado: lee otro archivo para importar más</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Import %1 rows (leave out %2 refused)</source>
        <translation>Importar %1 filas (sin las %2 rechazadas)</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>Importar %1 filas</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>UTF-8 files a spreadsheet opens directly. Clients without marketing consent are marked; the marketing export leaves them out.</source>
        <translation>Archivos UTF-8 que una hoja de cálculo abre directamente. Los clientes sin consentimiento publicitario van marcados; la exportación para publicidad los deja fuera.</translation>
    </message>
    <message>
        <source>Folder exports are saved in</source>
        <translation>Carpeta donde se guardan las exportaciones</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Clients for marketing</source>
        <translation>Clientes para publicidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar: %1</translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>type it like 12 April 1985, or 12 April for every year</source>
        <translation>escríbela como 12 de abril de 1985, o 12 de abril para cada año</translation>
    </message>
    <message>
        <source>“%1” has no month %2; %3.</source>
        <translation>«%1» no tiene mes %2; %3.</translation>
    </message>
    <message>
        <source>%1 %2 had no %3 %1; check the day and the year.</source>
        <comment>%1 month name, %2 year, %3 day: February 2023 had no 29 February</comment>
        <translation>%1 de %2 no tuvo %3 de %1; revisa el día y el año.</translation>
    </message>
    <message>
        <source>%1 has no day %2; check the day and the month.</source>
        <comment>%1 month name, %2 day</comment>
        <translation>%1 no tiene día %2; revisa el día y el mes.</translation>
    </message>
    <message>
        <source>Type a date; %1.</source>
        <translation>Escribe una fecha; %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date this app can read; %2.</source>
        <translation>La app no puede leer «%1» como fecha; %2.</translation>
    </message>
    <message>
        <source>%1, every year</source>
        <comment>a date without a year</comment>
        <translation>%1, cada año</translation>
    </message>
    <message>
        <source>This store records amounts in %1; type the amount in %1 without “%2”.</source>
        <translation>Esta tienda registra los importes en %1; escribe el importe en %1 sin «%2».</translation>
    </message>
    <message>
        <source>An amount cannot be below zero; for money given back, write a Return note.</source>
        <translation>Un importe no puede ser negativo; para dinero devuelto, escribe una nota de devolución.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type it in figures, like 12.50.</source>
        <translation>«%1» no es un importe; escríbelo en cifras, como 12,50.</translation>
    </message>
    <message>
        <source>“%1” has more than two digits after the decimal mark; type it like 12.50.</source>
        <translation>«%1» tiene más de dos decimales; escríbelo como 12,50.</translation>
    </message>
    <message>
        <source>“%1” is too large to be an amount.</source>
        <translation>«%1» es demasiado grande para ser un importe.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The server asks %1 to sign in again with the password.</source>
        <translation>El servidor pide que %1 vuelva a iniciar sesión con la contraseña.</translation>
    </message>
    <message>
        <source>No PIN yet: sign in with your password, then choose one.</source>
        <translation>Aún no hay PIN: inicia sesión con tu contraseña y luego elige uno.</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Escribe tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <translation>Elige tu PIN</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Iniciar sesión como %1</translation>
    </message>
    <message>
        <source>Sign in to this tablet</source>
        <translation>Iniciar sesión en esta tableta</translation>
    </message>
    <message>
        <source>Who is using this tablet?</source>
        <translation>¿Quién usa esta tableta?</translation>
    </message>
    <message>
        <source>Next time, tap your name and type this PIN instead of your password. 4 to 8 digits, kept only on this tablet.</source>
        <translation>La próxima vez, toca tu nombre y escribe este PIN en lugar de tu contraseña. De 4 a 8 cifras, guardado solo en esta tableta.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Escribe tu PIN.</translation>
    </message>
    <message>
        <source>Your password for %1.</source>
        <translation>Tu contraseña para %1.</translation>
    </message>
    <message>
        <source>Tap your name. Notes you write are signed with it.</source>
        <translation>Toca tu nombre. Las notas que escribas llevan tu firma.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Hace falta la contraseña</translation>
    </message>
    <message>
        <source>No PIN yet</source>
        <translation>Aún sin PIN</translation>
    </message>
    <message>
        <source>Someone else? Sign in with your password</source>
        <translation>¿Otra persona? Inicia sesión con tu contraseña</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Forgot PIN? Use password</source>
        <translation>¿Olvidaste el PIN? Usa la contraseña</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Guardar PIN</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Back to the list of people</source>
        <translation>Volver a la lista de personas</translation>
    </message>
    <message>
        <source>Unlock with your PIN</source>
        <translation>Desbloquear con tu PIN</translation>
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
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>%1: %2 %3. Open the list</source>
        <translation>%1: %2 %3. Abrir la lista</translation>
    </message>
    <message>
        <source>Period before: %1</source>
        <translation>Periodo anterior: %1</translation>
    </message>
    <message>
        <source>Period before: counting…</source>
        <translation>Periodo anterior: contando…</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
</context>
<context>
    <name>MeasureListModel</name>
    <message>
        <source>Taught</source>
        <translation>Con formación</translation>
    </message>
    <message>
        <source>Not taught within 7 days</source>
        <translation>Sin formación en 7 días</translation>
    </message>
    <message>
        <source>Need noted first</source>
        <translation>Necesidad anotada antes</translation>
    </message>
    <message>
        <source>No Need noted before</source>
        <translation>Sin necesidad anotada antes</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hecho a tiempo</translation>
    </message>
    <message>
        <source>Late or not done</source>
        <translation>Tarde o sin hacer</translation>
    </message>
    <message>
        <source>Had been before</source>
        <translation>Ya había venido</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Volvió</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <translation>Aún no ha vuelto</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contacto</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Sin contacto</translation>
    </message>
</context>
<context>
    <name>MeasureListPane</name>
    <message>
        <source>Close the list</source>
        <translation>Cerrar la lista</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>%1 records: %2 met, %3 did not</source>
        <translation>%1 registros: %2 cumplen, %3 no</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>Only those that did not</source>
        <translation>Solo los que no cumplen</translation>
    </message>
    <message>
        <source>Open %1: %2, %3</source>
        <translation>Abrir %1: %2, %3</translation>
    </message>
    <message>
        <source>Nothing behind this number</source>
        <translation>No hay nada detrás de esta cifra</translation>
    </message>
    <message>
        <source>No records were counted for this period and scope.</source>
        <translation>No se contó ningún registro para este periodo y ámbito.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge these two records?</source>
        <translation>¿Fusionar estas dos fichas?</translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>Comparar y fusionar</translation>
    </message>
    <message>
        <source>The two records hold the same details. Merging keeps one and moves every note and follow-up to it.</source>
        <translation>Las dos fichas tienen los mismos datos. Al fusionarlas se conserva una y todas las notas y seguimientos pasan a ella.</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field that differs. Every note, follow-up and edit to settle moves to the record kept.</source>
        <translation>Elige qué valor conservar en cada campo que difiere. Todas las notas, seguimientos y ediciones por resolver pasan a la ficha conservada.</translation>
    </message>
    <message>
        <source>The second record is emptied and points to the first; every device gets the merge at its next sync. You can undo it for 30 days from the Duplicates page.</source>
        <translation>La segunda ficha se vacía y remite a la primera; cada dispositivo recibe la fusión en su próxima sincronización. Puedes deshacerla durante 30 días desde la página Duplicados.</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Conservar: %1</translation>
    </message>
    <message>
        <source>Merge in: %1</source>
        <translation>Incorporar: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1: conservar «%2»</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>Conservar la otra ficha</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Conservar la otra ficha en su lugar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Merge now</source>
        <translation>Fusionar ahora</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Fusionar las dos fichas</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note for %1</source>
        <translation>Editar nota de %1</translation>
    </message>
    <message>
        <source>New note for %1</source>
        <translation>Nota nueva para %1</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Esta nota ya no existe.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Check the amount to save</source>
        <translation>Revisa el importe para guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>¿Para qué es?</translation>
    </message>
    <message>
        <source>e.g. hang a heavy picture in the hallway</source>
        <translation>p. ej. colgar un cuadro pesado en el pasillo</translation>
    </message>
    <message>
        <source>Material or context</source>
        <translation>Material o contexto</translation>
    </message>
    <message>
        <source>e.g. old brick wall, rented flat</source>
        <translation>p. ej. pared de ladrillo antigua, piso de alquiler</translation>
    </message>
    <message>
        <source>What do they already have?</source>
        <translation>¿Qué tiene ya?</translation>
    </message>
    <message>
        <source>e.g. a screwdriver set, no drill</source>
        <translation>p. ej. un juego de destornilladores, sin taladro</translation>
    </message>
    <message>
        <source>Temporary or permanent?</source>
        <translation>¿Temporal o permanente?</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>e.g. around 40</source>
        <translation>p. ej. unos 40</translation>
    </message>
    <message>
        <source>What did they buy?</source>
        <translation>¿Qué ha comprado?</translation>
    </message>
    <message>
        <source>What are they bringing back?</source>
        <translation>¿Qué devuelve?</translation>
    </message>
    <message>
        <source>Which product?</source>
        <translation>¿Qué producto?</translation>
    </message>
    <message>
        <source>e.g. wall plugs 6 mm, masonry bit set</source>
        <translation>p. ej. tacos de 6 mm, juego de brocas para pared</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>e.g. 24.90</source>
        <translation>p. ej. 24,90</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation>¿De qué habéis hablado?</translation>
    </message>
    <message>
        <source>Notes on the purchase</source>
        <translation>Notas sobre la compra</translation>
    </message>
    <message>
        <source>What did you show or teach?</source>
        <translation>¿Qué le enseñaste o explicaste?</translation>
    </message>
    <message>
        <source>Why it did not suit them</source>
        <translation>Por qué no le sirvió</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>e.g. too heavy for overhead work; swapped for a lighter model</source>
        <translation>p. ej. demasiado pesado para trabajar en alto; cambiado por un modelo más ligero</translation>
    </message>
    <message>
        <source>Write it as you would tell a colleague</source>
        <translation>Escríbelo como se lo contarías a un compañero</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>Could not create the data folder %1. Choose a folder you can write to (--data-dir).</source>
        <translation>No se pudo crear la carpeta de datos %1. Elige una carpeta en la que se pueda escribir (--data-dir).</translation>
    </message>
    <message>
        <source>There is no staff member with id %1 on this device. Pick a name from the staff list.</source>
        <translation>No hay ningún empleado con id %1 en este dispositivo. Elige un nombre de la lista de personal.</translation>
    </message>
    <message>
        <source>A store needs an id.</source>
        <translation>Una tienda necesita un id.</translation>
    </message>
    <message>
        <source>A staff member needs an id and a name.</source>
        <translation>Un empleado necesita un id y un nombre.</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email so you can find this client again.</source>
        <translation>Escribe un nombre, un teléfono o un email para poder encontrar de nuevo esta ficha.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address (like name@example.com). Correct it or leave it empty.</source>
        <translation>«%1» no parece una dirección de email (como nombre@example.com). Corrígela o déjala vacía.</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces and + ( ) - . /.</source>
        <translation>Un teléfono solo puede tener cifras, espacios y + ( ) - . /.</translation>
    </message>
    <message>
        <source>Keep in touch every 0 to 3650 days (0 means no reminders).</source>
        <translation>Mantener contacto cada 0 a 3650 días (0 significa sin recordatorios).</translation>
    </message>
    <message>
        <source>The preferred channel must be phone, SMS, email or none.</source>
        <translation>El canal preferido debe ser teléfono, SMS, email o ninguno.</translation>
    </message>
    <message>
        <source>Consent is either given or withdrawn.</source>
        <translation>El consentimiento se da o se retira.</translation>
    </message>
    <message>
        <source>This client no longer exists; it may have been deleted on another device.</source>
        <translation>Esta ficha ya no existe; puede que se haya eliminado en otro dispositivo.</translation>
    </message>
    <message>
        <source>This client no longer exists; nothing to delete.</source>
        <translation>Esta ficha ya no existe; no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>The notebook is busy; the conflict was not resolved. Try again.</source>
        <translation>El cuaderno está ocupado; el conflicto no se resolvió. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This conflict is already resolved, or its note was deleted; there is nothing left to choose.</source>
        <translation>Este conflicto ya está resuelto o su nota se eliminó; no queda nada que elegir.</translation>
    </message>
    <message>
        <source>The note of this conflict no longer exists.</source>
        <translation>La nota de este conflicto ya no existe.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can choose its text.</source>
        <translation>Solo %1, que escribió esta nota, puede elegir su texto.</translation>
    </message>
    <message>
        <source>The chosen text is empty. Keep one of the two versions or write the merged text.</source>
        <translation>El texto elegido está vacío. Quédate con una de las dos versiones o escribe el texto combinado.</translation>
    </message>
    <message>
        <source>This client no longer exists; the follow-up was not saved.</source>
        <translation>Esta ficha ya no existe; el seguimiento no se guardó.</translation>
    </message>
    <message>
        <source>Pick the day to follow up.</source>
        <translation>Elige el día del seguimiento.</translation>
    </message>
    <message>
        <source>Say why you will follow up, so whoever picks it up knows what to do.</source>
        <translation>Explica por qué harás el seguimiento, para que quien lo retome sepa qué hacer.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Este seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>Snooze for 1 to 365 days.</source>
        <translation>Pospón entre 1 y 365 días.</translation>
    </message>
    <message>
        <source>This follow-up is already finished; add a new one instead.</source>
        <translation>Este seguimiento ya está terminado; añade uno nuevo.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists, so there is nothing to undo.</source>
        <translation>Este seguimiento ya no existe, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>The note is empty. Write what happened before saving.</source>
        <translation>La nota está vacía. Escribe lo que pasó antes de guardar.</translation>
    </message>
    <message>
        <source>The amount cannot be negative; record a refund as a Return note.</source>
        <translation>El importe no puede ser negativo; registra un reembolso como nota de devolución.</translation>
    </message>
    <message>
        <source>A need is either temporary or permanent.</source>
        <translation>Una necesidad es temporal o permanente.</translation>
    </message>
    <message>
        <source>Choose who you are in Settings before writing notes, so each note shows who wrote it.</source>
        <translation>Elige quién eres en Ajustes antes de escribir notas, para que cada nota muestre quién la escribió.</translation>
    </message>
    <message>
        <source>This client no longer exists; the note was not saved.</source>
        <translation>Esta ficha ya no existe; la nota no se guardó.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can change it.</source>
        <translation>Solo %1, que escribió esta nota, puede cambiarla.</translation>
    </message>
    <message>
        <source>This note no longer exists; it may have been deleted.</source>
        <translation>Esta nota ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>This note no longer exists; nothing to delete.</source>
        <translation>Esta nota ya no existe; no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this note, can bring it back.</source>
        <translation>Solo %1, que escribió esta nota, puede recuperarla.</translation>
    </message>
    <message>
        <source>same phone number</source>
        <comment>why a client may be a duplicate</comment>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same email</source>
        <comment>why a client may be a duplicate</comment>
        <translation>mismo email</translation>
    </message>
    <message>
        <source>similar name</source>
        <comment>why a client may be a duplicate</comment>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>what they bought</source>
        <comment>stands in for the items of a purchase note</comment>
        <translation>lo que compró</translation>
    </message>
    <message>
        <source>Ask how they are getting on with: %1. Show them how to get the most from it.</source>
        <translation>Pregunta qué tal le va con: %1. Enséñale a sacarle el máximo partido.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Whose measures</source>
        <translation>Ámbito de los indicadores</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>Desde – hasta…</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the chosen period</source>
        <translation>Mostrar el periodo elegido</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>Notes written in the period</source>
        <translation>Notas escritas en el periodo</translation>
    </message>
    <message>
        <source>%1 notes: %2. Open the list</source>
        <translation>Notas de tipo %1: %2. Abrir la lista</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>Notas de tipo %1</translation>
    </message>
    <message>
        <source>Notes of this kind written in the period</source>
        <translation>Notas de este tipo escritas en el periodo</translation>
    </message>
    <message>
        <source>By store</source>
        <translation>Por tienda</translation>
    </message>
    <message>
        <source>By associate</source>
        <translation>Por vendedor/a</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1, %2: %3. Open the list</source>
        <translation>%1, %2: %3. Abrir la lista</translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <source>Need understood before a purchase</source>
        <translation>Necesidad entendida antes de la compra</translation>
    </message>
    <message>
        <source>Purchases, those without a Need note in the 30 days before first</source>
        <translation>Compras; primero las que no tienen nota de necesidad en los 30 días anteriores</translation>
    </message>
    <message>
        <source>Need first</source>
        <translation>Necesidad antes</translation>
    </message>
    <message>
        <source>Purchases taught within 7 days</source>
        <translation>Compras con formación en 7 días</translation>
    </message>
    <message>
        <source>Purchases at least 7 days old, those not taught first</source>
        <translation>Compras de hace al menos 7 días; primero las que no tuvieron formación</translation>
    </message>
    <message>
        <source>Taught</source>
        <translation>Con formación</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>Seguimientos hechos a tiempo</translation>
    </message>
    <message>
        <source>Follow-ups due in the period, the late or missed ones first</source>
        <translation>Seguimientos que vencen en el periodo; primero los tardíos o no hechos</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Follow-ups overdue now</source>
        <translation>Seguimientos vencidos ahora</translation>
    </message>
    <message>
        <source>Open or snoozed follow-ups past their due date</source>
        <translation>Seguimientos abiertos o pospuestos cuya fecha ya ha pasado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Clients seen who had been before</source>
        <translation>Clientes atendidos que ya habían venido</translation>
    </message>
    <message>
        <source>Clients seen in the period, first-time visitors first</source>
        <translation>Clientes atendidos en el periodo; primero los de primera visita</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Recurrentes</translation>
    </message>
    <message>
        <source>Returns followed by another visit</source>
        <translation>Devoluciones seguidas de otra visita</translation>
    </message>
    <message>
        <source>Returns, those not followed by a visit first</source>
        <translation>Devoluciones; primero las que no tuvieron otra visita</translation>
    </message>
    <message>
        <source>Back after return</source>
        <translation>Vuelven tras devolución</translation>
    </message>
    <message>
        <source>Clients in touch</source>
        <translation>Clientes en contacto</translation>
    </message>
    <message>
        <source>Clients of the book, those out of touch first</source>
        <translation>Clientes de la cartera; primero los que están sin contacto</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contacto</translation>
    </message>
    <message>
        <source>Clients added</source>
        <translation>Clientes añadidos</translation>
    </message>
    <message>
        <source>Clients created in the period</source>
        <translation>Clientes creados en el periodo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Un PIN solo tiene cifras.</translation>
    </message>
</context>
<context>
    <name>PushBatch</name>
    <message>
        <source>This change is %1 KB, more than the %2 KB the server accepts in one request.</source>
        <translation>Este cambio ocupa %1 KB, más de los %2 KB que el servidor acepta en una petición.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Pick what kind of note this is: need, conversation, purchase, education, return or other.</source>
        <translation>Elige qué tipo de nota es: necesidad, conversación, compra, formación, devolución u otro.</translation>
    </message>
    <message>
        <source>The note is empty; write what happened before saving.</source>
        <translation>La nota está vacía; escribe lo que pasó antes de guardar.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Who is using this tablet</source>
        <translation>Quién usa esta tableta</translation>
    </message>
    <message>
        <source>Every note you write is signed with this name.</source>
        <translation>Cada nota que escribas lleva este nombre.</translation>
    </message>
    <message>
        <source>No staff on this tablet yet. Add your name when asked who is using the tablet, or sign in once sync is set up.</source>
        <translation>Aún no hay personal en esta tableta. Añade tu nombre cuando se te pregunte quién usa la tableta, o inicia sesión cuando la sincronización esté configurada.</translation>
    </message>
    <message>
        <source>People on this tablet</source>
        <translation>Personas en esta tableta</translation>
    </message>
    <message>
        <source>Each person signs in once with their password, then switches back with their PIN. Every note is signed by the person using the tablet.</source>
        <translation>Cada persona inicia sesión una vez con su contraseña y luego vuelve con su PIN. Cada nota lleva el nombre de quien usa la tableta.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>Must sign in again</source>
        <translation>Debe volver a iniciar sesión</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN configurado</translation>
    </message>
    <message>
        <source>No PIN yet</source>
        <translation>Aún sin PIN</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>Cambiar de persona</translation>
    </message>
    <message>
        <source>Sign me out of this tablet</source>
        <translation>Cerrar mi sesión en esta tableta</translation>
    </message>
    <message>
        <source>Change your PIN</source>
        <translation>Cambiar tu PIN</translation>
    </message>
    <message>
        <source>Choose your PIN</source>
        <translation>Elige tu PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>De 4 a 8 cifras</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Otra vez lo mismo</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Guardar PIN</translation>
    </message>
    <message>
        <source>PIN saved. Use it to switch back to yourself.</source>
        <translation>PIN guardado. Úsalo para volver a tu sesión.</translation>
    </message>
    <message>
        <source>Lock the tablet after</source>
        <translation>Bloquear la tableta tras</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation>
            <numerusform>%n minuto sin uso</numerusform>
            <numerusform>%n minutos sin uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of this app on this device</source>
        <translation>Idioma de la app en este dispositivo</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not signed in: everything stays on this device</source>
        <translation>Sin sesión: todo se queda en este dispositivo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Detalles de sincronización</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Iniciar sesión para sincronizar</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ocultar detalles técnicos</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>F1 or ?</source>
        <translation>F1 o ?</translation>
    </message>
    <message>
        <source>Show this list of keys</source>
        <translation>Mostrar esta lista de teclas</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Abajo, Arriba</translation>
    </message>
    <message>
        <source>In the search or the client list: move through the clients found</source>
        <translation>En la búsqueda o la lista de clientes: moverse por los clientes encontrados</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the search or the client list: open the client picked (the first one when none is)</source>
        <translation>En la búsqueda o la lista de clientes: abrir el cliente seleccionado (el primero si no hay ninguno)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Empty the search; with nothing typed, go back</source>
        <translation>Vaciar la búsqueda; si no hay nada escrito, volver atrás</translation>
    </message>
    <message>
        <source>Escape, Alt+Left</source>
        <translation>Escape, Alt+Izquierda</translation>
    </message>
    <message>
        <source>Go back to where you were (Clients or Today)</source>
        <translation>Volver a donde estabas (Clientes u Hoy)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Pasar al control siguiente o al anterior</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Press the button or choice that has the keyboard</source>
        <translation>Pulsar el botón o la opción que tiene el foco del teclado</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Espacio</translation>
    </message>
    <message>
        <source>On a client&apos;s name in Today: open the client</source>
        <translation>Sobre el nombre de un cliente en Hoy: abrir su ficha</translation>
    </message>
    <message>
        <source>In a one-line field of a form: save the form</source>
        <translation>En un campo de una sola línea de un formulario: guardar el formulario</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>In a note, client or follow-up form: save it</source>
        <translation>En un formulario de nota, cliente o seguimiento: guardarlo</translation>
    </message>
    <message>
        <source>In a form: close it (it asks before typed text is lost)</source>
        <translation>En un formulario: cerrarlo (pregunta antes de perder el texto escrito)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Or press Escape</source>
        <translation>O pulsa Escape</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Signed in. Your notes now reach every device of %1.</source>
        <translation>Sesión iniciada. Tus notas llegan ahora a todos los dispositivos de %1.</translation>
    </message>
    <message>
        <source>your stores</source>
        <translation>tus tiendas</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Iniciar sesión para sincronizar</translation>
    </message>
    <message>
        <source>Signing in shares clients and notes with the other tablets and desktops of your stores. You do not have to: without signing in, everything stays on this device and keeps working.</source>
        <translation>Al iniciar sesión compartes clientes y notas con las demás tabletas y ordenadores de tus tiendas. No es obligatorio: sin iniciar sesión, todo se queda en este dispositivo y sigue funcionando.</translation>
    </message>
    <message>
        <source>This device is signed in as %1 at %2.</source>
        <translation>Este dispositivo tiene sesión iniciada como %1 en %2.</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Detalles de sincronización</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Your login, e.g. sam</source>
        <translation>Tu usuario, p. ej. sam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Keep working on this device only</source>
        <translation>Seguir trabajando solo en este dispositivo</translation>
    </message>
    <message>
        <source>After signing in, this device keeps its sign-in (not your password) in: %1</source>
        <translation>Tras iniciar sesión, este dispositivo guarda su acceso (no tu contraseña) en: %1</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Changes not sent</source>
        <translation>Cambios sin enviar</translation>
    </message>
    <message>
        <source>Sign out of sync?</source>
        <translation>¿Cerrar la sesión de sincronización?</translation>
    </message>
    <message>
        <source>1 change could not be sent (%1). Sign out anyway and lose it?</source>
        <translation>1 cambio no se pudo enviar (%1). ¿Cerrar sesión de todos modos y perderlo?</translation>
    </message>
    <message numerus="yes">
        <source>%n changes could not be sent (%1). Sign out anyway and lose them?</source>
        <translation>
            <numerusform>%n cambio no se pudo enviar (%1). ¿Cerrar sesión de todos modos y perderlo?</numerusform>
            <numerusform>%n cambios no se pudieron enviar (%1). ¿Cerrar sesión de todos modos y perderlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting changes are sent first. Then this device&apos;s copy of the clients and notes is removed; they stay on the server for your colleagues.</source>
        <translation>Primero se envían los cambios pendientes. Después se borra la copia de clientes y notas de este dispositivo; en el servidor se quedan para tus compañeros.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Cerrar sesión igualmente</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Who is using this tablet?</source>
        <translation>¿Quién usa esta tableta?</translation>
    </message>
    <message>
        <source>Your name goes on every note you write.</source>
        <translation>Tu nombre aparece en cada nota que escribas.</translation>
    </message>
    <message>
        <source>No staff list on this tablet yet. Type your name to start; your manager can link it to your account when sync is set up.</source>
        <translation>Aún no hay lista de personal en esta tableta. Escribe tu nombre para empezar; tu encargado podrá vincularlo a tu cuenta cuando se configure la sincronización.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Or sign in to your company&apos;s Rapport server</source>
        <translation>O inicia sesión en el servidor Rapport de tu empresa</translation>
    </message>
    <message>
        <source>%1 (using this tablet now)</source>
        <translation>%1 (usa ahora esta tableta)</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>“%1” is not a server address; it looks like https://rapport.example.com</source>
        <translation>«%1» no es una dirección de servidor; tiene esta forma: https://rapport.example.com</translation>
    </message>
    <message>
        <source>Wrong password, or no such login on this server. Check both and try again.</source>
        <translation>Contraseña incorrecta o usuario inexistente en este servidor. Revisa ambos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”, or no such login on this server. Check both and try again.</source>
        <translation>Contraseña incorrecta para «%1» o usuario inexistente en este servidor. Revisa ambos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts for %1; wait a minute and try again</source>
        <translation>Demasiados intentos de inicio de sesión para %1; espera un minuto y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>This device holds the data of %1. Sign in with an account of %1, or sign out first to remove it.</source>
        <translation>Este dispositivo contiene los datos de %1. Inicia sesión con una cuenta de %1 o cierra la sesión antes para borrarlos.</translation>
    </message>
    <message>
        <source>Server not reachable — you can keep working offline once signed in. Check the address and that this device is on the store network.</source>
        <translation>Servidor no disponible: cuando hayas iniciado sesión podrás seguir trabajando sin conexión. Revisa la dirección y que este dispositivo esté en la red de la tienda.</translation>
    </message>
    <message>
        <source>Server not reachable — you can keep working offline</source>
        <translation>Servidor no disponible: puedes seguir trabajando sin conexión</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1); Rapport will not send data to it. Ask your administrator.</source>
        <translation>No se pudo verificar el certificado del servidor (%1); Rapport no le enviará datos. Pregunta a tu administrador.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>El servidor rechazó la petición (%1).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>Your session ended after a long time without use. Sign in again: the changes on this device are kept and will be sent.</source>
        <translation>Tu sesión terminó tras mucho tiempo sin uso. Vuelve a iniciar sesión: los cambios de este dispositivo se conservan y se enviarán.</translation>
    </message>
    <message>
        <source>The server asks you to sign in again. The changes on this device are kept and will be sent once you do.</source>
        <translation>El servidor te pide que vuelvas a iniciar sesión. Los cambios de este dispositivo se conservan y se enviarán cuando lo hagas.</translation>
    </message>
    <message>
        <source>This device was signed out by the server (revoked or expired); its local data has been removed. Sign in again to continue.</source>
        <translation>El servidor cerró la sesión de este dispositivo (revocada o caducada); sus datos locales se han borrado. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>The server sent a change this app cannot read; nothing from it was applied. Ask your administrator to check the server version.</source>
        <translation>El servidor envió un cambio que esta app no puede leer; no se aplicó nada. Pide a tu administrador que revise la versión del servidor.</translation>
    </message>
    <message>
        <source>Changes by a colleague wait until they sign in again on this device.</source>
        <translation>Los cambios de un compañero esperan hasta que vuelva a iniciar sesión en este dispositivo.</translation>
    </message>
    <message>
        <source>Changes by %1 wait until %1 signs in again on this device.</source>
        <translation>Los cambios de %1 esperan hasta que %1 vuelva a iniciar sesión en este dispositivo.</translation>
    </message>
    <message>
        <source>The server did not accept the waiting changes; they stay on this device and will be sent again.</source>
        <translation>El servidor no aceptó los cambios pendientes; se quedan en este dispositivo y se volverán a enviar.</translation>
    </message>
    <message>
        <source>The server asked for a full resync, but changes are still waiting.</source>
        <translation>El servidor pidió una resincronización completa, pero aún hay cambios pendientes.</translation>
    </message>
    <message>
        <source>Could not store changes from the server: %1</source>
        <translation>No se pudieron guardar los cambios del servidor: %1</translation>
    </message>
    <message>
        <source>The server refused a merge of two clients: only a manager or an admin can merge clients or undo a merge. The merge stays on this device only; ask a manager to merge them.</source>
        <translation>El servidor rechazó la fusión de dos fichas: solo un encargado o un administrador puede fusionar fichas o deshacer una fusión. La fusión se queda solo en este dispositivo; pide a un encargado que las fusione.</translation>
    </message>
    <message>
        <source>The server refused to erase a client: only a manager or an admin can erase a client. The client is still on the server and will come back; ask a manager.</source>
        <translation>El servidor rechazó borrar una ficha: solo un encargado o un administrador puede borrar fichas. La ficha sigue en el servidor y volverá; pregunta a un encargado.</translation>
    </message>
    <message>
        <source>The server refused a change (%1).</source>
        <translation>El servidor rechazó un cambio (%1).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Sign in again to keep syncing</source>
        <translation>Vuelve a iniciar sesión para seguir sincronizando</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>They stay on this device only. Last reason: %1</source>
        <translation>Se quedan solo en este dispositivo. Último motivo: %1</translation>
    </message>
    <message>
        <source>This device is not signed in</source>
        <translation>Este dispositivo no tiene sesión iniciada</translation>
    </message>
    <message>
        <source>Clients and notes are kept on this device only. Sign in to share them with the other tablets and desktops of your stores.</source>
        <translation>Los clientes y las notas se guardan solo en este dispositivo. Inicia sesión para compartirlos con las demás tabletas y ordenadores de tus tiendas.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No connection to the server. Keep working: everything is saved on this device and is sent when the connection is back.</source>
        <translation>Sin conexión con el servidor. Sigue trabajando: todo se guarda en este dispositivo y se envía cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión de</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Pendiente de enviar</translation>
    </message>
    <message>
        <source>Nothing, all sent</source>
        <translation>Nada, todo enviado</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sign-in kept in</source>
        <translation>Acceso guardado en</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent</source>
        <translation>
            <numerusform>%n cambio no se pudo enviar</numerusform>
            <numerusform>%n cambios no se pudieron enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Ocultar detalles técnicos</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Every client can already be found and opened; note text becomes searchable as indexing goes on.</source>
        <translation>Ya se puede encontrar y abrir a cada cliente; el texto de las notas se podrá buscar a medida que avanza la indexación.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>In touch</source>
        <translation>En contacto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Última nota</translation>
    </message>
    <message>
        <source>%1, %2 clients, %3 in touch, %4 overdue follow-ups. Show the book</source>
        <translation>%1, %2 clientes, %3 en contacto, %4 seguimientos vencidos. Mostrar la cartera</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Vendedor/a</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Encargado/a</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>%1&apos;s book</source>
        <translation>Cartera de %1</translation>
    </message>
    <message>
        <source>Hand over %1 chosen…</source>
        <translation>Traspasar %1 elegidos…</translation>
    </message>
    <message>
        <source>Hand over chosen…</source>
        <translation>Traspasar elegidos…</translation>
    </message>
    <message>
        <source>Hand over the whole book…</source>
        <translation>Traspasar toda la cartera…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Choose %1 for the handover</source>
        <translation>Elegir a %1 para el traspaso</translation>
    </message>
    <message>
        <source>No clients in this book</source>
        <translation>No hay clientes en esta cartera</translation>
    </message>
    <message>
        <source>Choose someone of the team</source>
        <translation>Elige a alguien del equipo</translation>
    </message>
    <message>
        <source>Their book opens here: each client one click from their page. Clients can be handed over to another associate, a few or the whole book.</source>
        <translation>Aquí se abre su cartera: cada cliente, a un clic de su ficha. Los clientes se pueden traspasar a otro vendedor o vendedora: unos pocos o toda la cartera.</translation>
    </message>
    <message>
        <source>Hand over %1&apos;s whole book</source>
        <translation>Traspasar toda la cartera de %1</translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n client(s)</source>
        <translation>
            <numerusform>Traspasar %n cliente</numerusform>
            <numerusform>Traspasar %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client of %1 goes to the associate you choose. Each client&apos;s timeline gets a note of the handover.</source>
        <translation>Todos los clientes de %1 pasan al vendedor o vendedora que elijas. El historial de cada cliente recibe una nota del traspaso.</translation>
    </message>
    <message>
        <source>The chosen clients go to the associate you choose. Each client&apos;s timeline gets a note of the handover.</source>
        <translation>Los clientes elegidos pasan al vendedor o vendedora que elijas. El historial de cada cliente recibe una nota del traspaso.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Choose who takes them over</source>
        <translation>Elige quién se hace cargo</translation>
    </message>
    <message>
        <source>Who takes the clients over</source>
        <translation>Quién se hace cargo de los clientes</translation>
    </message>
    <message>
        <source>A word for them (optional)</source>
        <translation>Unas palabras (opcional)</translation>
    </message>
    <message>
        <source>e.g. Sam has moved to the Northgate store</source>
        <translation>p. ej. Sam se ha ido a la tienda de Northgate</translation>
    </message>
    <message>
        <source>Reason for the handover</source>
        <translation>Motivo del traspaso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the handover</source>
        <translation>Cancelar el traspaso</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <source>Hand the clients over</source>
        <translation>Traspasar los clientes</translation>
    </message>
    <message>
        <source>Choose who takes the clients over.</source>
        <translation>Elige quién se hace cargo de los clientes.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>+ Follow-up</source>
        <translation>+ Seguimiento</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>My store</source>
        <translation>Mi tienda</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show %1 follow-ups</source>
        <translation>Mostrar seguimientos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to do in the next two weeks</source>
        <translation>
            <numerusform>%n pendiente en las próximas dos semanas</numerusform>
            <numerusform>%n pendientes en las próximas dos semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue.</source>
        <translation>
            <numerusform>, %n vencido.</numerusform>
            <numerusform>, %n vencidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation>Nada que seguir</translation>
    </message>
    <message>
        <source>Nothing of yours is due in the next two weeks. &quot;My store&quot; and &quot;Everyone&quot; above show your colleagues&apos; follow-ups.</source>
        <translation>No tienes nada pendiente en las próximas dos semanas. «Mi tienda» y «Todos» arriba muestran los seguimientos de tus compañeros.</translation>
    </message>
    <message>
        <source>No follow-ups are due in the next two weeks. After a purchase, accept the education follow-up and it will show up here.</source>
        <translation>No hay seguimientos en las próximas dos semanas. Tras una compra, acepta el seguimiento de formación y aparecerá aquí.</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Añadir un seguimiento</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No weeks to show yet</source>
        <translation>Aún no hay semanas que mostrar</translation>
    </message>
    <message>
        <source>Last 12 weeks, from %1 to %2</source>
        <translation>Últimas 12 semanas, del %1 al %2</translation>
    </message>
</context>
<context>
    <name>rapport::SyncEngine</name>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>This device was offline too long and reloaded everything from the server.</source>
        <translation>Este dispositivo estuvo demasiado tiempo sin conexión y volvió a cargarlo todo del servidor.</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>Signed out; the local data was removed from this device.</source>
        <translation>Sesión cerrada; los datos locales se borraron de este dispositivo.</translation>
    </message>
    <message>
        <source>Sign in with your password first; then choose your PIN.</source>
        <translation>Primero inicia sesión con tu contraseña; luego elige tu PIN.</translation>
    </message>
    <message>
        <source>The PIN could not be stored on this device.</source>
        <translation>No se pudo guardar el PIN en este dispositivo.</translation>
    </message>
    <message>
        <source>1 change of %1 has not reached the server yet. Sync first, then sign out.</source>
        <translation>1 cambio de %1 aún no ha llegado al servidor. Sincroniza primero y luego cierra la sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of %1 have not reached the server yet. Sync first, then sign out.</source>
        <translation>
            <numerusform>%n cambio de %1 aún no ha llegado al servidor. Sincroniza primero y luego cierra la sesión.</numerusform>
            <numerusform>%n cambios de %1 aún no han llegado al servidor. Sincroniza primero y luego cierra la sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a server to see the activity trail.</source>
        <translation>Inicia sesión en un servidor para ver el registro de actividad.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ActivityModel</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation>Reasignación</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Cambio de rol</translation>
    </message>
    <message>
        <source>Store change</source>
        <translation>Cambio de tienda</translation>
    </message>
    <message>
        <source>Deactivation</source>
        <translation>Desactivación</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>Device revoked</source>
        <translation>Dispositivo revocado</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Not fetched from the server yet.</source>
        <translation>Aún no se ha cargado del servidor.</translation>
    </message>
    <message>
        <source>As the server had it at %1.</source>
        <translation>Según estaba en el servidor el %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BookModel</name>
    <message>
        <source>Not seen yet</source>
        <translation>Aún no visto</translation>
    </message>
    <message>
        <source>Seen %1</source>
        <translation>Visto %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientCard</name>
    <message>
        <source>Not asked yet</source>
        <comment>consent</comment>
        <translation>Sin preguntar</translation>
    </message>
    <message>
        <source>Given %1 by %2</source>
        <comment>consent; %1 date, %2 colleague</comment>
        <translation>Dado el %1 por %2</translation>
    </message>
    <message>
        <source>Withdrawn %1 by %2</source>
        <comment>consent; %1 date, %2 colleague</comment>
        <translation>Retirado el %1 por %2</translation>
    </message>
    <message>
        <source>Given %1</source>
        <comment>consent; %1 date</comment>
        <translation>Dado el %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <comment>consent; %1 date</comment>
        <translation>Retirado el %1</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <comment>consent; %1 colleague</comment>
        <translation>Dado por %1</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <comment>consent; %1 colleague</comment>
        <translation>Retirado por %1</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>consent</comment>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>consent</comment>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>%1, every year</source>
        <comment>an important date without a year</comment>
        <translation>%1, cada año</translation>
    </message>
    <message>
        <source>Not seen yet: add a note when you talk with them.</source>
        <translation>Aún no visto: añade una nota cuando habléis.</translation>
    </message>
    <message>
        <source>Last seen %1 by %2 at the %3 store</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Visto por última vez %1 por %2 en la tienda %3</translation>
    </message>
    <message>
        <source>Last seen %1 by %2</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Visto por última vez %1 por %2</translation>
    </message>
    <message>
        <source>Last seen %1 at the %2 store</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Visto por última vez %1 en la tienda %2</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Visto por última vez %1</translation>
    </message>
    <message>
        <source>Client since %1</source>
        <translation>Cliente desde el %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientData</name>
    <message>
        <source>Only a manager or an admin can export a client&apos;s data.</source>
        <translation>Solo un encargado o un administrador puede exportar los datos de una ficha.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name exactly as shown to erase them.</source>
        <translation>Escribe el nombre exactamente como aparece para borrar la ficha.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientListModel</name>
    <message>
        <source>Seen %1</source>
        <comment>%1 is &apos;today&apos;, &apos;yesterday&apos; or &apos;12 days ago&apos;</comment>
        <translation>Visto %1</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Aún no visto</translation>
    </message>
    <message>
        <source>%1. %2. No open follow-ups.</source>
        <comment>client row read by a screen reader</comment>
        <translation>%1. %2. Sin seguimientos abiertos.</translation>
    </message>
    <message>
        <source>%1. %2. 1 open follow-up.</source>
        <comment>client row read by a screen reader</comment>
        <translation>%1. %2. 1 seguimiento abierto.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n open follow-ups.</source>
        <comment>client row read by a screen reader</comment>
        <translation>
            <numerusform>%1. %2. %n seguimiento abierto.</numerusform>
            <numerusform>%1. %2. %n seguimientos abiertos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::DuplicatePairModel</name>
    <message>
        <source>same phone number</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo email</translation>
    </message>
    <message>
        <source>same name, phone ends alike</source>
        <translation>mismo nombre, teléfono con el mismo final</translation>
    </message>
    <message>
        <source>same name, similar email</source>
        <translation>mismo nombre, email parecido</translation>
    </message>
    <message>
        <source>given</source>
        <translation>dado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 fusionado en %2.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportExport</name>
    <message>
        <source>%1 rows · %2 · separated by %3</source>
        <translation>%1 filas · %2 · separado por %3</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <source>Check which field each column holds, then look at the dry run.</source>
        <translation>Comprueba qué campo contiene cada columna y luego revisa la simulación.</translation>
    </message>
    <message>
        <source>Dry run: nothing is saved until you press Import.</source>
        <translation>Simulación: no se guarda nada hasta que pulses Importar.</translation>
    </message>
    <message>
        <source>Only managers and admins import clients.</source>
        <translation>Solo los encargados y administradores importan clientes.</translation>
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
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MeasureListModel</name>
    <message>
        <source>No note yet</source>
        <translation>Aún sin notas</translation>
    </message>
    <message>
        <source>Last note %1</source>
        <translation>Última nota %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::OverviewReport</name>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>Counting the period…</source>
        <translation>Contando el periodo…</translation>
    </message>
    <message>
        <source>Counting the period before…</source>
        <translation>Contando el periodo anterior…</translation>
    </message>
    <message>
        <source>Drawing the last 12 weeks: week %1 of %2…</source>
        <translation>Dibujando las últimas 12 semanas: semana %1 de %2…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Tienda: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RecentMergeModel</name>
    <message>
        <source>1 note moved</source>
        <translation>1 nota movida</translation>
    </message>
    <message numerus="yes">
        <source>%n notes moved</source>
        <translation>
            <numerusform>%n nota movida</numerusform>
            <numerusform>%n notas movidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 into %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source>%1, undone %2</source>
        <translation>%1, deshecha %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::Session</name>
    <message>
        <source>Show mine, my store or everyone.</source>
        <translation>Muestra míos, mi tienda o todos.</translation>
    </message>
    <message>
        <source>On this tablet each person signs in with their own password. Use Switch person, then sign in or type your PIN.</source>
        <translation>En esta tableta cada persona inicia sesión con su propia contraseña. Usa «Cambiar de persona» y luego inicia sesión o escribe tu PIN.</translation>
    </message>
    <message>
        <source>Type your name so your notes are signed.</source>
        <translation>Escribe tu nombre para que tus notas lleven tu firma.</translation>
    </message>
    <message>
        <source>This store</source>
        <comment>name of the one store of a tablet used without a server</comment>
        <translation>Esta tienda</translation>
    </message>
    <message>
        <source>Consent is either given or withdrawn.</source>
        <translation>El consentimiento se da o se retira.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; choose contact or marketing.</source>
        <translation>Consentimiento desconocido «%1»; elige contact o marketing.</translation>
    </message>
    <message>
        <source>This client no longer exists; the consent was not recorded.</source>
        <translation>Esta ficha ya no existe; el consentimiento no se registró.</translation>
    </message>
    <message>
        <source>Contact consent withdrawn.</source>
        <translation>Consentimiento de contacto retirado.</translation>
    </message>
    <message>
        <source>Contact consent recorded as given.</source>
        <translation>Consentimiento de contacto registrado como dado.</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn.</source>
        <translation>Consentimiento publicitario retirado.</translation>
    </message>
    <message>
        <source>Marketing consent recorded as given.</source>
        <translation>Consentimiento publicitario registrado como dado.</translation>
    </message>
    <message>
        <source>Choose who is using this tablet in Settings first; every note is signed.</source>
        <translation>Elige primero en Ajustes quién usa esta tableta; cada nota lleva firma.</translation>
    </message>
    <message>
        <source>This note no longer exists; it may have been deleted on another tablet.</source>
        <translation>Esta nota ya no existe; puede que se haya eliminado en otra tableta.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when the other text was written: date, time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The note would be empty; keep one of the texts or write the merge.</source>
        <translation>La nota quedaría vacía; quédate con uno de los textos o escribe la combinación.</translation>
    </message>
    <message>
        <source>The purchase note is gone, so the follow-up was not added.</source>
        <translation>La nota de compra ya no está, así que no se añadió el seguimiento.</translation>
    </message>
    <message>
        <source>Only purchases come with an education follow-up.</source>
        <translation>Solo las compras llevan un seguimiento de formación.</translation>
    </message>
    <message>
        <source>Pick the day to follow up, for example %1.</source>
        <translation>Elige el día del seguimiento, por ejemplo el %1.</translation>
    </message>
    <message>
        <source>Pick the client to follow up.</source>
        <translation>Elige el cliente del seguimiento.</translation>
    </message>
    <message>
        <source>The chosen colleague is not on this device&apos;s staff list; pick another.</source>
        <translation>El compañero elegido no está en la lista de personal de este dispositivo; elige otro.</translation>
    </message>
    <message>
        <source>Pick the day to follow up.</source>
        <translation>Elige el día del seguimiento.</translation>
    </message>
    <message>
        <source>Say why to follow up, so whoever does it knows what to ask.</source>
        <translation>Explica el motivo del seguimiento, para que quien lo haga sepa qué preguntar.</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Seguimiento añadido para el %1.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Este seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>Choose who is using this tablet first; a finished follow-up is signed.</source>
        <translation>Elige primero quién usa esta tableta; un seguimiento terminado lleva firma.</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <comment>a line in the client&apos;s history; %1 the reason</comment>
        <translation>Seguimiento hecho: %1</translation>
    </message>
    <message>
        <source>Follow-up done: %1
Outcome: %2</source>
        <comment>a line in the client&apos;s history</comment>
        <translation>Seguimiento hecho: %1
Resultado: %2</translation>
    </message>
    <message>
        <source>Done. The next keep-in-touch is planned from their interval.</source>
        <translation>Hecho. El próximo contacto se planifica según su intervalo.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Seguimiento hecho.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Pospuesto hasta el %1.</translation>
    </message>
    <message>
        <source>Follow-up cancelled.</source>
        <translation>Seguimiento cancelado.</translation>
    </message>
    <message>
        <source>1 client handed over to %1.</source>
        <translation>1 cliente traspasado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients handed over to %1.</source>
        <translation>
            <numerusform>%n cliente traspasado a %1.</numerusform>
            <numerusform>%n clientes traspasados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s book (%n clients) handed over to %2.</source>
        <translation>
            <numerusform>Cartera de %1 (%n cliente) traspasada a %2.</numerusform>
            <numerusform>Cartera de %1 (%n clientes) traspasada a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::SyncStatus</name>
    <message>
        <source>Sign in again · %1</source>
        <translation>Vuelve a iniciar sesión · %1</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Vuelve a iniciar sesión</translation>
    </message>
    <message>
        <source>This device only</source>
        <translation>Solo local</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Sin conexión · %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync problem · %1</source>
        <translation>Problema de sincronización · %1</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Hoy a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Sync is not available in this build.</source>
        <translation>La sincronización no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Fill in the server address, your login and your password.</source>
        <translation>Rellena la dirección del servidor, tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>No connection to the server. The change will be sent when the connection returns.</source>
        <translation>Sin conexión con el servidor. El cambio se enviará cuando vuelva la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the server. The %n changes will be sent when the connection returns.</source>
        <translation>
            <numerusform>Sin conexión con el servidor. El %n cambio se enviará cuando vuelva la conexión.</numerusform>
            <numerusform>Sin conexión con el servidor. Los %n cambios se enviarán cuando vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the server. New changes will be sent when the connection returns.</source>
        <translation>Sin conexión con el servidor. Los cambios nuevos se enviarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>That PIN is not right. One more try, then your password is needed.</source>
        <translation>Ese PIN no es correcto. Un intento más y necesitarás tu contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n tries left.</source>
        <translation>
            <numerusform>Ese PIN no es correcto. Queda %n intento.</numerusform>
            <numerusform>Ese PIN no es correcto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign in with your password to choose a new PIN.</source>
        <translation>Demasiados PIN incorrectos. Inicia sesión con tu contraseña para elegir un PIN nuevo.</translation>
    </message>
    <message>
        <source>Sign in with your password.</source>
        <translation>Inicia sesión con tu contraseña.</translation>
    </message>
    <message>
        <source>This person is no longer signed in on this tablet.</source>
        <translation>Esta persona ya no tiene sesión en esta tableta.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>Receiving clients and notes: %1 so far</source>
        <translation>Recibiendo clientes y notas: %1 hasta ahora</translation>
    </message>
    <message>
        <source>Indexing notes for search: %1 of %2</source>
        <translation>Indexando las notas para la búsqueda: %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 clients and notes</source>
        <translation>%1 de %2 clientes y notas</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TeamModel</name>
    <message>
        <source>No notes yet</source>
        <translation>Aún sin notas</translation>
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
        <translation>Para</translation>
    </message>
    <message>
        <source>Material or context</source>
        <translation>Material o contexto</translation>
    </message>
    <message>
        <source>Already has</source>
        <translation>Ya tiene</translation>
    </message>
    <message>
        <source>Needed</source>
        <comment>need: for how long (temporary or permanent)</comment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>when a note was written: date, time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
