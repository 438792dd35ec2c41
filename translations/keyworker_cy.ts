<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/about.py" line="+102"/>
        <source>About Keyworker Desktop</source>
        <extracomment>&quot;&quot; for a part inside another (its version is the container&apos;s business).</extracomment>
        <translation>Ynghylch Keyworker Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyworker Desktop&apos;s icon</source>
        <translation>Eicon Keyworker Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Keyworker Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Keyworker Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {version}</source>
        <translation>Fersiwn {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline-first case recording for keyworkers of children and young people with a learning disability and/or autism. Free software under the {licence} licence.</source>
        <translation>Cofnodi achosion all-lein yn gyntaf ar gyfer gweithwyr allweddol plant a phobl ifanc ag anabledd dysgu a/neu awtistiaeth. Meddalwedd rydd o dan y drwydded {licence}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Built with these parts, under their own licences:</source>
        <translation>&amp;Wedi&apos;i adeiladu gyda&apos;r rhannau hyn, o dan eu trwyddedau eu hunain:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts and their licences</source>
        <translation>Rhannau a&apos;u trwyddedau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/action_dialogs.py" line="+79"/>
        <source>Edit action</source>
        <translation>Golygu&apos;r cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs doing</source>
        <translation>Beth sydd angen ei wneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who owns it</source>
        <translation>Pwy yw&apos;r perchennog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick someone in the network or type a name</source>
        <translation>Dewiswch rywun yn y rhwydwaith neu teipiwch enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done on (empty: today)</source>
        <translation>Wedi&apos;i wneud ar (gwag: heddiw)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the meeting</source>
        <translation>O&apos;r cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/actions_tab.py" line="+137"/>
        <location line="+10"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+15"/>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+16"/>
        <source>Contact log</source>
        <translation>Log cyswllt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add an action…</source>
        <translation>Ychwanegu cam gweithredu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mark chased today</source>
        <translation>Nodi: atgoffwyd heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Nodi ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate…</source>
        <translation>Uwchgyfeirio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings and contact log</source>
        <translation>Cyfarfodydd a log cyswllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a meeting…</source>
        <translation>Ychwanegu cyfarfod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a follow-up…</source>
        <translation>Ychwanegu cyfarfod dilynol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Cyfarfodydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a contact…</source>
        <translation>Cofnodi cyswllt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact log</source>
        <translation>&amp;Log cyswllt</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Escalate</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an overdue action to escalate. To escalate anything else, use Escalate… on the Plans &amp; support tab.</source>
        <translation>Dewiswch gam gweithredu hwyr i&apos;w uwchgyfeirio. I uwchgyfeirio unrhyw beth arall, defnyddiwch Uwchgyfeirio… ar y tab Cynlluniau &amp; chymorth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue action for {owner}: {what}</source>
        <translation>Cam gweithredu hwyr i {owner}: {what}</translation>
    </message>
</context>
<context>
    <name>AdviceModel</name>
    <message>
        <location filename="../keyworker_desktop/ui/print_dialog.py" line="+160"/>
        <source>Sentence</source>
        <translation>Brawddeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to try</source>
        <translation>Beth i roi cynnig arno</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/allocation_dialog.py" line="+68"/>
        <source>Allocate a keyworker</source>
        <translation>Dyrannu gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the staff list…</source>
        <translation>Wrthi&apos;n llwytho&apos;r rhestr staff…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff member</source>
        <translation>&amp;Aelod o staff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason</source>
        <translation>Rh&amp;eswm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Line manager notified</source>
        <translation>Rhoddwyd gwybod i&apos;r rheolwr &amp;llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach the signed keyworker agreement</source>
        <translation>Atodi&apos;r cytundeb gweithiwr allweddol wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed &amp;agreement</source>
        <translation>&amp;Cytundeb wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed agreement: attach the signed keyworker agreement</source>
        <translation>Cytundeb wedi&apos;i lofnodi: atodwch y cytundeb gweithiwr allweddol wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} (me)</source>
        <translation>{name} (fi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No staff on this laptop yet: sync first</source>
        <translation>Dim staff ar y gliniadur hwn eto: cysonwch yn gyntaf</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a member of staff.</source>
        <translation>Dewiswch aelod o staff.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../keyworker_desktop/ui/backup_dialogs.py" line="+46"/>
        <source>Back up to which folder or drive?</source>
        <translation>Gwneud copi wrth gefn i ba ffolder neu yriant?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the backup</source>
        <translation>Dewiswch y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworker backups (*.kwbackup);;All files (*)</source>
        <translation>Copïau wrth gefn Keyworker (*.kwbackup);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the encrypted backup to {folder}…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r copi wrth gefn wedi&apos;i amgryptio i {folder}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written</source>
        <translation>Ysgrifennwyd y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup was written to {path}. It is encrypted with your passphrase: it opens only with that passphrase. To move to a new laptop, choose &quot;Restore from a backup…&quot; when Keyworker Desktop first starts there.</source>
        <translation>Ysgrifennwyd y copi wrth gefn i {path}. Mae wedi&apos;i amgryptio gyda&apos;ch cyfrinymadrodd: dim ond gyda&apos;r cyfrinymadrodd hwnnw y mae&apos;n agor. I symud i liniadur newydd, dewiswch &quot;Adfer o gopi wrth gefn…&quot; pan fydd Keyworker Desktop yn cychwyn yno am y tro cyntaf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup not written</source>
        <translation>Ni ysgrifennwyd y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Your records are restored on this laptop. It registers with the central store at its next sync: ask your administrator to revoke the old laptop.</source>
        <translation>Mae eich cofnodion wedi&apos;u hadfer ar y gliniadur hwn. Bydd yn cofrestru gyda&apos;r storfa ganolog yn ystod y cysoni nesaf: gofynnwch i&apos;ch gweinyddwr ddirymu&apos;r hen liniadur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation: {organisation}.</source>
        <translation>Sefydliad: {organisation}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../keyworker_desktop/ui/report_charts.py" line="+61"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../keyworker_desktop/ui/date_fields.py" line="+48"/>
        <source>Calendar</source>
        <extracomment>``date`` by another name, for the class whose Qt-style ``date()`` hides it. What a blank optional date reads as through the Qt-style ``date()``.</extracomment>
        <translation>Calendr</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../keyworker_desktop/ui/caseload_model.py" line="+53"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation>Ymweliad nesaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last session</source>
        <translation>Sesiwn ddiwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not rated</source>
        <translation>Dim sgôr</translation>
    </message>
    <message numerus="yes">
        <location line="+186"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} (closed)</source>
        <translation>{name} (wedi cau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (declined)</source>
        <translation>{name} (wedi&apos;i wrthod)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (referred)</source>
        <translation>{name} (wedi&apos;i atgyfeirio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (waiting list)</source>
        <translation>{name} (rhestr aros)</translation>
    </message>
</context>
<context>
    <name>CaseloadScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/caseload_screen.py" line="+71"/>
        <source>Filter the caseload</source>
        <extracomment>The empty caseload&apos;s button: take a new referral.</extracomment>
        <translation>Hidlo&apos;r llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, keyworker or RAG to filter</source>
        <translation>Teipiwch enw, gweithiwr allweddol neu RAG i hidlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Hidlo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show c&amp;losed</source>
        <translation>Dangos y rhai wedi&apos;u c&amp;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show closed and declined young people</source>
        <translation>Dangos pobl ifanc sydd wedi cau neu wedi&apos;u gwrthod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No young people yet — take a new referral.</source>
        <translation>Dim pobl ifanc eto — cymerwch atgyfeiriad newydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a &amp;new referral…</source>
        <translation>Cymryd atgyfeiriad &amp;newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a new referral</source>
        <translation>Cymryd atgyfeiriad newydd</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No young people on the caseload yet</source>
        <translation>Dim pobl ifanc ar y llwyth achosion eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody matches “{text}”</source>
        <translation>Nid oes neb yn cyfateb i “{text}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 young person</source>
        <translation>1 person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} young people</source>
        <translation>{total} o bobl ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} young people</source>
        <translation>{shown} o {total} o bobl ifanc</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../keyworker_desktop/domain/checklists.py" line="+66"/>
        <source>On the day</source>
        <translation>Ar y diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the end of the next half term</source>
        <translation>Erbyn diwedd yr hanner tymor nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ongoing</source>
        <translation>Parhaus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Within 1 hour</source>
        <translation>O fewn 1 awr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within {count} hours</source>
        <translation>O fewn {count} awr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within {count} days</source>
        <translation>O fewn {count} diwrnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within {count} weeks</source>
        <translation>O fewn {count} wythnos</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Within 1 day</source>
        <translation>O fewn 1 diwrnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within 1 week</source>
        <translation>O fewn 1 wythnos</translation>
    </message>
    <message>
        <source>Admission checklist</source>
        <translation>Rhestr wirio derbyn</translation>
    </message>
    <message>
        <source>On the day of admission</source>
        <translation>Ar ddiwrnod y derbyn</translation>
    </message>
    <message>
        <source>Attend the placement meeting, if available</source>
        <translation>Mynd i'r cyfarfod lleoliad, os yw ar gael</translation>
    </message>
    <message>
        <source>Check all details are written in the admissions book</source>
        <translation>Gwirio bod yr holl fanylion wedi'u hysgrifennu yn y llyfr derbyniadau</translation>
    </message>
    <message>
        <source>Unpack all belongings and pack away suitcases, bags etc.</source>
        <translation>Dadbacio'r holl eiddo a chadw cesys, bagiau ac ati.</translation>
    </message>
    <message>
        <source>Complete a full inventory of everything the child has come with</source>
        <translation>Llunio rhestr eiddo lawn o bopeth a ddaeth gyda'r plentyn</translation>
    </message>
    <message>
        <source>Record contact arrangements, including the level of supervision, any restricted contact issues and the reasons for the restrictions</source>
        <translation>Cofnodi trefniadau cyswllt, gan gynnwys lefel y goruchwylio, unrhyw faterion cyswllt cyfyngedig a'r rhesymau dros y cyfyngiadau</translation>
    </message>
    <message>
        <source>Read all information passed on by the social worker and make sure it is all present, complete, correct and relevant to the child</source>
        <translation>Darllen yr holl wybodaeth a rannwyd gan y gweithiwr cymdeithasol a sicrhau ei bod i gyd yno, yn gyflawn, yn gywir ac yn berthnasol i'r plentyn</translation>
    </message>
    <message>
        <source>Go through the house rules and the children&apos;s information booklet with the child</source>
        <translation>Mynd drwy reolau'r tŷ a llyfryn gwybodaeth y plant gyda'r plentyn</translation>
    </message>
    <message>
        <source>Take the child out one-to-one wherever possible</source>
        <translation>Mynd â'r plentyn allan un i un pryd bynnag y bo modd</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>O fewn 24 awr</translation>
    </message>
    <message>
        <source>Check the date and time of the statutory review</source>
        <translation>Gwirio dyddiad ac amser yr adolygiad statudol</translation>
    </message>
    <message>
        <source>Put all known appointments in the diary</source>
        <translation>Rhoi pob apwyntiad hysbys yn y dyddiadur</translation>
    </message>
    <message>
        <source>Phone the school and the nurse for looked after children to update them on the new placement</source>
        <translation>Ffonio'r ysgol a'r nyrs ar gyfer plant sy'n derbyn gofal i roi'r wybodaeth ddiweddaraf iddyn nhw am y lleoliad newydd</translation>
    </message>
    <message>
        <source>Make any transport arrangements and appointments where necessary</source>
        <translation>Gwneud unrhyw drefniadau teithio ac apwyntiadau lle bo angen</translation>
    </message>
    <message>
        <source>Make sure the file is set up and necessary information is filed in the relevant section, especially all LAC (looked after children) documentation</source>
        <translation>Sicrhau bod y ffeil wedi'i sefydlu a bod yr wybodaeth angenrheidiol wedi'i ffeilio yn yr adran berthnasol, yn enwedig holl ddogfennau LAC (plant sy'n derbyn gofal)</translation>
    </message>
    <message>
        <source>Arrange a regular time to phone or email the social worker with an update on the child</source>
        <translation>Trefnu amser rheolaidd i ffonio neu e-bostio'r gweithiwr cymdeithasol gyda'r wybodaeth ddiweddaraf am y plentyn</translation>
    </message>
    <message>
        <source>Complete the risk assessment and the 24-hour behaviour management plan, based on the information known</source>
        <translation>Cwblhau'r asesiad risg a'r cynllun rheoli ymddygiad 24 awr, yn seiliedig ar yr wybodaeth sy'n hysbys</translation>
    </message>
    <message>
        <source>Agree a reward scheme with the child</source>
        <translation>Cytuno ar gynllun gwobrwyo gyda'r plentyn</translation>
    </message>
    <message>
        <source>Write a pen picture of the child, with a photograph</source>
        <translation>Ysgrifennu disgrifiad byr o'r plentyn, gyda ffotograff</translation>
    </message>
    <message>
        <source>Confirm whether the child&apos;s parents will receive a copy of the monthly report</source>
        <translation>Cadarnhau a fydd rhieni'r plentyn yn cael copi o'r adroddiad misol</translation>
    </message>
    <message>
        <source>Make sure the parent(s) sign the home&apos;s medical consent form</source>
        <translation>Sicrhau bod y rhiant/rhieni yn llofnodi ffurflen ganiatâd meddygol y cartref</translation>
    </message>
    <message>
        <source>Make sure the child is registered with a GP and a dentist</source>
        <translation>Sicrhau bod y plentyn wedi'i gofrestru gyda meddyg teulu a deintydd</translation>
    </message>
    <message>
        <source>Assessment file: identify gaps in development and plan action to address them</source>
        <translation>Ffeil asesu: nodi bylchau mewn datblygiad a chynllunio camau i fynd i'r afael â nhw</translation>
    </message>
    <message>
        <source>Direct work with the child</source>
        <translation>Gwaith uniongyrchol gyda'r plentyn</translation>
    </message>
    <message>
        <source>Review progress against agreed targets</source>
        <translation>Adolygu cynnydd yn erbyn y targedau y cytunwyd arnyn nhw</translation>
    </message>
    <message>
        <source>Keep the personal file up to date</source>
        <translation>Cadw'r ffeil bersonol yn gyfredol</translation>
    </message>
    <message>
        <source>Keep a memory box or photo album with the child</source>
        <translation>Cadw blwch atgofion neu albwm lluniau gyda'r plentyn</translation>
    </message>
    <message>
        <source>When the child leaves: close all files and pass over all monies</source>
        <translation>Pan fydd y plentyn yn gadael: cau pob ffeil a throsglwyddo pob arian</translation>
    </message>
    <message>
        <source>First keyworker session</source>
        <translation>Sesiwn gyntaf y gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Plan ahead</source>
        <translation>Cynllunio ymlaen llaw</translation>
    </message>
    <message>
        <source>Talk to the child and build time into your week when it will be suitable to hold a keyworker session</source>
        <translation>Siarad â'r plentyn a neilltuo amser yn eich wythnos pan fydd yn addas cynnal sesiwn gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Consider which will help the child feel more comfortable: a formal meeting or an activity</source>
        <translation>Ystyried beth fydd yn helpu'r plentyn i deimlo'n fwy cyfforddus: cyfarfod ffurfiol neu weithgaredd</translation>
    </message>
    <message>
        <source>Plan the meeting or activity in advance and arrange petty cash etc.</source>
        <translation>Cynllunio'r cyfarfod neu'r gweithgaredd ymlaen llaw a threfnu arian mân ac ati.</translation>
    </message>
    <message>
        <source>Tell the child the date, time and place of the meeting</source>
        <translation>Dweud wrth y plentyn beth yw dyddiad, amser a lleoliad y cyfarfod</translation>
    </message>
    <message>
        <source>Ask the child to think about issues they want to talk about</source>
        <translation>Gofyn i'r plentyn feddwl am faterion yr hoffai siarad amdanyn nhw</translation>
    </message>
    <message>
        <source>Decide the purpose of the session: progress chasing; specific issues, behaviours or problems; planning for a review or court appearance; developing ideas for the future; talking about the past</source>
        <translation>Penderfynu ar ddiben y sesiwn: gwirio cynnydd; materion, ymddygiadau neu broblemau penodol; cynllunio ar gyfer adolygiad neu ymddangosiad yn y llys; datblygu syniadau ar gyfer y dyfodol; siarad am y gorffennol</translation>
    </message>
    <message>
        <source>Think through with your supervisor or line manager what you need to deal with or talk about and how you can make it work</source>
        <translation>Meddwl gyda'ch goruchwyliwr neu'ch rheolwr llinell am yr hyn y mae angen i chi ymdrin ag ef neu siarad amdano a sut y gallwch wneud iddo weithio</translation>
    </message>
    <message>
        <source>If you are unsure about your own or the child&apos;s safety, talk to your supervisor or manager and plan to reduce or avoid your concerns</source>
        <translation>Os ydych yn ansicr am eich diogelwch chi neu ddiogelwch y plentyn, siaradwch â'ch goruchwyliwr neu'ch rheolwr a chynlluniwch i leihau neu osgoi eich pryderon</translation>
    </message>
    <message>
        <source>First-session basics</source>
        <translation>Pethau sylfaenol y sesiwn gyntaf</translation>
    </message>
    <message>
        <source>The child understands why they have been placed</source>
        <translation>Mae'r plentyn yn deall pam y mae wedi cael ei leoli</translation>
    </message>
    <message>
        <source>The child understands the timescales for the placement</source>
        <translation>Mae'r plentyn yn deall amserlenni'r lleoliad</translation>
    </message>
    <message>
        <source>A Placement Plan has been completed or a date for completion is set; go through the Placement Plan with the child and identify any areas of concern</source>
        <translation>Mae Cynllun Lleoliad wedi'i gwblhau neu mae dyddiad wedi'i osod i'w gwblhau; ewch drwy'r Cynllun Lleoliad gyda'r plentyn a nodwch unrhyw feysydd sy'n peri pryder</translation>
    </message>
    <message>
        <source>The child has a copy of the home&apos;s Children&apos;s Guide or other information provided for children</source>
        <translation>Mae gan y plentyn gopi o Ganllaw Plant y cartref neu wybodaeth arall a ddarperir i blant</translation>
    </message>
    <message>
        <source>The child is fully aware of the Fire Precautions</source>
        <translation>Mae'r plentyn yn gwbl ymwybodol o'r Rhagofalon Tân</translation>
    </message>
    <message>
        <source>The child has the necessary toiletries, clothing, bedding, towels etc.</source>
        <translation>Mae gan y plentyn y nwyddau ymolchi, y dillad, y dillad gwely, y tywelion ac ati sydd eu hangen.</translation>
    </message>
    <message>
        <source>At the first session or soon after</source>
        <translation>Yn y sesiwn gyntaf neu'n fuan wedyn</translation>
    </message>
    <message>
        <source>Agree boundaries or rules for your sessions, e.g. meeting once a week, that you can&apos;t offer confidentiality but will keep information safe, that you will keep a record, that you will be on time, and whether sessions suit a formal meeting or an activity (and which activities)</source>
        <translation>Cytuno ar ffiniau neu reolau ar gyfer eich sesiynau, e.e. cwrdd unwaith yr wythnos, na allwch gynnig cyfrinachedd ond y byddwch yn cadw gwybodaeth yn ddiogel, y byddwch yn cadw cofnod, y byddwch yn brydlon, ac a yw'r sesiynau'n addas ar gyfer cyfarfod ffurfiol neu weithgaredd (a pha weithgareddau)</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Ar ôl y sesiwn</translation>
    </message>
    <message>
        <source>Talk to your supervisor or manager afterwards, immediately if you have any concerns or feel uncomfortable about what happened</source>
        <translation>Siarad â'ch goruchwyliwr neu'ch rheolwr wedyn, ar unwaith os oes gennych unrhyw bryderon neu os ydych yn teimlo'n anghyfforddus am yr hyn a ddigwyddodd</translation>
    </message>
    <message>
        <source>Throughout</source>
        <translation>Drwy gydol y cyfnod</translation>
    </message>
    <message>
        <source>If you need to deal with negative behaviours or issues, think carefully about how to present them so the child can accept them and be prepared to change</source>
        <translation>Os oes angen i chi ymdrin ag ymddygiadau neu faterion negyddol, meddyliwch yn ofalus am sut i'w cyflwyno fel bod y plentyn yn gallu eu derbyn a bod yn barod i newid</translation>
    </message>
    <message>
        <source>Relationships take time and change is always difficult: don&apos;t try to do too much too soon</source>
        <translation>Mae perthnasoedd yn cymryd amser ac mae newid bob amser yn anodd: peidiwch â cheisio gwneud gormod yn rhy fuan</translation>
    </message>
    <message>
        <source>If the child tries to reject or avoid you, keep at it, and talk to your supervisor or line manager if you need support or guidance</source>
        <translation>Os yw'r plentyn yn ceisio eich gwrthod neu eich osgoi, daliwch ati, a siaradwch â'ch goruchwyliwr neu'ch rheolwr llinell os oes angen cymorth neu arweiniad arnoch</translation>
    </message>
    <message>
        <source>Start small and concentrate on the positives</source>
        <translation>Dechrau'n fach a chanolbwyntio ar y pethau cadarnhaol</translation>
    </message>
    <message>
        <source>Taking on the keyworker role for a family</source>
        <translation>Ymgymryd â rôl y gweithiwr allweddol i deulu</translation>
    </message>
    <message>
        <source>Before agreeing</source>
        <translation>Cyn cytuno</translation>
    </message>
    <message>
        <source>Notify your line manager that you have been asked to take on the keyworker role for this family</source>
        <translation>Rhoi gwybod i'ch rheolwr llinell eich bod wedi cael cais i ymgymryd â rôl y gweithiwr allweddol i'r teulu hwn</translation>
    </message>
    <message>
        <source>Attend a meeting with your line manager to discuss the role and how it would fit with your current workload</source>
        <translation>Mynd i gyfarfod gyda'ch rheolwr llinell i drafod y rôl a sut y byddai'n cyd-fynd â'ch llwyth gwaith presennol</translation>
    </message>
    <message>
        <source>Check you will not be keyworker for more than 2 families at any one time, including this one</source>
        <translation>Gwirio na fyddwch yn weithiwr allweddol i fwy na 2 deulu ar unrhyw un adeg, gan gynnwys y teulu hwn</translation>
    </message>
    <message>
        <source>Once agreed</source>
        <translation>Ar ôl cytuno</translation>
    </message>
    <message>
        <source>Tell the family or professional that you are able to take on the keyworker role</source>
        <translation>Dweud wrth y teulu neu'r gweithiwr proffesiynol eich bod yn gallu ymgymryd â rôl y gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Sign the keyworker agreement provided by the Keyworking Service, together with the family and a keyworker service coordinator</source>
        <translation>Llofnodi'r cytundeb gweithiwr allweddol a ddarperir gan y Gwasanaeth Gweithiwr Allweddol, ynghyd â'r teulu a chydlynydd y gwasanaeth gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Store a copy of the signed keyworker agreement on the young person&apos;s record</source>
        <translation>Cadw copi o'r cytundeb gweithiwr allweddol wedi'i lofnodi ar gofnod y person ifanc</translation>
    </message>
    <message>
        <source>Tell the family and the Keyworking Service at the start of the agreement that your involvement will end within the half term after the young person leaves the service</source>
        <translation>Dweud wrth y teulu a'r Gwasanaeth Gweithiwr Allweddol ar ddechrau'r cytundeb y bydd eich ymwneud yn dod i ben o fewn yr hanner tymor ar ôl i'r person ifanc adael y gwasanaeth</translation>
    </message>
    <message>
        <source>Hold face-to-face meetings within your normal working hours, ideally at the service</source>
        <translation>Cynnal cyfarfodydd wyneb yn wyneb yn ystod eich oriau gwaith arferol, yn y gwasanaeth os yn bosibl</translation>
    </message>
    <message>
        <source>Store all contact and meeting minutes on the young person&apos;s record</source>
        <translation>Cadw'r holl gofnodion cyswllt a chofnodion cyfarfodydd ar gofnod y person ifanc</translation>
    </message>
    <message>
        <source>Seek advice from your line manager, or the Keyworking Service, if you have any concerns</source>
        <translation>Gofyn am gyngor gan eich rheolwr llinell, neu'r Gwasanaeth Gweithiwr Allweddol, os oes gennych unrhyw bryderon</translation>
    </message>
    <message>
        <source>Transition to another keyworker and step-down</source>
        <translation>Pontio i weithiwr allweddol arall a chamu i lawr</translation>
    </message>
    <message>
        <source>Before the young person leaves</source>
        <translation>Cyn i'r person ifanc adael</translation>
    </message>
    <message>
        <source>At the beginning of the young person&apos;s last term, remind the family that they will need to choose or assign another keyworker</source>
        <translation>Ar ddechrau tymor olaf y person ifanc, atgoffa'r teulu y bydd angen iddyn nhw ddewis neu bennu gweithiwr allweddol arall</translation>
    </message>
    <message>
        <source>By the end of the half term after leaving</source>
        <translation>Erbyn diwedd yr hanner tymor ar ôl gadael</translation>
    </message>
    <message>
        <source>Plan the transition to another keyworker through the Keyworking Service</source>
        <translation>Cynllunio'r pontio i weithiwr allweddol arall drwy'r Gwasanaeth Gweithiwr Allweddol</translation>
    </message>
    <message>
        <source>Ask the family&apos;s permission to hand over information to the new keyworker</source>
        <translation>Gofyn am ganiatâd y teulu i drosglwyddo gwybodaeth i'r gweithiwr allweddol newydd</translation>
    </message>
    <message>
        <source>With the family&apos;s permission, hand over any relevant information to the new keyworker</source>
        <translation>Gyda chaniatâd y teulu, trosglwyddo unrhyw wybodaeth berthnasol i'r gweithiwr allweddol newydd</translation>
    </message>
    <message>
        <source>Support the transition until the end of the half term after the young person has left</source>
        <translation>Cefnogi'r pontio tan ddiwedd yr hanner tymor ar ôl i'r person ifanc adael</translation>
    </message>
    <message>
        <source>Step down as keyworker so you can support other families</source>
        <translation>Camu i lawr fel gweithiwr allweddol er mwyn i chi allu cefnogi teuluoedd eraill</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/checklist_model.py" line="+111"/>
        <location line="+52"/>
        <source>Done</source>
        <extracomment>Asked before a tick is removed (it records who did it and when); None: not asked.</extracomment>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Done by {who} on {when}</source>
        <translation>Gwnaed gan {who} ar {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when done (Space)</source>
        <translation>Ticiwch pan fydd wedi&apos;i wneud (Space)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done</source>
        <translation>Heb ei wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ongoing</source>
        <translation>Parhaus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue (was due {due})</source>
        <translation>Hwyr (roedd yn ddyledus erbyn {due})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due {due}</source>
        <translation>Erbyn {due}</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/checklists_tab.py" line="+64"/>
        <source>Open the risk and crisis plan</source>
        <translation>Agor y cynllun risg ac argyfwng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply a checklist</source>
        <extracomment>A linked item&apos;s button: show the record&apos;s tab with this key.</extracomment>
        <translation>Rhoi rhestr wirio ar waith</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due dates count from this: the admission, allocation or leaving date, depending on the checklist.</source>
        <translation>Mae&apos;r dyddiadau erbyn yn cael eu cyfrif o hwn: y dyddiad derbyn, dyrannu neu adael, yn dibynnu ar y rhestr wirio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply checklist</source>
        <translation>Rhoi&apos;r rhestr wirio ar waith</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counted from</source>
        <translation>Wedi&apos;i gyfrif o</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing</source>
        <translation>Yn dangos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m done</source>
        <translation>%v o %m wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checklist items</source>
        <translation>Eitemau&apos;r rhestr wirio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No checklist applied yet. Choose one above and apply it.</source>
        <translation>Dim rhestr wirio ar waith eto. Dewiswch un uchod a&apos;i rhoi ar waith.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the linked part of the record</source>
        <translation>Agor y rhan gysylltiedig o&apos;r cofnod</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{title}, from {date}, due by {due}</source>
        <translation>{title}, o {date}, i&apos;w chwblhau erbyn {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}, from {date}</source>
        <translation>{title}, o {date}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{done} of {total} done</source>
        <translation>{done} o {total} wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {count} overdue</source>
        <translation> · {count} yn hwyr</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The {title} is already applied. Apply it again?</source>
        <translation>Mae {title} eisoes ar waith. Ei rhoi ar waith eto?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the tick</source>
        <translation>Tynnu&apos;r tic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the tick</source>
        <translation>Cadw&apos;r tic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} ticked “{item}” on {when}. Remove the tick? Who did it and when will no longer show.</source>
        <translation>Ticiodd {who} “{item}” ar {when}. Tynnu&apos;r tic? Ni fydd pwy a&apos;i gwnaeth na phryd yn cael eu dangos mwyach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the tick?</source>
        <translation>Tynnu&apos;r tic?</translation>
    </message>
</context>
<context>
    <name>ChildFileBox</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/child_file_box.py" line="+48"/>
        <location line="+33"/>
        <source>The child&apos;s file</source>
        <translation>Ffeil y plentyn</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Plans that must be current</source>
        <translation>Cynlluniau y mae&apos;n rhaid iddyn nhw fod yn gyfredol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update copy…</source>
        <translation>&amp;Diweddaru&apos;r copi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the selected plan&apos;s copy</source>
        <translation>Diweddaru copi&apos;r cynllun a ddewiswyd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} of {total} plans out of date (review passed or no copy held).</source>
        <translation>{count} o {total} o gynlluniau wedi dyddio (mae&apos;r dyddiad adolygu wedi mynd heibio neu does dim copi&apos;n cael ei gadw).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every plan is current.</source>
        <translation>Mae pob cynllun yn gyfredol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child&apos;s file ({count} out of date)</source>
        <translation>Ffeil y plentyn ({count} wedi dyddio)</translation>
    </message>
