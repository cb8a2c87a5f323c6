<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ActivitiesModel</name>
        <message>
            <location filename="../../gui/activities.py" line="272" />
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="273" />
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="274" />
            <source>Data categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="275" />
            <source>Legal bases</source>
            <translation>Fondements</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="276" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="277" />
            <source>Completeness</source>
            <translation>Complétude</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="281" />
            <source>Reference of the processing activity</source>
            <translation>Référence de l'activité de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="282" />
            <source>Name of the activity (its purpose when unnamed)</source>
            <translation>Nom de l'activité (sa finalité si elle n'a pas de nom)</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="283" />
            <source>Categories of personal data processed</source>
            <translation>Catégories de données personnelles traitées</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="284" />
            <source>Article 6 legal bases and their justification</source>
            <translation>Fondements juridiques de l'article 6 et leur justification</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="285" />
            <source>Draft, validated or archived</source>
            <translation>Brouillon, validée ou archivée</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="286" />
            <source>What Article 30 asks for and is missing</source>
            <translation>Ce que demande l'article 30 et qui manque</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="321" />
            <source>Complete</source>
            <translation>Complète</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/activities.py" line="322" />
            <location filename="../../gui/mainwindow.py" line="125" />
            <source>%n missing</source>
            <translation>
                <numerusform>%n manquant</numerusform>
                <numerusform>%n manquants</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="346" />
            <source>Everything Article 30 asks for is filled in.</source>
            <translation>Tout ce que demande l'article 30 est renseigné.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="118" />
            <source>Something went wrong: %1</source>
            <translation>Une erreur inattendue s'est produite : %1</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="121" />
            <source>Your last saved edits are safe in the register. The details were written to %1.</source>
            <translation>Vos dernières modifications enregistrées sont en sécurité dans le registre. Les détails ont été écrits dans %1.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../gui/backup_dialog.py" line="50" />
            <source>first opening of the day</source>
            <translation>première ouverture du jour</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="51" />
            <source>before an import</source>
            <translation>avant un import</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="52" />
            <source>before a version upgrade</source>
            <translation>avant une mise à jour de version</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="53" />
            <source>before a restore</source>
            <translation>avant une restauration</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="54" />
            <source>made by hand</source>
            <translation>faite à la main</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="61" />
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="62" />
            <source>%1 kB</source>
            <translation>%1 ko</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="93" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="93" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="94" />
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="94" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="124" />
            <source>Restore from a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="130" />
            <source>Registre backs the register up at the first opening of each day, before every import and before a restore; the last %1 are kept in “%2”.</source>
            <translation>Registre sauvegarde le registre à la première ouverture de chaque jour, avant chaque import et avant une restauration ; les %1 dernières sauvegardes sont conservées dans « %2 ».</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="149" />
            <source>This register has no backup yet.</source>
            <translation>Ce registre n'a encore aucune sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="155" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="162" />
            <source>This register is open read-only: it cannot be restored here.</source>
            <translation>Ce registre est ouvert en lecture seule : il ne peut pas être restauré ici.</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="191" />
            <source>Restore the backup of %1?</source>
            <translation>Restaurer la sauvegarde du %1 ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/backup_dialog.py" line="193" />
            <source>Restore the backup of %1 (%n activity(ies))?</source>
            <translation>
                <numerusform>Restaurer la sauvegarde du %1 (%n activité) ?</numerusform>
                <numerusform>Restaurer la sauvegarde du %1 (%n activités) ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="196" />
            <source>The register will be as it was then; what changed since is replaced. The present state is backed up first, so you can go back to it. Edit ▸ Undo will be emptied: its steps would no longer apply.</source>
            <translation>Le registre redeviendra tel qu'il était alors ; ce qui a changé depuis est remplacé. L'état actuel est d'abord sauvegardé, pour que vous puissiez y revenir. Édition ▸ Annuler sera vidé : ses étapes ne s'appliqueraient plus.</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="199" />
            <location filename="../../gui/backup_dialog.py" line="207" />
            <location filename="../../gui/backup_dialog.py" line="217" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="208" />
            <source>The register was restored from the backup of %1.

What it held just before is kept in the backup “%2”: restore that one to go back.</source>
            <translation>Le registre a été restauré à partir de la sauvegarde du %1.

