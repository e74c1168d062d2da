<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>Amnesties</name>
    <message>
        <source>not reported</source>
        <translation>nehatiye ragihandin</translation>
    </message>
    <message>
        <source>Counted: %1 standing decisions in this database (%2 of them synthetic).</source>
        <translation>Jimartî: %1 biryarên di meriyetê de di vê danegehê de (%2 ji wan sentetîk).</translation>
    </message>
    <message>
        <source>Reported: %1 (%2), as of %3 — %4</source>
        <translation>Ragihandî: %1 (%2), di %3 de — %4</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Çavkanî: %1</translation>
    </message>
    <message>
        <source>revoked by %1</source>
        <translation>ji aliyê %1 ve hate betalkirin</translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation>îstîsna: %1</translation>
    </message>
    <message>
        <source>synthetic</source>
        <translation>sentetîk</translation>
    </message>
    <message>
        <source>Day known</source>
        <translation>Roj tê zanîn</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Tenê meh</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Tenê sal</translation>
    </message>
    <message>
        <source>revoked by %1 (imported; the list says by %2)</source>
        <translation>ji hêla %1 ve hate betalkirin (hatiye têxistin; lîste dibêje ji hêla %2 ve)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>li hev tê</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>lihevhatî</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>cuda ye</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>zêdetir ji %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>kêmtir ji %1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meh</translation>
    </message>
    <message>
        <source>recorded as not accused of a violent crime</source>
        <translation>li gorî tomaran bê tawana sûcekî tundiyê</translation>
    </message>
    <message>
        <source>of nationality %1</source>
        <translation>bi hemwelatîbûna %1</translation>
    </message>
    <message>
        <source>not of nationality %1</source>
        <translation>ne bi hemwelatîbûna %1</translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation>di kategoriya %1 de</translation>
    </message>
    <message>
        <source>not in category %1</source>
        <translation>ne di kategoriya %1 de</translation>
    </message>
    <message>
        <source>held since before %1</source>
        <translation>ji berî %1 ve girtî</translation>
    </message>
    <message>
        <source>sentenced to at least %1 months</source>
        <translation>bi kêmanî %1 meh cezakirî</translation>
    </message>
    <message>
        <source>sentenced to at most %1 months</source>
        <translation>bi herî zêde %1 meh cezakirî</translation>
    </message>
    <message>
        <source>The rules select everyone held.</source>
        <translation>Rêzik hemû girtiyan hildibijêrin.</translation>
    </message>
    <message>
        <source>The rules select people held who are %1.</source>
        <translation>Rêzik girtiyên ku %1 in hildibijêrin.</translation>
    </message>
    <message>
        <source>pending decision</source>
        <translation>biryara li bendê</translation>
    </message>
</context>
<context>
    <name>AmnestiesPage</name>
    <message>
        <source>Amnesties</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>&amp;New amnesty</source>
        <translation>Lêborîna &amp;nû</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tomar bike</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Vegerîne</translation>
    </message>
    <message>
        <source>&amp;Decide for a person…</source>
        <translation>Ji bo kesekî &amp;biryar bide…</translation>
    </message>
    <message>
        <source>&amp;Apply amnesty…</source>
        <translation>Lêborînê &amp;bisepîne…</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Amnesty actions</source>
        <translation>Çalakiyên lêborînê</translation>
    </message>
    <message>
        <source>Amnesty columns</source>
        <translation>Stûnên lêborînê</translation>
    </message>
</context>
<context>
    <name>AmnestyActions</name>
    <message>
        <source>Revocation refused</source>
        <translation>Betalkirin hate redkirin</translation>
    </message>
</context>
<context>
    <name>AmnestyController</name>
    <message>
        <source>Edit rules</source>
        <translation>Rêzikan biguherîne</translation>
    </message>
    <message>
        <source>New amnesty</source>
        <translation>Lêborîna nû</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 biryar</translation>
    </message>
    <message>
        <source>(the newest %1 shown)</source>
        <translation>(%1 yên herî nû tên nîşandan)</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Kesekî din tomar kir</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Your changes are still in the form: note them, Revert, and enter them again.</source>
        <translation>Piştî ku te %1 vekir, kesekî din ew guhert. Guhertinên te hîn di formê de ne: wan binivîse, Vegerîne, û dîsa binivîse.</translation>
    </message>
</context>
<context>
    <name>AmnestyDecisionsModel</name>
    <message>
        <source>Case</source>
        <translation>Dosye</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Dîroka biryarê</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Biryardar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Têbînî</translation>
    </message>
</context>
<context>
    <name>AmnestyDetailView</name>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Amnesty title</source>
        <translation>Sernavê lêborînê</translation>
    </message>
    <message>
        <source>Decree and rules</source>
        <translation>Biryarname û rêzik</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Biryarname</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rêzik</translation>
    </message>
    <message>
        <source>Outcomes and decisions</source>
        <translation>Encam û biryar</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Encam</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Biryar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Outcomes that need a second person&apos;s approval</source>
        <translation>Encamên ku pejirandina kesekî duyem dixwazin</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Sernav</translation>
    </message>
    <message>
        <source>Issued &amp;by</source>
        <translation>Ji &amp;aliyê ve hatiye derxistin</translation>
    </message>
    <message>
        <source>Re&amp;quested by</source>
        <translation>Bi &amp;daxwaza</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>Dîroka &amp;derxistinê</translation>
    </message>
    <message>
        <source>Date &amp;known to</source>
        <translation>Dîrok &amp;diyar e heta</translation>
    </message>
    <message>
        <source>&amp;Criteria as written</source>
        <translation>&amp;Pîvan wek hatine nivîsandin</translation>
    </message>
    <message>
        <source>What the rules select</source>
        <translation>Rêzik çi hildibijêrin</translation>
    </message>
    <message>
        <source>Outcomes counted and reported</source>
        <translation>Encamên jimartî û ragihandî</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Der barê van hejmaran de</translation>
    </message>
    <message>
        <source>Decisions under this amnesty</source>
        <translation>Biryarên di bin vê lêborînê de</translation>
    </message>
    <message>
        <source>Decisions shown</source>
        <translation>Biryarên tên nîşandan</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>&amp;Dosyeyê veke</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Dosyeyê veke</translation>
    </message>
    <message>
        <source>Re&amp;voke decision…</source>
        <translation>Biryarê &amp;betal bike…</translation>
    </message>
    <message>
        <source>Revoke decision</source>
        <translation>Biryarê betal bike</translation>
    </message>
    <message>
        <source>New amnesty</source>
        <translation>Lêborîna nû</translation>
    </message>
    <message>
        <source>No amnesty yet</source>
        <translation>Hîn lêborîn tune</translation>
    </message>
    <message>
        <source>New amnesty (Ctrl+N) adds a decree and its rules.</source>
        <translation>«Lêborîna nû» (Ctrl+N) biryarnameyek û rêzikên wê zêde dike.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counted&lt;/b&gt;: decisions recorded in this database that stand (not revoked)%1. &lt;b&gt;Reported&lt;/b&gt;: the figures as the source published them, with their precision and date.</source>
        <translation>&lt;b&gt;Jimartî&lt;/b&gt;: biryarên di vê danegehê de tomarkirî yên ku di meriyetê de ne (ne betalkirî)%1. &lt;b&gt;Ragihandî&lt;/b&gt;: hejmar wek ku çavkaniyê weşandine, bi hûrbûn û dîroka wan.</translation>
    </message>
    <message>
        <source>, %1 of them about synthetic demo records</source>
        <translation>, %1 ji wan li ser tomarên sentetîk ên nimûneyê</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Çavkanî: %1.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Çavkanî: %1.</translation>
    </message>
    <message>
        <source>Nothing decided or reported yet.</source>
        <translation>Hîn tu biryar nehatiye dayîn an ragihandin.</translation>
    </message>
    <message>
        <source>one outcome</source>
        <translation>encamek</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>%1 encam</translation>
    </message>
    <message>
        <source>Counted and reported differ for %1 (highlighted).</source>
        <translation>Jimartî û ragihandî ji bo %1 cuda ne (nîşankirî).</translation>
    </message>
    <message>
        <source>Counted figures agree with what was reported.</source>
        <translation>Hejmarên jimartî bi yên ragihandî re li hev in.</translation>
    </message>
</context>
<context>
    <name>AmnestyListModel</name>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Dîroka derxistinê</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Biryar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…
A new database is created and filled first; an older one is copied, then brought up to date. For a large database this can take a minute.</source>
        <translation>Danegeh tê vekirin…
Danegeheke nû pêşî tê çêkirin û dagirtin; ya kevn pêşî tê kopîkirin, paşê tê nûkirin. Ji bo danegeheke mezin dibe ku deqeyekê bikişîne.</translation>
    </message>
    <message>
        <source>Case Tracker</source>
        <translation>Case Tracker</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the name, or create a new database with “case-tracker init --db %1”.</source>
        <translation>Li %1 danegeh tune. Navê kontrol bike, an bi “case-tracker init --db %1” danegeheke nû çêke.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Danegeh nayê vekirin</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Danegeh tê bikaranîn</translation>
    </message>
</context>
<context>
    <name>ApplyAmnestyDialog</name>
    <message>
        <source>Apply amnesty</source>
        <translation>Lêborînê bisepîne</translation>
    </message>
    <message>
        <source>Finding the people the rules select…</source>
        <translation>Kesên ku rêzik hildibijêrin tên dîtin…</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Who is selected</source>
        <translation>Kî tê hilbijartin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>Ticked people by category</source>
        <translation>Kesên nîşankirî li gorî kategoriyê</translation>
    </message>
    <message>
        <source>Ticked people by facility</source>
        <translation>Kesên nîşankirî li gorî sazgehê</translation>
    </message>
    <message>
        <source>People selected</source>
        <translation>Kesên hilbijartî</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Hemûyan nîşan bike</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Hemûyan nîşan bike</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Nîşanê ji hemûyan rake</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Nîşanê ji hemûyan rake</translation>
    </message>
    <message>
        <source>People ticked</source>
        <translation>Kesên nîşankirî</translation>
    </message>
    <message>
        <source>— choose an outcome —</source>
        <translation>— encamekê hilbijêre —</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Encam</translation>
    </message>
    <message>
        <source>Reduced &amp;by</source>
        <translation>Kêmkirin &amp;bi</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>&amp;Dîroka biryarê</translation>
    </message>
    <message>
        <source>Decided b&amp;y</source>
        <translation>&amp;Biryardar</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Hişyarî</translation>
    </message>
    <message>
        <source>Untick people without a sentence</source>
        <translation>Nîşanê ji kesên bê ceza rake</translation>
    </message>
    <message>
        <source>Outcome of the last attempt</source>
        <translation>Encama hewldana dawî</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bisepîne</translation>
    </message>
    <message>
        <source>Apply to the ticked people</source>
        <translation>Li ser kesên nîşankirî bisepîne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <source>%1 people held are selected and have no decision under this amnesty yet.</source>
        <translation>%1 kesên girtî hatine hilbijartin û hîn di bin vê lêborînê de biryara wan tune.</translation>
    </message>
    <message>
        <source>%1 of them have a pending decision, which applying replaces.</source>
        <translation>%1 ji wan biryareke li bendê heye, ku sepandin dê cihê wê bigire.</translation>
    </message>
    <message>
        <source>%1 people held are left out by the rules: decide for them one at a time, with an override. %2 people already have a decision.</source>
        <translation>%1 kesên girtî ji aliyê rêzikan ve hatine derxistin: ji bo wan yek bi yek, bi îstîsnayekê biryar bide. %2 kesan jixwe biryar heye.</translation>
    </message>
    <message>
        <source>%1 of %2 people ticked</source>
        <translation>%1 ji %2 kesan nîşankirî</translation>
    </message>
    <message>
        <source>The parts of a reduction are at most %1.</source>
        <translation>Perçeyên kêmkirinê herî zêde %1 in.</translation>
    </message>
    <message>
        <source>%1 ticked people have no sentence recorded and cannot have it reduced.</source>
        <translation>%1 kesên nîşankirî ceza ji wan re nehatiye tomarkirin û nayê kêmkirin.</translation>
    </message>
    <message>
        <source>Apply: %1 for %2 people</source>
        <translation>Bisepîne: %1 ji bo %2 kesan</translation>
    </message>
    <message>
        <source>Record “%1” for %2 people under “%3”? It is written in one step; a decision entered by mistake can be revoked later, one at a time.</source>
        <translation>“%1” ji bo %2 kesan di bin “%3” de were tomarkirin? Di gavekê de tê nivîsandin; biryareke bi şaşî hatî nivîsandin paşê dikare yek bi yek were betalkirin.</translation>
    </message>
    <message>
        <source>Recording %1 decisions…</source>
        <translation>%1 biryar tên tomarkirin…</translation>
    </message>
    <message>
        <source>Proposed %1 decisions under “%2”: they change nothing until a reviewer approves them (Waiting for approval).</source>
        <translation>%1 biryar di bin “%2” de hatin pêşniyarkirin: heta ku kontrolkerek wan nepejirîne, tiştekî naguherînin (Li benda pejirandinê).</translation>
    </message>
    <message>
        <source>Recorded %1 decisions under “%2”.</source>
        <translation>%1 biryar di bin “%2” de hatin tomarkirin.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Hate betalkirin: tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>Refused, nothing was written: %1</source>
        <translation>Hate redkirin, tiştek nehate nivîsandin: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalMenu</name>
    <message>
        <source>Approval settings saved; the change is recorded in the history.</source>
        <translation>Mîhengên pejirandinê hatin tomarkirin; guhertin di dîroka guhertinan de tê tomarkirin.</translation>
    </message>
    <message>
        <source>Approval settings not saved</source>
        <translation>Mîhengên pejirandinê nehatin tomarkirin</translation>
    </message>
    <message>
        <source>&amp;Approval settings…</source>
        <translation>Mîhengên &amp;pejirandinê…</translation>
    </message>
    <message>
        <source>Which decisions need a second person&apos;s approval</source>
        <translation>Kîjan biryar pejirandina kesekî duyem dixwazin</translation>
    </message>
</context>
<context>
    <name>ApprovalSettingsDialog</name>
    <message>
        <source>Approval settings</source>
        <translation>Mîhengên pejirandinê</translation>
    </message>
    <message>
        <source>Decisions that change liberty or a sentence need a second person&apos;s approval</source>
        <translation>Biryarên ku azadiyê an cezayê diguherînin pejirandina kesekî duyem dixwazin</translation>
    </message>
    <message>
        <source>Approval by a second person</source>
        <translation>Pejirandin ji aliyê kesekî duyem ve</translation>
    </message>
    <message>
        <source>Turn this off only for a one-person office: decisions then take effect when recorded, the change is recorded in the history, and every report says “decisions not independently approved”.</source>
        <translation>Vê tenê ji bo nivîsgeheke yek kesî neçalak bike: wê demê biryar gava tên tomarkirin dikevin meriyetê, guhertin di dîroka guhertinan de tê tomarkirin, û her rapor dibêje “biryar bi awayekî serbixwe nehatine pejirandin”.</translation>
    </message>
    <message>
        <source>Outcomes that need approval, per amnesty</source>
        <translation>Encamên ku pejirandinê dixwazin, ji bo her lêborînê</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
</context>
<context>
    <name>ApprovalsController</name>
    <message>
        <source>%1 decisions wait for approval.</source>
        <translation>%1 biryar li benda pejirandinê ne.</translation>
    </message>
    <message>
        <source>No decision waits for approval.</source>
        <translation>Tu biryar li benda pejirandinê nîne.</translation>
    </message>
    <message>
        <source>You are %1, with the %2 role.</source>
        <translation>Bikarhêner: %1, bi rola %2.</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may approve or reject.</source>
        <translation>Tenê kontrolkerek an gerînendeyek dikare bipejirîne an red bike.</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Li benda pejirandinê</translation>
    </message>
    <message>
        <source>Choose a proposal to see what approving it would do.</source>
        <translation>Pêşniyarekê hilbijêre da ku bibînî pejirandina wê dê çi bike.</translation>
    </message>
    <message>
        <source>Decisions you proposed must be approved by another reviewer.</source>
        <translation>Biryarên ku te pêşniyar kirine divê ji aliyê kontrolkerekî din ve werin pejirandin.</translation>
    </message>
    <message>
        <source>Rejecting %1 proposals…</source>
        <translation>%1 pêşniyar tên redkirin…</translation>
    </message>
    <message>
        <source>Approving %1 proposals…</source>
        <translation>%1 pêşniyar tên pejirandin…</translation>
    </message>
    <message>
        <source>Approved decision %1 (case %2): it is in force.</source>
        <translation>Biryara %1 (dosye %2) hate pejirandin: di meriyetê de ye.</translation>
    </message>
    <message>
        <source>Rejected decision %1 (case %2): nothing changed on the person.</source>
        <translation>Biryara %1 (dosye %2) hate redkirin: li ser kesî tiştek neguherî.</translation>
    </message>
    <message>
        <source>Approved %1 decisions: %2 released, %3 sentences reduced.</source>
        <translation>%1 biryar hatin pejirandin: %2 kes hatin berdan, cezayê %3 kesan hate kêmkirin.</translation>
    </message>
    <message>
        <source>Rejected %1 proposed decisions: nothing changed on the people.</source>
        <translation>%1 biryarên pêşniyarkirî hatin redkirin: li ser kesan tiştek neguherî.</translation>
    </message>
    <message>
        <source>Not approved or rejected</source>
        <translation>Nehate pejirandin an redkirin</translation>
    </message>
    <message>
        <source>“Apply amnesty” under “%1”, proposed by %2: %3 people (%4).</source>
        <translation>“Lêborînê bisepîne” di bin “%1” de, ji aliyê %2 ve hatiye pêşniyarkirin: %3 kes (%4).</translation>
    </message>
    <message>
        <source>Decision %1 under “%2” for case %3 (%4), proposed by %5: %6.</source>
        <translation>Biryar %1 di bin “%2” de ji bo dosye %3 (%4), ji aliyê %5 ve hatiye pêşniyarkirin: %6.</translation>
    </message>
    <message>
        <source>Approving releases the person: their status becomes released.</source>
        <translation>Pejirandin kesî berdide: rewşa wî/wê dibe berdayî.</translation>
    </message>
    <message>
        <source>Approving moves the sentence end from %1 to %2.</source>
        <translation>Pejirandin dawiya cezayê ji %1 dibe %2.</translation>
    </message>
    <message>
        <source>Approving changes nothing on the person.</source>
        <translation>Pejirandin li ser kesî tiştekî naguherîne.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dosye</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Dîroka biryarê</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Rewşa niha</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Pêşniyarker</translation>
    </message>
    <message>
        <source>Proposed at</source>
        <translation>Dema pêşniyarê</translation>
    </message>
    <message>
        <source>You proposed this; another reviewer must approve it.</source>
        <translation>Te ev pêşniyar kir; divê kontrolkerekî din wê bipejirîne.</translation>
    </message>
    <message>
        <source>Proposed at %1.</source>
        <translation>Di %1 de hate pêşniyarkirin.</translation>
    </message>
    <message>
        <source>%1 people changed since the proposal; approval is refused until the batch is rejected and proposed again:</source>
        <translation>Ji dema pêşniyarê ve %1 kes hatine guhertin; heta ku kom were redkirin û ji nû ve were pêşniyarkirin, nayê pejirandin:</translation>
    </message>
    <message>
        <source>The people:</source>
        <translation>Kes:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>û %1 yên din</translation>
    </message>
    <message>
        <source>You proposed this batch; another reviewer must approve it.</source>
        <translation>Te ev kom pêşniyar kir; divê kontrolkerekî din wê bipejirîne.</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Li benda pejirandinê</translation>
    </message>
    <message>
        <source>Proposals waiting for approval</source>
        <translation>Pêşniyarên li benda pejirandinê</translation>
    </message>
    <message>
        <source>The chosen proposal</source>
        <translation>Pêşniyara hilbijartî</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Bipejirîne…</translation>
    </message>
    <message>
        <source>Approve the chosen proposal</source>
        <translation>Pêşniyara hilbijartî bipejirîne</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Red bike…</translation>
    </message>
    <message>
        <source>Reject the chosen proposal</source>
        <translation>Pêşniyara hilbijartî red bike</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>&amp;Dosyeyê veke</translation>
    </message>
    <message>
        <source>Open the person&apos;s case</source>
        <translation>Dosyeya kesî veke</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Ji paşekeftekê vegerîne</translation>
    </message>
    <message>
        <source>Backups (*.db *.bak);;All files (*)</source>
        <translation>Paşekeft (*.db *.bak);;Hemû pel (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Ji danegehê paşekeftê çêke</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Paşekeft (*.db)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The backup was written %3 and holds %4 cases and %5 facilities. It passed its checks.

The database as it is now is kept beside it (…before-restore-….bak), and the window opens the restored one.</source>
        <translation>%1 bi paşekefta %2 were guhertin?

Paşekeft di %3 de hatiye nivîsandin û %4 dosye û %5 sazgeh tê de ne. Ji kontrolên xwe derbas bû.

Danegeh wek niha ye li kêleka wê tê parastin (…before-restore-….bak), û pencere ya vegerandî vedike.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ji paşekeftê vegerîne</translation>
    </message>
    <message>
        <source>Export a list</source>
        <translation>Lîsteyekê derxe</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>Lîsteya ku were derxistin</translation>
    </message>
    <message>
        <source>Detainee categories</source>
        <translation>Kategoriyên girtiyan</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lîste:</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Paşekeft</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Danegeha serverê bi amûrên serverê bi xwe tê paşekeftkirin (pg_dump).</translation>
    </message>
    <message>
        <source>Backed up to %1 (checked)</source>
        <translation>Paşekeft li %1 hate çêkirin (kontrolkirî)</translation>
    </message>
    <message>
        <source>Back up failed</source>
        <translation>Paşekeft bi ser neket</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Vegerîne</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools (pg_restore).</source>
        <translation>Danegeha serverê bi amûrên serverê bi xwe tê vegerandin (pg_restore).</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Ev paşekeft nayê vegerandin</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was replaced.</source>
        <translation>%1 nayê vegerandin: %2. Tiştek nehate guhertin.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Vegerandin bi ser neket</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tune)</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced database is kept as %2</source>
        <translation>Ji %1 hate vegerandin; danegeha guhertî wek %2 tê parastin</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Tê vegerandin…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Paşekeft…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database</source>
        <translation>Kopiyeke kontrolkirî ya danegehê binivîse</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Ji paşekeftê &amp;vegerîne…</translation>
    </message>
    <message>
        <source>Replace the database with a backup, after checking it</source>
        <translation>Danegehê bi paşekeftekê biguherîne, piştî kontrolkirina wê</translation>
    </message>
