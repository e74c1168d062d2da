<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb" sourcelanguage="en">
<context>
    <name>Amnesties</name>
    <message>
        <source>not reported</source>
        <translation>ڕانەگەیەنراوە</translation>
    </message>
    <message>
        <source>Counted: %1 standing decisions in this database (%2 of them synthetic).</source>
        <translation>ژمێردراو: %1 بڕیاری کارپێکراو لەم بنکەدراوەیەدا (%2 لەوانە دەستکرد).</translation>
    </message>
    <message>
        <source>Reported: %1 (%2), as of %3 — %4</source>
        <translation>ڕاگەیەنراو: %1 (%2)، لە %3 — %4</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>سەرچاوە: %1</translation>
    </message>
    <message>
        <source>revoked by %1</source>
        <translation>لەلایەن %1 هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation>هەڵاواردن: %1</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>دەستکرد</translation>
    </message>
    <message>
        <source>Day known</source>
        <translation>ڕۆژ زانراوە</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>تەنها مانگ</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>تەنها ساڵ</translation>
    </message>
    <message>
        <source>revoked by %1 (imported; the list says by %2)</source>
        <translation>لەلایەن %1ەوە هەڵوەشێنرایەوە (هاوردەکراوە؛ لیستەکە دەڵێت لەلایەن %2ەوە)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>یەکدەگرێتەوە</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>گونجاو</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>جیاوازە</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>زیاتر لە %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>کەمتر لە %1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 مانگ</translation>
    </message>
    <message>
        <source>recorded as not accused of a violent crime</source>
        <translation>وەک تۆمەتبار نەبوو بە تاوانی توندوتیژی تۆمار کراون</translation>
    </message>
    <message>
        <source>of nationality %1</source>
        <translation>بە ڕەگەزنامەی %1</translation>
    </message>
    <message>
        <source>not of nationality %1</source>
        <translation>نەک بە ڕەگەزنامەی %1</translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation>لە پۆلی %1</translation>
    </message>
    <message>
        <source>not in category %1</source>
        <translation>نەک لە پۆلی %1</translation>
    </message>
    <message>
        <source>held since before %1</source>
        <translation>دەستبەسەر لە پێش %1ەوە</translation>
    </message>
    <message>
        <source>sentenced to at least %1 months</source>
        <translation>سزادراو بە لانیکەم %1 مانگ</translation>
    </message>
    <message>
        <source>sentenced to at most %1 months</source>
        <translation>سزادراو بە لانیزۆر %1 مانگ</translation>
    </message>
    <message>
        <source>The rules select everyone held.</source>
        <translation>یاساکان هەموو دەستبەسەرەکان هەڵدەبژێرن.</translation>
    </message>
    <message>
        <source>The rules select people held who are %1.</source>
        <translation>یاساکان ئەو دەستبەسەرانە هەڵدەبژێرن کە %1ن.</translation>
    </message>
    <message>
        <source>pending decision</source>
        <translation>بڕیاری چاوەڕوانکراو</translation>
    </message>
</context>
<context>
    <name>AmnestiesPage</name>
    <message>
        <source>Amnesties</source>
        <translation>لێبوردنەکان</translation>
    </message>
    <message>
        <source>&amp;New amnesty</source>
        <translation>لێبوردنی &amp;نوێ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;گەڕاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Decide for a person…</source>
        <translation>&amp;بڕیاردان بۆ کەسێک…</translation>
    </message>
    <message>
        <source>&amp;Apply amnesty…</source>
        <translation>&amp;جێبەجێکردنی لێبوردن…</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Amnesty actions</source>
        <translation>کردارەکانی لێبوردن</translation>
    </message>
    <message>
        <source>Amnesty columns</source>
        <translation>ستوونەکانی لێبوردن</translation>
    </message>
</context>
<context>
    <name>AmnestyActions</name>
    <message>
        <source>Revocation refused</source>
        <translation>هەڵوەشاندنەوە ڕەتکرایەوە</translation>
    </message>
</context>
<context>
    <name>AmnestyController</name>
    <message>
        <source>Edit rules</source>
        <translation>دەستکاریکردنی یاساکان</translation>
    </message>
    <message>
        <source>New amnesty</source>
        <translation>لێبوردنی نوێ</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>لێبوردنەکان</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 بڕیار</translation>
    </message>
    <message>
        <source>(the newest %1 shown)</source>
        <translation>(نوێترین %1 پیشان دراون)</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>کەسێکی تر پاشەکەوتی کرد</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Your changes are still in the form: note them, Revert, and enter them again.</source>
        <translation>%1 لەلایەن کەسێکی ترەوە گۆڕدرا لەوەتەی تۆ کردتەوە. گۆڕانکارییەکانت هێشتا لە فۆرمەکەدان: بیاننووسەوە، بگەڕێنەوە، و دووبارە تۆماریان بکە.</translation>
    </message>
</context>
<context>
    <name>AmnestyDecisionsModel</name>
    <message>
        <source>Case</source>
        <translation>دۆسیە</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>بەرواری بڕیار</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>بڕیاردراوە لەلایەن</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>تێبینی</translation>
    </message>
</context>
<context>
    <name>AmnestyDetailView</name>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Amnesty title</source>
        <translation>ناونیشانی لێبوردن</translation>
    </message>
    <message>
        <source>Decree and rules</source>
        <translation>فەرمان و یاساکان</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>فەرمان</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>یاساکان</translation>
    </message>
    <message>
        <source>Outcomes and decisions</source>
        <translation>ئەنجامەکان و بڕیارەکان</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ئەنجامەکان</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>بڕیارەکان</translation>
    </message>
    <message>
        <source>History</source>
        <translation>مێژوو</translation>
    </message>
    <message>
        <source>Outcomes that need a second person&apos;s approval</source>
        <translation>ئەو ئەنجامانەی پێویستیان بە پەسەندکردنی کەسێکی دووەم هەیە</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;ناونیشان</translation>
    </message>
    <message>
        <source>Issued &amp;by</source>
        <translation>دەرکراوە &amp;لەلایەن</translation>
    </message>
    <message>
        <source>Re&amp;quested by</source>
        <translation>بە &amp;داواکاریی</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>&amp;بەرواری دەرکردن</translation>
    </message>
    <message>
        <source>Date &amp;known to</source>
        <translation>بەروار &amp;زانراوە تا</translation>
    </message>
    <message>
        <source>&amp;Criteria as written</source>
        <translation>&amp;پێوەرەکان وەک نووسراون</translation>
    </message>
    <message>
        <source>What the rules select</source>
        <translation>ئەوەی یاساکان هەڵیدەبژێرن</translation>
    </message>
    <message>
        <source>Outcomes counted and reported</source>
        <translation>ئەنجامە ژمێردراو و ڕاگەیەنراوەکان</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>دەربارەی ئەم ژمارانە</translation>
    </message>
    <message>
        <source>Decisions under this amnesty</source>
        <translation>بڕیارەکان بەپێی ئەم لێبوردنە</translation>
    </message>
    <message>
        <source>Decisions shown</source>
        <translation>بڕیارە پیشاندراوەکان</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>کردنەوەی &amp;دۆسیە</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>کردنەوەی دۆسیە</translation>
    </message>
    <message>
        <source>Re&amp;voke decision…</source>
        <translation>&amp;هەڵوەشاندنەوەی بڕیار…</translation>
    </message>
    <message>
        <source>Revoke decision</source>
        <translation>هەڵوەشاندنەوەی بڕیار</translation>
    </message>
    <message>
        <source>New amnesty</source>
        <translation>لێبوردنی نوێ</translation>
    </message>
    <message>
        <source>No amnesty yet</source>
        <translation>هێشتا هیچ لێبوردنێک نییە</translation>
    </message>
    <message>
        <source>New amnesty (Ctrl+N) adds a decree and its rules.</source>
        <translation>«لێبوردنی نوێ» (Ctrl+N) بڕیارنامەیەک و یاساکانی زیاد دەکات.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counted&lt;/b&gt;: decisions recorded in this database that stand (not revoked)%1. &lt;b&gt;Reported&lt;/b&gt;: the figures as the source published them, with their precision and date.</source>
        <translation>&lt;b&gt;ژمێردراو&lt;/b&gt;: ئەو بڕیارانەی لەم بنکەدراوەیەدا تۆمار کراون و کارپێکراون (هەڵنەوەشێنراون)%1. &lt;b&gt;ڕاگەیەنراو&lt;/b&gt;: ژمارەکان وەک سەرچاوەکە بڵاوی کردوونەتەوە، لەگەڵ وردی و بەرواریان.</translation>
    </message>
    <message>
        <source>, %1 of them about synthetic demo records</source>
        <translation>، %1 لەوانە دەربارەی تۆماری دەستکردی نموونەیین</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>سەرچاوە: %1.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>سەرچاوەکان: %1.</translation>
    </message>
    <message>
        <source>Nothing decided or reported yet.</source>
        <translation>هێشتا هیچ بڕیارێک نەدراوە و هیچ شتێک ڕانەگەیەنراوە.</translation>
    </message>
    <message>
        <source>one outcome</source>
        <translation>یەک ئەنجام</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>%1 ئەنجام</translation>
    </message>
    <message>
        <source>Counted and reported differ for %1 (highlighted).</source>
        <translation>ژمێردراو و ڕاگەیەنراو بۆ %1 جیاوازن (دیاریکراون).</translation>
    </message>
    <message>
        <source>Counted figures agree with what was reported.</source>
        <translation>ژمارە ژمێردراوەکان لەگەڵ ئەوەی ڕاگەیەنراوە یەکدەگرنەوە.</translation>
    </message>
</context>
<context>
    <name>AmnestyListModel</name>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>بەرواری دەرکردن</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>بڕیارەکان</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…
A new database is created and filled first; an older one is copied, then brought up to date. For a large database this can take a minute.</source>
        <translation>بنکەدراوە دەکرێتەوە…
بنکەدراوەی نوێ سەرەتا دروست دەکرێت و پڕ دەکرێتەوە؛ کۆنەکە کۆپی دەکرێت، پاشان نوێ دەکرێتەوە. بۆ بنکەدراوەیەکی گەورە لەوانەیە خولەکێک بخایەنێت.</translation>
    </message>
    <message>
        <source>Case Tracker</source>
        <translation>Case Tracker</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the name, or create a new database with “case-tracker init --db %1”.</source>
        <translation>لە %1 هیچ بنکەدراوەیەک نییە. ناوەکە بپشکنە، یان بە «‎case-tracker init --db %1‎» بنکەدراوەیەکی نوێ دروست بکە.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>ناتوانرێت بنکەدراوە بکرێتەوە</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>بنکەدراوە بەکاردەهێنرێت</translation>
    </message>
</context>
<context>
    <name>ApplyAmnestyDialog</name>
    <message>
        <source>Apply amnesty</source>
        <translation>جێبەجێکردنی لێبوردن</translation>
    </message>
    <message>
        <source>Finding the people the rules select…</source>
        <translation>دۆزینەوەی ئەو کەسانەی یاساکان هەڵیاندەبژێرن…</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Who is selected</source>
        <translation>کێ هەڵدەبژێردرێت</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>Ticked people by category</source>
        <translation>کەسە نیشانکراوەکان بەپێی پۆل</translation>
    </message>
    <message>
        <source>Ticked people by facility</source>
        <translation>کەسە نیشانکراوەکان بەپێی دامەزراوە</translation>
    </message>
    <message>
        <source>People selected</source>
        <translation>کەسە هەڵبژێردراوەکان</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>نیشانکردنی &amp;هەمووی</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>نیشانکردنی هەمووی</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;لابردنی هەموو نیشانەکان</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>لابردنی هەموو نیشانەکان</translation>
    </message>
    <message>
        <source>People ticked</source>
        <translation>کەسە نیشانکراوەکان</translation>
    </message>
    <message>
        <source>— choose an outcome —</source>
        <translation>— ئەنجامێک هەڵبژێرە —</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;ئەنجام</translation>
    </message>
    <message>
        <source>Reduced &amp;by</source>
        <translation>کەمکردنەوە &amp;بە</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>&amp;بەرواری بڕیار</translation>
    </message>
    <message>
        <source>Decided b&amp;y</source>
        <translation>بڕیاردراوە &amp;لەلایەن</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>ئاگاداری</translation>
    </message>
    <message>
        <source>Untick people without a sentence</source>
        <translation>لابردنی نیشانە لە کەسانی بێ سزا</translation>
    </message>
    <message>
        <source>Outcome of the last attempt</source>
        <translation>ئەنجامی دوایین هەوڵ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>جێبەجێکردن</translation>
    </message>
    <message>
        <source>Apply to the ticked people</source>
        <translation>جێبەجێکردن لەسەر کەسە نیشانکراوەکان</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>%1 people held are selected and have no decision under this amnesty yet.</source>
        <translation>%1 کەسی دەستبەسەر هەڵبژێردراون و هێشتا بەپێی ئەم لێبوردنە بڕیاریان نییە.</translation>
    </message>
    <message>
        <source>%1 of them have a pending decision, which applying replaces.</source>
        <translation>%1 لەوانە بڕیاری چاوەڕوانکراویان هەیە، کە جێبەجێکردن جێگەی دەگرێتەوە.</translation>
    </message>
    <message>
        <source>%1 people held are left out by the rules: decide for them one at a time, with an override. %2 people already have a decision.</source>
        <translation>%1 کەسی دەستبەسەر لەلایەن یاساکانەوە دەرکراون: یەک یەک بڕیاریان بۆ بدە، لەگەڵ هەڵاواردن. %2 کەس پێشتر بڕیاریان هەیە.</translation>
    </message>
    <message>
        <source>%1 of %2 people ticked</source>
        <translation>%1 لە %2 کەس نیشانکراون</translation>
    </message>
    <message>
        <source>The parts of a reduction are at most %1.</source>
        <translation>ژمارەی بەشەکانی کەمکردنەوە لانیزۆر %1 دەبێت.</translation>
    </message>
    <message>
        <source>%1 ticked people have no sentence recorded and cannot have it reduced.</source>
        <translation>%1 کەسی نیشانکراو سزایان تۆمار نەکراوە و ناتوانرێت کەم بکرێتەوە.</translation>
    </message>
    <message>
        <source>Apply: %1 for %2 people</source>
        <translation>جێبەجێکردن: %1 بۆ %2 کەس</translation>
    </message>
    <message>
        <source>Record “%1” for %2 people under “%3”? It is written in one step; a decision entered by mistake can be revoked later, one at a time.</source>
        <translation>«%1» بۆ %2 کەس بەپێی «%3» تۆمار بکرێت؟ بە یەک هەنگاو دەنووسرێت؛ بڕیارێک کە بە هەڵە تۆمار کرابێت دواتر دەتوانرێت یەک یەک هەڵبوەشێنرێتەوە.</translation>
    </message>
    <message>
        <source>Recording %1 decisions…</source>
        <translation>تۆمارکردنی %1 بڕیار…</translation>
    </message>
    <message>
        <source>Proposed %1 decisions under “%2”: they change nothing until a reviewer approves them (Waiting for approval).</source>
        <translation>%1 بڕیار بەپێی «%2» پێشنیار کران: تا پێداچەرەوەیەک پەسەندیان نەکات هیچ شتێک ناگۆڕن (چاوەڕوانی پەسەندکردن).</translation>
    </message>
    <message>
        <source>Recorded %1 decisions under “%2”.</source>
        <translation>%1 بڕیار بەپێی «%2» تۆمار کران.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>پاشگەزبوویتەوە: هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>Refused, nothing was written: %1</source>
        <translation>ڕەتکرایەوە، هیچ شتێک نەنووسرا: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalMenu</name>
    <message>
        <source>Approval settings saved; the change is recorded in the history.</source>
        <translation>ڕێکخستنەکانی پەسەندکردن پاشەکەوت کران؛ گۆڕانکارییەکە لە مێژوودا تۆمار کرا.</translation>
    </message>
    <message>
        <source>Approval settings not saved</source>
        <translation>ڕێکخستنەکانی پەسەندکردن پاشەکەوت نەکران</translation>
    </message>
    <message>
        <source>&amp;Approval settings…</source>
        <translation>&amp;ڕێکخستنەکانی پەسەندکردن…</translation>
    </message>
    <message>
        <source>Which decisions need a second person&apos;s approval</source>
        <translation>کام بڕیار پێویستی بە پەسەندکردنی کەسێکی دووەم هەیە</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsDialog</name>
    <message>
        <source>Approval settings</source>
        <translation>ڕێکخستنەکانی پەسەندکردن</translation>
    </message>
    <message>
        <source>Decisions that change liberty or a sentence need a second person&apos;s approval</source>
        <translation>ئەو بڕیارانەی ئازادی یان سزا دەگۆڕن پێویستیان بە پەسەندکردنی کەسێکی دووەم هەیە</translation>
    </message>
    <message>
        <source>Approval by a second person</source>
        <translation>پەسەندکردن لەلایەن کەسێکی دووەمەوە</translation>
    </message>
    <message>
        <source>Turn this off only for a one-person office: decisions then take effect when recorded, the change is recorded in the history, and every report says “decisions not independently approved”.</source>
        <translation>تەنها بۆ نووسینگەیەکی یەک کەسی ئەمە بکوژێنەرەوە: ئەو کاتە بڕیارەکان هەر کە تۆمار کران کارپێکراو دەبن، گۆڕانکارییەکە لە مێژوودا تۆمار دەکرێت، و هەموو ڕاپۆرتێک دەڵێت «بڕیارەکان بە شێوەیەکی سەربەخۆ پەسەند نەکراون».</translation>
    </message>
    <message>
        <source>Outcomes that need approval, per amnesty</source>
        <translation>ئەو ئەنجامانەی پێویستیان بە پەسەندکردن هەیە، بۆ هەر لێبوردنێک</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
