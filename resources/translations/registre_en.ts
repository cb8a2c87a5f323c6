<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivitiesDelegate</name>
    <message>
        <location filename="../../gui/activities/table.py" line="1032"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="1033"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../gui/activities/columns.py" line="44"/>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../gui/activities/columns.py" line="50"/>
        <source>Your own column (a named note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/columns.py" line="51"/>
        <source>What Article 30 asks for and is missing</source>
        <translation>What Article 30 asks for and is missing</translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="357"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="602"/>
        <source>Edit “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="148"/>
        <location filename="../../gui/activities/table.py" line="358"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activities/table.py" line="554"/>
        <source>Everything Article 30 asks for is filled in.</source>
        <translation>Everything Article 30 asks for is filled in.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="123"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="126"/>
        <source>Your last saved edits are safe in the register. The details were written to %1.</source>
        <translation>Your last saved edits are safe in the register. The details were written to %1.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="46"/>
        <source>first opening of the day</source>
        <translation>first opening of the day</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="47"/>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="48"/>
        <source>before a version upgrade</source>
        <translation>before a version upgrade</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="49"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="50"/>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="57"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="58"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="83"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="83"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="84"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="84"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="114"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="120"/>
        <source>Registre backs the register up at the first opening of each day, before every import and before a restore; the last %1 are kept in “%2”.</source>
        <translation>Registre backs the register up at the first opening of each day, before every import and before a restore; the last %1 are kept in “%2”.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="139"/>
        <source>This register has no backup yet.</source>
        <translation>This register has no backup yet.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="145"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="152"/>
        <source>This register is open read-only: it cannot be restored here.</source>
        <translation>This register is open read-only: it cannot be restored here.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="181"/>
        <source>Restore the backup of %1?</source>
        <translation>Restore the backup of %1?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/backup.py" line="183"/>
        <source>Restore the backup of %1 (%n activity(ies))?</source>
        <translation>
            <numerusform>Restore the backup of %1 (%n activity)?</numerusform>
            <numerusform>Restore the backup of %1 (%n activities)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="186"/>
        <source>The register will be as it was then; what changed since is replaced. The present state is backed up first, so you can go back to it. Edit ▸ Undo will be emptied: its steps would no longer apply.</source>
        <translation>The register will be as it was then; what changed since is replaced. The present state is backed up first, so you can go back to it. Edit ▸ Undo will be emptied: its steps would no longer apply.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="189"/>
        <location filename="../../gui/dialogs/backup.py" line="197"/>
        <location filename="../../gui/dialogs/backup.py" line="207"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/backup.py" line="198"/>
        <source>The register was restored from the backup of %1.

What it held just before is kept in the backup “%2”: restore that one to go back.</source>
        <translation>The register was restored from the backup of %1.

What it held just before is kept in the backup “%2”: restore that one to go back.</translation>
    </message>
</context>
<context>
    <name>BasesEditor</name>
    <message>
        <location filename="../../gui/activities/table.py" line="894"/>
        <source>Why this basis applies (required for legitimate interests)</source>
        <translation>Why this basis applies (required for legitimate interests)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/bulk.py" line="61"/>
        <source>Change one field of the %n selected activities at once. Undo (Ctrl+Z) puts every one back as it was.</source>
        <translation>
            <numerusform>Change one field of the %n selected activity at once. Undo (Ctrl+Z) puts it back as it was.</numerusform>
            <numerusform>Change one field of the %n selected activities at once. Undo (Ctrl+Z) puts every one back as it was.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="88"/>
        <source>Why this basis applies (required for legitimate interests)</source>
        <translation type="unfinished">Why this basis applies (required for legitimate interests)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="100"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="101"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="102"/>
        <location filename="../../gui/dialogs/bulk.py" line="241"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="113"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="148"/>
        <source>Add to each activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="149"/>
        <source>Remove from each activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="152"/>
        <source>Replace with exactly these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="155"/>
        <source>Set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="179"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="180"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="193"/>
        <source>A date, as in a spreadsheet (e.g. 2026-10-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="238"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/bulk.py" line="239"/>
        <source>Legal basis</source>
        <translation type="unfinished">Legal basis</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="318"/>
        <source>Check the register</source>
        <translation>Check the register</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="322"/>
        <source>%n item(s) missing:</source>
        <translation>
            <numerusform>%n item missing:</numerusform>
            <numerusform>%n items missing:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="324"/>
        <source>The register holds everything Article 30 asks for.</source>
        <translation>The register holds everything Article 30 asks for.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../gui/commands/undo.py" line="49"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="50"/>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="51"/>
        <source>business function</source>
        <translation>business function</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="52"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="53"/>
        <source>validated by</source>
        <translation>validated by</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="54"/>
        <source>validation date</source>
        <translation>validation date</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="55"/>
        <source>joint controller</source>
        <translation>joint controller</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="56"/>
        <source>imported legal basis text</source>
        <translation>imported legal basis text</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="57"/>
        <source>imported data categories text</source>
        <translation>imported data categories text</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="58"/>
        <source>Article 9 condition</source>
        <translation>Article 9 condition</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="59"/>
        <source>retention period</source>
        <translation>retention period</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="60"/>
        <source>security measures</source>
        <translation>security measures</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="61"/>
        <source>other security measures</source>
        <translation>other security measures</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="62"/>
        <source>data source</source>
        <translation>data source</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="63"/>
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="64"/>
        <source>DPIA reason</source>
        <translation>DPIA reason</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="65"/>
        <source>data categories</source>
        <translation>data categories</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="66"/>
        <source>legal bases</source>
        <translation>legal bases</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="67"/>
        <source>data subjects</source>
        <translation>data subjects</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="68"/>
        <source>recipients</source>
        <translation>recipients</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="69"/>
        <source>transfers</source>
        <translation>transfers</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="94"/>
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="182"/>
        <source>Edit %1 of %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="185"/>
        <location filename="../../gui/commands/undo.py" line="231"/>
        <source>Edit activity %1</source>
        <translation>Edit activity %1</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="228"/>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="269"/>
        <source>Duplicate as %1</source>
        <translation>Duplicate as %1</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="272"/>
        <source>Add activity %1</source>
        <translation>Add activity %1</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="290"/>
        <source>Delete activity %1</source>
        <translation>Delete activity %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="292"/>
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Delete %n activity</numerusform>
            <numerusform>Delete %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="305"/>
        <source>Move activity %1</source>
        <translation>Move activity %1</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="363"/>
        <source>Delete activity %1 “%2”?</source>
        <translation>Delete activity %1 “%2”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="366"/>
        <source>Delete %n activities?</source>
        <translation>
            <numerusform>Delete %n activity?</numerusform>
            <numerusform>Delete %n activities?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="371"/>
        <source>%n data category links</source>
        <translation>
            <numerusform>%n data category link</numerusform>
            <numerusform>%n data category links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="372"/>
        <source>%n legal bases</source>
        <translation>
            <numerusform>%n legal basis</numerusform>
            <numerusform>%n legal bases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="373"/>
        <source>%n transfers</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="375"/>
        <source>Nothing else is linked to it. You can undo this with Edit ▸ Undo.</source>
        <translation>Nothing else is linked to it. You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="378"/>
        <source>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</source>
        <translation>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="382"/>
        <source>Their purposes, %1 go with them. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="398"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="415"/>
        <source>%n item(s) that Article 30 asks for are still missing. Mark as validated anyway?</source>
        <translation>
            <numerusform>%n item that Article 30 asks for is still missing. Mark as validated anyway?</numerusform>
            <numerusform>%n items that Article 30 asks for are still missing. Mark as validated anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/undo.py" line="419"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="420"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/commands/undo.py" line="422"/>
        <source>Validate anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../gui/commands/undo.py" line="342"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../gui/activities/dates.py" line="67"/>
        <source>Pick the date in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/dates.py" line="83"/>
        <source>“%1” is not a date: type it as %2, or pick it in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../gui/activities/detail.py" line="105"/>
        <source>Select an activity to see and edit all that Article 30 asks for it.</source>
        <translation>Select an activity to see and edit all that Article 30 asks for it.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="162"/>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="163"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="164"/>
        <source>Short name of the activity</source>
        <translation>Short name of the activity</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="165"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="166"/>
        <source>Business &amp;function:</source>
        <translation>Business &amp;function:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="167"/>
        <source>e.g. Human resources</source>
        <translation>e.g. Human resources</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="168"/>
        <source>&amp;Joint controller:</source>
        <translation>&amp;Joint controller:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="169"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="175"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="177"/>
        <source>Validated by</source>
        <translation>Validated by</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="179"/>
        <source>Validation:</source>
        <translation>Validation:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="192"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="194"/>
        <source>Data &amp;categories:</source>
        <translation>Data &amp;categories:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="197"/>
        <source>None (no special category)</source>
        <translation>None (no special category)</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="202"/>
        <source>Article 9 condition:</source>
        <translation>Article 9 condition:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="204"/>
        <source>Data s&amp;ubjects:</source>
        <translation>Data s&amp;ubjects:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="205"/>
        <source>Data source:</source>
        <translation>Data source:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="206"/>
        <source>Where the data come from</source>
        <translation>Where the data come from</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="208"/>
        <source>Lawfulness</source>
        <translation>Lawfulness</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="215"/>
        <source>Legal &amp;bases:</source>
        <translation>Legal &amp;bases:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="216"/>
        <source>Kept as imported, word for word</source>
        <translation>Kept as imported, word for word</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="220"/>
        <source>Imported legal basis:</source>
        <translation>Imported legal basis:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="224"/>
        <source>Imported categories:</source>
        <translation>Imported categories:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="226"/>
        <source>Recipients and transfers</source>
        <translation>Recipients and transfers</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="228"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="232"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="232"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="233"/>
        <source>Safeguard</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="233"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="241"/>
        <source>Add transfer</source>
        <translation>Add transfer</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="244"/>
        <source>Remove transfer</source>
        <translation>Remove transfer</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="255"/>
        <source>Transfers outside the EU:</source>
        <translation>Transfers outside the EU:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="258"/>
        <source>Retention and security</source>
        <translation>Retention and security</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="259"/>
        <source>Re&amp;tention period:</source>
        <translation>Re&amp;tention period:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="260"/>
        <source>e.g. 3 years after the last contact</source>
        <translation>e.g. 3 years after the last contact</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="263"/>
        <source>Security measures:</source>
        <translation>Security measures:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="264"/>
        <source>Other measures:</source>
        <translation>Other measures:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="265"/>
        <source>Described freely</source>
        <translation>Described freely</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="267"/>
        <source>Impact assessment (DPIA)</source>
        <translation>Impact assessment (DPIA)</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="270"/>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="271"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="272"/>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="275"/>
        <source>DPIA:</source>
        <translation>DPIA:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="276"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="277"/>
        <source>Why it is or is not required</source>
        <translation>Why it is or is not required</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="279"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="349"/>
        <source>Created %1 · changed %2</source>
        <translation>Created %1 · changed %2</translation>
    </message>
    <message>
        <location filename="../../gui/activities/detail.py" line="400"/>
        <source>None given</source>
        <translation>None given</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs/export.py" line="435"/>
        <source>Sheets in draft: %1</source>
        <translation>Sheets in draft: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export.py" line="437"/>
        <source>The register has %n completeness finding(s) and %1 sheet(s) in draft. The record will list them and its cover will say it is incomplete. Export anyway?</source>
        <translation>
            <numerusform>The register has %n completeness finding and %1 sheet(s) in draft. The record will list them and its cover will say it is incomplete. Export anyway?</numerusform>
            <numerusform>The register has %n completeness findings and %1 sheet(s) in draft. The record will list them and its cover will say it is incomplete. Export anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="78"/>
        <location filename="../../gui/dialogs/export.py" line="547"/>
        <source>Export the record as PDF</source>
        <translation>Export the record as PDF</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="111"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="112"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="116"/>
        <source>Language of the record:</source>
        <translation>Language of the record:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="119"/>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="133"/>
        <source>Sign the record</source>
        <translation>Sign the record</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="141"/>
        <source>My organisation&apos;s certificate (created by Registre)</source>
        <translation>My organisation&apos;s certificate (created by Registre)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="143"/>
        <source>A PKCS#12 file:</source>
        <translation>A PKCS#12 file:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="152"/>
        <source>certificate.p12</source>
        <translation>certificate.p12</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="155"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="168"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="176"/>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="179"/>
        <source>e.g. Manager, DPO</source>
        <translation>e.g. Manager, DPO</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="182"/>
        <source>e.g. Lyon</source>
        <translation>e.g. Lyon</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="185"/>
        <source>Optional, e.g. https://freetsa.org/tsr</source>
        <translation>Optional, e.g. https://freetsa.org/tsr</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="187"/>
        <source>A timestamp authority certifies when the record was signed; leave empty to sign with your computer&apos;s clock only.</source>
        <translation>A timestamp authority certifies when the record was signed; leave empty to sign with your computer&apos;s clock only.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="189"/>
        <source>&amp;Signer:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="190"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="191"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="192"/>
        <source>&amp;Timestamp authority:</source>
        <translation>&amp;Timestamp authority:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="199"/>
        <source>This register is open read-only: the PDF can be exported, but the export will not be recorded in the register&apos;s history.</source>
        <translation>This register is open read-only: the PDF can be exported, but the export will not be recorded in the register&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="222"/>
        <source>Preview (before signing)</source>
        <translation>Preview (before signing)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="243"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export.py" line="265"/>
        <source>%n item(s) that Article 30 asks for are missing. You can export anyway: the record shows them as missing.</source>
        <translation>
            <numerusform>%n item that Article 30 asks for is missing. You can export anyway: the record shows it as missing.</numerusform>
            <numerusform>%n items that Article 30 asks for are missing. You can export anyway: the record shows them as missing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="269"/>
        <source>The register holds everything Article 30 asks for.</source>
        <translation>The register holds everything Article 30 asks for.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="310"/>
        <source>The password you chose when Registre created the certificate (%1).</source>
        <translation>The password you chose when Registre created the certificate (%1).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="313"/>
        <source>Registre will create your organisation&apos;s certificate at the first signature, protected by this password. Keep the password: every later signature asks for it.</source>
        <translation>Registre will create your organisation&apos;s certificate at the first signature, protected by this password. Keep the password: every later signature asks for it.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="317"/>
        <source>The password that protects the PKCS#12 file (.p12, .pfx).</source>
        <translation>The password that protects the PKCS#12 file (.p12, .pfx).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="330"/>
        <source>Choose the PKCS#12 file to sign with.</source>
        <translation>Choose the PKCS#12 file to sign with.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="332"/>
        <source>Type the certificate&apos;s password.</source>
        <translation>Type the certificate&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="334"/>
        <source>Type the signer&apos;s name.</source>
        <translation>Type the signer&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="382"/>
        <source>Preview (before signing): rendering…</source>
        <translation>Preview (before signing): rendering…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/export.py" line="397"/>
        <source>Preview (before signing): %n page(s)</source>
        <translation>
            <numerusform>Preview (before signing): %n page</numerusform>
            <numerusform>Preview (before signing): %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="405"/>
        <source>The preview could not be made: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="458"/>
        <source>Signing and writing “%1”…</source>
        <translation>Signing and writing “%1”…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="459"/>
        <source>Writing “%1”…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="484"/>
        <source>The record was written to “%1”.</source>
        <translation>The record was written to “%1”.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="486"/>
        <source>It is signed by %1.</source>
        <translation>It is signed by %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="488"/>
        <source>It is not signed.</source>
        <translation>It is not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="491"/>
        <source>Your organisation&apos;s certificate was created at “%1”. Keep it and its password: Registre signs with it from now on.</source>
        <translation>Your organisation&apos;s certificate was created at “%1”. Keep it and its password: Registre signs with it from now on.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="495"/>
        <source>The register is open read-only: this export is not recorded in its history.</source>
        <translation>The register is open read-only: this export is not recorded in its history.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="497"/>
        <location filename="../../gui/dialogs/export.py" line="564"/>
        <location filename="../../gui/dialogs/export.py" line="573"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="553"/>
        <source>Choose a PKCS#12 certificate</source>
        <translation>Choose a PKCS#12 certificate</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export.py" line="554"/>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <location filename="../../gui/activities/grid.py" line="409"/>
        <source>Row %1, column “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="350"/>
        <location filename="../../gui/activities/grid.py" line="359"/>
        <location filename="../../gui/activities/grid.py" line="426"/>
        <source>Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="329"/>
        <source>%n activity(ies) copied, not cut: an activity stays until it is deleted (Delete).</source>
        <translation>
            <numerusform>%n activity copied, not cut: an activity stays until it is deleted (Delete).</numerusform>
            <numerusform>%n activities copied, not cut: an activity stays until it is deleted (Delete).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="343"/>
        <source>The clipboard holds no text or cells to paste. Nothing was pasted.</source>
        <translation>The clipboard holds no text or cells to paste. Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="358"/>
        <source>No row is selected: click the cell to paste into first.</source>
        <translation>No row is selected: click the cell to paste into first.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="367"/>
        <source>The %1 × %2 cells do not fit here: from this cell, there is room for %3 and %4. Nothing was pasted.</source>
        <translation>The %1 × %2 cells do not fit here: from this cell, there is room for %3 and %4. Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="371"/>
        <source>A paste adds no activity: add them first with New (Ctrl+N), or import a whole table with File ▸ Import table…</source>
        <translation>A paste adds no activity: add them first with New (Ctrl+N), or import a whole table with File ▸ Import table…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="375"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="376"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="422"/>
        <source>%n column(s) not edited here left as they were: %1.</source>
        <translation>
            <numerusform>%n column not edited here was left as it was: %1.</numerusform>
            <numerusform>%n columns not edited here were left as they were: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="424"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="431"/>
        <source>%n cell(s) refused:</source>
        <translation>
            <numerusform>%n cell refused:</numerusform>
            <numerusform>%n cells refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="434"/>
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pasted %n cell.</numerusform>
            <numerusform>Pasted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="437"/>
        <source>%n cell(s) refused, left as they were:</source>
        <translation>
            <numerusform>%n cell refused, left as it was:</numerusform>
            <numerusform>%n cells refused, left as they were:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="451"/>
        <source>The current cell is in the hidden column “%1”: click a cell that is shown first.</source>
        <translation>The current cell is in the hidden column “%1”: click a cell that is shown first.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="482"/>
        <source>Nothing was filled down.</source>
        <translation>Nothing was filled down.</translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="623"/>
        <source>Add a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="624"/>
        <source>Name of the new column (each activity can fill it in, as a note of that name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="640"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="641"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="643"/>
        <source>Fill down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="670"/>
        <source>Show rows whose “%1” contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="678"/>
        <source>Hide “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="681"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="689"/>
        <source>Add a column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/grid.py" line="693"/>
        <source>Clear the column filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activities/grid.py" line="709"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridCommands</name>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="52"/>
        <source>Set %1 for %n activities</source>
        <translation>
            <numerusform>Set %1 for %n activity</numerusform>
            <numerusform>Set %1 for %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="56"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="60"/>
        <source>Fill down %n cell(s)</source>
        <translation>
            <numerusform>Fill down %n cell</numerusform>
            <numerusform>Fill down %n cells</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/grid.py" line="93"/>
        <location filename="../../gui/commands/grid.py" line="102"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="104"/>
        <source>Add %1 to “%2” of %n activities</source>
        <translation>
            <numerusform>Add %1 to “%2” of %n activity</numerusform>
            <numerusform>Add %1 to “%2” of %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/grid.py" line="106"/>
        <source>Remove %1 from “%2” of %n activities</source>
        <translation>
            <numerusform>Remove %1 from “%2” of %n activity</numerusform>
            <numerusform>Remove %1 from “%2” of %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../gui/dialogs/guide.py" line="26"/>
        <source>Registre guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../gui/history/window.py" line="98"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="99"/>
        <source>PDF record</source>
        <translation>PDF record</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="100"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="101"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="102"/>
        <source>column added</source>
        <translation>column added</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="117"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="118"/>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="271"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="272"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="273"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="274"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="275"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="276"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="277"/>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="280"/>
        <source>Place of the entry in the history, oldest first</source>
        <translation>Place of the entry in the history, oldest first</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../gui/history/window.py" line="396"/>
        <source>History of the register</source>
        <translation>History of the register</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="412"/>
        <source>Filter: activity, user, field, value…</source>
        <translation>Filter: activity, user, field, value…</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="432"/>
        <source>Check against a signed record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="436"/>
        <source>Confirm that the history, up to a record this register signed, is the one that record sealed; names the first entry that differs otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/window.py" line="471"/>
        <source>✔ History intact: %n entries, each chained to the one before (SHA-256).</source>
        <translation>
            <numerusform>✔ History intact: %n entry, chained by SHA-256.</numerusform>
            <numerusform>✔ History intact: %n entries, each chained to the one before (SHA-256).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="480"/>
        <source>Last signed record: %1, signed by %2 (%3).</source>
        <translation>Last signed record: %1, signed by %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/window.py" line="485"/>
        <source>Only the %n change(s) since then</source>
        <translation>
            <numerusform>Only the change since then (%n)</numerusform>
            <numerusform>Only the %n changes since then</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="488"/>
        <source>No change since then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="490"/>
        <source>No signed record has been exported yet.</source>
        <translation>No signed record has been exported yet.</translation>
    </message>
    <message>
        <location filename="../../gui/history/window.py" line="491"/>
        <source>Only changes since the last signed record</source>
        <translation>Only changes since the last signed record</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="112"/>
        <source>A signed record of this register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="113"/>
        <source>Signed records (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="320"/>
        <location filename="../../gui/dialogs/importing.py" line="656"/>
        <source>Import “%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="505"/>
        <source>%n activity(ies) will be added to the register.</source>
        <translation>
            <numerusform>%n activity will be added to the register.</numerusform>
            <numerusform>%n activities will be added to the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="516"/>
        <source>%n error(s) must be corrected in the file before importing.</source>
        <translation>
            <numerusform>%n error must be corrected in the file before importing.</numerusform>
            <numerusform>%n errors must be corrected in the file before importing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="520"/>
        <source>%n point(s) to check, marked in amber.</source>
        <translation>
            <numerusform>%n point to check, marked in amber.</numerusform>
            <numerusform>%n points to check, marked in amber.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="566"/>
        <source>New data categories created by this import: %1</source>
        <translation>New data categories created by this import: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="569"/>
        <source>Every data category is already in the register.</source>
        <translation>Every data category is already in the register.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="357"/>
        <source>Wording not recognised as a legal basis</source>
        <translation>Wording not recognised as a legal basis</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="360"/>
        <source>Choose the legal basis each wording stands for: it becomes that basis&apos;s justification. Left unassigned, it is kept as text on the activity.</source>
        <translation>Choose the legal basis each wording stands for: it becomes that basis&apos;s justification. Left unassigned, it is kept as text on the activity.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="381"/>
        <source>Leave unassigned</source>
        <translation>Leave unassigned</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="372"/>
        <source>%1 (Art. %2)</source>
        <translation>%1 (Art. %2)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="397"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="508"/>
        <source>%n row(s) already in the register will be skipped.</source>
        <translation>
            <numerusform>%n row already in the register will be skipped.</numerusform>
            <numerusform>%n rows already in the register will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="512"/>
        <source>%n activity(ies) already in the register will be updated.</source>
        <translation>
            <numerusform>%n activity already in the register will be updated.</numerusform>
            <numerusform>%n activities already in the register will be updated.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="587"/>
        <source>Correct the errors in the file, then import it again.</source>
        <translation>Correct the errors in the file, then import it again.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="616"/>
        <source>Import a table of activities</source>
        <translation>Import a table of activities</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="617"/>
        <source>Tables (*.xlsx *.ods *.fods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tables (*.xlsx *.ods *.fods *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="657"/>
        <source>“%1” cannot be imported; the register was not changed.</source>
        <translation>“%1” cannot be imported; the register was not changed.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="423"/>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="299"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="427"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="427"/>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="433"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="441"/>
        <source>Note “%1”</source>
        <translation>Note “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="443"/>
        <source>Left out (not imported)</source>
        <translation>Left out (not imported)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="559"/>
        <source>Left out, not imported: %1</source>
        <translation>Left out, not imported: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="561"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="465"/>
        <source>Already in the register</source>
        <translation>Already in the register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="471"/>
        <source>Skip these rows</source>
        <translation>Skip these rows</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="474"/>
        <source>Update those activities with these rows</source>
        <translation>Update those activities with these rows</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="476"/>
        <source>Add them as new activities</source>
        <translation>Add them as new activities</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="495"/>
        <source>line %1 (%2 %3)</source>
        <translation>line %1 (%2 %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/importing.py" line="492"/>
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
        <location filename="../../gui/dialogs/importing.py" line="192"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="193"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="194"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="197"/>
        <source>Already in the register</source>
        <translation type="unfinished">Already in the register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="252"/>
        <source>%1, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="253"/>
        <source>%1, will be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="254"/>
        <source>%1, added again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="262"/>
        <source>(kept as text: %1)</source>
        <translation>(kept as text: %1)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="264"/>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="273"/>
        <source>⚠ not recognised</source>
        <translation>⚠ not recognised</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="280"/>
        <source>The register already has this activity: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="284"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/importing.py" line="285"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <location filename="../../gui/commands/lists.py" line="47"/>
        <source>Add %1 “%2”</source>
        <translation>Add %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../gui/commands/lists.py" line="71"/>
        <source>Edit %1 “%2”</source>
        <translation>Edit %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../gui/commands/lists.py" line="92"/>
        <source>Delete %1 “%2”</source>
        <translation>Delete %1 “%2”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/lists.py" line="94"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/commands/lists.py" line="128"/>
        <source>Edit legal basis “%1”</source>
        <translation>Edit legal basis “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/commands/lists.py" line="153"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/commands/lists.py" line="189"/>
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
        <location filename="../../gui/lists/page.py" line="547"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="579"/>
        <source>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</source>
        <translation>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="583"/>
        <source>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</source>
        <translation>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="586"/>
        <source>The people whose data you process: customers, employees, prospects…</source>
        <translation>The people whose data you process: customers, employees, prospects…</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="589"/>
        <source>Who receives the data: your own departments, processors, third parties, public authorities.</source>
        <translation>Who receives the data: your own departments, processors, third parties, public authorities.</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="596"/>
        <source>Add a category</source>
        <translation>Add a category</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="597"/>
        <source>Add a data subject</source>
        <translation>Add a data subject</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="598"/>
        <source>Add a recipient</source>
        <translation>Add a recipient</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="603"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="604"/>
        <source>New data subject</source>
        <translation>New data subject</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="605"/>
        <source>New recipient</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="676"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="678"/>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/lists/page.py" line="680"/>
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Delete this item?</numerusform>
            <numerusform>Delete these %n items?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="683"/>
        <source>No activity uses it. You can undo this.</source>
        <translation>No activity uses it. You can undo this.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/lists/page.py" line="684"/>
        <source>It is removed from %n activity(ies):</source>
        <translation>
            <numerusform>It is removed from %n activity:</numerusform>
            <numerusform>It is removed from %n activities:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/lists/page.py" line="688"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="689"/>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/lists/page.py" line="234"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="235"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="236"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="237"/>
        <source>Special (Art. 9)</source>
        <translation>Special (Art. 9)</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="238"/>
        <source>Criminal (Art. 10)</source>
        <translation>Criminal (Art. 10)</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="239"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="240"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="241"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="247"/>
        <source>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</source>
        <translation>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="250"/>
        <source>Data relating to criminal convictions and offences (GDPR Article 10)</source>
        <translation>Data relating to criminal convictions and offences (GDPR Article 10)</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="253"/>
        <source>How many processing activities use it</source>
        <translation>How many processing activities use it</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="312"/>
        <source>Art. %1</source>
        <translation>Art. %1</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="320"/>
        <source>No activity uses it.</source>
        <translation>No activity uses it.</translation>
    </message>
    <message>
        <location filename="../../gui/lists/page.py" line="326"/>
        <source>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</source>
        <translation>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="368"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="377"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="496"/>
        <source>&amp;New register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="498"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="501"/>
        <source>&amp;Import table…</source>
        <translation>&amp;Import table…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="503"/>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Export JSON…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="505"/>
        <source>Write the whole register as a JSON file</source>
        <translation>Write the whole register as a JSON file</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="511"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="513"/>
        <source>Preview, sign and write the record for the regulator</source>
        <translation>Preview, sign and write the record for the regulator</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="515"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="517"/>
        <source>Put the register back as one of its backups holds it</source>
        <translation>Put the register back as one of its backups holds it</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="519"/>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verify a PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="520"/>
        <source>Check that a signed record is intact and who signed it</source>
        <translation>Check that a signed record is intact and who signed it</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="522"/>
        <source>&amp;History of the register…</source>
        <translation>&amp;History of the register…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="524"/>
        <source>Every change, who made it, and whether the history chain holds</source>
        <translation>Every change, who made it, and whether the history chain holds</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="527"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="548"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="550"/>
        <source>Add an activity (or an item of the list shown)</source>
        <translation>Add an activity (or an item of the list shown)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="552"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="554"/>
        <source>Copy the selected activity</source>
        <translation>Copy the selected activity</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="556"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="558"/>
        <source>Delete the selection, after confirmation</source>
        <translation>Delete the selection, after confirmation</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="561"/>
        <source>&amp;Bulk edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="563"/>
        <source>Set a field, or add or remove items, for every selected activity at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="566"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="569"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="572"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="574"/>
        <source>&amp;User order</source>
        <translation>&amp;User order</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="576"/>
        <source>Show activities in the order you gave them</source>
        <translation>Show activities in the order you gave them</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="578"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="580"/>
        <source>List what Article 30 asks for and the register lacks</source>
        <translation>List what Article 30 asks for and the register lacks</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="582"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="585"/>
        <source>&amp;About Registre</source>
        <translation>&amp;About Registre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="588"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="594"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="597"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="608"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="622"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="624"/>
        <source>&amp;Detail panel</source>
        <translation>&amp;Detail panel</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="633"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="636"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="641"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="648"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="649"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="657"/>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="658"/>
        <source>Show only what contains these words, accents and case aside</source>
        <translation>Show only what contains these words, accents and case aside</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="738"/>
        <source>Unsaved register</source>
        <translation>Unsaved register</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="740"/>
        <location filename="../../gui/mainwindow/window.py" line="745"/>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="766"/>
        <source>No other register</source>
        <translation>No other register</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="778"/>
        <source>Cannot open the register</source>
        <translation>Cannot open the register</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="779"/>
        <source>“%1” cannot be opened.</source>
        <translation>“%1” cannot be opened.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="983"/>
        <source>%n of %1 activities incomplete</source>
        <translation>
            <numerusform>%n of %1 activities incomplete</numerusform>
            <numerusform>%n of %1 activities incomplete</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="74"/>
        <source>Open a register</source>
        <translation>Open a register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="75"/>
        <source>Registers (*.registre *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="80"/>
        <source>Registers (*.registre *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="79"/>
        <source>New register</source>
        <translation>New register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="106"/>
        <source>Export the register as JSON</source>
        <translation>Export the register as JSON</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="107"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="803"/>
        <source>“%1” already exists; use File ▸ Open to open it.</source>
        <translation>“%1” already exists; use File ▸ Open to open it.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="820"/>
        <location filename="../../gui/mainwindow/window.py" line="836"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="981"/>
        <source>No activities yet</source>
        <translation>No activities yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="986"/>
        <source>All %n activities complete</source>
        <translation>
            <numerusform>The activity is complete</numerusform>
            <numerusform>All %n activities complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="989"/>
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>%n of %1 shown</numerusform>
            <numerusform>%n of %1 shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="992"/>
        <source>%1; organisation incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="996"/>
        <source>No signed record yet</source>
        <translation>No signed record yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mainwindow/window.py" line="999"/>
        <source>%n change(s) since the last signed record (%1)</source>
        <translation>
            <numerusform>%n change since the last signed record (%1)</numerusform>
            <numerusform>%n changes since the last signed record (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="1003"/>
        <source>Signed record up to date (%1)</source>
        <translation>Signed record up to date (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="1030"/>
        <source>About Registre</source>
        <translation>About Registre</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="1031"/>
        <source>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="1036"/>
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="89"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="90"/>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>OpenDocument spreadsheet (*.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="91"/>
        <source>CSV, activities only (*.csv)</source>
        <translation>CSV, activities only (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/files.py" line="94"/>
        <source>Export the register as a spreadsheet</source>
        <translation>Export the register as a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="507"/>
        <source>Export &amp;spreadsheet…</source>
        <translation>Export &amp;spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/window.py" line="509"/>
        <source>Write the register as an XLSX, ODS or CSV spreadsheet</source>
        <translation>Write the register as an XLSX, ODS or CSV spreadsheet</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="40"/>
        <source>Register in use</source>
        <translation>Register in use</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="42"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="43"/>
        <source>“%1” is already open in another window or program (%2).</source>
        <translation>“%1” is already open in another window or program (%2).</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="47"/>
        <source>“%1” cannot be changed here.</source>
        <translation>“%1” cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="52"/>
        <source>Open it read-only? You can read, check and export it, not change it.</source>
        <translation>Open it read-only? You can read, check and export it, not change it.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="55"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="101"/>
        <source>Cannot open the register</source>
        <translation>Cannot open the register</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="102"/>
        <source>“%1” cannot be opened.</source>
        <translation>“%1” cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="103"/>
        <source>You can open another register or create a new one.</source>
        <translation>You can open another register or create a new one.</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="105"/>
        <source>Open another…</source>
        <translation>Open another…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="107"/>
        <source>Create a new one…</source>
        <translation>Create a new one…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="109"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow/opening.py" line="126"/>
        <source>It is open elsewhere and you chose not to open it read-only.</source>
        <translation>It is open elsewhere and you chose not to open it read-only.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../gui/organisation/page.py" line="55"/>
        <location filename="../../gui/organisation/page.py" line="70"/>
        <location filename="../../gui/organisation/page.py" line="80"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="56"/>
        <source>controller name</source>
        <translation>controller name</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="57"/>
        <location filename="../../gui/organisation/page.py" line="72"/>
        <location filename="../../gui/organisation/page.py" line="82"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="58"/>
        <source>controller address</source>
        <translation>controller address</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="60"/>
        <source>Registration number:</source>
        <translation>Registration number:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="61"/>
        <source>registration number</source>
        <translation>registration number</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="62"/>
        <source>e.g. SIRET 123 456 789 00012</source>
        <translation>e.g. SIRET 123 456 789 00012</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="63"/>
        <location filename="../../gui/organisation/page.py" line="74"/>
        <location filename="../../gui/organisation/page.py" line="84"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="64"/>
        <source>controller phone</source>
        <translation>controller phone</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="65"/>
        <location filename="../../gui/organisation/page.py" line="76"/>
        <location filename="../../gui/organisation/page.py" line="86"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="66"/>
        <source>controller e-mail</source>
        <translation>controller e-mail</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="67"/>
        <source>contact@example.com</source>
        <translation>contact@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="71"/>
        <source>representative name</source>
        <translation>representative name</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="73"/>
        <source>representative address</source>
        <translation>representative address</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="75"/>
        <source>representative phone</source>
        <translation>representative phone</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="77"/>
        <source>representative e-mail</source>
        <translation>representative e-mail</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="81"/>
        <source>DPO name</source>
        <translation>DPO name</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="83"/>
        <source>DPO address</source>
        <translation>DPO address</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="85"/>
        <source>DPO phone</source>
        <translation>DPO phone</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="87"/>
        <source>DPO e-mail</source>
        <translation>DPO e-mail</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="88"/>
        <source>dpo@example.com</source>
        <translation>dpo@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="126"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="131"/>
        <source>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</source>
        <translation>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="142"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="144"/>
        <source>Representative in the EU</source>
        <translation>Representative in the EU</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="145"/>
        <source>Only for an organisation established outside the European Union (Article 27).</source>
        <translation>Only for an organisation established outside the European Union (Article 27).</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="149"/>
        <source>Data protection officer (DPO)</source>
        <translation>Data protection officer (DPO)</translation>
    </message>
    <message>
        <location filename="../../gui/organisation/page.py" line="150"/>
        <source>If you have designated one (Article 37); otherwise leave empty.</source>
        <translation>If you have designated one (Article 37); otherwise leave empty.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="32"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="36"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="43"/>
        <source>The new language applies the next time Registre starts.</source>
        <translation>The new language applies the next time Registre starts.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="50"/>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/qtgaps.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qtgaps.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="50"/>
        <location filename="../../gui/dialogs/verify.py" line="161"/>
        <source>Verify a signed PDF</source>
        <translation>Verify a signed PDF</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="55"/>
        <source>The signed record to check</source>
        <translation>The signed record to check</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="56"/>
        <location filename="../../gui/dialogs/verify.py" line="67"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="75"/>
        <source>PDF file:</source>
        <translation>PDF file:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="62"/>
        <source>Optional: the certificates it should chain to, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="66"/>
        <source>Optional: the SHA-256 fingerprint the organisation publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="79"/>
        <source>Trust roots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="80"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="94"/>
        <source>Choose a PDF, then Verify.</source>
        <translation>Choose a PDF, then Verify.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="97"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="144"/>
        <source>This file cannot be checked.</source>
        <translation>This file cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="162"/>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="167"/>
        <source>Trust root certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/verify.py" line="168"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../gui/activities/welcome.py" line="19"/>
        <source>Start from typical activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="46"/>
        <source>The register is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="51"/>
        <source>Article 30 asks for one entry per processing activity: why personal data is used, whose, which, on what legal basis, for how long. Three ways to begin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="61"/>
        <source>Import your table (Excel, LibreOffice, CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="63"/>
        <source>Start from the typical activities of a small business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="66"/>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/activities/welcome.py" line="72"/>
        <source>Payroll, customers and prospects, suppliers, staff, recruitment, video surveillance — with their usual categories, bases and retention periods, to adapt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
