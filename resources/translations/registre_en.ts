<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ActivitiesModel</name>
        <message>
            <location filename="../../gui/activities.py" line="272" />
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="273" />
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="274" />
            <source>Data categories</source>
            <translation>Data categories</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="275" />
            <source>Legal bases</source>
            <translation>Legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="276" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="277" />
            <source>Completeness</source>
            <translation>Completeness</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="281" />
            <source>Reference of the processing activity</source>
            <translation>Reference of the processing activity</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="282" />
            <source>Name of the activity (its purpose when unnamed)</source>
            <translation>Name of the activity (its purpose when unnamed)</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="283" />
            <source>Categories of personal data processed</source>
            <translation>Categories of personal data processed</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="284" />
            <source>Article 6 legal bases and their justification</source>
            <translation>Article 6 legal bases and their justification</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="285" />
            <source>Draft, validated or archived</source>
            <translation>Draft, validated or archived</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="286" />
            <source>What Article 30 asks for and is missing</source>
            <translation>What Article 30 asks for and is missing</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="321" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/activities.py" line="322" />
            <location filename="../../gui/mainwindow.py" line="125" />
            <source>%n missing</source>
            <translation>
                <numerusform>%n missing</numerusform>
                <numerusform>%n missing</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="346" />
            <source>Everything Article 30 asks for is filled in.</source>
            <translation>Everything Article 30 asks for is filled in.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="118" />
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="121" />
            <source>Your last saved edits are safe in the register. The details were written to %1.</source>
            <translation>Your last saved edits are safe in the register. The details were written to %1.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../gui/backup_dialog.py" line="50" />
            <source>first opening of the day</source>
            <translation>first opening of the day</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="51" />
            <source>before an import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="52" />
            <source>before a version upgrade</source>
            <translation>before a version upgrade</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="53" />
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="54" />
            <source>made by hand</source>
            <translation>made by hand</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="61" />
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="62" />
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="93" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="93" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="94" />
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="94" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="124" />
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="130" />
            <source>Registre backs the register up at the first opening of each day, before every import and before a restore; the last %1 are kept in “%2”.</source>
            <translation>Registre backs the register up at the first opening of each day, before every import and before a restore; the last %1 are kept in “%2”.</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="149" />
            <source>This register has no backup yet.</source>
            <translation>This register has no backup yet.</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="155" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="162" />
            <source>This register is open read-only: it cannot be restored here.</source>
            <translation>This register is open read-only: it cannot be restored here.</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="191" />
            <source>Restore the backup of %1?</source>
            <translation>Restore the backup of %1?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/backup_dialog.py" line="193" />
            <source>Restore the backup of %1 (%n activity(ies))?</source>
            <translation>
                <numerusform>Restore the backup of %1 (%n activity)?</numerusform>
                <numerusform>Restore the backup of %1 (%n activities)?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="196" />
            <source>The register will be as it was then; what changed since is replaced. The present state is backed up first, so you can go back to it. Edit ▸ Undo will be emptied: its steps would no longer apply.</source>
            <translation>The register will be as it was then; what changed since is replaced. The present state is backed up first, so you can go back to it. Edit ▸ Undo will be emptied: its steps would no longer apply.</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="199" />
            <location filename="../../gui/backup_dialog.py" line="207" />
            <location filename="../../gui/backup_dialog.py" line="217" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../gui/backup_dialog.py" line="208" />
            <source>The register was restored from the backup of %1.

What it held just before is kept in the backup “%2”: restore that one to go back.</source>
            <translation>The register was restored from the backup of %1.

