<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChecksDialog</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message numerus="yes">
        <source>%1 (%n photo(s))</source>
        <translation>
            <numerusform>%1 (%n photo)</numerusform>
            <numerusform>%1 (%n photos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected photo(s)</source>
        <translation>
            <numerusform>The %n selected photo</numerusform>
            <numerusform>The %n selected photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message numerus="yes">
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>It happened %n more time since.</numerusform>
            <numerusform>It happened %n more times since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <source>%n photo(s) selected</source>
        <translation>
            <numerusform>%n photo selected</numerusform>
            <numerusform>%n photos selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n photo(s) a page</source>
        <translation>
            <numerusform>%n photo a page</numerusform>
            <numerusform>%n photos a page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), about %1 MB</source>
        <translation>
            <numerusform>%n page, about %1 MB</numerusform>
            <numerusform>%n pages, about %1 MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), %2 MB.</source>
        <translation>
            <numerusform>Wrote %1: %n page, %2 MB.</numerusform>
            <numerusform>Wrote %1: %n pages, %2 MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the appendix takes %n page(s).</source>
        <translation>
            <numerusform>Wrote %1: the appendix takes %n page.</numerusform>
            <numerusform>Wrote %1: the appendix takes %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>Imported %n photo</numerusform>
            <numerusform>Imported %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported</source>
        <translation>
            <numerusform>%n file could not be imported</numerusform>
            <numerusform>%n files could not be imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItineraryDialog</name>
    <message numerus="yes">
        <source>%n day(s) found:</source>
        <translation>
            <numerusform>%n day found:</numerusform>
            <numerusform>%n days found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of the itinerary are not in the text and will be removed.</source>
        <translation>
            <numerusform>%n day of the itinerary is not in the text and will be removed.</numerusform>
            <numerusform>%n days of the itinerary are not in the text and will be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appendix: %n photo(s)</source>
        <translation>
            <numerusform>appendix: %n photo</numerusform>
            <numerusform>appendix: %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>Imported %n photo</numerusform>
            <numerusform>Imported %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n already in the project</numerusform>
            <numerusform>%n already in the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message numerus="yes">
        <source>The best of %n similar photos</source>
        <translation>
            <numerusform>The best of %n similar photos</numerusform>
            <numerusform>The best of %n similar photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One of %n similar photos</source>
        <translation>
            <numerusform>One of %n similar photos</numerusform>
            <numerusform>One of %n similar photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n photo(s) with %1 people</source>
        <translation>
            <numerusform>Tag %n photo with %1 people</numerusform>
            <numerusform>Tag %n photos with %1 people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Import %n photo</numerusform>
            <numerusform>Import %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n photo(s) with %1</source>
        <translation>
            <numerusform>Tag %n photo with %1</numerusform>
            <numerusform>Tag %n photos with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n photo(s)</source>
        <translation>
            <numerusform>Remove %1 from %n photo</numerusform>
            <numerusform>Remove %1 from %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n photo(s)</source>
        <translation>
            <numerusform>Unassign %n photo</numerusform>
            <numerusform>Unassign %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to %1</source>
        <translation>
            <numerusform>Move %n photo to %1</numerusform>
            <numerusform>Move %n photos to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s) to the appendix</source>
        <translation>
            <numerusform>Add %n photo to the appendix</numerusform>
            <numerusform>Add %n photos to the appendix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use the suggested appendix of %n photo(s)</source>
        <translation>
            <numerusform>Use the suggested appendix of %n photo</numerusform>
            <numerusform>Use the suggested appendix of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n photo(s) from the appendix</source>
        <translation>
            <numerusform>Remove %n photo from the appendix</numerusform>
            <numerusform>Remove %n photos from the appendix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s) from the project</source>
        <translation>
            <numerusform>Delete %n photo from the project</numerusform>
            <numerusform>Delete %n photos from the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Find %n missing photo(s)</source>
        <translation>
            <numerusform>Find %n missing photo</numerusform>
            <numerusform>Find %n missing photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n photo(s) on their days</source>
        <translation>
            <numerusform>Place %n photo on its day</numerusform>
            <numerusform>Place %n photos on their days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caption %n photo(s) from a template</source>
        <translation>
            <numerusform>Caption %n photo from a template</numerusform>
            <numerusform>Caption %n photos from a template</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n people</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectTools</name>
    <message numerus="yes">
        <source>Placed %n photo(s) on their days</source>
        <translation>
            <numerusform>Placed %n photo on its day</numerusform>
            <numerusform>Placed %n photos on their days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n photo(s) to %1. Edit the captions and numbers there, then import it.</source>
        <translation>
            <numerusform>Wrote %n photo to %1. Edit the captions and numbers there, then import it.</numerusform>
            <numerusform>Wrote %n photos to %1. Edit the captions and numbers there, then import it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n caption(s) from a spreadsheet</source>
        <translation>
            <numerusform>Import %n caption from a spreadsheet</numerusform>
            <numerusform>Import %n captions from a spreadsheet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s)</source>
        <translation>
            <numerusform>%n caption</numerusform>
            <numerusform>%n captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message numerus="yes">
        <source>%n new people will be added.</source>
        <translation>
            <numerusform>%n new person will be added.</numerusform>
            <numerusform>%n new people will be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message numerus="yes">
        <source>%n photo(s) suggested</source>
        <translation>
            <numerusform>%n photo suggested</numerusform>
            <numerusform>%n photos suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This replaces the current appendix of %n photo(s); Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>This replaces the current appendix of %n photo; Edit ▸ Undo brings it back.</numerusform>
            <numerusform>This replaces the current appendix of %n photos; Edit ▸ Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>press Suggest Again for %n photo(s) (your changes go)</source>
        <translation>
            <numerusform>press Suggest Again for %n photo (your changes go)</numerusform>
            <numerusform>press Suggest Again for %n photos (your changes go)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message numerus="yes">
        <source>Captions of the %n photo(s):</source>
        <translation>
            <numerusform>Captions of the %n photo:</numerusform>
            <numerusform>Captions of the %n photos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the photos already have a caption: it will be replaced (Undo brings it back).</source>
        <translation>
            <numerusform>%n of the photos already has a caption: it will be replaced (Undo brings it back).</numerusform>
            <numerusform>%n of the photos already have a caption: they will be replaced (Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Appendix: %n photo(s)</source>
        <translation>
            <numerusform>Appendix: %n photo</numerusform>
            <numerusform>Appendix: %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the best of similar photos (%n hidden)</source>
        <translation>
            <numerusform>only the best of similar photos (%n hidden)</numerusform>
            <numerusform>only the best of similar photos (%n hidden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n photo(s) from this project? The files stay where they are.</source>
        <translation>
            <numerusform>Remove %n photo from this project? The file stays where it is.</numerusform>
            <numerusform>Remove %n photos from this project? The files stay where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n photo(s) with:</source>
        <translation>
            <numerusform>Tag %n photo with:</numerusform>
            <numerusform>Tag %n photos with:</numerusform>
        </translation>
    </message>
</context>
</TS>
