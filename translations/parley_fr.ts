<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditModel</name>
    <message>
        <source>Kick</source>
        <translation>Expulser</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Débannir</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Rendre muet</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rendre la parole</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Close channel</source>
        <translation>Fermer le canal</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Annoncer</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Nom ou adresse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reason or notice</source>
        <translation>Motif ou annonce</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>In every channel</source>
        <translation>Dans tous les canaux</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>In this channel</source>
        <translation>Dans ce canal</translation>
    </message>
    <message>
        <source>Only in “%1”</source>
        <translation>Seulement dans « %1 »</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>pour toujours</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sent to the banned client</source>
        <translation>Envoyé au client banni</translation>
    </message>
    <message>
        <source>Ban by:</source>
        <translation>Bannir par :</translation>
    </message>
    <message>
        <source>Name or address:</source>
        <translation>Nom ou adresse :</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Où :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
</context>
<context>
    <name>BanModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banni</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Nom ou adresse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ChannelModel</name>
    <message>
        <source>Messages per second over the last minute</source>
        <translation>Messages par seconde sur la dernière minute</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A message rate, e.g. &quot;2.5/s&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiés</translation>
    </message>
    <message>
        <source>Messages (last min)</source>
        <translation>Messages (dernière min)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>ClientModel</name>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>identified, waiting for the auth delay</source>
        <translation>identifié, attend le délai d’authentification</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>unauthenticated (missed heartbeats)</source>
        <translation>désauthentifié (battements manqués)</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <extracomment>A connection that lost its name to missed heartbeats; %1 is the name it had.</extracomment>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adresse du pair</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Dernier battement</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(était %1)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Expulser…</translation>
    </message>
    <message>
        <source>Disconnect the selected user, with a reason</source>
        <translation>Déconnecter l’utilisateur sélectionné, avec un motif</translation>
    </message>
    <message>
        <source>Ban &amp;name…</source>
        <translation>Bannir le &amp;nom…</translation>
    </message>
    <message>
        <source>Ban a user name in this channel or every channel</source>
        <translation>Bannir un nom d’utilisateur dans ce canal ou dans tous les canaux</translation>
    </message>
    <message>
        <source>Ban &amp;address…</source>
        <translation>Bannir l’&amp;adresse…</translation>
    </message>
    <message>
        <source>Ban an IP address in this channel or every channel</source>
        <translation>Bannir une adresse IP dans ce canal ou dans tous les canaux</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Rendre &amp;muet</translation>
    </message>
    <message>
        <source>Mute or unmute the selected user: a muted user&apos;s messages are refused</source>
        <translation>Rendre muet ou rendre la parole à l’utilisateur sélectionné : les messages d’un utilisateur muet sont refusés</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Débannir</translation>
    </message>
    <message>
        <source>Lift the selected ban</source>
        <translation>Lever le bannissement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Lock channel</source>
        <translation>&amp;Verrouiller le canal</translation>
    </message>
    <message>
        <source>Lock or unlock the selected channel: members stay, new messages are refused</source>
        <translation>Verrouiller ou déverrouiller le canal sélectionné : les membres restent, les nouveaux messages sont refusés</translation>
    </message>
    <message>
        <source>&amp;Close channel…</source>
        <translation>&amp;Fermer le canal…</translation>
    </message>
    <message>
        <source>Disconnect every member of the selected channel</source>
        <translation>Déconnecter tous les membres du canal sélectionné</translation>
    </message>
    <message>
        <source>Announce to &amp;channel…</source>
        <translation>Annoncer au &amp;canal…</translation>
    </message>
    <message>
        <source>Send a notice to every member of the selected channel</source>
        <translation>Envoyer un avis à tous les membres du canal sélectionné</translation>
    </message>
    <message>
        <source>Announce to &amp;all channels…</source>
        <translation>Annoncer à &amp;tous les canaux…</translation>
    </message>
    <message>
        <source>Send a notice to every member of every channel</source>
        <translation>Envoyer un avis à tous les membres de tous les canaux</translation>
    </message>
    <message>
        <source>Copy channel &amp;URL</source>
        <translation>Copier l’&amp;URL du canal</translation>
    </message>
    <message>
        <source>Copy the selected channel&apos;s WebSocket URL to the clipboard</source>
        <translation>Copier l’URL WebSocket du canal sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Stop listening…</source>
        <translation>&amp;Arrêter l’écoute…</translation>
    </message>
    <message>
        <source>Accept no new connections; connected clients stay</source>
        <translation>N’accepter aucune nouvelle connexion ; les clients connectés restent</translation>
    </message>
    <message>
        <source>Start &amp;listening</source>
        <translation>&amp;Reprendre l’écoute</translation>
    </message>
    <message>
        <source>Accept new connections again</source>
        <translation>Accepter de nouveau les connexions</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Shut the server down cleanly and quit</source>
        <translation>Arrêter proprement le serveur et quitter</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the traffic log; new traffic is held back until you resume</source>
        <translation>Figer le journal du trafic ; le nouveau trafic est retenu jusqu’à la reprise</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Keep the newest traffic in view</source>
        <translation>Garder le trafic le plus récent visible</translation>
    </message>
    <message>
        <source>Channel &amp;history</source>
        <translation>&amp;Historique du canal</translation>
    </message>
    <message>
        <source>Show the messages the server keeps for the selected channel</source>
        <translation>Afficher les messages que le serveur conserve pour le canal sélectionné</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the selected channel&apos;s kept messages again</source>
        <translation>Recharger les messages conservés du canal sélectionné</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>&amp;Effacer l’historique…</translation>
    </message>
    <message>
        <source>Delete the selected channel&apos;s kept messages: clients joining later get no replay of them</source>
        <translation>Supprimer les messages conservés du canal sélectionné : les clients qui arrivent ensuite ne les reçoivent plus</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>Show every moderation action taken, newest first</source>
        <translation>Afficher chaque action de modération, la plus récente en premier</translation>
    </message>
    <message>
        <source>Load the audit log again</source>
        <translation>Recharger le journal d’audit</translation>
    </message>
    <message>
        <source>Unmut&amp;e name</source>
        <translation>Rendre la &amp;parole au nom</translation>
    </message>
    <message>
        <source>Unmute the selected muted name, whether or not it is connected</source>
        <translation>Rendre la parole au nom sélectionné, qu’il soit connecté ou non</translation>
    </message>