</context>
<context>
    <name>CandidateCountsModel</name>
    <message>
        <source>People</source>
        <translation>Kes</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Case</source>
        <translation>Dosye</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Girtî ji</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Ceza</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Têbînî</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Columns</source>
        <translation>Stûn</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>the new case</source>
        <translation>dosyeya nû</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New case&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Dosyeya nû&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 hate tomarkirin</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Kesekî din guhert</translation>
    </message>
    <message>
        <source>%1
Reload the saved version? Your changes will be lost.</source>
        <translation>%1
Guhertoya tomarkirî ji nû ve were barkirin? Guhertinên te dê winda bibin.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Dosye nehate tomarkirin</translation>
    </message>
    <message>
        <source>%1 transferred to %2</source>
        <translation>%1 bo %2 hate veguhestin</translation>
    </message>
    <message>
        <source>Revocation refused</source>
        <translation>Betalkirin hate redkirin</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <source>Fraction</source>
        <translation>Perçe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Biryardar</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Rewşa biryarê</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Betalkirî</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>betalkirî</translation>
    </message>
    <message>
        <source>proposed by %1 on %2, waiting for approval</source>
        <translation>di %2 de ji aliyê %1 ve hatiye pêşniyarkirin, li benda pejirandinê ye</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>ji aliyê %1 ve hate redkirin: %2</translation>
    </message>
    <message>
        <source>proposed by %1, approved by %2</source>
        <translation>ji aliyê %1 ve hate pêşniyarkirin, ji aliyê %2 ve hate pejirandin</translation>
    </message>
    <message>
        <source>recorded before approval was required</source>
        <translation>berî ku pejirandin pêwîst bibe hatiye tomarkirin</translation>
    </message>
    <message>
        <source>in force (no approval needed)</source>
        <translation>di meriyetê de (pejirandin ne pêwîst e)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tune)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ji</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sedem</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Tomarker</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Case detail</source>
        <translation>Hûrguliyên dosyeyê</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No case chosen&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tu dosye nehatiye hilbijartin&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Synthetic record: not a real person</source>
        <translation>Tomara sentetîk: ne kesekî rastîn e</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Dosyeya nû</translation>
    </message>
    <message>
        <source>Create a new case</source>
        <translation>Dosyeyeke nû çêke</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Dosyeyê tomar bike</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Biavêje</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Guhertinên netomarkirî biavêje</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>Veguhestin bo…</translation>
    </message>
    <message>
        <source>Transfer to another facility</source>
        <translation>Veguhestin bo sazgeheke din</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Beşên dosyeyê</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Hûrgulî</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Biryara nû…</translation>
    </message>
    <message>
        <source>Record a new amnesty decision for this person</source>
        <translation>Ji bo vî kesî biryareke nû ya lêborînê tomar bike</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Betal bike…</translation>
    </message>
    <message>
        <source>Revoke the chosen decision, which was entered by mistake</source>
        <translation>Biryara hilbijartî ya ku bi şaşî hatiye nivîsandin betal bike</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>Biryarên lêborînê</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Biryar</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Veguhestin</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>e.g. 1985; empty if unknown</source>
        <translation>mînak 1985; vala heke nayê zanîn</translation>
    </message>
    <message>
        <source>ISO code, e.g. SY</source>
        <translation>Koda ISO, mînak SY</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nayê zanîn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Erê</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>months; empty if none</source>
        <translation>meh; vala heke tune be</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>&amp;Hejmara dosyeyê</translation>
    </message>
    <message>
        <source>Name (&amp;Latin)</source>
        <translation>Nav (&amp;latînî)</translation>
    </message>
    <message>
        <source>Name (&amp;Arabic)</source>
        <translation>Nav (&amp;erebî)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Zayend</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Sala jidayikbûnê</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>&amp;Hemwelatîbûn</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>&amp;Kategorî</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>&amp;Sazgeh</translation>
    </message>
    <message>
        <source>Held &amp;since</source>
        <translation>Girtî &amp;ji</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Rewş</translation>
    </message>
    <message>
        <source>Accused of a &amp;violent crime</source>
        <translation>Bi sûcekî &amp;tundiyê tê tawanbarkirin</translation>
    </message>
    <message>
        <source>&amp;Charges</source>
        <translation>&amp;Tawanbarî</translation>
    </message>
    <message>
        <source>Sentence (&amp;months)</source>
        <translation>Ceza (&amp;meh)</translation>
    </message>
    <message>
        <source>Sentence st&amp;arts</source>
        <translation>&amp;Destpêka cezayê</translation>
    </message>
    <message>
        <source>Sentence &amp;ends</source>
        <translation>Dawiya &amp;cezayê</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Têbînî</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tune)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Hejmara dosyeyê</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nav (latînî)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nav (bi erebî)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Jidayikbûn</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Hemwelatîbûn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Girtî ji</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Dosye</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Li dosyeyan bigere</translation>
    </message>
    <message>
        <source>Search by case number or name, in Latin or Arabic script…</source>
        <translation>Li gorî hejmara dosyeyê an navî bigere, bi tîpên latînî an erebî…</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Hejmara dosyeyên tên nîşandan</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Kategorî…</translation>
    </message>
    <message>
        <source>Edit detainee categories</source>
        <translation>Kategoriyên girtiyan biguherîne</translation>
    </message>
    <message>
        <source>Case columns: click to sort, right-click to choose</source>
        <translation>Stûnên dosyeyan: ji bo rêzkirinê bitikîne, ji bo hilbijartinê bi bişkoka rastê bitikîne</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Derxistin…</translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation>Dosyeyên tên nîşandan derxe</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>Dosyeyê bibîne</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Dosyeyê tomar bike</translation>
    </message>
    <message>
        <source>%1 has unsaved changes and stays on show; it is not among the results.</source>
        <translation>%1 guhertinên netomarkirî hene, ji ber vê li ber çavan dimîne; ew ne di nav encamên lêgerînê de ye.</translation>
    </message>
    <message>
        <source>%1 is not among the results: the first result is shown.</source>
        <translation>%1 ne di nav encamên lêgerînê de ye: encama yekem tê nîşandan.</translation>
    </message>
    <message>
        <source>No case yet: New case adds one; File ▸ Import… brings in a list.</source>
        <translation>Hîn dosye tune: «Dosyeya nû» yekê zêde dike; Pel ▸ Têxistin… lîsteyekê tîne.</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>Tu dosye bi lêgerînê re li hev nayê.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ji %2</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Put it under:</source>
        <translation>Bixe bin:</translation>
    </message>
    <message>
        <source>Detainee categories</source>
        <translation>Kategoriyên girtiyan</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Bi erebî</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Zêde bike…</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Kategoriyekê zêde bike</translation>
    </message>
    <message>
        <source>Add inside…</source>
        <translation>Di nav de zêde bike…</translation>
    </message>
    <message>
        <source>Add a category inside this one</source>
        <translation>Di nav vê de kategoriyekê zêde bike</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Navê biguherîne…</translation>
    </message>
    <message>
        <source>Rename the category</source>
        <translation>Navê kategoriyê biguherîne</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Bar bike…</translation>
    </message>
    <message>
        <source>Move the category under another</source>
        <translation>Kategoriyê bixe bin yeke din</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Jê bibe</translation>
    </message>
    <message>
        <source>Delete the category</source>
        <translation>Kategoriyê jê bibe</translation>
    </message>
    <message>
        <source>A category used by people, headcounts or reported totals, or with categories inside it, cannot be deleted.</source>
        <translation>Kategoriyeke ku ji aliyê kes, serjimar an tevahiyên ragihandî ve tê bikaranîn, an kategorî tê de hene, nayê jêbirin.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <source>In use: cannot be deleted</source>
        <translation>Tê bikaranîn: nayê jêbirin</translation>
    </message>
    <message>
        <source>Delete this category</source>
        <translation>Vê kategoriyê jê bibe</translation>
    </message>
    <message>
        <source>New category inside %1</source>
        <translation>Kategoriya nû di nav %1 de</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Kategoriya nû</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nav:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Navê kategoriyê biguherîne</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(asta jorîn)</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 bar bike</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Kategoriyê jê bibe</translation>
    </message>
    <message>
        <source>Delete the category “%1”?</source>
        <translation>Kategoriya “%1” were jêbirin?</translation>
    </message>
</context>
<context>
    <name>CategoryComparisonModel</name>
    <message>
        <source>Latest headcount</source>
        <translation>Serjimara dawî</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <source>Held (records)</source>
        <translation>Girtî (tomar)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Cudahî</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Hemû kategorî</translation>
    </message>
    <message>
        <source>No headcount has been reported for this facility</source>
        <translation>Ji bo vê sazgehê tu serjimar nehatiye ragihandin</translation>
    </message>
    <message>
        <source>The latest headcount does not count this category</source>
        <translation>Serjimara dawî vê kategoriyê nahejmêre</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vala)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Erê</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Kesekî din tomar kir</translation>
    </message>
    <message>
        <source>“%1” was saved by someone else after you opened it. Nothing has been overwritten. For each field below, choose the value to keep, then save.</source>
        <translation>Piştî ku te “%1” vekir, kesekî din ew tomar kir. Tiştek nehatiye jêbirin. Ji bo her qadeke jêrîn nirxa ku dê bimîne hilbijêre, paşê tomar bike.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Qad</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Dema ku te vekir</translation>
    </message>
    <message>
        <source>Their saved value</source>
        <translation>Nirxa wan a tomarkirî</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Nirxa te</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Qadên cuda</translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation>Hemûyên &amp;wan bihêle</translation>
    </message>
    <message>
        <source>Keep all their values</source>
        <translation>Hemû nirxên wan bihêle</translation>
    </message>
    <message>
        <source>Take all &amp;mine</source>
        <translation>Hemûyên &amp;min bigire</translation>
    </message>
    <message>
        <source>Take all my values</source>
        <translation>Hemû nirxên min bigire</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;Yekkirî tomar bike</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Nirxên hilbijartî tomar bike</translation>
    </message>
    <message>
        <source>Cancel, keep editing</source>
        <translation>Betal bike, guherandinê bidomîne</translation>
    </message>
    <message>
        <source>You both changed this field.</source>
        <translation>We herduyan ev qad guhert.</translation>
    </message>
    <message>
        <source>Their value for %1</source>
        <translation>Nirxa wan ji bo %1</translation>
    </message>
    <message>
        <source>Your value for %1</source>
        <translation>Nirxa te ji bo %1</translation>
    </message>
    <message>
        <source>Their saved values and yours are the same.</source>
        <translation>Nirxên wan ên tomarkirî û yên te wek hev in.</translation>
    </message>
    <message>
        <source>Saving keeps all their values.</source>
        <translation>Tomarkirin hemû nirxên wan diparêze.</translation>
    </message>
    <message>
        <source>Fields that take your value: %1. The others keep theirs.</source>
        <translation>Qadên ku nirxa te digirin: %1. Yên din nirxa wan diparêzin.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>SSSS-MM-RR an RR/MM/SSSS</translation>
    </message>
    <message>
        <source>Type the date as 2020-11-15 or 15/11/2020, or pick it from the calendar</source>
        <translation>Dîrokê wek 2020-11-15 an 15/11/2020 binivîse, an jî ji salnameyê hilbijêre</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Ji salnameyê hilbijêre</translation>
    </message>
    <message>
        <source>%1: choose from a calendar</source>
        <translation>%1: ji salnameyê hilbijêre</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bê dîrok</translation>
    </message>
    <message>
        <source>There is no such day: %1</source>
        <translation>Rojeke wiha tune: %1</translation>
    </message>
    <message>
        <source>Not a date yet: type 2020-11-15 or 15/11/2020</source>
        <translation>Hîn ne dîrok e: 2020-11-15 an 15/11/2020 binivîse</translation>
    </message>
    <message>
        <source>A date is needed</source>
        <translation>Dîrokek pêwîst e</translation>
    </message>
    <message>
        <source>Out of range: %1 to %2</source>
        <translation>Li derveyî navberê: %1 heta %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bê dîrok</translation>
    </message>
    <message>
        <source>%1; kept %2</source>
        <translation>%1; %2 hate parastin</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Amnesty decision</source>
        <translation>Biryara lêborînê</translation>
    </message>
    <message>
        <source>— choose an outcome —</source>
        <translation>— encamekê hilbijêre —</translation>
    </message>
    <message>
        <source>e.g. 1/2 or 1/3</source>
        <translation>mînak 1/2 an 1/3</translation>
    </message>
    <message>
        <source>&amp;Amnesty</source>
        <translation>&amp;Lêborîn</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Encam</translation>
    </message>
    <message>
        <source>Reduced &amp;by</source>
        <translation>Kêmkirin &amp;bi</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>&amp;Dîroka biryarê</translation>
    </message>
    <message>
        <source>Decided b&amp;y</source>
        <translation>&amp;Biryardar</translation>
    </message>
    <message>
        <source>&amp;Guarantor or tribal sponsor</source>
        <translation>&amp;Kefîl an kefîlê eşîrî</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Merc</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Têbînî</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>&amp;Sedema îstîsnayê</translation>
    </message>
    <message>
        <source>What this decision does</source>
        <translation>Ev biryar çi dike</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Biryarê tomar bike</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>The parts of a reduction are at most %1.</source>
        <translation>Perçeyên kêmkirinê herî zêde %1 in.</translation>
    </message>
    <message>
        <source>Proposed decision %1 for case %2: it changes nothing until a reviewer approves it (Waiting for approval).</source>
        <translation>Biryara %1 ji bo dosye %2 hate pêşniyarkirin: heta ku kontrolkerek wê nepejirîne, tiştekî naguherîne (Li benda pejirandinê).</translation>
    </message>
    <message>
        <source>Decision %1 for case %2 is in force.</source>
        <translation>Biryara %1 ji bo dosye %2 di meriyetê de ye.</translation>
    </message>
    <message>
        <source>Pick the person: type a case number or a name, then choose from the list.</source>
        <translation>Kesî hilbijêre: hejmara dosyeyê an navekî binivîse, paşê ji lîsteyê hilbijêre.</translation>
    </message>
    <message>
        <source>Choose the outcome to see what it changes.</source>
        <translation>Encamê hilbijêre da ku bibînî çi diguhere.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see what the decision changes.</source>
        <translation>Qadên nîşankirî rast bike da ku bibînî biryar çi diguherîne.</translation>
    </message>
    <message>
        <source>Status: %1 → &lt;b&gt;%2&lt;/b&gt;; the person leaves the count of people held.</source>
        <translation>Rewş: %1 → &lt;b&gt;%2&lt;/b&gt;; kes ji hejmara girtiyan derdikeve.</translation>
    </message>
    <message>
        <source>Sentence end: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Dawiya cezayê: %1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(term %1 → %2, cut by %3)</source>
        <translation>(dem %1 → %2, bi %3 hate kêmkirin)</translation>
    </message>
    <message>
        <source>The new end has already passed on the decision date.</source>
        <translation>Dawiya nû di dîroka biryarê de jixwe derbas bûye.</translation>
    </message>
    <message>
        <source>Nothing changes on the person (status stays %1).</source>
        <translation>Li ser kesî tiştek naguhere (rewş %1 dimîne).</translation>
    </message>
    <message>
        <source>Replaces the pending decision %1 (its history is kept).</source>
        <translation>Cihê biryara li bendê %1 digire (dîroka wê tê parastin).</translation>
    </message>
    <message>
        <source>The amnesty&apos;s criteria exclude this person</source>
        <translation>Pîvanên lêborînê vî kesî derdixin</translation>
    </message>
    <message>
        <source>To decide anyway, give the reason for the override.</source>
        <translation>Ji bo ku dîsa jî biryar bidî, sedema îstîsnayê binivîse.</translation>
    </message>
    <message>
        <source>The amnesty&apos;s criteria exclude this person: %1.</source>
        <translation>Pîvanên lêborînê vî kesî derdixin: %1.</translation>
    </message>
    <message>
        <source>Meets the amnesty&apos;s criteria.</source>
        <translation>Pîvanên lêborînê pêk tîne.</translation>
    </message>
    <message>
        <source>Cannot be saved yet: see the marked fields.</source>
        <translation>Hîn nayê tomarkirin: li qadên nîşankirî binêre.</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <source>Write the reduction as a fraction, such as 1/2.</source>
        <translation>Kêmkirinê wek perçeyekê binivîse, wek 1/2.</translation>
    </message>
    <message>
        <source>A reduction is more than 0 and at most 1, such as 1/2 or 1/3.</source>
        <translation>Kêmkirin ji 0 mezintir e û herî zêde 1 e, wek 1/2 an 1/3.</translation>
    </message>
