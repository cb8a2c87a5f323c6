<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ActivitiesModel</name>
        <message>
            <location filename="../../gui/activities.py" line="271" />
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="272" />
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="273" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="274" />
            <source>Legal bases</source>
            <translation>Fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="275" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="276" />
            <source>Completeness</source>
            <translation>Complétude</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="280" />
            <source>Reference of the processing activity</source>
            <translation>Référence de l'activité de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="281" />
            <source>Name of the activity (its purpose when unnamed)</source>
            <translation>Nom de l'activité (sa finalité si elle n'a pas de nom)</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="282" />
            <source>Categories of personal data processed</source>
            <translation>Catégories de données personnelles traitées</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="283" />
            <source>Article 6 legal bases and their justification</source>
            <translation>Fondements juridiques de l'article 6 et leur justification</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="284" />
            <source>Draft, validated or archived</source>
            <translation>Brouillon, validée ou archivée</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="285" />
            <source>What Article 30 asks for and is missing</source>
            <translation>Ce que demande l'article 30 et qui manque</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="318" />
            <source>Complete</source>
            <translation>Complète</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/activities.py" line="319" />
            <location filename="../../gui/mainwindow.py" line="129" />
            <source>%n missing</source>
            <translation>
                <numerusform>%n manquant</numerusform>
                <numerusform>%n manquants</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="343" />
            <source>Everything Article 30 asks for is filled in.</source>
            <translation>Tout ce que demande l'article 30 est renseigné.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="116" />
            <source>Something went wrong: %1</source>
            <translation>Une erreur inattendue s'est produite : %1</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="119" />
            <source>Your last saved edits are safe in the register. The details were written to %1.</source>
            <translation>Vos dernières modifications enregistrées sont en sécurité dans le registre. Les détails ont été écrits dans %1.</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="140" />
            <source>“%1” cannot be opened.</source>
            <translation>« %1 » ne peut pas être ouvert.</translation>
        </message>
    </context>
    <context>
        <name>BasesEditor</name>
        <message>
            <location filename="../../gui/activities.py" line="583" />
            <source>Why this basis applies (required for legitimate interests)</source>
            <translation>Pourquoi ce fondement s'applique (obligatoire pour l'intérêt légitime)</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="586" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="272" />
            <source>Check the register</source>
            <translation>Vérifier le registre</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="276" />
            <source>%n item(s) missing:</source>
            <translation>
                <numerusform>%n élément manquant :</numerusform>
                <numerusform>%n éléments manquants :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="278" />
            <source>The register holds everything Article 30 asks for.</source>
            <translation>Le registre contient tout ce que demande l'article 30.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../gui/commands.py" line="40" />
            <source>name</source>
            <translation>le nom</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="41" />
            <source>purpose</source>
            <translation>la finalité</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="42" />
            <source>business function</source>
            <translation>la fonction métier</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="43" />
            <source>status</source>
            <translation>le statut</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="44" />
            <source>validated by</source>
            <translation>le validateur</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="45" />
            <source>validation date</source>
            <translation>la date de validation</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="46" />
            <source>joint controller</source>
            <translation>le responsable conjoint</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="47" />
            <source>imported legal basis text</source>
            <translation>le texte importé du fondement juridique</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="48" />
            <source>imported data categories text</source>
            <translation>le texte importé des catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="49" />
            <source>Article 9 condition</source>
            <translation>la condition de l'article 9</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="50" />
            <source>retention period</source>
            <translation>la durée de conservation</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="51" />
            <source>security measures</source>
            <translation>les mesures de sécurité</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="52" />
            <source>other security measures</source>
            <translation>les autres mesures de sécurité</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="53" />
            <source>data source</source>
            <translation>la source des données</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="54" />
            <source>DPIA</source>
            <translation>l'AIPD</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="55" />
            <source>DPIA reason</source>
            <translation>le motif de l'AIPD</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="56" />
            <source>data categories</source>
            <translation>les catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="57" />
            <source>legal bases</source>
            <translation>les fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="58" />
            <source>data subjects</source>
            <translation>les personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="59" />
            <source>recipients</source>
            <translation>les destinataires</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="60" />
            <source>transfers</source>
            <translation>les transferts hors UE</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="78" />
            <source>Registre</source>
            <translation>Registre</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="134" />
            <source>Edit %1 of %2</source>
            <translation>Modifier %1 de %2</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="137" />
            <location filename="../../gui/commands.py" line="188" />
            <source>Edit activity %1</source>
            <translation>Modifier l'activité %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="185" />
            <source>Change %1 of %2</source>
            <translation>Modifier %1 de %2</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="233" />
            <source>Duplicate as %1</source>
            <translation>Dupliquer en %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="236" />
            <source>Add activity %1</source>
            <translation>Ajouter l'activité %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="254" />
            <source>Delete activity %1</source>
            <translation>Supprimer l'activité %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="256" />
            <source>Delete %n activities</source>
            <translation>
                <numerusform>Supprimer %n activité</numerusform>
                <numerusform>Supprimer %n activités</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="269" />
            <source>Move activity %1</source>
            <translation>Déplacer l'activité %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="285" />
            <source>Import %1</source>
            <translation>Importer %1</translation>
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
            <location filename="../../gui/commands.py" line="350" />
            <source>%n data category links</source>
            <translation>
                <numerusform>%n lien vers une catégorie de données</numerusform>
                <numerusform>%n liens vers des catégories de données</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="351" />
            <source>%n legal bases</source>
            <translation>
                <numerusform>%n fondement juridique</numerusform>
                <numerusform>%n fondements juridiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="352" />
            <source>%n transfers</source>
            <translation>
                <numerusform>%n transfert hors UE</numerusform>
                <numerusform>%n transferts hors UE</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="353" />
            <source>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</source>
            <translation>Sa finalité, %1 disparaissent avec elle. Les catégories de données elles-mêmes restent dans le registre. Vous pouvez annuler avec Édition ▸ Annuler.</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="369" />
            <location filename="../../gui/screenshots.py" line="99" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDelete</name>
        <message>
            <location filename="../../gui/lists.py" line="472" />
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
            <location filename="../../gui/detail.py" line="87" />
            <source>Select an activity to see and edit all that Article 30 asks for it.</source>
            <translation>Sélectionnez une activité pour voir et modifier tout ce que l'article 30 demande à son sujet.</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="144" />
            <source>Processing</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="145" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="146" />
            <source>Short name of the activity</source>
            <translation>Nom court de l'activité</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="147" />
            <source>&amp;Purpose:</source>
            <translation>&amp;Finalité :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="148" />
            <source>Business &amp;function:</source>
            <translation>Fonction &amp;métier :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="149" />
            <source>e.g. Human resources</source>
            <translation>p. ex. Ressources humaines</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="150" />
            <source>&amp;Joint controller:</source>
            <translation>Responsable &amp;conjoint :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="151" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="157" />
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="159" />
            <source>Validated by</source>
            <translation>Validée par</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="160" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="161" />
            <source>Validation:</source>
            <translation>Validation :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="163" />
            <source>Personal data</source>
            <translation>Données personnelles</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="165" />
            <source>Data &amp;categories:</source>
            <translation>&amp;Catégories de données :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="168" />
            <source>None (no special category)</source>
            <translation>Aucune (pas de catégorie particulière)</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="173" />
            <source>Article 9 condition:</source>
            <translation>Condition de l'article 9 :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="175" />
            <source>Data s&amp;ubjects:</source>
            <translation>Personnes &amp;concernées :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="176" />
            <source>Data source:</source>
            <translation>Source des données :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="177" />
            <source>Where the data come from</source>
            <translation>D'où proviennent les données</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="179" />
            <source>Lawfulness</source>
            <translation>Licéité</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="186" />
            <source>Legal &amp;bases:</source>
            <translation>Fondements &amp;juridiques :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="187" />
            <source>Kept as imported, word for word</source>
            <translation>Conservé tel qu'importé, mot pour mot</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="191" />
            <source>Imported legal basis:</source>
            <translation>Fondement juridique importé :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="195" />
            <source>Imported categories:</source>
            <translation>Catégories importées :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="197" />
            <source>Recipients and transfers</source>
            <translation>Destinataires et transferts</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="199" />
            <source>&amp;Recipients:</source>
            <translation>&amp;Destinataires :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="203" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="203" />
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="204" />
            <source>Safeguard</source>
            <translation>Garantie</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="204" />
            <source>Detail</source>
            <translation>Précisions</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="213" />
            <source>Add transfer</source>
            <translation>Ajouter un transfert</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="216" />
            <source>Remove transfer</source>
            <translation>Retirer le transfert</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="226" />
            <source>Transfers outside the EU:</source>
            <translation>Transferts hors UE :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="228" />
            <source>Retention and security</source>
            <translation>Conservation et sécurité</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="229" />
            <source>Re&amp;tention period:</source>
            <translation>Durée de &amp;conservation :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="230" />
            <source>e.g. 3 years after the last contact</source>
            <translation>p. ex. 3 ans après le dernier contact</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="233" />
            <source>Security measures:</source>
            <translation>Mesures de sécurité :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="234" />
            <source>Other measures:</source>
            <translation>Autres mesures :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="235" />
            <source>Described freely</source>
            <translation>Décrites librement</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="237" />
            <source>Impact assessment (DPIA)</source>
            <translation>Analyse d'impact (AIPD)</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="240" />
            <source>Not assessed yet</source>
            <translation>Pas encore évaluée</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="241" />
            <source>Required</source>
            <translation>Requise</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="242" />
            <source>Not required</source>
            <translation>Non requise</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="245" />
            <source>DPIA:</source>
            <translation>AIPD :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="246" />
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="247" />
            <source>Why it is or is not required</source>
            <translation>Pourquoi elle est requise ou non</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="291" />
            <source>Created %1 · changed %2</source>
            <translation>Créée le %1 · modifiée le %2</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="328" />
            <source>None given</source>
            <translation>Non renseigné</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/import_dialog.py" line="239" />
            <location filename="../../gui/import_dialog.py" line="398" />
            <source>Import “%1”</source>
            <translation>Importer « %1 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="245" />
            <source>%n activity(ies) will be added to the register.</source>
            <translation>
                <numerusform>%n activité sera ajoutée au registre.</numerusform>
                <numerusform>%n activités seront ajoutées au registre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="248" />
            <source>%n error(s) must be corrected in the file before importing.</source>
            <translation>
                <numerusform>%n erreur doit être corrigée dans le fichier avant l'import.</numerusform>
                <numerusform>%n erreurs doivent être corrigées dans le fichier avant l'import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="252" />
            <source>%n point(s) to check, marked in amber.</source>
            <translation>
                <numerusform>%n point à vérifier, signalé en orange.</numerusform>
                <numerusform>%n points à vérifier, signalés en orange.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="275" />
            <source>New data categories created by this import: %1</source>
            <translation>Nouvelles catégories de données créées par cet import : %1</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="278" />
            <source>Every data category is already in the register.</source>
            <translation>Toutes les catégories de données sont déjà dans le registre.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="282" />
            <source>Wording not recognised as a legal basis</source>
            <translation>Formulations non reconnues comme fondement juridique</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="285" />
            <source>Choose the legal basis each wording stands for: it becomes that basis's justification. Left unassigned, it is kept as text on the activity.</source>
            <translation>Choisissez le fondement juridique que désigne chaque formulation : elle en devient la justification. Sans choix, elle est conservée telle quelle sur l'activité.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="294" />
            <source>Line %1: “%2”</source>
            <translation>Ligne %1 : « %2 »</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="300" />
            <source>Leave unassigned</source>
            <translation>Ne pas attribuer</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="302" />
            <source>%1 (Art. %2)</source>
            <translation>%1 (art. %2)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="333" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="338" />
            <source>Correct the errors in the file, then import it again.</source>
            <translation>Corrigez les erreurs dans le fichier, puis importez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="368" />
            <source>Import a table of activities</source>
            <translation>Importer un tableau d'activités</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="369" />
            <source>Tables (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Tableaux (*.xlsx *.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="399" />
            <source>“%1” cannot be imported; the register was not changed.</source>
            <translation>« %1 » ne peut pas être importé ; le registre n'a pas été modifié.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../gui/import_dialog.py" line="141" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="142" />
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="143" />
            <source>Purpose</source>
            <translation>Finalité</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="144" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="145" />
            <source>Legal bases</source>
            <translation>Fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="202" />
            <source>(kept as text: %1)</source>
            <translation>(conservé en texte : %1)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="204" />
            <source>%1 (new)</source>
            <translation>%1 (nouvelle)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="213" />
            <source>⚠ not recognised</source>
            <translation>⚠ non reconnu</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="219" />
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="220" />
            <source>Warning: %1</source>
            <translation>Attention : %1</translation>
        </message>
    </context>
    <context>
        <name>ListCommands</name>
        <message>
            <location filename="../../gui/listcommands.py" line="84" />
            <source>data category</source>
            <translation>la catégorie de données</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="85" />
            <source>data subject</source>
            <translation>la catégorie de personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="86" />
            <source>recipient</source>
            <translation>le destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="87" />
            <source>legal basis</source>
            <translation>le fondement juridique</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="100" />
            <source>Add %1 “%2”</source>
            <translation>Ajouter %1 « %2 »</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="123" />
            <source>Edit %1 “%2”</source>
            <translation>Modifier %1 « %2 »</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="154" />
            <source>Delete %1 “%2”</source>
            <translation>Supprimer %1 « %2 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/listcommands.py" line="156" />
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Supprimer %n élément</numerusform>
                <numerusform>Supprimer %n éléments</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="190" />
            <source>Edit legal basis “%1”</source>
            <translation>Modifier le fondement juridique « %1 »</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="215" />
            <source>Edit “%1”</source>
            <translation>Modifier « %1 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/listcommands.py" line="257" />
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
            <location filename="../../gui/lists.py" line="538" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="566" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="567" />
            <source>Legal bases</source>
            <translation>Fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="568" />
            <source>Data subjects</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="569" />
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="574" />
            <source>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</source>
            <translation>Les types de données personnelles que traitent vos activités. Cochez les catégories particulières (article 9) et les données d'infraction (article 10) : elles exigent une condition spécifique.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="578" />
            <source>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</source>
            <translation>Les six fondements juridiques de l'article 6, paragraphe 1, sont fixés par le RGPD ; décrivez comment votre organisme s'appuie sur chacun. Double-cliquez sur une description pour la modifier.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="581" />
            <source>The people whose data you process: customers, employees, prospects…</source>
            <translation>Les personnes dont vous traitez les données : clients, salariés, prospects…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="584" />
            <source>Who receives the data: your own departments, processors, third parties, public authorities.</source>
            <translation>Qui reçoit les données : vos propres services, vos sous-traitants, des tiers, des autorités publiques.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="591" />
            <source>Add a category</source>
            <translation>Ajouter une catégorie</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="592" />
            <source>Add a data subject</source>
            <translation>Ajouter des personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="593" />
            <source>Add a recipient</source>
            <translation>Ajouter un destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="598" />
            <source>New category</source>
            <translation>Nouvelle catégorie</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="599" />
            <source>New data subject</source>
            <translation>Nouvelles personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="600" />
            <source>New recipient</source>
            <translation>Nouveau destinataire</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="676" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="678" />
            <source>Delete “%1”?</source>
            <translation>Supprimer « %1 » ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="680" />
            <source>Delete these %n items?</source>
            <translation>
                <numerusform>Supprimer cet élément ?</numerusform>
                <numerusform>Supprimer ces %n éléments ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="683" />
            <source>No activity uses it. You can undo this.</source>
            <translation>Aucune activité ne l'utilise. Vous pourrez annuler.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="684" />
            <source>It is removed from %n activity(ies):</source>
            <translation>
                <numerusform>Il sera retiré de %n activité :</numerusform>
                <numerusform>Il sera retiré de %n activités :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="688" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="689" />
            <source>You can undo this.</source>
            <translation>Vous pourrez annuler.</translation>
        </message>
    </context>
    <context>
        <name>ListTableModel</name>
        <message>
            <location filename="../../gui/lists.py" line="213" />
            <source>Legal basis</source>
            <translation>Fondement juridique</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="214" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="215" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="216" />
            <source>Special (Art. 9)</source>
            <translation>Particulière (art. 9)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="217" />
            <source>Criminal (Art. 10)</source>
            <translation>Infractions (art. 10)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="218" />
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="219" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="220" />
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="226" />
            <source>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</source>
            <translation>Catégorie particulière de données (article 9 du RGPD) : santé, biométrie, religion, opinions politiques…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="229" />
            <source>Data relating to criminal convictions and offences (GDPR Article 10)</source>
            <translation>Données relatives aux condamnations pénales et aux infractions (article 10 du RGPD)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="232" />
            <source>How many processing activities use it</source>
            <translation>Nombre d'activités de traitement qui l'utilisent</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="289" />
            <source>Art. %1</source>
            <translation>Art. %1</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="297" />
            <source>No activity uses it.</source>
            <translation>Aucune activité ne l'utilise.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="302" />
            <source>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</source>
            <translation>Les fondements juridiques de l'article 6, paragraphe 1, sont fixés par le RGPD ; décrivez comment votre organisme s'appuie sur chacun.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="320" />
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="324" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="325" />
            <source>Legal bases</source>
            <translation>Fondements juridiques</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="326" />
            <source>Data subjects</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="327" />
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="342" />
            <location filename="../../gui/mainwindow.py" line="343" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="402" />
            <source>&amp;New register…</source>
            <translation>&amp;Nouveau registre…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="404" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="407" />
            <source>&amp;Import table…</source>
            <translation>&amp;Importer un tableau…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="410" />
            <source>&amp;Export JSON…</source>
            <translation>&amp;Exporter en JSON…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="412" />
            <source>Write the whole register as a JSON file</source>
            <translation>Écrire tout le registre dans un fichier JSON</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="414" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="432" />
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="434" />
            <source>Add an activity (or an item of the list shown)</source>
            <translation>Ajouter une activité (ou un élément de la liste affichée)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="436" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="438" />
            <source>Copy the selected activity</source>
            <translation>Copier l'activité sélectionnée</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="440" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="442" />
            <source>Delete the selection, after confirmation</source>
            <translation>Supprimer la sélection, après confirmation</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="445" />
            <source>Move &amp;up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="448" />
            <source>Move do&amp;wn</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="451" />
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="453" />
            <source>&amp;User order</source>
            <translation>Ordre &amp;personnel</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="455" />
            <source>Show activities in the order you gave them</source>
            <translation>Afficher les activités dans l'ordre que vous leur avez donné</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="457" />
            <source>&amp;Check</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="459" />
            <source>List what Article 30 asks for and the register lacks</source>
            <translation>Lister ce que demande l'article 30 et qui manque au registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="461" />
            <source>&amp;About Registre</source>
            <translation>À &amp;propos de Registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="465" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="472" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="475" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="482" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="494" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="496" />
            <source>&amp;Detail panel</source>
            <translation>Panneau de &amp;détail</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="503" />
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="505" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="509" />
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="522" />
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="523" />
            <source>Show only what contains these words, accents and case aside</source>
            <translation>N'afficher que ce qui contient ces mots, sans tenir compte des accents ni de la casse</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="594" />
            <source>Unsaved register</source>
            <translation>Registre non enregistré</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="616" />
            <source>No other register</source>
            <translation>Aucun autre registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="626" />
            <source>Cannot open the register</source>
            <translation>Impossible d'ouvrir le registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="627" />
            <source>“%1” cannot be opened.</source>
            <translation>« %1 » ne peut pas être ouvert.</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="641" />
            <source>Open a register</source>
            <translation>Ouvrir un registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="642" />
            <source>Registers (*.db);;All files (*)</source>
            <translation>Registres (*.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="648" />
            <source>New register</source>
            <translation>Nouveau registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="649" />
            <source>Registers (*.db)</source>
            <translation>Registres (*.db)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="658" />
            <source>Export the register as JSON</source>
            <translation>Exporter le registre en JSON</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="659" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="672" />
            <source>“%1” already exists; use File ▸ Open to open it.</source>
            <translation>« %1 » existe déjà ; utilisez Fichier ▸ Ouvrir pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="689" />
            <source>Exported to %1</source>
            <translation>Exporté dans %1</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="772" />
            <source>No activities yet</source>
            <translation>Aucune activité pour l'instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="774" />
            <source>%n incomplete activities</source>
            <translation>
                <numerusform>%n activité incomplète</numerusform>
                <numerusform>%n activités incomplètes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="776" />
            <source>All %n activities complete</source>
            <translation>
                <numerusform>L'activité est complète</numerusform>
                <numerusform>Les %n activités sont complètes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="797" />
            <source>About Registre</source>
            <translation>À propos de Registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="798" />
            <source>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;Le registre des activités de traitement de l'article 30 du RGPD, tenu sur votre ordinateur.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="803" />
            <source>Registre</source>
            <translation>Registre</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <location filename="../../gui/organisation.py" line="47" />
            <location filename="../../gui/organisation.py" line="62" />
            <location filename="../../gui/organisation.py" line="72" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="48" />
            <source>controller name</source>
            <translation>nom du responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="49" />
            <location filename="../../gui/organisation.py" line="64" />
            <location filename="../../gui/organisation.py" line="74" />
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="50" />
            <source>controller address</source>
            <translation>adresse du responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="52" />
            <source>Registration number:</source>
            <translation>Numéro d'immatriculation :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="53" />
            <source>registration number</source>
            <translation>numéro d'immatriculation</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="54" />
            <source>e.g. SIRET 123 456 789 00012</source>
            <translation>p. ex. SIRET 123 456 789 00012</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="55" />
            <location filename="../../gui/organisation.py" line="66" />
            <location filename="../../gui/organisation.py" line="76" />
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="56" />
            <source>controller phone</source>
            <translation>téléphone du responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="57" />
            <location filename="../../gui/organisation.py" line="68" />
            <location filename="../../gui/organisation.py" line="78" />
            <source>E-mail:</source>
            <translation>Courriel :</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="58" />
            <source>controller e-mail</source>
            <translation>courriel du responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="59" />
            <source>contact@example.com</source>
            <translation>contact@exemple.fr</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="63" />
            <source>representative name</source>
            <translation>nom du représentant</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="65" />
            <source>representative address</source>
            <translation>adresse du représentant</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="67" />
            <source>representative phone</source>
            <translation>téléphone du représentant</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="69" />
            <source>representative e-mail</source>
            <translation>courriel du représentant</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="73" />
            <source>DPO name</source>
            <translation>nom du DPO</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="75" />
            <source>DPO address</source>
            <translation>adresse du DPO</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="77" />
            <source>DPO phone</source>
            <translation>téléphone du DPO</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="79" />
            <source>DPO e-mail</source>
            <translation>courriel du DPO</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="80" />
            <source>dpo@example.com</source>
            <translation>dpo@exemple.fr</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="99" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="104" />
            <source>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</source>
            <translation>Qui est responsable des traitements (article 30, paragraphe 1, point a). Les modifications sont enregistrées au fil de la saisie.</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="115" />
            <source>Controller</source>
            <translation>Responsable de traitement</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="117" />
            <source>Representative in the EU</source>
            <translation>Représentant dans l'UE</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="118" />
            <source>Only for an organisation established outside the European Union (Article 27).</source>
            <translation>Uniquement pour un organisme établi hors de l'Union européenne (article 27).</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="122" />
            <source>Data protection officer (DPO)</source>
            <translation>Délégué à la protection des données (DPO)</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="123" />
            <source>If you have designated one (Article 37); otherwise leave empty.</source>
            <translation>Si vous en avez désigné un (article 37) ; sinon, laissez vide.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../gui/preferences.py" line="33" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="37" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="44" />
            <source>The new language applies the next time Registre starts.</source>
            <translation>La nouvelle langue s'appliquera au prochain démarrage de Registre.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="51" />
            <source>Interface language:</source>
            <translation>Langue de l'interface :</translation>
        </message>
    </context>
</TS>