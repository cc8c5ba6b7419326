<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="85" />
        <source>Joined</source>
        <extracomment>Quiet time after a mapping change before the sheet is compared again (ms).</extracomment>
        <translation>入职</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="85" />
        <source>Has left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="86" />
        <source>New manager</source>
        <translation>更换上级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="86" />
        <source>New title</source>
        <translation>职位变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="87" />
        <source>Department changed</source>
        <translation>部门变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="88" />
        <source>Name changed</source>
        <translation>姓名变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="88" />
        <source>Vacancy filled</source>
        <translation>空缺已补</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="89" />
        <source>Now vacant</source>
        <translation>变为空缺</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="89" />
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="124" />
        <source>(vacancy)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="128" />
        <source>new, in the parking lot</source>
        <translation>新增，放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="130" />
        <source>new, at the top</source>
        <translation>新增，位于顶层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="131" />
        <source>new, under %1</source>
        <translation>新增，上级为 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="143" />
        <source>(no manager)</source>
        <translation>（无上级）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="144" />
        <source>(parking lot)</source>
        <translation>（待定区）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="158" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="158" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="158" />
        <source>ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="159" />
        <source>Person or position</source>
        <translation>人员或岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="159" />
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="159" />
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../orgdesign/app/document.py" line="75" />
        <source>Untitled</source>
        <extracomment>the model changed (after any edit, undo or redo, or a load) the op that just ran (forward or inverse), for views that update in part the file path or modified flag changed</extracomment>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="61" />
        <source>New position</source>
        <extracomment>Deleting more units than this asks first.</extracomment>
        <translation>新岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="89" />
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="118" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="119" />
        <source>Delete %1 units (the selection with everyone reporting to it)?</source>
        <translation>删除 %1 个单元（所选单元及其全部下属）？</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="124" />
        <source>Delete %1 units</source>
        <translation>删除 %1 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="136" />
        <source>Delete and promote reports</source>
        <translation>删除并提升下属</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="167" />
        <source>The clipboard holds no units: %1</source>
        <translation>剪贴板中没有单元：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="184" />
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="184" />
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="190" />
        <source>Select exactly two units to connect them.</source>
        <translation>请恰好选择两个单元来连接。</translation>
    </message>