</context>
<context>
    <name>Chronology</name>
    <message>
        <location filename="../keyworker_desktop/services/chronology.py" line="+36"/>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session notes</source>
        <translation>Nodiadau sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAG rating</source>
        <translation>Sgôr RAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations</source>
        <translation>Uwchgyfeiriadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal budget</source>
        <translation>Cyllideb bersonol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals and outcomes</source>
        <translation>Nodau a chanlyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk and crisis plan</source>
        <translation>Cynllun risg ac argyfwng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists</source>
        <translation>Rhestrau gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Ending involvement</source>
        <translation>Dod â&apos;r ymwneud i ben</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Visit ({status}) — {place_type}: {place}</source>
        <translation>Ymweliad ({status}) — {place_type}: {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session note (signed)</source>
        <translation>Nodyn sesiwn (wedi&apos;i lofnodi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session note (draft)</source>
        <translation>Nodyn sesiwn (drafft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addendum by {name}</source>
        <translation>Nodyn ychwanegol gan {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAG: {rating}</source>
        <translation>RAG: {rating}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyworker: {name}</source>
        <translation>Gweithiwr allweddol: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyworker ended: {name}</source>
        <translation>Gweithiwr allweddol wedi dod i ben: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent given: {kind}</source>
        <translation>Caniatâd wedi&apos;i roi: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent refused: {kind}</source>
        <translation>Caniatâd wedi&apos;i wrthod: {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn: {kind}</source>
        <translation>Caniatâd wedi&apos;i dynnu&apos;n ôl: {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action for {name}</source>
        <translation>Cam gweithredu ar gyfer {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated to {name}</source>
        <translation>Uwchgyfeiriwyd at {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation closed</source>
        <translation>Uwchgyfeiriad wedi&apos;i gau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal budget: £{amount}</source>
        <translation>Cyllideb bersonol: £{amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal set</source>
        <translation>Nod wedi&apos;i osod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal achieved</source>
        <translation>Nod wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk and crisis plan assessed</source>
        <translation>Cynllun risg ac argyfwng wedi&apos;i asesu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress rated {score}/10</source>
        <translation>Sgôr cynnydd {score}/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist item done by {name}</source>
        <translation>Eitem ar y rhestr wirio wedi&apos;i gwneud gan {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document: {name}</source>
        <translation>Dogfen: {name}</translation>
    </message>
</context>
<context>
    <name>ChronologyTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/chronology_tab.py" line="+55"/>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show all</source>
        <translation>Dangos y cyfan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show none</source>
        <translation>Dangos dim</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chronology</source>
        <translation>Cronoleg</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} events</source>
        <translation>{count} o ddigwyddiadau</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../keyworker_desktop/cli/__init__.py" line="+51"/>
        <source>Stopped. Nothing half-written was kept.</source>
        <translation>Wedi stopio. Ni chadwyd dim byd oedd wedi&apos;i hanner ysgrifennu.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/allocation_commands.py" line="+34"/>
        <source>That reason is not one of: {reasons}. Nothing was changed.</source>
        <translation>Nid yw&apos;r rheswm hwnnw&apos;n un o&apos;r canlynol: {reasons}. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No member of staff is called that. Staff known on this laptop: {names}. Give one of these, or add them with --new-staff. Nothing was changed.</source>
        <translation>Does dim aelod o staff â&apos;r enw hwnnw. Staff sy&apos;n hysbys ar y gliniadur hwn: {names}. Rhowch un o&apos;r rhain, neu ychwanegwch nhw gyda --new-staff. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one member of staff is called that. Staff known on this laptop: {names}. Give one of these, or add them with --new-staff. Nothing was changed.</source>
        <translation>Mae mwy nag un aelod o staff â&apos;r enw hwnnw. Staff sy&apos;n hysbys ar y gliniadur hwn: {names}. Rhowch un o&apos;r rhain, neu ychwanegwch nhw gyda --new-staff. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is now the {role} from {date} ({reason}).</source>
        <translation>{name} yw&apos;r {role} nawr, o {date} ymlaen ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended {count} earlier allocation.</source>
        <translation>Daeth {count} dyraniad blaenorol i ben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No one is the {lower} now. Nothing was changed.</source>
        <translation>Does neb yn {lower} nawr. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/common.py" line="+53"/>
        <source>{text} is not a date: write it as YYYY-MM-DD, and it must exist (30 February does not)</source>
        <translation>Nid yw {text} yn ddyddiad: ysgrifennwch ef fel YYYY-MM-DD, a rhaid iddo fodoli (nid yw 30 Chwefror yn bodoli)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {what} is a PDF: give --out a name ending in .pdf.</source>
        <translation>PDF yw&apos;r {what}: rhowch enw i --out sy&apos;n gorffen ag .pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no folder {parent} to save the {noun} in.</source>
        <translation>Does dim ffolder {parent} i gadw&apos;r {noun} ynddo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{question} Not without a yes: run it in a terminal, or add --yes.</source>
        <translation>{question} Mae angen ateb &apos;yes&apos;: rhedwch ef mewn terfynell, neu ychwanegwch --yes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No passphrase: set {env} or run in a terminal.</source>
        <translation>Dim cyfrinymadrodd: gosodwch {env} neu rhedwch ef mewn terfynell.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Too many wrong passphrases: waiting {seconds} s before trying.</source>
        <translation>Gormod o gyfrinymadroddion anghywir: yn aros {seconds} e cyn rhoi cynnig arall.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No single young person matches that. Try &apos;keyworker list young-people&apos; and use the id.</source>
        <translation>Does dim un person ifanc yn cyfateb i hynny. Rhowch gynnig ar &apos;keyworker list young-people&apos; a defnyddiwch yr id.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/document_commands.py" line="+35"/>
        <source>A document is attached to a consent or an allocation, not both.</source>
        <translation>Caiff dogfen ei hatodi i ganiatâd neu i ddyraniad, nid i&apos;r ddau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be read ({strerror}). Nothing was attached.</source>
        <translation>Nid oedd modd darllen y ffeil ({strerror}). Ni atodwyd dim byd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no {consent} consent in force to attach the signed form to. Nothing was attached.</source>
        <translation>Does dim caniatâd {consent} mewn grym i atodi&apos;r ffurflen wedi&apos;i llofnodi iddo. Ni atodwyd dim byd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No one is the {allocation} now, so there is no allocation to attach it to. Nothing was attached.</source>
        <translation>Does neb yn {allocation} nawr, felly does dim dyraniad i&apos;w atodi iddo. Ni atodwyd dim byd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attached {file} to {name}&apos;s record as the signed consent form ({size}); id {id}.</source>
        <translation>Atodwyd {file} at gofnod {name} fel y ffurflen ganiatâd wedi&apos;i llofnodi ({size}); id {id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached {file} to {name}&apos;s record as the signed agreement ({size}); id {id}.</source>
        <translation>Atodwyd {file} at gofnod {name} fel y cytundeb wedi&apos;i lofnodi ({size}); id {id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached {file} to {name}&apos;s record ({size}); id {id}.</source>
        <translation>Atodwyd {file} at gofnod {name} ({size}); id {id}.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/ending_commands.py" line="+31"/>
        <source>{display_name} was closed already on {isoformat}. Nothing was changed.</source>
        <translation>Roedd {display_name} wedi&apos;i gau eisoes ar {isoformat}. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closed {name} on {closed_on}. They no longer list in the caseload; &apos;keyworker reopen&apos; brings them back.</source>
        <translation>Caewyd {name} ar {closed_on}. Nid ydyn nhw yn y llwyth achosion mwyach; mae &apos;keyworker reopen&apos; yn dod â nhw&apos;n ôl.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{display_name} is not closed. Nothing was changed.</source>
        <translation>Nid yw {display_name} wedi&apos;i gau. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopened {name} on {on}: back in the caseload.</source>
        <translation>Ailagorwyd {name} ar {on}: yn ôl yn y llwyth achosion.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../keyworker_desktop/cli/network_commands.py" line="+88"/>
        <location filename="../keyworker_desktop/cli/plan_commands.py" line="+66"/>
        <location filename="../keyworker_desktop/cli/practice_commands.py" line="+126"/>
        <source>Could not write {out}: {reason}</source>
        <translation>Methu ysgrifennu {out}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the handover summary for {name} to {out}.</source>
        <translation>Cadwyd y crynodeb trosglwyddo ar gyfer {name} i {out}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy is not encrypted: keep it safe and delete it when it has been handed over.</source>
        <translation>Nid yw&apos;r copi wedi&apos;i amgryptio: cadwch ef yn ddiogel a&apos;i ddileu pan fydd wedi&apos;i drosglwyddo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family&apos;s permission to hand over is not recorded: do not share it until it is.</source>
        <translation>Nid yw caniatâd y teulu i drosglwyddo wedi&apos;i gofnodi: peidiwch â&apos;i rannu nes iddo gael ei gofnodi.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/export_commands.py" line="+29"/>
        <location filename="../keyworker_desktop/cli/report_commands.py" line="+32"/>
        <source>{out} exists already. Nothing was written; choose another file or add --force to replace it.</source>
        <translation>Mae {out} yn bodoli eisoes. Ni ysgrifennwyd dim byd; dewiswch ffeil arall neu ychwanegwch --force i&apos;w disodli.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{out} is a folder: name the zip file to write.</source>
        <translation>Ffolder yw {out}: rhowch enw&apos;r ffeil zip i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{out} exists already. Nothing was written.</source>
        <translation>Mae {out} yn bodoli eisoes. Ni ysgrifennwyd dim byd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: {out} is NOT encrypted. Keep it safe and delete it once it has been handed over.</source>
        <translation>Rhybudd: NID yw {out} wedi&apos;i amgryptio. Cadwch ef yn ddiogel a&apos;i ddileu ar ôl iddo gael ei drosglwyddo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported everything held about {name} to {path}: {records} records, {attachments} attachments ({size_bytes} bytes). The export was recorded in the audit log.</source>
        <translation>Allforiwyd popeth a gedwir am {name} i {path}: {records} cofnod, {attachments} atodiad ({size_bytes} beit). Cofnodwyd yr allforio yn y log archwilio.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/import_commands.py" line="+44"/>
        <source>Would add {count} young people (read as {encoding}).</source>
        <translation>Byddai&apos;n ychwanegu {count} o bobl ifanc (wedi&apos;u darllen fel {encoding}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {count} young people (read as {encoding}).</source>
        <translation>Ychwanegwyd {count} o bobl ifanc (wedi&apos;u darllen fel {encoding}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would add {count} staff: {names}.</source>
        <translation>Byddai&apos;n ychwanegu {count} aelod o staff: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {count} staff: {names}.</source>
        <translation>Ychwanegwyd {count} aelod o staff: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already held, skipped: {count} (lines {lines}).</source>
        <translation>Wedi&apos;u cadw eisoes, wedi&apos;u hepgor: {count} (llinellau {lines}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeating an earlier line of the file, skipped: {lines}.</source>
        <translation>Yn ailadrodd llinell gynharach yn y ffeil, wedi&apos;u hepgor: {lines}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line} (as line {first})</source>
        <translation>llinell {line} (fel llinell {first})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns not read: {columns}.</source>
        <translation>Colofnau heb eu darllen: {columns}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Methu darllen {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning: line {line}, {column}: {reason}</source>
        <translation>Rhybudd: llinell {line}, {column}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: {len} problem(s) on {lines} line(s). Correct them in the spreadsheet and import the whole file again.</source>
        <translation>Ni fewnforiwyd dim byd: {len} problem ar {lines} llinell. Cywirwch nhw yn y daenlen a mewnforiwch y ffeil gyfan eto.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/intake_commands.py" line="+52"/>
        <source>This young person may be held already (the same NHS number, or the same name and date of birth): {ids}. Nothing was added. Open that record (&apos;keyworker show ID&apos;), or add them anyway with --allow-duplicate.</source>
        <translation>Efallai fod y person ifanc hwn wedi&apos;i gadw eisoes (yr un rhif GIG, neu&apos;r un enw a dyddiad geni): {ids}. Ni ychwanegwyd dim byd. Agorwch y cofnod hwnnw (&apos;keyworker show ID&apos;), neu ychwanegwch nhw beth bynnag gyda --allow-duplicate.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say who gave consent with --given-by ({choices}).</source>
        <translation>Dywedwch pwy roddodd ganiatâd gyda --given-by ({choices}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added {strip} to the family, with parental responsibility.</source>
        <translation>Ychwanegwyd {strip} at y teulu, gyda chyfrifoldeb rhiant.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/network_commands.py" line="-47"/>
        <source>Give --out a name ending in .svg, .png or .pdf.</source>
        <translation>Rhowch enw sy&apos;n gorffen gyda .svg, .png neu .pdf i --out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no folder {parent} to save the map in.</source>
        <translation>Does dim ffolder {parent} i gadw&apos;r map ynddo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved the network map for {name} (1 person) to {out}</source>
        <translation>Cadwyd y map rhwydwaith ar gyfer {name} (1 person) i {out}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the network map for {name} ({count} people) to {out}</source>
        <translation>Cadwyd y map rhwydwaith ar gyfer {name} ({count} o bobl) i {out}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/plan_commands.py" line="-28"/>
        <source>pages must be some of {pages} (got {text})</source>
        <extracomment>The languages a plan can be printed in (Welsh words come from the shipped catalogue).</extracomment>
        <translation>rhaid i&apos;r tudalennau fod yn rhai o {pages} (cafwyd {text})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no {language} translation installed: the plan&apos;s own words are printed in English.</source>
        <translation>Does dim cyfieithiad {language} wedi&apos;i osod: mae geiriau&apos;r cynllun ei hun yn cael eu hargraffu yn Saesneg.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved {name}&apos;s plan ({pages}; {page_size}, large print) to {out}</source>
        <translation>Cadwyd cynllun {name} ({pages}; {page_size}, print bras) i {out}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {name}&apos;s plan ({pages}; {page_size}) to {out}</source>
        <translation>Cadwyd cynllun {name} ({pages}; {page_size}) i {out}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/practice_commands.py" line="-90"/>
        <source>Goal added for {name} (id {goal}): rate it with &apos;keyworker rate-goal {goal} SCORE&apos;.</source>
        <translation>Ychwanegwyd nod ar gyfer {name} (id {goal}): rhowch sgôr iddo gyda &apos;keyworker rate-goal {goal} SCORE&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No single goal has that id. &apos;keyworker show YOUNG_PERSON --json&apos; lists the goals with their ids.</source>
        <translation>Does dim un nod â&apos;r id hwnnw. Mae &apos;keyworker show YOUNG_PERSON --json&apos; yn rhestru&apos;r nodau gyda&apos;u id.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress rated {score}/10.</source>
        <translation>Sgoriwyd y cynnydd yn {score}/10.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spend recorded for {name}: {spent} spent of {limit}, {left} left.</source>
        <translation>Cofnodwyd gwariant ar gyfer {name}: {spent} wedi&apos;i wario o {limit}, {left} ar ôl.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Escalation for {name} recorded; it stays open on Today until it is closed with an outcome.</source>
        <translation>Cofnodwyd uwchgyfeiriad ar gyfer {name}; bydd yn aros ar agor ar Heddiw nes iddo gael ei gau gyda chanlyniad.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved the risk and crisis plan for {name} to {out}.</source>
        <translation>Cadwyd y cynllun risg ac argyfwng ar gyfer {name} i {out}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Nid yw&apos;r copi wedi&apos;i amgryptio: cadwch ef yn ddiogel a&apos;i ddileu pan nad oes ei angen mwyach.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/records_commands.py" line="+28"/>
        <source>{message} Add the demo here all the same?</source>
        <translation>{message} Ychwanegu&apos;r llwyth achosion arddangos (ffuglennol) yma beth bynnag?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo was not added.</source>
        <translation>Ni ychwanegwyd y demo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added the fictional demo caseload: {summary}</source>
        <translation>Ychwanegwyd y llwyth achosion arddangos (ffuglennol): {summary}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--all is for &apos;list young-people&apos;; the triage queue lists everyone referred or waiting.</source>
        <translation>Mae --all ar gyfer &apos;list young-people&apos;; mae&apos;r ciw brysbennu yn rhestru pawb sydd wedi&apos;u hatgyfeirio neu&apos;n aros.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/register_commands.py" line="+30"/>
        <source>A rating needs its rationale: add --rationale TEXT. Nothing was stored.</source>
        <translation>Mae angen rhesymeg ar sgôr: ychwanegwch --rationale TEXT. Ni storiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: rated {rating} on {date}.</source>
        <translation>{name}: sgôr {rating} ar {date}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name}: reviewed on {date}; next review {next}.</source>
        <translation>{name}: adolygwyd ar {date}; adolygiad nesaf {next}.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/report_commands.py" line="-12"/>
        <source>The period ends before it starts: --to must be on or after --from. Nothing was written.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: rhaid i --to fod ar neu ar ôl --from. Ni ysgrifennwyd dim byd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PDF needs a file: add --out FILE.pdf. Nothing was written.</source>
        <translation>Mae angen ffeil ar gyfer PDF: ychwanegwch --out FILE.pdf. Ni ysgrifennwyd dim byd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{out} is a folder: name the file to write.</source>
        <translation>Ffolder yw {out}: rhowch enw&apos;r ffeil i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write {out}: {strerror}.</source>
        <translation>Methu ysgrifennu {out}: {strerror}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>counts only, small numbers hidden</source>
        <translation>niferoedd yn unig, rhifau bach wedi&apos;u cuddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyworkers are named</source>
        <translation>enwir gweithwyr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the report for {start} to {end} to {out} ({kind}). The export was recorded in the audit log.</source>
        <translation>Ysgrifennwyd yr adroddiad ar gyfer {start} i {end} i {out} ({kind}). Cofnodwyd yr allforio yn y log archwilio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {out} is NOT encrypted. Keep it safe.</source>
        <translation>Rhybudd: NID yw {out} wedi&apos;i amgryptio. Cadwch ef yn ddiogel.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/rhythm_commands.py" line="+32"/>
        <source>give the time as YYYY-MM-DD HH:MM</source>
        <translation>rhowch yr amser fel YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Logged a {how} with {with_name}{tied} for {name} at {at}.</source>
        <translation>Cofnodwyd {how} gyda {with_name}{tied} ar gyfer {name} am {at}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a senior or manager acknowledges a raised note (this laptop is not registered as one). Nothing was changed.</source>
        <translation>Dim ond uwch-ymarferydd neu reolwr sy&apos;n cydnabod nodyn a godwyd (nid yw&apos;r gliniadur hwn wedi&apos;i gofrestru fel un). Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no such session note. Nothing was changed.</source>
        <translation>Does dim nodyn sesiwn o&apos;r fath. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledged the raised note {note_id}.</source>
        <translation>Cydnabuwyd y nodyn a godwyd {note_id}.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/store_commands.py" line="+33"/>
        <source>New passphrase (three random words are good): </source>
        <translation>Cyfrinymadrodd newydd (mae tri gair ar hap yn dda): </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are different. Nothing was created.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Ni chrëwyd dim byd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created an encrypted store in {data_dir}</source>
        <translation>Crëwyd storfa wedi&apos;i hamgryptio yn {data_dir}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are different. Nothing was changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase changed, in the key file and the backups&apos; key copies. The database itself was not rewritten.</source>
        <translation>Newidiwyd y cyfrinymadrodd, yn y ffeil allwedd ac yng nghopïau allwedd y copïau wrth gefn. Ni ailysgrifennwyd y gronfa ddata ei hun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not re-wrap the key copy {copy}: it is damaged, or its backup is missing or not this store&apos;s. Delete it if it may hold an old passphrase.</source>
        <translation>Methu ail-lapio&apos;r copi o&apos;r allwedd {copy}: mae wedi&apos;i ddifrodi, neu mae ei gopi wrth gefn ar goll neu&apos;n perthyn i storfa arall. Dilëwch ef os gallai gynnwys hen gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store in {data_dir} has problems. Restore a backup with &apos;keyworker restore&apos;.</source>
        <translation>Mae problemau gyda&apos;r storfa yn {data_dir}. Adferwch gopi wrth gefn gyda &apos;keyworker restore&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store is intact.</source>
        <translation>Mae&apos;r storfa&apos;n gyfan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no folder {parent} to write the backup in. Nothing was written.</source>
        <translation>Does dim ffolder {parent} i ysgrifennu&apos;r copi wrth gefn ynddo. Ni ysgrifennwyd dim byd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Encrypted backup written to {path}</source>
        <translation>Ysgrifennwyd copi wrth gefn wedi&apos;i amgryptio i {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens only with your passphrase. To move to a new laptop: keyworker restore FILE on that laptop.</source>
        <translation>Dim ond gyda&apos;ch cyfrinymadrodd y mae&apos;n agor. I symud i liniadur newydd: keyworker restore FILE ar y gliniadur hwnnw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{data_dir} already holds a Keyworker store, so this backup was not restored over it. Nothing was changed. Restore into an empty folder with --data-dir, or move that store away first.</source>
        <translation>Mae storfa Keyworker yn {data_dir} eisoes, felly ni adferwyd y copi wrth gefn hwn drosti. Ni newidiwyd dim byd. Adferwch i ffolder gwag gyda --data-dir, neu symudwch y storfa honno i rywle arall yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup into {root} ({organisation}).</source>
        <translation>Adferwyd y copi wrth gefn i {root} ({organisation}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup into {root}.</source>
        <translation>Adferwyd y copi wrth gefn i {root}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop registers with the central store at its next sync. Ask your administrator to revoke the old laptop.</source>
        <translation>Bydd y gliniadur hwn yn cofrestru gyda&apos;r storfa ganolog yn ystod y cysoni nesaf. Gofynnwch i&apos;ch gweinyddwr ddirymu&apos;r hen liniadur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There are no backups.</source>
        <translation>Does dim copïau wrth gefn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups, newest first (restore with &apos;keyworker restore NUMBER&apos;):</source>
        <translation>Copïau wrth gefn, y mwyaf newydd yn gyntaf (adferwch gyda &apos;keyworker restore NUMBER&apos;):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no backup {backup}.</source>
        <translation>Does dim copi wrth gefn {backup}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored {name}. The files it replaced are kept in {aside}</source>
        <translation>Adferwyd {name}. Mae&apos;r ffeiliau a ddisodlwyd ganddo yn cael eu cadw yn {aside}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/sync_commands.py" line="+16"/>
        <source>Sending {done} of {total} changes</source>
        <translation>Yn anfon {done} o {total} newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving {done} of {total} changes</source>
        <translation>Yn derbyn {done} o {total} newid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{deletes} of the {live} young people on this laptop are no longer allocated to you. Everything synced about them is safe on the central store. Remove them from this laptop?</source>
        <translation>Nid yw {deletes} o&apos;r {live} o bobl ifanc ar y gliniadur hwn wedi&apos;u dyrannu i chi mwyach. Mae popeth a gysonwyd amdanyn nhw yn ddiogel yn y storfa ganolog. Eu tynnu oddi ar y gliniadur hwn?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This sync would delete {deletes} of {live} records on the central store. Go on?</source>
        <translation>Byddai&apos;r cysoni hwn yn dileu {deletes} o {live} cofnod ar y storfa ganolog. Parhau?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sync would delete {deletes} of {live} records on this laptop. Go on?</source>
        <translation>Byddai&apos;r cysoni hwn yn dileu {deletes} o {live} cofnod ar y gliniadur hwn. Parhau?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{question} Not without a yes: run it in a terminal to confirm.</source>
        <translation>{question} Mae angen ateb &apos;yes&apos;: rhedwch ef mewn terfynell i gadarnhau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the central store&apos;s address with --server URL.</source>
        <translation>Rhowch gyfeiriad y storfa ganolog gyda --server URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no certificate authority file there (--ca-cert).</source>
        <translation>Does dim ffeil awdurdod tystysgrifau yno (--ca-cert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give your user name on the central store with --user NAME.</source>
        <translation>Rhowch eich enw defnyddiwr ar y storfa ganolog gyda --user NAME.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password: set KEYWORKER_SERVER_PASSWORD or run in a terminal.</source>
        <translation>Dim cyfrinair: gosodwch KEYWORKER_SERVER_PASSWORD neu rhedwch ef mewn terfynell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for {user} on the central store: </source>
        <translation>Cyfrinair {user} ar y storfa ganolog: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is now registered with the central store.</source>
        <translation>Mae&apos;r gliniadur hwn bellach wedi&apos;i gofrestru gyda&apos;r storfa ganolog.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent {pushed} changes, received {pulled}.</source>
        <translation>Anfonwyd {pushed} newid, derbyniwyd {pulled}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{merged} texts edited on two laptops were merged.</source>
        <translation>Cafodd {merged} o destunau a olygwyd ar ddau liniadur eu cyfuno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not accepted ({code}): {entity} {record} — {reason}. It is kept on this laptop.</source>
        <translation>Heb ei dderbyn ({code}): {entity} {record} — {reason}. Mae&apos;n cael ei gadw ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied: {entity} {record} — {reason}</source>
        <translation>Heb ei gymhwyso: {entity} {record} — {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{open_conflicts} conflicts need you to choose: &apos;keyworker conflicts&apos;.</source>
        <translation>Mae {open_conflicts} gwrthdaro yn aros i chi ddewis: &apos;keyworker conflicts&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 young person</source>
        <translation>1 person ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} young people</source>
        <translation>{count} o bobl ifanc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept {people} no longer allocated to you on this laptop, as you asked. The next sync asks again.</source>
        <translation>Cadwyd {people} nad ydyn nhw wedi&apos;u dyrannu i chi mwyach ar y gliniadur hwn, fel y gofynnoch chi. Bydd y cysoni nesaf yn gofyn eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed {people} from this laptop: no longer allocated to you. Everything synced about them is safe on the central store.</source>
        <translation>Tynnwyd {people} oddi ar y gliniadur hwn: nid ydyn nhw wedi&apos;u dyrannu i chi mwyach. Mae popeth a gysonwyd amdanyn nhw yn ddiogel yn y storfa ganolog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept {people} no longer allocated to you on this laptop: they have changes the central store has not accepted. Please speak to your manager.</source>
        <translation>Cadwyd {people} nad ydyn nhw wedi&apos;u dyrannu i chi mwyach ar y gliniadur hwn: mae ganddyn nhw newidiadau nad yw&apos;r storfa ganolog wedi&apos;u derbyn. Siaradwch â&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/cli/triage_commands.py" line="+28"/>
        <source>Either --list, or a young person and a decision: not both.</source>
        <translation>Naill ai --list, neu berson ifanc a phenderfyniad: nid y ddau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who and what: &apos;keyworker triage YOUNG_PERSON {decisions}&apos;, or &apos;keyworker triage --list&apos;.</source>
        <translation>Dywedwch pwy a beth: &apos;keyworker triage YOUNG_PERSON {decisions}&apos;, neu &apos;keyworker triage --list&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{message} Say who decided with --by NAME. Nothing was changed.</source>
        <translation>{message} Dywedwch pwy benderfynodd gyda --by NAME. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nobody is waiting for triage.</source>
        <translation>Does neb yn aros am frysbennu.</translation>
    </message>
</context>
<context>
    <name>CloseEscalationDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_dialogs.py" line="+203"/>
        <source>Close the escalation</source>
        <translation>Cau&apos;r uwchgyfeiriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolved on</source>
        <translation>&amp;Datryswyd ar</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/conflicts_dialog.py" line="+124"/>
        <source>Conflicts to resolve</source>
        <translation>Gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two people changed the same thing before they synced. Both versions are kept: choose one, or for text write one that keeps what matters from both.</source>
        <translation>Newidiodd dau berson yr un peth cyn iddyn nhw gysoni. Mae&apos;r ddau fersiwn yn cael eu cadw: dewiswch un, neu ar gyfer testun ysgrifennwch un sy&apos;n cadw&apos;r hyn sy&apos;n bwysig o&apos;r ddau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No conflicts to resolve.</source>
        <translation>Dim gwrthdaro i&apos;w ddatrys.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+141"/>
        <source>Mine</source>
        <translation>Fy fersiwn i</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+142"/>
        <source>Keep mine</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+140"/>
        <source>Theirs</source>
        <translation>Eu fersiwn nhw</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+141"/>
        <source>Keep theirs</source>
        <translation>Cadw eu fersiwn nhw</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Or write one text from both</source>
        <translation>Neu ysgrifennwch un testun o&apos;r ddau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged text</source>
        <translation>Testun cyfunol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this text</source>
        <translation>Defnyddio&apos;r testun hwn</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only this young person</source>
        <translation>Y person ifanc hwn yn unig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show settled conflicts too</source>
        <translation>Dangos gwrthdaro wedi&apos;i setlo hefyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of this field…</source>
        <translation>Hanes y maes hwn…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conflicts to resolve — {name}</source>
        <translation>Gwrthdaro i&apos;w ddatrys — {name}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose a conflict on the left.</source>
        <translation>Dewiswch wrthdaro ar y chwith.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} in {record} for {person}</source>
        <translation>{field} yn {record} ar gyfer {person}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now in the record</source>
        <translation>Yn y cofnod nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The other version</source>
        <translation>Y fersiwn arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this one</source>
        <translation>Cadw hwn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep this one instead</source>
        <translation>Cadw hwn yn lle hynny</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settled. If the other version was the right one, open the field&apos;s history to put it back.</source>
        <translation>Wedi&apos;i setlo. Os mai&apos;r fersiwn arall oedd yr un cywir, agorwch hanes y maes i&apos;w roi yn ôl.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conflict</source>
        <translation>Gwrthdaro</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/consent_box.py" line="+94"/>
        <source>Consent to</source>
        <extracomment>&quot;View signed form&quot; was pressed: the id of the document to show.</extracomment>
        <translation>Caniatâd i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation>Rhoddwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Rhoddwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review on</source>
        <translation>Adolygu ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How recorded</source>
        <translation>Sut y&apos;i cofnodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed form</source>
        <translation>Ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed form attached</source>
        <translation>Ffurflen wedi&apos;i llofnodi wedi&apos;i hatodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record consent…</source>
        <translation>&amp;Cofnodi caniatâd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>Cofnodi caniatâd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw consent</source>
        <translation>Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View signed form</source>
        <translation>Gweld y ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the signed consent form</source>
        <translation>Gweld y ffurflen ganiatâd wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No consent to work with a keyworker: this record works with the family and network only. The offer stays open; record consent when it is given.</source>
        <translation>Dim caniatâd i weithio gyda gweithiwr allweddol: mae&apos;r cofnod hwn yn gweithio gyda&apos;r teulu a&apos;r rhwydwaith yn unig. Mae&apos;r cynnig yn dal ar agor; cofnodwch ganiatâd pan gaiff ei roi.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/consent_dialog.py" line="+78"/>
        <source>Record consent</source>
        <translation>Cofnodi caniatâd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consent to</source>
        <translation>&amp;Caniatâd i</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given by</source>
        <translation>&amp;Rhoddwyd gan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person with parental responsibility</source>
        <translation>&amp;Person sydd â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody in the family is marked with parental responsibility yet</source>
        <translation>Does neb yn y teulu wedi&apos;i nodi fel rhywun sydd â chyfrifoldeb rhiant eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who decided</source>
        <translation>&amp;Pwy benderfynodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why, in their best interests</source>
        <translation>Pa&amp;m, er eu budd pennaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;pacity noted</source>
        <translation>Galluedd wedi&apos;i &amp;nodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date given</source>
        <translation>&amp;Dyddiad ei roi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How it was recorded</source>
        <translation>&amp;Sut y cafodd ei gofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review on</source>
        <translation>&amp;Adolygu ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One agency a line</source>
        <translation>Un asiantaeth ar bob llinell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An agency in the network</source>
        <translation>Asiantaeth yn y rhwydwaith</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add agency</source>
        <translation>&amp;Ychwanegu asiantaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the agency to the list</source>
        <translation>Ychwanegu&apos;r asiantaeth at y rhestr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Share with (named agencies)</source>
        <translation>Rhannu &amp;gydag (asiantaethau a enwir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach the signed consent form</source>
        <translation>Atodi&apos;r ffurflen ganiatâd wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed consent &amp;form</source>
        <translation>&amp;Ffurflen ganiatâd wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed consent form: attach the signed form</source>
        <translation>Ffurflen ganiatâd wedi&apos;i llofnodi: atodwch y ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the date it was given.</source>
        <translation>Dewiswch y dyddiad y cafodd ei roi.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/action_dialogs.py" line="+142"/>
        <source>Log a contact</source>
        <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick someone in the network or family, or type a name</source>
        <translation>Dewiswch rywun yn y rhwydwaith neu&apos;r teulu, neu teipiwch enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who got in touch</source>
        <translation>Pwy gysylltodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contacted them</source>
        <translation>Fe wnaethon ni gysylltu â nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They contacted us</source>
        <translation>Fe wnaethon nhw gysylltu â ni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said or agreed</source>
        <translation>Beth a ddywedwyd neu a gytunwyd</translation>
    </message>
</context>
<context>
    <name>CropArea</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/photo_dialog.py" line="+53"/>
        <source>Photograph to crop</source>
        <translation>Llun i&apos;w docio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move the square, Shift with an arrow moves it further; plus and minus make it bigger or smaller.</source>
        <translation>Mae&apos;r bysellau saeth yn symud y sgwâr, mae Shift gyda saeth yn ei symud ymhellach; mae plws a minws yn ei wneud yn fwy neu&apos;n llai.</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/profile_people.py" line="+80"/>
        <source>Edit important date</source>
        <translation>Golygu dyddiad pwysig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add important date</source>
        <translation>Ychwanegu dyddiad pwysig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every year</source>
        <translation>Bob blwyddyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Yn ailadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the date.</source>
        <translation>Dewiswch y dyddiad.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../keyworker_desktop/ui/date_fields.py" line="+150"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date day first, such as 5/12/2026 or 5 Dec 2026.</source>
        <translation>Teipiwch ddyddiad gyda&apos;r diwrnod yn gyntaf, fel 5/12/2026 neu 5 Dec 2026.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location line="+63"/>
        <source>Type a day and a time, such as 14/12/2026 10:00, 14 Dec 2pm or just 10am.</source>
        <translation>Teipiwch ddiwrnod ac amser, fel 14/12/2026 10:00, 14 Dec 2pm neu dim ond 10am.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../keyworker_desktop/domain/dates.py" line="+18"/>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Gwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
</context>
<context>
    <name>DatesBox</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/profile_people.py" line="+82"/>
        <source>Important dates</source>
        <translation>Dyddiadau pwysig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>important date</source>
        <translation>dyddiad pwysig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every year</source>
        <translation>Bob blwyddyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/decline_dialog.py" line="+32"/>
        <source>Decline the referral</source>
        <translation>Gwrthod yr atgyfeiriad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why it is declined</source>
        <translation>&amp;Pam mae&apos;n cael ei wrthod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decided by</source>
        <translation>Penderfynwyd &amp;gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ate</source>
        <translation>D&amp;yddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decline referral</source>
        <translation>G&amp;wrthod yr atgyfeiriad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the date.</source>
        <translation>Dewiswch y dyddiad.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/document_viewer.py" line="+44"/>
        <source>Document: {name}</source>
        <translation>Dogfen: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a copy…</source>
        <translation>Cadw copi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy (not encrypted)</source>
        <translation>Cadw copi (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDFs cannot be shown inside the app on this computer. Save a copy to open it in a PDF reader; the copy is not encrypted.</source>
        <translation>Does dim modd dangos ffeiliau PDF yn yr ap ar y cyfrifiadur hwn. Cadwch gopi i&apos;w agor mewn darllenydd PDF; nid yw&apos;r copi wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({size}) cannot be shown inside the app. Save a copy to open it with another program; the copy is not encrypted.</source>
        <translation>Does dim modd dangos {name} ({size}) yn yr ap. Cadwch gopi i&apos;w agor gyda rhaglen arall; nid yw&apos;r copi wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Picture: {name}</source>
        <translation>Llun: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PDF: {name}</source>
        <translation>PDF: {name}</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/documents_tab.py" line="+81"/>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No documents yet. Attach signed forms, letters and reports here: they are kept encrypted on this laptop.</source>
        <translation>Dim dogfennau eto. Atodwch ffurflenni wedi&apos;u llofnodi, llythyrau ac adroddiadau yma: maen nhw&apos;n cael eu cadw wedi&apos;u hamgryptio ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach…</source>
        <translation>Atodi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+117"/>
        <source>Attach a document</source>
        <translation>Atodi dogfen</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>View</source>
        <translation>Gweld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the document</source>
        <translation>Gweld y ddogfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>Cadw copi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the document (not encrypted)</source>
        <translation>Cadw copi o&apos;r ddogfen (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the document</source>
        <translation>Tynnu&apos;r ddogfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export for a subject access request…</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export everything held about this young person for a subject access request</source>
        <translation>Allforio popeth a gedwir am y person ifanc hwn ar gyfer cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <source>Photograph</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Add photo…</source>
        <translation>Ychwanegu llun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+204"/>
        <source>Add a photograph</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Remove photo</source>
        <translation>Tynnu&apos;r llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photograph</source>
        <translation>Tynnu&apos;r llun</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to</source>
        <translation>Wedi&apos;i atodi i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Shown here, on the network map and on the easy-read plan while photo consent is in force.</source>
        <translation>Yn cael ei ddangos yma, ar y map rhwydwaith ac ar y cynllun Hawdd ei Ddeall tra bo caniatâd llun mewn grym.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No photo</source>
        <translation>Dim llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photograph shown</source>
        <translation>Dim llun yn cael ei ddangos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photograph is held but not shown: there is no photo consent in force. Record photo consent to show it.</source>
        <translation>Mae llun yn cael ei gadw ond nid yw&apos;n cael ei ddangos: nid oes caniatâd llun mewn grym. Cofnodwch ganiatâd llun i&apos;w ddangos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photograph. Add one only with photo consent.</source>
        <translation>Dim llun. Ychwanegwch un dim ond os oes caniatâd llun.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is it?</source>
        <translation>Beth ydyw?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What kind of document is {name}?</source>
        <translation>Pa fath o ddogfen yw {name}?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save a copy (not encrypted)</source>
        <translation>Cadw copi (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a copy outside the store?</source>
        <translation>Cadw copi y tu allan i&apos;r storfa?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy of {name} will not be protected by the store&apos;s encryption: anyone who can open the folder can read it. Save it only where your organisation allows, and delete it when you no longer need it. Saving it is recorded in the audit log.</source>
        <translation>Ni fydd y copi o {name} wedi&apos;i ddiogelu gan amgryptio&apos;r storfa: gall unrhyw un sy&apos;n gallu agor y ffolder ei ddarllen. Cadwch ef dim ond lle mae&apos;ch sefydliad yn caniatáu, a&apos;i ddileu pan nad oes ei angen arnoch mwyach. Mae ei gadw yn cael ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy saved</source>
        <translation>Copi wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a copy to {path}. It is not encrypted.</source>
        <translation>Cadwyd copi yn {path}. Nid yw wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the document?</source>
        <translation>Tynnu&apos;r ddogfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from the record? It stays in the record&apos;s history; a consent or agreement it was the signed form of will no longer point to it.</source>
        <translation>Tynnu {name} o&apos;r cofnod? Bydd yn aros yn hanes y cofnod; ni fydd unrhyw ganiatâd neu gytundeb yr oedd yn ffurflen wedi&apos;i llofnodi ar ei gyfer yn cyfeirio ato mwyach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export for a subject access request (not encrypted)</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject access request.zip</source>
        <translation>Cais gwrthrych am wybodaeth.zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>Ffeiliau zip (*.zip)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export everything held?</source>
        <translation>Allforio popeth a gedwir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This makes one zip file with everything this laptop holds about this young person: a readable summary (PDF), the full record (JSON) and every attached document. The zip is not protected by the store&apos;s encryption. Making it is recorded in the audit log.</source>
        <translation>Mae hyn yn creu un ffeil zip gyda phopeth sydd gan y gliniadur hwn am y person ifanc hwn: crynodeb darllenadwy (PDF), y cofnod llawn (JSON) a phob dogfen sydd wedi&apos;i hatodi. Nid yw&apos;r ffeil zip wedi&apos;i diogelu gan amgryptio&apos;r storfa. Mae ei chreu yn cael ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported</source>
        <translation>Wedi&apos;i allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved everything held to {path}. It is not encrypted: keep it safe and delete it once it has been handed over.</source>
        <translation>Cadwyd popeth a gedwir yn {path}. Nid yw wedi&apos;i amgryptio: cadwch ef yn ddiogel a&apos;i ddileu cyn gynted ag y bydd wedi&apos;i drosglwyddo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Lluniau (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not added</source>
        <translation>Heb ei ychwanegu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not a picture this app can read. Choose a PNG or JPEG.</source>
        <translation>Nid yw&apos;r ffeil honno&apos;n llun y gall yr ap hwn ei ddarllen. Dewiswch PNG neu JPEG.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the photograph?</source>
        <translation>Tynnu&apos;r llun?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the photograph from the record?</source>
        <translation>Tynnu&apos;r llun o&apos;r cofnod?</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <location filename="../keyworker_desktop/easyread/documents.py" line="+85"/>
        <source>Nothing is written in {name}&apos;s plan yet.</source>
        <translation>Does dim byd wedi&apos;i ysgrifennu yng nghynllun {name} eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No helpers are written down yet.</source>
        <translation>Does dim enwau helpwyr yma eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visits are planned yet.</source>
        <translation>Does dim ymweliadau wedi&apos;u trefnu eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written about {name} yet.</source>
        <translation>Does dim byd wedi&apos;i ysgrifennu am {name} eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written about when {name} is upset yet.</source>
        <translation>Does dim byd wedi&apos;i ysgrifennu eto am pan fydd {name} wedi cynhyrfu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What we agreed</source>
        <translation>Beth wnaethon ni gytuno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s goals</source>
        <translation>Nodau {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it:</source>
        <translation>Pwy sy&apos;n ei wneud:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{role} at {agency}</source>
        <translation>{role} yn {agency}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who is coming:</source>
        <translation>Pwy sy&apos;n dod:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What matters to {name}</source>
        <translation>Beth sy&apos;n bwysig i {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What people like about {name}</source>
        <translation>Beth mae pobl yn ei hoffi am {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to help {name}</source>
        <translation>Sut i helpu {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This helps {name}</source>
        <translation>Mae hyn yn helpu {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please do not</source>
        <translation>Peidiwch â</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}&apos;s plan</source>
        <translation>Cynllun {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who helps {name}</source>
        <translation>Pwy sy&apos;n helpu {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s next visits</source>
        <translation>Ymweliadau nesaf {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About {name}</source>
        <translation>Am {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When {name} is upset</source>
        <translation>Pan fydd {name} wedi cynhyrfu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {page} of {total}</source>
        <translation>Tudalen {page} o {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made on {date} {year}</source>
        <translation>Wedi&apos;i wneud ar {date} {year}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is more in {name}&apos;s record.</source>
        <translation>Mae rhagor yng nghofnod {name}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not written down yet</source>
        <translation>Heb ei ysgrifennu eto</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/easyread/plan_data.py" line="+50"/>
        <source>At school</source>
        <extracomment>The picture for each place type. The plain words for each place type, used before the place&apos;s own name (worded in the document&apos;s language where printed).</extracomment>
        <translation>Yn yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At home</source>
        <translation>Gartref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the hospital</source>
        <translation>Yn yr ysbyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the hospital far away</source>
        <translation>Yn yr ysbyty sy&apos;n bell i ffwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the children&apos;s home</source>
        <translation>Yn y cartref plant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out and about</source>
        <translation>Allan yn y gymuned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the office</source>
        <translation>Yn y swyddfa</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/easyread/wording.py" line="+27"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{hour} o&apos;clock at night</source>
        <translation>{hour} o&apos;r gloch y nos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour} o&apos;clock in the morning</source>
        <translation>{hour} o&apos;r gloch y bore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour} o&apos;clock in the afternoon</source>
        <translation>{hour} o&apos;r gloch y prynhawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour} o&apos;clock in the evening</source>
        <translation>{hour} o&apos;r gloch gyda&apos;r nos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hour}:{minute} at night</source>
        <translation>{hour}:{minute} y nos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour}:{minute} in the morning</source>
        <translation>{hour}:{minute} y bore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour}:{minute} in the afternoon</source>
        <translation>{hour}:{minute} y prynhawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour}:{minute} in the evening</source>
        <translation>{hour}:{minute} gyda&apos;r nos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>12 o&apos;clock midday</source>
        <translation>12 o&apos;r gloch ganol dydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12 o&apos;clock midnight</source>
        <translation>12 o&apos;r gloch ganol nos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{items} and {last}</source>
        <translation>{items} a {last}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/plans.py" line="+71"/>
        <source>family doctor</source>
        <translation>meddyg teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>children&apos;s doctor</source>
        <translation>meddyg plant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doctor</source>
        <translation>meddyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech therapist</source>
        <translation>therapydd lleferydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>therapist</source>
        <translation>therapydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nurse</source>
        <translation>nyrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teacher for extra help</source>
        <translation>athro ar gyfer help ychwanegol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school plan worker</source>
        <translation>gweithiwr cynllun ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teacher</source>
        <translation>athro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nursery worker</source>
        <translation>gweithiwr meithrinfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social worker</source>
        <translation>gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>care plan reviewer</source>
        <translation>adolygydd y cynllun gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advocate</source>
        <translation>eiriolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manager of the home</source>
        <translation>rheolwr y cartref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short breaks worker</source>
        <translation>gweithiwr seibiant byr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support worker</source>
        <translation>gweithiwr cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job adviser</source>
        <translation>cynghorydd swyddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth worker</source>
        <translation>gweithiwr ieuenctid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyworker</source>
        <translation>gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} helps {called} stay well.</source>
        <translation>Mae {name} yn helpu {called} i gadw&apos;n iach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} helps {called} with learning.</source>
        <translation>Mae {name} yn helpu {called} gyda dysgu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} helps {called} and the family get the right help.</source>
        <translation>Mae {name} yn helpu {called} a&apos;r teulu i gael y cymorth iawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} helps {called} do fun things.</source>
        <translation>Mae {name} yn helpu {called} i wneud pethau hwyl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is there for {called}.</source>
        <translation>Mae {name} yno i {called}.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>{name} helps {called}.</source>
        <translation>Mae {name} yn helpu {called}.</translation>
    </message>
</context>
<context>
    <name>EasyReadChecker</name>
    <message>
        <location filename="../keyworker_desktop/easyread/checker.py" line="+251"/>
        <source>This sentence has {count} words. Try {limit} words or fewer.</source>
        <extracomment>Acronyms met in this work and their full words. Acronyms that readers know better than their full words. Everyday words of four syllables that easy-read guides use freely. Jargon and the plainer word to use instead. Words that mark the end of one clause and the start of another. Pronouns that start a clause. A small, fixed list of verbs. A clause counts as one idea when it has one of these, a modal verb, or a word ending in -ed / -ing of five letters or more.</extracomment>
        <translation>Mae {count} gair yn y frawddeg hon. Ceisiwch ddefnyddio {limit} gair neu lai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split it into two sentences.</source>
        <translation>Rhannwch hi&apos;n ddwy frawddeg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{word}&apos; is an acronym. Write the full words.</source>
        <translation>Acronym yw &apos;{word}&apos;. Ysgrifennwch y geiriau llawn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{word}&apos; is a hard word.</source>
        <translation>Mae &apos;{word}&apos; yn air anodd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{word}&apos; is a long word. Try a shorter one.</source>
        <translation>Mae &apos;{word}&apos; yn air hir. Rhowch gynnig ar un byrrach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This sentence may have more than one idea. Use one idea per sentence.</source>
        <translation>Efallai fod mwy nag un syniad yn y frawddeg hon. Defnyddiwch un syniad ym mhob brawddeg.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/edit_dialog.py" line="+91"/>
        <source>{action} — {name}</source>
        <translation>{action} — {name}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep editing</source>
        <translation>Parhau i olygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard what you typed?</source>
        <translation>Gwaredu&apos;r hyn a deipiwyd gennych?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this form without saving? What you typed in it will be lost.</source>
        <translation>Cau&apos;r ffurflen hon heb gadw? Bydd yr hyn a deipiwyd gennych ynddi yn cael ei golli.</translation>
    </message>
</context>
<context>
    <name>EndInvolvementDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/ending_dialog.py" line="+103"/>
        <location line="+1"/>
        <source>End involvement</source>
        <extracomment>The young person&apos;s involvement was closed here.</extracomment>
        <translation>Dod â&apos;r ymwneud i ben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each part saves on its own button, in any order. Hand over to the next keyworker by the end of the half term after the young person leaves, with the family&apos;s permission.</source>
        <translation>Mae gan bob rhan ei botwm cadw ei hun, a gallwch eu cadw mewn unrhyw drefn. Trosglwyddwch i&apos;r gweithiwr allweddol nesaf erbyn diwedd yr hanner tymor ar ôl i&apos;r person ifanc adael, gyda chaniatâd y teulu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1. Step-down plan</source>
        <translation>1. Cynllun camu i lawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step-down &amp;plan</source>
        <translation>&amp;Cynllun camu i lawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who steps up, what continues for the family (for example peer support), and when contact ends.</source>
        <translation>Pwy sy&apos;n camu i mewn, beth sy&apos;n parhau i&apos;r teulu (er enghraifft cymorth gan gymheiriaid), a phryd mae&apos;r cyswllt yn dod i ben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the step-down plan</source>
        <translation>Cadw&apos;r cynllun camu i &amp;lawr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Handover to the next keyworker</source>
        <translation>2. Trosglwyddo i&apos;r gweithiwr allweddol nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over &amp;to</source>
        <translation>Trosglwyddo &amp;i</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A colleague from the list, or type a name</source>
        <translation>Cydweithiwr o&apos;r rhestr, neu teipiwch enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over to</source>
        <translation>Trosglwyddo i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over to: colleagues</source>
        <translation>Trosglwyddo i: cydweithwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover &amp;date</source>
        <translation>&amp;Dyddiad trosglwyddo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family&apos;s per&amp;mission</source>
        <translation>Caniatâd y &amp;teulu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family&apos;s permission: the choices</source>
        <translation>Caniatâd y teulu: y dewisiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handover recorded</source>
        <translation>Trosglwyddiad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record the handover</source>
        <translation>C&amp;ofnodi&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>3. Transition checklist</source>
        <translation>3. Rhestr wirio pontio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transition checklist</source>
        <translation>Rhestr wirio pontio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply the transition checklist</source>
        <translation>&amp;Rhoi&apos;r rhestr wirio pontio ar waith</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>4. Handover summary</source>
        <translation>4. Crynodeb trosglwyddo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of what the next keyworker needs. The saved copy is not encrypted: keep it safe and delete it once handed over.</source>
        <translation>PDF o&apos;r hyn sydd ei angen ar y gweithiwr allweddol nesaf. Nid yw&apos;r copi a gedwir wedi&apos;i amgryptio: cadwch ef yn ddiogel a&apos;i ddileu ar ôl ei drosglwyddo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the handover s&amp;ummary as PDF…</source>
        <translation>Cadw&apos;r crynodeb trosglwyddo fel &amp;PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>5. Close involvement</source>
        <translation>5. Cau&apos;r ymwneud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closure</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for &amp;closing (required)</source>
        <translation>Rheswm dros &amp;gau (gofynnol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing dat&amp;e</source>
        <translation>Dyddiad ca&amp;u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose involvement</source>
        <translation>Cau&apos;r &amp;ymwneud</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Leave without saving?</source>
        <translation>Gadael heb gadw?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something typed here is not saved yet. Each part saves on its own button. Leave anyway?</source>
        <translation>Mae rhywbeth a deipiwyd yma heb ei gadw eto. Mae gan bob rhan ei botwm cadw ei hun. Gadael beth bynnag?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>End involvement: {name}</source>
        <translation>Dod â&apos;r ymwneud i ben: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recorded: handover to {to} on {on}, with the family&apos;s permission.</source>
        <translation>Wedi&apos;i gofnodi: trosglwyddo i {to} ar {on}, gyda chaniatâd y teulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No handover recorded yet.</source>
        <translation>Dim trosglwyddiad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leaving date recorded: add it on the Profile tab, then apply the checklist.</source>
        <translation>Dim dyddiad gadael wedi&apos;i gofnodi: ychwanegwch ef ar y tab Proffil, yna rhowch y rhestr wirio ar waith.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied from the leaving date, {leaving}: due by {due}. Tick it on the Checklists tab.</source>
        <translation>Wedi&apos;i rhoi ar waith o&apos;r dyddiad gadael, {leaving}: i&apos;w chwblhau erbyn {due}. Ticiwch hi ar y tab Rhestrau gwirio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaving date {leaving}: the checklist will be due by {due}, the end of the half term after.</source>
        <translation>Dyddiad gadael {leaving}: bydd y rhestr wirio i&apos;w chwblhau erbyn {due}, diwedd yr hanner tymor wedyn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed on {on} ({reason}). Reopen it from the record.</source>
        <translation>Caewyd ar {on} ({reason}). Ailagorwch ef o&apos;r cofnod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open. Closing takes them off the caseload; they can still be found and reopened.</source>
        <translation>Ar agor. Mae cau yn eu tynnu oddi ar y llwyth achosion; mae modd dod o hyd iddyn nhw a&apos;u hailagor o hyd.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The step-down plan is saved.</source>
        <translation>Mae&apos;r cynllun camu i lawr wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the handover date.</source>
        <translation>Rhowch y dyddiad trosglwyddo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover is recorded.</source>
        <translation>Mae&apos;r trosglwyddiad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The transition checklist is applied: see the Checklists tab.</source>
        <translation>Mae&apos;r rhestr wirio pontio wedi&apos;i rhoi ar waith: gweler y tab Rhestrau gwirio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Involvement is closed. They are no longer on the caseload.</source>
        <translation>Mae&apos;r ymwneud wedi&apos;i gau. Nid ydyn nhw ar y llwyth achosion mwyach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handover</source>
        <translation>Trosglwyddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} handover summary.pdf</source>
        <translation>Crynodeb trosglwyddo {name}.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the handover summary (not encrypted)</source>
        <translation>Cadw&apos;r crynodeb trosglwyddo (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the handover summary</source>
        <translation>Cadw&apos;r crynodeb trosglwyddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary could not be saved there ({reason}). Try another folder.</source>
        <translation>Doedd dim modd cadw&apos;r crynodeb yno ({reason}). Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The handover summary is saved as {file}. That copy is not encrypted.</source>
        <translation>Mae&apos;r crynodeb trosglwyddo wedi&apos;i gadw fel {file}. Nid yw&apos;r copi hwnnw wedi&apos;i amgryptio.</translation>
    </message>
</context>
<context>
    <name>EndingBar</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/ending_banner.py" line="+117"/>
        <source>Re&amp;open…</source>
        <extracomment>&quot;End involvement…&quot; was pressed.</extracomment>
        <translation>&amp;Ailagor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen involvement</source>
        <translation>Ailagor yr ymwneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End involvement…</source>
        <translation>&amp;Dod â&apos;r ymwneud i ben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End involvement</source>
        <translation>Dod â&apos;r ymwneud i ben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Closed on {on} ({reason})</source>
        <translation>Caewyd ar {on} ({reason})</translation>
    </message>
</context>
<context>
    <name>EndingDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/ending_dialog.py" line="-362"/>
        <source>Not asked yet</source>
        <extracomment>The family&apos;s answer about handing over, as the permission box offers it.</extracomment>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, the family gave permission</source>
        <translation>Do, rhoddodd y teulu ganiatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, the family did not give permission</source>
        <translation>Naddo, ni roddodd y teulu ganiatâd</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/common.py" line="+134"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check:</source>
        <translation>Gwiriwch:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../keyworker_desktop/domain/rules.py" line="+63"/>
        <source>The date of birth is in the future.</source>
        <translation>Mae&apos;r dyddiad geni yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This young person is {age}: the service is for ages 0 to {max_age}.</source>
        <translation>Mae&apos;r person ifanc hwn yn {age} oed: mae&apos;r gwasanaeth ar gyfer pobl rhwng 0 a {max_age} oed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>visit</source>
        <translation>ymweliad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {what} ends before it starts.</source>
        <translation>Mae&apos;r {what} yn dod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} is too long: at most {limit} characters ({length} now).</source>
        <translation>Mae {label} yn rhy hir: {limit} nod ar y mwyaf ({length} nawr).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} is needed.</source>
        <translation>Mae angen {label}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is not a valid NHS number: it has 10 digits and the last one is a check digit.</source>
        <translation>Nid yw hwnnw&apos;n rif GIG dilys: mae ganddo 10 digid ac mae&apos;r un olaf yn ddigid gwirio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount must be more than £0.</source>
        <translation>Rhaid i&apos;r swm fod yn fwy na £0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This would take the total to £{total}, over the £{limit} limit. £{left} is left.</source>
        <translation>Byddai hyn yn mynd â&apos;r cyfanswm i £{total}, dros y terfyn o £{limit}. Mae £{left} ar ôl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This keyworker would hold {families} families; the limit is {limit}.</source>
        <translation>Byddai gan y gweithiwr allweddol hwn {families} teulu; y terfyn yw {limit}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no consent to work with a keyworker: work with the family and network only.</source>
        <translation>Does dim caniatâd i weithio gyda gweithiwr allweddol: gweithiwch gyda&apos;r teulu a&apos;r rhwydwaith yn unig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This note is finalised and signed, so it cannot be changed. Add an addendum instead.</source>
        <translation>Mae&apos;r nodyn hwn wedi&apos;i gwblhau a&apos;i lofnodi, felly ni ellir ei newid. Ychwanegwch atodiad yn lle hynny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A rating is from 0 to 10.</source>
        <translation>Mae sgôr rhwng 0 a 10.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/actions.py" line="+85"/>
        <location filename="../keyworker_desktop/services/network.py" line="+72"/>
        <location filename="../keyworker_desktop/services/recording.py" line="+51"/>
        <source>{label} is not one of the choices.</source>
        <extracomment>The meetings that follow this one up (a C(E)TR&apos;s follow-up), by id.</extracomment>
        <translation>Nid yw {label} yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>What needs doing</source>
        <translation>Beth sydd angen ei wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who owns it</source>
        <translation>Pwy yw&apos;r perchennog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner&apos;s name</source>
        <translation>Enw&apos;r perchennog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up</source>
        <translation>Y camau dilynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <location filename="../keyworker_desktop/services/recording.py" line="+77"/>
        <source>The status</source>
        <translation>Y statws</translation>
    </message>
    <message>
        <location line="-27"/>
        <location filename="../keyworker_desktop/services/rhythm.py" line="+145"/>
        <source>That professional is not in the network.</source>
        <translation>Nid yw&apos;r gweithiwr proffesiynol hwnnw yn y rhwydwaith.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The day it was done cannot be in the future.</source>
        <translation>Ni all y diwrnod y cafodd ei wneud fod yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day it was done cannot be before the action was recorded ({recorded}).</source>
        <translation>Ni all y diwrnod y cafodd ei wneud fod cyn i&apos;r cam gweithredu gael ei gofnodi ({recorded}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The kind of meeting</source>
        <translation>Y math o gyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title</source>
        <translation>Y teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place</source>
        <translation>Y lle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/services/allocation.py" line="+186"/>
        <location filename="../keyworker_desktop/services/profile.py" line="+86"/>
        <location line="+30"/>
        <source>The notes</source>
        <translation>Y nodiadau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The meeting this follows up is not on this record.</source>
        <translation>Nid yw&apos;r cyfarfod y mae hyn yn ei ddilyn ar y cofnod hwn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose at least one young person.</source>
        <translation>Dewiswch o leiaf un person ifanc.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/allocation.py" line="-76"/>
        <location filename="../keyworker_desktop/services/network.py" line="+11"/>
        <location filename="../keyworker_desktop/services/profile.py" line="-35"/>
        <source>A name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../keyworker_desktop/services/network.py" line="+2"/>
        <location filename="../keyworker_desktop/services/profile.py" line="+2"/>
        <source>The name</source>
        <translation>Yr enw</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The role is not one of the choices.</source>
        <translation>Nid yw&apos;r rôl yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason must be a first allocation or one of the four reasons for a change of keyworker.</source>
        <translation>Rhaid i&apos;r rheswm fod yn ddyraniad cyntaf neu&apos;n un o&apos;r pedwar rheswm dros newid gweithiwr allweddol.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a member of staff.</source>
        <translation>Dewiswch aelod o staff.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They already hold this role for this young person.</source>
        <translation>Maen nhw eisoes yn y rôl hon ar gyfer y person ifanc hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new allocation</source>
        <translation>dyraniad newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone holds this role already: choose the reason for the change.</source>
        <translation>Mae rhywun yn y rôl hon eisoes: dewiswch y rheswm dros y newid.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reason must be a step-down or one of the four reasons for a change of keyworker.</source>
        <translation>Rhaid i&apos;r rheswm fod yn gamu i lawr neu&apos;n un o&apos;r pedwar rheswm dros newid gweithiwr allweddol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This allocation has ended already.</source>
        <translation>Mae&apos;r dyraniad hwn wedi dod i ben eisoes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allocation</source>
        <translation>dyraniad</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/budget.py" line="+28"/>
        <source>Type the amount in pounds and pence, for example 12.50.</source>
        <translation>Teipiwch y swm mewn punnoedd a cheiniogau, er enghraifft 12.50.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+1"/>
        <location filename="../keyworker_desktop/services/recording.py" line="+112"/>
        <source>What it was for</source>
        <translation>Diben y gwariant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who approved it</source>
        <translation>Pwy a&apos;i cymeradwyodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who received it</source>
        <translation>Pwy a&apos;i derbyniodd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spend date is in the future.</source>
        <translation>Mae dyddiad y gwariant yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/checklists.py" line="+26"/>
        <source>There is no such checklist.</source>
        <translation>Does dim rhestr wirio o&apos;r fath.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/child_file.py" line="+110"/>
        <source>Choose which plan this is.</source>
        <extracomment>&quot;&quot; (current), &quot;no_copy&quot; or &quot;review_passed&quot;.</extracomment>
        <translation>Dewiswch pa gynllun yw hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy&apos;s date is in the future.</source>
        <translation>Mae dyddiad y copi yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review date is before the copy&apos;s date.</source>
        <translation>Mae&apos;r dyddiad adolygu cyn dyddiad y copi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That document is not on this young person&apos;s record.</source>
        <translation>Nid yw&apos;r ddogfen honno ar gofnod y person ifanc hwn.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/consent.py" line="+39"/>
        <source>The date {what} is in the future.</source>
        <translation>Mae&apos;r dyddiad {what} yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date {what} is before the date of birth.</source>
        <translation>Mae&apos;r dyddiad {what} cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Who made the best-interests decision</source>
        <translation>Pwy wnaeth y penderfyniad er budd pennaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the best-interests decision was made</source>
        <translation>Pam y gwnaed y penderfyniad er budd pennaf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which person with parental responsibility gave consent.</source>
        <translation>Dywedwch pa berson â chyfrifoldeb rhiant a roddodd ganiatâd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That person is not in the family with parental responsibility: add them to Family and carers, marked with parental responsibility, first.</source>
        <translation>Nid yw&apos;r person hwnnw yn y teulu gyda chyfrifoldeb rhiant: ychwanegwch nhw at Teulu a gofalwyr, wedi&apos;u marcio â chyfrifoldeb rhiant, yn gyntaf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The kind of consent is not one of the choices.</source>
        <translation>Nid yw&apos;r math o ganiatâd yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who gave consent is not one of the choices.</source>
        <translation>Nid yw pwy roddodd y caniatâd yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it was recorded is not one of the choices.</source>
        <translation>Nid yw&apos;r ffordd y cafodd ei gofnodi yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review date is before consent was given.</source>
        <translation>Mae&apos;r dyddiad adolygu cyn i&apos;r caniatâd gael ei roi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Named agencies belong to consent to share information only.</source>
        <translation>Dim ond ar gyfer caniatâd i rannu gwybodaeth y mae asiantaethau a enwir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An agency&apos;s name</source>
        <translation>Enw asiantaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name of who gave consent</source>
        <translation>Enw&apos;r sawl a roddodd ganiatâd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note on capacity</source>
        <translation>Y nodyn am alluedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for the decision</source>
        <translation>Y rheswm dros y penderfyniad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no consent of that kind in force to withdraw.</source>
        <translation>Does dim caniatâd o&apos;r math hwnnw mewn grym i&apos;w dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date consent was withdrawn is before it was given.</source>
        <translation>Mae&apos;r dyddiad y tynnwyd y caniatâd yn ôl cyn iddo gael ei roi.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/documents.py" line="+158"/>
        <source>The file is empty.</source>
        <translation>Mae&apos;r ffeil yn wag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size}; a document can be at most {limit} so that it can sync to the central store. Scan it again at a lower resolution, or save it as a smaller PDF.</source>
        <translation>Mae&apos;r ffeil yn {size}; gall dogfen fod yn {limit} ar y mwyaf er mwyn iddi allu cysoni â&apos;r storfa ganolog. Sganiwch hi eto ar gydraniad is, neu cadwch hi fel PDF llai.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has no name.</source>
        <translation>Does dim enw gan y ffeil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s name is longer than {MAX_FILENAME} characters: rename it and attach it again.</source>
        <translation>Mae enw&apos;r ffeil yn hirach na {MAX_FILENAME} nod: ailenwch hi a&apos;i hatodi eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kind of file cannot be attached. Attach a PDF, a PNG or JPEG picture, a Word, Excel or OpenDocument file, or plain text (.txt).</source>
        <translation>Ni ellir atodi&apos;r math hwn o ffeil. Atodwch PDF, llun PNG neu JPEG, ffeil Word, Excel neu OpenDocument, neu destun plaen (.txt).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A document is attached to a young person, a consent or an allocation.</source>
        <translation>Caiff dogfen ei hatodi i berson ifanc, i ganiatâd neu i ddyraniad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That {attached_to} is not on this young person&apos;s record.</source>
        <translation>Nid yw&apos;r {attached_to} hwnnw ar gofnod y person ifanc hwn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose what kind of document this is.</source>
        <translation>Dewiswch pa fath o ddogfen yw hon.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>That document is no longer on the record.</source>
        <translation>Nid yw&apos;r ddogfen honno ar y cofnod mwyach.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The copy could not be saved there ({reason}). Nothing was saved.</source>
        <translation>Nid oedd modd cadw&apos;r copi yno ({reason}). Ni chadwyd dim byd.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/ending.py" line="+94"/>
        <source>This young person&apos;s involvement is closed already.</source>
        <translation>Mae&apos;r ymwneud â&apos;r person ifanc hwn wedi&apos;i gau yn barod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for closing</source>
        <translation>Y rheswm dros gau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The closing date is in the future.</source>
        <translation>Mae&apos;r dyddiad cau yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The closing date is before the referral.</source>
        <translation>Mae&apos;r dyddiad cau cyn yr atgyfeiriad.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This young person&apos;s involvement is not closed.</source>
        <translation>Nid yw&apos;r ymwneud â&apos;r person ifanc hwn wedi&apos;i gau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for reopening</source>
        <translation>Y rheswm dros ailagor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reopening date is in the future.</source>
        <translation>Mae&apos;r dyddiad ailagor yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reopening date is before the closure.</source>
        <translation>Mae&apos;r dyddiad ailagor cyn y dyddiad cau.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/escalations.py" line="+95"/>
        <location line="+2"/>
        <source>What was blocked</source>
        <translation>Beth gafodd ei rwystro</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Who it was escalated to</source>
        <translation>At bwy y cafodd ei uwchgyfeirio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The level is not one of the choices ({join}).</source>
        <translation>Nid yw&apos;r lefel yn un o&apos;r dewisiadau ({join}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where it came from is not one of the choices.</source>
        <translation>Nid yw&apos;r man y daeth ohono yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date it was raised is in the future.</source>
        <translation>Mae&apos;r dyddiad y cafodd ei godi yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That action is no longer there.</source>
        <translation>Nid yw&apos;r cam gweithredu hwnnw yno mwyach.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/ending.py" line="-40"/>
        <location filename="../keyworker_desktop/services/escalations.py" line="+20"/>
        <location line="+2"/>
        <location filename="../keyworker_desktop/services/register.py" line="+239"/>
        <source>The outcome</source>
        <translation>Y canlyniad</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/escalations.py" line="+2"/>
        <source>escalation</source>
        <translation>uwchgyfeiriad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date it was resolved is in the future.</source>
        <translation>Mae&apos;r dyddiad y cafodd ei ddatrys yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This escalation is closed already.</source>
        <translation>Mae&apos;r uwchgyfeiriad hwn wedi&apos;i gau yn barod.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/goals.py" line="+68"/>
        <source>The goal in their words</source>
        <translation>Y nod yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal</source>
        <translation>Y nod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who it was agreed with</source>
        <translation>Gyda phwy y cytunwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goal</source>
        <translation>nod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date the goal was set is in the future.</source>
        <translation>Mae&apos;r dyddiad y gosodwyd y nod yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date it was achieved is in the future.</source>
        <translation>Mae&apos;r dyddiad y cyflawnwyd y nod yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The comment</source>
        <translation>Y sylw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rating date is in the future.</source>
        <translation>Mae dyddiad y sgôr yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rating is dated before the goal was set.</source>
        <translation>Mae dyddiad y sgôr cyn i&apos;r nod gael ei osod.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/handover.py" line="+126"/>
        <source>The step-down plan</source>
        <translation>Y cynllun camu i lawr</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Who the handover is to</source>
        <translation>At bwy mae&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say whether the family gave permission to hand over.</source>
        <translation>Dywedwch a roddodd y teulu ganiatâd i drosglwyddo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The family did not give permission, so no handover is recorded and nothing should be handed over. Ask again later, or write what was agreed in the step-down plan.</source>
        <translation>Ni roddodd y teulu ganiatâd, felly nid oes trosglwyddiad wedi&apos;i gofnodi ac ni ddylid trosglwyddo dim. Gofynnwch eto yn nes ymlaen, neu ysgrifennwch beth a gytunwyd yn y cynllun camu i lawr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The handover date is before the referral.</source>
        <translation>Mae dyddiad y trosglwyddiad cyn yr atgyfeiriad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The handover date is more than a year ahead.</source>
        <translation>Mae dyddiad y trosglwyddiad dros flwyddyn yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record the leaving date on the Profile tab first.</source>
        <translation>Cofnodwch y dyddiad gadael ar y tab Proffil yn gyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transition checklist is applied already from this leaving date.</source>
        <translation>Mae&apos;r rhestr wirio pontio wedi&apos;i chymhwyso yn barod o&apos;r dyddiad gadael hwn.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/network.py" line="+2"/>
        <source>The sector</source>
        <translation>Y sector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link strength</source>
        <translation>Cryfder y cysylltiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The direction</source>
        <translation>Cyfeiriad y cysylltiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../keyworker_desktop/services/profile.py" line="+1"/>
        <source>The phone number</source>
        <translation>Y rhif ffôn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email address</source>
        <translation>Y cyfeiriad e-bost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That does not look like an email address: it needs an @ and no spaces.</source>
        <translation>Nid yw hwnnw&apos;n edrych fel cyfeiriad e-bost: mae angen @ a dim bylchau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../keyworker_desktop/services/recording.py" line="-155"/>
        <location line="+97"/>
        <location filename="../keyworker_desktop/services/risk_plan.py" line="+106"/>
        <source>This text</source>
        <translation>Y testun hwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last contact is in the future.</source>
        <translation>Mae&apos;r cyswllt diwethaf yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This professional is already in the network.</source>
        <translation>Mae&apos;r gweithiwr proffesiynol hwn yn y rhwydwaith yn barod.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/network_map.py" line="+136"/>
        <source>The link strength is not one of the choices.</source>
        <translation>Nid yw cryfder y cysylltiad yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../keyworker_desktop/services/rhythm.py" line="-15"/>
        <source>The direction is not one of the choices.</source>
        <translation>Nid yw&apos;r cyfeiriad yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/photo.py" line="+45"/>
        <source>The photograph must be saved as a PNG.</source>
        <translation>Rhaid cadw&apos;r llun fel PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photograph is too large: crop it smaller.</source>
        <translation>Mae&apos;r llun yn rhy fawr: torrwch ef yn llai.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/profile.py" line="+6"/>
        <source>The relationship is not one of the choices.</source>
        <translation>Nid yw&apos;r berthynas yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>What the date is</source>
        <translation>Beth yw&apos;r dyddiad</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/recording.py" line="-114"/>
        <location filename="../keyworker_desktop/services/referrals.py" line="+79"/>
        <source>A first name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/services/referrals.py" line="+2"/>
        <source>A family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/services/referrals.py" line="+2"/>
        <source>The first name</source>
        <translation>Yr enw cyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/services/referrals.py" line="+2"/>
        <source>The family name</source>
        <translation>Y cyfenw</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/services/referrals.py" line="+2"/>
        <source>The preferred name</source>
        <translation>Yr enw dewisol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>placement</source>
        <translation>lleoliad</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The place type</source>
        <translation>Y math o le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The place name</source>
        <translation>Enw&apos;r lle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purpose</source>
        <translation>Y diben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Travel time must be between 0 and 24 hours.</source>
        <translation>Rhaid i&apos;r amser teithio fod rhwng 0 a 24 awr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The planned visit is no longer there to complete. Nothing was saved; record the visit again.</source>
        <translation>Nid yw&apos;r ymweliad a gynlluniwyd yno i&apos;w gwblhau mwyach. Ni chadwyd dim; cofnodwch yr ymweliad eto.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The session format</source>
        <translation>Fformat y sesiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add a purpose and what was discussed before finalising.</source>
        <translation>Ychwanegwch ddiben a&apos;r hyn a drafodwyd cyn cwblhau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>The addendum</source>
        <translation>Yr atodiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addenda are for finalised notes; edit the draft instead.</source>
        <translation>Mae atodiadau ar gyfer nodiadau terfynol; golygwch y drafft yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/referrals.py" line="+2"/>
        <source>The address</source>
        <translation>Y cyfeiriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The placement&apos;s name</source>
        <translation>Enw&apos;r lleoliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who referred</source>
        <translation>Pwy a atgyfeiriodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason for the referral</source>
        <translation>Y rheswm dros yr atgyfeiriad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where they live is not one of the choices.</source>
        <translation>Nid yw&apos;r man lle maen nhw&apos;n byw yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The referral date is in the future.</source>
        <translation>Mae&apos;r dyddiad atgyfeirio yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The referral date is before the date of birth.</source>
        <translation>Mae&apos;r dyddiad atgyfeirio cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/register.py" line="-149"/>
        <source>This young person has no register entry: take a referral for them first.</source>
        <extracomment>The entry&apos;s fields the Register tab edits, as ``save_entry`` takes them.</extracomment>
        <translation>Nid oes gan y person ifanc hwn gofnod ar y gofrestr: cymerwch atgyfeiriad ar eu cyfer yn gyntaf.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Current issues</source>
        <translation>Materion cyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been tried</source>
        <translation>Beth sydd wedi&apos;i roi ar brawf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What reduces risk</source>
        <translation>Beth sy&apos;n lleihau risg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action plan</source>
        <translation>Y cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../keyworker_desktop/services/triage.py" line="+153"/>
        <source>The date is in the future.</source>
        <translation>Mae&apos;r dyddiad yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../keyworker_desktop/services/triage.py" line="+4"/>
        <source>The date is before the referral.</source>
        <translation>Mae&apos;r dyddiad cyn yr atgyfeiriad.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose red, amber, green or blue.</source>
        <translation>Dewiswch goch, ambr, gwyrdd neu las.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rationale for the rating</source>
        <translation>Y rhesymeg dros y sgôr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rationale</source>
        <translation>Y rhesymeg</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The outcome of the review</source>
        <translation>Canlyniad yr adolygiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next review must be after this one.</source>
        <translation>Rhaid i&apos;r adolygiad nesaf fod ar ôl yr un hwn.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/register_rows.py" line="+158"/>
        <source>The RAG rationale</source>
        <translation>Y rhesymeg RAG</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The keyworker&apos;s name</source>
        <translation>Enw&apos;r gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/rhythm.py" line="-4"/>
        <source>How the contact was made is not one of the choices.</source>
        <extracomment>How a contact was made, as the CLI and the form offer them. A young person with no session note for this long is due a keyworker session. The sync account&apos;s role (kept when the laptop registered) that sees the team&apos;s raised notes.</extracomment>
        <translation>Nid yw sut y gwnaed y cyswllt yn un o&apos;r dewisiadau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Who it was with</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>That family member is not on the record.</source>
        <translation>Nid yw&apos;r aelod hwnnw o&apos;r teulu ar y cofnod.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Only a senior or manager acknowledges a note raised with them.</source>
        <translation>Dim ond uwch-ymarferydd neu reolwr sy&apos;n cydnabod nodyn a godwyd gyda nhw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This note was not raised with a manager.</source>
        <translation>Ni chodwyd y nodyn hwn gyda rheolwr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This note was already acknowledged.</source>
        <translation>Mae&apos;r nodyn hwn wedi&apos;i gydnabod yn barod.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A cancelled visit has no session note.</source>
        <extracomment>Whether this laptop&apos;s user may acknowledge raised notes.</extracomment>
        <translation>Nid oes nodyn sesiwn gan ymweliad a ganslwyd.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/risk_plan.py" line="+2"/>
        <source>plan&apos;s review</source>
        <translation>adolygiad y cynllun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assessment date is in the future.</source>
        <translation>Mae dyddiad yr asesiad yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/subject_access.py" line="+66"/>
        <source>The export could not be saved there ({reason}). Nothing was exported.</source>
        <translation>Nid oedd modd cadw&apos;r allforio yno ({reason}). Ni allforiwyd dim byd.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/triage.py" line="-116"/>
        <source>This young person is accepted onto the register already.</source>
        <extracomment>What triage may move an entry to, from each status (closing and reopening are ``services.ending``&apos;s, through :func:`mark_closed` and :func:`mark_reopened`). The statuses the triage queue lists.</extracomment>
        <translation>Mae&apos;r person ifanc hwn wedi&apos;i dderbyn ar y gofrestr yn barod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This referral was declined; it cannot be moved on. Take a new referral if they are referred again.</source>
        <translation>Cafodd yr atgyfeiriad hwn ei wrthod; nid oes modd ei symud ymlaen. Cymerwch atgyfeiriad newydd os ydyn nhw&apos;n cael eu hatgyfeirio eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This young person&apos;s involvement is closed; reopen it first.</source>
        <translation>Mae&apos;r ymwneud â&apos;r person ifanc hwn wedi&apos;i gau; ailagorwch ef yn gyntaf.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This young person has no register entry to triage.</source>
        <translation>Nid oes gan y person ifanc hwn gofnod ar y gofrestr i&apos;w frysbennu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That is not a triage decision: move to the waiting list, accept or decline.</source>
        <translation>Nid yw hwnnw&apos;n benderfyniad brysbennu: symud i&apos;r rhestr aros, derbyn neu wrthod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This young person is on the triage waiting list already.</source>
        <translation>Mae&apos;r person ifanc hwn ar y rhestr aros brysbennu eisoes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Who decided</source>
        <translation>Pwy benderfynodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for declining</source>
        <translation>Y rheswm dros wrthod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason</source>
        <translation>Y rheswm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date is before the entry&apos;s last change.</source>
        <translation>Mae&apos;r dyddiad cyn newid diwethaf y cofnod.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/store/backups.py" line="+138"/>
        <source>Could not restore {backup}: {strerror}</source>
        <translation>Methu adfer {backup}: {strerror}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/store/database.py" line="+59"/>
        <location filename="../keyworker_desktop/store/sqlcipher.py" line="+80"/>
        <source>damaged</source>
        <translation>wedi&apos;i difrodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable in full</source>
        <translation>heb fod yn ddarllenadwy yn llawn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use at least {count} characters; three random words are good.</source>
        <translation>Defnyddiwch o leiaf {count} nod; mae tri gair ar hap yn dda.</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+3"/>
        <source>missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Another Keyworker program is busy with the key file. Try again in a moment.</source>
        <translation>Mae rhaglen Keyworker arall yn defnyddio&apos;r ffeil allwedd. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/store/errors.py" line="+27"/>
        <source>That passphrase is not right. Nothing was changed; try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Ni newidiwyd dim; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too many wrong passphrases. Wait {seconds} seconds and try again.</source>
        <translation>Gormod o gyfrinymadroddion anghywir. Arhoswch {seconds} eiliad a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file {path} cannot be read ({detail}). Nothing was changed. You can restore a backup with &apos;keyworker restore&apos;.</source>
        <translation>Nid oes modd darllen y ffeil cronfa ddata {path} ({detail}). Ni newidiwyd dim byd. Gallwch adfer copi wrth gefn gyda &apos;keyworker restore&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key file {path} cannot be read ({detail}). Nothing was changed. A copy of the key file is kept with each backup; &apos;keyworker restore&apos; can bring it back.</source>
        <translation>Nid oes modd darllen y ffeil allwedd {path} ({detail}). Ni newidiwyd dim byd. Mae copi o&apos;r ffeil allwedd yn cael ei gadw gyda phob copi wrth gefn; gall &apos;keyworker restore&apos; ddod â hi&apos;n ôl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no Keyworker store in {path}. Create one with &apos;keyworker init&apos;.</source>
        <translation>Does dim storfa Keyworker yn {path}. Crëwch un gyda &apos;keyworker init&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Keyworker store already exists in {path}. Nothing was changed.</source>
        <translation>Mae storfa Keyworker yn bodoli eisoes yn {path}. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The store in {path} is open in the app, or in a keyworker command still running. Lock or close it there, then try again. Nothing was changed.</source>
        <translation>Mae&apos;r storfa yn {path} ar agor yn yr ap, neu mewn gorchymyn keyworker sy&apos;n dal i redeg. Clowch neu caewch hi yno, yna rhowch gynnig arall arni. Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/store/portable.py" line="+54"/>
        <source>{path} is not a Keyworker backup that can be restored ({detail}). Nothing was changed.</source>
        <extracomment>Sync values that belong to the old laptop&apos;s registration, not to the records.</extracomment>
        <translation>Nid yw {path} yn gopi wrth gefn Keyworker y mae modd ei adfer ({detail}). Ni newidiwyd dim byd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This backup belongs to {found}, not to {expected}. Nothing was changed. Ask your IT support for the right backup.</source>
        <translation>Mae&apos;r copi wrth gefn hwn yn perthyn i {found}, nid i {expected}. Ni newidiwyd dim byd. Gofynnwch i&apos;ch cymorth TG am y copi wrth gefn cywir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no named organisation</source>
        <translation>dim sefydliad wedi&apos;i enwi</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>its key is damaged</source>
        <translation>mae ei allwedd wedi&apos;i difrodi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its database is damaged or cut short</source>
        <translation>mae ei gronfa ddata wedi&apos;i difrodi neu&apos;n anghyflawn</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>it is not a backup file</source>
        <translation>nid yw&apos;n ffeil copi wrth gefn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was made by a newer version of Keyworker: update this laptop first</source>
        <translation>cafodd ei wneud gan fersiwn mwy newydd o Keyworker: diweddarwch y gliniadur hwn yn gyntaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parts of it are missing</source>
        <translation>mae rhannau ohono ar goll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no such file</source>
        <translation>nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder</source>
        <translation>mae&apos;n ffolder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a backup file, or it is damaged or cut short</source>
        <translation>nid yw&apos;n ffeil copi wrth gefn, neu mae wedi&apos;i difrodi neu&apos;n anghyflawn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be read: {strerror}</source>
        <translation>nid oes modd ei ddarllen: {strerror}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../keyworker_desktop/store/sqlcipher.py" line="+2"/>
        <source>not a Keyworker database, or damaged</source>
        <translation>nid yw&apos;n gronfa ddata Keyworker, neu mae wedi&apos;i difrodi</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/sync/errors.py" line="+28"/>
        <source>The central store&apos;s certificate could not be checked, so nothing was sent. Your changes are kept on this laptop. Please ask your organisation&apos;s IT support for its certificate authority file.</source>
        <translation>Nid oedd modd gwirio tystysgrif y storfa ganolog, felly ni anfonwyd dim. Mae eich newidiadau&apos;n cael eu cadw ar y gliniadur hwn. Gofynnwch i gymorth TG eich sefydliad am ei ffeil awdurdod tystysgrifau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate authority file set for the central store cannot be read, so its certificate cannot be checked and nothing was sent. Please ask your organisation&apos;s IT support (on the command line: keyworker sync --ca-cert FILE).</source>
        <translation>Nid oes modd darllen y ffeil awdurdod tystysgrifau a osodwyd ar gyfer y storfa ganolog, felly nid oes modd gwirio ei thystysgrif ac ni anfonwyd dim. Gofynnwch i gymorth TG eich sefydliad (ar y llinell orchymyn: keyworker sync --ca-cert FILE).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This laptop&apos;s store holds the fictional demo caseload, which never syncs. To sync real records, start a new store in another folder.</source>
        <translation>Mae storfa&apos;r gliniadur hwn yn dal y llwyth achosion arddangos ffuglennol, nad yw byth yn cysoni. I gysoni cofnodion go iawn, dechreuwch storfa newydd mewn ffolder arall.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/sync/transport.py" line="+49"/>
        <source>The central store&apos;s address must start with https://</source>
        <translation>Rhaid i gyfeiriad y storfa ganolog ddechrau gyda https://</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The central store must be reached over https:// (plain http is only allowed to this computer).</source>
        <translation>Rhaid cysylltu â&apos;r storfa ganolog dros https:// (dim ond i&apos;r cyfrifiadur hwn y caniateir http plaen).</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/sync/client.py" line="+162"/>
        <source>The central store cannot be reached. Your changes are kept on this laptop; sync again when you are connected.</source>
        <translation>Nid oes modd cysylltu â&apos;r storfa ganolog. Mae eich newidiadau&apos;n cael eu cadw ar y gliniadur hwn; cysonwch eto pan fyddwch wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This laptop&apos;s sign-in to the central store has ended (it was not used for a long time). Your changes are kept on this laptop: please sign in again.</source>
        <translation>Mae mewngofnodiad y gliniadur hwn i&apos;r storfa ganolog wedi dod i ben (ni chafodd ei ddefnyddio am amser hir). Mae eich newidiadau&apos;n cael eu cadw ar y gliniadur hwn: mewngofnodwch eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s sign-in to the central store has ended (the account&apos;s password was changed). Your changes are kept on this laptop: please sign in again.</source>
        <translation>Mae mewngofnodiad y gliniadur hwn i&apos;r storfa ganolog wedi dod i ben (cafodd cyfrinair y cyfrif ei newid). Mae eich newidiadau&apos;n cael eu cadw ar y gliniadur hwn: mewngofnodwch eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account on the central store has been disabled by your organisation. Your changes are kept on this laptop; please speak to your manager.</source>
        <translation>Mae eich sefydliad wedi analluogi eich cyfrif ar y storfa ganolog. Mae eich newidiadau&apos;n cael eu cadw ar y gliniadur hwn; siaradwch â&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many attempts to sign in: please wait {seconds} seconds and try again.</source>
        <translation>Gormod o ymdrechion i fewngofnodi: arhoswch {seconds} eiliad a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many attempts to sign in: please wait a few minutes and try again.</source>
        <translation>Gormod o ymdrechion i fewngofnodi: arhoswch ychydig funudau a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central store did not accept this laptop&apos;s credentials ({message}).</source>
        <translation>Ni dderbyniodd y storfa ganolog fanylion mewngofnodi&apos;r gliniadur hwn ({message}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central store is not working at the moment. Your changes are kept on this laptop.</source>
        <translation>Nid yw&apos;r storfa ganolog yn gweithio ar hyn o bryd. Mae eich newidiadau&apos;n cael eu cadw ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central store refused the request: {message}</source>
        <translation>Gwrthododd y storfa ganolog y cais: {message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop is not registered with the central store.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gofrestru gyda&apos;r storfa ganolog.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/sync/wipe.py" line="+99"/>
        <source>{count} changes made on this laptop since its last sync had not reached the central store and are lost. </source>
        <translation>Nid oedd {count} newid a wnaed ar y gliniadur hwn ers y cysoni diwethaf wedi cyrraedd y storfa ganolog, ac maen nhw wedi&apos;u colli. </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 change made on this laptop since its last sync had not reached the central store and is lost. </source>
        <translation>Nid oedd 1 newid a wnaed ar y gliniadur hwn ers y cysoni diwethaf wedi cyrraedd y storfa ganolog, ac mae wedi&apos;i golli. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing you made on it was left unsynced. </source>
        <translation>Ni adawyd dim byd a wnaethoch arno heb ei gysoni. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop has been revoked by your organisation, so the Keyworker data on it has been deleted. {lost}Please speak to your manager.</source>
        <translation>Mae eich sefydliad wedi dirymu&apos;r gliniadur hwn, felly mae&apos;r data Keyworker arno wedi&apos;i ddileu. {lost}Siaradwch â&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/sync/client.py" line="+212"/>
        <source>Nothing was sent: you chose not to delete {deletes} records from the central store.</source>
        <translation>Ni anfonwyd dim byd: fe wnaethoch chi ddewis peidio â dileu {deletes} cofnod o&apos;r storfa ganolog.</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Stopped: the central store would delete {deletes} records on this laptop. Nothing was deleted.</source>
        <translation>Wedi stopio: byddai&apos;r storfa ganolog yn dileu {deletes} cofnod ar y gliniadur hwn. Ni ddilëwyd dim byd.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/store/keys.py" line="+139"/>
        <source>unreadable</source>
        <translation>annarllenadwy</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/store/sqlcipher.py" line="-14"/>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a Keyworker database</source>
        <translation>nid yw&apos;n gronfa ddata Keyworker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged: the file is cut short</source>
        <translation>wedi&apos;i difrodi: mae&apos;r ffeil yn anghyflawn</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/backup.py" line="+50"/>
        <source>There is not enough space in {folder} for the backup. Nothing was written. Free some space or choose another drive.</source>
        <translation>Does dim digon o le yn {folder} ar gyfer y copi wrth gefn. Ni ysgrifennwyd dim byd. Rhyddhewch rywfaint o le neu dewiswch yriant arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup cannot be written in {folder}: it is read-only or you may not write there. Nothing was written. Choose another folder or drive.</source>
        <translation>Ni ellir ysgrifennu&apos;r copi wrth gefn yn {folder}: mae&apos;n ddarllen-yn-unig neu ni chewch ysgrifennu yno. Ni ysgrifennwyd dim byd. Dewiswch ffolder neu yriant arall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {folder} is no longer there (was the drive removed?). Nothing was written. Put the drive back and try again.</source>
        <translation>Nid yw&apos;r ffolder {folder} yno mwyach (a dynnwyd y gyriant allan?). Ni ysgrifennwyd dim byd. Rhowch y gyriant yn ôl a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written in {folder} ({strerror}). Nothing was written.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn yn {folder} ({strerror}). Ni ysgrifennwyd dim byd.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no folder {folder} to write the backup in (was the drive removed?). Nothing was written.</source>
        <translation>Does dim ffolder {folder} i ysgrifennu&apos;r copi wrth gefn ynddo (a dynnwyd y gyriant allan?). Ni ysgrifennwyd dim byd.</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_dialogs.py" line="-44"/>
        <source>On its own</source>
        <translation>Ar ei ben ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An overdue action</source>
        <translation>Cam gweithredu hwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blocked referral</source>
        <translation>Atgyfeiriad wedi&apos;i rwystro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Escalate</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;blocked</source>
        <translation>Beth sydd wedi&apos;i &amp;rwystro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated &amp;to</source>
        <translation>Uwchgyfeiriwyd &amp;at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level</source>
        <translation>&amp;Lefel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raised &amp;from</source>
        <translation>Codwyd &amp;o</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Raised on</source>
        <translation>&amp;Dyddiad codi</translation>
    </message>
</context>
<context>
    <name>FamilyBox</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/profile_people.py" line="-145"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Family and carers</source>
        <translation>Teulu a gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family member</source>
        <translation>aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parental responsibility</source>
        <translation>Cyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lives with them</source>
        <translation>Yn byw gyda nhw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location line="-123"/>
        <source>Edit family member</source>
        <translation>Golygu aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add family member</source>
        <translation>Ychwanegu aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has parental responsibility</source>
        <translation>Â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parental responsibility</source>
        <translation>Cyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lives with the young person</source>
        <translation>Yn byw gyda&apos;r person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lives with them</source>
        <translation>Yn byw gyda nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>FieldHistoryDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/history_dialog.py" line="+80"/>
        <source>History of {field}</source>
        <translation>Hanes {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every value of {field} in {record} for {person} that this laptop has seen, oldest first.</source>
        <translation>Pob gwerth ar gyfer {field} yn {record} ar gyfer {person} y mae&apos;r gliniadur hwn wedi&apos;i weld, yr hynaf yn gyntaf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Put this value back</source>
        <translation>Rhoi&apos;r gwerth hwn yn ôl</translation>
    </message>
</context>
<context>
    <name>GoalChart</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/goal_chart.py" line="+23"/>
        <source>Progress chart</source>
        <translation>Siart cynnydd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No goal chosen.</source>
        <translation>Dim nod wedi&apos;i ddewis.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not rated yet</source>
        <translation>Dim sgôr eto</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_dialogs.py" line="-98"/>
        <source>Edit goal</source>
        <translation>Golygu&apos;r nod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The goal in their &amp;own words</source>
        <translation>Y nod yn eu geiriau eu &amp;hunain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreed with</source>
        <translation>&amp;Cytunwyd gyda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set on</source>
        <translation>&amp;Gosodwyd ar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;chieved on</source>
        <translation>C&amp;yflawnwyd ar</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../keyworker_desktop/services/goals.py" line="+13"/>
        <source>Not rated yet.</source>
        <translation>Heb gael sgôr eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rated once: {score} out of 10 on {date}.</source>
        <translation>Un sgôr: {score} allan o 10 ar {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>yr un fath</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} ratings from {first_date} to {last_date}: {first} to {last} out of 10 ({trend}); highest {highest}, lowest {lowest}.</source>
        <translation>{count} sgôr o {first_date} i {last_date}: {first} i {last} allan o 10 ({trend}); uchaf {highest}, isaf {lowest}.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../keyworker_desktop/ui/guide.py" line="+38"/>
        <source>Keyworker Desktop user guide</source>
        <translation>Canllaw defnyddiwr Keyworker Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/ui/help_menu.py" line="+25"/>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user guide is not installed with this copy of Keyworker Desktop. Ask whoever looks after your laptop for docs/user-guide.md, or read it where the project is published.</source>
        <translation>Nid yw&apos;r canllaw defnyddiwr wedi&apos;i osod gyda&apos;r copi hwn o Keyworker Desktop. Gofynnwch i bwy bynnag sy&apos;n gofalu am eich gliniadur am docs/user-guide.md, neu darllenwch ef lle mae&apos;r prosiect wedi&apos;i gyhoeddi.</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/header.py" line="+47"/>
        <source>About this young person</source>
        <translation>Ynghylch y person ifanc hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RAG colour</source>
        <translation>Lliw RAG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAG rating</source>
        <translation>Sgôr RAG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent warning</source>
        <translation>Rhybudd caniatâd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record &amp;consent…</source>
        <translation>Cofnodi &amp;caniatâd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record consent</source>
        <translation>Cofnodi caniatâd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>Datrys…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Datrys gwrthdaro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allocate…</source>
        <translation>Dyrannu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate a keyworker</source>
        <translation>Dyrannu gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View agreement</source>
        <translation>Gweld y cytundeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the signed keyworker agreement</source>
        <translation>Gweld y cytundeb gweithiwr allweddol wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Age:</source>
        <translation>Oed:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyworker:</source>
        <translation>Gweithiwr allweddol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Caniatâd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication:</source>
        <translation>Cyfathrebu:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (more on the Profile tab)</source>
        <translation> (mwy ar y tab Proffil)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (known as {known_as})</source>
        <translation>{name} (a elwir yn {known_as})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} years old</source>
        <translation>{age} oed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAG: {rating}</source>
        <translation>RAG: {rating}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keyworker allocated</source>
        <translation>Dim gweithiwr allweddol wedi&apos;i ddyrannu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} · signed agreement attached</source>
        <translation>{names} · cytundeb wedi&apos;i lofnodi wedi&apos;i atodi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No consent to work with a keyworker: working with the family and network only. The offer stays open; record consent when it is given.</source>
        <translation>Dim caniatâd i weithio gyda gweithiwr allweddol: yn gweithio gyda&apos;r teulu a&apos;r rhwydwaith yn unig. Mae&apos;r cynnig yn dal ar agor; cofnodwch ganiatâd pan gaiff ei roi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 conflict to resolve</source>
        <translation>1 gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} conflicts to resolve</source>
        <translation>{count} gwrthdaro i&apos;w datrys</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <location filename="../keyworker_desktop/ui/network_backdrop.py" line="+120"/>
        <source>Strong link</source>
        <translation>Cysylltiad cryf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenuous link</source>
        <translation>Cysylltiad gwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stressful link</source>
        <translation>Cysylltiad llawn straen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow: support flows this way</source>
        <translation>Saeth: mae&apos;r cymorth yn llifo i&apos;r cyfeiriad hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No line: known but not connected</source>
        <translation>Dim llinell: yn hysbys ond heb gysylltiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/lock_screen.py" line="+106"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keyworker Desktop</source>
        <translation>Keyworker Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your records are locked. Enter your passphrase to open them.</source>
        <translation>Mae eich cofnodion wedi&apos;u cloi. Rhowch eich cyfrinymadrodd i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type your passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>How to restore a backup: close Keyworker Desktop, then run &apos;keyworker restore&apos; in a terminal and choose the newest backup. Backups are kept in {folder}. If you are not sure, ask your IT support before changing any file: nothing has been deleted.</source>
        <translation>Sut i adfer copi wrth gefn: caewch Keyworker Desktop, yna rhedwch &apos;keyworker restore&apos; mewn terfynell a dewiswch y copi wrth gefn diweddaraf. Mae copïau wrth gefn yn cael eu cadw yn {folder}. Os nad ydych chi&apos;n siŵr, gofynnwch i&apos;ch cymorth TG cyn newid unrhyw ffeil: does dim wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You can try again now.</source>
        <translation>Gallwch roi cynnig arall arni nawr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase is not right. To keep your records safe, you can try again in {seconds} seconds.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Er mwyn cadw eich cofnodion yn ddiogel, gallwch roi cynnig arall arni ymhen {seconds} eiliad.</translation>
    </message>
</context>
<context>
    <name>MainArea</name>
    <message>
        <location filename="../keyworker_desktop/ui/main_window.py" line="+77"/>
        <source>Screens</source>
        <translation>Sgriniau</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../keyworker_desktop/ui/day_screens.py" line="+139"/>
        <source>Today</source>
        <extracomment>The titles&apos; translation context (lupdate needs it written out in each mark). Untranslated: see :meth:`translated_title`. The module ``make`` imports, imported early while the lock screen waits. Makes the screen and connects it to the window (on every unlock). In navigation order: Ctrl+1 to Ctrl+7 (Triage, Reports and Team last, so the daily screens keep their keys).</extracomment>
        <translation>Heddiw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triage</source>
        <translation>Brysbennu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/main_window.py" line="+72"/>
        <source>Keyworker Desktop</source>
        <translation>Keyworker Desktop</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>&amp;Cofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;referral…</source>
        <translation>&amp;Atgyfeiriad newydd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;visit…</source>
        <translation>&amp;Ymweliad newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New session &amp;note…</source>
        <translation>&amp;Nodyn sesiwn newydd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Allocate keyworker…</source>
        <translation>&amp;Dyrannu gweithiwr allweddol…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End involvement…</source>
        <translation>&amp;Dod â&apos;r ymwneud i ben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up to…</source>
        <translation>Copi &amp;wrth gefn i…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>C&amp;hwilio…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Cymor&amp;th</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Canllaw defnyddiwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Keyworker Desktop</source>
        <translation>&amp;Ynghylch Keyworker Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working offline</source>
        <translation>Gweithio all-lein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fictional demo caseload: never synced</source>
        <translation>Llwyth achosion arddangos ffuglennol: dim cysoni byth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 change not synced yet</source>
        <translation>1 newid heb ei gysoni eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} changes not synced yet</source>
        <translation>{count} o newidiadau heb eu cysoni eto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not synced yet</source>
        <translation>Heb ei gysoni eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced, except 1 conflict to resolve</source>
        <translation>Wedi&apos;i gysoni, ac eithrio 1 gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced, except {count} conflicts to resolve</source>
        <translation>Wedi&apos;i gysoni, ac eithrio {count} gwrthdaro i&apos;w datrys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is synced</source>
        <translation>Mae popeth wedi&apos;i gysoni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last synced: never</source>
        <translation>Cysonwyd ddiwethaf: byth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last synced: today at {time}</source>
        <translation>Cysonwyd ddiwethaf: heddiw am {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: {date}</source>
        <translation>Cysonwyd ddiwethaf: {date}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/record_screen.py" line="+119"/>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/action_dialogs.py" line="-124"/>
        <source>Edit meeting</source>
        <translation>Golygu&apos;r cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a meeting</source>
        <translation>Ychwanegu cyfarfod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of meeting</source>
        <translation>Math o gyfarfod</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who came from the network</source>
        <translation>Pwy ddaeth o&apos;r rhwydwaith</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Others who came</source>
        <translation>Eraill a ddaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows up</source>
        <translation>Yn dilyn ymlaen o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier meeting</source>
        <translation>Dim cyfarfod cynharach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also about (tracker meeting)</source>
        <translation>Hefyd yn ymwneud â (cyfarfod tracio)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes, a section per young person</source>
        <translation>Nodiadau, adran ar gyfer pob person ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This young person</source>
        <translation>Y person ifanc hwn</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Notes about {name}</source>
        <translation>Nodiadau am {name}</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <location filename="../keyworker_desktop/ui/network_export.py" line="+88"/>
        <source>Network map for {name}</source>
        <translation>Map rhwydwaith {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The young person in the centre and the professionals around them, grouped by sector.</source>
        <translation>Y person ifanc yn y canol, a&apos;r gweithwyr proffesiynol o&apos;u cwmpas, wedi&apos;u grwpio fesul sector.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{title} — {date}</source>
        <translation>{title} — {date}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/network_items.py" line="+130"/>
        <location line="+23"/>
        <source>Action overdue</source>
        <translation>Cam gweithredu&apos;n hwyr</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No contact for 1 week</source>
        <translation>Dim cyswllt ers wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for {weeks} weeks</source>
        <translation>Dim cyswllt ers {weeks} wythnos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Known but not connected.</source>
        <translation>Yn hysbys ond heb gysylltiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{strength} link.</source>
        <translation>Cysylltiad: {strength}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact recorded.</source>
        <translation>Dim cyswllt wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last contact {date}.</source>
        <translation>Cyswllt diwethaf {date}.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/domain/network.py" line="+21"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social care</source>
        <translation>Gofal cymdeithasol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voluntary and community</source>
        <translation>Gwirfoddol a chymunedol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and informal</source>
        <translation>Teulu ac anffurfiol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenuous</source>
        <translation>Bregus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stressful</source>
        <translation>Llawn straen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known but not connected</source>
        <translation>Yn hysbys ond heb gysylltiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support goes to the young person</source>
        <translation>Cymorth yn mynd i&apos;r person ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support goes from the young person</source>
        <translation>Cymorth yn dod o&apos;r person ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support goes both ways</source>
        <translation>Cymorth yn mynd y ddwy ffordd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No direction shown</source>
        <translation>Dim cyfeiriad wedi&apos;i ddangos</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/network_map.py" line="+76"/>
        <source>Last contact recorded</source>
        <translation>Cyswllt diwethaf a gofnodwyd</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <location filename="../keyworker_desktop/ui/network_map.py" line="+407"/>
        <source>Professional {n} of {total}.</source>
        <translation>Gweithiwr proffesiynol {n} o {total}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network map</source>
        <translation>Map rhwydwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No map loaded.</source>
        <translation>Dim map wedi&apos;i lwytho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network map for {name}</source>
        <translation>Map rhwydwaith {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} professionals around the young person. Tab moves between them, Enter opens one, Delete removes one, Shift and an arrow key moves one, Shift+F10 opens its menu. Arrow keys pan, plus and minus zoom, 0 fits the map.</source>
        <translation>{count} o weithwyr proffesiynol o amgylch y person ifanc. Mae Tab yn symud rhyngddyn nhw, mae Enter yn agor un, mae Delete yn tynnu un, mae Shift a bysell saeth yn symud un, mae Shift+F10 yn agor ei ddewislen. Mae&apos;r bysellau saeth yn symud y map, mae plws a minws yn chwyddo, mae 0 yn ffitio&apos;r map.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Add professional…</source>
        <translation>Ychwanegu gweithiwr proffesiynol…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrange automatically</source>
        <translation>Trefnu&apos;n awtomatig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit map to window</source>
        <translation>Ffitio&apos;r map i&apos;r ffenestr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change link</source>
        <translation>Newid y cysylltiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete…</source>
        <translation>Dileu…</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/network_panel.py" line="+52"/>
        <source>PNG image (*.png)</source>
        <translation>Delwedd PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Lluniad SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Professional details</source>
        <translation>Manylion y gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close details</source>
        <translation>Cau&apos;r manylion</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Arrange automatically</source>
        <translation>Trefnu&apos;n awtomatig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place everyone not placed by hand</source>
        <translation>Gosod pawb sydd heb eu gosod â llaw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to window</source>
        <translation>Ffitio i&apos;r ffenestr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole map (0)</source>
        <translation>Dangos y map cyfan (0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the map as a PNG picture, SVG drawing or PDF</source>
        <translation>Cadw&apos;r map fel llun PNG, lluniad SVG neu PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the map ({keys} on the map)</source>
        <translation>Argraffu&apos;r map ({keys} ar y map)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Take {name} out of this network? They stay on record for other young people.</source>
        <translation>Tynnu {name} o&apos;r rhwydwaith hwn? Byddan nhw&apos;n aros ar gof a chadw ar gyfer pobl ifanc eraill.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Details of {name}</source>
        <translation>Manylion {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the network map</source>
        <translation>Allforio&apos;r map rhwydwaith</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map could not be saved to {path}: {reason}</source>
        <translation>Doedd dim modd cadw&apos;r map yn {path}: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the network map</source>
        <translation>Argraffu&apos;r map rhwydwaith</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="+67"/>
        <source>Professionals</source>
        <translation>Gweithwyr proffesiynol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List</source>
        <translation>Rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show as:</source>
        <translation>Dangos fel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a professional…</source>
        <translation>Ychwanegu gweithiwr proffesiynol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from network</source>
        <translation>Tynnu o&apos;r rhwydwaith</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Take {name} out of this network? They stay on record for other young people.</source>
        <translation>Tynnu {name} o&apos;r rhwydwaith hwn? Byddan nhw&apos;n aros ar gof a chadw ar gyfer pobl ifanc eraill.</translation>
    </message>
</context>
<context>
    <name>NewRatingDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_dialogs.py" line="+52"/>
        <source>New RAG rating</source>
        <translation>Sgôr RAG newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rating</source>
        <translation>&amp;Sgôr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it means</source>
        <translation>Beth mae&apos;n ei olygu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date of the rating</source>
        <translation>&amp;Dyddiad y sgôr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;ationale (required)</source>
        <translation>&amp;Rhesymeg (gofynnol)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The date of the rating</source>
        <translation>Dyddiad y sgôr</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../keyworker_desktop/ui/network_items.py" line="+157"/>
        <source>Action overdue</source>
        <translation>Cam gweithredu&apos;n hwyr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact</source>
        <translation>Dim cyswllt</translation>
    </message>
</context>
<context>
    <name>OverdueChart</name>
    <message>
        <location filename="../keyworker_desktop/ui/report_charts.py" line="+83"/>
        <source>{label}: {count}</source>
        <extracomment>The overdue columns&apos; fill (one series: the dates and numbers carry it, not the colour).</extracomment>
        <translation>{label}: {count}</translation>
    </message>
</context>
<context>
    <name>PagesModel</name>
    <message>
        <location filename="../keyworker_desktop/ui/print_dialog.py" line="+43"/>
        <source>Page {n} of {total}: {title}</source>
        <translation>Tudalen {n} o {total}: {title}</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../keyworker_desktop/ui/passphrase_edit.py" line="+136"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;all</source>
        <translation>Dewis &amp;popeth</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/photo_dialog.py" line="+122"/>
        <source>Crop the photograph</source>
        <translation>Tocio&apos;r llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the square over the face with the mouse or the arrow keys, and set its size. Only the square is kept.</source>
        <translation>Symudwch y sgwâr dros yr wyneb gyda&apos;r llygoden neu&apos;r bysellau saeth, a gosodwch ei faint. Dim ond y sgwâr sy&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Size of the square</source>
        <translation>&amp;Maint y sgwâr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the square</source>
        <translation>Maint y sgwâr</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Use this photograph</source>
        <translation>Defnyddio&apos;r llun hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PicturesModel</name>
    <message>
        <location filename="../keyworker_desktop/ui/plan_pictures.py" line="+154"/>
        <source>{text}. Picture: {picture}</source>
        <translation>{text}. Llun: {picture}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chosen by you for this print</source>
        <translation>wedi&apos;i ddewis gennych ar gyfer yr argraffiad hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by keywords</source>
        <translation>wedi&apos;i ddewis drwy eiriau allweddol</translation>
    </message>
</context>
<context>
    <name>PlanCopyDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_dialogs.py" line="+41"/>
        <source>Current copy: {plan}</source>
        <translation>Copi cyfredol: {plan}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date of the current copy</source>
        <translation>&amp;Dyddiad y copi cyfredol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held: {name}</source>
        <translation>Yn cael ei gadw: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copy attached</source>
        <translation>Dim copi wedi&apos;i atodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy held</source>
        <translation>Copi&apos;n cael ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach a new copy</source>
        <translation>&amp;Atodi copi newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the plan</source>
        <translation>Atodi&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new copy chosen</source>
        <translation>Dim copi newydd wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;file…</source>
        <translation>Dewis &amp;ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the plan&apos;s file</source>
        <translation>Dewis ffeil y cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review on</source>
        <translation>&amp;Adolygu ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>N&amp;odiadau</translation>
    </message>
</context>
<context>
    <name>PlanLinesModel</name>
    <message>
        <location filename="../keyworker_desktop/ui/plan_pictures.py" line="-55"/>
        <source>Line</source>
        <extracomment>PlanData field -&gt; the picture used when no keyword matches (as documents.py), printed order.</extracomment>
        <translation>Llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
</context>
<context>
    <name>PlanPictures</name>
    <message>
        <location line="+71"/>
        <source>Pi&amp;ctures beside your words</source>
        <translation>&amp;Lluniau wrth ymyl eich geiriau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures beside your words</source>
        <translation>Lluniau wrth ymyl eich geiriau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each row is a line of the plan and the picture printed beside it.</source>
        <translation>Mae pob rhes yn llinell o&apos;r cynllun a&apos;r llun sy&apos;n cael ei argraffu wrth ei hymyl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures are chosen by keywords. A picture you change is for this print: it is not saved to the record.</source>
        <translation>Mae&apos;r lluniau&apos;n cael eu dewis drwy eiriau allweddol. Mae llun rydych chi&apos;n ei newid ar gyfer yr argraffiad hwn yn unig: nid yw&apos;n cael ei gadw yn y cofnod.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Picture for the c&amp;hosen line:</source>
        <translation>Llun ar gyfer y llinell a &amp;ddewiswyd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture for the chosen line</source>
        <translation>Llun ar gyfer y llinell a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this print: the record is not changed.</source>
        <translation>Ar gyfer yr argraffiad hwn: nid yw&apos;r cofnod yn cael ei newid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures to choose from</source>
        <translation>Lluniau i ddewis ohonyn nhw</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_tab.py" line="+136"/>
        <source>Risk and crisis plan</source>
        <translation>Cynllun risg ac argyfwng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who to call</source>
        <translation>Pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What helps</source>
        <translation>Beth sy&apos;n helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to avoid</source>
        <translation>Beth i&apos;w osgoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early signs</source>
        <translation>Arwyddion cynnar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>Sbardunau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit the plan…</source>
        <translation>Golygu&apos;r cynllun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals and outcomes</source>
        <translation>Nodau a chanlyniadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a goal…</source>
        <translation>Ychwanegu nod…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate progress…</source>
        <translation>Sgorio cynnydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal budget</source>
        <translation>Cyllideb bersonol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal budget spends</source>
        <translation>Gwariant y gyllideb bersonol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a spend…</source>
        <translation>Ychwanegu gwariant…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation and challenge</source>
        <translation>Uwchgyfeirio a herio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalations</source>
        <translation>Uwchgyfeiriadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalate…</source>
        <translation>Uwchgyfeirio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close with an outcome…</source>
        <translation>Cau gyda chanlyniad…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No risk assessment or crisis plan recorded yet.</source>
        <translation>Does dim asesiad risg na chynllun argyfwng wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed {assessed}; review due {review}.</source>
        <translation>Aseswyd {assessed}; adolygiad erbyn {review}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review overdue.</source>
        <translation>Mae&apos;r adolygiad yn hwyr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spent {total} of {limit}; {left} left.</source>
        <translation>Wedi gwario {total} o {limit}; {left} ar ôl.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a goal to chart its progress.</source>
        <translation>Ychwanegwch nod i ddangos ei gynnydd ar siart.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Risk and crisis plan.pdf</source>
        <translation>Cynllun risg ac argyfwng.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the risk and crisis plan (not encrypted)</source>
        <translation>Cadw&apos;r cynllun risg ac argyfwng (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the risk and crisis plan</source>
        <translation>Cadw&apos;r cynllun risg ac argyfwng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be saved there. Try another folder.</source>
        <translation>Doedd dim modd cadw&apos;r cynllun yno. Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risk and crisis plan is saved as {file}. That copy is not encrypted: keep it safe.</source>
        <translation>Mae&apos;r cynllun risg ac argyfwng wedi&apos;i gadw fel {file}. Nid yw&apos;r copi hwnnw wedi&apos;i amgryptio: cadwch ef yn ddiogel.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/preview_dialog.py" line="+46"/>
        <source>What will go up</source>
        <translation>Beth fydd yn cael ei anfon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{changes} will be sent to the central store, then your colleagues&apos; changes will come down.</source>
        <translation>Bydd {changes} yn mynd i&apos;r storfa ganolog, yna bydd newidiadau eich cydweithwyr yn dod i lawr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to send from this laptop. Syncing will bring down your colleagues&apos; changes.</source>
        <translation>Dim i&apos;w anfon o&apos;r gliniadur hwn. Bydd cysoni&apos;n dod â newidiadau eich cydweithwyr i lawr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes to send, by young person</source>
        <translation>Newidiadau i&apos;w hanfon, fesul person ifanc</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
</context>
<context>
    <name>PrintPlanDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/print_dialog.py" line="-62"/>
        <source>{message} Try: “{suggestion}”</source>
        <extracomment>The language the document&apos;s own words are printed in (&quot;en&quot;, &quot;cy&quot;).</extracomment>
        <translation>{message} Rhowch gynnig ar: “{suggestion}”</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;My plan</source>
        <translation>&amp;Fy nghynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who helps me</source>
        <translation>&amp;Pwy sy&apos;n fy helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;next visits</source>
        <translation>Fy ymweliadau &amp;nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bout me</source>
        <translation>&amp;Amdana i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When I am &amp;upset, this helps me</source>
        <translation>Pan fydda i wedi &amp;cynhyrfu, mae hyn yn fy helpu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who helps me</source>
        <translation>Pwy sy&apos;n fy helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My next visits</source>
        <translation>Fy ymweliadau nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About me</source>
        <translation>Amdana i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When I am upset</source>
        <translation>Pan fydda i wedi cynhyrfu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not written down yet</source>
        <translation>Heb ei ysgrifennu eto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print the easy-read plan</source>
        <translation>Argraffu&apos;r cynllun Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the record…</source>
        <translation>Wrthi&apos;n darllen y cofnod…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the page: {title}</source>
        <translation>Argraffu&apos;r dudalen: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper and print size</source>
        <translation>Maint y papur a&apos;r print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;5 (half of A4)</source>
        <translation>A&amp;5 (hanner A4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 paper</source>
        <translation>Papur A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 paper</source>
        <translation>Papur A5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Large print (20 pt)</source>
        <translation>Print &amp;bras (20 pt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print, 20 point text</source>
        <translation>Print bras, testun 20 pwynt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the plan</source>
        <translation>Iaith y cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the plan: the choices</source>
        <translation>Iaith y cynllun: y dewisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Easy-read &amp;advice on your words</source>
        <translation>Cyngor Hawdd ei Ddeall am eich &amp;geiriau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Easy-read advice</source>
        <translation>Cyngor Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each row is a sentence from the record and a plainer way to try. It is advice: you can still print.</source>
        <translation>Mae pob rhes yn frawddeg o&apos;r cofnod a ffordd symlach o&apos;i dweud. Cyngor yw hwn: gallwch argraffu o hyd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview of the printed pages</source>
        <translation>Rhagolwg o&apos;r tudalennau printiedig</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>Print the plan</source>
        <translation>Argraffu&apos;r cynllun</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan as a PDF file</source>
        <translation>Cadw&apos;r cynllun fel ffeil PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved PDF is a copy outside the store: it is not protected by this laptop&apos;s encryption. Save it only where it will be kept safe, and delete it when it is no longer needed.</source>
        <translation>Mae PDF sydd wedi&apos;i gadw yn gopi y tu allan i&apos;r storfa: nid yw wedi&apos;i ddiogelu gan amgryptio&apos;r gliniadur hwn. Cadwch ef dim ond lle bydd yn cael ei gadw&apos;n ddiogel, a&apos;i ddileu pan nad oes ei angen mwyach.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Print {name} plan</source>
        <translation>Argraffu cynllun {name}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose at least one page to print.</source>
        <translation>Dewiswch o leiaf un dudalen i&apos;w hargraffu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the preview…</source>
        <translation>Wrthi&apos;n creu&apos;r rhagolwg…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} suggestions for plainer words. They are advice: you can still print.</source>
        <translation>{n} o awgrymiadau ar gyfer geiriau symlach. Cyngor ydyn nhw: gallwch argraffu o hyd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 suggestion for plainer words. It is advice: you can still print.</source>
        <translation>1 awgrym ar gyfer geiriau symlach. Cyngor yw hwn: gallwch argraffu o hyd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your words follow the easy-read rules.</source>
        <translation>Mae eich geiriau&apos;n dilyn y rheolau Hawdd ei Ddeall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 page</source>
        <translation>1 dudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} pages</source>
        <translation>{n} o dudalennau</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} plan</source>
        <translation>Cynllun {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be printed. Check the printer is on and connected, or save the plan as a PDF.</source>
        <translation>Doedd dim modd argraffu&apos;r cynllun. Gwiriwch fod yr argraffydd ymlaen ac wedi&apos;i gysylltu, neu cadwch y cynllun fel PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>printed</source>
        <translation>wedi&apos;i argraffu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the plan as PDF (not encrypted)</source>
        <translation>Cadw&apos;r cynllun fel PDF (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan could not be saved there ({reason}). Try another folder.</source>
        <translation>Doedd dim modd cadw&apos;r cynllun yno ({reason}). Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved</source>
        <translation>wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan was {done}.</source>
        <translation>Mae&apos;r cynllun {done}.</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/network_dialog.py" line="+35"/>
        <source>Edit professional</source>
        <translation>Golygu&apos;r gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a professional</source>
        <translation>Ychwanegu gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship to the young person</source>
        <translation>Perthynas â&apos;r person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How they help</source>
        <translation>Sut maen nhw&apos;n helpu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Cysylltiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction of support</source>
        <translation>Cyfeiriad y cymorth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/profile_tab.py" line="+78"/>
        <source>One-page profile</source>
        <translation>Proffil un dudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people like about me</source>
        <translation>Beth mae pobl yn ei hoffi amdana i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How best to support me</source>
        <translation>Y ffordd orau o fy nghefnogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Diddordebau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>Cyfathrebu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps</source>
        <translation>Beth sy&apos;n helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy read</source>
        <translation>Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs (for example Makaton)</source>
        <translation>Arwyddion (er enghraifft Makaton)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing and text together</source>
        <translation>Lluniadu a thestun gyda&apos;i gilydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other communication needs</source>
        <translation>Anghenion cyfathrebu eraill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Iaith a ffefrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where they live</source>
        <translation>Ble maen nhw&apos;n byw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives in</source>
        <translation>Yn byw mewn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement or unit name</source>
        <translation>Enw&apos;r lleoliad neu&apos;r uned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of area</source>
        <translation>Y tu allan i&apos;r ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission date</source>
        <translation>Dyddiad derbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving date</source>
        <translation>Dyddiad gadael</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save status</source>
        <translation>Cadw&apos;r statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile</source>
        <translation>Cadw&apos;r proffil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Cadw&apos;r proffil (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard these changes</source>
        <translation>Gwaredu&apos;r newidiadau hyn</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preferred language: the choices</source>
        <translation>Iaith a ffefrir: y dewisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their easy-read plan prints in this language, unless you choose the other when printing.</source>
        <translation>Mae eu cynllun Hawdd ei Ddeall yn cael ei argraffu yn yr iaith hon, oni bai eich bod yn dewis y llall wrth argraffu.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+20"/>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Changed elsewhere; saving keeps your version</source>
        <translation>Wedi&apos;i newid mewn man arall; mae cadw yn cadw eich fersiwn chi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes you typed earlier (before the app locked or you left the record) are back in the form. They are not saved yet: Save profile keeps them.</source>
        <translation>Mae&apos;r newidiadau a deipiwyd gennych yn gynharach (cyn i&apos;r ap gloi neu cyn i chi adael y cofnod) yn ôl yn y ffurflen. Nid ydyn nhw wedi&apos;u cadw eto: mae Cadw&apos;r proffil yn eu cadw.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Discard the changes brought back into the profile? What you typed is lost.</source>
        <translation>Gwaredu&apos;r newidiadau a ddaeth yn ôl i&apos;r proffil? Bydd yr hyn a deipiwyd gennych yn cael ei golli.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: see the problems marked ⚠</source>
        <translation>Heb ei gadw: gweler y problemau sydd wedi&apos;u marcio ⚠</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
</context>
<context>
    <name>RagChart</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/rag_chart.py" line="+54"/>
        <source>RAG rating over time</source>
        <translation>Sgôr RAG dros amser</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No ratings yet</source>
        <translation>Dim sgorau eto</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_dialogs.py" line="+18"/>
        <source>Rate progress</source>
        <translation>Sgorio cynnydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Progress (0 to 10)</source>
        <translation>&amp;Cynnydd (0 i 10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rated on</source>
        <translation>&amp;Sgoriwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In their words (soft outcomes)</source>
        <translation>&amp;Yn eu geiriau eu hunain (canlyniadau meddal)</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/action_dialogs.py" line="+17"/>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../keyworker_desktop/ui/record/network_panel.py" line="+56"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text or message</source>
        <translation>Neges destun neu neges arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/actions_tab.py" line="-193"/>
        <source>No date</source>
        <extracomment>(id, name) of the young people on the laptop, for a tracker meeting about several.</extracomment>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue (was due {date})</source>
        <translation>Hwyr (roedd yn ddyledus erbyn {date})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> on {date}</source>
        <translation> ar {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (chased {date})</source>
        <translation> (atgoffwyd {date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What needs doing</source>
        <translation>Beth sydd angen ei wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/ui/record/sessions_tab.py" line="+48"/>
        <location filename="../keyworker_desktop/ui/record/visits_tab.py" line="+46"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follows up {date}</source>
        <translation>Yn dilyn ymlaen o gyfarfod {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed up {date}</source>
        <translation>Cyfarfod dilynol {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tracker: one part per young person</source>
        <translation>Tracio: un rhan ar gyfer pob person ifanc</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <location filename="../keyworker_desktop/ui/record/chronology_tab.py" line="-78"/>
        <location filename="../keyworker_desktop/ui/record/visits_tab.py" line="-1"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="-12"/>
        <location filename="../keyworker_desktop/ui/record/chronology_tab.py" line="+3"/>
        <location filename="../keyworker_desktop/ui/record/register_tab.py" line="+89"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They contacted us</source>
        <translation>Fe wnaethon nhw gysylltu â ni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contacted them</source>
        <translation>Fe wnaethon ni gysylltu â nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said or agreed</source>
        <translation>Beth a ddywedwyd neu a gytunwyd</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/allocation_dialog.py" line="-106"/>
        <source>First allocation</source>
        <translation>Dyraniad cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The young person says the relationship is not working</source>
        <translation>Mae&apos;r person ifanc yn dweud nad yw&apos;r berthynas yn gweithio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyworker left the service</source>
        <translation>Gadawodd y gweithiwr allweddol y gwasanaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyworker could not build a positive relationship</source>
        <translation>Nid oedd y gweithiwr allweddol yn gallu meithrin perthynas gadarnhaol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relationship is not in someone&apos;s best interests</source>
        <translation>Nid yw&apos;r berthynas er budd pennaf rhywun</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/attach_file.py" line="+63"/>
        <source>Documents and pictures ({patterns})</source>
        <translation>Dogfennau a lluniau ({patterns})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <location filename="../keyworker_desktop/ui/record/child_file_box.py" line="-47"/>
        <source>Not attached</source>
        <translation>Heb ei atodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read ({reason}). Nothing was attached.</source>
        <translation>Doedd dim modd darllen y ffeil ({reason}). Ni atodwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown error</source>
        <translation>gwall anhysbys</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Attach a document</source>
        <translation>Atodi dogfen</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/child_file_box.py" line="-5"/>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current copy</source>
        <translation>Copi cyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review on</source>
        <translation>Adolygu ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/chronology_tab.py" line="+1"/>
        <location filename="../keyworker_desktop/ui/record/register_tab.py" line="+3"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/common.py" line="+208"/>
        <source>Not saved</source>
        <extracomment>Tables whose change makes this tab reload.</extracomment>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/consent_box.py" line="-112"/>
        <source>In force</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn {date}</source>
        <translation>Tynnwyd yn ôl {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="-94"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../keyworker_desktop/ui/record/documents_tab.py" line="-285"/>
        <source>The young person</source>
        <translation>Y person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (parental responsibility)</source>
        <translation>{name} (cyfrifoldeb rhiant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best-interests decision by {name}</source>
        <translation>Penderfyniad er budd pennaf gan {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With: {agencies}</source>
        <translation>Gyda: {agencies}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: {reason}</source>
        <translation>Pam: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity: {note}</source>
        <translation>Galluedd: {note}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/consent_dialog.py" line="-116"/>
        <source>The young person, with capacity</source>
        <translation>Y person ifanc, sydd â galluedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person with parental responsibility</source>
        <translation>Person sydd â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A best-interests decision</source>
        <translation>Penderfyniad er budd pennaf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{field}: the choices</source>
        <translation>{field}: y dewisiadau</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/documents_tab.py" line="-3"/>
        <source>Consent: {what}</source>
        <translation>Caniatâd: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyworker agreement: {name}</source>
        <translation>Cytundeb gweithiwr allweddol: {name}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/edit_dialog.py" line="+61"/>
        <source>Please confirm</source>
        <translation>Cadarnhewch</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/network_panel.py" line="-2"/>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="-5"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="+1"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="+4"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="+1"/>
        <source>How they help</source>
        <translation>Sut maen nhw&apos;n helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="-4"/>
        <source>Link</source>
        <translation>Cysylltiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact recorded</source>
        <translation>Cyswllt diwethaf a gofnodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact logged</source>
        <translation>Cyswllt wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contact recorded.</source>
        <translation>Dim cyswllt wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {date}</source>
        <translation>erbyn {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with this young person</source>
        <translation>Cyswllt â&apos;r person ifanc hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions they own</source>
        <translation>Camau gweithredu y maen nhw&apos;n berchen arnyn nhw</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/network_tab.py" line="-4"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_tab.py" line="-276"/>
        <source>Goal in their words</source>
        <translation>Nod yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with</source>
        <translation>Cytunwyd gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Gosodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest rating</source>
        <translation>Sgôr ddiweddaraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} of 10</source>
        <translation>{score} o 10</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/records.py" line="+142"/>
        <source>No consent recorded</source>
        <translation>Dim caniatâd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>easy read</source>
        <translation>Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signs</source>
        <translation>arwyddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing</source>
        <translation>lluniadu</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../keyworker_desktop/ui/record/plans_tab.py" line="+1"/>
        <source>Not rated</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_tab.py" line="+1"/>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../keyworker_desktop/ui/record/register_tab.py" line="-4"/>
        <location filename="../keyworker_desktop/ui/record/sessions_tab.py" line="-1"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Derbyniwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running total</source>
        <translation>Cyfanswm hyd yma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is blocked</source>
        <translation>Beth sydd wedi&apos;i rwystro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated to</source>
        <translation>Uwchgyfeiriwyd at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{outcome} (closed {date})</source>
        <translation>{outcome} (caewyd {date})</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/rag_chart.py" line="-78"/>
        <source>Red</source>
        <extracomment>Top to bottom.</extracomment>
        <translation>Coch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Glas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No ratings yet.</source>
        <translation>Dim sgorau eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rating} on {date}</source>
        <translation>{rating} ar {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ratings, oldest first: {list}. Now {rating}.</source>
        <translation>{count} o sgorau, yr hynaf yn gyntaf: {list}. Nawr {rating}.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/record_screen.py" line="+46"/>
        <source>Nobody to record for</source>
        <translation>Neb i gofnodi ar ei gyfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no young people on this laptop yet.</source>
        <translation>Does dim pobl ifanc ar y gliniadur hwn eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which young person?</source>
        <translation>Pa berson ifanc?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which young person is this for?</source>
        <translation>Ar gyfer pa berson ifanc mae hyn?</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_box.py" line="+34"/>
        <source>Not on the register: no referral is recorded.</source>
        <translation>Nid yw ar y gofrestr: does dim atgyfeiriad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} since {date}</source>
        <translation>{status} ers {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}, decided by {name}</source>
        <translation>{text}, penderfyniad gan {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}: {reason}</source>
        <translation>{text}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}. Waiting for triage (Go &gt; Triage, Ctrl+5).</source>
        <translation>{text}. Yn aros am frysbennu (Mynd &gt; Brysbennu, Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_dialogs.py" line="+22"/>
        <source>⚠ No copy held</source>
        <translation>⚠ Dim copi&apos;n cael ei gadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Review was due {date}</source>
        <translation>⚠ Roedd yr adolygiad yn ddyledus ar {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Cyfredol</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_tab.py" line="-10"/>
        <location line="+13"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{outcome} Next review {date}.</source>
        <translation>{outcome} Adolygiad nesaf {date}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why / outcome</source>
        <translation>Pam / canlyniad</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/sessions_tab.py" line="-5"/>
        <source>No purpose yet</source>
        <translation>Dim diben eto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed</source>
        <translation>Wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/ui/record/visits_tab.py" line="+5"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/record/visits_tab.py" line="-11"/>
        <source>{status}, note written</source>
        <translation>{status}, nodyn wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/record_screen.py" line="-129"/>
        <source>Open a young person from Today, Caseload, Visits or Search to see their record here.</source>
        <translation>Agorwch berson ifanc o Heddiw, Llwyth achosion, Ymweliadau neu Chwilio i weld ei gofnod yma.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/record_view.py" line="+80"/>
        <source>Parts of the record</source>
        <translation>Rhannau o&apos;r cofnod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Profile</source>
        <translation>&amp;Proffil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regis&amp;ter</source>
        <translation>Co&amp;frestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visits</source>
        <translation>&amp;Ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check&amp;lists</source>
        <translation>Rhestrau &amp;gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Rhwydwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions and meetings</source>
        <translation>&amp;Camau gweithredu a chyfarfodydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans &amp;&amp; s&amp;upport</source>
        <translation>Cy&amp;nlluniau &amp;&amp; chymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dogfennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hronology</source>
        <translation>Cr&amp;onoleg</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record a visit</source>
        <translation>Cofnodi ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New session note</source>
        <translation>Nodyn sesiwn newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the easy-read plan</source>
        <translation>Argraffu&apos;r cynllun Hawdd ei Ddeall</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/referral_dialog.py" line="+86"/>
        <location line="+1"/>
        <source>New referral</source>
        <extracomment>The young person made (their id), after the dialog has closed. Open this young person&apos;s record instead (held already).</extracomment>
        <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The young person, who referred them, when and why. Saving adds them to the Dynamic Support Register as referred.</source>
        <translation>Y person ifanc, pwy wnaeth eu hatgyfeirio, pryd a pham. Mae cadw yn eu hychwanegu at y Gofrestr Cymorth Deinamig fel rhywun sydd wedi&apos;i atgyfeirio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;mily name</source>
        <translation>&amp;Cyfenw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferred name</source>
        <translation>Enw &amp;dewisol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of birth</source>
        <translation>Dyddiad &amp;geni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NHS number</source>
        <translation>&amp;Rhif GIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 digits, for example 943 476 5919</source>
        <translation>10 digid, er enghraifft 943 476 5919</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where they live</source>
        <translation>&amp;Ble maen nhw&apos;n byw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where they live: the choices</source>
        <translation>Ble maen nhw&apos;n byw: y dewisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement or &amp;unit name</source>
        <translation>Enw&apos;r lleoliad neu&apos;r &amp;uned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address</source>
        <translation>Cy&amp;feiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referred by</source>
        <translation>&amp;Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and role or service</source>
        <translation>Enw a rôl neu wasanaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred &amp;on</source>
        <translation>Dyddiad a&amp;tgyfeirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the r&amp;eferral</source>
        <translation>Rhe&amp;swm dros yr atgyfeiriad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dates as day/month/year, for example 14/03/2012, or pick one from the calendar (Alt+Down).</source>
        <translation>Dyddiadau ar ffurf diwrnod/mis/blwyddyn, er enghraifft 14/03/2012, neu dewiswch un o&apos;r calendr (Alt+Down).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take referral</source>
        <translation>C&amp;ymryd yr atgyfeiriad</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please check</source>
        <translation>Gwiriwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}

Take the referral anyway?</source>
        <translation>{problems}

Cymryd yr atgyfeiriad beth bynnag?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open their record</source>
        <translation>Agor eu cofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is someone else — add anyway</source>
        <translation>Rhywun arall yw hwn — ychwanegu beth bynnag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This young person may be held already:</source>
        <translation>Efallai fod cofnod ar gyfer y person ifanc hwn eisoes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These young people may be this one:</source>
        <translation>Efallai mai un o&apos;r bobl ifanc hyn yw&apos;r person hwn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held already?</source>
        <translation>Cofnod yn bodoli eisoes?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, born {born}, NHS number {nhs}</source>
        <translation>{name}, ganwyd {born}, rhif GIG {nhs}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, born {born}, no NHS number recorded</source>
        <translation>{name}, ganwyd {born}, dim rhif GIG wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Discard this referral?</source>
        <translation>Gwaredu&apos;r atgyfeiriad hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed for this referral will not be kept.</source>
        <translation>Ni fydd yr hyn a deipiwyd gennych ar gyfer yr atgyfeiriad hwn yn cael ei gadw.</translation>
    </message>
</context>
<context>
    <name>RegisterBox</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_box.py" line="+31"/>
        <source>Dynamic Support Register</source>
        <translation>Cofrestr Cymorth Deinamig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to waiting list</source>
        <translation>Symud i&apos;r rhestr aros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the triage waiting list</source>
        <translation>Symud i&apos;r rhestr aros am frysbennu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Accept onto the register</source>
        <translation>Derbyn i&apos;r gofrestr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline…</source>
        <translation>Gwrthod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the referral</source>
        <translation>Gwrthod yr atgyfeiriad</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Register status: {text}</source>
        <translation>Statws y gofrestr: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On the triage waiting list.</source>
        <translation>Ar y rhestr aros am frysbennu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted onto the register.</source>
        <translation>Wedi&apos;i dderbyn i&apos;r gofrestr.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The referral is declined.</source>
        <translation>Mae&apos;r atgyfeiriad wedi&apos;i wrthod.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/register_dialog.py" line="+34"/>
        <source>Connect to the central store</source>
        <translation>Cysylltu â&apos;r storfa ganolog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To sync, this laptop is registered once with your organisation&apos;s central store. Your password is used for that only and is not kept on this laptop.</source>
        <translation>I gysoni, mae&apos;r gliniadur hwn yn cael ei gofrestru unwaith gyda storfa ganolog eich sefydliad. Dim ond ar gyfer hynny y defnyddir eich cyfrinair, ac nid yw&apos;n cael ei gadw ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Central store address</source>
        <translation>Cyfeiriad y storfa ganolog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user name on the central store</source>
        <translation>Eich enw defnyddiwr ar y storfa ganolog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+65"/>
        <source>Register and sync</source>
        <translation>Cofrestru a chysoni</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Type the central store&apos;s address (it starts with https://).</source>
        <translation>Teipiwch gyfeiriad y storfa ganolog (mae&apos;n dechrau gyda https://).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your user name on the central store.</source>
        <translation>Teipiwch eich enw defnyddiwr ar y storfa ganolog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your password.</source>
        <translation>Teipiwch eich cyfrinair.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Registering…</source>
        <translation>Wrthi&apos;n cofrestru…</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <location filename="../keyworker_desktop/services/register_import.py" line="+94"/>
        <source>The file cannot be read as CSV text (neither UTF-8 nor Windows-1252). In the spreadsheet, use Save As and choose &apos;CSV UTF-8 (comma delimited)&apos;, then import that file.</source>
        <translation>Nid oes modd darllen y ffeil fel testun CSV (nid yw&apos;n UTF-8 nac yn Windows-1252). Yn y daenlen, defnyddiwch Save As (Cadw Fel) a dewiswch &apos;CSV UTF-8 (comma delimited)&apos;, yna mewnforiwch y ffeil honno.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The header row cannot be read: {reason}.</source>
        <translation>Nid oes modd darllen y rhes pennawd: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty: it needs a header row.</source>
        <translation>Mae&apos;r ffeil yn wag: mae angen rhes pennawd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The column {column} is in the header twice.</source>
        <translation>Mae&apos;r golofn {column} yn y pennawd ddwywaith.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This column is missing from the header row.</source>
        <translation>Mae&apos;r golofn hon ar goll o&apos;r rhes pennawd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This line cannot be read: {reason}.</source>
        <translation>Nid oes modd darllen y llinell hon: {reason}.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/register_rows.py" line="-81"/>
        <source>The date of the RAG rating is in the future.</source>
        <translation>Mae dyddiad y sgôr RAG yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the RAG rating is before the date of birth.</source>
        <translation>Mae dyddiad y sgôr RAG cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of consent to the register is in the future.</source>
        <translation>Mae dyddiad y caniatâd i fod ar y gofrestr yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of consent to the register is before the date of birth.</source>
        <translation>Mae dyddiad y caniatâd i fod ar y gofrestr cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of consent to a keyworker is in the future.</source>
        <translation>Mae dyddiad y caniatâd i gael gweithiwr allweddol yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of consent to a keyworker is before the date of birth.</source>
        <translation>Mae dyddiad y caniatâd i gael gweithiwr allweddol cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;{value}&apos; is not a RAG rating: write red, amber, green or blue.</source>
        <translation>Nid yw &apos;{value}&apos; yn sgôr RAG: ysgrifennwch red, amber, green neu blue (coch, ambr, gwyrdd neu las).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A RAG rating needs the date it was given.</source>
        <translation>Mae angen y dyddiad y rhoddwyd y sgôr RAG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A RAG rating needs its rationale: why this rating.</source>
        <translation>Mae angen rhesymeg ar gyfer sgôr RAG: pam y sgôr hon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is a RAG date or rationale but no rating.</source>
        <translation>Mae dyddiad neu resymeg RAG ond dim sgôr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{value}&apos; is not who can give consent: write young person, parental responsibility or best interest decision.</source>
        <translation>Nid yw &apos;{value}&apos; yn rhywun sy&apos;n gallu rhoi caniatâd: ysgrifennwch young person (person ifanc), parental responsibility (cyfrifoldeb rhiant) neu best interest decision (penderfyniad er budd pennaf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who gave consent.</source>
        <translation>Dywedwch pwy roddodd ganiatâd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who gave consent is filled in, but there is no consent date.</source>
        <translation>Mae pwy roddodd ganiatâd wedi&apos;i lenwi, ond nid oes dyddiad caniatâd.</translation>
    </message>
</context>
<context>
    <name>RegisterPrompts</name>
    <message>
        <location filename="../keyworker_desktop/domain/register_prompts.py" line="+35"/>
        <source>Red: at risk of admission. A C(E)TR and a keyworker referral are expected.</source>
        <extracomment>The translation context of :data:`TEXTS` and :data:`CRITERIA`. How soon before a cadence date the prompt appears. What each rating means, shown beside the choice (seed 002).</extracomment>
        <translation>Coch: risg o gael eu derbyn i&apos;r ysbyty. Disgwylir C(E)TR ac atgyfeiriad at weithiwr allweddol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amber: rising risk. A multi-agency meeting and/or a C(E)TR.</source>
        <translation>Ambr: risg gynyddol. Cyfarfod amlasiantaeth a/neu C(E)TR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green: needs can be managed in the community.</source>
        <translation>Gwyrdd: gellir rheoli anghenion yn y gymuned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue: already an inpatient.</source>
        <translation>Glas: eisoes yn glaf mewnol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rated red: a C(E)TR is due (none held or planned in the last {days} days).</source>
        <extracomment>The words of each prompt, with ``{due}`` (a date) and ``{days}``/``{months}`` in them.</extracomment>
        <translation>Sgôr coch: mae C(E)TR yn ddyledus (dim un wedi&apos;i gynnal na&apos;i gynllunio yn ystod y {days} diwrnod diwethaf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rated {rating} with no keyworker allocated.</source>
        <translation>Sgôr {rating} heb weithiwr allweddol wedi&apos;i ddyrannu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpatient: a C(E)TR should be offered before admission or within {days} days of it (by {due}).</source>
        <translation>Claf mewnol: dylid cynnig C(E)TR cyn derbyn i&apos;r ysbyty neu o fewn {days} diwrnod i hynny (erbyn {due}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inpatient: a post-admission review is due within {days} days of admission (by {due}).</source>
        <translation>Claf mewnol: mae adolygiad ar ôl derbyn yn ddyledus o fewn {days} diwrnod i&apos;r derbyn (erbyn {due}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inpatient: a C(E)TR is due every {months} months (next by {due}).</source>
        <translation>Claf mewnol: mae C(E)TR yn ddyledus bob {months} mis (yr un nesaf erbyn {due}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rated blue but no admission date is recorded: add it on the Profile tab so the C(E)TR dates can be worked out.</source>
        <translation>Sgôr glas ond does dim dyddiad derbyn wedi&apos;i gofnodi: ychwanegwch ef ar y tab Proffil er mwyn gallu cyfrifo dyddiadau&apos;r C(E)TR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register review was due on {due}.</source>
        <translation>Roedd adolygiad y gofrestr yn ddyledus ar {due}.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_tab.py" line="-38"/>
        <source>&amp;Current issues</source>
        <translation>&amp;Materion cyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been &amp;tried</source>
        <translation>Beth sydd wedi&apos;i roi ar &amp;brawf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What reduces ris&amp;k</source>
        <translation>Beth sy&apos;n lleihau &amp;risg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action &amp;plan</source>
        <translation>&amp;Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>RAG rating</source>
        <translation>Sgôr RAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New rating…</source>
        <translation>Sgôr &amp;newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;review…</source>
        <translation>Cofnodi &amp;adolygiad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ratings and reviews</source>
        <translation>Sgorau ac adolygiadau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register entry</source>
        <translation>Cofnod ar y gofrestr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next re&amp;view on</source>
        <translation>Adolygiad &amp;nesaf ar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save status</source>
        <translation>Cadw&apos;r statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save register entry</source>
        <translation>Cadw&apos;r cofnod ar y gofrestr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the register entry (Ctrl+S)</source>
        <translation>Cadw&apos;r cofnod ar y gofrestr (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard these changes</source>
        <translation>Gwaredu&apos;r newidiadau hyn</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Changed elsewhere; saving keeps your version</source>
        <translation>Wedi&apos;i newid mewn man arall; mae cadw yn cadw eich fersiwn chi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes you typed earlier (before the app locked or you left the record) are back in the register entry. They are not saved yet: Save register entry keeps them.</source>
        <translation>Mae&apos;r newidiadau a deipiwyd gennych yn gynharach (cyn i&apos;r ap gloi neu cyn i chi adael y cofnod) yn ôl yn y cofnod ar y gofrestr. Nid ydyn nhw wedi&apos;u cadw eto: mae Cadw&apos;r cofnod ar y gofrestr yn eu cadw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not on the register: no referral is recorded.</source>
        <translation>Nid yw ar y gofrestr: does dim atgyfeiriad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated yet. New rating… records the first.</source>
        <translation>Dim sgôr eto. Mae Sgôr newydd… yn cofnodi&apos;r un gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now {rating}, rated on {date}: {rationale}</source>
        <translation>Nawr {rating}, sgôr a roddwyd ar {date}: {rationale}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current rating: {text}</source>
        <translation>Sgôr bresennol: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register prompts: {text}</source>
        <translation>Negeseuon atgoffa&apos;r gofrestr: {text}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Discard the changes brought back into the register entry? What you typed is lost.</source>
        <translation>Gwaredu&apos;r newidiadau a ddaeth yn ôl i&apos;r cofnod ar y gofrestr? Bydd yr hyn a deipiwyd gennych yn cael ei golli.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: see the problems marked ⚠</source>
        <translation>Heb ei gadw: gweler y problemau sydd wedi&apos;u marcio ⚠</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
</context>
<context>
    <name>RemovedNotice</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/removed_notice.py" line="+24"/>
        <source>They are no longer allocated to you, so the last sync removed their record from this laptop. Everything synced about them is safe on the central store. Open someone else from Today, Caseload, Visits or Search.</source>
        <translation>Nid ydyn nhw wedi&apos;u dyrannu i chi mwyach, felly tynnodd y cysoni diwethaf eu cofnod oddi ar y gliniadur hwn. Mae popeth a gysonwyd amdanyn nhw yn ddiogel yn y storfa ganolog. Agorwch rywun arall o Heddiw, Llwyth achosion, Ymweliadau neu Chwilio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You had typed this in a session note and it was not saved. Copy it now (for example into an email to your manager): it cannot be saved on this laptop.</source>
        <translation>Roeddech chi wedi teipio hwn mewn nodyn sesiwn ac ni chafodd ei gadw. Copïwch ef nawr (er enghraifft i mewn i e-bost at eich rheolwr): does dim modd ei gadw ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved text to copy</source>
        <translation>Testun heb ei gadw i&apos;w gopïo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}&apos;s record is no longer on this laptop</source>
        <translation>Nid yw cofnod {name} ar y gliniadur hwn mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This young person&apos;s record is no longer on this laptop</source>
        <translation>Nid yw cofnod y person ifanc hwn ar y gliniadur hwn mwyach</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/ending_banner.py" line="-94"/>
        <source>Reopen involvement</source>
        <translation>Ailagor yr ymwneud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason for reopening (required)</source>
        <translation>&amp;Rheswm dros ailagor (gofynnol)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopening &amp;date</source>
        <translation>&amp;Dyddiad ailagor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open</source>
        <translation>&amp;Ailagor</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../keyworker_desktop/ui/report_charts.py" line="-115"/>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue (inpatient)</source>
        <translation>Glas (claf mewnol)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../keyworker_desktop/reports/crisis_plan_pdf.py" line="+52"/>
        <source>Risk and crisis plan for {name}. Printed on {date} by {by}.</source>
        <translation>Cynllun risg ac argyfwng ar gyfer {name}. Wedi&apos;i argraffu ar {date} gan {by}.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/easyread/record_summary.py" line="+68"/>
        <location filename="../keyworker_desktop/reports/handover_pdf.py" line="+180"/>
        <location filename="../keyworker_desktop/reports/service_report_pdf.py" line="+101"/>
        <source>Page {page}</source>
        <translation>Tudalen {page}</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/reports/crisis_plan_pdf.py" line="+9"/>
        <source>Risk and crisis plan: {name}</source>
        <translation>Cynllun risg ac argyfwng: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk assessment and crisis plan</source>
        <translation>Asesiad risg a chynllun argyfwng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk assessment and crisis plan. Assessed {assessed}; review due {review}.</source>
        <translation>Asesiad risg a chynllun argyfwng. Aseswyd {assessed}; adolygiad yn ddyledus {review}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan&apos;s review is overdue: check it is still right before relying on it.</source>
        <translation>Mae adolygiad y cynllun hwn yn hwyr: gwiriwch ei fod yn dal yn gywir cyn dibynnu arno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who to call</source>
        <translation>Pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody recorded.</source>
        <translation>Neb wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps</source>
        <translation>Beth sy&apos;n helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to avoid</source>
        <translation>Beth i&apos;w osgoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early signs</source>
        <translation>Arwyddion cynnar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggers</source>
        <translation>Sbardunau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../keyworker_desktop/reports/handover_pdf.py" line="+52"/>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/reports/handover_pdf.py" line="-104"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+91"/>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Phone and email</source>
        <translation>Ffôn ac e-bost</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../keyworker_desktop/reports/service_report_pdf.py" line="+30"/>
        <source>Nothing recorded.</source>
        <translation>Dim wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OFFICIAL-SENSITIVE: personal information. Keep it safe; destroy it when no longer needed.</source>
        <translation>SWYDDOGOL-SENSITIF: gwybodaeth bersonol. Cadwch hi&apos;n ddiogel; dinistriwch hi pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handover summary for {name}. Prepared on {date} by {by}.</source>
        <translation>Crynodeb trosglwyddo ar gyfer {name}. Wedi&apos;i baratoi ar {date} gan {by}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handover summary: {name}</source>
        <translation>Crynodeb trosglwyddo: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyworker handover summary</source>
        <translation>Crynodeb trosglwyddo gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known as {name}.</source>
        <translation>Adnabyddir fel {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover summary for the next keyworker.</source>
        <translation>Crynodeb trosglwyddo ar gyfer y gweithiwr allweddol nesaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family&apos;s permission to hand over is not recorded. Do not share this summary with anyone outside the service until it is.</source>
        <translation>Nid yw caniatâd y teulu i drosglwyddo wedi&apos;i gofnodi. Peidiwch â rhannu&apos;r crynodeb hwn ag unrhyw un y tu allan i&apos;r gwasanaeth nes iddo gael ei gofnodi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to communicate with them</source>
        <translation>Sut i gyfathrebu â nhw</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../keyworker_desktop/services/handover_summary.py" line="+187"/>
        <source>What matters to them</source>
        <translation>Beth sy&apos;n bwysig iddyn nhw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No family recorded.</source>
        <translation>Dim teulu wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network of professionals</source>
        <translation>Rhwydwaith gweithwyr proffesiynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No professionals recorded.</source>
        <translation>Dim gweithwyr proffesiynol wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where things stand</source>
        <translation>Y sefyllfa bresennol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents in force</source>
        <translation>Caniatâd sydd mewn grym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent in force is recorded.</source>
        <translation>Does dim caniatâd mewn grym wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No risks recorded.</source>
        <translation>Dim risgiau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions</source>
        <translation>Camau gweithredu agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open actions.</source>
        <translation>Dim camau gweithredu agored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up: meetings and visits</source>
        <translation>I ddod: cyfarfodydd ac ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing planned.</source>
        <translation>Dim byd wedi&apos;i drefnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-down plan</source>
        <translation>Cynllun camu i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No step-down plan recorded.</source>
        <translation>Dim cynllun camu i lawr wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover</source>
        <translation>Trosglwyddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No handover recorded.</source>
        <translation>Dim trosglwyddo wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/reports/service_report_pdf.py" line="-89"/>
        <source>1 family</source>
        <translation>1 teulu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 young person</source>
        <translation>1 person ifanc</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{count} families</source>
        <translation>{count} teulu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} young people</source>
        <translation>{count} o bobl ifanc</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+47"/>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Service report {period}. Prepared on {date} by {by}.</source>
        <translation>Adroddiad gwasanaeth {period}. Wedi&apos;i baratoi ar {date} gan {by}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts only: no names of young people.</source>
        <translation>Niferoedd yn unig: dim enwau pobl ifanc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OFFICIAL-SENSITIVE: keep it safe; destroy it when no longer needed.</source>
        <translation>SWYDDOGOL-SENSITIF: cadwch hi&apos;n ddiogel; dinistriwch hi pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service report {period}</source>
        <translation>Adroddiad gwasanaeth {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Keyworking Service report</source>
        <translation>Adroddiad y Gwasanaeth Gweithiwr Allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts from 1 to {highest} are shown as &quot;&lt;{below}&quot;.</source>
        <translation>Mae niferoedd o 1 i {highest} yn cael eu dangos fel &quot;&lt;{below}&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period}, both days included.</source>
        <translation>{period}, gan gynnwys y ddau ddiwrnod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings at the end of the period</source>
        <translation>Sgoriau ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register</source>
        <translation>Y gofrestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people held</source>
        <translation>Pobl ifanc a gedwir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the register at the end</source>
        <translation>Ar y gofrestr ar y diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals received</source>
        <translation>Atgyfeiriadau a dderbyniwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Wedi&apos;u derbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days from referral to keyworker</source>
        <translation>Canolrif y dyddiau o&apos;r atgyfeiriad i weithiwr allweddol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpatients (blue) at the end</source>
        <translation>Cleifion mewnol (glas) ar y diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../keyworker_desktop/services/handover_summary.py" line="+25"/>
        <source>Involvement closed</source>
        <translation>Ymwneud wedi&apos;i gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents withdrawn</source>
        <translation>Caniatâd wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movements between ratings</source>
        <translation>Symudiadau rhwng sgoriau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No rating changed.</source>
        <translation>Ni newidiodd yr un sgôr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C(E)TRs and their actions</source>
        <translation>C(E)TRs a&apos;u camau gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C(E)TRs held</source>
        <translation>C(E)TRs a gynhaliwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agency recorded</source>
        <translation>Dim asiantaeth wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{open} open, {done} done, {overdue} overdue</source>
        <translation>{open} ar agor, {done} wedi&apos;u gwneud, {overdue} yn hwyr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions overdue over time</source>
        <translation>Camau gweithredu hwyr dros amser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: done on a day not recorded</source>
        <translation>Wedi&apos;u gadael allan: wedi&apos;u gwneud ar ddiwrnod heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: cancelled</source>
        <translation>Wedi&apos;u gadael allan: wedi&apos;u canslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations by level</source>
        <translation>Uwchgyfeiriadau fesul lefel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{raised} raised, {resolved} resolved</source>
        <translation>{raised} wedi&apos;u codi, {resolved} wedi&apos;u datrys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No escalation raised or resolved.</source>
        <translation>Ni chodwyd nac ni ddatryswyd unrhyw uwchgyfeiriad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal budget and goals</source>
        <translation>Cyllideb bersonol a nodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Gwariwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people it was spent on</source>
        <translation>Pobl ifanc y gwariwyd arnynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent per young person</source>
        <translation>Gwariant fesul person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals rated</source>
        <translation>Nodau a sgoriwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals whose rating went up</source>
        <translation>Nodau y codwyd eu sgôr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit (families per keyworker)</source>
        <translation>Terfyn (teuluoedd fesul gweithiwr allweddol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworkers over the limit</source>
        <translation>Gweithwyr allweddol dros y terfyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{families} ({young_people})</source>
        <translation>{families} ({young_people})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyworkers</source>
        <translation>Gweithwyr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworker caseloads</source>
        <translation>Llwythi achosion gweithwyr allweddol</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/handover_summary.py" line="-144"/>
        <source>parental responsibility</source>
        <translation>cyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with them</source>
        <translation>Yn byw gyda nhw</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{kind}. Given by: {giver}.</source>
        <translation>{kind}. Wedi&apos;i roi gan: {giver}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share with: {names}.</source>
        <translation>Rhannu gyda: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review by {date}.</source>
        <translation>Adolygu erbyn {date}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Due {date}</source>
        <translation>Erbyn {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No due date</source>
        <translation>Dim dyddiad dyledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} (who: {who})</source>
        <translation>{what} (pwy: {who})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>at {place}</source>
        <translation>yn {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit at {place}</source>
        <translation>Ymweliad yn {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current issues</source>
        <translation>Materion cyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been tried</source>
        <translation>Beth sydd wedi&apos;i roi ar brawf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What reduces risk</source>
        <translation>Beth sy&apos;n lleihau risg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open escalations</source>
        <translation>Uwchgyfeiriadau agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}: {what} (to {who})</source>
        <translation>{date}: {what} (i {who})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{date} (age {age})</source>
        <translation>{date} ({age} oed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>(out of area)</source>
        <translation>(y tu allan i&apos;r ardal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where they live</source>
        <translation>Ble maen nhw&apos;n byw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People they like</source>
        <translation>Pobl maen nhw&apos;n eu hoffi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to support them</source>
        <translation>Sut i&apos;w cefnogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Diddordebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rating}, rated {date}</source>
        <translation>{rating}, sgôr a roddwyd ar {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not on the register</source>
        <translation>Ddim ar y gofrestr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>since {date}</source>
        <translation>ers {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review due {date}</source>
        <translation>adolygiad yn ddyledus {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAG rating</source>
        <translation>Sgôr RAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Cofrestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworker now</source>
        <translation>Gweithiwr allweddol presennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keyworker allocated</source>
        <translation>Dim gweithiwr allweddol wedi&apos;i ddyrannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving date</source>
        <translation>Dyddiad gadael</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handover to</source>
        <translation>Trosglwyddo i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date</source>
        <translation>Dyddiad trosglwyddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family&apos;s permission</source>
        <translation>Caniatâd y teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, recorded</source>
        <translation>Do, wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transition due by</source>
        <translation>Pontio yn ddyledus erbyn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keyworker</source>
        <translation>y gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/reports.py" line="+319"/>
        <source>The period ends before it starts.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/reports_screen.py" line="+64"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each week end (Sunday)</source>
        <translation>Diwedd pob wythnos (dydd Sul)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each month end</source>
        <translation>Diwedd pob mis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each year end (the last 120 at most)</source>
        <translation>Diwedd pob blwyddyn (y 120 olaf ar y mwyaf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{each} and the last day: actions open and past their due date that day. Left out: {unknown} done on a day not recorded, {cancelled} cancelled.</source>
        <translation>{each} a&apos;r diwrnod olaf: camau gweithredu ar agor ac wedi mynd heibio&apos;u dyddiad dyledus y diwrnod hwnnw. Wedi&apos;u gadael allan: {unknown} wedi&apos;u gwneud ar ddiwrnod heb ei gofnodi, {cancelled} wedi&apos;u canslo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Young people held</source>
        <translation>Pobl ifanc a gedwir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the register at the end</source>
        <translation>Ar y gofrestr ar y diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpatients (blue) at the end</source>
        <translation>Cleifion mewnol (glas) ar y diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals received</source>
        <translation>Atgyfeiriadau a dderbyniwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted onto the register</source>
        <translation>Wedi&apos;i dderbyn i&apos;r gofrestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days from referral to keyworker</source>
        <translation>Canolrif y dyddiau o&apos;r atgyfeiriad i weithiwr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No first allocation in the period</source>
        <translation>Dim dyraniad cyntaf yn ystod y cyfnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days:g} (from {n})</source>
        <translation>{days:g} (o {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Involvement closed</source>
        <translation>Ymwneud wedi&apos;i gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents withdrawn</source>
        <translation>Caniatâd wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C(E)TRs held</source>
        <translation>C(E)TRs a gynhaliwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised</source>
        <translation>Uwchgyfeiriadau a godwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal budget spent</source>
        <translation>Cyllideb bersonol a wariwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent per young person</source>
        <translation>Gwariant fesul person ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{mean} ({n} young people)</source>
        <translation>{mean} ({n} o bobl ifanc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals whose rating went up</source>
        <translation>Nodau y codwyd eu sgôr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{up} of {rated} rated</source>
        <translation>{up} o {rated} a gafodd sgôr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyworkers over the caseload limit</source>
        <translation>Gweithwyr allweddol dros derfyn y llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} (limit {limit} families)</source>
        <translation>{n} (terfyn {limit} o deuluoedd)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period {end}</source>
        <translation>Cyfnod {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts &amp;only (for the region and NHS England)</source>
        <translation>Niferoedd yn &amp;unig (ar gyfer y rhanbarth a GIG Lloegr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export holds counts only, no names, and small numbers are hidden (1 to 4 show as &quot;&lt;5&quot;).</source>
        <translation>Mae&apos;r allforiad yn cynnwys niferoedd yn unig, dim enwau, ac mae niferoedd bach wedi&apos;u cuddio (mae 1 i 4 yn ymddangos fel &quot;&lt;5&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export counts only, small numbers hidden</source>
        <translation>Allforio niferoedd yn unig, niferoedd bach wedi&apos;u cuddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Allforio &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report as CSV (not encrypted)</source>
        <translation>Allforio&apos;r adroddiad fel CSV (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>Allforio &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report as PDF (not encrypted)</source>
        <translation>Allforio&apos;r adroddiad fel PDF (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ratings at the end of the period</source>
        <translation>Sgoriau ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody on the register at the end.</source>
        <translation>Neb ar y gofrestr ar y diwedd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements between ratings in the period</source>
        <translation>Symudiadau rhwng sgoriau yn ystod y cyfnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rating changed in the period.</source>
        <translation>Ni newidiodd yr un sgôr yn ystod y cyfnod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Actions overdue over time</source>
        <translation>Camau gweithredu hwyr dros amser</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>No day of the period has passed yet.</source>
        <translation>Nid oes yr un diwrnod o&apos;r cyfnod wedi mynd heibio eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s agency</source>
        <translation>Asiantaeth y perchennog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No agency recorded</source>
        <translation>Dim asiantaeth wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Wedi&apos;u datrys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the limit</source>
        <translation>O&apos;i gymharu â&apos;r terfyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ratings at the end</source>
        <translation>Sgoriau ar y diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements between ratings</source>
        <translation>Symudiadau rhwng sgoriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures</source>
        <translation>Y ffigurau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C(E)TR actions by the owner&apos;s agency</source>
        <translation>Camau gweithredu C(E)TR yn ôl asiantaeth y perchennog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations by level</source>
        <translation>Uwchgyfeiriadau fesul lefel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyworker caseloads at the end</source>
        <translation>Llwythi achosion gweithwyr allweddol ar y diwedd</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Over the limit of {limit}</source>
        <translation>Dros y terfyn o {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the limit</source>
        <translation>O fewn y terfyn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The period ends before it starts: choose a &apos;To&apos; date on or after the &apos;From&apos; date.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad &apos;Hyd at&apos; sydd ar neu ar ôl y dyddiad &apos;O&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counting…</source>
        <translation>Wrthi&apos;n cyfrif…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From {start} to {end}, both days included, over the {n} young people this laptop holds.</source>
        <translation>O {start} i {end}, gan gynnwys y ddau ddiwrnod, ar draws y {n} o bobl ifanc sydd ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Service report</source>
        <translation>Adroddiad gwasanaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report (not encrypted)</source>
        <translation>Allforio&apos;r adroddiad (heb ei amgryptio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the report outside the store?</source>
        <translation>Cadw&apos;r adroddiad y tu allan i&apos;r storfa?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy will not be protected by the store&apos;s encryption: anyone who can open the folder can read it. {what} Save it only where your organisation allows. Saving it is recorded in the audit log.</source>
        <translation>Ni fydd y copi wedi&apos;i ddiogelu gan amgryptio&apos;r storfa: gall unrhyw un sy&apos;n gallu agor y ffolder ei ddarllen. {what} Cadwch ef dim ond lle mae eich sefydliad yn caniatáu. Mae ei gadw yn cael ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds counts only, small numbers hidden.</source>
        <translation>Mae&apos;n cynnwys niferoedd yn unig, gyda niferoedd bach wedi&apos;u cuddio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It names keyworkers.</source>
        <translation>Mae&apos;n enwi gweithwyr allweddol.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the report to {path}. It is not encrypted.</source>
        <translation>Wedi cadw&apos;r adroddiad yn {path}. Nid yw wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report saved</source>
        <translation>Adroddiad wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write the file: {reason}. Nothing was saved.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil: {reason}. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown reason</source>
        <translation>rheswm anhysbys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/backup_dialogs.py" line="-95"/>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring your records from your old laptop: choose the backup you made there (File › Back up to…) and type the passphrase you used on that laptop. The backup is restored into this laptop&apos;s data folder, which must not hold records yet.</source>
        <translation>Dewch â&apos;ch cofnodion o&apos;ch hen liniadur: dewiswch y copi wrth gefn a wnaethoch yno (Ffeil › Copi wrth gefn i…) a theipiwch y cyfrinymadrodd a ddefnyddiwyd gennych ar y gliniadur hwnnw. Caiff y copi wrth gefn ei adfer i ffolder data&apos;r gliniadur hwn, na ddylai gynnwys cofnodion eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup file</source>
        <translation>Ffeil copi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Dewiswch y ffeil copi wrth gefn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup &amp;file</source>
        <translation>&amp;Ffeil copi wrth gefn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the backup</source>
        <translation>Cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the backup file first.</source>
        <translation>Dewiswch y ffeil copi wrth gefn yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase you used on your old laptop.</source>
        <translation>Teipiwch y cyfrinymadrodd a ddefnyddiwyd gennych ar eich hen liniadur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup could not be restored. Nothing was changed; the details are in the log.</source>
        <translation>Nid oedd modd adfer y copi wrth gefn. Ni newidiwyd dim byd; mae&apos;r manylion yn y log.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring…</source>
        <translation>Wrthi&apos;n adfer…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_dialogs.py" line="-69"/>
        <source>Record a register review</source>
        <translation>Cofnodi adolygiad o&apos;r gofrestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewed on</source>
        <translation>&amp;Adolygwyd ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome (required)</source>
        <translation>&amp;Canlyniad (gofynnol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next review on</source>
        <translation>Adolygiad &amp;nesaf ar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review date</source>
        <translation>Dyddiad yr adolygiad nesaf</translation>
    </message>
</context>
<context>
    <name>RiskPlanDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_dialogs.py" line="-86"/>
        <source>Risk and crisis plan</source>
        <translation>Cynllun risg ac argyfwng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assessed on</source>
        <translation>&amp;Aseswyd ar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Risks</source>
        <translation>&amp;Risgiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Triggers</source>
        <translation>&amp;Sbardunau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Early signs</source>
        <translation>Arwyddion &amp;cynnar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;helps</source>
        <translation>Beth sy&apos;n &amp;helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to a&amp;void</source>
        <translation>Beth i&apos;w &amp;osgoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who to call (network and family)</source>
        <translation>&amp;Pwy i&apos;w ffonio (rhwydwaith a theulu)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Others to call (one a &amp;line)</source>
        <translation>Eraill i&apos;w ffonio (un ar bob &amp;llinell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;view by</source>
        <translation>A&amp;dolygu erbyn</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../keyworker_desktop/services/search.py" line="+14"/>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and carers</source>
        <translation>Teulu a gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals</source>
        <translation>Gweithwyr proffesiynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Session notes</source>
        <translation>Nodiadau sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic Support Register</source>
        <translation>Cofrestr Cymorth Deinamig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/search_screen.py" line="+39"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{snippet} · Enter shows their details</source>
        <translation>{snippet} · Mae Enter yn dangos eu manylion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search the records</source>
        <extracomment>A result was opened: (young person id, kind of record, record id).</extracomment>
        <translation>Chwilio&apos;r cofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, notes, visits, actions…</source>
        <translation>Chwilio enwau, nodiadau, ymweliadau, camau gweithredu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing found for “{text}”. Try fewer or shorter words.</source>
        <translation>Dim byd wedi&apos;i ganfod ar gyfer “{text}”. Rhowch gynnig ar lai o eiriau neu eiriau byrrach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 result for “{text}”</source>
        <translation>1 canlyniad ar gyfer “{text}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} results for “{text}”</source>
        <translation>{count} o ganlyniadau ar gyfer “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type at least two letters of a name or a word from a note.</source>
        <translation>Teipiwch o leiaf ddwy lythyren o enw neu air o nodyn.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/session_editor.py" line="+58"/>
        <source>In their own words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was discussed</source>
        <translation>Beth a drafodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was agreed</source>
        <translation>Beth a gytunwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a note, or start a new one (Ctrl+Shift+N).</source>
        <translation>Dewiswch nodyn, neu dechreuwch un newydd (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>Cadw&apos;r statws</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date of the session</source>
        <translation>Dyddiad y sesiwn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+92"/>
        <source>Formal meeting</source>
        <translation>Cyfarfod ffurfiol</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+99"/>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Raise with my manager</source>
        <translation>Codi gyda fy rheolwr</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finalise and sign…</source>
        <translation>Cwblhau a llofnodi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Addenda</source>
        <translation>Nodiadau ychwanegol</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>New addendum</source>
        <translation>Nodyn ychwanegol newydd</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add addendum</source>
        <translation>Ychwanegu nodyn ychwanegol</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No purpose recorded</source>
        <translation>Dim diben wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concerns raised with the manager.</source>
        <translation>Codwyd pryderon gyda&apos;r rheolwr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not raised with the manager.</source>
        <translation>Heb ei godi gyda&apos;r rheolwr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose: {purposes}.
Format: {kind}.
{manager}</source>
        <translation>Diben: {purposes}.
Fformat: {kind}.
{manager}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New session note (draft)</source>
        <translation>Nodyn sesiwn newydd (drafft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Saves itself as you type</source>
        <translation>Yn cadw wrth i chi deipio</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Session note {date}</source>
        <translation>Nodyn sesiwn {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (signed)</source>
        <translation> (wedi&apos;i lofnodi)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (draft)</source>
        <translation> (drafft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {who} on {when}</source>
        <translation>Llofnodwyd gan {who} ar {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when}, {who}: {text}</source>
        <translation>{when}, {who}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No addenda.</source>
        <translation>Dim nodiadau ychwanegol.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Editing…</source>
        <translation>Wrthi&apos;n golygu…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: see the problem marked ⚠</source>
        <translation>Heb ei gadw: gweler y broblem sydd wedi&apos;i marcio ⚠</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Finalise and sign this note? After signing it cannot be changed; corrections are added as addenda.</source>
        <translation>Cwblhau a llofnodi&apos;r nodyn hwn? Ar ôl ei lofnodi, does dim modd ei newid; mae cywiriadau&apos;n cael eu hychwanegu fel nodiadau ychwanegol.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add and sign</source>
        <translation>Ychwanegu a llofnodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this addendum?</source>
        <translation>Ychwanegu&apos;r nodyn ychwanegol hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This addendum will be signed with your name and added to the note. It cannot be changed or removed afterwards.

“{text}”</source>
        <translation>Bydd y nodyn ychwanegol hwn yn cael ei lofnodi gyda&apos;ch enw a&apos;i ychwanegu at y nodyn. Does dim modd ei newid na&apos;i dynnu wedyn.

“{text}”</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/sessions_tab.py" line="+12"/>
        <source>Session notes</source>
        <translation>Nodiadau sesiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New session note</source>
        <translation>Nodyn sesiwn newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New session note (Ctrl+Shift+N)</source>
        <translation>Nodyn sesiwn newydd (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Recovered: the draft session note of {date} was being written when Keyworker Desktop stopped unexpectedly. Everything saved is kept, and it is open below to check and carry on.</source>
        <translation>Wedi&apos;i adfer: roedd y nodyn sesiwn drafft dyddiedig {date} yn cael ei ysgrifennu pan stopiodd Keyworker Desktop yn annisgwyl. Mae popeth a gadwyd yn cael ei gadw, ac mae ar agor isod i chi ei wirio a pharhau.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../keyworker_desktop/store/settings.py" line="+52"/>
        <source>Your name</source>
        <extracomment>The translation context of every title and prefix below; the dialog translates in it. The table a settings write touches, as named in an ``OpChanges``.</extracomment>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s identifier</source>
        <translation>Dynodydd y ddyfais hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock after this many idle minutes</source>
        <translation>Cloi ar ôl y nifer hwn o funudau segur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warn when a keyworker holds more families than the limit</source>
        <translation>Rhybuddio pan fydd gan weithiwr allweddol fwy o deuluoedd na&apos;r terfyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Families per keyworker (Keyworking Service policy: 2)</source>
        <translation>Teuluoedd i bob gweithiwr allweddol (polisi&apos;r Gwasanaeth Gweithiwr Allweddol: 2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark professionals not contacted for this many weeks</source>
        <translation>Marcio gweithwyr proffesiynol na chysylltwyd â nhw ers y nifer hwn o wythnosau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal budget limit per young person</source>
        <translation>Terfyn y gyllideb bersonol ar gyfer pob person ifanc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save drafts every this many seconds</source>
        <translation>Nifer yr eiliadau rhwng pob cadw drafft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt for a C(E)TR when a red-rated young person has had none for this many days</source>
        <translation>Atgoffa am C(E)TR pan nad yw person ifanc â sgôr coch wedi cael un ers y nifer hwn o ddiwrnodau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An inpatient&apos;s C(E)TR: offered before admission or within this many days</source>
        <translation>C(E)TR claf mewnol: wedi&apos;i gynnig cyn derbyn i&apos;r ysbyty neu o fewn y nifer hwn o ddiwrnodau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Post-admission review within this many days</source>
        <translation>Adolygiad ar ôl derbyn o fewn y nifer hwn o ddiwrnodau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An inpatient child&apos;s C(E)TR every this many months</source>
        <translation>C(E)TR plentyn sy&apos;n glaf mewnol: nifer y misoedd rhwng pob un</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An inpatient adult&apos;s CTR every this many months</source>
        <translation>CTR oedolyn sy&apos;n glaf mewnol: nifer y misoedd rhwng pob un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Central store address</source>
        <translation>Cyfeiriad y storfa ganolog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate authority file for the central store (empty: the usual public ones)</source>
        <translation>Ffeil awdurdod tystysgrifau ar gyfer y storfa ganolog (gwag: yr awdurdodau cyhoeddus arferol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last successful sync</source>
        <translation>Y cysoni llwyddiannus diwethaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store holds the fictional demo caseload (it never syncs)</source>
        <translation>Mae&apos;r storfa hon yn cynnwys y llwyth achosion arddangos ffuglennol (nid yw byth yn cysoni)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regional and national reports hide counts below this</source>
        <translation>Mae adroddiadau rhanbarthol a chenedlaethol yn cuddio cyfrifon o dan hyn</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/settings_dialog.py" line="+77"/>
        <location line="+1"/>
        <location line="+139"/>
        <source>Settings</source>
        <extracomment>The options the dialog offers, in order (a test may offer others). Saved: the values written, by key (after the store has them). The stored values are in the form (after opening).</extracomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Adfer y rhagosodiadau</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: the choices</source>
        <translation>Iaith: y dewisiadau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app uses the new language the next time it starts.</source>
        <translation>Bydd yr ap yn defnyddio&apos;r iaith newydd y tro nesaf y bydd yn dechrau.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Settings not saved</source>
        <translation>Gosodiadau heb eu cadw</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../keyworker_desktop/ui/setup_dialog.py" line="+107"/>
        <source>Welcome to Keyworker Desktop</source>
        <translation>Croeso i Keyworker Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you record is kept on this laptop, encrypted with a passphrase that only you know. Choose one you will remember: if it is forgotten, the records on this laptop cannot be opened (anything already synced stays safe centrally).</source>
        <translation>Mae popeth rydych chi&apos;n ei gofnodi yn cael ei gadw ar y gliniadur hwn, wedi&apos;i amgryptio gyda chyfrinymadrodd nad oes neb ond chi yn ei wybod. Dewiswch un y byddwch yn ei gofio: os caiff ei anghofio, does dim modd agor y cofnodion ar y gliniadur hwn (mae unrhyw beth sydd eisoes wedi&apos;i gysoni yn aros yn ddiogel yn ganolog).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your &amp;name</source>
        <translation>&amp;Eich enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase &amp;again</source>
        <translation>Teipiwch y cyfrinymadrodd e&amp;to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the fictional &amp;demo caseload so I can try things out</source>
        <translation>Ychwanegu&apos;r llwyth achosion &amp;arddangos ffuglennol er mwyn i mi roi cynnig ar bethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the fictional demo caseload</source>
        <translation>Ychwanegu&apos;r llwyth achosion arddangos ffuglennol</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>&amp;Create my store</source>
        <translation>C&amp;reu fy storfa</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Create my store</source>
        <translation>Creu fy storfa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Adfer o go&amp;pi wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>weak</source>
        <translation>gwan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fair</source>
        <translation>gweddol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>strong</source>
        <translation>cryf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three random words make a strong passphrase, e.g. “pebble lantern thursday” (choose your own).</source>
        <translation>Mae tri gair ar hap yn gwneud cyfrinymadrodd cryf, e.e. “carreg llusern mafon” (dewiswch eich rhai eich hun).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strength: {strength}. </source>
        <translation>Cryfder: {strength}. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your name: it is written on the notes you sign.</source>
        <translation>Rhowch eich enw: mae&apos;n cael ei ysgrifennu ar y nodiadau rydych chi&apos;n eu llofnodi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use at least {count} characters. Three random words are easy to remember and hard to guess.</source>
        <translation>Defnyddiwch o leiaf {count} nod. Mae tri gair ar hap yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Demo caseload</source>
        <translation>Llwyth achosion arddangos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo caseload could not be added. Your store is ready and you can start recording.</source>
        <translation>Doedd dim modd ychwanegu&apos;r llwyth achosion arddangos. Mae eich storfa&apos;n barod a gallwch ddechrau cofnodi.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Backup restored</source>
        <translation>Adferwyd y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Setting up…</source>
        <translation>Wrthi&apos;n gosod…</translation>
    </message>
</context>
<context>
    <name>SignedFormField</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/attach_file.py" line="-49"/>
        <source>Attach the signed form</source>
        <translation>Atodi&apos;r ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>No signed form attached</source>
        <translation>Dim ffurflen wedi&apos;i llofnodi wedi&apos;i hatodi</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Attach signed form…</source>
        <translation>Atodi ffurflen wedi&apos;i llofnodi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach signed form</source>
        <translation>Atodi ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not attach</source>
        <translation>Peidio ag atodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not attach the signed form</source>
        <translation>Peidio ag atodi&apos;r ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} ({size}) will be attached when you save</source>
        <translation>Bydd {name} ({size}) yn cael ei hatodi pan fyddwch yn cadw</translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/plans_dialogs.py" line="+76"/>
        <source>Add a spend</source>
        <translation>Ychwanegu gwariant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What it was for</source>
        <translation>&amp;Ar gyfer beth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount in pounds ({remaining} left)</source>
        <translation>&amp;Swm mewn punnoedd ({remaining} ar ôl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example 12.50</source>
        <translation>er enghraifft 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appro&amp;ved by</source>
        <translation>&amp;Cymeradwywyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received by</source>
        <translation>De&amp;rbyniwyd gan</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <location filename="../keyworker_desktop/services/subject_access.py" line="-24"/>
        <source>This folder holds everything the Keyworker Desktop laptop of {actor} held about
{name} on {day}, made for a subject access request.

  summary.pdf     a readable summary of the current record
  record.json     every record filed under them, including ones removed from the record
                  (they have a &quot;deleted_at&quot; date), the staff and professionals those
                  records name, and the audit of who looked at or changed the record
  attachments/    the documents attached to the record, as they were attached;
                  attachments/removed/ holds documents that were taken off the record
  photo.png       the photograph, if one is held

This copy is NOT encrypted. Keep it safe and delete it when it has been handed over.
</source>
        <translation>Mae&apos;r ffolder hwn yn cynnwys popeth a oedd gan liniadur Keyworker Desktop {actor} am
{name} ar {day}, wedi&apos;i greu ar gyfer cais gwrthrych am wybodaeth.

  summary.pdf     crynodeb darllenadwy o&apos;r cofnod presennol
  record.json     pob cofnod a ffeiliwyd o dan eu henw, gan gynnwys rhai a dynnwyd o&apos;r cofnod
                  (mae ganddyn nhw ddyddiad &quot;deleted_at&quot;), y staff a&apos;r gweithwyr proffesiynol
                  a enwir yn y cofnodion hynny, a&apos;r archwiliad o bwy edrychodd ar y cofnod neu ei newid
  attachments/    y dogfennau a atodwyd i&apos;r cofnod, fel yr oedden nhw pan gawson nhw eu hatodi;
                  mae attachments/removed/ yn cynnwys dogfennau a dynnwyd oddi ar y cofnod
  photo.png       y ffotograff, os oes un yn cael ei gadw

NID yw&apos;r copi hwn wedi&apos;i amgryptio. Cadwch ef yn ddiogel a&apos;i ddileu pan fydd wedi&apos;i drosglwyddo.
</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Subject access export, {day}. Not encrypted.</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth, {day}. Heb ei amgryptio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this keyworker</source>
        <translation>y gweithiwr allweddol hwn</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/services/subject_access_summary.py" line="+65"/>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About them</source>
        <translation>Amdanyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Living situation</source>
        <translation>Sefyllfa fyw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement out of area</source>
        <translation>Lleoliad y tu allan i&apos;r ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaving</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Cyfathrebu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses easy read</source>
        <translation>Yn defnyddio Hawdd ei Ddeall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses signs</source>
        <translation>Yn defnyddio arwyddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses drawing</source>
        <translation>Yn defnyddio lluniadu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to them</source>
        <translation>Beth sy&apos;n bwysig iddyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people like about them</source>
        <translation>Beth mae pobl yn ei hoffi amdanyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to support them</source>
        <translation>Sut i&apos;w cefnogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Diddordebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photograph held</source>
        <translation>Llun yn cael ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Caewyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything this laptop holds about {name}, as it stood on {date}, exported by {actor} for a subject access request.</source>
        <translation>Popeth sydd gan y gliniadur hwn am {name}, fel yr oedd ar {date}, wedi&apos;i allforio gan {actor} ar gyfer cais gwrthrych am wybodaeth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyworker</source>
        <translation>y gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full record, including anything removed from it, is in record.json; attached documents are in the attachments folder. This copy is not encrypted.</source>
        <translation>Mae&apos;r cofnod llawn, gan gynnwys unrhyw beth a dynnwyd ohono, yn record.json; mae&apos;r dogfennau atodedig yn y ffolder attachments. Nid yw&apos;r copi hwn wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dynamic Support Register</source>
        <translation>Cofrestr Cymorth Deinamig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register entry: {status}</source>
        <translation>Cofnod ar y gofrestr: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred on</source>
        <translation>Atgyfeiriwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status since</source>
        <translation>Statws ers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Triaged on</source>
        <translation>Brysbennwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage outcome</source>
        <translation>Canlyniad brysbennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current issues</source>
        <translation>Materion cyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried so far</source>
        <translation>Wedi&apos;i roi ar brawf hyd yma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What reduces risk</source>
        <translation>Beth sy&apos;n lleihau risg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Review on</source>
        <translation>Adolygu ar</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>RAG ratings</source>
        <translation>Sgoriau RAG</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>withdrawn</source>
        <translation>wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given</source>
        <translation>wedi&apos;i roi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given by</source>
        <translation>Rhoddwyd gan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Tynnwyd yn ôl ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Galluedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How recorded</source>
        <translation>Sut y&apos;i cofnodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with</source>
        <translation>Rhannwyd gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (best interests)</source>
        <translation>Pam (budd pennaf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed form attached</source>
        <translation>Ffurflen wedi&apos;i llofnodi wedi&apos;i hatodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyworkers</source>
        <translation>Gweithwyr allweddol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+14"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Line manager told on</source>
        <translation>Dywedwyd wrth y rheolwr llinell ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed agreement attached</source>
        <translation>Cytundeb wedi&apos;i lofnodi ynghlwm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family and carers</source>
        <translation>Teulu a gofalwyr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parental responsibility</source>
        <translation>Cyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lives with them</source>
        <translation>Yn byw gyda nhw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network of professionals</source>
        <translation>Rhwydwaith gweithwyr proffesiynol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How they help</source>
        <translation>Sut maen nhw&apos;n helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important dates</source>
        <translation>Dyddiadau pwysig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In their words</source>
        <translation>Yn eu geiriau nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set on</source>
        <translation>Gosodwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with</source>
        <translation>Cytunwyd gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved on</source>
        <translation>Cyflawnwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last chased</source>
        <translation>Atgoffwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending involvement</source>
        <translation>Dod â&apos;r ymwneud i ben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on {date}</source>
        <translation>Caewyd ar {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending planned</source>
        <translation>Diwedd wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-down plan</source>
        <translation>Cynllun camu i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over to</source>
        <translation>Trosglwyddwyd i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family agreed to the handover</source>
        <translation>Cytunodd y teulu i&apos;r trosglwyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover on</source>
        <translation>Trosglwyddwyd ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened on</source>
        <translation>Ailagorwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why reopened</source>
        <translation>Pam yr ailagorwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record of {name}</source>
        <translation>Cofnod {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>final, signed by {name}</source>
        <translation>terfynol, wedi&apos;i lofnodi gan {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addendum {date} by {name}: {text}</source>
        <translation>Nodyn ychwanegol {date} gan {name}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date}: session note ({status})</source>
        <translation>{date}: nodyn sesiwn ({status})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In their own words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussed</source>
        <translation>Trafodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworker session notes</source>
        <translation>Nodiadau sesiwn y gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added (UTC)</source>
        <translation>Ychwanegwyd (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Llofnodwyd ar</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/close_prompt.py" line="+42"/>
        <source>A sync is running</source>
        <translation>Mae cysoni ar waith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync is running. Stop it safely and quit? Anything not sent yet stays on this laptop and goes up next time.</source>
        <translation>Mae cysoni ar waith. Ei stopio&apos;n ddiogel a gadael? Bydd unrhyw beth sydd heb ei anfon eto yn aros ar y gliniadur hwn ac yn cael ei anfon y tro nesaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit anyway</source>
        <translation>Gadael beth bynnag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have 1 change not yet synced.</source>
        <translation>Mae gennych 1 newid sydd heb ei gysoni eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have {count} changes not yet synced.</source>
        <translation>Mae gennych {count} o newidiadau sydd heb eu cysoni eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you quit, nothing is lost: they stay encrypted on this laptop and go up next time you sync.</source>
        <translation>Os byddwch yn gadael, ni fydd dim yn cael ei golli: byddan nhw&apos;n aros wedi&apos;u hamgryptio ar y gliniadur hwn ac yn cael eu hanfon y tro nesaf y byddwch yn cysoni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes not yet synced</source>
        <translation>Newidiadau heb eu cysoni eto</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/sync/conflicts_dialog.py" line="-290"/>
        <source>{who} · {when}</source>
        <translation>{who} · {when}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To resolve</source>
        <translation>I&apos;w ddatrys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settled</source>
        <translation>Wedi&apos;i setlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../keyworker_desktop/ui/sync/preview_dialog.py" line="-35"/>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/sync/history_dialog.py" line="-37"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/sync/preview_dialog.py" line="-7"/>
        <source>1 change</source>
        <translation>1 newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changes</source>
        <translation>{count} o newidiadau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes to send</source>
        <translation>Newidiadau i&apos;w hanfon</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/sync/progress_dialog.py" line="+28"/>
        <source>Sending 1 change</source>
        <translation>Wrthi&apos;n anfon 1 newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending {count} changes</source>
        <translation>Wrthi&apos;n anfon {count} o newidiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving 1 change</source>
        <translation>Wrthi&apos;n derbyn 1 newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving {count} changes</source>
        <translation>Wrthi&apos;n derbyn {count} o newidiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/sync/status.py" line="+25"/>
        <source>1 conflict to resolve</source>
        <translation>1 gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} conflicts to resolve</source>
        <translation>{count} gwrthdaro i&apos;w datrys</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/sync/summary_dialog.py" line="+36"/>
        <source>Shared records (staff, professionals)</source>
        <translation>Cofnodion a rennir (staff, gweithwyr proffesiynol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A young person not on this laptop</source>
        <translation>Person ifanc nad yw ar y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 conflict is waiting for you to choose.</source>
        <translation>Mae 1 gwrthdaro yn aros i chi ddewis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} conflicts are waiting for you to choose.</source>
        <translation>Mae {count} gwrthdaro yn aros i chi ddewis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync was stopped. Everything already sent is safe on the central store; the rest stays on this laptop and goes next time.</source>
        <translation>Cafodd y cysoni ei stopio. Mae popeth a anfonwyd eisoes yn ddiogel yn y storfa ganolog; mae&apos;r gweddill yn aros ar y gliniadur hwn ac yn cael ei anfon y tro nesaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Sent: {changes}</source>
        <translation>Anfonwyd: {changes}</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+86"/>
        <source>Received: {changes}</source>
        <translation>Derbyniwyd: {changes}</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>{count} texts edited on two laptops were merged without asking.</source>
        <translation>Cafodd {count} o destunau a olygwyd ar ddau liniadur eu cyfuno heb ofyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 text edited on two laptops was merged without asking.</source>
        <translation>Cafodd 1 testun a olygwyd ar ddau liniadur ei gyfuno heb ofyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} new: two people changed the same thing, and both versions are kept.</source>
        <translation>{count} newydd: newidiodd dau berson yr un peth, ac mae&apos;r ddau fersiwn yn cael eu cadw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person}, {record}: {reason}</source>
        <translation>{person}, {record}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not accepted</source>
        <translation>Heb eu derbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These changes are kept on this laptop and will be sent again next time:</source>
        <translation>Mae&apos;r newidiadau hyn yn cael eu cadw ar y gliniadur hwn a byddan nhw&apos;n cael eu hanfon eto y tro nesaf:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not applied on this laptop</source>
        <translation>Heb eu rhoi ar waith ar y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to send and nothing new from your colleagues.</source>
        <translation>Dim i&apos;w anfon a dim byd newydd gan eich cydweithwyr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept on this laptop, as you asked</source>
        <translation>Wedi&apos;u cadw ar y gliniadur hwn, fel y gofynnoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} young people are no longer allocated to you. They stay on this laptop until the next sync, which asks again.</source>
        <translation>Nid yw {count} o bobl ifanc wedi&apos;u dyrannu i chi mwyach. Byddan nhw&apos;n aros ar y gliniadur hwn tan y cysoni nesaf, a fydd yn gofyn eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed from this laptop</source>
        <translation>Wedi&apos;u tynnu oddi ar y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 young person is no longer allocated to you, so their record was removed from this laptop.</source>
        <translation>Nid yw 1 person ifanc wedi&apos;i ddyrannu i chi mwyach, felly cafodd ei gofnod ei dynnu oddi ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} young people are no longer allocated to you, so their records were removed from this laptop.</source>
        <translation>Nid yw {count} o bobl ifanc wedi&apos;u dyrannu i chi mwyach, felly cafodd eu cofnodion eu tynnu oddi ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything synced about them is safe on the central store.</source>
        <translation>Mae popeth a gysonwyd amdanyn nhw yn ddiogel yn y storfa ganolog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer allocated to you</source>
        <translation>Ddim wedi&apos;u dyrannu i chi mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These young people are no longer allocated to you, but they stay on this laptop because they have changes the central store has not accepted. Please speak to your manager:</source>
        <translation>Nid yw&apos;r bobl ifanc hyn wedi&apos;u dyrannu i chi mwyach, ond maen nhw&apos;n aros ar y gliniadur hwn oherwydd bod ganddyn nhw newidiadau nad yw&apos;r storfa ganolog wedi&apos;u derbyn. Siaradwch â&apos;ch rheolwr:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync stopped safely</source>
        <translation>Stopiodd y cysoni yn ddiogel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is up to date</source>
        <translation>Mae popeth yn gyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Mae&apos;r cysoni wedi gorffen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} changes were not accepted.</source>
        <translation>Ni chafodd {count} o newidiadau eu derbyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} values received could not be applied on this laptop.</source>
        <translation>Doedd dim modd rhoi {count} o werthoedd a dderbyniwyd ar waith ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../keyworker_desktop/ui/sync/values.py" line="+15"/>
        <source>Deleted</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept (not deleted)</source>
        <translation>Wedi&apos;i gadw (heb ei ddileu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time not known</source>
        <translation>amser anhysbys</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/controller.py" line="+41"/>
        <source>Working offline. Your changes are safe on this laptop and will go up next time.</source>
        <translation>Yn gweithio all-lein. Mae eich newidiadau&apos;n ddiogel ar y gliniadur hwn a byddan nhw&apos;n cael eu hanfon y tro nesaf.</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Your account on the central store has been disabled by your organisation; please speak to your manager.</source>
        <translation>Mae eich sefydliad wedi analluogi eich cyfrif ar y storfa ganolog; siaradwch â&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That user name and password were not accepted. Please check them and try again.</source>
        <translation>Ni chafodd yr enw defnyddiwr a&apos;r cyfrinair hwnnw eu derbyn. Gwiriwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the central store</source>
        <translation>y storfa ganolog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this laptop</source>
        <translation>y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove young people from this laptop?</source>
        <translation>Tynnu pobl ifanc oddi ar y gliniadur hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{deletes} of the {live} young people on this laptop are no longer allocated to you. Everything synced about them is safe on the central store.

Remove them from this laptop now? If this looks wrong, choose No and speak to your manager: they stay until the next sync.</source>
        <translation>Nid yw {deletes} o&apos;r {live} o bobl ifanc ar y gliniadur hwn wedi&apos;u dyrannu i chi mwyach. Mae popeth a gysonwyd amdanyn nhw yn ddiogel yn y storfa ganolog.

Eu tynnu oddi ar y gliniadur hwn nawr? Os yw hyn yn edrych yn anghywir, dewiswch Na a siaradwch â&apos;ch rheolwr: byddan nhw&apos;n aros tan y cysoni nesaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete many records?</source>
        <translation>Dileu llawer o gofnodion?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync would delete {deletes} of the {live} records on {where}. That is a lot, so it has stopped to ask first.

Delete them?</source>
        <translation>Byddai&apos;r cysoni hwn yn dileu {deletes} o&apos;r {live} o gofnodion ar {where}. Mae hynny&apos;n llawer, felly mae wedi stopio i ofyn yn gyntaf.

Eu dileu?</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Working offline</source>
        <translation>Gweithio all-lein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has been revoked</source>
        <translation>Mae mynediad y gliniadur hwn wedi&apos;i ddiddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app will now start again from the beginning.</source>
        <translation>Bydd yr ap nawr yn dechrau eto o&apos;r dechrau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Your account on the central store has been disabled by your organisation. Your changes are kept on this laptop; please speak to your manager.</source>
        <translation>Mae eich sefydliad wedi analluogi eich cyfrif ar y storfa ganolog. Mae eich newidiadau&apos;n cael eu cadw ar y gliniadur hwn; siaradwch â&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s sign-in to the central store has ended (unused for a long time, or your password was changed). Your changes are kept on this laptop: please sign in again.</source>
        <translation>Mae mewngofnodiad y gliniadur hwn i&apos;r storfa ganolog wedi dod i ben (heb ei ddefnyddio ers amser hir, neu cafodd eich cyfrinair ei newid). Mae eich newidiadau&apos;n cael eu cadw ar y gliniadur hwn: mewngofnodwch eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central store did not recognise this laptop. Please sign in again.</source>
        <translation>Nid oedd y storfa ganolog yn adnabod y gliniadur hwn. Mewngofnodwch eto.</translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/history_dialog.py" line="-28"/>
        <source>Synced</source>
        <translation>Wedi&apos;i gysoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, then merged or outvoted</source>
        <translation>Wedi&apos;i anfon, yna&apos;i gyfuno neu&apos;i drechu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One side of a conflict</source>
        <translation>Un ochr i wrthdaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the record now</source>
        <translation>Yn y cofnod nawr</translation>
    </message>
</context>
<context>
    <name>SyncProgressDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/progress_dialog.py" line="+10"/>
        <source>Syncing</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to the central store…</source>
        <translation>Wrthi&apos;n cysylltu â&apos;r storfa ganolog…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync stage</source>
        <translation>Cam cysoni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync progress</source>
        <translation>Cynnydd cysoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can carry on working while this runs.</source>
        <translation>Gallwch barhau i weithio tra bo hyn ar waith.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stopping safely…</source>
        <translation>Wrthi&apos;n stopio&apos;n ddiogel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is lost: whatever the central store did not confirm goes up again next time, and is never applied twice.</source>
        <translation>Does dim yn cael ei golli: bydd unrhyw beth na chafodd ei gadarnhau gan y storfa ganolog yn cael ei anfon eto y tro nesaf, a fydd byth yn cael ei roi ar waith ddwywaith.</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <location filename="../keyworker_desktop/services/sync_review.py" line="+29"/>
        <source>Shared records (staff, professionals)</source>
        <translation>Cofnodion a rennir (staff, gweithwyr proffesiynol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Aelod o staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworker allocation</source>
        <translation>Dyraniad gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session note</source>
        <translation>Nodyn sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addendum</source>
        <translation>Atodiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist item</source>
        <translation>Eitem ar y rhestr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network link</source>
        <translation>Cysylltiad rhwydwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic support register</source>
        <translation>Cofrestr Cymorth Deinamig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAG rating</source>
        <translation>Sgôr RAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome rating</source>
        <translation>Sgôr canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Uwchgyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal budget spend</source>
        <translation>Gwariant cyllideb bersonol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important date</source>
        <translation>Dyddiad pwysig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this young person is not allocated to you on the central store</source>
        <translation>nid yw&apos;r person ifanc hwn wedi&apos;i ddyrannu i chi ar y storfa ganolog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your account may not change records</source>
        <translation>ni chaiff eich cyfrif newid cofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the central store could not read it</source>
        <translation>nid oedd y storfa ganolog yn gallu ei ddarllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the central store found something missing or wrong in it</source>
        <translation>daeth y storfa ganolog o hyd i rywbeth ar goll neu&apos;n anghywir ynddo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is larger than the central store takes</source>
        <translation>mae&apos;n fwy nag y mae&apos;r storfa ganolog yn ei dderbyn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the central store did not accept it</source>
        <translation>ni dderbyniodd y storfa ganolog ef</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{fields}: larger than the central store takes (at most {size})</source>
        <translation>{fields}: yn fwy nag y mae&apos;r storfa ganolog yn ei dderbyn ({size} ar y mwyaf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{fields}: longer than the central store takes (at most {limit} characters)</source>
        <translation>{fields}: yn hirach nag y mae&apos;r storfa ganolog yn ei dderbyn ({limit} nod ar y mwyaf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{fields}: a value the central store cannot hold</source>
        <translation>{fields}: gwerth na all y storfa ganolog ei ddal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: a value received from the central store that this laptop cannot hold. It was not applied and is kept in the record&apos;s history.</source>
        <translation>{field}: gwerth a ddaeth o&apos;r storfa ganolog na all y gliniadur hwn ei ddal. Ni chafodd ei roi ar waith ac mae&apos;n cael ei gadw yn hanes y cofnod.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+59"/>
        <source>A young person not on this laptop</source>
        <translation>Person ifanc nad yw ar y gliniadur hwn</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/status.py" line="+24"/>
        <source>Conflicts to resolve</source>
        <translation>Gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open the conflicts to choose what to keep</source>
        <translation>Agor y gwrthdaro i ddewis beth i&apos;w gadw</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working offline</source>
        <translation>Gweithio all-lein</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/sync/summary_dialog.py" line="+14"/>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the sync did</source>
        <translation>Beth wnaeth y cysoni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync summary</source>
        <translation>Crynodeb cysoni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve conflicts…</source>
        <translation>Datrys gwrthdaro…</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/team_screen.py" line="+41"/>
        <source>Not rated</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days</source>
        <translation>{n} diwrnod</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+26"/>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No keyworker</source>
        <translation>Dim gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+10"/>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Last session</source>
        <translation>Sesiwn ddiwethaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by</source>
        <translation>Ysgrifennwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue by</source>
        <translation>Faint yn hwyr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the limit</source>
        <translation>O&apos;i gymharu â&apos;r terfyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team</source>
        <translation>Y tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s lists</source>
        <translation>Rhestrau&apos;r tîm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseload ({n})</source>
        <translation>Llwyth achosion ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for triage ({n})</source>
        <translation>Yn aros am frysbennu ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red and amber without a keyworker ({n})</source>
        <translation>Coch ac ambr heb weithiwr allweddol ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised with a manager ({n})</source>
        <translation>Wedi&apos;u codi gyda rheolwr ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C(E)TR actions overdue ({n})</source>
        <translation>Camau gweithredu C(E)TR hwyr ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworkers ({n})</source>
        <translation>Gweithwyr allweddol ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone this laptop holds for the team. Enter or a double-click opens a young person&apos;s record.</source>
        <translation>Pawb sydd ar y gliniadur hwn ar gyfer y tîm. Mae Enter neu glicio ddwywaith yn agor cofnod person ifanc.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Over the limit of {limit}</source>
        <translation>Dros y terfyn o {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the limit</source>
        <translation>O fewn y terfyn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The team view is for seniors&apos; and managers&apos; laptops: it shows the team&apos;s young people, which a senior&apos;s or manager&apos;s laptop holds once it has synced with the central store.</source>
        <translation>Mae golwg y tîm ar gyfer gliniaduron uwch-ymarferwyr a rheolwyr: mae&apos;n dangos pobl ifanc y tîm, sydd ar liniadur uwch-ymarferydd neu reolwr ar ôl iddo gysoni â&apos;r storfa ganolog.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../keyworker_desktop/services/today.py" line="+104"/>
        <source>Dynamic Support Register review</source>
        <extracomment>Plans in the child&apos;s file whose review has passed or with no copy (services.child_file).</extracomment>
        <translation>Adolygiad y Gofrestr Cymorth Deinamig</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Birthday</source>
        <translation>Pen-blwydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk and crisis plan review</source>
        <translation>Adolygiad o&apos;r cynllun risg ac argyfwng</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/today_screen.py" line="+61"/>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}  (Out of area)</source>
        <translation>{title}  (Y tu allan i&apos;r ardal)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>about {minutes} min travel</source>
        <translation>tua {minutes} munud o deithio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: {title}</source>
        <translation>Wedi&apos;i ganslo: {title}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Follow-up meeting</source>
        <translation>Cyfarfod dilynol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session recorded yet</source>
        <translation>Dim sesiwn wedi&apos;i chofnodi eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last session {days} days ago</source>
        <translation>Sesiwn ddiwethaf {days} diwrnod yn ôl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{young_person}: session note of {date}</source>
        <translation>{young_person}: nodyn sesiwn {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>yfory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was due {date}</source>
        <translation>roedd yn ddyledus {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{young_person} · {checklist} · {when}</source>
        <translation>{young_person} · {checklist} · {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Overdue: {text}</source>
        <translation>Hwyr: {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Out of date: {plan}</source>
        <translation>Wedi dyddio: {plan}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{young_person} · review or copy needed</source>
        <translation>{young_person} · angen adolygiad neu gopi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{young_person} · raised {date}</source>
        <translation>{young_person} · codwyd {date}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Raised with you by the team</source>
        <translation>Wedi&apos;u codi gyda chi gan y tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised with my manager, not yet acknowledged</source>
        <translation>Wedi&apos;u codi gyda fy rheolwr, heb eu cydnabod eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings today</source>
        <translation>Cyfarfodydd heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings today</source>
        <translation>Dim cyfarfodydd heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more meeting today — see Visits</source>
        <translation>ac 1 cyfarfod arall heddiw — gweler Ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more meetings today — see Visits</source>
        <translation>a {count} cyfarfod arall heddiw — gweler Ymweliadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing raised waiting for a manager</source>
        <translation>Dim byd wedi&apos;i godi yn aros am reolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more raised note — see Caseload</source>
        <translation>ac 1 nodyn arall wedi&apos;i godi — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more raised notes — see Caseload</source>
        <translation>a {count} nodyn arall wedi&apos;u codi — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly session due: none in 7 days</source>
        <translation>Sesiwn wythnosol yn ddyledus: dim un mewn 7 diwrnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone has had a session this week</source>
        <translation>Mae pawb wedi cael sesiwn yr wythnos hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more young person due a session — see Caseload</source>
        <translation>ac 1 person ifanc arall angen sesiwn — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more young people due a session — see Caseload</source>
        <translation>a {count} o bobl ifanc eraill angen sesiwn — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits today</source>
        <translation>Ymweliadau heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits planned today</source>
        <translation>Dim ymweliadau wedi&apos;u cynllunio heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more visit today — see Visits</source>
        <translation>ac 1 ymweliad arall heddiw — gweler Ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more visits today — see Visits</source>
        <translation>a {count} ymweliad arall heddiw — gweler Ymweliadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue checklist items</source>
        <translation>Eitemau hwyr ar restrau gwirio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing overdue on any checklist</source>
        <translation>Dim byd yn hwyr ar unrhyw restr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more overdue item — see Caseload</source>
        <translation>ac 1 eitem hwyr arall — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more overdue items — see Caseload</source>
        <translation>a {count} eitem hwyr arall — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions due this week</source>
        <translation>Camau gweithredu sy&apos;n ddyledus yr wythnos hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No actions due this week</source>
        <translation>Dim camau gweithredu&apos;n ddyledus yr wythnos hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more action due — see Caseload</source>
        <translation>ac 1 cam gweithredu arall yn ddyledus — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more actions due — see Caseload</source>
        <translation>a {count} cam gweithredu arall yn ddyledus — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dynamic Support Register reviews due</source>
        <translation>Adolygiadau&apos;r Gofrestr Cymorth Deinamig sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews due</source>
        <translation>Dim adolygiadau&apos;n ddyledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more review due — see Caseload</source>
        <translation>ac 1 adolygiad arall yn ddyledus — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more reviews due — see Caseload</source>
        <translation>a {count} adolygiad arall yn ddyledus — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk and crisis plan reviews due</source>
        <translation>Adolygiadau cynlluniau risg ac argyfwng sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No risk and crisis plan reviews due</source>
        <translation>Dim adolygiadau cynlluniau risg ac argyfwng yn ddyledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more plan review due — see Caseload</source>
        <translation>ac 1 adolygiad cynllun arall yn ddyledus — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more plan reviews due — see Caseload</source>
        <translation>a {count} adolygiad cynllun arall yn ddyledus — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open escalations</source>
        <translation>Uwchgyfeiriadau agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open escalations</source>
        <translation>Dim uwchgyfeiriadau agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more open escalation — see Caseload</source>
        <translation>ac 1 uwchgyfeiriad agored arall — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more open escalations — see Caseload</source>
        <translation>a {count} uwchgyfeiriad agored arall — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans out of date in the child&apos;s file</source>
        <translation>Cynlluniau wedi dyddio yn ffeil y plentyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every recorded plan is current</source>
        <translation>Mae pob cynllun a gofnodwyd yn gyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more plan out of date — see Caseload</source>
        <translation>ac 1 cynllun arall wedi dyddio — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more plans out of date — see Caseload</source>
        <translation>a {count} cynllun arall wedi dyddio — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important dates coming</source>
        <translation>Dyddiadau pwysig i ddod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No birthdays or important dates in the next two weeks</source>
        <translation>Dim penblwyddi na dyddiadau pwysig yn ystod y pythefnos nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and 1 more date coming — see Caseload</source>
        <translation>ac 1 dyddiad arall i ddod — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more dates coming — see Caseload</source>
        <translation>a {count} dyddiad arall i ddod — gweler Llwyth achosion</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Today&apos;s visits and what is due</source>
        <translation>Ymweliadau heddiw a&apos;r hyn sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark visit done…</source>
        <translation>&amp;Marcio&apos;r ymweliad yn gyflawn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected planned visit done</source>
        <translation>Marcio&apos;r ymweliad a gynlluniwyd sydd wedi&apos;i ddewis yn gyflawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected planned visit as done</source>
        <translation>Cofnodi bod yr ymweliad a gynlluniwyd sydd wedi&apos;i ddewis wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today, {date}</source>
        <translation>Heddiw, {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Cydnabod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge the selected raised note</source>
        <translation>Cydnabod y nodyn a godwyd sydd wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark visit done</source>
        <translation>Marcio&apos;r ymweliad yn gyflawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a planned visit in the list first.</source>
        <translation>Dewiswch ymweliad a gynlluniwyd yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acknowledge</source>
        <translation>Cydnabod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a note raised with you first.</source>
        <translation>Dewiswch nodyn a godwyd gyda chi yn gyntaf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledged.</source>
        <translation>Wedi&apos;i gydnabod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not changed</source>
        <translation>Heb ei newid</translation>
    </message>
</context>
<context>
    <name>TriageScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/triage_screen.py" line="+42"/>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days</source>
        <translation>{days} diwrnod</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred on</source>
        <translation>Atgyfeiriwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the referral</source>
        <translation>Rheswm dros yr atgyfeiriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for triage</source>
        <translation>Yn aros am frysbennu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open record</source>
        <translation>&amp;Agor y cofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;waiting list</source>
        <translation>Symud i&apos;r &amp;rhestr aros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccept onto the register</source>
        <translation>&amp;Derbyn ar y gofrestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Gwrthod…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the record</source>
        <translation>Agor y cofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the triage waiting list</source>
        <translation>Symud i&apos;r rhestr aros am frysbennu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept onto the register</source>
        <translation>Derbyn i&apos;r gofrestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the referral</source>
        <translation>Gwrthod yr atgyfeiriad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referrals waiting for triage, the longest waiting first.</source>
        <translation>Atgyfeiriadau sy&apos;n aros am frysbennu, y rhai sydd wedi aros hiraf yn gyntaf.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nobody is waiting for triage</source>
        <translation>Nid oes neb yn aros am frysbennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 referral waiting</source>
        <translation>1 atgyfeiriad yn aros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} referrals waiting</source>
        <translation>{count} atgyfeiriad yn aros</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} is on the triage waiting list.</source>
        <translation>Mae {name} ar y rhestr aros brysbennu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is accepted onto the register.</source>
        <translation>Mae {name} wedi cael ei dderbyn ar y gofrestr.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The referral of {name} is declined.</source>
        <translation>Mae atgyfeiriad {name} wedi&apos;i wrthod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not changed</source>
        <translation>Heb ei newid</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/visit_dialog.py" line="+49"/>
        <source>Edit visit</source>
        <translation>Golygu&apos;r ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a visit</source>
        <translation>Cofnodi ymweliad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pick a known place or type a new one</source>
        <translation>Dewiswch le hysbys neu teipiwch un newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type of place</source>
        <translation>Math o le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned visit</source>
        <translation>Ymweliad wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Record when it ended</source>
        <translation>Cofnodi pryd y daeth i ben</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel time</source>
        <translation>Amser teithio</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No: a visit that was not planned</source>
        <translation>Na: ymweliad nad oedd wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes: the visit planned for {time} at {place}</source>
        <translation>Ie: yr ymweliad a gynlluniwyd ar gyfer {time} yn {place}</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <location filename="../keyworker_desktop/ui/visits_screen.py" line="+57"/>
        <source>{day} (today)</source>
        <translation>{day} (heddiw)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits or meetings</source>
        <translation>Dim ymweliadau na chyfarfodydd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Previous week</source>
        <extracomment>A young person&apos;s id, what kind of record (&quot;meeting&quot;, &quot;visit_done&quot;) and its id.</extracomment>
        <translation>Wythnos &amp;flaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>Wythnos flaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This week</source>
        <translation>Yr wythnos &amp;hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Yr wythnos hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next week</source>
        <translation>Wythnos &amp;nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Wythnos nesaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the week of</source>
        <translation>Mynd i wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to:</source>
        <translation>&amp;Mynd i:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark visit done…</source>
        <translation>&amp;Marcio&apos;r ymweliad yn gyflawn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected planned visit done</source>
        <translation>Marcio&apos;r ymweliad a gynlluniwyd sydd wedi&apos;i ddewis yn gyflawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected planned visit as done</source>
        <translation>Cofnodi bod yr ymweliad a gynlluniwyd sydd wedi&apos;i ddewis wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visits and meetings this week, day by day</source>
        <translation>Ymweliadau a chyfarfodydd yr wythnos hon, fesul diwrnod</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Visits, {start} to {end}</source>
        <translation>Ymweliadau, {start} i {end}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mark visit done</source>
        <translation>Marcio&apos;r ymweliad yn gyflawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a planned visit in the list first.</source>
        <translation>Dewiswch ymweliad a gynlluniwyd yn y rhestr yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/visits_tab.py" line="+16"/>
        <source>Visits</source>
        <extracomment>A session note&apos;s id, to show in the Sessions tab.</extracomment>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a visit…</source>
        <translation>Cofnodi ymweliad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a visit (Ctrl+Shift+V)</source>
        <translation>Cofnodi ymweliad (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit visit…</source>
        <translation>Golygu&apos;r ymweliad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session note…</source>
        <translation>Nodyn sesiwn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the session note of the selected visit, or start one linked to it</source>
        <translation>Agor nodyn sesiwn yr ymweliad a ddewiswyd, neu ddechrau un sy&apos;n gysylltiedig ag ef</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{planned} planned, {done} done</source>
        <translation>{planned} wedi&apos;u cynllunio, {done} wedi&apos;u gwneud</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../keyworker_desktop/domain/vocab.py" line="+273"/>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital (in area)</source>
        <translation>Ysbyty (yn yr ardal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital (out of area)</source>
        <translation>Ysbyty (y tu allan i&apos;r ardal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Residential placement</source>
        <translation>Lleoliad preswyl</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family home</source>
        <translation>Cartref y teulu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inpatient in area</source>
        <translation>Claf mewnol yn yr ardal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inpatient out of area</source>
        <translation>Claf mewnol y tu allan i&apos;r ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported living</source>
        <translation>Byw â chymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <location line="+41"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue (inpatient)</source>
        <translation>Glas (claf mewnol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social care</source>
        <translation>Gofal cymdeithasol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voluntary and community</source>
        <translation>Gwirfoddol a chymunedol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and informal</source>
        <translation>Teulu ac anffurfiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenuous</source>
        <translation>Bregus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stressful</source>
        <translation>Llawn straen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known, not connected</source>
        <translation>Yn hysbys, heb gysylltiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support flows to the young person</source>
        <translation>Cymorth yn llifo i&apos;r person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support flows from the young person</source>
        <translation>Cymorth yn llifo o&apos;r person ifanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support flows both ways</source>
        <translation>Cymorth yn llifo&apos;r ddwy ffordd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No direction</source>
        <translation>Dim cyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+75"/>
        <source>Senior keyworker</source>
        <translation>Uwch-weithiwr allweddol</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Family keyworker</source>
        <translation>Gweithiwr allweddol teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First allocation</source>
        <translation>Dyraniad cyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The young person says the relationship is not working</source>
        <translation>Mae&apos;r person ifanc yn dweud nad yw&apos;r berthynas yn gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyworker left the service</source>
        <translation>Gadawodd y gweithiwr allweddol y gwasanaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyworker could not build a positive relationship</source>
        <translation>Nid oedd y gweithiwr allweddol yn gallu meithrin perthynas gadarnhaol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relationship is not in someone&apos;s best interests</source>
        <translation>Nid yw&apos;r berthynas er budd pennaf rhywun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step down</source>
        <translation>Camu i lawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To be on the Dynamic Support Register</source>
        <translation>I fod ar y Gofrestr Cymorth Deinamig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To work with a keyworker</source>
        <translation>I weithio gyda gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To share information</source>
        <translation>I rannu gwybodaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To use their photo</source>
        <translation>I ddefnyddio eu llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To medical treatment</source>
        <translation>I driniaeth feddygol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person with parental responsibility</source>
        <translation>Person sydd â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recorded best-interest decision</source>
        <translation>Penderfyniad er budd pennaf wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed form</source>
        <translation>Ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbally, in person</source>
        <translation>Ar lafar, wyneb yn wyneb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>Dros y ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By letter or email</source>
        <translation>Drwy lythyr neu e-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the triage waiting list</source>
        <translation>Ar y rhestr aros brysbennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted onto the register</source>
        <translation>Wedi&apos;i dderbyn i&apos;r gofrestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Caewyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Progress chasing</source>
        <translation>Mynd ar drywydd cynnydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specific issues, behaviours or problems</source>
        <translation>Materion, ymddygiadau neu broblemau penodol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning for a review or court appearance</source>
        <translation>Cynllunio ar gyfer adolygiad neu ymddangosiad yn y llys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas for the future</source>
        <translation>Syniadau ar gyfer y dyfodol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking about the past</source>
        <translation>Siarad am y gorffennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal meeting</source>
        <translation>Cyfarfod ffurfiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care (Education) and Treatment Review</source>
        <translation>Adolygiad Gofal (Addysg) a Thriniaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care and Treatment Review</source>
        <translation>Adolygiad Gofal a Thriniaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracker meeting</source>
        <translation>Cyfarfod olrhain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals&apos; meeting</source>
        <translation>Cyfarfod gweithwyr proffesiynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-disciplinary team meeting</source>
        <translation>Cyfarfod tîm amlddisgyblaethol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chased</source>
        <translation>Wedi mynd ar ei drywydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Senior manager</source>
        <translation>Uwch-reolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director</source>
        <translation>Cyfarwyddwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissioner</source>
        <translation>Comisiynydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Brawd neu chwaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandparent</source>
        <translation>Tad-cu neu fam-gu (taid neu nain)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>Perthynas arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation>Ffrind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care plan</source>
        <translation>Cynllun gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathway plan</source>
        <translation>Cynllun llwybr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement plan</source>
        <translation>Cynllun lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health care plan</source>
        <translation>Cynllun gofal iechyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment</source>
        <translation>Asesiad risg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education, health and care plan (EHCP)</source>
        <translation>Cynllun addysg, iechyd a gofal (EHCP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal education plan (PEP)</source>
        <translation>Cynllun addysg personol (PEP)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text or message</source>
        <translation>Neges destun neu neges arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They contacted us</source>
        <translation>Fe wnaethon nhw gysylltu â ni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contacted them</source>
        <translation>Fe wnaethon ni gysylltu â nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On its own</source>
        <translation>Ar ei ben ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An overdue action</source>
        <translation>Cam gweithredu hwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blocked referral</source>
        <translation>Atgyfeiriad wedi&apos;i rwystro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent form</source>
        <translation>Ffurflen ganiatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyworker agreement</source>
        <translation>Cytundeb gweithiwr allweddol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The young person only</source>
        <translation>Y person ifanc yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An allocation</source>
        <translation>Dyraniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cymraeg</source>
        <translation>Cymraeg</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/consent_dialog.py" line="+135"/>
        <source>Withdraw consent</source>
        <translation>Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consent to</source>
        <translation>&amp;Caniatâd i</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Tynnwyd yn ôl ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the date.</source>
        <translation>Dewiswch y dyddiad.</translation>
    </message>
</context>
<context>
    <name>_DatedDialog</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/register_dialogs.py" line="-63"/>
        <source>{what} is needed.</source>
        <translation>Mae angen {what}.</translation>
    </message>
</context>
<context>
    <name>_PeopleBox</name>
    <message>
        <location filename="../keyworker_desktop/ui/record/profile_people.py" line="+54"/>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove {what} from the profile?</source>
        <translation>Tynnu {what} o&apos;r proffil?</translation>
    </message>
</context>
<context>
    <name>_TypedField</name>
    <message>
        <location filename="../keyworker_desktop/ui/date_fields.py" line="-179"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <extracomment>The value was settled: the field was left, Enter pressed, a day picked or stepped. Today, for dates typed without a year (set by whoever knows the app&apos;s clock).</extracomment>
        <translation>Dewis o galendr (Alt+Down)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“{typed}” is not a date this field can read, so it is back to {value}. {hint}</source>
        <translation>Nid yw “{typed}” yn ddyddiad y gall y maes hwn ei ddarllen, felly mae wedi mynd yn ôl i {value}. {hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blank</source>
        <translation>gwag</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{typed}” is not a date this field can read. {hint}</source>
        <translation>Nid yw “{typed}” yn ddyddiad y gall y maes hwn ei ddarllen. {hint}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../keyworker_desktop/app.py" line="+136"/>
        <source>Problem</source>
        <extracomment>The freedesktop name of the .desktop file (resources/desktop), for Wayland&apos;s task bar.</extracomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../keyworker_desktop/ui/operations.py" line="+58"/>
        <source>Something went wrong. Your work is saved. If it happens again, restart the app; the details are in the log.</source>
        <translation>Aeth rhywbeth o&apos;i le. Mae eich gwaith wedi&apos;i gadw. Os bydd yn digwydd eto, ailgychwynnwch yr ap; mae&apos;r manylion yn y log.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Pictogram</name>
    <message>
        <source>A person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Me (the young person)</source>
        <translation>Fi (y person ifanc)</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Meddyg</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nyrs</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Athro neu athrawes</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Keyworker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ffrind</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapydd</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Children&apos;s home</source>
        <translation>Cartref plant</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ysbyty</translation>
    </message>
    <message>
        <source>Hospital far away</source>
        <translation>Ysbyty ymhell i ffwrdd</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bws</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <source>Park or community</source>
        <translation>Parc neu gymuned</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Trist</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>Yn poeni</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Yn flin</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Tawel</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Cloc</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Bore</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Prynhawn</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Gyda'r nos</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Siarad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Moddion</translation>
    </message>
    <message>
        <source>Eat</source>
        <translation>Bwyta</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Cysgu</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>We agreed</source>
        <translation>Rydyn ni wedi cytuno</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Sign (Makaton)</source>
        <translation>Arwydd (Makaton)</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Beth sy'n bwysig</translation>
    </message>
    <message>
        <source>What people like</source>
        <translation>Beth mae pobl yn ei hoffi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>More in the record</source>
        <translation>Mwy yn y cofnod</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Cerdded</translation>
    </message>
    <message>
        <source>Moving home</source>
        <translation>Symud tŷ</translation>
    </message>
    <message>
        <source>Book or reading</source>
        <translation>Llyfr neu ddarllen</translation>
    </message>
    <message>
        <source>Picture cards</source>
        <translation>Cardiau lluniau</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Nofio</translation>
    </message>
</context>
</TS>