</context>
<context>
    <name>ConsoleFormat</name>
    <message>
        <source>%1 d %2</source>
        <extracomment>A duration longer than a day: %1 is the number of days, %2 the rest as H:MM:SS.</extracomment>
        <translation>%1 j %2</translation>
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
        <translation>Les navigateurs refusent le port 6000 : utilisez par ex. --port 8080 pour les clients navigateur</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Not listening: connected clients stay</source>
        <translation>Pas à l’écoute : les clients connectés restent</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <source>Connections: %1 · Authenticated users: %2 · Channels: %3</source>
        <translation>Connexions : %1 · Utilisateurs authentifiés : %2 · Canaux : %3</translation>
    </message>
    <message>
        <source>In: %1 msg/s · Out: %2 deliveries/s</source>
        <translation>Entrée : %1 msg/s · Sortie : %2 livraisons/s</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>En service depuis %1</translation>
    </message>
    <message>
        <source>Writing messages to the database failed. They are kept in memory and written again; check the disk and the data directory (--data-dir).</source>
        <translation>L’écriture des messages dans la base de données a échoué. Ils sont gardés en mémoire et réécrits ; vérifiez le disque et le répertoire de données (--data-dir).</translation>
    </message>
    <message>
        <source>Database: %1 · Pending writes: %2</source>
        <translation>Base de données : %1 · Écritures en attente : %2</translation>
    </message>
    <message>
        <source>Size of the history database on disk, and accepted messages not yet written to it</source>
        <translation>Taille de la base d’historique sur le disque, et messages acceptés pas encore écrits</translation>
    </message>
    <message>
        <source>Failed writes: %1 (retrying)</source>
        <translation>Écritures échouées : %1 (nouvel essai)</translation>
    </message>
    <message>
        <source>Node %1 · cluster up</source>
        <translation>Nœud %1 · cluster connecté</translation>
    </message>
    <message>
        <source>Messages, names and moderation are shared with the other nodes through Redis</source>
        <translation>Les messages, les noms et la modération sont partagés avec les autres nœuds via Redis</translation>
    </message>
    <message>
        <source>Node %1 · Cluster degraded: Redis unreachable</source>
        <translation>Nœud %1 · Cluster dégradé : Redis injoignable</translation>
    </message>
    <message>
        <source>Only members on this node get each other&apos;s messages until Redis is back; the node keeps reconnecting.</source>
        <translation>Jusqu&apos;au retour de Redis, seuls les membres de ce nœud reçoivent les messages des autres ; le nœud continue de se reconnecter.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parley console</source>
        <translation>Console Parley</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>Filtrer les canaux</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <source>Select a ban and choose Unban to lift it</source>
        <translation>Sélectionnez un bannissement et choisissez Débannir pour le lever</translation>
    </message>
    <message>
        <source>Filter bans</source>
        <translation>Filtrer les bannissements</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Bannissements</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Trafic</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Users (select a channel)</source>
        <translation>Utilisateurs (sélectionnez un canal)</translation>
    </message>
    <message>
        <source>Users of “%1”</source>
        <translation>Utilisateurs de « %1 »</translation>
    </message>
    <message>
        <source>Muted names, connected or not: select one and choose Unmute name</source>
        <translation>Noms rendus muets, connectés ou non : sélectionnez-en un et choisissez Rendre la parole au nom</translation>
    </message>
    <message>
        <source>Filter muted names</source>
        <translation>Filtrer les noms muets</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muets</translation>
    </message>
    <message>
        <source>Filter by user or text</source>
        <translation>Filtrer par utilisateur ou texte</translation>
    </message>
    <message>
        <source>Filter by action, name, channel or reason</source>
        <translation>Filtrer par action, nom, canal ou motif</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>History (select a channel)</source>
        <translation>Historique (sélectionnez un canal)</translation>
    </message>
    <message>
        <source>Messages kept for “%1”: %2</source>
        <translation>Messages conservés pour « %1 » : %2</translation>
    </message>
    <message>
        <source>Moderation audit log: %1 entries</source>
        <translation>Journal d’audit de modération : %1 entrées</translation>
    </message>
    <message>
        <source>Moderation audit log: the newest %1 entries</source>
        <translation>Journal d’audit de modération : les %1 entrées les plus récentes</translation>
    </message>
