<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Amnesties</name>
    <message>
        <source>not reported</source>
        <translation>غير مُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Counted: %1 standing decisions in this database (%2 of them synthetic).</source>
        <translation>المحسوب: %1 قرارًا نافذًا في قاعدة البيانات هذه (%2 منها اصطناعية).</translation>
    </message>
    <message>
        <source>Reported: %1 (%2), as of %3 — %4</source>
        <translation>المُبلَّغ عنه: %1 (%2)، بتاريخ %3 — %4</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>revoked by %1</source>
        <translation>ألغاه %1</translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation>استثناء: %1</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>اصطناعي</translation>
    </message>
    <message>
        <source>Day known</source>
        <translation>اليوم معروف</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>revoked by %1 (imported; the list says by %2)</source>
        <translation>ألغاه %1 (مستورد؛ تقول القائمة إنه %2)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>متّسق</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>أكثر من %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 شهر</translation>
    </message>
    <message>
        <source>recorded as not accused of a violent crime</source>
        <translation>مسجّلون على أنهم غير متهمين بجريمة عنف</translation>
    </message>
    <message>
        <source>of nationality %1</source>
        <translation>من الجنسية %1</translation>
    </message>
    <message>
        <source>not of nationality %1</source>
        <translation>ليسوا من الجنسية %1</translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation>ضمن الفئة %1</translation>
    </message>
    <message>
        <source>not in category %1</source>
        <translation>خارج الفئة %1</translation>
    </message>
    <message>
        <source>held since before %1</source>
        <translation>محتجزون منذ ما قبل %1</translation>
    </message>
    <message>
        <source>sentenced to at least %1 months</source>
        <translation>محكومون بما لا يقل عن %1 شهرًا</translation>
    </message>
    <message>
        <source>sentenced to at most %1 months</source>
        <translation>محكومون بما لا يزيد على %1 شهرًا</translation>
    </message>
    <message>
        <source>The rules select everyone held.</source>
        <translation>تختار القواعد جميع المحتجزين.</translation>
    </message>
    <message>
        <source>The rules select people held who are %1.</source>
        <translation>تختار القواعد المحتجزين الذين هم %1.</translation>
    </message>
    <message>
        <source>pending decision</source>
        <translation>قرار قيد النظر</translation>
    </message>
</context>
<context>
    <name>AmnestiesPage</name>
    <message>
        <source>Amnesties</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>&amp;New amnesty</source>
        <translation>عفو &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>ت&amp;راجع عن التعديلات</translation>
    </message>
    <message>
        <source>&amp;Decide for a person…</source>
        <translation>&amp;قرار لشخص…</translation>
    </message>
    <message>
        <source>&amp;Apply amnesty…</source>
        <translation>&amp;تطبيق العفو…</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Amnesty actions</source>
        <translation>إجراءات العفو</translation>
    </message>
    <message>
        <source>Amnesty columns</source>
        <translation>أعمدة العفو</translation>
    </message>
</context>
<context>
    <name>AmnestyActions</name>
    <message>
        <source>Revocation refused</source>
        <translation>رُفض الإلغاء</translation>
    </message>
</context>
<context>
    <name>AmnestyController</name>
    <message>
        <source>Edit rules</source>
        <translation>تعديل القواعد</translation>
    </message>
    <message>
        <source>New amnesty</source>
        <translation>عفو جديد</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>القرارات: %1</translation>
    </message>
    <message>
        <source>(the newest %1 shown)</source>
        <translation>(تُعرض أحدث %1)</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>حفظه شخص آخر</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Your changes are still in the form: note them, Revert, and enter them again.</source>
        <translation>غيّر شخص آخر %1 منذ أن فتحته. تغييراتك ما تزال في النموذج: دوّنها، ثم تراجع عن التعديلات، وأدخلها مجددًا.</translation>
    </message>
</context>
<context>
    <name>AmnestyDecisionsModel</name>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>AmnestyDetailView</name>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Amnesty title</source>
        <translation>عنوان العفو</translation>
    </message>
    <message>
        <source>Decree and rules</source>
        <translation>المرسوم والقواعد</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>المرسوم</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Outcomes and decisions</source>
        <translation>النتائج والقرارات</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Outcomes that need a second person&apos;s approval</source>
        <translation>النتائج التي تحتاج إلى موافقة شخص ثانٍ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Issued &amp;by</source>
        <translation>صادر &amp;عن</translation>
    </message>
    <message>
        <source>Re&amp;quested by</source>
        <translation>ب&amp;طلب من</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>تاريخ الإ&amp;صدار</translation>
    </message>
    <message>
        <source>Date &amp;known to</source>
        <translation>التاريخ &amp;معروف حتى</translation>
    </message>
    <message>
        <source>&amp;Criteria as written</source>
        <translation>الم&amp;عايير كما كُتبت</translation>
    </message>
    <message>
        <source>What the rules select</source>
        <translation>ما تختاره القواعد</translation>
    </message>
    <message>
        <source>Outcomes counted and reported</source>
        <translation>النتائج المحسوبة والمُبلَّغ عنها</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>حول هذه الأرقام</translation>
    </message>
    <message>
        <source>Decisions under this amnesty</source>
        <translation>القرارات بموجب هذا العفو</translation>
    </message>
    <message>
        <source>Decisions shown</source>
        <translation>القرارات المعروضة</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>فتح ال&amp;قضية</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>فتح القضية</translation>
    </message>
    <message>
        <source>Re&amp;voke decision…</source>
        <translation>إ&amp;لغاء القرار…</translation>
    </message>
    <message>
        <source>Revoke decision</source>
        <translation>إلغاء القرار</translation>
    </message>
    <message>
        <source>New amnesty</source>
        <translation>عفو جديد</translation>
    </message>
    <message>
        <source>No amnesty yet</source>
        <translation>لا يوجد عفو بعد</translation>
    </message>
    <message>
        <source>New amnesty (Ctrl+N) adds a decree and its rules.</source>
        <translation>«عفو جديد» (Ctrl+N) يضيف مرسومًا وقواعده.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counted&lt;/b&gt;: decisions recorded in this database that stand (not revoked)%1. &lt;b&gt;Reported&lt;/b&gt;: the figures as the source published them, with their precision and date.</source>
        <translation>&lt;b&gt;المحسوب&lt;/b&gt;: القرارات المسجّلة في قاعدة البيانات هذه والنافذة (غير الملغاة)%1. &lt;b&gt;المُبلَّغ عنه&lt;/b&gt;: الأرقام كما نشرها المصدر، مع دقتها وتاريخها.</translation>
    </message>
    <message>
        <source>, %1 of them about synthetic demo records</source>
        <translation>، منها %1 تخص سجلات اصطناعية للعرض التوضيحي</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>المصدر: %1.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>المصادر: %1.</translation>
    </message>
    <message>
        <source>Nothing decided or reported yet.</source>
        <translation>لم يُتّخذ أي قرار ولم يُبلَّغ عن شيء بعد.</translation>
    </message>
    <message>
        <source>one outcome</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <source>Counted and reported differ for %1 (highlighted).</source>
        <translation>يختلف المحسوب عن المُبلَّغ عنه في %1 (مميّزة).</translation>
    </message>
    <message>
        <source>Counted figures agree with what was reported.</source>
        <translation>الأرقام المحسوبة تتفق مع ما أُبلغ عنه.</translation>
    </message>
</context>
<context>
    <name>AmnestyListModel</name>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…
A new database is created and filled first; an older one is copied, then brought up to date. For a large database this can take a minute.</source>
        <translation>جارٍ فتح قاعدة البيانات…
تُنشأ قاعدة البيانات الجديدة وتُملأ أولًا، وتُنسخ القديمة ثم تُحدَّث. قد يستغرق ذلك دقيقة لقاعدة بيانات كبيرة.</translation>
    </message>
    <message>
        <source>Case Tracker</source>
        <translation>Case Tracker</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the name, or create a new database with “case-tracker init --db %1”.</source>
        <translation>لا توجد قاعدة بيانات في %1. تحقّق من الاسم، أو أنشئ قاعدة بيانات جديدة باستخدام «‎case-tracker init --db %1‎».</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>قاعدة البيانات قيد الاستخدام</translation>
    </message>
</context>
<context>
    <name>ApplyAmnestyDialog</name>
    <message>
        <source>Apply amnesty</source>
        <translation>تطبيق العفو</translation>
    </message>
    <message>
        <source>Finding the people the rules select…</source>
        <translation>جارٍ البحث عن الأشخاص الذين تختارهم القواعد…</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Who is selected</source>
        <translation>من يُختار</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Ticked people by category</source>
        <translation>الأشخاص المؤشَّر عليهم حسب الفئة</translation>
    </message>
    <message>
        <source>Ticked people by facility</source>
        <translation>الأشخاص المؤشَّر عليهم حسب المرفق</translation>
    </message>
    <message>
        <source>People selected</source>
        <translation>الأشخاص المختارون</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>تأشير ال&amp;كل</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تأشير الكل</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>إزالة &amp;كل التأشيرات</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>إزالة كل التأشيرات</translation>
    </message>
    <message>
        <source>People ticked</source>
        <translation>الأشخاص المؤشَّر عليهم</translation>
    </message>
    <message>
        <source>— choose an outcome —</source>
        <translation>— اختر النتيجة —</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>Reduced &amp;by</source>
        <translation>التخفيض &amp;بمقدار</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>&amp;تاريخ القرار</translation>
    </message>
    <message>
        <source>Decided b&amp;y</source>
        <translation>&amp;قرّره</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Untick people without a sentence</source>
        <translation>إزالة التأشير عن الأشخاص غير المحكومين</translation>
    </message>
    <message>
        <source>Outcome of the last attempt</source>
        <translation>نتيجة المحاولة الأخيرة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Apply to the ticked people</source>
        <translation>تطبيق على الأشخاص المؤشَّر عليهم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 people held are selected and have no decision under this amnesty yet.</source>
        <translation>اختير %1 من المحتجزين وليس لهم قرار بموجب هذا العفو بعد.</translation>
    </message>
    <message>
        <source>%1 of them have a pending decision, which applying replaces.</source>
        <translation>%1 منهم لهم قرار قيد النظر يحلّ التطبيق محله.</translation>
    </message>
    <message>
        <source>%1 people held are left out by the rules: decide for them one at a time, with an override. %2 people already have a decision.</source>
        <translation>استبعدت القواعد %1 من المحتجزين: قرّر لهم واحدًا تلو الآخر، مع استثناء. و%2 أشخاص لديهم قرار بالفعل.</translation>
    </message>
    <message>
        <source>%1 of %2 people ticked</source>
        <translation>%1 من %2 مؤشَّر عليهم</translation>
    </message>
    <message>
        <source>The parts of a reduction are at most %1.</source>
        <translation>لا يزيد مقام كسر التخفيض على %1.</translation>
    </message>
    <message>
        <source>%1 ticked people have no sentence recorded and cannot have it reduced.</source>
        <translation>%1 من المؤشَّر عليهم ليس لهم حكم مسجّل ولا يمكن تخفيضه.</translation>
    </message>
    <message>
        <source>Apply: %1 for %2 people</source>
        <translation>تطبيق: %1 لـ%2 شخص</translation>
    </message>
    <message>
        <source>Record “%1” for %2 people under “%3”? It is written in one step; a decision entered by mistake can be revoked later, one at a time.</source>
        <translation>تسجيل «%1» لـ%2 شخص بموجب «%3»؟ يُكتب ذلك في خطوة واحدة؛ ويمكن لاحقًا إلغاء أي قرار أُدخل خطأً، واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>Recording %1 decisions…</source>
        <translation>جارٍ تسجيل %1 قرار…</translation>
    </message>
    <message>
        <source>Proposed %1 decisions under “%2”: they change nothing until a reviewer approves them (Waiting for approval).</source>
        <translation>اقتُرح %1 قرار بموجب «%2»: لا تغيّر شيئًا حتى يوافق عليها مُراجِع (بانتظار الموافقة).</translation>
    </message>
    <message>
        <source>Recorded %1 decisions under “%2”.</source>
        <translation>سُجّل %1 قرار بموجب «%2».</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Refused, nothing was written: %1</source>
        <translation>رُفض، ولم يُكتب شيء: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalMenu</name>
    <message>
        <source>Approval settings saved; the change is recorded in the history.</source>
        <translation>حُفظت إعدادات الموافقة؛ وسُجّل التغيير في السجل التاريخي.</translation>
    </message>
    <message>
        <source>Approval settings not saved</source>
        <translation>لم تُحفظ إعدادات الموافقة</translation>
    </message>
    <message>
        <source>&amp;Approval settings…</source>
        <translation>&amp;إعدادات الموافقة…</translation>
    </message>
    <message>
        <source>Which decisions need a second person&apos;s approval</source>
        <translation>القرارات التي تحتاج إلى موافقة شخص ثانٍ</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsDialog</name>
    <message>
        <source>Approval settings</source>
        <translation>إعدادات الموافقة</translation>
    </message>
    <message>
        <source>Decisions that change liberty or a sentence need a second person&apos;s approval</source>
        <translation>تحتاج القرارات التي تمسّ حرية الشخص أو حكمه إلى موافقة شخص ثانٍ</translation>
    </message>
    <message>
        <source>Approval by a second person</source>
        <translation>الموافقة من شخص ثانٍ</translation>
    </message>
    <message>
        <source>Turn this off only for a one-person office: decisions then take effect when recorded, the change is recorded in the history, and every report says “decisions not independently approved”.</source>
        <translation>لا تُعطّل هذا الخيار إلا في مكتب يعمل فيه شخص واحد: عندها تصبح القرارات نافذة فور تسجيلها، ويُسجَّل التغيير في السجل التاريخي، ويذكر كل تقرير «قرارات لم تخضع لموافقة مستقلة».</translation>
    </message>
    <message>
        <source>Outcomes that need approval, per amnesty</source>
        <translation>النتائج التي تحتاج إلى موافقة، لكل عفو</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
</context>
<context>
    <name>ApprovalsController</name>
    <message>
        <source>%1 decisions wait for approval.</source>
        <translation>%1 قرار بانتظار الموافقة.</translation>
    </message>
    <message>
        <source>No decision waits for approval.</source>
        <translation>لا يوجد قرار بانتظار الموافقة.</translation>
    </message>
    <message>
        <source>You are %1, with the %2 role.</source>
        <translation>أنت %1، بدور %2.</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may approve or reject.</source>
        <translation>لا تحقّ الموافقة أو الرفض إلا للمُراجِع أو مدير النظام.</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Choose a proposal to see what approving it would do.</source>
        <translation>اختر مقترحًا لترى ما ستفعله الموافقة عليه.</translation>
    </message>
    <message>
        <source>Decisions you proposed must be approved by another reviewer.</source>
        <translation>القرارات التي اقترحتها يجب أن يوافق عليها مُراجِع آخر.</translation>
    </message>
    <message>
        <source>Rejecting %1 proposals…</source>
        <translation>جارٍ رفض %1 مقترح…</translation>
    </message>
    <message>
        <source>Approving %1 proposals…</source>
        <translation>جارٍ الموافقة على %1 مقترح…</translation>
    </message>
    <message>
        <source>Approved decision %1 (case %2): it is in force.</source>
        <translation>تمت الموافقة على القرار %1 (القضية %2): وهو نافذ الآن.</translation>
    </message>
    <message>
        <source>Rejected decision %1 (case %2): nothing changed on the person.</source>
        <translation>رُفض القرار %1 (القضية %2): لم يتغير شيء في سجل الشخص.</translation>
    </message>
    <message>
        <source>Approved %1 decisions: %2 released, %3 sentences reduced.</source>
        <translation>تمت الموافقة على %1 قرار: المُفرج عنهم: %2، والأحكام المخفّضة: %3.</translation>
    </message>
    <message>
        <source>Rejected %1 proposed decisions: nothing changed on the people.</source>
        <translation>رُفض %1 قرار مقترح: لم يتغير شيء في سجلات الأشخاص.</translation>
    </message>
    <message>
        <source>Not approved or rejected</source>
        <translation>لم تتم الموافقة ولا الرفض</translation>
    </message>
    <message>
        <source>“Apply amnesty” under “%1”, proposed by %2: %3 people (%4).</source>
        <translation>«تطبيق العفو» بموجب «%1»، اقترحه %2: %3 شخص (%4).</translation>
    </message>
    <message>
        <source>Decision %1 under “%2” for case %3 (%4), proposed by %5: %6.</source>
        <translation>القرار %1 بموجب «%2» للقضية %3 (%4)، اقترحه %5: %6.</translation>
    </message>
    <message>
        <source>Approving releases the person: their status becomes released.</source>
        <translation>الموافقة تُفرج عن الشخص: تصبح حالته «مُفرج عنه».</translation>
    </message>
    <message>
        <source>Approving moves the sentence end from %1 to %2.</source>
        <translation>الموافقة تنقل نهاية الحكم من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Approving changes nothing on the person.</source>
        <translation>الموافقة لا تغيّر شيئًا في سجل الشخص.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>الحالة الآن</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>اقترحه</translation>
    </message>
    <message>
        <source>Proposed at</source>
        <translation>وقت الاقتراح</translation>
    </message>
    <message>
        <source>You proposed this; another reviewer must approve it.</source>
        <translation>أنت اقترحت هذا؛ ويجب أن يوافق عليه مُراجِع آخر.</translation>
    </message>
    <message>
        <source>Proposed at %1.</source>
        <translation>اقتُرح في %1.</translation>
    </message>
    <message>
        <source>%1 people changed since the proposal; approval is refused until the batch is rejected and proposed again:</source>
        <translation>تغيّرت سجلات %1 شخص منذ الاقتراح؛ ولا تُقبل الموافقة حتى تُرفض الدفعة ويُعاد اقتراحها:</translation>
    </message>
    <message>
        <source>The people:</source>
        <translation>الأشخاص:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 آخرون</translation>
    </message>
    <message>
        <source>You proposed this batch; another reviewer must approve it.</source>
        <translation>أنت اقترحت هذه الدفعة؛ ويجب أن يوافق عليها مُراجِع آخر.</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Waiting for approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Proposals waiting for approval</source>
        <translation>المقترحات بانتظار الموافقة</translation>
    </message>
    <message>
        <source>The chosen proposal</source>
        <translation>المقترح المختار</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <source>Approve the chosen proposal</source>
        <translation>الموافقة على المقترح المختار</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Reject the chosen proposal</source>
        <translation>رفض المقترح المختار</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>فتح ال&amp;قضية</translation>
    </message>
    <message>
        <source>Open the person&apos;s case</source>
        <translation>فتح قضية الشخص</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups (*.db *.bak);;All files (*)</source>
        <translation>النسخ الاحتياطية (*.db *.bak);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>النسخ الاحتياطية (*.db)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The backup was written %3 and holds %4 cases and %5 facilities. It passed its checks.

