<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivitiesDelegate</name>
    <message>
        <location filename="../../gui/activities/table.py" line="1032"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="1033"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../gui/activities/columns.py" line="44"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../../gui/activities/columns.py" line="50"/>
        <source>Your own column (a named note)</source>
        <translation>Votre propre colonne (une note nommée)</translation>
    </message>
    <message>
        <location filename="../../gui/activities/columns.py" line="51"/>
        <source>What Article 30 asks for and is missing</source>
        <translation>Ce que demande l&apos;article 30 et qui manque</translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="357"/>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="602"/>
        <source>Edit “%1” of %2</source>
        <translation>Modifier «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="148"/>
        <location filename="../../gui/activities/table.py" line="358"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="554"/>
        <source>Everything Article 30 asks for is filled in.</source>
        <translation>Tout ce que demande l&apos;article 30 est renseigné.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="123"/>
        <source>Something went wrong: %1</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="126"/>
        <source>Your last saved edits are safe in the register. The details were written to %1.</source>
        <translation>Vos dernières modifications enregistrées sont en sécurité dans le registre. Les détails ont été écrits dans %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="46"/>
        <source>first opening of the day</source>
        <translation>première ouverture du jour</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="47"/>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="48"/>
        <source>before a version upgrade</source>
        <translation>avant une mise à jour de version</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="49"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="50"/>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="57"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="58"/>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="83"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="83"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="84"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="84"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="114"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="120"/>
        <source>Registre backs the register up at the first opening of each day, before every import and before a restore; the last %1 are kept in “%2”.</source>
        <translation>Registre sauvegarde le registre à la première ouverture de chaque jour, avant chaque import et avant une restauration&#xa0;; les %1 dernières sauvegardes sont conservées dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="139"/>
        <source>This register has no backup yet.</source>
        <translation>Ce registre n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="145"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="152"/>
        <source>This register is open read-only: it cannot be restored here.</source>
        <translation>Ce registre est ouvert en lecture seule&#xa0;: il ne peut pas être restauré ici.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="181"/>
        <source>Restore the backup of %1?</source>
        <translation>Restaurer la sauvegarde du %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/backup.py" line="183"/>
        <source>Restore the backup of %1 (%n activity(ies))?</source>
        <translation>
            <numerusform>Restaurer la sauvegarde du %1 (%n activité)&#xa0;?</numerusform>
            <numerusform>Restaurer la sauvegarde du %1 (%n activités)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="186"/>
        <source>The register will be as it was then; what changed since is replaced. The present state is backed up first, so you can go back to it. Edit ▸ Undo will be emptied: its steps would no longer apply.</source>
        <translation>Le registre redeviendra tel qu&apos;il était alors&#xa0;; ce qui a changé depuis est remplacé. L&apos;état actuel est d&apos;abord sauvegardé, pour que vous puissiez y revenir. Édition ▸ Annuler sera vidé&#xa0;: ses étapes ne s&apos;appliqueraient plus.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="189"/>
        <location filename="../../gui/dialogs/backup.py" line="197"/>
        <location filename="../../gui/dialogs/backup.py" line="207"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="198"/>
        <source>The register was restored from the backup of %1.

What it held just before is kept in the backup “%2”: restore that one to go back.</source>
        <translation>Le registre a été restauré à partir de la sauvegarde du %1.

Ce qu&apos;il contenait juste avant est conservé dans la sauvegarde «&#xa0;%2&#xa0;»&#xa0;: restaurez-la pour revenir en arrière.</translation>
    </message>
