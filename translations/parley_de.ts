<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditModel</name>
    <message>
        <source>Kick</source>
        <translation>Hinauswerfen</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannen</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Bann aufheben</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Close channel</source>
        <translation>Kanal schließen</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Ankündigen</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Name oder Adresse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Reason or notice</source>
        <translation>Grund oder Hinweis</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>In every channel</source>
        <translation>In jedem Kanal</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>In this channel</source>
        <translation>In diesem Kanal</translation>
    </message>
    <message>
        <source>Only in “%1”</source>
        <translation>Nur in „%1“</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sent to the banned client</source>
        <translation>Wird an den gebannten Client gesendet</translation>
    </message>
    <message>
        <source>Ban by:</source>
        <translation>Bannen nach:</translation>
    </message>
    <message>
        <source>Name or address:</source>
        <translation>Name oder Adresse:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>BanModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gebannt</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Name oder Adresse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ChannelModel</name>
    <message>
        <source>Messages per second over the last minute</source>
        <translation>Nachrichten pro Sekunde in der letzten Minute</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A message rate, e.g. &quot;2.5/s&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Messages (last min)</source>
        <translation>Nachrichten (letzte Min.)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>ClientModel</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>identified, waiting for the auth delay</source>
        <translation>identifiziert, wartet auf die Anmeldeverzögerung</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>unauthenticated (missed heartbeats)</source>
        <translation>abgemeldet (Heartbeats verpasst)</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <extracomment>A connection that lost its name to missed heartbeats; %1 is the name it had.</extracomment>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letzter Heartbeat</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(war %1)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Hinauswerfen…</translation>
    </message>
    <message>
        <source>Disconnect the selected user, with a reason</source>
        <translation>Den ausgewählten Benutzer mit einer Begründung trennen</translation>
    </message>
    <message>
        <source>Ban &amp;name…</source>
        <translation>&amp;Namen bannen…</translation>
    </message>
    <message>
        <source>Ban a user name in this channel or every channel</source>
        <translation>Einen Benutzernamen in diesem oder in jedem Kanal bannen</translation>
    </message>
    <message>
        <source>Ban &amp;address…</source>
        <translation>&amp;Adresse bannen…</translation>
    </message>
    <message>
        <source>Ban an IP address in this channel or every channel</source>
        <translation>Eine IP-Adresse in diesem oder in jedem Kanal bannen</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <source>Mute or unmute the selected user: a muted user&apos;s messages are refused</source>
        <translation>Den ausgewählten Benutzer stumm- oder wieder lautschalten: Nachrichten Stummgeschalteter werden abgewiesen</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>Bann a&amp;ufheben</translation>
    </message>
    <message>
        <source>Lift the selected ban</source>
        <translation>Den ausgewählten Bann aufheben</translation>
    </message>
    <message>
        <source>&amp;Lock channel</source>
        <translation>Kanal &amp;sperren</translation>
    </message>
    <message>
        <source>Lock or unlock the selected channel: members stay, new messages are refused</source>
        <translation>Den ausgewählten Kanal sperren oder entsperren: Mitglieder bleiben, neue Nachrichten werden abgewiesen</translation>
    </message>
    <message>
        <source>&amp;Close channel…</source>
        <translation>Kanal s&amp;chließen…</translation>
    </message>
    <message>
        <source>Disconnect every member of the selected channel</source>
        <translation>Alle Mitglieder des ausgewählten Kanals trennen</translation>
    </message>
    <message>
        <source>Announce to &amp;channel…</source>
        <translation>&amp;Ankündigung an den Kanal…</translation>
    </message>
    <message>
        <source>Send a notice to every member of the selected channel</source>
        <translation>Eine Mitteilung an alle Mitglieder des ausgewählten Kanals senden</translation>
    </message>
    <message>
        <source>Announce to &amp;all channels…</source>
        <translation>Ankündigung an a&amp;lle Kanäle…</translation>
    </message>
    <message>
        <source>Send a notice to every member of every channel</source>
        <translation>Eine Mitteilung an alle Mitglieder aller Kanäle senden</translation>
    </message>
    <message>
        <source>Copy channel &amp;URL</source>
        <translation>Kanal-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected channel&apos;s WebSocket URL to the clipboard</source>
        <translation>Die WebSocket-URL des ausgewählten Kanals in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Stop listening…</source>
        <translation>Lauschen &amp;beenden…</translation>
    </message>
    <message>
        <source>Accept no new connections; connected clients stay</source>
        <translation>Keine neuen Verbindungen annehmen; verbundene Clients bleiben</translation>
    </message>
    <message>
        <source>Start &amp;listening</source>
        <translation>Lauschen &amp;starten</translation>
    </message>
    <message>
        <source>Accept new connections again</source>
        <translation>Wieder neue Verbindungen annehmen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Shut the server down cleanly and quit</source>
        <translation>Den Server sauber herunterfahren und beenden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the traffic log; new traffic is held back until you resume</source>
        <translation>Das Verkehrsprotokoll anhalten; neuer Verkehr wird bis zum Fortsetzen zurückgehalten</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest traffic in view</source>
        <translation>Den neuesten Verkehr im Blick behalten</translation>
    </message>
    <message>
        <source>Channel &amp;history</source>
        <translation>Kanal&amp;verlauf</translation>
    </message>
    <message>
        <source>Show the messages the server keeps for the selected channel</source>
        <translation>Die Nachrichten anzeigen, die der Server für den ausgewählten Kanal aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the selected channel&apos;s kept messages again</source>
        <translation>Die aufbewahrten Nachrichten des ausgewählten Kanals neu laden</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>Verlauf lee&amp;ren…</translation>
    </message>
    <message>
        <source>Delete the selected channel&apos;s kept messages: clients joining later get no replay of them</source>
        <translation>Die aufbewahrten Nachrichten des ausgewählten Kanals löschen: später beitretende Clients bekommen sie nicht mehr nachgeliefert</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>Show every moderation action taken, newest first</source>
        <translation>Jede Moderationsaktion anzeigen, die neueste zuerst</translation>
    </message>
    <message>
        <source>Load the audit log again</source>
        <translation>Das Audit-Protokoll neu laden</translation>
    </message>
    <message>
        <source>Unmut&amp;e name</source>
        <translation>Stummschaltung des Namens aufhe&amp;ben</translation>
    </message>
    <message>
        <source>Unmute the selected muted name, whether or not it is connected</source>
        <translation>Die Stummschaltung des ausgewählten Namens aufheben, ob er verbunden ist oder nicht</translation>
    </message>