The database as it is now is kept beside it (…before-restore-….bak), and the window opens the restored one.</source>
        <translation>استبدال %1 بالنسخة الاحتياطية %2؟

كُتبت النسخة الاحتياطية في %3 وتضم %4 قضية و%5 مرفقًا. وقد اجتازت فحوصها.

تُحفظ قاعدة البيانات بحالتها الحالية بجانبها (…before-restore-….bak)، وتفتح النافذة القاعدة المستعادة.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Export a list</source>
        <translation>تصدير قائمة</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>القائمة المراد تصديرها</translation>
    </message>
    <message>
        <source>Detainee categories</source>
        <translation>فئات المحتجزين</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>ال&amp;قائمة:</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>تُنسخ قاعدة بيانات الخادم احتياطيًا بأدوات الخادم نفسه (pg_dump).</translation>
    </message>
    <message>
        <source>Backed up to %1 (checked)</source>
        <translation>نُسخت احتياطيًا إلى %1 (مفحوصة)</translation>
    </message>
    <message>
        <source>Back up failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools (pg_restore).</source>
        <translation>تُستعاد قاعدة بيانات الخادم بأدوات الخادم نفسه (pg_restore).</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>لا يمكن استعادة هذه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was replaced.</source>
        <translation>لا يمكن استعادة %1: %2. لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced database is kept as %2</source>
        <translation>استُعيدت من %1؛ وحُفظت قاعدة البيانات المستبدلة باسم %2</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database</source>
        <translation>كتابة نسخة مفحوصة من قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Replace the database with a backup, after checking it</source>
        <translation>استبدال قاعدة البيانات بنسخة احتياطية، بعد فحصها</translation>
    </message>
</context>
<context>
    <name>CandidateCountsModel</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>محتجز منذ</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>the new case</source>
        <translation>القضية الجديدة</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New case&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;قضية جديدة&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>غيّره شخص آخر</translation>
    </message>
    <message>
        <source>%1
Reload the saved version? Your changes will be lost.</source>
        <translation>%1
إعادة تحميل النسخة المحفوظة؟ ستُفقد تغييراتك.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>لم تُحفظ القضية</translation>
    </message>
    <message>
        <source>%1 transferred to %2</source>
        <translation>نُقل %1 إلى %2</translation>
    </message>
    <message>
        <source>Revocation refused</source>
        <translation>رُفض الإلغاء</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Fraction</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>proposed by %1 on %2, waiting for approval</source>
        <translation>اقترحه %1 في %2، بانتظار الموافقة</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>رفضه %1: %2</translation>
    </message>
    <message>
        <source>proposed by %1, approved by %2</source>
        <translation>اقترحه %1، ووافق عليه %2</translation>
    </message>
    <message>
        <source>recorded before approval was required</source>
        <translation>سُجّل قبل اشتراط الموافقة</translation>
    </message>
    <message>
        <source>in force (no approval needed)</source>
        <translation>نافذ (لا يحتاج إلى موافقة)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Case detail</source>
        <translation>تفاصيل القضية</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No case chosen&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;لم تُختر أي قضية&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Synthetic record: not a real person</source>
        <translation>سجل اصطناعي: ليس شخصًا حقيقيًا</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>Create a new case</source>
        <translation>إنشاء قضية جديدة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>حفظ القضية</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>تجاهل التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <source>Transfer to another facility</source>
        <translation>النقل إلى مرفق آخر</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>أقسام القضية</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>قرار جديد…</translation>
    </message>
    <message>
        <source>Record a new amnesty decision for this person</source>
        <translation>تسجيل قرار عفو جديد لهذا الشخص</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Revoke the chosen decision, which was entered by mistake</source>
        <translation>إلغاء القرار المختار الذي أُدخل خطأً</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>قرارات العفو</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>عمليات النقل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>e.g. 1985; empty if unknown</source>
        <translation>مثلًا 1985؛ فارغ إن لم يكن معروفًا</translation>
    </message>
    <message>
        <source>ISO code, e.g. SY</source>
        <translation>رمز ISO، مثلًا SY</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>months; empty if none</source>
        <translation>بالأشهر؛ فارغ إن لم يوجد</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>&amp;رقم القضية</translation>
    </message>
    <message>
        <source>Name (&amp;Latin)</source>
        <translation>الاسم (بالحروف ال&amp;لاتينية)</translation>
    </message>
    <message>
        <source>Name (&amp;Arabic)</source>
        <translation>الاسم (بال&amp;عربية)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;سنة الميلاد</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>ال&amp;جنسية</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>الم&amp;رفق</translation>
    </message>
    <message>
        <source>Held &amp;since</source>
        <translation>محتجز &amp;منذ</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Accused of a &amp;violent crime</source>
        <translation>متهم بجريمة &amp;عنف</translation>
    </message>
    <message>
        <source>&amp;Charges</source>
        <translation>ال&amp;تهم</translation>
    </message>
    <message>
        <source>Sentence (&amp;months)</source>
        <translation>الحكم (بالأ&amp;شهر)</translation>
    </message>
    <message>
        <source>Sentence st&amp;arts</source>
        <translation>&amp;بداية الحكم</translation>
    </message>
    <message>
        <source>Sentence &amp;ends</source>
        <translation>&amp;نهاية الحكم</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>الاسم (لاتيني)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>مواليد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>محتجز منذ</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في القضايا</translation>
    </message>
    <message>
        <source>Search by case number or name, in Latin or Arabic script…</source>
        <translation>ابحث برقم القضية أو بالاسم، بالحروف اللاتينية أو العربية…</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>عدد القضايا المعروضة</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>الفئات…</translation>
    </message>
    <message>
        <source>Edit detainee categories</source>
        <translation>تعديل فئات المحتجزين</translation>
    </message>
    <message>
        <source>Case columns: click to sort, right-click to choose</source>
        <translation>أعمدة القضايا: انقر للفرز، وانقر بالزر الأيمن للاختيار</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation>تصدير القضايا المعروضة</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>البحث عن قضية</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>حفظ القضية</translation>
    </message>
    <message>
        <source>%1 has unsaved changes and stays on show; it is not among the results.</source>
        <translation>في %1 تغييرات غير محفوظة فيبقى معروضًا؛ وهو ليس ضمن النتائج.</translation>
    </message>
    <message>
        <source>%1 is not among the results: the first result is shown.</source>
        <translation>%1 ليس ضمن النتائج: تُعرض النتيجة الأولى.</translation>
    </message>
    <message>
        <source>No case yet: New case adds one; File ▸ Import… brings in a list.</source>
        <translation>لا توجد قضية بعد: «قضية جديدة» تضيف واحدة؛ ملف ◂ استيراد… يجلب قائمة.</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>لا توجد قضية تطابق البحث.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Put it under:</source>
        <translation>ضعها تحت:</translation>
    </message>
    <message>
        <source>Detainee categories</source>
        <translation>فئات المحتجزين</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>إضافة فئة</translation>
    </message>
    <message>
        <source>Add inside…</source>
        <translation>إضافة ضمنها…</translation>
    </message>
    <message>
        <source>Add a category inside this one</source>
        <translation>إضافة فئة ضمن هذه الفئة</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Rename the category</source>
        <translation>إعادة تسمية الفئة</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <source>Move the category under another</source>
        <translation>نقل الفئة تحت فئة أخرى</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the category</source>
        <translation>حذف الفئة</translation>
    </message>
    <message>
        <source>A category used by people, headcounts or reported totals, or with categories inside it, cannot be deleted.</source>
        <translation>لا يمكن حذف فئة يستخدمها أشخاص أو تعدادات أو مجاميع مُبلَّغ عنها، أو تضم فئات أخرى.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>In use: cannot be deleted</source>
        <translation>قيد الاستخدام: لا يمكن حذفها</translation>
    </message>
    <message>
        <source>Delete this category</source>
        <translation>حذف هذه الفئة</translation>
    </message>
    <message>
        <source>New category inside %1</source>
        <translation>فئة جديدة ضمن %1</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>فئة جديدة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>إعادة تسمية الفئة</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>حذف الفئة</translation>
    </message>
    <message>
        <source>Delete the category “%1”?</source>
        <translation>حذف الفئة «%1»؟</translation>
    </message>
</context>
<context>
    <name>CategoryComparisonModel</name>
    <message>
        <source>Latest headcount</source>
        <translation>آخر تعداد</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Held (records)</source>
        <translation>المحتجزون (السجلات)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>No headcount has been reported for this facility</source>
        <translation>لم يُبلَّغ عن أي تعداد لهذا المرفق</translation>
    </message>
    <message>
        <source>The latest headcount does not count this category</source>
        <translation>آخر تعداد لا يحصي هذه الفئة</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>حفظه شخص آخر</translation>
    </message>
    <message>
        <source>“%1” was saved by someone else after you opened it. Nothing has been overwritten. For each field below, choose the value to keep, then save.</source>
        <translation>حفظ شخص آخر «%1» بعد أن فتحته. لم يُكتب فوق أي شيء. اختر لكل حقل أدناه القيمة التي تريد إبقاءها، ثم احفظ.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>عندما فتحته</translation>
    </message>
    <message>
        <source>Their saved value</source>
        <translation>القيمة التي حفظوها</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>الحقول المختلفة</translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation>إبقاء كل &amp;قيمهم</translation>
    </message>
    <message>
        <source>Keep all their values</source>
        <translation>إبقاء كل قيمهم</translation>
    </message>
    <message>
        <source>Take all &amp;mine</source>
        <translation>اعتماد كل &amp;قيمي</translation>
    </message>
    <message>
        <source>Take all my values</source>
        <translation>اعتماد كل قيمي</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;حفظ الدمج</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>حفظ القيم المختارة</translation>
    </message>
    <message>
        <source>Cancel, keep editing</source>
        <translation>إلغاء، ومتابعة التعديل</translation>
    </message>
    <message>
        <source>You both changed this field.</source>
        <translation>كلاكما غيّر هذا الحقل.</translation>
    </message>
    <message>
        <source>Their value for %1</source>
        <translation>قيمتهم لـ%1</translation>
    </message>
    <message>
        <source>Your value for %1</source>
        <translation>قيمتك لـ%1</translation>
    </message>
    <message>
        <source>Their saved values and yours are the same.</source>
        <translation>قيمهم المحفوظة وقيمك متطابقة.</translation>
    </message>
    <message>
        <source>Saving keeps all their values.</source>
        <translation>الحفظ يُبقي كل قيمهم.</translation>
    </message>
    <message>
        <source>Fields that take your value: %1. The others keep theirs.</source>
        <translation>الحقول التي تأخذ قيمتك: %1. وتُبقي البقية قيمهم.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>YYYY-MM-DD أو DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Type the date as 2020-11-15 or 15/11/2020, or pick it from the calendar</source>
        <translation>اكتب التاريخ بالشكل 2020-11-15 أو 15/11/2020، أو اختره من التقويم</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>الاختيار من التقويم</translation>
    </message>
    <message>
        <source>%1: choose from a calendar</source>
        <translation>%1: الاختيار من التقويم</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>There is no such day: %1</source>
        <translation>لا يوجد يوم كهذا: %1</translation>
    </message>
    <message>
        <source>Not a date yet: type 2020-11-15 or 15/11/2020</source>
        <translation>ليس تاريخًا بعد: اكتب 2020-11-15 أو 15/11/2020</translation>
    </message>
    <message>
        <source>A date is needed</source>
        <translation>التاريخ مطلوب</translation>
    </message>
    <message>
        <source>Out of range: %1 to %2</source>
        <translation>خارج النطاق: من %1 إلى %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>%1; kept %2</source>
        <translation>%1؛ أُبقي على %2</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Amnesty decision</source>
        <translation>قرار العفو</translation>
    </message>
    <message>
        <source>— choose an outcome —</source>
        <translation>— اختر النتيجة —</translation>
    </message>
    <message>
        <source>e.g. 1/2 or 1/3</source>
        <translation>مثلًا 1/2 أو 1/3</translation>
    </message>
    <message>
        <source>&amp;Amnesty</source>
        <translation>ال&amp;عفو</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>ال&amp;شخص</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>Reduced &amp;by</source>
        <translation>التخفيض &amp;بمقدار</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>&amp;تاريخ القرار</translation>
    </message>
    <message>
        <source>Decided b&amp;y</source>
        <translation>&amp;قرّره</translation>
    </message>
    <message>
        <source>&amp;Guarantor or tribal sponsor</source>
        <translation>ال&amp;كفيل أو الضامن العشائري</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>ال&amp;شروط</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>&amp;سبب الاستثناء</translation>
    </message>
    <message>
        <source>What this decision does</source>
        <translation>ما يفعله هذا القرار</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>حفظ القرار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The parts of a reduction are at most %1.</source>
        <translation>لا يزيد مقام كسر التخفيض على %1.</translation>
    </message>
    <message>
        <source>Proposed decision %1 for case %2: it changes nothing until a reviewer approves it (Waiting for approval).</source>
        <translation>اقتُرح القرار %1 للقضية %2: لا يغيّر شيئًا حتى يوافق عليه مُراجِع (بانتظار الموافقة).</translation>
    </message>
    <message>
        <source>Decision %1 for case %2 is in force.</source>
        <translation>القرار %1 للقضية %2 نافذ.</translation>
    </message>
    <message>
        <source>Pick the person: type a case number or a name, then choose from the list.</source>
        <translation>اختر الشخص: اكتب رقم القضية أو اسمًا، ثم اختر من القائمة.</translation>
    </message>
    <message>
        <source>Choose the outcome to see what it changes.</source>
        <translation>اختر النتيجة لترى ما تغيّره.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see what the decision changes.</source>
        <translation>صحّح الحقول المميّزة لترى ما يغيّره القرار.</translation>
    </message>
    <message>
        <source>Status: %1 → &lt;b&gt;%2&lt;/b&gt;; the person leaves the count of people held.</source>
        <translation>الحالة: %1 ← &lt;b&gt;%2&lt;/b&gt;؛ ويخرج الشخص من عدد المحتجزين.</translation>
    </message>
    <message>
        <source>Sentence end: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>نهاية الحكم: %1 ← &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(term %1 → %2, cut by %3)</source>
        <translation>(المدة %1 ← %2، خُفّضت بمقدار %3)</translation>
    </message>
    <message>
        <source>The new end has already passed on the decision date.</source>
        <translation>النهاية الجديدة انقضت بالفعل في تاريخ القرار.</translation>
    </message>
    <message>
        <source>Nothing changes on the person (status stays %1).</source>
        <translation>لا يتغير شيء في سجل الشخص (تبقى الحالة %1).</translation>
    </message>
    <message>
        <source>Replaces the pending decision %1 (its history is kept).</source>
        <translation>يحلّ محل القرار قيد النظر %1 (يُحتفظ بسجله).</translation>
    </message>
    <message>
        <source>The amnesty&apos;s criteria exclude this person</source>
        <translation>معايير العفو تستبعد هذا الشخص</translation>
    </message>
    <message>
        <source>To decide anyway, give the reason for the override.</source>
        <translation>لاتخاذ القرار رغم ذلك، اذكر سبب الاستثناء.</translation>
    </message>
    <message>
        <source>The amnesty&apos;s criteria exclude this person: %1.</source>
        <translation>معايير العفو تستبعد هذا الشخص: %1.</translation>
    </message>
    <message>
        <source>Meets the amnesty&apos;s criteria.</source>
        <translation>يستوفي معايير العفو.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: see the marked fields.</source>
        <translation>لا يمكن الحفظ بعد: راجع الحقول المميّزة.</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <source>Write the reduction as a fraction, such as 1/2.</source>
        <translation>اكتب التخفيض كنسبة، مثل 1/2.</translation>
    </message>
    <message>
        <source>A reduction is more than 0 and at most 1, such as 1/2 or 1/3.</source>
        <translation>التخفيض أكبر من 0 ولا يتجاوز 1، مثل 1/2 أو 1/3.</translation>
    </message>
</context>
<context>
    <name>DisplayNameDialog</name>
    <message>
        <source>Your display name</source>
        <translation>اسمك المعروض</translation>
    </message>
    <message>
        <source>Your changes are recorded under your login, %1, which the database establishes. A display name is shown beside it so that colleagues recognise you; it does not replace the login. Leave it empty to show the login alone.</source>
        <translation>تُسجَّل تغييراتك باسم الدخول الخاص بك، %1، الذي تحدده قاعدة البيانات. ويُعرض الاسم المعروض بجانبه ليتعرّف عليك زملاؤك؛ ولا يحلّ محل اسم الدخول. اتركه فارغًا لعرض اسم الدخول وحده.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>First name and family name</source>
        <translation>الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>الاسم ال&amp;معروض:</translation>
    </message>
    <message>
        <source>Use this display name</source>
        <translation>استخدام هذا الاسم المعروض</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) already recorded share every word of this name (in any spelling) and the year of birth. Is this one of them?</source>
        <translation>
            <numerusform>لا توجد قضايا مسجّلة تشترك في كل كلمة من هذا الاسم (بأي تهجئة) وفي سنة الميلاد.</numerusform>
            <numerusform>توجد قضية واحدة مسجّلة تشترك في كل كلمة من هذا الاسم (بأي تهجئة) وفي سنة الميلاد. هل هذه هي؟</numerusform>
            <numerusform>توجد قضيتان مسجّلتان تشتركان في كل كلمة من هذا الاسم (بأي تهجئة) وفي سنة الميلاد. هل هذه إحداهما؟</numerusform>
            <numerusform>توجد %Ln قضايا مسجّلة تشترك في كل كلمة من هذا الاسم (بأي تهجئة) وفي سنة الميلاد. هل هذه إحداها؟</numerusform>
            <numerusform>توجد %Ln قضية مسجّلة تشترك في كل كلمة من هذا الاسم (بأي تهجئة) وفي سنة الميلاد. هل هذه إحداها؟</numerusform>
            <numerusform>توجد %Ln قضية مسجّلة تشترك في كل كلمة من هذا الاسم (بأي تهجئة) وفي سنة الميلاد. هل هذه إحداها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases that may be the same person</source>
        <translation>قضايا قد تعود إلى الشخص نفسه</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>الحفظ رغم ذلك</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <source>Encrypted database created</source>
        <translation>أُنشئت قاعدة البيانات المشفّرة</translation>
    </message>
    <message>
        <source>The encrypted database %1 was created.</source>
        <translation>أُنشئت قاعدة البيانات المشفّرة %1.</translation>
    </message>
    <message>
        <source>To work in it, open it in a new window now, or later start Case Tracker with --db &quot;%1&quot;. It asks for the passphrase each time it opens.</source>
        <translation>للعمل عليها، افتحها الآن في نافذة جديدة، أو شغّل Case Tracker لاحقًا مع ‎--db &quot;%1&quot;‎. ستطلب عبارة المرور في كل مرة تُفتح فيها.</translation>
    </message>
    <message>
        <source>Open in a new window</source>
        <translation>فتح في نافذة جديدة</translation>
    </message>
    <message>
        <source>Cannot open a new window</source>
        <translation>تعذّر فتح نافذة جديدة</translation>
    </message>
    <message>
        <source>Start Case Tracker with --db &quot;%1&quot; to open it.</source>
        <translation>شغّل Case Tracker مع ‎--db &quot;%1&quot;‎ لفتحها.</translation>
    </message>
    <message>
        <source>The encrypted database was not created</source>
        <translation>لم تُنشأ قاعدة البيانات المشفّرة</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>جارٍ إنشاء قاعدة البيانات المشفّرة…</translation>
    </message>
    <message>
        <source>New &amp;encrypted database…</source>
        <translation>قاعدة بيانات م&amp;شفّرة جديدة…</translation>
    </message>
    <message>
        <source>Create a new database file that only its passphrase opens</source>
        <translation>إنشاء ملف قاعدة بيانات جديد لا تفتحه إلا عبارة المرور الخاصة به</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Save what the list shows as PDF, CSV or XLSX</source>
        <translation>حفظ ما تعرضه القائمة بصيغة PDF أو CSV أو XLSX</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .csv or .xlsx.</source>
        <translation>اختر اسم ملف ينتهي بـ‎.pdf‎ أو ‎.csv‎ أو ‎.xlsx‎.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
