<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no Kurdish translation of its own buttons and dialogs; the project
     supplies the common ones (contexts and source texts as in Qt's qtbase_ar.qm).
     Written by hand, not by lupdate. Needs review by a native speaker. -->
<TS version="2.1" language="ku" sourcelanguage="en">
    <context>
        <name>CloseButton</name>
        <message>
            <source>Close Tab</source>
            <translation>Hilpekînê bigire</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Hemûyan hilbijêre</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Gavekê bilind bike</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Gavekê &amp;nizm bike</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Ev çi ye?</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>Temam</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>Têde &amp;bigere:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Pelên ji &amp;cureyê:</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Nîşan bide </translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Veke</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tomar bike</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Hilbijêre</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Peldanka nû</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Jê bibe</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Navê biguherîne</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Jê bibe</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rake</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Hemû pel (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Hemû pel (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Paş</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Pêş</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Vegere paş</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Biçe pêş</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Peldanka jorîn</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Biçe peldanka jorîn</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Peldankeke nû çêke</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Peldankeke nû çêke</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Peldanka nû</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Dîtina lîsteyê</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Dîtina hûrgulî</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Derbasî dîtina lîsteyê bibe</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Derbasî dîtina hûrgulî bibe</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Li vir binêre:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Navê pelê:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Pelên cureyê:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Peldank:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Veke</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Wekî tomar bike</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Peldankê bibîne</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Pelên &amp;veşartî nîşan bide</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputera min</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Cihên dawî</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Darika kêlekê</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Lîsteya cih û nîşanan</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Peldank</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Pel</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Pel</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Peldank</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Peldank</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Ajokar</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nenas</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 jixwe heye.
Tu dixwazî li şûna wê yê nû deynî?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Tu bawer î ku dixwazî '%1' jê bibî?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Peldank nehate jêbirin.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Pel nehate dîtin.
Ji kerema xwe kontrol bike ku navê pelê rast e.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Peldank nehate dîtin.
Ji kerema xwe kontrol bike ku navê peldankê rast e.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nav</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Mezinahî</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Cure</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Cure</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Dîroka guherînê</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputera min</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 bayt</translation>
        </message>
        <message>
            <source>%1 byte(s)</source>
            <translation>%1 bayt</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>%1 TB</source>
            <translation>%1 TB</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Navê pelê ne derbasdar e</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;Temam</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tomar bike</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Betal bike</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Bigire</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Bêyî tomarkirinê bigire</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Nirxekî binivîse:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Vegerîne</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Dîsa bike</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Jê bike</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopî bike</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pêve bike</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Jê bibe</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hemûyan hilbijêre</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Hûrguliyan nîşan bide...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Hûrguliyan veşêre...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>Kaxez</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Mezinahiya rûpelê:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Firehî:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Bilindahî:</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Çavkaniya kaxezê:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Araste</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Bi dirêjahî</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Bi firehî</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Bi dirêjahî, berevajî</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Bi firehî, berevajî</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Kenar</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>kenara jor</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>kenara jêr</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>kenara çepê</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>kenara rastê</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Rêzkirina rûpelê</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Rêza rûpelan:</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Rûpel her kaxezekê:</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Taybet</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Milîmetre (mm)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Înç (in)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Xal (pt)</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Temam</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tomar bike</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Hemûyan tomar bike</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Veke</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Erê</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ji &amp;hemûyan re erê</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Ji hemûyan re n&amp;a</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Rawestîne</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Dîsa biceribîne</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Guh nede</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bigire</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Betal bike</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Biavêje</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Alîkarî</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Bisepîne</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ji nû ve saz bike</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Nirxên destpêkê vegerîne</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Çap bike</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Çap bike</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Temam</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Hemû rûpel</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Rûpelên kit</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Rûpelên cot</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Xweber</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Çap bike nav pelê (PDF)</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Çap bike nav pelê ...</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Pelê herêmî</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Pelê PDF binivîse</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Vebijêrk &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Vebijêrk &lt;&lt;</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 jixwe heye.
Tu dixwazî li ser binivîsî?</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 peldank e.
Ji kerema xwe navekî din ê pelê hilbijêre.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Pelê %1 nayê nivîsandin.
Ji kerema xwe navekî din ê pelê hilbijêre.</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Nirxa 'Ji' nikare ji nirxa 'Heta' mezintir be.</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Pêşdîtina çapê</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Rûpela pêş</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Rûpela berê</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Rûpela yekem</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Rûpela dawî</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Li gorî firehiyê</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Li gorî rûpelê</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Mezin bike</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Biçûk bike</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Bi dirêjahî</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Bi firehî</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Yek rûpel nîşan bide</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Rûpelên hember hev nîşan bide</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Hemû rûpelan bi hev re nîşan bide</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Çap bike</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Sazkirina rûpelê</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Sazkirina rûpelê</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Wekî PDF derxe</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%L1%</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Printer Properties</source>
            <translation>Taybetmendiyên çapkerê</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Vebijêrkên karî</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>Kopî</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Kopî:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Li hev rêz bike</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Berevajî</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Navbera çapê</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Hemûyan çap bike</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Rûpel ji</translation>
        </message>
        <message>
            <source>to</source>
            <translation>heta</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Hilbijartin</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Rûpela heyî</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Mîhengên derketinê</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Vebijêrk</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Awayê rengan</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Rengîn</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Gewr</translation>
        </message>
        <message>
            <source>Duplex Printing</source>
            <translation>Çapa du alî</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Tune</translation>
        </message>
        <message>
            <source>Long side</source>
            <translation>Aliyê dirêj</translation>
        </message>
        <message>
            <source>Short side</source>
            <translation>Aliyê kurt</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Koma rûpelan:</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>Çapker</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nav:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Cih:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Cure:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Pelê derketinê:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Taybetmendî</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pêşdîtin</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Betal bike</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Li vir bigerîne</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Jor</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Jêr</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Qeraxa çepê</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Qeraxa rastê</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Rûpelek ber bi jor</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Rûpelek ber bi jêr</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Rûpelek ber bi çepê</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Rûpelek ber bi rastê</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Ber bi jor bigerîne</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Ber bi jêr bigerîne</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Ber bi çepê bigerîne</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Ber bi rastê bigerîne</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Undo</source>
            <translation>Vegerîne</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Dîsa bike</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>%1 vegerîne</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>%1 dîsa bike</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;vala&gt;</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo</source>
            <translation>Vegerîne</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Dîsa bike</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>%1 vegerîne</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>%1 dîsa bike</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Vegerîne</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Dîsa bike</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Jê bike</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopî bike</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Cihê &amp;girêdanê kopî bike</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pêve bike</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Jê bibe</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hemûyan hilbijêre</translation>
        </message>
    </context>
</TS>