</context>
<context>
    <name>ConsoleFormat</name>
    <message>
        <source>%1 d %2</source>
        <extracomment>A duration longer than a day: %1 is the number of days, %2 the rest as H:MM:SS.</extracomment>
        <translation>%1 T %2</translation>
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
        <translation>Browser verweigern Port 6000: für Browser-Clients z. B. --port 8080 verwenden</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Not listening: connected clients stay</source>
        <translation>Lauscht nicht: verbundene Clients bleiben</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Connections: %1 · Authenticated users: %2 · Channels: %3</source>
        <translation>Verbindungen: %1 · Angemeldete Benutzer: %2 · Kanäle: %3</translation>
    </message>
    <message>
        <source>In: %1 msg/s · Out: %2 deliveries/s</source>
        <translation>Ein: %1 Nachr./s · Aus: %2 Zustellungen/s</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Writing messages to the database failed. They are kept in memory and written again; check the disk and the data directory (--data-dir).</source>
        <translation>Das Schreiben von Nachrichten in die Datenbank ist fehlgeschlagen. Sie bleiben im Speicher und werden erneut geschrieben; Festplatte und Datenverzeichnis (--data-dir) prüfen.</translation>
    </message>
    <message>
        <source>Database: %1 · Pending writes: %2</source>
        <translation>Datenbank: %1 · Ausstehende Schreibvorgänge: %2</translation>
    </message>
    <message>
        <source>Size of the history database on disk, and accepted messages not yet written to it</source>
        <translation>Größe der Verlaufsdatenbank auf der Festplatte und angenommene Nachrichten, die noch nicht in sie geschrieben wurden</translation>
    </message>
    <message>
        <source>Failed writes: %1 (retrying)</source>
        <translation>Fehlgeschlagene Schreibvorgänge: %1 (wird wiederholt)</translation>
    </message>
    <message>
        <source>Node %1 · cluster up</source>
        <translation>Knoten %1 · Cluster verbunden</translation>
    </message>
    <message>
        <source>Messages, names and moderation are shared with the other nodes through Redis</source>
        <translation>Nachrichten, Namen und Moderation werden über Redis mit den anderen Knoten geteilt</translation>
    </message>
    <message>
        <source>Node %1 · Cluster degraded: Redis unreachable</source>
        <translation>Knoten %1 · Cluster eingeschränkt: Redis nicht erreichbar</translation>
    </message>
    <message>
        <source>Only members on this node get each other&apos;s messages until Redis is back; the node keeps reconnecting.</source>
        <translation>Bis Redis wieder erreichbar ist, erhalten nur Mitglieder auf diesem Knoten die Nachrichten der anderen; der Knoten verbindet sich weiter neu.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parley console</source>
        <translation>Parley-Konsole</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>Kanäle filtern</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Select a ban and choose Unban to lift it</source>
        <translation>Einen Bann auswählen und „Bann aufheben“ wählen</translation>
    </message>
    <message>
        <source>Filter bans</source>
        <translation>Banns filtern</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Banns</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkehr</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Users (select a channel)</source>
        <translation>Benutzer (einen Kanal auswählen)</translation>
    </message>
    <message>
        <source>Users of “%1”</source>
        <translation>Benutzer von „%1“</translation>
    </message>
    <message>
        <source>Muted names, connected or not: select one and choose Unmute name</source>
        <translation>Stummgeschaltete Namen, verbunden oder nicht: einen auswählen und „Stummschaltung des Namens aufheben“ wählen</translation>
    </message>
    <message>
        <source>Filter muted names</source>
        <translation>Stummgeschaltete Namen filtern</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Filter by user or text</source>
        <translation>Nach Benutzer oder Text filtern</translation>
    </message>
    <message>
        <source>Filter by action, name, channel or reason</source>
        <translation>Nach Aktion, Name, Kanal oder Grund filtern</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>History (select a channel)</source>
        <translation>Verlauf (einen Kanal auswählen)</translation>
    </message>
    <message>
        <source>Messages kept for “%1”: %2</source>
        <translation>Aufbewahrte Nachrichten von „%1“: %2</translation>
    </message>
    <message>
        <source>Moderation audit log: %1 entries</source>
        <translation>Moderations-Audit-Protokoll: %1 Einträge</translation>
    </message>
    <message>
        <source>Moderation audit log: the newest %1 entries</source>
        <translation>Moderations-Audit-Protokoll: die neuesten %1 Einträge</translation>
    </message>
