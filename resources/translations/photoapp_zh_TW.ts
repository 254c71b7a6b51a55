<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About photoapp</source>
        <translation>關於 photoapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;photoapp %1&lt;/h3&gt;&lt;p&gt;The photo appendix of a trip report, from the trip&apos;s photos.&lt;/p&gt;&lt;p&gt;Licence: %2. It is built with the libraries and fonts below, each under its own licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;photoapp %1&lt;/h3&gt;&lt;p&gt;由出國行程的照片製作出國報告的照片附錄。&lt;/p&gt;&lt;p&gt;授權：%2。本程式使用下列程式庫與字型，各依其授權條款。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>元件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Libraries and fonts</source>
        <translation>程式庫與字型</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Trip Report…</source>
        <translation>新增出國報告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Photos…</source>
        <translation>匯入相片(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export the Appendix…</source>
        <translation>匯出附錄(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Trip Details…</source>
        <translation>出國報告基本資料(&amp;T)…</translation>
    </message>
    <message>
        <source>Correct Camera &amp;Clock…</source>
        <translation>校正相機時間(&amp;C)…</translation>
    </message>
    <message>
        <source>Caption from a &amp;Template…</source>
        <translation>以範本寫圖說(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Merge Person Into…</source>
        <translation>合併人員(&amp;M)…</translation>
    </message>
    <message>
        <source>C&amp;heck the Appendix…</source>
        <translation>檢查附錄(&amp;H)…</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>另存新檔(&amp;Y)…</translation>
    </message>
    <message>
        <source>Find &amp;Missing Photos…</source>
        <translation>尋找遺失的相片(&amp;M)…</translation>
    </message>
    <message>
        <source>Place Photos on Their Da&amp;ys</source>
        <translation>將相片分配到拍攝日期(&amp;Y)</translation>
    </message>
    <message>
        <source>Itinerary from the Re&amp;port…</source>
        <translation>依報告建立行程(&amp;P)…</translation>
    </message>
    <message>
        <source>Import Peop&amp;le…</source>
        <translation>匯入人員名單(&amp;L)…</translation>
    </message>
    <message>
        <source>E&amp;xport Captions to a Spreadsheet…</source>
        <translation>將圖說匯出為試算表(&amp;X)…</translation>
    </message>
    <message>
        <source>Import Captions from a Spreads&amp;heet…</source>
        <translation>從試算表匯入圖說(&amp;H)…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>從備份還原(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>關閉專案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete from Project…</source>
        <translation>從專案刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Add to &amp;Appendix</source>
        <translation>加入附錄(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from Appendix</source>
        <translation>從附錄移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move Earlier in Appendi&amp;x</source>
        <translation>在附錄中前移(&amp;X)</translation>
    </message>
    <message>
        <source>Move Later in Appe&amp;ndix</source>
        <translation>在附錄中後移(&amp;N)</translation>
    </message>
    <message>
        <source>Edit &amp;Caption</source>
        <translation>編輯圖說(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;uggest Appendix…</source>
        <translation>建議附錄相片(&amp;U)…</translation>
    </message>
    <message>
        <source>Show File in &amp;Folder</source>
        <translation>在資料夾中顯示檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Ta&amp;g with Person…</source>
        <translation>標記人員(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>搜尋(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Day…</source>
        <translation>新增日期(&amp;D)…</translation>
    </message>
    <message>
        <source>Ed&amp;it Day…</source>
        <translation>編輯日期(&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Day</source>
        <translation>移除日期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Edit Person…</source>
        <translation>編輯人員(&amp;E)…</translation>
    </message>
    <message>
        <source>Sh&amp;ow Their Photos</source>
        <translation>顯示此人的相片(&amp;O)</translation>
    </message>
    <message>
        <source>Remove Per&amp;son</source>
        <translation>移除人員(&amp;S)</translation>
    </message>
    <message>
        <source>Tag with Person %1</source>
        <translation>標記第 %1 位人員</translation>
    </message>
    <message>
        <source>Show Day %1</source>
        <translation>顯示第 %1 天</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>新增人員(&amp;P)…</translation>
    </message>
    <message>
        <source>Sort by Capture &amp;Time</source>
        <translation>依拍攝時間排序(&amp;T)</translation>
    </message>
    <message>
        <source>Sort by Appendix &amp;Order</source>
        <translation>依附錄順序排序(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About photoapp</source>
        <translation>關於 photoapp(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <source>Check the appendix</source>
        <translation>檢查附錄</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>檢查提醒</translation>
    </message>
    <message>
        <source>Double-click a reminder to select its photo</source>
        <translation>按兩下提醒即可選取該相片</translation>
    </message>
    <message>
        <source>Photo %1 (%2): %3</source>
        <translation>照片 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Photo %1: %3</source>
        <translation>照片 %1：%3</translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <translation>報告 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 項檢查提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>The appendix has no photos yet.</source>
        <translation>附錄中還沒有相片。</translation>
    </message>
    <message>
        <source>No reminders: the appendix is ready</source>
        <translation>沒有提醒：附錄已經完成</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Correct camera clock</source>
        <translation>校正相機時間</translation>
    </message>
    <message>
        <source>The &amp;camera</source>
        <translation>相機(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n photo(s))</source>
        <translation>
            <numerusform>%1（%n 張相片）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected photo(s)</source>
        <translation>
            <numerusform>選取的 %n 張相片</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Shift by</source>
        <translation>調整(&amp;S)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>A photo was really &amp;taken at</source>
        <translation>某張相片實際拍攝時間為(&amp;T)</translation>
    </message>
    <message>
        <source>Photos that change day</source>
        <translation>會改變日期的相片</translation>
    </message>
    <message>
        <source>Correct the clock of</source>
        <translation>要校正時間的對象</translation>
    </message>
    <message>
        <source>How</source>
        <translation>校正方式</translation>
    </message>
    <message>
        <source>Photos that change day:</source>
        <translation>日期會改變的相片：</translation>
    </message>
    <message>
        <source>No photo has a camera recorded: select the photos to correct.</source>
        <translation>沒有相片記錄相機型號，請選取要校正的相片。</translation>
    </message>
    <message>
        <source>None of these photos has a capture time to compare with.</source>
        <translation>這些相片都沒有拍攝時間可以比對。</translation>
    </message>
    <message>
        <source>The clock already has this correction.</source>
        <translation>此時間已經是這個校正值。</translation>
    </message>
    <message>
        <source>%1 recorded %2</source>
        <translation>%1 記錄的時間為 %2</translation>
    </message>
    <message>
        <source>No photo with a capture time</source>
        <translation>沒有含拍攝時間的相片</translation>
    </message>
    <message>
        <source>This clock is corrected by %1 now; the correction you give replaces it.</source>
        <translation>目前已校正 %1；新的校正值會取代它。</translation>
    </message>
    <message>
        <source>No photo changes day</source>
        <translation>沒有相片會改變日期</translation>
    </message>
    <message>
        <source>no day</source>
        <translation>無日期</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add day %1</source>
        <translation>新增日期 %1</translation>
    </message>
    <message>
        <source>Edit day %1</source>
        <translation>編輯日期 %1</translation>
    </message>
    <message>
        <source>Remove day %1</source>
        <translation>移除日期 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>編輯圖說</translation>
    </message>
    <message>
        <source>Reorder the appendix</source>
        <translation>調整附錄順序</translation>
    </message>
    <message>
        <source>Edit trip details</source>
        <translation>編輯出國報告基本資料</translation>
    </message>
    <message>
        <source>Correct camera clock</source>
        <translation>校正相機時間</translation>
    </message>
    <message>
        <source>Itinerary from the report</source>
        <translation>依報告建立行程</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>將 %1 合併到 %2</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Tag &amp;with</source>
        <translation>標記人員(&amp;W)</translation>
    </message>
    <message>
        <source>Move to &amp;Day</source>
        <translation>移到日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>未分配(&amp;U)</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <source>photoapp ran into an unexpected problem. What you were doing may not have been finished; edits that were saved are safe.</source>
        <translation>photoapp 發生未預期的問題。剛才進行的動作可能沒有完成；已儲存的編輯都很安全。</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>無法將詳細資訊寫入記錄檔。</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>詳細資訊已寫入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>之後又發生了 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Edit day</source>
        <translation>編輯日期</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>新增日期</translation>
    </message>
    <message>
        <source>e.g. Daejeon: APCS plenary</source>
        <translation>例如：大田 APCS 全會</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>行程說明(&amp;L)：</translation>
    </message>
    <message>
        <source>The trip already has a day on %1.</source>
        <translation>行程中已有 %1 這一天。</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>All photos</source>
        <translation>全部相片</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Describe the photo for the report</source>
        <translation>為報告寫下這張相片的圖說</translation>
    </message>
    <message>
        <source>Drag people here to tag them</source>
        <translation>把人員拖到這裡即可標記</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>圖說</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍攝時間</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相機</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) selected</source>
        <translation>
            <numerusform>已選取 %n 張相片</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a photo to see it here</source>
        <translation>選取相片後會顯示在這裡</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>找不到檔案：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>This photo cannot be shown</source>
        <translation>無法顯示這張相片</translation>
    </message>
    <message>
        <source>Yes (removed on export)</source>
        <translation>有（匯出時移除）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Remove %1 from this photo</source>
        <translation>從這張相片移除 %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to import the photos into this project</source>
        <translation>放開即可將相片匯入這個專案</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the appendix</source>
        <translation>匯出附錄</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 直式</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 橫式</translation>
    </message>
    <message>
        <source>Letter portrait</source>
        <translation>Letter 直式</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter 橫式</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) a page</source>
        <translation>
            <numerusform>每頁 %n 張</numerusform>
        </translation>
    </message>
    <message>
        <source>Group by day</source>
        <translation>依日期分組</translation>
    </message>
    <message>
        <source>Each day starts a new page</source>
        <translation>每天從新的一頁開始</translation>
    </message>
    <message>
        <source>Sort the photos by day</source>
        <translation>相片依日期排序</translation>
    </message>
    <message>
        <source>List of photos (照片目錄) at the start</source>
        <translation>在開頭加上照片目錄</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>另存設定檔…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>紙張：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>相片：</translation>
    </message>
    <message>
        <source>First page number:</source>
        <translation>起始頁碼：</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Caption format:</source>
        <translation>圖說格式：</translation>
    </message>
    <message>
        <source>Chinese font:</source>
        <translation>中文字型：</translation>
    </message>
    <message>
        <source>Western font:</source>
        <translation>西文字型：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解析度：</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>設定檔：</translation>
    </message>
    <message>
        <source>Copy the caption list</source>
        <translation>複製圖說清單</translation>
    </message>
    <message>
        <source>照片 1：… one a line, to paste into the report&apos;s text</source>
        <translation>每行一則「照片 1：…」，可貼到報告內文</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Estimating the size…</source>
        <translation>估算檔案大小中…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), about %1 MB</source>
        <translation>
            <numerusform>共 %n 頁，約 %1 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>沒有頁面</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Pages %1–%2 of %3</source>
        <translation>第 %1–%2 頁，共 %3 頁</translation>
    </message>
    <message>
        <source>Office default</source>
        <translation>機關預設</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>另存設定檔</translation>
    </message>
    <message>
        <source>Name of the profile (for the next trip):</source>
        <translation>設定檔名稱（供下次出國使用）：</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>附錄</translation>
    </message>
    <message>
        <source>Save the export settings</source>
        <translation>儲存匯出設定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), %2 MB.</source>
        <translation>
            <numerusform>已寫入 %1：共 %n 頁，%2 MB。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped because of an unexpected error.</source>
        <translation>匯出因未預期的錯誤而中止。</translation>
    </message>
    <message>
        <source>Write the report with the appendix</source>
        <translation>寫入含附錄的報告</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the appendix takes %n page(s).</source>
        <translation>
            <numerusform>已寫入 %1：附錄共 %n 頁。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Show all photos</source>
        <translation>顯示全部相片</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>目前顯示：%1</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import results</source>
        <translation>匯入結果</translation>
    </message>
    <message>
        <source>%1; %2; %3.</source>
        <translation>%1；%2；%3。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>已匯入 %n 張相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>略過重複 %n 張</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported</source>
        <translation>
            <numerusform>%n 個檔案無法匯入</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled before it finished.</source>
        <translation>匯入在完成前已取消。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Not imported (%1)</source>
        <translation>未匯入（%1）</translation>
    </message>
    <message>
        <source>Imported with a warning (%1)</source>
        <translation>已匯入但有提醒（%1）</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>複製清單(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the list as tab-separated text, to paste into a spreadsheet or email.</source>
        <translation>將清單複製為以定位字元分隔的文字，可貼到試算表或電子郵件。</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在尋找相片…</translation>
    </message>
    <message>
        <source>Importing %1/%2</source>
        <translation>匯入中 %1/%2</translation>
    </message>
</context>
<context>
    <name>IntoReportPanel</name>
    <message>
        <source>Into my report…</source>
        <translation>放入我的報告…</translation>
    </message>
    <message>
        <source>Put the appendix into your own report (.docx or .odt), in place of its 附錄：照片 chapter, and write it as a new file</source>
        <translation>將附錄放入您自己的報告（.docx 或 .odt），取代其中的「附錄：照片」，另存為新檔</translation>
    </message>
    <message>
        <source>Choose the report…</source>
        <translation>選擇報告…</translation>
    </message>
    <message>
        <source>Choose your report</source>
        <translation>選擇您的報告</translation>
    </message>
    <message>
        <source>Reports (*.docx *.odt)</source>
        <translation>報告 (*.docx *.odt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>%1: the appendix replaces what follows 「%2」</source>
        <translation>%1：附錄將取代「%2」之後的內容</translation>
    </message>
    <message>
        <source>%1: no photo appendix heading, the appendix goes at the end</source>
        <translation>%1：找不到照片附錄標題，附錄將加在文件最後</translation>
    </message>
    <message>
        <source>, starting on page %1.</source>
        <translation>，從第 %1 頁開始。</translation>
    </message>
    <message>
        <source> (the page shows once the report is laid out in Word or LibreOffice and saved).</source>
        <translation>（報告在 Word 或 LibreOffice 中排版並存檔後，才能顯示頁碼）。</translation>
    </message>
    <message>
        <source> (with photos)</source>
        <translation>（含照片）</translation>
    </message>
</context>
<context>
    <name>ItineraryDialog</name>
    <message>
        <source>Itinerary from the report</source>
        <translation>依報告建立行程</translation>
    </message>
    <message>
        <source>Paste the report&apos;s itinerary (the 過程 chapter, or the whole report): every line that starts with a date becomes a day, the rest of the line its label.</source>
        <translation>貼上報告的過程章節（或整份報告）：每一行以日期開頭者成為一天，該行其餘文字為行程說明。</translation>
    </message>
    <message>
        <source>106 年 9 月 10 日(星期日)：抵達大田</source>
        <translation>106 年 9 月 10 日(星期日)：抵達大田</translation>
    </message>
    <message>
        <source>Read the text of a .txt, .docx or .odt report</source>
        <translation>讀取 .txt、.docx 或 .odt 報告的文字</translation>
    </message>
    <message>
        <source>Days found</source>
        <translation>找到的日期</translation>
    </message>
    <message>
        <source>Lines not taken</source>
        <translation>未採用的行</translation>
    </message>
    <message>
        <source>Text of the report</source>
        <translation>報告內文</translation>
    </message>
    <message>
        <source>&amp;Replace the days</source>
        <translation>取代日期(&amp;R)</translation>
    </message>
    <message>
        <source>Headings to look at:</source>
        <translation>需要留意的標題：</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Paste the report&apos;s text or open the report file.</source>
        <translation>請貼上報告文字或開啟報告檔案。</translation>
    </message>
    <message>
        <source>No line of the text starts with a date of the trip.</source>
        <translation>文字中沒有以出國期間日期開頭的行。</translation>
    </message>
    <message>
        <source>Reports (*.txt *.docx *.odt);;All files (*)</source>
        <translation>報告 (*.txt *.docx *.odt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) found:</source>
        <translation>
            <numerusform>找到 %n 天：</numerusform>
        </translation>
    </message>
    <message>
        <source>The days found replace the itinerary&apos;s days; photos keep their day where its date stays, and dated photos go onto the new days.</source>
        <translation>找到的日期會取代目前的行程日期；日期仍存在的相片保留原日期，有拍攝時間的相片會分配到新的日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of the itinerary are not in the text and will be removed.</source>
        <translation>
            <numerusform>行程中有 %n 天不在文字中，將會移除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>zh_TW</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>相片(&amp;P)</translation>
    </message>
    <message>
        <source>Tag &amp;with</source>
        <translation>標記人員(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要工具列</translation>
    </message>
    <message>
        <source>Search captions, people, file names…</source>
        <translation>搜尋圖說、人員、檔名…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Sort: capture time</source>
        <translation>排序：拍攝時間</translation>
    </message>
    <message>
        <source>Sort: appendix order</source>
        <translation>排序：附錄順序</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>放大縮圖(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>縮小縮圖(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Captions under Photos</source>
        <translation>縮圖下顯示圖說(&amp;C)</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>縮圖大小</translation>
    </message>
    <message>
        <source>Thumbnail size (Ctrl + and Ctrl −)</source>
        <translation>縮圖大小（Ctrl + 與 Ctrl −）</translation>
    </message>
    <message>
        <source>Stac&amp;k Similar Photos</source>
        <translation>堆疊相似相片(&amp;K)</translation>
    </message>
    <message>
        <source>Show each burst of similar photos as one stack, best on top</source>
        <translation>將每組連拍的相似相片疊成一疊，最佳的一張在最上面</translation>
    </message>
    <message>
        <source>Keep Only the &amp;Best</source>
        <translation>只顯示最佳相片(&amp;B)</translation>
    </message>
    <message>
        <source>Hide all but the best photo of each group of similar photos</source>
        <translation>每組相似相片只顯示最佳的一張，其餘隱藏</translation>
    </message>
    <message>
        <source>Op&amp;en or Close Stack</source>
        <translation>展開或收合堆疊(&amp;E)</translation>
    </message>
    <message>
        <source>Tag with %1</source>
        <translation>標記 %1</translation>
    </message>
    <message>
        <source>Tag with Person %1</source>
        <translation>標記第 %1 位人員</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 項檢查提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>無法復原</translation>
    </message>
    <message>
        <source>“%1” can no longer be undone or redone: the project has changed since (for example, the same photo was imported again). Nothing was changed.</source>
        <translation>「%1」已無法復原或重做：專案在那之後已有變動（例如同一張相片又被匯入）。沒有做任何變更。</translation>
    </message>
    <message>
        <source>Restore a backup of</source>
        <translation>要還原哪個專案的備份</translation>
    </message>
    <message>
        <source>The project can be saved again.</source>
        <translation>專案又可以儲存了。</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <source>Open trip report</source>
        <translation>開啟出國報告</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>無法建立專案</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存新檔</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>無法另存新檔</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已另存為 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>匯入相片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 張相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appendix: %n photo(s)</source>
        <translation>
            <numerusform>附錄 %n 張</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>相片 (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有匯入正在進行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>已匯入 %n 張相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n 張已在專案中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>已取消匯入：%1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>file or folder not found</source>
        <translation>找不到檔案或資料夾</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>無法讀取檔案</translation>
    </message>
    <message>
        <source>not a supported photo type</source>
        <translation>不是支援的相片格式</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空白檔案（0 位元組）</translation>
    </message>
    <message>
        <source>not a photo, or a format photoapp cannot read</source>
        <translation>不是相片，或是 photoapp 無法讀取的格式</translation>
    </message>
    <message>
        <source>the file is incomplete (truncated)</source>
        <translation>檔案不完整（已截斷）</translation>
    </message>
    <message>
        <source>too many pixels (over 150 megapixels): refused as a possible decompression bomb</source>
        <translation>像素過多（超過 1.5 億像素）：可能是惡意檔案，不予匯入</translation>
    </message>
    <message>
        <source>the photo data is damaged</source>
        <translation>相片資料已損壞</translation>
    </message>
    <message>
        <source>not a photo file but a folder link, device, pipe or socket</source>
        <translation>不是相片檔，而是資料夾捷徑、裝置、管道或通訊端</translation>
    </message>
    <message>
        <source>the file is too big to be a photo (over 1 GB)</source>
        <translation>檔案太大，不可能是相片（超過 1 GB）</translation>
    </message>
    <message>
        <source>the file name is not valid text: rename the file and import it again</source>
        <translation>檔名含有無效的文字：請將檔案重新命名後再匯入</translation>
    </message>
    <message>
        <source>reading the file took too long and was given up</source>
        <translation>讀取檔案的時間過長，已放棄</translation>
    </message>
    <message>
        <source>the file changed while it was being read: import it again</source>
        <translation>讀取時檔案被修改了：請再匯入一次</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>無法讀取資料夾</translation>
    </message>
    <message>
        <source>the file could not be read (an unexpected error in its data)</source>
        <translation>無法讀取檔案（檔案資料發生非預期的錯誤）</translation>
    </message>
    <message>
        <source>the best photo of its day</source>
        <translation>當天最佳的相片</translation>
    </message>
    <message>
        <source>the best photo of another event that day</source>
        <translation>當天另一場活動最佳的相片</translation>
    </message>
    <message>
        <source>people are tagged in it</source>
        <translation>相片中有標記人員</translation>
    </message>
    <message>
        <source>one of the sharpest of a busy day</source>
        <translation>活動較多的一天中最清晰的相片之一</translation>
    </message>
    <message>
        <source>its EXIF data is damaged and was ignored</source>
        <translation>EXIF 資料已損壞，已略過</translation>
    </message>
    <message>
        <source>its capture date cannot be read, so it has no date</source>
        <translation>無法讀取拍攝日期，因此不設日期</translation>
    </message>
    <message>
        <source>its GPS data cannot be read</source>
        <translation>無法讀取 GPS 資料</translation>
    </message>
    <message>
        <source>%1 is not a photoapp project file.</source>
        <translation>%1 不是 photoapp 專案檔。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was left unchanged.</source>
        <translation>%1 已損壞，無法開啟；檔案未被更動。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of photoapp. Update photoapp to open it.</source>
        <translation>%1 是由較新版本的 photoapp 儲存，請更新 photoapp 後再開啟。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>找不到 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be used as a project file.</source>
        <translation>%1 無法作為專案檔使用。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full.</source>
        <translation>無法寫入 %1：磁碟已滿。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only.</source>
        <translation>無法寫入 %1：檔案或所在資料夾為唯讀。</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there and try again.</source>
        <translation>%1 正由其他程式使用中；請先在該程式關閉後再試一次。</translation>
    </message>
    <message>
        <source>%1 was moved, deleted or replaced while it was open.</source>
        <translation>%1 在開啟期間被移動、刪除或取代了。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁碟配額已用完</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>找不到此檔案或資料夾</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁碟發生讀寫錯誤</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>系統拒絕了這個動作</translation>
    </message>
    <message>
        <source>%1 is the project file itself; choose another file to write.</source>
        <translation>%1 就是專案檔本身；請選擇其他檔案來寫入。</translation>
    </message>
    <message>
        <source>%1 is a photo of this project; choose another file to write.</source>
        <translation>%1 是本專案的相片；請選擇其他檔案來寫入。</translation>
    </message>
    <message>
        <source>%1 already exists and is not a file of this kind; it was not replaced.</source>
        <translation>%1 已存在，且不是這種類型的檔案；沒有取代它。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是資料夾。</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist.</source>
        <translation>%1 所在的資料夾不存在。</translation>
    </message>
    <message>
        <source>has no caption</source>
        <translation>沒有圖說</translation>
    </message>
    <message>
        <source>%1 is tagged but not named in the caption</source>
        <translation>已標記 %1，但圖說中沒有提到</translation>
    </message>
    <message>
        <source>%1 is named in the caption but not tagged</source>
        <translation>圖說中提到 %1，但沒有標記</translation>
    </message>
    <message>
        <source>has the same caption as another photo</source>
        <translation>圖說與另一張相片相同</translation>
    </message>
    <message>
        <source>caption has no Chinese text</source>
        <translation>圖說沒有中文</translation>
    </message>
    <message>
        <source>appendix numbering has a gap or a duplicate</source>
        <translation>附錄編號有缺號或重複</translation>
    </message>
    <message>
        <source>the photo file is missing</source>
        <translation>找不到相片檔案</translation>
    </message>
    <message>
        <source>the photo file has changed since it was imported</source>
        <translation>相片檔案在匯入後已被修改</translation>
    </message>
    <message>
        <source>caption is too long for its box: it is set smaller or cut with …</source>
        <translation>說明太長，放不進說明框：會縮小字級或以「…」截斷</translation>
    </message>
    <message>
        <source>prints at %2 ppi, under 150 ppi: it will look blurred on paper</source>
        <translation>列印解析度僅 %2 ppi，低於 150 ppi：印出來會模糊</translation>
    </message>
    <message>
        <source>is on no itinerary day, so its per-day number starts with 0</source>
        <translation>未排入行程的任何一天，依日編號時會以 0 開頭</translation>
    </message>
    <message>
        <source>its day&apos;s heading is printed again: that day&apos;s photos are apart</source>
        <translation>同一天的照片沒有排在一起，該日標題會再印一次</translation>
    </message>
    <message>
        <source>%n caption(s) too long for their box: set smaller or cut with …</source>
        <translation>%n 則圖說太長，放不進圖說欄：會縮小字級或以「…」截斷</translation>
    </message>
    <message>
        <source>%n photo(s) print under 150 ppi and will look blurred</source>
        <translation>%n 張相片列印解析度低於 150 ppi，印出來會模糊</translation>
    </message>
    <message>
        <source>%n photo(s) on no itinerary day: their per-day numbers start with 0</source>
        <translation>%n 張相片未排入行程，依日編號會以 0 開頭</translation>
    </message>
    <message>
        <source>Day headings will repeat: the photos of a day are not together in your order</source>
        <translation>日期標題會重複出現：同一天的相片在目前的順序中沒有排在一起</translation>
    </message>
    <message>
        <source>the first row must be: number,file,day,people,caption</source>
        <translation>第一列必須是：number,file,day,people,caption</translation>
    </message>
    <message>
        <source>no photo of the project has this file</source>
        <translation>專案中沒有這個檔案的相片</translation>
    </message>
    <message>
        <source>several photos have this file name: give the folder too</source>
        <translation>有多張相片使用這個檔名，請一併寫出資料夾</translation>
    </message>
    <message>
        <source>the number is not a whole number from 1</source>
        <translation>編號不是從 1 起的整數</translation>
    </message>
    <message>
        <source>another row has the same number</source>
        <translation>另一列使用了相同的編號</translation>
    </message>
    <message>
        <source>another row is for the same photo</source>
        <translation>另一列是同一張相片</translation>
    </message>
    <message>
        <source>the row is malformed (a stray quotation mark?) and was passed over</source>
        <translation>此列格式錯誤（多了一個引號？），已略過</translation>
    </message>
    <message>
        <source>line %1: “%2”: the weekday is wrong, %3 was a %4</source>
        <translation>第 %1 行「%2」：星期寫錯了，%3 是%4</translation>
    </message>
    <message>
        <source>line %1: “%2” looks like a date but is not a real one</source>
        <translation>第 %1 行「%2」看起來像日期，但不是有效的日期</translation>
    </message>
    <message>
        <source>line %1: “%2”: this date already has a heading</source>
        <translation>第 %1 行「%2」：這個日期已經有標題</translation>
    </message>
    <message>
        <source>line %1: “%2”: the year is not given and the trip has no dates</source>
        <translation>第 %1 行「%2」：沒有寫年份，出國報告也沒有設定日期</translation>
    </message>
    <message>
        <source>line %1: “%2” is outside the trip&apos;s dates and was left out</source>
        <translation>第 %1 行「%2」不在出國期間內，已略過</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到檔案</translation>
    </message>
    <message>
        <source>only .txt, .docx and .odt files can be read</source>
        <translation>只能讀取 .txt、.docx 與 .odt 檔案</translation>
    </message>
    <message>
        <source>the document is damaged</source>
        <translation>文件已損壞</translation>
    </message>
    <message>
        <source>the text&apos;s encoding is not UTF-8, UTF-16 or Big5</source>
        <translation>文字編碼不是 UTF-8、UTF-16 或 Big5</translation>
    </message>
    <message>
        <source>the file is far larger than a report (or a compressed bomb) and was not read</source>
        <translation>檔案遠大於一般報告（或是壓縮炸彈），未予讀取</translation>
    </message>
    <message>
        <source>the photo file is missing: an empty box keeps its place</source>
        <translation>找不到相片檔案：以空白框保留其位置</translation>
    </message>
    <message>
        <source>the photo file cannot be read: an empty box keeps its place</source>
        <translation>無法讀取相片檔案：以空白框保留其位置</translation>
    </message>
    <message>
        <source>the file cannot be written there</source>
        <translation>無法在該處寫入檔案</translation>
    </message>
    <message>
        <source>the file name must end in .odt, .docx or .pdf</source>
        <translation>檔名必須以 .odt、.docx 或 .pdf 結尾</translation>
    </message>
    <message>
        <source>cancelled: nothing was written</source>
        <translation>已取消：沒有寫入任何檔案</translation>
    </message>
    <message>
        <source>the appendix has no photos: drag photos into it first</source>
        <translation>附錄中沒有相片：請先把相片拖入附錄</translation>
    </message>
    <message>
        <source>The caption format needs {n} exactly once, and only the fields {n}, {day} and {caption}: for example 照片 {n}：{caption}.</source>
        <translation>圖說格式必須含一個 {n}，且只能使用 {n}、{day} 與 {caption} 欄位，例如：照片 {n}：{caption}。</translation>
    </message>
    <message>
        <source>Give both a Chinese and a Western font name.</source>
        <translation>請同時指定中文與西文字型名稱。</translation>
    </message>
    <message>
        <source>The resolution must be 72 to 600 dpi.</source>
        <translation>解析度必須介於 72 至 600 dpi。</translation>
    </message>
    <message>
        <source>The first page number must be at least 1.</source>
        <translation>起始頁碼至少為 1。</translation>
    </message>
    <message>
        <source>Photos a page must be 1, 2, 3, 4 or 6.</source>
        <translation>每頁相片數必須是 1、2、3、4 或 6。</translation>
    </message>
    <message>
        <source>The JPEG quality must be 30 to 95.</source>
        <translation>JPEG 品質必須介於 30 至 95。</translation>
    </message>
    <message>
        <source>the export setting %1 cannot be used: %2</source>
        <translation>匯出設定 %1 無法使用：%2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>%1 was left unfinished by a crash and must be repaired, but it cannot be written: copy it together with its -journal file to a writable folder.</source>
        <translation>%1 在儲存途中因當機而中斷，需要修復，但無法寫入：請將它連同旁邊的 -journal 檔一起複製到可寫入的資料夾。</translation>
    </message>
    <message>
        <source>the report file was not found</source>
        <translation>找不到報告檔</translation>
    </message>
    <message>
        <source>the report file cannot be read</source>
        <translation>無法讀取報告檔</translation>
    </message>
    <message>
        <source>the report is password-protected (or an old .doc): save an unprotected .docx copy</source>
        <translation>報告設有密碼保護（或是舊式 .doc 檔）：請另存一份未加密的 .docx</translation>
    </message>
    <message>
        <source>the report is damaged or not a Word or ODF text document</source>
        <translation>報告檔已損毀，或不是 Word 或 ODF 文字文件</translation>
    </message>
    <message>
        <source>the report is too large to open safely (over the size limits)</source>
        <translation>報告檔太大，無法安全開啟（超過大小上限）</translation>
    </message>
    <message>
        <source>the report contains XML declarations (DTD, entities) and was refused</source>
        <translation>報告含有 XML 宣告（DTD、實體），已拒絕開啟</translation>
    </message>
    <message>
        <source>the file is not a document of the kind its name says</source>
        <translation>檔案內容與副檔名所示的文件類型不符</translation>
    </message>
    <message>
        <source>the report must be a .docx or .odt file</source>
        <translation>報告必須是 .docx 或 .odt 檔</translation>
    </message>
    <message>
        <source>The report has more than one photo appendix heading: %1. Choose one with --after &quot;TEXT&quot;.</source>
        <translation>報告中有不只一個照片附錄標題：%1。請用 --after &quot;文字&quot; 指定其中一個。</translation>
    </message>
    <message>
        <source>No paragraph of the report reads 「%1」.</source>
        <translation>報告中沒有內容為「%1」的段落。</translation>
    </message>
    <message>
        <source>the file is not there any more: choose it again in Export.</source>
        <translation>檔案已不在原處：請在「匯出」中重新選擇。</translation>
    </message>
    <message>
        <source>Paragraph %1, 「%2」: that photo is now Photo %3.</source>
        <translation>第 %1 段「%2」：那張照片現在是照片 %3。</translation>
    </message>
    <message>
        <source>Paragraph %1, 「%2」: that photo is no longer in the appendix.</source>
        <translation>第 %1 段「%2」：那張照片已不在附錄中。</translation>
    </message>
    <message>
        <source>Paragraph %1, 「%2」: no photo of the appendix has this number.</source>
        <translation>第 %1 段「%2」：附錄中沒有這個編號的照片。</translation>
    </message>
    <message>
        <source>another program is using the project file</source>
        <translation>另一個程式正在使用專案檔案</translation>
    </message>
    <message>
        <source>the project file was deleted, moved or replaced while it was open</source>
        <translation>專案檔案在開啟期間被刪除、移動或取代</translation>
    </message>
    <message>
        <source>the project file or its folder is read-only</source>
        <translation>專案檔案或其資料夾為唯讀</translation>
    </message>
    <message>
        <source>the project file cannot be written</source>
        <translation>無法寫入專案檔案</translation>
    </message>
    <message>
        <source>Not saved: “%1”, because %2.</source>
        <translation>未儲存：「%1」，因為%2。</translation>
    </message>
    <message>
        <source>Make space on the disk, then Retry; or save a copy on another disk.</source>
        <translation>請清出磁碟空間後按「重試」，或另存新檔到其他磁碟。</translation>
    </message>
    <message>
        <source>Close the other program, then Retry; or save a copy.</source>
        <translation>請關閉另一個程式後按「重試」，或另存新檔。</translation>
    </message>
    <message>
        <source>Save a copy to keep the project as it is shown here, and go on editing the copy.</source>
        <translation>請另存新檔，保留此處顯示的專案內容，並繼續編輯新檔。</translation>
    </message>
    <message>
        <source>Save a copy to go on editing, or make the file writable and Retry.</source>
        <translation>請另存新檔以繼續編輯，或讓檔案可以寫入後按「重試」。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>沒有權限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>這是資料夾</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路徑中有一部分不是資料夾</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名稱太長</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New trip report</source>
        <translation>新增出國報告</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Project &amp;file:</source>
        <translation>專案檔(&amp;F)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Choose where to save the project file.</source>
        <translation>請選擇專案檔的儲存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 already exists: choose another file name.</source>
        <translation>%1 已存在，請使用其他檔名。</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>新專案儲存為</translation>
    </message>
    <message>
        <source>photoapp projects (*.photoapp)</source>
        <translation>photoapp 專案 (*.photoapp)</translation>
    </message>
    <message>
        <source>Trip report</source>
        <translation>出國報告</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1 already exists and is not a file of this kind. Replace it?</source>
        <translation>%1 已存在，且不是這種類型的檔案。要取代它嗎？</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>No pages</source>
        <translation>沒有頁面</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>In captions: %1</source>
        <translation>圖說中寫作：%1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>編輯人員</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>How captions name this person, e.g. with the job title. Empty: the name.</source>
        <translation>圖說中對此人的稱呼，例如加上職稱；空白則使用姓名。</translation>
    </message>
    <message>
        <source>The name as written in the person&apos;s own language, e.g. 권선택.</source>
        <translation>此人母語的寫法，例如 권선택。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>職稱(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>機關(&amp;O)：</translation>
    </message>
    <message>
        <source>In &amp;captions:</source>
        <translation>圖說稱呼(&amp;C)：</translation>
    </message>
    <message>
        <source>Name in original &amp;language:</source>
        <translation>原文姓名(&amp;L)：</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>請輸入姓名。</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message numerus="yes">
        <source>The best of %n similar photos</source>
        <translation>
            <numerusform>%n 張相似相片中最佳的一張</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One of %n similar photos</source>
        <translation>
            <numerusform>%n 張相似相片之一</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n photo(s) with %1 people</source>
        <translation>
            <numerusform>將 %n 張相片標記 %1 位人員</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>The new language applies when photoapp next starts.</source>
        <translation>新的語言會在下次啟動 photoapp 時套用。</translation>
    </message>
    <message>
        <source>Minguo 民國 (%1)</source>
        <translation>民國（%1）</translation>
    </message>
    <message>
        <source>Gregorian 西元 (%1)</source>
        <translation>西元（%1）</translation>
    </message>
    <message>
        <source>Used wherever dates are written in Chinese.</source>
        <translation>用於所有以中文書寫的日期。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Written as the author in the properties of the exported documents</source>
        <translation>寫入匯出文件內容中的作者欄位</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Date style:</source>
        <translation>日期格式：</translation>
    </message>
    <message>
        <source>&amp;Author of exported documents:</source>
        <translation>匯出文件的作者(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>This photo cannot be shown</source>
        <translation>無法顯示這張相片</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>匯入 %n 張相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n photo(s) with %1</source>
        <translation>
            <numerusform>將 %n 張相片標記為 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n photo(s)</source>
        <translation>
            <numerusform>從 %n 張相片移除 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n photo(s)</source>
        <translation>
            <numerusform>取消 %n 張相片的日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) to %1</source>
        <translation>
            <numerusform>將 %n 張相片移到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s) to the appendix</source>
        <translation>
            <numerusform>將 %n 張相片加入附錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use the suggested appendix of %n photo(s)</source>
        <translation>
            <numerusform>採用建議的 %n 張附錄相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n photo(s) from the appendix</source>
        <translation>
            <numerusform>從附錄移除 %n 張相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s) from the project</source>
        <translation>
            <numerusform>從專案刪除 %n 張相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Find %n missing photo(s)</source>
        <translation>
            <numerusform>尋找 %n 張遺失的相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n photo(s) on their days</source>
        <translation>
            <numerusform>將 %n 張相片分配到拍攝日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caption %n photo(s) from a template</source>
        <translation>
            <numerusform>以範本為 %n 張相片寫圖說</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n people</source>
        <translation>
            <numerusform>新增 %n 位人員</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectTools</name>
    <message numerus="yes">
        <source>Placed %n photo(s) on their days</source>
        <translation>
            <numerusform>已將 %n 張相片分配到拍攝日期</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption from a template</source>
        <translation>以範本寫圖說</translation>
    </message>
    <message>
        <source>Select the photos to caption first.</source>
        <translation>請先選取要寫圖說的相片。</translation>
    </message>
    <message>
        <source>Merge person</source>
        <translation>合併人員</translation>
    </message>
    <message>
        <source>%1 is the same person as:</source>
        <translation>%1 與下列人員是同一人：</translation>
    </message>
    <message>
        <source>Find missing photos in folder</source>
        <translation>在資料夾中尋找遺失的相片</translation>
    </message>
    <message>
        <source>No photo of the project is missing or changed.</source>
        <translation>專案中沒有遺失或被修改的相片。</translation>
    </message>
    <message>
        <source>Found %1 of %2 missing or changed photos in %3.</source>
        <translation>在 %3 找到 %2 張遺失或被修改的相片中的 %1 張。</translation>
    </message>
    <message>
        <source>Find missing photos</source>
        <translation>尋找遺失的相片</translation>
    </message>
    <message>
        <source>Export captions</source>
        <translation>匯出圖說</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n photo(s) to %1. Edit the captions and numbers there, then import it.</source>
        <translation>
            <numerusform>已將 %n 張相片寫入 %1。請在試算表中編輯圖說與編號，再匯入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import captions</source>
        <translation>匯入圖說</translation>
    </message>
    <message numerus="yes">
        <source>Import %n caption(s) from a spreadsheet</source>
        <translation>
            <numerusform>從試算表匯入 %n 則圖說</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 列（%2）：%3</translation>
    </message>
    <message>
        <source>Some rows were not applied:</source>
        <translation>下列各列未套用：</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a Copy…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Read-only: %1. Edits cannot be saved.</source>
        <translation>唯讀：%1，無法儲存編輯。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>photoapp keeps the last %1 states of %2 from when it was opened. The backup you choose is saved as a new project file; the current one stays as it is.</source>
        <translation>photoapp 會保留 %2 最近 %1 次開啟時的狀態。您選擇的備份會另存為新的專案檔，目前的專案檔保持不變。</translation>
    </message>
    <message>
        <source>&amp;Restore as a New File…</source>
        <translation>還原為新檔案(&amp;R)…</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>這個專案還沒有備份。</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — 無法讀取</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 張相片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s)</source>
        <translation>
            <numerusform>%n 則圖說</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 位人員</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4, %5</source>
        <translation>%1 — %2：%3、%4、%5</translation>
    </message>
    <message>
        <source>%1 (backup of %2)</source>
        <translation>%1（%2 的備份）</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>備份另存為</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Import people</source>
        <translation>匯入人員名單</translation>
    </message>
    <message>
        <source>One person a line: name, job title, organisation (separated by tabs or commas), or a spreadsheet&apos;s columns under a header row (name, title, organisation, in captions, original name).</source>
        <translation>每行一人：姓名、職稱、機關（以定位字元或逗號分隔），或含標題列的試算表欄位（姓名、職稱、機關、圖說稱呼、原文姓名）。</translation>
    </message>
    <message>
        <source>葉宜津	副市長	臺中市政府</source>
        <translation>葉宜津	副市長	臺中市政府</translation>
    </message>
    <message>
        <source>Read a .csv or .txt file (UTF-8 or Big5)</source>
        <translation>讀取 .csv 或 .txt 檔案（UTF-8 或 Big5）</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人員</translation>
    </message>
    <message>
        <source>List of people</source>
        <translation>人員名單</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>In captions</source>
        <translation>圖說稱呼</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>%1 cannot be read as UTF-8 or Big5 text.</source>
        <translation>%1 無法以 UTF-8 或 Big5 文字讀取。</translation>
    </message>
    <message>
        <source>Paste a list of people or open a file.</source>
        <translation>請貼上人員名單或開啟檔案。</translation>
    </message>
    <message>
        <source>Everyone in the list is already in the project.</source>
        <translation>名單中的人員都已在專案中。</translation>
    </message>
    <message>
        <source>Lists of people (*.csv *.txt);;All files (*)</source>
        <translation>人員名單 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>already listed</source>
        <translation>已在名單中</translation>
    </message>
    <message>
        <source>twice in the list</source>
        <translation>名單中重複</translation>
    </message>
    <message numerus="yes">
        <source>%n new people will be added.</source>
        <translation>
            <numerusform>將新增 %n 位人員。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest Appendix</source>
        <translation>建議附錄相片</translation>
    </message>
    <message>
        <source>Number of photos</source>
        <translation>相片張數</translation>
    </message>
    <message>
        <source>Suggest &amp;Again</source>
        <translation>重新建議(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Photos in the appendix:</source>
        <translation>附錄相片張數(&amp;P)：</translation>
    </message>
    <message>
        <source>Suggested photos by day</source>
        <translation>依日期排列的建議相片</translation>
    </message>
    <message>
        <source>Photos that could take its place</source>
        <translation>可替換的相片</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>替換(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from Suggestion</source>
        <translation>從建議中移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use as Appendix</source>
        <translation>作為附錄(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) suggested</source>
        <translation>
            <numerusform>建議 %n 張相片</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 days with photos covered</source>
        <translation>有相片的 %2 天中涵蓋 %1 天</translation>
    </message>
    <message>
        <source>only the best of each group of similar photos, none blurred</source>
        <translation>每組相似相片只取最佳一張，不含模糊相片</translation>
    </message>
    <message numerus="yes">
        <source>This replaces the current appendix of %n photo(s); Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>這會取代目前附錄的 %n 張相片；可用「編輯 ▸ 復原」還原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>press Suggest Again for %n photo(s) (your changes go)</source>
        <translation>
            <numerusform>按「重新建議」改為 %n 張（您的修改會取消）</numerusform>
        </translation>
    </message>
    <message>
        <source>more than asked: every day with photos gets one</source>
        <translation>多於所設張數：每個有相片的日期至少一張</translation>
    </message>
    <message>
        <source>fewer than asked: no more photos that are sharp and unlike</source>
        <translation>少於所設張數：沒有更多清晰且不重複的相片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 張相片</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on an itinerary day</source>
        <translation>不在行程日期內</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>由您選擇</translation>
    </message>
    <message>
        <source>Choose a suggested photo to see what could take its place.</source>
        <translation>選擇一張建議的相片，即可看到可替換的相片。</translation>
    </message>
    <message>
        <source>Could take the place of %1 (double-click to swap):</source>
        <translation>可替換 %1 的相片（按兩下即替換）：</translation>
    </message>
    <message>
        <source>similar to it</source>
        <translation>與它相似</translation>
    </message>
    <message>
        <source>another photo of that day</source>
        <translation>當天的其他相片</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Caption from a template</source>
        <translation>以範本寫圖說</translation>
    </message>
    <message>
        <source>{people}: the people tagged on the photo · {label}: its day&apos;s label · {date}: its day&apos;s date</source>
        <translation>{people}：相片中標記的人員 · {label}：當天的行程說明 · {date}：當天的日期</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>圖說</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>範本(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>Captions of the %n photo(s):</source>
        <translation>
            <numerusform>%n 張相片的圖說：</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the photos to caption first.</source>
        <translation>請先選取要寫圖說的相片。</translation>
    </message>
    <message>
        <source>Write a template or choose one.</source>
        <translation>請輸入或選擇範本。</translation>
    </message>
    <message>
        <source>Unknown field: the fields are {people}, {label} and {date}.</source>
        <translation>未知的欄位：可用的欄位為 {people}、{label} 與 {date}。</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（無圖說）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…另有 %n 張</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the photos already have a caption: it will be replaced (Undo brings it back).</source>
        <translation>
            <numerusform>其中 %n 張相片已有圖說，將被取代（可用復原還原）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextSourceDialog</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>開啟檔案(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <source>Reading…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>找不到檔案</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Trip details</source>
        <translation>出國報告基本資料</translation>
    </message>
    <message>
        <source>From the photos&apos; GPS</source>
        <translation>依相片 GPS 判斷</translation>
    </message>
    <message>
        <source>Where most photos with GPS were taken (offline)</source>
        <translation>依多數含 GPS 相片的拍攝地點判斷（離線）</translation>
    </message>
</context>
<context>
    <name>TripForm</name>
    <message>
        <source>I don&apos;t know the dates yet</source>
        <translation>尚未確定日期</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>報告名稱(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>機關(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>出國地點(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>出發日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>返國日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Destination time &amp;zone:</source>
        <translation>當地時區(&amp;Z)：</translation>
    </message>
    <message>
        <source>Enter the trip&apos;s title.</source>
        <translation>請輸入報告名稱。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>返國日期早於出發日期。</translation>
    </message>
    <message>
        <source>Choose the destination&apos;s time zone.</source>
        <translation>請選擇當地時區。</translation>
    </message>
    <message>
        <source>%1 is not a time zone name (for example Asia/Seoul).</source>
        <translation>%1 不是時區名稱（例如 Asia/Seoul）。</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Turns the photos of an official trip into the photo appendix of your trip report (出國報告).</source>
        <translation>將公務出國的相片整理成出國報告的照片附錄。</translation>
    </message>
    <message>
        <source>&amp;New trip report…</source>
        <translation>新增出國報告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample trip</source>
        <translation>開啟範例(&amp;S)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>The projects you open will be listed here.</source>
        <translation>開啟過的專案會列在這裡。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>+ Add day</source>
        <translation>＋ 新增日期</translation>
    </message>
    <message>
        <source>+ Add person</source>
        <translation>＋ 新增人員</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>附錄</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Drag photos here, or click “Import Photos”</source>
        <translation>把相片拖到這裡，或按「匯入相片」</translation>
    </message>
    <message>
        <source>Import Photos…</source>
        <translation>匯入相片…</translation>
    </message>
    <message>
        <source>Drag photos here to add them to the appendix</source>
        <translation>把相片拖到這裡加入附錄</translation>
    </message>
    <message numerus="yes">
        <source>Appendix: %n photo(s)</source>
        <translation>
            <numerusform>附錄：%n 張相片</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message numerus="yes">
        <source>only the best of similar photos (%n hidden)</source>
        <translation>
            <numerusform>相似相片只顯示最佳的一張（隱藏 %n 張）</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos match %1. Click ✕ above to show all photos.</source>
        <translation>沒有符合「%1」的相片。按上方的 ✕ 可顯示全部相片。</translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>刪除相片</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n photo(s) from this project? The files stay where they are.</source>
        <translation>
            <numerusform>要從此專案移除 %n 張相片嗎？檔案本身會保留在原處。</numerusform>
        </translation>
    </message>
    <message>
        <source> (tagged)</source>
        <translation>（已標記）</translation>
    </message>
    <message>
        <source>Tag with a person</source>
        <translation>標記人員</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n photo(s) with:</source>
        <translation>
            <numerusform>將 %n 張相片標記為：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>加上 --force 即可取代它。</translation>
    </message>
    <message>
        <source>Trip report photo appendix</source>
        <translation>出國報告照片附錄</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>create a project file</source>
        <translation>建立專案檔</translation>
    </message>
    <message>
        <source>IANA time zone of the destination, e.g. Asia/Seoul</source>
        <translation>目的地的 IANA 時區，例如 Asia/Seoul</translation>
    </message>
    <message>
        <source>import photo files and folders</source>
        <translation>匯入相片檔案與資料夾</translation>
    </message>
    <message>
        <source>show the whole project</source>
        <translation>顯示整個專案</translation>
    </message>
    <message>
        <source>Trip report photo appendix. Subcommands: %1</source>
        <translation>出國報告照片附錄。子命令：%1</translation>
    </message>
    <message>
        <source>project file to open</source>
        <translation>要開啟的專案檔</translation>
    </message>
    <message>
        <source>open a ready sample trip</source>
        <translation>開啟範例出國報告</translation>
    </message>
    <message>
        <source>save the window as PNG and exit</source>
        <translation>將視窗存成 PNG 後結束</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>顯示版本後結束</translation>
    </message>
    <message>
        <source>Give both --start and --end, or neither.</source>
        <translation>請同時指定 --start 與 --end，或兩者都不指定。</translation>
    </message>
    <message>
        <source>The trip ends before it starts.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>%1 is not a known time zone (e.g. Asia/Taipei).</source>
        <translation>%1 不是已知的時區（例如 Asia/Taipei）。</translation>
    </message>
    <message>
        <source>Created %1 with %2 days.</source>
        <translation>已建立 %1，共 %2 天。</translation>
    </message>
    <message>
        <source>show or change the trip&apos;s details</source>
        <translation>顯示或修改出國報告的基本資料</translation>
    </message>
    <message>
        <source>IANA time zone, or auto: where most photos with GPS were taken</source>
        <translation>IANA 時區；auto 表示依有 GPS 的相片多數拍攝地點判斷</translation>
    </message>
    <message>
        <source>No photo has GPS to find the time zone from.</source>
        <translation>沒有含 GPS 的相片可用來判斷時區。</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>匯入已中止。</translation>
    </message>
    <message>
        <source>Photos added before it stopped: %1 (import again for the rest).</source>
        <translation>中止前已加入的相片：%1 張（再匯入一次即可加入其餘相片）。</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, rejected %3.</source>
        <translation>已匯入 %1 張，重複 %2 張，無法匯入 %3 張。</translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>人員：%1</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>相片：%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>找不到檔案</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>內部錯誤：%1</translation>
    </message>
    <message>
        <source>list days, place photos on them</source>
        <translation>列出日期，並將相片分配到日期</translation>
    </message>
    <message>
        <source>list the days</source>
        <translation>列出日期</translation>
    </message>
    <message>
        <source>put every dated photo on the day it was taken</source>
        <translation>將每張有拍攝時間的相片分配到拍攝當天</translation>
    </message>
    <message>
        <source>make the days from the report&apos;s itinerary (.txt, .docx, .odt)</source>
        <translation>依報告的過程章節建立日期（.txt、.docx、.odt）</translation>
    </message>
    <message>
        <source>add a day; the unassigned photos taken on it go onto it</source>
        <translation>新增一個日期；當天拍攝且未分配的相片會放到這個日期</translation>
    </message>
    <message>
        <source>the added day&apos;s label</source>
        <translation>新增日期的說明</translation>
    </message>
    <message>
        <source>correct a camera&apos;s clock</source>
        <translation>校正相機時間</translation>
    </message>
    <message>
        <source>list the cameras</source>
        <translation>列出相機</translation>
    </message>
    <message>
        <source>the camera, as --list shows it</source>
        <translation>相機名稱（依 --list 所列）</translation>
    </message>
    <message>
        <source>e.g. +1:00, -0:30, 2h</source>
        <translation>例如 +1:00、-0:30、2h</translation>
    </message>
    <message>
        <source>when --reference was really taken: YYYY-MM-DD HH:MM[:SS]</source>
        <translation>--reference 相片實際的拍攝時間：YYYY-MM-DD HH:MM[:SS]</translation>
    </message>
    <message>
        <source>show the changes only</source>
        <translation>只顯示會有的變更</translation>
    </message>
    <message>
        <source>Added the day %1; photos placed on it: %2.</source>
        <translation>已新增日期 %1；放到這個日期的相片：%2 張。</translation>
    </message>
    <message>
        <source>Placed %1 photos on their days.</source>
        <translation>已將 %1 張相片分配到拍攝日期。</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>未分配：%1</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD.</source>
        <translation>%1 不是日期：請寫成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The trip already has a day on %1.</source>
        <translation>行程中已有 %1 這一天。</translation>
    </message>
    <message>
        <source>%1 has no day headings such as 106 年 9 月 10 日(星期日).</source>
        <translation>%1 中沒有像「106 年 9 月 10 日(星期日)」這樣的日期標題。</translation>
    </message>
    <message>
        <source>%1 is not a time shift (e.g. +1:00).</source>
        <translation>%1 不是時間調整值（例如 +1:00）。</translation>
    </message>
    <message>
        <source>Give --shift, or --actual with --reference.</source>
        <translation>請指定 --shift，或同時指定 --actual 與 --reference。</translation>
    </message>
    <message>
        <source>%1 is not a time of the form YYYY-MM-DD HH:MM.</source>
        <translation>%1 不是 YYYY-MM-DD HH:MM 格式的時間。</translation>
    </message>
    <message>
        <source>That photo has no capture time.</source>
        <translation>這張相片沒有拍攝時間。</translation>
    </message>
    <message>
        <source>No photo was taken with %1.</source>
        <translation>沒有以 %1 拍攝的相片。</translation>
    </message>
    <message>
        <source>There is no photo %1.</source>
        <translation>沒有編號 %1 的相片。</translation>
    </message>
    <message>
        <source>Would move %1 photos.</source>
        <translation>將會移動 %1 張相片。</translation>
    </message>
    <message>
        <source>Corrected the clock; moved %1 photos.</source>
        <translation>已校正時間，移動了 %1 張相片。</translation>
    </message>
    <message>
        <source>check the appendix</source>
        <translation>檢查附錄</translation>
    </message>
    <message>
        <source>captions through a spreadsheet</source>
        <translation>以試算表編輯圖說</translation>
    </message>
    <message>
        <source>replace an existing file even if it is not a CSV file</source>
        <translation>即使現有檔案不是 CSV 檔也取代它</translation>
    </message>
    <message>
        <source>list or import people</source>
        <translation>列出或匯入人員</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>%1 reminders.</source>
        <translation>共 %1 項提醒。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>已寫入 %1 列到 %2。</translation>
    </message>
    <message>
        <source>Updated %1 captions; the appendix has %2 photos.</source>
        <translation>已更新 %1 則圖說；附錄共 %2 張相片。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1 cannot be read as UTF-8, UTF-16 or Big5 text.</source>
        <translation>%1 無法以 UTF-8、UTF-16 或 Big5 文字讀取。</translation>
    </message>
    <message>
        <source>Added %1 people.</source>
        <translation>已新增 %1 位人員。</translation>
    </message>
    <message>
        <source>  ✗ line %1: malformed (a stray quotation mark?), passed over</source>
        <translation>  ✗ 第 %1 行：格式錯誤（多了一個引號？），已略過</translation>
    </message>
    <message>
        <source>Give the ids of two different people.</source>
        <translation>請提供兩位不同人員的編號。</translation>
    </message>
    <message>
        <source>write the appendix document</source>
        <translation>匯出附錄文件</translation>
    </message>
    <message>
        <source>replace an existing file even if it is not a document of its kind</source>
        <translation>即使現有檔案不是同類型的文件也取代它</translation>
    </message>
    <message>
        <source>Write the photo appendix as ODT, DOCX and/or PDF. Options not given keep the settings the project was last exported with.</source>
        <translation>將照片附錄寫成 ODT、DOCX 或 PDF。未指定的選項沿用專案上次匯出時的設定。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>專案檔。</translation>
    </message>
    <message>
        <source>The document to write, OUT.odt, OUT.docx or OUT.pdf; repeat for several.</source>
        <translation>要寫入的文件：OUT.odt、OUT.docx 或 OUT.pdf；可重複指定多個。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>The paper size.</source>
        <translation>紙張大小。</translation>
    </message>
    <message>
        <source>Whether the pages are upright (portrait) or turned (landscape).</source>
        <translation>頁面為直式（portrait）或橫式（landscape）。</translation>
    </message>
    <message>
        <source>The top margin in millimetres.</source>
        <translation>上邊界，單位為公釐。</translation>
    </message>
    <message>
        <source>The bottom margin in millimetres.</source>
        <translation>下邊界，單位為公釐。</translation>
    </message>
    <message>
        <source>The left margin in millimetres.</source>
        <translation>左邊界，單位為公釐。</translation>
    </message>
    <message>
        <source>The right margin in millimetres.</source>
        <translation>右邊界，單位為公釐。</translation>
    </message>
    <message>
        <source>How far the page number sits above the paper&apos;s bottom edge.</source>
        <translation>頁碼距離紙張下緣的距離，單位為公釐。</translation>
    </message>
    <message>
        <source>How many photos each page holds.</source>
        <translation>每頁放幾張照片。</translation>
    </message>
    <message>
        <source>The title on the first page; an empty text prints none.</source>
        <translation>第一頁的標題；留空則不印標題。</translation>
    </message>
    <message>
        <source>The number of the appendix&apos;s first page in the report.</source>
        <translation>附錄第一頁在報告中的頁碼。</translation>
    </message>
    <message>
        <source>How page numbers are printed, with {page} for the number; empty: none.</source>
        <translation>頁碼的印法，以 {page} 代表頁碼；留空則不印頁碼。</translation>
    </message>
    <message>
        <source>days and captions</source>
        <translation>日期與圖說</translation>
    </message>
    <message>
        <source>Put the photos of each itinerary day under a day heading.</source>
        <translation>將每個行程日的照片放在該日標題之下。</translation>
    </message>
    <message>
        <source>With days grouped, begin each day on a new page.</source>
        <translation>依日期分組時，每天從新的一頁開始。</translation>
    </message>
    <message>
        <source>With days grouped, sort the photos by day (keeping your order within a day); --no-sort-by-day keeps your order and repeats a day&apos;s heading where it returns.</source>
        <translation>依日期分組時，照片依日期排序（同一天內保留原順序）；--no-sort-by-day 保留原順序，同一天再次出現時會重印該日標題。</translation>
    </message>
    <message>
        <source>Begin with a list of the photos and their pages (照片目錄).</source>
        <translation>在開頭加上照片與其頁碼的清單（照片目錄）。</translation>
    </message>
    <message>
        <source>How captions are numbered, with {n} for the number, {day} for the day&apos;s number and {caption} for the caption, e.g. 照片 {n}：{caption}.</source>
        <translation>圖說的編號格式：{n} 為編號，{day} 為第幾天，{caption} 為圖說，例如 照片 {n}：{caption}。</translation>
    </message>
    <message>
        <source>fonts</source>
        <translation>字型</translation>
    </message>
    <message>
        <source>The font the documents name for Chinese text, e.g. 標楷體.</source>
        <translation>文件中文字所用的字型，例如 標楷體。</translation>
    </message>
    <message>
        <source>The font for Latin letters and digits, e.g. Times New Roman.</source>
        <translation>英文字母與數字所用的字型，例如 Times New Roman。</translation>
    </message>
    <message>
        <source>The size of the heading, in points.</source>
        <translation>標題字級，單位為點。</translation>
    </message>
    <message>
        <source>The size of day headings, in points.</source>
        <translation>日期標題字級，單位為點。</translation>
    </message>
    <message>
        <source>The size of captions, in points.</source>
        <translation>圖說字級，單位為點。</translation>
    </message>
    <message>
        <source>The size of page numbers, in points.</source>
        <translation>頁碼字級，單位為點。</translation>
    </message>
    <message>
        <source>photos and files</source>
        <translation>照片與檔案</translation>
    </message>
    <message>
        <source>The resolution photos are stored at, 72 to 600 pixels an inch.</source>
        <translation>照片儲存的解析度，每英寸 72 到 600 像素。</translation>
    </message>
    <message>
        <source>The JPEG quality of the stored photos, 30 to 95.</source>
        <translation>儲存照片的 JPEG 品質，30 到 95。</translation>
    </message>
    <message>
        <source>Let photos with few pixels fill their box even below 150 pixels an inch (check then names them).</source>
        <translation>讓像素不足的照片也放大填滿照片框，即使低於每英寸 150 像素（檢查時會列出）。</translation>
    </message>
    <message>
        <source>Write the PDF as PDF/A-1b, for archiving.</source>
        <translation>將 PDF 寫成 PDF/A-1b，供歸檔保存。</translation>
    </message>
    <message>
        <source>The author written in the documents&apos; properties.</source>
        <translation>寫入文件內容中的作者。</translation>
    </message>
    <message>
        <source>Print the caption list and the page count instead of writing.</source>
        <translation>只印出圖說清單與頁數，不寫入文件。</translation>
    </message>
    <message>
        <source>The appendix takes %1 pages.</source>
        <translation>附錄共 %1 頁。</translation>
    </message>
    <message>
        <source>Give the file to write with -o OUT.pdf.</source>
        <translation>請以 -o OUT.pdf 指定要寫入的檔案。</translation>
    </message>
    <message>
        <source>The same file is given twice.</source>
        <translation>同一個檔案指定了兩次。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 MB.</source>
        <translation>已寫入 %1：共 %2 頁，%3 MB。</translation>
    </message>
    <message>
        <source>caption cut with … to fit its box</source>
        <translation>圖說以「…」截斷以放入圖說欄</translation>
    </message>
    <message>
        <source>list the automatic backups of a project, or restore one</source>
        <translation>列出專案的自動備份，或還原其中一份</translation>
    </message>
    <message>
        <source>the backup to restore (1 = newest)</source>
        <translation>要還原的備份（1 = 最新）</translation>
    </message>
    <message>
        <source>the new project file to restore into</source>
        <translation>還原成的新專案檔</translation>
    </message>
    <message>
        <source>Give --restore N together with -o.</source>
        <translation>請同時指定 --restore N 與 -o。</translation>
    </message>
    <message>
        <source>%1 has no backups yet.</source>
        <translation>%1 還沒有備份。</translation>
    </message>
    <message>
        <source>%1: %2 photos, %3 captions, %4 people</source>
        <translation>%1：%2 張相片、%3 則圖說、%4 位人員</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>There is no backup %1 (the project has %2).</source>
        <translation>沒有第 %1 份備份（此專案共有 %2 份）。</translation>
    </message>
    <message>
        <source>Give the new project file with -o NEW.photoapp.</source>
        <translation>請用 -o 新檔名.photoapp 指定新的專案檔。</translation>
    </message>
    <message>
        <source>A project file name must end in %1 (e.g. %2).</source>
        <translation>專案檔名必須以 %1 結尾（例如 %2）。</translation>
    </message>
    <message>
        <source>Restored the backup of %1 as %2.</source>
        <translation>已將 %1 的備份還原為 %2。</translation>
    </message>
    <message>
        <source>put the appendix into this report (.docx or .odt)</source>
        <translation>將附錄放入這份報告（.docx 或 .odt）</translation>
    </message>
    <message>
        <source>the heading or paragraph the appendix goes after</source>
        <translation>附錄要接在哪個標題或段落之後</translation>
    </message>
    <message>
        <source>give the text&apos;s photo references their photos&apos; new numbers</source>
        <translation>將內文中的照片編號改為照片的新編號</translation>
    </message>
    <message>
        <source>write into the report itself (a backup copy is kept beside it)</source>
        <translation>直接寫入報告本身（會在同一資料夾保留備份）</translation>
    </message>
    <message>
        <source>check the photo references in this report&apos;s text</source>
        <translation>檢查這份報告內文中的照片編號</translation>
    </message>
    <message>
        <source>%1 photo references to look at.</source>
        <translation>共 %1 處照片編號需要確認。</translation>
    </message>
    <message>
        <source>Give one file to write with --into.</source>
        <translation>使用 --into 時請只指定一個輸出檔。</translation>
    </message>
    <message>
        <source>Give the file to write with -o OUT.docx.</source>
        <translation>請以 -o 輸出檔.docx 指定要寫入的檔案。</translation>
    </message>
    <message>
        <source>The report itself is never overwritten; add --in-place to do so.</source>
        <translation>不會覆寫報告本身；若確定要覆寫，請加上 --in-place。</translation>
    </message>
    <message>
        <source>The appendix replaces what followed %1.</source>
        <translation>附錄已取代「%1」之後的內容。</translation>
    </message>
    <message>
        <source>No photo appendix was found: it was added at the end.</source>
        <translation>找不到照片附錄：已加在文件最後。</translation>
    </message>
    <message>
        <source>Wrote %1. Appendix pages: %2; size: %3 MB.</source>
        <translation>已寫入 %1。附錄頁數：%2；檔案大小：%3 MB。</translation>
    </message>
    <message>
        <source>Photo numbers changed in the text: %1.</source>
        <translation>內文中已更新的照片編號：%1 處。</translation>
    </message>
    <message>
        <source>The report as it was is kept as %1.</source>
        <translation>原本的報告已保留為 %1。</translation>
    </message>
    <message>
        <source>find missing or changed photos in a folder, by their content</source>
        <translation>依內容在資料夾中尋找遺失或被修改的相片</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是資料夾。</translation>
    </message>
    <message>
        <source>Found %1 of %2 missing or changed photos (%3 files searched).</source>
        <translation>找到 %2 張遺失或被修改的相片中的 %1 張（搜尋了 %3 個檔案）。</translation>
    </message>
    <message>
        <source>list the groups of similar photos (bursts) and the best of each</source>
        <translation>列出相似相片的群組（連拍）及各組最佳的一張</translation>
    </message>
    <message>
        <source>No similar photos.</source>
        <translation>沒有相似的相片。</translation>
    </message>
    <message>
        <source>Groups of similar photos: %1 (photos in them: %2)</source>
        <translation>相似相片群組：%1 組（共 %2 張相片）</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>第 %1 組：</translation>
    </message>
    <message>
        <source>★ the best of each group; the number is its sharpness.</source>
        <translation>★ 為各組最佳的一張；數字為清晰度。</translation>
    </message>
    <message>
        <source>suggest the photos for the appendix (every day, no blurred photo)</source>
        <translation>建議附錄的照片（每天至少一張，不含模糊照片）</translation>
    </message>
    <message>
        <source>how many photos (default 12)</source>
        <translation>照片張數（預設 12）</translation>
    </message>
    <message>
        <source>make the suggestion the appendix</source>
        <translation>以建議取代目前的附錄</translation>
    </message>
    <message>
        <source>--count must be at least 1.</source>
        <translation>--count 至少要為 1。</translation>
    </message>
    <message>
        <source>No photo to suggest: none, or all of them blurred or with their files missing.</source>
        <translation>沒有可建議的相片：沒有相片，或全部模糊或找不到檔案。</translation>
    </message>
    <message>
        <source>Suggested photos: %1</source>
        <translation>建議的照片：%1 張</translation>
    </message>
    <message>
        <source>The appendix is now these photos (it had %1 before).</source>
        <translation>附錄已改為這些照片（原有 %1 張）。</translation>
    </message>
</context>
</TS>