</context>
<context>
    <name>DisplayNameDialog</name>
    <message>
        <source>Your display name</source>
        <translation>Navê te yê nîşandanê</translation>
    </message>
    <message>
        <source>Your changes are recorded under your login, %1, which the database establishes. A display name is shown beside it so that colleagues recognise you; it does not replace the login. Leave it empty to show the login alone.</source>
        <translation>Guhertinên te bi navê te yê têketinê, %1, tên tomarkirin, ku danegeh wî diyar dike. Navê nîşandanê li kêleka wî tê nîşandan da ku hevkarên te te nas bikin; ew cihê navê têketinê nagire. Wî vala bihêle da ku tenê navê têketinê were nîşandan.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Navê nîşandanê</translation>
    </message>
    <message>
        <source>First name and family name</source>
        <translation>Nav û paşnav</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Navê &amp;nîşandanê:</translation>
    </message>
    <message>
        <source>Use this display name</source>
        <translation>Vî navê nîşandanê bi kar bîne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Dubareyên gengaz</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) already recorded share every word of this name (in any spelling) and the year of birth. Is this one of them?</source>
        <translation>
            <numerusform>%n dosyeya ku berê hatiye tomarkirin di her peyva vî navî de (bi her rastnivîsê) û di sala jidayikbûnê de hevpar e. Ev ew e?</numerusform>
            <numerusform>%n dosyeyên ku berê hatine tomarkirin di her peyva vî navî de (bi her rastnivîsê) û di sala jidayikbûnê de hevpar in. Ev yek ji wan e?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases that may be the same person</source>
        <translation>Dosyeyên ku dibe ku heman kes bin</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stûn</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Dîsa jî tomar bike</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <source>Encrypted database created</source>
        <translation>Danegeha şîfrekirî hate çêkirin</translation>
    </message>
    <message>
        <source>The encrypted database %1 was created.</source>
        <translation>Danegeha şîfrekirî %1 hate çêkirin.</translation>
    </message>
    <message>
        <source>To work in it, open it in a new window now, or later start Case Tracker with --db &quot;%1&quot;. It asks for the passphrase each time it opens.</source>
        <translation>Ji bo ku tê de bixebitî, niha wê di pencereyeke nû de veke, an paşê Case Tracker bi --db &quot;%1&quot; bide destpêkirin. Her car ku vebe hevoka derbasbûnê dipirse.</translation>
    </message>
    <message>
        <source>Open in a new window</source>
        <translation>Di pencereyeke nû de veke</translation>
    </message>
    <message>
        <source>Cannot open a new window</source>
        <translation>Pencereyeke nû nayê vekirin</translation>
    </message>
    <message>
        <source>Start Case Tracker with --db &quot;%1&quot; to open it.</source>
        <translation>Ji bo vekirina wê Case Tracker bi --db &quot;%1&quot; bide destpêkirin.</translation>
    </message>
    <message>
        <source>The encrypted database was not created</source>
        <translation>Danegeha şîfrekirî nehate çêkirin</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Danegeha şîfrekirî tê çêkirin…</translation>
    </message>
    <message>
        <source>New &amp;encrypted database…</source>
        <translation>Danegeheke &amp;şîfrekirî ya nû…</translation>
    </message>
    <message>
        <source>Create a new database file that only its passphrase opens</source>
        <translation>Pelê danegeheke nû çêke ku tenê hevoka wê ya derbasbûnê vedike</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Derxistin…</translation>
    </message>
    <message>
        <source>Save what the list shows as PDF, CSV or XLSX</source>
        <translation>Tiştê ku lîste nîşan dide wek PDF, CSV an XLSX tomar bike</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 derxe</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Nayê derxistin</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .csv or .xlsx.</source>
        <translation>Navekî pelê ku bi .pdf, .csv an .xlsx diqede hilbijêre.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Derxistin bi ser neket</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 tê nivîsandin…</translation>
    </message>
</context>
<context>
    <name>Facilities</name>
    <message>
        <source>Source: %1</source>
        <translation>Çavkanî: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Vekirî</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Hatiye girtin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nayê zanîn</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Tam</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Nêzîkî</translation>
    </message>
    <message>
        <source>Lower bound (more than)</source>
        <translation>Sînorê jêrîn (zêdetir ji)</translation>
    </message>
    <message>
        <source>Upper bound (fewer than)</source>
        <translation>Sînorê jorîn (kêmtir ji)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>zêdetir ji %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>kêmtir ji %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nayê zanîn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (records)</source>
        <translation>%1 (tomar)</translation>
    </message>
    <message>
        <source>Latest headcount: %1 as of %2 (%3). Source: %4</source>
        <translation>Serjimara dawî: %1 di %2 de (%3). Çavkanî: %4</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>Counted from the case records of the %1 people held there now.</source>
        <translation>Ji tomarên dosyeyên %1 kesên ku niha li wir girtî ne hatiye jimartin.</translation>
    </message>
    <message>
        <source>Capacity unknown: occupancy cannot be worked out.</source>
        <translation>Kapasîte nayê zanîn: rêjeya dagirtinê nayê hesibandin.</translation>
    </message>
    <message>
        <source>%1 of a capacity of %2</source>
        <translation>%1 ji kapasîteya %2</translation>
    </message>
    <message>
        <source>overcrowded by %1 people</source>
        <translation>%1 kes ji kapasîteyê zêdetir</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>Facilities</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>&amp;New facility</source>
        <translation>Sazgeha &amp;nû</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tomar bike</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Vegerîne</translation>
    </message>
    <message>
        <source>&amp;Delete facility…</source>
        <translation>Sazgehê &amp;jê bibe…</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>Facility actions</source>
        <translation>Çalakiyên sazgehê</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Derxistin…</translation>
    </message>
    <message>
        <source>Export the facilities shown</source>
        <translation>Sazgehên tên nîşandan derxe</translation>
    </message>
    <message>
        <source>Search facilities (Ctrl+F)</source>
        <translation>Li sazgehan bigere (Ctrl+F)</translation>
    </message>
    <message>
        <source>Facilities shown</source>
        <translation>Sazgehên tên nîşandan</translation>
    </message>
    <message>
        <source>Facility columns</source>
        <translation>Stûnên sazgehan</translation>
    </message>
</context>
<context>
    <name>FacilityController</name>
    <message>
        <source>New facility</source>
        <translation>Sazgeha nû</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ji %2</translation>
    </message>
    <message>
        <source>%1 facilities</source>
        <translation>%1 sazgeh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Nav bi erebî</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Di nava</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Rêvebir</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasîte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Têbînî</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Nayê jêbirin</translation>
    </message>
    <message>
        <source>Delete facility</source>
        <translation>Sazgehê jê bibe</translation>
    </message>
    <message>
        <source>Delete “%1” and its headcount history? This cannot be undone.</source>
        <translation>“%1” û dîroka serjimarên wê were jêbirin? Ev nayê vegerandin.</translation>
    </message>
</context>
<context>
    <name>FacilityDetailView</name>
    <message>
        <source>Facility detail</source>
        <translation>Hûrguliyên sazgehê</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>Name in the other script</source>
        <translation>Nav bi tîpên din</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Hejmara kesan</translation>
    </message>
    <message>
        <source>Source of the population figure</source>
        <translation>Çavkaniya hejmara kesan</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Dagirtin</translation>
    </message>
    <message>
        <source>Facility detail sections</source>
        <translation>Beşên hûrguliyên sazgehê</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>&amp;Population over time</source>
        <translation>Hejmara kesan di &amp;demê de</translation>
    </message>
    <message>
        <source>People &amp;held</source>
        <translation>Kesên &amp;girtî</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>Dî&amp;rok</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nav</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic</source>
        <translation>Nav bi &amp;erebî</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>&amp;Di nava</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Cure</translation>
    </message>
    <message>
        <source>&amp;Governorate</source>
        <translation>&amp;Parêzgeh</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Rêvebir</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nayê zanîn</translation>
    </message>
    <message>
        <source>Design capacity: a whole number, or empty when it is not known</source>
        <translation>Kapasîteya plankirî: hejmareke tam, an vala dema ku nayê zanîn</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapasîte</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Rewş</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Têbînî</translation>
    </message>
    <message>
        <source>Synthetic record</source>
        <translation>Tomara sentetîk</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasîte</translation>
    </message>
    <message>
        <source>Headcount history</source>
        <translation>Dîroka serjimaran</translation>
    </message>
    <message>
        <source>&amp;Add headcount…</source>
        <translation>Serjimarekê &amp;zêde bike…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Biguherîne…</translation>
    </message>
    <message>
        <source>De&amp;lete headcount</source>
        <translation>Serjimarê &amp;jê bibe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Headcount history&lt;/b&gt; (as reported, newest first)</source>
        <translation>&lt;b&gt;Dîroka serjimaran&lt;/b&gt; (wek hatine ragihandin, ya herî nû pêşî)</translation>
    </message>
    <message>
        <source>(none — a facility of its own)</source>
        <translation>(tune — sazgeheke serbixwe)</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>Sazgeha nû</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Hîn nehatiye tomarkirin.</translation>
    </message>
    <message>
        <source>Population &lt;b&gt;%1&lt;/b&gt; as of %2 — latest reported headcount</source>
        <translation>Hejmara kesan &lt;b&gt;%1&lt;/b&gt; di %2 de — serjimara dawî ya ragihandî</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Çavkanî: %1</translation>
    </message>
    <message>
        <source>Counted from case records: %1 held now</source>
        <translation>Ji tomarên dosyeyan hatiye jimartin: niha %1 girtî</translation>
    </message>
    <message>
        <source>Population &lt;b&gt;%1&lt;/b&gt; — counted from the case records of people held now</source>
        <translation>Hejmara kesan &lt;b&gt;%1&lt;/b&gt; — ji tomarên dosyeyên kesên niha girtî hatiye jimartin</translation>
    </message>
    <message>
        <source>No headcount has been reported for this facility.</source>
        <translation>Ji bo vê sazgehê tu serjimar nehatiye ragihandin.</translation>
    </message>
    <message>
        <source>Occupancy unknown: design capacity not reported.</source>
        <translation>Dagirtin nayê zanîn: kapasîteya plankirî nehatiye ragihandin.</translation>
    </message>
    <message>
        <source>Overcrowded: %1 of capacity %2 (%3 people over)</source>
        <translation>Qerebalix: %1 ji kapasîteya %2 (%3 kes zêdetir)</translation>
    </message>
    <message>
        <source>Occupancy %1 of capacity %2</source>
        <translation>Dagirtin %1 ji kapasîteya %2</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration; not a real facility.</source>
        <translation>Tomareke sentetîk ji bo nimûneyê; ne sazgeheke rastîn e.</translation>
    </message>
    <message>
        <source>No facility yet</source>
        <translation>Hîn sazgeh tune</translation>
    </message>
    <message>
        <source>New facility (Ctrl+N) adds one; File ▸ Import… brings in a list.</source>
        <translation>«Sazgeha nû» (Ctrl+N) yekê zêde dike; Pel ▸ Têxistin… lîsteyekê tîne.</translation>
    </message>
    <message>
        <source>Design capacity not reported (unknown), so no capacity line is drawn.</source>
        <translation>Kapasîteya plankirî nehatiye ragihandin (nayê zanîn), ji ber vê xeta kapasîteyê nayê xêzkirin.</translation>
    </message>
    <message>
        <source>Dashed line: design capacity %1.</source>
        <translation>Xeta xalxalî: kapasîteya plankirî %1.</translation>
    </message>
</context>
<context>
    <name>FacilityPeopleView</name>
    <message>
        <source>People held</source>
        <translation>Kesên girtî</translation>
    </message>
    <message>
        <source>People held by category beside the latest headcount</source>
        <translation>Kesên girtî li gorî kategoriyê li kêleka serjimara dawî</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Bêtir nîşan bide</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Dosyeyê &amp;veke</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held, by category&lt;/b&gt;, counted from case records. No headcount reported.</source>
        <translation>&lt;b&gt;Girtî, li gorî kategoriyê&lt;/b&gt;, ji tomarên dosyeyan hatine jimartin. Tu serjimar nehatiye ragihandin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held, by category&lt;/b&gt;, counted from case records, beside the headcount of %1 (%2; source: %3). Difference = records − reported.</source>
        <translation>&lt;b&gt;Girtî, li gorî kategoriyê&lt;/b&gt;, ji tomarên dosyeyan hatine jimartin, li kêleka serjimara %1 (%2; çavkanî: %3). Cudahî = tomar − ragihandî.</translation>
    </message>
    <message>
        <source>No one is held here according to the case records.</source>
        <translation>Li gorî tomarên dosyeyan kes li vir girtî nîne.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 people held (by case number).</source>
        <translation>%1 kesên pêşîn ji %2 kesên girtî tên nîşandan (li gorî hejmara dosyeyê).</translation>
    </message>
    <message>
        <source>All %1 people held.</source>
        <translation>Hemû %1 kesên girtî.</translation>
    </message>
</context>
<context>
    <name>FacilityTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <source>The latest reported headcount (with its date) when there is one, else the people held there counted from case records</source>
        <translation>Serjimara dawî ya ragihandî (bi dîroka xwe) heke hebe, wekî din kesên li wir girtî ji tomarên dosyeyan hatine jimartin</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasîte</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Hejmara kesan</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Dagirtin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nav (latînî)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nav (bi erebî)</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration</source>
        <translation>Tomara sentetîk ji bo nimûneyê</translation>
    </message>
    <message>
        <source>Design capacity not reported</source>
        <translation>Kapasîteya plankirî nehatiye ragihandin</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by facility</source>
        <translation>Li gorî sazgehê parzûn bike</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Li gorî kategoriyê parzûn bike</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Li gorî rewşê parzûn bike</translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation>Li gorî hemwelatîbûnê parzûn bike</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Her rewş</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>Her hemwelatîbûn</translation>
    </message>
    <message>
        <source>Any facility</source>
        <translation>Her sazgeh</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Her kategorî</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Parzûnên tomarkirî</translation>
    </message>
    <message>
        <source>Save filters…</source>
        <translation>Parzûnan tomar bike…</translation>
    </message>
    <message>
        <source>Save these filters by name</source>
        <translation>Van parzûnan bi navekî tomar bike</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Ji bîr bike</translation>
    </message>
    <message>
        <source>Forget the chosen saved filters</source>
        <translation>Parzûnên tomarkirî yên hilbijartî ji bîr bike</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Parzûnên tomarkirî…</translation>
    </message>
</context>
<context>
    <name>HeadcountController</name>
    <message>
        <source>Delete headcount</source>
        <translation>Serjimarê jê bibe</translation>
    </message>
    <message>
        <source>Delete the headcount of %1 (%2)?</source>
        <translation>Serjimara %1 (%2) were jêbirin?</translation>
    </message>
    <message>
        <source>Headcount not saved</source>
        <translation>Serjimar nehate tomarkirin</translation>
    </message>
</context>
<context>
    <name>HeadcountDialog</name>
    <message>
        <source>Change headcount</source>
        <translation>Serjimarê biguherîne</translation>
    </message>
    <message>
        <source>Add headcount</source>
        <translation>Serjimarekê zêde bike</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;Dîrok</translation>
    </message>
    <message>
        <source>Date &amp;known to the</source>
        <translation>Dîrok &amp;diyar e heta</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>&amp;Giştî</translation>
    </message>
    <message>
        <source>&amp;Reported as</source>
        <translation>&amp;Wek hatiye ragihandin</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation>(çavkaniyekê hilbijêre)</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Çavkaniya nû…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Çavkanî</translation>
    </message>
    <message>
        <source>New source &amp;title</source>
        <translation>&amp;Sernavê çavkaniya nû</translation>
    </message>
    <message>
        <source>New source &amp;publisher</source>
        <translation>&amp;Weşanera çavkaniya nû</translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt; (leave empty if not reported)</source>
        <translation>&lt;b&gt;Li gorî kategoriyê&lt;/b&gt; (vala bihêle heke nehatibe ragihandin)</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>Hejmara %1</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Têbînî</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Temam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>HeadcountTableModel</name>
    <message>
        <source>As of</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Giştî</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Li gorî kategoriyê</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Hûrbûn</translation>
    </message>
