<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no Kurdish translation of its own buttons and dialogs; the project
     supplies the common ones (contexts and source texts as in Qt's qtbase_ar.qm).
     Written by hand, not by lupdate. Needs review by a native speaker. -->
<TS version="2.1" language="ckb" sourcelanguage="en">
    <context>
        <name>CloseButton</name>
        <message>
            <source>Close Tab</source>
            <translation>داخستنی بازدەر</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;دیاریکردنی هەمووی</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;هەنگاوێک بۆ سەرەوە</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>هەنگاوێک بۆ &amp;خوارەوە</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>ئەمە چییە؟</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>باشە</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;گەڕان لە:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>پەڕگەکانی &amp;جۆری:</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>پیشاندانی </translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;کردنەوە</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;پاشەکەوتکردن</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;هەڵبژاردن</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;بوخچەی نوێ</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;سڕینەوە</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;ناوگۆڕین</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>سڕینەوە</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>لابردن</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>هەموو پەڕگەکان (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>هەموو پەڕگەکان (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>گەڕانەوە</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>پێشەوە</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>بگەڕێوە دواوە</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>بڕۆ پێشەوە</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>بوخچەی سەرەوە</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>بڕۆ بۆ بوخچەی سەرەوە</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>دروستکردنی بوخچەی نوێ</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>دروستکردنی بوخچەیەکی نوێ</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>بوخچەی نوێ</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>پیشاندانی لیست</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>پیشاندانی وردەکاری</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>گۆڕین بۆ پیشاندانی لیست</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>گۆڕین بۆ پیشاندانی وردەکاری</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>سەیرکردن لە:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;ناوی پەڕگە:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>پەڕگەکانی جۆری:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>بوخچە:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کردنەوە</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>پاشەکەوتکردن وەک</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>دۆزینەوەی بوخچە</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>پیشاندانی پەڕگە &amp;شاراوەکان</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>کۆمپیوتەرەکەم</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>شوێنە تازەکان</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>لاتەنیشت</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>لیستی شوێنەکان و نیشانەکان</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>بوخچەکان</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>پەڕگەکان</translation>
        </message>
        <message>
            <source>File</source>
            <translation>پەڕگە</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>بوخچە</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>بوخچە</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>وەگەڕخەر</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>نەناسراو</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 پێشتر هەیە.
دەتەوێت جێگەی بگریتەوە؟</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>دڵنیایت دەتەوێت '%1' بسڕیتەوە؟</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>نەتوانرا بوخچەکە بسڕدرێتەوە.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
پەڕگە نەدۆزرایەوە.
تکایە دڵنیابە کە ناوی پەڕگەکە دروستە.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
بوخچە نەدۆزرایەوە.
تکایە دڵنیابە کە ناوی بوخچەکە دروستە.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>ناو</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>قەبارە</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>جۆر</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>ڕێکەوتی گۆڕین</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>کۆمپیوتەر</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>کۆمپیوتەرەکەم</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 بایت</translation>
        </message>
        <message>
            <source>%1 byte(s)</source>
            <translation>%1 بایت</translation>
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
            <translation>ناوی پەڕگە نادروستە</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;باشە</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;پاشەکەوتکردن</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;پاشگەزبوونەوە</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;داخستن</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>داخستن بەبێ پاشەکەوتکردن</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>بەهایەک بنووسە:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;پاشگەزبوونەوە</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;دووبارەکردنەوە</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;بڕین</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;لەبەرگرتنەوە</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;لکاندن</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>سڕینەوە</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>دیاریکردنی هەمووی</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>پیشاندانی وردەکارییەکان...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>شاردنەوەی وردەکارییەکان...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>کاغەز</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>قەبارەی پەڕە:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>پانی:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>بەرزی:</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>سەرچاوەی کاغەز:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>ئاراستە</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>ستوونی</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>ئاسۆیی</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>ستوونی پێچەوانە</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>ئاسۆیی پێچەوانە</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>پەراوێزەکان</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>پەراوێزی سەرەوە</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>پەراوێزی خوارەوە</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>پەراوێزی چەپ</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>پەراوێزی ڕاست</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>ڕێکخستنی پەڕە</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>ڕیزبەندی پەڕەکان:</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>پەڕە بۆ هەر کاغەزێک:</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>تایبەت</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>میلیمەتر (mm)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>ئینج (in)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>خاڵ (pt)</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>باشە</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>پاشەکەوتکردن</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>پاشەکەوتکردنی هەمووی</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کردنەوە</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;بەڵێ</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>بەڵێ بۆ &amp;هەمووی</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;نەخێر</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>نەخێر بۆ هەم&amp;ووی</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>وەستاندن</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>دووبارە هەوڵدانەوە</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>پشتگوێخستن</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>داخستن</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>پاشگەزبوونەوە</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>فڕێدان</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>یارمەتی</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>جێبەجێکردن</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ڕێکخستنەوە</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>گەڕاندنەوەی بنەڕەتەکان</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>چاپکردن</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;چاپکردن</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>باشە</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>هەموو پەڕەکان</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>پەڕە تاکەکان</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>پەڕە جووتەکان</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>خۆکار</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>چاپکردن بۆ پەڕگە (PDF)</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>چاپکردن بۆ پەڕگە ...</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>پەڕگەی ناوخۆیی</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>نووسینی پەڕگەی PDF</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;هەڵبژاردەکان &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;هەڵبژاردەکان &lt;&lt;</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 پێشتر هەیە.
دەتەوێت بەسەریدا بنووسیتەوە؟</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 بوخچەیە.
تکایە ناوێکی تری پەڕگە هەڵبژێرە.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>ناتوانرێت لە پەڕگەی %1 بنووسرێت.
تکایە ناوێکی تری پەڕگە هەڵبژێرە.</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>بەهای 'لە' ناتوانێت لە بەهای 'بۆ' گەورەتر بێت.</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>پێشبینینی چاپ</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>پەڕەی دواتر</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>پەڕەی پێشوو</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>یەکەم پەڕە</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>دوا پەڕە</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>گونجاندن لەگەڵ پانی</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>گونجاندن لەگەڵ پەڕە</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>گەورەکردن</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>بچووککردنەوە</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>ستوونی</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>ئاسۆیی</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>پیشاندانی یەک پەڕە</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>پیشاندانی پەڕە بەرامبەرەکان</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>پیشاندانی هەموو پەڕەکان پێکەوە</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>چاپکردن</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>ڕێکخستنی پەڕە</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>ڕێکخستنی پەڕە</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>هەناردن بۆ PDF</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%L1٪</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Printer Properties</source>
            <translation>تایبەتمەندییەکانی چاپکەر</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>هەڵبژاردەکانی کار</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>لەبەرگیراوەکان</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>لەبەرگیراوەکان:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>ڕیزکردن</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>پێچەوانە</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>مەودای چاپ</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>چاپکردنی هەمووی</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>پەڕەکان لە</translation>
        </message>
        <message>
            <source>to</source>
            <translation>بۆ</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>دیاریکراو</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>پەڕەی ئێستا</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>ڕێکخستنەکانی دەرچوون</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>هەڵبژاردەکان</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>شێوازی ڕەنگ</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>ڕەنگاوڕەنگ</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>ڕەساسی</translation>
        </message>
        <message>
            <source>Duplex Printing</source>
            <translation>چاپی دوو ڕوو</translation>
        </message>
        <message>
            <source>None</source>
            <translation>هیچ</translation>
        </message>
        <message>
            <source>Long side</source>
            <translation>لای درێژ</translation>
        </message>
        <message>
            <source>Short side</source>
            <translation>لای کورت</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>کۆمەڵە پەڕە:</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>چاپکەر</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;ناو:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>شوێن:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>جۆر:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;پەڕگەی دەرچوون:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;تایبەتمەندییەکان</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>پێشبینین</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>پاشگەزبوونەوە</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>بۆ ئێرە بخشێنە</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>سەرەوە</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>خوارەوە</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>لێواری چەپ</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>لێواری ڕاست</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>پەڕەیەک بۆ سەرەوە</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>پەڕەیەک بۆ خوارەوە</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>پەڕەیەک بۆ چەپ</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>پەڕەیەک بۆ ڕاست</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>بخشێنە بۆ سەرەوە</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>بخشێنە بۆ خوارەوە</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>بخشێنە بۆ چەپ</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>بخشێنە بۆ ڕاست</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Undo</source>
            <translation>پاشگەزبوونەوە</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>دووبارەکردنەوە</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>پاشگەزبوونەوە لە %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>دووبارەکردنەوەی %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;بەتاڵ&gt;</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo</source>
            <translation>پاشگەزبوونەوە</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>دووبارەکردنەوە</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>پاشگەزبوونەوە لە %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>دووبارەکردنەوەی %1</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;پاشگەزبوونەوە</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;دووبارەکردنەوە</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;بڕین</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;لەبەرگرتنەوە</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>لەبەرگرتنەوەی شوێنی &amp;بەستەر</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;لکاندن</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>سڕینەوە</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>دیاریکردنی هەمووی</translation>
        </message>
    </context>
</TS>