</context>
<context>
    <name>ApprovalsController</name>
    <message>
        <source>%1 decisions wait for approval.</source>
        <translation>%1 بڕیار چاوەڕوانی پەسەندکردنن.</translation>
    </message>
    <message>
        <source>No decision waits for approval.</source>
        <translation>هیچ بڕیارێک چاوەڕوانی پەسەندکردن نییە.</translation>
    </message>
    <message>
        <source>You are %1, with the %2 role.</source>
        <translation>تۆ وەک %1 چوویتە ژوورەوە، بە ڕۆڵی %2.</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may approve or reject.</source>
        <translation>تەنها پێداچەرەوە یان بەڕێوەبەری سیستەم دەتوانێت پەسەند بکات یان ڕەت بکاتەوە.</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>چاوەڕوانی پەسەندکردن</translation>
    </message>
    <message>
        <source>Choose a proposal to see what approving it would do.</source>
        <translation>پێشنیارێک هەڵبژێرە بۆ بینینی ئەوەی پەسەندکردنی چی دەکات.</translation>
    </message>
    <message>
        <source>Decisions you proposed must be approved by another reviewer.</source>
        <translation>ئەو بڕیارانەی خۆت پێشنیارت کردوون دەبێت لەلایەن پێداچەرەوەیەکی ترەوە پەسەند بکرێن.</translation>
    </message>
    <message>
        <source>Rejecting %1 proposals…</source>
        <translation>ڕەتکردنەوەی %1 پێشنیار…</translation>
    </message>
    <message>
        <source>Approving %1 proposals…</source>
        <translation>پەسەندکردنی %1 پێشنیار…</translation>
    </message>
    <message>
        <source>Approved decision %1 (case %2): it is in force.</source>
        <translation>بڕیاری %1 (دۆسیەی %2) پەسەند کرا: کارپێکراوە.</translation>
    </message>
    <message>
        <source>Rejected decision %1 (case %2): nothing changed on the person.</source>
        <translation>بڕیاری %1 (دۆسیەی %2) ڕەتکرایەوە: هیچ شتێک لەسەر کەسەکە نەگۆڕا.</translation>
    </message>
    <message>
        <source>Approved %1 decisions: %2 released, %3 sentences reduced.</source>
        <translation>%1 بڕیار پەسەند کران: %2 کەس ئازادکران، سزای %3 کەس کەمکرایەوە.</translation>
    </message>
    <message>
        <source>Rejected %1 proposed decisions: nothing changed on the people.</source>
        <translation>%1 بڕیاری پێشنیارکراو ڕەتکرانەوە: هیچ شتێک لەسەر کەسەکان نەگۆڕا.</translation>
    </message>
    <message>
        <source>Not approved or rejected</source>
        <translation>نە پەسەند کرا و نە ڕەتکرایەوە</translation>
    </message>
    <message>
        <source>“Apply amnesty” under “%1”, proposed by %2: %3 people (%4).</source>
        <translation>«جێبەجێکردنی لێبوردن» بەپێی «%1»، پێشنیارکراو لەلایەن %2: %3 کەس (%4).</translation>
    </message>
    <message>
        <source>Decision %1 under “%2” for case %3 (%4), proposed by %5: %6.</source>
        <translation>بڕیاری %1 بەپێی «%2» بۆ دۆسیەی %3 (%4)، پێشنیارکراو لەلایەن %5: %6.</translation>
    </message>
    <message>
        <source>Approving releases the person: their status becomes released.</source>
        <translation>پەسەندکردن کەسەکە ئازاد دەکات: دۆخەکەی دەبێتە ئازادکراو.</translation>
    </message>
    <message>
        <source>Approving moves the sentence end from %1 to %2.</source>
        <translation>پەسەندکردن کۆتایی سزا لە %1ەوە دەگوازێتەوە بۆ %2.</translation>
    </message>
    <message>
        <source>Approving changes nothing on the person.</source>
        <translation>پەسەندکردن هیچ شتێک لەسەر کەسەکە ناگۆڕێت.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>دۆسیە</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>بەرواری بڕیار</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>دۆخی ئێستا</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>پێشنیارکراوە لەلایەن</translation>
    </message>
    <message>
        <source>Proposed at</source>
        <translation>کاتی پێشنیار</translation>
    </message>
    <message>
        <source>You proposed this; another reviewer must approve it.</source>
        <translation>تۆ ئەمەت پێشنیار کردووە؛ دەبێت پێداچەرەوەیەکی تر پەسەندی بکات.</translation>
    </message>
    <message>
        <source>Proposed at %1.</source>
        <translation>لە %1 پێشنیار کرا.</translation>
    </message>
    <message>
        <source>%1 people changed since the proposal; approval is refused until the batch is rejected and proposed again:</source>
        <translation>%1 کەس لەوەتەی پێشنیارەکەوە گۆڕاون؛ تا کۆمەڵەکە ڕەت نەکرێتەوە و دووبارە پێشنیار نەکرێتەوە، ڕێگە بە پەسەندکردن نادرێت:</translation>
    </message>
    <message>
        <source>The people:</source>
        <translation>کەسەکان:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و %1 کەسی تر</translation>
    </message>
    <message>
        <source>You proposed this batch; another reviewer must approve it.</source>
        <translation>تۆ ئەم کۆمەڵەیەت پێشنیار کردووە؛ دەبێت پێداچەرەوەیەکی تر پەسەندی بکات.</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Waiting for approval</source>
        <translation>چاوەڕوانی پەسەندکردن</translation>
    </message>
    <message>
        <source>Proposals waiting for approval</source>
        <translation>ئەو پێشنیارانەی چاوەڕوانی پەسەندکردنن</translation>
    </message>
    <message>
        <source>The chosen proposal</source>
        <translation>پێشنیارە هەڵبژێردراوەکە</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;پەسەندکردن…</translation>
    </message>
    <message>
        <source>Approve the chosen proposal</source>
        <translation>پەسەندکردنی پێشنیارە هەڵبژێردراوەکە</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;ڕەتکردنەوە…</translation>
    </message>
    <message>
        <source>Reject the chosen proposal</source>
        <translation>ڕەتکردنەوەی پێشنیارە هەڵبژێردراوەکە</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>کردنەوەی &amp;دۆسیە</translation>
    </message>
    <message>
        <source>Open the person&apos;s case</source>
        <translation>کردنەوەی دۆسیەی کەسەکە</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Restore from a backup</source>
        <translation>گەڕاندنەوە لە یەدەگێک</translation>
    </message>
    <message>
        <source>Backups (*.db *.bak);;All files (*)</source>
        <translation>یەدەگەکان (*.db *.bak);;هەموو پەڕگەکان (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>یەدەگگرتنی بنکەدراوە</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>یەدەگەکان (*.db)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The backup was written %3 and holds %4 cases and %5 facilities. It passed its checks.

The database as it is now is kept beside it (…before-restore-….bak), and the window opens the restored one.</source>
        <translation>%1 بە یەدەگی %2 بگۆڕدرێت؟

یەدەگەکە لە %3 نووسراوە و %4 دۆسیە و %5 دامەزراوەی تێدایە. پشکنینەکانی تێپەڕاند.

بنکەدراوەکە وەک ئێستا لەتەنیشتیەوە دەپارێزرێت (…before-restore-….bak)، و پەنجەرەکە گەڕێنراوەکە دەکاتەوە.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>گەڕاندنەوە لە یەدەگ</translation>
    </message>
    <message>
        <source>Export a list</source>
        <translation>هەناردنی لیستێک</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>لیستی هەناردن</translation>
    </message>
    <message>
        <source>Detainee categories</source>
        <translation>پۆلەکانی دەستبەسەرکراوان</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>لێبوردنەکان</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;لیست:</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>یەدەگگرتن</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>بنکەدراوەی ڕاژەکار بە ئامرازەکانی خودی ڕاژەکار یەدەگ دەگیرێت (pg_dump).</translation>
    </message>
    <message>
        <source>Backed up to %1 (checked)</source>
        <translation>یەدەگ گیرا بۆ %1 (پشکنراو)</translation>
    </message>
    <message>
        <source>Back up failed</source>
        <translation>یەدەگگرتن سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>گەڕاندنەوە</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools (pg_restore).</source>
        <translation>بنکەدراوەی ڕاژەکار بە ئامرازەکانی خودی ڕاژەکار دەگەڕێنرێتەوە (pg_restore).</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>ئەم یەدەگە ناتوانرێت بگەڕێنرێتەوە</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was replaced.</source>
        <translation>%1 ناتوانرێت بگەڕێنرێتەوە: %2. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>گەڕاندنەوە سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced database is kept as %2</source>
        <translation>لە %1 گەڕێنرایەوە؛ بنکەدراوە گۆڕدراوەکە وەک %2 هەڵگیرا</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>گەڕاندنەوە…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;یەدەگگرتن…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database</source>
        <translation>نووسینی لەبەرگیراوەیەکی پشکنراوی بنکەدراوە</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;گەڕاندنەوە لە یەدەگ…</translation>
    </message>
    <message>
        <source>Replace the database with a backup, after checking it</source>
        <translation>گۆڕینی بنکەدراوە بە یەدەگێک، دوای پشکنینی</translation>
    </message>
</context>
<context>
    <name>CandidateCountsModel</name>
    <message>
        <source>People</source>
        <translation>کەس</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Case</source>
        <translation>دۆسیە</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>دەستبەسەر لە</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>سزا</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>تێبینی</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Columns</source>
        <translation>ستوونەکان</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>the new case</source>
        <translation>دۆسیە نوێیەکە</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New case&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;دۆسیەی نوێ&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 پاشەکەوت کرا</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>کەسێکی تر گۆڕی</translation>
    </message>
    <message>
        <source>%1
Reload the saved version? Your changes will be lost.</source>
        <translation>%1
وەشانە پاشەکەوتکراوەکە دووبارە باربکرێتەوە؟ گۆڕانکارییەکانت لەدەست دەچن.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>دۆسیە پاشەکەوت نەکرا</translation>
    </message>
    <message>
        <source>%1 transferred to %2</source>
        <translation>%1 گوازرایەوە بۆ %2</translation>
    </message>
    <message>
        <source>Revocation refused</source>
        <translation>هەڵوەشاندنەوە ڕەتکرایەوە</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>Fraction</source>
        <translation>بەش</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>بڕیاردراوە لەلایەن</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>بار</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>هەڵوەشێنراوە</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>هەڵوەشێنراوە</translation>
    </message>
    <message>
        <source>proposed by %1 on %2, waiting for approval</source>
        <translation>لەلایەن %1 لە %2 پێشنیار کراوە، چاوەڕوانی پەسەندکردنە</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>لەلایەن %1 ڕەتکراوەتەوە: %2</translation>
    </message>
    <message>
        <source>proposed by %1, approved by %2</source>
        <translation>لەلایەن %1 پێشنیار کراوە، لەلایەن %2 پەسەند کراوە</translation>
    </message>
    <message>
        <source>recorded before approval was required</source>
        <translation>پێش ئەوەی پەسەندکردن پێویست بێت تۆمار کراوە</translation>
    </message>
    <message>
        <source>in force (no approval needed)</source>
        <translation>کارپێکراو (پەسەندکردن پێویست نییە)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <source>To</source>
        <translation>بۆ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>تۆمارکراوە لەلایەن</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Case detail</source>
        <translation>وردەکاری دۆسیە</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No case chosen&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;هیچ دۆسیەیەک هەڵنەبژێردراوە&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Synthetic record: not a real person</source>
        <translation>تۆماری دەستکرد: کەسێکی ڕاستەقینە نییە</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>دۆسیەی نوێ</translation>
    </message>
    <message>
        <source>Create a new case</source>
        <translation>دروستکردنی دۆسیەیەکی نوێ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>پاشەکەوتکردنی دۆسیە</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>فڕێدان</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>فڕێدانی گۆڕانکارییە پاشەکەوتنەکراوەکان</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>گواستنەوە بۆ…</translation>
    </message>
    <message>
        <source>Transfer to another facility</source>
        <translation>گواستنەوە بۆ دامەزراوەیەکی تر</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>بەشەکانی دۆسیە</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>وردەکاری</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>بڕیاری نوێ…</translation>
    </message>
    <message>
        <source>Record a new amnesty decision for this person</source>
        <translation>تۆمارکردنی بڕیارێکی نوێی لێبوردن بۆ ئەم کەسە</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>هەڵوەشاندنەوە…</translation>
    </message>
    <message>
        <source>Revoke the chosen decision, which was entered by mistake</source>
        <translation>هەڵوەشاندنەوەی ئەو بڕیارە هەڵبژێردراوەی بە هەڵە تۆمار کراوە</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>بڕیارەکانی لێبوردن</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>بڕیارەکان</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>گواستنەوەکان</translation>
    </message>
    <message>
        <source>History</source>
        <translation>مێژوو</translation>
    </message>
    <message>
        <source>e.g. 1985; empty if unknown</source>
        <translation>بۆ نموونە 1985؛ بەتاڵ ئەگەر نەزانراوە</translation>
    </message>
    <message>
        <source>ISO code, e.g. SY</source>
        <translation>کۆدی ISO، بۆ نموونە SY</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>months; empty if none</source>
        <translation>مانگ؛ بەتاڵ ئەگەر نییە</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>&amp;ژمارەی دۆسیە</translation>
    </message>
    <message>
        <source>Name (&amp;Latin)</source>
        <translation>ناو (&amp;لاتینی)</translation>
    </message>
    <message>
        <source>Name (&amp;Arabic)</source>
        <translation>ناو (&amp;عەرەبی)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;ڕەگەز</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;ساڵی لەدایکبوون</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>&amp;ڕەگەزنامە</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>&amp;پۆل</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>&amp;دامەزراوە</translation>
    </message>
    <message>
        <source>Held &amp;since</source>
        <translation>دەستبەسەر &amp;لە</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;دۆخ</translation>
    </message>
    <message>
        <source>Accused of a &amp;violent crime</source>
        <translation>تۆمەتبار بە تاوانێکی &amp;توندوتیژی</translation>
    </message>
    <message>
        <source>&amp;Charges</source>
        <translation>&amp;تۆمەتەکان</translation>
    </message>
    <message>
        <source>Sentence (&amp;months)</source>
        <translation>سزا (&amp;مانگ)</translation>
    </message>
    <message>
        <source>Sentence st&amp;arts</source>
        <translation>&amp;دەستپێکی سزا</translation>
    </message>
    <message>
        <source>Sentence &amp;ends</source>
        <translation>&amp;کۆتایی سزا</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;تێبینی</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ناو (لاتینی)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>ناو (بە عەرەبی)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>لەدایکبوون</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ڕەگەزنامە</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>دەستبەسەر لە</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>دۆسیەکان</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>گەڕان لە دۆسیەکان</translation>
    </message>
    <message>
        <source>Search by case number or name, in Latin or Arabic script…</source>
        <translation>گەڕان بە ژمارەی دۆسیە یان ناو، بە پیتی لاتینی یان عەرەبی…</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>ژمارەی دۆسیە پیشاندراوەکان</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>پۆلەکان…</translation>
    </message>
    <message>
        <source>Edit detainee categories</source>
        <translation>دەستکاریکردنی پۆلەکانی دەستبەسەرکراوان</translation>
    </message>
    <message>
        <source>Case columns: click to sort, right-click to choose</source>
        <translation>ستوونەکانی دۆسیە: کرتە بکە بۆ ڕیزکردن، کرتەی ڕاست بکە بۆ هەڵبژاردن</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>هەناردن…</translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation>هەناردنی دۆسیە پیشاندراوەکان</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>دۆزینەوەی دۆسیە</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>پاشەکەوتکردنی دۆسیە</translation>
    </message>
    <message>
        <source>%1 has unsaved changes and stays on show; it is not among the results.</source>
        <translation>%1 گۆڕانکاریی پاشەکەوتنەکراوی هەیە و هەر پیشان دەدرێت؛ لەناو ئەنجامەکانی گەڕاندا نییە.</translation>
    </message>
    <message>
        <source>%1 is not among the results: the first result is shown.</source>
        <translation>%1 لەناو ئەنجامەکانی گەڕاندا نییە: یەکەم ئەنجام پیشان دراوە.</translation>
    </message>
    <message>
        <source>No case yet: New case adds one; File ▸ Import… brings in a list.</source>
        <translation>هێشتا هیچ دۆسیەیەک نییە: «دۆسیەی نوێ» یەکێک زیاد دەکات؛ پەڕگە ◂ هاوردەکردن… لیستێک دەهێنێت.</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>هیچ دۆسیەیەک لەگەڵ گەڕانەکە یەکناگرێتەوە.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 لە %2</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Put it under:</source>
        <translation>بیخە ژێر:</translation>
    </message>
    <message>
        <source>Detainee categories</source>
        <translation>پۆلەکانی دەستبەسەرکراوان</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>پۆلەکان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>بە عەرەبی</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کەس</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>زیادکردن…</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>زیادکردنی پۆلێک</translation>
    </message>
    <message>
        <source>Add inside…</source>
        <translation>زیادکردن لەناو…</translation>
    </message>
    <message>
        <source>Add a category inside this one</source>
        <translation>زیادکردنی پۆلێک لەناو ئەمەدا</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>ناوگۆڕین…</translation>
    </message>
    <message>
        <source>Rename the category</source>
        <translation>ناوگۆڕینی پۆل</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>جوڵاندن…</translation>
    </message>
    <message>
        <source>Move the category under another</source>
        <translation>جوڵاندنی پۆل بۆ ژێر پۆلێکی تر</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Delete the category</source>
        <translation>سڕینەوەی پۆل</translation>
    </message>
    <message>
        <source>A category used by people, headcounts or reported totals, or with categories inside it, cannot be deleted.</source>
        <translation>پۆلێک کە کەسەکان، سەرژمێرییەکان یان کۆ ڕاگەیەنراوەکان بەکاری دەهێنن، یان پۆلی تری لەناودایە، ناتوانرێت بسڕدرێتەوە.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>In use: cannot be deleted</source>
        <translation>بەکاردەهێنرێت: ناتوانرێت بسڕدرێتەوە</translation>
    </message>
    <message>
        <source>Delete this category</source>
        <translation>سڕینەوەی ئەم پۆلە</translation>
    </message>
    <message>
        <source>New category inside %1</source>
        <translation>پۆلی نوێ لەناو %1</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>پۆلی نوێ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ناو:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>ناوگۆڕینی پۆل</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ئاستی سەرەوە)</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>جوڵاندنی %1</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>سڕینەوەی پۆل</translation>
    </message>
    <message>
        <source>Delete the category “%1”?</source>
        <translation>پۆلی «%1» بسڕدرێتەوە؟</translation>
    </message>
</context>
<context>
    <name>CategoryComparisonModel</name>
    <message>
        <source>Latest headcount</source>
        <translation>دوایین سەرژمێری</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>Held (records)</source>
        <translation>دەستبەسەر (تۆمار)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>جیاوازی</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>هەموو پۆلەکان</translation>
    </message>
    <message>
        <source>No headcount has been reported for this facility</source>
        <translation>هیچ سەرژمێرییەک بۆ ئەم دامەزراوەیە ڕانەگەیەنراوە</translation>
    </message>
    <message>
        <source>The latest headcount does not count this category</source>
        <translation>دوایین سەرژمێری ئەم پۆلە ناژمێرێت</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(بەتاڵ)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>کەسێکی تر پاشەکەوتی کرد</translation>
    </message>
    <message>
        <source>“%1” was saved by someone else after you opened it. Nothing has been overwritten. For each field below, choose the value to keep, then save.</source>
        <translation>«%1» دوای ئەوەی تۆ کردتەوە، کەسێکی تر پاشەکەوتی کرد. هیچ شتێک نەسڕاوەتەوە. بۆ هەر خانەیەکی خوارەوە ئەو بەهایە هەڵبژێرە کە دەمێنێتەوە، پاشان پاشەکەوتی بکە.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانە</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>کاتێک کردتەوە</translation>
    </message>
    <message>
        <source>Their saved value</source>
        <translation>بەهای پاشەکەوتکراوی ئەوان</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>بەهای تۆ</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>خانە جیاوازەکان</translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation>هێشتنەوەی هەمووی &amp;ئەوان</translation>
    </message>
    <message>
        <source>Keep all their values</source>
        <translation>هێشتنەوەی هەموو بەهاکانی ئەوان</translation>
    </message>
    <message>
        <source>Take all &amp;mine</source>
        <translation>وەرگرتنی هەمووی &amp;من</translation>
    </message>
    <message>
        <source>Take all my values</source>
        <translation>وەرگرتنی هەموو بەهاکانی من</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;پاشەکەوتکردنی تێکەڵکراو</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>پاشەکەوتکردنی بەها هەڵبژێردراوەکان</translation>
    </message>
    <message>
        <source>Cancel, keep editing</source>
        <translation>پاشگەزبوونەوە، بەردەوامبوون لە دەستکاری</translation>
    </message>
    <message>
        <source>You both changed this field.</source>
        <translation>هەردووکتان ئەم خانەیەتان گۆڕی.</translation>
    </message>
    <message>
        <source>Their value for %1</source>
        <translation>بەهای ئەوان بۆ %1</translation>
    </message>
    <message>
        <source>Your value for %1</source>
        <translation>بەهای تۆ بۆ %1</translation>
    </message>
    <message>
        <source>Their saved values and yours are the same.</source>
        <translation>بەها پاشەکەوتکراوەکانی ئەوان و هی تۆ وەک یەکن.</translation>
    </message>
    <message>
        <source>Saving keeps all their values.</source>
        <translation>پاشەکەوتکردن هەموو بەهاکانی ئەوان دەهێڵێتەوە.</translation>
    </message>
    <message>
        <source>Fields that take your value: %1. The others keep theirs.</source>
        <translation>ئەو خانانەی بەهای تۆ وەردەگرن: %1. ئەوانی تر هی ئەوان دەهێڵنەوە.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>‎YYYY-MM-DD‎ یان ‎DD/MM/YYYY‎</translation>
    </message>
    <message>
        <source>Type the date as 2020-11-15 or 15/11/2020, or pick it from the calendar</source>
        <translation>بەروارەکە وەک ‎2020-11-15‎ یان ‎15/11/2020‎ بنووسە، یان لە ڕۆژژمێرەکەوە هەڵیبژێرە</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>هەڵبژاردن لە ڕۆژژمێرەوە</translation>
    </message>
    <message>
        <source>%1: choose from a calendar</source>
        <translation>%1: هەڵبژاردن لە ڕۆژژمێرەوە</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بێ بەروار</translation>
    </message>
    <message>
        <source>There is no such day: %1</source>
        <translation>ڕۆژێکی وا نییە: %1</translation>
    </message>
    <message>
        <source>Not a date yet: type 2020-11-15 or 15/11/2020</source>
        <translation>هێشتا بەروار نییە: ‎2020-11-15‎ یان ‎15/11/2020‎ بنووسە</translation>
    </message>
    <message>
        <source>A date is needed</source>
        <translation>بەروارێک پێویستە</translation>
    </message>
    <message>
        <source>Out of range: %1 to %2</source>
        <translation>لە دەرەوەی مەودادایە: %1 تا %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بێ بەروار</translation>
    </message>
    <message>
        <source>%1; kept %2</source>
        <translation>%1؛ %2 هێڵرایەوە</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Amnesty decision</source>
        <translation>بڕیاری لێبوردن</translation>
    </message>
    <message>
        <source>— choose an outcome —</source>
        <translation>— ئەنجامێک هەڵبژێرە —</translation>
    </message>
    <message>
        <source>e.g. 1/2 or 1/3</source>
        <translation>بۆ نموونە 1/2 یان 1/3</translation>
    </message>
    <message>
        <source>&amp;Amnesty</source>
        <translation>&amp;لێبوردن</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;کەس</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;ئەنجام</translation>
    </message>
    <message>
        <source>Reduced &amp;by</source>
        <translation>کەمکردنەوە &amp;بە</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>&amp;بەرواری بڕیار</translation>
    </message>
    <message>
        <source>Decided b&amp;y</source>
        <translation>بڕیاردراوە &amp;لەلایەن</translation>
    </message>
    <message>
        <source>&amp;Guarantor or tribal sponsor</source>
        <translation>&amp;کەفیل یان کەفیلی هۆز</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;مەرجەکان</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;تێبینییەکان</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>&amp;هۆکاری هەڵاواردن</translation>
    </message>
    <message>
        <source>What this decision does</source>
        <translation>ئەم بڕیارە چی دەکات</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>پاشەکەوتکردنی بڕیار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
    <message>
        <source>The parts of a reduction are at most %1.</source>
        <translation>ژمارەی بەشەکانی کەمکردنەوە لانیزۆر %1 دەبێت.</translation>
    </message>
    <message>
        <source>Proposed decision %1 for case %2: it changes nothing until a reviewer approves it (Waiting for approval).</source>
        <translation>بڕیاری %1 بۆ دۆسیەی %2 پێشنیار کرا: تا پێداچەرەوەیەک پەسەندی نەکات هیچ شتێک ناگۆڕێت (چاوەڕوانی پەسەندکردن).</translation>
    </message>
    <message>
        <source>Decision %1 for case %2 is in force.</source>
        <translation>بڕیاری %1 بۆ دۆسیەی %2 کارپێکراوە.</translation>
    </message>
    <message>
        <source>Pick the person: type a case number or a name, then choose from the list.</source>
        <translation>کەسەکە هەڵبژێرە: ژمارەی دۆسیە یان ناوێک بنووسە، پاشان لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose the outcome to see what it changes.</source>
        <translation>ئەنجامەکە هەڵبژێرە بۆ بینینی ئەوەی دەیگۆڕێت.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see what the decision changes.</source>
        <translation>خانە دیاریکراوەکان ڕاست بکەرەوە بۆ بینینی ئەوەی بڕیارەکە دەیگۆڕێت.</translation>
    </message>
    <message>
        <source>Status: %1 → &lt;b&gt;%2&lt;/b&gt;; the person leaves the count of people held.</source>
        <translation>دۆخ: %1 ← &lt;b&gt;%2&lt;/b&gt;؛ کەسەکە لە ژمارەی دەستبەسەرەکان دەردەچێت.</translation>
    </message>
    <message>
        <source>Sentence end: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>کۆتایی سزا: %1 ← &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(term %1 → %2, cut by %3)</source>
        <translation>(ماوە %1 ← %2، بە %3 کەمکرایەوە)</translation>
    </message>
    <message>
        <source>The new end has already passed on the decision date.</source>
        <translation>کۆتاییە نوێیەکە لە بەرواری بڕیارەکەدا پێشتر تێپەڕیوە.</translation>
    </message>
    <message>
        <source>Nothing changes on the person (status stays %1).</source>
        <translation>هیچ شتێک لەسەر کەسەکە ناگۆڕێت (دۆخ %1 دەمێنێتەوە).</translation>
    </message>
    <message>
        <source>Replaces the pending decision %1 (its history is kept).</source>
        <translation>جێگەی بڕیاری چاوەڕوانکراوی %1 دەگرێتەوە (مێژووەکەی دەپارێزرێت).</translation>
    </message>
    <message>
        <source>The amnesty&apos;s criteria exclude this person</source>
        <translation>پێوەرەکانی لێبوردن ئەم کەسە دەردەکەن</translation>
    </message>
    <message>
        <source>To decide anyway, give the reason for the override.</source>
        <translation>بۆ بڕیاردان سەرەڕای ئەوە، هۆکاری هەڵاواردنەکە بنووسە.</translation>
    </message>
    <message>
        <source>The amnesty&apos;s criteria exclude this person: %1.</source>
        <translation>پێوەرەکانی لێبوردن ئەم کەسە دەردەکەن: %1.</translation>
    </message>
    <message>
        <source>Meets the amnesty&apos;s criteria.</source>
        <translation>پێوەرەکانی لێبوردن پڕ دەکاتەوە.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: see the marked fields.</source>
        <translation>هێشتا ناتوانرێت پاشەکەوت بکرێت: سەیری خانە دیاریکراوەکان بکە.</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <source>Write the reduction as a fraction, such as 1/2.</source>
        <translation>کەمکردنەوەکە وەک بەشێک بنووسە، وەک 1/2.</translation>
    </message>
    <message>
        <source>A reduction is more than 0 and at most 1, such as 1/2 or 1/3.</source>
        <translation>کەمکردنەوە لە 0 زیاترە و لە 1 زیاتر نییە، وەک 1/2 یان 1/3.</translation>
    </message>