</context>
<context>
    <name>HeldPeopleModel</name>
    <message>
        <source>Case no.</source>
        <translation>Hejmara dosyeyê</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nav (bi erebî)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Hemwelatîbûn</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Girtî ji</translation>
    </message>
    <message>
        <source>Synthetic record for demonstration</source>
        <translation>Tomara sentetîk ji bo nimûneyê</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Created</source>
        <translation>Hate çêkirin</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Hate guhertin</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Hate jêbirin</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kengî</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kî</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Guhertin</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Qad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Berê</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Paşê</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(tevahiya tomarê)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>No record is selected.</source>
        <translation>Tu tomar nehatiye hilbijartin.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Rewşa dîrokê</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Dîroka guhertinan</translation>
    </message>
    <message>
        <source>Changes recorded: %1, newest first.</source>
        <translation>Guhertinên tomarkirî: %1, ya herî nû pêşî.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Hîn tu guhertin nehatine tomarkirin.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Dîrok tê barkirin…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Dîrok nehate xwendin: %1</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 tomar bo %2 hatin derxistin</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Derxistin hate betalkirin; tu pel nehate nivîsandin</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Derxistin bi ser neket</translation>
    </message>
    <message>
        <source>no file was written</source>
        <translation>tu pel nehate nivîsandin</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Tê derxistin…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Têxistin…</translation>
    </message>
    <message>
        <source>Add facilities, cases, decisions or headcounts from a file</source>
        <translation>Ji pelekê sazgeh, dosye, biryar an serjimaran zêde bike</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Derxistin…</translation>
    </message>
    <message>
        <source>Write a list as CSV or XLSX</source>
        <translation>Lîsteyekê wek CSV an XLSX binivîse</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Rêz</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Pirsgirêk</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Facilities</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dosye</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>Biryarên lêborînê</translation>
    </message>
    <message>
        <source>Headcounts</source>
        <translation>Serjimar</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Lîsteyekê têxe</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Lîste (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Çi were têxistin</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with the columns that Export writes for the same list.</source>
        <translation>Pelekî CSV an XLSX bi stûnên ku Derxistin ji bo heman lîsteyê dinivîse.</translation>
    </message>
    <message>
        <source>List to import</source>
        <translation>Lîsteya ku were têxistin</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Pelê ku were têxistin</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation>Pelekî .csv an .xlsx hilbijêre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hilbijêre…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pelekî hilbijêre</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lîste:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Pel:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol bike</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written.</source>
        <translation>Her rêz berî ku tiştek were nivîsandin tê kontrolkirin.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Encama kontrolê</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrolkirin</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Tenê rêzên bi pirsgirêk nîşan bide</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Dîsa kontrol bike</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rêzên pelê</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 tê kontrolkirin…</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 new, %3 already in the database. Nothing is wrong.</source>
        <translation>%1 rêz hatin kontrolkirin: %2 nû, %3 jixwe di danegehê de ne. Tu şaşî tune.</translation>
    </message>
    <message>
        <source>%1 rows checked: %4 rows have problems. Correct the file and check again; nothing will be imported while any row has a problem.</source>
        <translation>%1 rêz hatin kontrolkirin: %4 rêzan pirsgirêk hene. Pelê rast bike û dîsa kontrol bike; heta ku rêzek pirsgirêk hebe tiştek nayê têxistin.</translation>
    </message>
    <message>
        <source>The file cannot be checked: %1</source>
        <translation>Pel nayê kontrolkirin: %1</translation>
    </message>
    <message>
        <source>The check failed (%1).</source>
        <translation>Kontrol bi ser neket (%1).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Têxistin</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Pêşveçûna têxistinê</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Têxistin</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Têxistinê betal bike</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 tê têxistin…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>Tê betalkirin… tiştek nayê nivîsandin.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 already there.</source>
        <translation>%1 hate têxistin: %2 hatin zêdekirin, %3 jixwe hebûn.</translation>
    </message>
    <message>
        <source>%1 of the decisions added are proposals: their amnesty needs another reviewer&apos;s approval, which an import does not give: they are on the Waiting for approval page.</source>
        <translation>%1 ji biryarên zêdekirî pêşniyar in: lêborîna wan pejirandina nirxînerekî din dixwaze, ku têxistin nade: ew li rûpela “Li benda pejirandinê” ne.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Têxistin hate betalkirin; tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>The file changed since it was checked and now has problems; nothing was written. Go back and check it again.</source>
        <translation>Pel ji dema kontrolê ve hatiye guhertin û niha pirsgirêk tê de hene; tiştek nehate nivîsandin. Vegere û dîsa kontrol bike.</translation>
    </message>
    <message>
        <source>The import failed (%1); nothing was written.</source>
        <translation>Têxistin bi ser neket (%1); tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Paşve</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Pêşve</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Biqedîne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The interface will be in %1 when Case Tracker next starts.</source>
        <translation>Zimanê navrûyê dê bibe %1 dema ku Case Tracker cara din dest pê bike.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ziman</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ziman</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Facilities</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>lêgerîn: %1</translation>
    </message>
    <message>
        <source>all facilities</source>
        <translation>hemû sazgeh</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>hemû dosye</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dosye</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Paşkefta xweber hat tomarkirin: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Paşkefta xweber bi ser neket: %1</translation>
    </message>
    <message>
        <source>The database cannot be changed: %1</source>
        <translation>Danegeh nayê guhertin: %1</translation>
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
        <translation>Beş</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Rûpel</translation>
    </message>
    <message>
        <source>Database summary</source>
        <translation>Kurteya danegehê</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Tu kî yî</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dosye</translation>
    </message>
    <message>
        <source>Amnesties</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Li benda pejirandinê</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Pel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Guherandin</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Biçe</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Amûr</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Alîkarî</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Derkeve</translation>
    </message>
    <message>
        <source>&amp;About Case Tracker</source>
        <translation>&amp;Der barê Case Tracker de</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Case Tracker %1&lt;/h3&gt;&lt;p&gt;Records of detention facilities, detainees and amnesty decisions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Case Tracker %1&lt;/h3&gt;&lt;p&gt;Tomarên sazgehên girtinê, girtiyan û biryarên lêborînê.&lt;/p&gt;&lt;p&gt;Danegeh: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database schema: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Şemaya danegehê: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Case Tracker</source>
        <translation>Der barê Case Tracker de</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your changes are recorded under your login, %1.</source>
        <translation>Guhertinên te bi navê te yê têketinê, %1, tên tomarkirin.</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>Li benda pejirandinê (%1)</translation>
    </message>
    <message>
        <source>%1 decisions wait for a reviewer&apos;s approval.</source>
        <translation>%1 biryar li benda pejirandina kontrolkerekî ne.</translation>
    </message>
    <message>
        <source>%1 facilities · %2 cases · %3 held</source>
        <translation>%1 sazgeh · %2 dosye · %3 girtî</translation>
    </message>
    <message>
        <source>Detainee &amp;categories…</source>
        <translation>&amp;Kategoriyên girtiyan…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Vegerîne</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Dîsa bike</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not a year: {exc}</source>
        <translation>Ne sal e: {exc}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dosye</translation>
    </message>
    <message>
        <source>Not a year: a year is between {low} and {high}</source>
        <translation>Ne sal e: sal di navbera {low} û {high} de ye</translation>
    </message>
    <message>
        <source>Months: {exc}</source>
        <translation>Meh: {exc}</translation>
    </message>
    <message>
        <source>Months: at most {months} ({years} years)</source>
        <translation>Meh: herî zêde {months} ({years} sal)</translation>
    </message>
    <message>
        <source>A case number is required</source>
        <translation>Hejmara dosyeyê pêwîst e</translation>
    </message>
    <message>
        <source>At most {case_no_max} characters</source>
        <translation>Herî zêde {case_no_max} tîp</translation>
    </message>
    <message>
        <source>Use letters, digits and - . / _ only, starting with a letter or digit</source>
        <translation>Tenê tîp, reqem û - . / _ bi kar bîne, bi tîpekê an reqemekê dest pê bike</translation>
    </message>
    <message>
        <source>A name in Latin letters is required</source>
        <translation>Navek bi tîpên latînî pêwîst e</translation>
    </message>
    <message>
        <source>At most {name_max} characters</source>
        <translation>Herî zêde {name_max} tîp</translation>
    </message>
    <message>
        <source>Write this name in Latin letters; the Arabic field is below</source>
        <translation>Vî navî bi tîpên latînî binivîse; qada erebî li jêr e</translation>
    </message>
    <message>
        <source>Write this name in Arabic script, or leave it empty</source>
        <translation>Vî navî bi tîpên erebî binivîse, an vala bihêle</translation>
    </message>
    <message>
        <source>Choose male, female or unknown</source>
        <translation>Nêr, mê an nenas hilbijêre</translation>
    </message>
    <message>
        <source>Choose a status</source>
        <translation>Rewşekê hilbijêre</translation>
    </message>
    <message>
        <source>A year between {earliest_year} and {year}</source>
        <translation>Salek di navbera {earliest_year} û {year} de</translation>
    </message>
    <message>
        <source>Two letters (ISO 3166 code, e.g. SY, IQ, FR)</source>
        <translation>Du tîp (koda ISO 3166, wek SY, IQ, FR)</translation>
    </message>
    <message>
        <source>Must not be in the future</source>
        <translation>Divê ne di pêşerojê de be</translation>
    </message>
    <message>
        <source>Before the year of birth</source>
        <translation>Berî sala jidayikbûnê</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>Divê ne neyînî be</translation>
    </message>
    <message>
        <source>At most {sentence_months_max} months ({count} years): check the number</source>
        <translation>Herî zêde {sentence_months_max} meh ({count} sal): hejmarê kontrol bike</translation>
    </message>
    <message>
        <source>A date between {year_min} and {year_max}</source>
        <translation>Dîrokek di navbera {year_min} û {year_max} de</translation>
    </message>
    <message>
        <source>Ends before it starts</source>
        <translation>Berî ku dest pê bike diqede</translation>
    </message>
    <message>
        <source>A person held is held somewhere: choose a facility</source>
        <translation>Kesê girtî li derekê girtî ye: sazgehekê hilbijêre</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>dosye {number}</translation>
    </message>
    <message>
        <source>Only a person who is held can be transferred</source>
        <translation>Tenê kesê girtî dikare were veguhestin</translation>
    </message>
    <message>
        <source>Choose the facility to move to</source>
        <translation>Sazgeha ku lê were veguhestin hilbijêre</translation>
    </message>
    <message>
        <source>The person is already held there</source>
        <translation>Kes jixwe li wir girtî ye</translation>
    </message>
    <message>
        <source>A date is required</source>
        <translation>Dîrok pêwîst e</translation>
    </message>
    <message>
        <source>Before the person was held (since {date})</source>
        <translation>Berî ku kes were girtin (ji {date} ve)</translation>
    </message>
    <message>
        <source>Before the last recorded transfer ({date})</source>
        <translation>Berî veguhestina dawî ya tomarkirî ({date})</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Nav pêwîst e</translation>
    </message>
    <message>
        <source>Another category here already has this name</source>
        <translation>Kategoriyeke din li vir jixwe xwedî vî navî ye</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _ only</source>
        <translation>Tenê tîpên biçûk, reqem, - û _</translation>
    </message>
    <message>
        <source>Another category has this code</source>
        <translation>Kategoriyeke din xwedî vê kodê ye</translation>
    </message>
    <message>
        <source>No such category</source>
        <translation>Kategoriyeke wiha tune</translation>
    </message>
    <message>
        <source>A category cannot be moved under itself or one of its own subcategories</source>
        <translation>Kategorî nikare bikeve bin xwe an bin yek ji binkategoriyên xwe</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>divê herî zêde {limit} tîp be</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>pêwîst e</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>hejmareke tam</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>divê hejmareke tam ji {low} heta {high} be</translation>
    </message>
    <message>
        <source>must be a whole number of at least {low}</source>
        <translation>divê hejmareke tam a herî kêm {low} be</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>divê hejmareke tam be</translation>
    </message>
    <message>
        <source>is not {what}: write it with the digits 0-9 or ٠-٩; {rule}</source>
        <translation>ne {what} e: bi reqemên 0-9 an ٠-٩ binivîse; {rule}</translation>
    </message>
    <message>
        <source>a year from {low} to {high}</source>
        <translation>salek ji {low} heta {high}</translation>
    </message>
    <message>
        <source>must be a date in {years}</source>
        <translation>divê dîrokek di {years} de be</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>divê dîrokek bi şêweya YYYY-MM-DD be</translation>
    </message>
    <message>
        <source>must be a date and time written YYYY-MM-DD HH:MM:SS</source>
        <translation>divê dîrok û demek bi şêweya YYYY-MM-DD HH:MM:SS be</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>divê yek ji {names} be</translation>
    </message>
    <message>
        <source>is required; {rule}</source>
        <translation>pêwîst e; {rule}</translation>
    </message>
    <message>
        <source>must be yes or no, or empty for unknown</source>
        <translation>divê erê an na be, an vala ji bo nenas</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>divê erê an na be</translation>
    </message>
    <message>
        <source>must be a two-letter country code (ISO 3166-1), e.g. SY</source>
        <translation>divê koda welatekî ya du tîpî be (ISO 3166-1), wek SY</translation>
    </message>
    <message>
        <source>must be a fraction such as 1/2</source>
        <translation>divê perçeyek wek 1/2 be</translation>
    </message>
    <message>
        <source>must be a fraction more than 0 and at most 1, such as 1/2</source>
        <translation>divê perçeyek ji 0 mezintir û herî zêde 1 be, wek 1/2</translation>
    </message>
    <message>
        <source>must be a fraction whose denominator is at most {fraction_denominator_max:,}</source>
        <translation>divê perçeyek be ku paranê wê herî zêde {fraction_denominator_max:,} be</translation>
    </message>
    <message>
        <source>must be category=count pairs separated by &apos;;&apos;, e.g. syrian=120; iraqi=30</source>
        <translation>divê cotên kategorî=hejmar bin ku bi &apos;;&apos; ji hev veqetiyane, wek syrian=120; iraqi=30</translation>
    </message>
    <message>
        <source>a count must be at most {headcount_max:,}</source>
        <translation>hejmarek divê herî zêde {headcount_max:,} be</translation>
    </message>
    <message>
        <source>nationality not recorded</source>
        <translation>hemwelatîbûn nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>nationality {nat} is not one of {names}</source>
        <translation>hemwelatîbûna {nat} ne yek ji {names} e</translation>
    </message>
    <message>
        <source>nationality {nat} is excluded</source>
        <translation>hemwelatîbûna {nat} derxistî ye</translation>
    </message>
    <message>
        <source>category not recorded</source>
        <translation>kategorî nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>category {codes} is not within {names}</source>
        <translation>kategoriya {codes} ne di nav {names} de ye</translation>
    </message>
    <message>
        <source>category {hit} is excluded</source>
        <translation>kategoriya {hit} derxistî ye</translation>
    </message>
    <message>
        <source>not recorded whether accused of a violent crime (needs review)</source>
        <translation>nehatiye tomarkirin ka bi sûcekî tundûtûjiyê tawanbar e an na (kontrol dixwaze)</translation>
    </message>
    <message>
        <source>accused of a violent crime</source>
        <translation>bi sûcekî tundûtûjiyê tawanbar e</translation>
    </message>
    <message>
        <source>held-since date not recorded</source>
        <translation>dîroka girtinê nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>held since {date}, not before {before}</source>
        <translation>ji {date} ve girtî ye, ne berî {before}</translation>
    </message>
    <message>
        <source>no sentence recorded</source>
        <translation>tu ceza nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>sentence of {months} months is outside {range}</source>
        <translation>cezaya {months} mehan li derveyî {range} e</translation>
    </message>
    <message>
        <source>ISO codes</source>
        <translation>kodên ISO</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>koda ISO</translation>
    </message>
    <message>
        <source>category codes</source>
        <translation>kodên kategoriyan</translation>
    </message>
    <message>
        <source>category code</source>
        <translation>koda kategoriyê</translation>
    </message>
    <message>
        <source>{low} to {high} months</source>
        <translation>{low} heta {high} meh</translation>
    </message>
    <message>
        <source>at least {low} months</source>
        <translation>herî kêm {low} meh</translation>
    </message>
    <message>
        <source>at most {high} months</source>
        <translation>herî zêde {high} meh</translation>
    </message>
    <message>
        <source>must be a list of {what}</source>
        <translation>divê lîsteyek ji {what} be</translation>
    </message>
    <message>
        <source>{item!r} is not {what}</source>
        <translation>{item!r} ne {what} e</translation>
    </message>
    <message>
        <source>must be a whole number of months, 0 or more</source>
        <translation>divê hejmareke tam a mehan be, 0 an zêdetir</translation>
    </message>
    <message>
        <source>not valid JSON: {msg}</source>
        <translation>JSON-a derbasdar nîne: {msg}</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>divê objeyeke JSON be</translation>
    </message>
    <message>
        <source>unknown rule; known: {names}</source>
        <translation>rêzika nenas; yên naskirî: {names}</translation>
    </message>
    <message>
        <source>both included and excluded: {names}</source>
        <translation>hem tê de ye hem jî derxistî ye: {names}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>divê true an false be</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>divê dîrokek YYYY-MM-DD be</translation>
    </message>
    <message>
        <source>must not be less than the minimum ({low})</source>
        <translation>divê ji kêmtirîn ({low}) kêmtir nebe</translation>
    </message>
    <message>
        <source>must not be before the amnesty (earliest {date})</source>
        <translation>divê ne berî lêborînê be (herî zû {date})</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>divê ne di pêşerojê de be</translation>
    </message>
    <message>
        <source>only a reduction takes a fraction</source>
        <translation>tenê kêmkirin perçeyekê digire</translation>
    </message>
    <message>
        <source>a reduction must be more than 0 and at most 1</source>
        <translation>kêmkirin divê ji 0 mezintir û herî zêde 1 be</translation>
    </message>
    <message>
        <source>the denominator must be at most {fraction_denominator_max:,}</source>
        <translation>paran divê herî zêde {fraction_denominator_max:,} be</translation>
    </message>
    <message>
        <source>is not held (status {status}) and cannot be released</source>
        <translation>ne girtî ye (rewş {status}) û nikare were berdan</translation>
    </message>
    <message>
        <source>is not held (status {status}) and cannot have the sentence reduced</source>
        <translation>ne girtî ye (rewş {status}) û cezaya wî nikare were kêmkirin</translation>
    </message>
    <message>
        <source>a reduction needs a sentence, and this person&apos;s sentence length is not recorded</source>
        <translation>kêmkirin cezayekê dixwaze, û dirêjahiya cezaya vî kesî nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>a reduction needs a sentence, and this person&apos;s sentence start date is not recorded</source>
        <translation>kêmkirin cezayekê dixwaze, û dîroka destpêka cezaya vî kesî nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>the proposal gives the person&apos;s status before it as {before}, but it is {status}</source>
        <translation>pêşniyar rewşa kesî ya berî wê wek {before} dide, lê ew {status} e</translation>
    </message>
    <message>
        <source>the person {problem}</source>
        <translation>kes {problem}</translation>
    </message>
    <message>
        <source>a reduction by {fraction} ends this person&apos;s sentence on {expected}, not on {after} as the proposal says</source>
        <translation>kêmkirina bi {fraction} cezayê vî kesî di {expected} de diqedîne, ne di {after} de wek ku pêşniyar dibêje</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rêz {row}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>qada &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>{place} (value {value!r}): {message}</source>
        <translation>{place} (nirx {value!r}): {message}</translation>
    </message>
    <message>
        <source>and {rest:,} more problem(s)</source>
        <translation>û {rest:,} pirsgirêkên din</translation>
    </message>
    <message>
        <source>{record}: {message}</source>
        <translation>{record}: {message}</translation>
    </message>
    <message>
        <source>no {kind} {ref!r}</source>
        <translation>{kind} {ref!r} tune</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it</source>
        <translation>{record} ji dema ku te ew vekir ve ji aliyê kesekî din ve hate guhertin</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} şîfrekirî ye</translation>
    </message>
    <message>
        <source>this database is encrypted</source>
        <translation>ev danegeh şîfrekirî ye</translation>
    </message>
    <message>
        <source>{where}: a passphrase is needed</source>
        <translation>{where}: hevoka derbasbûnê pêwîst e</translation>
    </message>
    <message>
        <source>{needed}; {hint}</source>
        <translation>{needed}; {hint}</translation>
    </message>
    <message>
        <source>wrong passphrase for {name} (or not an encrypted Case Tracker file)</source>
        <translation>hevoka derbasbûnê ya {name} şaş e (an ne pelekî Case Tracker ê şîfrekirî ye)</translation>
    </message>
    <message>
        <source>wrong passphrase (or not an encrypted Case Tracker file)</source>
        <translation>hevoka derbasbûnê şaş e (an ne pelekî Case Tracker ê şîfrekirî ye)</translation>
    </message>
    <message>
        <source>Capacity: {exc}; leave empty if unknown</source>
        <translation>Kapasîte: {exc}; heke nayê zanîn vala bihêle</translation>
    </message>
    <message>
        <source>Capacity: at most {capacity_max:,}</source>
        <translation>Kapasîte: herî zêde {capacity_max:,}</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>sazgeh</translation>
    </message>
    <message>
        <source>Another facility inside the same facility is already called this</source>
        <translation>Sazgeheke din di nav heman sazgehê de jixwe bi vî navî ye</translation>
    </message>
    <message>
        <source>Another facility at the top level is already called this</source>
        <translation>Sazgeheke din li asta jorîn jixwe bi vî navî ye</translation>
    </message>
    <message>
        <source>Choose a kind</source>
        <translation>Cureyekî hilbijêre</translation>
    </message>
    <message>
        <source>Capacity must not be negative</source>
        <translation>Kapasîte divê ne neyînî be</translation>
    </message>
    <message>
        <source>No such facility to be inside</source>
        <translation>Sazgeheke wiha tune ku tê de be</translation>
    </message>
    <message>
        <source>A facility cannot be inside itself or inside one of its own sections</source>
        <translation>Sazgeh nikare di nav xwe de an di nav yek ji beşên xwe de be</translation>
    </message>
    <message>
        <source>A section must be inside a facility</source>
        <translation>Beş divê di nav sazgehekê de be</translation>
    </message>
    <message>
        <source>facility {name!r}</source>
        <translation>sazgeh {name!r}</translation>
    </message>
    <message>
        <source>The date must not be in the future</source>
        <translation>Dîrok divê ne di pêşerojê de be</translation>
    </message>
    <message>
        <source>Choose how precise the date is</source>
        <translation>Hilbijêre ka dîrok çiqas rast e</translation>
    </message>
    <message>
        <source>A total is required</source>
        <translation>Giştî pêwîst e</translation>
    </message>
    <message>
        <source>The total must not be negative</source>
        <translation>Giştî divê ne neyînî be</translation>
    </message>
    <message>
        <source>The total: at most {headcount_max:,}</source>
        <translation>Giştî: herî zêde {headcount_max:,}</translation>
    </message>
    <message>
        <source>Say how the figure was reported</source>
        <translation>Bêje ka hejmar çawa hate ragihandin</translation>
    </message>
    <message>
        <source>A new source needs a title</source>
        <translation>Çavkaniyeke nû sernavekî dixwaze</translation>
    </message>
    <message>
        <source>Every headcount needs a source</source>
        <translation>Her serjimar çavkaniyekê dixwaze</translation>
    </message>
    <message>
        <source>This category is counted twice</source>
        <translation>Ev kategorî du caran hatiye jimartin</translation>
    </message>
    <message>
        <source>A count must not be negative</source>
        <translation>Hejmar divê ne neyînî be</translation>
    </message>
    <message>
        <source>A count: at most {headcount_max:,}</source>
        <translation>Hejmar: herî zêde {headcount_max:,}</translation>
    </message>
    <message>
        <source>A category cannot count more than the total</source>
        <translation>Kategorî nikare ji giştî zêdetir bijmêre</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>serjimar</translation>
    </message>
    <message>
        <source>1 person is still held there. Transfer or release them first.</source>
        <translation>Hê kesek li wir girtî ye. Pêşî wî veguhezîne an berde.</translation>
    </message>
    <message>
        <source>{count:,} people are still held there. Transfer or release them first.</source>
        <translation>Hê {count:,} kes li wir girtî ne. Pêşî wan veguhezîne an berde.</translation>
    </message>
    <message>
        <source>it still has sections ({shown}). Delete or move them first.</source>
        <translation>hê beşên wê hene ({shown}). Pêşî wan jê bibe an bar bike.</translation>
    </message>
    <message>
        <source>1 case or transfer record names it (people released or moved from there). Their history would be lost; set the facility&apos;s status to closed instead.</source>
        <translation>Tomarek dosye an veguhestinê navê wê dike (kesên ku ji wir hatin berdan an veguhestin). Dîroka wan dê winda bibe; li şûna wê rewşa sazgehê bike girtî.</translation>
    </message>
    <message>
        <source>{count:,} case and transfer records name it (people released or moved from there). Their history would be lost; set the facility&apos;s status to closed instead.</source>
        <translation>{count:,} tomarên dosye û veguhestinê navê wê dikin (kesên ku ji wir hatin berdan an veguhestin). Dîroka wan dê winda bibe; li şûna wê rewşa sazgehê bike girtî.</translation>
    </message>
    <message>
        <source>withheld: personal data</source>
        <translation>veşartî: daneyên kesane</translation>
    </message>
    <message>
        <source>must be letters, digits and - . / _ only, starting with a letter or digit</source>
        <translation>divê tenê tîp, reqem û - . / _ be, bi tîpekê an reqemekê dest pê bike</translation>
    </message>
    <message>
        <source>must be at most {case_no_max} characters</source>
        <translation>divê herî zêde {case_no_max} tîp be</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>sal</translation>
    </message>
    <message>
        <source>is not a column of the {kind} list; its columns are: {columns}</source>
        <translation>ne stûnek ji lîsteya {kind} e; stûnên wê ev in: {columns}</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>di serî de du caran xuya dibe</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>stûneke pêwîst kêm e</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>stûn {number}</translation>
    </message>
    <message>
        <source>the row has {count} cells but the header has {width} (a short or cut row)</source>
        <translation>rêz {count} şaneyan heye lê serî {width} (rêzeke kurt an birrî)</translation>
    </message>
    <message>
        <source>the row has {count} cells but the header has {width}: a value beyond the last column</source>
        <translation>rêz {count} şaneyan heye lê serî {width}: nirxek piştî stûna dawî</translation>
    </message>
    <message>
        <source>must not be before sentence_start</source>
        <translation>divê ne berî sentence_start be</translation>
    </message>
    <message>
        <source>is required with facility_parent</source>
        <translation>bi facility_parent re pêwîst e</translation>
    </message>
    <message>
        <source>must be written in Latin letters (the Arabic name has a column of its own)</source>
        <translation>divê bi tîpên latînî were nivîsandin (navê erebî stûneke xwe heye)</translation>
    </message>
    <message>
        <source>must be written in Arabic script, or left empty</source>
        <translation>divê bi tîpên erebî were nivîsandin, an vala bimîne</translation>
    </message>
    <message>
        <source>is required when the outcome is reduced</source>
        <translation>dema encam reduced be pêwîst e</translation>
    </message>
    <message>
        <source>is given only when the outcome is reduced</source>
        <translation>tenê dema encam reduced be tê dayîn</translation>
    </message>
    <message>
        <source>revoked_at and revoked_by are given together or not at all</source>
        <translation>revoked_at û revoked_by bi hev re têne dayîn an qet nayên dayîn</translation>
    </message>
    <message>
        <source>must not hold invisible control or direction characters: they hide or reorder what the name shows</source>
        <translation>divê tîpên kontrolê an rêgezê yên nexuya tê de nebin: ew tiştê ku nav nîşan dide vedişêrin an ji nû ve rêz dikin</translation>
    </message>
    <message>
        <source>file</source>
        <translation>pel</translation>
    </message>
    <message>
        <source>{where}, column {column}: {message}</source>
        <translation>{where}, stûn {column}: {message}</translation>
    </message>
    <message>
        <source>{where}, column {column}, value {value!r}: {message}</source>
        <translation>{where}, stûn {column}, nirx {value!r}: {message}</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>hejmarek pêwîst e</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>divê ne neyînî be</translation>
    </message>
    <message>
        <source>not a whole number: {name!r}</source>
        <translation>ne hejmareke tam e: {name!r}</translation>
    </message>
    <message>
        <source>not a whole number: more than {digits_max} digits</source>
        <translation>ne hejmareke tam e: ji {digits_max} reqeman zêdetir</translation>
    </message>
    <message>
        <source>{text}… ({count:,} more characters)</source>
        <translation>{text}… ({count:,} tîpên din)</translation>
    </message>
    <message>
        <source>no role {text!r}; the roles are {names}</source>
        <translation>rola {text!r} tune; rol ev in: {names}</translation>
    </message>
    <message>
        <source>Your login has no Case Tracker role here and may not {permission} (the {least} role may)</source>
        <translation>Têketina te li vir tu rola Case Tracker nîne û nikare {permission} (rola {least} dikare)</translation>
    </message>
    <message>
        <source>Your role, {role}, may not {permission} (the {least} role may)</source>
        <translation>Rola te, {role}, nikare {permission} (rola {least} dikare)</translation>
    </message>
    <message>
        <source>{names} cannot need approval; choose among {allowed}</source>
        <translation>{names} nikare pejirandinê bixwaze; di nav {allowed} de hilbijêre</translation>
    </message>
    <message>
        <source>Your role, {role}, may not approve decisions (the reviewer role may)</source>
        <translation>Rola te, {role}, nikare biryaran bipejirîne (rola kontrolker dikare)</translation>
    </message>
    <message>
        <source>the decision was revoked; only a proposal can be approved</source>
        <translation>biryar hate betalkirin; tenê pêşniyarek dikare were pejirandin</translation>
    </message>
    <message>
        <source>the decision is already {state}; only a proposal can be approved or rejected</source>
        <translation>biryar jixwe {state} e; tenê pêşniyarek dikare were pejirandin an redkirin</translation>
    </message>
    <message>
        <source>Decisions you proposed must be approved by another reviewer</source>
        <translation>Biryarên ku te pêşniyar kirine divê ji aliyê kontrolkerekî din ve werin pejirandin</translation>
    </message>
    <message>
        <source>a reduction is a fraction greater than 0 and at most 1</source>
        <translation>kêmkirin perçeyek e ji 0 mezintir û herî zêde 1</translation>
    </message>
    <message>
        <source>not a fraction: {text!r}</source>
        <translation>ne perçe ye: {text!r}</translation>
    </message>
    <message>
        <source>a reduction must be more than 0 and at most 1, not {text}</source>
        <translation>kêmkirin divê ji 0 mezintir û herî zêde 1 be, ne {text}</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>sernavek pêwîst e</translation>
    </message>
    <message>
        <source>another amnesty has this title</source>
        <translation>lêborîneke din xwedî vî sernavî ye</translation>
    </message>
    <message>
        <source>the date of issue is required</source>
        <translation>dîroka derxistinê pêwîst e</translation>
    </message>
    <message>
        <source>amnesty {name!r}</source>
        <translation>lêborîn {name!r}</translation>
    </message>
    <message>
        <source>and {count} more people</source>
        <translation>û {count} kesên din</translation>
    </message>
    <message>
        <source>nobody is chosen</source>
        <translation>kes nehatiye hilbijartin</translation>
    </message>
    <message>
        <source>amnesty {title!r}</source>
        <translation>lêborîn {title!r}</translation>
    </message>
    <message>
        <source>amnesty {amnesty_id}</source>
        <translation>lêborîn {amnesty_id}</translation>
    </message>
    <message>
        <source>is now {status}, no longer held as when the release was proposed</source>
        <translation>niha {status} e, êdî ne girtî ye wek dema ku berdan hate pêşniyarkirin</translation>
    </message>
    <message>
        <source>the sentence end is now not recorded, not as when the reduction was proposed</source>
        <translation>dawiya cezayê niha nehatiye tomarkirin, ne wek dema ku kêmkirin hate pêşniyarkirin</translation>
    </message>
    <message>
        <source>the sentence end is now {date}, not as when the reduction was proposed</source>
        <translation>dawiya cezayê niha {date} e, ne wek dema ku kêmkirin hate pêşniyarkirin</translation>
    </message>
    <message>
        <source>decision {decision_id}</source>
        <translation>biryar {decision_id}</translation>
    </message>
    <message>
        <source>the person {problem}; reject the proposal instead</source>
        <translation>kes {problem}; li şûna wê pêşniyarê red bike</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>redkirin sedemekê dixwaze</translation>
    </message>
    <message>
        <source>case {case_no}: {warning}</source>
        <translation>dosye {case_no}: {warning}</translation>
    </message>
    <message>
        <source>proposed batch {batch_id}</source>
        <translation>koma pêşniyarkirî {batch_id}</translation>
    </message>
    <message>
        <source>the batch is already {state}; only proposals can be approved or rejected</source>
        <translation>kom jixwe {state} e; tenê pêşniyar dikarin werin pejirandin an redkirin</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>û {count} yên din</translation>
    </message>
    <message>
        <source>{name} is a server database: back it up with the server&apos;s own tools (pg_dump, and pg_restore or psql to restore); Case Tracker copies SQLite files only</source>
        <translation>{name} danegeheke serverê ye: bi amûrên serverê bi xwe paşekefta wê çêke (pg_dump, û ji bo vegerandinê pg_restore an psql); Case Tracker tenê pelên SQLite kopî dike</translation>
    </message>
    <message>
        <source>the file already exists; nothing was written</source>
        <translation>pel jixwe heye; tiştek nehate nivîsandin</translation>
    </message>
    <message>
        <source>a backup cannot replace the database itself</source>
        <translation>paşekeft nikare şûna danegehê bi xwe bigire</translation>
    </message>
    <message>
        <source>cannot write the backup to {destination}: {strerror}; nothing was written</source>
        <translation>paşekeft nayê nivîsandin li {destination}: {strerror}; tiştek nehate nivîsandin</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>danegeh</translation>
    </message>
    <message>
        <source>restore takes plain SQLite files only, not encrypted ones</source>
        <translation>vegerandin tenê pelên SQLite yên sade digire, ne yên şîfrekirî</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>paşekeft danegeh bi xwe ye</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problems}. Nothing was replaced.</source>
        <translation>{name} nayê vegerandin: {problems}. Tiştek nehate guhertin.</translation>
    </message>
    <message>
        <source>restore failed: {strerror}; nothing was replaced</source>
        <translation>vegerandin bi ser neket: {strerror}; tiştek nehate guhertin</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>li {path} tu danegeh tune</translation>
    </message>
    <message>
        <source>no such case</source>
        <translation>dosyeyeke wiha tune</translation>
    </message>
    <message>
        <source>already has a decision under this amnesty</source>
        <translation>jixwe di bin vê lêborînê de biryarek heye</translation>
    </message>
    <message>
        <source>the amnesty&apos;s rules do not select this person (decide one by one)</source>
        <translation>rêzikên lêborînê vî kesî hilnabijêrin (yek bi yek biryar bide)</translation>
    </message>
    <message>
        <source>is not held (status {status})</source>
        <translation>ne girtî ye (rewş {status})</translation>
    </message>
    <message>
        <source>No such facility</source>
        <translation>Sazgeheke wiha tune</translation>
    </message>
    <message>
        <source>case {case_no}</source>
        <translation>dosye {case_no}</translation>
    </message>
    <message>
        <source>Another case has this number</source>
        <translation>Dosyeyeke din xwedî vê hejmarê ye</translation>
    </message>
    <message>
        <source>Use Transfer to move a person: it records where they were</source>
        <translation>Ji bo barkirina kesekî Veguhestinê bi kar bîne: ew tomar dike ku ew li ku bû</translation>
    </message>
    <message>
        <source>category {name!r}</source>
        <translation>kategorî {name!r}</translation>
    </message>
    <message>
        <source>{count:,} people</source>
        <translation>{count:,} kes</translation>
    </message>
    <message>
        <source>{count:,} headcount parts</source>
        <translation>{count:,} beşên serjimarê</translation>
    </message>
    <message>
        <source>{count:,} reported totals</source>
        <translation>{count:,} tevahiyên ragihandî</translation>
    </message>
    <message>
        <source>{count:,} subcategories</source>
        <translation>{count:,} binkategorî</translation>
    </message>
    <message>
        <source>in use by {names}; not deleted</source>
        <translation>ji aliyê {names} ve tê bikaranîn; nehate jêbirin</translation>
    </message>
    <message>
        <source>changed by someone else since you opened it</source>
        <translation>ji dema ku te ew vekir ve kesekî din ew guhert</translation>
    </message>
    <message>
        <source>Your login may not change {what} (the database refused it)</source>
        <translation>Têketina te nikare {what} biguherîne (danegehê ew red kir)</translation>
    </message>
    <message>
        <source>{display_name} is not a Case Tracker database (or it is encrypted)</source>
        <translation>{display_name} ne danegeheke Case Tracker e (an şîfrekirî ye)</translation>
    </message>
    <message>
        <source>cannot open {display_name}: {message}</source>
        <translation>{display_name} venabe: {message}</translation>
    </message>
    <message>
        <source>schema {revision}</source>
        <translation>şema {revision}</translation>
    </message>
    <message>
        <source>schema {before} → {after}</source>
        <translation>şema {before} → {after}</translation>
    </message>
    <message>
        <source>moved {source} into {target} as {login} ({schema}), in one transaction:</source>
        <translation>{source} wek {login} ({schema}) bi yek danûstandinê hate veguhestin nav {target}:</translation>
    </message>
    <message>
        <source>the schema, with the server&apos;s roles, grants and triggers (it had no tables)</source>
        <translation>şema, bi rol, destûr û tetikên serverê (tabloyên wê tune bûn)</translation>
    </message>
    <message>
        <source>{count:,} {kind}</source>
        <translation>{count:,} {kind}</translation>
    </message>
    <message>
        <source>done in {seconds:,.1f} s</source>
        <translation>di {seconds:,.1f} s de qediya</translation>
    </message>
    <message>
        <source>the file&apos;s accounts are not server logins and were not made into any (the history keeps which role each had):</source>
        <translation>hesabên pelê ne têketinên serverê ne û ji wan tu têketin nehat çêkirin (dîrok rola her yekê diparêze):</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>bê rol</translation>
    </message>
    <message>
        <source>{login}: {role} (disabled)</source>
        <translation>{login}: {role} (neçalak)</translation>
    </message>
    <message>
        <source>{login}: {role}</source>
        <translation>{login}: {role}</translation>
    </message>
    <message>
        <source>{login}: not a valid login name on a server; choose another for them</source>
        <translation>{login}: li serverê ne navekî têketinê yê derbasdar e; navekî din jê re hilbijêre</translation>
    </message>
    <message>
        <source>to let them work on the server, its owner or an administrator creates their logins, each with a password read from standard input:</source>
        <translation>da ku ew li serverê bixebitin, xwediyê wê an rêveberek têketinên wan çêdike, her yek bi şîfreyeke ku ji têketina standard tê xwendin:</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>vala ye</translation>
    </message>
    <message>
        <source>has at most {max} characters</source>
        <translation>herî zêde {max} tîpan digire</translation>
    </message>
    <message>
        <source>holds invisible control or direction characters</source>
        <translation>tîpên kontrolê an rêgehê yên nexuya tê de hene</translation>
    </message>
    <message>
        <source>holds spaces other than single spaces between words</source>
        <translation>valahiyên ji bilî valahiyeke tenê di navbera peyvan de tê de hene</translation>
    </message>
    <message>
        <source>holds compatibility forms (such as fullwidth letters): a look-alike of another name</source>
        <translation>şêweyên lihevhatinê (wek tîpên firehiya tevahî) tê de hene: dişibe navekî din</translation>
    </message>
    <message>
        <source>holds the character {ch!r}, which no account name has</source>
        <translation>tîpa {ch!r} tê de ye, ku di tu navê hesabê de nîne</translation>
    </message>
    <message>
        <source>mixes scripts ({scripts}): a letter of one can pass for another&apos;s</source>
        <translation>alfabeyan tevlihev dike ({scripts}): tîpeke yekê dikare wek ya yeke din xuya bike</translation>
    </message>
    <message>
        <source>mixes digits of two systems: one can pass for another</source>
        <translation>hejmarên du pergalan tevlihev dike: yek dikare wek ya din xuya bike</translation>
    </message>
    <message>
        <source>has no letter or digit</source>
        <translation>tu tîp an hejmar tê de nîne</translation>
    </message>
    <message>
        <source>the approval settings were changed by someone else since you opened them; nothing was saved. Open them again to see their changes</source>
        <translation>piştî ku te mîhengên pejirandinê vekirin, kesekî din ew guhertin; tiştek nehate tomarkirin. Wan dîsa veke da ku guhertinên wî bibînî</translation>
    </message>
    <message>
        <source>the sentence or a pending decision changed since the list was reviewed; review the list again</source>
        <translation>piştî ku lîste hate nirxandin ceza an biryareke li bendê guherî; lîsteyê dîsa binirxîne</translation>
    </message>
    <message>
        <source>the save</source>
        <translation>Tomarkirin</translation>
    </message>
    <message>
        <source>cannot create {path}: {strerror}</source>
        <translation>{path} nayê çêkirin: {strerror}</translation>
    </message>
    <message>
        <source>{display_name} is an empty database</source>
        <translation>{display_name} danegeheke vala ye</translation>
    </message>
    <message>
        <source>cannot create {path}: {value}; nothing was created</source>
        <translation>{path} nayê çêkirin: {value}; tiştek nehate çêkirin</translation>
    </message>
    <message>
        <source>creating {path}</source>
        <translation>çêkirina {path}</translation>
    </message>
    <message>
        <source>the database or its folder is read-only; it cannot be changed here</source>
        <translation>danegeh an peldanka wê tenê-xwendin e; li vir nayê guhertin</translation>
    </message>
    <message>
        <source>cannot open {display_name} to change it: {read_only}</source>
        <translation>{display_name} ji bo guhertinê venabe: {read_only}</translation>
    </message>
    <message>
        <source>cannot read {display_name}: {orig}</source>
        <translation>{display_name} nayê xwendin: {orig}</translation>
    </message>
    <message>
        <source>{display_name} was written by an older version of Case Tracker and must be upgraded before it is read, but the database or its folder is read-only; open it once where it can be written</source>
        <translation>{display_name} bi guhertoyeke kevntir a Case Tracker hatiye nivîsandin û divê berî xwendinê were nûkirin, lê danegeh an peldanka wê tenê-xwendin e; carekê li cihekî ku dikare were nivîsandin veke</translation>
    </message>
    <message>
        <source>must be at least {min_passphrase_length} characters long</source>
        <translation>divê herî kêm {min_passphrase_length} tîp dirêj be</translation>
    </message>
    <message>
        <source>new encrypted database</source>
        <translation>danegeheke şîfrekirî ya nû</translation>
    </message>
    <message>
        <source>a database already exists there; init creates new ones only</source>
        <translation>li wir jixwe danegehek heye; init tenê yên nû çêdike</translation>
    </message>
    <message>
        <source>the server database is not empty</source>
        <translation>danegeha serverê ne vala ye</translation>
    </message>
    <message>
        <source>--cases must be at least 1, not {count}</source>
        <translation>--cases divê herî kêm 1 be, ne {count}</translation>
    </message>
    <message>
        <source>--cases must be at most {demo_cases_max:,}, not {count:,}</source>
        <translation>--cases divê herî zêde {demo_cases_max:,} be, ne {count:,}</translation>
    </message>
    <message>
        <source>adding {count:,} synthetic cases</source>
        <translation>zêdekirina {count:,} dosyeyên çêkirî</translation>
    </message>
    <message>
        <source>decision {id} ({outcome}, case {case_no})</source>
        <translation>biryar {id} ({outcome}, dosye {case_no})</translation>
    </message>
    <message>
        <source>{what} was not recorded: the database refused the write ({reason}); nothing was written. Try again; if it repeats, someone else may be writing to it.</source>
        <translation>{what} nehate tomarkirin: danegehê nivîsandin red kir ({reason}); tiştek nehate nivîsandin. Dîsa biceribîne; heke dubare bibe, dibe ku kesekî din tê de dinivîse.</translation>
    </message>
    <message>
        <source>the amnesty&apos;s stored rules are not valid ({exc}); correct them first</source>
        <translation>rêzikên lêborînê yên tomarkirî ne derbasdar in ({exc}); pêşî wan rast bike</translation>
    </message>
    <message>
        <source>already has a proposed decision under this amnesty ({outcome}, decision {id}, proposed by {proposed_by}), waiting for approval; it must be approved or rejected first</source>
        <translation>jixwe di bin vê lêborînê de biryareke pêşniyarkirî heye ({outcome}, biryar {id}, ji aliyê {proposed_by} ve hatiye pêşniyarkirin), li benda pejirandinê ye; divê pêşî were pejirandin an redkirin</translation>
    </message>
    <message>
        <source>already has a decision under this amnesty ({outcome} on {date}, decision {id}); revoke it first to decide again</source>
        <translation>jixwe di bin vê lêborînê de biryarek heye ({outcome} di {date} de, biryar {id}); ji bo dîsa biryardanê pêşî wê betal bike</translation>
    </message>
    <message>
        <source>the amnesty&apos;s criteria exclude this person ({exclusions}): to decide anyway, give the reason for the override</source>
        <translation>pîvanên lêborînê vî kesî derdixin ({exclusions}): ji bo ku dîsa jî biryar bidî, sedema derbaskirinê bide</translation>
    </message>
    <message>
        <source>case {case_no} under amnesty {amnesty_title!r}</source>
        <translation>dosye {case_no} di bin lêborîna {amnesty_title!r} de</translation>
    </message>
    <message>
        <source>the person or their decisions under this amnesty changed since the preview was shown; nothing was written. Check the new preview and save again</source>
        <translation>piştî ku pêşdîtin hate nîşandan kes an biryarên wî di vê lêborînê de guherîn; tiştek nehate nivîsandin. Pêşdîtina nû kontrol bike û dîsa tomar bike</translation>
    </message>
    <message>
        <source>someone else recorded a decision for this person under this amnesty meanwhile; nothing was written</source>
        <translation>di vê navberê de kesekî din ji bo vî kesî di bin vê lêborînê de biryarek tomar kir; tiştek nehate nivîsandin</translation>
    </message>
    <message>
        <source>no list named {kind!r}; one of: {names}</source>
        <translation>lîsteyeke bi navê {kind!r} tune; yek ji: {names}</translation>
    </message>
    <message>
        <source>cannot write the file: {strerror}</source>
        <translation>pel nayê nivîsandin: {strerror}</translation>
    </message>
    <message>
        <source>cannot write the file: {value}; nothing was written</source>
        <translation>pel nayê nivîsandin: {value}; tiştek nehate nivîsandin</translation>
    </message>
    <message>
        <source>Another facility here is already called this</source>
        <translation>Sazgeheke din li vir jixwe bi vî navî ye</translation>
    </message>
    <message>
        <source>No such source</source>
        <translation>Çavkaniyeke wiha tune</translation>
    </message>
    <message>
        <source>This facility already has a headcount from this source on this date: change that one instead</source>
        <translation>Ji vê sazgehê re ji vê çavkaniyê di vê dîrokê de jixwe serjimarek heye: li şûna wê, wê biguherîne</translation>
    </message>
    <message>
        <source>headcount of {date}</source>
        <translation>serjimara {date}</translation>
    </message>
    <message>
        <source>on a server database the identity is the login; it cannot be chosen</source>
        <translation>li ser danegeheke serverê nasname têketin e; nayê hilbijartin</translation>
    </message>
    <message>
        <source>a display name has at most {max_name} characters</source>
        <translation>navê xuyakirinê herî zêde {max_name} tîp e</translation>
    </message>
    <message>
        <source>no facility with this name under {parent}</source>
        <translation>li bin {parent} sazgeheke bi vî navî tune</translation>
    </message>
    <message>
        <source>no facility with this name at the top level</source>
        <translation>li asta jorîn sazgeheke bi vî navî tune</translation>
    </message>
    <message>
        <source>more than one facility has this name under {parent}</source>
        <translation>li bin {parent} ji yekê zêdetir sazgeh bi vî navî ne</translation>
    </message>
    <message>
        <source>more than one facility has this name at the top level</source>
        <translation>li asta jorîn ji yekê zêdetir sazgeh bi vî navî ne</translation>
    </message>
    <message>
        <source>appears twice in the file (also row {row})</source>
        <translation>di pelê de du caran xuya dibe (rêz {row} jî)</translation>
    </message>
    <message>
        <source>a case with this number already exists with other values; import adds records and never changes them</source>
        <translation>dosyeyeke bi vê hejmarê bi nirxên din jixwe heye; têxistin tomaran zêde dike û qet naguherîne</translation>
    </message>
    <message>
        <source>no category with this code</source>
        <translation>kategoriyeke bi vê kodê tune</translation>
    </message>
    <message>
        <source>a facility with this name and parent already exists with other values; import adds records and never changes them</source>
        <translation>sazgeheke bi vî navî û dêûbavî bi nirxên din jixwe heye; têxistin tomaran zêde dike û qet naguherîne</translation>
    </message>
    <message>
        <source>no facility with this name, in the database or the file</source>
        <translation>sazgeheke bi vî navî tune, ne di danegehê de ne jî di pelê de</translation>
    </message>
    <message>
        <source>more than one facility has this name</source>
        <translation>ji yekê zêdetir sazgeh bi vî navî ne</translation>
    </message>
    <message>
        <source>the parents of these rows form a loop</source>
        <translation>dêûbavên van rêzan xelekekê çêdikin</translation>
    </message>
    <message>
        <source>no amnesty with this title</source>
        <translation>lêborîneke bi vî sernavî tune</translation>
    </message>
    <message>
        <source>no case with this number (import the cases first)</source>
        <translation>dosyeyeke bi vê hejmarê tune (pêşî dosyeyan têxe)</translation>
    </message>
    <message>
        <source>this person already has a final decision under this amnesty</source>
        <translation>vî kesî jixwe di bin vê lêborînê de biryareke dawî heye</translation>
    </message>
    <message>
        <source>a second final decision for this person and amnesty (also row {row})</source>
        <translation>biryareke dawî ya duyem ji bo vî kesî û lêborînê (rêz {row} jî)</translation>
    </message>
    <message>
        <source>is required for a source code new to the database</source>
        <translation>ji bo koda çavkaniyeke nû ya danegehê pêwîst e</translation>
    </message>
    <message>
        <source>the same headcount appears twice (also row {row})</source>
        <translation>heman serjimar du caran xuya dibe (rêz {row} jî)</translation>
    </message>
    <message>
        <source>a headcount of this facility from this source on this date already exists with other values; import adds records and never changes them</source>
        <translation>serjimarek ji vê sazgehê ji vê çavkaniyê di vê dîrokê de bi nirxên din jixwe heye; têxistin tomaran zêde dike û qet wan naguherîne</translation>
    </message>
    <message>
        <source>cannot import {name!r}; the lists that can be imported: {importable}</source>
        <translation>{name!r} nayê têxistin; lîsteyên ku dikarin werin têxistin: {importable}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>checking {name}</source>
        <translation>kontrolkirina {name}</translation>
    </message>
    <message>
        <source>import of {name}</source>
        <translation>têxistina {name}</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>çavkanî</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>sazgeh</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>kategorî</translation>
    </message>
    <message>
        <source>headcounts</source>
        <translation>serjimar</translation>
    </message>
    <message>
        <source>headcounts by category</source>
        <translation>serjimar li gorî kategoriyê</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dosye</translation>
    </message>
    <message>
        <source>search words</source>
        <translation>peyvên lêgerînê</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>veguhestin</translation>
    </message>
    <message>
        <source>amnesties</source>
        <translation>lêborîn</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>biryar</translation>
    </message>
    <message>
        <source>reported totals</source>
        <translation>tevahiyên raporkirî</translation>
    </message>
    <message>
        <source>history rows</source>
        <translation>rêzên dîrokê</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>mîheng</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>hesab</translation>
    </message>
    <message>
        <source>{name} is encrypted, or is not an SQLite file at all: moving an encrypted backup to a server is not supported yet. Nothing was written.</source>
        <translation>{name} şîfrekirî ye, an qet ne pelekî SQLite ye: veguhestina paşekefteke şîfrekirî bo serverê hîn nayê piştgirîkirin. Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>{name} cannot be moved to the server: {problems}. Nothing was written.</source>
        <translation>{name} nikare bo serverê were veguhestin: {problems}. Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>{name} cannot be moved to the server: {why}. Nothing was written.</source>
        <translation>{name} nikare bo serverê were veguhestin: {why}. Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>moving records into a server database changes its schema, which only its owner may do: {login} is not the owner of {name} (its owner is {owner}); run restore as {owner}. Nothing was written.</source>
        <translation>veguhestina tomaran nav danegeheke serverê şema wê diguherîne, ku tenê xwediyê wê dikare bike: {login} ne xwediyê {name} e (xwediyê wê {owner} e); restore wek {owner} bixebitîne. Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>{name} holds tables that are not Case Tracker&apos;s ({tables}): records are moved only into an empty database. Nothing was written.</source>
        <translation>di {name} de tabloyên ku ne yên Case Tracker in hene ({tables}): tomar tenê nav danegeheke vala tên veguhestin. Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>{name} has tables but no schema version: not an empty Case Tracker database. Nothing was written.</source>
        <translation>di {name} de tablo hene lê guhertoya şemayê tune: ne danegeheke Case Tracker a vala ye. Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>{name} was set up by a newer Case Tracker (schema {revision}). Nothing was written.</source>
        <translation>{name} ji hêla Case Trackereke nûtir ve hate sazkirin (şema {revision}). Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>{name} is not empty: it holds {held}. Records are moved only into an empty database: as its owner, create a new one (CREATE DATABASE … OWNER …) and restore into it before anyone opens it (opening an empty database sets it up with the demonstration records). Nothing was written.</source>
        <translation>{name} ne vala ye: {held} tê de hene. Tomar tenê nav danegeheke vala tên veguhestin: wek xwediyê wê, yeke nû çêke (CREATE DATABASE … OWNER …) û berî ku kes wê veke tê de restore bike (vekirina danegeheke vala wê bi tomarên nimûneyî saz dike). Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>triggers left disabled: {triggers}; nothing was written</source>
        <translation>tetik neçalak man: {triggers}; tiştek nehate nivîsandin</translation>
    </message>
    <message>
        <source>unknown report {kind!r}; choose one of {names}</source>
        <translation>rapora nenas {kind!r}; yek ji {names} hilbijêre</translation>
    </message>
    <message>
        <source>unknown language {lang!r}; choose one of {names}</source>
        <translation>zimanê nenas {lang!r}; yek ji {names} hilbijêre</translation>
    </message>
    <message>
        <source>the amnesty outcomes report needs an amnesty: its id or exact title</source>
        <translation>rapora encamên lêborînê lêborînekê dixwaze: nasnameya wê an sernavê wê yê rast</translation>
    </message>
    <message>
        <source>the case sheet needs a case number</source>
        <translation>pelê dosyeyê hejmareke dosyeyê dixwaze</translation>
    </message>
    <message>
        <source>the roster needs a facility or section: its id or exact name</source>
        <translation>lîsteya navan sazgehek an beşek dixwaze: nasnameya wê an navê wê yê rast</translation>
    </message>
    <message>
        <source>the {kind} as {lower}</source>
        <translation>{kind} wek {lower}</translation>
    </message>
    <message>
        <source>{count} facilities are named {text!r} (ids {ids}); give the id instead</source>
        <translation>{count} sazgeh bi navê {text!r} ne (nasname {ids}); li şûna wê nasnameyê bide</translation>
    </message>
    <message>
        <source>a revocation needs a reason</source>
        <translation>betalkirin sedemekê dixwaze</translation>
    </message>
    <message>
        <source>already revoked on {revoked_at:%Y-%m-%d} by {revoked_by}</source>
        <translation>jixwe di {revoked_at:%Y-%m-%d} de ji aliyê {revoked_by} ve hate betalkirin</translation>
    </message>
    <message>
        <source>the decision was rejected; there is nothing to revoke</source>
        <translation>biryar hate redkirin; tiştek tune ku were betalkirin</translation>
    </message>
    <message>
        <source>the person&apos;s status is now {status!r}, not &apos;released&apos; as this decision set it; it was changed since, so the release cannot be reversed safely. Correct the case first.</source>
        <translation>rewşa kes niha {status!r} e, ne &apos;berdayî&apos; wek ku vê biryarê danî; ji wê demê ve hatiye guhertin, ji ber vê yekê berdan bi ewlehî nayê paşvegerandin. Pêşî dosyeyê rast bike.</translation>
    </message>
    <message>
        <source>the person was transferred after this decision; the release cannot be reversed safely</source>
        <translation>kes piştî vê biryarê hate veguhestin; berdan bi ewlehî nayê paşvegerandin</translation>
    </message>
    <message>
        <source>a later decision ({later}) changed this person; revoke it first</source>
        <translation>biryareke paşê ({later}) ev kes guhert; pêşî wê betal bike</translation>
    </message>
    <message>
        <source>the sentence end is now {now}, not {value} as this reduction set it; it was changed since, so the reduction cannot be reversed safely</source>
        <translation>dawiya cezayê niha {now} e, ne {value} wek ku vê kêmkirinê danî; ji wê demê ve hatiye guhertin, ji ber vê yekê kêmkirin bi ewlehî nayê paşvegerandin</translation>
    </message>
    <message>
        <source>a later decision ({later}) changed this person&apos;s sentence; revoke it first</source>
        <translation>biryareke paşê ({later}) cezaya vî kesî guhert; pêşî wê betal bike</translation>
    </message>
    <message>
        <source>the file must end in .csv or .xlsx, not {value}</source>
        <translation>divê pel bi .csv an .xlsx biqede, ne {value}</translation>
    </message>
    <message>
        <source>not a CSV text file: it holds zero bytes but is not UTF-16 text; save it as CSV UTF-8</source>
        <translation>ne pelê nivîsê yê CSV ye: baytên sifir tê de hene lê ne nivîsa UTF-16 ye; wek CSV UTF-8 tomar bike</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({name})</source>
        <translation>ne pirtûka xebatê ya XLSX a xwendbar e ({name})</translation>
    </message>
    <message>
        <source>refused before reading: the workbook has {count:,} parts, more than {workbook_parts_max:,}</source>
        <translation>berî xwendinê hate redkirin: pirtûka xebatê {count:,} beş hene, ji {workbook_parts_max:,} zêdetir</translation>
    </message>
    <message>
        <source>refused before reading: the workbook unpacks to {inflated:,} bytes, more than the {workbook_inflated_max:,} an import reads; split the list into smaller files</source>
        <translation>berî xwendinê hate redkirin: pirtûka xebatê vedibe heta {inflated:,} bayt, ji {workbook_inflated_max:,} ku têxistin dixwîne zêdetir; lîsteyê li pelên biçûktir parve bike</translation>
    </message>
    <message>
        <source>refused before reading: {filename} unpacks from {compress_size:,} to {file_size:,} bytes ({ratio:,.0f} to 1), far more than a spreadsheet (at most {inflation_ratio_max} to 1); the file is damaged or made to exhaust memory</source>
        <translation>berî xwendinê hate redkirin: {filename} ji {compress_size:,} heta {file_size:,} baytan vedibe ({ratio:,.0f} li 1), ji tabloyekê gelek zêdetir (herî zêde {inflation_ratio_max} li 1); pel xirabûyî ye an ji bo valakirina bîrê hatiye çêkirin</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>pelekî wiha tune</translation>
    </message>
    <message>
        <source>row 1 (the header): {csv_problem}</source>
        <translation>rêz 1 (serî): {csv_problem}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula saved without its value (the file was written by a program that does not calculate); open the file in a spreadsheet program and save it again, or type the value instead</source>
        <translation>di şaneya {cell} de formulek bê nirxa xwe hatiye tomarkirin (pel ji hêla bernameyeke ku hesab nake ve hatiye nivîsandin); pelê di bernameyeke tabloyan de veke û dîsa tomar bike, an li şûna wê nirxê binivîse</translation>
    </message>
    <message>
        <source>the workbook holds values on another sheet ({sheet}) besides the first; import reads one sheet only: put the list on one sheet and remove the others</source>
        <translation>di pirtûka xebatê de ji bilî ya yekem li ser pelgeyeke din ({sheet}) nirx hene; têxistin tenê pelgeyekê dixwîne: lîsteyê deyne ser yek pelgeyê û yên din rake</translation>
    </message>
    <message>
        <source>not a readable {kind} ({name})</source>
        <translation>ne {kind} a xwendbar e ({name})</translation>
    </message>
    <message>
        <source>refused: the sheet declares {height:,} rows and {width:,} columns; a sheet holds at most {sheet_rows_max:,} rows and {sheet_columns_max:,} columns</source>
        <translation>hate redkirin: pel {height:,} rêz û {width:,} stûnan radigihîne; pelek herî zêde {sheet_rows_max:,} rêz û {sheet_columns_max:,} stûnan digire</translation>
    </message>
    <message>
        <source>refused: the sheet has more than {sheet_rows_max:,} rows or {sheet_columns_max:,} columns, the most a sheet holds</source>
        <translation>hate redkirin: pel ji {sheet_rows_max:,} rêzan an {sheet_columns_max:,} stûnan zêdetir heye, ya herî zêde ku pelek digire</translation>
    </message>
    <message>
        <source>refused: the sheet declares {count:,} rows; a sheet holds at most {sheet_rows_max:,}</source>
        <translation>hate redkirin: pel {count:,} rêzan radigihîne; pelek herî zêde {sheet_rows_max:,} digire</translation>
    </message>
    <message>
        <source>row {count} (line {line_num}): {csv_problem}</source>
        <translation>rêz {count} (rêzika {line_num}): {csv_problem}</translation>
    </message>
    <message>
        <source>starts with {group_prefix}</source>
        <translation>bi {group_prefix} dest pê dike</translation>
    </message>
    <message>
        <source>not an account name: {login!r} {fault}</source>
        <translation>ne navê hesabekî ye: {login!r} {fault}</translation>
    </message>
    <message>
        <source>not a valid login name: {login!r} (letters, digits, _ . @ -, at most 63 characters, starting with a letter; not starting with {group_prefix})</source>
        <translation>ne navê têketinê yê derbasdar e: {login!r} (tîp, reqem, _ . @ -, herî zêde 63 tîp, bi tîpekê dest pê dike; bi {group_prefix} dest pê nake)</translation>
    </message>
    <message>
        <source>a password has at least {min_password} characters</source>
        <translation>şîfre herî kêm {min_password} tîp e</translation>
    </message>
    <message>
        <source>user {name}</source>
        <translation>bikarhêner {name}</translation>
    </message>
    <message>
        <source>a SQLite file has no passwords: the operating system authenticates the account</source>
        <translation>pelê SQLite şîfre tune: pergala xebatê hesabê piştrast dike</translation>
    </message>
    <message>
        <source>the file already knows this account, as {known} (the system does not tell the case of its names apart)</source>
        <translation>pel vî hesabî jixwe wek {known} nas dike (pergal tîpên mezin û biçûk ên navan ji hev cuda nake)</translation>
    </message>
    <message>
        <source>the file already knows this account</source>
        <translation>pel jixwe vî hesabî nas dike</translation>
    </message>
    <message>
        <source>you cannot {what} yourself; ask another administrator</source>
        <translation>tu nikarî xwe {what}; ji gerînendeyekî din bixwaze</translation>
    </message>
    <message>
        <source>the user is already disabled</source>
        <translation>bikarhêner jixwe neçalak e</translation>
    </message>
    <message>
        <source>backup of {name} failed its check: {problems}</source>
        <translation>paşekefta {name} di kontrolê de bi ser neket: {problems}</translation>
    </message>
    <message>
        <source>cannot back up {name} to {destination}: {exc}</source>
        <translation>paşekefta {name} li {destination} nayê çêkirin: {exc}</translation>
    </message>
    <message>
        <source>only SQLite files can be backed up this way</source>
        <translation>tenê pelên SQLite bi vî awayî dikarin paşekeft bibin</translation>
    </message>
    <message>
        <source>Remove the invisible control or direction characters: they hide or reorder what the name shows</source>
        <translation>tîpên kontrolê an rêgezê yên nexuya rake: ew tiştê ku nav nîşan dide vedişêrin an ji nû ve rêz dikin</translation>
    </message>
    <message>
        <source>Remove the invisible control or direction characters: they hide or reorder what the title shows</source>
        <translation>tîpên kontrolê an rêgezê yên nexuya rake: ew tiştê ku sernav nîşan dide vedişêrin an ji nû ve rêz dikin</translation>
    </message>
    <message>
        <source>{fault}; reject the proposal instead</source>
        <translation>{fault}; li şûna wê pêşniyarê red bike</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; name a file in it, for example {example}</source>
        <translation>{path} peldank e, ne pelê danegehê; navê pelekî di nav wê de bide, wek {example}</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>hinardekirin hate betalkirin; tu pel nehate nivîsandin</translation>
    </message>
    <message>
        <source>export of facilities</source>
        <translation>hinardekirina sazgehan</translation>
    </message>
    <message>
        <source>export of cases</source>
        <translation>hinardekirina dosyeyan</translation>
    </message>
    <message>
        <source>export of decisions</source>
        <translation>hinardekirina biryaran</translation>
    </message>
    <message>
        <source>export of headcounts</source>
        <translation>hinardekirina serjimaran</translation>
    </message>
    <message>
        <source>export of categories</source>
        <translation>hinardekirina kategoriyan</translation>
    </message>
    <message>
        <source>export of amnesties</source>
        <translation>hinardekirina lêborînan</translation>
    </message>
    <message>
        <source>a category cannot count more than the total</source>
        <translation>kategoriyek nikare ji giştî zêdetir bijmêre</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>anîn hate betalkirin; tiştek nehate nivîsandin</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>lîsteya girtiyan</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>pirtûka xebatê ya XLSX</translation>
    </message>
    <message>
        <source>ODS spreadsheet</source>
        <translation>tabloya ODS</translation>
    </message>
    <message>
        <source>not readable as {name} text; save the file as CSV UTF-8</source>
        <translation>wekî nivîsa {name} nayê xwendin; pelî wekî CSV UTF-8 tomar bike</translation>
    </message>
    <message>
        <source>a cell is longer than {cell_max:,} characters</source>
        <translation>şaneyek ji {cell_max:,} tîpan dirêjtir e</translation>
    </message>
    <message>
        <source>not a readable CSV row ({detail})</source>
        <translation>ne rêzeke CSV ya xwendbar e ({detail})</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {count:,} characters, more than an XLSX cell holds ({cell_max:,}); export this list as CSV; nothing was written</source>
        <translation>rêz {row}, stûn {column}: {count:,} tîp, ji ya ku şaneyeke XLSX digire zêdetir ({cell_max:,}); vê lîsteyê wekî CSV hinarde bike; tiştek nehate nivîsandin</translation>
    </message>
    <message>
        <source>foreign key: {row}</source>
        <translation>mifteya biyanî: {row}</translation>
    </message>
    <message>
        <source>backup_encrypted copies encrypted SQLite files only</source>
        <translation>backup_encrypted tenê pelên SQLite yên şîfrekirî kopî dike</translation>
    </message>
    <message>
        <source>no list named {kind!r}</source>
        <translation>lîsteyeke bi navê {kind!r} tune</translation>
    </message>
    <message>
        <source>the database is locked by another program (another Case Tracker or a tool holding a write); try again when it has finished</source>
        <translation>danegeh ji aliyê bernameyeke din ve hatiye girtin (Case Trackereke din an amûrek ku tê de dinivîse); dema ku biqede dîsa biceribîne</translation>
    </message>
    <message>
        <source>database or disk is full; free some space and try again</source>
        <translation>danegeh an dîsk tije ye; hinek cih vala bike û dîsa biceribîne</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>dîskê xeletiyeke têketin/derketinê ragihand</translation>
    </message>
    <message>
        <source>the database refused it ({text})</source>
        <translation>danegehê ew red kir ({text})</translation>
    </message>
    <message>
        <source>{action} failed: {why}. Nothing was written.</source>
        <translation>{action} bi ser neket: {why}. Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>no category with code {code!r}</source>
        <translation>kategoriyeke bi koda {code!r} tune</translation>
    </message>
    <message>
        <source>restore from a backup (the newest is {newest})</source>
        <translation>ji paşekeftekê vegerîne (ya herî nû {newest} e)</translation>
    </message>
    <message>
        <source>restore from a backup (none was found beside it)</source>
        <translation>ji paşekeftekê vegerîne (li kêleka wê yek nehate dîtin)</translation>
    </message>
    <message>
        <source>the database file is damaged; {advice}. Nothing was written.</source>
        <translation>pelê danegehê xera bûye; {advice}. Tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>wêneya danegehê ya li ser dîskê xera ye</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>pel ne danegeh e</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>pelê danegehê nayê vekirin</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>xeletiya têketin/derketina dîskê</translation>
    </message>
    <message>
        <source>not a database URL: {target!r}</source>
        <translation>ne URL-ya danegehê ye: {target!r}</translation>
    </message>
    <message>
        <source>encryption needs the SQLCipher bindings, which are not available for this platform</source>
        <translation>şîfrekirin girêdanên SQLCipher dixwaze, ku ji bo vê platformê tune ne</translation>
    </message>
    <message>
        <source>migration {name} names no revision</source>
        <translation>koçkirina {name} navê tu revîzyonê nade</translation>
    </message>
    <message>
        <source>the migrations have {count} heads; expected one</source>
        <translation>koçkirinan {count} serî hene; yek dihat hêvîkirin</translation>
    </message>
    <message>
        <source>{display_name} was written by a newer Case Tracker (schema {current}; this one knows schema {head} at most): update the application to open it; nothing was changed</source>
        <translation>{display_name} bi Case Trackereke nûtir hatiye nivîsandin (şema {current}; ev herî zêde şema {head} nas dike): ji bo vekirinê sepanê nû bike; tiştek nehate guhertin</translation>
    </message>
    <message>
        <source>the database has tables but no schema version: not a Case Tracker file</source>
        <translation>di danegehê de tablo hene lê guhertoya şemayê tune: ne pelê Case Tracker e</translation>
    </message>
    <message>
        <source>a folder, not a backup file</source>
        <translation>peldank e, ne pelê paşekeftê</translation>
    </message>
    <message>
        <source>cannot read it: {strerror}</source>
        <translation>nayê xwendin: {strerror}</translation>
    </message>
    <message>
        <source>not an SQLite database (or an encrypted one, which restore does not take)</source>
        <translation>ne danegeheke SQLite ye (an yeke şîfrekirî ye, ku vegerandin wê nagire)</translation>
    </message>
    <message>
        <source>not a Case Tracker database (no tables {names})</source>
        <translation>ne danegeheke Case Tracker e (tabloyên {names} tune ne)</translation>
    </message>
    <message>
        <source>it has no schema revision</source>
        <translation>revîzyona şemayê tune ye</translation>
    </message>
    <message>
        <source>its schema ({revision}) is from a newer or unknown version of Case Tracker</source>
        <translation>şemaya wê ({revision}) ji guhertoyeke nûtir an nenas a Case Tracker e</translation>
    </message>
    <message>
        <source>an incomplete Case Tracker database (no tables {names})</source>
        <translation>danegeheke Case Tracker a netemam (tabloyên {names} tune ne)</translation>
    </message>
    <message>
        <source>the copy of the backup failed its check: {problems}</source>
        <translation>kopiya paşekeftê di kontrolê de bi ser neket: {problems}</translation>
    </message>
    <message>
        <source>the restored database failed its check: {problems}</source>
        <translation>danegeha vegerandî di kontrolê de bi ser neket: {problems}</translation>
    </message>
    <message>
        <source>restore failed: {exc}; the database was not replaced</source>
        <translation>vegerandin bi ser neket: {exc}; danegeh nehate guhertin</translation>
    </message>
    <message>
        <source>table {table}: the copied rows break its rule {rule} ({why})</source>
        <translation>tablo {table}: rêzên kopîkirî qaîdeya wê {rule} dişkînin ({why})</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>daneyên binary</translation>
    </message>
    <message>
        <source>not a date as Case Tracker writes one: {value!r}</source>
        <translation>ne dîrokek wek ku Case Tracker dinivîse: {value!r}</translation>
    </message>
    <message>
        <source>table {table}, row {key}: the server refused it ({why})</source>
        <translation>tablo {table}, rêz {key}: server ew red kir ({why})</translation>
    </message>
    <message>
        <source>table {table}, row {key}, column {column}: the server refused it ({why})</source>
        <translation>tablo {table}, rêz {key}, stûn {column}: server ew red kir ({why})</translation>
    </message>
    <message>
        <source>table {table}: the server refused its rows ({why})</source>
        <translation>tablo {table}: server rêzên wê red kirin ({why})</translation>
    </message>
    <message>
        <source>amnesty</source>
        <translation>lêborîn</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategorî</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>biryar</translation>
    </message>
    <message>
        <source>proposed batch</source>
        <translation>koma pêşniyarkirî</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bikarhêner</translation>
    </message>
    <message>
        <source>read records</source>
        <translation>tomaran bixwîne</translation>
    </message>
    <message>
        <source>preview and print reports</source>
        <translation>raporan pêşdîtin û çap bike</translation>
    </message>
    <message>
        <source>edit facilities, headcounts, cases and transfers</source>
        <translation>sazgeh, serjimar, dosye û veguhestinan biguherîne</translation>
    </message>
    <message>
        <source>import lists</source>
        <translation>lîsteyan têxe</translation>
    </message>
    <message>
        <source>propose decisions</source>
        <translation>biryaran pêşniyar bike</translation>
    </message>
    <message>
        <source>export lists of people</source>
        <translation>lîsteyên kesan derxe</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>biryaran bipejirîne</translation>
    </message>
    <message>
        <source>revoke decisions</source>
        <translation>biryaran betal bike</translation>
    </message>
    <message>
        <source>change a person&apos;s status or sentence outside an approved decision</source>
        <translation>rewş an cezaya kesekî li derveyî biryareke pejirandî biguherîne</translation>
    </message>
    <message>
        <source>edit amnesties and their rules</source>
        <translation>lêborîn û rêzikên wan biguherîne</translation>
    </message>
    <message>
        <source>edit the category tree</source>
        <translation>dara kategoriyan biguherîne</translation>
    </message>
    <message>
        <source>manage users and roles</source>
        <translation>bikarhêner û rolan birêve bibe</translation>
    </message>
    <message>
        <source>change approval settings</source>
        <translation>mîhengên pejirandinê biguherîne</translation>
    </message>
    <message>
        <source>back up, restore or migrate the database</source>
        <translation>paşekefta danegehê çêke, vegerîne an koç bike</translation>
    </message>
    <message>
        <source>date of the count</source>
        <translation>dîroka jimartinê</translation>
    </message>
    <message>
        <source>precision of the date</source>
        <translation>rastbûna dîrokê</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>sala jidayikbûnê</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>kapasîte</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>hejmara dosyeyê</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>dîroka biryarê</translation>
    </message>
    <message>
        <source>person</source>
        <translation>kes</translation>
    </message>
    <message>
        <source>people</source>
        <translation>kes</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>perçe</translation>
    </message>
    <message>
        <source>held since</source>
        <translation>girtî ji</translation>
    </message>
    <message>
        <source>held since before</source>
        <translation>ji berî ve girtî</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>dîroka derxistinê</translation>
    </message>
    <message>
        <source>precision of the date of issue</source>
        <translation>rastbûna dîroka derxistinê</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>cure</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>name in Arabic</source>
        <translation>nav bi erebî</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <translation>nav bi tîpên latînî</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>hemwelatîbûn</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>encam</translation>
    </message>
    <message>
        <source>reason for the override</source>
        <translation>sedema derbaskirinê</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>di nav de</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>hevoka derbasbûnê</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>rastbûn</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>sedem</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>rêzik</translation>
    </message>
    <message>
        <source>sentence end</source>
        <translation>dawiya cezayê</translation>
    </message>
    <message>
        <source>longest sentence (months)</source>
        <translation>cezaya herî dirêj (meh)</translation>
    </message>
    <message>
        <source>sentence (months)</source>
        <translation>ceza (meh)</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>zayend</translation>
    </message>
    <message>
        <source>source</source>
        <translation>çavkanî</translation>
    </message>
    <message>
        <source>title of the source</source>
        <translation>sernavê çavkaniyê</translation>
    </message>
    <message>
        <source>status</source>
        <translation>rewş</translation>
    </message>
    <message>
        <source>title</source>
        <translation>sernav</translation>
    </message>
    <message>
        <source>facility to move to</source>
        <translation>sazgeha ku lê tê veguhestin</translation>
    </message>
    <message>
        <source>total</source>
        <translation>giştî</translation>
    </message>
    <message>
        <source>date of the transfer</source>
        <translation>dîroka veguhestinê</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>pêşniyarkirî</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>pejirandî</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>redkirî</translation>
    </message>
    <message>
        <source>“{value}”</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>NewEncryptedDatabaseDialog</name>
    <message>
        <source>New encrypted database</source>
        <translation>Danegeheke şîfrekirî ya nû</translation>
    </message>
    <message>
        <source>The new database file, its write-ahead log and its backups are encrypted with the passphrase. Without it nobody can read them — not even you: there is no way to recover a lost passphrase. Keep it somewhere safe.</source>
        <translation>Pelê danegeha nû, qeyda wê ya pêşnivîsandinê û paşekeftên wê bi hevoka derbasbûnê têne şîfrekirin. Bêyî wê kes nikare wan bixwîne — ne jî tu: ti rê tune ku hevoka derbasbûnê ya windabûyî were vegerandin. Wê li cihekî ewle biparêze.</translation>
    </message>
    <message>
        <source>File of the new database</source>
        <translation>Pelê danegeha nû</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bigere…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Pelî hilbijêre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hevoka derbasbûnê</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Dîsa hevoka derbasbûnê</translation>
    </message>
    <message>
        <source>Start with the reported figures and the synthetic demo</source>
        <translation>Bi hejmarên ragihandî û nimûneya sentetîk dest pê bike</translation>
    </message>
    <message>
        <source>Load the seed data</source>
        <translation>Daneyên destpêkê bar bike</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Pel:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hevoka derbasbûnê:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Dîsa:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Çêke</translation>
    </message>
    <message>
        <source>Create the encrypted database</source>
        <translation>Danegeha şîfrekirî çêke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>Choose where to save the new database.</source>
        <translation>Hilbijêre ku danegeha nû li ku were tomarkirin.</translation>
    </message>
    <message>
        <source>A file already exists there. Choose a new name.</source>
        <translation>Li wir jixwe pelek heye. Navekî nû hilbijêre.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Herî kêm %1 tîp.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Her du hevokên derbasbûnê ne wek hev in.</translation>
    </message>