</context>
<context>
    <name>MutedNameModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Quitter Parley</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>Expulser %1</translation>
    </message>
    <message>
        <source>Disconnect %1 from “%2”. Reason sent to the client (may be empty):</source>
        <translation>Déconnecter %1 de « %2 ». Motif envoyé au client (peut être vide) :</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Expulser</translation>
    </message>
    <message>
        <source>Close channel %1</source>
        <translation>Fermer le canal %1</translation>
    </message>
    <message>
        <source>Close channel</source>
        <translation>Fermer le canal</translation>
    </message>
    <message>
        <source>Announce to all channels</source>
        <translation>Annoncer à tous les canaux</translation>
    </message>
    <message>
        <source>Notice sent to every member of every channel:</source>
        <translation>Avis envoyé à tous les membres de tous les canaux :</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Annoncer</translation>
    </message>
    <message>
        <source>Announce to %1</source>
        <translation>Annoncer à %1</translation>
    </message>
    <message>
        <source>Notice sent to every member of “%1”:</source>
        <translation>Avis envoyé à tous les membres de « %1 » :</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Arrêter l’écoute</translation>
    </message>
    <message>
        <source>Stop accepting new connections? Connected clients stay connected.</source>
        <translation>Ne plus accepter de nouvelles connexions ? Les clients connectés restent connectés.</translation>
    </message>
    <message>
        <source>Shut the server down and disconnect every client? Connected now: %1</source>
        <translation>Arrêter le serveur et déconnecter tous les clients ? Connectés actuellement : %1</translation>
    </message>
    <message>
        <source>Disconnect every member of “%1” (members now: %2). Notice sent to them first (may be empty):</source>
        <translation>Déconnecter tous les membres de « %1 » (membres actuels : %2). Avis envoyé avant (peut être vide) :</translation>
    </message>
    <message>
        <source>Clear history of %1</source>
        <translation>Effacer l’historique de %1</translation>
    </message>
    <message>
        <source>Delete every message the server keeps for “%1”, in memory and on disk? Clients that join later get no replay of them. This cannot be undone.</source>
        <translation>Supprimer tous les messages que le serveur conserve pour « %1 », en mémoire et sur le disque ? Les clients qui arrivent ensuite ne les reçoivent plus. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>joined</source>
        <translation>a rejoint</translation>
    </message>
    <message>
        <source>left</source>
        <translation>est parti</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>kicked</source>
        <translation>expulsé</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banni</translation>
    </message>
    <message>
        <source>unbanned</source>
        <translation>débanni</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>rendu muet</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>parole rendue</translation>
    </message>
    <message>
        <source>channel locked</source>
        <translation>canal verrouillé</translation>
    </message>
    <message>
        <source>channel unlocked</source>
        <translation>canal déverrouillé</translation>
    </message>
    <message>
        <source>channel closed</source>
        <translation>canal fermé</translation>
    </message>
    <message>
        <source>(every channel)</source>
        <translation>(tous les canaux)</translation>
    </message>
    <message>
        <source>Events not shown (too many to list): %1</source>
        <translation>Événements non affichés (trop nombreux) : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Message or event</source>
        <translation>Message ou événement</translation>
    </message>
</context>
<context>
    <name>TrafficPanel</name>
    <message>
        <source>Selected channel only</source>
        <translation>Canal sélectionné seulement</translation>
    </message>
    <message>
        <source>Filter by channel, user or text</source>
        <translation>Filtrer par canal, utilisateur ou texte</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>Paused, held back: %1</source>
        <translation>En pause, retenus : %1</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Non affichés : %1</translation>
    </message>
</context>
</TS>
