<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ActivitiesModel</name>
        <message>
            <location filename="../../gui/activities.py" line="271" />
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="272" />
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="273" />
            <source>Data categories</source>
            <translation>Data categories</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="274" />
            <source>Legal bases</source>
            <translation>Legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="275" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="276" />
            <source>Completeness</source>
            <translation>Completeness</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="280" />
            <source>Reference of the processing activity</source>
            <translation>Reference of the processing activity</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="281" />
            <source>Name of the activity (its purpose when unnamed)</source>
            <translation>Name of the activity (its purpose when unnamed)</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="282" />
            <source>Categories of personal data processed</source>
            <translation>Categories of personal data processed</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="283" />
            <source>Article 6 legal bases and their justification</source>
            <translation>Article 6 legal bases and their justification</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="284" />
            <source>Draft, validated or archived</source>
            <translation>Draft, validated or archived</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="285" />
            <source>What Article 30 asks for and is missing</source>
            <translation>What Article 30 asks for and is missing</translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="318" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/activities.py" line="319" />
            <location filename="../../gui/mainwindow.py" line="129" />
            <source>%n missing</source>
            <translation>
                <numerusform>%n missing</numerusform>
                <numerusform>%n missing</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/activities.py" line="343" />
            <source>Everything Article 30 asks for is filled in.</source>
            <translation>Everything Article 30 asks for is filled in.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="116" />
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="119" />
            <source>Your last saved edits are safe in the register. The details were written to %1.</source>
            <translation>Your last saved edits are safe in the register. The details were written to %1.</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="140" />
            <source>“%1” cannot be opened.</source>
            <translation>“%1” cannot be opened.</translation>
        </message>
    </context>
    <context>
        <name>BasesEditor</name>
        <message>
            <location filename="../../gui/activities.py" line="583" />
            <source>Why this basis applies (required for legitimate interests)</source>
            <translation>Why this basis applies (required for legitimate interests)</translation>
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
            <translation>Check the register</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="276" />
            <source>%n item(s) missing:</source>
            <translation>
                <numerusform>%n item missing:</numerusform>
                <numerusform>%n items missing:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="278" />
            <source>The register holds everything Article 30 asks for.</source>
            <translation>The register holds everything Article 30 asks for.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../gui/commands.py" line="40" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="41" />
            <source>purpose</source>
            <translation>purpose</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="42" />
            <source>business function</source>
            <translation>business function</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="43" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="44" />
            <source>validated by</source>
            <translation>validated by</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="45" />
            <source>validation date</source>
            <translation>validation date</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="46" />
            <source>joint controller</source>
            <translation>joint controller</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="47" />
            <source>imported legal basis text</source>
            <translation>imported legal basis text</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="48" />
            <source>imported data categories text</source>
            <translation>imported data categories text</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="49" />
            <source>Article 9 condition</source>
            <translation>Article 9 condition</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="50" />
            <source>retention period</source>
            <translation>retention period</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="51" />
            <source>security measures</source>
            <translation>security measures</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="52" />
            <source>other security measures</source>
            <translation>other security measures</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="53" />
            <source>data source</source>
            <translation>data source</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="54" />
            <source>DPIA</source>
            <translation>DPIA</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="55" />
            <source>DPIA reason</source>
            <translation>DPIA reason</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="56" />
            <source>data categories</source>
            <translation>data categories</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="57" />
            <source>legal bases</source>
            <translation>legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="58" />
            <source>data subjects</source>
            <translation>data subjects</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="59" />
            <source>recipients</source>
            <translation>recipients</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="60" />
            <source>transfers</source>
            <translation>transfers</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="78" />
            <source>Registre</source>
            <translation>Registre</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="134" />
            <source>Edit %1 of %2</source>
            <translation>Edit %1 of %2</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="137" />
            <location filename="../../gui/commands.py" line="188" />
            <source>Edit activity %1</source>
            <translation>Edit activity %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="185" />
            <source>Change %1 of %2</source>
            <translation>Change %1 of %2</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="233" />
            <source>Duplicate as %1</source>
            <translation>Duplicate as %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="236" />
            <source>Add activity %1</source>
            <translation>Add activity %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="254" />
            <source>Delete activity %1</source>
            <translation>Delete activity %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="256" />
            <source>Delete %n activities</source>
            <translation>
                <numerusform>Delete %n activity</numerusform>
                <numerusform>Delete %n activities</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="269" />
            <source>Move activity %1</source>
            <translation>Move activity %1</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="285" />
            <source>Import %1</source>
            <translation>Import %1</translation>
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
            <location filename="../../gui/commands.py" line="350" />
            <source>%n data category links</source>
            <translation>
                <numerusform>%n data category link</numerusform>
                <numerusform>%n data category links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="351" />
            <source>%n legal bases</source>
            <translation>
                <numerusform>%n legal basis</numerusform>
                <numerusform>%n legal bases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commands.py" line="352" />
            <source>%n transfers</source>
            <translation>
                <numerusform>%n transfer</numerusform>
                <numerusform>%n transfers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="353" />
            <source>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</source>
            <translation>Its purpose, %1 go with it. The data categories themselves stay in the register. You can undo this with Edit ▸ Undo.</translation>
        </message>
        <message>
            <location filename="../../gui/commands.py" line="369" />
            <location filename="../../gui/screenshots.py" line="99" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDelete</name>
        <message>
            <location filename="../../gui/lists.py" line="472" />
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
            <location filename="../../gui/detail.py" line="87" />
            <source>Select an activity to see and edit all that Article 30 asks for it.</source>
            <translation>Select an activity to see and edit all that Article 30 asks for it.</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="144" />
            <source>Processing</source>
            <translation>Processing</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="145" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="146" />
            <source>Short name of the activity</source>
            <translation>Short name of the activity</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="147" />
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="148" />
            <source>Business &amp;function:</source>
            <translation>Business &amp;function:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="149" />
            <source>e.g. Human resources</source>
            <translation>e.g. Human resources</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="150" />
            <source>&amp;Joint controller:</source>
            <translation>&amp;Joint controller:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="151" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="157" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="159" />
            <source>Validated by</source>
            <translation>Validated by</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="160" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="161" />
            <source>Validation:</source>
            <translation>Validation:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="163" />
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="165" />
            <source>Data &amp;categories:</source>
            <translation>Data &amp;categories:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="168" />
            <source>None (no special category)</source>
            <translation>None (no special category)</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="173" />
            <source>Article 9 condition:</source>
            <translation>Article 9 condition:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="175" />
            <source>Data s&amp;ubjects:</source>
            <translation>Data s&amp;ubjects:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="176" />
            <source>Data source:</source>
            <translation>Data source:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="177" />
            <source>Where the data come from</source>
            <translation>Where the data come from</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="179" />
            <source>Lawfulness</source>
            <translation>Lawfulness</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="186" />
            <source>Legal &amp;bases:</source>
            <translation>Legal &amp;bases:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="187" />
            <source>Kept as imported, word for word</source>
            <translation>Kept as imported, word for word</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="191" />
            <source>Imported legal basis:</source>
            <translation>Imported legal basis:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="195" />
            <source>Imported categories:</source>
            <translation>Imported categories:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="197" />
            <source>Recipients and transfers</source>
            <translation>Recipients and transfers</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="199" />
            <source>&amp;Recipients:</source>
            <translation>&amp;Recipients:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="203" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="203" />
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="204" />
            <source>Safeguard</source>
            <translation>Safeguard</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="204" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="213" />
            <source>Add transfer</source>
            <translation>Add transfer</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="216" />
            <source>Remove transfer</source>
            <translation>Remove transfer</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="226" />
            <source>Transfers outside the EU:</source>
            <translation>Transfers outside the EU:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="228" />
            <source>Retention and security</source>
            <translation>Retention and security</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="229" />
            <source>Re&amp;tention period:</source>
            <translation>Re&amp;tention period:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="230" />
            <source>e.g. 3 years after the last contact</source>
            <translation>e.g. 3 years after the last contact</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="233" />
            <source>Security measures:</source>
            <translation>Security measures:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="234" />
            <source>Other measures:</source>
            <translation>Other measures:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="235" />
            <source>Described freely</source>
            <translation>Described freely</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="237" />
            <source>Impact assessment (DPIA)</source>
            <translation>Impact assessment (DPIA)</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="240" />
            <source>Not assessed yet</source>
            <translation>Not assessed yet</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="241" />
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="242" />
            <source>Not required</source>
            <translation>Not required</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="245" />
            <source>DPIA:</source>
            <translation>DPIA:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="246" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="247" />
            <source>Why it is or is not required</source>
            <translation>Why it is or is not required</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="291" />
            <source>Created %1 · changed %2</source>
            <translation>Created %1 · changed %2</translation>
        </message>
        <message>
            <location filename="../../gui/detail.py" line="328" />
            <source>None given</source>
            <translation>None given</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/import_dialog.py" line="239" />
            <location filename="../../gui/import_dialog.py" line="398" />
            <source>Import “%1”</source>
            <translation>Import “%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="245" />
            <source>%n activity(ies) will be added to the register.</source>
            <translation>
                <numerusform>%n activity will be added to the register.</numerusform>
                <numerusform>%n activities will be added to the register.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="248" />
            <source>%n error(s) must be corrected in the file before importing.</source>
            <translation>
                <numerusform>%n error must be corrected in the file before importing.</numerusform>
                <numerusform>%n errors must be corrected in the file before importing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/import_dialog.py" line="252" />
            <source>%n point(s) to check, marked in amber.</source>
            <translation>
                <numerusform>%n point to check, marked in amber.</numerusform>
                <numerusform>%n points to check, marked in amber.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="275" />
            <source>New data categories created by this import: %1</source>
            <translation>New data categories created by this import: %1</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="278" />
            <source>Every data category is already in the register.</source>
            <translation>Every data category is already in the register.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="282" />
            <source>Wording not recognised as a legal basis</source>
            <translation>Wording not recognised as a legal basis</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="285" />
            <source>Choose the legal basis each wording stands for: it becomes that basis's justification. Left unassigned, it is kept as text on the activity.</source>
            <translation>Choose the legal basis each wording stands for: it becomes that basis's justification. Left unassigned, it is kept as text on the activity.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="294" />
            <source>Line %1: “%2”</source>
            <translation>Line %1: “%2”</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="300" />
            <source>Leave unassigned</source>
            <translation>Leave unassigned</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="302" />
            <source>%1 (Art. %2)</source>
            <translation>%1 (Art. %2)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="333" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="338" />
            <source>Correct the errors in the file, then import it again.</source>
            <translation>Correct the errors in the file, then import it again.</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="368" />
            <source>Import a table of activities</source>
            <translation>Import a table of activities</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="369" />
            <source>Tables (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Tables (*.xlsx *.csv *.tsv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="399" />
            <source>“%1” cannot be imported; the register was not changed.</source>
            <translation>“%1” cannot be imported; the register was not changed.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <location filename="../../gui/import_dialog.py" line="141" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="142" />
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="143" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="144" />
            <source>Data categories</source>
            <translation>Data categories</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="145" />
            <source>Legal bases</source>
            <translation>Legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="202" />
            <source>(kept as text: %1)</source>
            <translation>(kept as text: %1)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="204" />
            <source>%1 (new)</source>
            <translation>%1 (new)</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="213" />
            <source>⚠ not recognised</source>
            <translation>⚠ not recognised</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="219" />
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <location filename="../../gui/import_dialog.py" line="220" />
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
    </context>
    <context>
        <name>ListCommands</name>
        <message>
            <location filename="../../gui/listcommands.py" line="84" />
            <source>data category</source>
            <translation>data category</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="85" />
            <source>data subject</source>
            <translation>data subject</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="86" />
            <source>recipient</source>
            <translation>recipient</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="87" />
            <source>legal basis</source>
            <translation>legal basis</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="100" />
            <source>Add %1 “%2”</source>
            <translation>Add %1 “%2”</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="123" />
            <source>Edit %1 “%2”</source>
            <translation>Edit %1 “%2”</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="154" />
            <source>Delete %1 “%2”</source>
            <translation>Delete %1 “%2”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/listcommands.py" line="156" />
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Delete %n item</numerusform>
                <numerusform>Delete %n items</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="190" />
            <source>Edit legal basis “%1”</source>
            <translation>Edit legal basis “%1”</translation>
        </message>
        <message>
            <location filename="../../gui/listcommands.py" line="215" />
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/listcommands.py" line="257" />
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
            <location filename="../../gui/lists.py" line="538" />
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="566" />
            <source>Data categories</source>
            <translation>Data categories</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="567" />
            <source>Legal bases</source>
            <translation>Legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="568" />
            <source>Data subjects</source>
            <translation>Data subjects</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="569" />
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="574" />
            <source>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</source>
            <translation>The kinds of personal data your activities process. Tick the special categories (Article 9) and criminal data (Article 10): they need a specific condition.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="578" />
            <source>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</source>
            <translation>The six legal bases of Article 6(1) are fixed; describe how your organisation relies on each one. Double-click a description to edit it.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="581" />
            <source>The people whose data you process: customers, employees, prospects…</source>
            <translation>The people whose data you process: customers, employees, prospects…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="584" />
            <source>Who receives the data: your own departments, processors, third parties, public authorities.</source>
            <translation>Who receives the data: your own departments, processors, third parties, public authorities.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="591" />
            <source>Add a category</source>
            <translation>Add a category</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="592" />
            <source>Add a data subject</source>
            <translation>Add a data subject</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="593" />
            <source>Add a recipient</source>
            <translation>Add a recipient</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="598" />
            <source>New category</source>
            <translation>New category</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="599" />
            <source>New data subject</source>
            <translation>New data subject</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="600" />
            <source>New recipient</source>
            <translation>New recipient</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="676" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="678" />
            <source>Delete “%1”?</source>
            <translation>Delete “%1”?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="680" />
            <source>Delete these %n items?</source>
            <translation>
                <numerusform>Delete this item?</numerusform>
                <numerusform>Delete these %n items?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="683" />
            <source>No activity uses it. You can undo this.</source>
            <translation>No activity uses it. You can undo this.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="684" />
            <source>It is removed from %n activity(ies):</source>
            <translation>
                <numerusform>It is removed from %n activity:</numerusform>
                <numerusform>It is removed from %n activities:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/lists.py" line="688" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="689" />
            <source>You can undo this.</source>
            <translation>You can undo this.</translation>
        </message>
    </context>
    <context>
        <name>ListTableModel</name>
        <message>
            <location filename="../../gui/lists.py" line="213" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="214" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="215" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="216" />
            <source>Special (Art. 9)</source>
            <translation>Special (Art. 9)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="217" />
            <source>Criminal (Art. 10)</source>
            <translation>Criminal (Art. 10)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="218" />
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="219" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="220" />
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="226" />
            <source>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</source>
            <translation>Special category of data (GDPR Article 9): health, biometrics, religion, political opinions…</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="229" />
            <source>Data relating to criminal convictions and offences (GDPR Article 10)</source>
            <translation>Data relating to criminal convictions and offences (GDPR Article 10)</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="232" />
            <source>How many processing activities use it</source>
            <translation>How many processing activities use it</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="289" />
            <source>Art. %1</source>
            <translation>Art. %1</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="297" />
            <source>No activity uses it.</source>
            <translation>No activity uses it.</translation>
        </message>
        <message>
            <location filename="../../gui/lists.py" line="302" />
            <source>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</source>
            <translation>The legal bases of Article 6(1) are fixed by the GDPR; describe how your organisation relies on each one.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/mainwindow.py" line="320" />
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="324" />
            <source>Data categories</source>
            <translation>Data categories</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="325" />
            <source>Legal bases</source>
            <translation>Legal bases</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="326" />
            <source>Data subjects</source>
            <translation>Data subjects</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="327" />
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="342" />
            <location filename="../../gui/mainwindow.py" line="343" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="402" />
            <source>&amp;New register…</source>
            <translation>&amp;New register…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="404" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="407" />
            <source>&amp;Import table…</source>
            <translation>&amp;Import table…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="410" />
            <source>&amp;Export JSON…</source>
            <translation>&amp;Export JSON…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="412" />
            <source>Write the whole register as a JSON file</source>
            <translation>Write the whole register as a JSON file</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="414" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="432" />
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="434" />
            <source>Add an activity (or an item of the list shown)</source>
            <translation>Add an activity (or an item of the list shown)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="436" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="438" />
            <source>Copy the selected activity</source>
            <translation>Copy the selected activity</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="440" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="442" />
            <source>Delete the selection, after confirmation</source>
            <translation>Delete the selection, after confirmation</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="445" />
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="448" />
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="451" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="453" />
            <source>&amp;User order</source>
            <translation>&amp;User order</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="455" />
            <source>Show activities in the order you gave them</source>
            <translation>Show activities in the order you gave them</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="457" />
            <source>&amp;Check</source>
            <translation>&amp;Check</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="459" />
            <source>List what Article 30 asks for and the register lacks</source>
            <translation>List what Article 30 asks for and the register lacks</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="461" />
            <source>&amp;About Registre</source>
            <translation>&amp;About Registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="465" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="472" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="475" />
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="482" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="494" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="496" />
            <source>&amp;Detail panel</source>
            <translation>&amp;Detail panel</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="503" />
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="505" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="509" />
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="522" />
            <source>Search…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="523" />
            <source>Show only what contains these words, accents and case aside</source>
            <translation>Show only what contains these words, accents and case aside</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="594" />
            <source>Unsaved register</source>
            <translation>Unsaved register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="616" />
            <source>No other register</source>
            <translation>No other register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="626" />
            <source>Cannot open the register</source>
            <translation>Cannot open the register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="627" />
            <source>“%1” cannot be opened.</source>
            <translation>“%1” cannot be opened.</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="641" />
            <source>Open a register</source>
            <translation>Open a register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="642" />
            <source>Registers (*.db);;All files (*)</source>
            <translation>Registers (*.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="648" />
            <source>New register</source>
            <translation>New register</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="649" />
            <source>Registers (*.db)</source>
            <translation>Registers (*.db)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="658" />
            <source>Export the register as JSON</source>
            <translation>Export the register as JSON</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="659" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="672" />
            <source>“%1” already exists; use File ▸ Open to open it.</source>
            <translation>“%1” already exists; use File ▸ Open to open it.</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="689" />
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="772" />
            <source>No activities yet</source>
            <translation>No activities yet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="774" />
            <source>%n incomplete activities</source>
            <translation>
                <numerusform>%n incomplete activity</numerusform>
                <numerusform>%n incomplete activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/mainwindow.py" line="776" />
            <source>All %n activities complete</source>
            <translation>
                <numerusform>The activity is complete</numerusform>
                <numerusform>All %n activities complete</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="797" />
            <source>About Registre</source>
            <translation>About Registre</translation>
        </message>
        <message>
            <location filename="../../gui/mainwindow.py" line="798" />
            <source>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Registre %1&lt;/h3&gt;&lt;p&gt;The record of processing activities of GDPR Article 30, kept on your computer.&lt;/p&gt;</translation>
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
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="48" />
            <source>controller name</source>
            <translation>controller name</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="49" />
            <location filename="../../gui/organisation.py" line="64" />
            <location filename="../../gui/organisation.py" line="74" />
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="50" />
            <source>controller address</source>
            <translation>controller address</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="52" />
            <source>Registration number:</source>
            <translation>Registration number:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="53" />
            <source>registration number</source>
            <translation>registration number</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="54" />
            <source>e.g. SIRET 123 456 789 00012</source>
            <translation>e.g. SIRET 123 456 789 00012</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="55" />
            <location filename="../../gui/organisation.py" line="66" />
            <location filename="../../gui/organisation.py" line="76" />
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="56" />
            <source>controller phone</source>
            <translation>controller phone</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="57" />
            <location filename="../../gui/organisation.py" line="68" />
            <location filename="../../gui/organisation.py" line="78" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="58" />
            <source>controller e-mail</source>
            <translation>controller e-mail</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="59" />
            <source>contact@example.com</source>
            <translation>contact@example.com</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="63" />
            <source>representative name</source>
            <translation>representative name</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="65" />
            <source>representative address</source>
            <translation>representative address</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="67" />
            <source>representative phone</source>
            <translation>representative phone</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="69" />
            <source>representative e-mail</source>
            <translation>representative e-mail</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="73" />
            <source>DPO name</source>
            <translation>DPO name</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="75" />
            <source>DPO address</source>
            <translation>DPO address</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="77" />
            <source>DPO phone</source>
            <translation>DPO phone</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="79" />
            <source>DPO e-mail</source>
            <translation>DPO e-mail</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="80" />
            <source>dpo@example.com</source>
            <translation>dpo@example.com</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="99" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="104" />
            <source>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</source>
            <translation>Who is responsible for the processing (Article 30(1)(a)). Changes are saved as you type.</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="115" />
            <source>Controller</source>
            <translation>Controller</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="117" />
            <source>Representative in the EU</source>
            <translation>Representative in the EU</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="118" />
            <source>Only for an organisation established outside the European Union (Article 27).</source>
            <translation>Only for an organisation established outside the European Union (Article 27).</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="122" />
            <source>Data protection officer (DPO)</source>
            <translation>Data protection officer (DPO)</translation>
        </message>
        <message>
            <location filename="../../gui/organisation.py" line="123" />
            <source>If you have designated one (Article 37); otherwise leave empty.</source>
            <translation>If you have designated one (Article 37); otherwise leave empty.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../gui/preferences.py" line="33" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="37" />
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="44" />
            <source>The new language applies the next time Registre starts.</source>
            <translation>The new language applies the next time Registre starts.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="51" />
            <source>Interface language:</source>
            <translation>Interface language:</translation>
        </message>
    </context>
</TS>