</context>
<context>
    <name>NumberLimits</name>
    <message>
        <source>At most %1</source>
        <translation>Herî zêde %1</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Herî kêm %1</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Population over time against capacity</source>
        <translation>Hejmara kesan di demê de li hember kapasîteyê</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Reported headcount</source>
        <translation>Serjimara ragihandî</translation>
    </message>
    <message>
        <source>Held now (records)</source>
        <translation>Niha girtî (tomar)</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Kapasîte %1</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>New encrypted database</source>
        <translation>Danegeheke şîfrekirî ya nû</translation>
    </message>
    <message>
        <source>Case Tracker databases (*.db);;All files (*)</source>
        <translation>Danegehên Case Tracker (*.db);;Hemû pel (*)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Hevoka derbasbûnê</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Danegeha şîfrekirî</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation>%1 şîfrekirî ye. Ji bo vekirinê hevoka wê ya derbasbûnê binivîse.</translation>
    </message>
    <message>
        <source>That passphrase does not open it. Try again.</source>
        <translation>Ev hevoka derbasbûnê wê venake. Dîsa biceribîne.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hevoka derbasbûnê:</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>Danegehê veke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>viewer</source>
        <translation>temaşevan</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>karmend</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>kontrolker</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>gerînende</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tune</translation>
    </message>
    <message>
        <source>Needs the %1 role; your role is %2.</source>
        <translation>Rola %1 pêwîst e; rola te: %2.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Case number or name, then pick from the list</source>
        <translation>Hejmara dosyeyê an nav, paşê ji lîsteyê hilbijêre</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Kesên hatine dîtin</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>PDF document</source>
        <translation>Belgeya PDF</translation>
    </message>
    <message>
        <source>CSV table (UTF-8)</source>
        <translation>Tabloya CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Pirtûka xebatê ya Excel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Çap bike</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Raporê çap bike</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pêşdîtina çapê</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Proposal</source>
        <translation>Pêşniyar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Pêşniyarker</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Dîroka pêşniyarê</translation>
    </message>
    <message>
        <source>You proposed this; another reviewer must approve it.</source>
        <translation>Te ev pêşniyar kir; divê kontrolkerekî din wê bipejirîne.</translation>
    </message>
    <message>
        <source>Apply amnesty: %1 people</source>
        <translation>Sepandina lêborînê: %1 kes</translation>
    </message>
