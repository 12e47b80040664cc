<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditModel</name>
    <message>
        <source>Kick</source>
        <translation>Expulsar</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Banear</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Quitar baneo</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Quitar silencio</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Close channel</source>
        <translation>Cerrar canal</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Anunciar</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>todos los canales</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Nombre o dirección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reason or notice</source>
        <translation>Motivo o aviso</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>In every channel</source>
        <translation>En todos los canales</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Banear</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>In this channel</source>
        <translation>En este canal</translation>
    </message>
    <message>
        <source>Only in “%1”</source>
        <translation>Solo en «%1»</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>para siempre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sent to the banned client</source>
        <translation>Se envía al cliente baneado</translation>
    </message>
    <message>
        <source>Ban by:</source>
        <translation>Banear por:</translation>
    </message>
    <message>
        <source>Name or address:</source>
        <translation>Nombre o dirección:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>BanModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>todos los canales</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Baneado</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Nombre o dirección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ChannelModel</name>
    <message>
        <source>Messages per second over the last minute</source>
        <translation>Mensajes por segundo en el último minuto</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A message rate, e.g. &quot;2.5/s&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autenticados</translation>
    </message>
    <message>
        <source>Messages (last min)</source>
        <translation>Mensajes (último min)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>ClientModel</name>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>identified, waiting for the auth delay</source>
        <translation>identificado, esperando el retardo de autenticación</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>unauthenticated (missed heartbeats)</source>
        <translation>desautenticado (latidos perdidos)</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <extracomment>A connection that lost its name to missed heartbeats; %1 is the name it had.</extracomment>
        <translation>(anónimo)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Dirección remota</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Último latido</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(era %1)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Expulsar…</translation>
    </message>
    <message>
        <source>Disconnect the selected user, with a reason</source>
        <translation>Desconectar al usuario seleccionado, con un motivo</translation>
    </message>
    <message>
        <source>Ban &amp;name…</source>
        <translation>Banear &amp;nombre…</translation>
    </message>
    <message>
        <source>Ban a user name in this channel or every channel</source>
        <translation>Banear un nombre de usuario en este canal o en todos los canales</translation>
    </message>
    <message>
        <source>Ban &amp;address…</source>
        <translation>Banear &amp;dirección…</translation>
    </message>
    <message>
        <source>Ban an IP address in this channel or every channel</source>
        <translation>Banear una dirección IP en este canal o en todos los canales</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <source>Mute or unmute the selected user: a muted user&apos;s messages are refused</source>
        <translation>Silenciar o reactivar al usuario seleccionado: se rechazan los mensajes de un usuario silenciado</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Quitar baneo</translation>
    </message>
    <message>
        <source>Lift the selected ban</source>
        <translation>Quitar el baneo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Lock channel</source>
        <translation>&amp;Bloquear canal</translation>
    </message>
    <message>
        <source>Lock or unlock the selected channel: members stay, new messages are refused</source>
        <translation>Bloquear o desbloquear el canal seleccionado: los miembros se quedan, se rechazan los mensajes nuevos</translation>
    </message>
    <message>
        <source>&amp;Close channel…</source>
        <translation>&amp;Cerrar canal…</translation>
    </message>
    <message>
        <source>Disconnect every member of the selected channel</source>
        <translation>Desconectar a todos los miembros del canal seleccionado</translation>
    </message>
    <message>
        <source>Announce to &amp;channel…</source>
        <translation>&amp;Anunciar al canal…</translation>
    </message>
    <message>
        <source>Send a notice to every member of the selected channel</source>
        <translation>Enviar un aviso a todos los miembros del canal seleccionado</translation>
    </message>
    <message>
        <source>Announce to &amp;all channels…</source>
        <translation>Anunciar a &amp;todos los canales…</translation>
    </message>
    <message>
        <source>Send a notice to every member of every channel</source>
        <translation>Enviar un aviso a todos los miembros de todos los canales</translation>
    </message>
    <message>
        <source>Copy channel &amp;URL</source>
        <translation>Copiar &amp;URL del canal</translation>
    </message>
    <message>
        <source>Copy the selected channel&apos;s WebSocket URL to the clipboard</source>
        <translation>Copiar la URL WebSocket del canal seleccionado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Stop listening…</source>
        <translation>&amp;Dejar de escuchar…</translation>
    </message>
    <message>
        <source>Accept no new connections; connected clients stay</source>
        <translation>No aceptar conexiones nuevas; los clientes conectados se quedan</translation>
    </message>
    <message>
        <source>Start &amp;listening</source>
        <translation>&amp;Escuchar de nuevo</translation>
    </message>
    <message>
        <source>Accept new connections again</source>
        <translation>Aceptar conexiones nuevas otra vez</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Shut the server down cleanly and quit</source>
        <translation>Apagar el servidor limpiamente y salir</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Freeze the traffic log; new traffic is held back until you resume</source>
        <translation>Congelar el registro de tráfico; el tráfico nuevo se retiene hasta reanudar</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>Se&amp;guir</translation>
    </message>
    <message>
        <source>Keep the newest traffic in view</source>
        <translation>Mantener a la vista el tráfico más reciente</translation>
    </message>
    <message>
        <source>Channel &amp;history</source>
        <translation>&amp;Historial del canal</translation>
    </message>
    <message>
        <source>Show the messages the server keeps for the selected channel</source>
        <translation>Mostrar los mensajes que el servidor guarda para el canal seleccionado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the selected channel&apos;s kept messages again</source>
        <translation>Volver a cargar los mensajes guardados del canal seleccionado</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>Borrar histo&amp;rial…</translation>
    </message>
    <message>
        <source>Delete the selected channel&apos;s kept messages: clients joining later get no replay of them</source>
        <translation>Borrar los mensajes guardados del canal seleccionado: los clientes que entren después ya no los reciben</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>Show every moderation action taken, newest first</source>
        <translation>Mostrar cada acción de moderación, la más reciente primero</translation>
    </message>
    <message>
        <source>Load the audit log again</source>
        <translation>Volver a cargar el registro de auditoría</translation>
    </message>
    <message>
        <source>Unmut&amp;e name</source>
        <translation>Quitar s&amp;ilencio al nombre</translation>
    </message>
    <message>
        <source>Unmute the selected muted name, whether or not it is connected</source>
        <translation>Quitar el silencio al nombre seleccionado, esté conectado o no</translation>
    </message>
