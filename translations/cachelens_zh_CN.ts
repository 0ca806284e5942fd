<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Archiver</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Could not write %1 to the archive %2: %3</source>
        <translation>无法将 %1 写入归档 %2：%3</translation>
    </message>
    <message>
        <source>No archive is open to add %1 to.</source>
        <translation>没有打开的归档可供添加 %1。</translation>
    </message>
    <message>
        <source>“%1” cannot be stored in an archive: it is not a relative path.</source>
        <translation>“%1”无法存入归档：它不是相对路径。</translation>
    </message>
    <message>
        <source>%1 is already in the archive.</source>
        <translation>%1 已在归档中。</translation>
    </message>
    <message>
        <source>This archive writer was already used.</source>
        <translation>此归档写入器已被使用过。</translation>
    </message>
    <message>
        <source>Could not create the archive %1: %2</source>
        <translation>无法创建归档 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 changed while it was being archived.</source>
        <translation>%1 在归档过程中发生了变化。</translation>
    </message>
    <message>
        <source>Archiving was cancelled.</source>
        <translation>归档已取消。</translation>
    </message>
    <message>
        <source>The symlink %1 has no usable target.</source>
        <translation>符号链接 %1 没有可用的目标。</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>没有打开的归档。</translation>
    </message>
    <message>
        <source>The archive %1 was not completed and has been removed: %2</source>
        <translation>归档 %1 未完成，已被删除：%2</translation>
    </message>
    <message>
        <source>Could not complete the archive %1 (it has been removed): %2</source>
        <translation>无法完成归档 %1（已被删除）：%2</translation>
    </message>
    <message>
        <source>Could not open the archive %1: %2</source>
        <translation>无法打开归档 %1：%2</translation>
    </message>
    <message>
        <source>The archive %1 cannot be read: %2</source>
        <translation>无法读取归档 %1：%2</translation>
    </message>
    <message>
        <source>The archive %1 is damaged: %2</source>
        <translation>归档 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The archive %1 is damaged at %2: %3</source>
        <translation>归档 %1 在 %2 处已损坏：%3</translation>
    </message>
    <message>
        <source>The archive %1 holds %2, which was not written to it.</source>
        <translation>归档 %1 中含有 %2，但它并未被写入。</translation>
    </message>
    <message>
        <source>The archive %1 holds %2 twice.</source>
        <translation>归档 %1 中 %2 出现了两次。</translation>
    </message>
    <message>
        <source>%1 has the wrong type in the archive %2.</source>
        <translation>%1 在归档 %2 中的类型不正确。</translation>
    </message>
    <message>
        <source>The symlink %1 points elsewhere in the archive %2.</source>
        <translation>符号链接 %1 在归档 %2 中指向了别处。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes in the archive %3, %4 were written.</source>
        <translation>%1 在归档 %3 中为 %2 字节，写入的是 %4 字节。</translation>
    </message>
    <message>
        <source>Checking the archive %1 was cancelled.</source>
        <translation>检查归档 %1 已取消。</translation>
    </message>
    <message>
        <source>The data of %1 in the archive %2 differs from what was written.</source>
        <translation>归档 %2 中 %1 的数据与写入的内容不一致。</translation>
    </message>
    <message>
        <source>%1 is missing from the archive %2.</source>
        <translation>归档 %2 中缺少 %1。</translation>
    </message>
</context>
<context>
    <name>ArgParser</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes no value</source>
        <translation>选项“%1”不接受值</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value (%2)</source>
        <translation>选项“%1”需要一个值（%2）</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; given more than once</source>
        <translation>选项“%1”重复给出</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CacheLens::AboutDialog</name>
    <message>
        <source>About CacheLens</source>
        <translation>关于 CacheLens</translation>
    </message>
    <message>
        <source>A disk-space analyzer that knows what machine-learning tools leave on disk.</source>
        <translation>一款了解机器学习工具会在磁盘上留下什么的磁盘空间分析器。</translation>
    </message>
    <message>
        <source>CacheLens is free software under the %1 licence. It is built on:</source>
        <translation>CacheLens 是自由软件，采用 %1 许可证。它基于：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Every feature also runs without a screen: see %1 or %2.</source>
        <extracomment>%1 and %2 are commands, shown as code.</extracomment>
        <translation>所有功能也可以在没有屏幕的情况下运行：参见 %1 或 %2。</translation>
    </message>
</context>
<context>
    <name>CacheLens::AlertBanner</name>
    <message>
        <source>Show &amp;Disk</source>
        <translation>显示磁盘(&amp;D)</translation>
    </message>
    <message>
        <source>Open the Disk view: every volume, how full it is and how fast it fills</source>
        <translation>打开磁盘视图：每个卷的占用程度及其增长速度</translation>
    </message>
    <message>
        <source>&amp;Clean Up...</source>
        <translation>清理(&amp;C)...</translation>
    </message>
    <message>
        <source>Choose what to remove and preview exactly what goes</source>
        <translation>选择要删除的内容，并准确预览将删除什么</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>CacheLens::BreadcrumbBar</name>
    <message numerus="yes">
        <source>All %Ln folders</source>
        <translation>
            <numerusform>全部 %Ln 个文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every scanned folder</source>
        <translation>显示所有已扫描的文件夹</translation>
    </message>
</context>
<context>
    <name>CacheLens::CachesPanel</name>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Known ML caches inside the scanned folders; click one to show it in the tree</source>
        <translation>扫描的文件夹中已知的 ML 缓存；点击其中一个即可在树中显示它</translation>
    </message>
    <message>
        <source>No known ML cache lies inside the scanned folders.</source>
        <translation>扫描的文件夹中没有已知的 ML 缓存。</translation>
    </message>
    <message>
        <source>Scan ML Caches</source>
        <translation>扫描 ML 缓存</translation>
    </message>
    <message>
        <source>Scan every cache location CacheLens knows on this machine</source>
        <translation>扫描 CacheLens 已知的本机所有缓存位置</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>The default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>由 %1 设置</translation>
    </message>
</context>
<context>
    <name>CacheLens::CategoryLegend</name>
    <message>
        <source>Bytes in each ML category across the whole scan, with their share</source>
        <translation>整个扫描中各机器学习类别所占的字节数及其比例</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#9632;&lt;/span&gt;&amp;nbsp;%2&amp;nbsp;%3&amp;nbsp;(%4&amp;nbsp;%)</source>
        <extracomment>One legend entry: a colour swatch, a category, its size and its share of the scan.</extracomment>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#9632;&lt;/span&gt;&amp;nbsp;%2&amp;nbsp;%3&amp;nbsp;(%4&amp;nbsp;%)</translation>
    </message>
</context>
<context>
    <name>CacheLens::ChoosePage</name>
    <message>
        <source>%1 re-creates what it needs on next use; only time is lost.</source>
        <translation>%1 会在下次使用时重新生成所需内容，只损失时间。</translation>
    </message>
    <message>
        <source>Re-downloaded by %1 on next use: costs time and bandwidth, so look at the preview.</source>
        <translation>下次使用时由 %1 重新下载：耗费时间和带宽，请查看预览。</translation>
    </message>
    <message>
        <source>May hold work of yours that cannot be downloaded again: check the preview.</source>
        <translation>可能包含无法再次下载的您自己的成果：请检查预览。</translation>
    </message>
    <message>
        <source>What should be cleaned up?</source>
        <translation>要清理什么？</translation>
    </message>
    <message>
        <source>Tick what to look for. Nothing is removed yet: the next page lists every item found, and you choose again there.</source>
        <translation>勾选要查找的内容。此时不会删除任何东西：下一页会列出找到的每一项，您可以在那里再次选择。</translation>
    </message>
    <message>
        <source>Interrupted downloads and temporary files</source>
        <translation>中断的下载和临时文件</translation>
    </message>
    <message>
        <source>*.incomplete, *.part and *.tmp files and stale compiler folders: tools start them again.</source>
        <translation>*.incomplete、*.part 和 *.tmp 文件以及过期的编译器文件夹：工具会重新生成它们。</translation>
    </message>
    <message>
        <source>Old Hugging Face revisions</source>
        <translation>旧的 Hugging Face 修订版本</translation>
    </message>
    <message>
        <source>Revisions no branch or tag points to any more; re-downloaded from the Hub only if a script pins them.</source>
        <translation>不再有分支或标签指向的修订版本；只有当脚本固定使用它们时才会从 Hub 重新下载。</translation>
    </message>
    <message>
        <source>Hugging Face models and datasets not used for</source>
        <translation>Hugging Face 模型和数据集，未使用超过</translation>
    </message>
    <message>
        <source>Re-downloaded from the Hub on next use, which can take long for big models.</source>
        <translation>下次使用时从 Hub 重新下载，大模型可能需要很长时间。</translation>
    </message>
    <message>
        <source>Everything in the %1 cache</source>
        <translation>%1 缓存中的全部内容</translation>
    </message>
    <message>
        <source>Training checkpoints, keeping the newest</source>
        <translation>训练检查点，保留最新的</translation>
    </message>
    <message>
        <source>Your own training output: the newest of each run and the best one stay; the rest cannot be re-created without training again.</source>
        <translation>您自己的训练产出：每次运行最新的和最佳的检查点会保留；其余的只有重新训练才能得到。</translation>
    </message>
    <message>
        <source>Training logs not changed for</source>
        <translation>训练日志，未修改超过</translation>
    </message>
    <message>
        <source>TensorBoard, W&amp;B, MLflow and Lightning logs: your records, not re-creatable. Runs that hold checkpoints are left out.</source>
        <translation>TensorBoard、W&amp;B、MLflow 和 Lightning 日志：是您的记录，无法重新生成。含有检查点的运行不包括在内。</translation>
    </message>
    <message>
        <source>Folder holding your training runs</source>
        <translation>存放训练运行的文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)...</translation>
    </message>
    <message>
        <source>Checkpoints and logs are looked for in:</source>
        <translation>在此查找检查点和日志：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Chosen in a view: %1</source>
        <translation>在视图中选择：%1</translation>
    </message>
    <message>
        <source>Picked by you. It is listed with its exact size on the next page before anything happens.</source>
        <translation>由您选择。执行任何操作之前，它会以确切大小列在下一页。</translation>
    </message>
    <message>
        <source>Space freed on disk: %1; in file lengths (apparent size): %2</source>
        <translation>释放的磁盘空间：%1；按文件长度（表观大小）：%2</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未找到任何内容</translation>
    </message>
    <message>
        <source>frees %1, %2</source>
        <translation>释放 %1，%2</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 项</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>needs a folder below</source>
        <translation>需要在下方指定文件夹</translation>
    </message>
    <message>
        <source>measuring...</source>
        <translation>正在测量...</translation>
    </message>
    <message>
        <source>Folder With Training Runs</source>
        <translation>存放训练运行的文件夹</translation>
    </message>
</context>
<context>
    <name>CacheLens::CleanupWizard</name>
    <message>
        <source>Clean Up</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 项</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheLens::DiskPage</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>~%1 h</source>
        <translation>约 %1 小时</translation>
    </message>
    <message>
        <source>~%1 d</source>
        <translation>约 %1 天</translation>
    </message>
    <message>
        <source>%1%2/h</source>
        <translation>%1%2/小时</translation>
    </message>
    <message>
        <source>Measuring the volumes...</source>
        <translation>正在测量各个卷...</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Full in</source>
        <translation>预计写满</translation>
    </message>
    <message>
        <source>not enough history yet for a trend</source>
        <translation>历史记录尚不足以判断趋势</translation>
    </message>
    <message>
        <source>full in %1 at %2</source>
        <translation>以 %2 的速度，%1后写满</translation>
    </message>
    <message>
        <source>not growing</source>
        <translation>未增长</translation>
    </message>
    <message>
        <source>1 volume, measured at %1</source>
        <translation>1 个卷，测量于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volumes, measured at %1</source>
        <translation>
            <numerusform>%Ln 个卷，测量于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 个需要关注</translation>
    </message>
    <message numerus="yes">
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln 个需要关注</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Select several volumes (Ctrl or Shift) to compare them in the chart</source>
        <translation>按住 Ctrl 或 Shift 选择多个卷，在图表中比较它们</translation>
    </message>
