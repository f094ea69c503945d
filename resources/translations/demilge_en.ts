<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Logged in as %1 (%2).</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Backup made and checked: %1</translation>
    </message>
    <message>
        <source>Folder or USB stick for the backup</source>
        <translation>Folder or USB stick for the backup</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3);;All files (*)</source>
        <translation>Databases (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1? The current file is kept aside in the backups folder.</source>
        <translation>Replace the current data with the backup %1? The current file is kept aside in the backups folder.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder or USB stick…</source>
        <translation>Back up to a &amp;folder or USB stick…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Payment schedule: tranches of the grant</source>
        <translation>Payment schedule: tranches of the grant</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Payments made</translation>
    </message>
    <message>
        <source>Add &amp;tranche…</source>
        <translation>Add &amp;tranche…</translation>
    </message>
    <message>
        <source>Edit tranche…</source>
        <translation>Edit tranche…</translation>
    </message>
    <message>
        <source>Remove tranche</source>
        <translation>Remove tranche</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Remove payment</translation>
    </message>
    <message>
        <source>Print the &amp;agreement</source>
        <translation>Print the &amp;agreement</translation>
    </message>
    <message>
        <source>Grant %1 som; in the schedule %2 som; paid %3 som.</source>
        <translation>Grant %1 som; in the schedule %2 som; paid %3 som.</translation>
    </message>
    <message>
        <source>(on signing, no report)</source>
        <translation>(on signing, no report)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Amount, som:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition:</translation>
    </message>
    <message>
        <source>Paid after the &amp;report:</source>
        <translation>Paid after the &amp;report:</translation>
    </message>
    <message>
        <source>New tranche</source>
        <translation>New tranche</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Remove tranche %1?</source>
        <translation>Remove tranche %1?</translation>
    </message>
    <message>
        <source>Add the tranches of the schedule first.</source>
        <translation>Add the tranches of the schedule first.</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>New payment</translation>
    </message>
    <message>
        <source>&amp;Tranche:</source>
        <translation>&amp;Tranche:</translation>
    </message>
    <message>
        <source>%1: %2 som, left %3</source>
        <translation>%1: %2 som, left %3</translation>
    </message>
    <message>
        <source>Payment &amp;order No.:</source>
        <translation>Payment &amp;order No.:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Remove the selected payment?</source>
        <translation>Remove the selected payment?</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>This applicant is already registered. Press Down and Enter to take the existing record instead of creating a second one.</source>
        <translation>This applicant is already registered. Press Down and Enter to take the existing record instead of creating a second one.</translation>
    </message>
    <message>
        <source>Similar applicants are already registered (Down, then Enter to take one):</source>
        <translation>Similar applicants are already registered (Down, then Enter to take one):</translation>
    </message>
    <message>
        <source>Existing applicant: %1. Change the name to enter a new applicant instead.</source>
        <translation>Existing applicant: %1. Change the name to enter a new applicant instead.</translation>
    </message>
    <message>
        <source>%1  (%2 KB, %3)</source>
        <translation>%1  (%2 KB, %3)</translation>
    </message>
    <message>
        <source>Choose a competition that accepts applications.</source>
        <translation>Choose a competition that accepts applications.</translation>
    </message>
    <message>
        <source>Attach a scan or document</source>
        <translation>Attach a scan or document</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Register an application</translation>
    </message>
    <message>
        <source>The registration number is given when the application is saved.</source>
        <translation>The registration number is given when the application is saved.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>No. %1 · status: %2</source>
        <translation>No. %1 · status: %2</translation>
    </message>
    <message>
        <source>Co&amp;mpetition:</source>
        <translation>Co&amp;mpetition:</translation>
    </message>
    <message>
        <source>&amp;Kind of applicant:</source>
        <translation>&amp;Kind of applicant:</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name:</source>
        <translation>Applicant&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;ID document:</translation>
    </message>
    <message>
        <source>Group &amp;leader:</source>
        <translation>Group &amp;leader:</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Mem&amp;bers:</translation>
    </message>
    <message>
        <source>Legal &amp;form:</source>
        <translation>Legal &amp;form:</translation>
    </message>
    <message>
        <source>Registration n&amp;o.:</source>
        <translation>Registration n&amp;o.:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>Lat&amp;e:</source>
        <translation>Lat&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Title of the project:</source>
        <translation>&amp;Title of the project:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Target gro&amp;ups:</source>
        <translation>Target gro&amp;ups:</translation>
    </message>
    <message>
        <source>Village of the pro&amp;ject:</source>
        <translation>Village of the pro&amp;ject:</translation>
    </message>
    <message>
        <source>Re&amp;quested amount, som:</source>
        <translation>Re&amp;quested amount, som:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>after the deadline; reason:</source>
        <translation>after the deadline; reason:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>e.g. 12 000</source>
        <translation>e.g. 12 000</translation>
    </message>
    <message>
        <source>the applicant&apos;s village if empty</source>
        <translation>the applicant&apos;s village if empty</translation>
    </message>
    <message>
        <source>&amp;1 Application</source>
        <translation>&amp;1 Application</translation>
    </message>
    <message>
        <source>&amp;2 Co-financing and events</source>
        <translation>&amp;2 Co-financing and events</translation>
    </message>
    <message>
        <source>&amp;3 Participants</source>
        <translation>&amp;3 Participants</translation>
    </message>
    <message>
        <source>&amp;4 Attachments</source>
        <translation>&amp;4 Attachments</translation>
    </message>
    <message>
        <source>Co-&amp;financing by source (the applicant&apos;s and partners&apos; share):</source>
        <translation>Co-&amp;financing by source (the applicant&apos;s and partners&apos; share):</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Amount, som</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>How it was valued</source>
        <translation>How it was valued</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>&amp;Add source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <source>Planned &amp;events:</source>
        <translation>Planned &amp;events:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Add e&amp;vent</source>
        <translation>Add e&amp;vent</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Remove event</translation>
    </message>
    <message>
        <source>Expected participants by category. A part (e.g. girls) cannot be more than its whole (children); leave a field empty if not known.</source>
        <translation>Expected participants by category. A part (e.g. girls) cannot be more than its whole (children); leave a field empty if not known.</translation>
    </message>
    <message>
        <source>Scans and documents are copied into the program&apos;s data folder (at most 20 MB each) and open in the system&apos;s viewer.</source>
        <translation>Scans and documents are copied into the program&apos;s data folder (at most 20 MB each) and open in the system&apos;s viewer.</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Consortium partner</source>
        <translation>Consortium partner</translation>
    </message>
    <message>
        <source>— a new applicant (fill in below) —</source>
        <translation>— a new applicant (fill in below) —</translation>
    </message>
    <message>
        <source>&amp;Existing applicant:</source>
        <translation>&amp;Existing applicant:</translation>
    </message>
    <message>
        <source>&amp;Kind of new applicant:</source>
        <translation>&amp;Kind of new applicant:</translation>
    </message>
    <message>
        <source>&amp;Name of new applicant:</source>
        <translation>&amp;Name of new applicant:</translation>
    </message>
    <message>
        <source>Group &amp;leader (for a group):</source>
        <translation>Group &amp;leader (for a group):</translation>
    </message>
    <message>
        <source>Lo&amp;t (direction):</source>
        <translation>Lo&amp;t (direction):</translation>
    </message>
    <message>
        <source>Consortium partners</source>
        <translation>Consortium partners</translation>
    </message>
    <message>
        <source>When organisations apply together, the applicant above is the lead; add each partner as an applicant of its own (existing or new).</source>
        <translation>When organisations apply together, the applicant above is the lead; add each partner as an applicant of its own (existing or new).</translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation>Add a &amp;partner…</translation>
    </message>
    <message>
        <source>Remove the partner</source>
        <translation>Remove the partner</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Enter amounts as numbers, e.g. 10 000.</source>
        <translation>Enter amounts as numbers, e.g. 10 000.</translation>
    </message>
    <message>
        <source>All competitions</source>
        <translation>All competitions</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any village</source>
        <translation>Any village</translation>
    </message>
    <message>
        <source>Shown: %1 applications · requested in all: %2 som (withdrawn not counted)</source>
        <translation>Shown: %1 applications · requested in all: %2 som (withdrawn not counted)</translation>
    </message>
    <message>
        <source>Withdraw application %1</source>
        <translation>Withdraw application %1</translation>
    </message>
    <message>
        <source>Why is the application withdrawn?</source>
        <translation>Why is the application withdrawn?</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Competition:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Shown: %1 applications · press “Count all” to add up what they request</source>
        <translation>Shown: %1 applications · press “Count all” to add up what they request</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;ID document:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Registration No.:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Amount, som:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Register application…</source>
        <translation>&amp;Register application…</translation>
    </message>
    <message>
        <source>Register a received application (Ctrl+N)</source>
        <translation>Register a received application (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Check &amp;eligibility…</source>
        <translation>Check &amp;eligibility…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Edit &amp;applicant…</source>
        <translation>Edit &amp;applicant…</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>&amp;Print register…</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Competitions</source>
        <translation>Competitions</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Grant commission</source>
        <translation>Grant commission</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Development program</source>
        <translation>Development program</translation>
    </message>
    <message>
        <source>Figures to check</source>
        <translation>Figures to check</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>Signed agreement</source>
        <translation>Signed agreement</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Signed act</source>
        <translation>Signed act</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Scans of the signed agreement and act, the executor&apos;s reports, photos of the visits. The files are kept in the data folder and travel to other offices with the sync packages.</source>
        <translation>Scans of the signed agreement and act, the executor&apos;s reports, photos of the visits. The files are kept in the data folder and travel to other offices with the sync packages.</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Attach a file…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>(the project as a whole)</source>
        <translation>(the project as a whole)</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>Visit of %1</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Remove the file «%1» from the project?</source>
        <translation>Remove the file «%1» from the project?</translation>
    </message>
</context>
<context>
    <name>AwardMode</name>
    <message>
        <source>Grants (the amount asked, within the lot&apos;s allocation)</source>
        <translation>Grants (the amount asked, within the lot&apos;s allocation)</translation>
    </message>
    <message>
        <source>Prizes (a fixed amount by nomination and place)</source>
        <translation>Prizes (a fixed amount by nomination and place)</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>At start</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Before a program update</translation>
    </message>
    <message>
        <source>Before importing a package</source>
        <translation>Before importing a package</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Replaced by a restore</translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <source>%1, %2: expenditure %3 som; reserve fund %4 som of at most %5 som (1 % of %6 som, expenditure without the reserve fund and paid services); decided %7 som.</source>
        <translation>%1, %2: expenditure %3 som; reserve fund %4 som of at most %5 som (1 % of %6 som, expenditure without the reserve fund and paid services); decided %7 som.</translation>
    </message>
    <message>
        <source>Remove the %1 budget with its lines and decisions?</source>
        <translation>Remove the %1 budget with its lines and decisions?</translation>
    </message>
    <message>
        <source>Remove the line «%1»?</source>
        <translation>Remove the line «%1»?</translation>
    </message>
    <message>
        <source>Remove the decision %1?</source>
        <translation>Remove the decision %1?</translation>
    </message>
    <message>
        <source>&amp;New year&apos;s budget…</source>
        <translation>&amp;New year&apos;s budget…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Print the budget…</source>
        <translation>&amp;Print the budget…</translation>
    </message>
    <message>
        <source>Allocations and the competitions they fund (the competitions&apos; allocations must fit):</source>
        <translation>Allocations and the competitions they fund (the competitions&apos; allocations must fit):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Amount, som</translation>
    </message>
    <message>
        <source>Competition funded</source>
        <translation>Competition funded</translation>
    </message>
    <message>
        <source>Its allocation, som</source>
        <translation>Its allocation, som</translation>
    </message>
    <message>
        <source>Add a &amp;line…</source>
        <translation>Add a &amp;line…</translation>
    </message>
    <message>
        <source>Edit the line…</source>
        <translation>Edit the line…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>&amp;Fund a competition…</source>
        <translation>&amp;Fund a competition…</translation>
    </message>
    <message>
        <source>Stop funding</source>
        <translation>Stop funding</translation>
    </message>
    <message>
        <source>Decisions on using the reserve fund (together at most the fund):</source>
        <translation>Decisions on using the reserve fund (together at most the fund):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Add a &amp;decision…</source>
        <translation>Add a &amp;decision…</translation>
    </message>
    <message>
        <source>Edit the decision…</source>
        <translation>Edit the decision…</translation>
    </message>
    <message>
        <source>Remove the decision</source>
        <translation>Remove the decision</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please wait — Demilge</source>
        <translation>Please wait — Demilge</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Allocation, som</source>
        <translation>Allocation, som</translation>
    </message>
    <message>
        <source>Max. grant, som</source>
        <translation>Max. grant, som</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competition</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Requested, som</source>
        <translation>Requested, som</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Announced on</translation>
    </message>
    <message>
        <source>Grant, som</source>
        <translation>Grant, som</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Final target</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Project or program</source>
        <translation>Project or program</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Stated</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>What to check</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Confirming document</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation>Planned participants</translation>
    </message>
    <message>
        <source>Cost, som</source>
        <translation>Cost, som</translation>
    </message>
    <message>
        <source>Per participant, som</source>
        <translation>Per participant, som</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Project or competition</source>
        <translation>Project or competition</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Amount, som</translation>
    </message>
    <message>
        <source>Paid, som</source>
        <translation>Paid, som</translation>
    </message>
    <message>
        <source>Left to pay, som</source>
        <translation>Left to pay, som</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Paid after</source>
        <translation>Paid after</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>Document No.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Satisfied, %</source>
        <translation>Satisfied, %</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Size, bytes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Normative</source>
        <translation>Normative</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Expenditure, som</source>
        <translation>Expenditure, som</translation>
    </message>
    <message>
        <source>Local initiatives, som</source>
        <translation>Local initiatives, som</translation>
    </message>
    <message>
        <source>Social order, som</source>
        <translation>Social order, som</translation>
    </message>
    <message>
        <source>Reserve fund, som</source>
        <translation>Reserve fund, som</translation>
    </message>
    <message>
        <source>Reserve limit (1 %), som</source>
        <translation>Reserve limit (1 %), som</translation>
    </message>
    <message>
        <source>Reserve used, som</source>
        <translation>Reserve used, som</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>Grant commission</source>
        <translation>Grant commission</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Competition:</translation>
    </message>
    <message>
        <source>Members and rules</source>
        <translation>Members and rules</translation>
    </message>
    <message>
        <source>Meetings and protocols</source>
        <translation>Meetings and protocols</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Members of the commission</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Add &amp;member…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Edit member…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Change the &amp;rules…</source>
        <translation>Change the &amp;rules…</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>Add criterion…</source>
        <translation>Add criterion…</translation>
    </message>
    <message>
        <source>Edit criterion…</source>
        <translation>Edit criterion…</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>Suggested criteria</source>
        <translation>Suggested criteria</translation>
    </message>
    <message>
        <source>M&amp;eeting:</source>
        <translation>M&amp;eeting:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Amending protocol…</source>
        <translation>Amending protocol…</translation>
    </message>
    <message>
        <source>&amp;Print the protocol</source>
        <translation>&amp;Print the protocol</translation>
    </message>
    <message>
        <source>Blank sheets</source>
        <translation>Blank sheets</translation>
    </message>
    <message>
        <source>All scores (XLSX)</source>
        <translation>All scores (XLSX)</translation>
    </message>
    <message>
        <source>Attendance (tick who is present)</source>
        <translation>Attendance (tick who is present)</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>Declare a conflict…</translation>
    </message>
    <message>
        <source>Sheet &amp;of:</source>
        <translation>Sheet &amp;of:</translation>
    </message>
    <message>
        <source>Double entry (a second person types the sheet again)</source>
        <translation>Double entry (a second person types the sheet again)</translation>
    </message>
    <message>
        <source>&amp;Justification of a hand-made order:</source>
        <translation>&amp;Justification of a hand-made order:</translation>
    </message>
    <message>
        <source>Decision within the budget</source>
        <translation>Decision within the budget</translation>
    </message>
    <message>
        <source>Pre&amp;view the decision</source>
        <translation>Pre&amp;view the decision</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Record the &amp;decision</translation>
    </message>
    <message>
        <source>C&amp;lose the protocol…</source>
        <translation>C&amp;lose the protocol…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Appointed by</translation>
    </message>
    <message>
        <source>scoring by criteria</source>
        <translation>scoring by criteria</translation>
    </message>
    <message>
        <source>open vote</source>
        <translation>open vote</translation>
    </message>
    <message>
        <source>more than half of the members</source>
        <translation>more than half of the members</translation>
    </message>
    <message>
        <source>two thirds of the members</source>
        <translation>two thirds of the members</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation>Decision: %1.</translation>
    </message>
    <message>
        <source>Quorum: %1.</source>
        <translation>Quorum: %1.</translation>
    </message>
    <message>
        <source>Ties: %1.</source>
        <translation>Ties: %1.</translation>
    </message>
    <message>
        <source>Minimum score to be funded: %1.</source>
        <translation>Minimum score to be funded: %1.</translation>
    </message>
    <message>
        <source>Passes with %1 of the present members without a conflict.</source>
        <translation>Passes with %1 of the present members without a conflict.</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>two thirds</translation>
    </message>
    <message>
        <source>a simple majority</source>
        <translation>a simple majority</translation>
    </message>
    <message>
        <source>The chair&apos;s vote decides a tie.</source>
        <translation>The chair&apos;s vote decides a tie.</translation>
    </message>
    <message>
        <source>Composition: at least %1 members, %2 from the community%3.</source>
        <translation>Composition: at least %1 members, %2 from the community%3.</translation>
    </message>
    <message>
        <source>, an odd number</source>
        <translation>, an odd number</translation>
    </message>
    <message>
        <source>A protocol is closed: the rules and criteria are fixed.</source>
        <translation>A protocol is closed: the rules and criteria are fixed.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Max. points</source>
        <translation>Max. points</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>the chair decides</source>
        <translation>the chair decides</translation>
    </message>
    <message>
        <source>higher co-financing share first</source>
        <translation>higher co-financing share first</translation>
    </message>
    <message>
        <source>earlier registration first</source>
        <translation>earlier registration first</translation>
    </message>
    <message>
        <source>Protocol No. %1 of %2 — %3</source>
        <translation>Protocol No. %1 of %2 — %3</translation>
    </message>
    <message>
        <source>No meeting yet: make one with “New meeting…”.</source>
        <translation>No meeting yet: make one with “New meeting…”.</translation>
    </message>
    <message>
        <source>Add the commission&apos;s members first.</source>
        <translation>Add the commission&apos;s members first.</translation>
    </message>
    <message>
        <source>Protocol No. %1, %2</source>
        <translation>Protocol No. %1, %2</translation>
    </message>
    <message>
        <source>closed; SHA-256 %1</source>
        <translation>closed; SHA-256 %1</translation>
    </message>
    <message>
        <source>Present %1 of %2; %3 needed for a quorum.</source>
        <translation>Present %1 of %2; %3 needed for a quorum.</translation>
    </message>
    <message>
        <source>There is a quorum.</source>
        <translation>There is a quorum.</translation>
    </message>
    <message>
        <source>No quorum: no decision can be made.</source>
        <translation>No quorum: no decision can be made.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score sheets (typed from paper)</source>
        <translation>Score sheets (typed from paper)</translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation>&amp;Save the sheet</translation>
    </message>
    <message>
        <source>Open vote (for / against / abstain)</source>
        <translation>Open vote (for / against / abstain)</translation>
    </message>
    <message>
        <source>&amp;Save the votes</source>
        <translation>&amp;Save the votes</translation>
    </message>
    <message>
        <source>Conflict of interest: this member does not score it.</source>
        <translation>Conflict of interest: this member does not score it.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstain</translation>
    </message>
    <message>
        <source>Whole numbers only: the marked cells are not numbers. Nothing was saved.</source>
        <translation>Whole numbers only: the marked cells are not numbers. Nothing was saved.</translation>
    </message>
    <message>
        <source>The votes are saved.</source>
        <translation>The votes are saved.</translation>
    </message>
    <message>
        <source>First entry kept (not saved yet). Now a second person types the same sheet and presses the button again.</source>
        <translation>First entry kept (not saved yet). Now a second person types the same sheet and presses the button again.</translation>
    </message>
    <message>
        <source>First entry: %1</source>
        <translation>First entry: %1</translation>
    </message>
    <message>
        <source>The sheet of %1 is saved.</source>
        <translation>The sheet of %1 is saved.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Score / votes for</source>
        <translation>Score / votes for</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Requested, som</source>
        <translation>Requested, som</translation>
    </message>
    <message>
        <source>Awarded, som</source>
        <translation>Awarded, som</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>winner</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>reserve</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>not funded</translation>
    </message>
    <message>
        <source>Recorded decision: %1 som awarded.</source>
        <translation>Recorded decision: %1 som awarded.</translation>
    </message>
    <message>
        <source>Preview (not saved): %1 som of the allocation awarded.</source>
        <translation>Preview (not saved): %1 som of the allocation awarded.</translation>
    </message>
    <message>
        <source>The order was changed by hand: write the justification.</source>
        <translation>The order was changed by hand: write the justification.</translation>
    </message>
    <message>
        <source>The chair settled the order of equal scores.</source>
        <translation>The chair settled the order of equal scores.</translation>
    </message>
    <message>
        <source>Close protocol No. %1? After closing, its attendance, scores, votes and decision can no longer be changed; corrections need an amending protocol.</source>
        <translation>Close protocol No. %1? After closing, its attendance, scores, votes and decision can no longer be changed; corrections need an amending protocol.</translation>
    </message>
    <message>
        <source>The protocol is closed. SHA-256: %1</source>
        <translation>The protocol is closed. SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Appointed by (document):</source>
        <translation>&amp;Appointed by (document):</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Remove %1 from the commission?</source>
        <translation>Remove %1 from the commission?</translation>
    </message>
    <message>
        <source>Commission rules</source>
        <translation>Commission rules</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <source>a fixed number of members</source>
        <translation>a fixed number of members</translation>
    </message>
    <message>
        <source>&amp;Fixed quorum, members:</source>
        <translation>&amp;Fixed quorum, members:</translation>
    </message>
    <message>
        <source>&amp;Ties:</source>
        <translation>&amp;Ties:</translation>
    </message>
    <message>
        <source>&amp;Minimum score to be funded:</source>
        <translation>&amp;Minimum score to be funded:</translation>
    </message>
    <message>
        <source>A vote passes with two thirds (not a simple majority)</source>
        <translation>A vote passes with two thirds (not a simple majority)</translation>
    </message>
    <message>
        <source>The chair&apos;s vote decides a tie</source>
        <translation>The chair&apos;s vote decides a tie</translation>
    </message>
    <message>
        <source>At least, &amp;members:</source>
        <translation>At least, &amp;members:</translation>
    </message>
    <message>
        <source>At least, community &amp;representatives:</source>
        <translation>At least, community &amp;representatives:</translation>
    </message>
    <message>
        <source>An odd number of members</source>
        <translation>An odd number of members</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterion:</translation>
    </message>
    <message>
        <source>&amp;Maximum points:</source>
        <translation>&amp;Maximum points:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Remove the selected criterion?</source>
        <translation>Remove the selected criterion?</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>Amending protocol</source>
        <translation>Amending protocol</translation>
    </message>
    <message>
        <source>Amends protocol No. %1</source>
        <translation>Amends protocol No. %1</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application:</translation>
    </message>
    <message>
        <source>&amp;Note (e.g. a relative of the applicant):</source>
        <translation>&amp;Note (e.g. a relative of the applicant):</translation>
    </message>
    <message>
        <source>%1 (0–%2; weight %3)</source>
        <translation>%1 (0–%2; weight %3)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>or every application of an app&amp;licant or partner:</source>
        <translation>or every application of an app&amp;licant or partner:</translation>
    </message>
    <message>
        <source>— only the application above —</source>
        <translation>— only the application above —</translation>
    </message>
</context>
<context>
    <name>CompetitionDialog</name>
    <message>
        <source>Eligibility checklist</source>
        <translation>Eligibility checklist</translation>
    </message>
    <message>
        <source>New requirement:</source>
        <translation>New requirement:</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>Requirement:</translation>
    </message>
    <message>
        <source>Cancel the competition</source>
        <translation>Cancel the competition</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <source>The competition is finished: its terms are kept as they were.</source>
        <translation>The competition is finished: its terms are kept as they were.</translation>
    </message>
    <message>
        <source>Published with the announcement: grey fields can no longer be edited. A typo is corrected with “Correct a published term…”, which records who, when and why.</source>
        <translation>Published with the announcement: grey fields can no longer be edited. A typo is corrected with “Correct a published term…”, which records who, when and why.</translation>
    </message>
    <message>
        <source>Correct a published term</source>
        <translation>Correct a published term</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>&amp;Correct value:</source>
        <translation>&amp;Correct value:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>New competition</source>
        <translation>New competition</translation>
    </message>
    <message>
        <source>A new competition is saved as a draft; announce it on the Lifecycle tab.</source>
        <translation>A new competition is saved as a draft; announce it on the Lifecycle tab.</translation>
    </message>
    <message>
        <source>Competition: %1</source>
        <translation>Competition: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Applications: %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>&amp;Priority areas (one per line):</source>
        <translation>&amp;Priority areas (one per line):</translation>
    </message>
    <message>
        <source>Total &amp;allocation, som:</source>
        <translation>Total &amp;allocation, som:</translation>
    </message>
    <message>
        <source>&amp;Maximum grant, som:</source>
        <translation>&amp;Maximum grant, som:</translation>
    </message>
    <message>
        <source>Project d&amp;uration, months:</source>
        <translation>Project d&amp;uration, months:</translation>
    </message>
    <message>
        <source>Required &amp;co-financing, %:</source>
        <translation>Required &amp;co-financing, %:</translation>
    </message>
    <message>
        <source>&amp;Who may apply:</source>
        <translation>&amp;Who may apply:</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>A&amp;nnounced on:</translation>
    </message>
    <message>
        <source>&amp;Deadline for applications:</source>
        <translation>&amp;Deadline for applications:</translation>
    </message>
    <message>
        <source>Decision planned &amp;on:</source>
        <translation>Decision planned &amp;on:</translation>
    </message>
    <message>
        <source>Contact p&amp;erson:</source>
        <translation>Contact p&amp;erson:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>e.g. 23 000</source>
        <translation>e.g. 23 000</translation>
    </message>
    <message>
        <source>e.g. 12 000</source>
        <translation>e.g. 12 000</translation>
    </message>
    <message>
        <source>0 if not required</source>
        <translation>0 if not required</translation>
    </message>
    <message>
        <source>Te&amp;rms</source>
        <translation>Te&amp;rms</translation>
    </message>
    <message>
        <source>Eli&amp;gibility checklist</source>
        <translation>Eli&amp;gibility checklist</translation>
    </message>
    <message>
        <source>Li&amp;fecycle</source>
        <translation>Li&amp;fecycle</translation>
    </message>
    <message>
        <source>Each application is checked against these requirements. The list can change until the review starts.</source>
        <translation>Each application is checked against these requirements. The list can change until the review starts.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation>U&amp;p</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Co&amp;rrect a published term…</source>
        <translation>Co&amp;rrect a published term…</translation>
    </message>
    <message>
        <source>A typo in the published terms is corrected as a recorded amendment: who, when and why are kept and printed on the announcement</source>
        <translation>A typo in the published terms is corrected as a recorded amendment: who, when and why are kept and printed on the announcement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Allocation, som</source>
        <translation>Allocation, som</translation>
    </message>
    <message>
        <source>Max. grant, som</source>
        <translation>Max. grant, som</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Priority areas</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Prize, som</source>
        <translation>Prize, som</translation>
    </message>
    <message>
        <source>Add a &amp;lot…</source>
        <translation>Add a &amp;lot…</translation>
    </message>
    <message>
        <source>Edit the lot…</source>
        <translation>Edit the lot…</translation>
    </message>
    <message>
        <source>Remove the lot</source>
        <translation>Remove the lot</translation>
    </message>
    <message>
        <source>Remove the prize</source>
        <translation>Remove the prize</translation>
    </message>
    <message>
        <source>Prizes by nomination (lot) and place; each application enters one nomination, and one participant may enter several:</source>
        <translation>Prizes by nomination (lot) and place; each application enters one nomination, and one participant may enter several:</translation>
    </message>
    <message>
        <source>The competition has one lot: its allocation and maximum grant are the competition&apos;s, and nothing about lots is printed. To split the money into directions, give this lot a title and its part of the allocation, then add the next lot.</source>
        <translation>The competition has one lot: its allocation and maximum grant are the competition&apos;s, and nothing about lots is printed. To split the money into directions, give this lot a title and its part of the allocation, then add the next lot.</translation>
    </message>
    <message>
        <source>Each application belongs to one lot; each lot is ranked and awarded within its own allocation, and money never moves between lots.</source>
        <translation>Each application belongs to one lot; each lot is ranked and awarded within its own allocation, and money never moves between lots.</translation>
    </message>
    <message>
        <source>Lots and prizes can change only while the competition is a draft.</source>
        <translation>Lots and prizes can change only while the competition is a draft.</translation>
    </message>
    <message>
        <source>Lots together: %1 som of the competition&apos;s %2 som.</source>
        <translation>Lots together: %1 som of the competition&apos;s %2 som.</translation>
    </message>
    <message>
        <source>&amp;Allocation, som:</source>
        <translation>&amp;Allocation, som:</translation>
    </message>
    <message>
        <source>&amp;Priority areas (separated by ;):</source>
        <translation>&amp;Priority areas (separated by ;):</translation>
    </message>
    <message>
        <source>New lot</source>
        <translation>New lot</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Remove lot %1 «%2»?</source>
        <translation>Remove lot %1 «%2»?</translation>
    </message>
    <message>
        <source>New prize</source>
        <translation>New prize</translation>
    </message>
    <message>
        <source>&amp;Nomination:</source>
        <translation>&amp;Nomination:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Prize, som:</source>
        <translation>&amp;Prize, som:</translation>
    </message>
    <message>
        <source>It a&amp;wards:</source>
        <translation>It a&amp;wards:</translation>
    </message>
    <message>
        <source>Lots and &amp;prizes</source>
        <translation>Lots and &amp;prizes</translation>
    </message>
    <message>
        <source>Add a prize…</source>
        <translation>Add a prize…</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <source>Organiser&apos;s name:</source>
        <translation>Organiser&apos;s name:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>As typed before: %1</source>
        <translation>As typed before: %1</translation>
    </message>
    <message>
        <source>&amp;Legal basis (resolution):</source>
        <translation>&amp;Legal basis (resolution):</translation>
    </message>
    <message>
        <source>New resol&amp;ution…</source>
        <translation>New resol&amp;ution…</translation>
    </message>
    <message>
        <source>Enter the resolution into the register and choose it here</source>
        <translation>Enter the resolution into the register and choose it here</translation>
    </message>
</context>
<context>
    <name>CompetitionPrepDialog</name>
    <message>
        <source>Work plan and preparation</source>
        <translation>Work plan and preparation</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Events and media</source>
        <translation>Events and media</translation>
    </message>
    <message>
        <source>Results of the projects</source>
        <translation>Results of the projects</translation>
    </message>
    <message>
        <source>&amp;Add step…</source>
        <translation>&amp;Add step…</translation>
    </message>
    <message>
        <source>&amp;Edit step…</source>
        <translation>&amp;Edit step…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>&amp;Print the plan…</translation>
    </message>
    <message>
        <source>The competition&apos;s own events: information meeting, publication of the announcement, call for commission candidates</source>
        <translation>The competition&apos;s own events: information meeting, publication of the announcement, call for commission candidates</translation>
    </message>
    <message>
        <source>Media coverage of the competition</source>
        <translation>Media coverage of the competition</translation>
    </message>
    <message>
        <source>Add e&amp;vent…</source>
        <translation>Add e&amp;vent…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Remove event</translation>
    </message>
    <message>
        <source>Add &amp;coverage…</source>
        <translation>Add &amp;coverage…</translation>
    </message>
    <message>
        <source>Remove coverage</source>
        <translation>Remove coverage</translation>
    </message>
    <message>
        <source>Print the &amp;results…</source>
        <translation>Print the &amp;results…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Projects: %1. Participants: planned %2, reached %3.</source>
        <translation>Projects: %1. Participants: planned %2, reached %3.</translation>
    </message>
    <message>
        <source>Cost: %1 som, of it from the local budget %2 som.</source>
        <translation>Cost: %1 som, of it from the local budget %2 som.</translation>
    </message>
    <message>
        <source>Per participant: %1 som in all, %2 som from the local budget.</source>
        <translation>Per participant: %1 som in all, %2 som from the local budget.</translation>
    </message>
    <message>
        <source>Co-financing: %1 som, %2 % of the cost.</source>
        <translation>Co-financing: %1 som, %2 % of the cost.</translation>
    </message>
    <message>
        <source>Satisfied: %1 of %2 asked (%3 %).</source>
        <translation>Satisfied: %1 of %2 asked (%3 %).</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Confirming document:</source>
        <translation>&amp;Confirming document:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>D&amp;one on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>New step of the work plan</source>
        <translation>New step of the work plan</translation>
    </message>
    <message>
        <source>Step of the work plan</source>
        <translation>Step of the work plan</translation>
    </message>
    <message>
        <source>Mark the step done</source>
        <translation>Mark the step done</translation>
    </message>
    <message>
        <source>Remove the step «%1»?</source>
        <translation>Remove the step «%1»?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Only planned, not held yet</source>
        <translation>Only planned, not held yet</translation>
    </message>
    <message>
        <source>New event of the competition</source>
        <translation>New event of the competition</translation>
    </message>
    <message>
        <source>Event of the competition</source>
        <translation>Event of the competition</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Remove the event «%1»?</source>
        <translation>Remove the event «%1»?</translation>
    </message>
    <message>
        <source>New media coverage of the competition</source>
        <translation>New media coverage of the competition</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Outlet:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Remove the coverage «%1»?</source>
        <translation>Remove the coverage «%1»?</translation>
    </message>
</context>
<context>
    <name>CompetitionsPage</name>
    <message>
        <source>&amp;New competition…</source>
        <translation>&amp;New competition…</translation>
    </message>
    <message>
        <source>Create a competition (Ctrl+N)</source>
        <translation>Create a competition (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the selected competition (Enter)</source>
        <translation>Open the selected competition (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print announcement…</source>
        <translation>&amp;Print announcement…</translation>
    </message>
    <message>
        <source>&amp;Work plan and preparation…</source>
        <translation>&amp;Work plan and preparation…</translation>
    </message>
    <message>
        <source>The competition&apos;s work plan, its own events and media, and the results of its projects</source>
        <translation>The competition&apos;s work plan, its own events and media, and the results of its projects</translation>
    </message>
</context>
<context>
    <name>ControlTab</name>
    <message>
        <source>Show &amp;all points under control</source>
        <translation>Show &amp;all points under control</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>&amp;Print the control report…</source>
        <translation>&amp;Print the control report…</translation>
    </message>
    <message>
        <source>Overdue points come first, the oldest due date first, then those due this month. A point is under control when it has a due date; it leaves this list when it is marked done with the date and the confirming document.</source>
        <translation>Overdue points come first, the oldest due date first, then those due this month. A point is under control when it has a due date; it leaves this list when it is marked done with the date and the confirming document.</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 is part of %2</translation>
    </message>
</context>
<context>
    <name>CycleTab</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Result: eligible</source>
        <translation>Result: eligible</translation>
    </message>
    <message>
        <source>Result: not eligible — give the reason</source>
        <translation>Result: not eligible — give the reason</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>Eligibility: %1</translation>
    </message>
    <message>
        <source>%1 — %2. Tick each requirement the application meets.</source>
        <translation>%1 — %2. Tick each requirement the application meets.</translation>
    </message>
    <message>
        <source>(by the figures: yes)</source>
        <translation>(by the figures: yes)</translation>
    </message>
    <message>
        <source>(by the figures: no)</source>
        <translation>(by the figures: no)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>&amp;Reason if not eligible:</source>
        <translation>&amp;Reason if not eligible:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Already funded (the lead or a partner):</source>
        <translation>Already funded (the lead or a partner):</translation>
    </message>
</context>
<context>
    <name>EventState</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Add up</source>
        <translation>&amp;Add up</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>all villages</translation>
    </message>
    <message>
        <source>More than %1 events in the period: choose a shorter period or a village, or add them all up.</source>
        <translation>More than %1 events in the period: choose a shorter period or a village, or add them all up.</translation>
    </message>
    <message>
        <source>Adding up the people reached…</source>
        <translation>Adding up the people reached…</translation>
    </message>
    <message>
        <source>%1 people at %2 events.</source>
        <translation>%1 people at %2 events.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>A figure a document states (the participants of an event, a line&apos;s amount, an indicator&apos;s value) and the one computed from its parts disagree. Both are kept and printed; correct the one that is wrong where it was typed (the project&apos;s events or budget, the program&apos;s monitoring).</source>
        <translation>A figure a document states (the participants of an event, a line&apos;s amount, an indicator&apos;s value) and the one computed from its parts disagree. Both are kept and printed; correct the one that is wrong where it was typed (the project&apos;s events or budget, the program&apos;s monitoring).</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator — Demilge</source>
        <translation>Create the administrator — Demilge</translation>
    </message>
    <message>
        <source>Nobody uses this database yet. Create the administrator&apos;s account: the administrator sets up the municipality and adds the other users (specialists, the commission&apos;s chair and secretary, viewers).</source>
        <translation>Nobody uses this database yet. Create the administrator&apos;s account: the administrator sets up the municipality and adds the other users (specialists, the commission&apos;s chair and secretary, viewers).</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Demilge — first start</source>
        <translation>Demilge — first start</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Welcome to Demilge</source>
        <translation>Welcome to Demilge</translation>
    </message>
    <message>
        <source>There is no database on this computer yet. How do you want to start?</source>
        <translation>There is no database on this computer yet. How do you want to start?</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Your municipality</translation>
    </message>
    <message>
        <source>This database has no municipality yet. Enter the one your office works for.</source>
        <translation>This database has no municipality yet. Enter the one your office works for.</translation>
    </message>
    <message>
        <source>&amp;Open the demo database</source>
        <translation>&amp;Open the demo database</translation>
    </message>
    <message>
        <source>Real examples to look around and practise: Batken city (state social order, 2018), A. Orozbekov ayil aimak (local initiatives, 2021) and the Kara-Balta development program. It is kept in a separate file; your own work is not mixed with it.</source>
        <translation>Real examples to look around and practise: Batken city (state social order, 2018), A. Orozbekov ayil aimak (local initiatives, 2021) and the Kara-Balta development program. It is kept in a separate file; your own work is not mixed with it.</translation>
    </message>
    <message>
        <source>&amp;Start an empty municipality</source>
        <translation>&amp;Start an empty municipality</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>e.g. Ak-Suu ayil aimak</source>
        <translation>e.g. Ak-Suu ayil aimak</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Skip for now</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The form has changes that are not saved. Close it and lose them?</source>
        <translation>The form has changes that are not saved. Close it and lose them?</translation>
    </message>
</context>
<context>
    <name>HearingPlace</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <source>Participants (each counted once): %1</source>
        <translation>Participants (each counted once): %1</translation>
    </message>
    <message>
        <source>Remove the hearing «%1» with its attendance and proposals?</source>
        <translation>Remove the hearing «%1» with its attendance and proposals?</translation>
    </message>
    <message>
        <source>Remove the proposal?</source>
        <translation>Remove the proposal?</translation>
    </message>
    <message>
        <source>&amp;New hearing…</source>
        <translation>&amp;New hearing…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Print the protocol…</source>
        <translation>&amp;Print the protocol…</translation>
    </message>
    <message>
        <source>Attendance by category (type the numbers, then save; a part cannot be more than its whole):</source>
        <translation>Attendance by category (type the numbers, then save; a part cannot be more than its whole):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;Save attendance</translation>
    </message>
    <message>
        <source>Proposals and answers:</source>
        <translation>Proposals and answers:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Author group</source>
        <translation>Author group</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Included in</source>
        <translation>Included in</translation>
    </message>
    <message>
        <source>Add a p&amp;roposal…</source>
        <translation>Add a p&amp;roposal…</translation>
    </message>
    <message>
        <source>Edit the proposal…</source>
        <translation>Edit the proposal…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <source>To the needs re&amp;gister</source>
        <translation>To the needs re&amp;gister</translation>
    </message>
    <message>
        <source>Remove the proposal</source>
        <translation>Remove the proposal</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>History of the record</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Became</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Indicator matrix (11 columns)</source>
        <translation>Indicator matrix (11 columns)</translation>
    </message>
    <message>
        <source>Action plan (6 columns)</source>
        <translation>Action plan (6 columns)</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;What the file holds:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>&amp;Read the file</translation>
    </message>
    <message>
        <source>Import &amp;without the rows that could not be read</source>
        <translation>Import &amp;without the rows that could not be read</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Columns A–F: No. · task · measures/actions · period · expected result · responsible executors. A row with text only in A is a priority (&quot;1. ...&quot;, &quot;Priority 2 ...&quot;) or a sub-area.</source>
        <translation>Columns A–F: No. · task · measures/actions · period · expected result · responsible executors. A row with text only in A is a priority (&quot;1. ...&quot;, &quot;Priority 2 ...&quot;) or a sub-area.</translation>
    </message>
    <message>
        <source>Columns A–K: issue · indicator · unit · baseline (2022) · year 1 · year 2 · year 3 · year 4 · final target · responsible · footnote. Values: 8 371,4 or 50 % or 1:2,5; an indicator starting with &quot;including&quot; is a sub-indicator.</source>
        <translation>Columns A–K: issue · indicator · unit · baseline (2022) · year 1 · year 2 · year 3 · year 4 · final target · responsible · footnote. Values: 8 371,4 or 50 % or 1:2,5; an indicator starting with &quot;including&quot; is a sub-indicator.</translation>
    </message>
    <message>
        <source>Choose an Excel file</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Final target</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>sub-area</source>
        <translation>sub-area</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Why it could not be read</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>Rows that could not be read: %1</source>
        <translation>Rows that could not be read: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleStep</name>
    <message>
        <source>&amp;Announce</source>
        <translation>&amp;Announce</translation>
    </message>
    <message>
        <source>&amp;Close applications</source>
        <translation>&amp;Close applications</translation>
    </message>
    <message>
        <source>Start re&amp;view</source>
        <translation>Start re&amp;view</translation>
    </message>
    <message>
        <source>Mark &amp;decided</source>
        <translation>Mark &amp;decided</translation>
    </message>
    <message>
        <source>Start &amp;implementation</source>
        <translation>Start &amp;implementation</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mplete</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the competition…</source>
        <translation>Ca&amp;ncel the competition…</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Announce</translation>
    </message>
    <message>
        <source>Close applications</source>
        <translation>Close applications</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>Mark decided</source>
        <translation>Mark decided</translation>
    </message>
    <message>
        <source>Start implementation</source>
        <translation>Start implementation</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancel the competition</source>
        <translation>Cancel the competition</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>No records yet</source>
        <translation>No records yet</translation>
    </message>
    <message>
        <source>Found: %1 of %2</source>
        <translation>Found: %1 of %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>Count all</source>
        <translation>Count all</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>Counting the records…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;History of this record…</source>
        <translation>&amp;History of this record…</translation>
    </message>
    <message>
        <source>Type words to find, e.g. a name, village or number</source>
        <translation>Type words to find, e.g. a name, village or number</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Demilge</source>
        <translation>Log in — Demilge</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>&amp;Refresh lists</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Demilge</source>
        <translation>Demilge</translation>
    </message>
    <message>
        <source>%1 — %2 — Demilge</source>
        <translation>%1 — %2 — Demilge</translation>
    </message>
    <message>
        <source>%1 — Demilge</source>
        <translation>%1 — Demilge</translation>
    </message>
</context>
<context>
    <name>MemberCategory</name>
    <message>
        <source>LSG specialist</source>
        <translation>LSG specialist</translation>
    </message>
    <message>
        <source>Council deputy</source>
        <translation>Council deputy</translation>
    </message>
    <message>
        <source>Community representative</source>
        <translation>Community representative</translation>
    </message>
    <message>
        <source>Civil society representative</source>
        <translation>Civil society representative</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>The executor&apos;s interim and final reports</source>
        <translation>The executor&apos;s interim and final reports</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Monitoring visits</translation>
    </message>
    <message>
        <source>Add &amp;report…</source>
        <translation>Add &amp;report…</translation>
    </message>
    <message>
        <source>Edit report…</source>
        <translation>Edit report…</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>Remove report</translation>
    </message>
    <message>
        <source>Add &amp;visit…</source>
        <translation>Add &amp;visit…</translation>
    </message>
    <message>
        <source>Edit visit…</source>
        <translation>Edit visit…</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Remove visit</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Period &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation>R&amp;eceived on:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>New report of the executor</source>
        <translation>New report of the executor</translation>
    </message>
    <message>
        <source>Report of the executor</source>
        <translation>Report of the executor</translation>
    </message>
    <message>
        <source>Remove the selected report?</source>
        <translation>Remove the selected report?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Who came:</source>
        <translation>&amp;Who came:</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>What was &amp;checked:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>F&amp;ollow-up asked:</source>
        <translation>F&amp;ollow-up asked:</translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue by:</source>
        <translation>Follow-up d&amp;ue by:</translation>
    </message>
    <message>
        <source>Follow-up do&amp;ne on:</source>
        <translation>Follow-up do&amp;ne on:</translation>
    </message>
    <message>
        <source>New monitoring visit</source>
        <translation>New monitoring visit</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <source>Remove the selected visit? Its photos stay with the project.</source>
        <translation>Remove the selected visit? Its photos stay with the project.</translation>
    </message>
</context>
<context>
    <name>MunicipalityKind</name>
    <message>
        <source>Ayil aimak</source>
        <translation>Ayil aimak</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Remove the selected entry from the register?</source>
        <translation>Remove the selected entry from the register?</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>New &amp;competition from the selected…</source>
        <translation>New &amp;competition from the selected…</translation>
    </message>
    <message>
        <source>Select needs (Ctrl+click), then start a competition: its theme and priority areas are drafted from them</source>
        <translation>Select needs (Ctrl+click), then start a competition: its theme and priority areas are drafted from them</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>&amp;Print the register…</translation>
    </message>
    <message>
        <source>Needs and proposals come from surveys, hearings, meetings, letters and online. Mark what answered each: a competition&apos;s theme, a program measure or a line of the local budget.</source>
        <translation>Needs and proposals come from surveys, hearings, meetings, letters and online. Mark what answered each: a competition&apos;s theme, a program measure or a line of the local budget.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>OrganiserKind</name>
    <message>
        <source>This municipality (its executive body)</source>
        <translation>This municipality (its executive body)</translation>
    </message>
    <message>
        <source>A national (state) body</source>
        <translation>A national (state) body</translation>
    </message>
    <message>
        <source>A regional or district body</source>
        <translation>A regional or district body</translation>
    </message>
    <message>
        <source>A donor</source>
        <translation>A donor</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>The key file is protected by this passphrase (at least 8 characters). Keep the file and the passphrase apart: whoever has both can sign packages in this office&apos;s name.</source>
        <translation>The key file is protected by this passphrase (at least 8 characters). Keep the file and the passphrase apart: whoever has both can sign packages in this office&apos;s name.</translation>
    </message>
    <message>
        <source>The passphrase given when the key file was saved:</source>
        <translation>The passphrase given when the key file was saved:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>The passphrase must have at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The reports will be built here, in Kyrgyz and Russian, as PDF and XLSX: the competition announcement, the application register, blank score sheets for commission members, the commission protocol with signature lines, project budgets (planned and actual by funding source), event participants, the summary for a council session and the development program&apos;s action plan and indicator matrix.</source>
        <translation>The reports will be built here, in Kyrgyz and Russian, as PDF and XLSX: the competition announcement, the application register, blank score sheets for commission members, the commission protocol with signature lines, project budgets (planned and actual by funding source), event participants, the summary for a council session and the development program&apos;s action plan and indicator matrix.</translation>
    </message>
    <message>
        <source>Synchronisation by file will be done here: export the changes made in this office into one signed package file, take it to another office on a USB stick, by e-mail or through a shared folder, import packages from trusted offices, and settle conflicts where two offices changed the same record.</source>
        <translation>Synchronisation by file will be done here: export the changes made in this office into one signed package file, take it to another office on a USB stick, by e-mail or through a shared folder, import packages from trusted offices, and settle conflicts where two offices changed the same record.</translation>
    </message>
</context>
<context>
    <name>PlanStepState</name>
    <message>
        <source>Ahead</source>
        <translation>Ahead</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Development program</source>
        <translation>Development program</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;New program...</source>
        <translation>&amp;New program...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Import from Excel...</source>
        <translation>&amp;Import from Excel...</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Indicator matrix</source>
        <translation>Indicator matrix</translation>
    </message>
    <message>
        <source>Half-year monitoring</source>
        <translation>Half-year monitoring</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>Add p&amp;riority...</source>
        <translation>Add p&amp;riority...</translation>
    </message>
    <message>
        <source>Add &amp;task...</source>
        <translation>Add &amp;task...</translation>
    </message>
    <message>
        <source>Add &amp;measure...</source>
        <translation>Add &amp;measure...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Add &amp;indicator...</source>
        <translation>Add &amp;indicator...</translation>
    </message>
    <message>
        <source>&amp;Half-year:</source>
        <translation>&amp;Half-year:</translation>
    </message>
    <message>
        <source>&amp;Save the half-year</source>
        <translation>&amp;Save the half-year</translation>
    </message>
    <message>
        <source>Indicators: enter the actual value for this half-year</source>
        <translation>Indicators: enter the actual value for this half-year</translation>
    </message>
    <message>
        <source>Measures scheduled for this year: status, reason, comment</source>
        <translation>Measures scheduled for this year: status, reason, comment</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Take in from the multi-year plan</source>
        <translation>&amp;Take in from the multi-year plan</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>Edit indicator…</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Propose a target correction…</source>
        <translation>Propose a target correction…</translation>
    </message>
    <message>
        <source>Corrections, group, bodies</source>
        <translation>Corrections, group, bodies</translation>
    </message>
    <message>
        <source>Proposed target corrections and the decisions that approved them</source>
        <translation>Proposed target corrections and the decisions that approved them</translation>
    </message>
    <message>
        <source>&amp;Approve the correction…</source>
        <translation>&amp;Approve the correction…</translation>
    </message>
    <message>
        <source>Monitoring group</source>
        <translation>Monitoring group</translation>
    </message>
    <message>
        <source>Add a group &amp;member…</source>
        <translation>Add a group &amp;member…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Responsible bodies and how else they are written (aliases)</source>
        <translation>Responsible bodies and how else they are written (aliases)</translation>
    </message>
    <message>
        <source>Edit body and aliases…</source>
        <translation>Edit body and aliases…</translation>
    </message>
    <message>
        <source>Merge into another…</source>
        <translation>Merge into another…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Responsible executors</source>
        <translation>Responsible executors</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>No development program yet: create one or import it from Excel.</source>
        <translation>No development program yet: create one or import it from Excel.</translation>
    </message>
    <message>
        <source>Approved by resolution No. %1 of %2</source>
        <translation>Approved by resolution No. %1 of %2</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Final target</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Check of the targets:</source>
        <translation>Check of the targets:</translation>
    </message>
    <message>
        <source>The yearly targets agree with the final targets.</source>
        <translation>The yearly targets agree with the final targets.</translation>
    </message>
    <message>
        <source>Target for the year</source>
        <translation>Target for the year</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% of target</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Check of the actual values:</source>
        <translation>Check of the actual values:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason (if dropped)</source>
        <translation>Reason (if dropped)</translation>
    </message>
    <message>
        <source>In the annual plan</source>
        <translation>In the annual plan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Measures of the multi-year plan missing from the annual plan: %1</source>
        <translation>Measures of the multi-year plan missing from the annual plan: %1</translation>
    </message>
    <message>
        <source>Every measure scheduled for this year is in the annual plan.</source>
        <translation>Every measure scheduled for this year is in the annual plan.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Motto:</source>
        <translation>&amp;Motto:</translation>
    </message>
    <message>
        <source>&amp;First year:</source>
        <translation>&amp;First year:</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>&amp;Last year:</translation>
    </message>
    <message>
        <source>New development program</source>
        <translation>New development program</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>New priority</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Choose a priority in the tree first.</source>
        <translation>Choose a priority in the tree first.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>Choose a task in the tree first.</source>
        <translation>Choose a task in the tree first.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation>&amp;Expected result:</translation>
    </message>
    <message>
        <source>&amp;Responsible executors:</source>
        <translation>&amp;Responsible executors:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the chosen row with everything under it?</source>
        <translation>Delete the chosen row with everything under it?</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Issue:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Kind of value:</source>
        <translation>&amp;Kind of value:</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>ratio 1:x</source>
        <translation>ratio 1:x</translation>
    </message>
    <message>
        <source>&amp;Baseline year:</source>
        <translation>&amp;Baseline year:</translation>
    </message>
    <message>
        <source>Baseline &amp;value:</source>
        <translation>Baseline &amp;value:</translation>
    </message>
    <message>
        <source>Target %1:</source>
        <translation>Target %1:</translation>
    </message>
    <message>
        <source>&amp;Final target:</source>
        <translation>&amp;Final target:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>F&amp;ootnote:</source>
        <translation>F&amp;ootnote:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Part of:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <source>proposed, not approved</source>
        <translation>proposed, not approved</translation>
    </message>
    <message>
        <source>final target</source>
        <translation>final target</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation>Also written as</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Delete the indicator «%1» with its targets and values?</source>
        <translation>Delete the indicator «%1» with its targets and values?</translation>
    </message>
    <message>
        <source>Choose an indicator in the matrix first.</source>
        <translation>Choose an indicator in the matrix first.</translation>
    </message>
    <message>
        <source>Target correction: %1</source>
        <translation>Target correction: %1</translation>
    </message>
    <message>
        <source>&amp;Target of:</source>
        <translation>&amp;Target of:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;New value:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Approve the correction</source>
        <translation>Approve the correction</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <source>Decision &amp;No.:</source>
        <translation>Decision &amp;No.:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Decision &amp;date:</translation>
    </message>
    <message>
        <source>Monitoring group member</source>
        <translation>Monitoring group member</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role in the group:</source>
        <translation>&amp;Role in the group:</translation>
    </message>
    <message>
        <source>Remove the selected member from the monitoring group?</source>
        <translation>Remove the selected member from the monitoring group?</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Also written as (separated by ;):</source>
        <translation>&amp;Also written as (separated by ;):</translation>
    </message>
    <message>
        <source>Merge «%1» into</source>
        <translation>Merge «%1» into</translation>
    </message>
    <message>
        <source>&amp;The same body as:</source>
        <translation>&amp;The same body as:</translation>
    </message>
    <message>
        <source>Approved by &amp;resolution:</source>
        <translation>Approved by &amp;resolution:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>&amp;New project from a winner…</source>
        <translation>&amp;New project from a winner…</translation>
    </message>
    <message>
        <source>Project &amp;without a competition…</source>
        <translation>Project &amp;without a competition…</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Agreement…</translation>
    </message>
    <message>
        <source>S&amp;tatus…</source>
        <translation>S&amp;tatus…</translation>
    </message>
    <message>
        <source>Budget report</source>
        <translation>Budget report</translation>
    </message>
    <message>
        <source>Participants report</source>
        <translation>Participants report</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Events and participants</source>
        <translation>Events and participants</translation>
    </message>
    <message>
        <source>Materials and media</source>
        <translation>Materials and media</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>A grant split among several recipients: each one&apos;s amount; together they must make exactly the grant.</source>
        <translation>A grant split among several recipients: each one&apos;s amount; together they must make exactly the grant.</translation>
    </message>
    <message>
        <source>Edit &amp;recipients…</source>
        <translation>Edit &amp;recipients…</translation>
    </message>
    <message>
        <source>Budget lines: planned and actual</source>
        <translation>Budget lines: planned and actual</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Add &amp;line…</source>
        <translation>Add &amp;line…</translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation>&amp;Edit line…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Add e&amp;xpense…</source>
        <translation>Add e&amp;xpense…</translation>
    </message>
    <message>
        <source>Remove expense</source>
        <translation>Remove expense</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>Add &amp;event…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Remove event</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>New &amp;category…</translation>
    </message>
    <message>
        <source>Type the number of participants in the grid: a count is saved when you leave the cell. Ctrl+V pastes a block copied from Excel at the current cell; Delete clears the selected cells.</source>
        <translation>Type the number of participants in the grid: a count is saved when you leave the cell. Ctrl+V pastes a block copied from Excel at the current cell; Delete clears the selected cells.</translation>
    </message>
    <message>
        <source>Materials produced</source>
        <translation>Materials produced</translation>
    </message>
    <message>
        <source>Media coverage</source>
        <translation>Media coverage</translation>
    </message>
    <message>
        <source>Add &amp;material…</source>
        <translation>Add &amp;material…</translation>
    </message>
    <message>
        <source>Remove material</source>
        <translation>Remove material</translation>
    </message>
    <message>
        <source>Add media &amp;coverage…</source>
        <translation>Add media &amp;coverage…</translation>
    </message>
    <message>
        <source>Remove coverage</source>
        <translation>Remove coverage</translation>
    </message>
    <message>
        <source>No project chosen. Projects are made from the winners of a competition.</source>
        <translation>No project chosen. Projects are made from the winners of a competition.</translation>
    </message>
    <message>
        <source>Agreement No. %1 of %2</source>
        <translation>Agreement No. %1 of %2</translation>
    </message>
    <message>
        <source>award above the decision or maximum — reason: %1</source>
        <translation>award above the decision or maximum — reason: %1</translation>
    </message>
    <message>
        <source>executor: %1</source>
        <translation>executor: %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>customer: %1</translation>
    </message>
    <message>
        <source>grant: %1 som</source>
        <translation>grant: %1 som</translation>
    </message>
    <message>
        <source>Planned %1 som, actual %2 som.
Local budget: planned %3, actual %4, grant %5.</source>
        <translation>Planned %1 som, actual %2 som.
Local budget: planned %3, actual %4, grant %5.</translation>
    </message>
    <message>
        <source>Planned %1 som, actual %2 som.
Local budget: planned %3, actual %4, grant %5.
Competition allocation %6 som; local budget planned by all its projects %7 som.</source>
        <translation>Planned %1 som, actual %2 som.
Local budget: planned %3, actual %4, grant %5.
Competition allocation %6 som; local budget planned by all its projects %7 som.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Planned, som</source>
        <translation>Planned, som</translation>
    </message>
    <message>
        <source>Actual, som</source>
        <translation>Actual, som</translation>
    </message>
    <message>
        <source>Difference, som</source>
        <translation>Difference, som</translation>
    </message>
    <message>
        <source>Valuation / note</source>
        <translation>Valuation / note</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>Quantity × unit price</translation>
    </message>
    <message>
        <source>The planned amount differs from quantity × unit price: %1 ≠ %2</source>
        <translation>The planned amount differs from quantity × unit price: %1 ≠ %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>* the actual amount is the sum of the expenses booked to the line</source>
        <translation>* the actual amount is the sum of the expenses booked to the line</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>Document No.</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Amount, som</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Stated</translation>
    </message>
    <message>
        <source>The source states %1, the counts give %2</source>
        <translation>The source states %1, the counts give %2</translation>
    </message>
    <message>
        <source>Reached: %1 people at %2 events held in %3 places (a part such as girls is never added twice).</source>
        <translation>Reached: %1 people at %2 events held in %3 places (a part such as girls is never added twice).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>%1 recipients receive %2 som together; the grant is %3 som.</source>
        <translation>%1 recipients receive %2 som together; the grant is %3 som.</translation>
    </message>
    <message>
        <source>The grant is not split among recipients.</source>
        <translation>The grant is not split among recipients.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Link or note</source>
        <translation>Link or note</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Agreement &amp;No.:</source>
        <translation>Agreement &amp;No.:</translation>
    </message>
    <message>
        <source>Agreement &amp;date:</source>
        <translation>Agreement &amp;date:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Executor:</translation>
    </message>
    <message>
        <source>&amp;Grant, som:</source>
        <translation>&amp;Grant, som:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>E&amp;nd:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>Goa&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Results:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;What it is:</translation>
    </message>
    <message>
        <source>Legal &amp;basis (resolution, order or agreement, No.):</source>
        <translation>Legal &amp;basis (resolution, order or agreement, No.):</translation>
    </message>
    <message>
        <source>Date of the &amp;basis:</source>
        <translation>Date of the &amp;basis:</translation>
    </message>
    <message>
        <source>Save the agreement with this award and the reason written?</source>
        <translation>Save the agreement with this award and the reason written?</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Every winning application already has a project. Projects are made from the winners a commission decided.</source>
        <translation>Every winning application already has a project. Projects are made from the winners a commission decided.</translation>
    </message>
    <message>
        <source>New project from a winner</source>
        <translation>New project from a winner</translation>
    </message>
    <message>
        <source>&amp;Winner:</source>
        <translation>&amp;Winner:</translation>
    </message>
    <message>
        <source>Grant agreement</source>
        <translation>Grant agreement</translation>
    </message>
    <message>
        <source>Reason if above the &amp;decision or maximum:</source>
        <translation>Reason if above the &amp;decision or maximum:</translation>
    </message>
    <message>
        <source>Project without a competition</source>
        <translation>Project without a competition</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Project status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Reason (when terminated):</source>
        <translation>&amp;Reason (when terminated):</translation>
    </message>
    <message>
        <source>Budget &amp;line:</source>
        <translation>Budget &amp;line:</translation>
    </message>
    <message>
        <source>Funding &amp;source:</source>
        <translation>Funding &amp;source:</translation>
    </message>
    <message>
        <source>&amp;Planned, som:</source>
        <translation>&amp;Planned, som:</translation>
    </message>
    <message>
        <source>&amp;Actual, som (while no expense is booked):</source>
        <translation>&amp;Actual, som (while no expense is booked):</translation>
    </message>
    <message>
        <source>&amp;Valuation (in kind) or note:</source>
        <translation>&amp;Valuation (in kind) or note:</translation>
    </message>
    <message>
        <source>&amp;How it is paid:</source>
        <translation>&amp;How it is paid:</translation>
    </message>
    <message>
        <source>&amp;Quantity (optional):</source>
        <translation>&amp;Quantity (optional):</translation>
    </message>
    <message>
        <source>U&amp;nit (pieces, certificates…):</source>
        <translation>U&amp;nit (pieces, certificates…):</translation>
    </message>
    <message>
        <source>Unit p&amp;rice, som:</source>
        <translation>Unit p&amp;rice, som:</translation>
    </message>
    <message>
        <source>Quantity × unit price = %1 som</source>
        <translation>Quantity × unit price = %1 som</translation>
    </message>
    <message>
        <source>(taken as the planned amount)</source>
        <translation>(taken as the planned amount)</translation>
    </message>
    <message>
        <source>planned %1 som: both are kept and the line is listed in the figures to check</source>
        <translation>planned %1 som: both are kept and the line is listed in the figures to check</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>New budget line</translation>
    </message>
    <message>
        <source>Remove the selected budget line?</source>
        <translation>Remove the selected budget line?</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>New expense</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Document No.:</source>
        <translation>&amp;Document No.:</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>(no line)</translation>
    </message>
    <message>
        <source>Funding &amp;source (when no line):</source>
        <translation>Funding &amp;source (when no line):</translation>
    </message>
    <message>
        <source>(the line&apos;s source)</source>
        <translation>(the line&apos;s source)</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Amount, som:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Remove the selected expense?</source>
        <translation>Remove the selected expense?</translation>
    </message>
    <message>
        <source>&amp;Place (village):</source>
        <translation>&amp;Place (village):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>Participants as the &amp;source states (optional):</source>
        <translation>Participants as the &amp;source states (optional):</translation>
    </message>
    <message>
        <source>The counts by category give %1.</source>
        <translation>The counts by category give %1.</translation>
    </message>
    <message>
        <source>It differs from the stated number: both are kept and the event is listed in the figures to check.</source>
        <translation>It differs from the stated number: both are kept and the event is listed in the figures to check.</translation>
    </message>
    <message>
        <source>Only planned, not held yet</source>
        <translation>Only planned, not held yet</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Remove the event «%1» and its participant counts?</source>
        <translation>Remove the event «%1» and its participant counts?</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>New participant category</source>
        <translation>New participant category</translation>
    </message>
    <message>
        <source>Name in &amp;Kyrgyz:</source>
        <translation>Name in &amp;Kyrgyz:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Name in &amp;Russian:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Part of:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The parts add up to the whole (like boys and girls make up children)</source>
        <translation>The parts add up to the whole (like boys and girls make up children)</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>New material</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>New media coverage</source>
        <translation>New media coverage</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Outlet:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>Remove the selected row?</source>
        <translation>Remove the selected row?</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Recipients of the grant</source>
        <translation>Recipients of the grant</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Amount, som</source>
        <translation>Amount, som</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Add a recipient</source>
        <translation>&amp;Add a recipient</translation>
    </message>
    <message>
        <source>&amp;Remove the recipient</source>
        <translation>&amp;Remove the recipient</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Together: %1 som; the grant: %2 som.</source>
        <translation>Together: %1 som; the grant: %2 som.</translation>
    </message>
    <message>
        <source>They must add up to the grant exactly.</source>
        <translation>They must add up to the grant exactly.</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>Row %1: </translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>New resolution</source>
        <translation>New resolution</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Body&apos;s &amp;name:</source>
        <translation>Body&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Kara-Balta city council</source>
        <translation>e.g. Kara-Balta city council</translation>
    </message>
    <message>
        <source>&amp;Kind of act:</source>
        <translation>&amp;Kind of act:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Adopted on:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Normative act (registered by the justice body)</source>
        <translation>&amp;Normative act (registered by the justice body)</translation>
    </message>
    <message>
        <source>Sent to &amp;justice on:</source>
        <translation>Sent to &amp;justice on:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;Registered on:</translation>
    </message>
    <message>
        <source>Number in the state &amp;register:</source>
        <translation>Number in the state &amp;register:</translation>
    </message>
    <message>
        <source>&amp;Standing commission in control:</source>
        <translation>&amp;Standing commission in control:</translation>
    </message>
    <message>
        <source>&amp;Official in control:</source>
        <translation>&amp;Official in control:</translation>
    </message>
    <message>
        <source>&amp;Distribution (one per line):</source>
        <translation>&amp;Distribution (one per line):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Point of the resolution</source>
        <translation>Point of the resolution</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>New point</translation>
    </message>
    <message>
        <source>&amp;No.:</source>
        <translation>&amp;No.:</translation>
    </message>
    <message>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Due date (empty: not under control):</source>
        <translation>&amp;Due date (empty: not under control):</translation>
    </message>
    <message>
        <source>&amp;Controller (empty: the resolution&apos;s):</source>
        <translation>&amp;Controller (empty: the resolution&apos;s):</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Mark done: %1</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <source>Confirming &amp;document:</source>
        <translation>Confirming &amp;document:</translation>
    </message>
    <message>
        <source>e.g. letter No. 12</source>
        <translation>e.g. letter No. 12</translation>
    </message>
    <message>
        <source>What the resolution approves or changes</source>
        <translation>What the resolution approves or changes</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>&amp;Title of the document:</source>
        <translation>&amp;Title of the document:</translation>
    </message>
    <message>
        <source>Public hearing</source>
        <translation>Public hearing</translation>
    </message>
    <message>
        <source>New public hearing</source>
        <translation>New public hearing</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Notice on:</source>
        <translation>&amp;Notice on:</translation>
    </message>
    <message>
        <source>Notice &amp;channel:</source>
        <translation>Notice &amp;channel:</translation>
    </message>
    <message>
        <source>e.g. notice board, WhatsApp groups, radio</source>
        <translation>e.g. notice board, WhatsApp groups, radio</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>Held &amp;online (remotely, through messengers)</source>
        <translation>Held &amp;online (remotely, through messengers)</translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation>&amp;Place or link:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>Sec&amp;retary:</source>
        <translation>Sec&amp;retary:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>&amp;Author group:</source>
        <translation>&amp;Author group:</translation>
    </message>
    <message>
        <source>e.g. youth, residents of a village, deputies</source>
        <translation>e.g. youth, residents of a village, deputies</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <source>Answer to the proposal</source>
        <translation>Answer to the proposal</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Answer (the reason when rejected):</source>
        <translation>&amp;Answer (the reason when rejected):</translation>
    </message>
    <message>
        <source>Included in the &amp;resolution:</source>
        <translation>Included in the &amp;resolution:</translation>
    </message>
    <message>
        <source>Included in the &amp;budget line:</source>
        <translation>Included in the &amp;budget line:</translation>
    </message>
    <message>
        <source>Included &amp;elsewhere:</source>
        <translation>Included &amp;elsewhere:</translation>
    </message>
    <message>
        <source>Need or proposal</source>
        <translation>Need or proposal</translation>
    </message>
    <message>
        <source>New need or proposal</source>
        <translation>New need or proposal</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Group concerned:</source>
        <translation>&amp;Group concerned:</translation>
    </message>
    <message>
        <source>&amp;Who wrote or said it:</source>
        <translation>&amp;Who wrote or said it:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>P&amp;roposal:</source>
        <translation>P&amp;roposal:</translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation>&amp;Hearing:</translation>
    </message>
    <message>
        <source>What answered the need</source>
        <translation>What answered the need</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Competition (its theme):</source>
        <translation>&amp;Competition (its theme):</translation>
    </message>
    <message>
        <source>Program &amp;measure:</source>
        <translation>Program &amp;measure:</translation>
    </message>
    <message>
        <source>&amp;Budget line:</source>
        <translation>&amp;Budget line:</translation>
    </message>
    <message>
        <source>&amp;Answer (the reason when declined):</source>
        <translation>&amp;Answer (the reason when declined):</translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation>Local budget</translation>
    </message>
    <message>
        <source>New year&apos;s local budget</source>
        <translation>New year&apos;s local budget</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Total &amp;expenditure, som:</source>
        <translation>Total &amp;expenditure, som:</translation>
    </message>
    <message>
        <source>Executive&apos;s &amp;paid services, som:</source>
        <translation>Executive&apos;s &amp;paid services, som:</translation>
    </message>
    <message>
        <source>&amp;Reserve fund, som (at most 1 %):</source>
        <translation>&amp;Reserve fund, som (at most 1 %):</translation>
    </message>
    <message>
        <source>Approved by re&amp;solution:</source>
        <translation>Approved by re&amp;solution:</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>New budget line</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Amount, som:</source>
        <translation>&amp;Amount, som:</translation>
    </message>
    <message>
        <source>Competition funded from «%1»</source>
        <translation>Competition funded from «%1»</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Competition:</translation>
    </message>
    <message>
        <source>Decision on the reserve fund</source>
        <translation>Decision on the reserve fund</translation>
    </message>
    <message>
        <source>New decision on the reserve fund</source>
        <translation>New decision on the reserve fund</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>e.g. resolution of the ayil okmotu No. 7</source>
        <translation>e.g. resolution of the ayil okmotu No. 7</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Resolution of the register:</source>
        <translation>&amp;Resolution of the register:</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>&amp;Resolutions</source>
        <translation>&amp;Resolutions</translation>
    </message>
    <message>
        <source>&amp;Control: overdue and this month</source>
        <translation>&amp;Control: overdue and this month</translation>
    </message>
    <message>
        <source>Public &amp;hearings</source>
        <translation>Public &amp;hearings</translation>
    </message>
    <message>
        <source>&amp;Needs and proposals</source>
        <translation>&amp;Needs and proposals</translation>
    </message>
    <message>
        <source>Local &amp;budgets</source>
        <translation>Local &amp;budgets</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Language of the document:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Ready: %1</translation>
    </message>
    <message>
        <source>fit to width</source>
        <translation>fit to width</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Competition:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Half-year:</source>
        <translation>Half-year:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>First half-year</source>
        <translation>First half-year</translation>
    </message>
    <message>
        <source>Second half-year</source>
        <translation>Second half-year</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Show the page as wide as the preview</source>
        <translation>Show the page as wide as the preview</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation>&amp;Hearing:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>ResolutionsTab</name>
    <message>
        <source>Under the control of: %1</source>
        <translation>Under the control of: %1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Distribution: %1</translation>
    </message>
    <message>
        <source>Justice: sent %1, registered %2 %3</source>
        <translation>Justice: sent %1, registered %2 %3</translation>
    </message>
    <message>
        <source>Remove the resolution %1 from the register?</source>
        <translation>Remove the resolution %1 from the register?</translation>
    </message>
    <message>
        <source>Remove point %1?</source>
        <translation>Remove point %1?</translation>
    </message>
    <message>
        <source>&amp;New resolution…</source>
        <translation>&amp;New resolution…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Print the control report…</source>
        <translation>&amp;Print the control report…</translation>
    </message>
    <message>
        <source>Points (a point with a due date is under control):</source>
        <translation>Points (a point with a due date is under control):</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Add a &amp;point…</source>
        <translation>Add a &amp;point…</translation>
    </message>
    <message>
        <source>Edit the point…</source>
        <translation>Edit the point…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Remove the point</source>
        <translation>Remove the point</translation>
    </message>
    <message>
        <source>What it approves or changes, and what rests on it:</source>
        <translation>What it approves or changes, and what rests on it:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Results and act</source>
        <translation>Results and act</translation>
    </message>
    <message>
        <source>Satisfaction of participants</source>
        <translation>Satisfaction of participants</translation>
    </message>
    <message>
        <source>Add &amp;survey…</source>
        <translation>Add &amp;survey…</translation>
    </message>
    <message>
        <source>Remove survey</source>
        <translation>Remove survey</translation>
    </message>
    <message>
        <source>Acceptance act</source>
        <translation>Acceptance act</translation>
    </message>
    <message>
        <source>&amp;Write the act…</source>
        <translation>&amp;Write the act…</translation>
    </message>
    <message>
        <source>A&amp;ccept the result…</source>
        <translation>A&amp;ccept the result…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the acceptance…</source>
        <translation>Ca&amp;ncel the acceptance…</translation>
    </message>
    <message>
        <source>Print the act</source>
        <translation>Print the act</translation>
    </message>
    <message>
        <source>Print the results</source>
        <translation>Print the results</translation>
    </message>
    <message>
        <source>Events: %1 planned, %2 held.</source>
        <translation>Events: %1 planned, %2 held.</translation>
    </message>
    <message>
        <source>Cost: planned %1 som, actual %2 som.</source>
        <translation>Cost: planned %1 som, actual %2 som.</translation>
    </message>
    <message>
        <source>Per participant: planned %1 som, actual %2 som.</source>
        <translation>Per participant: planned %1 som, actual %2 som.</translation>
    </message>
    <message>
        <source>From the local budget per participant: planned %1 som, actual %2 som.</source>
        <translation>From the local budget per participant: planned %1 som, actual %2 som.</translation>
    </message>
    <message>
        <source>Co-financing (all but the local budget): %1 som, %2 % of the cost.</source>
        <translation>Co-financing (all but the local budget): %1 som, %2 % of the cost.</translation>
    </message>
    <message>
        <source>%1: %2 som (%3 %)</source>
        <translation>%1: %2 som (%3 %)</translation>
    </message>
    <message>
        <source>Satisfied: %1 of %2 asked (%3 %).</source>
        <translation>Satisfied: %1 of %2 asked (%3 %).</translation>
    </message>
    <message>
        <source>No satisfaction survey yet.</source>
        <translation>No satisfaction survey yet.</translation>
    </message>
    <message>
        <source>No act yet. Write the act, then accept the result: only that completes the project.</source>
        <translation>No act yet. Write the act, then accept the result: only that completes the project.</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 is accepted (%3): the project is completed.</source>
        <translation>Act No. %1 of %2 is accepted (%3): the project is completed.</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 is a draft, not accepted yet.</source>
        <translation>Act No. %1 of %2 is a draft, not accepted yet.</translation>
    </message>
    <message>
        <source>Acceptance cancelled: %1</source>
        <translation>Acceptance cancelled: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Of plan, %</source>
        <translation>Of plan, %</translation>
    </message>
    <message>
        <source>All participants (each once)</source>
        <translation>All participants (each once)</translation>
    </message>
    <message>
        <source>New satisfaction survey</source>
        <translation>New satisfaction survey</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>How many were &amp;asked:</source>
        <translation>How many were &amp;asked:</translation>
    </message>
    <message>
        <source>How many were &amp;satisfied:</source>
        <translation>How many were &amp;satisfied:</translation>
    </message>
    <message>
        <source>&amp;How (questionnaire, show of hands…):</source>
        <translation>&amp;How (questionnaire, show of hands…):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Remove the selected survey?</source>
        <translation>Remove the selected survey?</translation>
    </message>
    <message>
        <source>Act &amp;No.:</source>
        <translation>Act &amp;No.:</translation>
    </message>
    <message>
        <source>Signs for the &amp;customer:</source>
        <translation>Signs for the &amp;customer:</translation>
    </message>
    <message>
        <source>Signs for the &amp;executor:</source>
        <translation>Signs for the &amp;executor:</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <source>Accept the project&apos;s result? The project becomes completed and the figures the act lists are sealed.</source>
        <translation>Accept the project&apos;s result? The project becomes completed and the figures the act lists are sealed.</translation>
    </message>
    <message>
        <source>Cancel the acceptance</source>
        <translation>Cancel the acceptance</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <source>commission secretary</source>
        <translation>commission secretary</translation>
    </message>
    <message>
        <source>commission chair</source>
        <translation>commission chair</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>not set yet</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The new language is applied at once and remembered for the next start.</source>
        <translation>The new language is applied at once and remembered for the next start.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The database is on a network share or a removable drive: %1
Keep it on this computer&apos;s own disk; a power cut or a pulled stick can damage it. Use backups and sync packages to carry data.</source>
        <translation>The database is on a network share or a removable drive: %1
Keep it on this computer&apos;s own disk; a power cut or a pulled stick can damage it. Use backups and sync packages to carry data.</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>requested amount</translation>
    </message>
    <message>
        <source>grant amount</source>
        <translation>grant amount</translation>
    </message>
    <message>
        <source>planned amount</source>
        <translation>planned amount</translation>
    </message>
    <message>
        <source>actual amount</source>
        <translation>actual amount</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>number of people</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>reserve fund</source>
        <translation>reserve fund</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Everything, for any office</source>
        <translation>Everything, for any office</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>clock far ahead</source>
        <translation>clock far ahead</translation>
    </message>
    <message>
        <source>edited in two offices</source>
        <translation>edited in two offices</translation>
    </message>
    <message>
        <source>refused change</source>
        <translation>refused change</translation>
    </message>
    <message>
        <source>This package was imported before; nothing changed.</source>
        <translation>This package was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>Imported: %1 applied, %2 already had, %3 waiting, %4 conflicts</source>
        <translation>Imported: %1 applied, %2 already had, %3 waiting, %4 conflicts</translation>
    </message>
    <message>
        <source>Package written and checked: %1 (%2 changes)</source>
        <translation>Package written and checked: %1 (%2 changes)</translation>
    </message>
    <message>
        <source>The file was moved to quarantine: %1</source>
        <translation>The file was moved to quarantine: %1</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Save package</translation>
    </message>
    <message>
        <source>Demilge packages (*.demilge)</source>
        <translation>Demilge packages (*.demilge)</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Open package</translation>
    </message>
    <message>
        <source>Demilge packages (*.demilge);;All files (*)</source>
        <translation>Demilge packages (*.demilge);;All files (*)</translation>
    </message>
    <message>
        <source>Open the other office&apos;s key file</source>
        <translation>Open the other office&apos;s key file</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Key files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Office %1 is trusted now. Compare this fingerprint by phone with the other office: %2</source>
        <translation>Office %1 is trusted now. Compare this fingerprint by phone with the other office: %2</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its packages will be refused.</source>
        <translation>Stop trusting %1? Its packages will be refused.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Name of this office:</source>
        <translation>Name of this office:</translation>
    </message>
    <message>
        <source>Save this office&apos;s key</source>
        <translation>Save this office&apos;s key</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Key files (*.json)</translation>
    </message>
    <message>
        <source>Folder to watch for packages</source>
        <translation>Folder to watch for packages</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>This office</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Office id:</source>
        <translation>Office id:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>This database was copied from another computer. Register it as a new office before exporting.</source>
        <translation>This database was copied from another computer. Register it as a new office before exporting.</translation>
    </message>
    <message>
        <source>&amp;Name or register office…</source>
        <translation>&amp;Name or register office…</translation>
    </message>
    <message>
        <source>Save &amp;key file…</source>
        <translation>Save &amp;key file…</translation>
    </message>
    <message>
        <source>Exchange by file</source>
        <translation>Exchange by file</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <source>Received file:</source>
        <translation>Received file:</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <source>Watched folder:</source>
        <translation>Watched folder:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>Trusted offices</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Changes not yet received</source>
        <translation>Changes not yet received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>&amp;Trust a key file…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <source>Keep the value</source>
        <translation>Keep the value</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Take the other value</translation>
    </message>
    <message>
        <source>protocol closed in two offices</source>
        <translation>protocol closed in two offices</translation>
    </message>
    <message>
        <source>the closed protocol</source>
        <translation>the closed protocol</translation>
    </message>
    <message>
        <source>%1 changes made by offices not trusted here were set aside: %2. Trust their key files to receive them.</source>
        <translation>%1 changes made by offices not trusted here were set aside: %2. Trust their key files to receive them.</translation>
    </message>
    <message>
        <source>%1 attached files are missing or damaged here and were not sent.</source>
        <translation>%1 attached files are missing or damaged here and were not sent.</translation>
    </message>
    <message>
        <source>The signing key was saved: %1. Keep the file and the passphrase apart.</source>
        <translation>The signing key was saved: %1. Keep the file and the passphrase apart.</translation>
    </message>
    <message>
        <source>The signing key is on this computer now.</source>
        <translation>The signing key is on this computer now.</translation>
    </message>
    <message>
        <source>Save the signing key</source>
        <translation>Save the signing key</translation>
    </message>
    <message>
        <source>Signing keys (*.key)</source>
        <translation>Signing keys (*.key)</translation>
    </message>
    <message>
        <source>Open a saved signing key</source>
        <translation>Open a saved signing key</translation>
    </message>
    <message>
        <source>Signing keys (*.key);;All files (*)</source>
        <translation>Signing keys (*.key);;All files (*)</translation>
    </message>
    <message>
        <source>Register this database as a new office with a new signing key? Use it when the key is lost or may be known to others. Every other office must then trust the new key file (and revoke the old office).</source>
        <translation>Register this database as a new office with a new signing key? Use it when the key is lost or may be known to others. Every other office must then trust the new key file (and revoke the old office).</translation>
    </message>
    <message>
        <source>This office&apos;s signing key is not on this computer: packages cannot be exported. Import the saved signing key, or register this database as a new office with a new key.</source>
        <translation>This office&apos;s signing key is not on this computer: packages cannot be exported. Import the saved signing key, or register this database as a new office with a new key.</translation>
    </message>
    <message>
        <source>Save signing key…</source>
        <translation>Save signing key…</translation>
    </message>
    <message>
        <source>Import signing key…</source>
        <translation>Import signing key…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>New key…</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Competition</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Commission member</translation>
    </message>
    <message>
        <source>Scoring criterion</source>
        <translation>Scoring criterion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Participant category</source>
        <translation>Participant category</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Participants of an event</source>
        <translation>Participants of an event</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Media coverage</source>
        <translation>Media coverage</translation>
    </message>
    <message>
        <source>Development program</source>
        <translation>Development program</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Indicator value</translation>
    </message>
    <message>
        <source>Step of a competition&apos;s work plan</source>
        <translation>Step of a competition&apos;s work plan</translation>
    </message>
    <message>
        <source>Tranche of a grant</source>
        <translation>Tranche of a grant</translation>
    </message>
    <message>
        <source>Payment of a grant</source>
        <translation>Payment of a grant</translation>
    </message>
    <message>
        <source>Report of an executor</source>
        <translation>Report of an executor</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <source>Acceptance act</source>
        <translation>Acceptance act</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>File of a project</source>
        <translation>File of a project</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Point of a resolution</source>
        <translation>Point of a resolution</translation>
    </message>
    <message>
        <source>Public hearing</source>
        <translation>Public hearing</translation>
    </message>
    <message>
        <source>Hearing proposal</source>
        <translation>Hearing proposal</translation>
    </message>
    <message>
        <source>Need or proposal</source>
        <translation>Need or proposal</translation>
    </message>
    <message>
        <source>Local budget</source>
        <translation>Local budget</translation>
    </message>
    <message>
        <source>Local budget line</source>
        <translation>Local budget line</translation>
    </message>
    <message>
        <source>Reserve-fund decision</source>
        <translation>Reserve-fund decision</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