</context>
<context>
    <name>ConsoleFormat</name>
    <message>
        <source>%1 d %2</source>
        <extracomment>A duration longer than a day: %1 is the number of days, %2 the rest as H:MM:SS.</extracomment>
        <translation>%1 d %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>An age in seconds, e.g. &quot;0.4 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>Browsers refuse port 6000: use e.g. --port 8080 for browser clients</source>
        <translation>Los navegadores rechazan el puerto 6000: use p. ej. --port 8080 para clientes de navegador</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Not listening: connected clients stay</source>
        <translation>Sin escuchar: los clientes conectados se quedan</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>Connections: %1 · Authenticated users: %2 · Channels: %3</source>
        <translation>Conexiones: %1 · Usuarios autenticados: %2 · Canales: %3</translation>
    </message>
    <message>
        <source>In: %1 msg/s · Out: %2 deliveries/s</source>
        <translation>Entrada: %1 msj/s · Salida: %2 entregas/s</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Activo desde hace %1</translation>
    </message>
    <message>
        <source>Writing messages to the database failed. They are kept in memory and written again; check the disk and the data directory (--data-dir).</source>
        <translation>No se pudieron escribir mensajes en la base de datos. Se guardan en memoria y se vuelven a escribir; revise el disco y el directorio de datos (--data-dir).</translation>
    </message>
    <message>
        <source>Database: %1 · Pending writes: %2</source>
        <translation>Base de datos: %1 · Escrituras pendientes: %2</translation>
    </message>
    <message>
        <source>Size of the history database on disk, and accepted messages not yet written to it</source>
        <translation>Tamaño de la base de datos del historial en disco, y mensajes aceptados aún no escritos en ella</translation>
    </message>
    <message>
        <source>Failed writes: %1 (retrying)</source>
        <translation>Escrituras fallidas: %1 (reintentando)</translation>
    </message>
    <message>
        <source>Node %1 · cluster up</source>
        <translation>Nodo %1 · clúster conectado</translation>
    </message>
    <message>
        <source>Messages, names and moderation are shared with the other nodes through Redis</source>
        <translation>Los mensajes, los nombres y la moderación se comparten con los demás nodos a través de Redis</translation>
    </message>
    <message>
        <source>Node %1 · Cluster degraded: Redis unreachable</source>
        <translation>Nodo %1 · Clúster degradado: Redis inalcanzable</translation>
    </message>
    <message>
        <source>Only members on this node get each other&apos;s messages until Redis is back; the node keeps reconnecting.</source>
        <translation>Hasta que Redis vuelva, solo los miembros de este nodo reciben los mensajes de los demás; el nodo sigue reconectándose.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parley console</source>
        <translation>Consola de Parley</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>Filtrar canales</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrar usuarios</translation>
    </message>
    <message>
        <source>Select a ban and choose Unban to lift it</source>
        <translation>Seleccione un baneo y elija Quitar baneo para levantarlo</translation>
    </message>
    <message>
        <source>Filter bans</source>
        <translation>Filtrar baneos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Baneos</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Tráfico</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Users (select a channel)</source>
        <translation>Usuarios (seleccione un canal)</translation>
    </message>
    <message>
        <source>Users of “%1”</source>
        <translation>Usuarios de «%1»</translation>
    </message>
    <message>
        <source>Muted names, connected or not: select one and choose Unmute name</source>
        <translation>Nombres silenciados, conectados o no: seleccione uno y elija Quitar silencio al nombre</translation>
    </message>
    <message>
        <source>Filter muted names</source>
        <translation>Filtrar nombres silenciados</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciados</translation>
    </message>
    <message>
        <source>Filter by user or text</source>
        <translation>Filtrar por usuario o texto</translation>
    </message>
    <message>
        <source>Filter by action, name, channel or reason</source>
        <translation>Filtrar por acción, nombre, canal o motivo</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>History (select a channel)</source>
        <translation>Historial (seleccione un canal)</translation>
    </message>
    <message>
        <source>Messages kept for “%1”: %2</source>
        <translation>Mensajes guardados de «%1»: %2</translation>
    </message>
    <message>
        <source>Moderation audit log: %1 entries</source>
        <translation>Registro de auditoría de moderación: %1 entradas</translation>
    </message>
    <message>
        <source>Moderation audit log: the newest %1 entries</source>
        <translation>Registro de auditoría de moderación: las %1 entradas más recientes</translation>
    </message>