</context>
<context>
    <name>CacheLens::DiskUsageChart</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Used (GiB)</source>
        <translation>已用（GiB）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>How far back the chart looks</source>
        <translation>图表回溯的时长</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>CacheLens::FileTreeModel</name>
    <message>
        <source>%1
%2 on disk, %3 apparent
%4 - %5</source>
        <translation>%1
磁盘占用 %2，表观大小 %3
%4 - %5</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1（不可读）</translation>
    </message>
    <message>
        <source>%1 (other file system)</source>
        <translation>%1（其他文件系统）</translation>
    </message>
    <message>
        <source>%1 (excluded)</source>
        <translation>%1（已排除）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>%1 and %2 below</source>
        <extracomment>%1 and %2 are counts with their nouns: &quot;1,234 files&quot;, &quot;56 folders&quot;</extracomment>
        <translation>其中有 %1、%2</translation>
    </message>
</context>
<context>
    <name>CacheLens::MainWindow</name>
    <message>
        <source>CacheLens</source>
        <translation>CacheLens</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>打开文件夹(&amp;O)...</translation>
    </message>
    <message>
        <source>Choose a folder and see what fills it (%1)</source>
        <translation>选择一个文件夹，查看是什么占满了它（%1）</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>重新扫描(&amp;R)</translation>
    </message>
    <message>
        <source>Scan the same folders again (F5)</source>
        <translation>再次扫描相同的文件夹（F5）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the scan and show what was found so far (Esc)</source>
        <translation>停止扫描并显示目前找到的内容（Esc）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Apparent Sizes</source>
        <translation>表观大小(&amp;A)</translation>
    </message>
    <message>
        <source>Show file lengths (du --apparent-size) instead of the space they take on disk (Ctrl+Shift+A)</source>
        <translation>显示文件长度（du --apparent-size），而非它们在磁盘上占用的空间（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About CacheLens</source>
        <translation>关于 CacheLens(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Scanning...</source>
        <translation>正在扫描...</translation>
    </message>
    <message>
        <source>Stopped after %1 s: partial results</source>
        <translation>%1 秒后停止：结果不完整</translation>
    </message>
    <message>
        <source>Nothing could be scanned</source>
        <translation>没有可扫描的内容</translation>
    </message>
    <message>
        <source>Nothing to undo: no cleanup moved anything to the Trash that is still there.</source>
        <translation>没有可撤销的操作：回收站中没有仍存在的、由清理移入的内容。</translation>
    </message>
    <message>
        <source>Put back %1 from the Trash.</source>
        <translation>已从回收站放回 %1。</translation>
    </message>
    <message>
        <source>Put back %1 from the Trash; %2 could not be restored.</source>
        <translation>已从回收站放回 %1；%2 无法恢复。</translation>
    </message>
    <message>
        <source>Scan &amp;ML Caches</source>
        <translation>扫描 ML 缓存(&amp;M)</translation>
    </message>
    <message>
        <source>Scan every known ML cache on this machine (Ctrl+M)</source>
        <translation>扫描本机上所有已知的 ML 缓存（Ctrl+M）</translation>
    </message>
    <message>
        <source>Open Scan &amp;Export...</source>
        <translation>打开扫描导出文件(&amp;E)...</translation>
    </message>
    <message>
        <source>Open a scan saved with &apos;cachelens scan --export&apos;, &apos;ncdu -o&apos; or &apos;gdu -o&apos;, e.g. from a server (Ctrl+Shift+O)</source>
        <translation>打开用“cachelens scan --export”、“ncdu -o”或“gdu -o”保存的扫描结果，例如来自服务器的（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>&amp;Clean Up...</source>
        <translation>清理(&amp;C)...</translation>
    </message>
    <message>
        <source>Choose what to remove, preview exactly what goes, then move it to the Trash, archive or delete it (Ctrl+Shift+C)</source>
        <translation>选择要删除的内容，准确预览将删除什么，然后将其移到回收站、归档或删除（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Undo Last Cleanup</source>
        <translation>撤销上次清理(&amp;U)</translation>
    </message>
    <message>
        <source>Put back what the last cleanup moved to the Trash</source>
        <translation>放回上次清理移到回收站的内容</translation>
    </message>
    <message>
        <source>&amp;Disk Usage</source>
        <translation>磁盘使用情况(&amp;D)</translation>
    </message>
    <message>
        <source>Show how full each volume is and how fast it fills (%1)</source>
        <translation>显示每个卷的占用程度及其增长速度（%1）</translation>
    </message>
    <message>
        <source>&amp;Treemap</source>
        <translation>矩形树图(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sunburst</source>
        <translation>旭日图(&amp;S)</translation>
    </message>
    <message>
        <source>Show the folders as nested rectangles (%1)</source>
        <translation>以嵌套矩形显示文件夹（%1）</translation>
    </message>
    <message>
        <source>Show the folders as rings (%1)</source>
        <translation>以圆环显示文件夹（%1）</translation>
    </message>
    <message>
        <source>Open Scan Export</source>
        <translation>打开扫描导出文件</translation>
    </message>
    <message>
        <source>Scan exports (*.json *.json.gz *.gz *.zst);;All files (*)</source>
        <translation>扫描导出文件 (*.json *.json.gz *.gz *.zst);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No known ML cache was found on this machine.</source>
        <translation>本机上未找到已知的 ML 缓存。</translation>
    </message>
    <message>
        <source>Cleanup done: scanning again to show what is left</source>
        <translation>清理完成：正在重新扫描以显示剩余内容</translation>
    </message>
    <message>
        <source>Cleanup done: the views show what is left</source>
        <translation>清理完成：视图显示的是剩余内容</translation>
    </message>
    <message>
        <source>Putting back what the last cleanup moved to the Trash...</source>
        <translation>正在放回上次清理移到回收站的内容...</translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <translation>显示工具栏(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Look for Reclaimable Space</source>
        <translation>查找可回收空间(&amp;L)</translation>
    </message>
    <message>
        <source>Measure in the background what the cleanup wizard could free in the ML caches, as a scheduled scan does; nothing is deleted (Ctrl+Shift+R)</source>
        <translation>在后台测量清理向导能在 ML 缓存中释放多少空间，与计划扫描相同；不会删除任何内容（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Looking for reclaimable space in the ML caches...</source>
        <translation>正在 ML 缓存中查找可回收空间...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>Monitoring levels, tray, start at login, scheduled scans and views (Ctrl+,)</source>
        <translation>监视级别、托盘、登录时启动、计划扫描和视图（Ctrl+,）</translation>
    </message>
    <message>
        <source>Close the window and stop monitoring (Ctrl+Q)</source>
        <translation>关闭窗口并停止监视（Ctrl+Q）</translation>
    </message>
    <message>
        <source>Deci&amp;mal Units (GB)</source>
        <translation>十进制单位 (GB)(&amp;M)</translation>
    </message>
    <message>
        <source>Show sizes in powers of 1000 (kB, MB, GB, as disk vendors and some file managers do) instead of 1024 (KiB, MiB, GiB, as du -h) (%1)</source>
        <translation>以 1000 的幂显示大小（kB、MB、GB，与磁盘厂商和部分文件管理器一致），而非 1024 的幂（KiB、MiB、GiB，与 du -h 一致）（%1）</translation>
    </message>
    <message>
        <source>&amp;Caches</source>
        <translation>缓存(&amp;C)</translation>
    </message>
    <message>
        <source>List the known ML caches in this scan with their sizes (%1)</source>
        <translation>列出此次扫描中已知的 ML 缓存及其大小（%1）</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>最近打开(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>清除最近记录(&amp;C)</translation>
    </message>
    <message>
        <source>%1 is excluded from scans from now on.</source>
        <translation>从现在起，扫描将排除 %1。</translation>
    </message>
    <message>
        <source>Looked in the ML caches: nothing to reclaim.</source>
        <translation>已检查 ML 缓存：没有可回收的空间。</translation>
    </message>
    <message>
        <source>Looking in the ML caches failed: %1</source>
        <translation>检查 ML 缓存失败：%1</translation>
    </message>
    <message>
        <source>Looked in the ML caches: %1 could be reclaimed.</source>
        <translation>已检查 ML 缓存：可回收 %1。</translation>
    </message>
    <message>
        <source>All of it is safe to delete (re-creatable caches and interrupted downloads). Open the cleanup wizard to see it.</source>
        <translation>全部都可以安全删除（可重新生成的缓存和中断的下载）。打开清理向导即可查看。</translation>
    </message>
    <message>
        <source>%1 of it is safe to delete (re-creatable caches); the rest is Hugging Face models to review. Open the cleanup wizard to see it.</source>
        <translation>其中 %1 可以安全删除（可重新生成的缓存）；其余是需要先检查的 Hugging Face 模型。打开清理向导即可查看。</translation>
    </message>
    <message>
        <source>Old Hugging Face revisions and models nobody used for a while: review them in the cleanup wizard.</source>
        <translation>旧的 Hugging Face 修订版本和一段时间无人使用的模型：请在清理向导中检查。</translation>
    </message>
    <message>
        <source>ML caches: %1 reclaimable</source>
        <translation>ML 缓存：可回收 %1</translation>
    </message>
    <message>
        <source>CacheLens is still running</source>
        <translation>CacheLens 仍在运行</translation>
    </message>
    <message>
        <source>It keeps watching your disks from the system tray. To stop it, choose Quit in the tray icon&apos;s menu or press Ctrl+Q in the window.</source>
        <translation>它会在系统托盘中继续监视您的磁盘。要停止它，请在托盘图标的菜单中选择“退出”，或在窗口中按 Ctrl+Q。</translation>
    </message>
    <message>
        <source>Show or hide the row of buttons under the menu</source>
        <translation>显示或隐藏菜单下方的按钮栏</translation>
    </message>
    <message>
        <source>Fill the screen with the window; the same key goes back</source>
        <translation>让窗口占满整个屏幕；再按同一个键即可恢复</translation>
    </message>
    <message>
        <source>The version, the command line&apos;s help, and the libraries CacheLens is built on</source>
        <translation>版本、命令行帮助，以及 CacheLens 所用的库</translation>
    </message>
    <message>
        <source>The version and licence of the Qt toolkit CacheLens is built with</source>
        <translation>CacheLens 所用 Qt 工具包的版本和许可证</translation>
    </message>
    <message>
        <source>Scanning: %1, %2</source>
        <extracomment>%1 is a count with its noun (&quot;1 file&quot;, &quot;12 files&quot;), %2 a size</extracomment>
        <translation>正在扫描：%1，%2</translation>
    </message>
    <message>
        <source>Scanned %1 in %2 s</source>
        <extracomment>%1 is a count with its noun (&quot;1 entry&quot;, &quot;12 entries&quot;)</extracomment>
        <translation>已扫描 %1，用时 %2 秒</translation>
    </message>
</context>
<context>
    <name>CacheLens::MethodPage</name>
    <message>
        <source>How should they go?</source>
        <translation>如何处理它们？</translation>
    </message>
    <message>
        <source>Every item is checked again just before it is touched: anything new, changed or in use by then is kept.</source>
        <translation>每一项在处理前都会再检查一次：届时新增、已更改或正在使用的内容都会保留。</translation>
    </message>
    <message>
        <source>Move to the &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Archive, then delete</source>
        <translation>归档后删除(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>永久删除(&amp;D)</translation>
    </message>
    <message>
        <source>Folder for the .tar.zst archive, e.g. on a bigger disk</source>
        <translation>存放 .tar.zst 归档的文件夹，例如在更大的磁盘上</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)...</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>我明白此操作无法撤销</translation>
    </message>
    <message>
        <source>Restorable with Undo, but frees no space until the Trash is emptied: the Trash keeps files on their own disk.</source>
        <translation>可以撤销，但在清空回收站之前不会释放空间：回收站把文件留在它们原来的磁盘上。</translation>
    </message>
    <message>
        <source>Writes everything into one compressed archive, reads it back to check it, and only then deletes what the archive verifiably holds.</source>
        <translation>将所有内容写入一个压缩归档，读回进行校验，然后只删除归档中确实包含的内容。</translation>
    </message>
    <message>
        <source>Frees the space at once. Nothing can bring the files back.</source>
        <translation>立即释放空间。文件将无法找回。</translation>
    </message>
    <message>
        <source>&amp;Clean Up</source>
        <translation>清理(&amp;C)</translation>
    </message>
    <message>
        <source>To the Trash: %1. %2 come back once you empty it.</source>
        <translation>移到回收站：%1。清空回收站后可腾出 %2。</translation>
    </message>
    <message>
        <source>Archived, then deleted: %1. About %2 freed here, minus the archive&apos;s size if it is on the same disk.</source>
        <translation>归档后删除：%1。此处约释放 %2；如果归档位于同一磁盘，还要减去归档的大小。</translation>
    </message>
    <message>
        <source>Deleted for good: %1. %2 freed.</source>
        <translation>永久删除：%1。释放 %2。</translation>
    </message>
    <message>
        <source>Archive Folder</source>
        <translation>归档文件夹</translation>
    </message>
    <message>
        <source>The free space there cannot be read.</source>
        <translation>无法读取那里的可用空间。</translation>
    </message>
    <message>
        <source>%1 free there.</source>
        <translation>那里有 %1 可用空间。</translation>
    </message>
    <message>
        <source>%1 free there; the archive may need up to %2 (less once compressed). If it does not fit, nothing is deleted.</source>
        <translation>那里有 %1 可用空间；归档最多可能需要 %2（压缩后会更少）。如果放不下，则不会删除任何内容。</translation>
    </message>
</context>
<context>
    <name>CacheLens::Notifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>CacheLens</source>
        <translation>CacheLens</translation>
    </message>
</context>
<context>
    <name>CacheLens::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>监视(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>桌面(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Scheduled Scans</source>
        <translation>计划扫描(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Save and use these settings, keeping this window open</source>
        <translation>保存并使用这些设置，此窗口保持打开</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language of menus and messages; the system default follows your desktop&apos;s</source>
        <translation>菜单和消息的语言；“系统默认”跟随桌面的语言</translation>
    </message>
    <message>
        <source>A new language takes effect the next time CacheLens starts.</source>
        <translation>新语言将在下次启动 CacheLens 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the free space of every volume is measured for the Disk view and alerts</source>
        <translation>为磁盘视图和警报测量每个卷可用空间的频率</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A volume this full (as df&apos;s Use%) is shown in warning and you are notified once</source>
        <translation>占用达到此值（即 df 的 Use%）的卷显示为警告状态，并通知您一次</translation>
    </message>
    <message>
        <source>A volume this full is critical; must not be below the warning level</source>
        <translation>占用达到此值的卷为严重状态；不得低于警告级别</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Warn when, at the rate it has been filling, a volume will be full within this many hours, however empty it is now; 0 turns this off</source>
        <translation>按卷目前的增长速度，如果它将在这么多小时内写满，则发出警告，无论它现在有多空；0 表示关闭</translation>
    </message>
    <message>
        <source>0 h turns the warning by time off. The Disk view and the tray use these levels at once; &apos;cachelens monitor&apos; has its own options.</source>
        <translation>0 小时表示关闭按时间的警告。磁盘视图和托盘会立即使用这些级别；“cachelens monitor”有自己的选项。</translation>
    </message>
    <message>
        <source>Measure the volumes &amp;every:</source>
        <translation>测量卷的间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Warning when a volume is fuller than:</source>
        <translation>卷的占用超过此值时警告(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Critical when a volume is fuller than:</source>
        <translation>卷的占用超过此值时为严重(&amp;C)：</translation>
    </message>
    <message>
        <source>Warn when a volume will be &amp;full within:</source>
        <translation>卷将在此时间内写满时警告(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>关闭窗口后继续在系统托盘中运行(&amp;K)</translation>
    </message>
    <message>
        <source>Closing the window hides it; monitoring and scheduled scans go on. Quit from the tray menu or with Ctrl+Q.</source>
        <translation>关闭窗口只会将其隐藏；监视和计划扫描将继续进行。可从托盘菜单或按 Ctrl+Q 退出。</translation>
    </message>
    <message>
        <source>Start &amp;minimised (in the tray)</source>
        <translation>启动时最小化到托盘(&amp;M)</translation>
    </message>
    <message>
        <source>Open no window at start; click the tray icon to show it</source>
        <translation>启动时不打开窗口；点击托盘图标即可显示</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>登录时启动(&amp;L)</translation>
    </message>
    <message>
        <source>Adds CacheLens to your desktop&apos;s autostart, started in the tray:
%1</source>
        <translation>将 CacheLens 添加到桌面的自动启动项，启动后位于托盘中：
%1</translation>
    </message>
    <message>
        <source>The tray options take effect only where the desktop has a system tray; without one, closing the window quits.</source>
        <translation>托盘选项仅在桌面提供系统托盘时生效；没有系统托盘时，关闭窗口即退出。</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>每隔(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation>每天(&amp;D)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours between two scheduled scans</source>
        <translation>两次计划扫描之间的小时数</translation>
    </message>
    <message>
        <source>Local time; a scan missed while the computer was off runs soon after CacheLens starts, once</source>
        <translation>本地时间；计算机关机期间错过的扫描会在 CacheLens 启动后不久补做一次</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>立即检查(&amp;N)</translation>
    </message>
    <message>
        <source>Measure now what could be reclaimed, whatever the schedule</source>
        <translation>不论计划如何，立即测量可回收的空间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>可回收</translation>
    </message>
    <message>
        <source>Safe to delete</source>
        <translation>可安全删除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recent scans, newest first; hover a row for what each kind of item would free</source>
        <translation>最近的扫描，最新的在前；将鼠标悬停在某一行上可查看每类项目能释放多少空间</translation>
    </message>
    <message>
        <source>A scheduled scan measures what the cleanup wizard would free in the ML caches: interrupted downloads, package and compiler caches, Hugging Face revisions no branch points to and models unused for %1 days. It notifies you when there is something, and never deletes anything. It runs while CacheLens runs, in the tray too.</source>
        <translation>计划扫描会测量清理向导能在 ML 缓存中释放的空间：中断的下载、软件包和编译器缓存、没有分支指向的 Hugging Face 修订版本，以及 %1 天未使用的模型。发现可回收的内容时会通知您，但从不删除任何内容。只要 CacheLens 在运行（包括在托盘中），它就会运行。</translation>
    </message>
    <message>
        <source>Recent scans:</source>
        <translation>最近的扫描：</translation>
    </message>
    <message>
        <source>Cushions</source>
        <translation>立体</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Cushions shade each tile so nesting shows; flat tiles are plain colours</source>
        <translation>立体图块带有明暗，使嵌套层次一目了然；平面图块只是纯色</translation>
    </message>
    <message>
        <source>How many folder levels the sunburst shows around its centre</source>
        <translation>旭日图在中心周围显示的文件夹层数</translation>
    </message>
    <message>
        <source>Binary: KiB, MiB, GiB (as du -h)</source>
        <translation>二进制：KiB、MiB、GiB（与 du -h 一致）</translation>
    </message>
    <message>
        <source>Decimal: kB, MB, GB (as disk vendors)</source>
        <translation>十进制：kB、MB、GB（与磁盘厂商一致）</translation>
    </message>
    <message>
        <source>Powers of 1024 or of 1000; also View &gt; Decimal Units</source>
        <translation>1024 的幂或 1000 的幂；也可用“视图 &gt; 十进制单位”切换</translation>
    </message>
    <message>
        <source>Folders the window&apos;s scans skip (added with Exclude from Scans in a view&apos;s menu)</source>
        <translation>窗口中的扫描会跳过的文件夹（通过视图菜单中的“从扫描中排除”添加）</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Scan the selected folders again from the next scan on</source>
        <translation>从下次扫描起重新扫描所选文件夹</translation>
    </message>
    <message>
        <source>&amp;Treemap tiles:</source>
        <translation>矩形树图图块(&amp;T)：</translation>
    </message>
    <message>
        <source>Sunburst &amp;rings:</source>
        <translation>旭日图环数(&amp;R)：</translation>
    </message>
    <message>
        <source>Si&amp;zes:</source>
        <translation>大小单位(&amp;Z)：</translation>
    </message>
    <message>
        <source>E&amp;xcluded from scans:</source>
        <translation>从扫描中排除(&amp;X)：</translation>
    </message>
    <message>
        <source>The critical level (%1 %) must not be below the warning level (%2 %).</source>
        <translation>严重级别（%1 %）不得低于警告级别（%2 %）。</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>无法更改登录时启动的设置：%1</translation>
    </message>
    <message>
        <source>Next scan: %1</source>
        <translation>下次扫描：%1</translation>
    </message>
    <message>
        <source>Scanning the ML caches...</source>
        <translation>正在扫描 ML 缓存...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>took %1 s</source>
        <translation>用时 %1 秒</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Nothing to reclaim</source>
        <translation>没有可回收的空间</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light or dark windows; Follow system keeps the look your desktop gives CacheLens. Changes at once.</source>
        <translation>浅色或深色窗口；“跟随系统”保持桌面赋予 CacheLens 的外观。立即生效。</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>配色方案(&amp;H)：</translation>
    </message>
    <message>
        <source>Pa&amp;use monitoring</source>
        <translation>暂停监视(&amp;U)</translation>
    </message>
    <message>
        <source>Measure nothing and raise no alerts until this is unticked, also after a restart; the same as Pause Monitoring in the tray menu</source>
        <translation>取消勾选之前不测量、不发出警报，重启后也是如此；与托盘菜单中的“暂停监视”相同</translation>
    </message>
</context>
<context>
    <name>CacheLens::PreviewPage</name>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>In use by %1</source>
        <translation>正被 %1 使用</translation>
    </message>
    <message>
        <source>Exactly what would go</source>
        <translation>将删除的具体内容</translation>
    </message>
    <message>
        <source>Untick anything you want to keep. Items that are in use or outside the scanned folders cannot be ticked.</source>
        <translation>取消勾选您想保留的内容。正在使用或位于扫描文件夹之外的项目无法勾选。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>On Disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>选择器</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Moving to the Trash (the default) frees nothing until the Trash is emptied: choose Archive or Delete on the next page when the goal is space.</source>
        <translation>移到回收站（默认）在清空回收站之前不会释放任何空间：如果目的是腾出空间，请在下一页选择“归档”或“删除”。</translation>
    </message>
    <message>
        <source>Looking for what to clean up and measuring it...</source>
        <translation>正在查找可清理的内容并测量大小...</translation>
    </message>
    <message numerus="yes">
        <source>%1 apparent, %2 on disk, %n files</source>
        <translation>
            <numerusform>表观大小 %1，磁盘占用 %2，%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>(on a network file system: other machines may be using it)</source>
        <translation>（位于网络文件系统：其他机器可能正在使用它）</translation>
    </message>
    <message>
        <source>Nothing was found for what you ticked.</source>
        <translation>您勾选的项目未找到任何内容。</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>找到 %1。</translation>
    </message>
    <message>
        <source>%1 held by %2 (%3): %4</source>
        <translation>%1 被 %2（%3）占用：%4</translation>
    </message>
    <message>
        <source>For your information: %1 are taken by deleted files that running programs still have open; the space comes back when they close them.</source>
        <translation>供参考：%1 被正在运行的程序仍然打开着的已删除文件占用；程序关闭这些文件后空间才会释放。</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>%1 ticked: frees %2 (%3 on disk)</source>
        <translation>已勾选 %1：释放 %2（磁盘占用 %3）</translation>
    </message>
    <message>
        <source>of %1 they take: the rest is shared with files that stay (hard links, blobs other revisions use).</source>
        <translation>（共占用 %1）：其余部分与保留的文件共享（硬链接、其他修订版本使用的 blob）。</translation>
    </message>
    <message>
        <source>&amp;Stop Searching</source>
        <translation>停止搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Stop looking. Nothing has been removed; you can search again or go back.</source>
        <translation>停止查找。没有删除任何内容；您可以重新搜索或返回上一步。</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>Checking which files running programs have open...</source>
        <translation>正在检查哪些文件被运行中的程序打开...</translation>
    </message>
    <message>
        <source>Measuring what was found...</source>
        <translation>正在测量找到的内容...</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after looking at %Ln entries. Nothing is listed, because the list would be incomplete: search again, or go back and tick less.</source>
        <translation>
            <numerusform>已在查看 %Ln 个条目后停止。由于列表不完整，因此不列出任何内容：请重新搜索，或返回并少勾选一些。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>重新搜索(&amp;A)</translation>
    </message>
    <message>
        <source>Look again for what you ticked</source>
        <translation>重新查找您勾选的内容</translation>
    </message>
    <message>
        <source>%1: looking...</source>
        <translation>%1：正在查找...</translation>
    </message>
    <message numerus="yes">
        <source>%1: looked at %Ln entries in %2...</source>
        <translation>
            <numerusform>%1：已在 %2 中查看 %Ln 个条目...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheLens::RunPage</name>
    <message>
        <source>Cleaning up</source>
        <translation>正在清理</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the current entry; what is done stays done</source>
        <translation>处理完当前条目后停止；已完成的不会回退</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Open &amp;Journal</source>
        <translation>打开操作日志(&amp;J)</translation>
    </message>
    <message>
        <source>Every action of every cleanup, one JSON line each</source>
        <translation>每次清理的每个操作，每条一行 JSON</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Put back what this cleanup moved to the Trash</source>
        <translation>放回此次清理移到回收站的内容</translation>
    </message>
    <message>
        <source>Working through the plan; every item is checked again right before it is touched.</source>
        <translation>正在执行计划；每一项在处理前都会再检查一次。</translation>
    </message>
    <message>
        <source>Stopping after the current entry...</source>
        <translation>处理完当前条目后停止...</translation>
    </message>
    <message>
        <source>partly done: %1</source>
        <translation>部分完成：%1</translation>
    </message>
    <message>
        <source>Cleanup finished</source>
        <translation>清理完成</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>没有删除任何内容</translation>
    </message>
    <message>
        <source>Stopped: the items not reached yet were left alone.</source>
        <translation>已停止：尚未处理的项目保持不变。</translation>
    </message>
    <message>
        <source>%1 moved to the Trash (%2).</source>
        <translation>%1 已移到回收站（%2）。</translation>
    </message>
    <message>
        <source>The space comes back when the Trash is emptied; until then Undo puts everything back.</source>
        <translation>清空回收站后空间才会释放；在此之前，“撤销”可以放回所有内容。</translation>
    </message>
    <message>
        <source>%1 archived and deleted (%2).</source>
        <translation>%1 已归档并删除（%2）。</translation>
    </message>
    <message>
        <source>Archive (verified): %1</source>
        <translation>归档（已校验）：%1</translation>
    </message>
    <message>
        <source>%1 deleted (%2).</source>
        <translation>%1 已删除（%2）。</translation>
    </message>
    <message>
        <source>Free space on the disks involved changed by %1 (predicted: +%2; other programs writing meanwhile change the measurement).</source>
        <translation>相关磁盘上的可用空间变化了 %1（预测：+%2；期间其他程序的写入会影响测量）。</translation>
    </message>
    <message>
        <source>%1 kept, each for the reason listed:</source>
        <translation>保留了 %1，原因分别列出如下：</translation>
    </message>
    <message>
        <source>Undo: %1 put back.</source>
        <translation>撤销：已放回 %1。</translation>
    </message>
    <message>
        <source>not restored: %1: %2</source>
        <translation>未恢复：%1：%2</translation>
    </message>
</context>
<context>
    <name>CacheLens::ScanPage</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Found so far</source>
        <translation>目前已找到</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>正在开始...</translation>
    </message>
    <message>
        <source>, %1 unreadable</source>
        <translation>，%1 个不可读</translation>
    </message>
    <message>
        <source>The scan was stopped: these totals are incomplete.</source>
        <translation>扫描已停止：这些总计不完整。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries could not be read and are not counted.</source>
        <translation>
            <numerusform>%Ln 个条目无法读取，未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be scanned</source>
        <translation>没有可扫描的内容</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>矩形树图</translation>
    </message>
    <message>
        <source>Sunburst</source>
        <translation>旭日图</translation>
    </message>
    <message>
        <source>Rectangles sized by bytes, nested by folder (%1)</source>
        <translation>按字节数确定大小、按文件夹嵌套的矩形（%1）</translation>
    </message>
    <message>
        <source>Rings by folder depth, angles sized by bytes; click a folder to open it (%1)</source>
        <translation>按文件夹深度分环、按字节数确定角度；点击文件夹可打开它（%1）</translation>
    </message>
    <message>
        <source>Open the cleanup wizard with this entry chosen: it previews exactly what goes</source>
        <translation>打开清理向导并选中此条目：它会准确预览将删除的内容</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>The known ML caches inside this scan, with size, tier and files; click one to go there (%1)</source>
        <translation>此次扫描中已知的 ML 缓存及其大小、级别和文件数；点击其中一个即可跳转（%1）</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Show the folder the charts showed before (%1, Backspace)</source>
        <translation>显示图表之前显示的文件夹（%1、Backspace）</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上一级(&amp;U)</translation>
    </message>
    <message>
        <source>Show the folder that holds this one (%1)</source>
        <translation>显示包含此文件夹的上级文件夹（%1）</translation>
    </message>
    <message>
        <source>Skip this entry in future scans and drop it from the views now</source>
        <translation>以后的扫描将跳过此条目，并立即将其从视图中移除</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>复制路径(&amp;C)</translation>
    </message>
    <message>
        <source>Open in &amp;File Manager</source>
        <translation>在文件管理器中打开(&amp;F)</translation>
    </message>
    <message>
        <source>Show in T&amp;ree</source>
        <translation>在树中显示(&amp;R)</translation>
    </message>
    <message>
        <source>Open in Tree&amp;map</source>
        <translation>在矩形树图中打开(&amp;M)</translation>
    </message>
    <message>
        <source>Show in Tree&amp;map</source>
        <translation>在矩形树图中显示(&amp;M)</translation>
    </message>
    <message>
        <source>Open in Sun&amp;burst</source>
        <translation>在旭日图中打开(&amp;B)</translation>
    </message>
    <message>
        <source>Show in Sun&amp;burst</source>
        <translation>在旭日图中显示(&amp;B)</translation>
    </message>
    <message>
        <source>E&amp;xclude from Scans</source>
        <translation>从扫描中排除(&amp;X)</translation>
    </message>
    <message>
        <source>Add to C&amp;leanup...</source>
        <translation>添加到清理(&amp;L)...</translation>
    </message>
    <message>
        <source>%1, %2, %3 on disk - %4 files/s, %5 s</source>
        <extracomment>%1 and %2 are counts with their nouns (&quot;1 file&quot;, &quot;12 folders&quot;)</extracomment>
        <translation>%1，%2，磁盘占用 %3 - 每秒 %4 个文件，%5 秒</translation>
    </message>
    <message>
        <source>%1 on disk (apparent size %2) in %3.</source>
        <extracomment>%3 is a count with its noun (&quot;1 file&quot;, &quot;12 files&quot;)</extracomment>
        <translation>磁盘占用 %1（表观大小 %2），共 %3。</translation>
    </message>
</context>
<context>
    <name>CacheLens::SingleInstance</name>
    <message>
        <source>%1 belongs to another user; going on without looking for a running CacheLens</source>
        <translation>%1 属于其他用户；不查找正在运行的 CacheLens，直接继续</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>the running CacheLens does not answer: %1</source>
        <translation>正在运行的 CacheLens 没有应答：%1</translation>
    </message>
    <message>
        <source>the running CacheLens did not take the message: %1</source>
        <translation>正在运行的 CacheLens 没有接收消息：%1</translation>
    </message>
    <message>
        <source>the running CacheLens did not answer in time</source>
        <translation>正在运行的 CacheLens 没有及时应答</translation>
    </message>
    <message>
        <source>the running CacheLens refused: %1</source>
        <translation>正在运行的 CacheLens 拒绝了请求：%1</translation>
    </message>
</context>
<context>
    <name>CacheLens::SunburstView</name>
    <message numerus="yes">
        <source>(%Ln small items)</source>
        <translation>
            <numerusform>（%Ln 个小项目）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln small items in %1
%2 (%3 % of this folder)</source>
        <translation>
            <numerusform>%1 中的 %Ln 个小项目
%2（占此文件夹的 %3 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 (%3 % of this folder)
%4 - %5
Modified %6</source>
        <translation>%1
%2（占此文件夹的 %3 %）
%4 - %5
修改于 %6</translation>
    </message>
    <message>
        <source>Click to go up</source>
        <translation>点击返回上一级</translation>
    </message>
    <message>
        <source>%1
%2 in all</source>
        <translation>%1
共 %2</translation>
    </message>
</context>
<context>
    <name>CacheLens::TrayIcon</name>
    <message>
        <source>&amp;Open CacheLens</source>
        <translation>打开 CacheLens(&amp;O)</translation>
    </message>
    <message>
        <source>Show the window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Scan &amp;ML Caches Now</source>
        <translation>立即扫描 ML 缓存(&amp;M)</translation>
    </message>
    <message>
        <source>Scan every known ML cache on this machine and show the result</source>
        <translation>扫描本机上所有已知的 ML 缓存并显示结果</translation>
    </message>
    <message>
        <source>&amp;Pause Monitoring</source>
        <translation>暂停监视(&amp;P)</translation>
    </message>
    <message>
        <source>Stop measuring the volumes (no alerts) until unticked</source>
        <translation>停止测量各个卷（不发出警报），直到取消勾选</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window and stop monitoring</source>
        <translation>关闭窗口并停止监视</translation>
    </message>
    <message>
        <source>Monitoring paused</source>
        <translation>监视已暂停</translation>
    </message>
    <message>
        <source>Measuring the volumes...</source>
        <translation>正在测量各个卷...</translation>
    </message>
    <message>
        <source>No volume could be measured</source>
        <translation>没有可以测量的卷</translation>
    </message>
    <message>
        <source>All volumes below their limits; the fullest: %1</source>
        <translation>所有卷都低于限值；最满的是：%1</translation>
    </message>
    <message>
        <source>CacheLens</source>
        <translation>CacheLens</translation>
    </message>
</context>
<context>
    <name>CacheLens::TreeChartView</name>
    <message>
        <source>Nothing to show here</source>
        <translation>此处没有可显示的内容</translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation>尚未扫描</translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>%Ln 个文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scanned folders</source>
        <translation>
            <numerusform>%Ln 个已扫描的文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out...</source>
        <translation>正在布局...</translation>
    </message>
</context>
<context>
    <name>CacheLens::TreemapView</name>
    <message numerus="yes">
        <source>%Ln small items</source>
        <translation>
            <numerusform>%Ln 个小项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln small items in %1</source>
        <translation>
            <numerusform>%1 中的 %Ln 个小项目</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 in all</source>
        <translation>%1
共 %2</translation>
    </message>
    <message>
        <source>%1
%2 (%3 % of this view)
%4 - %5
Modified %6</source>
        <translation>%1
%2（占此视图的 %3 %）
%4 - %5
修改于 %6</translation>
    </message>
</context>
<context>
    <name>CacheLens::WelcomePage</name>
    <message>
        <source>What is filling your disk?</source>
        <translation>是什么占满了您的磁盘？</translation>
    </message>
    <message>
        <source>CacheLens maps a folder and tells model hubs, datasets, checkpoints, logs,
package and compiler caches apart, so you can see what to keep and what to reclaim.</source>
        <translation>CacheLens 绘制文件夹的占用分布，并区分模型仓库、数据集、检查点、日志、
软件包缓存和编译器缓存，让您看清该保留什么、可以回收什么。</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>打开文件夹(&amp;O)...</translation>
    </message>
    <message>
        <source>Choose a folder to scan (Ctrl+O)</source>
        <translation>选择要扫描的文件夹（Ctrl+O）</translation>
    </message>
    <message>
        <source>Scan &amp;ML Caches</source>
        <translation>扫描 ML 缓存(&amp;M)</translation>
    </message>
    <message>
        <source>Scan every Hugging Face, torch, pip, conda, compiler ... cache on this machine (Ctrl+M)</source>
        <translation>扫描本机上所有 Hugging Face、torch、pip、conda、编译器……缓存（Ctrl+M）</translation>
    </message>
    <message>
        <source>&amp;Clean Up...</source>
        <translation>清理(&amp;C)...</translation>
    </message>
    <message>
        <source>Reclaim space from caches, old revisions, temporary files and old checkpoints, with an exact preview first (Ctrl+Shift+C)</source>
        <translation>从缓存、旧修订版本、临时文件和旧检查点中回收空间，并先给出准确预览（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>You can also drop folders or scan exports (cachelens scan --export, ncdu -o) on this window, or run &apos;cachelens scan PATH&apos; on a machine without a screen.</source>
        <translation>您也可以把文件夹或扫描导出文件（cachelens scan --export、ncdu -o）拖放到此窗口，或在没有屏幕的机器上运行“cachelens scan PATH”。</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <source>Scan again: %1</source>
        <translation>再次扫描：%1</translation>
    </message>
</context>
<context>
    <name>CachesCommand</name>
    <message>
        <source>1 revision</source>
        <translation>1 个修订版本</translation>
    </message>
    <message numerus="yes">
        <source>%n revisions</source>
        <translation>
            <numerusform>%n 个修订版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n detached</source>
        <translation>
            <numerusform>，%n 个已分离</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 in interrupted downloads</source>
        <translation>，%1 为中断的下载</translation>
    </message>
    <message>
        <source>No known ML cache was found on this machine.</source>
        <translation>本机上未找到已知的 ML 缓存。</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>(left behind: the tool now uses another folder)</source>
        <translation>（已遗留：该工具现在使用另一个文件夹）</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <source>(from %1 in %2)</source>
        <translation>（来自 %2 中的 %1）</translation>
    </message>
    <message>
        <source>%1 in 1 cache.</source>
        <translation>1 个缓存共 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n caches.</source>
        <translation>
            <numerusform>%n 个缓存共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>输出一个 JSON 文档</translation>
    </message>
    <message>
        <source>Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)</source>
        <translation>使用 1000 的幂（kB、MB、GB），而非 1024（KiB、MiB、GiB）</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>takes no PATH</source>
        <translation>不接受 PATH</translation>
    </message>
    <message>
        <source>Try &apos;cachelens caches --help&apos; for more information.</source>
        <translation>请尝试“cachelens caches --help”了解更多信息。</translation>
    </message>
    <message>
        <source>Usage: cachelens caches [--json] [--si]

Lists every known ML cache on this machine (Hugging Face, torch, Keras, pip, uv,
conda, compiler caches, Ollama, ...) with its size and how safe it is to remove.
Locations follow the tools&apos; own variables (HF_HOME, TORCH_HOME, PIP_CACHE_DIR, ...),
also when they are only set in ~/.profile, ~/.bashrc, ~/.zshrc or environment.d;
a cache left at its default place after a variable moved it is listed too.
Add your own in %1 (see the README).

Options:
</source>
        <translation>用法：cachelens caches [--json] [--si]

列出本机上每个已知的 ML 缓存（Hugging Face、torch、Keras、pip、uv、
conda、编译器缓存、Ollama……）及其大小和删除的安全程度。
位置遵循各工具自己的变量（HF_HOME、TORCH_HOME、PIP_CACHE_DIR……），
包括只在 ~/.profile、~/.bashrc、~/.zshrc 或 environment.d 中设置的变量；
变量把工具移到别处后遗留在默认位置的缓存也会列出。
可在 %1 中添加您自己的缓存（见 README）。

选项：
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are not counted.</source>
        <translation>
            <numerusform>%n 个条目无法读取，未计入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateFinder</name>
    <message>
        <source>unknown selector &apos;%1&apos;</source>
        <translation>未知选择器“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value: %1:…</source>
        <translation>“%1”需要一个值：%1:…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no value</source>
        <translation>“%1”不接受值</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected hf-repo:TYPE/ORG/NAME[@COMMIT], TYPE one of model, dataset, space</source>
        <translation>“%1”：应为 hf-repo:TYPE/ORG/NAME[@COMMIT]，TYPE 为 model、dataset 或 space 之一</translation>
    </message>
    <message>
        <source>hf-detached            Hugging Face revisions no branch or tag points to, with the blobs only they use</source>
        <translation>hf-detached            没有分支或标签指向的 Hugging Face 修订版本，以及只有它们使用的 blob</translation>
    </message>
    <message>
        <source>hf-unused              Hugging Face repositories not used for --older-than DAYS</source>
        <translation>hf-unused              在 --older-than DAYS 天内未使用的 Hugging Face 仓库</translation>
    </message>
    <message>
        <source>hf-repo:TYPE/ID[@REV]  one Hugging Face repository (model/org/name), or one revision of it</source>
        <translation>hf-repo:TYPE/ID[@REV]  一个 Hugging Face 仓库（model/org/name），或它的一个修订版本</translation>
    </message>
    <message>
        <source>cache:ID               everything in one known cache (cache:pip, cache:uv, cache:torchinductor, ...)</source>
        <translation>cache:ID               一个已知缓存中的全部内容（cache:pip、cache:uv、cache:torchinductor……）</translation>
    </message>
    <message>
        <source>temp                   interrupted downloads, *.tmp/*.part files, stale TorchInductor folders</source>
        <translation>temp                   中断的下载、*.tmp/*.part 文件、过期的 TorchInductor 文件夹</translation>
    </message>
    <message>
        <source>checkpoints            training checkpoints under PATH except the newest --keep-last N and the best</source>
        <translation>checkpoints            PATH 下的训练检查点，最新的 --keep-last N 个和最佳的除外</translation>
    </message>
    <message>
        <source>logs                   TensorBoard, W&amp;B, MLflow and Lightning logs under PATH (with --older-than)</source>
        <translation>logs                   PATH 下的 TensorBoard、W&amp;B、MLflow 和 Lightning 日志（配合 --older-than）</translation>
    </message>
    <message>
        <source>path:PATH              one file or folder inside a PATH or known cache</source>
        <translation>path:PATH              PATH 或已知缓存中的一个文件或文件夹</translation>
    </message>
    <message>
        <source>trash                  what CacheLens moved to the Trash: empty it for good</source>
        <translation>trash                  CacheLens 移到回收站的内容：将其永久清空</translation>
    </message>
    <message>
        <source>hf-unused needs --older-than DAYS</source>
        <translation>hf-unused 需要 --older-than DAYS</translation>
    </message>
    <message>
        <source>no Hugging Face hub cache was found (set HF_HOME or HF_HUB_CACHE, or give its PATH)</source>
        <translation>未找到 Hugging Face hub 缓存（请设置 HF_HOME 或 HF_HUB_CACHE，或给出其 PATH）</translation>
    </message>
    <message>
        <source>%1, last used %2: re-downloaded from the Hub on next use</source>
        <translation>%1，上次使用于 %2：下次使用时从 Hub 重新下载</translation>
    </message>
    <message>
        <source>%1, every revision: re-downloaded from the Hub on next use</source>
        <translation>%1，全部修订版本：下次使用时从 Hub 重新下载</translation>
    </message>
    <message>
        <source>%1 has no revision %2</source>
        <translation>%1 没有修订版本 %2</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>%2 的修订版本 %1</translation>
    </message>
    <message>
        <source>ref %1 of %2, which points to the revision removed</source>
        <translation>%2 的引用 %1，指向被删除的修订版本</translation>
    </message>
    <message>
        <source>detached revision %1 of %2: no branch or tag points to it</source>
        <translation>%2 的已分离修订版本 %1：没有分支或标签指向它</translation>
    </message>
    <message>
        <source>a file only the removed revisions use</source>
        <translation>只有被删除的修订版本使用的文件</translation>
    </message>
    <message>
        <source>no repository %1 in the Hugging Face caches searched</source>
        <translation>在搜索的 Hugging Face 缓存中没有仓库 %1</translation>
    </message>
    <message>
        <source>unknown cache &apos;%1&apos;; known caches: %2</source>
        <translation>未知缓存“%1”；已知缓存：%2</translation>
    </message>
    <message>
        <source>in the %1 cache (%2)</source>
        <translation>位于 %1 缓存中（%2）</translation>
    </message>
    <message>
        <source>in a %1 cache the tool no longer uses (left behind at its default place)</source>
        <translation>位于 %1 已不再使用的缓存中（遗留在其默认位置）</translation>
    </message>
    <message>
        <source>no %1 cache was found</source>
        <translation>未找到 %1 缓存</translation>
    </message>
    <message>
        <source>temporary files</source>
        <translation>临时文件</translation>
    </message>
    <message>
        <source>an interrupted download or temporary file</source>
        <translation>中断的下载或临时文件</translation>
    </message>
    <message>
        <source>a TorchInductor cache not used for a week or more</source>
        <translation>一周或更久未使用的 TorchInductor 缓存</translation>
    </message>
    <message>
        <source>checkpoints are looked for only under the PATHs you give</source>
        <translation>只在您给出的 PATH 下查找检查点</translation>
    </message>
    <message numerus="yes">
        <source>an older checkpoint of %1 (the newest %n and the best are kept)</source>
        <translation>
            <numerusform>旧检查点（保留最新的 %n 个和最佳的），来自 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>training logs are looked for only under the PATHs you give</source>
        <translation>只在您给出的 PATH 下查找训练日志</translation>
    </message>
    <message>
        <source>training logs</source>
        <translation>训练日志</translation>
    </message>
    <message numerus="yes">
        <source>%n log folders hold checkpoints and were left out (use the checkpoints selector)</source>
        <translation>
            <numerusform>%n 个日志文件夹含有检查点，已略过（请使用 checkpoints 选择器）</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>由您选择</translation>
    </message>
    <message>
        <source>moved to the Trash on %1 from %2</source>
        <translation>于 %1 从 %2 移到回收站</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Package cache</source>
        <translation>软件包缓存</translation>
    </message>
    <message>
        <source>Compile cache</source>
        <translation>编译缓存</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时文件</translation>
    </message>
    <message>
        <source>Safe to delete</source>
        <translation>可安全删除</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>先检查</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <source>1 item</source>
        <translation>1 项</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>What to look for (see below); repeatable</source>
        <translation>要查找的内容（见下文）；可重复</translation>
    </message>
    <message>
        <source>Only what has not changed (HF repos: been used) for DAYS days</source>
        <translation>仅限 DAYS 天内未更改（HF 仓库：未使用）的内容</translation>
    </message>
    <message>
        <source>checkpoints: keep the newest N of each run (default 2)</source>
        <translation>checkpoints：每次运行保留最新的 N 个（默认 2）</translation>
    </message>
    <message>
        <source>trash (default), archive or delete</source>
        <translation>trash（默认）、archive 或 delete</translation>
    </message>
    <message>
        <source>Where --method archive writes its .tar.zst</source>
        <translation>--method archive 写入 .tar.zst 的位置</translation>
    </message>
    <message>
        <source>Only print the plan (also the default without --yes)</source>
        <translation>只打印计划（没有 --yes 时也是默认行为）</translation>
    </message>
    <message>
        <source>Carry out the plan</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <source>Put back what the last cleanup moved to the Trash</source>
        <translation>放回上次清理移到回收站的内容</translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>输出一个 JSON 文档</translation>
    </message>
    <message>
        <source>Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)</source>
        <translation>使用 1000 的幂（kB、MB、GB），而非 1024（KiB、MiB、GiB）</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>Usage: cachelens clean --select SEL [--select SEL]... [OPTIONS] [PATH...]
       cachelens clean --undo

Finds what the selectors ask for, in the PATHs (default: every known ML cache), and
prints the exact plan: each item, its size, why it is proposed, and what the plan
frees (a hard-linked file only when all its links go; a Hugging Face blob only when
no remaining revision uses it). Nothing is touched without --yes. Just before each
item is removed it is checked again: anything new or changed since the plan, or in
use by a process, is kept. Symlinks are never followed, and nothing outside the
PATHs and known caches, nor a protected folder, is ever removed.

Selectors:
</source>
        <translation>用法：cachelens clean --select SEL [--select SEL]... [OPTIONS] [PATH...]
      cachelens clean --undo

在 PATH 中（默认：每个已知的 ML 缓存）查找选择器指定的内容，并
打印确切的计划：每一项、其大小、提议删除的原因，以及计划能释放
多少空间（硬链接文件只有在所有链接都删除时才释放；Hugging Face blob
只有在没有剩余修订版本使用时才释放）。没有 --yes 时不会改动任何东西。每一项
在删除之前都会再检查一次：计划之后新增或更改的内容、或正被进程使用的内容，
都会保留。从不跟随符号链接，PATH 和已知缓存之外的内容以及受保护的
文件夹永远不会被删除。

选择器：
</translation>
    </message>
    <message>
        <source>Methods: trash moves items to the Trash (restorable with --undo, but frees nothing until
the Trash is emptied: --select trash --method delete empties what CacheLens put there);
archive writes a tar.zst to --archive-dir, reads it back, then deletes what it holds;
delete removes for good. Every action is journaled in %1.

Exit codes: 0 all done (or a preview), 1 some items skipped, 2 usage, 3 nothing done.

Options:
</source>
        <translation>方法：trash 把项目移到回收站（可用 --undo 恢复，但在清空回收站之前
不释放任何空间：--select trash --method delete 会清空 CacheLens 放入的内容）；
archive 把 tar.zst 写入 --archive-dir，读回校验，然后删除其中包含的内容；
delete 永久删除。每个操作都记录在 %1 中。

退出码：0 全部完成（或仅预览），1 跳过了部分项目，2 用法错误，3 什么也没做。

选项：
</translation>
    </message>
    <message>
        <source>Try &apos;cachelens clean --help&apos; for more information.</source>
        <translation>请尝试“cachelens clean --help”了解更多信息。</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>已移到回收站</translation>
    </message>
    <message>
        <source>archived and deleted</source>
        <translation>已归档并删除</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>This is a preview. Run again with --yes to move these items to the Trash.</source>
        <translation>这是预览。加上 --yes 再次运行即可把这些项目移到回收站。</translation>
    </message>
    <message>
        <source>This is a preview. Run again with --yes to archive these items, then delete them.</source>
        <translation>这是预览。加上 --yes 再次运行即可归档这些项目，然后删除它们。</translation>
    </message>
    <message>
        <source>This is a preview. Run again with --yes to delete these items for good.</source>
        <translation>这是预览。加上 --yes 再次运行即可永久删除这些项目。</translation>
    </message>
    <message>
        <source>in use by %1</source>
        <translation>正被 %1 使用</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>未选中</translation>
    </message>
    <message>
        <source>freed once the Trash is emptied: the Trash keeps files on their own volume</source>
        <translation>清空回收站后才会释放：回收站把文件留在它们自己的卷上</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>on a network file system: other machines may be using these files</source>
        <translation>位于网络文件系统：其他机器可能正在使用这些文件</translation>
    </message>
    <message>
        <source>%1 are held by deleted files that running processes still have open (freed when they close them):</source>
        <translation>%1 被正在运行的进程仍然打开着的已删除文件占用（进程关闭它们后释放）：</translation>
    </message>
    <message>
        <source>nothing to undo: no cleanup moved anything to the Trash that is still there</source>
        <translation>没有可撤销的操作：回收站中没有仍存在的、由清理移入的内容</translation>
    </message>
    <message>
        <source>Restored %1 from the Trash.</source>
        <translation>已从回收站恢复 %1。</translation>
    </message>
    <message>
        <source>not restored: %1: %2</source>
        <translation>未恢复：%1：%2</translation>
    </message>
    <message>
        <source>--undo takes no selector or PATH</source>
        <translation>--undo 不接受选择器或 PATH</translation>
    </message>
    <message>
        <source>say what to clean with --select (for example --select temp)</source>
        <translation>请用 --select 指定要清理的内容（例如 --select temp）</translation>
    </message>
    <message>
        <source>--older-than needs a number of days</source>
        <translation>--older-than 需要一个天数</translation>
    </message>
    <message>
        <source>--keep-last needs a number</source>
        <translation>--keep-last 需要一个数字</translation>
    </message>
    <message>
        <source>--method is trash, archive or delete</source>
        <translation>--method 只能是 trash、archive 或 delete</translation>
    </message>
    <message>
        <source>the trash selector empties the Trash: use it with --method delete</source>
        <translation>trash 选择器会清空回收站：请与 --method delete 一起使用</translation>
    </message>
    <message>
        <source>--method archive needs --archive-dir DIR</source>
        <translation>--method archive 需要 --archive-dir DIR</translation>
    </message>
    <message>
        <source>%1: not a folder; skipped</source>
        <translation>%1：不是文件夹；已跳过</translation>
    </message>
    <message>
        <source>none of the PATHs is a folder; nothing was done</source>
        <translation>所有 PATH 都不是文件夹；什么也没做</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Nothing to clean: the selectors found nothing.</source>
        <translation>没有可清理的内容：选择器什么也没找到。</translation>
    </message>
    <message>
        <source>%1, %2 on disk; removing them frees %3</source>
        <translation>%1，磁盘占用 %2；删除它们可释放 %3</translation>
    </message>
    <message>
        <source>(the rest is shared: hard links elsewhere, or blobs other revisions use)</source>
        <translation>（其余部分是共享的：别处的硬链接，或其他修订版本使用的 blob）</translation>
    </message>
    <message>
        <source>Moving to the Trash frees nothing until the Trash is emptied; use --method delete or archive when the goal is space.</source>
        <translation>移到回收站在清空回收站之前不会释放任何空间；如果目的是腾出空间，请使用 --method delete 或 archive。</translation>
    </message>
    <message>
        <source>Nothing to clean.</source>
        <translation>没有可清理的内容。</translation>
    </message>
    <message>
        <source>Cleaning %1/%2: %3</source>
        <translation>正在清理 %1/%2：%3</translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation>%1%2（%3）。</translation>
    </message>
    <message>
        <source>partly done: %1: %2</source>
        <translation>部分完成：%1：%2</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>已跳过：%1：%2</translation>
    </message>
    <message>
        <source>Archive (verified): %1</source>
        <translation>归档（已校验）：%1</translation>
    </message>
    <message>
        <source>Undo with &apos;cachelens clean --undo&apos;. The space comes back when the Trash is emptied (&apos;cachelens clean --select trash --method delete --yes&apos;).</source>
        <translation>用“cachelens clean --undo”撤销。清空回收站后空间才会释放（“cachelens clean --select trash --method delete --yes”）。</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>操作日志：%1</translation>
    </message>
</context>
<context>
    <name>CleanupExecutor</name>
    <message>
        <source>in use by %1</source>
        <translation>正被 %1 使用</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more kept)</source>
        <translation>
            <numerusform>%1（另有 %n 项被保留）</numerusform>
        </translation>
    </message>
    <message>
        <source>another file system is mounted here; not entered</source>
        <translation>此处挂载了另一个文件系统；未进入</translation>
    </message>
    <message>
        <source>new since the scan</source>
        <translation>扫描之后新增</translation>
    </message>
    <message>
        <source>changed since the scan</source>
        <translation>扫描之后已更改</translation>
    </message>
    <message>
        <source>not in the archive</source>
        <translation>不在归档中</translation>
    </message>
    <message>
        <source>replaced while it was being removed</source>
        <translation>在删除过程中被替换</translation>
    </message>
    <message>
        <source>not a file, folder or link; not archived</source>
        <translation>不是文件、文件夹或链接；未归档</translation>
    </message>
    <message>
        <source>no folder was given for the archive; nothing was deleted</source>
        <translation>未指定归档文件夹；没有删除任何内容</translation>
    </message>
    <message>
        <source>the archive folder %1 cannot be used (%2); nothing was deleted</source>
        <translation>无法使用归档文件夹 %1（%2）；没有删除任何内容</translation>
    </message>
    <message>
        <source>the archive folder is inside %1, which is to be deleted; nothing was deleted</source>
        <translation>归档文件夹位于将被删除的 %1 之内；没有删除任何内容</translation>
    </message>
    <message>
        <source>not enough room in %1 for the archive: %2 free, up to %3 needed; nothing was deleted</source>
        <translation>%1 中没有足够的空间存放归档：可用 %2，最多需要 %3；没有删除任何内容</translation>
    </message>
    <message>
        <source>cannot create the archive %1: %2; nothing was deleted</source>
        <translation>无法创建归档 %1：%2；没有删除任何内容</translation>
    </message>
    <message>
        <source>writing the archive failed: %1; nothing was deleted</source>
        <translation>写入归档失败：%1；没有删除任何内容</translation>
    </message>
    <message>
        <source>cancelled while archiving; nothing was deleted</source>
        <translation>归档时已取消；没有删除任何内容</translation>
    </message>
    <message>
        <source>the archive could not be verified (%1); it was removed and nothing was deleted</source>
        <translation>无法校验归档（%1）；归档已删除，没有删除任何内容</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CleanupGuard</name>
    <message>
        <source>not an absolute, normalised path</source>
        <translation>不是规范化的绝对路径</translation>
    </message>
    <message>
        <source>outside the scanned folders and known caches</source>
        <translation>位于扫描的文件夹和已知缓存之外</translation>
    </message>
    <message>
        <source>a protected folder (the file system root, home folders and system folders are never removed)</source>
        <translation>受保护的文件夹（文件系统根目录、主文件夹和系统文件夹永远不会被删除）</translation>
    </message>
    <message>
        <source>inside a system folder</source>
        <translation>位于系统文件夹内</translation>
    </message>
    <message>
        <source>reached through a symbolic link below the scanned folder; not followed</source>
        <translation>经由扫描文件夹下的符号链接到达；未跟随</translation>
    </message>
</context>
<context>
    <name>CleanupJournal</name>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>无法写入操作日志 %1：%2</translation>
    </message>
    <message>
        <source>%1:%2: not a journal record; skipped</source>
        <translation>%1:%2：不是操作日志记录；已跳过</translation>
    </message>
</context>
<context>
    <name>CleanupPlan</name>
    <message>
        <source>a mount point: removing it would empty another file system</source>
        <translation>挂载点：删除它会清空另一个文件系统</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries could not be read; they will be kept</source>
        <translation>
            <numerusform>%1：%n 个条目无法读取；它们将被保留</numerusform>
        </translation>
    </message>
    <message>
        <source>whether files are in use cannot be checked on this system</source>
        <translation>此系统上无法检查文件是否正在使用</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>Scan folders: totals, ML categories, largest folders and files</source>
        <translation>扫描文件夹：总计、ML 类别、最大的文件夹和文件</translation>
    </message>
    <message>
        <source>List the ML caches on this machine and their sizes</source>
        <translation>列出本机上的 ML 缓存及其大小</translation>
    </message>
    <message>
        <source>Preview, then reclaim space from caches, checkpoints and logs</source>
        <translation>预览，然后从缓存、检查点和日志中回收空间</translation>
    </message>
    <message>
        <source>Watch disk usage and warn before a volume is full</source>
        <translation>监视磁盘使用情况，在卷写满之前发出警告</translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <source>Log verbosity: %1 (default: $CACHELENS_LOG, else info)</source>
        <translation>日志详细程度：%1（默认：$CACHELENS_LOG，否则为 info）</translation>
    </message>
    <message>
        <source>Try &apos;cachelens --help&apos; for more information.</source>
        <translation>请尝试“cachelens --help”了解更多信息。</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>选项：
</translation>
    </message>
    <message>
        <source>Run &apos;cachelens COMMAND --help&apos; for the options of a command.
Exit codes: 0 done, 1 done in part, 2 usage error, 3 nothing could be done.
Log file: %1
</source>
        <translation>运行“cachelens COMMAND --help”查看某个命令的选项。
退出码：0 完成，1 部分完成，2 用法错误，3 什么也做不了。
日志文件：%1
</translation>
    </message>
    <message>
        <source>ignoring CACHELENS_LOG=&apos;%1&apos;: expected one of %2</source>
        <translation>忽略 CACHELENS_LOG=&apos;%1&apos;：应为 %2 之一</translation>
    </message>
    <message>
        <source>invalid log level &apos;%1&apos;: expected one of %2</source>
        <translation>无效的日志级别“%1”：应为 %2 之一</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a command (%2) nor an existing path</source>
        <translation>“%1”既不是命令（%2），也不是已存在的路径</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Start in the system tray without a window (minimised where there is no tray)</source>
        <translation>启动到系统托盘，不打开窗口（没有托盘时最小化）</translation>
    </message>
    <message>
        <source>Usage: cachelens [OPTIONS] [PATH...]
       cachelens COMMAND [OPTIONS] [ARGS...]

CacheLens shows what is filling your disk - model hubs, dataset caches, checkpoints,
logs, package and compiler caches - helps you reclaim space safely, and warns you
before a volume is full.

Without a command it opens the window and scans each PATH given. While CacheLens
runs, starting it again hands the PATHs to the running window.

Commands (they need no display):
</source>
        <translation>用法：cachelens [OPTIONS] [PATH...]
      cachelens COMMAND [OPTIONS] [ARGS...]

CacheLens 显示是什么占满了您的磁盘——模型仓库、数据集缓存、检查点、
日志、软件包和编译器缓存——帮助您安全地回收空间，并在卷写满之前
发出警告。

不带命令时，它会打开窗口并扫描给出的每个 PATH。CacheLens 运行期间
再次启动它，会把这些 PATH 交给正在运行的窗口。

命令（不需要显示器）：
</translation>
    </message>
    <message>
        <source>Scanning: %1, %2, %3</source>
        <extracomment>%1 and %2 are counts with their nouns (&quot;1 file&quot;, &quot;12 folders&quot;), %3 a size</extracomment>
        <translation>正在扫描：%1，%2，%3</translation>
    </message>
    <message>
        <source>Looking for %1...</source>
        <extracomment>%1 is what is looked for, as given to --select (&quot;temp&quot;, &quot;cache:pip&quot;)</extracomment>
        <translation>正在查找 %1...</translation>
    </message>
    <message>
        <source>Searching %1: %2...</source>
        <extracomment>%1 is a folder, %2 a count with its noun (&quot;127,674 entries&quot;)</extracomment>
        <translation>正在搜索 %1：%2...</translation>
    </message>
    <message>
        <source>Checking which files running programs have open...</source>
        <translation>正在检查哪些文件被运行中的程序打开...</translation>
    </message>
    <message>
        <source>Measuring what was found...</source>
        <translation>正在测量找到的内容...</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 files</source>
        <extracomment>%1 is any count but one, grouped as &quot;1,234&quot; (or &quot;1.234&quot; in German)</extracomment>
        <translation>
            <numerusform>%1 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 个文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%1 folders</source>
        <extracomment>%1 is any count but one, grouped as &quot;1,234&quot; (or &quot;1.234&quot; in German)</extracomment>
        <translation>
            <numerusform>%1 个文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 个条目</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries</source>
        <extracomment>Files and folders together. %1 is any count but one, grouped as &quot;1,234&quot; (or &quot;1.234&quot; in German)</extracomment>
        <translation>
            <numerusform>%1 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileTree</name>
    <message>
        <source>removed by a cleanup</source>
        <translation>已被清理删除</translation>
    </message>
</context>
<context>
    <name>HfCacheIndex</name>
    <message>
        <source>%1: not a repository folder; left out</source>
        <translation>%1：不是仓库文件夹；已略过</translation>
    </message>
    <message>
        <source>%1: has no snapshots folder; left out</source>
        <translation>%1：没有 snapshots 文件夹；已略过</translation>
    </message>
    <message>
        <source>%1: points to a missing file; the repository is left out</source>
        <translation>%1：指向一个缺失的文件；该仓库已略过</translation>
    </message>
    <message>
        <source>%1: ref %2 points to a missing snapshot %3; the repository is left out</source>
        <translation>%1：引用 %2 指向缺失的快照 %3；该仓库已略过</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cachelens: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
Use a command instead, e.g. &apos;cachelens scan PATH&apos; (see &apos;cachelens --help&apos;), or run the window under xvfb-run.
</source>
        <translation>cachelens：未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置），因此无法打开窗口。
请改用命令，例如“cachelens scan PATH”（见“cachelens --help”），或在 xvfb-run 下运行窗口。
</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>--prometheus needs a file name</source>
        <translation>--prometheus 需要一个文件名</translation>
    </message>
    <message>
        <source>--history needs a file name</source>
        <translation>--history 需要一个文件名</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>--warning (%1) must be below --critical (%2)</source>
        <translation>--warning（%1）必须低于 --critical（%2）</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>~%1 h</source>
        <translation>约 %1 小时</translation>
    </message>
    <message>
        <source>~%1 d</source>
        <translation>约 %1 天</translation>
    </message>
    <message>
        <source>No volume found.</source>
        <translation>未找到卷。</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Avail</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Use%</source>
        <translation>已用%</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Full in</source>
        <translation>预计写满</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>the usage history cannot be kept (%1); monitoring goes on without it</source>
        <translation>无法保存使用历史（%1）；监视将在没有历史记录的情况下继续</translation>
    </message>
    <message>
        <source>cannot add to the usage history: %1</source>
        <translation>无法添加到使用历史：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 is critical: %2% used</source>
        <translation>%1 处于严重状态：已用 %2%</translation>
    </message>
    <message>
        <source>%1 needs attention: %2% used</source>
        <translation>%1 需要关注：已用 %2%</translation>
    </message>
    <message>
        <source>, full in %1</source>
        <translation>，预计 %1 后写满</translation>
    </message>
    <message>
        <source>Take one sample and exit</source>
        <translation>采样一次后退出</translation>
    </message>
    <message>
        <source>Seconds between samples (default: 60)</source>
        <translation>两次采样之间的秒数（默认：60）</translation>
    </message>
    <message>
        <source>One JSON document per line and sample (JSON Lines)</source>
        <translation>每次采样输出一行 JSON 文档（JSON Lines）</translation>
    </message>
    <message>
        <source>Also write the node_exporter textfile FILE (replaced atomically)</source>
        <translation>同时写入 node_exporter 文本文件 FILE（原子替换）</translation>
    </message>
    <message>
        <source>Seconds between scans of the ML caches for --prometheus (default: 3600; 0: once)</source>
        <translation>为 --prometheus 扫描 ML 缓存的间隔秒数（默认：3600；0：仅一次）</translation>
    </message>
    <message>
        <source>The usage history database (default: %1)</source>
        <translation>使用历史数据库（默认：%1）</translation>
    </message>
    <message>
        <source>Use% from which a volume is in warning (default: 85)</source>
        <translation>卷进入警告状态的已用百分比（默认：85）</translation>
    </message>
    <message>
        <source>Use% from which a volume is critical (default: 95)</source>
        <translation>卷进入严重状态的已用百分比（默认：95）</translation>
    </message>
    <message>
        <source>Warn when a volume will be full within HOURS (default: 24; 0: off)</source>
        <translation>当卷将在 HOURS 小时内写满时发出警告（默认：24；0：关闭）</translation>
    </message>
    <message>
        <source>Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)</source>
        <translation>使用 1000 的幂（kB、MB、GB），而非 1024（KiB、MiB、GiB）</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>takes no PATH: it watches every volume</source>
        <translation>不接受 PATH：它监视每个卷</translation>
    </message>
    <message>
        <source>Try &apos;cachelens monitor --help&apos; for more information.</source>
        <translation>请尝试“cachelens monitor --help”了解更多信息。</translation>
    </message>
    <message>
        <source>Usage: cachelens monitor [--once] [--interval S] [--json] [--prometheus FILE]
                         [--cache-interval S] [--history FILE] [--si]

Shows how full each volume is - counted as df counts it - how fast it grows and
when it will be full, every S seconds until interrupted (Ctrl+C, SIGTERM), or
once. Pseudo file systems are left out, bind mounts shown once; tmpfs is shown at
/tmp, /dev/shm and /run/user/UID. A volume that does not answer within 2 s (a dead
network mount) is reported as such and does not hold up the others.

Samples go into the usage history the window shares, so growth and &apos;full in&apos; show
once it holds 3 samples over 10 minutes of the last 6 hours. A volume is in
warning from 85% used or when full within 24 h, critical from 95%; it leaves a
state 2 points below its threshold. Each change for the worse is reported once on
stderr.

--json prints one line per sample: {&quot;version&quot;:1,&quot;time&quot;,&quot;volumes&quot;:[{&quot;mount&quot;,
&quot;device&quot;,&quot;fs_type&quot;,&quot;total_bytes&quot;,&quot;used_bytes&quot;,&quot;available_bytes&quot;,&quot;used_ratio&quot;,
&quot;state&quot;,&quot;eta_full_seconds&quot;}]}. --prometheus writes cachelens_volume_* gauges and
cachelens_cache_bytes for each known ML cache, for node_exporter&apos;s textfile
collector.

Options:
</source>
        <translation>用法：cachelens monitor [--once] [--interval S] [--json] [--prometheus FILE]
                         [--cache-interval S] [--history FILE] [--si]

显示每个卷的占用程度（按 df 的方式计算）、增长速度以及预计
何时写满，每 S 秒一次直到被中断（Ctrl+C、SIGTERM），或者只运行
一次。伪文件系统不显示，绑定挂载只显示一次；tmpfs 只在
/tmp、/dev/shm 和 /run/user/UID 显示。2 秒内没有响应的卷（失效的
网络挂载）会如实报告，并且不会拖住其他卷。

采样写入与窗口共用的使用历史，因此一旦其中有最近 6 小时内跨度 10 分钟的
3 个采样，就会显示增长和“预计写满”。已用 85% 或将在 24 小时内
写满的卷处于警告状态，已用 95% 则处于严重状态；降到阈值以下 2 个百分点
才会离开该状态。每次状态恶化都会在 stderr 上报告一次。

--json 每次采样打印一行：{&quot;version&quot;:1,&quot;time&quot;,&quot;volumes&quot;:[{&quot;mount&quot;,
&quot;device&quot;,&quot;fs_type&quot;,&quot;total_bytes&quot;,&quot;used_bytes&quot;,&quot;available_bytes&quot;,&quot;used_ratio&quot;,
&quot;state&quot;,&quot;eta_full_seconds&quot;}]}。--prometheus 为每个已知 ML 缓存写入 cachelens_volume_* 指标和
cachelens_cache_bytes，供 node_exporter 的 textfile
collector 使用。

选项：
</translation>
    </message>
</context>
<context>
    <name>Ncdu</name>
    <message>
        <source>there is no scanned folder to export</source>
        <translation>没有可导出的已扫描文件夹</translation>
    </message>
    <message>
        <source>the export does not start with [major, minor, metadata, directory]</source>
        <translation>导出文件不是以 [major, minor, metadata, directory] 开头</translation>
    </message>
    <message>
        <source>a directory must start with its own information</source>
        <translation>目录必须以其自身的信息开头</translation>
    </message>
    <message>
        <source>an empty directory entry</source>
        <translation>空的目录条目</translation>
    </message>
    <message>
        <source>not an ncdu export</source>
        <translation>不是 ncdu 导出文件</translation>
    </message>
    <message>
        <source>unexpected value in the top-level array</source>
        <translation>顶层数组中有意外的值</translation>
    </message>
    <message>
        <source>unsupported format version %1 (only 1 is known)</source>
        <translation>不支持的格式版本 %1（只认识 1）</translation>
    </message>
    <message>
        <source>the export uses a newer minor version (%1); unknown fields are ignored</source>
        <translation>导出文件使用了较新的次版本（%1）；未知字段将被忽略</translation>
    </message>
    <message>
        <source>unexpected number in the top-level array</source>
        <translation>顶层数组中有意外的数字</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>没有名称的条目</translation>
    </message>
    <message>
        <source>more than one top-level directory</source>
        <translation>不止一个顶层目录</translation>
    </message>
    <message>
        <source>the file is empty or cannot be read (%1)</source>
        <translation>文件为空或无法读取（%1）</translation>
    </message>
    <message>
        <source>not a valid ncdu export (at byte %1): %2</source>
        <translation>不是有效的 ncdu 导出文件（位于第 %1 字节）：%2</translation>
    </message>
    <message>
        <source>the export holds no directory</source>
        <translation>导出文件中没有目录</translation>
    </message>
    <message>
        <source>stopped before anything was read</source>
        <translation>在读取任何内容之前已停止</translation>
    </message>
</context>
<context>
    <name>RecentScans</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveTree</name>
    <message>
        <source>“%1” is a mount point; it is not removed.</source>
        <translation>“%1”是挂载点；不会删除。</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a name inside a folder.</source>
        <translation>“%1”不是文件夹中的名称。</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>built-in rules</source>
        <translation>内置规则</translation>
    </message>
    <message>
        <source>the built-in rules are missing from this build</source>
        <translation>此版本中缺少内置规则</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4; none of its rules are used</source>
        <translation>%1:%2:%3：%4；其中的规则均未使用</translation>
    </message>
    <message>
        <source>%1: not a CacheLens rule file (expected {&quot;version&quot;: 1, &quot;rules&quot;: [...]}); none of its rules are used</source>
        <translation>%1：不是 CacheLens 规则文件（应为 {&quot;version&quot;: 1, &quot;rules&quot;: [...]}）；其中的规则均未使用</translation>
    </message>
    <message>
        <source>%1: rule %2 (%3)</source>
        <translation>%1：规则 %2（%3）</translation>
    </message>
    <message>
        <source>needs an &quot;id&quot; and a &quot;name&quot;</source>
        <translation>需要 &quot;id&quot; 和 &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;contains&quot; only applies to &quot;type&quot;: &quot;dir&quot;</source>
        <translation>&quot;contains&quot; 只适用于 &quot;type&quot;: &quot;dir&quot;</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be dir, file or any</source>
        <translation>&quot;type&quot; 必须是 dir、file 或 any</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be fallback or override</source>
        <translation>&quot;mode&quot; 必须是 fallback 或 override</translation>
    </message>
    <message>
        <source>unknown tier &apos;%1&apos;</source>
        <translation>未知安全级别“%1”</translation>
    </message>
    <message>
        <source>%1: cache %2 (%3)</source>
        <translation>%1：缓存 %2（%3）</translation>
    </message>
    <message>
        <source>needs an &quot;id&quot; and a known category and tier</source>
        <translation>需要 &quot;id&quot; 以及已知的类别和安全级别</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Print one JSON document (see the README for the schema)</source>
        <translation>输出一个 JSON 文档（格式见 README）</translation>
    </message>
    <message>
        <source>Print one CSV row per folder down to --depth</source>
        <translation>每个文件夹输出一行 CSV，直到 --depth 层</translation>
    </message>
    <message>
        <source>How many of the largest folders and files to list (default 10)</source>
        <translation>列出多少个最大的文件夹和文件（默认 10）</translation>
    </message>
    <message>
        <source>How deep --csv lists folders (default 3; roots are 0)</source>
        <translation>--csv 列出文件夹的深度（默认 3；根为 0）</translation>
    </message>
    <message>
        <source>Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)</source>
        <translation>使用 1000 的幂（kB、MB、GB），而非 1024（KiB、MiB、GiB）</translation>
    </message>
    <message>
        <source>Enter other file systems mounted below a root</source>
        <translation>进入挂载在根目录下的其他文件系统</translation>
    </message>
    <message>
        <source>Skip entries whose name (or, with &apos;/&apos;, path) matches; repeatable</source>
        <translation>跳过名称（或带“/”时为路径）匹配的条目；可重复</translation>
    </message>
    <message>
        <source>Walker threads (default: one per processor)</source>
        <translation>遍历线程数（默认：每个处理器一个）</translation>
    </message>
    <message>
        <source>Also write the tree as an ncdu JSON export (&apos;-&apos; for stdout); one PATH</source>
        <translation>同时把树写成 ncdu JSON 导出文件（“-”表示标准输出）；只能一个 PATH</translation>
    </message>
    <message>
        <source>Compress the --export file with gzip</source>
        <translation>用 gzip 压缩 --export 文件</translation>
    </message>
    <message>
        <source>Report on an ncdu/gdu/CacheLens export instead of scanning</source>
        <translation>基于 ncdu/gdu/CacheLens 导出文件生成报告，而不扫描</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>Usage: cachelens scan [OPTIONS] PATH...
       cachelens scan [OPTIONS] --import FILE

Scans each PATH and prints its size (as du counts it: hard links once, symlinks not
followed, one file system per root), the size of each ML category, and the largest
folders and files.

Options:
</source>
        <translation>用法：cachelens scan [OPTIONS] PATH...
      cachelens scan [OPTIONS] --import FILE

扫描每个 PATH 并打印其大小（与 du 的计算方式相同：硬链接只计一次，不跟随
符号链接，每个根只统计一个文件系统）、每个 ML 类别的大小，以及最大的
文件夹和文件。

选项：
</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;</source>
        <translation>--%1 需要至少为 %2 的整数，而不是“%3”</translation>
    </message>
    <message>
        <source>; inside an earlier root, counted there</source>
        <translation>；位于之前的某个根之内，已在那里计入</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>按类别：</translation>
    </message>
    <message>
        <source>Largest folders:</source>
        <translation>最大的文件夹：</translation>
    </message>
    <message>
        <source>Largest files:</source>
        <translation>最大的文件：</translation>
    </message>
    <message>
        <source> (stopped early: the totals are incomplete)</source>
        <translation>（提前停止：总计不完整）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>... and %1 more unreadable entries (all are listed by --json)</source>
        <translation>……以及另外 %1 个不可读的条目（--json 会全部列出）</translation>
    </message>
    <message>
        <source>Try &apos;cachelens scan --help&apos; for more information.</source>
        <translation>请尝试“cachelens scan --help”了解更多信息。</translation>
    </message>
    <message>
        <source>choose one of --json and --csv</source>
        <translation>--json 和 --csv 只能选一个</translation>
    </message>
    <message>
        <source>give either PATHs or --import, not both</source>
        <translation>请给出 PATH 或 --import，不能同时给出</translation>
    </message>
    <message>
        <source>no PATH given</source>
        <translation>未给出 PATH</translation>
    </message>
    <message>
        <source>--export writes one folder: give one PATH</source>
        <translation>--export 只写一个文件夹：请只给出一个 PATH</translation>
    </message>
    <message>
        <source>--gzip only applies to --export</source>
        <translation>--gzip 只适用于 --export</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1, %2, apparent size %3</source>
        <extracomment>%1 and %2 are counts with their nouns (&quot;1 file&quot;, &quot;12 folders&quot;)</extracomment>
        <translation>%1，%2，表观大小 %3</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <extracomment>%1 is a count with its noun (&quot;1 entry&quot;, &quot;12 entries&quot;)</extracomment>
        <translation>%1，用时 %2 秒</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
</context>
<context>
    <name>StorageProbe</name>
    <message>
        <source>not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>still not answering (since an earlier sample)</source>
        <translation>仍无响应（自先前的一次采样起）</translation>
    </message>
    <message>
        <source>did not answer within %1 s</source>
        <translation>%1 秒内没有响应</translation>
    </message>
</context>
<context>
    <name>TierBadge</name>
    <message>
        <source>safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>review</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Could not create the trash folder %1: %2</source>
        <translation>无法创建回收站文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Could not read the trash folder %1: %2</source>
        <translation>无法读取回收站文件夹 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder, so it cannot be used as a trash.</source>
        <translation>%1 不是文件夹，因此不能用作回收站。</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it is not used as a trash.</source>
        <translation>%1 属于其他用户，因此不用作回收站。</translation>
    </message>
    <message>
        <source>%1 and %2 are not an item and its information file in one trash; nothing was changed.</source>
        <translation>%1 和 %2 不是同一回收站中的一个项目及其信息文件；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is no longer in the trash (%2: %3).</source>
        <translation>%1 已不在回收站中（%2：%3）。</translation>
    </message>
    <message>
        <source>The trash information file %1 is damaged; nothing was changed.</source>
        <translation>回收站信息文件 %1 已损坏；未做任何更改。</translation>
    </message>
    <message>
        <source>The trash entry %1 now belongs to %2, not to %3; nothing was changed.</source>
        <translation>回收站条目 %1 现在属于 %2，而不是 %3；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not read the folder %1: %2</source>
        <translation>无法读取文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The path %1 does not lead to the folder being cleaned; nothing was moved.</source>
        <translation>路径 %1 并不通向正在清理的文件夹；未移动任何内容。</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash: %2</source>
        <translation>无法将 %1 移到回收站：%2</translation>
    </message>
    <message>
        <source>the path does not end in the name “%1”.</source>
        <translation>路径并不以名称“%1”结尾。</translation>
    </message>
    <message>
        <source>it is a mount point.</source>
        <translation>它是挂载点。</translation>
    </message>
    <message>
        <source>it is not below the volume&apos;s top folder %1.</source>
        <translation>它不在卷的顶层文件夹 %1 之下。</translation>
    </message>
    <message>
        <source>the trash %1 cannot be opened (%2).</source>
        <translation>无法打开回收站 %1（%2）。</translation>
    </message>
    <message>
        <source>the trash %1 is on another volume.</source>
        <translation>回收站 %1 位于另一个卷上。</translation>
    </message>
    <message>
        <source>the information file cannot be created (%1).</source>
        <translation>无法创建信息文件（%1）。</translation>
    </message>
    <message>
        <source>the information file cannot be written (%1).</source>
        <translation>无法写入信息文件（%1）。</translation>
    </message>
    <message>
        <source>the trash %1 is inside it.</source>
        <translation>回收站 %1 位于其内部。</translation>
    </message>
    <message>
        <source>no free name is left in the trash.</source>
        <translation>回收站中已没有可用的名称。</translation>
    </message>
    <message>
        <source>The folder %1 that held %2 is gone (%3); it was left in the trash.</source>
        <translation>原来存放 %2 的文件夹 %1 已不存在（%3）；它仍留在回收站中。</translation>
    </message>
    <message>
        <source>Something already exists at %1; the trashed item was left in the trash.</source>
        <translation>%1 处已存在内容；被移入回收站的项目仍留在回收站中。</translation>
    </message>
    <message>
        <source>%1 is missing from the trash (%2).</source>
        <translation>回收站中缺少 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is now on another volume than the trash; the item was left in the trash.</source>
        <translation>%1 现在与回收站位于不同的卷上；该项目仍留在回收站中。</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Could not open the trash folder %1: %2</source>
        <translation>无法打开回收站文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Could not delete %1 from the trash: %2</source>
        <translation>无法从回收站删除 %1：%2</translation>
    </message>
    <message>
        <source>Deleted %1 but could not remove its information file %2: %3</source>
        <translation>已删除 %1，但无法删除其信息文件 %2：%3</translation>
    </message>
</context>
<context>
    <name>TreeWalk</name>
    <message>
        <source>the folder was replaced while it was being read</source>
        <translation>文件夹在读取过程中被替换</translation>
    </message>
    <message>
        <source>a folder was moved while it was being read; stopped there</source>
        <translation>某个文件夹在读取过程中被移动；已在该处停止</translation>
    </message>
</context>
<context>
    <name>UsageHistory</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing</source>
        <translation>缺少 Qt SQLite 驱动</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>cannot set up %1</source>
        <translation>无法设置 %1</translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot prune %1</source>
        <translation>无法修剪 %1</translation>
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 — %2 used</source>
        <translation>%1 — 已用 %2</translation>
    </message>
    <message>
        <source>%1, full in ~%2</source>
        <translation>%1，约 %2后写满</translation>
    </message>
    <message>
        <source>Disk almost full</source>
        <translation>磁盘即将写满</translation>
    </message>
    <message>
        <source>Disk filling up</source>
        <translation>磁盘正在填满</translation>
    </message>
    <message>
        <source>%1 is %2 full — full in about %3</source>
        <translation>%1 已用 %2 — 约 %3后写满</translation>
    </message>
    <message>
        <source>%1 is %2 full</source>
        <translation>%1 已用 %2</translation>
    </message>
</context>
</TS>