</context>
<context>
    <name>DisplayNameDialog</name>
    <message>
        <source>Your display name</source>
        <translation>ناوی پیشاندانی تۆ</translation>
    </message>
    <message>
        <source>Your changes are recorded under your login, %1, which the database establishes. A display name is shown beside it so that colleagues recognise you; it does not replace the login. Leave it empty to show the login alone.</source>
        <translation>گۆڕانکارییەکانت بە ناوی چوونەژوورەوەکەت، %1، تۆمار دەکرێن، کە بنکەدراوەکە دیاری دەکات. ناوی پیشاندان لەتەنیشتیەوە پیشان دەدرێت بۆ ئەوەی هاوکارەکانت بتناسنەوە؛ جێگەی ناوی چوونەژوورەوە ناگرێتەوە. بەتاڵی بهێڵەوە بۆ ئەوەی تەنها ناوی چوونەژوورەوە پیشان بدرێت.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>ناوی پیشاندان</translation>
    </message>
    <message>
        <source>First name and family name</source>
        <translation>ناو و ناوی بنەماڵە</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;ناوی پیشاندان:</translation>
    </message>
    <message>
        <source>Use this display name</source>
        <translation>بەکارهێنانی ئەم ناوی پیشاندانە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>دووبارەبوونەوەی ئەگەری</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) already recorded share every word of this name (in any spelling) and the year of birth. Is this one of them?</source>
        <translation>
            <numerusform>%Ln دۆسیەی پێشتر تۆمارکراو لە هەموو وشەکانی ئەم ناوە (بە هەر ڕێنووسێک) و ساڵی لەدایکبوون هاوبەشن. ئایا ئەمە یەکێکە لەوان؟</numerusform>
            <numerusform>%Ln دۆسیەی پێشتر تۆمارکراو لە هەموو وشەکانی ئەم ناوە (بە هەر ڕێنووسێک) و ساڵی لەدایکبوون هاوبەشن. ئایا ئەمە یەکێکە لەوان؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases that may be the same person</source>
        <translation>ئەو دۆسیانەی لەوانەیە هەمان کەس بن</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستوونەکان</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>پاشەکەوتکردن سەرەڕای ئەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <source>Encrypted database created</source>
        <translation>بنکەدراوە شفرەکراوەکە دروستکرا</translation>
    </message>
    <message>
        <source>The encrypted database %1 was created.</source>
        <translation>بنکەدراوە شفرەکراوەکەی %1 دروستکرا.</translation>
    </message>
    <message>
        <source>To work in it, open it in a new window now, or later start Case Tracker with --db &quot;%1&quot;. It asks for the passphrase each time it opens.</source>
        <translation>بۆ کارکردن تێیدا، ئێستا لە پەنجەرەیەکی نوێدا بیکەرەوە، یان دواتر Case Tracker بە ‎--db &quot;%1&quot;‎ بکەرەوە. هەر جارێک بکرێتەوە داوای دەستەواژەی نهێنی دەکات.</translation>
    </message>
    <message>
        <source>Open in a new window</source>
        <translation>کردنەوە لە پەنجەرەیەکی نوێ</translation>
    </message>
    <message>
        <source>Cannot open a new window</source>
        <translation>ناتوانرێت پەنجەرەیەکی نوێ بکرێتەوە</translation>
    </message>
    <message>
        <source>Start Case Tracker with --db &quot;%1&quot; to open it.</source>
        <translation>بۆ کردنەوەی، Case Tracker بە ‎--db &quot;%1&quot;‎ بکەرەوە.</translation>
    </message>
    <message>
        <source>The encrypted database was not created</source>
        <translation>بنکەدراوە شفرەکراوەکە دروست نەکرا</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>دروستکردنی بنکەدراوە شفرەکراوەکە…</translation>
    </message>
    <message>
        <source>New &amp;encrypted database…</source>
        <translation>بنکەدراوەیەکی &amp;شفرەکراوی نوێ…</translation>
    </message>
    <message>
        <source>Create a new database file that only its passphrase opens</source>
        <translation>دروستکردنی پەڕگەی بنکەدراوەیەکی نوێ کە تەنها دەستەواژە نهێنییەکەی دەیکاتەوە</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;هەناردن…</translation>
    </message>
    <message>
        <source>Save what the list shows as PDF, CSV or XLSX</source>
        <translation>پاشەکەوتکردنی ئەوەی لیستەکە پیشانی دەدات وەک PDF، CSV یان XLSX</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>هەناردنی %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>ناتوانرێت هەنارده بکرێت</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .csv or .xlsx.</source>
        <translation>ناوێکی پەڕگە هەڵبژێرە کە بە ‎.pdf‎، ‎.csv‎ یان ‎.xlsx‎ کۆتایی بێت.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>هەناردن سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>نووسینی %1…</translation>
    </message>
</context>
<context>
    <name>Facilities</name>
    <message>
        <source>Source: %1</source>
        <translation>سەرچاوە: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کراوە</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>داخراو</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>ورد</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>نزیکەیی</translation>
    </message>
    <message>
        <source>Lower bound (more than)</source>
        <translation>سنووری خوارەوە (زیاتر لە)</translation>
    </message>
    <message>
        <source>Upper bound (fewer than)</source>
        <translation>سنووری سەرەوە (کەمتر لە)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>زیاتر لە %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>کەمتر لە %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (records)</source>
        <translation>%1 (تۆمار)</translation>
    </message>
    <message>
        <source>Latest headcount: %1 as of %2 (%3). Source: %4</source>
        <translation>دوایین سەرژمێری: %1 لە %2 (%3). سەرچاوە: %4</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>Counted from the case records of the %1 people held there now.</source>
        <translation>لە تۆماری دۆسیەی ئەو %1 کەسەی ئێستا لەوێ دەستبەسەرن ژمێردراوە.</translation>
    </message>
    <message>
        <source>Capacity unknown: occupancy cannot be worked out.</source>
        <translation>توانا نەزانراوە: ڕێژەی پڕبوون ناتوانرێت بژمێردرێت.</translation>
    </message>
    <message>
        <source>%1 of a capacity of %2</source>
        <translation>%1 لە توانای %2</translation>
    </message>
    <message>
        <source>overcrowded by %1 people</source>
        <translation>%1 کەس زیاتر لە توانا</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>Facilities</source>
        <translation>دامەزراوەکان</translation>
    </message>
    <message>
        <source>&amp;New facility</source>
        <translation>دامەزراوەی &amp;نوێ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;گەڕاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Delete facility…</source>
        <translation>&amp;سڕینەوەی دامەزراوە…</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>Facility actions</source>
        <translation>کردارەکانی دامەزراوە</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;هەناردن…</translation>
    </message>
    <message>
        <source>Export the facilities shown</source>
        <translation>هەناردنی دامەزراوە پیشاندراوەکان</translation>
    </message>
    <message>
        <source>Search facilities (Ctrl+F)</source>
        <translation>گەڕان لە دامەزراوەکان (Ctrl+F)</translation>
    </message>
    <message>
        <source>Facilities shown</source>
        <translation>دامەزراوە پیشاندراوەکان</translation>
    </message>
    <message>
        <source>Facility columns</source>
        <translation>ستوونەکانی دامەزراوە</translation>
    </message>
</context>
<context>
    <name>FacilityController</name>
    <message>
        <source>New facility</source>
        <translation>دامەزراوەی نوێ</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>دامەزراوەکان</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 لە %2</translation>
    </message>
    <message>
        <source>%1 facilities</source>
        <translation>%1 دامەزراوە</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>ناو بە عەرەبی</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>دەکەوێتە ناو</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>بەڕێوەبەر</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>توانا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>ناتوانرێت بسڕدرێتەوە</translation>
    </message>
    <message>
        <source>Delete facility</source>
        <translation>سڕینەوەی دامەزراوە</translation>
    </message>
    <message>
        <source>Delete “%1” and its headcount history? This cannot be undone.</source>
        <translation>«%1» و مێژووی سەرژمێرییەکانی بسڕدرێنەوە؟ ئەمە ناگەڕێتەوە.</translation>
    </message>
</context>
<context>
    <name>FacilityDetailView</name>
    <message>
        <source>Facility detail</source>
        <translation>وردەکاری دامەزراوە</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>Name in the other script</source>
        <translation>ناو بە ئەلفوبێکەی تر</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>ژمارەی کەسەکان</translation>
    </message>
    <message>
        <source>Source of the population figure</source>
        <translation>سەرچاوەی ژمارەی کەسەکان</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>پڕبوون</translation>
    </message>
    <message>
        <source>Facility detail sections</source>
        <translation>بەشەکانی وردەکاری دامەزراوە</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;تۆمار</translation>
    </message>
    <message>
        <source>&amp;Population over time</source>
        <translation>ژمارەی کەسەکان بە &amp;درێژایی کات</translation>
    </message>
    <message>
        <source>People &amp;held</source>
        <translation>کەسە &amp;دەستبەسەرەکان</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;مێژوو</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;ناو</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic</source>
        <translation>ناو بە &amp;عەرەبی</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;دەکەوێتە ناو</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;جۆر</translation>
    </message>
    <message>
        <source>&amp;Governorate</source>
        <translation>&amp;پارێزگا</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;بەڕێوەبەر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>Design capacity: a whole number, or empty when it is not known</source>
        <translation>توانای دیزاینکراو: ژمارەیەکی تەواو، یان بەتاڵ کاتێک نەزانراوە</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;توانا</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;دۆخ</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;تێبینی</translation>
    </message>
    <message>
        <source>Synthetic record</source>
        <translation>تۆماری دەستکرد</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>توانا</translation>
    </message>
    <message>
        <source>Headcount history</source>
        <translation>مێژووی سەرژمێرییەکان</translation>
    </message>
    <message>
        <source>&amp;Add headcount…</source>
        <translation>&amp;زیادکردنی سەرژمێری…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;گۆڕین…</translation>
    </message>
    <message>
        <source>De&amp;lete headcount</source>
        <translation>&amp;سڕینەوەی سەرژمێری</translation>
    </message>
    <message>
        <source>&lt;b&gt;Headcount history&lt;/b&gt; (as reported, newest first)</source>
        <translation>&lt;b&gt;مێژووی سەرژمێرییەکان&lt;/b&gt; (وەک ڕاگەیەنراون، نوێترین یەکەم)</translation>
    </message>
    <message>
        <source>(none — a facility of its own)</source>
        <translation>(هیچ — دامەزراوەیەکی سەربەخۆ)</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>دامەزراوەی نوێ</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>هێشتا پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <source>Population &lt;b&gt;%1&lt;/b&gt; as of %2 — latest reported headcount</source>
        <translation>ژمارەی کەسەکان &lt;b&gt;%1&lt;/b&gt; لە %2 — دوایین سەرژمێری ڕاگەیەنراو</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>سەرچاوە: %1</translation>
    </message>
    <message>
        <source>Counted from case records: %1 held now</source>
        <translation>ژمێردراو لە تۆماری دۆسیەکان: ئێستا %1 دەستبەسەر</translation>
    </message>
    <message>
        <source>Population &lt;b&gt;%1&lt;/b&gt; — counted from the case records of people held now</source>
        <translation>ژمارەی کەسەکان &lt;b&gt;%1&lt;/b&gt; — ژمێردراو لە تۆماری دۆسیەی ئەو کەسانەی ئێستا دەستبەسەرن</translation>
    </message>
    <message>
        <source>No headcount has been reported for this facility.</source>
        <translation>هیچ سەرژمێرییەک بۆ ئەم دامەزراوەیە ڕانەگەیەنراوە.</translation>
    </message>
    <message>
        <source>Occupancy unknown: design capacity not reported.</source>
        <translation>پڕبوون نەزانراوە: توانای دیزاینکراو ڕانەگەیەنراوە.</translation>
    </message>
    <message>
        <source>Overcrowded: %1 of capacity %2 (%3 people over)</source>
        <translation>قەرەباڵغ: %1 لە توانای %2 (%3 کەس زیاتر)</translation>
    </message>
    <message>
        <source>Occupancy %1 of capacity %2</source>
        <translation>پڕبوون %1 لە توانای %2</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration; not a real facility.</source>
        <translation>تۆمارێکی دەستکردە بۆ نموونە؛ دامەزراوەیەکی ڕاستەقینە نییە.</translation>
    </message>
    <message>
        <source>No facility yet</source>
        <translation>هێشتا هیچ دامەزراوەیەک نییە</translation>
    </message>
    <message>
        <source>New facility (Ctrl+N) adds one; File ▸ Import… brings in a list.</source>
        <translation>«دامەزراوەی نوێ» (Ctrl+N) یەکێک زیاد دەکات؛ پەڕگە ◂ هاوردەکردن… لیستێک دەهێنێت.</translation>
    </message>
    <message>
        <source>Design capacity not reported (unknown), so no capacity line is drawn.</source>
        <translation>توانای دیزاینکراو ڕانەگەیەنراوە (نەزانراوە)، بۆیە هێڵی توانا ناکێشرێت.</translation>
    </message>
    <message>
        <source>Dashed line: design capacity %1.</source>
        <translation>هێڵی پچڕپچڕ: توانای دیزاینکراو %1.</translation>
    </message>
</context>
<context>
    <name>FacilityPeopleView</name>
    <message>
        <source>People held</source>
        <translation>کەسە دەستبەسەرەکان</translation>
    </message>
    <message>
        <source>People held by category beside the latest headcount</source>
        <translation>کەسە دەستبەسەرەکان بەپێی پۆل لەتەنیشت دوایین سەرژمێری</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>پیشاندانی &amp;زیاتر</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;کردنەوەی دۆسیە</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held, by category&lt;/b&gt;, counted from case records. No headcount reported.</source>
        <translation>&lt;b&gt;دەستبەسەرەکان، بەپێی پۆل&lt;/b&gt;، ژمێردراو لە تۆماری دۆسیەکان. هیچ سەرژمێرییەک ڕانەگەیەنراوە.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held, by category&lt;/b&gt;, counted from case records, beside the headcount of %1 (%2; source: %3). Difference = records − reported.</source>
        <translation>&lt;b&gt;دەستبەسەرەکان، بەپێی پۆل&lt;/b&gt;، ژمێردراو لە تۆماری دۆسیەکان، لەتەنیشت سەرژمێری %1 (%2؛ سەرچاوە: %3). جیاوازی = تۆمار − ڕاگەیەنراو.</translation>
    </message>
    <message>
        <source>No one is held here according to the case records.</source>
        <translation>بەپێی تۆماری دۆسیەکان کەس لێرە دەستبەسەر نییە.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 people held (by case number).</source>
        <translation>پیشاندانی یەکەم %1 لە %2 کەسی دەستبەسەر (بەپێی ژمارەی دۆسیە).</translation>
    </message>
    <message>
        <source>All %1 people held.</source>
        <translation>هەموو %1 کەسە دەستبەسەرەکە.</translation>
    </message>
</context>
<context>
    <name>FacilityTreeModel</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <source>The latest reported headcount (with its date) when there is one, else the people held there counted from case records</source>
        <translation>دوایین سەرژمێری ڕاگەیەنراو (لەگەڵ بەروارەکەی) ئەگەر هەبێت، ئەگەرنا ئەو کەسانەی لەوێ دەستبەسەرن و لە تۆماری دۆسیەکانەوە ژمێردراون</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>توانا</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>ژمارەی کەسەکان</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>پڕبوون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ناو (لاتینی)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>ناو (بە عەرەبی)</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration</source>
        <translation>تۆماری دەستکرد بۆ نموونە</translation>
    </message>
    <message>
        <source>Design capacity not reported</source>
        <translation>توانای دیزاینکراو ڕانەگەیەنراوە</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by facility</source>
        <translation>پاڵاوتن بەپێی دامەزراوە</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>پاڵاوتن بەپێی پۆل</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>پاڵاوتن بەپێی دۆخ</translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation>پاڵاوتن بەپێی ڕەگەزنامە</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هەر دۆخێک</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>هەر ڕەگەزنامەیەک</translation>
    </message>
    <message>
        <source>Any facility</source>
        <translation>هەر دامەزراوەیەک</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>هەر پۆلێک</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>پاڵاوتنە پاشەکەوتکراوەکان</translation>
    </message>
    <message>
        <source>Save filters…</source>
        <translation>پاشەکەوتکردنی پاڵاوتنەکان…</translation>
    </message>
    <message>
        <source>Save these filters by name</source>
        <translation>پاشەکەوتکردنی ئەم پاڵاوتنانە بە ناوێک</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>لەبیرکردن</translation>
    </message>
    <message>
        <source>Forget the chosen saved filters</source>
        <translation>لەبیرکردنی پاڵاوتنە پاشەکەوتکراوە هەڵبژێردراوەکان</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>پاڵاوتنە پاشەکەوتکراوەکان…</translation>
    </message>
</context>
<context>
    <name>HeadcountController</name>
    <message>
        <source>Delete headcount</source>
        <translation>سڕینەوەی سەرژمێری</translation>
    </message>
    <message>
        <source>Delete the headcount of %1 (%2)?</source>
        <translation>سەرژمێری %1 (%2) بسڕدرێتەوە؟</translation>
    </message>
    <message>
        <source>Headcount not saved</source>
        <translation>سەرژمێری پاشەکەوت نەکرا</translation>
    </message>
</context>
<context>
    <name>HeadcountDialog</name>
    <message>
        <source>Change headcount</source>
        <translation>گۆڕینی سەرژمێری</translation>
    </message>
    <message>
        <source>Add headcount</source>
        <translation>زیادکردنی سەرژمێری</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;بەروار</translation>
    </message>
    <message>
        <source>Date &amp;known to the</source>
        <translation>بەروار &amp;زانراوە تا</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>&amp;کۆی گشتی</translation>
    </message>
    <message>
        <source>&amp;Reported as</source>
        <translation>&amp;ڕاگەیەنراوە وەک</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation>(سەرچاوەیەک هەڵبژێرە)</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>سەرچاوەی نوێ…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;سەرچاوە</translation>
    </message>
    <message>
        <source>New source &amp;title</source>
        <translation>&amp;ناونیشانی سەرچاوەی نوێ</translation>
    </message>
    <message>
        <source>New source &amp;publisher</source>
        <translation>&amp;بڵاوکەرەوەی سەرچاوەی نوێ</translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt; (leave empty if not reported)</source>
        <translation>&lt;b&gt;بەپێی پۆل&lt;/b&gt; (بەتاڵی بهێڵەوە ئەگەر ڕانەگەیەنرابێت)</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>ژمارەی %1</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;تێبینی</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>HeadcountTableModel</name>
    <message>
        <source>As of</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کۆی گشتی</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>بەپێی پۆل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>وردی</translation>
    </message>