</context>
<context>
    <name>MutedNameModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>OperatorController</name>
    <message>
        <source>Quit Parley</source>
        <translation>Salir de Parley</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>Expulsar a %1</translation>
    </message>
    <message>
        <source>Disconnect %1 from “%2”. Reason sent to the client (may be empty):</source>
        <translation>Desconectar a %1 de «%2». Motivo enviado al cliente (puede quedar vacío):</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Expulsar</translation>
    </message>
    <message>
        <source>Close channel %1</source>
        <translation>Cerrar el canal %1</translation>
    </message>
    <message>
        <source>Close channel</source>
        <translation>Cerrar canal</translation>
    </message>
    <message>
        <source>Announce to all channels</source>
        <translation>Anunciar a todos los canales</translation>
    </message>
    <message>
        <source>Notice sent to every member of every channel:</source>
        <translation>Aviso enviado a todos los miembros de todos los canales:</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Anunciar</translation>
    </message>
    <message>
        <source>Announce to %1</source>
        <translation>Anunciar a %1</translation>
    </message>
    <message>
        <source>Notice sent to every member of “%1”:</source>
        <translation>Aviso enviado a todos los miembros de «%1»:</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Dejar de escuchar</translation>
    </message>
    <message>
        <source>Stop accepting new connections? Connected clients stay connected.</source>
        <translation>¿Dejar de aceptar conexiones nuevas? Los clientes conectados siguen conectados.</translation>
    </message>
    <message>
        <source>Shut the server down and disconnect every client? Connected now: %1</source>
        <translation>¿Apagar el servidor y desconectar a todos los clientes? Conectados ahora: %1</translation>
    </message>
    <message>
        <source>Disconnect every member of “%1” (members now: %2). Notice sent to them first (may be empty):</source>
        <translation>Desconectar a todos los miembros de «%1» (miembros ahora: %2). Aviso enviado antes (puede quedar vacío):</translation>
    </message>
    <message>
        <source>Clear history of %1</source>
        <translation>Borrar el historial de %1</translation>
    </message>
    <message>
        <source>Delete every message the server keeps for “%1”, in memory and on disk? Clients that join later get no replay of them. This cannot be undone.</source>
        <translation>¿Borrar todos los mensajes que el servidor guarda para «%1», en memoria y en disco? Los clientes que entren después ya no los reciben. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>joined</source>
        <translation>se unió</translation>
    </message>
    <message>
        <source>left</source>
        <translation>se fue</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>kicked</source>
        <translation>expulsado</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>baneado</translation>
    </message>
    <message>
        <source>unbanned</source>
        <translation>baneo quitado</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>silencio quitado</translation>
    </message>
    <message>
        <source>channel locked</source>
        <translation>canal bloqueado</translation>
    </message>
    <message>
        <source>channel unlocked</source>
        <translation>canal desbloqueado</translation>
    </message>
    <message>
        <source>channel closed</source>
        <translation>canal cerrado</translation>
    </message>
    <message>
        <source>(every channel)</source>
        <translation>(todos los canales)</translation>
    </message>
    <message>
        <source>Events not shown (too many to list): %1</source>
        <translation>Eventos no mostrados (demasiados): %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Message or event</source>
        <translation>Mensaje o evento</translation>
    </message>
</context>
<context>
    <name>TrafficPanel</name>
    <message>
        <source>Selected channel only</source>
        <translation>Solo el canal seleccionado</translation>
    </message>
    <message>
        <source>Filter by channel, user or text</source>
        <translation>Filtrar por canal, usuario o texto</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Paused, held back: %1</source>
        <translation>En pausa, retenidos: %1</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>No mostrados: %1</translation>
    </message>
</context>
</TS>