</context>
<context>
    <name>MutedNameModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>OperatorController</name>
    <message>
        <source>Quit Parley</source>
        <translation>Parley beenden</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>%1 hinauswerfen</translation>
    </message>
    <message>
        <source>Disconnect %1 from “%2”. Reason sent to the client (may be empty):</source>
        <translation>%1 von „%2“ trennen. Begründung an den Client (darf leer sein):</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Hinauswerfen</translation>
    </message>
    <message>
        <source>Close channel %1</source>
        <translation>Kanal %1 schließen</translation>
    </message>
    <message>
        <source>Close channel</source>
        <translation>Kanal schließen</translation>
    </message>
    <message>
        <source>Announce to all channels</source>
        <translation>Ankündigung an alle Kanäle</translation>
    </message>
    <message>
        <source>Notice sent to every member of every channel:</source>
        <translation>Mitteilung an alle Mitglieder aller Kanäle:</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Ankündigen</translation>
    </message>
    <message>
        <source>Announce to %1</source>
        <translation>Ankündigung an %1</translation>
    </message>
    <message>
        <source>Notice sent to every member of “%1”:</source>
        <translation>Mitteilung an alle Mitglieder von „%1“:</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Lauschen beenden</translation>
    </message>
    <message>
        <source>Stop accepting new connections? Connected clients stay connected.</source>
        <translation>Keine neuen Verbindungen mehr annehmen? Verbundene Clients bleiben verbunden.</translation>
    </message>
    <message>
        <source>Shut the server down and disconnect every client? Connected now: %1</source>
        <translation>Den Server herunterfahren und alle Clients trennen? Jetzt verbunden: %1</translation>
    </message>
    <message>
        <source>Disconnect every member of “%1” (members now: %2). Notice sent to them first (may be empty):</source>
        <translation>Alle Mitglieder von „%1“ trennen (jetzt: %2). Zuvor gesendete Mitteilung (darf leer sein):</translation>
    </message>
    <message>
        <source>Clear history of %1</source>
        <translation>Verlauf von %1 leeren</translation>
    </message>
    <message>
        <source>Delete every message the server keeps for “%1”, in memory and on disk? Clients that join later get no replay of them. This cannot be undone.</source>
        <translation>Jede Nachricht löschen, die der Server für „%1“ aufbewahrt, im Speicher und auf der Festplatte? Später beitretende Clients bekommen sie nicht mehr nachgeliefert. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <source>kicked</source>
        <translation>hinausgeworfen</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>gebannt</translation>
    </message>
    <message>
        <source>unbanned</source>
        <translation>Bann aufgehoben</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>Stummschaltung aufgehoben</translation>
    </message>
    <message>
        <source>channel locked</source>
        <translation>Kanal gesperrt</translation>
    </message>
    <message>
        <source>channel unlocked</source>
        <translation>Kanal entsperrt</translation>
    </message>
    <message>
        <source>channel closed</source>
        <translation>Kanal geschlossen</translation>
    </message>
    <message>
        <source>(every channel)</source>
        <translation>(alle Kanäle)</translation>
    </message>
    <message>
        <source>Events not shown (too many to list): %1</source>
        <translation>Nicht angezeigte Ereignisse (zu viele): %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Message or event</source>
        <translation>Nachricht oder Ereignis</translation>
    </message>
</context>
<context>
    <name>TrafficPanel</name>
    <message>
        <source>Selected channel only</source>
        <translation>Nur ausgewählter Kanal</translation>
    </message>
    <message>
        <source>Filter by channel, user or text</source>
        <translation>Nach Kanal, Benutzer oder Text filtern</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Paused, held back: %1</source>
        <translation>Angehalten, zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Nicht angezeigt: %1</translation>
    </message>
</context>
</TS>