</context>
<context>
    <name>HeldPeopleModel</name>
    <message>
        <source>Case no.</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>ناو (بە عەرەبی)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ڕەگەزنامە</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>دەستبەسەر لە</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration</source>
        <translation>تۆماری دەستکرد بۆ نموونە</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Created</source>
        <translation>دروستکرا</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>گۆڕدرا</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>سڕایەوە</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کات</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کێ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>گۆڕانکاری</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانە</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پێش</translation>
    </message>
    <message>
        <source>After</source>
        <translation>دوای</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(هەموو تۆمارەکە)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>مێژوو</translation>
    </message>
    <message>
        <source>No record is selected.</source>
        <translation>هیچ تۆمارێک دیاری نەکراوە.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>دۆخی مێژوو</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>مێژووی گۆڕانکارییەکان</translation>
    </message>
    <message>
        <source>Changes recorded: %1, newest first.</source>
        <translation>گۆڕانکارییە تۆمارکراوەکان: %1، نوێترین یەکەم.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>هێشتا هیچ گۆڕانکارییەک تۆمار نەکراوە.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>مێژوو بار دەکرێت…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>نەتوانرا مێژوو بخوێندرێتەوە: %1</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 تۆمار هەناردەی %2 کران</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>هەناردن هەڵوەشێنرایەوە؛ هیچ پەڕگەیەک نەنووسرا</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>هەناردن سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <source>no file was written</source>
        <translation>هیچ پەڕگەیەک نەنووسرا</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>هەناردن…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;هاوردەکردن…</translation>
    </message>
    <message>
        <source>Add facilities, cases, decisions or headcounts from a file</source>
        <translation>زیادکردنی دامەزراوە، دۆسیە، بڕیار یان سەرژمێری لە پەڕگەیەکەوە</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;هەناردن…</translation>
    </message>
    <message>
        <source>Write a list as CSV or XLSX</source>
        <translation>نووسینی لیستێک وەک CSV یان XLSX</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>ڕیز</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>کێشەکان</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Facilities</source>
        <translation>دامەزراوەکان</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>دۆسیەکان</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>بڕیارەکانی لێبوردن</translation>
    </message>
    <message>
        <source>Headcounts</source>
        <translation>سەرژمێرییەکان</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>هاوردەکردنی لیستێک</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>لیستەکان (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>چی هاوردە بکرێت</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with the columns that Export writes for the same list.</source>
        <translation>پەڕگەیەکی CSV یان XLSX بەو ستوونانەی هەناردن بۆ هەمان لیست دەینووسێت.</translation>
    </message>
    <message>
        <source>List to import</source>
        <translation>لیستی هاوردەکردن</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>پەڕگەی هاوردەکردن</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation>پەڕگەیەکی ‎.csv‎ یان ‎.xlsx‎ هەڵبژێرە</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>هەڵبژاردن…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>پەڕگەیەک هەڵبژێرە</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;لیست:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;پەڕگە:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>پشکنین</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written.</source>
        <translation>هەموو ڕیزێک پێش نووسینی هەر شتێک دەپشکنرێت.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>ئەنجامی پشکنین</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>پشکنین</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>تەنها ڕیزە کێشەدارەکان پیشان بدە</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>دووبارە پشکنین</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>ڕیزەکانی پەڕگە</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>پشکنینی %1…</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 new, %3 already in the database. Nothing is wrong.</source>
        <translation>%1 ڕیز پشکنران: %2 نوێ، %3 پێشتر لە بنکەدراوەکەدان. هیچ هەڵەیەک نییە.</translation>
    </message>
    <message>
        <source>%1 rows checked: %4 rows have problems. Correct the file and check again; nothing will be imported while any row has a problem.</source>
        <translation>%1 ڕیز پشکنران: %4 ڕیز کێشەیان هەیە. پەڕگەکە ڕاست بکەرەوە و دووبارە بیپشکنە؛ تا هەر ڕیزێک کێشەی هەبێت هیچ شتێک هاوردە ناکرێت.</translation>
    </message>
    <message>
        <source>The file cannot be checked: %1</source>
        <translation>پەڕگەکە ناتوانرێت بپشکنرێت: %1</translation>
    </message>
    <message>
        <source>The check failed (%1).</source>
        <translation>پشکنین سەرکەوتوو نەبوو (%1).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>هاوردەکردن</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>پێشکەوتنی هاوردەکردن</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>هاوردەکردن</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>هەڵوەشاندنەوەی هاوردەکردن</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>هاوردەکردنی %1…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>هەڵوەشاندنەوە… هیچ شتێک نانووسرێت.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 already there.</source>
        <translation>%1 هاوردە کرا: %2 زیادکرا، %3 پێشتر هەبوون.</translation>
    </message>
    <message>
        <source>%1 of the decisions added are proposals: their amnesty needs another reviewer&apos;s approval, which an import does not give: they are on the Waiting for approval page.</source>
        <translation>%1 لە بڕیارە زیادکراوەکان پێشنیارن: لێبوردنەکەیان پەسەندکردنی پێداچوونەوەکەرێکی تری پێویستە، کە هاوردەکردن نایدات: لە پەڕەی «چاوەڕوانی پەسەندکردن»دان.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>هاوردەکردن هەڵوەشێنرایەوە؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>The file changed since it was checked and now has problems; nothing was written. Go back and check it again.</source>
        <translation>پەڕگەکە لەوەتەی پشکنراوە گۆڕاوە و ئێستا کێشەی تێدایە؛ هیچ شتێک نەنووسرا. بگەڕێوە و دووبارە بیپشکنە.</translation>
    </message>
    <message>
        <source>The import failed (%1); nothing was written.</source>
        <translation>هاوردەکردن سەرکەوتوو نەبوو (%1)؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>دواتر</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>تەواوکردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The interface will be in %1 when Case Tracker next starts.</source>
        <translation>زمانی ڕووکار دەبێتە %1 کاتێک Case Tracker جاری داهاتوو دەکرێتەوە.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زمان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Facilities</source>
        <translation>دامەزراوەکان</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>گەڕان: %1</translation>
    </message>
    <message>
        <source>all facilities</source>
        <translation>هەموو دامەزراوەکان</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>هەموو دۆسیەکان</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>دۆسیەکان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>پاشەکەوتی خۆکار پاشەکەوت کرا: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>پاشەکەوتی خۆکار سەرکەوتوو نەبوو: %1</translation>
    </message>
    <message>
        <source>The database cannot be changed: %1</source>
        <translation>ناتوانرێت بنکەدراوە بگۆڕدرێت: %1</translation>
    </message>
    <message>
        <source>Case Tracker</source>
        <translation>Case Tracker</translation>
    </message>
    <message>
        <source>Case Tracker — %1[*]</source>
        <translation>Case Tracker — %1[*]</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>بەشەکان</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>پەڕەکان</translation>
    </message>
    <message>
        <source>Database summary</source>
        <translation>پوختەی بنکەدراوە</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>تۆ کێیت</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>دامەزراوەکان</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>دۆسیەکان</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>لێبوردنەکان</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>ڕاپۆرتەکان</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>چاوەڕوانی پەسەندکردن</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پەڕگە</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;دەستکاری</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;چوون</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ئامرازەکان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;یارمەتی</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;دەرچوون</translation>
    </message>
    <message>
        <source>&amp;About Case Tracker</source>
        <translation>&amp;دەربارەی Case Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Case Tracker %1&lt;/h3&gt;&lt;p&gt;Records of detention facilities, detainees and amnesty decisions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Case Tracker %1&lt;/h3&gt;&lt;p&gt;تۆمارەکانی دامەزراوەکانی دەستبەسەرکردن، دەستبەسەرکراوان و بڕیارەکانی لێبوردن.&lt;/p&gt;&lt;p&gt;بنکەدراوە: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database schema: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;نەخشەی بنکەدراوە: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Case Tracker</source>
        <translation>دەربارەی Case Tracker</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your changes are recorded under your login, %1.</source>
        <translation>گۆڕانکارییەکانت بە ناوی چوونەژوورەوەکەت، %1، تۆمار دەکرێن.</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>چاوەڕوانی پەسەندکردن (%1)</translation>
    </message>
    <message>
        <source>%1 decisions wait for a reviewer&apos;s approval.</source>
        <translation>%1 بڕیار چاوەڕوانی پەسەندکردنی پێداچەرەوەیەکن.</translation>
    </message>
    <message>
        <source>%1 facilities · %2 cases · %3 held</source>
        <translation>%1 دامەزراوە · %2 دۆسیە · %3 دەستبەسەر</translation>
    </message>
    <message>
        <source>Detainee &amp;categories…</source>
        <translation>&amp;پۆلەکانی دەستبەسەرکراوان…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;پاشگەزبوونەوە</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دووبارەکردنەوە</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not a year: {exc}</source>
        <translation>ساڵ نییە: {exc}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>دۆسیە</translation>
    </message>
    <message>
        <source>Not a year: a year is between {low} and {high}</source>
        <translation>ساڵ نییە: ساڵ لە نێوان {low} و {high}دایە</translation>
    </message>
    <message>
        <source>Months: {exc}</source>
        <translation>مانگ: {exc}</translation>
    </message>
    <message>
        <source>Months: at most {months} ({years} years)</source>
        <translation>مانگ: لانیزۆر {months} ({years} ساڵ)</translation>
    </message>
    <message>
        <source>A case number is required</source>
        <translation>ژمارەی دۆسیە پێویستە</translation>
    </message>
    <message>
        <source>At most {case_no_max} characters</source>
        <translation>لانیزۆر {case_no_max} پیت</translation>
    </message>
    <message>
        <source>Use letters, digits and - . / _ only, starting with a letter or digit</source>
        <translation>تەنها پیت و ژمارە و - . / _ بەکاربهێنە، بە پیتێک یان ژمارەیەک دەست پێبکە</translation>
    </message>
    <message>
        <source>A name in Latin letters is required</source>
        <translation>ناوێک بە پیتی لاتینی پێویستە</translation>
    </message>
    <message>
        <source>At most {name_max} characters</source>
        <translation>لانیزۆر {name_max} پیت</translation>
    </message>
    <message>
        <source>Write this name in Latin letters; the Arabic field is below</source>
        <translation>ئەم ناوە بە پیتی لاتینی بنووسە؛ خانەی عەرەبی لە خوارەوەیە</translation>
    </message>
    <message>
        <source>Write this name in Arabic script, or leave it empty</source>
        <translation>ئەم ناوە بە ئەلفوبێی عەرەبی بنووسە، یان بە بەتاڵی جێیبهێڵە</translation>
    </message>
    <message>
        <source>Choose male, female or unknown</source>
        <translation>نێر، مێ یان نەزانراو هەڵبژێرە</translation>
    </message>
    <message>
        <source>Choose a status</source>
        <translation>دۆخێک هەڵبژێرە</translation>
    </message>
    <message>
        <source>A year between {earliest_year} and {year}</source>
        <translation>ساڵێک لە نێوان {earliest_year} و {year}</translation>
    </message>
    <message>
        <source>Two letters (ISO 3166 code, e.g. SY, IQ, FR)</source>
        <translation>دوو پیت (کۆدی ISO 3166، بۆ نموونە SY، IQ، FR)</translation>
    </message>
    <message>
        <source>Must not be in the future</source>
        <translation>نابێت لە داهاتوودا بێت</translation>
    </message>
    <message>
        <source>Before the year of birth</source>
        <translation>پێش ساڵی لەدایکبوون</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>نابێت نەرێنی بێت</translation>
    </message>
    <message>
        <source>At most {sentence_months_max} months ({count} years): check the number</source>
        <translation>لانیزۆر {sentence_months_max} مانگ ({count} ساڵ): ژمارەکە بپشکنە</translation>
    </message>
    <message>
        <source>A date between {year_min} and {year_max}</source>
        <translation>بەروارێک لە نێوان {year_min} و {year_max}</translation>
    </message>
    <message>
        <source>Ends before it starts</source>
        <translation>پێش دەستپێکردنی کۆتایی دێت</translation>
    </message>
    <message>
        <source>A person held is held somewhere: choose a facility</source>
        <translation>کەسی دەستبەسەر لە شوێنێکدا دەستبەسەرە: دامەزراوەیەک هەڵبژێرە</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>دۆسیەی {number}</translation>
    </message>
    <message>
        <source>Only a person who is held can be transferred</source>
        <translation>تەنها کەسی دەستبەسەر دەگوازرێتەوە</translation>
    </message>
    <message>
        <source>Choose the facility to move to</source>
        <translation>ئەو دامەزراوەیە هەڵبژێرە کە بۆی دەگوازرێتەوە</translation>
    </message>
    <message>
        <source>The person is already held there</source>
        <translation>کەسەکە پێشتر لەوێ دەستبەسەرە</translation>
    </message>
    <message>
        <source>A date is required</source>
        <translation>بەروار پێویستە</translation>
    </message>
    <message>
        <source>Before the person was held (since {date})</source>
        <translation>پێش دەستبەسەرکردنی کەسەکە (لە {date}ەوە)</translation>
    </message>
    <message>
        <source>Before the last recorded transfer ({date})</source>
        <translation>پێش دوایین گواستنەوەی تۆمارکراو ({date})</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>ناو پێویستە</translation>
    </message>
    <message>
        <source>Another category here already has this name</source>
        <translation>پۆلێکی تر لێرە هەمان ناوی هەیە</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _ only</source>
        <translation>تەنها پیتی بچووک، ژمارە، - و _</translation>
    </message>
    <message>
        <source>Another category has this code</source>
        <translation>پۆلێکی تر ئەم کۆدەی هەیە</translation>
    </message>
    <message>
        <source>No such category</source>
        <translation>پۆلی وا نییە</translation>
    </message>
    <message>
        <source>A category cannot be moved under itself or one of its own subcategories</source>
        <translation>پۆل ناتوانرێت بخرێتە ژێر خۆی یان یەکێک لە ژێرپۆلەکانی خۆی</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>دەبێت لانیزۆر {limit} پیت بێت</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>پێویستە</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ژمارەیەکی تەواو</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت لە {low} تا {high}</translation>
    </message>
    <message>
        <source>must be a whole number of at least {low}</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت و لانیکەم {low}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت</translation>
    </message>
    <message>
        <source>is not {what}: write it with the digits 0-9 or ٠-٩; {rule}</source>
        <translation>{what} نییە: بە ژمارەکانی 0-9 یان ٠-٩ بینووسە؛ {rule}</translation>
    </message>
    <message>
        <source>a year from {low} to {high}</source>
        <translation>ساڵێک لە {low} تا {high}</translation>
    </message>
    <message>
        <source>must be a date in {years}</source>
        <translation>دەبێت بەروارێک بێت لە {years}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>دەبێت بەروارێک بێت بە شێوەی YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a date and time written YYYY-MM-DD HH:MM:SS</source>
        <translation>دەبێت بەروار و کاتێک بێت بە شێوەی YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>دەبێت یەکێک بێت لە {names}</translation>
    </message>
    <message>
        <source>is required; {rule}</source>
        <translation>پێویستە؛ {rule}</translation>
    </message>
    <message>
        <source>must be yes or no, or empty for unknown</source>
        <translation>دەبێت بەڵێ یان نەخێر بێت، یان بەتاڵ بۆ نەزانراو</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>دەبێت بەڵێ یان نەخێر بێت</translation>
    </message>
    <message>
        <source>must be a two-letter country code (ISO 3166-1), e.g. SY</source>
        <translation>دەبێت کۆدی وڵاتێکی دوو پیتی بێت (ISO 3166-1)، بۆ نموونە SY</translation>
    </message>
    <message>
        <source>must be a fraction such as 1/2</source>
        <translation>دەبێت کەرتێک بێت وەک 1/2</translation>
    </message>
    <message>
        <source>must be a fraction more than 0 and at most 1, such as 1/2</source>
        <translation>دەبێت کەرتێک بێت گەورەتر لە 0 و لانیزۆر 1، وەک 1/2</translation>
    </message>
    <message>
        <source>must be a fraction whose denominator is at most {fraction_denominator_max:,}</source>
        <translation>دەبێت کەرتێک بێت کە پارانەکەی لانیزۆر {fraction_denominator_max:,} بێت</translation>
    </message>
    <message>
        <source>must be category=count pairs separated by &apos;;&apos;, e.g. syrian=120; iraqi=30</source>
        <translation>دەبێت جووتی پۆل=ژمارە بن و بە &apos;;&apos; جیاکرابنەوە، وەک syrian=120; iraqi=30</translation>
    </message>
    <message>
        <source>a count must be at most {headcount_max:,}</source>
        <translation>ژمارەیەک دەبێت لانیزۆر {headcount_max:,} بێت</translation>
    </message>
    <message>
        <source>nationality not recorded</source>
        <translation>ڕەگەزنامە تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>nationality {nat} is not one of {names}</source>
        <translation>ڕەگەزنامەی {nat} یەکێک نییە لە {names}</translation>
    </message>
    <message>
        <source>nationality {nat} is excluded</source>
        <translation>ڕەگەزنامەی {nat} دەرکراوە</translation>
    </message>
    <message>
        <source>category not recorded</source>
        <translation>پۆل تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>category {codes} is not within {names}</source>
        <translation>پۆلی {codes} لەناو {names}دا نییە</translation>
    </message>
    <message>
        <source>category {hit} is excluded</source>
        <translation>پۆلی {hit} دەرکراوە</translation>
    </message>
    <message>
        <source>not recorded whether accused of a violent crime (needs review)</source>
        <translation>تۆمار نەکراوە ئایا بە تاوانێکی توندوتیژی تۆمەتبارە (پێویستی بە پێداچوونەوە هەیە)</translation>
    </message>
    <message>
        <source>accused of a violent crime</source>
        <translation>بە تاوانێکی توندوتیژی تۆمەتبارە</translation>
    </message>
    <message>
        <source>held-since date not recorded</source>
        <translation>بەرواری دەستبەسەرکردن تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>held since {date}, not before {before}</source>
        <translation>لە {date}ەوە دەستبەسەرە، نەک پێش {before}</translation>
    </message>
    <message>
        <source>no sentence recorded</source>
        <translation>هیچ سزایەک تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>sentence of {months} months is outside {range}</source>
        <translation>سزای {months} مانگ لە دەرەوەی {range}ە</translation>
    </message>
    <message>
        <source>ISO codes</source>
        <translation>کۆدەکانی ISO</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>کۆدی ISO</translation>
    </message>
    <message>
        <source>category codes</source>
        <translation>کۆدەکانی پۆل</translation>
    </message>
    <message>
        <source>category code</source>
        <translation>کۆدی پۆل</translation>
    </message>
    <message>
        <source>{low} to {high} months</source>
        <translation>{low} تا {high} مانگ</translation>
    </message>
    <message>
        <source>at least {low} months</source>
        <translation>لانیکەم {low} مانگ</translation>
    </message>
    <message>
        <source>at most {high} months</source>
        <translation>لانیزۆر {high} مانگ</translation>
    </message>
    <message>
        <source>must be a list of {what}</source>
        <translation>دەبێت لیستێک بێت لە {what}</translation>
    </message>
    <message>
        <source>{item!r} is not {what}</source>
        <translation>{item!r} {what} نییە</translation>
    </message>
    <message>
        <source>must be a whole number of months, 0 or more</source>
        <translation>دەبێت ژمارەیەکی تەواوی مانگ بێت، 0 یان زیاتر</translation>
    </message>
    <message>
        <source>not valid JSON: {msg}</source>
        <translation>JSONی دروست نییە: {msg}</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>دەبێت تەنێکی JSON بێت</translation>
    </message>
    <message>
        <source>unknown rule; known: {names}</source>
        <translation>یاسای نەناسراو؛ ناسراوەکان: {names}</translation>
    </message>
    <message>
        <source>both included and excluded: {names}</source>
        <translation>هەم لەخۆگیراوە و هەم دەرکراوە: {names}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>دەبێت true یان false بێت</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>دەبێت بەروارێک بێت YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must not be less than the minimum ({low})</source>
        <translation>نابێت لە کەمترین ({low}) کەمتر بێت</translation>
    </message>
    <message>
        <source>must not be before the amnesty (earliest {date})</source>
        <translation>نابێت پێش لێبوردنەکە بێت (زووترین {date})</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>نابێت لە داهاتوودا بێت</translation>
    </message>
    <message>
        <source>only a reduction takes a fraction</source>
        <translation>تەنها کەمکردنەوە کەرت وەردەگرێت</translation>
    </message>
    <message>
        <source>a reduction must be more than 0 and at most 1</source>
        <translation>کەمکردنەوە دەبێت گەورەتر لە 0 و لانیزۆر 1 بێت</translation>
    </message>
    <message>
        <source>the denominator must be at most {fraction_denominator_max:,}</source>
        <translation>پاران دەبێت لانیزۆر {fraction_denominator_max:,} بێت</translation>
    </message>
    <message>
        <source>is not held (status {status}) and cannot be released</source>
        <translation>دەستبەسەر نییە (دۆخ {status}) و ناتوانرێت ئازاد بکرێت</translation>
    </message>
    <message>
        <source>is not held (status {status}) and cannot have the sentence reduced</source>
        <translation>دەستبەسەر نییە (دۆخ {status}) و سزاکەی ناتوانرێت کەم بکرێتەوە</translation>
    </message>
    <message>
        <source>a reduction needs a sentence, and this person&apos;s sentence length is not recorded</source>
        <translation>کەمکردنەوە پێویستی بە سزایەک هەیە، و ماوەی سزای ئەم کەسە تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>a reduction needs a sentence, and this person&apos;s sentence start date is not recorded</source>
        <translation>کەمکردنەوە پێویستی بە سزایەک هەیە، و بەرواری دەستپێکی سزای ئەم کەسە تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>the proposal gives the person&apos;s status before it as {before}, but it is {status}</source>
        <translation>پێشنیارەکە دۆخی کەسەکە پێش خۆی بە {before} دەدات، بەڵام دۆخەکەی {status}ە</translation>
    </message>
    <message>
        <source>the person {problem}</source>
        <translation>کەسەکە {problem}</translation>
    </message>
    <message>
        <source>a reduction by {fraction} ends this person&apos;s sentence on {expected}, not on {after} as the proposal says</source>
        <translation>کەمکردنەوە بە {fraction} سزای ئەم کەسە لە {expected} کۆتایی پێدەهێنێت، نەک لە {after} وەک پێشنیارەکە دەڵێت</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ڕیزی {row}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>خانەی «{field}»</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>{place} (value {value!r}): {message}</source>
        <translation>{place} (بەها {value!r}): {message}</translation>
    </message>
    <message>
        <source>and {rest:,} more problem(s)</source>
        <translation>و {rest:,} کێشەی تر</translation>
    </message>
    <message>
        <source>{record}: {message}</source>
        <translation>{record}: {message}</translation>
    </message>
    <message>
        <source>no {kind} {ref!r}</source>
        <translation>هیچ {kind}ێکی {ref!r} نییە</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it</source>
        <translation>{record} لەو کاتەوەی کردتەوە کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} شفرەکراوە</translation>
    </message>
    <message>
        <source>this database is encrypted</source>
        <translation>ئەم بنکەدراوەیە شفرەکراوە</translation>
    </message>
    <message>
        <source>{where}: a passphrase is needed</source>
        <translation>{where}: دەستەواژەی نهێنی پێویستە</translation>
    </message>
    <message>
        <source>{needed}; {hint}</source>
        <translation>{needed}؛ {hint}</translation>
    </message>
    <message>
        <source>wrong passphrase for {name} (or not an encrypted Case Tracker file)</source>
        <translation>دەستەواژەی نهێنی بۆ {name} هەڵەیە (یان پەڕگەیەکی شفرەکراوی Case Tracker نییە)</translation>
    </message>
    <message>
        <source>wrong passphrase (or not an encrypted Case Tracker file)</source>
        <translation>دەستەواژەی نهێنی هەڵەیە (یان پەڕگەیەکی شفرەکراوی Case Tracker نییە)</translation>
    </message>
    <message>
        <source>Capacity: {exc}; leave empty if unknown</source>
        <translation>توانا: {exc}؛ ئەگەر نەزانراوە بە بەتاڵی جێیبهێڵە</translation>
    </message>
    <message>
        <source>Capacity: at most {capacity_max:,}</source>
        <translation>توانا: لانیزۆر {capacity_max:,}</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>Another facility inside the same facility is already called this</source>
        <translation>دامەزراوەیەکی تر لەناو هەمان دامەزراوەدا پێشتر ئەم ناوەی هەیە</translation>
    </message>
    <message>
        <source>Another facility at the top level is already called this</source>
        <translation>دامەزراوەیەکی تر لە ئاستی سەرەوە پێشتر ئەم ناوەی هەیە</translation>
    </message>
    <message>
        <source>Choose a kind</source>
        <translation>جۆرێک هەڵبژێرە</translation>
    </message>
    <message>
        <source>Capacity must not be negative</source>
        <translation>توانا نابێت نەرێنی بێت</translation>
    </message>
    <message>
        <source>No such facility to be inside</source>
        <translation>دامەزراوەی وا نییە کە لەناویدا بێت</translation>
    </message>
    <message>
        <source>A facility cannot be inside itself or inside one of its own sections</source>
        <translation>دامەزراوە ناتوانێت لەناو خۆیدا یان لەناو یەکێک لە بەشەکانی خۆیدا بێت</translation>
    </message>
    <message>
        <source>A section must be inside a facility</source>
        <translation>بەش دەبێت لەناو دامەزراوەیەکدا بێت</translation>
    </message>
    <message>
        <source>facility {name!r}</source>
        <translation>دامەزراوەی {name!r}</translation>
    </message>
    <message>
        <source>The date must not be in the future</source>
        <translation>بەروار نابێت لە داهاتوودا بێت</translation>
    </message>
    <message>
        <source>Choose how precise the date is</source>
        <translation>هەڵبژێرە بەروارەکە چەند ورده</translation>
    </message>
    <message>
        <source>A total is required</source>
        <translation>کۆی گشتی پێویستە</translation>
    </message>
    <message>
        <source>The total must not be negative</source>
        <translation>کۆی گشتی نابێت نەرێنی بێت</translation>
    </message>
    <message>
        <source>The total: at most {headcount_max:,}</source>
        <translation>کۆی گشتی: لانیزۆر {headcount_max:,}</translation>
    </message>
    <message>
        <source>Say how the figure was reported</source>
        <translation>بڵێ ژمارەکە چۆن ڕاگەیەنرا</translation>
    </message>
    <message>
        <source>A new source needs a title</source>
        <translation>سەرچاوەیەکی نوێ پێویستی بە ناونیشانێک هەیە</translation>
    </message>
    <message>
        <source>Every headcount needs a source</source>
        <translation>هەموو سەرژمێرییەک پێویستی بە سەرچاوەیەک هەیە</translation>
    </message>
    <message>
        <source>This category is counted twice</source>
        <translation>ئەم پۆلە دوو جار ژمێردراوە</translation>
    </message>
    <message>
        <source>A count must not be negative</source>
        <translation>ژمارە نابێت نەرێنی بێت</translation>
    </message>
    <message>
        <source>A count: at most {headcount_max:,}</source>
        <translation>ژمارە: لانیزۆر {headcount_max:,}</translation>
    </message>
    <message>
        <source>A category cannot count more than the total</source>
        <translation>پۆل ناتوانێت لە کۆی گشتی زیاتر بژمێرێت</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>سەرژمێری</translation>
    </message>
    <message>
        <source>1 person is still held there. Transfer or release them first.</source>
        <translation>هێشتا کەسێک لەوێ دەستبەسەرە. سەرەتا بیگوازەرەوە یان ئازادی بکە.</translation>
    </message>
    <message>
        <source>{count:,} people are still held there. Transfer or release them first.</source>
        <translation>هێشتا {count:,} کەس لەوێ دەستبەسەرن. سەرەتا بیانگوازەرەوە یان ئازادیان بکە.</translation>
    </message>
    <message>
        <source>it still has sections ({shown}). Delete or move them first.</source>
        <translation>هێشتا بەشی هەیە ({shown}). سەرەتا بیانسڕەوە یان بیانگوازەرەوە.</translation>
    </message>
    <message>
        <source>1 case or transfer record names it (people released or moved from there). Their history would be lost; set the facility&apos;s status to closed instead.</source>
        <translation>تۆمارێکی دۆسیە یان گواستنەوە ناوی دەهێنێت (کەسانێک کە لەوێوە ئازادکران یان گوازرانەوە). مێژووەکەیان لەدەست دەچێت؛ لەبری ئەوە دۆخی دامەزراوەکە بکە بە داخراو.</translation>
    </message>
    <message>
        <source>{count:,} case and transfer records name it (people released or moved from there). Their history would be lost; set the facility&apos;s status to closed instead.</source>
        <translation>{count:,} تۆماری دۆسیە و گواستنەوە ناوی دەهێنن (کەسانێک کە لەوێوە ئازادکران یان گوازرانەوە). مێژووەکەیان لەدەست دەچێت؛ لەبری ئەوە دۆخی دامەزراوەکە بکە بە داخراو.</translation>
    </message>
    <message>
        <source>withheld: personal data</source>
        <translation>شاردراوە: زانیاریی کەسی</translation>
    </message>
    <message>
        <source>must be letters, digits and - . / _ only, starting with a letter or digit</source>
        <translation>دەبێت تەنها پیت و ژمارە و - . / _ بێت، بە پیتێک یان ژمارەیەک دەست پێبکات</translation>
    </message>
    <message>
        <source>must be at most {case_no_max} characters</source>
        <translation>دەبێت لانیزۆر {case_no_max} پیت بێت</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>ساڵ</translation>
    </message>
    <message>
        <source>is not a column of the {kind} list; its columns are: {columns}</source>
        <translation>ستوونێکی لیستی {kind} نییە؛ ستوونەکانی: {columns}</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>دوو جار لە سەرپەڕەدا دەردەکەوێت</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>ستوونێکی پێویست نییە</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>ستوونی {number}</translation>
    </message>
    <message>
        <source>the row has {count} cells but the header has {width} (a short or cut row)</source>
        <translation>ڕیزەکە {count} خانەی هەیە بەڵام سەرپەڕەکە {width} (ڕیزێکی کورت یان بڕاو)</translation>
    </message>
    <message>
        <source>the row has {count} cells but the header has {width}: a value beyond the last column</source>
        <translation>ڕیزەکە {count} خانەی هەیە بەڵام سەرپەڕەکە {width}: بەهایەک دوای دوایین ستوون</translation>
    </message>
    <message>
        <source>must not be before sentence_start</source>
        <translation>نابێت پێش sentence_start بێت</translation>
    </message>
    <message>
        <source>is required with facility_parent</source>
        <translation>لەگەڵ facility_parent پێویستە</translation>
    </message>
    <message>
        <source>must be written in Latin letters (the Arabic name has a column of its own)</source>
        <translation>دەبێت بە پیتی لاتینی بنووسرێت (ناوی عەرەبی ستوونێکی تایبەتی خۆی هەیە)</translation>
    </message>
    <message>
        <source>must be written in Arabic script, or left empty</source>
        <translation>دەبێت بە ڕێنووسی عەرەبی بنووسرێت، یان بە بەتاڵی بهێڵدرێتەوە</translation>
    </message>
    <message>
        <source>is required when the outcome is reduced</source>
        <translation>کاتێک ئەنجام reduced بێت پێویستە</translation>
    </message>
    <message>
        <source>is given only when the outcome is reduced</source>
        <translation>تەنها کاتێک دەدرێت کە ئەنجام reduced بێت</translation>
    </message>
    <message>
        <source>revoked_at and revoked_by are given together or not at all</source>
        <translation>revoked_at و revoked_by پێکەوە دەدرێن یان هەرگیز نادرێن</translation>
    </message>
    <message>
        <source>must not hold invisible control or direction characters: they hide or reorder what the name shows</source>
        <translation>نابێت پیتی کۆنترۆڵ یان ئاراستەی نادیاری تێدا بێت: ئەوانە ئەوەی ناوەکە پیشانی دەدات دەشارنەوە یان ڕیزبەندییەکەی دەگۆڕن</translation>
    </message>
    <message>
        <source>file</source>
        <translation>پەڕگە</translation>
    </message>
    <message>
        <source>{where}, column {column}: {message}</source>
        <translation>{where}، ستوونی {column}: {message}</translation>
    </message>
    <message>
        <source>{where}, column {column}, value {value!r}: {message}</source>
        <translation>{where}، ستوونی {column}، بەها {value!r}: {message}</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>ژمارەیەک پێویستە</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>نابێت نەرێنی بێت</translation>
    </message>
    <message>
        <source>not a whole number: {name!r}</source>
        <translation>ژمارەیەکی تەواو نییە: {name!r}</translation>
    </message>
    <message>
        <source>not a whole number: more than {digits_max} digits</source>
        <translation>ژمارەیەکی تەواو نییە: زیاتر لە {digits_max} ژمارە</translation>
    </message>
    <message>
        <source>{text}… ({count:,} more characters)</source>
        <translation>{text}… ({count:,} پیتی تر)</translation>
    </message>
    <message>
        <source>no role {text!r}; the roles are {names}</source>
        <translation>ڕۆڵی {text!r} نییە؛ ڕۆڵەکان ئەمانەن: {names}</translation>
    </message>
    <message>
        <source>Your login has no Case Tracker role here and may not {permission} (the {least} role may)</source>
        <translation>چوونەژوورەوەکەت لێرە هیچ ڕۆڵێکی Case Trackerی نییە و ناتوانێت: {permission} (ڕۆڵی {least} دەتوانێت)</translation>
    </message>
    <message>
        <source>Your role, {role}, may not {permission} (the {least} role may)</source>
        <translation>ڕۆڵەکەت ({role}) ناتوانێت: {permission} (ڕۆڵی {least} دەتوانێت)</translation>
    </message>
    <message>
        <source>{names} cannot need approval; choose among {allowed}</source>
        <translation>{names} ناتوانێت پێویستی بە پەسەندکردن بێت؛ لە نێوان {allowed} هەڵبژێرە</translation>
    </message>
    <message>
        <source>Your role, {role}, may not approve decisions (the reviewer role may)</source>
        <translation>ڕۆڵەکەت ({role}) ناتوانێت بڕیارەکان پەسەند بکات (ڕۆڵی پێداچەرەوە دەتوانێت)</translation>
    </message>
    <message>
        <source>the decision was revoked; only a proposal can be approved</source>
        <translation>بڕیارەکە هەڵوەشێنرایەوە؛ تەنها پێشنیارێک پەسەند دەکرێت</translation>
    </message>
    <message>
        <source>the decision is already {state}; only a proposal can be approved or rejected</source>
        <translation>بڕیارەکە پێشتر {state}ە؛ تەنها پێشنیارێک پەسەند یان ڕەت دەکرێتەوە</translation>
    </message>
    <message>
        <source>Decisions you proposed must be approved by another reviewer</source>
        <translation>ئەو بڕیارانەی تۆ پێشنیارت کردوون دەبێت پێداچەرەوەیەکی تر پەسەندیان بکات</translation>
    </message>
    <message>
        <source>a reduction is a fraction greater than 0 and at most 1</source>
        <translation>کەمکردنەوە کەرتێکە گەورەتر لە 0 و لانیزۆر 1</translation>
    </message>
    <message>
        <source>not a fraction: {text!r}</source>
        <translation>کەرت نییە: {text!r}</translation>
    </message>
    <message>
        <source>a reduction must be more than 0 and at most 1, not {text}</source>
        <translation>کەمکردنەوە دەبێت گەورەتر لە 0 و لانیزۆر 1 بێت، نەک {text}</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>ناونیشانێک پێویستە</translation>
    </message>
    <message>
        <source>another amnesty has this title</source>
        <translation>لێبوردنێکی تر ئەم ناونیشانەی هەیە</translation>
    </message>
    <message>
        <source>the date of issue is required</source>
        <translation>بەرواری دەرچوون پێویستە</translation>
    </message>
    <message>
        <source>amnesty {name!r}</source>
        <translation>لێبوردنی {name!r}</translation>
    </message>
    <message>
        <source>and {count} more people</source>
        <translation>و {count} کەسی تر</translation>
    </message>
    <message>
        <source>nobody is chosen</source>
        <translation>کەس هەڵنەبژێردراوە</translation>
    </message>
    <message>
        <source>amnesty {title!r}</source>
        <translation>لێبوردنی {title!r}</translation>
    </message>
    <message>
        <source>amnesty {amnesty_id}</source>
        <translation>لێبوردنی {amnesty_id}</translation>
    </message>
    <message>
        <source>is now {status}, no longer held as when the release was proposed</source>
        <translation>ئێستا {status}ە، چیتر دەستبەسەر نییە وەک کاتی پێشنیارکردنی ئازادکردن</translation>
    </message>
    <message>
        <source>the sentence end is now not recorded, not as when the reduction was proposed</source>
        <translation>کۆتایی سزا ئێستا تۆمار نەکراوە، وەک کاتی پێشنیارکردنی کەمکردنەوە نییە</translation>
    </message>
    <message>
        <source>the sentence end is now {date}, not as when the reduction was proposed</source>
        <translation>کۆتایی سزا ئێستا {date}ە، وەک کاتی پێشنیارکردنی کەمکردنەوە نییە</translation>
    </message>
    <message>
        <source>decision {decision_id}</source>
        <translation>بڕیاری {decision_id}</translation>
    </message>
    <message>
        <source>the person {problem}; reject the proposal instead</source>
        <translation>کەسەکە {problem}؛ لەبری ئەوە پێشنیارەکە ڕەت بکەرەوە</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>ڕەتکردنەوە پێویستی بە هۆکارێک هەیە</translation>
    </message>
    <message>
        <source>case {case_no}: {warning}</source>
        <translation>دۆسیەی {case_no}: {warning}</translation>
    </message>
    <message>
        <source>proposed batch {batch_id}</source>
        <translation>کۆمەڵەی پێشنیارکراوی {batch_id}</translation>
    </message>
    <message>
        <source>the batch is already {state}; only proposals can be approved or rejected</source>
        <translation>کۆمەڵەکە پێشتر {state}ە؛ تەنها پێشنیارەکان پەسەند یان ڕەت دەکرێنەوە</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>و {count}ی تر</translation>
    </message>
    <message>
        <source>{name} is a server database: back it up with the server&apos;s own tools (pg_dump, and pg_restore or psql to restore); Case Tracker copies SQLite files only</source>
        <translation>{name} بنکەدراوەیەکی ڕاژەکارە: بە ئامرازەکانی خودی ڕاژەکار یەدەگی بگرە (pg_dump، و pg_restore یان psql بۆ گەڕاندنەوە)؛ Case Tracker تەنها پەڕگەی SQLite لەبەردەگرێتەوە</translation>
    </message>
    <message>
        <source>the file already exists; nothing was written</source>
        <translation>پەڕگەکە پێشتر هەیە؛ هیچ نەنووسرا</translation>
    </message>
    <message>
        <source>a backup cannot replace the database itself</source>
        <translation>یەدەگ ناتوانێت شوێنی خودی بنکەدراوەکە بگرێتەوە</translation>
    </message>
    <message>
        <source>cannot write the backup to {destination}: {strerror}; nothing was written</source>
        <translation>ناتوانرێت یەدەگ بنووسرێت لە {destination}: {strerror}؛ هیچ نەنووسرا</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>بنکەدراوەکە</translation>
    </message>
    <message>
        <source>restore takes plain SQLite files only, not encrypted ones</source>
        <translation>گەڕاندنەوە تەنها پەڕگەی SQLiteی ئاسایی وەردەگرێت، نەک شفرەکراو</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>یەدەگەکە خودی بنکەدراوەکەیە</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problems}. Nothing was replaced.</source>
        <translation>{name} ناگەڕێندرێتەوە: {problems}. هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <source>restore failed: {strerror}; nothing was replaced</source>
        <translation>گەڕاندنەوە سەرکەوتوو نەبوو: {strerror}؛ هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>هیچ بنکەدراوەیەک لە {path} نییە</translation>
    </message>
    <message>
        <source>no such case</source>
        <translation>دۆسیەی وا نییە</translation>
    </message>
    <message>
        <source>already has a decision under this amnesty</source>
        <translation>پێشتر بڕیارێکی هەیە لەژێر ئەم لێبوردنەدا</translation>
    </message>
    <message>
        <source>the amnesty&apos;s rules do not select this person (decide one by one)</source>
        <translation>یاساکانی لێبوردن ئەم کەسە هەڵنابژێرن (یەک بە یەک بڕیار بدە)</translation>
    </message>
    <message>
        <source>is not held (status {status})</source>
        <translation>دەستبەسەر نییە (دۆخ {status})</translation>
    </message>
    <message>
        <source>No such facility</source>
        <translation>دامەزراوەی وا نییە</translation>
    </message>
    <message>
        <source>case {case_no}</source>
        <translation>دۆسیەی {case_no}</translation>
    </message>
    <message>
        <source>Another case has this number</source>
        <translation>دۆسیەیەکی تر ئەم ژمارەیەی هەیە</translation>
    </message>
    <message>
        <source>Use Transfer to move a person: it records where they were</source>
        <translation>گواستنەوە بەکاربهێنە بۆ گواستنەوەی کەسێک: تۆمار دەکات لە کوێ بووە</translation>
    </message>
    <message>
        <source>category {name!r}</source>
        <translation>پۆلی {name!r}</translation>
    </message>
    <message>
        <source>{count:,} people</source>
        <translation>{count:,} کەس</translation>
    </message>
    <message>
        <source>{count:,} headcount parts</source>
        <translation>{count:,} بەشی سەرژمێری</translation>
    </message>
    <message>
        <source>{count:,} reported totals</source>
        <translation>{count:,} کۆی ڕاگەیەنراو</translation>
    </message>
    <message>
        <source>{count:,} subcategories</source>
        <translation>{count:,} ژێرپۆل</translation>
    </message>
    <message>
        <source>in use by {names}; not deleted</source>
        <translation>لەلایەن {names}ەوە بەکاردێت؛ نەسڕدرایەوە</translation>
    </message>
    <message>
        <source>changed by someone else since you opened it</source>
        <translation>لەو کاتەوەی کردتەوە کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <source>Your login may not change {what} (the database refused it)</source>
        <translation>چوونەژوورەوەکەت ناتوانێت {what} بگۆڕێت (بنکەدراوەکە ڕەتی کردەوە)</translation>
    </message>
    <message>
        <source>{display_name} is not a Case Tracker database (or it is encrypted)</source>
        <translation>{display_name} بنکەدراوەی Case Tracker نییە (یان شفرەکراوە)</translation>
    </message>
    <message>
        <source>cannot open {display_name}: {message}</source>
        <translation>ناتوانرێت {display_name} بکرێتەوە: {message}</translation>
    </message>
    <message>
        <source>schema {revision}</source>
        <translation>سکیمای {revision}</translation>
    </message>
    <message>
        <source>schema {before} → {after}</source>
        <translation>سکیمای {before} ← {after}</translation>
    </message>
    <message>
        <source>moved {source} into {target} as {login} ({schema}), in one transaction:</source>
        <translation>{source} وەک {login} ({schema}) لە یەک مامەڵەدا گوازرایەوە بۆ {target}:</translation>
    </message>
    <message>
        <source>the schema, with the server&apos;s roles, grants and triggers (it had no tables)</source>
        <translation>سکیماکە، لەگەڵ ڕۆڵ و مۆڵەت و تریگەرەکانی ڕاژەکار (هیچ خشتەیەکی نەبوو)</translation>
    </message>
    <message>
        <source>{count:,} {kind}</source>
        <translation>{count:,} {kind}</translation>
    </message>
    <message>
        <source>done in {seconds:,.1f} s</source>
        <translation>لە {seconds:,.1f} چرکەدا تەواو بوو</translation>
    </message>
    <message>
        <source>the file&apos;s accounts are not server logins and were not made into any (the history keeps which role each had):</source>
        <translation>هەژمارەکانی پەڕگەکە چوونەژوورەوەی ڕاژەکار نین و هیچیان لێ دروست نەکرا (مێژوو ڕۆڵی هەر یەکێکیان دەپارێزێت):</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>بێ ڕۆڵ</translation>
    </message>
    <message>
        <source>{login}: {role} (disabled)</source>
        <translation>{login}: {role} (ناچالاک)</translation>
    </message>
    <message>
        <source>{login}: {role}</source>
        <translation>{login}: {role}</translation>
    </message>
    <message>
        <source>{login}: not a valid login name on a server; choose another for them</source>
        <translation>{login}: ناوی چوونەژوورەوەی دروست نییە لەسەر ڕاژەکار؛ ناوێکی تری بۆ هەڵبژێرە</translation>
    </message>
    <message>
        <source>to let them work on the server, its owner or an administrator creates their logins, each with a password read from standard input:</source>
        <translation>بۆ ئەوەی لەسەر ڕاژەکار کار بکەن، خاوەنەکەی یان بەڕێوەبەرێک چوونەژوورەوەیان بۆ دروست دەکات، هەر یەکە بە وشەی نهێنییەک کە لە تێخستنی ستاندارد دەخوێندرێتەوە:</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>بەتاڵە</translation>
    </message>
    <message>
        <source>has at most {max} characters</source>
        <translation>زۆرترین {max} پیت دەگرێت</translation>
    </message>
    <message>
        <source>holds invisible control or direction characters</source>
        <translation>پیتی کۆنترۆڵ یان ئاڕاستەی نادیاری تێدایە</translation>
    </message>
    <message>
        <source>holds spaces other than single spaces between words</source>
        <translation>بۆشایی تێدایە جگە لە یەک بۆشایی لە نێوان وشەکاندا</translation>
    </message>
    <message>
        <source>holds compatibility forms (such as fullwidth letters): a look-alike of another name</source>
        <translation>شێوەی گونجاندنی تێدایە (وەک پیتی پانی تەواو): لە ناوێکی تر دەچێت</translation>
    </message>
    <message>
        <source>holds the character {ch!r}, which no account name has</source>
        <translation>پیتی {ch!r}ی تێدایە، کە لە هیچ ناوی هەژمارێکدا نییە</translation>
    </message>
    <message>
        <source>mixes scripts ({scripts}): a letter of one can pass for another&apos;s</source>
        <translation>ئەلفوبێکان تێکەڵ دەکات ({scripts}): پیتێکی یەکێکیان دەکرێت وەک هی ئەوی تر دەربکەوێت</translation>
    </message>
    <message>
        <source>mixes digits of two systems: one can pass for another</source>
        <translation>ژمارەی دوو سیستەم تێکەڵ دەکات: یەکێکیان دەکرێت وەک ئەوی تر دەربکەوێت</translation>
    </message>
    <message>
        <source>has no letter or digit</source>
        <translation>هیچ پیت یان ژمارەیەکی تێدا نییە</translation>
    </message>
    <message>
        <source>the approval settings were changed by someone else since you opened them; nothing was saved. Open them again to see their changes</source>
        <translation>لەو کاتەوەی ڕێکخستنەکانی پەسەندکردنت کردەوە کەسێکی تر گۆڕیونی؛ هیچ پاشەکەوت نەکرا. دووبارە بیانکەرەوە بۆ ئەوەی گۆڕانکارییەکانی ببینیت</translation>
    </message>
    <message>
        <source>the sentence or a pending decision changed since the list was reviewed; review the list again</source>
        <translation>لەو کاتەوەی لیستەکە پێداچوونەوەی بۆ کرا سزاکە یان بڕیارێکی هەڵپەسێردراو گۆڕا؛ دووبارە پێداچوونەوە بە لیستەکەدا بکە</translation>
    </message>
    <message>
        <source>the save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>cannot create {path}: {strerror}</source>
        <translation>ناتوانرێت {path} دروست بکرێت: {strerror}</translation>
    </message>
    <message>
        <source>{display_name} is an empty database</source>
        <translation>{display_name} بنکەدراوەیەکی بەتاڵە</translation>
    </message>
    <message>
        <source>cannot create {path}: {value}; nothing was created</source>
        <translation>ناتوانرێت {path} دروست بکرێت: {value}؛ هیچ دروست نەکرا</translation>
    </message>
    <message>
        <source>creating {path}</source>
        <translation>دروستکردنی {path}</translation>
    </message>
    <message>
        <source>the database or its folder is read-only; it cannot be changed here</source>
        <translation>بنکەدراوەکە یان بوخچەکەی تەنها-خوێندنەوەیە؛ لێرە ناگۆڕدرێت</translation>
    </message>
    <message>
        <source>cannot open {display_name} to change it: {read_only}</source>
        <translation>ناتوانرێت {display_name} بۆ گۆڕین بکرێتەوە: {read_only}</translation>
    </message>
    <message>
        <source>cannot read {display_name}: {orig}</source>
        <translation>ناتوانرێت {display_name} بخوێندرێتەوە: {orig}</translation>
    </message>
    <message>
        <source>{display_name} was written by an older version of Case Tracker and must be upgraded before it is read, but the database or its folder is read-only; open it once where it can be written</source>
        <translation>{display_name} بە وەشانێکی کۆنتری Case Tracker نووسراوە و دەبێت پێش خوێندنەوە نوێ بکرێتەوە، بەڵام بنکەدراوەکە یان بوخچەکەی تەنها-خوێندنەوەیە؛ جارێک لە شوێنێک بیکەرەوە کە بتوانرێت تێیدا بنووسرێت</translation>
    </message>
    <message>
        <source>must be at least {min_passphrase_length} characters long</source>
        <translation>دەبێت لانیکەم {min_passphrase_length} پیت درێژ بێت</translation>
    </message>
    <message>
        <source>new encrypted database</source>
        <translation>بنکەدراوەیەکی شفرەکراوی نوێ</translation>
    </message>
    <message>
        <source>a database already exists there; init creates new ones only</source>
        <translation>پێشتر بنکەدراوەیەک لەوێ هەیە؛ init تەنها نوێ دروست دەکات</translation>
    </message>
    <message>
        <source>the server database is not empty</source>
        <translation>بنکەدراوەی ڕاژەکار بەتاڵ نییە</translation>
    </message>
    <message>
        <source>--cases must be at least 1, not {count}</source>
        <translation>--cases دەبێت لانیکەم 1 بێت، نەک {count}</translation>
    </message>
    <message>
        <source>--cases must be at most {demo_cases_max:,}, not {count:,}</source>
        <translation>--cases دەبێت لانیزۆر {demo_cases_max:,} بێت، نەک {count:,}</translation>
    </message>
    <message>
        <source>adding {count:,} synthetic cases</source>
        <translation>زیادکردنی {count:,} دۆسیەی دەستکرد</translation>
    </message>
    <message>
        <source>decision {id} ({outcome}, case {case_no})</source>
        <translation>بڕیاری {id} ({outcome}، دۆسیەی {case_no})</translation>
    </message>
    <message>
        <source>{what} was not recorded: the database refused the write ({reason}); nothing was written. Try again; if it repeats, someone else may be writing to it.</source>
        <translation>{what} تۆمار نەکرا: بنکەدراوەکە نووسینی ڕەتکردەوە ({reason})؛ هیچ نەنووسرا. دووبارە هەوڵ بدەرەوە؛ ئەگەر دووبارە بووەوە، لەوانەیە کەسێکی تر تێیدا بنووسێت.</translation>
    </message>
    <message>
        <source>the amnesty&apos;s stored rules are not valid ({exc}); correct them first</source>
        <translation>یاسا پاشەکەوتکراوەکانی لێبوردن دروست نین ({exc})؛ سەرەتا ڕاستیان بکەرەوە</translation>
    </message>
    <message>
        <source>already has a proposed decision under this amnesty ({outcome}, decision {id}, proposed by {proposed_by}), waiting for approval; it must be approved or rejected first</source>
        <translation>پێشتر بڕیارێکی پێشنیارکراوی هەیە لەژێر ئەم لێبوردنەدا ({outcome}، بڕیاری {id}، پێشنیارکراو لەلایەن {proposed_by}) و چاوەڕێی پەسەندکردنە؛ دەبێت سەرەتا پەسەند یان ڕەت بکرێتەوە</translation>
    </message>
    <message>
        <source>already has a decision under this amnesty ({outcome} on {date}, decision {id}); revoke it first to decide again</source>
        <translation>پێشتر بڕیارێکی هەیە لەژێر ئەم لێبوردنەدا ({outcome} لە {date}، بڕیاری {id})؛ بۆ دووبارە بڕیاردان سەرەتا هەڵیبوەشێنەرەوە</translation>
    </message>
    <message>
        <source>the amnesty&apos;s criteria exclude this person ({exclusions}): to decide anyway, give the reason for the override</source>
        <translation>پێوەرەکانی لێبوردن ئەم کەسە دەردەکەن ({exclusions}): بۆ ئەوەی هەر بڕیار بدەیت، هۆکاری تێپەڕاندن بنووسە</translation>
    </message>
    <message>
        <source>case {case_no} under amnesty {amnesty_title!r}</source>
        <translation>دۆسیەی {case_no} لەژێر لێبوردنی {amnesty_title!r}</translation>
    </message>
    <message>
        <source>the person or their decisions under this amnesty changed since the preview was shown; nothing was written. Check the new preview and save again</source>
        <translation>لەو کاتەوەی پێشبینینەکە پیشان درا کەسەکە یان بڕیارەکانی لەم لێبوردنەدا گۆڕان؛ هیچ نەنووسرا. پێشبینینە نوێیەکە بپشکنە و دووبارە پاشەکەوتی بکە</translation>
    </message>
    <message>
        <source>someone else recorded a decision for this person under this amnesty meanwhile; nothing was written</source>
        <translation>لەم نێوەدا کەسێکی تر بڕیارێکی بۆ ئەم کەسە لەژێر ئەم لێبوردنەدا تۆمار کرد؛ هیچ نەنووسرا</translation>
    </message>
    <message>
        <source>no list named {kind!r}; one of: {names}</source>
        <translation>هیچ لیستێک بە ناوی {kind!r} نییە؛ یەکێک لە: {names}</translation>
    </message>
    <message>
        <source>cannot write the file: {strerror}</source>
        <translation>ناتوانرێت پەڕگەکە بنووسرێت: {strerror}</translation>
    </message>
    <message>
        <source>cannot write the file: {value}; nothing was written</source>
        <translation>ناتوانرێت پەڕگەکە بنووسرێت: {value}؛ هیچ نەنووسرا</translation>
    </message>
    <message>
        <source>Another facility here is already called this</source>
        <translation>دامەزراوەیەکی تر لێرە پێشتر ئەم ناوەی هەیە</translation>
    </message>
    <message>
        <source>No such source</source>
        <translation>سەرچاوەی وا نییە</translation>
    </message>
    <message>
        <source>This facility already has a headcount from this source on this date: change that one instead</source>
        <translation>ئەم دامەزراوەیە پێشتر سەرژمێرییەکی لەم سەرچاوەیە لەم بەروارەدا هەیە: لە جیاتی ئەوە هەمان سەرژمێری بگۆڕە</translation>
    </message>
    <message>
        <source>headcount of {date}</source>
        <translation>سەرژمێری {date}</translation>
    </message>
    <message>
        <source>on a server database the identity is the login; it cannot be chosen</source>
        <translation>لە بنکەدراوەی ڕاژەکاردا ناسنامە چوونەژوورەوەکەیە؛ هەڵنابژێردرێت</translation>
    </message>
    <message>
        <source>a display name has at most {max_name} characters</source>
        <translation>ناوی پیشاندان لانیزۆر {max_name} پیتە</translation>
    </message>
    <message>
        <source>no facility with this name under {parent}</source>
        <translation>هیچ دامەزراوەیەک بەم ناوە لەژێر {parent} نییە</translation>
    </message>
    <message>
        <source>no facility with this name at the top level</source>
        <translation>هیچ دامەزراوەیەک بەم ناوە لە ئاستی سەرەوە نییە</translation>
    </message>
    <message>
        <source>more than one facility has this name under {parent}</source>
        <translation>زیاتر لە دامەزراوەیەک ئەم ناوەیان هەیە لەژێر {parent}</translation>
    </message>
    <message>
        <source>more than one facility has this name at the top level</source>
        <translation>زیاتر لە دامەزراوەیەک ئەم ناوەیان هەیە لە ئاستی سەرەوە</translation>
    </message>
    <message>
        <source>appears twice in the file (also row {row})</source>
        <translation>دوو جار لە پەڕگەکەدا دەردەکەوێت (ڕیزی {row}یش)</translation>
    </message>
    <message>
        <source>a case with this number already exists with other values; import adds records and never changes them</source>
        <translation>دۆسیەیەک بەم ژمارەیە بە بەهای تر پێشتر هەیە؛ هاوردەکردن تۆمار زیاد دەکات و هەرگیز نایانگۆڕێت</translation>
    </message>
    <message>
        <source>no category with this code</source>
        <translation>هیچ پۆلێک بەم کۆدە نییە</translation>
    </message>
    <message>
        <source>a facility with this name and parent already exists with other values; import adds records and never changes them</source>
        <translation>دامەزراوەیەک بەم ناو و سەرچاوەیە بە بەهای تر پێشتر هەیە؛ هاوردەکردن تۆمار زیاد دەکات و هەرگیز نایانگۆڕێت</translation>
    </message>
    <message>
        <source>no facility with this name, in the database or the file</source>
        <translation>هیچ دامەزراوەیەک بەم ناوە نییە، نە لە بنکەدراوەکەدا و نە لە پەڕگەکەدا</translation>
    </message>
    <message>
        <source>more than one facility has this name</source>
        <translation>زیاتر لە دامەزراوەیەک ئەم ناوەیان هەیە</translation>
    </message>
    <message>
        <source>the parents of these rows form a loop</source>
        <translation>سەرچاوەکانی ئەم ڕیزانە بازنەیەک پێکدەهێنن</translation>
    </message>
    <message>
        <source>no amnesty with this title</source>
        <translation>هیچ لێبوردنێک بەم ناونیشانە نییە</translation>
    </message>
    <message>
        <source>no case with this number (import the cases first)</source>
        <translation>هیچ دۆسیەیەک بەم ژمارەیە نییە (سەرەتا دۆسیەکان هاوردە بکە)</translation>
    </message>
    <message>
        <source>this person already has a final decision under this amnesty</source>
        <translation>ئەم کەسە پێشتر بڕیارێکی کۆتایی لەژێر ئەم لێبوردنەدا هەیە</translation>
    </message>
    <message>
        <source>a second final decision for this person and amnesty (also row {row})</source>
        <translation>بڕیارێکی کۆتایی دووەم بۆ ئەم کەسە و لێبوردنە (ڕیزی {row}یش)</translation>
    </message>
    <message>
        <source>is required for a source code new to the database</source>
        <translation>بۆ کۆدی سەرچاوەیەکی نوێ لە بنکەدراوەکەدا پێویستە</translation>
    </message>
    <message>
        <source>the same headcount appears twice (also row {row})</source>
        <translation>هەمان سەرژمێری دوو جار دەردەکەوێت (ڕیزی {row}یش)</translation>
    </message>
    <message>
        <source>a headcount of this facility from this source on this date already exists with other values; import adds records and never changes them</source>
        <translation>سەرژمێرییەکی ئەم دامەزراوەیە لەم سەرچاوەیە لەم بەروارەدا بە بەهای تر پێشتر هەیە؛ هاوردەکردن تۆمار زیاد دەکات و هەرگیز نایانگۆڕێت</translation>
    </message>
    <message>
        <source>cannot import {name!r}; the lists that can be imported: {importable}</source>
        <translation>ناتوانرێت {name!r} هاوردە بکرێت؛ ئەو لیستانەی هاوردە دەکرێن: {importable}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>checking {name}</source>
        <translation>پشکنینی {name}</translation>
    </message>
    <message>
        <source>import of {name}</source>
        <translation>هاوردەکردنی {name}</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>headcounts</source>
        <translation>سەرژمێری</translation>
    </message>
    <message>
        <source>headcounts by category</source>
        <translation>سەرژمێری بەپێی پۆل</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>دۆسیە</translation>
    </message>
    <message>
        <source>search words</source>
        <translation>وشەی گەڕان</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>گواستنەوە</translation>
    </message>
    <message>
        <source>amnesties</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>بڕیار</translation>
    </message>
    <message>
        <source>reported totals</source>
        <translation>کۆی ڕاگەیەندراو</translation>
    </message>
    <message>
        <source>history rows</source>
        <translation>ڕیزی مێژوو</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ڕێکخستن</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>هەژمار</translation>
    </message>
    <message>
        <source>{name} is encrypted, or is not an SQLite file at all: moving an encrypted backup to a server is not supported yet. Nothing was written.</source>
        <translation>{name} شفرەکراوە، یان هەر پەڕگەی SQLite نییە: گواستنەوەی یەدەگێکی شفرەکراو بۆ ڕاژەکار هێشتا پشتگیری ناکرێت. هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>{name} cannot be moved to the server: {problems}. Nothing was written.</source>
        <translation>{name} ناتوانرێت بگوازرێتەوە بۆ ڕاژەکار: {problems}. هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>{name} cannot be moved to the server: {why}. Nothing was written.</source>
        <translation>{name} ناتوانرێت بگوازرێتەوە بۆ ڕاژەکار: {why}. هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>moving records into a server database changes its schema, which only its owner may do: {login} is not the owner of {name} (its owner is {owner}); run restore as {owner}. Nothing was written.</source>
        <translation>گواستنەوەی تۆمارەکان بۆ بنکەدراوەیەکی ڕاژەکار سکیماکەی دەگۆڕێت، کە تەنها خاوەنەکەی دەتوانێت: {login} خاوەنی {name} نییە (خاوەنەکەی {owner}ە)؛ restore وەک {owner} جێبەجێ بکە. هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>{name} holds tables that are not Case Tracker&apos;s ({tables}): records are moved only into an empty database. Nothing was written.</source>
        <translation>{name} خشتەی تێدایە کە هی Case Tracker نین ({tables}): تۆمارەکان تەنها بۆ بنکەدراوەیەکی بەتاڵ دەگوازرێنەوە. هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>{name} has tables but no schema version: not an empty Case Tracker database. Nothing was written.</source>
        <translation>{name} خشتەی هەیە بەڵام وەشانی سکیمای نییە: بنکەدراوەیەکی بەتاڵی Case Tracker نییە. هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>{name} was set up by a newer Case Tracker (schema {revision}). Nothing was written.</source>
        <translation>{name} بە Case Trackerێکی نوێتر ئامادە کراوە (سکیمای {revision}). هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>{name} is not empty: it holds {held}. Records are moved only into an empty database: as its owner, create a new one (CREATE DATABASE … OWNER …) and restore into it before anyone opens it (opening an empty database sets it up with the demonstration records). Nothing was written.</source>
        <translation>{name} بەتاڵ نییە: {held}ی تێدایە. تۆمارەکان تەنها بۆ بنکەدراوەیەکی بەتاڵ دەگوازرێنەوە: وەک خاوەنەکەی، یەکێکی نوێ دروست بکە (CREATE DATABASE … OWNER …) و پێش ئەوەی کەس بیکاتەوە restoreی تێدا بکە (کردنەوەی بنکەدراوەیەکی بەتاڵ بە تۆمارە نموونەییەکان ئامادەی دەکات). هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>triggers left disabled: {triggers}; nothing was written</source>
        <translation>تریگەرەکان ناچالاک مانەوە: {triggers}؛ هیچ نەنووسرا</translation>
    </message>
    <message>
        <source>unknown report {kind!r}; choose one of {names}</source>
        <translation>ڕاپۆرتی نەناسراو {kind!r}؛ یەکێک لە {names} هەڵبژێرە</translation>
    </message>
    <message>
        <source>unknown language {lang!r}; choose one of {names}</source>
        <translation>زمانی نەناسراو {lang!r}؛ یەکێک لە {names} هەڵبژێرە</translation>
    </message>
    <message>
        <source>the amnesty outcomes report needs an amnesty: its id or exact title</source>
        <translation>ڕاپۆرتی ئەنجامەکانی لێبوردن پێویستی بە لێبوردنێک هەیە: ناسنامەکەی یان ناونیشانە وردەکەی</translation>
    </message>
    <message>
        <source>the case sheet needs a case number</source>
        <translation>پەڕەی دۆسیە پێویستی بە ژمارەی دۆسیەیەک هەیە</translation>
    </message>
    <message>
        <source>the roster needs a facility or section: its id or exact name</source>
        <translation>لیستی ناوەکان پێویستی بە دامەزراوە یان بەشێک هەیە: ناسنامەکەی یان ناوە وردەکەی</translation>
    </message>
    <message>
        <source>the {kind} as {lower}</source>
        <translation>{kind} وەک {lower}</translation>
    </message>
    <message>
        <source>{count} facilities are named {text!r} (ids {ids}); give the id instead</source>
        <translation>{count} دامەزراوە ناویان {text!r}ە (ناسنامەکان {ids})؛ لەبری ئەوە ناسنامەکە بدە</translation>
    </message>
    <message>
        <source>a revocation needs a reason</source>
        <translation>هەڵوەشاندنەوە پێویستی بە هۆکارێک هەیە</translation>
    </message>
    <message>
        <source>already revoked on {revoked_at:%Y-%m-%d} by {revoked_by}</source>
        <translation>پێشتر لە {revoked_at:%Y-%m-%d} لەلایەن {revoked_by}ەوە هەڵوەشێنراوەتەوە</translation>
    </message>
    <message>
        <source>the decision was rejected; there is nothing to revoke</source>
        <translation>بڕیارەکە ڕەتکرایەوە؛ هیچ شتێک نییە بۆ هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>the person&apos;s status is now {status!r}, not &apos;released&apos; as this decision set it; it was changed since, so the release cannot be reversed safely. Correct the case first.</source>
        <translation>دۆخی کەسەکە ئێستا {status!r}ە، نەک &apos;ئازادکراو&apos; وەک ئەم بڕیارە دایناوە؛ لەوەتەی گۆڕاوە، بۆیە ئازادکردنەکە بە سەلامەتی ناگەڕێندرێتەوە. سەرەتا دۆسیەکە ڕاست بکەرەوە.</translation>
    </message>
    <message>
        <source>the person was transferred after this decision; the release cannot be reversed safely</source>
        <translation>کەسەکە دوای ئەم بڕیارە گوازرایەوە؛ ئازادکردنەکە بە سەلامەتی ناگەڕێندرێتەوە</translation>
    </message>
    <message>
        <source>a later decision ({later}) changed this person; revoke it first</source>
        <translation>بڕیارێکی دواتر ({later}) ئەم کەسەی گۆڕی؛ سەرەتا ئەو هەڵبوەشێنەرەوە</translation>
    </message>
    <message>
        <source>the sentence end is now {now}, not {value} as this reduction set it; it was changed since, so the reduction cannot be reversed safely</source>
        <translation>کۆتایی سزا ئێستا {now}ە، نەک {value} وەک ئەم کەمکردنەوەیە دایناوە؛ لەوەتەی گۆڕاوە، بۆیە کەمکردنەوەکە بە سەلامەتی ناگەڕێندرێتەوە</translation>
    </message>
    <message>
        <source>a later decision ({later}) changed this person&apos;s sentence; revoke it first</source>
        <translation>بڕیارێکی دواتر ({later}) سزای ئەم کەسەی گۆڕی؛ سەرەتا ئەو هەڵبوەشێنەرەوە</translation>
    </message>
    <message>
        <source>the file must end in .csv or .xlsx, not {value}</source>
        <translation>پەڕگەکە دەبێت بە .csv یان .xlsx کۆتایی بێت، نەک {value}</translation>
    </message>
    <message>
        <source>not a CSV text file: it holds zero bytes but is not UTF-16 text; save it as CSV UTF-8</source>
        <translation>پەڕگەی دەقی CSV نییە: بایتی سفری تێدایە بەڵام دەقی UTF-16 نییە؛ وەک CSV UTF-8 پاشەکەوتی بکە</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({name})</source>
        <translation>پەڕگەی کاری XLSXی خوێندراوە نییە ({name})</translation>
    </message>
    <message>
        <source>refused before reading: the workbook has {count:,} parts, more than {workbook_parts_max:,}</source>
        <translation>پێش خوێندنەوە ڕەتکرایەوە: پەڕگەی کار {count:,} بەشی هەیە، زیاتر لە {workbook_parts_max:,}</translation>
    </message>
    <message>
        <source>refused before reading: the workbook unpacks to {inflated:,} bytes, more than the {workbook_inflated_max:,} an import reads; split the list into smaller files</source>
        <translation>پێش خوێندنەوە ڕەتکرایەوە: پەڕگەی کار دەبێتە {inflated:,} بایت، زیاتر لەو {workbook_inflated_max:,}ەی هاوردەکردن دەیخوێنێتەوە؛ لیستەکە بکە بە چەند پەڕگەیەکی بچووکتر</translation>
    </message>
    <message>
        <source>refused before reading: {filename} unpacks from {compress_size:,} to {file_size:,} bytes ({ratio:,.0f} to 1), far more than a spreadsheet (at most {inflation_ratio_max} to 1); the file is damaged or made to exhaust memory</source>
        <translation>پێش خوێندنەوە ڕەتکرایەوە: {filename} لە {compress_size:,} بۆ {file_size:,} بایت دەکرێتەوە ({ratio:,.0f} بۆ 1)، زۆر زیاتر لە خشتەیەک (لانیزۆر {inflation_ratio_max} بۆ 1)؛ پەڕگەکە تێکچووە یان بۆ تەواوکردنی بیرگە دروستکراوە</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>پەڕگەی وا نییە</translation>
    </message>
    <message>
        <source>row 1 (the header): {csv_problem}</source>
        <translation>ڕیزی 1 (سەرپەڕە): {csv_problem}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula saved without its value (the file was written by a program that does not calculate); open the file in a spreadsheet program and save it again, or type the value instead</source>
        <translation>خانەی {cell} هاوکێشەیەکی بێ بەهاکەی تێدا پاشەکەوت کراوە (پەڕگەکە بەرنامەیەک نووسیویەتی کە ژمێریاری ناکات)؛ پەڕگەکە لە بەرنامەیەکی خشتەدا بکەرەوە و دووبارە پاشەکەوتی بکە، یان لە جیاتی ئەوە بەهاکە بنووسە</translation>
    </message>
    <message>
        <source>the workbook holds values on another sheet ({sheet}) besides the first; import reads one sheet only: put the list on one sheet and remove the others</source>
        <translation>لە کتێبی کارەکەدا جگە لە یەکەم، بەها لەسەر پەڕەیەکی تر ({sheet}) هەیە؛ هاوردەکردن تەنها یەک پەڕە دەخوێنێتەوە: لیستەکە لەسەر یەک پەڕە دابنێ و ئەوانی تر لابە</translation>
    </message>
    <message>
        <source>not a readable {kind} ({name})</source>
        <translation>{kind}ی خوێندراوە نییە ({name})</translation>
    </message>
    <message>
        <source>refused: the sheet declares {height:,} rows and {width:,} columns; a sheet holds at most {sheet_rows_max:,} rows and {sheet_columns_max:,} columns</source>
        <translation>ڕەتکرایەوە: پەڕەکە {height:,} ڕیز و {width:,} ستوون ڕادەگەیەنێت؛ پەڕەیەک لانیزۆر {sheet_rows_max:,} ڕیز و {sheet_columns_max:,} ستوون دەگرێت</translation>
    </message>
    <message>
        <source>refused: the sheet has more than {sheet_rows_max:,} rows or {sheet_columns_max:,} columns, the most a sheet holds</source>
        <translation>ڕەتکرایەوە: پەڕەکە زیاتر لە {sheet_rows_max:,} ڕیز یان {sheet_columns_max:,} ستوونی هەیە، کە زۆرترینە پەڕەیەک دەیگرێت</translation>
    </message>
    <message>
        <source>refused: the sheet declares {count:,} rows; a sheet holds at most {sheet_rows_max:,}</source>
        <translation>ڕەتکرایەوە: پەڕەکە {count:,} ڕیز ڕادەگەیەنێت؛ پەڕەیەک لانیزۆر {sheet_rows_max:,} دەگرێت</translation>
    </message>
    <message>
        <source>row {count} (line {line_num}): {csv_problem}</source>
        <translation>ڕیزی {count} (دێڕی {line_num}): {csv_problem}</translation>
    </message>
    <message>
        <source>starts with {group_prefix}</source>
        <translation>بە {group_prefix} دەست پێ دەکات</translation>
    </message>
    <message>
        <source>not an account name: {login!r} {fault}</source>
        <translation>ناوی هەژمار نییە: {login!r} {fault}</translation>
    </message>
    <message>
        <source>not a valid login name: {login!r} (letters, digits, _ . @ -, at most 63 characters, starting with a letter; not starting with {group_prefix})</source>
        <translation>ناوی چوونەژوورەوەی دروست نییە: {login!r} (پیت، ژمارە، _ . @ -، لانیزۆر 63 پیت، بە پیتێک دەست پێدەکات؛ بە {group_prefix} دەست پێناکات)</translation>
    </message>
    <message>
        <source>a password has at least {min_password} characters</source>
        <translation>وشەی نهێنی لانیکەم {min_password} پیتە</translation>
    </message>
    <message>
        <source>user {name}</source>
        <translation>بەکارهێنەر {name}</translation>
    </message>
    <message>
        <source>a SQLite file has no passwords: the operating system authenticates the account</source>
        <translation>پەڕگەی SQLite وشەی نهێنی نییە: سیستەمی کارپێکردن هەژمارەکە دەناسێتەوە</translation>
    </message>
    <message>
        <source>the file already knows this account, as {known} (the system does not tell the case of its names apart)</source>
        <translation>پەڕگەکە پێشتر ئەم هەژمارە وەک {known} دەناسێت (سیستەمەکە جیاوازی لە نێوان پیتی گەورە و بچووکی ناوەکانیدا ناکات)</translation>
    </message>
    <message>
        <source>the file already knows this account</source>
        <translation>پەڕگەکە پێشتر ئەم هەژمارە دەناسێت</translation>
    </message>
    <message>
        <source>you cannot {what} yourself; ask another administrator</source>
        <translation>ناتوانیت خۆت {what}؛ داوا لە بەڕێوەبەرێکی تر بکە</translation>
    </message>
    <message>
        <source>the user is already disabled</source>
        <translation>بەکارهێنەرەکە پێشتر ناچالاک کراوە</translation>
    </message>
    <message>
        <source>backup of {name} failed its check: {problems}</source>
        <translation>یەدەگی {name} لە پشکنیندا سەرکەوتوو نەبوو: {problems}</translation>
    </message>
    <message>
        <source>cannot back up {name} to {destination}: {exc}</source>
        <translation>ناتوانرێت یەدەگی {name} بگیرێت بۆ {destination}: {exc}</translation>
    </message>
    <message>
        <source>only SQLite files can be backed up this way</source>
        <translation>تەنها پەڕگەی SQLite بەم شێوەیە یەدەگ دەگیرێت</translation>
    </message>
    <message>
        <source>Remove the invisible control or direction characters: they hide or reorder what the name shows</source>
        <translation>پیتە نادیارەکانی کۆنترۆڵ یان ئاراستە لابەرە: ئەوانە ئەوەی ناوەکە پیشانی دەدات دەشارنەوە یان ڕیزبەندییەکەی دەگۆڕن</translation>
    </message>
    <message>
        <source>Remove the invisible control or direction characters: they hide or reorder what the title shows</source>
        <translation>پیتە نادیارەکانی کۆنترۆڵ یان ئاراستە لابەرە: ئەوانە ئەوەی ناونیشانەکە پیشانی دەدات دەشارنەوە یان ڕیزبەندییەکەی دەگۆڕن</translation>
    </message>
    <message>
        <source>{fault}; reject the proposal instead</source>
        <translation>{fault}؛ لەبری ئەوە پێشنیارەکە ڕەت بکەرەوە</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; name a file in it, for example {example}</source>
        <translation>{path} بوخچەیە، نەک پەڕگەی بنکەدراوە؛ ناوی پەڕگەیەک لەناویدا بنووسە، بۆ نموونە {example}</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>هەناردەکردن هەڵوەشایەوە؛ هیچ پەڕگەیەک نەنووسرا</translation>
    </message>
    <message>
        <source>export of facilities</source>
        <translation>هەناردەکردنی دامەزراوەکان</translation>
    </message>
    <message>
        <source>export of cases</source>
        <translation>هەناردەکردنی دۆسیەکان</translation>
    </message>
    <message>
        <source>export of decisions</source>
        <translation>هەناردەکردنی بڕیارەکان</translation>
    </message>
    <message>
        <source>export of headcounts</source>
        <translation>هەناردەکردنی سەرژمێرییەکان</translation>
    </message>
    <message>
        <source>export of categories</source>
        <translation>هەناردەکردنی پۆلەکان</translation>
    </message>
    <message>
        <source>export of amnesties</source>
        <translation>هەناردەکردنی لێبوردنەکان</translation>
    </message>
    <message>
        <source>a category cannot count more than the total</source>
        <translation>پۆلێک ناتوانێت لە کۆی گشتی زیاتر بژمێرێت</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>هاوردەکردن هەڵوەشایەوە؛ هیچ نەنووسرا</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>لیستی دەستبەسەرەکان</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>پەڕگەی کاری XLSX</translation>
    </message>
    <message>
        <source>ODS spreadsheet</source>
        <translation>خشتەی ODS</translation>
    </message>
    <message>
        <source>not readable as {name} text; save the file as CSV UTF-8</source>
        <translation>وەک دەقی {name} ناخوێندرێتەوە؛ پەڕگەکە وەک CSV UTF-8 پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>a cell is longer than {cell_max:,} characters</source>
        <translation>خانەیەک لە {cell_max:,} پیت درێژترە</translation>
    </message>
    <message>
        <source>not a readable CSV row ({detail})</source>
        <translation>ڕیزێکی CSVی خوێندراوە نییە ({detail})</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {count:,} characters, more than an XLSX cell holds ({cell_max:,}); export this list as CSV; nothing was written</source>
        <translation>ڕیزی {row}، ستوونی {column}: {count:,} پیت، زیاترە لەوەی خانەیەکی XLSX هەڵی دەگرێت ({cell_max:,})؛ ئەم لیستە وەک CSV هەناردە بکە؛ هیچ نەنووسرا</translation>
    </message>
    <message>
        <source>foreign key: {row}</source>
        <translation>کلیلی دەرەکی: {row}</translation>
    </message>
    <message>
        <source>backup_encrypted copies encrypted SQLite files only</source>
        <translation>backup_encrypted تەنها پەڕگەی SQLiteی شفرەکراو لەبەردەگرێتەوە</translation>
    </message>
    <message>
        <source>no list named {kind!r}</source>
        <translation>هیچ لیستێک بە ناوی {kind!r} نییە</translation>
    </message>
    <message>
        <source>the database is locked by another program (another Case Tracker or a tool holding a write); try again when it has finished</source>
        <translation>بنکەدراوەکە لەلایەن بەرنامەیەکی ترەوە داخراوە (Case Trackerێکی تر یان ئامرازێک کە تێیدا دەنووسێت)؛ کاتێک تەواو بوو دووبارە هەوڵ بدەرەوە</translation>
    </message>
    <message>
        <source>database or disk is full; free some space and try again</source>
        <translation>بنکەدراوەکە یان دیسکەکە پڕە؛ هەندێک شوێن بەتاڵ بکەرەوە و دووبارە هەوڵ بدەرەوە</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>دیسکەکە هەڵەیەکی هاتنەژوورەوە/چوونەدەرەوەی ڕاگەیاند</translation>
    </message>
    <message>
        <source>the database refused it ({text})</source>
        <translation>بنکەدراوەکە ڕەتی کردەوە ({text})</translation>
    </message>
    <message>
        <source>{action} failed: {why}. Nothing was written.</source>
        <translation>{action} سەرکەوتوو نەبوو: {why}. هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>no category with code {code!r}</source>
        <translation>هیچ پۆلێک بە کۆدی {code!r} نییە</translation>
    </message>
    <message>
        <source>restore from a backup (the newest is {newest})</source>
        <translation>لە یەدەگێکەوە بیگەڕێنەوە (نوێترینیان {newest}ە)</translation>
    </message>
    <message>
        <source>restore from a backup (none was found beside it)</source>
        <translation>لە یەدەگێکەوە بیگەڕێنەوە (هیچ یەدەگێک لە تەنیشتیەوە نەدۆزرایەوە)</translation>
    </message>
    <message>
        <source>the database file is damaged; {advice}. Nothing was written.</source>
        <translation>پەڕگەی بنکەدراوەکە تێکچووە؛ {advice}. هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>وێنەی بنکەدراوەکە لەسەر دیسک تێکچووە</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>پەڕگەکە بنکەدراوە نییە</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>پەڕگەی بنکەدراوەکە ناکرێتەوە</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>هەڵەی هاتنەژوورەوە/چوونەدەرەوەی دیسک</translation>
    </message>
    <message>
        <source>not a database URL: {target!r}</source>
        <translation>ناونیشانی بنکەدراوە نییە: {target!r}</translation>
    </message>
    <message>
        <source>encryption needs the SQLCipher bindings, which are not available for this platform</source>
        <translation>شفرەکردن پێویستی بە بەستەرەکانی SQLCipher هەیە، کە بۆ ئەم سەکۆیە بەردەست نین</translation>
    </message>
    <message>
        <source>migration {name} names no revision</source>
        <translation>گواستنەوەی {name} ناوی هیچ پێداچوونەوەیەک ناهێنێت</translation>
    </message>
    <message>
        <source>the migrations have {count} heads; expected one</source>
        <translation>گواستنەوەکان {count} سەریان هەیە؛ چاوەڕوانی یەک دەکرا</translation>
    </message>
    <message>
        <source>{display_name} was written by a newer Case Tracker (schema {current}; this one knows schema {head} at most): update the application to open it; nothing was changed</source>
        <translation>{display_name} بە Case Trackerێکی نوێتر نووسراوە (نەخشەی {current}؛ ئەمە لانیزۆر نەخشەی {head} دەناسێت): بۆ کردنەوەی بەرنامەکە نوێ بکەرەوە؛ هیچ نەگۆڕدرا</translation>
    </message>
    <message>
        <source>the database has tables but no schema version: not a Case Tracker file</source>
        <translation>بنکەدراوەکە خشتەی هەیە بەڵام وەشانی نەخشەی نییە: پەڕگەی Case Tracker نییە</translation>
    </message>
    <message>
        <source>a folder, not a backup file</source>
        <translation>بوخچەیە، نەک پەڕگەی یەدەگ</translation>
    </message>
    <message>
        <source>cannot read it: {strerror}</source>
        <translation>ناخوێندرێتەوە: {strerror}</translation>
    </message>
    <message>
        <source>not an SQLite database (or an encrypted one, which restore does not take)</source>
        <translation>بنکەدراوەی SQLite نییە (یان شفرەکراوە، کە گەڕاندنەوە وەری ناگرێت)</translation>
    </message>
    <message>
        <source>not a Case Tracker database (no tables {names})</source>
        <translation>بنکەدراوەی Case Tracker نییە (خشتەکانی {names} نین)</translation>
    </message>
    <message>
        <source>it has no schema revision</source>
        <translation>پێداچوونەوەی نەخشەی نییە</translation>
    </message>
    <message>
        <source>its schema ({revision}) is from a newer or unknown version of Case Tracker</source>
        <translation>نەخشەکەی ({revision}) لە وەشانێکی نوێتر یان نەناسراوی Case Trackerە</translation>
    </message>
    <message>
        <source>an incomplete Case Tracker database (no tables {names})</source>
        <translation>بنکەدراوەیەکی ناتەواوی Case Tracker (خشتەکانی {names} نین)</translation>
    </message>
    <message>
        <source>the copy of the backup failed its check: {problems}</source>
        <translation>لەبەرگیراوەی یەدەگەکە لە پشکنیندا سەرکەوتوو نەبوو: {problems}</translation>
    </message>
    <message>
        <source>the restored database failed its check: {problems}</source>
        <translation>بنکەدراوە گەڕێندراوەکە لە پشکنیندا سەرکەوتوو نەبوو: {problems}</translation>
    </message>
    <message>
        <source>restore failed: {exc}; the database was not replaced</source>
        <translation>گەڕاندنەوە سەرکەوتوو نەبوو: {exc}؛ بنکەدراوەکە نەگۆڕدرا</translation>
    </message>
    <message>
        <source>table {table}: the copied rows break its rule {rule} ({why})</source>
        <translation>خشتەی {table}: ڕیزە لەبەرگیراوەکان یاسای {rule}ی دەشکێنن ({why})</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>داتای دووانەیی</translation>
    </message>
    <message>
        <source>not a date as Case Tracker writes one: {value!r}</source>
        <translation>بەروارێک نییە وەک Case Tracker دەینووسێت: {value!r}</translation>
    </message>
    <message>
        <source>table {table}, row {key}: the server refused it ({why})</source>
        <translation>خشتەی {table}، ڕیزی {key}: ڕاژەکار ڕەتی کردەوە ({why})</translation>
    </message>
    <message>
        <source>table {table}, row {key}, column {column}: the server refused it ({why})</source>
        <translation>خشتەی {table}، ڕیزی {key}، ستوونی {column}: ڕاژەکار ڕەتی کردەوە ({why})</translation>
    </message>
    <message>
        <source>table {table}: the server refused its rows ({why})</source>
        <translation>خشتەی {table}: ڕاژەکار ڕیزەکانی ڕەت کردەوە ({why})</translation>
    </message>
    <message>
        <source>amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>بڕیار</translation>
    </message>
    <message>
        <source>proposed batch</source>
        <translation>کۆمەڵەی پێشنیارکراو</translation>
    </message>
    <message>
        <source>user</source>
        <translation>بەکارهێنەر</translation>
    </message>
    <message>
        <source>read records</source>
        <translation>خوێندنەوەی تۆمارەکان</translation>
    </message>
    <message>
        <source>preview and print reports</source>
        <translation>پێشبینین و چاپکردنی ڕاپۆرتەکان</translation>
    </message>
    <message>
        <source>edit facilities, headcounts, cases and transfers</source>
        <translation>دەستکاریکردنی دامەزراوە و سەرژمێری و دۆسیە و گواستنەوەکان</translation>
    </message>
    <message>
        <source>import lists</source>
        <translation>هاوردەکردنی لیستەکان</translation>
    </message>
    <message>
        <source>propose decisions</source>
        <translation>پێشنیارکردنی بڕیارەکان</translation>
    </message>
    <message>
        <source>export lists of people</source>
        <translation>هەناردەکردنی لیستی کەسەکان</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>پەسەندکردنی بڕیارەکان</translation>
    </message>
    <message>
        <source>revoke decisions</source>
        <translation>هەڵوەشاندنەوەی بڕیارەکان</translation>
    </message>
    <message>
        <source>change a person&apos;s status or sentence outside an approved decision</source>
        <translation>گۆڕینی دۆخ یان سزای کەسێک لە دەرەوەی بڕیارێکی پەسەندکراو</translation>
    </message>
    <message>
        <source>edit amnesties and their rules</source>
        <translation>دەستکاریکردنی لێبوردنەکان و یاساکانیان</translation>
    </message>
    <message>
        <source>edit the category tree</source>
        <translation>دەستکاریکردنی داری پۆلەکان</translation>
    </message>
    <message>
        <source>manage users and roles</source>
        <translation>بەڕێوەبردنی بەکارهێنەران و ڕۆڵەکان</translation>
    </message>
    <message>
        <source>change approval settings</source>
        <translation>گۆڕینی ڕێکخستنەکانی پەسەندکردن</translation>
    </message>
    <message>
        <source>back up, restore or migrate the database</source>
        <translation>یەدەگگرتن، گەڕاندنەوە یان گواستنەوەی بنکەدراوە</translation>
    </message>
    <message>
        <source>date of the count</source>
        <translation>بەرواری ژماردن</translation>
    </message>
    <message>
        <source>precision of the date</source>
        <translation>وردی بەروار</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>ساڵی لەدایکبوون</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>توانا</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <source>code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>بەرواری بڕیار</translation>
    </message>
    <message>
        <source>person</source>
        <translation>کەس</translation>
    </message>
    <message>
        <source>people</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>بەش</translation>
    </message>
    <message>
        <source>held since</source>
        <translation>دەستبەسەر لە</translation>
    </message>
    <message>
        <source>held since before</source>
        <translation>دەستبەسەر لە پێش</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>بەرواری دەرچوون</translation>
    </message>
    <message>
        <source>precision of the date of issue</source>
        <translation>وردی بەرواری دەرچوون</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>name in Arabic</source>
        <translation>ناو بە عەرەبی</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <translation>ناو بە پیتی لاتینی</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>ڕەگەزنامە</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>reason for the override</source>
        <translation>هۆکاری تێپەڕاندن</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>لەناو</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>وردی</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>یاساکان</translation>
    </message>
    <message>
        <source>sentence end</source>
        <translation>کۆتایی سزا</translation>
    </message>
    <message>
        <source>longest sentence (months)</source>
        <translation>درێژترین سزا (مانگ)</translation>
    </message>
    <message>
        <source>sentence (months)</source>
        <translation>سزا (مانگ)</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <source>source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <source>title of the source</source>
        <translation>ناونیشانی سەرچاوە</translation>
    </message>
    <message>
        <source>status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>facility to move to</source>
        <translation>ئەو دامەزراوەیەی بۆی دەگوازرێتەوە</translation>
    </message>
    <message>
        <source>total</source>
        <translation>کۆی گشتی</translation>
    </message>
    <message>
        <source>date of the transfer</source>
        <translation>بەرواری گواستنەوە</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>پێشنیارکراو</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>پەسەندکراو</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ڕەتکراوە</translation>
    </message>
    <message>
        <source>“{value}”</source>
        <translation>«{value}»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>NewEncryptedDatabaseDialog</name>
    <message>
        <source>New encrypted database</source>
        <translation>بنکەدراوەیەکی شفرەکراوی نوێ</translation>
    </message>
    <message>
        <source>The new database file, its write-ahead log and its backups are encrypted with the passphrase. Without it nobody can read them — not even you: there is no way to recover a lost passphrase. Keep it somewhere safe.</source>
        <translation>پەڕگەی بنکەدراوە نوێیەکە، تۆماری پێشنووسینی و یەدەگەکانی بە دەستەواژەی نهێنی شفرە دەکرێن. بەبێ ئەو کەس ناتوانێت بیانخوێنێتەوە — تەنانەت تۆش: هیچ ڕێگایەک نییە بۆ گەڕاندنەوەی دەستەواژەیەکی نهێنیی ونبوو. لە شوێنێکی پارێزراودا هەڵیبگرە.</translation>
    </message>
    <message>
        <source>File of the new database</source>
        <translation>پەڕگەی بنکەدراوە نوێیەکە</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;گەڕان…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>پەڕگەکە هەڵبژێرە</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>دووبارە دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Start with the reported figures and the synthetic demo</source>
        <translation>دەستپێکردن بە ژمارە ڕاگەیەنراوەکان و نموونەی دەستکرد</translation>
    </message>
    <message>
        <source>Load the seed data</source>
        <translation>بارکردنی زانیارییە سەرەتاییەکان</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;پەڕگە:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;دەستەواژەی نهێنی:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;دووبارە:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;دروستکردن</translation>
    </message>
    <message>
        <source>Create the encrypted database</source>
        <translation>دروستکردنی بنکەدراوە شفرەکراوەکە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
    <message>
        <source>Choose where to save the new database.</source>
        <translation>هەڵبژێرە بنکەدراوە نوێیەکە لە کوێ پاشەکەوت بکرێت.</translation>
    </message>
    <message>
        <source>A file already exists there. Choose a new name.</source>
        <translation>پەڕگەیەک پێشتر لەوێ هەیە. ناوێکی نوێ هەڵبژێرە.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>لانیکەم %1 پیت.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>هەردوو دەستەواژە نهێنییەکە جیاوازن.</translation>
    </message>
