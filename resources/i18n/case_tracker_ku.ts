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
        <translation>wek ku bi sûcekî tundiyê nayên tawanbarkirin hatine tomarkirin</translation>
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