What it held just before is kept in the backup “%2”: restore that one to go back.</translation>
        </message>
    </context>
    <context>
        <name>BasesEditor</name>
        <message>
            <location filename="../../gui/activities.py" line="586" />
            <source>Why this basis applies (required for legitimate interests)</source>
            <translation>Why this basis applies (required for legitimate interests)</translation>
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
            <translation>Check the register</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="263" />
            <source>%n item(s) missing:</source>
            <translation>
                <numerusform>%n item missing:</numerusform>
                <numerusform>%n items missing:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="265" />
            <source>The register holds everything Article 30 asks for.</source>
            <translation>The register holds everything Article 30 asks for.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../gui/commands.py" line="43" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="44" />
            <source>purpose</source>
            <translation>purpose</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="45" />
            <source>business function</source>
            <translation>business function</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="46" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="47" />
            <source>validated by</source>
            <translation>validated by</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="48" />
            <source>validation date</source>
            <translation>validation date</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="49" />
            <source>joint controller</source>
            <translation>joint controller</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="50" />
            <source>imported legal basis text</source>
            <translation>imported legal basis text</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="51" />
            <source>imported data categories text</source>
            <translation>imported data categories text</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="52" />
            <source>Article 9 condition</source>
            <translation>Article 9 condition</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="53" />
            <source>retention period</source>
            <translation>retention period</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="54" />
            <source>security measures</source>
            <translation>security measures</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="55" />
            <source>other security measures</source>
            <translation>other security measures</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="56" />
            <source>data source</source>
            <translation>data source</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="57" />
            <source>DPIA</source>
            <translation>DPIA</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="58" />
            <source>DPIA reason</source>
            <translation>DPIA reason</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="59" />
            <source>data categories</source>
            <translation>data categories</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="60" />
            <source>legal bases</source>
            <translation>legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="61" />
            <source>data subjects</source>
            <translation>data subjects</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="62" />
            <source>recipients</source>
            <translation>recipients</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="63" />
            <source>transfers</source>
            <translation>transfers</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="88" />
            <source>Registre</source>
            <translation>Registre</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="150" />
            <source>Edit %1 of %2</source>
            <translation>Edit %1 of %2</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="153" />
            <location filename="../../gui/commands.py" line="204" />
            <source>Edit activity %1</source>
            <translation>Edit activity %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="201" />
            <source>Change %1 of %2</source>
            <translation>Change %1 of %2</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="249" />
            <source>Duplicate as %1</source>
            <translation>Duplicate as %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="252" />
            <source>Add activity %1</source>
            <translation>Add activity %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="270" />
            <source>Delete activity %1</source>
            <translation>Delete activity %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="272" />
            <source>Delete %n activities</source>
            <translation>
                <numerusform>Delete %n activity</numerusform>
                <numerusform>Delete %n activities</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="285" />
            <source>Move activity %1</source>
            <translation>Move activity %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="343" />
            <source>Delete activity %1 “%2”?</source>
            <translation>Delete activity %1 “%2”?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="346" />
            <source>Delete %n activities?</source>
            <translation>
                <numerusform>Delete %n activity?</numerusform>
                <numerusform>Delete %n activities?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="351" />
            <source>%n data category links</source>
            <translation>
                <numerusform>%n data category link</numerusform>
                <numerusform>%n data category links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="352" />
            <source>%n legal bases</source>
            <translation>
                <numerusform>%n legal basis</numerusform>
                <numerusform>%n legal bases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="353" />
            <source>%n transfers</source>
            <translation>
                <numerusform>%n transfer</numerusform>
                <numerusform>%n transfers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="355" />
            <source>Nothing else is linked to it. You can undo this with Edit ▸ Undo.</source>
            <translation>Nothing else is linked to it. You can undo this with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="357" />
            <source>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</source>
            <translation>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="373" />
            <location filename="../../gui/screenshots.py" line="110" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <location filename="../../gui/commands.py" line="322" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <location filename="../../gui/detail.py" line="98" />
            <source>Select an activity to see and edit all that Article 30 asks for it.</source>
            <translation>Select an activity to see and edit all that Article 30 asks for it.</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="155" />
            <source>Processing</source>
            <translation>Processing</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="156" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="157" />
            <source>Short name of the activity</source>
            <translation>Short name of the activity</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="158" />
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="159" />
            <source>Business &amp;function:</source>
            <translation>Business &amp;function:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="160" />
            <source>e.g. Human resources</source>
            <translation>e.g. Human resources</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="161" />
            <source>&amp;Joint controller:</source>
            <translation>&amp;Joint controller:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="162" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="168" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="170" />
            <source>Validated by</source>
            <translation>Validated by</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="171" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="172" />
            <source>Validation:</source>
            <translation>Validation:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="174" />
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="176" />
            <source>Data &amp;categories:</source>
            <translation>Data &amp;categories:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="179" />
            <source>None (no special category)</source>
            <translation>None (no special category)</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="184" />
            <source>Article 9 condition:</source>
            <translation>Article 9 condition:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="186" />
            <source>Data s&amp;ubjects:</source>
            <translation>Data s&amp;ubjects:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="187" />
            <source>Data source:</source>
            <translation>Data source:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="188" />
            <source>Where the data come from</source>
            <translation>Where the data come from</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="190" />
            <source>Lawfulness</source>
            <translation>Lawfulness</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="197" />
            <source>Legal &amp;bases:</source>
            <translation>Legal &amp;bases:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="198" />
            <source>Kept as imported, word for word</source>
            <translation>Kept as imported, word for word</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="202" />
            <source>Imported legal basis:</source>
            <translation>Imported legal basis:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="206" />
            <source>Imported categories:</source>
            <translation>Imported categories:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="208" />
            <source>Recipients and transfers</source>
            <translation>Recipients and transfers</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="210" />
            <source>&amp;Recipients:</source>
            <translation>&amp;Recipients:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="214" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="214" />
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="215" />
            <source>Safeguard</source>
            <translation>Safeguard</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="215" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="223" />
            <source>Add transfer</source>
            <translation>Add transfer</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="226" />
            <source>Remove transfer</source>
            <translation>Remove transfer</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="237" />
            <source>Transfers outside the EU:</source>
            <translation>Transfers outside the EU:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="240" />
            <source>Retention and security</source>
            <translation>Retention and security</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="241" />
            <source>Re&amp;tention period:</source>
            <translation>Re&amp;tention period:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="242" />
            <source>e.g. 3 years after the last contact</source>
            <translation>e.g. 3 years after the last contact</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="245" />
            <source>Security measures:</source>
            <translation>Security measures:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="246" />
            <source>Other measures:</source>
            <translation>Other measures:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="247" />
            <source>Described freely</source>
            <translation>Described freely</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="249" />
            <source>Impact assessment (DPIA)</source>
            <translation>Impact assessment (DPIA)</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="252" />
            <source>Not assessed yet</source>
            <translation>Not assessed yet</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="253" />
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="254" />
            <source>Not required</source>
            <translation>Not required</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="257" />
            <source>DPIA:</source>
            <translation>DPIA:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="258" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="259" />
            <source>Why it is or is not required</source>
            <translation>Why it is or is not required</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="261" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="324" />
            <source>Created %1 · changed %2</source>
            <translation>Created %1 · changed %2</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="362" />
            <source>None given</source>
            <translation>None given</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../gui/dialogs/export.py" line="433" />
            <source>Sheets in draft: %1</source>
            <translation>Sheets in draft: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/dialogs/export.py" line="434" />
            <source>The register has %n completeness finding(s) and %1 sheet(s) in draft. The record will list them and its cover will say it is incomplete. Export anyway?</source>
            <translation>
                <numerusform>The register has %n completeness finding and %1 sheet(s) in draft. The record will list them and its cover will say it is incomplete. Export anyway?</numerusform>
                <numerusform>The register has %n completeness findings and %1 sheet(s) in draft. The record will list them and its cover will say it is incomplete. Export anyway?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="73" />
            <location filename="../../gui/export_dialog.py" line="538" />
            <source>Export the record as PDF</source>
            <translation>Export the record as PDF</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="106" />
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="107" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="111" />
            <source>Language of the record:</source>
            <translation>Language of the record:</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="114" />
            <source>Completeness</source>
            <translation>Completeness</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="128" />
            <source>Sign the record</source>
            <translation>Sign the record</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="136" />
            <source>My organisation's certificate (created by Registre)</source>
            <translation>My organisation's certificate (created by Registre)</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="138" />
            <source>A PKCS#12 file:</source>
            <translation>A PKCS#12 file:</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="147" />
            <source>certificate.p12</source>
            <translation>certificate.p12</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="150" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="163" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="171" />
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="174" />
            <source>e.g. Manager, DPO</source>
            <translation>e.g. Manager, DPO</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="177" />
            <source>e.g. Lyon</source>
            <translation>e.g. Lyon</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="180" />
            <source>Optional, e.g. https://freetsa.org/tsr</source>
            <translation>Optional, e.g. https://freetsa.org/tsr</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="182" />
            <source>A timestamp authority certifies when the record was signed; leave empty to sign with your computer's clock only.</source>
            <translation>A timestamp authority certifies when the record was signed; leave empty to sign with your computer's clock only.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="184" />
            <source>&amp;Signer:</source>
            <translation>&amp;Signer:</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="185" />
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="186" />
            <source>P&amp;lace:</source>
            <translation>P&amp;lace:</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="187" />
            <source>&amp;Timestamp authority:</source>
            <translation>&amp;Timestamp authority:</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="194" />
            <source>This register is open read-only: the PDF can be exported, but the export will not be recorded in the register's history.</source>
            <translation>This register is open read-only: the PDF can be exported, but the export will not be recorded in the register's history.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="217" />
            <source>Preview (before signing)</source>
            <translation>Preview (before signing)</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="238" />
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/export_dialog.py" line="259" />
            <source>%n item(s) that Article 30 asks for are missing. You can export anyway: the record shows them as missing.</source>
            <translation>
                <numerusform>%n item that Article 30 asks for is missing. You can export anyway: the record shows it as missing.</numerusform>
                <numerusform>%n items that Article 30 asks for are missing. You can export anyway: the record shows them as missing.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="263" />
            <source>The register holds everything Article 30 asks for.</source>
            <translation>The register holds everything Article 30 asks for.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="312" />
            <source>The password you chose when Registre created the certificate (%1).</source>
            <translation>The password you chose when Registre created the certificate (%1).</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="315" />
            <source>Registre will create your organisation's certificate at the first signature, protected by this password. Keep the password: every later signature asks for it.</source>
            <translation>Registre will create your organisation's certificate at the first signature, protected by this password. Keep the password: every later signature asks for it.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="319" />
            <source>The password that protects the PKCS#12 file (.p12, .pfx).</source>
            <translation>The password that protects the PKCS#12 file (.p12, .pfx).</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="332" />
            <source>Choose the PKCS#12 file to sign with.</source>
            <translation>Choose the PKCS#12 file to sign with.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="334" />
            <source>Type the certificate's password.</source>
            <translation>Type the certificate's password.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="336" />
            <source>Type the signer's name.</source>
            <translation>Type the signer's name.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="384" />
            <source>Preview (before signing): rendering…</source>
            <translation>Preview (before signing): rendering…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/export_dialog.py" line="399" />
            <source>Preview (before signing): %n page(s)</source>
            <translation>
                <numerusform>Preview (before signing): %n page</numerusform>
                <numerusform>Preview (before signing): %n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="407" />
            <source>The preview could not be made: %1</source>
            <translation>The preview could not be made: %1</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="448" />
            <location filename="../../gui/screenshots.py" line="225" />
            <source>Signing and writing “%1”…</source>
            <translation>Signing and writing “%1”…</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="449" />
            <source>Writing “%1”…</source>
            <translation>Writing “%1”…</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="474" />
            <source>The record was written to “%1”.</source>
            <translation>The record was written to “%1”.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="476" />
            <source>It is signed by %1.</source>
            <translation>It is signed by %1.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="478" />
            <source>It is not signed.</source>
            <translation>It is not signed.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="481" />
            <source>Your organisation's certificate was created at “%1”. Keep it and its password: Registre signs with it from now on.</source>
            <translation>Your organisation's certificate was created at “%1”. Keep it and its password: Registre signs with it from now on.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="485" />
            <source>The register is open read-only: this export is not recorded in its history.</source>
            <translation>The register is open read-only: this export is not recorded in its history.</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="487" />
            <location filename="../../gui/export_dialog.py" line="555" />
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="545" />
            <source>Choose a PKCS#12 certificate</source>
            <translation>Choose a PKCS#12 certificate</translation>
        </message>
        <message>
            <location filename="../../gui/export_dialog.py" line="546" />
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../gui/history_window.py" line="75" />
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="76" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="77" />
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="78" />
            <source>restored</source>
            <translation>restored</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="79" />
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="80" />
            <source>moved</source>
            <translation>moved</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="81" />
            <source>duplicated</source>
            <translation>duplicated</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="82" />
            <source>exported</source>
            <translation>exported</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="83" />
            <source>signed</source>
            <translation>signed</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="90" />
            <source>activity</source>
            <translation>activity</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="91" />
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="92" />
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="93" />
            <source>data category</source>
            <translation>data category</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="94" />
            <source>data subject</source>
            <translation>data subject</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="95" />
            <source>recipient</source>
            <translation>recipient</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="96" />
            <source>legal basis</source>
            <translation>legal basis</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="118" />
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="119" />
            <source>PDF record</source>
            <translation>PDF record</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="120" />
            <source>backup</source>
            <translation>backup</translation>
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
            <translation>special category</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="124" />
            <source>criminal data</source>
            <translation>criminal data</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="125" />
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="142" />
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="143" />
            <source>not required</source>
            <translation>not required</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="275" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="276" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="277" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="278" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="279" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="280" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="281" />
            <source>Old → new</source>
            <translation>Old → new</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="284" />
            <source>Place of the entry in the history, oldest first</source>
            <translation>Place of the entry in the history, oldest first</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../../gui/history_window.py" line="397" />
            <source>History of the register</source>
            <translation>History of the register</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="413" />
            <source>Filter: activity, user, field, value…</source>
            <translation>Filter: activity, user, field, value…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/history_window.py" line="460" />
            <source>✔ History intact: %n entries, each chained to the one before (SHA-256).</source>
            <translation>
                <numerusform>✔ History intact: %n entry, chained by SHA-256.</numerusform>
                <numerusform>✔ History intact: %n entries, each chained to the one before (SHA-256).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="469" />
            <source>Last signed record: %1, signed by %2 (%3).</source>
            <translation>Last signed record: %1, signed by %2 (%3).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/history_window.py" line="473" />
            <source>Only the %n change(s) since then</source>
            <translation>
                <numerusform>Only the change since then (%n)</numerusform>
                <numerusform>Only the %n changes since then</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="476" />
            <source>No signed record has been exported yet.</source>
            <translation>No signed record has been exported yet.</translation>
        </message>
        <message>
            <location filename="../../gui/history_window.py" line="477" />
            <source>Only changes since the last signed record</source>
            <translation>Only changes since the last signed record</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/import_dialog.py" line="240" />
            <location filename="../../gui/import_dialog.py" line="399" />
            <source>Import “%1”</source>
            <translation>Import “%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="246" />
            <source>%n activity(ies) will be added to the register.</source>
            <translation>
                <numerusform>%n activity will be added to the register.</numerusform>
                <numerusform>%n activities will be added to the register.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="249" />
            <source>%n error(s) must be corrected in the file before importing.</source>
            <translation>
                <numerusform>%n error must be corrected in the file before importing.</numerusform>
                <numerusform>%n errors must be corrected in the file before importing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="253" />
            <source>%n point(s) to check, marked in amber.</source>
            <translation>
                <numerusform>%n point to check, marked in amber.</numerusform>
                <numerusform>%n points to check, marked in amber.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="276" />
            <source>New data categories created by this import: %1</source>
            <translation>New data categories created by this import: %1</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="279" />
            <source>Every data category is already in the register.</source>
            <translation>Every data category is already in the register.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="283" />
            <source>Wording not recognised as a legal basis</source>
            <translation>Wording not recognised as a legal basis</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="286" />
            <source>Choose the legal basis each wording stands for: it becomes that basis's justification. Left unassigned, it is kept as text on the activity.</source>
            <translation>Choose the legal basis each wording stands for: it becomes that basis's justification. Left unassigned, it is kept as text on the activity.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="295" />
            <source>Line %1: “%2”</source>
            <translation>Line %1: “%2”</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="301" />
            <source>Leave unassigned</source>
            <translation>Leave unassigned</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="303" />
            <source>%1 (Art. %2)</source>
            <translation>%1 (Art. %2)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="334" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="339" />
            <source>Correct the errors in the file, then import it again.</source>
            <translation>Correct the errors in the file, then import it again.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="369" />
            <source>Import a table of activities</source>
            <translation>Import a table of activities</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="370" />
            <source>Tables (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Tables (*.xlsx *.csv *.tsv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="400" />
            <source>“%1” cannot be imported; the register was not changed.</source>
            <translation>“%1” cannot be imported; the register was not changed.</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Columns of the file</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Goes to</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>Note “%1”</source>
            <translation>Note “%1”</translation>
        </message>
        <message>
            <source>Left out (not imported)</source>
            <translation>Left out (not imported)</translation>
        </message>
        <message>
            <source>Left out, not imported: %1</source>
            <translation>Left out, not imported: %1</translation>
        </message>
        <message>
            <source>%1 “%2”</source>
            <translation>%1 “%2”</translation>
        </message>
        <message>
            <source>Already in the register</source>
            <translation>Already in the register</translation>
        </message>
        <message>
            <source>Skip these rows</source>
            <translation>Skip these rows</translation>
        </message>
        <message>
            <source>Update those activities with these rows</source>
            <translation>Update those activities with these rows</translation>
        </message>
        <message>
            <source>Add them as new activities</source>
            <translation>Add them as new activities</translation>
        </message>
        <message>
            <source>line %1 (%2 %3)</source>
            <translation>line %1 (%2 %3)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) name an activity the register already has: %1</source>
            <translation>
                <numerusform>%n row names an activity the register already has: %1</numerusform>
                <numerusform>%n rows name activities the register already has: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../gui/import_dialog.py" line="142" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="143" />
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="144" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="145" />
            <source>Data categories</source>
            <translation>Data categories</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="146" />
            <source>Legal bases</source>
            <translation>Legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="203" />
            <source>(kept as text: %1)</source>
            <translation>(kept as text: %1)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="205" />
            <source>%1 (new)</source>
            <translation>%1 (new)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="214" />
            <source>⚠ not recognised</source>
            <translation>⚠ not recognised</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="220" />
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="221" />
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
    </context>
    <context>
        <name>ListCommands</name>
        <message>
            <location filename="../../gui/listcommands.py" line="40" />
            <source>data category</source>
            <translation>data category</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="41" />
            <source>data subject</source>
            <translation>data subject</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="42" />
            <source>recipient</source>
            <translation>recipient</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="43" />
            <source>legal basis</source>
            <translation>legal basis</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="56" />
            <source>Add %1 “%2”</source>
            <translation>Add %1 “%2”</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="80" />
            <source>Edit %1 “%2”</source>
            <translation>Edit %1 “%2”</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="100" />
            <source>Delete %1 “%2”</source>
            <translation>Delete %1 “%2”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/listcommands.py" line="102" />
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Delete %n item</numerusform>
                <numerusform>Delete %n items</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="136" />
            <source>Edit legal basis “%1”</source>
            <translation>Edit legal basis “%1”</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="161" />
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/listcommands.py" line="203" />
            <source>Import %n activity(ies) from “%1”</source>
            <translation>
                <numerusform>Import %n activity from “%1”</numerusform>
                <numerusform>Import %n activities from “%1”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../gui/lists.py" line="505" />
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="533" />
            <source>Data categories</source>
            <translation>Data categories</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="534" />
            <source>Legal bases</source>
            <translation>Legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="535" />
            <source>Data subjects</source>
            <translation>Data subjects</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="536" />
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="541" />
            <source>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</source>
            <translation>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="545" />
            <source>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</source>
            <translation>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="548" />
            <source>The people whose data you process: customers, employees, prospects…</source>
            <translation>The people whose data you process: customers, employees, prospects…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="551" />
            <source>Who receives the data: your own departments, processors, third parties, public authorities.</source>
            <translation>Who receives the data: your own departments, processors, third parties, public authorities.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="558" />
            <source>Add a category</source>
            <translation>Add a category</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="559" />
            <source>Add a data subject</source>
            <translation>Add a data subject</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="560" />
            <source>Add a recipient</source>
            <translation>Add a recipient</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="565" />
            <source>New category</source>
            <translation>New category</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="566" />
            <source>New data subject</source>
            <translation>New data subject</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="567" />
            <source>New recipient</source>
            <translation>New recipient</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="635" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="637" />
            <source>Delete “%1”?</source>
            <translation>Delete “%1”?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="639" />
            <source>Delete these %n items?</source>
            <translation>
                <numerusform>Delete this item?</numerusform>
                <numerusform>Delete these %n items?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="642" />
            <source>No activity uses it. You can undo this.</source>
            <translation>No activity uses it. You can undo this.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="643" />
            <source>It is removed from %n activity(ies):</source>
            <translation>
                <numerusform>It is removed from %n activity:</numerusform>
                <numerusform>It is removed from %n activities:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="647" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="648" />
            <source>You can undo this.</source>
            <translation>You can undo this.</translation>
        </message>
    </context>
    <context>
        <name>ListTableModel</name>
        <message>
            <location filename="../../gui/lists.py" line="200" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="201" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="202" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="203" />
            <source>Special (Art. 9)</source>
            <translation>Special (Art. 9)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="204" />
            <source>Criminal (Art. 10)</source>
            <translation>Criminal (Art. 10)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="205" />
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="206" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="207" />
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="213" />
            <source>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</source>
            <translation>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="216" />
            <source>Data relating to criminal convictions and offences (GDPR Article 10)</source>
            <translation>Data relating to criminal convictions and offences (GDPR Article 10)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="219" />
            <source>How many processing activities use it</source>
            <translation>How many processing activities use it</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="278" />
            <source>Art. %1</source>
            <translation>Art. %1</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="286" />
            <source>No activity uses it.</source>
            <translation>No activity uses it.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="291" />
            <source>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</source>
            <translation>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="307" />
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="310" />
            <source>Data categories</source>
            <translation>Data categories</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="311" />
            <source>Legal bases</source>
            <translation>Legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="312" />
            <source>Data subjects</source>
            <translation>Data subjects</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="313" />
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="321" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="384" />
            <source>&amp;New register…</source>
            <translation>&amp;New register…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="386" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="389" />
            <source>&amp;Import table…</source>
            <translation>&amp;Import table…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="391" />
            <source>&amp;Export JSON…</source>
            <translation>&amp;Export JSON…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="393" />
            <source>Write the whole register as a JSON file</source>
            <translation>Write the whole register as a JSON file</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="395" />
            <source>Export &amp;PDF…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="397" />
            <source>Preview, sign and write the record for the regulator</source>
            <translation>Preview, sign and write the record for the regulator</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="399" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="401" />
            <source>Put the register back as one of its backups holds it</source>
            <translation>Put the register back as one of its backups holds it</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="403" />
            <source>&amp;Verify a PDF…</source>
            <translation>&amp;Verify a PDF…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="404" />
            <source>Check that a signed record is intact and who signed it</source>
            <translation>Check that a signed record is intact and who signed it</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="406" />
            <source>&amp;History of the register…</source>
            <translation>&amp;History of the register…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="408" />
            <source>Every change, who made it, and whether the history chain holds</source>
            <translation>Every change, who made it, and whether the history chain holds</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="411" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="429" />
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="431" />
            <source>Add an activity (or an item of the list shown)</source>
            <translation>Add an activity (or an item of the list shown)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="433" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="435" />
            <source>Copy the selected activity</source>
            <translation>Copy the selected activity</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="437" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="439" />
            <source>Delete the selection, after confirmation</source>
            <translation>Delete the selection, after confirmation</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="442" />
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="445" />
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="448" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="450" />
            <source>&amp;User order</source>
            <translation>&amp;User order</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="452" />
            <source>Show activities in the order you gave them</source>
            <translation>Show activities in the order you gave them</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="454" />
            <source>&amp;Check</source>
            <translation>&amp;Check</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="456" />
            <source>List what Article 30 asks for and the register lacks</source>
            <translation>List what Article 30 asks for and the register lacks</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="458" />
            <source>&amp;About Registre</source>
            <translation>&amp;About Registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="461" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="467" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="470" />
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="480" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="492" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="494" />
            <source>&amp;Detail panel</source>
            <translation>&amp;Detail panel</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="503" />
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="506" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="510" />
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="523" />
            <source>Search…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="524" />
            <source>Show only what contains these words, accents and case aside</source>
            <translation>Show only what contains these words, accents and case aside</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="599" />
            <source>Unsaved register</source>
            <translation>Unsaved register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="601" />
            <location filename="../../gui/mainwindow.py" line="606" />
            <source>%1 (read-only)</source>
            <translation>%1 (read-only)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="628" />
            <source>No other register</source>
            <translation>No other register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="640" />
            <source>Cannot open the register</source>
            <translation>Cannot open the register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="641" />
            <source>“%1” cannot be opened.</source>
            <translation>“%1” cannot be opened.</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="658" />
            <source>Open a register</source>
            <translation>Open a register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="659" />
            <source>Registers (*.registre *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="666" />
            <source>Registers (*.registre *.db)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="665" />
            <source>New register</source>
            <translation>New register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="675" />
            <source>Export the register as JSON</source>
            <translation>Export the register as JSON</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="676" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="689" />
            <source>“%1” already exists; use File ▸ Open to open it.</source>
            <translation>“%1” already exists; use File ▸ Open to open it.</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="706" />
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="836" />
            <source>No activities yet</source>
            <translation>No activities yet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="838" />
            <source>%n incomplete activities</source>
            <translation>
                <numerusform>%n incomplete activity</numerusform>
                <numerusform>%n incomplete activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="840" />
            <source>All %n activities complete</source>
            <translation>
                <numerusform>The activity is complete</numerusform>
                <numerusform>All %n activities complete</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="846" />
            <source>No signed record yet</source>
            <translation>No signed record yet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="849" />
            <source>%n change(s) since the last signed record (%1)</source>
            <translation>
                <numerusform>%n change since the last signed record (%1)</numerusform>
                <numerusform>%n changes since the last signed record (%1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="853" />
            <source>Signed record up to date (%1)</source>
            <translation>Signed record up to date (%1)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="872" />
            <source>About Registre</source>
            <translation>About Registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="873" />
            <source>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="878" />
            <source>Registre</source>
            <translation>Registre</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>OpenDocument spreadsheet (*.ods)</source>
            <translation>OpenDocument spreadsheet (*.ods)</translation>
        </message>
        <message>
            <source>CSV, activities only (*.csv)</source>
            <translation>CSV, activities only (*.csv)</translation>
        </message>
        <message>
            <source>Export the register as a spreadsheet</source>
            <translation>Export the register as a spreadsheet</translation>
        </message>
        <message>
            <source>Export &amp;spreadsheet…</source>
            <translation>Export &amp;spreadsheet…</translation>
        </message>
        <message>
            <source>Write the register as an XLSX, ODS or CSV spreadsheet</source>
            <translation>Write the register as an XLSX, ODS or CSV spreadsheet</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <location filename="../../gui/opening.py" line="39" />
            <source>Register in use</source>
            <translation>Register in use</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="41" />
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="42" />
            <source>“%1” is already open in another window or program (%2).</source>
            <translation>“%1” is already open in another window or program (%2).</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="46" />
            <source>“%1” cannot be changed here.</source>
            <translation>“%1” cannot be changed here.</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="49" />
            <source>Open it read-only? You can read, check and export it, not change it.</source>
            <translation>Open it read-only? You can read, check and export it, not change it.</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="52" />
            <source>Open read-only</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="98" />
            <source>Cannot open the register</source>
            <translation>Cannot open the register</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="99" />
            <source>“%1” cannot be opened.</source>
            <translation>“%1” cannot be opened.</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="100" />
            <source>You can open another register or create a new one.</source>
            <translation>You can open another register or create a new one.</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="102" />
            <source>Open another…</source>
            <translation>Open another…</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="104" />
            <source>Create a new one…</source>
            <translation>Create a new one…</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="106" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="125" />
            <source>It is open elsewhere and you chose not to open it read-only.</source>
            <translation>It is open elsewhere and you chose not to open it read-only.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <location filename="../../gui/organisation.py" line="48" />
            <location filename="../../gui/organisation.py" line="63" />
            <location filename="../../gui/organisation.py" line="73" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="49" />
            <source>controller name</source>
            <translation>controller name</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="50" />
            <location filename="../../gui/organisation.py" line="65" />
            <location filename="../../gui/organisation.py" line="75" />
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="51" />
            <source>controller address</source>
            <translation>controller address</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="53" />
            <source>Registration number:</source>
            <translation>Registration number:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="54" />
            <source>registration number</source>
            <translation>registration number</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="55" />
            <source>e.g. SIRET 123 456 789 00012</source>
            <translation>e.g. SIRET 123 456 789 00012</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="56" />
            <location filename="../../gui/organisation.py" line="67" />
            <location filename="../../gui/organisation.py" line="77" />
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="57" />
            <source>controller phone</source>
            <translation>controller phone</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="58" />
            <location filename="../../gui/organisation.py" line="69" />
            <location filename="../../gui/organisation.py" line="79" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="59" />
            <source>controller e-mail</source>
            <translation>controller e-mail</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="60" />
            <source>contact@example.com</source>
            <translation>contact@example.com</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="64" />
            <source>representative name</source>
            <translation>representative name</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="66" />
            <source>representative address</source>
            <translation>representative address</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="68" />
            <source>representative phone</source>
            <translation>representative phone</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="70" />
            <source>representative e-mail</source>
            <translation>representative e-mail</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="74" />
            <source>DPO name</source>
            <translation>DPO name</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="76" />
            <source>DPO address</source>
            <translation>DPO address</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="78" />
            <source>DPO phone</source>
            <translation>DPO phone</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="80" />
            <source>DPO e-mail</source>
            <translation>DPO e-mail</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="81" />
            <source>dpo@example.com</source>
            <translation>dpo@example.com</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="100" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="105" />
            <source>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</source>
            <translation>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="116" />
            <source>Controller</source>
            <translation>Controller</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="118" />
            <source>Representative in the EU</source>
            <translation>Representative in the EU</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="119" />
            <source>Only for an organisation established outside the European Union (Article 27).</source>
            <translation>Only for an organisation established outside the European Union (Article 27).</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="123" />
            <source>Data protection officer (DPO)</source>
            <translation>Data protection officer (DPO)</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="124" />
            <source>If you have designated one (Article 37); otherwise leave empty.</source>
            <translation>If you have designated one (Article 37); otherwise leave empty.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../gui/preferences.py" line="32" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="36" />
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="43" />
            <source>The new language applies the next time Registre starts.</source>
            <translation>The new language applies the next time Registre starts.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="50" />
            <source>Interface language:</source>
            <translation>Interface language:</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../gui/verify_dialog.py" line="44" />
            <location filename="../../gui/verify_dialog.py" line="150" />
            <source>Verify a signed PDF</source>
            <translation>Verify a signed PDF</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="49" />
            <source>The signed record to check</source>
            <translation>The signed record to check</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="50" />
            <location filename="../../gui/verify_dialog.py" line="56" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="55" />
            <source>Optional: the certificate it should chain to</source>
            <translation>Optional: the certificate it should chain to</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="64" />
            <source>PDF file:</source>
            <translation>PDF file:</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="68" />
            <source>Trust root:</source>
            <translation>Trust root:</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="82" />
            <source>Choose a PDF, then Verify.</source>
            <translation>Choose a PDF, then Verify.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="85" />
            <source>&amp;Verify</source>
            <translation>&amp;Verify</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="126" />
            <source>This file cannot be checked.</source>
            <translation>This file cannot be checked.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="130" />
            <source>✔ Valid: the record is intact and unchanged since it was signed.</source>
            <translation>✔ Valid: the record is intact and unchanged since it was signed.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="133" />
            <source>✘ Not verified: this PDF is not signed.</source>
            <translation>✘ Not verified: this PDF is not signed.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="135" />
            <source>✘ Not valid: the record was changed after signing, or its signature cannot be trusted.</source>
            <translation>✘ Not valid: the record was changed after signing, or its signature cannot be trusted.</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="151" />
            <source>PDF (*.pdf);;All files (*)</source>
            <translation>PDF (*.pdf);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="157" />
            <source>Trust root certificate</source>
            <translation>Trust root certificate</translation>
        </message>
        <message>
            <location filename="../../gui/verify_dialog.py" line="158" />
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
        </message>
    </context>
</TS>