</context>
<context>
    <name>NumberLimits</name>
    <message>
        <source>At most %1</source>
        <translation>لانیزۆر %1</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>لانیکەم %1</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Population over time against capacity</source>
        <translation>ژمارەی کەسەکان بە درێژایی کات بەراورد بە توانا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کەس</translation>
    </message>
    <message>
        <source>Reported headcount</source>
        <translation>سەرژمێری ڕاگەیەنراو</translation>
    </message>
    <message>
        <source>Held now (records)</source>
        <translation>ئێستا دەستبەسەر (تۆمار)</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>توانا %1</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>New encrypted database</source>
        <translation>بنکەدراوەیەکی شفرەکراوی نوێ</translation>
    </message>
    <message>
        <source>Case Tracker databases (*.db);;All files (*)</source>
        <translation>بنکەدراوەکانی Case Tracker (*.db);;هەموو پەڕگەکان (*)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>بنکەدراوەی شفرەکراو</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation>%1 شفرەکراوە. دەستەواژە نهێنییەکەی بنووسە بۆ کردنەوەی.</translation>
    </message>
    <message>
        <source>That passphrase does not open it. Try again.</source>
        <translation>ئەم دەستەواژە نهێنییە نایکاتەوە. دووبارە هەوڵ بدەوە.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;دەستەواژەی نهێنی:</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>کردنەوەی بنکەدراوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>viewer</source>
        <translation>بینەر</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>فەرمانبەری تۆمار</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>پێداچەرەوە</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>بەڕێوەبەری سیستەم</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Needs the %1 role; your role is %2.</source>
        <translation>پێویستی بە ڕۆڵی %1 هەیە؛ ڕۆڵی تۆ: %2.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Case number or name, then pick from the list</source>
        <translation>ژمارەی دۆسیە یان ناو، پاشان لە لیستەکە هەڵبژێرە</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>کەسە دۆزراوەکان</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>PDF document</source>
        <translation>بەڵگەنامەی PDF</translation>
    </message>
    <message>
        <source>CSV table (UTF-8)</source>
        <translation>خشتەی CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>پەڕگەی کاری Excel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>چاپکردنی ڕاپۆرت</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>پێشبینینی چاپ</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Proposal</source>
        <translation>پێشنیار</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>پێشنیارکراوە لەلایەن</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>بەرواری پێشنیار</translation>
    </message>
    <message>
        <source>You proposed this; another reviewer must approve it.</source>
        <translation>تۆ ئەمەت پێشنیار کردووە؛ دەبێت پێداچەرەوەیەکی تر پەسەندی بکات.</translation>
    </message>
    <message>
        <source>Apply amnesty: %1 people</source>
        <translation>جێبەجێکردنی لێبوردن: %1 کەس</translation>
    </message>