</context>
<context>
    <name>Facilities</name>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Lower bound (more than)</source>
        <translation>حد أدنى (أكثر من)</translation>
    </message>
    <message>
        <source>Upper bound (fewer than)</source>
        <translation>حد أعلى (أقل من)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>أكثر من %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (records)</source>
        <translation>%1 (السجلات)</translation>
    </message>
    <message>
        <source>Latest headcount: %1 as of %2 (%3). Source: %4</source>
        <translation>آخر تعداد: %1 بتاريخ %2 (%3). المصدر: %4</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Counted from the case records of the %1 people held there now.</source>
        <translation>محسوب من سجلات قضايا الأشخاص المحتجزين فيه حاليًا، وعددهم %1.</translation>
    </message>
    <message>
        <source>Capacity unknown: occupancy cannot be worked out.</source>
        <translation>السعة غير معروفة: لا يمكن حساب نسبة الإشغال.</translation>
    </message>
    <message>
        <source>%1 of a capacity of %2</source>
        <translation>%1 من سعة %2</translation>
    </message>
    <message>
        <source>overcrowded by %1 people</source>
        <translation>مكتظ بزيادة %1 شخص عن السعة</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>Facilities</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>&amp;New facility</source>
        <translation>مرفق &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>ت&amp;راجع عن التعديلات</translation>
    </message>
    <message>
        <source>&amp;Delete facility…</source>
        <translation>ا&amp;حذف المرفق…</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Facility actions</source>
        <translation>إجراءات المرفق</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Export the facilities shown</source>
        <translation>تصدير المرافق المعروضة</translation>
    </message>
    <message>
        <source>Search facilities (Ctrl+F)</source>
        <translation>البحث في المرافق (Ctrl+F)</translation>
    </message>
    <message>
        <source>Facilities shown</source>
        <translation>المرافق المعروضة</translation>
    </message>
    <message>
        <source>Facility columns</source>
        <translation>أعمدة المرافق</translation>
    </message>
</context>
<context>
    <name>FacilityController</name>
    <message>
        <source>New facility</source>
        <translation>مرفق جديد</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 facilities</source>
        <translation>المرافق: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>يقع ضمن</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>الجهة المشغّلة</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <source>Delete facility</source>
        <translation>حذف المرفق</translation>
    </message>
    <message>
        <source>Delete “%1” and its headcount history? This cannot be undone.</source>
        <translation>حذف «%1» وسجل تعداداته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>FacilityDetailView</name>
    <message>
        <source>Facility detail</source>
        <translation>تفاصيل المرفق</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Name in the other script</source>
        <translation>الاسم بالحروف الأخرى</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Source of the population figure</source>
        <translation>مصدر رقم عدد الأشخاص</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>الإشغال</translation>
    </message>
    <message>
        <source>Facility detail sections</source>
        <translation>أقسام تفاصيل المرفق</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;Population over time</source>
        <translation>عدد الأشخاص &amp;عبر الزمن</translation>
    </message>
    <message>
        <source>People &amp;held</source>
        <translation>الأشخاص ال&amp;محتجزون</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>ال&amp;سجل التاريخي</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic</source>
        <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;يقع ضمن</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Governorate</source>
        <translation>الم&amp;حافظة</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>الجهة ال&amp;مشغّلة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Design capacity: a whole number, or empty when it is not known</source>
        <translation>السعة التصميمية: عدد صحيح، أو فارغ إن لم تكن معروفة</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>ال&amp;سعة</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>Synthetic record</source>
        <translation>سجل اصطناعي</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Headcount history</source>
        <translation>سجل التعدادات</translation>
    </message>
    <message>
        <source>&amp;Add headcount…</source>
        <translation>إ&amp;ضافة تعداد…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;تغيير…</translation>
    </message>
    <message>
        <source>De&amp;lete headcount</source>
        <translation>&amp;حذف التعداد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Headcount history&lt;/b&gt; (as reported, newest first)</source>
        <translation>&lt;b&gt;سجل التعدادات&lt;/b&gt; (كما أُبلغ عنها، الأحدث أولًا)</translation>
    </message>
    <message>
        <source>(none — a facility of its own)</source>
        <translation>(لا شيء — مرفق مستقل)</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>مرفق جديد</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Population &lt;b&gt;%1&lt;/b&gt; as of %2 — latest reported headcount</source>
        <translation>عدد الأشخاص &lt;b&gt;%1&lt;/b&gt; بتاريخ %2 — آخر تعداد مُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Counted from case records: %1 held now</source>
        <translation>محسوب من سجلات القضايا: %1 محتجزون حاليًا</translation>
    </message>
    <message>
        <source>Population &lt;b&gt;%1&lt;/b&gt; — counted from the case records of people held now</source>
        <translation>عدد الأشخاص &lt;b&gt;%1&lt;/b&gt; — محسوب من سجلات قضايا المحتجزين حاليًا</translation>
    </message>
    <message>
        <source>No headcount has been reported for this facility.</source>
        <translation>لم يُبلَّغ عن أي تعداد لهذا المرفق.</translation>
    </message>
    <message>
        <source>Occupancy unknown: design capacity not reported.</source>
        <translation>الإشغال غير معروف: لم يُبلَّغ عن السعة التصميمية.</translation>
    </message>
    <message>
        <source>Overcrowded: %1 of capacity %2 (%3 people over)</source>
        <translation>مكتظ: %1 من سعة %2 (%3 شخص فوق السعة)</translation>
    </message>
    <message>
        <source>Occupancy %1 of capacity %2</source>
        <translation>الإشغال %1 من سعة %2</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration; not a real facility.</source>
        <translation>سجل اصطناعي للعرض التوضيحي؛ ليس مرفقًا حقيقيًا.</translation>
    </message>
    <message>
        <source>No facility yet</source>
        <translation>لا يوجد مرفق بعد</translation>
    </message>
    <message>
        <source>New facility (Ctrl+N) adds one; File ▸ Import… brings in a list.</source>
        <translation>«مرفق جديد» (Ctrl+N) يضيف واحدًا؛ ملف ◂ استيراد… يجلب قائمة.</translation>
    </message>
    <message>
        <source>Design capacity not reported (unknown), so no capacity line is drawn.</source>
        <translation>لم يُبلَّغ عن السعة التصميمية (غير معروفة)، لذا لا يُرسم خط السعة.</translation>
    </message>
    <message>
        <source>Dashed line: design capacity %1.</source>
        <translation>الخط المتقطع: السعة التصميمية %1.</translation>
    </message>
</context>
<context>
    <name>FacilityPeopleView</name>
    <message>
        <source>People held</source>
        <translation>الأشخاص المحتجزون</translation>
    </message>
    <message>
        <source>People held by category beside the latest headcount</source>
        <translation>الأشخاص المحتجزون حسب الفئة إلى جانب آخر تعداد</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>عرض الم&amp;زيد</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;فتح القضية</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held, by category&lt;/b&gt;, counted from case records. No headcount reported.</source>
        <translation>&lt;b&gt;المحتجزون، حسب الفئة&lt;/b&gt;، محسوبون من سجلات القضايا. لم يُبلَّغ عن أي تعداد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held, by category&lt;/b&gt;, counted from case records, beside the headcount of %1 (%2; source: %3). Difference = records − reported.</source>
        <translation>&lt;b&gt;المحتجزون، حسب الفئة&lt;/b&gt;، محسوبون من سجلات القضايا، إلى جانب تعداد %1 (%2؛ المصدر: %3). الفرق = السجلات − المُبلَّغ عنه.</translation>
    </message>
    <message>
        <source>No one is held here according to the case records.</source>
        <translation>لا أحد محتجز هنا وفق سجلات القضايا.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 people held (by case number).</source>
        <translation>عرض أول %1 من أصل %2 من المحتجزين (حسب رقم القضية).</translation>
    </message>
    <message>
        <source>All %1 people held.</source>
        <translation>جميع المحتجزين، وعددهم %1.</translation>
    </message>
</context>
<context>
    <name>FacilityTreeModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>The latest reported headcount (with its date) when there is one, else the people held there counted from case records</source>
        <translation>آخر تعداد مُبلَّغ عنه (مع تاريخه) إن وُجد، وإلا فالمحتجزون فيه محسوبين من سجلات القضايا</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>الإشغال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>الاسم (لاتيني)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration</source>
        <translation>سجل اصطناعي للعرض التوضيحي</translation>
    </message>
    <message>
        <source>Design capacity not reported</source>
        <translation>لم يُبلَّغ عن السعة التصميمية</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by facility</source>
        <translation>التصفية حسب المرفق</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>التصفية حسب الفئة</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation>التصفية حسب الجنسية</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>أي جنسية</translation>
    </message>
    <message>
        <source>Any facility</source>
        <translation>أي مرفق</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>عوامل التصفية المحفوظة</translation>
    </message>
    <message>
        <source>Save filters…</source>
        <translation>حفظ عوامل التصفية…</translation>
    </message>
    <message>
        <source>Save these filters by name</source>
        <translation>حفظ عوامل التصفية هذه باسم</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>نسيان</translation>
    </message>
    <message>
        <source>Forget the chosen saved filters</source>
        <translation>نسيان عوامل التصفية المحفوظة المختارة</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>عوامل التصفية المحفوظة…</translation>
    </message>
</context>
<context>
    <name>HeadcountController</name>
    <message>
        <source>Delete headcount</source>
        <translation>حذف التعداد</translation>
    </message>
    <message>
        <source>Delete the headcount of %1 (%2)?</source>
        <translation>حذف تعداد %1 (%2)؟</translation>
    </message>
    <message>
        <source>Headcount not saved</source>
        <translation>لم يُحفظ التعداد</translation>
    </message>
</context>
<context>
    <name>HeadcountDialog</name>
    <message>
        <source>Change headcount</source>
        <translation>تغيير التعداد</translation>
    </message>
    <message>
        <source>Add headcount</source>
        <translation>إضافة تعداد</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;بتاريخ</translation>
    </message>
    <message>
        <source>Date &amp;known to the</source>
        <translation>التاريخ &amp;معروف حتى</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>الم&amp;جموع</translation>
    </message>
    <message>
        <source>&amp;Reported as</source>
        <translation>&amp;أُبلغ عنه كـ</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation>(اختر مصدرًا)</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>مصدر جديد…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>الم&amp;صدر</translation>
    </message>
    <message>
        <source>New source &amp;title</source>
        <translation>&amp;عنوان المصدر الجديد</translation>
    </message>
    <message>
        <source>New source &amp;publisher</source>
        <translation>&amp;ناشر المصدر الجديد</translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt; (leave empty if not reported)</source>
        <translation>&lt;b&gt;حسب الفئة&lt;/b&gt; (اتركه فارغًا إن لم يُبلَّغ عنه)</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>عدد %1</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>HeadcountTableModel</name>
    <message>
        <source>As of</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
