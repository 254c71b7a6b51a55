<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Commands</name>
    <message>
        <source>Tag %n photo(s) with %1</source>
        <translation>將 %n 張相片標記為 %1</translation>
    </message>
    <message>
        <source>Remove %1 from %n photo(s)</source>
        <translation>從 %n 張相片移除 %1</translation>
    </message>
    <message>
        <source>Unassign %n photo(s)</source>
        <translation>取消 %n 張相片的日期</translation>
    </message>
    <message>
        <source>Move %n photo(s) to %1</source>
        <translation>將 %n 張相片移到 %1</translation>
    </message>
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
        <source>Add %n photo(s) to the appendix</source>
        <translation>將 %n 張相片加入附錄</translation>
    </message>
    <message>
        <source>Reorder the appendix</source>
        <translation>調整附錄順序</translation>
    </message>
    <message>
        <source>Remove %n photo(s) from the appendix</source>
        <translation>從附錄移除 %n 張相片</translation>
    </message>
    <message>
        <source>Delete %n photo(s) from the project</source>
        <translation>從專案刪除 %n 張相片</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>en</source>
        <translation>zh_TW</translation>
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
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>In captions: %1</source>
        <translation>圖說中寫作：%1</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message numerus="yes">
        <source>Tag %n photo(s) with %1 people</source>
        <translation>
            <numerusform>將 %n 張相片標記 %1 位人員</numerusform>
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
</context>
</TS>