</context>
<context>
    <name>QTableView</name>
    <message>
        <source>Columns of %1</source>
        <translation>ستوونەکانی %1</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Save filters</source>
        <translation>پاشەکەوتکردنی پاڵاوتنەکان</translation>
    </message>
    <message>
        <source>Name of this set of filters:</source>
        <translation>ناوی ئەم کۆمەڵە پاڵاوتنە:</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>Counted from records</source>
        <translation>ژمێردراو لە تۆمارەکان</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>ڕاگەیەنراو</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>جیاوازی</translation>
    </message>
    <message>
        <source>Reported as of</source>
        <translation>بەرواری ڕاگەیاندن</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation>دەستکاریکردنی %1</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>کێشە لە %1</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The person is now %1, no longer held as when the release was proposed.</source>
        <translation>دۆخی کەسەکە ئێستا بووە بە %1؛ ئیتر وەک کاتی پێشنیارکردنی ئازادکردنەکە دەستبەسەر نییە.</translation>
    </message>
    <message>
        <source>The sentence end is now %1, not as when the reduction was proposed.</source>
        <translation>کۆتایی سزا ئێستا بووە بە %1؛ وەک کاتی پێشنیارکردنی کەمکردنەوەکە نییە.</translation>
    </message>
    <message>
        <source>The person&apos;s status is now “%1”, not released as this decision set it: the release cannot be reversed safely. Correct the case first.</source>
        <translation>دۆخی کەسەکە ئێستا «%1»ە، نەک ئازادکراو وەک ئەم بڕیارە دایناوە: ئازادکردنەکە بە سەلامەتی ناگەڕێندرێتەوە. سەرەتا دۆسیەکە ڕاست بکەرەوە.</translation>
    </message>
    <message>
        <source>The person was transferred after this decision: the release cannot be reversed safely.</source>
        <translation>کەسەکە دوای ئەم بڕیارە گوازرایەوە: ئازادکردنەکە بە سەلامەتی ناگەڕێندرێتەوە.</translation>
    </message>
    <message>
        <source>The sentence end is now %1, not %2 as this reduction set it: the reduction cannot be reversed safely.</source>
        <translation>کۆتایی سزا ئێستا %1ە، نەک %2 وەک ئەم کەمکردنەوەیە دایناوە: کەمکردنەوەکە بە سەلامەتی ناگەڕێندرێتەوە.</translation>
    </message>
    <message>
        <source>A later decision (%1) changed this person; revoke it first.</source>
        <translation>بڕیارێکی دواتر (%1) ئەم کەسەی گۆڕی؛ سەرەتا ئەو هەڵبوەشێنەوە.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Amnesty: %1</source>
        <translation>لێبوردن: %1</translation>
    </message>
    <message>
        <source>people in %1 and its sections</source>
        <translation>کەسەکان لە %1 و بەشەکانی</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>دەرکراوە لەلایەن</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>بە داواکاریی</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>بەرواری دەرکردن</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>پێوەرەکان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>سەرچاوە تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>Decisions by category</source>
        <translation>بڕیارەکان بەپێی پۆل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <source>Decisions by facility</source>
        <translation>بڕیارەکان بەپێی دامەزراوە</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>%1 of the counted decisions are synthetic demonstration records.</source>
        <translation>%1 لە بڕیارە ژمێردراوەکان تۆماری دەستکردی نموونەیین.</translation>
    </message>
    <message>
        <source>Decisions are counted under the facility and category the person has now.</source>
        <translation>بڕیارەکان لەژێر ئەو دامەزراوە و پۆلەدا دەژمێردرێن کە کەسەکە ئێستا تێیدایە.</translation>
    </message>
    <message>
        <source>Amnesty outcomes: %1</source>
        <translation>ئەنجامەکانی لێبوردن: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3), as of %4; source %5.</source>
        <translation>%1: %2 (%3)، لە %4؛ سەرچاوە %5.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>Reported totals are aggregates as reported, with their precision and date. Counted figures are the decisions in force (approved, not revoked) recorded in this database for individual people when the report was generated; proposals waiting for approval are shown apart and not counted.</source>
        <translation>کۆ ڕاگەیەنراوەکان ژمارەی گشتین وەک ڕاگەیەنراون، لەگەڵ وردی و بەرواریان. ژمارە ژمێردراوەکان ئەو بڕیارە کارپێکراوانەن (پەسەندکراو، هەڵنەوەشێنراو) کە لە کاتی دروستکردنی ڕاپۆرتەکەدا لەم بنکەدراوەیەدا بۆ کەسانی تاک تۆمار کراون؛ ئەو پێشنیارانەی چاوەڕوانی پەسەندکردنن بە جیا پیشان دەدرێن و ناژمێردرێن.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>پێشنیارکراو</translation>
    </message>
    <message>
        <source>Proposals waiting for approval (not counted above)</source>
        <translation>ئەو پێشنیارانەی چاوەڕوانی پەسەندکردنن (لە سەرەوە نەژمێردراون)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>ڕاگەیەنراو</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>وردی</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>Counted from records</source>
        <translation>ژمێردراو لە تۆمارەکان</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>جیاوازی</translation>
    </message>
    <message>
        <source>Reported totals cover the whole amnesty; the counts cover the chosen facility only, so no difference is shown.</source>
        <translation>کۆ ڕاگەیەنراوەکان هەموو لێبوردنەکە دەگرنەوە؛ ژمارە ژمێردراوەکان تەنها دامەزراوە هەڵبژێردراوەکە دەگرنەوە، بۆیە جیاوازی پیشان نادرێت.</translation>
    </message>
    <message>
        <source>Reported totals beside counted decisions</source>
        <translation>کۆ ڕاگەیەنراوەکان لەتەنیشت بڕیارە ژمێردراوەکان</translation>
    </message>
    <message>
        <source>Reported and counted, by outcome</source>
        <translation>ڕاگەیەنراو و ژمێردراو، بەپێی ئەنجام</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>ئازادکراو</translation>
    </message>
    <message>
        <source>Sentence reduced</source>
        <translation>سزا کەمکراوە</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>ڕەتکراوە</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>لە چاوەڕوانیدا</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کۆی گشتی</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>تۆمار نەکراوە</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2, waiting for approval</source>
        <translation>لەلایەن %1 لە %2 پێشنیار کراوە، چاوەڕوانی پەسەندکردنە</translation>
    </message>
    <message>
        <source>Proposed by %1; rejected by %2 on %3: %4</source>
        <translation>لەلایەن %1 پێشنیار کراوە؛ لەلایەن %2 لە %3 ڕەتکراوەتەوە: %4</translation>
    </message>
    <message>
        <source>Proposed by %1; approved by %2 on %3</source>
        <translation>لەلایەن %1 پێشنیار کراوە؛ لەلایەن %2 لە %3 پەسەند کراوە</translation>
    </message>
    <message>
        <source>In force; recorded before approval was required</source>
        <translation>کارپێکراو؛ پێش ئەوەی پەسەندکردن پێویست بێت تۆمار کراوە</translation>
    </message>
    <message>
        <source>In force; recorded by %1 without approval</source>
        <translation>کارپێکراو؛ لەلایەن %1 بەبێ پەسەندکردن تۆمار کراوە</translation>
    </message>
    <message>
        <source>(no facility)</source>
        <translation>(بێ دامەزراوە)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(بێ پۆل)</translation>
    </message>
    <message>
        <source>Facility: %1 and its sections</source>
        <translation>دامەزراوە: %1 و بەشەکانی</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>دامەزراوە: %1</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>هەموو دامەزراوەکان</translation>
    </message>
    <message>
        <source>Headcounts are reported figures, shown as reported (≈ approximate, “more than” a lower bound) with the date they refer to. People held are counted from the individual records in this database when the report was generated. Occupancy is the latest headcount, or where there is none the people counted from records, against design capacity.</source>
        <translation>سەرژمێرییەکان ژمارەی ڕاگەیەنراون، وەک ڕاگەیەنراون پیشان دەدرێن (≈ نزیکەیی، «زیاتر لە» سنووری خوارەوە) لەگەڵ ئەو بەروارەی ئاماژەی پێ دەکەن. کەسە دەستبەسەرەکان لە تۆمارە تاکەکەسییەکانی ئەم بنکەدراوەیە دەژمێردرێن لە کاتی دروستکردنی ڕاپۆرتەکەدا. پڕبوون دوایین سەرژمێرییە، یان لە کاتی نەبوونیدا ئەو کەسانەی لە تۆمارەکانەوە ژمێردراون، بەراورد بە توانای دیزاینکراو.</translation>
    </message>
    <message>
        <source>Design capacity not reported, so occupancy cannot be computed: %1.</source>
        <translation>توانای دیزاینکراو ڕانەگەیەنراوە، بۆیە پڕبوون ناتوانرێت بژمێردرێت: %1.</translation>
    </message>
    <message>
        <source>Counted from records: individual records with the status “held” in this database when the report was generated; exact counts of what is recorded.</source>
        <translation>ژمێردراو لە تۆمارەکان: تۆمارە تاکەکەسییەکان بە دۆخی «دەستبەسەر» لەم بنکەدراوەیەدا لە کاتی دروستکردنی ڕاپۆرتەکەدا؛ ژمارەی وردی ئەوەی تۆمار کراوە.</translation>
    </message>
    <message>
        <source>%1 of the facilities shown are synthetic demonstration records; their names and capacities are invented, not reported.</source>
        <translation>%1 لە دامەزراوە پیشاندراوەکان تۆماری دەستکردی نموونەیین؛ ناو و تواناکانیان دروستکراون، ڕانەگەیەنراون.</translation>
    </message>
    <message>
        <source>Occupancy by facility</source>
        <translation>پڕبوون بەپێی دامەزراوە</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>توانا</translation>
    </message>
    <message>
        <source>Latest headcount</source>
        <translation>دوایین سەرژمێری</translation>
    </message>
    <message>
        <source>Held (records)</source>
        <translation>دەستبەسەر (تۆمار)</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>پڕبوون %</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>زیاتر لە توانا</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <source>%1: headcount %2 (%3), as of %4; source %5.</source>
        <translation>%1: سەرژمێری %2 (%3)، لە %4؛ سەرچاوە %5.</translation>
    </message>
    <message>
        <source>Total (%1 facilities)</source>
        <translation>کۆی گشتی (%1 دامەزراوە)</translation>
    </message>
    <message>
        <source>Totals count a section&apos;s headcount and capacity once, as part of its camp&apos;s; the total occupancy covers the facilities with a known capacity.</source>
        <translation>کۆییەکان سەرژمێری و توانای بەشێک یەک جار دەژمێرن، وەک بەشێک لە هی کەمپەکەی؛ پڕبوونی گشتی ئەو دامەزراوانە دەگرێتەوە کە توانایان زانراوە.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>دامەزراوەکان</translation>
    </message>
    <message>
        <source>Occupancy against design capacity (%)</source>
        <translation>پڕبوون بەراورد بە توانای دیزاینکراو (%)</translation>
    </message>
    <message>
        <source>Capacity (100 %)</source>
        <translation>توانا (100 %)</translation>
    </message>
    <message>
        <source>detention centres on record</source>
        <translation>بنکە تۆمارکراوەکانی دەستبەسەرکردن</translation>
    </message>
    <message>
        <source>held in %1 and its sections</source>
        <translation>دەستبەسەر لە %1 و بەشەکانی</translation>
    </message>
    <message>
        <source>held in detention centres</source>
        <translation>دەستبەسەر لە بنکەکانی دەستبەسەرکردن</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>ژمارە</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>ئەوەی ژمێردرا</translation>
    </message>
    <message>
        <source>Reported network figures beside counts from records</source>
        <translation>ژمارە ڕاگەیەنراوەکانی تۆڕەکە لەتەنیشت ژمێردراوەکان لە تۆمارەکان</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>کانوونی دووەم</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>شوبات</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>ئازار</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>نیسان</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ئایار</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>حوزەیران</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>تەممووز</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ئاب</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>ئەیلوول</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>تشرینی یەکەم</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>تشرینی دووەم</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>کانوونی یەکەم</translation>
    </message>
    <message>
        <source>Decisions not independently approved</source>
        <translation>بڕیارەکان بە شێوەیەکی سەربەخۆ پەسەند نەکراون</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>کەمپ</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>زیندان</translation>
    </message>
    <message>
        <source>Detention centre</source>
        <translation>بنکەی دەستبەسەرکردن</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بەش</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>ورد</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>نزیکەیی</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>سنووری خوارەوە</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>سنووری سەرەوە</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>دەستبەسەر</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>گوازراوەتەوە</translation>
    </message>
    <message>
        <source>Repatriated</source>
        <translation>گەڕێنراوەتەوە بۆ وڵات</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>هەڵاتوو</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>کۆچکردوو</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>نێر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>مێ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>M</source>
        <translation>نێر</translation>
    </message>
    <message>
        <source>F</source>
        <translation>مێ</translation>
    </message>
    <message>
        <source>Sentence reduced by %1</source>
        <translation>سزا بە %1 کەمکرایەوە</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>زیاتر لە %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>کەمتر لە %1</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>دروستکراوە</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>بنکەدراوە</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>پاڵاوتن</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Sources and precision</source>
        <translation>سەرچاوەکان و وردی</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سەرچاوەکان</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(بەردەوام)</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>هیچ تۆمارێک نییە</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>پەڕەی %1 لە %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>وردەکاری</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>خشتەی %1</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: contains personal data</source>
        <translation>نهێنی: زانیاریی کەسی تێدایە</translation>
    </message>
    <message>
        <source>Includes synthetic records</source>
        <translation>تۆماری دەستکردی تێدایە</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 مانگ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>ناو (بە پیتی لاتینی)</translation>
    </message>
    <message>
        <source>Name (Arabic script)</source>
        <translation>ناو (بە پیتی عەرەبی)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>ساڵی لەدایکبوون</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ڕەگەزنامە</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>دەستبەسەر لە</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Charge summary</source>
        <translation>پوختەی تۆمەت</translation>
    </message>
    <message>
        <source>Accused of a violent crime</source>
        <translation>تۆمەتبار بە تاوانێکی توندوتیژی</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>سزا</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>دەستپێکی سزا</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>کۆتایی سزا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <source>Synthetic demonstration record; not a real person.</source>
        <translation>تۆمارێکی دەستکردی نموونەیی؛ کەسێکی ڕاستەقینە نییە.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کەس</translation>
    </message>
    <message>
        <source>Prepared by (records officer)</source>
        <translation>ئامادەکراوە لەلایەن (فەرمانبەری تۆمار)</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>پێداچوونەوە لەلایەن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <source>Case sheet: %1</source>
        <translation>پەڕەی دۆسیە: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>دۆسیەی %1</translation>
    </message>
    <message>
        <source>Every field is from the individual record in this database when the sheet was generated; revoked decisions are listed with who revoked them.</source>
        <translation>هەر خانەیەک لە تۆماری تاکەکەسی ئەم بنکەدراوەیەوەیە لە کاتی دروستکردنی پەڕەکەدا؛ بڕیارە هەڵوەشێنراوەکان لەگەڵ ئەو کەسەی هەڵیوەشاندوونەتەوە لیست کراون.</translation>
    </message>
    <message>
        <source>Revoked %1 by %2</source>
        <translation>لە %1 لەلایەن %2 هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <source>guarantor: %1</source>
        <translation>کەفیل: %1</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>مەرجەکان: %1</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>بڕیاردراوە لەلایەن</translation>
    </message>
    <message>
        <source>Sentence end before → after</source>
        <translation>کۆتایی سزا پێش ← دوای</translation>
    </message>
    <message>
        <source>Guarantor, conditions, notes</source>
        <translation>کەفیل، مەرجەکان، تێبینییەکان</translation>
    </message>
    <message>
        <source>State</source>
        <translation>بار</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>بڕیارەکانی لێبوردن</translation>
    </message>
    <message>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <source>To</source>
        <translation>بۆ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>تۆمارکراوە لەلایەن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>گواستنەوەکان</translation>
    </message>
    <message>
        <source>People held by category</source>
        <translation>دەستبەسەرەکان بەپێی پۆل</translation>
    </message>
    <message>
        <source>Facility and category</source>
        <translation>دامەزراوە و پۆل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>ناو (بە عەرەبی)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>لەدایکبوون</translation>
    </message>
    <message>
        <source>Nat.</source>
        <translation>ڕەگەزنامە</translation>
    </message>
    <message>
        <source>People held</source>
        <translation>کەسە دەستبەسەرەکان</translation>
    </message>
    <message>
        <source>People held: individual records with the status “held” in %1 when the roster was generated.</source>
        <translation>کەسە دەستبەسەرەکان: تۆمارە تاکەکەسییەکان بە دۆخی «دەستبەسەر» لە %1 لە کاتی دروستکردنی لیستەکەدا.</translation>
    </message>
    <message>
        <source>%1 and its sections</source>
        <translation>%1 و بەشەکانی</translation>
    </message>
    <message>
        <source>The latest reported headcount of %1 is %2 (%3, as of %4); %5 of them have individual records here.</source>
        <translation>دوایین سەرژمێری ڕاگەیەنراوی %1 بریتییە لە %2 (%3، لە %4)؛ %5 لەوانە تۆماری تاکەکەسییان لێرە هەیە.</translation>
    </message>
    <message>
        <source>%1 of the people listed are synthetic demonstration records.</source>
        <translation>%1 لە کەسە لیستکراوەکان تۆماری دەستکردی نموونەیین.</translation>
    </message>
    <message>
        <source>status: held</source>
        <translation>دۆخ: دەستبەسەر</translation>
    </message>
    <message>
        <source>Roster: %1</source>
        <translation>لیستی دەستبەسەرەکان: %1</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Writing %1…</source>
        <translation>نووسینی %1…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>ئامادەکردنی پێشبینین…</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>ئامادەکردن بۆ چاپ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Preview open.</source>
        <translation>پێشبینین کراوەیە.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>پاشگەزبوویتەوە؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <source>Language of the report: %1 (the interface language)</source>
        <translation>زمانی ڕاپۆرت: %1 (زمانی ڕووکار)</translation>
    </message>
    <message>
        <source>Cannot read the report choices: %1</source>
        <translation>ناتوانرێت هەڵبژاردەکانی ڕاپۆرت بخوێندرێنەوە: %1</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>هەموو دامەزراوەکان</translation>
    </message>
    <message>
        <source>Capacity, latest headcount, people counted from records and occupancy for every facility (or one with its sections), with the reported network figures.</source>
        <translation>توانا، دوایین سەرژمێری، ئەو کەسانەی لە تۆمارەکانەوە ژمێردراون و پڕبوون بۆ هەموو دامەزراوەیەک (یان یەکێک لەگەڵ بەشەکانی)، لەگەڵ ژمارە ڕاگەیەنراوەکانی تۆڕەکە.</translation>
    </message>
    <message>
        <source>Decisions under one amnesty by outcome, category and facility, with the reported totals beside the counted ones.</source>
        <translation>بڕیارەکان بەپێی یەک لێبوردن بەپێی ئەنجام، پۆل و دامەزراوە، لەگەڵ کۆ ڕاگەیەنراوەکان لەتەنیشت ژمێردراوەکان.</translation>
    </message>
    <message>
        <source>One person&apos;s record with their decisions and transfers, and lines to sign. Contains personal data.</source>
        <translation>تۆماری کەسێک لەگەڵ بڕیارەکان و گواستنەوەکانی، و هێڵ بۆ واژۆ. زانیاریی کەسی تێدایە.</translation>
    </message>
    <message>
        <source>Everyone held in a facility or section, grouped by category. Contains personal data.</source>
        <translation>هەموو ئەو کەسانەی لە دامەزراوەیەک یان بەشێکدا دەستبەسەرن، بەپێی پۆل کۆکراونەتەوە. زانیاریی کەسی تێدایە.</translation>
    </message>
    <message>
        <source>Choose an amnesty.</source>
        <translation>لێبوردنێک هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose a facility or section.</source>
        <translation>دامەزراوەیەک یان بەشێک هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Enter a case number.</source>
        <translation>ژمارەی دۆسیە بنووسە.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>ئامادەکردنی پێشبینین…</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>ئامادەکردن بۆ چاپ…</translation>
    </message>
    <message>
        <source>Looking up case %1…</source>
        <translation>گەڕان بۆ دۆسیەی %1…</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>پاشەکەوتکردنی ڕاپۆرت وەک</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>نووسینی %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 پاشەکەوت کرا (%2 پەڕە).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 پاشەکەوت کرا.</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>%1 پەڕە بۆ %2 نێردرا.</translation>
    </message>
    <message>
        <source>The report was not made</source>
        <translation>ڕاپۆرتەکە دروست نەکرا</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>ڕاپۆرتەکان</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>ڕاپۆرت</translation>
    </message>
    <message>
        <source>Occupancy by facility</source>
        <translation>پڕبوون بەپێی دامەزراوە</translation>
    </message>
    <message>
        <source>Outcomes of an amnesty</source>
        <translation>ئەنجامەکانی لێبوردنێک</translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation>پەڕەی دۆسیە</translation>
    </message>
    <message>
        <source>Facility roster</source>
        <translation>لیستی دەستبەسەرەکانی دامەزراوە</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>لێبوردن</translation>
    </message>
    <message>
        <source>Facility or section</source>
        <translation>دامەزراوە یان بەش</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <source>e.g. SYN-000123</source>
        <translation>بۆ نموونە SYN-000123</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>کێشە</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;ڕاپۆرت:</translation>
    </message>
    <message>
        <source>&amp;Amnesty:</source>
        <translation>&amp;لێبوردن:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;دامەزراوە:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;ژمارەی دۆسیە:</translation>
    </message>
    <message>
        <source>What to report</source>
        <translation>چی ڕاپۆرت بکرێت</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;پێشبینین…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپکردن…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>پاشەکەوتکردن وەک P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>پاشەکەوتکردن وەک &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>پاشەکەوتکردن وەک &amp;XLSX…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>دۆخی ڕاپۆرت</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Reject a proposal</source>
        <translation>ڕەتکردنەوەی پێشنیارێک</translation>
    </message>
    <message>
        <source>Approve a proposal</source>
        <translation>پەسەندکردنی پێشنیارێک</translation>
    </message>
    <message>
        <source>Rejecting changes nothing on the people; the proposal is kept, marked rejected, with who, when and why.</source>
        <translation>ڕەتکردنەوە هیچ شتێک لەسەر کەسەکان ناگۆڕێت؛ پێشنیارەکە دەهێڵرێتەوە، وەک ڕەتکراوە نیشان دەکرێت، لەگەڵ کێ، کەی و بۆچی.</translation>
    </message>
    <message>
        <source>Approving puts the decisions in force now: the effects above are applied in one step, recorded under your login.</source>
        <translation>پەسەندکردن بڕیارەکان هەر ئێستا کارپێکراو دەکات: کاریگەرییەکانی سەرەوە بە یەک هەنگاو جێبەجێ دەکرێن و بە ناوی چوونەژوورەوەکەت تۆمار دەکرێن.</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>هۆکاری ڕەتکردنەوە</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>تێبینیی پەسەندکردن</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;هۆکار</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;تێبینی (ئارەزوومەندانە)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ڕەتکردنەوە</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>پەسەندکردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a decision</source>
        <translation>هەڵوەشاندنەوەی بڕیارێک</translation>
    </message>
    <message>
        <source>Decision %1: %2 under “%3”, %4, case %5.</source>
        <translation>بڕیاری %1: %2 بەپێی «%3»، %4، دۆسیەی %5.</translation>
    </message>
    <message>
        <source>The person&apos;s status goes back to “%1”.</source>
        <translation>دۆخی کەسەکە دەگەڕێتەوە بۆ «%1».</translation>
    </message>
    <message>
        <source>The sentence end goes back from %1 to %2.</source>
        <translation>کۆتایی سزا لە %1ەوە دەگەڕێتەوە بۆ %2.</translation>
    </message>
    <message>
        <source>Nothing changes on the person.</source>
        <translation>هیچ شتێک لەسەر کەسەکە ناگۆڕێت.</translation>
    </message>
    <message>
        <source>The decision is kept, marked revoked, with who, when and why.</source>
        <translation>بڕیارەکە دەهێڵرێتەوە، وەک هەڵوەشاوە نیشان دەکرێت، لەگەڵ کێ، کەی و بۆچی.</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>هۆکاری هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>هەڵوەشێنراوە لەلایەن</translation>
    </message>
    <message>
        <source>Recorded under your login</source>
        <translation>بە ناوی چوونەژوورەوەکەت تۆمار دەکرێت</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;هۆکار</translation>
    </message>
    <message>
        <source>Revoked &amp;by</source>
        <translation>هەڵوەشێنراوە &amp;لەلایەن</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Rules the application checks</source>
        <translation>ئەو یاسایانەی بەرنامەکە پشکنینیان بۆ دەکات</translation>
    </message>
    <message>
        <source>Exclude people accused of a violent crime (“no blood on their hands”)</source>
        <translation>دەرکردنی ئەو کەسانەی تۆمەتبارن بە تاوانی توندوتیژی («دەستیان بە خوێن سوور نەبووە»)</translation>
    </message>
    <message>
        <source>Exclude violent crime</source>
        <translation>دەرکردنی تاوانی توندوتیژی</translation>
    </message>
    <message>
        <source>Where it is not recorded whether the person is accused of a violent crime, the rule does not select them: deciding for them needs an override with a reason.</source>
        <translation>لەو شوێنانەی تۆمار نەکراوە کە ئایا کەسەکە تۆمەتبارە بە تاوانی توندوتیژی یان نا، یاساکە هەڵیناژێرێت: بڕیاردان بۆی پێویستی بە هەڵاواردنێک هەیە لەگەڵ هۆکار.</translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation>تەنها ئەم پۆلانە</translation>
    </message>
    <message>
        <source>Not these categories</source>
        <translation>نەک ئەم پۆلانە</translation>
    </message>
    <message>
        <source>Only these categories (none ticked: any)</source>
        <translation>تەنها ئەم پۆلانە (هیچ نیشانکراو نەبێت: هەر پۆلێک)</translation>
    </message>
    <message>
        <source>A category covers the categories within it.</source>
        <translation>پۆلێک ئەو پۆلانەش دەگرێتەوە کە لەناویدان.</translation>
    </message>
    <message>
        <source>Only these nationalities</source>
        <translation>تەنها ئەم ڕەگەزنامانە</translation>
    </message>
    <message>
        <source>ISO codes, e.g. SY IQ (empty: any)</source>
        <translation>کۆدی ISO، بۆ نموونە SY IQ (بەتاڵ: هەر یەکێک)</translation>
    </message>
    <message>
        <source>Not these nationalities</source>
        <translation>نەک ئەم ڕەگەزنامانە</translation>
    </message>
    <message>
        <source>ISO codes, e.g. FR DE</source>
        <translation>کۆدی ISO، بۆ نموونە FR DE</translation>
    </message>
    <message>
        <source>Held since before</source>
        <translation>دەستبەسەر لە پێش</translation>
    </message>
    <message>
        <source>Held since before: on</source>
        <translation>دەستبەسەر لە پێش: چالاک</translation>
    </message>
    <message>
        <source>Sentence at least</source>
        <translation>سزا لانیکەم</translation>
    </message>
    <message>
        <source>Sentence at least: on</source>
        <translation>سزا لانیکەم: چالاک</translation>
    </message>
    <message>
        <source>Sentence at least, months</source>
        <translation>سزا لانیکەم، بە مانگ</translation>
    </message>
    <message>
        <source>Sentence at most</source>
        <translation>سزا لانیزۆر</translation>
    </message>
    <message>
        <source>Sentence at most: on</source>
        <translation>سزا لانیزۆر: چالاک</translation>
    </message>
    <message>
        <source>Sentence at most, months</source>
        <translation>سزا لانیزۆر، بە مانگ</translation>
    </message>
    <message>
        <source>Only nationalities</source>
        <translation>تەنها ڕەگەزنامەکان</translation>
    </message>
    <message>
        <source>Not nationalities</source>
        <translation>نەک ڕەگەزنامەکان</translation>
    </message>
    <message>
        <source> months</source>
        <translation> مانگ</translation>
    </message>
    <message>
        <source>Problem with a rule</source>
        <translation>کێشە لە یاسایەک</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Clear search</source>
        <translation>سڕینەوەی گەڕان</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>دۆزینەوە</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another facility</source>
        <translation>گواستنەوە بۆ دامەزراوەیەکی تر</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>گواستنەوەی %1</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to another facility.</source>
        <translation>گواستنەوەی &lt;b&gt;%1&lt;/b&gt; لە &lt;b&gt;%2&lt;/b&gt; بۆ دامەزراوەیەکی تر.</translation>
    </message>
    <message>
        <source>(no facility)</source>
        <translation>(بێ دامەزراوە)</translation>
    </message>
    <message>
        <source>Facility to move to</source>
        <translation>ئەو دامەزراوەیەی بۆی دەگوازرێتەوە</translation>
    </message>
    <message>
        <source>Choose a facility…</source>
        <translation>دامەزراوەیەک هەڵبژێرە…</translation>
    </message>
    <message>
        <source>Date of the transfer</source>
        <translation>بەرواری گواستنەوە</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>هۆکاری گواستنەوە</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;بۆ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;بەروار</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;هۆکار</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>گواستنەوە</translation>
    </message>
    <message>
        <source>Record the transfer</source>
        <translation>تۆمارکردنی گواستنەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>گۆڕانکاریی پاشەکەوتنەکراو</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>«%1» گۆڕانکاریی پاشەکەوتنەکراوی هەیە.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>پێش بەردەوامبوون پاشەکەوتیان بکەیت؟</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>ئەوەی نووسیوتە فڕێ بدرێت؟</translation>
    </message>
    <message>
        <source>What you typed in “%1” is not saved.</source>
        <translation>ئەوەی لە «%1» نووسیوتە پاشەکەوت نەکراوە.</translation>
    </message>
    <message>
        <source>Close and discard it, or keep editing?</source>
        <translation>دابخرێت و فڕێ بدرێت، یان دەستکاری بەردەوام بێت؟</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>بەردەوامبوون لە دەستکاری</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>Your display name is now %1; changes are still recorded under %2.</source>
        <translation>ناوی پیشاندانی تۆ ئێستا بریتییە لە %1؛ گۆڕانکارییەکان هێشتا بە ناوی %2 تۆمار دەکرێن.</translation>
    </message>
    <message>
        <source>Display name not changed</source>
        <translation>ناوی پیشاندان نەگۆڕدرا</translation>
    </message>
    <message>
        <source>&amp;Display name…</source>
        <translation>&amp;ناوی پیشاندان…</translation>
    </message>
    <message>
        <source>The name shown beside your login</source>
        <translation>ئەو ناوەی لەتەنیشت ناوی چوونەژوورەوەکەت پیشان دەدرێت</translation>
    </message>
</context>
</TS>