Ce qu'il contenait juste avant est conservé dans la sauvegarde « %2 » : restaurez-la pour revenir en arrière.</translation>
        </message>
    </context>
    <context>
        <name>BasesEditor</name>
        <message>
            <location filename="../../gui/activities.py" line="586" />
            <source>Why this basis applies (required for legitimate interests)</source>
            <translation>Pourquoi ce fondement s'applique (obligatoire pour l'intérêt légitime)</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="589" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="259" />
            <source>Check the register</source>
            <translation>Vérifier le registre</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="263" />
            <source>%n item(s) missing:</source>
            <translation>
                <numerusform>%n élément manquant :</numerusform>
                <numerusform>%n éléments manquants :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="265" />
            <source>The register holds everything Article 30 asks for.</source>
            <translation>Le registre contient tout ce que demande l'article 30.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../gui/commands.py" line="43" />
            <source>name</source>
            <translation>le nom</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="44" />
            <source>purpose</source>
            <translation>la finalité</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="45" />
            <source>business function</source>
            <translation>la fonction métier</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="46" />
            <source>status</source>
            <translation>le statut</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="47" />
            <source>validated by</source>
            <translation>le validateur</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="48" />
            <source>validation date</source>
            <translation>la date de validation</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="49" />
            <source>joint controller</source>
            <translation>le responsable conjoint</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="50" />
            <source>imported legal basis text</source>
            <translation>le texte importé du fondement juridique</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="51" />
            <source>imported data categories text</source>
            <translation>le texte importé des catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="52" />
            <source>Article 9 condition</source>
            <translation>la condition de l'article 9</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="53" />
            <source>retention period</source>
            <translation>la durée de conservation</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="54" />
            <source>security measures</source>
            <translation>les mesures de sécurité</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="55" />
            <source>other security measures</source>
            <translation>les autres mesures de sécurité</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="56" />
            <source>data source</source>
            <translation>la source des données</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="57" />
            <source>DPIA</source>
            <translation>l'AIPD</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="58" />
            <source>DPIA reason</source>
            <translation>le motif de l'AIPD</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="59" />
            <source>data categories</source>
            <translation>les catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="60" />
            <source>legal bases</source>
            <translation>les fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="61" />
            <source>data subjects</source>
            <translation>les personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="62" />
            <source>recipients</source>
            <translation>les destinataires</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="63" />
            <source>transfers</source>
            <translation>les transferts hors UE</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="88" />
            <source>Registre</source>
            <translation>Registre</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="150" />
            <source>Edit %1 of %2</source>
            <translation>Modifier %1 de %2</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="153" />
            <location filename="../../gui/commands.py" line="204" />
            <source>Edit activity %1</source>
            <translation>Modifier l'activité %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="201" />
            <source>Change %1 of %2</source>
            <translation>Modifier %1 de %2</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="249" />
            <source>Duplicate as %1</source>
            <translation>Dupliquer en %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="252" />
            <source>Add activity %1</source>
            <translation>Ajouter l'activité %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="270" />
            <source>Delete activity %1</source>
            <translation>Supprimer l'activité %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="272" />
            <source>Delete %n activities</source>
            <translation>
                <numerusform>Supprimer %n activité</numerusform>
                <numerusform>Supprimer %n activités</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="285" />
            <source>Move activity %1</source>
            <translation>Déplacer l'activité %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="343" />
            <source>Delete activity %1 “%2”?</source>
            <translation>Supprimer l'activité %1 « %2 » ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="346" />
            <source>Delete %n activities?</source>
            <translation>
                <numerusform>Supprimer %n activité ?</numerusform>
                <numerusform>Supprimer %n activités ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="351" />
            <source>%n data category links</source>
            <translation>
                <numerusform>%n lien vers une catégorie de données</numerusform>
                <numerusform>%n liens vers des catégories de données</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="352" />
            <source>%n legal bases</source>
            <translation>
                <numerusform>%n fondement juridique</numerusform>
                <numerusform>%n fondements juridiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="353" />
            <source>%n transfers</source>
            <translation>
                <numerusform>%n transfert hors UE</numerusform>
                <numerusform>%n transferts hors UE</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="355" />
            <source>Nothing else is linked to it. You can undo this with Edit ▸ Undo.</source>
            <translation>Rien d'autre n'y est lié. Vous pouvez annuler avec Édition ▸ Annuler.</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="357" />
            <source>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</source>
            <translation>Sa finalité, %1 disparaissent avec elle. Les catégories de données elles-mêmes restent dans le registre. Vous pouvez annuler avec Édition ▸ Annuler.</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="373" />
            <location filename="../../gui/screenshots.py" line="110" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <location filename="../../gui/commands.py" line="322" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../gui/detail.py" line="98" />
            <source>Select an activity to see and edit all that Article 30 asks for it.</source>
            <translation>Sélectionnez une activité pour voir et modifier tout ce que l'article 30 demande à son sujet.</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="155" />
            <source>Processing</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="156" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="157" />
            <source>Short name of the activity</source>
            <translation>Nom court de l'activité</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="158" />
            <source>&amp;Purpose:</source>
            <translation>&amp;Finalité :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="159" />
            <source>Business &amp;function:</source>
            <translation>Fonction &amp;métier :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="160" />
            <source>e.g. Human resources</source>
            <translation>p. ex. Ressources humaines</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="161" />
            <source>&amp;Joint controller:</source>
            <translation>Responsable &amp;conjoint :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="162" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="168" />
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="170" />
            <source>Validated by</source>
            <translation>Validée par</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="171" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="172" />
            <source>Validation:</source>
            <translation>Validation :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="174" />
            <source>Personal data</source>
            <translation>Données personnelles</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="176" />
            <source>Data &amp;categories:</source>
            <translation>&amp;Catégories de données :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="179" />
            <source>None (no special category)</source>
            <translation>Aucune (pas de catégorie particulière)</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="184" />
            <source>Article 9 condition:</source>
            <translation>Condition de l'article 9 :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="186" />
            <source>Data s&amp;ubjects:</source>
            <translation>Personnes &amp;concernées :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="187" />
            <source>Data source:</source>
            <translation>Source des données :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="188" />
            <source>Where the data come from</source>
            <translation>D'où proviennent les données</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="190" />
            <source>Lawfulness</source>
            <translation>Licéité</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="197" />
            <source>Legal &amp;bases:</source>
            <translation>Fondements &amp;juridiques :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="198" />
            <source>Kept as imported, word for word</source>
            <translation>Conservé tel qu'importé, mot pour mot</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="202" />
            <source>Imported legal basis:</source>
            <translation>Fondement juridique importé :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="206" />
            <source>Imported categories:</source>
            <translation>Catégories importées :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="208" />
            <source>Recipients and transfers</source>
            <translation>Destinataires et transferts</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="210" />
            <source>&amp;Recipients:</source>
            <translation>&amp;Destinataires :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="214" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="214" />
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="215" />
            <source>Safeguard</source>
            <translation>Garantie</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="215" />
            <source>Detail</source>
            <translation>Précisions</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="223" />
            <source>Add transfer</source>
            <translation>Ajouter un transfert</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="226" />
            <source>Remove transfer</source>
            <translation>Retirer le transfert</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="237" />
            <source>Transfers outside the EU:</source>
            <translation>Transferts hors UE :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="240" />
            <source>Retention and security</source>
            <translation>Conservation et sécurité</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="241" />
            <source>Re&amp;tention period:</source>
            <translation>Durée de &amp;conservation :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="242" />
            <source>e.g. 3 years after the last contact</source>
            <translation>p. ex. 3 ans après le dernier contact</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="245" />
            <source>Security measures:</source>
            <translation>Mesures de sécurité :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="246" />
            <source>Other measures:</source>
            <translation>Autres mesures :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="247" />
            <source>Described freely</source>
            <translation>Décrites librement</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="249" />
            <source>Impact assessment (DPIA)</source>
            <translation>Analyse d'impact (AIPD)</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="252" />
            <source>Not assessed yet</source>
            <translation>Pas encore évaluée</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="253" />
            <source>Required</source>
            <translation>Requise</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="254" />
            <source>Not required</source>
            <translation>Non requise</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="257" />
            <source>DPIA:</source>
            <translation>AIPD :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="258" />
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="259" />
            <source>Why it is or is not required</source>
            <translation>Pourquoi elle est requise ou non</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="261" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="324" />
            <source>Created %1 · changed %2</source>
            <translation>Créée le %1 · modifiée le %2</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="362" />
            <source>None given</source>
            <translation>Non renseigné</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../gui/dialogs/export.py" line="433" />
            <source>Sheets in draft: %1</source>
            <translation>Fiches à l'état de brouillon : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/dialogs/export.py" line="434" />
            <source>The register has %n completeness finding(s) and %1 sheet(s) in draft. The record will list them and its cover will say it is incomplete. Export anyway?</source>
            <translation>
                <numerusform>Le registre a %n constatation de complétude et %1 fiche(s) à l'état de brouillon. Le registre PDF les listera et sa page de garde dira qu'il est incomplet. Exporter quand même ?</numerusform>
                <numerusform>Le registre a %n constatations de complétude et %1 fiche(s) à l'état de brouillon. Le registre PDF les listera et sa page de garde dira qu'il est incomplet. Exporter quand même ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="73" />
            <location filename="../../gui/export_dialog.py" line="538" />
            <source>Export the record as PDF</source>
            <translation>Exporter le registre en PDF</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="106" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="107" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="111" />
            <source>Language of the record:</source>
            <translation>Langue du registre :</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="114" />
            <source>Completeness</source>
            <translation>Complétude</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="128" />
            <source>Sign the record</source>
            <translation>Signer le registre</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="136" />
            <source>My organisation's certificate (created by Registre)</source>
            <translation>Le certificat de mon organisme (créé par Registre)</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="138" />
            <source>A PKCS#12 file:</source>
            <translation>Un fichier PKCS#12 :</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="147" />
            <source>certificate.p12</source>
            <translation>certificat.p12</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="150" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="163" />
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="171" />
            <source>First and last name</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="174" />
            <source>e.g. Manager, DPO</source>
            <translation>p. ex. Gérant, DPO</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="177" />
            <source>e.g. Lyon</source>
            <translation>p. ex. Lyon</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="180" />
            <source>Optional, e.g. https://freetsa.org/tsr</source>
            <translation>Facultatif, p. ex. https://freetsa.org/tsr</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="182" />
            <source>A timestamp authority certifies when the record was signed; leave empty to sign with your computer's clock only.</source>
            <translation>Une autorité d'horodatage certifie la date de la signature ; laissez vide pour signer avec la seule horloge de votre ordinateur.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="184" />
            <source>&amp;Signer:</source>
            <translation>&amp;Signataire :</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="185" />
            <source>&amp;Role:</source>
            <translation>&amp;Qualité :</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="186" />
            <source>P&amp;lace:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="187" />
            <source>&amp;Timestamp authority:</source>
            <translation>Autorité d'&amp;horodatage :</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="194" />
            <source>This register is open read-only: the PDF can be exported, but the export will not be recorded in the register's history.</source>
            <translation>Ce registre est ouvert en lecture seule : le PDF peut être exporté, mais l'export ne sera pas inscrit dans l'historique du registre.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="217" />
            <source>Preview (before signing)</source>
            <translation>Aperçu (avant signature)</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="238" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/export_dialog.py" line="259" />
            <source>%n item(s) that Article 30 asks for are missing. You can export anyway: the record shows them as missing.</source>
            <translation>
                <numerusform>%n élément demandé par l'article 30 manque. Vous pouvez exporter quand même : le registre l'indique comme manquant.</numerusform>
                <numerusform>%n éléments demandés par l'article 30 manquent. Vous pouvez exporter quand même : le registre les indique comme manquants.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="263" />
            <source>The register holds everything Article 30 asks for.</source>
            <translation>Le registre contient tout ce que demande l'article 30.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="312" />
            <source>The password you chose when Registre created the certificate (%1).</source>
            <translation>Le mot de passe choisi quand Registre a créé le certificat (%1).</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="315" />
            <source>Registre will create your organisation's certificate at the first signature, protected by this password. Keep the password: every later signature asks for it.</source>
            <translation>Registre créera le certificat de votre organisme à la première signature, protégé par ce mot de passe. Conservez-le : chaque signature suivante le demandera.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="319" />
            <source>The password that protects the PKCS#12 file (.p12, .pfx).</source>
            <translation>Le mot de passe qui protège le fichier PKCS#12 (.p12, .pfx).</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="332" />
            <source>Choose the PKCS#12 file to sign with.</source>
            <translation>Choisissez le fichier PKCS#12 avec lequel signer.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="334" />
            <source>Type the certificate's password.</source>
            <translation>Saisissez le mot de passe du certificat.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="336" />
            <source>Type the signer's name.</source>
            <translation>Saisissez le nom du signataire.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="384" />
            <source>Preview (before signing): rendering…</source>
            <translation>Aperçu (avant signature) : préparation…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/export_dialog.py" line="399" />
            <source>Preview (before signing): %n page(s)</source>
            <translation>
                <numerusform>Aperçu (avant signature) : %n page</numerusform>
                <numerusform>Aperçu (avant signature) : %n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="407" />
            <source>The preview could not be made: %1</source>
            <translation>L'aperçu n'a pas pu être préparé : %1</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="448" />
            <location filename="../../gui/screenshots.py" line="225" />
            <source>Signing and writing “%1”…</source>
            <translation>Signature et écriture de « %1 »…</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="449" />
            <source>Writing “%1”…</source>
            <translation>Écriture de « %1 »…</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="474" />
            <source>The record was written to “%1”.</source>
            <translation>Le registre a été écrit dans « %1 ».</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="476" />
            <source>It is signed by %1.</source>
            <translation>Il est signé par %1.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="478" />
            <source>It is not signed.</source>
            <translation>Il n'est pas signé.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="481" />
            <source>Your organisation's certificate was created at “%1”. Keep it and its password: Registre signs with it from now on.</source>
            <translation>Le certificat de votre organisme a été créé dans « %1 ». Conservez-le, ainsi que son mot de passe : Registre signe désormais avec lui.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="485" />
            <source>The register is open read-only: this export is not recorded in its history.</source>
            <translation>Le registre est ouvert en lecture seule : cet export n'est pas inscrit dans son historique.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="487" />
            <location filename="../../gui/export_dialog.py" line="555" />
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="545" />
            <source>Choose a PKCS#12 certificate</source>
            <translation>Choisir un certificat PKCS#12</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="546" />
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../gui/history_window.py" line="75" />
            <source>created</source>
            <translation>création</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="76" />
            <source>changed</source>
            <translation>modification</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="77" />
            <source>deleted</source>
            <translation>suppression</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="78" />
            <source>restored</source>
            <translation>restauration</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="79" />
            <source>imported</source>
            <translation>import</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="80" />
            <source>moved</source>
            <translation>déplacement</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="81" />
            <source>duplicated</source>
            <translation>duplication</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="82" />
            <source>exported</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="83" />
            <source>signed</source>
            <translation>signature</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="90" />
            <source>activity</source>
            <translation>activité</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="91" />
            <source>register</source>
            <translation>registre</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="92" />
            <source>organisation</source>
            <translation>organisme</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="93" />
            <source>data category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="94" />
            <source>data subject</source>
            <translation>personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="95" />
            <source>recipient</source>
            <translation>destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="96" />
            <source>legal basis</source>
            <translation>fondement</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="118" />
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="119" />
            <source>PDF record</source>
            <translation>registre PDF</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="120" />
            <source>backup</source>
            <translation>sauvegarde</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="121" />
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="122" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="123" />
            <source>special category</source>
            <translation>catégorie particulière</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="124" />
            <source>criminal data</source>
            <translation>données pénales</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="125" />
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="142" />
            <source>required</source>
            <translation>requise</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="143" />
            <source>not required</source>
            <translation>non requise</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="275" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="276" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="277" />
            <source>Who</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="278" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="279" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="280" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="281" />
            <source>Old → new</source>
            <translation>Ancien → nouveau</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="284" />
            <source>Place of the entry in the history, oldest first</source>
            <translation>Rang de l'entrée dans l'historique, la plus ancienne en premier</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../../gui/history_window.py" line="397" />
            <source>History of the register</source>
            <translation>Historique du registre</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="413" />
            <source>Filter: activity, user, field, value…</source>
            <translation>Filtrer : activité, utilisateur, champ, valeur…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/history_window.py" line="460" />
            <source>✔ History intact: %n entries, each chained to the one before (SHA-256).</source>
            <translation>
                <numerusform>✔ Historique intact : %n entrée, chaînée par SHA-256.</numerusform>
                <numerusform>✔ Historique intact : %n entrées, chacune chaînée à la précédente (SHA-256).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="469" />
            <source>Last signed record: %1, signed by %2 (%3).</source>
            <translation>Dernier registre signé : %1, signé par %2 (%3).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/history_window.py" line="473" />
            <source>Only the %n change(s) since then</source>
            <translation>
                <numerusform>Seulement la modification faite depuis (%n)</numerusform>
                <numerusform>Seulement les %n modifications faites depuis</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="476" />
            <source>No signed record has been exported yet.</source>
            <translation>Aucun registre signé n'a encore été exporté.</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="477" />
            <source>Only changes since the last signed record</source>
            <translation>Seulement les modifications depuis le dernier registre signé</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/import_dialog.py" line="240" />
            <location filename="../../gui/import_dialog.py" line="399" />
            <source>Import “%1”</source>
            <translation>Importer « %1 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="246" />
            <source>%n activity(ies) will be added to the register.</source>
            <translation>
                <numerusform>%n activité sera ajoutée au registre.</numerusform>
                <numerusform>%n activités seront ajoutées au registre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="249" />
            <source>%n error(s) must be corrected in the file before importing.</source>
            <translation>
                <numerusform>%n erreur doit être corrigée dans le fichier avant l'import.</numerusform>
                <numerusform>%n erreurs doivent être corrigées dans le fichier avant l'import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="253" />
            <source>%n point(s) to check, marked in amber.</source>
            <translation>
                <numerusform>%n point à vérifier, signalé en orange.</numerusform>
                <numerusform>%n points à vérifier, signalés en orange.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="276" />
            <source>New data categories created by this import: %1</source>
            <translation>Nouvelles catégories de données créées par cet import : %1</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="279" />
            <source>Every data category is already in the register.</source>
            <translation>Toutes les catégories de données sont déjà dans le registre.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="283" />
            <source>Wording not recognised as a legal basis</source>
            <translation>Formulations non reconnues comme fondement juridique</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="286" />
            <source>Choose the legal basis each wording stands for: it becomes that basis's justification. Left unassigned, it is kept as text on the activity.</source>
            <translation>Choisissez le fondement juridique que désigne chaque formulation : elle en devient la justification. Sans choix, elle est conservée telle quelle sur l'activité.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="295" />
            <source>Line %1: “%2”</source>
            <translation>Ligne %1 : « %2 »</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="301" />
            <source>Leave unassigned</source>
            <translation>Ne pas attribuer</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="303" />
            <source>%1 (Art. %2)</source>
            <translation>%1 (art. %2)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="334" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="339" />
            <source>Correct the errors in the file, then import it again.</source>
            <translation>Corrigez les erreurs dans le fichier, puis importez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="369" />
            <source>Import a table of activities</source>
            <translation>Importer un tableau d'activités</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="370" />
            <source>Tables (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Tableaux (*.xlsx *.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="400" />
            <source>“%1” cannot be imported; the register was not changed.</source>
            <translation>« %1 » ne peut pas être importé ; le registre n'a pas été modifié.</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Colonnes du fichier</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Va dans</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>Note “%1”</source>
            <translation>Note « %1 »</translation>
        </message>
        <message>
            <source>Left out (not imported)</source>
            <translation>Laissée de côté (non importée)</translation>
        </message>
        <message>
            <source>Left out, not imported: %1</source>
            <translation>Laissées de côté, non importées : %1</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 « %2 »</translation>
        </message>
        <message>
            <source>Already in the register</source>
            <translation>Déjà au registre</translation>
        </message>
        <message>
            <source>Skip these rows</source>
            <translation>Laisser ces lignes de côté</translation>
        </message>
        <message>
            <source>Update those activities with these rows</source>
            <translation>Mettre à jour ces activités avec ces lignes</translation>
        </message>
        <message>
            <source>Add them as new activities</source>
            <translation>Les ajouter comme nouvelles activités</translation>
        </message>
        <message>
            <source>line %1 (%2 %3)</source>
            <translation>ligne %1 (%2 %3)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) name an activity the register already has: %1</source>
            <translation>
                <numerusform>%n ligne nomme une activité déjà au registre : %1</numerusform>
                <numerusform>%n lignes nomment des activités déjà au registre : %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../gui/import_dialog.py" line="142" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="143" />
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="144" />
            <source>Purpose</source>
            <translation>Finalité</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="145" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="146" />
            <source>Legal bases</source>
            <translation>Fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="203" />
            <source>(kept as text: %1)</source>
            <translation>(conservé en texte : %1)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="205" />
            <source>%1 (new)</source>
            <translation>%1 (nouvelle)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="214" />
            <source>⚠ not recognised</source>
            <translation>⚠ non reconnu</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="220" />
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="221" />
            <source>Warning: %1</source>
            <translation>Attention : %1</translation>
        </message>
    </context>
    <context>
        <name>ListCommands</name>
        <message>
            <location filename="../../gui/listcommands.py" line="40" />
            <source>data category</source>
            <translation>la catégorie de données</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="41" />
            <source>data subject</source>
            <translation>la catégorie de personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="42" />
            <source>recipient</source>
            <translation>le destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="43" />
            <source>legal basis</source>
            <translation>le fondement juridique</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="56" />
            <source>Add %1 “%2”</source>
            <translation>Ajouter %1 « %2 »</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="80" />
            <source>Edit %1 “%2”</source>
            <translation>Modifier %1 « %2 »</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="100" />
            <source>Delete %1 “%2”</source>
            <translation>Supprimer %1 « %2 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/listcommands.py" line="102" />
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Supprimer %n élément</numerusform>
                <numerusform>Supprimer %n éléments</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="136" />
            <source>Edit legal basis “%1”</source>
            <translation>Modifier le fondement juridique « %1 »</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="161" />
            <source>Edit “%1”</source>
            <translation>Modifier « %1 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/listcommands.py" line="203" />
            <source>Import %n activity(ies) from “%1”</source>
            <translation>
                <numerusform>Importer %n activité depuis « %1 »</numerusform>
                <numerusform>Importer %n activités depuis « %1 »</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../gui/lists.py" line="505" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="533" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="534" />
            <source>Legal bases</source>
            <translation>Fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="535" />
            <source>Data subjects</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="536" />
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="541" />
            <source>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</source>
            <translation>Les types de données personnelles que traitent vos activités. Cochez les catégories particulières (article 9) et les données d'infraction (article 10) : elles exigent une condition spécifique.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="545" />
            <source>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</source>
            <translation>Les six fondements juridiques de l'article 6, paragraphe 1, sont fixés par le RGPD ; décrivez comment votre organisme s'appuie sur chacun. Double-cliquez sur une description pour la modifier.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="548" />
            <source>The people whose data you process: customers, employees, prospects…</source>
            <translation>Les personnes dont vous traitez les données : clients, salariés, prospects…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="551" />
            <source>Who receives the data: your own departments, processors, third parties, public authorities.</source>
            <translation>Qui reçoit les données : vos propres services, vos sous-traitants, des tiers, des autorités publiques.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="558" />
            <source>Add a category</source>
            <translation>Ajouter une catégorie</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="559" />
            <source>Add a data subject</source>
            <translation>Ajouter des personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="560" />
            <source>Add a recipient</source>
            <translation>Ajouter un destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="565" />
            <source>New category</source>
            <translation>Nouvelle catégorie</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="566" />
            <source>New data subject</source>
            <translation>Nouvelles personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="567" />
            <source>New recipient</source>
            <translation>Nouveau destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="635" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="637" />
            <source>Delete “%1”?</source>
            <translation>Supprimer « %1 » ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="639" />
            <source>Delete these %n items?</source>
            <translation>
                <numerusform>Supprimer cet élément ?</numerusform>
                <numerusform>Supprimer ces %n éléments ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="642" />
            <source>No activity uses it. You can undo this.</source>
            <translation>Aucune activité ne l'utilise. Vous pourrez annuler.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="643" />
            <source>It is removed from %n activity(ies):</source>
            <translation>
                <numerusform>Il sera retiré de %n activité :</numerusform>
                <numerusform>Il sera retiré de %n activités :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="647" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="648" />
            <source>You can undo this.</source>
            <translation>Vous pourrez annuler.</translation>
        </message>
    </context>
    <context>
        <name>ListTableModel</name>
        <message>
            <location filename="../../gui/lists.py" line="200" />
            <source>Legal basis</source>
            <translation>Fondement juridique</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="201" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="202" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="203" />
            <source>Special (Art. 9)</source>
            <translation>Particulière (art. 9)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="204" />
            <source>Criminal (Art. 10)</source>
            <translation>Infractions (art. 10)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="205" />
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="206" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="207" />
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="213" />
            <source>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</source>
            <translation>Catégorie particulière de données (article 9 du RGPD) : santé, biométrie, religion, opinions politiques…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="216" />
            <source>Data relating to criminal convictions and offences (GDPR Article 10)</source>
            <translation>Données relatives aux condamnations pénales et aux infractions (article 10 du RGPD)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="219" />
            <source>How many processing activities use it</source>
            <translation>Nombre d'activités de traitement qui l'utilisent</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="278" />
            <source>Art. %1</source>
            <translation>Art. %1</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="286" />
            <source>No activity uses it.</source>
            <translation>Aucune activité ne l'utilise.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="291" />
            <source>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</source>
            <translation>Les fondements juridiques de l'article 6, paragraphe 1, sont fixés par le RGPD ; décrivez comment votre organisme s'appuie sur chacun.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="307" />
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="310" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="311" />
            <source>Legal bases</source>
            <translation>Fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="312" />
            <source>Data subjects</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="313" />
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="321" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="384" />
            <source>&amp;New register…</source>
            <translation>&amp;Nouveau registre…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="386" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="389" />
            <source>&amp;Import table…</source>
            <translation>&amp;Importer un tableau…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="391" />
            <source>&amp;Export JSON…</source>
            <translation>&amp;Exporter en JSON…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="393" />
            <source>Write the whole register as a JSON file</source>
            <translation>Écrire tout le registre dans un fichier JSON</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="395" />
            <source>Export &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="397" />
            <source>Preview, sign and write the record for the regulator</source>
            <translation>Prévisualiser, signer et écrire le registre pour l'autorité de contrôle</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="399" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="401" />
            <source>Put the register back as one of its backups holds it</source>
            <translation>Remettre le registre dans l'état d'une de ses sauvegardes</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="403" />
            <source>&amp;Verify a PDF…</source>
            <translation>&amp;Vérifier un PDF…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="404" />
            <source>Check that a signed record is intact and who signed it</source>
            <translation>Vérifier qu'un registre signé est intact, et qui l'a signé</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="406" />
            <source>&amp;History of the register…</source>
            <translation>&amp;Historique du registre…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="408" />
            <source>Every change, who made it, and whether the history chain holds</source>
            <translation>Chaque modification, son auteur, et l'intégrité de la chaîne de l'historique</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="411" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="429" />
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="431" />
            <source>Add an activity (or an item of the list shown)</source>
            <translation>Ajouter une activité (ou un élément de la liste affichée)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="433" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="435" />
            <source>Copy the selected activity</source>
            <translation>Copier l'activité sélectionnée</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="437" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="439" />
            <source>Delete the selection, after confirmation</source>
            <translation>Supprimer la sélection, après confirmation</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="442" />
            <source>Move &amp;up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="445" />
            <source>Move do&amp;wn</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="448" />
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="450" />
            <source>&amp;User order</source>
            <translation>Ordre &amp;personnel</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="452" />
            <source>Show activities in the order you gave them</source>
            <translation>Afficher les activités dans l'ordre que vous leur avez donné</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="454" />
            <source>&amp;Check</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="456" />
            <source>List what Article 30 asks for and the register lacks</source>
            <translation>Lister ce que demande l'article 30 et qui manque au registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="458" />
            <source>&amp;About Registre</source>
            <translation>À &amp;propos de Registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="461" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="467" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="470" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="480" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="492" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="494" />
            <source>&amp;Detail panel</source>
            <translation>Panneau de &amp;détail</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="503" />
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="506" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="510" />
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="523" />
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="524" />
            <source>Show only what contains these words, accents and case aside</source>
            <translation>N'afficher que ce qui contient ces mots, sans tenir compte des accents ni de la casse</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="599" />
            <source>Unsaved register</source>
            <translation>Registre non enregistré</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="601" />
            <location filename="../../gui/mainwindow.py" line="606" />
            <source>%1 (read-only)</source>
            <translation>%1 (lecture seule)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="628" />
            <source>No other register</source>
            <translation>Aucun autre registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="640" />
            <source>Cannot open the register</source>
            <translation>Impossible d'ouvrir le registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="641" />
            <source>“%1” cannot be opened.</source>
            <translation>« %1 » ne peut pas être ouvert.</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="658" />
            <source>Open a register</source>
            <translation>Ouvrir un registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="659" />
            <source>Registers (*.registre *.db);;All files (*)</source>
            <translation>Registres (*.registre *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="665" />
            <source>New register</source>
            <translation>Nouveau registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="666" />
            <source>Registers (*.registre *.db)</source>
            <translation>Registres (*.registre *.db)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="675" />
            <source>Export the register as JSON</source>
            <translation>Exporter le registre en JSON</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="676" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="689" />
            <source>“%1” already exists; use File ▸ Open to open it.</source>
            <translation>« %1 » existe déjà ; utilisez Fichier ▸ Ouvrir pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="706" />
            <source>Exported to %1</source>
            <translation>Exporté dans %1</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="836" />
            <source>No activities yet</source>
            <translation>Aucune activité pour l'instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="838" />
            <source>%n incomplete activities</source>
            <translation>
                <numerusform>%n activité incomplète</numerusform>
                <numerusform>%n activités incomplètes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="840" />
            <source>All %n activities complete</source>
            <translation>
                <numerusform>L'activité est complète</numerusform>
                <numerusform>Les %n activités sont complètes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="846" />
            <source>No signed record yet</source>
            <translation>Aucun registre signé</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="849" />
            <source>%n change(s) since the last signed record (%1)</source>
            <translation>
                <numerusform>%n modification depuis le dernier registre signé (%1)</numerusform>
                <numerusform>%n modifications depuis le dernier registre signé (%1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="853" />
            <source>Signed record up to date (%1)</source>
            <translation>Registre signé à jour (%1)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="872" />
            <source>About Registre</source>
            <translation>À propos de Registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="873" />
            <source>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;Le registre des activités de traitement de l'article 30 du RGPD, tenu sur votre ordinateur.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="878" />
            <source>Registre</source>
            <translation>Registre</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>OpenDocument spreadsheet (*.ods)</source>
            <translation>Classeur OpenDocument (*.ods)</translation>
        </message>
        <message>
            <source>CSV, activities only (*.csv)</source>
            <translation>CSV, activités seules (*.csv)</translation>
        </message>
        <message>
            <source>Export the register as a spreadsheet</source>
            <translation>Exporter le registre en tableur</translation>
        </message>
        <message>
            <source>Export &amp;spreadsheet…</source>
            <translation>Exporter en &amp;tableur…</translation>
        </message>
        <message>
            <source>Write the register as an XLSX, ODS or CSV spreadsheet</source>
            <translation>Écrire le registre dans un tableur XLSX, ODS ou CSV</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <location filename="../../gui/opening.py" line="39" />
            <source>Register in use</source>
            <translation>Registre déjà ouvert</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="41" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="42" />
            <source>“%1” is already open in another window or program (%2).</source>
            <translation>« %1 » est déjà ouvert dans une autre fenêtre ou un autre programme (%2).</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="46" />
            <source>“%1” cannot be changed here.</source>
            <translation>« %1 » ne peut pas être modifié ici.</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="49" />
            <source>Open it read-only? You can read, check and export it, not change it.</source>
            <translation>L'ouvrir en lecture seule ? Vous pourrez le lire, le vérifier et l'exporter, pas le modifier.</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="52" />
            <source>Open read-only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="98" />
            <source>Cannot open the register</source>
            <translation>Impossible d'ouvrir le registre</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="99" />
            <source>“%1” cannot be opened.</source>
            <translation>« %1 » ne peut pas être ouvert.</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="100" />
            <source>You can open another register or create a new one.</source>
            <translation>Vous pouvez ouvrir un autre registre ou en créer un nouveau.</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="102" />
            <source>Open another…</source>
            <translation>Ouvrir un autre…</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="104" />
            <source>Create a new one…</source>
            <translation>En créer un nouveau…</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="106" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="125" />
            <source>It is open elsewhere and you chose not to open it read-only.</source>
            <translation>Il est ouvert ailleurs et vous avez choisi de ne pas l'ouvrir en lecture seule.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <location filename="../../gui/organisation.py" line="48" />
            <location filename="../../gui/organisation.py" line="63" />
            <location filename="../../gui/organisation.py" line="73" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="49" />
            <source>controller name</source>
            <translation>nom du responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="50" />
            <location filename="../../gui/organisation.py" line="65" />
            <location filename="../../gui/organisation.py" line="75" />
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="51" />
            <source>controller address</source>
            <translation>adresse du responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="53" />
            <source>Registration number:</source>
            <translation>Numéro d'immatriculation :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="54" />
            <source>registration number</source>
            <translation>numéro d'immatriculation</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="55" />
            <source>e.g. SIRET 123 456 789 00012</source>
            <translation>p. ex. SIRET 123 456 789 00012</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="56" />
            <location filename="../../gui/organisation.py" line="67" />
            <location filename="../../gui/organisation.py" line="77" />
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="57" />
            <source>controller phone</source>
            <translation>téléphone du responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="58" />
            <location filename="../../gui/organisation.py" line="69" />
            <location filename="../../gui/organisation.py" line="79" />
            <source>E-mail:</source>
            <translation>Courriel :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="59" />
            <source>controller e-mail</source>
            <translation>courriel du responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="60" />
            <source>contact@example.com</source>
            <translation>contact@exemple.fr</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="64" />
            <source>representative name</source>
            <translation>nom du représentant</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="66" />
            <source>representative address</source>
            <translation>adresse du représentant</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="68" />
            <source>representative phone</source>
            <translation>téléphone du représentant</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="70" />
            <source>representative e-mail</source>
            <translation>courriel du représentant</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="74" />
            <source>DPO name</source>
            <translation>nom du DPO</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="76" />
            <source>DPO address</source>
            <translation>adresse du DPO</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="78" />
            <source>DPO phone</source>
            <translation>téléphone du DPO</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="80" />
            <source>DPO e-mail</source>
            <translation>courriel du DPO</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="81" />
            <source>dpo@example.com</source>
            <translation>dpo@exemple.fr</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="100" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="105" />
            <source>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</source>
            <translation>Qui est responsable des traitements (article 30, paragraphe 1, point a). Les modifications sont enregistrées au fil de la saisie.</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="116" />
            <source>Controller</source>
            <translation>Responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="118" />
            <source>Representative in the EU</source>
            <translation>Représentant dans l'UE</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="119" />
            <source>Only for an organisation established outside the European Union (Article 27).</source>
            <translation>Uniquement pour un organisme établi hors de l'Union européenne (article 27).</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="123" />
            <source>Data protection officer (DPO)</source>
            <translation>Délégué à la protection des données (DPO)</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="124" />
            <source>If you have designated one (Article 37); otherwise leave empty.</source>
            <translation>Si vous en avez désigné un (article 37) ; sinon, laissez vide.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../gui/preferences.py" line="32" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="36" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="43" />
            <source>The new language applies the next time Registre starts.</source>
            <translation>La nouvelle langue s'appliquera au prochain démarrage de Registre.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="50" />
            <source>Interface language:</source>
            <translation>Langue de l'interface :</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../gui/verify_dialog.py" line="44" />
            <location filename="../../gui/verify_dialog.py" line="150" />
            <source>Verify a signed PDF</source>
            <translation>Vérifier un PDF signé</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="49" />
            <source>The signed record to check</source>
            <translation>Le registre signé à vérifier</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="50" />
            <location filename="../../gui/verify_dialog.py" line="56" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="55" />
            <source>Optional: the certificate it should chain to</source>
            <translation>Facultatif : le certificat auquel il doit se rattacher</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="64" />
            <source>PDF file:</source>
            <translation>Fichier PDF :</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="68" />
            <source>Trust root:</source>
            <translation>Racine de confiance :</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="82" />
            <source>Choose a PDF, then Verify.</source>
            <translation>Choisissez un PDF, puis Vérifier.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="85" />
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="126" />
            <source>This file cannot be checked.</source>
            <translation>Ce fichier ne peut pas être vérifié.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="130" />
            <source>✔ Valid: the record is intact and unchanged since it was signed.</source>
            <translation>✔ Valide : le registre est intact et n'a pas changé depuis sa signature.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="133" />
            <source>✘ Not verified: this PDF is not signed.</source>
            <translation>✘ Non vérifié : ce PDF n'est pas signé.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="135" />
            <source>✘ Not valid: the record was changed after signing, or its signature cannot be trusted.</source>
            <translation>✘ Non valide : le registre a été modifié après sa signature, ou sa signature n'est pas digne de confiance.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="151" />
            <source>PDF (*.pdf);;All files (*)</source>
            <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="157" />
            <source>Trust root certificate</source>
            <translation>Certificat racine de confiance</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="158" />
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
        </message>
    </context>
</TS>