</context>
<context>
    <name>EventLogDialog</name>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="111" />
        <source>Hand-offs from an event log</source>
        <extracomment>Skipped rows named in the summary (the count is always complete). a process was added (its id)</extracomment>
        <translation>事件日志中的交接</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="116" />
        <source>From group</source>
        <translation>来源组</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="116" />
        <source>To group</source>
        <translation>目标组</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="117" />
        <source>Hand-offs</source>
        <translation>交接次数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="117" />
        <source>Mean wait</source>
        <translation>平均等待</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="135" />
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="204" />
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="138" />
        <source>Leave out successions seen fewer times than this (rare paths make a map hard to read)</source>
        <translation>出现次数少于此值的前后衔接不予保留（罕见路径会让流程图难以阅读）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="143" />
        <source>New process name</source>
        <translation>新流程名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="144" />
        <source>Keep flows seen at least</source>
        <translation>保留出现次数至少为</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="146" />
        <source>Create process</source>
        <translation>创建流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="153" />
        <source>Hand-offs between groups, most frequent first:</source>
        <translation>组间交接（按次数从多到少）：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="162" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="167" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="169" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="171" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="172" />
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="176" />
        <source>case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="176" />
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="177" />
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="177" />
        <source>timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="181" />
        <source>%1 (%2) · columns: %3</source>
        <translation>%1（%2）· 列：%3</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="183" />
        <source>%1 events in %2 cases; %3 successions: %4 hand-offs between groups, %5 within one group.</source>
        <translation>%2 个案例中共 %1 个事件；%3 次前后衔接：组间交接 %4 次，组内 %5 次。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="187" />
        <source>Hand-offs per case: mean %1, max %2; %3 cases without a hand-off.</source>
        <translation>每个案例的交接：平均 %1，最多 %2；%3 个案例没有交接。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="193" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="194" />
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="197" />
        <source>%1 rows left out (%2%3).</source>
        <translation>%1 行未计入（%2%3）。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="208" />
        <source>Create process %1 from an event log</source>
        <translation>从事件日志创建流程 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="211" />
        <source>Cannot create the process</source>
        <translation>无法创建流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="214" />
        <source>Created %1 with %2 steps and %3 flows.</source>
        <translation>已创建 %1，含 %2 个步骤和 %3 条流转。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="218" />
        <source>No unit is named like these groups, so their steps have no performing unit yet: %1.</source>
        <translation>没有与以下组同名的单元，这些步骤暂无执行单元：%1。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="107" />
        <source>Export Diagram</source>
        <extracomment>Quiet time after the last change before the preview is drawn again (ms). a file was written (the report says what)</extracomment>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="132" />
        <source>PDF (print)</source>
        <translation>PDF（打印）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="133" />
        <source>PowerPoint (slides)</source>
        <translation>PowerPoint（幻灯片）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="134" />
        <source>PNG (picture)</source>
        <translation>PNG（图片）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="135" />
        <source>SVG (vector picture)</source>
        <translation>SVG（矢量图）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="136" />
        <source>Graphviz DOT (graph)</source>
        <translation>Graphviz DOT（图）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="140" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="144" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="146" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="147" />
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="151" />
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="378" />
        <source>Only the selected unit and its reports</source>
        <translation>仅导出所选单元及其下属</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="152" />
        <source>Keep collapsed branches collapsed</source>
        <translation>已折叠的分支保持折叠</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="156" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="157" />
        <source>Chart</source>
        <translation>组织图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="159" />
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="160" />
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="161" />
        <source>Levels shown</source>
        <translation>显示层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="168" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="174" />
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="190" />
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="184" />
        <source>Automatic (follow the chart)</source>
        <translation>自动（随图表形状）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="185" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="186" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="193" />
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="195" />
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="196" />
        <source>Page size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="198" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="199" />
        <source>Margins</source>
        <translation>页边距</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="202" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="203" />
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="210" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="214" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="216" />
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="217" />
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="223" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="224" />
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="239" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="225" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="231" />
        <source>Mark vacant positions</source>
        <translation>标出空缺岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="232" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="233" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="237" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="238" />
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="245" />
        <source>Today's date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="247" />
        <source>e.g. Confidential</source>
        <translation>例如：内部资料</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="252" />
        <source>OrgDesign</source>
        <translation>OrgDesign</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="253" />
        <source>Graphviz</source>
        <translation>Graphviz</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="254" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="256" />
        <source>Cards show</source>
        <translation>卡片显示</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="259" />
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="261" />
        <source>Heading</source>
        <translation>标题行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="263" />
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="264" />
        <source>Labels in</source>
        <translation>固定标签语言</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="265" />
        <source>Layout by</source>
        <translation>布局引擎</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="279" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="297" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="356" />
        <source>Org chart</source>
        <translation>组织结构图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="357" />
        <source>Org chart (compact)</source>
        <translation>组织结构图（紧凑）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="358" />
        <source>Inverted: the customer on top</source>
        <translation>倒置图：客户在上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="359" />
        <source>Rings: the customer at the centre</source>
        <translation>同心圆图：客户居中</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="362" />
        <source>Process: %1</source>
        <translation>流程：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="364" />
        <source>Interfaces between functions</source>
        <translation>职能间接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="372" />
        <source>No title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="377" />
        <source>Only “%1” and its reports</source>
        <translation>仅导出“%1”及其下属</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="482" />
        <source>Automatic: one slide when readable</source>
        <translation>自动：能看清时放在一张幻灯片上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="483" />
        <source>Automatic: one page when readable</source>
        <translation>自动：能看清时放在一页上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="484" />
        <source>The whole chart on one slide</source>
        <translation>整张图放在一张幻灯片上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="485" />
        <source>The whole chart on one page</source>
        <translation>整张图放在一页上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="486" />
        <source>Tiled at print size over several pages</source>
        <translation>按打印尺寸分拼到多页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="487" />
        <source>One slide per department</source>
        <translation>每个部门一张幻灯片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="488" />
        <source>One page per department</source>
        <translation>每个部门一页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="489" />
        <source>One slide per manager and team, level by level</source>
        <translation>逐层每位主管及其团队一张幻灯片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="490" />
        <source>One page per manager and team, level by level</source>
        <translation>逐层每位主管及其团队一页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="546" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="546" />
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="547" />
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="547" />
        <source>SVG picture (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="548" />
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="550" />
        <source>Export diagram</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="605" />
        <source>At this size the picture would be %1 × %2 px; it is scaled down to %3 × %4 px. For full detail export a PDF tiled at print size.</source>
        <translation>按此尺寸图片将为 %1 × %2 像素，已缩小为 %3 × %4 像素。如需完整细节，请导出按打印尺寸分拼的 PDF。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="611" />
        <source>Card names come out very small on this page: choose another page layout or a larger page.</source>
        <translation>此页上的卡片名称会非常小：请选择其他版式或更大的纸张。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="614" />
        <source>%1 teams deeper down are left out (too many pages): export one branch, or fewer levels.</source>
        <translation>更深层的 %1 个团队未导出（页数过多）：请导出单个分支，或减少层级。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="617" />
        <source>The preview shows OrgDesign's layout; Graphviz lays the file out itself.</source>
        <translation>预览显示的是 OrgDesign 的布局；文件由 Graphviz 自行布局。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="628" />
        <source>at least %1 pages</source>
        <translation>至少 %1 页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="630" />
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="631" />
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="633" />
        <source>%1 slides with the title slide</source>
        <translation>%1 张幻灯片（含标题页）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="634" />
        <source>at least %1 slides with the title slide</source>
        <translation>至少 %1 张幻灯片（含标题页）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="636" />
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="639" />
        <source>One drawing, %1 × %2 px</source>
        <translation>一张图，%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="642" />
        <source>One graph of %1 boxes</source>
        <translation>一个含 %1 个节点的图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="643" />
        <source>the whole chart at once</source>
        <translation>整张图一次呈现</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="644" />
        <source>tiled %1 × %2</source>
        <translation>拼接 %1 × %2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="645" />
        <source>one per department</source>
        <translation>每个部门一份</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="646" />
        <source>one per manager and team</source>
        <translation>每位主管及其团队一份</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="658" />
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="687" />
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="719" />
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="720" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>FlowsModel</name>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="320" />
        <source>From step</source>
        <translation>起始步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="320" />
        <source>To step</source>
        <translation>目标步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="320" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="321" />
        <source>Between functions</source>
        <translation>职能之间</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="325" />
        <source>Sequence</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="325" />
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="326" />
        <source>Loop back</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="348" />
        <source>(missing: %1)</source>
        <translation>（缺失：%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="384" />
        <source>within %1</source>
        <translation>%1 内部</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="388" />
        <source>An interface: the work passes to another function</source>
        <translation>接口：工作转交给另一个职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="422" />
        <source>No step %1 in this process.</source>
        <translation>此流程中没有步骤 %1。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="427" />
        <source>Change a flow of %1</source>
        <translation>修改 %1 的流转</translation>
    </message>
</context>
<context>
    <name>FunctionsPanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="35" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="35" />
        <source>Customer-facing</source>
        <translation>面向客户</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="35" />
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="68" />
        <source>Double-click to choose the colour</source>
        <translation>双击选择颜色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="83" />
        <source>Layers: contact %1 · support %2 · management %3</source>
        <translation>层级：接触 %1 · 支持 %2 · 管理 %3</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="98" />
        <source>Cannot change</source>
        <translation>无法修改</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="106" />
        <source>Function colour</source>
        <translation>职能颜色</translation>
    </message>
</context>
<context>
    <name>HrFiles</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="29" />
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="45" />
        <source>Import HR spreadsheet</source>
        <translation>导入人事表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="52" />
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="105" />
        <source>Cannot read the spreadsheet</source>
        <translation>无法读取表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="67" />
        <source>Imported %1 rows: %2 placed, %3 in the parking lot, %4 problems</source>
        <translation>已导入 %1 行：%2 行放入组织图，%3 行放入待定区，%4 个问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="84" />
        <source>Cannot update from the spreadsheet</source>
        <translation>无法根据表格更新</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="98" />
        <source>Update from HR spreadsheet</source>
        <translation>根据人事表格更新</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="131" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="132" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="136" />
        <source>Export HR spreadsheet</source>
        <translation>导出人事表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="144" />
        <source>Cannot export the spreadsheet</source>
        <translation>无法导出表格</translation>
    </message>
</context>
<context>
    <name>HrImportDialog</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="176" />
        <source>Import HR spreadsheet</source>
        <translation>导入人事表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="179" />
        <source>Put several top people under one new top unit</source>
        <translation>将多个最高层人员放到一个新的顶层单元下</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="181" />
        <source>Name of the top unit (default: Organisation)</source>
        <translation>顶层单元名称（默认：组织）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="183" />
        <source>Group by department (a department box above each department's head)</source>
        <translation>按部门分组（在每个部门负责人上方添加部门框）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="195" />
        <source>Sheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="196" />
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="302" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="199" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="221" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="224" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="301" />
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="305" />
        <source>Nothing can be imported: %1</source>
        <translation>无法导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="312" />
        <source>Preview of the first %1 of %2 rows (the whole sheet is imported on Import):</source>
        <translation>预览前 %1 行（共 %2 行；点击“导入”时导入整张表）：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="316" />
        <source>All %1 rows:</source>
        <translation>全部 %1 行：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="317" />
        <source>%1 placed in the chart</source>
        <translation>%1 行放入组织图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="318" />
        <source>%1 to the parking lot</source>
        <translation>%1 行放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="320" />
        <source>%1 as dotted lines</source>
        <translation>%1 行作为虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="322" />
        <source>%1 repeated rows skipped</source>
        <translation>跳过 %1 个重复行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="326" />
        <source>Parked rows: %1</source>
        <translation>放入待定区的行：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="329" />
        <source>Errors: %1 · warnings: %2 · notes: %3 (see Problems).</source>
        <translation>错误 %1 个 · 警告 %2 个 · 提示 %3 个（见“问题”）。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="334" />
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="336" />
        <source>Custom fields: %1</source>
        <translation>自定义字段：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="354" />
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
</context>
<context>
    <name>HrUpdateDialog</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="221" />
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="358" />
        <source>Update from HR spreadsheet</source>
        <translation>根据人事表格更新</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="244" />
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="245" />
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="248" />
        <source>Unticked changes are left out. A person whose new manager is left out goes to the parking lot.</source>
        <translation>未勾选的变更不会应用。若某人的新上级未被应用，此人将放入待定区。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="255" />
        <source>Apply ticked changes</source>
        <translation>应用勾选的变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="280" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="281" />
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="315" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="282" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="312" />
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="314" />
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="326" />
        <source>The sheet cannot be compared with the project: %1</source>
        <translation>无法将表格与项目比较：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="331" />
        <source>The project already matches this sheet: nothing to change.</source>
        <translation>项目已与此表格一致，无需变更。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="337" />
        <source>%1 changes found (%2); %3 ticked.</source>
        <translation>发现 %1 项变更（%2）；已勾选 %3 项。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="97" />
        <source>Import RACI workbook</source>
        <translation>导入 RACI 工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="98" />
        <source>Apply these changes to the matrix %1? They are one step that Undo takes back.</source>
        <translation>将这些更改应用到矩阵“%1”吗？它们作为一步操作，可用“撤销”还原。</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="44" />
        <source>The project has no matrix like this one: it will be added as the new matrix %1.</source>
        <extracomment>Detail lines per list before "… and N more".</extracomment>
        <translation>项目中没有对应的矩阵：将作为新矩阵“%1”添加。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="47" />
        <source>The workbook holds no changes.</source>
        <translation>该工作簿没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="49" />
        <source>Activities: %1 added, %2 removed, %3 renamed, %4 moved to another process</source>
        <translation>活动：新增 %1 项，删除 %2 项，重命名 %3 项，移至其他流程 %4 项</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="56" />
        <source>  the order of the activities changed</source>
        <translation>  活动顺序已改变</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="60" />
        <source>Roles: %1 added, %2 removed, %3 renamed</source>
        <translation>角色：新增 %1 个，删除 %2 个，重命名 %3 个</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="65" />
        <source>  the order of the roles changed</source>
        <translation>  角色顺序已改变</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/dialogs.py" line="67" />
        <source>Cells changed: %n</source>
        <translation>
            <numerusform>已更改的单元格：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="68" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/dialogs.py" line="84" />
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … 另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfaceListModel</name>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="73" />
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="73" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="73" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="73" />
        <source>Hand-off</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="74" />
        <source>Coordination procedure</source>
        <translation>协调程序</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="74" />
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="106" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="161" />
        <source>No coordination procedure yet: describe how the two sides hand the work over.</source>
        <translation>尚无协调程序：请说明双方如何交接工作。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="164" />
        <source>No responsible person yet: pick someone or type a name.</source>
        <translation>尚无负责人：请选择人员或输入姓名。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="187" />
        <source>Edit the coordination procedure of an interface in %1</source>
        <translation>编辑 %1 中接口的协调程序</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="197" />
        <source>Set the responsible person of an interface in %1</source>
        <translation>设置 %1 中接口的负责人</translation>
    </message>
</context>
<context>
    <name>InterfaceMatrixModel</name>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="240" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="242" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="271" />
        <source>To %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="272" />
        <source>From %1</source>
        <translation>从 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="304" />
        <source>%n interface(s) in all</source>
        <translation>
            <numerusform>共 %n 个接口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="306" />
        <source>%n interface(s) out of %1</source>
        <translation>
            <numerusform>从 %1 发出 %n 个接口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="308" />
        <source>%n interface(s) into %1</source>
        <translation>
            <numerusform>进入 %1 的接口 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="310" />
        <source>%n hand-off(s) within %1 (not interfaces)</source>
        <translation>
            <numerusform>%1 内部交接 %n 次（不算接口）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="312" />
        <source>%n interface(s) from %1 to %2</source>
        <translation>
            <numerusform>从 %1 到 %2 的接口 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfacesView</name>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="87" />
        <source>Functions</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="88" />
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="89" />
        <source>Count a hand-off as an interface when the two steps belong to different functions, or to different units</source>
        <translation>两个步骤属于不同职能（或不同单元）时，其间的交接计为一个接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="92" />
        <source>Only the selected process</source>
        <translation>仅显示所选流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="140" />
        <source>Count interfaces between</source>
        <translation>接口统计口径</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="147" />
        <source>Interfaces: who hands work to whom, and how it is coordinated</source>
        <translation>接口：谁把工作交给谁，如何协调</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="151" />
        <source>Interface matrix (from rows to columns)</source>
        <translation>接口矩阵（从行到列）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="154" />
        <source>Per process</source>
        <translation>按流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="215" />
        <source>Scenario %1: %2 interfaces, %3 hand-offs within, %4 flows</source>
        <translation>方案“%1”：%2 个接口，%3 次职能内交接，共 %4 条流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interfaces_view.py" line="233" />
        <source>Cannot change</source>
        <translation>无法修改</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="76" />
        <source>Chart</source>
        <translation>组织图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="84" />
        <source>Processes</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="88" />
        <source>RACI</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="99" />
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="101" />
        <source>Parking lot</source>
        <translation>待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="103" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="105" />
        <source>Functions and layers</source>
        <translation>职能与层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="107" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="109" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="111" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="70" />
        <location filename="../../orgdesign/app/main_window.py" line="163" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="164" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="165" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="166" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="168" />
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="175" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="176" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="178" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="179" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="180" />
        <location filename="../../orgdesign/app/main_window.py" line="193" />
        <source>HR spreadsheet…</source>
        <translation>人事表格…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="182" />
        <source>Update from HR spreadsheet…</source>
        <translation>根据人事表格更新…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="185" />
        <source>&amp;Diagram…</source>
        <translation>图表(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="187" />
        <location filename="../../orgdesign/app/main_window.py" line="189" />
        <source>RACI workbook…</source>
        <translation>RACI 工作簿…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="191" />
        <source>Event log…</source>
        <translation>事件日志…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="197" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="199" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="204" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="206" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="212" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="213" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="214" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="215" />
        <source>Copy as &amp;Image</source>
        <translation>复制为图片(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="218" />
        <source>Add &amp;Report</source>
        <translation>添加下属(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="220" />
        <source>Add &amp;Sibling</source>
        <translation>添加同级(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="222" />
        <source>Add &amp;Assistant</source>
        <translation>添加助理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="224" />
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="225" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="226" />
        <source>Delete and &amp;Promote Reports</source>
        <translation>删除并提升下属(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="229" />
        <source>Collapse / E&amp;xpand</source>
        <translation>折叠/展开(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="231" />
        <source>Dotted &amp;Line Between Two Units</source>
        <translation>在两个单元间画虚线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="233" />
        <source>Move to Parking Lot</source>
        <translation>移入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="236" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="237" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="239" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="242" />
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="250" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="251" />
        <source>&amp;Classic</source>
        <translation>传统(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="251" />
        <source>C&amp;ompact</source>
        <translation>紧凑(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="252" />
        <source>&amp;Inverted (Customer on Top)</source>
        <translation>倒置（客户在上）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="253" />
        <source>&amp;Rings (Customer at the Centre)</source>
        <translation>同心圆（客户居中）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="255" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="267" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="269" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="271" />
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="272" />
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小 100%(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="285" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="288" />
        <source>Find name, title, person or function</source>
        <translation>查找名称、职位、人员或职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="298" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="304" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="305" />
        <source>&amp;About OrgDesign</source>
        <translation>关于 OrgDesign(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/main_window.py" line="360" />
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="371" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="372" />
        <source>Save the changes to %1?</source>
        <translation>保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="386" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="396" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="413" />
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="423" />
        <source>Chart copied as an image</source>
        <translation>已将图表复制为图片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="459" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="472" />
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="485" />
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="492" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="507" />
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="557" />
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="565" />
        <source>Match %1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="578" />
        <source>About OrgDesign</source>
        <translation>关于 OrgDesign</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="579" />
        <source>OrgDesign %1
Design customer-centred organisations: charts with the customer on top, RACI matrices, interfaces between functions.</source>
        <translation>OrgDesign %1
设计以客户为中心的组织：客户在上的组织图、RACI 责任矩阵、职能之间的接口。</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="200" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="200" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="201" />
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="223" />
        <source>Untick a column to leave it out of the project</source>
        <translation>取消勾选某列即可不将其导入项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="230" />
        <source>Other columns, kept as custom fields:</source>
        <translation>其他列（作为自定义字段保留）：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="238" />
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="238" />
        <source>Person name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="239" />
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="239" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="240" />
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="240" />
        <source>Manager (ID or name)</source>
        <translation>上级（工号或姓名）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="241" />
        <source>Manager name</source>
        <translation>上级姓名</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="241" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="242" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="242" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="243" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="243" />
        <source>Location</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="244" />
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="244" />
        <source>Customer-facing</source>
        <translation>面向客户</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="245" />
        <source>Unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="245" />
        <source>Unit kind</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="246" />
        <source>Person ID</source>
        <translation>人员 ID</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="246" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="247" />
        <source>Parked</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="247" />
        <source>Dotted line to</source>
        <translation>虚线上级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="248" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="248" />
        <source>Assistant position</source>
        <translation>助理岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="256" />
        <source>(not mapped)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../orgdesign/edit/apply.py" line="114" />
        <source>unknown edit {op}</source>
        <extracomment>op class -&gt; function returning the primitive op(s) that perform it primitive op class -&gt; function applying it and returning the inverse</extracomment>
        <translation>未知的编辑操作 {op}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="67" />
        <source>cannot place {what} {name} under {parent}: {parent} is inside its subtree (reporting cycle)</source>
        <translation>无法将{what} {name} 放到 {parent} 之下：{parent} 位于其下级之中（会形成汇报循环）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="87" />
        <source>unit {unit} still reports to removed unit {parent!r}</source>
        <translation>单元 {unit} 仍向已删除的单元 {parent!r} 汇报</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="92" />
        <source>secondary line {line!r} in scenario {scenario!r} still names a removed unit</source>
        <translation>方案 {scenario!r} 中的虚线关系 {line!r} 仍指向已删除的单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="98" />
        <source>segment {segment} in scenario {scenario!r} still names a removed unit</source>
        <translation>方案 {scenario!r} 中的客户群 {segment} 仍指向已删除的单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="109" />
        <source>unit {unit} reports to unknown unit {parent!r} in scenario {scenario!r}</source>
        <translation>在方案 {scenario!r} 中，单元 {unit} 的上级 {parent!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="114" />
        <source>parked unit {unit} cannot have a parent</source>
        <translation>待定区中的单元 {unit} 不能有上级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="120" />
        <source>unit {unit} names unknown function {function!r}</source>
        <translation>单元 {unit} 指定的职能 {function!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="137" />
        <source>unit {unit} names unknown person {person!r}</source>
        <translation>单元 {unit} 指定的人员 {person!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="141" />
        <source>person {person!r} already fills unit {unit} in scenario {scenario!r}</source>
        <translation>在方案 {scenario!r} 中，人员 {person!r} 已任职于单元 {unit}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="159" />
        <source>segment {segment} names unknown contact unit {unit!r}</source>
        <translation>客户群 {segment} 指定的联系单元 {unit!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="170" />
        <source>secondary line {line!r} names unknown unit {unit!r}</source>
        <translation>虚线关系 {line!r} 指向不存在的单元 {unit!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="180" />
        <source>function {function!r} is still used by unit {unit} in scenario {scenario!r}</source>
        <translation>在方案 {scenario!r} 中，职能 {function!r} 仍被单元 {unit} 使用</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="192" />
        <source>person {person!r} still fills unit {unit} in scenario {scenario!r}</source>
        <translation>在方案 {scenario!r} 中，人员 {person!r} 仍任职于单元 {unit}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="201" />
        <source>a project keeps at least one scenario</source>
        <translation>项目至少要保留一个方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="203" />
        <source>scenario {scenario!r} is the active one; make another scenario active first</source>
        <translation>方案 {scenario!r} 是当前方案；请先将其他方案设为当前方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="215" />
        <source>scenario {scenario} is not sound: {problem}</source>
        <translation>方案 {scenario} 存在错误：{problem}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="225" />
        <source>process {process} has two steps with id {step!r}</source>
        <translation>流程 {process} 中有两个步骤的标识同为 {step!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="232" />
        <source>process {process} has two flows with id {flow!r}</source>
        <translation>流程 {process} 中有两条流转的标识同为 {flow!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="238" />
        <source>flow {flow!r} of process {process} names unknown step {step!r}</source>
        <translation>流程 {process} 的流转 {flow!r} 指向不存在的步骤 {step!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="247" />
        <source>process {process} is a sub-process of removed process {parent!r}</source>
        <translation>流程 {process} 是已删除流程 {parent!r} 的子流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="255" />
        <source>process {process} is a sub-process of unknown process {parent!r}</source>
        <translation>流程 {process} 的上级流程 {parent!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="268" />
        <source>RACI matrix {matrix} has a duplicate activity id</source>
        <translation>RACI 矩阵 {matrix} 中有重复的活动标识</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="271" />
        <source>RACI matrix {matrix} has a duplicate role id</source>
        <translation>RACI 矩阵 {matrix} 中有重复的角色标识</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/checks.py" line="276" />
        <source>RACI matrix {matrix} has cells outside its rows and columns</source>
        <translation>RACI 矩阵 {matrix} 中有超出其行列范围的单元格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="19" />
        <source>unit</source>
        <extracomment>the word for each kind of object, a clause of its own in messages (the window translates it)</extracomment>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="20" />
        <source>segment</source>
        <translation>客户群</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="21" />
        <source>secondary line</source>
        <translation>虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="22" />
        <location filename="../../orgdesign/io/hr_update.py" line="54" />
        <source>function</source>
        <extracomment>How an ``updated`` change names the model fields that differ (custom keys stay as they are).</extracomment>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="23" />
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="24" />
        <source>scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="25" />
        <source>process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="26" />
        <source>RACI matrix</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/analysis/regroup.py" line="490" />
        <location filename="../../orgdesign/edit/common.py" line="47" />
        <location filename="../../orgdesign/export/hr_sheet.py" line="61" />
        <location filename="../../orgdesign/io/hr_update.py" line="531" />
        <location filename="../../orgdesign/io/hr_update.py" line="588" />
        <source>no scenario {scenario!r} in the project</source>
        <extracomment>The node gathering steps that have no unit, or a unit the scenario lacks.</extracomment>
        <translation>项目中没有方案 {scenario!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/analysis/regroup.py" line="499" />
        <source>scenario id {scenario!r} is already taken</source>
        <translation>方案标识 {scenario!r} 已被占用</translation>
    </message>
    <message>
        <location filename="../../orgdesign/analysis/regroup.py" line="506" />
        <source>the suggestion moves unit {unit!r}, which is not in the scenario</source>
        <translation>该建议调整了单元 {unit!r}，但该单元不在方案中</translation>
    </message>
    <message>
        <location filename="../../orgdesign/analysis/regroup.py" line="510" />
        <source>the suggestion names unknown function {function!r}</source>
        <translation>该建议指定的职能 {function!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/analysis/regroup.py" line="537" />
        <source>apply suggestion {name}</source>
        <translation>应用建议 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="57" />
        <source>no {what} {id!r}</source>
        <translation>没有{what} {id!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="59" />
        <source>no {what} {id!r} in scenario {scenario!r}</source>
        <translation>方案 {scenario!r} 中没有{what} {id!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="96" />
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="99" />
        <source>{field}: {reason} (and {count} more)</source>
        <translation>{field}：{reason}（另有 {count} 处错误）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="101" />
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="118" />
        <source>cannot change {field!r} of {what} {name} with this edit</source>
        <translation>此编辑不能修改{what} {name} 的 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="124" />
        <source>{what} {name} has no field {field!r}</source>
        <translation>{what} {name} 没有字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/common.py" line="129" />
        <source>invalid value for {what} {name}: {problem}</source>
        <translation>{what} {name} 的值无效：{problem}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/misc.py" line="96" />
        <location filename="../../orgdesign/edit/primitives.py" line="278" />
        <source>secondary line {line!r} cannot join unit {unit!r} to itself</source>
        <extracomment>op class -&gt; (collection, attribute naming the object, fields it may not change)</extracomment>
        <translation>虚线关系 {line!r} 不能将单元 {unit!r} 与其自身相连</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/misc.py" line="142" />
        <source>scenario id {id!r} is already taken</source>
        <translation>方案标识 {id!r} 已被占用</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="60" />
        <source>functions belong to the project, not to scenario {scenario!r}</source>
        <extracomment>list name -&gt; (class of its items, key of its word in NOUNS, lives in a scenario?) project-level list -&gt; the refusal of a splice that names a scenario for it</extracomment>
        <translation>职能属于整个项目，而非方案 {scenario!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="62" />
        <source>people belong to the project, not to scenario {scenario!r}</source>
        <translation>人员属于整个项目，而非方案 {scenario!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="64" />
        <source>scenarios belong to the project, not to scenario {scenario!r}</source>
        <translation>方案属于整个项目，而非方案 {scenario!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="66" />
        <source>processes belong to the project, not to scenario {scenario!r}</source>
        <translation>流程属于整个项目，而非方案 {scenario!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="68" />
        <source>RACI matrices belong to the project, not to scenario {scenario!r}</source>
        <translation>RACI 矩阵属于整个项目，而非方案 {scenario!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="86" />
        <source>unknown collection {collection!r}</source>
        <extracomment>unit fields only the move and park ops may change</extracomment>
        <translation>未知的列表 {collection!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="104" />
        <source>a {what} is named twice in one removal</source>
        <translation>同一次删除中某个{what}被指定了两次</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="115" />
        <source>a {what} was expected, not a {type}</source>
        <translation>此处应为{what}，而不是 {type}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="119" />
        <source>position {pos} for {what} {id!r} is out of order or range</source>
        <translation>{what} {id!r} 的位置 {pos} 顺序错误或超出范围</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="125" />
        <source>duplicate {what} id {id!r}</source>
        <translation>{what}标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="127" />
        <source>duplicate {what} id {id!r} in scenario {scenario!r}</source>
        <translation>方案 {scenario!r} 中的{what}标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="194" />
        <source>unknown function {function!r} for unit {unit}</source>
        <translation>为单元 {unit} 指定的职能 {function!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="200" />
        <source>unknown person {person!r} for unit {unit}</source>
        <translation>为单元 {unit} 指定的人员 {person!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/primitives.py" line="216" />
        <source>person {person!r} already fills unit {unit} in scenario {scenario!r}; cannot assign to {other}</source>
        <translation>在方案 {scenario!r} 中，人员 {person!r} 已任职于单元 {unit}；不能再分配给 {other}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/units.py" line="48" />
        <source>sibling index {index} is out of range (0 to {n})</source>
        <translation>同级位置 {index} 超出范围（0 到 {n}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/units.py" line="80" />
        <source>unit {unit} is parked; a parked unit is a root</source>
        <translation>单元 {unit} 在待定区中；待定区中的单元没有上级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/units.py" line="147" />
        <source>unit {unit} is already in the parking lot</source>
        <translation>单元 {unit} 已在待定区中</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/units.py" line="156" />
        <source>unit {unit} is not in the parking lot</source>
        <translation>单元 {unit} 不在待定区中</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/units.py" line="225" />
        <source>nothing to paste</source>
        <translation>没有可粘贴的内容</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/units.py" line="229" />
        <source>the units to paste name one id twice</source>
        <translation>要粘贴的单元中有重复的标识</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/units.py" line="246" />
        <source>Paste {count} unit</source>
        <translation>粘贴 {count} 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/units.py" line="248" />
        <source>Paste {count} units</source>
        <translation>粘贴 {count} 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="89" />
        <source>missing case id</source>
        <extracomment>The group of an event whose group value is empty. How :data:`NO_GROUP` is shown. Candidate column names per role, in order of preference (compared case-insensitively).</extracomment>
        <translation>缺少案例编号</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="90" />
        <source>missing timestamp</source>
        <translation>缺少时间戳</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="96" />
        <source>unparsable timestamp {stamp!r}</source>
        <translation>无法解析的时间戳 {stamp!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="215" />
        <location filename="../../orgdesign/io/event_log.py" line="228" />
        <source>cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="230" />
        <source>unknown event log format {format!r} (csv or xes)</source>
        <translation>未知的事件日志格式 {format!r}（应为 csv 或 xes）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="263" />
        <source>the log has no column {column!r} (columns: {columns})</source>
        <translation>日志中没有列 {column!r}（现有列：{columns}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="275" />
        <source>cannot tell which column of {source} holds the case (columns: {columns}); name it with --case</source>
        <translation>无法判断 {source} 的哪一列是案例编号（现有列：{columns}）；请用 --case 指定</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="277" />
        <source>cannot tell which column of {source} holds the group (columns: {columns}); name it with --group</source>
        <translation>无法判断 {source} 的哪一列是执行组（现有列：{columns}）；请用 --group 指定</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="279" />
        <source>cannot tell which column of {source} holds the timestamp (columns: {columns}); name it with --timestamp</source>
        <translation>无法判断 {source} 的哪一列是时间戳（现有列：{columns}）；请用 --timestamp 指定</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="291" />
        <source>{source} is empty or has no header row</source>
        <translation>{source} 为空或没有表头行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="309" />
        <source>{source} is not valid text ({error})</source>
        <translation>{source} 不是有效的文本（{error}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="312" />
        <location filename="../../orgdesign/io/project_file.py" line="87" />
        <location filename="../../orgdesign/io/project_file.py" line="174" />
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="79" />
        <location filename="../../orgdesign/io/recovery.py" line="129" />
        <source>{source}: {problem}</source>
        <extracomment>Files larger than this are refused before reading (a 50,000-unit project is ~25 MB). Longest piece of file content echoed back in an error message.
----------
A path, or an open binary file (bytes of a workbook in memory).</extracomment>
        <translation>{source}：{problem}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="458" />
        <source>{source} declares a document type (DTD) at line {line}; XES logs need none and entity declarations are refused for safety</source>
        <translation>{source} 在第 {line} 行声明了文档类型（DTD）；XES 日志不需要 DTD，出于安全考虑不接受实体声明</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/event_log.py" line="463" />
        <source>{source} is not well-formed XML: {error} (line {line})</source>
        <translation>{source} 不是格式正确的 XML：{error}（第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="62" />
        <source>{column}: {value!r} is not a valid layer; kept as custom field {field!r}</source>
        <extracomment>Longest id the model accepts. Separators of several managers in one cell ("E1; E2"). Fields of free text, where "#N/A" may be what someone wrote (errors elsewhere read as empty). Longest text of a mapped cell (the rest: MAX_NAME); ids are checked on their own. Problem of a yes/no, layer or kind cell that says neither (one sentence per field).</extracomment>
        <translation>{column}：{value!r} 不是有效的层级；已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="64" />
        <source>{column}: {value!r} is not a valid customer-facing; kept as custom field {field!r}</source>
        <translation>{column}：{value!r} 不是有效的“面向客户”值；已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="66" />
        <source>{column}: {value!r} is not a valid kind; kept as custom field {field!r}</source>
        <translation>{column}：{value!r} 不是有效的单元类型；已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="68" />
        <source>{column}: {value!r} is not a valid parked; kept as custom field {field!r}</source>
        <translation>{column}：{value!r} 不是有效的“待定”值；已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="70" />
        <source>{column}: {value!r} is not a valid assistant; kept as custom field {field!r}</source>
        <translation>{column}：{value!r} 不是有效的“助理岗位”值；已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="167" />
        <source>{column} holds {length} characters; kept the first {limit}</source>
        <translation>{column} 含 {length} 个字符；只保留前 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="174" />
        <source>the row has {cells} cells but the header only {width}; the extra ones are kept as custom fields</source>
        <translation>该行有 {cells} 个单元格，而表头只有 {width} 列；多出的单元格已保留为自定义字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="187" />
        <source>{column} holds {value}, which looks like a spreadsheet error; kept as text</source>
        <translation>{column} 的内容为 {value}，看起来是电子表格的错误值；已按文本保留</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="192" />
        <source>{column} holds the spreadsheet error {value}; read as empty, the text is kept as custom field {field!r}</source>
        <translation>{column} 含电子表格错误值 {value}；按空值读取，原文已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="208" />
        <source>{column} holds {length} characters; the full text is kept as custom field {field!r}</source>
        <translation>{column} 含 {length} 个字符；完整文本已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="262" />
        <source>the id is {length} characters long (at most {limit}); the row gets a new id and keeps the old one as custom field {field!r}</source>
        <translation>工号长 {length} 个字符（最多 {limit} 个）；该行使用新的编号，原工号保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="279" />
        <source>id {id!r} is already used by row {row} ({name}); this row went to the parking lot with a new id</source>
        <translation>工号 {id!r} 已被第 {row} 行（{name}）使用；本行以新编号放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="284" />
        <source>id {id!r} is already used by row {row} (a vacancy); this row went to the parking lot with a new id</source>
        <translation>工号 {id!r} 已被第 {row} 行（空缺岗位）使用；本行以新编号放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="304" />
        <source>{name!r} has no id; the unit is named {unit!r} and cannot be found as a manager by id</source>
        <translation>{name!r} 没有工号；其单元编号为 {unit!r}，无法按工号被指定为上级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="330" />
        <source>; its differing cells ({cells}) are kept as custom fields of row {row}</source>
        <translation>；其不同的单元格（{cells}）已保留为第 {row} 行的自定义字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="338" />
        <source>{name!r} (id {id!r}) is listed again, under manager {manager!r} (row {row}: {first_manager!r}); the second relation is kept as a dotted line{kept}</source>
        <translation>{name!r}（工号 {id!r}）再次出现，上级为 {manager!r}（第 {row} 行的上级为 {first_manager!r}）；第二个汇报关系已保留为虚线{kept}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="346" />
        <source>{name!r} (id {id!r}) is listed again under the same manager as row {row}; the repeat is skipped{kept}</source>
        <translation>{name!r}（工号 {id!r}）再次出现，上级与第 {row} 行相同；已跳过重复行{kept}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="357" />
        <source>a vacancy (no name) has a person id; kept as custom field</source>
        <translation>空缺岗位（无姓名）填写了人员 ID；已保留为自定义字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="365" />
        <source>person id {id!r} is too long; the person gets a new id</source>
        <translation>人员 ID {id!r} 过长；已为该人员分配新 ID</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="369" />
        <source>person id {id!r} is used twice; the person gets a new id</source>
        <translation>人员 ID {id!r} 重复使用；已为该人员分配新 ID</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="399" />
        <source>marked as parked in the sheet; it stays in the parking lot</source>
        <translation>表中标记为待定；保留在待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="420" />
        <source>the manager cell names {count} managers ({cell!r}); placed under {manager!r}, the others are kept as dotted lines</source>
        <translation>上级单元格列出了 {count} 位上级（{cell!r}）；已放到 {manager!r} 之下，其余保留为虚线</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="426" />
        <source>{name!r} is its own manager ({manager!r}); placed as a root</source>
        <translation>{name!r} 的上级是其本人（{manager!r}）；已作为顶层单元放置</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="435" />
        <source>manager {manager!r} could be any of {count} people ({rows}); the row went to the parking lot</source>
        <translation>上级 {manager!r} 可能是 {count} 位人员中的任一位（{rows}）；该行已放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="441" />
        <location filename="../../orgdesign/io/hr_update.py" line="65" />
        <source>manager {manager!r} is neither an id nor a name in the sheet; the row went to the parking lot with its reports</source>
        <extracomment>The unknown-manager problem of the import, and what it becomes for a unit that stays put.</extracomment>
        <translation>上级 {manager!r} 既不是表中的工号也不是姓名；该行连同其下属已放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="452" />
        <source>manager id {id!r} is {name!r} (row {row}) but the manager name says {manager!r}; the id was followed</source>
        <translation>上级工号 {id!r} 对应 {name!r}（第 {row} 行），但上级姓名为 {manager!r}；已按工号处理</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="458" />
        <source>manager id {id!r} is 'a vacancy' (row {row}) but the manager name says {manager!r}; the id was followed</source>
        <translation>上级工号 {id!r} 对应一个空缺岗位（第 {row} 行），但上级姓名为 {manager!r}；已按工号处理</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="465" />
        <source>no column is mapped to the manager: every row is a root (map one with manager=Column)</source>
        <translation>没有列对应到上级：每一行都是顶层单元（请用 manager=列 指定一列）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="508" />
        <source>reporting cycle {chain} -&gt; {last!r} ({rows}); broken at row {row}: it went to the parking lot with its reports</source>
        <translation>汇报循环 {chain} -&gt; {last!r}（{rows}）；已在第 {row} 行断开：该行连同其下属已放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="553" />
        <source>{count} empty rows skipped ({rows})</source>
        <translation>已跳过 {count} 个空行（{rows}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_build.py" line="556" />
        <source>{count} empty row skipped ({rows})</source>
        <translation>已跳过 {count} 个空行（{rows}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_import.py" line="96" />
        <source>cannot use --map {item!r}: write field=Column with a field of {fields} (or ignore=Column)</source>
        <translation>无法使用 --map {item!r}：请写成 字段=列，字段为 {fields} 之一（或 ignore=列）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_import.py" line="101" />
        <source>--map {item!r} names no column</source>
        <translation>--map {item!r} 没有指定列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_import.py" line="108" />
        <source>--map {item!r}: no column {column!r} in the sheet (it has: {headers})</source>
        <translation>--map {item!r}：表中没有列 {column!r}（现有列：{headers}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_import.py" line="130" />
        <source>{path} has a header (row {row}) but no data rows</source>
        <translation>{path} 有表头（第 {row} 行），但没有数据行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_import.py" line="135" />
        <source>no column of {path} is recognised as id, name or title (headers: {headers}); map them with --map field=Column</source>
        <translation>{path} 中没有可识别为工号、姓名或职位的列（表头：{headers}）；请用 --map 字段=列 指定</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_objects.py" line="47" />
        <source>rows {rows} and {more} more</source>
        <extracomment>unit.custom key for a dotted-line reference that named nobody</extracomment>
        <translation>第 {rows} 行及另外 {more} 行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_objects.py" line="50" />
        <source>rows {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_objects.py" line="51" />
        <source>row {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_objects.py" line="159" />
        <source>dotted-line manager {manager!r} names several people; kept as custom field {field!r}</source>
        <translation>虚线上级 {manager!r} 对应多个人员；已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_objects.py" line="164" />
        <source>dotted-line manager {manager!r} names nobody; kept as custom field {field!r}</source>
        <translation>虚线上级 {manager!r} 在表中找不到对应人员；已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_objects.py" line="168" />
        <source>dotted-line manager {manager!r} names the row itself; kept as custom field {field!r}</source>
        <translation>虚线上级 {manager!r} 指向本行自身；已保留为自定义字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_objects.py" line="199" />
        <source>{count} rows have no manager ({rows}); placed under a new top unit {name!r}</source>
        <translation>{count} 行没有上级（{rows}）；已放到新建的顶层单元 {name!r} 之下</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_objects.py" line="204" />
        <source>{count} rows have no manager ({rows}); kept as {count} roots</source>
        <translation>{count} 行没有上级（{rows}）；保留为 {count} 个顶层单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="142" />
        <source>cannot read {path}: {reason}</source>
        <extracomment>Rows searched for the header (a title block above it is rarely longer). Bytes of a CSV file given to the delimiter sniffer. Largest sheet file read (a bigger one is not an HR export). Longest CSV cell read (the csv module's default of 128 KB is too small for notes).</extracomment>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="145" />
        <source>cannot read {path}: it is a folder</source>
        <translation>无法读取 {path}：这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="148" />
        <source>cannot read {path}: {size} MB is too large for an HR sheet</source>
        <translation>无法读取 {path}：{size} MB 对人事表格来说过大</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="157" />
        <source>cannot read {path}: save it as .xlsx or .csv first</source>
        <translation>无法读取 {path}：请先另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="160" />
        <source>{path} is a CSV file; it has no sheet {sheet!r}</source>
        <translation>{path} 是 CSV 文件，没有工作表 {sheet!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="264" />
        <source>{path} holds no data: every row is empty</source>
        <translation>{path} 没有数据：所有行都是空的</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="414" />
        <source>unknown encoding {encoding!r}</source>
        <translation>未知编码 {encoding!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="426" />
        <source>{path} is not {encoding} text (line {line}); try --encoding gb18030, utf-16 or latin-1</source>
        <translation>{path} 不是 {encoding} 编码的文本（第 {line} 行）；请尝试 gb18030、utf-16 或 latin-1 编码</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="433" />
        <source>{path} is empty</source>
        <translation>{path} 是空文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="447" />
        <source>cannot read {path} as CSV: {reason}</source>
        <translation>无法按 CSV 读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="520" />
        <source>cannot read {path} as a workbook: {reason}</source>
        <translation>无法按工作簿读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="528" />
        <source>{path} has no visible worksheet</source>
        <translation>{path} 没有可见的工作表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="534" />
        <source>{path} has no sheet {sheet!r} (it has: {sheets})</source>
        <translation>{path} 中没有工作表 {sheet!r}（现有：{sheets}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_read.py" line="539" />
        <source>sheet {sheet!r} of {path} is a chart, not a table</source>
        <translation>{path} 中的工作表 {sheet!r} 是图表，不是数据表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_result.py" line="94" />
        <location filename="../../orgdesign/io/hr_update.py" line="119" />
        <source>row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="55" />
        <source>layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="56" />
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="57" />
        <source>kind</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="58" />
        <source>assistant</source>
        <translation>助理岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="59" />
        <source>unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="60" />
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="61" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="62" />
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="68" />
        <source>manager {manager!r} is neither an id nor a name in the sheet; the unit stays where it is</source>
        <translation>上级 {manager!r} 既不是表中的工号也不是姓名；该单元保持原位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="77" />
        <source>{first}, {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="267" />
        <source>the row has no id; an update matches people by id, so it is left out</source>
        <extracomment>keys the sheet names as a manager without listing them (a leaver's vacancy)</extracomment>
        <translation>该行没有工号；更新按工号匹配人员，因此略过该行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="310" />
        <source>the new manager {manager!r} of {id!r} is neither in the project nor joining; not moved</source>
        <translation>{id!r} 的新上级 {manager!r} 既不在项目中也不是新入职人员；未调整</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="340" />
        <source>moving {id!r} under {manager!r} would make a reporting cycle with units of the project; not moved</source>
        <translation>将 {id!r} 调到 {manager!r} 之下会与项目中的单元形成汇报循环；未调整</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="373" />
        <source>{who} under {manager}</source>
        <translation>{who}，上级为 {manager}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="377" />
        <source>{who} in the parking lot</source>
        <translation>{who}，放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="379" />
        <source>{who} as a root</source>
        <translation>{who}，作为顶层单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="393" />
        <source>{who} is not in the sheet; the position stays as a vacancy</source>
        <translation>{who} 已不在表中；该岗位保留为空缺</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="406" />
        <location filename="../../orgdesign/io/hr_update.py" line="412" />
        <source>{who}: {old!r} -&gt; {new!r}</source>
        <translation>{who}：{old!r} -&gt; {new!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="437" />
        <source>(no manager)</source>
        <translation>（无上级）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="441" />
        <source>{who}: from {old} to {new}</source>
        <translation>{who}：上级由 {old} 改为 {new}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="454" />
        <source>{position} ({id}) is now filled by {name}</source>
        <translation>{position}（{id}）现由 {name} 担任</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="461" />
        <source>{who}: the sheet lists the position as vacant; it becomes a vacancy</source>
        <translation>{who}：表中该岗位为空缺；将设为空缺岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="466" />
        <source>{old!r} -&gt; {new!r} ({id})</source>
        <translation>{old!r} -&gt; {new!r}（{id}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="502" />
        <source>person {field}</source>
        <translation>人员{field}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="506" />
        <source>{who}: {fields}</source>
        <translation>{who}：{fields}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="534" />
        <source>an update matches people by id, but no column is mapped to the id (map it with id=Column)</source>
        <translation>更新按工号匹配人员，但没有列对应到工号（请用 id=列 指定）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="544" />
        <source>none of the ids in {path} is in the project; is it the export of this organisation?</source>
        <translation>{path} 中的工号没有一个在项目中；这是本组织导出的表格吗？</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="611" />
        <source>no unit {unit!r} in scenario {scenario!r} (changed since the comparison?)</source>
        <translation>方案 {scenario!r} 中没有单元 {unit!r}（比较之后项目被修改过？）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="619" />
        <source>unit {unit!r} has no person to update</source>
        <translation>单元 {unit!r} 没有可更新的人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/hr_update.py" line="656" />
        <source>Update from HR sheet</source>
        <translation>根据人事表格更新</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/migrations.py" line="36" />
        <source>schema version 0 has no scenarios, yet this file has some; is its schema_version wrong?</source>
        <extracomment>Id and name of the scenario a version-0 organisation is wrapped into.</extracomment>
        <translation>结构版本 0 没有场景，但此文件含有场景；它的 schema_version 是否有误？</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/migrations.py" line="72" />
        <source>unknown schema version {version}; cannot upgrade it</source>
        <extracomment>from-version -&gt; function producing the next version.</extracomment>
        <translation>结构版本 {version} 未知，无法升级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/migrations.py" line="80" />
        <source>cannot upgrade from schema version {version}: {kind}: {error}</source>
        <translation>无法从结构版本 {version} 升级：{kind}：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/migrations.py" line="84" />
        <source>upgrade step from schema version {version} went astray</source>
        <translation>从结构版本 {version} 升级的步骤出错</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="95" />
        <source>{text!r}... ({count:,} characters)</source>
        <translation>{text!r}……（共 {count:,} 个字符）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="104" />
        <source>a very large number</source>
        <translation>一个极大的数字</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="109" />
        <source>a list of {count:,} item</source>
        <translation>含 {count:,} 项的列表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="110" />
        <source>a list of {count:,} items</source>
        <translation>含 {count:,} 项的列表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="113" />
        <source>an object with {count:,} field</source>
        <translation>含 {count:,} 个字段的对象</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="114" />
        <source>an object with {count:,} fields</source>
        <translation>含 {count:,} 个字段的对象</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="136" />
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="137" />
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="138" />
        <location filename="../../orgdesign/io/project_file.py" line="139" />
        <location filename="../../orgdesign/io/project_file.py" line="140" />
        <source>should be a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="141" />
        <source>should be a JSON list</source>
        <translation>应为 JSON 列表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="142" />
        <source>should be text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="143" />
        <source>should be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="144" />
        <source>holds a broken character (a lone surrogate escape)</source>
        <translation>含有损坏的字符（孤立的代理项转义）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="160" />
        <source>{problem} (this one has {count:,})</source>
        <translation>{problem}（实际有 {count:,} 个）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="163" />
        <source>{problem}, got {value}</source>
        <translation>{problem}，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="168" />
        <source>{source}: {problem} (and {count:,} more problem)</source>
        <translation>{source}：{problem}（另有 {count:,} 个问题）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="171" />
        <source>{source}: {problem} (and {count:,} more problems)</source>
        <translation>{source}：{problem}（另有 {count:,} 个问题）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="183" />
        <source>is a folder, not a project file</source>
        <translation>是文件夹，不是项目文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="193" />
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="196" />
        <source>permission denied; cannot read the file</source>
        <translation>权限不足，无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="200" />
        <source>cannot read the file: {error}</source>
        <translation>无法读取该文件：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="208" />
        <source>is too large to be a project file ({size:,.0f} MB; the limit is {limit} MB)</source>
        <translation>过大，不可能是项目文件（{size:,.0f} MB；上限为 {limit} MB）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="220" />
        <source>is UTF-16 text, not UTF-8; save it as UTF-8 and try again</source>
        <translation>是 UTF-16 文本而不是 UTF-8；请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="223" />
        <source>is a ZIP archive (an Excel or Office file?), not an OrgDesign project</source>
        <translation>是 ZIP 压缩包（Excel 或其他 Office 文件？），不是 OrgDesign 项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="229" />
        <source>is not UTF-8 text (NUL byte at byte {byte}; UTF-16?)</source>
        <translation>不是 UTF-8 文本（第 {byte} 字节为 NUL；是 UTF-16 吗？）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="237" />
        <source>ends in the middle of a character (byte {byte}); the file looks truncated</source>
        <translation>在一个字符的中间结束（第 {byte} 字节）；文件似乎不完整</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="240" />
        <source>is not UTF-8 text (byte {byte}: 0x{value:02X}); OrgDesign project files are UTF-8</source>
        <translation>不是 UTF-8 文本（第 {byte} 字节：0x{value:02X}）；OrgDesign 项目文件应为 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="269" />
        <source>has the key {key!r} twice in the object with id {id!r}; it is unclear which one is meant, so nothing was loaded</source>
        <translation>在 id 为 {id!r} 的对象中，键 {key!r} 出现了两次；无法确定以哪一个为准，因此未加载任何内容</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="272" />
        <source>has the key {key!r} twice in one object; it is unclear which one is meant, so nothing was loaded</source>
        <translation>同一对象中键 {key!r} 出现了两次；无法确定以哪一个为准，因此未加载任何内容</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="296" />
        <source>is nested too deeply (lists or objects inside each other beyond any project's depth)</source>
        <translation>嵌套过深（列表或对象相互嵌套的层数超出任何项目的深度）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="302" />
        <source>has a text value that is never closed (from line {line}, column {column}); the file looks truncated</source>
        <translation>有一个文本值没有结束（从第 {line} 行第 {column} 列开始）；文件似乎不完整</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="306" />
        <source>ends too early at line {line}, column {column}; the file looks truncated ({error})</source>
        <translation>在第 {line} 行第 {column} 列提前结束；文件似乎不完整（{error}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="309" />
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：第 {line} 行第 {column} 列处 {error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="314" />
        <source>holds a number too long to read (over 4,300 digits)</source>
        <translation>含有一个过长而无法读取的数字（超过 4,300 位）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="317" />
        <source>is not valid JSON: {error}</source>
        <translation>不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="325" />
        <source>is not an OrgDesign project (it holds {value}, not a JSON object)</source>
        <translation>不是 OrgDesign 项目（其内容为 {value}，而不是 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="330" />
        <source>is not an OrgDesign project (it has no format tag; expected {expected!r})</source>
        <translation>不是 OrgDesign 项目（没有格式标记；应为 {expected!r}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="334" />
        <source>is not an OrgDesign project (it has format {format}; expected {expected!r})</source>
        <translation>不是 OrgDesign 项目（格式为 {format}；应为 {expected!r}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="338" />
        <source>has no schema_version</source>
        <translation>缺少 schema_version</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="341" />
        <source>schema_version should be a whole number, got {value}</source>
        <translation>schema_version 应为整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="345" />
        <source>was made by a newer OrgDesign (schema version {version}; this version reads up to {latest}); please update OrgDesign</source>
        <translation>由更新版本的 OrgDesign 创建（结构版本 {version}；本版本最高可读取 {latest}）；请升级 OrgDesign</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="350" />
        <source>has an unknown schema version {version}</source>
        <translation>结构版本 {version} 未知</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="365" />
        <source>{problem} (after upgrading the file from schema version {version})</source>
        <translation>{problem}（文件已从结构版本 {version} 升级）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="385" />
        <source>is empty; it holds no project</source>
        <translation>为空，不包含任何项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="415" />
        <source>is nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="418" />
        <source>is too large to load into memory</source>
        <translation>过大，无法载入内存</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="421" />
        <source>cannot be read ({kind}: {error})</source>
        <translation>无法读取（{kind}：{error}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="471" />
        <source>cannot write the project: {error}</source>
        <translation>无法写入项目：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="493" />
        <source>is a folder; cannot save the project over it</source>
        <translation>是文件夹，不能把项目保存为它</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/project_file.py" line="507" />
        <source>cannot save ({error}); the previous file is unchanged</source>
        <translation>无法保存（{error}）；原文件保持不变</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/raci_schemes.py" line="179" />
        <source>unknown RACI scheme {name!r}; known: {known}</source>
        <extracomment>Characters that may separate letters in typed cell text.</extracomment>
        <translation>未知的 RACI 方案 {name!r}；可用方案：{known}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/raci_schemes.py" line="221" />
        <source>{letter!r} is not a letter of {scheme} (letters: {letters})</source>
        <translation>{letter!r} 不是 {scheme} 的字母（可用字母：{letters}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/raci_schemes.py" line="231" />
        <source>{combination!r} is not an allowed combination in {scheme} (allowed: {allowed})</source>
        <translation>{combination!r} 不是 {scheme} 允许的组合（允许：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/raci_schemes.py" line="228" />
        <source>{combination!r} is not an allowed combination in {scheme} (allowed: none)</source>
        <translation>{combination!r} 不是 {scheme} 允许的组合（该方案不允许任何组合）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="116" />
        <source>{name} is not an Excel workbook (.xlsx): {error}</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="120" />
        <source>the file is not an Excel workbook (.xlsx): {error}</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="128" />
        <source>not an OrgDesign RACI workbook: sheet {sheet!r} is missing (only workbooks exported by OrgDesign can be read back)</source>
        <translation>不是 OrgDesign 的 RACI 工作簿：缺少工作表 {sheet!r}（只能读回由 OrgDesign 导出的工作簿）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="137" />
        <source>not an OrgDesign RACI workbook: {sheet}!B1 does not say {tag!r}</source>
        <translation>不是 OrgDesign 的 RACI 工作簿：{sheet}!B1 的内容不是 {tag!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="145" />
        <source>{sheet}!B2: workbook format version {version!r} is not one this OrgDesign reads (it reads 1 to {latest})</source>
        <translation>{sheet}!B2：本版本 OrgDesign 无法读取工作簿格式版本 {version!r}（可读取 1 到 {latest}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="156" />
        <source>{sheet}!B3: the matrix id is missing</source>
        <translation>{sheet}!B3：缺少矩阵编号</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="192" />
        <source>{sheet}!A{row}: the hidden id row and column are missing or damaged; this sheet cannot be matched to the matrix</source>
        <translation>{sheet}!A{row}：隐藏的编号行和编号列缺失或已损坏；无法将此工作表与矩阵对应</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="210" />
        <source>{sheet}!{row}:{row}: the process column is missing</source>
        <translation>{sheet}!{row}:{row}：缺少流程列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="214" />
        <source>{sheet}!{row}:{row}: the activity column is missing</source>
        <translation>{sheet}!{row}:{row}：缺少活动列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="236" />
        <source>{sheet}!{range}: merged cells over the matrix; unmerge them and import again</source>
        <translation>{sheet}!{range}：矩阵区域内有合并单元格；请取消合并后重新导入</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="266" />
        <source>sheet {sheet!r} is missing from the workbook</source>
        <translation>工作簿中缺少工作表 {sheet!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="305" />
        <source>{cell}: a new column needs the role's name in its header</source>
        <translation>{cell}：新增的列需要在表头填写角色名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="328" />
        <source>{cell}: a new activity needs a name</source>
        <translation>{cell}：新增的活动需要名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="361" />
        <source>{cell}: {field}: {error}</source>
        <translation>{cell}：{field}：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="380" />
        <source>{sheet}!B5: the workbook uses scheme {scheme}, the project's matrix {matrix!r} uses {matrix_scheme}</source>
        <translation>{sheet}!B5：工作簿使用方案 {scheme}，而项目中的矩阵 {matrix!r} 使用 {matrix_scheme}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/raci_xlsx_import.py" line="406" />
        <source>the imported matrix is {new!r}, not {old!r}</source>
        <translation>导入的矩阵是 {new!r}，不是 {old!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/recovery.py" line="84" />
        <source>cannot write the recovery file {path}: {error}</source>
        <translation>无法写入恢复文件 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/recovery.py" line="127" />
        <source>cannot read the recovery file: {error}</source>
        <translation>无法读取恢复文件：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/io/recovery.py" line="142" />
        <source>cannot delete the recovery file {path}: {error}</source>
        <translation>无法删除恢复文件 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="87" />
        <source>Restore {count} unit</source>
        <extracomment>Splice collection -&gt; (restore one, restore several, remove one, remove several, change)</extracomment>
        <translation>恢复 {count} 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="88" />
        <source>Restore {count} units</source>
        <translation>恢复 {count} 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="89" />
        <source>Remove {count} unit</source>
        <translation>删除 {count} 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="90" />
        <source>Remove {count} units</source>
        <translation>删除 {count} 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="91" />
        <source>Change units</source>
        <translation>更改单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="94" />
        <source>Restore {count} customer segment</source>
        <translation>恢复 {count} 个客户群</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="95" />
        <source>Restore {count} customer segments</source>
        <translation>恢复 {count} 个客户群</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="96" />
        <source>Remove {count} customer segment</source>
        <translation>删除 {count} 个客户群</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="97" />
        <source>Remove {count} customer segments</source>
        <translation>删除 {count} 个客户群</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="98" />
        <source>Change customer segments</source>
        <translation>更改客户群</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="101" />
        <source>Restore {count} secondary line</source>
        <translation>恢复 {count} 条虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="102" />
        <source>Restore {count} secondary lines</source>
        <translation>恢复 {count} 条虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="103" />
        <source>Remove {count} secondary line</source>
        <translation>删除 {count} 条虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="104" />
        <source>Remove {count} secondary lines</source>
        <translation>删除 {count} 条虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="105" />
        <source>Change secondary lines</source>
        <translation>更改虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="108" />
        <source>Restore {count} person</source>
        <translation>恢复 {count} 名人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="109" />
        <source>Restore {count} people</source>
        <translation>恢复 {count} 名人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="110" />
        <source>Remove {count} person</source>
        <translation>删除 {count} 名人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="111" />
        <source>Remove {count} people</source>
        <translation>删除 {count} 名人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="112" />
        <source>Change people</source>
        <translation>更改人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="115" />
        <source>Restore {count} function</source>
        <translation>恢复 {count} 个职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="116" />
        <source>Restore {count} functions</source>
        <translation>恢复 {count} 个职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="117" />
        <source>Remove {count} function</source>
        <translation>删除 {count} 个职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="118" />
        <source>Remove {count} functions</source>
        <translation>删除 {count} 个职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="119" />
        <source>Change functions</source>
        <translation>更改职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="122" />
        <source>Restore {count} process</source>
        <translation>恢复 {count} 个流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="123" />
        <source>Restore {count} processes</source>
        <translation>恢复 {count} 个流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="124" />
        <source>Remove {count} process</source>
        <translation>删除 {count} 个流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="125" />
        <source>Remove {count} processes</source>
        <translation>删除 {count} 个流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="126" />
        <source>Change processes</source>
        <translation>更改流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="129" />
        <source>Restore {count} scenario</source>
        <translation>恢复 {count} 个方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="130" />
        <source>Restore {count} scenarios</source>
        <translation>恢复 {count} 个方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="131" />
        <source>Remove {count} scenario</source>
        <translation>删除 {count} 个方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="132" />
        <source>Remove {count} scenarios</source>
        <translation>删除 {count} 个方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="133" />
        <source>Change scenarios</source>
        <translation>更改方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="138" />
        <source>Remove person {name}</source>
        <extracomment>removal op -&gt; (template, project list, attribute holding the id)</extracomment>
        <translation>删除人员 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="139" />
        <source>Remove function {name}</source>
        <translation>删除职能 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="141" />
        <source>Remove process {name}</source>
        <translation>删除流程 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="143" />
        <source>Remove scenario {name}</source>
        <translation>删除方案 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="148" />
        <source>Edit person {name}</source>
        <extracomment>update op -&gt; (template, project list, attribute holding the id)</extracomment>
        <translation>编辑人员 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="149" />
        <source>Edit function {name}</source>
        <translation>编辑职能 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="151" />
        <source>Edit process {name}</source>
        <translation>编辑流程 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="153" />
        <source>Edit scenario {name}</source>
        <translation>编辑方案 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="158" />
        <source>Add person {name!r}</source>
        <extracomment>addition op -&gt; (template, attribute holding the new object)</extracomment>
        <translation>添加人员 {name!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="159" />
        <source>Add function {name!r}</source>
        <translation>添加职能 {name!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="160" />
        <source>Add process {name!r}</source>
        <translation>添加流程 {name!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="161" />
        <source>Add scenario {name!r}</source>
        <translation>添加方案 {name!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="162" />
        <source>Add customer segment {name!r}</source>
        <translation>添加客户群 {name!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="171" />
        <source>Unassign the person of {unit}</source>
        <translation>撤下 {unit} 的任职人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="172" />
        <source>Assign {person} to {unit}</source>
        <translation>将 {person} 安排到 {unit}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="175" />
        <source>Rename {unit} to {name!r}</source>
        <translation>将 {unit} 重命名为 {name!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="177" />
        <source>Edit {unit}</source>
        <translation>编辑 {unit}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="184" />
        <source>Add assistant {name!r}</source>
        <translation>添加助理 {name!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="185" />
        <source>Add unit {name!r}</source>
        <translation>添加单元 {name!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="187" />
        <source>Delete {unit}</source>
        <translation>删除 {unit}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="189" />
        <source>Delete {unit} and promote its reports</source>
        <translation>删除 {unit} 并提升其下属</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="193" />
        <source>Move {unit} to the top level</source>
        <translation>将 {unit} 移到最高层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="195" />
        <source>Move {unit} under {parent}</source>
        <translation>将 {unit} 移到 {parent} 之下</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="198" />
        <source>Reorder {unit}</source>
        <translation>调整 {unit} 的顺序</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="200" />
        <source>Park {unit}</source>
        <translation>将 {unit} 移入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="203" />
        <source>Place {unit}</source>
        <translation>放置 {unit}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="204" />
        <source>Place {unit} under {parent}</source>
        <translation>将 {unit} 放到 {parent} 之下</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="210" />
        <source>Edit {count} units</source>
        <translation>编辑 {count} 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="220" />
        <source>Restore {count} {collection}</source>
        <translation>恢复 {count} 项 {collection}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="226" />
        <source>Remove {count} {collection}</source>
        <translation>删除 {count} 项 {collection}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="230" />
        <source>Change {collection}</source>
        <translation>更改 {collection}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="245" />
        <source>Remove customer segment {name}</source>
        <translation>删除客户群 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="248" />
        <source>Edit customer segment {name}</source>
        <translation>编辑客户群 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="251" />
        <source>Add line from {source} to {target}</source>
        <translation>添加从 {source} 到 {target} 的虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="254" />
        <source>Remove secondary line</source>
        <translation>删除虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="256" />
        <source>Edit secondary line</source>
        <translation>编辑虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="258" />
        <source>Switch to scenario {name}</source>
        <translation>切换到方案 {name}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/edit/describe.py" line="265" />
        <source>{count} edits</source>
        <translation>{count} 项编辑</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/diagram.py" line="43" />
        <source>cannot tell the format of {path!r} from its extension; use one of {extensions}</source>
        <translation>无法从扩展名判断 {path!r} 的格式；请使用以下扩展名之一：{extensions}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/diagram.py" line="75" />
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/diagram.py" line="113" />
        <source>--pages {mode} applies to PDF and PowerPoint; the {format} holds the whole chart</source>
        <translation>--pages {mode} 仅适用于 PDF 和 PowerPoint；{format} 文件包含整张图表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/diagram.py" line="168" />
        <source>PowerPoint has no tiled pages; use --pages fit (one chart slide), --pages department (a slide per department) or --pages level (a slide per manager and their team, level by level)</source>
        <translation>PowerPoint 不能分拼页面；请使用 --pages fit（一张图表幻灯片）、--pages department（每个部门一张幻灯片）或 --pages level（逐层每位主管及其团队一张幻灯片）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/diagram.py" line="196" />
        <source>--pages level: {left_out} teams deeper down were left out (whole levels are kept up to {limit} team pages; {written} written); use --root for a branch or --depth to stop at a level</source>
        <translation>--pages level：更深层的 {left_out} 个团队未导出（只保留完整的层级，最多 {limit} 个团队页面；已写入 {written} 个）；请用 --root 导出单个分支，或用 --depth 限定层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/diagram.py" line="212" />
        <source>the Graphviz engine writes SVG, PDF or PNG, not {format}</source>
        <translation>Graphviz 引擎只能生成 SVG、PDF 或 PNG，不能生成 {format}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/diagram.py" line="223" />
        <source>Graphviz: {message}</source>
        <translation>Graphviz：{message}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/hr_sheet.py" line="190" />
        <source>cannot export an HR sheet as a file without extension ({name}); use .csv or .xlsx</source>
        <translation>无法将人事表格导出为没有扩展名的文件（{name}）；请使用 .csv 或 .xlsx</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/hr_sheet.py" line="193" />
        <source>cannot export an HR sheet as {ext} ({name}); use .csv or .xlsx</source>
        <translation>无法将人事表格导出为 {ext} 文件（{name}）；请使用 .csv 或 .xlsx</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/hr_sheet.py" line="206" />
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="51" />
        <source>page size {page!r} out of range (20 to 5000 mm a side)</source>
        <extracomment>Diagram formats by file extension. Page sizes in millimetres, portrait.</extracomment>
        <translation>纸张大小 {page!r} 超出范围（每边 20 至 5000 毫米）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="53" />
        <source>unknown page size {page!r}; use one of {sizes} or WIDTHxHEIGHT in mm (e.g. 600x400)</source>
        <translation>未知的纸张大小 {page!r}；请使用 {sizes} 之一，或以毫米为单位的“宽x高”（例如 600x400）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="107" />
        <source>unknown page mode {mode!r}; use one of {modes}</source>
        <translation>未知的分页方式 {mode!r}；请使用以下之一：{modes}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="111" />
        <source>unknown engine {engine!r}; use one of {engines}</source>
        <translation>未知的布局引擎 {engine!r}；请使用以下之一：{engines}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="115" />
        <source>dpi {dpi:g} out of range (1 to 2400)</source>
        <translation>分辨率 {dpi:g} dpi 超出范围（1 至 2400）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="118" />
        <source>width {width} px out of range (16 to 65000)</source>
        <translation>宽度 {width} 像素超出范围（16 至 65000）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="121" />
        <source>margin {margin:g} mm out of range (0 to 100)</source>
        <translation>页边距 {margin:g} 毫米超出范围（0 至 100）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="125" />
        <source>tile scale {scale:g} out of range (0.05 to 10)</source>
        <translation>分拼缩放比例 {scale:g} 超出范围（0.05 至 10）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="129" />
        <source>max_pixels must be at least 10000</source>
        <translation>max_pixels 至少应为 10000</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/options.py" line="132" />
        <source>max_depth must not be negative</source>
        <translation>max_depth 不能为负数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/pptx.py" line="274" />
        <source>slide {title!r}: names are {size:.1f} pt; use --pages department or --pages level for smaller slides</source>
        <extracomment>Below this font size on a slide, the report warns that text is tiny.</extracomment>
        <translation>幻灯片 {title!r}：名称字号仅 {size:.1f} 磅；请使用 --pages department 或 --pages level，让每张幻灯片的内容更少</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/views.py" line="66" />
        <source>no process {process!r} in this project (processes: none)</source>
        <extracomment>View names offered to the user (``process:NAME`` takes a process id or name).</extracomment>
        <translation>此项目中没有流程 {process!r}（项目中没有任何流程）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/views.py" line="69" />
        <source>no process {process!r} in this project (processes: {known})</source>
        <translation>此项目中没有流程 {process!r}（现有流程：{known}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/views.py" line="74" />
        <source>unknown view {view!r}; use one of {views}</source>
        <translation>未知的视图 {view!r}；请使用以下之一：{views}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/views.py" line="84" />
        <source>no scenario {scenario!r} (the project has: {known})</source>
        <translation>没有方案 {scenario!r}（项目中的方案：{known}）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/export/views.py" line="101" />
        <location filename="../../orgdesign/export/views.py" line="128" />
        <source>no unit {unit!r} in scenario {scenario!r}</source>
        <translation>方案 {scenario!r} 中没有单元 {unit!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="39" />
        <source>unit {unit!r} in scenario {scenario!r} reports to unknown unit {parent!r}</source>
        <translation>在方案 {scenario!r} 中，单元 {unit!r} 的上级 {parent!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="43" />
        <source>unit {unit!r} in scenario {scenario!r} reports to itself</source>
        <translation>方案 {scenario!r} 中的单元 {unit!r} 向自身汇报</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="47" />
        <source>parked unit {unit!r} in scenario {scenario!r} has a parent; parked units are roots</source>
        <translation>方案 {scenario!r} 中待定区的单元 {unit!r} 有上级；待定区中的单元必须是顶层单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="51" />
        <source>unit {unit!r} in scenario {scenario!r} names unknown function {function!r}</source>
        <translation>方案 {scenario!r} 中的单元 {unit!r} 指定的职能 {function!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="56" />
        <source>unit {unit!r} in scenario {scenario!r} names unknown person {person!r}</source>
        <translation>方案 {scenario!r} 中的单元 {unit!r} 指定的人员 {person!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="60" />
        <source>person {person!r} fills both {first!r} and {second!r} in scenario {scenario!r}</source>
        <translation>在方案 {scenario!r} 中，人员 {person!r} 同时任职于 {first!r} 和 {second!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="70" />
        <source>duplicate unit id {id!r} in scenario {scenario!r}</source>
        <translation>方案 {scenario!r} 中的单元标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="72" />
        <source>duplicate segment id {id!r} in scenario {scenario!r}</source>
        <translation>方案 {scenario!r} 中的客户群标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="74" />
        <source>duplicate secondary line id {id!r} in scenario {scenario!r}</source>
        <translation>方案 {scenario!r} 中的虚线关系标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="83" />
        <source>segment {segment!r} in scenario {scenario!r} names unknown contact unit {unit!r}</source>
        <translation>方案 {scenario!r} 中的客户群 {segment!r} 指定的联系单元 {unit!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="89" />
        <source>secondary line {line!r} in scenario {scenario!r} names unknown unit {unit!r}</source>
        <translation>方案 {scenario!r} 中的虚线关系 {line!r} 指向不存在的单元 {unit!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="109" />
        <source>reporting cycle in scenario {scenario!r}: {chain} -&gt; {unit!r}</source>
        <translation>方案 {scenario!r} 中存在汇报循环：{chain} -&gt; {unit!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="118" />
        <source>duplicate process id {id!r} in the project</source>
        <translation>项目中的流程标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="122" />
        <source>duplicate step id {id!r} in process {process!r}</source>
        <translation>流程 {process!r} 中的步骤标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="124" />
        <source>duplicate flow id {id!r} in process {process!r}</source>
        <translation>流程 {process!r} 中的流转标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="130" />
        <source>flow {flow!r} in process {process!r} names unknown step {step!r}</source>
        <translation>流程 {process!r} 的流转 {flow!r} 指向不存在的步骤 {step!r}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="134" />
        <source>process {process!r} is a sub-process of unknown process {parent!r}</source>
        <translation>流程 {process!r} 的上级流程 {parent!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="144" />
        <source>process {process!r} is its own sub-process (cycle)</source>
        <translation>流程 {process!r} 是其自身的子流程（形成循环）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="154" />
        <source>duplicate RACI matrix id {id!r} in the project</source>
        <translation>项目中的 RACI 矩阵标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="157" />
        <source>duplicate activity id {id!r} in RACI matrix {matrix!r}</source>
        <translation>RACI 矩阵 {matrix!r} 中的活动标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="159" />
        <source>duplicate role id {id!r} in RACI matrix {matrix!r}</source>
        <translation>RACI 矩阵 {matrix!r} 中的角色标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="165" />
        <source>RACI matrix {matrix!r} has cells for unknown activity {activity!r}</source>
        <translation>RACI 矩阵 {matrix!r} 中有属于不存在活动 {activity!r} 的单元格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="171" />
        <source>RACI matrix {matrix!r} has a cell for unknown role {role!r}</source>
        <translation>RACI 矩阵 {matrix!r} 中有属于不存在角色 {role!r} 的单元格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="179" />
        <source>duplicate function id {id!r} in the project</source>
        <translation>项目中的职能标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="181" />
        <source>duplicate person id {id!r} in the project</source>
        <translation>项目中的人员标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="183" />
        <source>duplicate scenario id {id!r} in the project</source>
        <translation>项目中的方案标识 {id!r} 重复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="186" />
        <source>active scenario {scenario!r} does not exist</source>
        <translation>当前方案 {scenario!r} 不存在</translation>
    </message>
    <message>
        <location filename="../../orgdesign/model/invariants.py" line="209" />
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem}（另有 {count} 个问题）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/render/pdf_writer.py" line="214" />
        <source>names print at {size:.1f} pt on one {page} page; for readable text use --pages tile or --pages department, or a larger --page</source>
        <extracomment>Below this printed size of a card name, the report warns that text is tiny. Largest printed size of a layout px (pt) when fitting a page.</extracomment>
        <translation>在一页 {page} 纸上，名称只能以 {size:.1f} 磅打印；为使文字清晰可读，请使用 --pages tile 或 --pages department，或用 --page 选择更大的纸张</translation>
    </message>
    <message>
        <location filename="../../orgdesign/render/pdf_writer.py" line="353" />
        <source>the chart tiles over {total} pages at this scale</source>
        <translation>按此比例，图表将分拼到 {total} 页上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/render/raster.py" line="57" />
        <source>the picture would be {asked_width} x {asked_height} px; scaled down to {width} x {height} px (limit {megapixels:g} megapixels, {side} px a side); use --pages tile with PDF for full detail</source>
        <extracomment>Below this scale (device px per layout px) cards are drawn as plain boxes.</extracomment>
        <translation>图片本应为 {asked_width} x {asked_height} 像素；已缩小为 {width} x {height} 像素（上限为 {megapixels:g} 百万像素、每边 {side} 像素）；如需完整细节，请导出 PDF 并使用 --pages tile</translation>
    </message>
    <message>
        <location filename="../../orgdesign/layout/graphviz_run.py" line="40" />
        <source>Graphviz is not installed ('{program}' is not on the PATH); this diagram needs it. Install Graphviz (Debian/Ubuntu: sudo apt install graphviz; macOS: brew install graphviz; Windows: https://graphviz.org/download/) and try again</source>
        <extracomment>Seconds a Graphviz run may take before it is stopped.</extracomment>
        <translation>未安装 Graphviz（PATH 中找不到 '{program}'），此图需要它。请安装 Graphviz（Debian/Ubuntu：sudo apt install graphviz；macOS：brew install graphviz；Windows：https://graphviz.org/download/）后重试</translation>
    </message>
    <message>
        <location filename="../../orgdesign/layout/graphviz_run.py" line="70" />
        <source>{program} took longer than {seconds:.0f} s and was stopped</source>
        <translation>{program} 运行超过 {seconds:.0f} 秒，已被停止</translation>
    </message>
    <message>
        <location filename="../../orgdesign/layout/graphviz_run.py" line="74" />
        <source>cannot run {program}: {error}</source>
        <translation>无法运行 {program}：{error}</translation>
    </message>
    <message>
        <location filename="../../orgdesign/layout/graphviz_run.py" line="80" />
        <source>{program} failed: no message</source>
        <translation>{program} 运行失败：没有错误信息</translation>
    </message>
    <message>
        <location filename="../../orgdesign/layout/graphviz_run.py" line="83" />
        <source>{program} failed: {error}</source>
        <translation>{program} 运行失败：{error}</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="20" />
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="20" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="21" />
        <source>Vacancies</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="22" />
        <source>Span of control (min / avg / max)</source>
        <translation>管理幅度（最小/平均/最大）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="23" />
        <source>Levels</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="23" />
        <source>Layers</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="24" />
        <source>Front-line share</source>
        <translation>一线人员占比</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="25" />
        <source>Parking lot</source>
        <translation>待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/metrics.py" line="44" />
        <source>contact %1, support %2, management %3</source>
        <translation>接触 %1，支持 %2，管理 %3</translation>
    </message>
</context>
<context>
    <name>NewMatrixDialog</name>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="121" />
        <source>New RACI matrix</source>
        <translation>新建 RACI 矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="132" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/dialogs.py" line="133" />
        <source>Scheme</source>
        <translation>模式</translation>
    </message>
</context>
<context>
    <name>ParkingPanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/parking.py" line="53" />
        <source>Place under selected</source>
        <extracomment>Drag payload of a parked unit (its id, UTF-8): the canvas accepts it on a card.</extracomment>
        <translation>放到所选单元下</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/parking.py" line="54" />
        <source>Park selected</source>
        <translation>将所选移入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/parking.py" line="86" />
        <source>Cannot move</source>
        <translation>无法移动</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="80" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="82" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="87" />
        <source>Classic</source>
        <translation>传统</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="87" />
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="88" />
        <source>Inverted (customer on top)</source>
        <translation>倒置（客户在上）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="89" />
        <source>Rings (customer at the centre)</source>
        <translation>同心圆（客户居中）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="93" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="94" />
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="95" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="100" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="101" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="104" />
        <source>Language (after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="105" />
        <source>Default view</source>
        <translation>默认视图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="107" />
        <source>Card shows</source>
        <translation>卡片显示</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="108" />
        <source>Autosave every</source>
        <translation>自动保存间隔</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="24" />
        <source>The chart has no units</source>
        <extracomment>code -&gt; English sentence (marked for lupdate, translated at use)</extracomment>
        <translation>组织图中没有单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="25" />
        <source>The chart has several top units</source>
        <translation>组织图有多个最高单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="26" />
        <source>Too many direct reports</source>
        <translation>直接下属过多</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="27" />
        <source>Waiting in the parking lot</source>
        <translation>在待定区中等待安置</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="28" />
        <source>Customer segment without a point of contact</source>
        <translation>客户群没有联系窗口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="29" />
        <source>Customer segment with several points of contact</source>
        <translation>客户群有多个联系窗口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="30" />
        <source>A process step names a unit that does not exist</source>
        <translation>流程步骤指向不存在的单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="31" />
        <source>A process owner names a unit that does not exist</source>
        <translation>流程负责人指向不存在的单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="32" />
        <source>A project team names a unit that does not exist</source>
        <translation>项目组指向不存在的单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="33" />
        <source>Strategic process without an owner</source>
        <translation>战略流程没有负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="34" />
        <source>Process owner not in the management layer</source>
        <translation>流程负责人不在管理层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="35" />
        <source>Cross-functional sub-process without a project team</source>
        <translation>跨职能子流程没有项目组</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="36" />
        <source>Project team lacks a member from a function</source>
        <translation>项目组缺少某职能的成员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="37" />
        <source>Process step without a performing unit</source>
        <translation>流程步骤没有执行单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="38" />
        <source>Performing unit without a function</source>
        <translation>执行单元没有职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="39" />
        <source>Interface without coordination procedure and responsible person</source>
        <translation>接口既无协调程序也无负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="40" />
        <source>Interface without a responsible person</source>
        <translation>接口没有负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="41" />
        <source>Interface without a coordination procedure</source>
        <translation>接口没有协调程序</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="42" />
        <source>Customer-contact unit that no customer segment reaches</source>
        <translation>没有客户群联系的客户接触单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="43" />
        <source>No customer segments defined</source>
        <translation>未定义客户群</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="44" />
        <source>RACI matrix with an unknown scheme</source>
        <translation>RACI 矩阵的方案未知</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="45" />
        <source>RACI letter not in the scheme</source>
        <translation>RACI 字母不属于该方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="46" />
        <source>RACI letters that may not be combined</source>
        <translation>RACI 字母不可组合</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="47" />
        <source>Activity without an A (accountable)</source>
        <translation>活动没有 A（批准/负责）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="48" />
        <source>Activity with more than one A</source>
        <translation>活动有多个 A</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="49" />
        <source>Activity without an R (nobody does the work)</source>
        <translation>活动没有 R（无人执行）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="50" />
        <source>Activity with too many R (nobody owns it)</source>
        <translation>活动的 R 过多（无人真正负责）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="51" />
        <source>Consultation overload (too many C)</source>
        <translation>咨询过多（C 过多）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="52" />
        <source>Information overload (too many I)</source>
        <translation>通知过多（I 过多）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="53" />
        <source>Idle role (no letter at all)</source>
        <translation>闲置角色（没有任何字母）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="54" />
        <source>Bottleneck role (A on too many activities)</source>
        <translation>瓶颈角色（在过多活动中为 A）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="55" />
        <source>RACI role linked to a deleted unit</source>
        <translation>RACI 角色关联的单元已被删除</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="372" />
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="372" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="372" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="382" />
        <source>sheet</source>
        <translation>整表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="384" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="384" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="385" />
        <source>note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="26" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="26" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="26" />
        <location filename="../../orgdesign/app/docks/problems.py" line="45" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="42" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="42" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="43" />
        <source>note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ProcessListModel</name>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="48" />
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="48" />
        <source>Strategic</source>
        <translation>战略性</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="48" />
        <source>Owner</source>
        <translation>流程负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="48" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="49" />
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="80" />
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="81" />
        <source>(missing: %1)</source>
        <translation>（缺失：%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="86" />
        <source>A strategic process needs one owner at a senior level.</source>
        <translation>战略性流程需要一位高层级的流程负责人。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="116" />
        <source>A process needs a name.</source>
        <translation>流程需要名称。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="121" />
        <source>Rename process %1</source>
        <translation>重命名流程 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="126" />
        <source>Mark %1 strategic</source>
        <translation>将 %1 标为战略性流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="126" />
        <source>Mark %1 not strategic</source>
        <translation>取消 %1 的战略性标记</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="133" />
        <source>Set the owner of %1</source>
        <translation>设置 %1 的负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="139" />
        <source>Remove process %1</source>
        <translation>删除流程 %1</translation>
    </message>
</context>
<context>
    <name>ProcessTotalsModel</name>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="343" />
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="343" />
        <source>Flows</source>
        <translation>流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="343" />
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="344" />
        <source>Within</source>
        <translation>职能内</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="344" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="346" />
        <source>Flows between steps of different groups</source>
        <translation>不同组步骤之间的流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="347" />
        <source>Hand-offs inside one group (not interfaces)</source>
        <translation>同一组内部的交接（不算接口）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="348" />
        <source>Flows touching a step without a unit or function</source>
        <translation>涉及无单元或无职能步骤的流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/interface_models.py" line="356" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ProcessesTab</name>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="110" />
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="124" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="181" />
        <location filename="../../orgdesign/app/processes/tab.py" line="440" />
        <source>Add process</source>
        <translation>添加流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="182" />
        <source>Add an empty process</source>
        <translation>添加一个空流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="183" />
        <source>Remove process</source>
        <translation>删除流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="184" />
        <source>Remove the selected process</source>
        <translation>删除所选流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="185" />
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="186" />
        <source>Add a step after the selected one (after the last step, a flow to it is added too)</source>
        <translation>在所选步骤之后添加步骤（若在最后一步之后添加，同时添加一条指向它的流转）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="188" />
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="189" />
        <source>Remove the selected step and the flows that touch it</source>
        <translation>删除所选步骤及与其相连的流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="190" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="191" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="192" />
        <source>Add flow</source>
        <translation>添加流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="193" />
        <source>Add a flow from the selected step to the next one</source>
        <translation>添加从所选步骤到下一步骤的流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="194" />
        <source>Remove flow</source>
        <translation>删除流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="195" />
        <source>Fit map</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="196" />
        <source>Suggest structure…</source>
        <translation>建议组织结构…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="198" />
        <source>Propose moving units between functions so processes cross fewer function boundaries</source>
        <translation>建议在职能之间调整单元，使流程跨越更少的职能边界</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="200" />
        <source>Import event log…</source>
        <translation>导入事件日志…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="201" />
        <source>Count hand-offs in a CSV or XES event log and create a process from it</source>
        <translation>统计 CSV 或 XES 事件日志中的交接，并据此创建流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="206" />
        <source>Processes</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="210" />
        <source>Steps of the selected process</source>
        <translation>所选流程的步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="215" />
        <source>Flows (red: interfaces between functions)</source>
        <translation>流转（红色：职能间接口）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="233" />
        <source>One lane per function; red arrows are interfaces. Drag to pan, Ctrl+wheel to zoom, click a step to select it.</source>
        <translation>每个职能一条泳道；红色箭头为接口。拖动平移，Ctrl+滚轮缩放，单击步骤可选中。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="236" />
        <source>Swimlane map</source>
        <translation>泳道图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="237" />
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="338" />
        <source>Interfaces are counted in scenario: %1</source>
        <translation>接口统计所依据的方案：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="433" />
        <source>Cannot change</source>
        <translation>无法修改</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="439" />
        <source>New process</source>
        <translation>新流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="461" />
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="462" />
        <source>Add a step to %1</source>
        <translation>向 %1 添加步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="475" />
        <source>Remove a step from %1</source>
        <translation>从 %1 删除步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="487" />
        <source>Reorder the steps of %1</source>
        <translation>调整 %1 的步骤顺序</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="503" />
        <source>Add a flow to %1</source>
        <translation>向 %1 添加流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="515" />
        <source>Remove a flow from %1</source>
        <translation>从 %1 删除流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="533" />
        <source>Cannot read the event log</source>
        <translation>无法读取事件日志</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="543" />
        <source>Import event log</source>
        <translation>导入事件日志</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="544" />
        <source>Event logs (*.csv *.xes *.xes.gz *.csv.gz);;All files (*)</source>
        <translation>事件日志 (*.csv *.xes *.xes.gz *.csv.gz);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="42" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="43" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="43" />
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="48" />
        <source>Assistant (staff position)</source>
        <translation>助理（参谋岗位）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="54" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="55" />
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="56" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="57" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="58" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="59" />
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="62" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="100" />
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="104" />
        <source>(inherited)</source>
        <translation>（继承）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="108" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="109" />
        <source>Customer contact</source>
        <translation>客户接触层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="110" />
        <source>Support</source>
        <translation>支持层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="111" />
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="114" />
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/docks/properties.py" line="123" />
        <source>%n units selected</source>
        <translation>
            <numerusform>已选 %n 个单元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="135" />
        <source>In the %1 layer</source>
        <translation>位于%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="151" />
        <source>Cannot change</source>
        <translation>无法修改</translation>
    </message>
</context>
<context>
    <name>RaciLanguage</name>
    <message>
        <location filename="../../orgdesign/app/raci/lang.py" line="17" />
        <source>en</source>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>RaciTab</name>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="77" />
        <location filename="../../orgdesign/app/raci/tab.py" line="155" />
        <source>Empty matrix…</source>
        <extracomment>How long a refusal stays under the table, in milliseconds.</extracomment>
        <translation>空白矩阵…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="78" />
        <location filename="../../orgdesign/app/raci/tab.py" line="157" />
        <source>Generate from process…</source>
        <translation>由流程生成…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="79" />
        <source>Rename matrix…</source>
        <translation>重命名矩阵…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="80" />
        <source>Delete matrix</source>
        <translation>删除矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="81" />
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel 工作簿 (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="83" />
        <source>CSV file (.csv)…</source>
        <translation>CSV 文件 (.csv)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="85" />
        <source>Import workbook…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="87" />
        <source>Read back a workbook exported here and edited by the client</source>
        <translation>读回从此处导出、经客户编辑的工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="89" />
        <source>New matrix</source>
        <translation>新建矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="90" />
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="92" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="99" />
        <source>Matrix:</source>
        <translation>矩阵：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="109" />
        <location filename="../../orgdesign/app/raci/tab.py" line="480" />
        <source>Add activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="110" />
        <source>Insert an activity below the current row</source>
        <translation>在当前行下方插入一项活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="111" />
        <location filename="../../orgdesign/app/raci/tab.py" line="486" />
        <source>Add role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="112" />
        <source>Insert a free-text role such as Client</source>
        <translation>插入一个自由文本角色，例如“客户”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="114" />
        <source>Add roles from chart</source>
        <translation>从组织图添加角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="115" />
        <source>Add a column for each unit selected in the chart</source>
        <translation>为组织图中选中的每个单元添加一列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="116" />
        <source>Remove activities</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="118" />
        <source>Remove roles</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="119" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="121" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="123" />
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="125" />
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="149" />
        <source>This project has no RACI matrix yet. Start with an empty one, or generate one from a process: its steps become the activities, the performing units are R and the process owner is A.</source>
        <translation>本项目还没有 RACI 矩阵。可以新建空白矩阵，或由流程生成：流程步骤成为活动，执行单元为 R，流程负责人为 A。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="239" />
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="270" />
        <source>Scheme: %1 (unknown)</source>
        <translation>模式：%1（未知）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="273" />
        <source>Scheme: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="280" />
        <source>Type a letter, or double-click a cell to pick one; Ctrl+C / Ctrl+V copy blocks to and from Excel.</source>
        <translation>输入字母，或双击单元格从列表中选择；Ctrl+C / Ctrl+V 可与 Excel 互相复制粘贴区域。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="337" />
        <source>New RACI matrix %1</source>
        <translation>新建 RACI 矩阵“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="347" />
        <source>Generate RACI matrix %1</source>
        <translation>生成 RACI 矩阵“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="357" />
        <source>Rename RACI matrix %1</source>
        <translation>重命名 RACI 矩阵为“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="365" />
        <source>Delete RACI matrix %1</source>
        <translation>删除 RACI 矩阵“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="370" />
        <location filename="../../orgdesign/app/raci/tab.py" line="373" />
        <source>RACI matrix %1</source>
        <translation>RACI 矩阵 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="379" />
        <source>The project has no process to generate a matrix from</source>
        <translation>项目中没有可用于生成矩阵的流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="382" />
        <source>Generate from process</source>
        <translation>由流程生成</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="383" />
        <source>Process:</source>
        <translation>流程：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="392" />
        <source>Rename matrix</source>
        <translation>重命名矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="392" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="439" />
        <source>Select units in the chart first, then add them as roles</source>
        <translation>请先在组织图中选择单元，再将其添加为角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="444" />
        <source>Every selected unit has a column already</source>
        <translation>所选单元都已有对应的列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="480" />
        <location filename="../../orgdesign/app/raci/tab.py" line="495" />
        <source>Activity:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="486" />
        <location filename="../../orgdesign/app/raci/tab.py" line="506" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="495" />
        <source>Rename activity</source>
        <translation>重命名活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="506" />
        <source>Rename role</source>
        <translation>重命名角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="525" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="532" />
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="533" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="534" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="560" />
        <source>Rename activity…</source>
        <translation>重命名活动…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="563" />
        <source>Rename role…</source>
        <translation>重命名角色…</translation>
    </message>
</context>
<context>
    <name>RaciTableModel</name>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="254" />
        <source>%1 (deleted)</source>
        <extracomment>Summary cells: list of (letter, count) for every letter of the scheme. Problems column and cells: "error", "warning" or None. Letter cells: the letters the cell holds, as a tuple. What Qt passes as an item's index to the model and its delegates.</extracomment>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="367" />
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="368" />
        <source>Errors: %n</source>
        <translation>
            <numerusform>错误：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="369" />
        <source>Warnings: %n</source>
        <translation>
            <numerusform>警告：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="421" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="436" />
        <source>Letters per role</source>
        <translation>各角色字母数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="438" />
        <source>How many of each letter every role holds</source>
        <translation>每个角色承担的各字母数量</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="453" />
        <source>%1: free-text role, not linked to the chart</source>
        <translation>%1：自由文本角色，未关联组织图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="455" />
        <source>Linked to the unit %1 of the chart</source>
        <translation>关联组织图中的单元“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="460" />
        <source>%1: its unit is not in the chart; the column is kept</source>
        <translation>%1：其关联单元已不在组织图中；该列予以保留</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="478" />
        <source>The matrix uses an unknown scheme; its cells cannot be edited</source>
        <translation>该矩阵使用未知的模式，无法编辑其单元格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="482" />
        <source>'%1' is not a letter of %2 (letters: %3)</source>
        <translation>“%1”不是 %2 的字母（可用字母：%3）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="486" />
        <source>%1 cannot share one cell in %2 (allowed together: %3)</source>
        <translation>在 %2 中 %1 不能放在同一单元格（允许的组合：%3）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="488" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="518" />
        <source>Cell %1: %2</source>
        <translation>单元格 %1：%2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="531" />
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="532" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="534" />
        <source>Change RACI cells (%n)</source>
        <translation>
            <numerusform>修改 RACI 单元格（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="552" />
        <source>Nothing to paste here: choose a cell of the matrix</source>
        <translation>此处无法粘贴：请选择矩阵中的单元格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="554" />
        <location filename="../../orgdesign/app/raci/table_model.py" line="559" />
        <source>Paste RACI cells (%n)</source>
        <translation>
            <numerusform>粘贴 RACI 单元格（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="563" />
        <source>Clear RACI cells</source>
        <translation>清除 RACI 单元格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="596" />
        <source>The role is linked to the unit %1 and takes its name; rename the unit in the chart</source>
        <translation>该角色关联单元“%1”并沿用其名称；请在组织图中重命名该单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="601" />
        <source>Rename role %1</source>
        <translation>重命名角色为“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="606" />
        <source>Rename activity %1</source>
        <translation>重命名活动为“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="616" />
        <source>Add activity %1</source>
        <translation>添加活动“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="632" />
        <source>Add role %1</source>
        <translation>添加角色“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="633" />
        <source>Add roles (%n)</source>
        <translation>
            <numerusform>添加角色（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="643" />
        <source>Remove activities (%n)</source>
        <translation>
            <numerusform>删除活动（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="651" />
        <source>Remove roles (%n)</source>
        <translation>
            <numerusform>删除角色（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="662" />
        <source>Move activities</source>
        <translation>移动活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="673" />
        <source>Move roles</source>
        <translation>移动角色</translation>
    </message>
</context>
<context>
    <name>RaciWorkbook</name>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="55" />
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="64" />
        <location filename="../../orgdesign/app/raci/workbook.py" line="106" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="65" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="68" />
        <source>Export RACI matrix</source>
        <translation>导出 RACI 矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="80" />
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="93" />
        <source>Import RACI workbook into %1</source>
        <translation>将 RACI 工作簿导入“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="105" />
        <location filename="../../orgdesign/app/raci/workbook.py" line="113" />
        <source>Import RACI workbook</source>
        <translation>导入 RACI 工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="114" />
        <source>The workbook holds no changes.</source>
        <translation>该工作簿没有任何更改。</translation>
    </message>
</context>
<context>
    <name>SheetPreviewModel</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="108" />
        <source>placed</source>
        <extracomment>Rows the live preview builds (a 50,000-row sheet is built in full only on OK). Rows shown in the sheet table. Quiet time after the last change before the preview is built again (ms).</extracomment>
        <translation>已放入</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="108" />
        <source>parking lot</source>
        <translation>待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="109" />
        <source>dotted line</source>
        <translation>虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="109" />
        <source>repeat, skipped</source>
        <translation>重复，已跳过</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="128" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="130" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SheetSource</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="117" />
        <source>File</source>
        <extracomment>Data of the "(not mapped)" entry of a column combo. Encodings offered for CSV files besides "detected" (users may type another). Longest cell text shown as a sample value. Problems listed at most (a broken 50,000-row sheet can have as many). (sheet, forced encoding) the sheet shown was read with</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="122" />
        <source>Worksheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="126" />
        <source>Detected (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="129" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="157" />
        <source>Header on row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="159" />
        <source>Header on rows %1–%2</source>
        <translation>表头在第 %1–%2 行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="161" />
        <source>%1 data rows</source>
        <translation>%1 行数据</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="164" />
        <source>%1 empty rows skipped</source>
        <translation>跳过 %1 个空行</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="211" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="211" />
        <source>Performed by</source>
        <translation>执行单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="211" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="212" />
        <source>Duration (h)</source>
        <translation>用时（小时）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="212" />
        <source>Waiting (h)</source>
        <translation>等待（小时）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="257" />
        <source>The function of the performing unit (or of the nearest unit above it that has one)</source>
        <translation>执行单元的职能（或其上级中最近一个有职能的单元的职能）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="286" />
        <source>A step needs a name.</source>
        <translation>步骤需要名称。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="294" />
        <source>Not a number of hours: %1</source>
        <translation>不是有效的小时数：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="297" />
        <source>Hours cannot be negative.</source>
        <translation>小时数不能为负。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="301" />
        <source>Rename step %2 of %1</source>
        <translation>重命名 %1 的步骤 %2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="302" />
        <source>Change who performs %2 in %1</source>
        <translation>更改 %1 中 %2 的执行单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="303" />
        <source>Change the duration of %2 in %1</source>
        <translation>更改 %1 中 %2 的用时</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="304" />
        <source>Change the waiting time of %2 in %1</source>
        <translation>更改 %1 中 %2 的等待时间</translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/structure.py" line="26" />
        <source>Filter by name, title or person</source>
        <translation>按名称、职位或人员筛选</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/structure.py" line="67" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/structure.py" line="67" />
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/structure.py" line="67" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/structure.py" line="76" />
        <source>vacant</source>
        <translation>空缺</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="53" />
        <source>Suggest structure</source>
        <extracomment>a scenario was added (its id)</extracomment>
        <translation>建议组织结构</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="57" />
        <source>Units that hand work to each other often are grouped into the same function, so fewer hand-offs cross a function boundary. Group sizes stay within bounds, so not everything collapses into one function. Nothing changes until you apply the suggestion as a new scenario.</source>
        <translation>经常相互交接工作的单元被归入同一职能，从而减少跨职能边界的交接。各组规模保持在限定范围内，不会把所有单元并入一个职能。在将建议应用为新方案之前，不会做任何修改。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="64" />
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="69" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="70" />
        <source>Suggest</source>
        <translation>生成建议</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="73" />
        <source>Target number of functions</source>
        <translation>目标职能数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="74" />
        <source>Fewest units per function</source>
        <translation>每个职能最少单元数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="75" />
        <source>Most units per function</source>
        <translation>每个职能最多单元数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="79" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="79" />
        <source>From function</source>
        <translation>原职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="80" />
        <source>To function</source>
        <translation>新职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="80" />
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="88" />
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="163" />
        <source>Suggested regrouping</source>
        <translation>建议的重组方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="89" />
        <source>Switch to the new scenario</source>
        <translation>切换到新方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="91" />
        <source>Apply as new scenario</source>
        <translation>应用为新方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="100" />
        <source>New scenario name</source>
        <translation>新方案名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="133" />
        <source>Interfaces now: %1 · after the moves: %2 (%3 fewer). Functions of at most %4 units.</source>
        <translation>当前接口：%1 · 调整后：%2（减少 %3 个）。每个职能最多 %4 个单元。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="136" />
        <source>Interfaces now: %1. No regrouping within these bounds does better; the structure stays as it is.</source>
        <translation>当前接口：%1。在这些限制内没有更好的重组方案，结构保持不变。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="140" />
        <source>Scenario %1.</source>
        <translation>方案“%1”。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="145" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="169" />
        <source>Apply suggestion as scenario %1</source>
        <translation>将建议应用为方案 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="172" />
        <source>Cannot apply</source>
        <translation>无法应用</translation>
    </message>
</context>
<context>
    <name>SwimlaneMap</name>
    <message>
        <location filename="../../orgdesign/app/processes/swimlane_view.py" line="211" />
        <source>Choose or add a process to see its swimlane map.</source>
        <extracomment>Smallest zoom a fitted map takes (the canvas drops card text below 0.4). the user zoomed (the map stops following the widget's size) the user clicked the card of this step</extracomment>
        <translation>选择或添加一个流程以查看其泳道图。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/swimlane_view.py" line="214" />
        <source>This process has no steps yet. Add steps in the Steps table; the map shows one lane per function.</source>
        <translation>此流程还没有步骤。请在步骤表中添加步骤；泳道图中每个职能一条泳道。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/swimlane_view.py" line="223" />
        <source>The swimlane map needs Graphviz, which is not installed. The tables still work.</source>
        <translation>泳道图需要 Graphviz，但尚未安装。表格仍可正常使用。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/swimlane_view.py" line="229" />
        <source>The swimlane map could not be drawn: %1</source>
        <translation>无法绘制泳道图：%1</translation>
    </message>
</context>
<context>
    <name>_ProcessPart</name>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="177" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="179" />
        <source>(missing: %1)</source>
        <translation>（缺失：%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/models.py" line="188" />
        <source>(no function)</source>
        <translation>（无职能）</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../orgdesign/app/main.py" line="27" />
        <source>an untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main.py" line="29" />
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main.py" line="30" />
        <source>OrgDesign closed without saving %1 (snapshot of %2). Restore it?</source>
        <translation>OrgDesign 未保存 %1 就关闭了（快照时间 %2）。要恢复吗？</translation>
    </message>
</context>
</TS>