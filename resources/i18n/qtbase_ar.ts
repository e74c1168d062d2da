<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own Arabic catalog (qtbase_ar.qm, shipped with PySide6) predates some source texts
     of Qt 6's file dialog; the project supplies those here, loaded beside Qt's.
     Written by hand, not by lupdate. Needs review by a native speaker. -->
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>ا&amp;بحث في:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>الملفات من ال&amp;نوع:</translation>
        </message>
    </context>
</TS>