</context>
<context>
    <name>HeldPeopleModel</name>
    <message>
        <source>Case no.</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>محتجز منذ</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration</source>
        <translation>سجل اصطناعي للعرض التوضيحي</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>غُيّر</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(السجل كاملًا)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>No record is selected.</source>
        <translation>لم يُحدَّد أي سجل.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>حالة السجل التاريخي</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Changes recorded: %1, newest first.</source>
        <translation>التغييرات المسجّلة: %1، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>لم تُسجَّل أي تغييرات بعد.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>جارٍ تحميل السجل التاريخي…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>تعذّرت قراءة السجل التاريخي: %1</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>صُدّر %1 سجلًا إلى %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>no file was written</source>
        <translation>لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Add facilities, cases, decisions or headcounts from a file</source>
        <translation>إضافة مرافق أو قضايا أو قرارات أو تعدادات من ملف</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Write a list as CSV or XLSX</source>
        <translation>كتابة قائمة بصيغة CSV أو XLSX</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Facilities</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>قرارات العفو</translation>
    </message>
    <message>
        <source>Headcounts</source>
        <translation>التعدادات</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>استيراد قائمة</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>القوائم (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>ما يُستورد</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with the columns that Export writes for the same list.</source>
        <translation>ملف CSV أو XLSX بالأعمدة التي يكتبها التصدير للقائمة نفسها.</translation>
    </message>
    <message>
        <source>List to import</source>
        <translation>القائمة المراد استيرادها</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation>اختر ملف ‎.csv‎ أو ‎.xlsx‎</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>ال&amp;قائمة:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written.</source>
        <translation>يُفحص كل صف قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>عرض الصفوف التي فيها مشكلات فقط</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>الفحص مجددًا</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 new, %3 already in the database. Nothing is wrong.</source>
        <translation>فُحص %1 صفًا: %2 جديدة، و%3 موجودة في قاعدة البيانات. لا توجد أي مشكلة.</translation>
    </message>
    <message>
        <source>%1 rows checked: %4 rows have problems. Correct the file and check again; nothing will be imported while any row has a problem.</source>
        <translation>فُحص %1 صفًا: في %4 صفًا مشكلات. صحّح الملف وافحصه مجددًا؛ لن يُستورد شيء ما دام في أي صف مشكلة.</translation>
    </message>
    <message>
        <source>The file cannot be checked: %1</source>
        <translation>تعذّر فحص الملف: %1</translation>
    </message>
    <message>
        <source>The check failed (%1).</source>
        <translation>فشل الفحص (%1).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>جارٍ الإلغاء… لن يُكتب شيء.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 already there.</source>
        <translation>استُورد %1: أُضيف %2، و%3 موجودة مسبقًا.</translation>
    </message>
    <message>
        <source>%1 of the decisions added are proposals: their amnesty needs another reviewer&apos;s approval, which an import does not give: they are on the Waiting for approval page.</source>
        <translation>%1 من القرارات المضافة مقترحات: عفوها يحتاج موافقة مراجع آخر، والاستيراد لا يمنحها: تجدها في صفحة «بانتظار الموافقة».</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The file changed since it was checked and now has problems; nothing was written. Go back and check it again.</source>
        <translation>تغيّر الملف منذ فحصه وصارت فيه مشكلات؛ لم يُكتب شيء. ارجع وافحصه مجددًا.</translation>
    </message>
    <message>
        <source>The import failed (%1); nothing was written.</source>
        <translation>فشل الاستيراد (%1)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The interface will be in %1 when Case Tracker next starts.</source>
        <translation>ستكون لغة الواجهة %1 عند تشغيل Case Tracker في المرة القادمة.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Facilities</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>البحث: %1</translation>
    </message>
    <message>
        <source>all facilities</source>
        <translation>كل المرافق</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>كل القضايا</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>حُفظت نسخة احتياطية تلقائية: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>فشلت النسخة الاحتياطية التلقائية: %1</translation>
    </message>
    <message>
        <source>The database cannot be changed: %1</source>
        <translation>لا يمكن تعديل قاعدة البيانات: %1</translation>
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
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Database summary</source>
        <translation>ملخص قاعدة البيانات</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>هويتك</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;About Case Tracker</source>
        <translation>&amp;حول Case Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Case Tracker %1&lt;/h3&gt;&lt;p&gt;Records of detention facilities, detainees and amnesty decisions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Case Tracker %1&lt;/h3&gt;&lt;p&gt;سجلات مرافق الاحتجاز والمحتجزين وقرارات العفو.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database schema: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;مخطط قاعدة البيانات: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Case Tracker</source>
        <translation>حول Case Tracker</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your changes are recorded under your login, %1.</source>
        <translation>تُسجَّل تغييراتك باسم الدخول الخاص بك، %1.</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>بانتظار الموافقة (%1)</translation>
    </message>
    <message>
        <source>%1 decisions wait for a reviewer&apos;s approval.</source>
        <translation>%1 قرار بانتظار موافقة مُراجِع.</translation>
    </message>
    <message>
        <source>%1 facilities · %2 cases · %3 held</source>
        <translation>المرافق: %1 · القضايا: %2 · المحتجزون: %3</translation>
    </message>
    <message>
        <source>Detainee &amp;categories…</source>
        <translation>&amp;فئات المحتجزين…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not a year: {exc}</source>
        <translation>ليست سنة: {exc}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Not a year: a year is between {low} and {high}</source>
        <translation>ليست سنة: السنة بين {low} و{high}</translation>
    </message>
    <message>
        <source>Months: {exc}</source>
        <translation>الأشهر: {exc}</translation>
    </message>
    <message>
        <source>Months: at most {months} ({years} years)</source>
        <translation>الأشهر: {months} على الأكثر ({years} سنة)</translation>
    </message>
    <message>
        <source>A case number is required</source>
        <translation>رقم القضية مطلوب</translation>
    </message>
    <message>
        <source>At most {case_no_max} characters</source>
        <translation>{case_no_max} حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>Use letters, digits and - . / _ only, starting with a letter or digit</source>
        <translation>استخدم الحروف والأرقام و- . / _ فقط، وابدأ بحرف أو رقم</translation>
    </message>
    <message>
        <source>A name in Latin letters is required</source>
        <translation>الاسم بالحروف اللاتينية مطلوب</translation>
    </message>
    <message>
        <source>At most {name_max} characters</source>
        <translation>{name_max} حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>Write this name in Latin letters; the Arabic field is below</source>
        <translation>اكتب هذا الاسم بالحروف اللاتينية؛ حقل الاسم العربي في الأسفل</translation>
    </message>
    <message>
        <source>Write this name in Arabic script, or leave it empty</source>
        <translation>اكتب هذا الاسم بالحروف العربية أو اتركه فارغًا</translation>
    </message>
    <message>
        <source>Choose male, female or unknown</source>
        <translation>اختر ذكرًا أو أنثى أو غير معروف</translation>
    </message>
    <message>
        <source>Choose a status</source>
        <translation>اختر حالة</translation>
    </message>
    <message>
        <source>A year between {earliest_year} and {year}</source>
        <translation>سنة بين {earliest_year} و{year}</translation>
    </message>
    <message>
        <source>Two letters (ISO 3166 code, e.g. SY, IQ, FR)</source>
        <translation>حرفان (رمز ISO 3166، مثل SY أو IQ أو FR)</translation>
    </message>
    <message>
        <source>Must not be in the future</source>
        <translation>يجب ألا يكون في المستقبل</translation>
    </message>
    <message>
        <source>Before the year of birth</source>
        <translation>قبل سنة الميلاد</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>يجب ألا يكون سالبًا</translation>
    </message>
    <message>
        <source>At most {sentence_months_max} months ({count} years): check the number</source>
        <translation>{sentence_months_max} شهرًا على الأكثر ({count} سنة): تحقّق من الرقم</translation>
    </message>
    <message>
        <source>A date between {year_min} and {year_max}</source>
        <translation>تاريخ بين {year_min} و{year_max}</translation>
    </message>
    <message>
        <source>Ends before it starts</source>
        <translation>ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>A person held is held somewhere: choose a facility</source>
        <translation>المحتجز محتجز في مكان ما: اختر مرفقًا</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>القضية {number}</translation>
    </message>
    <message>
        <source>Only a person who is held can be transferred</source>
        <translation>لا يُنقل إلا الشخص المحتجز</translation>
    </message>
    <message>
        <source>Choose the facility to move to</source>
        <translation>اختر المرفق الذي يُنقل إليه</translation>
    </message>
    <message>
        <source>The person is already held there</source>
        <translation>الشخص محتجز هناك بالفعل</translation>
    </message>
    <message>
        <source>A date is required</source>
        <translation>التاريخ مطلوب</translation>
    </message>
    <message>
        <source>Before the person was held (since {date})</source>
        <translation>قبل احتجاز الشخص (منذ {date})</translation>
    </message>
    <message>
        <source>Before the last recorded transfer ({date})</source>
        <translation>قبل آخر نقل مسجّل ({date})</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <source>Another category here already has this name</source>
        <translation>توجد هنا فئة أخرى بهذا الاسم</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _ only</source>
        <translation>حروف صغيرة وأرقام و- و_ فقط</translation>
    </message>
    <message>
        <source>Another category has this code</source>
        <translation>توجد فئة أخرى بهذا الرمز</translation>
    </message>
    <message>
        <source>No such category</source>
        <translation>لا توجد فئة كهذه</translation>
    </message>
    <message>
        <source>A category cannot be moved under itself or one of its own subcategories</source>
        <translation>لا يمكن نقل فئة تحت نفسها أو تحت إحدى فئاتها الفرعية</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>يجب ألا يتجاوز {limit} حرفًا</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>يجب أن يكون عددًا صحيحًا من {low} إلى {high}</translation>
    </message>
    <message>
        <source>must be a whole number of at least {low}</source>
        <translation>يجب أن يكون عددًا صحيحًا لا يقل عن {low}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>is not {what}: write it with the digits 0-9 or ٠-٩; {rule}</source>
        <translation>ليس {what}: اكتبه بالأرقام 0-9 أو ٠-٩؛ {rule}</translation>
    </message>
    <message>
        <source>a year from {low} to {high}</source>
        <translation>سنة من {low} إلى {high}</translation>
    </message>
    <message>
        <source>must be a date in {years}</source>
        <translation>يجب أن يكون تاريخًا في {years}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>يجب أن يكون تاريخًا مكتوبًا بالشكل YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a date and time written YYYY-MM-DD HH:MM:SS</source>
        <translation>يجب أن يكون تاريخًا ووقتًا مكتوبين بالشكل YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>يجب أن يكون أحد: {names}</translation>
    </message>
    <message>
        <source>is required; {rule}</source>
        <translation>مطلوب؛ {rule}</translation>
    </message>
    <message>
        <source>must be yes or no, or empty for unknown</source>
        <translation>يجب أن يكون نعم أو لا، أو فارغًا إن لم يكن معروفًا</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>يجب أن يكون نعم أو لا</translation>
    </message>
    <message>
        <source>must be a two-letter country code (ISO 3166-1), e.g. SY</source>
        <translation>يجب أن يكون رمز بلد من حرفين (ISO 3166-1)، مثل SY</translation>
    </message>
    <message>
        <source>must be a fraction such as 1/2</source>
        <translation>يجب أن يكون كسرًا مثل 1/2</translation>
    </message>
    <message>
        <source>must be a fraction more than 0 and at most 1, such as 1/2</source>
        <translation>يجب أن يكون كسرًا أكبر من 0 ولا يتجاوز 1، مثل 1/2</translation>
    </message>
    <message>
        <source>must be a fraction whose denominator is at most {fraction_denominator_max:,}</source>
        <translation>يجب أن يكون كسرًا لا يتجاوز مقامه {fraction_denominator_max:,}</translation>
    </message>
    <message>
        <source>must be category=count pairs separated by &apos;;&apos;, e.g. syrian=120; iraqi=30</source>
        <translation>يجب أن يكون أزواجًا من فئة=عدد تفصل بينها &apos;;&apos;، مثل syrian=120; iraqi=30</translation>
    </message>
    <message>
        <source>a count must be at most {headcount_max:,}</source>
        <translation>يجب ألا يتجاوز العدد {headcount_max:,}</translation>
    </message>
    <message>
        <source>nationality not recorded</source>
        <translation>الجنسية غير مسجّلة</translation>
    </message>
    <message>
        <source>nationality {nat} is not one of {names}</source>
        <translation>الجنسية {nat} ليست من بين {names}</translation>
    </message>
    <message>
        <source>nationality {nat} is excluded</source>
        <translation>الجنسية {nat} مستبعدة</translation>
    </message>
    <message>
        <source>category not recorded</source>
        <translation>الفئة غير مسجّلة</translation>
    </message>
    <message>
        <source>category {codes} is not within {names}</source>
        <translation>الفئة {codes} ليست ضمن {names}</translation>
    </message>
    <message>
        <source>category {hit} is excluded</source>
        <translation>الفئة {hit} مستبعدة</translation>
    </message>
    <message>
        <source>not recorded whether accused of a violent crime (needs review)</source>
        <translation>لم يُسجَّل إن كان متهمًا بجريمة عنف (يحتاج إلى مراجعة)</translation>
    </message>
    <message>
        <source>accused of a violent crime</source>
        <translation>متهم بجريمة عنف</translation>
    </message>
    <message>
        <source>held-since date not recorded</source>
        <translation>تاريخ بدء الاحتجاز غير مسجّل</translation>
    </message>
    <message>
        <source>held since {date}, not before {before}</source>
        <translation>محتجز منذ {date}، لا قبل {before}</translation>
    </message>
    <message>
        <source>no sentence recorded</source>
        <translation>لا حكم مسجّل</translation>
    </message>
    <message>
        <source>sentence of {months} months is outside {range}</source>
        <translation>الحكم بـ{months} شهرًا خارج {range}</translation>
    </message>
    <message>
        <source>ISO codes</source>
        <translation>رموز ISO</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <source>category codes</source>
        <translation>رموز الفئات</translation>
    </message>
    <message>
        <source>category code</source>
        <translation>رمز فئة</translation>
    </message>
    <message>
        <source>{low} to {high} months</source>
        <translation>من {low} إلى {high} شهرًا</translation>
    </message>
    <message>
        <source>at least {low} months</source>
        <translation>{low} شهرًا على الأقل</translation>
    </message>
    <message>
        <source>at most {high} months</source>
        <translation>{high} شهرًا على الأكثر</translation>
    </message>
    <message>
        <source>must be a list of {what}</source>
        <translation>يجب أن يكون قائمة من {what}</translation>
    </message>
    <message>
        <source>{item!r} is not {what}</source>
        <translation>{item!r} ليس {what}</translation>
    </message>
    <message>
        <source>must be a whole number of months, 0 or more</source>
        <translation>يجب أن يكون عددًا صحيحًا من الأشهر، 0 أو أكثر</translation>
    </message>
    <message>
        <source>not valid JSON: {msg}</source>
        <translation>ليس JSON صالحًا: {msg}</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>يجب أن يكون كائن JSON</translation>
    </message>
    <message>
        <source>unknown rule; known: {names}</source>
        <translation>قاعدة غير معروفة؛ المعروفة: {names}</translation>
    </message>
    <message>
        <source>both included and excluded: {names}</source>
        <translation>مشمول ومستبعد في آن واحد: {names}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>يجب أن يكون تاريخًا YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must not be less than the minimum ({low})</source>
        <translation>يجب ألا يقل عن الحد الأدنى ({low})</translation>
    </message>
    <message>
        <source>must not be before the amnesty (earliest {date})</source>
        <translation>يجب ألا يكون قبل العفو (أقرب تاريخ {date})</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>يجب ألا يكون في المستقبل</translation>
    </message>
    <message>
        <source>only a reduction takes a fraction</source>
        <translation>لا يأخذ نسبةً إلا التخفيض</translation>
    </message>
    <message>
        <source>a reduction must be more than 0 and at most 1</source>
        <translation>يجب أن يكون التخفيض أكبر من 0 ولا يتجاوز 1</translation>
    </message>
    <message>
        <source>the denominator must be at most {fraction_denominator_max:,}</source>
        <translation>يجب ألا يتجاوز المقام {fraction_denominator_max:,}</translation>
    </message>
    <message>
        <source>is not held (status {status}) and cannot be released</source>
        <translation>غير محتجز (الحالة {status}) ولا يمكن الإفراج عنه</translation>
    </message>
    <message>
        <source>is not held (status {status}) and cannot have the sentence reduced</source>
        <translation>غير محتجز (الحالة {status}) ولا يمكن تخفيض حكمه</translation>
    </message>
    <message>
        <source>a reduction needs a sentence, and this person&apos;s sentence length is not recorded</source>
        <translation>يحتاج التخفيض إلى حكم، ومدة حكم هذا الشخص غير مسجّلة</translation>
    </message>
    <message>
        <source>a reduction needs a sentence, and this person&apos;s sentence start date is not recorded</source>
        <translation>يحتاج التخفيض إلى حكم، وتاريخ بدء حكم هذا الشخص غير مسجّل</translation>
    </message>
    <message>
        <source>the proposal gives the person&apos;s status before it as {before}, but it is {status}</source>
        <translation>يذكر المقترح أن وضع الشخص قبله {before}، لكنه {status}</translation>
    </message>
    <message>
        <source>the person {problem}</source>
        <translation>الشخص {problem}</translation>
    </message>
    <message>
        <source>a reduction by {fraction} ends this person&apos;s sentence on {expected}, not on {after} as the proposal says</source>
        <translation>التخفيض بمقدار {fraction} ينهي حكم هذا الشخص في {expected}، لا في {after} كما يقول المقترح</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>الحقل «{field}»</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>{place} (value {value!r}): {message}</source>
        <translation>{place} (القيمة {value!r}): {message}</translation>
    </message>
    <message>
        <source>and {rest:,} more problem(s)</source>
        <translation>و{rest:,} مشكلة أخرى</translation>
    </message>
    <message>
        <source>{record}: {message}</source>
        <translation>{record}: {message}</translation>
    </message>
    <message>
        <source>no {kind} {ref!r}</source>
        <translation>لا يوجد {kind} {ref!r}</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it</source>
        <translation>غيّر شخص آخر {record} منذ فتحته</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} مشفّر</translation>
    </message>
    <message>
        <source>this database is encrypted</source>
        <translation>قاعدة البيانات هذه مشفّرة</translation>
    </message>
    <message>
        <source>{where}: a passphrase is needed</source>
        <translation>{where}: تلزم عبارة المرور</translation>
    </message>
    <message>
        <source>{needed}; {hint}</source>
        <translation>{needed}؛ {hint}</translation>
    </message>
    <message>
        <source>wrong passphrase for {name} (or not an encrypted Case Tracker file)</source>
        <translation>عبارة مرور خاطئة لـ{name} (أو ليس ملف Case Tracker مشفّرًا)</translation>
    </message>
    <message>
        <source>wrong passphrase (or not an encrypted Case Tracker file)</source>
        <translation>عبارة مرور خاطئة (أو ليس ملف Case Tracker مشفّرًا)</translation>
    </message>
    <message>
        <source>Capacity: {exc}; leave empty if unknown</source>
        <translation>السعة: {exc}؛ اتركها فارغة إن لم تكن معروفة</translation>
    </message>
    <message>
        <source>Capacity: at most {capacity_max:,}</source>
        <translation>السعة: {capacity_max:,} على الأكثر</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Another facility inside the same facility is already called this</source>
        <translation>يوجد مرفق آخر داخل المرفق نفسه بهذا الاسم</translation>
    </message>
    <message>
        <source>Another facility at the top level is already called this</source>
        <translation>يوجد مرفق آخر في المستوى الأعلى بهذا الاسم</translation>
    </message>
    <message>
        <source>Choose a kind</source>
        <translation>اختر نوعًا</translation>
    </message>
    <message>
        <source>Capacity must not be negative</source>
        <translation>يجب ألا تكون السعة سالبة</translation>
    </message>
    <message>
        <source>No such facility to be inside</source>
        <translation>لا يوجد مرفق كهذا ليكون بداخله</translation>
    </message>
    <message>
        <source>A facility cannot be inside itself or inside one of its own sections</source>
        <translation>لا يمكن أن يكون المرفق داخل نفسه أو داخل أحد أقسامه</translation>
    </message>
    <message>
        <source>A section must be inside a facility</source>
        <translation>يجب أن يكون القسم داخل مرفق</translation>
    </message>
    <message>
        <source>facility {name!r}</source>
        <translation>المرفق {name!r}</translation>
    </message>
    <message>
        <source>The date must not be in the future</source>
        <translation>يجب ألا يكون التاريخ في المستقبل</translation>
    </message>
    <message>
        <source>Choose how precise the date is</source>
        <translation>اختر مدى دقة التاريخ</translation>
    </message>
    <message>
        <source>A total is required</source>
        <translation>المجموع مطلوب</translation>
    </message>
    <message>
        <source>The total must not be negative</source>
        <translation>يجب ألا يكون المجموع سالبًا</translation>
    </message>
    <message>
        <source>The total: at most {headcount_max:,}</source>
        <translation>المجموع: {headcount_max:,} على الأكثر</translation>
    </message>
    <message>
        <source>Say how the figure was reported</source>
        <translation>حدّد كيف أُبلغ عن الرقم</translation>
    </message>
    <message>
        <source>A new source needs a title</source>
        <translation>يحتاج المصدر الجديد إلى عنوان</translation>
    </message>
    <message>
        <source>Every headcount needs a source</source>
        <translation>يحتاج كل تعداد إلى مصدر</translation>
    </message>
    <message>
        <source>This category is counted twice</source>
        <translation>هذه الفئة معدودة مرتين</translation>
    </message>
    <message>
        <source>A count must not be negative</source>
        <translation>يجب ألا يكون العدد سالبًا</translation>
    </message>
    <message>
        <source>A count: at most {headcount_max:,}</source>
        <translation>العدد: {headcount_max:,} على الأكثر</translation>
    </message>
    <message>
        <source>A category cannot count more than the total</source>
        <translation>لا يمكن أن يتجاوز عدد الفئة المجموع</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>التعداد</translation>
    </message>
    <message>
        <source>1 person is still held there. Transfer or release them first.</source>
        <translation>لا يزال شخص واحد محتجزًا هناك. انقله أو أفرج عنه أولًا.</translation>
    </message>
    <message>
        <source>{count:,} people are still held there. Transfer or release them first.</source>
        <translation>لا يزال {count:,} شخصًا محتجزين هناك. انقلهم أو أفرج عنهم أولًا.</translation>
    </message>
    <message>
        <source>it still has sections ({shown}). Delete or move them first.</source>
        <translation>لا تزال له أقسام ({shown}). احذفها أو انقلها أولًا.</translation>
    </message>
    <message>
        <source>1 case or transfer record names it (people released or moved from there). Their history would be lost; set the facility&apos;s status to closed instead.</source>
        <translation>يذكره سجل قضية أو نقل واحد (أشخاص أُفرج عنهم أو نُقلوا من هناك). سيضيع تاريخهم؛ اجعل حالة المرفق مغلقًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>{count:,} case and transfer records name it (people released or moved from there). Their history would be lost; set the facility&apos;s status to closed instead.</source>
        <translation>يذكره {count:,} من سجلات القضايا والنقل (أشخاص أُفرج عنهم أو نُقلوا من هناك). سيضيع تاريخهم؛ اجعل حالة المرفق مغلقًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>withheld: personal data</source>
        <translation>محجوبة: بيانات شخصية</translation>
    </message>
    <message>
        <source>must be letters, digits and - . / _ only, starting with a letter or digit</source>
        <translation>يجب أن يكون حروفًا وأرقامًا و- . / _ فقط، ويبدأ بحرف أو رقم</translation>
    </message>
    <message>
        <source>must be at most {case_no_max} characters</source>
        <translation>يجب ألا يتجاوز {case_no_max} حرفًا</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>is not a column of the {kind} list; its columns are: {columns}</source>
        <translation>ليس عمودًا في قائمة {kind}؛ أعمدتها: {columns}</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>يظهر مرتين في صف العناوين</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>عمود مطلوب مفقود</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>العمود {number}</translation>
    </message>
    <message>
        <source>the row has {count} cells but the header has {width} (a short or cut row)</source>
        <translation>في الصف {count} خلية لكن في صف العناوين {width} (صف قصير أو مقطوع)</translation>
    </message>
    <message>
        <source>the row has {count} cells but the header has {width}: a value beyond the last column</source>
        <translation>في الصف {count} خلية لكن في صف العناوين {width}: قيمة بعد العمود الأخير</translation>
    </message>
    <message>
        <source>must not be before sentence_start</source>
        <translation>يجب ألا يكون قبل sentence_start</translation>
    </message>
    <message>
        <source>is required with facility_parent</source>
        <translation>مطلوب مع facility_parent</translation>
    </message>
    <message>
        <source>must be written in Latin letters (the Arabic name has a column of its own)</source>
        <translation>يجب أن يُكتب بالحروف اللاتينية (للاسم العربي عمود خاص به)</translation>
    </message>
    <message>
        <source>must be written in Arabic script, or left empty</source>
        <translation>يجب أن يُكتب بالحروف العربية، أو أن يُترك فارغًا</translation>
    </message>
    <message>
        <source>is required when the outcome is reduced</source>
        <translation>مطلوب عندما تكون النتيجة تخفيضًا (reduced)</translation>
    </message>
    <message>
        <source>is given only when the outcome is reduced</source>
        <translation>لا يُعطى إلا عندما تكون النتيجة تخفيضًا (reduced)</translation>
    </message>
    <message>
        <source>revoked_at and revoked_by are given together or not at all</source>
        <translation>يُعطى revoked_at وrevoked_by معًا أو لا يُعطيان أبدًا</translation>
    </message>
    <message>
        <source>must not hold invisible control or direction characters: they hide or reorder what the name shows</source>
        <translation>يجب ألا يحوي محارف تحكم أو اتجاه غير مرئية: فهي تخفي ما يظهره الاسم أو تعيد ترتيبه</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>{where}, column {column}: {message}</source>
        <translation>{where}، العمود {column}: {message}</translation>
    </message>
    <message>
        <source>{where}, column {column}, value {value!r}: {message}</source>
        <translation>{where}، العمود {column}، القيمة {value!r}: {message}</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>العدد مطلوب</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالبًا</translation>
    </message>
    <message>
        <source>not a whole number: {name!r}</source>
        <translation>ليس عددًا صحيحًا: {name!r}</translation>
    </message>
    <message>
        <source>not a whole number: more than {digits_max} digits</source>
        <translation>ليس عددًا صحيحًا: أكثر من {digits_max} رقمًا</translation>
    </message>
    <message>
        <source>{text}… ({count:,} more characters)</source>
        <translation>{text}… ({count:,} حرفًا أخرى)</translation>
    </message>
    <message>
        <source>no role {text!r}; the roles are {names}</source>
        <translation>لا يوجد دور {text!r}؛ الأدوار هي {names}</translation>
    </message>
    <message>
        <source>Your login has no Case Tracker role here and may not {permission} (the {least} role may)</source>
        <translation>ليس لحساب دخولك دور في Case Tracker هنا، فلا يمكنه: {permission} (يمكن ذلك لدور {least})</translation>
    </message>
    <message>
        <source>Your role, {role}, may not {permission} (the {least} role may)</source>
        <translation>دورك ({role}) لا يسمح بـ: {permission} (يمكن ذلك لدور {least})</translation>
    </message>
    <message>
        <source>{names} cannot need approval; choose among {allowed}</source>
        <translation>لا يمكن أن تحتاج {names} إلى موافقة؛ اختر من بين {allowed}</translation>
    </message>
    <message>
        <source>Your role, {role}, may not approve decisions (the reviewer role may)</source>
        <translation>دورك ({role}) لا يسمح بالموافقة على القرارات (يمكن ذلك لدور المُراجِع)</translation>
    </message>
    <message>
        <source>the decision was revoked; only a proposal can be approved</source>
        <translation>أُلغي القرار؛ لا يمكن الموافقة إلا على مقترح</translation>
    </message>
    <message>
        <source>the decision is already {state}; only a proposal can be approved or rejected</source>
        <translation>القرار بالفعل {state}؛ لا يمكن قبول أو رفض إلا مقترح</translation>
    </message>
    <message>
        <source>Decisions you proposed must be approved by another reviewer</source>
        <translation>يجب أن يوافق مُراجِع آخر على القرارات التي اقترحتها</translation>
    </message>
    <message>
        <source>a reduction is a fraction greater than 0 and at most 1</source>
        <translation>التخفيض كسر أكبر من 0 ولا يتجاوز 1</translation>
    </message>
    <message>
        <source>not a fraction: {text!r}</source>
        <translation>ليس كسرًا: {text!r}</translation>
    </message>
    <message>
        <source>a reduction must be more than 0 and at most 1, not {text}</source>
        <translation>يجب أن يكون التخفيض أكبر من 0 ولا يتجاوز 1، لا {text}</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>العنوان مطلوب</translation>
    </message>
    <message>
        <source>another amnesty has this title</source>
        <translation>يوجد عفو آخر بهذا العنوان</translation>
    </message>
    <message>
        <source>the date of issue is required</source>
        <translation>تاريخ الإصدار مطلوب</translation>
    </message>
    <message>
        <source>amnesty {name!r}</source>
        <translation>العفو {name!r}</translation>
    </message>
    <message>
        <source>and {count} more people</source>
        <translation>و{count} أشخاص آخرين</translation>
    </message>
    <message>
        <source>nobody is chosen</source>
        <translation>لم يُختر أحد</translation>
    </message>
    <message>
        <source>amnesty {title!r}</source>
        <translation>العفو {title!r}</translation>
    </message>
    <message>
        <source>amnesty {amnesty_id}</source>
        <translation>العفو {amnesty_id}</translation>
    </message>
    <message>
        <source>is now {status}, no longer held as when the release was proposed</source>
        <translation>حالته الآن {status}، ولم يعد محتجزًا كما كان حين اقتُرح الإفراج</translation>
    </message>
    <message>
        <source>the sentence end is now not recorded, not as when the reduction was proposed</source>
        <translation>نهاية الحكم الآن غير مسجّلة، على خلاف ما كانت عليه حين اقتُرح التخفيض</translation>
    </message>
    <message>
        <source>the sentence end is now {date}, not as when the reduction was proposed</source>
        <translation>نهاية الحكم الآن {date}، على خلاف ما كانت عليه حين اقتُرح التخفيض</translation>
    </message>
    <message>
        <source>decision {decision_id}</source>
        <translation>القرار {decision_id}</translation>
    </message>
    <message>
        <source>the person {problem}; reject the proposal instead</source>
        <translation>الشخص {problem}؛ ارفض المقترح بدلًا من ذلك</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>يحتاج الرفض إلى سبب</translation>
    </message>
    <message>
        <source>case {case_no}: {warning}</source>
        <translation>القضية {case_no}: {warning}</translation>
    </message>
    <message>
        <source>proposed batch {batch_id}</source>
        <translation>الدفعة المقترحة {batch_id}</translation>
    </message>
    <message>
        <source>the batch is already {state}; only proposals can be approved or rejected</source>
        <translation>الدفعة بالفعل {state}؛ لا يمكن قبول أو رفض إلا المقترحات</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>و{count} آخرون</translation>
    </message>
    <message>
        <source>{name} is a server database: back it up with the server&apos;s own tools (pg_dump, and pg_restore or psql to restore); Case Tracker copies SQLite files only</source>
        <translation>{name} قاعدة بيانات على خادم: انسخها احتياطيًا بأدوات الخادم نفسه (pg_dump، وpg_restore أو psql للاستعادة)؛ لا ينسخ Case Tracker إلا ملفات SQLite</translation>
    </message>
    <message>
        <source>the file already exists; nothing was written</source>
        <translation>الملف موجود من قبل؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>a backup cannot replace the database itself</source>
        <translation>لا يمكن أن تحلّ النسخة الاحتياطية محل قاعدة البيانات نفسها</translation>
    </message>
    <message>
        <source>cannot write the backup to {destination}: {strerror}; nothing was written</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في {destination}: {strerror}؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>restore takes plain SQLite files only, not encrypted ones</source>
        <translation>لا تقبل الاستعادة إلا ملفات SQLite العادية، لا المشفّرة</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>النسخة الاحتياطية هي قاعدة البيانات نفسها</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problems}. Nothing was replaced.</source>
        <translation>لا يمكن استعادة {name}: {problems}. لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>restore failed: {strerror}; nothing was replaced</source>
        <translation>فشلت الاستعادة: {strerror}؛ لم يُستبدل شيء</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>لا توجد قاعدة بيانات في {path}</translation>
    </message>
    <message>
        <source>no such case</source>
        <translation>لا توجد قضية كهذه</translation>
    </message>
    <message>
        <source>already has a decision under this amnesty</source>
        <translation>لديه قرار بالفعل بموجب هذا العفو</translation>
    </message>
    <message>
        <source>the amnesty&apos;s rules do not select this person (decide one by one)</source>
        <translation>لا تختار قواعد العفو هذا الشخص (قرّر واحدًا واحدًا)</translation>
    </message>
    <message>
        <source>is not held (status {status})</source>
        <translation>غير محتجز (الحالة {status})</translation>
    </message>
    <message>
        <source>No such facility</source>
        <translation>لا يوجد مرفق كهذا</translation>
    </message>
    <message>
        <source>case {case_no}</source>
        <translation>القضية {case_no}</translation>
    </message>
    <message>
        <source>Another case has this number</source>
        <translation>توجد قضية أخرى بهذا الرقم</translation>
    </message>
    <message>
        <source>Use Transfer to move a person: it records where they were</source>
        <translation>استخدم النقل لنقل شخص: فهو يسجّل أين كان</translation>
    </message>
    <message>
        <source>category {name!r}</source>
        <translation>الفئة {name!r}</translation>
    </message>
    <message>
        <source>{count:,} people</source>
        <translation>{count:,} شخصًا</translation>
    </message>
    <message>
        <source>{count:,} headcount parts</source>
        <translation>{count:,} من أجزاء التعداد</translation>
    </message>
    <message>
        <source>{count:,} reported totals</source>
        <translation>{count:,} من المجاميع المُبلَّغ عنها</translation>
    </message>
    <message>
        <source>{count:,} subcategories</source>
        <translation>{count:,} فئة فرعية</translation>
    </message>
    <message>
        <source>in use by {names}; not deleted</source>
        <translation>مستخدمة من قِبل {names}؛ لم تُحذف</translation>
    </message>
    <message>
        <source>changed by someone else since you opened it</source>
        <translation>غيّره شخص آخر منذ فتحته</translation>
    </message>
    <message>
        <source>Your login may not change {what} (the database refused it)</source>
        <translation>لا يمكن لحساب دخولك تغيير {what} (رفضت قاعدة البيانات ذلك)</translation>
    </message>
    <message>
        <source>{display_name} is not a Case Tracker database (or it is encrypted)</source>
        <translation>{display_name} ليست قاعدة بيانات Case Tracker (أو أنها مشفّرة)</translation>
    </message>
    <message>
        <source>cannot open {display_name}: {message}</source>
        <translation>تعذّر فتح {display_name}: {message}</translation>
    </message>
    <message>
        <source>schema {revision}</source>
        <translation>المخطط {revision}</translation>
    </message>
    <message>
        <source>schema {before} → {after}</source>
        <translation>المخطط {before} ← {after}</translation>
    </message>
    <message>
        <source>moved {source} into {target} as {login} ({schema}), in one transaction:</source>
        <translation>نُقل {source} إلى {target} باسم {login} ({schema})، في معاملة واحدة:</translation>
    </message>
    <message>
        <source>the schema, with the server&apos;s roles, grants and triggers (it had no tables)</source>
        <translation>المخطط، مع أدوار الخادم وصلاحياته ومشغّلاته (لم تكن فيه جداول)</translation>
    </message>
    <message>
        <source>{count:,} {kind}</source>
        <translation>{count:,} {kind}</translation>
    </message>
    <message>
        <source>done in {seconds:,.1f} s</source>
        <translation>تم في {seconds:,.1f} ث</translation>
    </message>
    <message>
        <source>the file&apos;s accounts are not server logins and were not made into any (the history keeps which role each had):</source>
        <translation>حسابات الملف ليست حسابات دخول على الخادم ولم يُنشأ منها أيّ حساب (يحفظ السجل التاريخي دور كل منها):</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>بلا دور</translation>
    </message>
    <message>
        <source>{login}: {role} (disabled)</source>
        <translation>{login}: {role} (معطّل)</translation>
    </message>
    <message>
        <source>{login}: {role}</source>
        <translation>{login}: {role}</translation>
    </message>
    <message>
        <source>{login}: not a valid login name on a server; choose another for them</source>
        <translation>{login}: ليس اسم دخول صالحًا على خادم؛ اختر له اسمًا آخر</translation>
    </message>
    <message>
        <source>to let them work on the server, its owner or an administrator creates their logins, each with a password read from standard input:</source>
        <translation>ليعملوا على الخادم، يُنشئ مالكه أو مسؤول حسابات دخولهم، كلٌّ بكلمة مرور تُقرأ من الإدخال القياسي:</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>has at most {max} characters</source>
        <translation>يتّسع لـ{max} حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>holds invisible control or direction characters</source>
        <translation>فيه محارف تحكم أو اتجاه غير مرئية</translation>
    </message>
    <message>
        <source>holds spaces other than single spaces between words</source>
        <translation>فيه مسافات غير المسافة المفردة بين الكلمات</translation>
    </message>
    <message>
        <source>holds compatibility forms (such as fullwidth letters): a look-alike of another name</source>
        <translation>فيه أشكال توافقية (كالحروف كاملة العرض): شبيه باسم آخر</translation>
    </message>
    <message>
        <source>holds the character {ch!r}, which no account name has</source>
        <translation>فيه المحرف {ch!r}، ولا يحمله أي اسم حساب</translation>
    </message>
    <message>
        <source>mixes scripts ({scripts}): a letter of one can pass for another&apos;s</source>
        <translation>يخلط بين أبجديات ({scripts}): قد يُحسب حرف من إحداها حرفًا من الأخرى</translation>
    </message>
    <message>
        <source>mixes digits of two systems: one can pass for another</source>
        <translation>يخلط أرقامًا من نظامين: قد يُحسب أحدهما الآخر</translation>
    </message>
    <message>
        <source>has no letter or digit</source>
        <translation>ليس فيه حرف ولا رقم</translation>
    </message>
    <message>
        <source>the approval settings were changed by someone else since you opened them; nothing was saved. Open them again to see their changes</source>
        <translation>غيّر شخص آخر إعدادات الموافقة منذ فتحتها؛ لم يُحفظ شيء. افتحها مجددًا لترى تغييراته</translation>
    </message>
    <message>
        <source>the sentence or a pending decision changed since the list was reviewed; review the list again</source>
        <translation>تغيّر الحكم أو قرار معلّق منذ مراجعة القائمة؛ راجع القائمة مجددًا</translation>
    </message>
    <message>
        <source>the save</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>cannot create {path}: {strerror}</source>
        <translation>تعذّر إنشاء {path}: {strerror}</translation>
    </message>
    <message>
        <source>{display_name} is an empty database</source>
        <translation>{display_name} قاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>cannot create {path}: {value}; nothing was created</source>
        <translation>تعذّر إنشاء {path}: {value}؛ لم يُنشأ شيء</translation>
    </message>
    <message>
        <source>creating {path}</source>
        <translation>إنشاء {path}</translation>
    </message>
    <message>
        <source>the database or its folder is read-only; it cannot be changed here</source>
        <translation>قاعدة البيانات أو مجلدها للقراءة فقط؛ لا يمكن تغييرها هنا</translation>
    </message>
    <message>
        <source>cannot open {display_name} to change it: {read_only}</source>
        <translation>تعذّر فتح {display_name} لتغييرها: {read_only}</translation>
    </message>
    <message>
        <source>cannot read {display_name}: {orig}</source>
        <translation>تعذّرت قراءة {display_name}: {orig}</translation>
    </message>
    <message>
        <source>{display_name} was written by an older version of Case Tracker and must be upgraded before it is read, but the database or its folder is read-only; open it once where it can be written</source>
        <translation>كُتبت {display_name} بإصدار أقدم من Case Tracker ويجب ترقيتها قبل قراءتها، لكن قاعدة البيانات أو مجلدها للقراءة فقط؛ افتحها مرة في مكان يمكن الكتابة فيه</translation>
    </message>
    <message>
        <source>must be at least {min_passphrase_length} characters long</source>
        <translation>يجب ألا يقل طولها عن {min_passphrase_length} حرفًا</translation>
    </message>
    <message>
        <source>new encrypted database</source>
        <translation>قاعدة بيانات مشفّرة جديدة</translation>
    </message>
    <message>
        <source>a database already exists there; init creates new ones only</source>
        <translation>توجد قاعدة بيانات هناك بالفعل؛ لا ينشئ init إلا قواعد جديدة</translation>
    </message>
    <message>
        <source>the server database is not empty</source>
        <translation>قاعدة بيانات الخادم ليست فارغة</translation>
    </message>
    <message>
        <source>--cases must be at least 1, not {count}</source>
        <translation>يجب ألا يقل --cases عن 1، لا {count}</translation>
    </message>
    <message>
        <source>--cases must be at most {demo_cases_max:,}, not {count:,}</source>
        <translation>يجب ألا يتجاوز --cases {demo_cases_max:,}، لا {count:,}</translation>
    </message>
    <message>
        <source>adding {count:,} synthetic cases</source>
        <translation>إضافة {count:,} قضية اصطناعية</translation>
    </message>
    <message>
        <source>decision {id} ({outcome}, case {case_no})</source>
        <translation>القرار {id} ({outcome}، القضية {case_no})</translation>
    </message>
    <message>
        <source>{what} was not recorded: the database refused the write ({reason}); nothing was written. Try again; if it repeats, someone else may be writing to it.</source>
        <translation>لم يُسجَّل {what}: رفضت قاعدة البيانات الكتابة ({reason})؛ لم يُكتب شيء. حاول مجددًا؛ وإن تكرر ذلك فقد يكون شخص آخر يكتب فيها.</translation>
    </message>
    <message>
        <source>the amnesty&apos;s stored rules are not valid ({exc}); correct them first</source>
        <translation>قواعد العفو المحفوظة غير صالحة ({exc})؛ صحّحها أولًا</translation>
    </message>
    <message>
        <source>already has a proposed decision under this amnesty ({outcome}, decision {id}, proposed by {proposed_by}), waiting for approval; it must be approved or rejected first</source>
        <translation>لديه بالفعل قرار مقترح بموجب هذا العفو ({outcome}، القرار {id}، اقترحه {proposed_by}) بانتظار الموافقة؛ يجب قبوله أو رفضه أولًا</translation>
    </message>
    <message>
        <source>already has a decision under this amnesty ({outcome} on {date}, decision {id}); revoke it first to decide again</source>
        <translation>لديه بالفعل قرار بموجب هذا العفو ({outcome} في {date}، القرار {id})؛ ألغِه أولًا لتقرّر من جديد</translation>
    </message>
    <message>
        <source>the amnesty&apos;s criteria exclude this person ({exclusions}): to decide anyway, give the reason for the override</source>
        <translation>معايير العفو تستبعد هذا الشخص ({exclusions}): لتقرّر رغم ذلك، اذكر سبب التجاوز</translation>
    </message>
    <message>
        <source>case {case_no} under amnesty {amnesty_title!r}</source>
        <translation>القضية {case_no} بموجب العفو {amnesty_title!r}</translation>
    </message>
    <message>
        <source>the person or their decisions under this amnesty changed since the preview was shown; nothing was written. Check the new preview and save again</source>
        <translation>تغيّر الشخص أو قراراته في هذا العفو منذ عُرضت المعاينة؛ لم يُكتب شيء. راجع المعاينة الجديدة واحفظ مجددًا</translation>
    </message>
    <message>
        <source>someone else recorded a decision for this person under this amnesty meanwhile; nothing was written</source>
        <translation>سجّل شخص آخر في هذه الأثناء قرارًا لهذا الشخص بموجب هذا العفو؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>no list named {kind!r}; one of: {names}</source>
        <translation>لا توجد قائمة باسم {kind!r}؛ إحدى: {names}</translation>
    </message>
    <message>
        <source>cannot write the file: {strerror}</source>
        <translation>تعذّرت كتابة الملف: {strerror}</translation>
    </message>
    <message>
        <source>cannot write the file: {value}; nothing was written</source>
        <translation>تعذّرت كتابة الملف: {value}؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>Another facility here is already called this</source>
        <translation>يوجد هنا مرفق آخر بهذا الاسم</translation>
    </message>
    <message>
        <source>No such source</source>
        <translation>لا يوجد مصدر كهذا</translation>
    </message>
    <message>
        <source>This facility already has a headcount from this source on this date: change that one instead</source>
        <translation>لهذا المرفق تعداد من هذا المصدر في هذا التاريخ: عدّل ذلك التعداد بدلًا من إضافة آخر</translation>
    </message>
    <message>
        <source>headcount of {date}</source>
        <translation>تعداد {date}</translation>
    </message>
    <message>
        <source>on a server database the identity is the login; it cannot be chosen</source>
        <translation>في قاعدة بيانات على خادم تكون الهوية هي حساب الدخول؛ لا يمكن اختيارها</translation>
    </message>
    <message>
        <source>a display name has at most {max_name} characters</source>
        <translation>لا يتجاوز الاسم المعروض {max_name} حرفًا</translation>
    </message>
    <message>
        <source>no facility with this name under {parent}</source>
        <translation>لا يوجد مرفق بهذا الاسم تحت {parent}</translation>
    </message>
    <message>
        <source>no facility with this name at the top level</source>
        <translation>لا يوجد مرفق بهذا الاسم في المستوى الأعلى</translation>
    </message>
    <message>
        <source>more than one facility has this name under {parent}</source>
        <translation>يحمل أكثر من مرفق هذا الاسم تحت {parent}</translation>
    </message>
    <message>
        <source>more than one facility has this name at the top level</source>
        <translation>يحمل أكثر من مرفق هذا الاسم في المستوى الأعلى</translation>
    </message>
    <message>
        <source>appears twice in the file (also row {row})</source>
        <translation>يظهر مرتين في الملف (والصف {row} أيضًا)</translation>
    </message>
    <message>
        <source>a case with this number already exists with other values; import adds records and never changes them</source>
        <translation>توجد قضية بهذا الرقم بقيم أخرى؛ الاستيراد يضيف سجلات ولا يغيّرها أبدًا</translation>
    </message>
    <message>
        <source>no category with this code</source>
        <translation>لا توجد فئة بهذا الرمز</translation>
    </message>
    <message>
        <source>a facility with this name and parent already exists with other values; import adds records and never changes them</source>
        <translation>يوجد مرفق بهذا الاسم والأصل بقيم أخرى؛ الاستيراد يضيف سجلات ولا يغيّرها أبدًا</translation>
    </message>
    <message>
        <source>no facility with this name, in the database or the file</source>
        <translation>لا يوجد مرفق بهذا الاسم، لا في قاعدة البيانات ولا في الملف</translation>
    </message>
    <message>
        <source>more than one facility has this name</source>
        <translation>يحمل أكثر من مرفق هذا الاسم</translation>
    </message>
    <message>
        <source>the parents of these rows form a loop</source>
        <translation>الأصول في هذه الصفوف تشكّل حلقة</translation>
    </message>
    <message>
        <source>no amnesty with this title</source>
        <translation>لا يوجد عفو بهذا العنوان</translation>
    </message>
    <message>
        <source>no case with this number (import the cases first)</source>
        <translation>لا توجد قضية بهذا الرقم (استورد القضايا أولًا)</translation>
    </message>
    <message>
        <source>this person already has a final decision under this amnesty</source>
        <translation>لهذا الشخص قرار نهائي بالفعل بموجب هذا العفو</translation>
    </message>
    <message>
        <source>a second final decision for this person and amnesty (also row {row})</source>
        <translation>قرار نهائي ثانٍ لهذا الشخص والعفو (والصف {row} أيضًا)</translation>
    </message>
    <message>
        <source>is required for a source code new to the database</source>
        <translation>مطلوب لرمز مصدر جديد على قاعدة البيانات</translation>
    </message>
    <message>
        <source>the same headcount appears twice (also row {row})</source>
        <translation>التعداد نفسه يظهر مرتين (والصف {row} أيضًا)</translation>
    </message>
    <message>
        <source>a headcount of this facility from this source on this date already exists with other values; import adds records and never changes them</source>
        <translation>يوجد مسبقًا تعداد لهذا المرفق من هذا المصدر في هذا التاريخ بقيم أخرى؛ الاستيراد يضيف سجلات ولا يغيّرها أبدًا</translation>
    </message>
    <message>
        <source>cannot import {name!r}; the lists that can be imported: {importable}</source>
        <translation>تعذّر استيراد {name!r}؛ القوائم التي يمكن استيرادها: {importable}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>checking {name}</source>
        <translation>فحص {name}</translation>
    </message>
    <message>
        <source>import of {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>مصادر</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>مرافق</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>فئات</translation>
    </message>
    <message>
        <source>headcounts</source>
        <translation>تعدادات</translation>
    </message>
    <message>
        <source>headcounts by category</source>
        <translation>تعدادات حسب الفئة</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>قضايا</translation>
    </message>
    <message>
        <source>search words</source>
        <translation>كلمات بحث</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>عمليات نقل</translation>
    </message>
    <message>
        <source>amnesties</source>
        <translation>عفو</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>قرارات</translation>
    </message>
    <message>
        <source>reported totals</source>
        <translation>مجاميع مُبلَّغ عنها</translation>
    </message>
    <message>
        <source>history rows</source>
        <translation>صفوف السجل التاريخي</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>إعدادات</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>حسابات</translation>
    </message>
    <message>
        <source>{name} is encrypted, or is not an SQLite file at all: moving an encrypted backup to a server is not supported yet. Nothing was written.</source>
        <translation>{name} مشفّر، أو ليس ملف SQLite أصلًا: نقل نسخة احتياطية مشفّرة إلى خادم غير مدعوم بعد. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{name} cannot be moved to the server: {problems}. Nothing was written.</source>
        <translation>لا يمكن نقل {name} إلى الخادم: {problems}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{name} cannot be moved to the server: {why}. Nothing was written.</source>
        <translation>لا يمكن نقل {name} إلى الخادم: {why}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>moving records into a server database changes its schema, which only its owner may do: {login} is not the owner of {name} (its owner is {owner}); run restore as {owner}. Nothing was written.</source>
        <translation>نقل السجلات إلى قاعدة بيانات على خادم يغيّر مخططها، وهذا لمالكها وحده: {login} ليس مالك {name} (مالكها {owner})؛ شغّل restore باسم {owner}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{name} holds tables that are not Case Tracker&apos;s ({tables}): records are moved only into an empty database. Nothing was written.</source>
        <translation>في {name} جداول ليست من Case Tracker ({tables}): تُنقل السجلات إلى قاعدة بيانات فارغة فقط. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{name} has tables but no schema version: not an empty Case Tracker database. Nothing was written.</source>
        <translation>في {name} جداول بلا إصدار مخطط: ليست قاعدة بيانات Case Tracker فارغة. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{name} was set up by a newer Case Tracker (schema {revision}). Nothing was written.</source>
        <translation>أُعدّ {name} بإصدار أحدث من Case Tracker (المخطط {revision}). لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{name} is not empty: it holds {held}. Records are moved only into an empty database: as its owner, create a new one (CREATE DATABASE … OWNER …) and restore into it before anyone opens it (opening an empty database sets it up with the demonstration records). Nothing was written.</source>
        <translation>{name} ليست فارغة: فيها {held}. تُنقل السجلات إلى قاعدة بيانات فارغة فقط: بصفتك مالكها، أنشئ واحدة جديدة (CREATE DATABASE … OWNER …) واستعد إليها قبل أن يفتحها أحد (فتح قاعدة بيانات فارغة يُعدّها بسجلات العرض التوضيحي). لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>triggers left disabled: {triggers}; nothing was written</source>
        <translation>مشغّلات بقيت معطّلة: {triggers}؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>unknown report {kind!r}; choose one of {names}</source>
        <translation>تقرير غير معروف {kind!r}؛ اختر أحد: {names}</translation>
    </message>
    <message>
        <source>unknown language {lang!r}; choose one of {names}</source>
        <translation>لغة غير معروفة {lang!r}؛ اختر إحدى: {names}</translation>
    </message>
    <message>
        <source>the amnesty outcomes report needs an amnesty: its id or exact title</source>
        <translation>يحتاج تقرير نتائج العفو إلى عفو: رقمه أو عنوانه الدقيق</translation>
    </message>
    <message>
        <source>the case sheet needs a case number</source>
        <translation>تحتاج ورقة القضية إلى رقم قضية</translation>
    </message>
    <message>
        <source>the roster needs a facility or section: its id or exact name</source>
        <translation>تحتاج القائمة الاسمية إلى مرفق أو قسم: رقمه أو اسمه الدقيق</translation>
    </message>
    <message>
        <source>the {kind} as {lower}</source>
        <translation>{kind} بصيغة {lower}</translation>
    </message>
    <message>
        <source>{count} facilities are named {text!r} (ids {ids}); give the id instead</source>
        <translation>تحمل {count} مرافق الاسم {text!r} (الأرقام {ids})؛ أعطِ الرقم بدلًا منه</translation>
    </message>
    <message>
        <source>a revocation needs a reason</source>
        <translation>يحتاج الإلغاء إلى سبب</translation>
    </message>
    <message>
        <source>already revoked on {revoked_at:%Y-%m-%d} by {revoked_by}</source>
        <translation>أُلغي بالفعل في {revoked_at:%Y-%m-%d} من قِبل {revoked_by}</translation>
    </message>
    <message>
        <source>the decision was rejected; there is nothing to revoke</source>
        <translation>رُفض القرار؛ لا يوجد ما يُلغى</translation>
    </message>
    <message>
        <source>the person&apos;s status is now {status!r}, not &apos;released&apos; as this decision set it; it was changed since, so the release cannot be reversed safely. Correct the case first.</source>
        <translation>حالة الشخص الآن {status!r}، لا «مُفرج عنه» كما حدّدها هذا القرار؛ تغيّرت منذ ذلك الحين، فلا يمكن التراجع عن الإفراج بأمان. صحّح القضية أولًا.</translation>
    </message>
    <message>
        <source>the person was transferred after this decision; the release cannot be reversed safely</source>
        <translation>نُقل الشخص بعد هذا القرار؛ لا يمكن التراجع عن الإفراج بأمان</translation>
    </message>
    <message>
        <source>a later decision ({later}) changed this person; revoke it first</source>
        <translation>غيّر قرار لاحق ({later}) هذا الشخص؛ ألغِه أولًا</translation>
    </message>
    <message>
        <source>the sentence end is now {now}, not {value} as this reduction set it; it was changed since, so the reduction cannot be reversed safely</source>
        <translation>نهاية الحكم الآن {now}، لا {value} كما حدّدها هذا التخفيض؛ تغيّرت منذ ذلك الحين، فلا يمكن التراجع عن التخفيض بأمان</translation>
    </message>
    <message>
        <source>a later decision ({later}) changed this person&apos;s sentence; revoke it first</source>
        <translation>غيّر قرار لاحق ({later}) حكم هذا الشخص؛ ألغِه أولًا</translation>
    </message>
    <message>
        <source>the file must end in .csv or .xlsx, not {value}</source>
        <translation>يجب أن ينتهي الملف بـ.csv أو .xlsx، لا {value}</translation>
    </message>
    <message>
        <source>not a CSV text file: it holds zero bytes but is not UTF-16 text; save it as CSV UTF-8</source>
        <translation>ليس ملف CSV نصيًا: فيه بايتات صفرية لكنه ليس نص UTF-16؛ احفظه بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({name})</source>
        <translation>ليس مصنف XLSX قابلًا للقراءة ({name})</translation>
    </message>
    <message>
        <source>refused before reading: the workbook has {count:,} parts, more than {workbook_parts_max:,}</source>
        <translation>رُفض قبل القراءة: في المصنف {count:,} جزءًا، أكثر من {workbook_parts_max:,}</translation>
    </message>
    <message>
        <source>refused before reading: the workbook unpacks to {inflated:,} bytes, more than the {workbook_inflated_max:,} an import reads; split the list into smaller files</source>
        <translation>رُفض قبل القراءة: يُفكّ المصنف إلى {inflated:,} بايت، أكثر من {workbook_inflated_max:,} التي يقرؤها الاستيراد؛ قسّم القائمة إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>refused before reading: {filename} unpacks from {compress_size:,} to {file_size:,} bytes ({ratio:,.0f} to 1), far more than a spreadsheet (at most {inflation_ratio_max} to 1); the file is damaged or made to exhaust memory</source>
        <translation>رُفض قبل القراءة: يُفكّ {filename} من {compress_size:,} إلى {file_size:,} بايت (بنسبة {ratio:,.0f} إلى 1)، أكثر بكثير من جدول بيانات (على الأكثر {inflation_ratio_max} إلى 1)؛ الملف تالف أو مصنوع لاستنزاف الذاكرة</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف كهذا</translation>
    </message>
    <message>
        <source>row 1 (the header): {csv_problem}</source>
        <translation>الصف 1 (صف العناوين): {csv_problem}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula saved without its value (the file was written by a program that does not calculate); open the file in a spreadsheet program and save it again, or type the value instead</source>
        <translation>في الخلية {cell} صيغة محفوظة بلا قيمتها (كتب الملفَّ برنامجٌ لا يحسب)؛ افتح الملف في برنامج جداول بيانات واحفظه مجددًا، أو اكتب القيمة بدلًا منها</translation>
    </message>
    <message>
        <source>the workbook holds values on another sheet ({sheet}) besides the first; import reads one sheet only: put the list on one sheet and remove the others</source>
        <translation>في المصنّف قيم على ورقة أخرى ({sheet}) غير الأولى؛ الاستيراد يقرأ ورقة واحدة فقط: ضع القائمة على ورقة واحدة واحذف الأخريات</translation>
    </message>
    <message>
        <source>not a readable {kind} ({name})</source>
        <translation>ليس {kind} قابلًا للقراءة ({name})</translation>
    </message>
    <message>
        <source>refused: the sheet declares {height:,} rows and {width:,} columns; a sheet holds at most {sheet_rows_max:,} rows and {sheet_columns_max:,} columns</source>
        <translation>رُفض: تعلن الورقة {height:,} صفًا و{width:,} عمودًا؛ تتسع الورقة لـ{sheet_rows_max:,} صفًا و{sheet_columns_max:,} عمودًا على الأكثر</translation>
    </message>
    <message>
        <source>refused: the sheet has more than {sheet_rows_max:,} rows or {sheet_columns_max:,} columns, the most a sheet holds</source>
        <translation>رُفض: في الورقة أكثر من {sheet_rows_max:,} صفًا أو {sheet_columns_max:,} عمودًا، وهو أقصى ما تتسع له الورقة</translation>
    </message>
    <message>
        <source>refused: the sheet declares {count:,} rows; a sheet holds at most {sheet_rows_max:,}</source>
        <translation>رُفض: تعلن الورقة {count:,} صفًا؛ تتسع الورقة لـ{sheet_rows_max:,} على الأكثر</translation>
    </message>
    <message>
        <source>row {count} (line {line_num}): {csv_problem}</source>
        <translation>الصف {count} (السطر {line_num}): {csv_problem}</translation>
    </message>
    <message>
        <source>starts with {group_prefix}</source>
        <translation>يبدأ بـ{group_prefix}</translation>
    </message>
    <message>
        <source>not an account name: {login!r} {fault}</source>
        <translation>ليس اسم حساب: {login!r} {fault}</translation>
    </message>
    <message>
        <source>not a valid login name: {login!r} (letters, digits, _ . @ -, at most 63 characters, starting with a letter; not starting with {group_prefix})</source>
        <translation>ليس اسم دخول صالحًا: {login!r} (حروف وأرقام و_ . @ -، 63 حرفًا على الأكثر، يبدأ بحرف؛ ولا يبدأ بـ{group_prefix})</translation>
    </message>
    <message>
        <source>a password has at least {min_password} characters</source>
        <translation>لا تقل كلمة المرور عن {min_password} حرفًا</translation>
    </message>
    <message>
        <source>user {name}</source>
        <translation>المستخدم {name}</translation>
    </message>
    <message>
        <source>a SQLite file has no passwords: the operating system authenticates the account</source>
        <translation>لا كلمات مرور في ملف SQLite: نظام التشغيل هو من يتحقق من الحساب</translation>
    </message>
    <message>
        <source>the file already knows this account, as {known} (the system does not tell the case of its names apart)</source>
        <translation>الملف يعرف هذا الحساب مسبقًا باسم {known} (النظام لا يميّز بين الأحرف الكبيرة والصغيرة في أسمائه)</translation>
    </message>
    <message>
        <source>the file already knows this account</source>
        <translation>الملف يعرف هذا الحساب بالفعل</translation>
    </message>
    <message>
        <source>you cannot {what} yourself; ask another administrator</source>
        <translation>لا يمكنك {what} نفسك؛ اطلب ذلك من مدير نظام آخر</translation>
    </message>
    <message>
        <source>the user is already disabled</source>
        <translation>المستخدم معطّل بالفعل</translation>
    </message>
    <message>
        <source>backup of {name} failed its check: {problems}</source>
        <translation>فشلت النسخة الاحتياطية لـ{name} في الفحص: {problems}</translation>
    </message>
    <message>
        <source>cannot back up {name} to {destination}: {exc}</source>
        <translation>تعذّر نسخ {name} احتياطيًا إلى {destination}: {exc}</translation>
    </message>
    <message>
        <source>only SQLite files can be backed up this way</source>
        <translation>لا يمكن نسخ إلا ملفات SQLite احتياطيًا بهذه الطريقة</translation>
    </message>
    <message>
        <source>Remove the invisible control or direction characters: they hide or reorder what the name shows</source>
        <translation>احذف محارف التحكم أو الاتجاه غير المرئية: فهي تخفي ما يظهره الاسم أو تعيد ترتيبه</translation>
    </message>
    <message>
        <source>Remove the invisible control or direction characters: they hide or reorder what the title shows</source>
        <translation>احذف محارف التحكم أو الاتجاه غير المرئية: فهي تخفي ما يظهره العنوان أو تعيد ترتيبه</translation>
    </message>
    <message>
        <source>{fault}; reject the proposal instead</source>
        <translation>{fault}؛ ارفض المقترح بدلًا من ذلك</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; name a file in it, for example {example}</source>
        <translation>{path} مجلد وليس ملف قاعدة بيانات؛ اذكر ملفًا داخله، مثل {example}</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>export of facilities</source>
        <translation>تصدير المرافق</translation>
    </message>
    <message>
        <source>export of cases</source>
        <translation>تصدير القضايا</translation>
    </message>
    <message>
        <source>export of decisions</source>
        <translation>تصدير القرارات</translation>
    </message>
    <message>
        <source>export of headcounts</source>
        <translation>تصدير التعدادات</translation>
    </message>
    <message>
        <source>export of categories</source>
        <translation>تصدير فئات المحتجزين</translation>
    </message>
    <message>
        <source>export of amnesties</source>
        <translation>تصدير قائمة العفو</translation>
    </message>
    <message>
        <source>a category cannot count more than the total</source>
        <translation>لا يمكن أن يتجاوز عدد فئة المجموع الكلي</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>قائمة المحتجزين</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>مصنف XLSX</translation>
    </message>
    <message>
        <source>ODS spreadsheet</source>
        <translation>جدول ODS</translation>
    </message>
    <message>
        <source>not readable as {name} text; save the file as CSV UTF-8</source>
        <translation>لا يُقرأ نصًّا بترميز {name}؛ احفظ الملف بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <source>a cell is longer than {cell_max:,} characters</source>
        <translation>في الملف خلية أطول من {cell_max:,} حرف</translation>
    </message>
    <message>
        <source>not a readable CSV row ({detail})</source>
        <translation>ليس صف CSV قابلًا للقراءة ({detail})</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {count:,} characters, more than an XLSX cell holds ({cell_max:,}); export this list as CSV; nothing was written</source>
        <translation>الصف {row}، العمود {column}: {count:,} حرفًا، أكثر مما تتسع له خلية XLSX ({cell_max:,})؛ صدّر هذه القائمة بصيغة CSV؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>foreign key: {row}</source>
        <translation>مفتاح خارجي: {row}</translation>
    </message>
    <message>
        <source>backup_encrypted copies encrypted SQLite files only</source>
        <translation>لا ينسخ backup_encrypted إلا ملفات SQLite المشفّرة</translation>
    </message>
    <message>
        <source>no list named {kind!r}</source>
        <translation>لا توجد قائمة باسم {kind!r}</translation>
    </message>
    <message>
        <source>the database is locked by another program (another Case Tracker or a tool holding a write); try again when it has finished</source>
        <translation>قاعدة البيانات مقفلة من برنامج آخر (نسخة أخرى من Case Tracker أو أداة تكتب فيها)؛ حاول مجددًا عندما ينتهي</translation>
    </message>
    <message>
        <source>database or disk is full; free some space and try again</source>
        <translation>قاعدة البيانات أو القرص ممتلئ؛ أفرغ بعض المساحة وحاول مجددًا</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>أبلغ القرص عن خطأ في الإدخال والإخراج</translation>
    </message>
    <message>
        <source>the database refused it ({text})</source>
        <translation>رفضته قاعدة البيانات ({text})</translation>
    </message>
    <message>
        <source>{action} failed: {why}. Nothing was written.</source>
        <translation>فشل {action}: {why}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>no category with code {code!r}</source>
        <translation>لا توجد فئة بالرمز {code!r}</translation>
    </message>
    <message>
        <source>restore from a backup (the newest is {newest})</source>
        <translation>استعد من نسخة احتياطية (أحدثها {newest})</translation>
    </message>
    <message>
        <source>restore from a backup (none was found beside it)</source>
        <translation>استعد من نسخة احتياطية (لم توجد أي نسخة بجانبه)</translation>
    </message>
    <message>
        <source>the database file is damaged; {advice}. Nothing was written.</source>
        <translation>ملف قاعدة البيانات تالف؛ {advice}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>بنية ملف قاعدة البيانات على القرص تالفة</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>الملف ليس قاعدة بيانات</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>تعذّر فتح ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>خطأ في إدخال القرص وإخراجه</translation>
    </message>
    <message>
        <source>not a database URL: {target!r}</source>
        <translation>ليس عنوان قاعدة بيانات: {target!r}</translation>
    </message>
    <message>
        <source>encryption needs the SQLCipher bindings, which are not available for this platform</source>
        <translation>يحتاج التشفير إلى روابط SQLCipher، وهي غير متوفرة لهذه المنصة</translation>
    </message>
    <message>
        <source>migration {name} names no revision</source>
        <translation>لا يذكر الترحيل {name} أي مراجعة</translation>
    </message>
    <message>
        <source>the migrations have {count} heads; expected one</source>
        <translation>للترحيلات {count} رؤوس؛ المتوقع رأس واحد</translation>
    </message>
    <message>
        <source>{display_name} was written by a newer Case Tracker (schema {current}; this one knows schema {head} at most): update the application to open it; nothing was changed</source>
        <translation>كُتبت {display_name} بإصدار أحدث من Case Tracker (المخطط {current}؛ وهذا الإصدار يعرف المخطط {head} على الأكثر): حدّث التطبيق لفتحها؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>the database has tables but no schema version: not a Case Tracker file</source>
        <translation>في قاعدة البيانات جداول لكن لا إصدار مخطط: ليست ملف Case Tracker</translation>
    </message>
    <message>
        <source>a folder, not a backup file</source>
        <translation>مجلد وليس ملف نسخة احتياطية</translation>
    </message>
    <message>
        <source>cannot read it: {strerror}</source>
        <translation>تعذّرت قراءته: {strerror}</translation>
    </message>
    <message>
        <source>not an SQLite database (or an encrypted one, which restore does not take)</source>
        <translation>ليس قاعدة بيانات SQLite (أو هو قاعدة مشفّرة لا تقبلها الاستعادة)</translation>
    </message>
    <message>
        <source>not a Case Tracker database (no tables {names})</source>
        <translation>ليس قاعدة بيانات Case Tracker (لا جداول {names})</translation>
    </message>
    <message>
        <source>it has no schema revision</source>
        <translation>لا يحمل رقم مراجعة للمخطط</translation>
    </message>
    <message>
        <source>its schema ({revision}) is from a newer or unknown version of Case Tracker</source>
        <translation>مخططه ({revision}) من إصدار أحدث من Case Tracker أو غير معروف</translation>
    </message>
    <message>
        <source>an incomplete Case Tracker database (no tables {names})</source>
        <translation>قاعدة بيانات Case Tracker ناقصة (لا جداول {names})</translation>
    </message>
    <message>
        <source>the copy of the backup failed its check: {problems}</source>
        <translation>فشلت نسخة النسخة الاحتياطية في الفحص: {problems}</translation>
    </message>
    <message>
        <source>the restored database failed its check: {problems}</source>
        <translation>فشلت قاعدة البيانات المستعادة في الفحص: {problems}</translation>
    </message>
    <message>
        <source>restore failed: {exc}; the database was not replaced</source>
        <translation>فشلت الاستعادة: {exc}؛ لم تُستبدل قاعدة البيانات</translation>
    </message>
    <message>
        <source>table {table}: the copied rows break its rule {rule} ({why})</source>
        <translation>الجدول {table}: الصفوف المنسوخة تخالف قاعدته {rule} ({why})</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>بيانات ثنائية</translation>
    </message>
    <message>
        <source>not a date as Case Tracker writes one: {value!r}</source>
        <translation>ليس تاريخًا كما يكتبه Case Tracker: {value!r}</translation>
    </message>
    <message>
        <source>table {table}, row {key}: the server refused it ({why})</source>
        <translation>الجدول {table}، الصف {key}: رفضه الخادم ({why})</translation>
    </message>
    <message>
        <source>table {table}, row {key}, column {column}: the server refused it ({why})</source>
        <translation>الجدول {table}، الصف {key}، العمود {column}: رفضه الخادم ({why})</translation>
    </message>
    <message>
        <source>table {table}: the server refused its rows ({why})</source>
        <translation>الجدول {table}: رفض الخادم صفوفه ({why})</translation>
    </message>
    <message>
        <source>amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>proposed batch</source>
        <translation>الدفعة المقترحة</translation>
    </message>
    <message>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>read records</source>
        <translation>قراءة السجلات</translation>
    </message>
    <message>
        <source>preview and print reports</source>
        <translation>معاينة التقارير وطباعتها</translation>
    </message>
    <message>
        <source>edit facilities, headcounts, cases and transfers</source>
        <translation>تعديل المرافق والتعدادات والقضايا وعمليات النقل</translation>
    </message>
    <message>
        <source>import lists</source>
        <translation>استيراد القوائم</translation>
    </message>
    <message>
        <source>propose decisions</source>
        <translation>اقتراح القرارات</translation>
    </message>
    <message>
        <source>export lists of people</source>
        <translation>تصدير قوائم الأشخاص</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>الموافقة على القرارات</translation>
    </message>
    <message>
        <source>revoke decisions</source>
        <translation>إلغاء القرارات</translation>
    </message>
    <message>
        <source>change a person&apos;s status or sentence outside an approved decision</source>
        <translation>تغيير حالة شخص أو حكمه خارج قرار موافَق عليه</translation>
    </message>
    <message>
        <source>edit amnesties and their rules</source>
        <translation>تعديل قرارات العفو وقواعدها</translation>
    </message>
    <message>
        <source>edit the category tree</source>
        <translation>تعديل شجرة الفئات</translation>
    </message>
    <message>
        <source>manage users and roles</source>
        <translation>إدارة المستخدمين والأدوار</translation>
    </message>
    <message>
        <source>change approval settings</source>
        <translation>تغيير إعدادات الموافقة</translation>
    </message>
    <message>
        <source>back up, restore or migrate the database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا أو استعادتها أو ترحيلها</translation>
    </message>
    <message>
        <source>date of the count</source>
        <translation>تاريخ العدّ</translation>
    </message>
    <message>
        <source>precision of the date</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>held since</source>
        <translation>محتجز منذ</translation>
    </message>
    <message>
        <source>held since before</source>
        <translation>محتجز منذ ما قبل</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>precision of the date of issue</source>
        <translation>دقة تاريخ الإصدار</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>reason for the override</source>
        <translation>سبب التجاوز</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>داخل</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>sentence end</source>
        <translation>نهاية الحكم</translation>
    </message>
    <message>
        <source>longest sentence (months)</source>
        <translation>أطول حكم (بالأشهر)</translation>
    </message>
    <message>
        <source>sentence (months)</source>
        <translation>الحكم (بالأشهر)</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>title of the source</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>facility to move to</source>
        <translation>المرفق المنقول إليه</translation>
    </message>
    <message>
        <source>total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>date of the transfer</source>
        <translation>تاريخ النقل</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>موافَق عليه</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
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
        <translation>قاعدة بيانات مشفّرة جديدة</translation>
    </message>
    <message>
        <source>The new database file, its write-ahead log and its backups are encrypted with the passphrase. Without it nobody can read them — not even you: there is no way to recover a lost passphrase. Keep it somewhere safe.</source>
        <translation>يُشفَّر ملف قاعدة البيانات الجديدة وسجل الكتابة المسبقة ونسخها الاحتياطية بعبارة المرور. بدونها لا يستطيع أحد قراءتها — ولا حتى أنت: لا توجد طريقة لاستعادة عبارة مرور مفقودة. احفظها في مكان آمن.</translation>
    </message>
    <message>
        <source>File of the new database</source>
        <translation>ملف قاعدة البيانات الجديدة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Start with the reported figures and the synthetic demo</source>
        <translation>البدء بالأرقام المُبلَّغ عنها والعرض التوضيحي الاصطناعي</translation>
    </message>
    <message>
        <source>Load the seed data</source>
        <translation>تحميل البيانات الأولية</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>Create the encrypted database</source>
        <translation>إنشاء قاعدة البيانات المشفّرة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose where to save the new database.</source>
        <translation>اختر مكان حفظ قاعدة البيانات الجديدة.</translation>
    </message>
    <message>
        <source>A file already exists there. Choose a new name.</source>
        <translation>يوجد ملف بالفعل هناك. اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>%1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>NumberLimits</name>
    <message>
        <source>At most %1</source>
        <translation>%1 على الأكثر</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>%1 على الأقل</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Population over time against capacity</source>
        <translation>عدد الأشخاص عبر الزمن مقابل السعة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Reported headcount</source>
        <translation>التعداد المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Held now (records)</source>
        <translation>المحتجزون حاليًا (السجلات)</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>السعة %1</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>New encrypted database</source>
        <translation>قاعدة بيانات مشفّرة جديدة</translation>
    </message>
    <message>
        <source>Case Tracker databases (*.db);;All files (*)</source>
        <translation>قواعد بيانات Case Tracker (*.db);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>قاعدة بيانات مشفّرة</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation>%1 مشفّرة. أدخل عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>That passphrase does not open it. Try again.</source>
        <translation>عبارة المرور هذه لا تفتحها. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>viewer</source>
        <translation>مُطّلِع</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>كاتب</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>مُراجِع</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا دور</translation>
    </message>
    <message>
        <source>Needs the %1 role; your role is %2.</source>
        <translation>يتطلب دور %1؛ ودورك: %2.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Case number or name, then pick from the list</source>
        <translation>رقم القضية أو الاسم، ثم اختر من القائمة</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>CSV table (UTF-8)</source>
        <translation>جدول CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>مصنّف Excel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>اقترحه</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>تاريخ الاقتراح</translation>
    </message>
    <message>
        <source>You proposed this; another reviewer must approve it.</source>
        <translation>أنت اقترحت هذا؛ ويجب أن يوافق عليه مُراجِع آخر.</translation>
    </message>
    <message>
        <source>Apply amnesty: %1 people</source>
        <translation>تطبيق العفو: %1 شخص</translation>
    </message>
</context>
<context>
    <name>QTableView</name>
    <message>
        <source>Columns of %1</source>
        <translation>أعمدة %1</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Save filters</source>
        <translation>حفظ عوامل التصفية</translation>
    </message>
    <message>
        <source>Name of this set of filters:</source>
        <translation>اسم مجموعة عوامل التصفية هذه:</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Counted from records</source>
        <translation>المحسوب من السجلات</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Reported as of</source>
        <translation>بتاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>مشكلة في %1</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The person is now %1, no longer held as when the release was proposed.</source>
        <translation>حالة الشخص الآن: %1، ولم يعد محتجزًا كما كان عند اقتراح الإفراج عنه.</translation>
    </message>
    <message>
        <source>The sentence end is now %1, not as when the reduction was proposed.</source>
        <translation>نهاية الحكم الآن %1، وليست كما كانت عند اقتراح التخفيض.</translation>
    </message>
    <message>
        <source>The person&apos;s status is now “%1”, not released as this decision set it: the release cannot be reversed safely. Correct the case first.</source>
        <translation>حالة الشخص الآن «%1»، لا «مُفرج عنه» كما جعلها هذا القرار: لا يمكن التراجع عن الإفراج بأمان. صحّح القضية أولاً.</translation>
    </message>
    <message>
        <source>The person was transferred after this decision: the release cannot be reversed safely.</source>
        <translation>نُقل الشخص بعد هذا القرار: لا يمكن التراجع عن الإفراج بأمان.</translation>
    </message>
    <message>
        <source>The sentence end is now %1, not %2 as this reduction set it: the reduction cannot be reversed safely.</source>
        <translation>نهاية الحكم الآن %1، لا %2 كما حدّدها هذا التخفيض: لا يمكن التراجع عن التخفيض بأمان.</translation>
    </message>
    <message>
        <source>A later decision (%1) changed this person; revoke it first.</source>
        <translation>غيّر قرار لاحق (%1) وضع هذا الشخص؛ ألغِه أولاً.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Amnesty: %1</source>
        <translation>العفو: %1</translation>
    </message>
    <message>
        <source>people in %1 and its sections</source>
        <translation>الأشخاص في %1 وأقسامه</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>صادر عن</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>بطلب من</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>المصدر غير مسجّل</translation>
    </message>
    <message>
        <source>Decisions by category</source>
        <translation>القرارات حسب الفئة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Decisions by facility</source>
        <translation>القرارات حسب المرفق</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>%1 of the counted decisions are synthetic demonstration records.</source>
        <translation>%1 من القرارات المحسوبة سجلات اصطناعية للعرض التوضيحي.</translation>
    </message>
    <message>
        <source>Decisions are counted under the facility and category the person has now.</source>
        <translation>تُحسب القرارات ضمن المرفق والفئة الحاليين للشخص.</translation>
    </message>
    <message>
        <source>Amnesty outcomes: %1</source>
        <translation>نتائج العفو: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3), as of %4; source %5.</source>
        <translation>%1: %2 (%3)، بتاريخ %4؛ المصدر %5.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reported totals are aggregates as reported, with their precision and date. Counted figures are the decisions in force (approved, not revoked) recorded in this database for individual people when the report was generated; proposals waiting for approval are shown apart and not counted.</source>
        <translation>المجاميع المُبلَّغ عنها أرقام إجمالية كما أُبلغ عنها، مع دقتها وتاريخها. الأرقام المحسوبة هي القرارات النافذة (الموافق عليها وغير الملغاة) المسجّلة في قاعدة البيانات هذه لأشخاص أفراد عند إنشاء التقرير؛ أما المقترحات بانتظار الموافقة فتُعرض منفصلة ولا تُحسب.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Proposals waiting for approval (not counted above)</source>
        <translation>المقترحات بانتظار الموافقة (غير محسوبة أعلاه)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Counted from records</source>
        <translation>المحسوب من السجلات</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Reported totals cover the whole amnesty; the counts cover the chosen facility only, so no difference is shown.</source>
        <translation>المجاميع المُبلَّغ عنها تشمل العفو كاملًا، أما الأعداد المحسوبة فتشمل المرفق المختار فقط، لذا لا يُعرض الفرق.</translation>
    </message>
    <message>
        <source>Reported totals beside counted decisions</source>
        <translation>المجاميع المُبلَّغ عنها إلى جانب القرارات المحسوبة</translation>
    </message>
    <message>
        <source>Reported and counted, by outcome</source>
        <translation>المُبلَّغ عنه والمحسوب، حسب النتيجة</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>مُفرج عنه</translation>
    </message>
    <message>
        <source>Sentence reduced</source>
        <translation>خُفّض الحكم</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد النظر</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2, waiting for approval</source>
        <translation>اقترحه %1 في %2، بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Proposed by %1; rejected by %2 on %3: %4</source>
        <translation>اقترحه %1؛ ورفضه %2 في %3: %4</translation>
    </message>
    <message>
        <source>Proposed by %1; approved by %2 on %3</source>
        <translation>اقترحه %1؛ ووافق عليه %2 في %3</translation>
    </message>
    <message>
        <source>In force; recorded before approval was required</source>
        <translation>نافذ؛ سُجّل قبل اشتراط الموافقة</translation>
    </message>
    <message>
        <source>In force; recorded by %1 without approval</source>
        <translation>نافذ؛ سجّله %1 دون موافقة</translation>
    </message>
    <message>
        <source>(no facility)</source>
        <translation>(بلا مرفق)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <source>Facility: %1 and its sections</source>
        <translation>المرفق: %1 وأقسامه</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>المرفق: %1</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>كل المرافق</translation>
    </message>
    <message>
        <source>Headcounts are reported figures, shown as reported (≈ approximate, “more than” a lower bound) with the date they refer to. People held are counted from the individual records in this database when the report was generated. Occupancy is the latest headcount, or where there is none the people counted from records, against design capacity.</source>
        <translation>التعدادات أرقام مُبلَّغ عنها، تُعرض كما أُبلغ عنها (≈ تقريبي، «أكثر من» حد أدنى) مع التاريخ الذي تشير إليه. يُحسب المحتجزون من السجلات الفردية في قاعدة البيانات هذه عند إنشاء التقرير. الإشغال هو آخر تعداد، أو عدد الأشخاص المحسوب من السجلات حيث لا يوجد تعداد، مقابل السعة التصميمية.</translation>
    </message>
    <message>
        <source>Design capacity not reported, so occupancy cannot be computed: %1.</source>
        <translation>لم يُبلَّغ عن السعة التصميمية، لذا لا يمكن حساب الإشغال: %1.</translation>
    </message>
    <message>
        <source>Counted from records: individual records with the status “held” in this database when the report was generated; exact counts of what is recorded.</source>
        <translation>المحسوب من السجلات: السجلات الفردية ذات الحالة «محتجز» في قاعدة البيانات هذه عند إنشاء التقرير؛ أعداد دقيقة لما هو مسجّل.</translation>
    </message>
    <message>
        <source>%1 of the facilities shown are synthetic demonstration records; their names and capacities are invented, not reported.</source>
        <translation>%1 من المرافق المعروضة سجلات اصطناعية للعرض التوضيحي؛ أسماؤها وسعاتها مختلقة، وليست مُبلَّغًا عنها.</translation>
    </message>
    <message>
        <source>Occupancy by facility</source>
        <translation>الإشغال حسب المرفق</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Latest headcount</source>
        <translation>آخر تعداد</translation>
    </message>
    <message>
        <source>Held (records)</source>
        <translation>المحتجزون (السجلات)</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>الإشغال %</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>فوق السعة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>%1: headcount %2 (%3), as of %4; source %5.</source>
        <translation>%1: التعداد %2 (%3)، بتاريخ %4؛ المصدر %5.</translation>
    </message>
    <message>
        <source>Total (%1 facilities)</source>
        <translation>المجموع (عدد المرافق: %1)</translation>
    </message>
    <message>
        <source>Totals count a section&apos;s headcount and capacity once, as part of its camp&apos;s; the total occupancy covers the facilities with a known capacity.</source>
        <translation>تحسب المجاميع تعداد القسم وسعته مرة واحدة، بوصفهما جزءًا من تعداد مخيمه وسعته؛ ويشمل الإشغال الإجمالي المرافق ذات السعة المعروفة.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>Occupancy against design capacity (%)</source>
        <translation>الإشغال مقابل السعة التصميمية (%)</translation>
    </message>
    <message>
        <source>Capacity (100 %)</source>
        <translation>السعة (100 %)</translation>
    </message>
    <message>
        <source>detention centres on record</source>
        <translation>مراكز الاحتجاز المسجّلة</translation>
    </message>
    <message>
        <source>held in %1 and its sections</source>
        <translation>المحتجزون في %1 وأقسامه</translation>
    </message>
    <message>
        <source>held in detention centres</source>
        <translation>المحتجزون في مراكز الاحتجاز</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>ما تم حسابه</translation>
    </message>
    <message>
        <source>Reported network figures beside counts from records</source>
        <translation>أرقام الشبكة المُبلَّغ عنها إلى جانب الأعداد المحسوبة من السجلات</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>كانون الثاني</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>شباط</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>آذار</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>نيسان</translation>
    </message>
    <message>
        <source>May</source>
        <translation>أيار</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>حزيران</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>تموز</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>آب</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>أيلول</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>تشرين الأول</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>تشرين الثاني</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>كانون الأول</translation>
    </message>
    <message>
        <source>Decisions not independently approved</source>
        <translation>قرارات لم تخضع لموافقة مستقلة</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>مخيم</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>سجن</translation>
    </message>
    <message>
        <source>Detention centre</source>
        <translation>مركز احتجاز</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>حد أدنى</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>حد أعلى</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>محتجز</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>Repatriated</source>
        <translation>مُعاد إلى بلده</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>فارّ</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>M</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>F</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Sentence reduced by %1</source>
        <translation>خُفّض الحكم بمقدار %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>أكثر من %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>أُنشئ في</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Sources and precision</source>
        <translation>المصادر والدقة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(تابع)</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>لا توجد سجلات</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>الجدول %1</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: contains personal data</source>
        <translation>سرّي: يحتوي على بيانات شخصية</translation>
    </message>
    <message>
        <source>Includes synthetic records</source>
        <translation>يتضمن سجلات اصطناعية</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 شهر</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Name (Arabic script)</source>
        <translation>الاسم (بالحروف العربية)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>محتجز منذ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Charge summary</source>
        <translation>ملخص التهمة</translation>
    </message>
    <message>
        <source>Accused of a violent crime</source>
        <translation>متهم بجريمة عنف</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>بداية الحكم</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>نهاية الحكم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Synthetic demonstration record; not a real person.</source>
        <translation>سجل اصطناعي للعرض التوضيحي؛ ليس شخصًا حقيقيًا.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Prepared by (records officer)</source>
        <translation>أعدّه (موظف السجلات)</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>راجعه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Case sheet: %1</source>
        <translation>صحيفة القضية: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>القضية %1</translation>
    </message>
    <message>
        <source>Every field is from the individual record in this database when the sheet was generated; revoked decisions are listed with who revoked them.</source>
        <translation>كل حقل مأخوذ من السجل الفردي في قاعدة البيانات هذه عند إنشاء الصحيفة؛ وتُدرج القرارات الملغاة مع من ألغاها.</translation>
    </message>
    <message>
        <source>Revoked %1 by %2</source>
        <translation>أُلغي في %1 من قِبل %2</translation>
    </message>
    <message>
        <source>guarantor: %1</source>
        <translation>الكفيل: %1</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>الشروط: %1</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <source>Sentence end before → after</source>
        <translation>نهاية الحكم قبل ← بعد</translation>
    </message>
    <message>
        <source>Guarantor, conditions, notes</source>
        <translation>الكفيل، الشروط، الملاحظات</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>قرارات العفو</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>عمليات النقل</translation>
    </message>
    <message>
        <source>People held by category</source>
        <translation>المحتجزون حسب الفئة</translation>
    </message>
    <message>
        <source>Facility and category</source>
        <translation>المرفق والفئة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>مواليد</translation>
    </message>
    <message>
        <source>Nat.</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>People held</source>
        <translation>الأشخاص المحتجزون</translation>
    </message>
    <message>
        <source>People held: individual records with the status “held” in %1 when the roster was generated.</source>
        <translation>المحتجزون: السجلات الفردية ذات الحالة «محتجز» في %1 عند إنشاء القائمة.</translation>
    </message>
    <message>
        <source>%1 and its sections</source>
        <translation>%1 وأقسامه</translation>
    </message>
    <message>
        <source>The latest reported headcount of %1 is %2 (%3, as of %4); %5 of them have individual records here.</source>
        <translation>آخر تعداد مُبلَّغ عنه لـ%1 هو %2 (%3، بتاريخ %4)؛ منهم %5 لهم سجلات فردية هنا.</translation>
    </message>
    <message>
        <source>%1 of the people listed are synthetic demonstration records.</source>
        <translation>%1 من الأشخاص المدرجين سجلات اصطناعية للعرض التوضيحي.</translation>
    </message>
    <message>
        <source>status: held</source>
        <translation>الحالة: محتجز</translation>
    </message>
    <message>
        <source>Roster: %1</source>
        <translation>قائمة المحتجزين: %1</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>جارٍ التحضير للطباعة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Preview open.</source>
        <translation>المعاينة مفتوحة.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Language of the report: %1 (the interface language)</source>
        <translation>لغة التقرير: %1 (لغة الواجهة)</translation>
    </message>
    <message>
        <source>Cannot read the report choices: %1</source>
        <translation>تعذّرت قراءة خيارات التقرير: %1</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>كل المرافق</translation>
    </message>
    <message>
        <source>Capacity, latest headcount, people counted from records and occupancy for every facility (or one with its sections), with the reported network figures.</source>
        <translation>السعة وآخر تعداد والأشخاص المحسوبون من السجلات والإشغال لكل مرفق (أو لمرفق واحد مع أقسامه)، مع أرقام الشبكة المُبلَّغ عنها.</translation>
    </message>
    <message>
        <source>Decisions under one amnesty by outcome, category and facility, with the reported totals beside the counted ones.</source>
        <translation>القرارات بموجب عفو واحد حسب النتيجة والفئة والمرفق، مع المجاميع المُبلَّغ عنها إلى جانب المحسوبة.</translation>
    </message>
    <message>
        <source>One person&apos;s record with their decisions and transfers, and lines to sign. Contains personal data.</source>
        <translation>سجل شخص واحد مع القرارات المتعلقة به وعمليات نقله، وأسطر للتوقيع. يحتوي على بيانات شخصية.</translation>
    </message>
    <message>
        <source>Everyone held in a facility or section, grouped by category. Contains personal data.</source>
        <translation>كل المحتجزين في مرفق أو قسم، مجمّعين حسب الفئة. يحتوي على بيانات شخصية.</translation>
    </message>
    <message>
        <source>Choose an amnesty.</source>
        <translation>اختر عفوًا.</translation>
    </message>
    <message>
        <source>Choose a facility or section.</source>
        <translation>اختر مرفقًا أو قسمًا.</translation>
    </message>
    <message>
        <source>Enter a case number.</source>
        <translation>أدخل رقم القضية.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>جارٍ التحضير للطباعة…</translation>
    </message>
    <message>
        <source>Looking up case %1…</source>
        <translation>جارٍ البحث عن القضية %1…</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>حُفظ %1 (عدد الصفحات: %2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>أُرسلت %1 صفحة إلى %2.</translation>
    </message>
    <message>
        <source>The report was not made</source>
        <translation>لم يُنشأ التقرير</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Occupancy by facility</source>
        <translation>الإشغال حسب المرفق</translation>
    </message>
    <message>
        <source>Outcomes of an amnesty</source>
        <translation>نتائج عفو</translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation>صحيفة القضية</translation>
    </message>
    <message>
        <source>Facility roster</source>
        <translation>قائمة محتجزي المرفق</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>العفو</translation>
    </message>
    <message>
        <source>Facility or section</source>
        <translation>المرفق أو القسم</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>e.g. SYN-000123</source>
        <translation>مثلًا SYN-000123</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>ال&amp;تقرير:</translation>
    </message>
    <message>
        <source>&amp;Amnesty:</source>
        <translation>ال&amp;عفو:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>الم&amp;رفق:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;رقم القضية:</translation>
    </message>
    <message>
        <source>What to report</source>
        <translation>ما يتضمنه التقرير</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>م&amp;عاينة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>حفظ بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>حفظ بصيغة &amp;XLSX…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>حالة التقرير</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Reject a proposal</source>
        <translation>رفض مقترح</translation>
    </message>
    <message>
        <source>Approve a proposal</source>
        <translation>الموافقة على مقترح</translation>
    </message>
    <message>
        <source>Rejecting changes nothing on the people; the proposal is kept, marked rejected, with who, when and why.</source>
        <translation>الرفض لا يغيّر شيئًا في سجلات الأشخاص؛ ويُحتفظ بالمقترح، مع وسمه بأنه مرفوض، ومن رفضه ومتى ولماذا.</translation>
    </message>
    <message>
        <source>Approving puts the decisions in force now: the effects above are applied in one step, recorded under your login.</source>
        <translation>الموافقة تجعل القرارات نافذة الآن: تُطبَّق الآثار المبيّنة أعلاه في خطوة واحدة، وتُسجَّل باسم الدخول الخاص بك.</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>ملاحظة الموافقة</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a decision</source>
        <translation>إلغاء قرار</translation>
    </message>
    <message>
        <source>Decision %1: %2 under “%3”, %4, case %5.</source>
        <translation>القرار %1: %2 بموجب «%3»، %4، القضية %5.</translation>
    </message>
    <message>
        <source>The person&apos;s status goes back to “%1”.</source>
        <translation>تعود حالة الشخص إلى «%1».</translation>
    </message>
    <message>
        <source>The sentence end goes back from %1 to %2.</source>
        <translation>تعود نهاية الحكم من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Nothing changes on the person.</source>
        <translation>لا يتغير شيء في سجل الشخص.</translation>
    </message>
    <message>
        <source>The decision is kept, marked revoked, with who, when and why.</source>
        <translation>يُحتفظ بالقرار، مع وسمه بأنه ملغى، ومن ألغاه ومتى ولماذا.</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>ألغاه</translation>
    </message>
    <message>
        <source>Recorded under your login</source>
        <translation>يُسجَّل باسم الدخول الخاص بك</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Revoked &amp;by</source>
        <translation>أ&amp;لغاه</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إلغاء القرار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Rules the application checks</source>
        <translation>القواعد التي يتحقق منها التطبيق</translation>
    </message>
    <message>
        <source>Exclude people accused of a violent crime (“no blood on their hands”)</source>
        <translation>استبعاد المتهمين بجرائم عنف («لم تتلطخ أيديهم بالدماء»)</translation>
    </message>
    <message>
        <source>Exclude violent crime</source>
        <translation>استبعاد جرائم العنف</translation>
    </message>
    <message>
        <source>Where it is not recorded whether the person is accused of a violent crime, the rule does not select them: deciding for them needs an override with a reason.</source>
        <translation>حيث لا يُسجَّل ما إذا كان الشخص متهمًا بجريمة عنف، لا تختاره القاعدة: واتخاذ قرار له يحتاج إلى استثناء مع سبب.</translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation>هذه الفئات فقط</translation>
    </message>
    <message>
        <source>Not these categories</source>
        <translation>ليس هذه الفئات</translation>
    </message>
    <message>
        <source>Only these categories (none ticked: any)</source>
        <translation>هذه الفئات فقط (بلا تحديد: أي فئة)</translation>
    </message>
    <message>
        <source>A category covers the categories within it.</source>
        <translation>تشمل الفئة الفئات التي ضمنها.</translation>
    </message>
    <message>
        <source>Only these nationalities</source>
        <translation>هذه الجنسيات فقط</translation>
    </message>
    <message>
        <source>ISO codes, e.g. SY IQ (empty: any)</source>
        <translation>رموز ISO، مثلًا SY IQ (فارغ: أي جنسية)</translation>
    </message>
    <message>
        <source>Not these nationalities</source>
        <translation>ليس هذه الجنسيات</translation>
    </message>
    <message>
        <source>ISO codes, e.g. FR DE</source>
        <translation>رموز ISO، مثلًا FR DE</translation>
    </message>
    <message>
        <source>Held since before</source>
        <translation>محتجز منذ ما قبل</translation>
    </message>
    <message>
        <source>Held since before: on</source>
        <translation>محتجز منذ ما قبل: مفعّل</translation>
    </message>
    <message>
        <source>Sentence at least</source>
        <translation>الحكم لا يقل عن</translation>
    </message>
    <message>
        <source>Sentence at least: on</source>
        <translation>الحكم لا يقل عن: مفعّل</translation>
    </message>
    <message>
        <source>Sentence at least, months</source>
        <translation>الحكم لا يقل عن، بالأشهر</translation>
    </message>
    <message>
        <source>Sentence at most</source>
        <translation>الحكم لا يزيد على</translation>
    </message>
    <message>
        <source>Sentence at most: on</source>
        <translation>الحكم لا يزيد على: مفعّل</translation>
    </message>
    <message>
        <source>Sentence at most, months</source>
        <translation>الحكم لا يزيد على، بالأشهر</translation>
    </message>
    <message>
        <source>Only nationalities</source>
        <translation>جنسيات محددة فقط</translation>
    </message>
    <message>
        <source>Not nationalities</source>
        <translation>استثناء جنسيات</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source>Problem with a rule</source>
        <translation>مشكلة في قاعدة</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another facility</source>
        <translation>النقل إلى مرفق آخر</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to another facility.</source>
        <translation>نقل &lt;b&gt;%1&lt;/b&gt; من &lt;b&gt;%2&lt;/b&gt; إلى مرفق آخر.</translation>
    </message>
    <message>
        <source>(no facility)</source>
        <translation>(بلا مرفق)</translation>
    </message>
    <message>
        <source>Facility to move to</source>
        <translation>المرفق المنقول إليه</translation>
    </message>
    <message>
        <source>Choose a facility…</source>
        <translation>اختر مرفقًا…</translation>
    </message>
    <message>
        <source>Date of the transfer</source>
        <translation>تاريخ النقل</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>سبب النقل</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Record the transfer</source>
        <translation>تسجيل النقل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>في «%1» تغييرات غير محفوظة.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>حفظها قبل المتابعة؟</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>تجاهل ما كتبته؟</translation>
    </message>
    <message>
        <source>What you typed in “%1” is not saved.</source>
        <translation>ما كتبته في «%1» غير محفوظ.</translation>
    </message>
    <message>
        <source>Close and discard it, or keep editing?</source>
        <translation>هل تغلق وتتجاهله، أم تتابع التحرير؟</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>Your display name is now %1; changes are still recorded under %2.</source>
        <translation>اسمك المعروض الآن %1؛ وما تزال التغييرات تُسجَّل باسم %2.</translation>
    </message>
    <message>
        <source>Display name not changed</source>
        <translation>لم يتغير الاسم المعروض</translation>
    </message>
    <message>
        <source>&amp;Display name…</source>
        <translation>الاسم ال&amp;معروض…</translation>
    </message>
    <message>
        <source>The name shown beside your login</source>
        <translation>الاسم الذي يُعرض بجانب اسم الدخول الخاص بك</translation>
    </message>
</context>
</TS>
