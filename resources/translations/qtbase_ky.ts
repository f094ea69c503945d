<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Kyrgyz for Qt's own words (standard buttons, context menus): Qt ships no qtbase_ky.
     Written by hand, compiled by installer/build_translations.py into qtbase_ky.qm. -->
<TS version="2.1" language="ky_KG">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Макул</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сактоо</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Баарын сактоо</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ачуу</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ооба</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;Баарына ооба</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Жок</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Баарына жо&amp;к</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Токтотуу</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Кайталоо</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Өткөрүп жиберүү</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабуу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Сактабоо</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Жардам</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Колдонуу</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Баштапкы абалга келтирүү</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Демейки маанилер</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>Макул</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Артка кайтаруу</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Кайра жасоо</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесүү</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Кө&amp;чүрүү</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Коюу</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Баарын белгилөө</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Артка кайтаруу</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Кайра жасоо</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесүү</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Кө&amp;чүрүү</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Шилтемени кө&amp;чүрүү</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Коюу</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Баарын белгилөө</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Баарын белгилөө</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Көбөйтүү</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Азайтуу</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Толугураак...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Кыскараак...</translation>
        </message>
    </context>
</TS>