</context>
<context>
    <name>BasesEditor</name>
    <message>
        <location filename="../../gui/activities/table.py" line="894"/>
        <source>Why this basis applies (required for legitimate interests)</source>
        <translation>Pourquoi ce fondement s&apos;applique (obligatoire pour l&apos;intérêt légitime)</translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="897"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="54"/>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/bulk.py" line="61"/>
        <source>Change one field of the %n selected activities at once. Undo (Ctrl+Z) puts every one back as it was.</source>
        <translation>
            <numerusform>Modifier en une fois un champ de l&apos;activité sélectionnée (%n). Annuler (Ctrl+Z) la remet telle qu&apos;elle était.</numerusform>
            <numerusform>Modifier en une fois un champ des %n activités sélectionnées. Annuler (Ctrl+Z) les remet toutes telles qu&apos;elles étaient.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="88"/>
        <source>Why this basis applies (required for legitimate interests)</source>
        <translation>Pourquoi cette base s&apos;applique (obligatoire pour l&apos;intérêt légitime)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="100"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="101"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="102"/>
        <location filename="../../gui/dialogs/bulk.py" line="241"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="113"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="148"/>
        <source>Add to each activity</source>
        <translation>Ajouter à chaque activité</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="149"/>
        <source>Remove from each activity</source>
        <translation>Retirer de chaque activité</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="152"/>
        <source>Replace with exactly these</source>
        <translation>Remplacer par exactement ceux-ci</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="155"/>
        <source>Set to</source>
        <translation>Mettre à</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="179"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="180"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="193"/>
        <source>A date, as in a spreadsheet (e.g. 2026-10-01)</source>
        <translation>Une date, comme dans un tableur (p. ex. 01/10/2026)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="238"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="239"/>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="318"/>
        <source>Check the register</source>
        <translation>Vérifier le registre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="322"/>
        <source>%n item(s) missing:</source>
        <translation>
            <numerusform>%n élément manquant&#xa0;:</numerusform>
            <numerusform>%n éléments manquants&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="324"/>
        <source>The register holds everything Article 30 asks for.</source>
        <translation>Le registre contient tout ce que demande l&apos;article 30.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../gui/commands/undo.py" line="49"/>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="50"/>
        <source>purpose</source>
        <translation>la finalité</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="51"/>
        <source>business function</source>
        <translation>la fonction métier</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="52"/>
        <source>status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="53"/>
        <source>validated by</source>
        <translation>le validateur</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="54"/>
        <source>validation date</source>
        <translation>la date de validation</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="55"/>
        <source>joint controller</source>
        <translation>le responsable conjoint</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="56"/>
        <source>imported legal basis text</source>
        <translation>le texte importé du fondement juridique</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="57"/>
        <source>imported data categories text</source>
        <translation>le texte importé des catégories de données</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="58"/>
        <source>Article 9 condition</source>
        <translation>la condition de l&apos;article 9</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="59"/>
        <source>retention period</source>
        <translation>la durée de conservation</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="60"/>
        <source>security measures</source>
        <translation>les mesures de sécurité</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="61"/>
        <source>other security measures</source>
        <translation>les autres mesures de sécurité</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="62"/>
        <source>data source</source>
        <translation>la source des données</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="63"/>
        <source>DPIA</source>
        <translation>l&apos;AIPD</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="64"/>
        <source>DPIA reason</source>
        <translation>le motif de l&apos;AIPD</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="65"/>
        <source>data categories</source>
        <translation>les catégories de données</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="66"/>
        <source>legal bases</source>
        <translation>les fondements juridiques</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="67"/>
        <source>data subjects</source>
        <translation>les personnes concernées</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="68"/>
        <source>recipients</source>
        <translation>les destinataires</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="69"/>
        <source>transfers</source>
        <translation>les transferts hors UE</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="94"/>
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="182"/>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="185"/>
        <location filename="../../gui/commands/undo.py" line="231"/>
        <source>Edit activity %1</source>
        <translation>Modifier l&apos;activité %1</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="228"/>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="269"/>
        <source>Duplicate as %1</source>
        <translation>Dupliquer en %1</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="272"/>
        <source>Add activity %1</source>
        <translation>Ajouter l&apos;activité %1</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="290"/>
        <source>Delete activity %1</source>
        <translation>Supprimer l&apos;activité %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="292"/>
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Supprimer %n activité</numerusform>
            <numerusform>Supprimer %n activités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="305"/>
        <source>Move activity %1</source>
        <translation>Déplacer l&apos;activité %1</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="363"/>
        <source>Delete activity %1 “%2”?</source>
        <translation>Supprimer l&apos;activité %1 «&#xa0;%2&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="366"/>
        <source>Delete %n activities?</source>
        <translation>
            <numerusform>Supprimer %n activité&#x202f;?</numerusform>
            <numerusform>Supprimer %n activités&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="371"/>
        <source>%n data category links</source>
        <translation>
            <numerusform>%n lien vers une catégorie de données</numerusform>
            <numerusform>%n liens vers des catégories de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="372"/>
        <source>%n legal bases</source>
        <translation>
            <numerusform>%n fondement juridique</numerusform>
            <numerusform>%n fondements juridiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="373"/>
        <source>%n transfers</source>
        <translation>
            <numerusform>%n transfert hors UE</numerusform>
            <numerusform>%n transferts hors UE</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="375"/>
        <source>Nothing else is linked to it. You can undo this with Edit ▸ Undo.</source>
        <translation>Rien d&apos;autre n&apos;y est lié. Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="378"/>
        <source>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</source>
        <translation>Sa finalité, %1 disparaissent avec elle. Les catégories de données elles-mêmes restent dans le registre. Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="382"/>
        <source>Their purposes, %1 go with them. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</source>
        <translation>Leurs finalités, %1 partent avec elles. Les catégories de données elles-mêmes restent dans le registre. Vous pouvez l&apos;annuler par Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="398"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="415"/>
        <source>%n item(s) that Article 30 asks for are still missing. Mark as validated anyway?</source>
        <translation>
            <numerusform>Il manque encore %n élément demandé par l&apos;article 30. Marquer comme validée malgré tout&#xa0;?</numerusform>
            <numerusform>Il manque encore %n éléments demandés par l&apos;article 30. Marquer comme validée malgré tout&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="419"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="420"/>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="422"/>
        <source>Validate anyway</source>
        <translation>Valider malgré tout</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../gui/commands/undo.py" line="342"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../gui/activities/dates.py" line="67"/>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../gui/activities/dates.py" line="83"/>
        <source>“%1” is not a date: type it as %2, or pick it in the calendar.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: tapez-la sous la forme %2, ou choisissez-la dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../gui/activities/detail.py" line="105"/>
        <source>Select an activity to see and edit all that Article 30 asks for it.</source>
        <translation>Sélectionnez une activité pour voir et modifier tout ce que l&apos;article 30 demande à son sujet.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="162"/>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="163"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="164"/>
        <source>Short name of the activity</source>
        <translation>Nom court de l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="165"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="166"/>
        <source>Business &amp;function:</source>
        <translation>Fonction &amp;métier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="167"/>
        <source>e.g. Human resources</source>
        <translation>p. ex. Ressources humaines</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="168"/>
        <source>&amp;Joint controller:</source>
        <translation>Responsable &amp;conjoint&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="169"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="175"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="177"/>
        <source>Validated by</source>
        <translation>Validée par</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="179"/>
        <source>Validation:</source>
        <translation>Validation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="192"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="194"/>
        <source>Data &amp;categories:</source>
        <translation>&amp;Catégories de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="197"/>
        <source>None (no special category)</source>
        <translation>Aucune (pas de catégorie particulière)</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="202"/>
        <source>Article 9 condition:</source>
        <translation>Condition de l&apos;article 9&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="204"/>
        <source>Data s&amp;ubjects:</source>
        <translation>Personnes &amp;concernées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="205"/>
        <source>Data source:</source>
        <translation>Source des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="206"/>
        <source>Where the data come from</source>
        <translation>D&apos;où proviennent les données</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="208"/>
        <source>Lawfulness</source>
        <translation>Licéité</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="215"/>
        <source>Legal &amp;bases:</source>
        <translation>Fondements &amp;juridiques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="216"/>
        <source>Kept as imported, word for word</source>
        <translation>Conservé tel qu&apos;importé, mot pour mot</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="220"/>
        <source>Imported legal basis:</source>
        <translation>Fondement juridique importé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="224"/>
        <source>Imported categories:</source>
        <translation>Catégories importées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="226"/>
        <source>Recipients and transfers</source>
        <translation>Destinataires et transferts</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="228"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="232"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="232"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="233"/>
        <source>Safeguard</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="233"/>
        <source>Detail</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="241"/>
        <source>Add transfer</source>
        <translation>Ajouter un transfert</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="244"/>
        <source>Remove transfer</source>
        <translation>Retirer le transfert</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="255"/>
        <source>Transfers outside the EU:</source>
        <translation>Transferts hors UE&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="258"/>
        <source>Retention and security</source>
        <translation>Conservation et sécurité</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="259"/>
        <source>Re&amp;tention period:</source>
        <translation>Durée de &amp;conservation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="260"/>
        <source>e.g. 3 years after the last contact</source>
        <translation>p. ex. 3 ans après le dernier contact</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="263"/>
        <source>Security measures:</source>
        <translation>Mesures de sécurité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="264"/>
        <source>Other measures:</source>
        <translation>Autres mesures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="265"/>
        <source>Described freely</source>
        <translation>Décrites librement</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="267"/>
        <source>Impact assessment (DPIA)</source>
        <translation>Analyse d&apos;impact (AIPD)</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="270"/>
        <source>Not assessed yet</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="271"/>
        <source>Required</source>
        <translation>Requise</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="272"/>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="275"/>
        <source>DPIA:</source>
        <translation>AIPD&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="276"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="277"/>
        <source>Why it is or is not required</source>
        <translation>Pourquoi elle est requise ou non</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="279"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="349"/>
        <source>Created %1 · changed %2</source>
        <translation>Créée le %1 · modifiée le %2</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="400"/>
        <source>None given</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs/export.py" line="435"/>
        <source>Sheets in draft: %1</source>
        <translation>Fiches à l&apos;état de brouillon&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export.py" line="437"/>
        <source>The register has %n completeness finding(s) and %1 sheet(s) in draft. The record will list them and its cover will say it is incomplete. Export anyway?</source>
        <translation>
            <numerusform>Le registre a %n constatation de complétude et %1 fiche(s) à l&apos;état de brouillon. Le registre PDF les listera et sa page de garde dira qu&apos;il est incomplet. Exporter quand même&#x202f;?</numerusform>
            <numerusform>Le registre a %n constatations de complétude et %1 fiche(s) à l&apos;état de brouillon. Le registre PDF les listera et sa page de garde dira qu&apos;il est incomplet. Exporter quand même&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="78"/>
        <location filename="../../gui/dialogs/export.py" line="547"/>
        <source>Export the record as PDF</source>
        <translation>Exporter le registre en PDF</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="111"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="112"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="116"/>
        <source>Language of the record:</source>
        <translation>Langue du registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="119"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="133"/>
        <source>Sign the record</source>
        <translation>Signer le registre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="141"/>
        <source>My organisation&apos;s certificate (created by Registre)</source>
        <translation>Le certificat de mon organisme (créé par Registre)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="143"/>
        <source>A PKCS#12 file:</source>
        <translation>Un fichier PKCS#12&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="152"/>
        <source>certificate.p12</source>
        <translation>certificat.p12</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="155"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="168"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="176"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="179"/>
        <source>e.g. Manager, DPO</source>
        <translation>p. ex. Gérant, DPO</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="182"/>
        <source>e.g. Lyon</source>
        <translation>p. ex. Lyon</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="185"/>
        <source>Optional, e.g. https://freetsa.org/tsr</source>
        <translation>Facultatif, p. ex. https://freetsa.org/tsr</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="187"/>
        <source>A timestamp authority certifies when the record was signed; leave empty to sign with your computer&apos;s clock only.</source>
        <translation>Une autorité d&apos;horodatage certifie la date de la signature&#xa0;; laissez vide pour signer avec la seule horloge de votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="189"/>
        <source>&amp;Signer:</source>
        <translation>&amp;Signataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="190"/>
        <source>&amp;Role:</source>
        <translation>&amp;Qualité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="191"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="192"/>
        <source>&amp;Timestamp authority:</source>
        <translation>Autorité d&apos;&amp;horodatage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="199"/>
        <source>This register is open read-only: the PDF can be exported, but the export will not be recorded in the register&apos;s history.</source>
        <translation>Ce registre est ouvert en lecture seule&#xa0;: le PDF peut être exporté, mais l&apos;export ne sera pas inscrit dans l&apos;historique du registre.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="222"/>
        <source>Preview (before signing)</source>
        <translation>Aperçu (avant signature)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="243"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export.py" line="265"/>
        <source>%n item(s) that Article 30 asks for are missing. You can export anyway: the record shows them as missing.</source>
        <translation>
            <numerusform>%n élément demandé par l&apos;article 30 manque. Vous pouvez exporter quand même&#xa0;: le registre l&apos;indique comme manquant.</numerusform>
            <numerusform>%n éléments demandés par l&apos;article 30 manquent. Vous pouvez exporter quand même&#xa0;: le registre les indique comme manquants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="269"/>
        <source>The register holds everything Article 30 asks for.</source>
        <translation>Le registre contient tout ce que demande l&apos;article 30.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="310"/>
        <source>The password you chose when Registre created the certificate (%1).</source>
        <translation>Le mot de passe choisi quand Registre a créé le certificat (%1).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="313"/>
        <source>Registre will create your organisation&apos;s certificate at the first signature, protected by this password. Keep the password: every later signature asks for it.</source>
        <translation>Registre créera le certificat de votre organisme à la première signature, protégé par ce mot de passe. Conservez-le&#xa0;: chaque signature suivante le demandera.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="317"/>
        <source>The password that protects the PKCS#12 file (.p12, .pfx).</source>
        <translation>Le mot de passe qui protège le fichier PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="330"/>
        <source>Choose the PKCS#12 file to sign with.</source>
        <translation>Choisissez le fichier PKCS#12 avec lequel signer.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="332"/>
        <source>Type the certificate&apos;s password.</source>
        <translation>Saisissez le mot de passe du certificat.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="334"/>
        <source>Type the signer&apos;s name.</source>
        <translation>Saisissez le nom du signataire.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="382"/>
        <source>Preview (before signing): rendering…</source>
        <translation>Aperçu (avant signature)&#xa0;: préparation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export.py" line="397"/>
        <source>Preview (before signing): %n page(s)</source>
        <translation>
            <numerusform>Aperçu (avant signature)&#xa0;: %n page</numerusform>
            <numerusform>Aperçu (avant signature)&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="405"/>
        <source>The preview could not be made: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="458"/>
        <source>Signing and writing “%1”…</source>
        <translation>Signature et écriture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="459"/>
        <source>Writing “%1”…</source>
        <translation>Écriture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="484"/>
        <source>The record was written to “%1”.</source>
        <translation>Le registre a été écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="486"/>
        <source>It is signed by %1.</source>
        <translation>Il est signé par %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="488"/>
        <source>It is not signed.</source>
        <translation>Il n&apos;est pas signé.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="491"/>
        <source>Your organisation&apos;s certificate was created at “%1”. Keep it and its password: Registre signs with it from now on.</source>
        <translation>Le certificat de votre organisme a été créé dans «&#xa0;%1&#xa0;». Conservez-le, ainsi que son mot de passe&#xa0;: Registre signe désormais avec lui.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="495"/>
        <source>The register is open read-only: this export is not recorded in its history.</source>
        <translation>Le registre est ouvert en lecture seule&#xa0;: cet export n&apos;est pas inscrit dans son historique.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="497"/>
        <location filename="../../gui/dialogs/export.py" line="564"/>
        <location filename="../../gui/dialogs/export.py" line="573"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="553"/>
        <source>Choose a PKCS#12 certificate</source>
        <translation>Choisir un certificat PKCS#12</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="554"/>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <location filename="../../gui/activities/grid.py" line="409"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="350"/>
        <location filename="../../gui/activities/grid.py" line="359"/>
        <location filename="../../gui/activities/grid.py" line="426"/>
        <source>Nothing was pasted.</source>
        <translation>Rien n&apos;a été collé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="329"/>
        <source>%n activity(ies) copied, not cut: an activity stays until it is deleted (Delete).</source>
        <translation>
            <numerusform>%n activité copiée, pas coupée&#xa0;: une activité reste jusqu&apos;à ce qu&apos;on la supprime (Suppr).</numerusform>
            <numerusform>%n activités copiées, pas coupées&#xa0;: une activité reste jusqu&apos;à ce qu&apos;on la supprime (Suppr).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="343"/>
        <source>The clipboard holds no text or cells to paste. Nothing was pasted.</source>
        <translation>Le presse-papiers ne contient ni texte ni cellules à coller. Rien n&apos;a été collé.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="358"/>
        <source>No row is selected: click the cell to paste into first.</source>
        <translation>Aucune ligne n&apos;est sélectionnée&#xa0;: cliquez d&apos;abord la cellule où coller.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="367"/>
        <source>The %1 × %2 cells do not fit here: from this cell, there is room for %3 and %4. Nothing was pasted.</source>
        <translation>Les %1 × %2 cellules ne tiennent pas ici&#xa0;: à partir de cette cellule, il y a de la place pour %3 et %4. Rien n&apos;a été collé.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="371"/>
        <source>A paste adds no activity: add them first with New (Ctrl+N), or import a whole table with File ▸ Import table…</source>
        <translation>Un collage n&apos;ajoute pas d&apos;activité&#xa0;: ajoutez-les d&apos;abord avec Nouveau (Ctrl+N), ou importez un tableau entier avec Fichier ▸ Importer un tableau…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="375"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="376"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="422"/>
        <source>%n column(s) not edited here left as they were: %1.</source>
        <translation>
            <numerusform>%n colonne non modifiable ici est restée telle quelle&#xa0;: %1.</numerusform>
            <numerusform>%n colonnes non modifiables ici sont restées telles quelles&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="424"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="431"/>
        <source>%n cell(s) refused:</source>
        <translation>
            <numerusform>%n cellule refusée&#xa0;:</numerusform>
            <numerusform>%n cellules refusées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="434"/>
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n cellule collée.</numerusform>
            <numerusform>%n cellules collées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="437"/>
        <source>%n cell(s) refused, left as they were:</source>
        <translation>
            <numerusform>%n cellule refusée, laissée telle qu&apos;elle était&#xa0;:</numerusform>
            <numerusform>%n cellules refusées, laissées telles qu&apos;elles étaient&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="451"/>
        <source>The current cell is in the hidden column “%1”: click a cell that is shown first.</source>
        <translation>La cellule active est dans la colonne masquée «&#xa0;%1&#xa0;»&#xa0;: cliquez d&apos;abord une cellule affichée.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="482"/>
        <source>Nothing was filled down.</source>
        <translation>Rien n&apos;a été recopié.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="623"/>
        <source>Add a column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="624"/>
        <source>Name of the new column (each activity can fill it in, as a note of that name):</source>
        <translation>Nom de la nouvelle colonne (chaque activité peut la remplir, comme une note de ce nom)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="640"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="641"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="643"/>
        <source>Fill down</source>
        <translation>Recopier vers le bas</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="670"/>
        <source>Show rows whose “%1” contains…</source>
        <translation>Lignes dont «&#xa0;%1&#xa0;» contient…</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="678"/>
        <source>Hide “%1”</source>
        <translation>Masquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="681"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="689"/>
        <source>Add a column…</source>
        <translation>Ajouter une colonne…</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="693"/>
        <source>Clear the column filters</source>
        <translation>Effacer les filtres de colonne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="709"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridCommands</name>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="52"/>
        <source>Set %1 for %n activities</source>
        <translation>
            <numerusform>Définir %1 pour %n activité</numerusform>
            <numerusform>Définir %1 pour %n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="56"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Coller %n cellule</numerusform>
            <numerusform>Coller %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="60"/>
        <source>Fill down %n cell(s)</source>
        <translation>
            <numerusform>Recopier vers le bas %n cellule</numerusform>
            <numerusform>Recopier vers le bas %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/grid.py" line="93"/>
        <location filename="../../gui/commands/grid.py" line="102"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="104"/>
        <source>Add %1 to “%2” of %n activities</source>
        <translation>
            <numerusform>Ajouter %1 à «&#xa0;%2&#xa0;» de %n activité</numerusform>
            <numerusform>Ajouter %1 à «&#xa0;%2&#xa0;» de %n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="106"/>
        <source>Remove %1 from “%2” of %n activities</source>
        <translation>
            <numerusform>Retirer %1 de «&#xa0;%2&#xa0;» de %n activité</numerusform>
            <numerusform>Retirer %1 de «&#xa0;%2&#xa0;» de %n activités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../gui/dialogs/guide.py" line="26"/>
        <source>Registre guide</source>
        <translation>Guide de Registre</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../gui/history/window.py" line="98"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="99"/>
        <source>PDF record</source>
        <translation>registre PDF</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="100"/>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="101"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="102"/>
        <source>column added</source>
        <translation>colonne ajoutée</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="117"/>
        <source>required</source>
        <translation>requise</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="118"/>
        <source>not required</source>
        <translation>non requise</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="271"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="272"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="273"/>
        <source>Who</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="274"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="275"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="276"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="277"/>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="280"/>
        <source>Place of the entry in the history, oldest first</source>
        <translation>Rang de l&apos;entrée dans l&apos;historique, la plus ancienne en premier</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../gui/history/window.py" line="396"/>
        <source>History of the register</source>
        <translation>Historique du registre</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="412"/>
        <source>Filter: activity, user, field, value…</source>
        <translation>Filtrer&#xa0;: activité, utilisateur, champ, valeur…</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="432"/>
        <source>Check against a signed record…</source>
        <translation>Comparer à un registre signé…</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="436"/>
        <source>Confirm that the history, up to a record this register signed, is the one that record sealed; names the first entry that differs otherwise.</source>
        <translation>Confirme que l&apos;historique, jusqu&apos;à un registre signé de ce registre, est celui que ce registre signé a scellé&#xa0;; sinon, nomme la première entrée qui diffère.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/window.py" line="471"/>
        <source>✔ History intact: %n entries, each chained to the one before (SHA-256).</source>
        <translation>
            <numerusform>✔ Historique intact&#xa0;: %n entrée, chaînée par SHA-256.</numerusform>
            <numerusform>✔ Historique intact&#xa0;: %n entrées, chacune chaînée à la précédente (SHA-256).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="480"/>
        <source>Last signed record: %1, signed by %2 (%3).</source>
        <translation>Dernier registre signé&#xa0;: %1, signé par %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/window.py" line="485"/>
        <source>Only the %n change(s) since then</source>
        <translation>
            <numerusform>Seulement la modification faite depuis (%n)</numerusform>
            <numerusform>Seulement les %n modifications faites depuis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="488"/>
        <source>No change since then</source>
        <translation>Aucune modification depuis</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="490"/>
        <source>No signed record has been exported yet.</source>
        <translation>Aucun registre signé n&apos;a encore été exporté.</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="491"/>
        <source>Only changes since the last signed record</source>
        <translation>Seulement les modifications depuis le dernier registre signé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="112"/>
        <source>A signed record of this register</source>
        <translation>Un registre signé de ce registre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="113"/>
        <source>Signed records (*.pdf)</source>
        <translation>Registres signés (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="320"/>
        <location filename="../../gui/dialogs/importing.py" line="656"/>
        <source>Import “%1”</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="505"/>
        <source>%n activity(ies) will be added to the register.</source>
        <translation>
            <numerusform>%n activité sera ajoutée au registre.</numerusform>
            <numerusform>%n activités seront ajoutées au registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="516"/>
        <source>%n error(s) must be corrected in the file before importing.</source>
        <translation>
            <numerusform>%n erreur doit être corrigée dans le fichier avant l&apos;import.</numerusform>
            <numerusform>%n erreurs doivent être corrigées dans le fichier avant l&apos;import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="520"/>
        <source>%n point(s) to check, marked in amber.</source>
        <translation>
            <numerusform>%n point à vérifier, signalé en orange.</numerusform>
            <numerusform>%n points à vérifier, signalés en orange.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="566"/>
        <source>New data categories created by this import: %1</source>
        <translation>Nouvelles catégories de données créées par cet import&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="569"/>
        <source>Every data category is already in the register.</source>
        <translation>Toutes les catégories de données sont déjà dans le registre.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="357"/>
        <source>Wording not recognised as a legal basis</source>
        <translation>Formulations non reconnues comme fondement juridique</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="360"/>
        <source>Choose the legal basis each wording stands for: it becomes that basis&apos;s justification. Left unassigned, it is kept as text on the activity.</source>
        <translation>Choisissez le fondement juridique que désigne chaque formulation&#xa0;: elle en devient la justification. Sans choix, elle est conservée telle quelle sur l&apos;activité.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="381"/>
        <source>Leave unassigned</source>
        <translation>Ne pas attribuer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="372"/>
        <source>%1 (Art. %2)</source>
        <translation>%1 (art. %2)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="397"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="508"/>
        <source>%n row(s) already in the register will be skipped.</source>
        <translation>
            <numerusform>%n ligne déjà au registre sera ignorée.</numerusform>
            <numerusform>%n lignes déjà au registre seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="512"/>
        <source>%n activity(ies) already in the register will be updated.</source>
        <translation>
            <numerusform>%n activité déjà au registre sera mise à jour.</numerusform>
            <numerusform>%n activités déjà au registre seront mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="587"/>
        <source>Correct the errors in the file, then import it again.</source>
        <translation>Corrigez les erreurs dans le fichier, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="616"/>
        <source>Import a table of activities</source>
        <translation>Importer un tableau d&apos;activités</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="617"/>
        <source>Tables (*.xlsx *.ods *.fods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tableaux (*.xlsx *.ods *.fods *.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="657"/>
        <source>“%1” cannot be imported; the register was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé&#x202f;; le registre n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="423"/>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="299"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="427"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="427"/>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="433"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="441"/>
        <source>Note “%1”</source>
        <translation>Note «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="443"/>
        <source>Left out (not imported)</source>
        <translation>Laissée de côté (non importée)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="559"/>
        <source>Left out, not imported: %1</source>
        <translation>Laissées de côté, non importées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="561"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="465"/>
        <source>Already in the register</source>
        <translation>Déjà au registre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="471"/>
        <source>Skip these rows</source>
        <translation>Laisser ces lignes de côté</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="474"/>
        <source>Update those activities with these rows</source>
        <translation>Mettre à jour ces activités avec ces lignes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="476"/>
        <source>Add them as new activities</source>
        <translation>Les ajouter comme nouvelles activités</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="495"/>
        <source>line %1 (%2 %3)</source>
        <translation>ligne %1 (%2 %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="492"/>
        <source>%n row(s) name an activity the register already has: %1</source>
        <translation>
            <numerusform>%n ligne nomme une activité déjà au registre&#xa0;: %1</numerusform>
            <numerusform>%n lignes nomment des activités déjà au registre&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="192"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="193"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="194"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="197"/>
        <source>Already in the register</source>
        <translation>Déjà au registre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="252"/>
        <source>%1, skipped</source>
        <translation>%1, ignorée</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="253"/>
        <source>%1, will be updated</source>
        <translation>%1, sera mise à jour</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="254"/>
        <source>%1, added again</source>
        <translation>%1, ajoutée à nouveau</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="262"/>
        <source>(kept as text: %1)</source>
        <translation>(conservé en texte&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="264"/>
        <source>%1 (new)</source>
        <translation>%1 (nouvelle)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="273"/>
        <source>⚠ not recognised</source>
        <translation>⚠ non reconnu</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="280"/>
        <source>The register already has this activity: %1 %2</source>
        <translation>Le registre a déjà cette activité&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="284"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="285"/>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <location filename="../../gui/commands/lists.py" line="47"/>
        <source>Add %1 “%2”</source>
        <translation>Ajouter %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/commands/lists.py" line="71"/>
        <source>Edit %1 “%2”</source>
        <translation>Modifier %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/commands/lists.py" line="92"/>
        <source>Delete %1 “%2”</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/lists.py" line="94"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/lists.py" line="128"/>
        <source>Edit legal basis “%1”</source>
        <translation>Modifier le fondement juridique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/commands/lists.py" line="153"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/lists.py" line="189"/>
        <source>Import %n activity(ies) from “%1”</source>
        <translation>
            <numerusform>Importer %n activité depuis «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Importer %n activités depuis «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../gui/lists/page.py" line="547"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="579"/>
        <source>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</source>
        <translation>Les types de données personnelles que traitent vos activités. Cochez les catégories particulières (article 9) et les données d&apos;infraction (article 10)&#xa0;: elles exigent une condition spécifique.</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="583"/>
        <source>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</source>
        <translation>Les six fondements juridiques de l&apos;article 6, paragraphe 1, sont fixés par le RGPD&#x202f;; décrivez comment votre organisme s&apos;appuie sur chacun. Double-cliquez sur une description pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="586"/>
        <source>The people whose data you process: customers, employees, prospects…</source>
        <translation>Les personnes dont vous traitez les données&#xa0;: clients, salariés, prospects…</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="589"/>
        <source>Who receives the data: your own departments, processors, third parties, public authorities.</source>
        <translation>Qui reçoit les données&#xa0;: vos propres services, vos sous-traitants, des tiers, des autorités publiques.</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="596"/>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="597"/>
        <source>Add a data subject</source>
        <translation>Ajouter des personnes concernées</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="598"/>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="603"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="604"/>
        <source>New data subject</source>
        <translation>Nouvelles personnes concernées</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="605"/>
        <source>New recipient</source>
        <translation>Nouveau destinataire</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="676"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="678"/>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/lists/page.py" line="680"/>
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Supprimer cet élément&#x202f;?</numerusform>
            <numerusform>Supprimer ces %n éléments&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="683"/>
        <source>No activity uses it. You can undo this.</source>
        <translation>Aucune activité ne l&apos;utilise. Vous pourrez annuler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/lists/page.py" line="684"/>
        <source>It is removed from %n activity(ies):</source>
        <translation>
            <numerusform>Il sera retiré de %n activité&#xa0;:</numerusform>
            <numerusform>Il sera retiré de %n activités&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/lists/page.py" line="688"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="689"/>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler.</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/lists/page.py" line="234"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="235"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="236"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="237"/>
        <source>Special (Art. 9)</source>
        <translation>Particulière (art. 9)</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="238"/>
        <source>Criminal (Art. 10)</source>
        <translation>Infractions (art. 10)</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="239"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="240"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="241"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="247"/>
        <source>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</source>
        <translation>Catégorie particulière de données (article 9 du RGPD)&#xa0;: santé, biométrie, religion, opinions politiques…</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="250"/>
        <source>Data relating to criminal convictions and offences (GDPR Article 10)</source>
        <translation>Données relatives aux condamnations pénales et aux infractions (article 10 du RGPD)</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="253"/>
        <source>How many processing activities use it</source>
        <translation>Nombre d&apos;activités de traitement qui l&apos;utilisent</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="312"/>
        <source>Art. %1</source>
        <translation>Art. %1</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="320"/>
        <source>No activity uses it.</source>
        <translation>Aucune activité ne l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="326"/>
        <source>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</source>
        <translation>Les fondements juridiques de l&apos;article 6, paragraphe 1, sont fixés par le RGPD&#x202f;; décrivez comment votre organisme s&apos;appuie sur chacun.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="368"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="377"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="496"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="498"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="501"/>
        <source>&amp;Import table…</source>
        <translation>&amp;Importer un tableau…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="503"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="505"/>
        <source>Write the whole register as a JSON file</source>
        <translation>Écrire tout le registre dans un fichier JSON</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="511"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="513"/>
        <source>Preview, sign and write the record for the regulator</source>
        <translation>Prévisualiser, signer et écrire le registre pour l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="515"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="517"/>
        <source>Put the register back as one of its backups holds it</source>
        <translation>Remettre le registre dans l&apos;état d&apos;une de ses sauvegardes</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="519"/>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Vérifier un PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="520"/>
        <source>Check that a signed record is intact and who signed it</source>
        <translation>Vérifier qu&apos;un registre signé est intact, et qui l&apos;a signé</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="522"/>
        <source>&amp;History of the register…</source>
        <translation>&amp;Historique du registre…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="524"/>
        <source>Every change, who made it, and whether the history chain holds</source>
        <translation>Chaque modification, son auteur, et l&apos;intégrité de la chaîne de l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="527"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="548"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="550"/>
        <source>Add an activity (or an item of the list shown)</source>
        <translation>Ajouter une activité (ou un élément de la liste affichée)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="552"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="554"/>
        <source>Copy the selected activity</source>
        <translation>Copier l&apos;activité sélectionnée</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="556"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="558"/>
        <source>Delete the selection, after confirmation</source>
        <translation>Supprimer la sélection, après confirmation</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="561"/>
        <source>&amp;Bulk edit…</source>
        <translation>Modification &amp;groupée…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="563"/>
        <source>Set a field, or add or remove items, for every selected activity at once</source>
        <translation>Définir un champ, ou ajouter ou retirer des éléments, pour toutes les activités sélectionnées à la fois</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="566"/>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="569"/>
        <source>Move do&amp;wn</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="572"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="574"/>
        <source>&amp;User order</source>
        <translation>Ordre &amp;personnel</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="576"/>
        <source>Show activities in the order you gave them</source>
        <translation>Afficher les activités dans l&apos;ordre que vous leur avez donné</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="578"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="580"/>
        <source>List what Article 30 asks for and the register lacks</source>
        <translation>Lister ce que demande l&apos;article 30 et qui manque au registre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="582"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="585"/>
        <source>&amp;About Registre</source>
        <translation>À &amp;propos de Registre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="588"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="594"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="597"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="608"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="622"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="624"/>
        <source>&amp;Detail panel</source>
        <translation>Panneau de &amp;détail</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="633"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="636"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="641"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="648"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="649"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="657"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="658"/>
        <source>Show only what contains these words, accents and case aside</source>
        <translation>N&apos;afficher que ce qui contient ces mots, sans tenir compte des accents ni de la casse</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="738"/>
        <source>Unsaved register</source>
        <translation>Registre non enregistré</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="740"/>
        <location filename="../../gui/mainwindow/window.py" line="745"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="766"/>
        <source>No other register</source>
        <translation>Aucun autre registre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="778"/>
        <source>Cannot open the register</source>
        <translation>Impossible d&apos;ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="779"/>
        <source>“%1” cannot be opened.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="983"/>
        <source>%n of %1 activities incomplete</source>
        <translation>
            <numerusform>%n activité incomplète sur %1</numerusform>
            <numerusform>%n activités incomplètes sur %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="74"/>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="75"/>
        <source>Registers (*.registre *.db);;All files (*)</source>
        <translation>Registres (*.registre *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="79"/>
        <source>New register</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="80"/>
        <source>Registers (*.registre *.db)</source>
        <translation>Registres (*.registre *.db)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="106"/>
        <source>Export the register as JSON</source>
        <translation>Exporter le registre en JSON</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="107"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="803"/>
        <source>“%1” already exists; use File ▸ Open to open it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#x202f;; utilisez Fichier ▸ Ouvrir pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="820"/>
        <location filename="../../gui/mainwindow/window.py" line="836"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="981"/>
        <source>No activities yet</source>
        <translation>Aucune activité pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="986"/>
        <source>All %n activities complete</source>
        <translation>
            <numerusform>L&apos;activité est complète</numerusform>
            <numerusform>Les %n activités sont complètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="989"/>
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>%n affichée sur %1</numerusform>
            <numerusform>%n affichées sur %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="992"/>
        <source>%1; organisation incomplete</source>
        <translation>%1&#xa0;; organisation incomplète</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="996"/>
        <source>No signed record yet</source>
        <translation>Aucun registre signé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="999"/>
        <source>%n change(s) since the last signed record (%1)</source>
        <translation>
            <numerusform>%n modification depuis le dernier registre signé (%1)</numerusform>
            <numerusform>%n modifications depuis le dernier registre signé (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="1003"/>
        <source>Signed record up to date (%1)</source>
        <translation>Registre signé à jour (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="1030"/>
        <source>About Registre</source>
        <translation>À propos de Registre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="1031"/>
        <source>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;Le registre des activités de traitement de l&apos;article 30 du RGPD, tenu sur votre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="1036"/>
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="89"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="90"/>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>Classeur OpenDocument (*.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="91"/>
        <source>CSV, activities only (*.csv)</source>
        <translation>CSV, activités seules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="94"/>
        <source>Export the register as a spreadsheet</source>
        <translation>Exporter le registre en tableur</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="507"/>
        <source>Export &amp;spreadsheet…</source>
        <translation>Exporter en &amp;tableur…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="509"/>
        <source>Write the register as an XLSX, ODS or CSV spreadsheet</source>
        <translation>Écrire le registre dans un tableur XLSX, ODS ou CSV</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="40"/>
        <source>Register in use</source>
        <translation>Registre déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="42"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="43"/>
        <source>“%1” is already open in another window or program (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre fenêtre ou un autre programme (%2).</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="47"/>
        <source>“%1” cannot be changed here.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="52"/>
        <source>Open it read-only? You can read, check and export it, not change it.</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;? Vous pourrez le lire, le vérifier et l&apos;exporter, pas le modifier.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="55"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="101"/>
        <source>Cannot open the register</source>
        <translation>Impossible d&apos;ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="102"/>
        <source>“%1” cannot be opened.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="103"/>
        <source>You can open another register or create a new one.</source>
        <translation>Vous pouvez ouvrir un autre registre ou en créer un nouveau.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="105"/>
        <source>Open another…</source>
        <translation>Ouvrir un autre…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="107"/>
        <source>Create a new one…</source>
        <translation>En créer un nouveau…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="109"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="126"/>
        <source>It is open elsewhere and you chose not to open it read-only.</source>
        <translation>Il est ouvert ailleurs et vous avez choisi de ne pas l&apos;ouvrir en lecture seule.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../gui/organisation/page.py" line="55"/>
        <location filename="../../gui/organisation/page.py" line="70"/>
        <location filename="../../gui/organisation/page.py" line="80"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="56"/>
        <source>controller name</source>
        <translation>nom du responsable de traitement</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="57"/>
        <location filename="../../gui/organisation/page.py" line="72"/>
        <location filename="../../gui/organisation/page.py" line="82"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="58"/>
        <source>controller address</source>
        <translation>adresse du responsable de traitement</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="60"/>
        <source>Registration number:</source>
        <translation>Numéro d&apos;immatriculation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="61"/>
        <source>registration number</source>
        <translation>numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="62"/>
        <source>e.g. SIRET 123 456 789 00012</source>
        <translation>p. ex. SIRET 123 456 789 00012</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="63"/>
        <location filename="../../gui/organisation/page.py" line="74"/>
        <location filename="../../gui/organisation/page.py" line="84"/>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="64"/>
        <source>controller phone</source>
        <translation>téléphone du responsable de traitement</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="65"/>
        <location filename="../../gui/organisation/page.py" line="76"/>
        <location filename="../../gui/organisation/page.py" line="86"/>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="66"/>
        <source>controller e-mail</source>
        <translation>courriel du responsable de traitement</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="67"/>
        <source>contact@example.com</source>
        <translation>contact@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="71"/>
        <source>representative name</source>
        <translation>nom du représentant</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="73"/>
        <source>representative address</source>
        <translation>adresse du représentant</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="75"/>
        <source>representative phone</source>
        <translation>téléphone du représentant</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="77"/>
        <source>representative e-mail</source>
        <translation>courriel du représentant</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="81"/>
        <source>DPO name</source>
        <translation>nom du DPO</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="83"/>
        <source>DPO address</source>
        <translation>adresse du DPO</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="85"/>
        <source>DPO phone</source>
        <translation>téléphone du DPO</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="87"/>
        <source>DPO e-mail</source>
        <translation>courriel du DPO</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="88"/>
        <source>dpo@example.com</source>
        <translation>dpo@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="126"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="131"/>
        <source>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</source>
        <translation>Qui est responsable des traitements (article 30, paragraphe 1, point a). Les modifications sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="142"/>
        <source>Controller</source>
        <translation>Responsable de traitement</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="144"/>
        <source>Representative in the EU</source>
        <translation>Représentant dans l&apos;UE</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="145"/>
        <source>Only for an organisation established outside the European Union (Article 27).</source>
        <translation>Uniquement pour un organisme établi hors de l&apos;Union européenne (article 27).</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="149"/>
        <source>Data protection officer (DPO)</source>
        <translation>Délégué à la protection des données (DPO)</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="150"/>
        <source>If you have designated one (Article 37); otherwise leave empty.</source>
        <translation>Si vous en avez désigné un (article 37)&#x202f;; sinon, laissez vide.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="32"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="36"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="43"/>
        <source>The new language applies the next time Registre starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Registre.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="50"/>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/qtgaps.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/qtgaps.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="50"/>
        <location filename="../../gui/dialogs/verify.py" line="161"/>
        <source>Verify a signed PDF</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="55"/>
        <source>The signed record to check</source>
        <translation>Le registre signé à vérifier</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="56"/>
        <location filename="../../gui/dialogs/verify.py" line="67"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="75"/>
        <source>PDF file:</source>
        <translation>Fichier PDF&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="62"/>
        <source>Optional: the certificates it should chain to, separated by ;</source>
        <translation>Facultatif&#xa0;: les certificats auxquels il doit remonter, séparés par&#xa0;;</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="66"/>
        <source>Optional: the SHA-256 fingerprint the organisation publishes</source>
        <translation>Facultatif&#xa0;: l&apos;empreinte SHA-256 que l&apos;organisme publie</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="79"/>
        <source>Trust roots:</source>
        <translation>Racines de confiance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="80"/>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="94"/>
        <source>Choose a PDF, then Verify.</source>
        <translation>Choisissez un PDF, puis Vérifier.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="97"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="144"/>
        <source>This file cannot be checked.</source>
        <translation>Ce fichier ne peut pas être vérifié.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="162"/>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="167"/>
        <source>Trust root certificates</source>
        <translation>Certificats racines de confiance</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="168"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../gui/activities/welcome.py" line="19"/>
        <source>Start from typical activities</source>
        <translation>Partir des activités types</translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="46"/>
        <source>The register is empty</source>
        <translation>Le registre est vide</translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="51"/>
        <source>Article 30 asks for one entry per processing activity: why personal data is used, whose, which, on what legal basis, for how long. Three ways to begin:</source>
        <translation>L&apos;article 30 demande une fiche par activité de traitement&#xa0;: pourquoi des données personnelles sont utilisées, de qui, lesquelles, sur quelle base légale, pour combien de temps. Trois façons de commencer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="61"/>
        <source>Import your table (Excel, LibreOffice, CSV)…</source>
        <translation>Importer votre tableau (Excel, LibreOffice, CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="63"/>
        <source>Start from the typical activities of a small business</source>
        <translation>Partir des activités types d&apos;une petite entreprise</translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="66"/>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="72"/>
        <source>Payroll, customers and prospects, suppliers, staff, recruitment, video surveillance — with their usual categories, bases and retention periods, to adapt.</source>
        <translation>Paie, clients et prospects, fournisseurs, personnel, recrutement, vidéosurveillance — avec leurs catégories, bases légales et durées de conservation habituelles, à adapter.</translation>
    </message>
</context>
</TS>