</context>
<context>
    <name>QTableView</name>
    <message>
        <source>Columns of %1</source>
        <translation>Stûnên %1</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Save filters</source>
        <translation>Parzûnan tomar bike</translation>
    </message>
    <message>
        <source>Name of this set of filters:</source>
        <translation>Navê vê koma parzûnan:</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <source>Counted from records</source>
        <translation>Ji tomaran hatiye jimartin</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Ragihandî</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Cudahî</translation>
    </message>
    <message>
        <source>Reported as of</source>
        <translation>Dîroka ragihandinê</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Çavkanî</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation>Guherandina %1</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Pirsgirêk bi %1 re</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The person is now %1, no longer held as when the release was proposed.</source>
        <translation>Rewşa kesî niha bûye %1; êdî ne girtî ye wek dema ku berdan hate pêşniyarkirin.</translation>
    </message>
    <message>
        <source>The sentence end is now %1, not as when the reduction was proposed.</source>
        <translation>Dawiya cezayê niha bûye %1, ne wek dema ku kêmkirin hate pêşniyarkirin.</translation>
    </message>
    <message>
        <source>The person&apos;s status is now “%1”, not released as this decision set it: the release cannot be reversed safely. Correct the case first.</source>
        <translation>Rewşa kesî niha “%1” e, ne berdayî wek ku vê biryarê kiribû: berdan bi ewlehî nayê vegerandin. Pêşî dosyayê rast bike.</translation>
    </message>
    <message>
        <source>The person was transferred after this decision: the release cannot be reversed safely.</source>
        <translation>Kes piştî vê biryarê hate veguhestin: berdan bi ewlehî nayê vegerandin.</translation>
    </message>
    <message>
        <source>The sentence end is now %1, not %2 as this reduction set it: the reduction cannot be reversed safely.</source>
        <translation>Dawiya cezayê niha %1 e, ne %2 wek ku vê kêmkirinê danîbû: kêmkirin bi ewlehî nayê vegerandin.</translation>
    </message>
    <message>
        <source>A later decision (%1) changed this person; revoke it first.</source>
        <translation>Biryareke paşê (%1) ev kes guherand; pêşî wê betal bike.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Amnesty: %1</source>
        <translation>Lêborîn: %1</translation>
    </message>
    <message>
        <source>people in %1 and its sections</source>
        <translation>kesên li %1 û beşên wê</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sernav</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Derxer</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Daxwazkar</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Dîroka derxistinê</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Pîvan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>çavkanî nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>Decisions by category</source>
        <translation>Biryar li gorî kategoriyê</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorî</translation>
    </message>
    <message>
        <source>Decisions by facility</source>
        <translation>Biryar li gorî sazgehê</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>%1 of the counted decisions are synthetic demonstration records.</source>
        <translation>%1 ji biryarên jimartî tomarên sentetîk ên nimûneyê ne.</translation>
    </message>
    <message>
        <source>Decisions are counted under the facility and category the person has now.</source>
        <translation>Biryar di bin sazgeh û kategoriya ku kes niha tê de ye de tên jimartin.</translation>
    </message>
    <message>
        <source>Amnesty outcomes: %1</source>
        <translation>Encamên lêborînê: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3), as of %4; source %5.</source>
        <translation>%1: %2 (%3), di %4 de; çavkanî %5.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <source>Reported totals are aggregates as reported, with their precision and date. Counted figures are the decisions in force (approved, not revoked) recorded in this database for individual people when the report was generated; proposals waiting for approval are shown apart and not counted.</source>
        <translation>Tevahiyên ragihandî hejmarên giştî ne wek ku hatine ragihandin, bi hûrbûn û dîroka wan. Hejmarên jimartî biryarên di meriyetê de ne (pejirandî, ne betalkirî) ku dema rapor hate çêkirin di vê danegehê de ji bo kesên takekesî hatine tomarkirin; pêşniyarên li benda pejirandinê cuda tên nîşandan û nayên jimartin.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Pêşniyarkirî</translation>
    </message>
    <message>
        <source>Proposals waiting for approval (not counted above)</source>
        <translation>Pêşniyarên li benda pejirandinê (li jor nehatine jimartin)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Ragihandî</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Hûrbûn</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Counted from records</source>
        <translation>Ji tomaran hatiye jimartin</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Cudahî</translation>
    </message>
    <message>
        <source>Reported totals cover the whole amnesty; the counts cover the chosen facility only, so no difference is shown.</source>
        <translation>Tevahiyên ragihandî hemû lêborînê digirin; hejmarên jimartî tenê sazgeha hilbijartî digirin, ji ber vê cudahî nayê nîşandan.</translation>
    </message>
    <message>
        <source>Reported totals beside counted decisions</source>
        <translation>Tevahiyên ragihandî li kêleka biryarên jimartî</translation>
    </message>
    <message>
        <source>Reported and counted, by outcome</source>
        <translation>Ragihandî û jimartî, li gorî encamê</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Berdayî</translation>
    </message>
    <message>
        <source>Sentence reduced</source>
        <translation>Ceza kêmkirî</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Redkirî</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Li bendê</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Giştî</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>Proposed by %1 on %2, waiting for approval</source>
        <translation>Pêşniyarker: %1, di %2 de; li benda pejirandinê ye</translation>
    </message>
    <message>
        <source>Proposed by %1; rejected by %2 on %3: %4</source>
        <translation>Pêşniyarker: %1; di %3 de ji aliyê %2 ve hate redkirin: %4</translation>
    </message>
    <message>
        <source>Proposed by %1; approved by %2 on %3</source>
        <translation>Pêşniyarker: %1; di %3 de ji aliyê %2 ve hate pejirandin</translation>
    </message>
    <message>
        <source>In force; recorded before approval was required</source>
        <translation>Di meriyetê de; berî ku pejirandin pêwîst bibe hatiye tomarkirin</translation>
    </message>
    <message>
        <source>In force; recorded by %1 without approval</source>
        <translation>Di meriyetê de; ji aliyê %1 ve bê pejirandin hatiye tomarkirin</translation>
    </message>
    <message>
        <source>(no facility)</source>
        <translation>(bê sazgeh)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(bê kategorî)</translation>
    </message>
    <message>
        <source>Facility: %1 and its sections</source>
        <translation>Sazgeh: %1 û beşên wê</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>Sazgeh: %1</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Hemû sazgeh</translation>
    </message>
    <message>
        <source>Headcounts are reported figures, shown as reported (≈ approximate, “more than” a lower bound) with the date they refer to. People held are counted from the individual records in this database when the report was generated. Occupancy is the latest headcount, or where there is none the people counted from records, against design capacity.</source>
        <translation>Serjimar hejmarên ragihandî ne, wek ku hatine ragihandin tên nîşandan (≈ nêzîkî, “zêdetir ji” sînorê jêrîn) bi dîroka ku behsa wê dikin. Kesên girtî ji tomarên takekesî yên vê danegehê tên jimartin dema ku rapor hate çêkirin. Dagirtin serjimara dawî ye, an jî li cihê ku serjimar tune be kesên ji tomaran hatine jimartin, li hember kapasîteya plankirî.</translation>
    </message>
    <message>
        <source>Design capacity not reported, so occupancy cannot be computed: %1.</source>
        <translation>Kapasîteya plankirî nehatiye ragihandin, ji ber vê dagirtin nayê hesibandin: %1.</translation>
    </message>
    <message>
        <source>Counted from records: individual records with the status “held” in this database when the report was generated; exact counts of what is recorded.</source>
        <translation>Ji tomaran hatiye jimartin: tomarên takekesî yên bi rewşa “girtî” di vê danegehê de dema ku rapor hate çêkirin; hejmarên tam ên tiştê ku hatiye tomarkirin.</translation>
    </message>
    <message>
        <source>%1 of the facilities shown are synthetic demonstration records; their names and capacities are invented, not reported.</source>
        <translation>%1 ji sazgehên tên nîşandan tomarên sentetîk ên nimûneyê ne; nav û kapasîteyên wan hatine çêkirin, ne hatine ragihandin.</translation>
    </message>
    <message>
        <source>Occupancy by facility</source>
        <translation>Dagirtin li gorî sazgehê</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasîte</translation>
    </message>
    <message>
        <source>Latest headcount</source>
        <translation>Serjimara dawî</translation>
    </message>
    <message>
        <source>Held (records)</source>
        <translation>Girtî (tomar)</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>Dagirtin %</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Ji kapasîteyê zêdetir</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nayê zanîn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Erê</translation>
    </message>
    <message>
        <source>%1: headcount %2 (%3), as of %4; source %5.</source>
        <translation>%1: serjimar %2 (%3), di %4 de; çavkanî %5.</translation>
    </message>
    <message>
        <source>Total (%1 facilities)</source>
        <translation>Giştî (%1 sazgeh)</translation>
    </message>
    <message>
        <source>Totals count a section&apos;s headcount and capacity once, as part of its camp&apos;s; the total occupancy covers the facilities with a known capacity.</source>
        <translation>Giştî serjimar û kapasîteya beşekê carekê dihejmêrin, wek parçeyek ji yên kampa wê; dagirtina giştî sazgehên bi kapasîteya naskirî digire.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sazgeh</translation>
    </message>
    <message>
        <source>Occupancy against design capacity (%)</source>
        <translation>Dagirtin li hember kapasîteya plankirî (%)</translation>
    </message>
    <message>
        <source>Capacity (100 %)</source>
        <translation>Kapasîte (100 %)</translation>
    </message>
    <message>
        <source>detention centres on record</source>
        <translation>navendên girtinê yên tomarkirî</translation>
    </message>
    <message>
        <source>held in %1 and its sections</source>
        <translation>girtî li %1 û beşên wê</translation>
    </message>
    <message>
        <source>held in detention centres</source>
        <translation>girtî li navendên girtinê</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Hejmar</translation>
    </message>
    <message>
        <source>What was counted</source>
        <translation>Çi hate jimartin</translation>
    </message>
    <message>
        <source>Reported network figures beside counts from records</source>
        <translation>Hejmarên torê yên ragihandî li kêleka jimartinên ji tomaran</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Çile</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Sibat</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Adar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Nîsan</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Gulan</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Hezîran</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Tîrmeh</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Tebax</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Îlon</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Cotmeh</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Mijdar</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Kanûn</translation>
    </message>
    <message>
        <source>Decisions not independently approved</source>
        <translation>Biryar bi awayekî serbixwe nehatine pejirandin</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Kamp</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Girtîgeh</translation>
    </message>
    <message>
        <source>Detention centre</source>
        <translation>Navenda girtinê</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Beş</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>tam</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>nêzîkî</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>sînorê jêrîn</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>sînorê jorîn</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Girtî</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Veguhestî</translation>
    </message>
    <message>
        <source>Repatriated</source>
        <translation>Vegerandî welatê xwe</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>Reviyayî</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Miriyayî</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mêr</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Jin</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nayê zanîn</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Sentence reduced by %1</source>
        <translation>Ceza bi %1 hate kêmkirin</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>zêdetir ji %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>kêmtir ji %1</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Hate çêkirin</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Danegeh</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Parzûn</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tune)</translation>
    </message>
    <message>
        <source>Sources and precision</source>
        <translation>Çavkanî û hûrbûn</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(berdewam)</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Tu tomar tune</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Rûpel %1 ji %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Hûrgulî</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tablo %1</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: contains personal data</source>
        <translation>NIHÊNÎ: daneyên kesane dihewîne</translation>
    </message>
    <message>
        <source>Includes synthetic records</source>
        <translation>Tomarên sentetîk dihewîne</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meh</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Hejmara dosyeyê</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>Nav (bi tîpên latînî)</translation>
    </message>
    <message>
        <source>Name (Arabic script)</source>
        <translation>Nav (bi tîpên erebî)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Sala jidayikbûnê</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Hemwelatîbûn</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Girtî ji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Charge summary</source>
        <translation>Kurteya tawanbariyê</translation>
    </message>
    <message>
        <source>Accused of a violent crime</source>
        <translation>Bi sûcekî tundiyê tê tawanbarkirin</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Ceza</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Destpêka cezayê</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Dawiya cezayê</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Têbînî</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Synthetic demonstration record; not a real person.</source>
        <translation>Tomareke sentetîk a nimûneyê; ne kesekî rastîn e.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Prepared by (records officer)</source>
        <translation>Amadekar (karmendê tomaran)</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Kontrolker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <source>Case sheet: %1</source>
        <translation>Pelê dosyeyê: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dosye %1</translation>
    </message>
    <message>
        <source>Every field is from the individual record in this database when the sheet was generated; revoked decisions are listed with who revoked them.</source>
        <translation>Her qad ji tomara takekesî ya vê danegehê ye dema ku pel hate çêkirin; biryarên betalkirî bi kesê ku ew betal kirine re tên rêzkirin.</translation>
    </message>
    <message>
        <source>Revoked %1 by %2</source>
        <translation>Di %1 de ji aliyê %2 ve hate betalkirin</translation>
    </message>
    <message>
        <source>guarantor: %1</source>
        <translation>kefîl: %1</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>merc: %1</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Biryardar</translation>
    </message>
    <message>
        <source>Sentence end before → after</source>
        <translation>Dawiya cezayê berê → paşê</translation>
    </message>
    <message>
        <source>Guarantor, conditions, notes</source>
        <translation>Kefîl, merc, têbînî</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <source>Amnesty decisions</source>
        <translation>Biryarên lêborînê</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ji</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bo</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Tomarker</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sedem</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Veguhestin</translation>
    </message>
    <message>
        <source>People held by category</source>
        <translation>Kesên girtî li gorî kategoriyê</translation>
    </message>
    <message>
        <source>Facility and category</source>
        <translation>Sazgeh û kategorî</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nav (bi erebî)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Jidayikbûn</translation>
    </message>
    <message>
        <source>Nat.</source>
        <translation>Hemwelatî</translation>
    </message>
    <message>
        <source>People held</source>
        <translation>Kesên girtî</translation>
    </message>
    <message>
        <source>People held: individual records with the status “held” in %1 when the roster was generated.</source>
        <translation>Kesên girtî: tomarên takekesî yên bi rewşa “girtî” li %1 dema ku lîste hate çêkirin.</translation>
    </message>
    <message>
        <source>%1 and its sections</source>
        <translation>%1 û beşên wê</translation>
    </message>
    <message>
        <source>The latest reported headcount of %1 is %2 (%3, as of %4); %5 of them have individual records here.</source>
        <translation>Serjimara dawî ya ragihandî ya %1 %2 e (%3, di %4 de); ji wan %5 kes li vir tomarên takekesî hene.</translation>
    </message>
    <message>
        <source>%1 of the people listed are synthetic demonstration records.</source>
        <translation>%1 ji kesên di lîsteyê de tomarên sentetîk ên nimûneyê ne.</translation>
    </message>
    <message>
        <source>status: held</source>
        <translation>rewş: girtî</translation>
    </message>
    <message>
        <source>Roster: %1</source>
        <translation>Lîsteya girtiyan: %1</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Writing %1…</source>
        <translation>%1 tê nivîsandin…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Pêşdîtin tê amadekirin…</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Ji bo çapê tê amadekirin…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Preview open.</source>
        <translation>Pêşdîtin vekirî ye.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Hate betalkirin; tiştek nehate nivîsandin.</translation>
    </message>
    <message>
        <source>Language of the report: %1 (the interface language)</source>
        <translation>Zimanê raporê: %1 (zimanê navrûyê)</translation>
    </message>
    <message>
        <source>Cannot read the report choices: %1</source>
        <translation>Vebijêrkên raporê nayên xwendin: %1</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Hemû sazgeh</translation>
    </message>
    <message>
        <source>Capacity, latest headcount, people counted from records and occupancy for every facility (or one with its sections), with the reported network figures.</source>
        <translation>Kapasîte, serjimara dawî, kesên ji tomaran hatine jimartin û dagirtin ji bo her sazgehê (an yekê bi beşên wê), bi hejmarên torê yên ragihandî.</translation>
    </message>
    <message>
        <source>Decisions under one amnesty by outcome, category and facility, with the reported totals beside the counted ones.</source>
        <translation>Biryarên di bin lêborînekê de li gorî encam, kategorî û sazgehê, bi tevahiyên ragihandî li kêleka yên jimartî.</translation>
    </message>
    <message>
        <source>One person&apos;s record with their decisions and transfers, and lines to sign. Contains personal data.</source>
        <translation>Tomara kesekî bi biryar û veguhestinên wî/wê, û xetên îmzeyê. Daneyên kesane dihewîne.</translation>
    </message>
    <message>
        <source>Everyone held in a facility or section, grouped by category. Contains personal data.</source>
        <translation>Her kesê ku li sazgehekê an beşekê girtî ye, li gorî kategoriyê komkirî. Daneyên kesane dihewîne.</translation>
    </message>
    <message>
        <source>Choose an amnesty.</source>
        <translation>Lêborînekê hilbijêre.</translation>
    </message>
    <message>
        <source>Choose a facility or section.</source>
        <translation>Sazgehekê an beşekê hilbijêre.</translation>
    </message>
    <message>
        <source>Enter a case number.</source>
        <translation>Hejmara dosyeyê binivîse.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Pêşdîtin tê amadekirin…</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Ji bo çapê tê amadekirin…</translation>
    </message>
    <message>
        <source>Looking up case %1…</source>
        <translation>Li dosye %1 tê gerîn…</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Raporê wekî tomar bike</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 tê nivîsandin…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 hate tomarkirin (%2 rûpel).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 hate tomarkirin.</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>%1 rûpel ji %2 re hatin şandin.</translation>
    </message>
    <message>
        <source>The report was not made</source>
        <translation>Rapor nehate çêkirin</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Occupancy by facility</source>
        <translation>Dagirtin li gorî sazgehê</translation>
    </message>
    <message>
        <source>Outcomes of an amnesty</source>
        <translation>Encamên lêborînekê</translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation>Pelê dosyeyê</translation>
    </message>
    <message>
        <source>Facility roster</source>
        <translation>Lîsteya girtiyên sazgehê</translation>
    </message>
    <message>
        <source>Amnesty</source>
        <translation>Lêborîn</translation>
    </message>
    <message>
        <source>Facility or section</source>
        <translation>Sazgeh an beş</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Hejmara dosyeyê</translation>
    </message>
    <message>
        <source>e.g. SYN-000123</source>
        <translation>mînak SYN-000123</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Pirsgirêk</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapor:</translation>
    </message>
    <message>
        <source>&amp;Amnesty:</source>
        <translation>&amp;Lêborîn:</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Sazgeh:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Hejmara dosyeyê:</translation>
    </message>
    <message>
        <source>What to report</source>
        <translation>Çi were raporkirin</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Pêşdîtin…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap bike…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Wekî P&amp;DF tomar bike…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Wekî &amp;CSV tomar bike…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Wekî &amp;XLSX tomar bike…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Rewşa raporê</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Reject a proposal</source>
        <translation>Pêşniyarekê red bike</translation>
    </message>
    <message>
        <source>Approve a proposal</source>
        <translation>Pêşniyarekê bipejirîne</translation>
    </message>
    <message>
        <source>Rejecting changes nothing on the people; the proposal is kept, marked rejected, with who, when and why.</source>
        <translation>Redkirin li ser kesan tiştekî naguherîne; pêşniyar tê parastin, wek redkirî tê nîşankirin, bi kê, kengî û çima.</translation>
    </message>
    <message>
        <source>Approving puts the decisions in force now: the effects above are applied in one step, recorded under your login.</source>
        <translation>Pejirandin biryaran niha dixe meriyetê: bandorên li jor di gavekê de tên sepandin û bi navê te yê têketinê tên tomarkirin.</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Sedema redkirinê</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>Têbîniya pejirandinê</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Sedem</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Têbînî (bijarte)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Red bike</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Bipejirîne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a decision</source>
        <translation>Biryarekê betal bike</translation>
    </message>
    <message>
        <source>Decision %1: %2 under “%3”, %4, case %5.</source>
        <translation>Biryar %1: %2 di bin “%3” de, %4, dosye %5.</translation>
    </message>
    <message>
        <source>The person&apos;s status goes back to “%1”.</source>
        <translation>Rewşa kesî vedigere “%1”.</translation>
    </message>
    <message>
        <source>The sentence end goes back from %1 to %2.</source>
        <translation>Dawiya cezayê ji %1 vedigere %2.</translation>
    </message>
    <message>
        <source>Nothing changes on the person.</source>
        <translation>Li ser kesî tiştek naguhere.</translation>
    </message>
    <message>
        <source>The decision is kept, marked revoked, with who, when and why.</source>
        <translation>Biryar tê parastin, wek betalkirî tê nîşankirin, bi kê, kengî û çima.</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Sedema betalkirinê</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Betalker</translation>
    </message>
    <message>
        <source>Recorded under your login</source>
        <translation>Bi navê te yê têketinê tê tomarkirin</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Sedem</translation>
    </message>
    <message>
        <source>Revoked &amp;by</source>
        <translation>&amp;Betalker</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Rules the application checks</source>
        <translation>Rêzikên ku bername kontrol dike</translation>
    </message>
    <message>
        <source>Exclude people accused of a violent crime (“no blood on their hands”)</source>
        <translation>Kesên bi sûcekî tundiyê tên tawanbarkirin derxe (“destên wan bi xwînê nehatine sorkirin”)</translation>
    </message>
    <message>
        <source>Exclude violent crime</source>
        <translation>Sûcên tundiyê derxe</translation>
    </message>
    <message>
        <source>Where it is not recorded whether the person is accused of a violent crime, the rule does not select them: deciding for them needs an override with a reason.</source>
        <translation>Li cihê ku nehatiye tomarkirin ka kes bi sûcekî tundiyê tê tawanbarkirin an na, rêzik wî/wê hilnabijêre: biryardan ji bo wî/wê îstîsnayekê bi sedem dixwaze.</translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation>Tenê van kategoriyan</translation>
    </message>
    <message>
        <source>Not these categories</source>
        <translation>Ne van kategoriyan</translation>
    </message>
    <message>
        <source>Only these categories (none ticked: any)</source>
        <translation>Tenê van kategoriyan (tu nîşankirî tune: her yek)</translation>
    </message>
    <message>
        <source>A category covers the categories within it.</source>
        <translation>Kategoriyek kategoriyên di nav xwe de digire.</translation>
    </message>
    <message>
        <source>Only these nationalities</source>
        <translation>Tenê van hemwelatîbûnan</translation>
    </message>
    <message>
        <source>ISO codes, e.g. SY IQ (empty: any)</source>
        <translation>Kodên ISO, mînak SY IQ (vala: her yek)</translation>
    </message>
    <message>
        <source>Not these nationalities</source>
        <translation>Ne van hemwelatîbûnan</translation>
    </message>
    <message>
        <source>ISO codes, e.g. FR DE</source>
        <translation>Kodên ISO, mînak FR DE</translation>
    </message>
    <message>
        <source>Held since before</source>
        <translation>Ji berî ... ve girtî</translation>
    </message>
    <message>
        <source>Held since before: on</source>
        <translation>Ji berî ... ve girtî: çalak</translation>
    </message>
    <message>
        <source>Sentence at least</source>
        <translation>Ceza herî kêm</translation>
    </message>
    <message>
        <source>Sentence at least: on</source>
        <translation>Ceza herî kêm: çalak</translation>
    </message>
    <message>
        <source>Sentence at least, months</source>
        <translation>Ceza herî kêm, bi meh</translation>
    </message>
    <message>
        <source>Sentence at most</source>
        <translation>Ceza herî zêde</translation>
    </message>
    <message>
        <source>Sentence at most: on</source>
        <translation>Ceza herî zêde: çalak</translation>
    </message>
    <message>
        <source>Sentence at most, months</source>
        <translation>Ceza herî zêde, bi meh</translation>
    </message>
    <message>
        <source>Only nationalities</source>
        <translation>Tenê hemwelatîbûn</translation>
    </message>
    <message>
        <source>Not nationalities</source>
        <translation>Ne hemwelatîbûn</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meh</translation>
    </message>
    <message>
        <source>Problem with a rule</source>
        <translation>Pirsgirêk bi rêzikekê re</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Clear search</source>
        <translation>Lêgerînê paqij bike</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Bibîne</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another facility</source>
        <translation>Veguhestin bo sazgeheke din</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>%1 veguhêze</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to another facility.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ji &lt;b&gt;%2&lt;/b&gt; bo sazgeheke din veguhêze.</translation>
    </message>
    <message>
        <source>(no facility)</source>
        <translation>(bê sazgeh)</translation>
    </message>
    <message>
        <source>Facility to move to</source>
        <translation>Sazgeha ku bo wê were veguhestin</translation>
    </message>
    <message>
        <source>Choose a facility…</source>
        <translation>Sazgehekê hilbijêre…</translation>
    </message>
    <message>
        <source>Date of the transfer</source>
        <translation>Dîroka veguhestinê</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>Sedema veguhestinê</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dîrok</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Sedem</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Veguhestin</translation>
    </message>
    <message>
        <source>Record the transfer</source>
        <translation>Veguhestinê tomar bike</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Guhertinên netomarkirî</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” guhertinên netomarkirî hene.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Berî ku bidomînî wan tomar bike?</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Tiştê te nivîsî biavêje?</translation>
    </message>
    <message>
        <source>What you typed in “%1” is not saved.</source>
        <translation>Tiştê te di “%1” de nivîsî nehatiye tomarkirin.</translation>
    </message>
    <message>
        <source>Close and discard it, or keep editing?</source>
        <translation>Bigire û biavêje, an guhertinê bidomîne?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Guhertinê bidomîne</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>Your display name is now %1; changes are still recorded under %2.</source>
        <translation>Navê te yê nîşandanê niha: %1; guhertin hîn jî bi navê %2 tên tomarkirin.</translation>
    </message>
    <message>
        <source>Display name not changed</source>
        <translation>Navê nîşandanê nehate guhertin</translation>
    </message>
    <message>
        <source>&amp;Display name…</source>
        <translation>Navê &amp;nîşandanê…</translation>
    </message>
    <message>
        <source>The name shown beside your login</source>
        <translation>Navê ku li kêleka navê te yê têketinê tê nîşandan</translation>
    </message>
</context>
</TS>
