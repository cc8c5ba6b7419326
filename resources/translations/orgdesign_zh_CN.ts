<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="84" />
        <source>Joined</source>
        <extracomment>Quiet time after a mapping change before the sheet is compared again (ms).</extracomment>
        <translation>入职</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="84" />
        <source>Has left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="85" />
        <source>New manager</source>
        <translation>更换上级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="85" />
        <source>New title</source>
        <translation>职位变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="86" />
        <source>Department changed</source>
        <translation>部门变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="87" />
        <source>Name changed</source>
        <translation>姓名变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="87" />
        <source>Vacancy filled</source>
        <translation>空缺已补</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="88" />
        <source>Now vacant</source>
        <translation>变为空缺</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="88" />
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="123" />
        <source>(vacancy)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="127" />
        <source>new, in the parking lot</source>
        <translation>新增，放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="129" />
        <source>new, at the top</source>
        <translation>新增，位于顶层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="130" />
        <source>new, under %1</source>
        <translation>新增，上级为 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="142" />
        <source>(no manager)</source>
        <translation>（无上级）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="143" />
        <source>(parking lot)</source>
        <translation>（待定区）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="157" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="157" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="157" />
        <source>ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="158" />
        <source>Person or position</source>
        <translation>人员或岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="158" />
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="158" />
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../orgdesign/app/document.py" line="71" />
        <source>Untitled</source>
        <extracomment>the model changed (after any edit, undo or redo, or a load) the op that just ran (forward or inverse), for views that update in part the file path or modified flag changed</extracomment>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="60" />
        <source>New position</source>
        <extracomment>Deleting more units than this asks first.</extracomment>
        <translation>新岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="88" />
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="117" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="118" />
        <source>Delete %1 units (the selection with everyone reporting to it)?</source>
        <translation>删除 %1 个单元（所选单元及其全部下属）？</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="123" />
        <source>Delete %1 units</source>
        <translation>删除 %1 个单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="135" />
        <source>Delete and promote reports</source>
        <translation>删除并提升下属</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="166" />
        <source>The clipboard holds no units: %1</source>
        <translation>剪贴板中没有单元：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="183" />
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="183" />
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/actions.py" line="189" />
        <source>Select exactly two units to connect them.</source>
        <translation>请恰好选择两个单元来连接。</translation>
    </message>
</context>
<context>
    <name>EventLogDialog</name>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="109" />
        <source>Hand-offs from an event log</source>
        <extracomment>Skipped rows named in the summary (the count is always complete). a process was added (its id)</extracomment>
        <translation>事件日志中的交接</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="114" />
        <source>From group</source>
        <translation>来源组</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="114" />
        <source>To group</source>
        <translation>目标组</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="115" />
        <source>Hand-offs</source>
        <translation>交接次数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="115" />
        <source>Mean wait</source>
        <translation>平均等待</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="133" />
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="200" />
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="136" />
        <source>Leave out successions seen fewer times than this (rare paths make a map hard to read)</source>
        <translation>出现次数少于此值的前后衔接不予保留（罕见路径会让流程图难以阅读）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="141" />
        <source>New process name</source>
        <translation>新流程名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="142" />
        <source>Keep flows seen at least</source>
        <translation>保留出现次数至少为</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="144" />
        <source>Create process</source>
        <translation>创建流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="151" />
        <source>Hand-offs between groups, most frequent first:</source>
        <translation>组间交接（按次数从多到少）：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="160" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="165" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="167" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="169" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="170" />
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="174" />
        <source>case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="174" />
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="175" />
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="175" />
        <source>timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="179" />
        <source>%1 (%2) · columns: %3</source>
        <translation>%1（%2）· 列：%3</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="181" />
        <source>%1 events in %2 cases; %3 successions: %4 hand-offs between groups, %5 within one group.</source>
        <translation>%2 个案例中共 %1 个事件；%3 次前后衔接：组间交接 %4 次，组内 %5 次。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="185" />
        <source>Hand-offs per case: mean %1, max %2; %3 cases without a hand-off.</source>
        <translation>每个案例的交接：平均 %1，最多 %2；%3 个案例没有交接。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="190" />
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="193" />
        <source>%1 rows left out (%2%3).</source>
        <translation>%1 行未计入（%2%3）。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="204" />
        <source>Create process %1 from an event log</source>
        <translation>从事件日志创建流程 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="207" />
        <source>Cannot create the process</source>
        <translation>无法创建流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="210" />
        <source>Created %1 with %2 steps and %3 flows.</source>
        <translation>已创建 %1，含 %2 个步骤和 %3 条流转。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/event_log_import.py" line="214" />
        <source>No unit is named like these groups, so their steps have no performing unit yet: %1.</source>
        <translation>没有与以下组同名的单元，这些步骤暂无执行单元：%1。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="106" />
        <source>Export Diagram</source>
        <extracomment>Quiet time after the last change before the preview is drawn again (ms). a file was written (the report says what)</extracomment>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="131" />
        <source>PDF (print)</source>
        <translation>PDF（打印）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="132" />
        <source>PowerPoint (slides)</source>
        <translation>PowerPoint（幻灯片）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="133" />
        <source>PNG (picture)</source>
        <translation>PNG（图片）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="134" />
        <source>SVG (vector picture)</source>
        <translation>SVG（矢量图）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="135" />
        <source>Graphviz DOT (graph)</source>
        <translation>Graphviz DOT（图）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="139" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="143" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="145" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="146" />
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="150" />
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="377" />
        <source>Only the selected unit and its reports</source>
        <translation>仅导出所选单元及其下属</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="151" />
        <source>Keep collapsed branches collapsed</source>
        <translation>已折叠的分支保持折叠</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="155" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="156" />
        <source>Chart</source>
        <translation>组织图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="158" />
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="159" />
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="160" />
        <source>Levels shown</source>
        <translation>显示层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="167" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="173" />
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="189" />
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="183" />
        <source>Automatic (follow the chart)</source>
        <translation>自动（随图表形状）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="184" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="185" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="192" />
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="194" />
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="195" />
        <source>Page size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="197" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="198" />
        <source>Margins</source>
        <translation>页边距</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="201" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="202" />
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="209" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="213" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="215" />
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="216" />
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="222" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="223" />
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="238" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="224" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="230" />
        <source>Mark vacant positions</source>
        <translation>标出空缺岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="231" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="232" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="236" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="237" />
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="244" />
        <source>Today's date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="246" />
        <source>e.g. Confidential</source>
        <translation>例如：内部资料</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="251" />
        <source>OrgDesign</source>
        <translation>OrgDesign</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="252" />
        <source>Graphviz</source>
        <translation>Graphviz</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="253" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="255" />
        <source>Cards show</source>
        <translation>卡片显示</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="258" />
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="260" />
        <source>Heading</source>
        <translation>标题行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="262" />
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="263" />
        <source>Labels in</source>
        <translation>固定标签语言</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="264" />
        <source>Layout by</source>
        <translation>布局引擎</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="278" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="296" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="355" />
        <source>Org chart</source>
        <translation>组织结构图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="356" />
        <source>Org chart (compact)</source>
        <translation>组织结构图（紧凑）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="357" />
        <source>Inverted: the customer on top</source>
        <translation>倒置图：客户在上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="358" />
        <source>Rings: the customer at the centre</source>
        <translation>同心圆图：客户居中</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="361" />
        <source>Process: %1</source>
        <translation>流程：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="363" />
        <source>Interfaces between functions</source>
        <translation>职能间接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="371" />
        <source>No title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="376" />
        <source>Only “%1” and its reports</source>
        <translation>仅导出“%1”及其下属</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="481" />
        <source>Automatic: one slide when readable</source>
        <translation>自动：能看清时放在一张幻灯片上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="482" />
        <source>Automatic: one page when readable</source>
        <translation>自动：能看清时放在一页上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="483" />
        <source>The whole chart on one slide</source>
        <translation>整张图放在一张幻灯片上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="484" />
        <source>The whole chart on one page</source>
        <translation>整张图放在一页上</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="485" />
        <source>Tiled at print size over several pages</source>
        <translation>按打印尺寸分拼到多页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="486" />
        <source>One slide per department</source>
        <translation>每个部门一张幻灯片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="487" />
        <source>One page per department</source>
        <translation>每个部门一页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="488" />
        <source>One slide per manager and team, level by level</source>
        <translation>逐层每位主管及其团队一张幻灯片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="489" />
        <source>One page per manager and team, level by level</source>
        <translation>逐层每位主管及其团队一页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="545" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="545" />
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="546" />
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="546" />
        <source>SVG picture (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="547" />
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="549" />
        <source>Export diagram</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="604" />
        <source>At this size the picture would be %1 × %2 px; it is scaled down to %3 × %4 px. For full detail export a PDF tiled at print size.</source>
        <translation>按此尺寸图片将为 %1 × %2 像素，已缩小为 %3 × %4 像素。如需完整细节，请导出按打印尺寸分拼的 PDF。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="610" />
        <source>Card names come out very small on this page: choose another page layout or a larger page.</source>
        <translation>此页上的卡片名称会非常小：请选择其他版式或更大的纸张。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="613" />
        <source>%1 teams deeper down are left out (too many pages): export one branch, or fewer levels.</source>
        <translation>更深层的 %1 个团队未导出（页数过多）：请导出单个分支，或减少层级。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="616" />
        <source>The preview shows OrgDesign's layout; Graphviz lays the file out itself.</source>
        <translation>预览显示的是 OrgDesign 的布局；文件由 Graphviz 自行布局。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="627" />
        <source>at least %1 pages</source>
        <translation>至少 %1 页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="629" />
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="630" />
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="632" />
        <source>%1 slides with the title slide</source>
        <translation>%1 张幻灯片（含标题页）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="633" />
        <source>at least %1 slides with the title slide</source>
        <translation>至少 %1 张幻灯片（含标题页）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="635" />
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="638" />
        <source>One drawing, %1 × %2 px</source>
        <translation>一张图，%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="641" />
        <source>One graph of %1 boxes</source>
        <translation>一个含 %1 个节点的图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="642" />
        <source>the whole chart at once</source>
        <translation>整张图一次呈现</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="643" />
        <source>tiled %1 × %2</source>
        <translation>拼接 %1 × %2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="644" />
        <source>one per department</source>
        <translation>每个部门一份</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="645" />
        <source>one per manager and team</source>
        <translation>每位主管及其团队一份</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="657" />
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="686" />
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="717" />
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/export_dialog.py" line="718" />
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
        <location filename="../../orgdesign/app/docks/functions.py" line="34" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="34" />
        <source>Customer-facing</source>
        <translation>面向客户</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="34" />
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="67" />
        <source>Double-click to choose the colour</source>
        <translation>双击选择颜色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="82" />
        <source>Layers: contact %1 · support %2 · management %3</source>
        <translation>层级：接触 %1 · 支持 %2 · 管理 %3</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="95" />
        <source>Cannot change</source>
        <translation>无法修改</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/functions.py" line="103" />
        <source>Function colour</source>
        <translation>职能颜色</translation>
    </message>
</context>
<context>
    <name>HrFiles</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="28" />
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="44" />
        <source>Import HR spreadsheet</source>
        <translation>导入人事表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="51" />
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="104" />
        <source>Cannot read the spreadsheet</source>
        <translation>无法读取表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="66" />
        <source>Imported %1 rows: %2 placed, %3 in the parking lot, %4 problems</source>
        <translation>已导入 %1 行：%2 行放入组织图，%3 行放入待定区，%4 个问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="83" />
        <source>Cannot update from the spreadsheet</source>
        <translation>无法根据表格更新</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="97" />
        <source>Update from HR spreadsheet</source>
        <translation>根据人事表格更新</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="130" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="131" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="135" />
        <source>Export HR spreadsheet</source>
        <translation>导出人事表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_files.py" line="143" />
        <source>Cannot export the spreadsheet</source>
        <translation>无法导出表格</translation>
    </message>
</context>
<context>
    <name>HrImportDialog</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="173" />
        <source>Import HR spreadsheet</source>
        <translation>导入人事表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="176" />
        <source>Put several top people under one new top unit</source>
        <translation>将多个最高层人员放到一个新的顶层单元下</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="178" />
        <source>Name of the top unit (default: Organisation)</source>
        <translation>顶层单元名称（默认：组织）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="180" />
        <source>Group by department (a department box above each department's head)</source>
        <translation>按部门分组（在每个部门负责人上方添加部门框）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="192" />
        <source>Sheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="193" />
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="299" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="196" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="218" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="221" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="298" />
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="302" />
        <source>Nothing can be imported: %1</source>
        <translation>无法导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="309" />
        <source>Preview of the first %1 of %2 rows (the whole sheet is imported on Import):</source>
        <translation>预览前 %1 行（共 %2 行；点击“导入”时导入整张表）：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="313" />
        <source>All %1 rows:</source>
        <translation>全部 %1 行：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="314" />
        <source>%1 placed in the chart</source>
        <translation>%1 行放入组织图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="315" />
        <source>%1 to the parking lot</source>
        <translation>%1 行放入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="317" />
        <source>%1 as dotted lines</source>
        <translation>%1 行作为虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="319" />
        <source>%1 repeated rows skipped</source>
        <translation>跳过 %1 个重复行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="323" />
        <source>Parked rows: %1</source>
        <translation>放入待定区的行：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="326" />
        <source>Errors: %1 · warnings: %2 · notes: %3 (see Problems).</source>
        <translation>错误 %1 个 · 警告 %2 个 · 提示 %3 个（见“问题”）。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="331" />
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="333" />
        <source>Custom fields: %1</source>
        <translation>自定义字段：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="351" />
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
</context>
<context>
    <name>HrUpdateDialog</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="220" />
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="357" />
        <source>Update from HR spreadsheet</source>
        <translation>根据人事表格更新</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="243" />
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="244" />
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="247" />
        <source>Unticked changes are left out. A person whose new manager is left out goes to the parking lot.</source>
        <translation>未勾选的变更不会应用。若某人的新上级未被应用，此人将放入待定区。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="254" />
        <source>Apply ticked changes</source>
        <translation>应用勾选的变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="279" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="280" />
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="314" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="281" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="311" />
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="313" />
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="325" />
        <source>The sheet cannot be compared with the project: %1</source>
        <translation>无法将表格与项目比较：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="330" />
        <source>The project already matches this sheet: nothing to change.</source>
        <translation>项目已与此表格一致，无需变更。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_update_dialog.py" line="336" />
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
            <numerusform>已更改的单元格：%n 个</numerusform></translation>
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
            <numerusform>  … 另有 %n 项</numerusform></translation>
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
            <numerusform>共 %n 个接口</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="306" />
        <source>%n interface(s) out of %1</source>
        <translation>
            <numerusform>从 %1 发出 %n 个接口</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="308" />
        <source>%n interface(s) into %1</source>
        <translation>
            <numerusform>进入 %1 的接口 %n 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="310" />
        <source>%n hand-off(s) within %1 (not interfaces)</source>
        <translation>
            <numerusform>%1 内部交接 %n 次（不算接口）</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/processes/interface_models.py" line="312" />
        <source>%n interface(s) from %1 to %2</source>
        <translation>
            <numerusform>从 %1 到 %2 的接口 %n 个</numerusform></translation>
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
        <location filename="../../orgdesign/app/main_window.py" line="70" />
        <source>Chart</source>
        <translation>组织图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="72" />
        <source>Processes</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="73" />
        <source>RACI</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="84" />
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="86" />
        <source>Parking lot</source>
        <translation>待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="88" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="90" />
        <source>Functions and layers</source>
        <translation>职能与层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="92" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="94" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="96" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="148" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="149" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="150" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="151" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="153" />
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="160" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="161" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="163" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="164" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="165" />
        <location filename="../../orgdesign/app/main_window.py" line="178" />
        <source>HR spreadsheet…</source>
        <translation>人事表格…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="167" />
        <source>Update from HR spreadsheet…</source>
        <translation>根据人事表格更新…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="170" />
        <source>&amp;Diagram…</source>
        <translation>图表(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="172" />
        <location filename="../../orgdesign/app/main_window.py" line="174" />
        <source>RACI workbook…</source>
        <translation>RACI 工作簿…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="176" />
        <source>Event log…</source>
        <translation>事件日志…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="182" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="184" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="189" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="191" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="197" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="198" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="199" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="200" />
        <source>Copy as &amp;Image</source>
        <translation>复制为图片(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="203" />
        <source>Add &amp;Report</source>
        <translation>添加下属(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="205" />
        <source>Add &amp;Sibling</source>
        <translation>添加同级(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="207" />
        <source>Add &amp;Assistant</source>
        <translation>添加助理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="209" />
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="210" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="211" />
        <source>Delete and &amp;Promote Reports</source>
        <translation>删除并提升下属(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="214" />
        <source>Collapse / E&amp;xpand</source>
        <translation>折叠/展开(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="216" />
        <source>Dotted &amp;Line Between Two Units</source>
        <translation>在两个单元间画虚线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="218" />
        <source>Move to Parking Lot</source>
        <translation>移入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="221" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="222" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="224" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="227" />
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="235" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="236" />
        <source>&amp;Classic</source>
        <translation>传统(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="236" />
        <source>C&amp;ompact</source>
        <translation>紧凑(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="237" />
        <source>&amp;Inverted (Customer on Top)</source>
        <translation>倒置（客户在上）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="238" />
        <source>&amp;Rings (Customer at the Centre)</source>
        <translation>同心圆（客户居中）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="240" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="252" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="254" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="256" />
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="257" />
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小 100%(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="270" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="273" />
        <source>Find name, title, person or function</source>
        <translation>查找名称、职位、人员或职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="283" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="289" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="290" />
        <source>&amp;About OrgDesign</source>
        <translation>关于 OrgDesign(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/main_window.py" line="345" />
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="356" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="357" />
        <source>Save the changes to %1?</source>
        <translation>保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="371" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="381" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="398" />
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="408" />
        <source>Chart copied as an image</source>
        <translation>已将图表复制为图片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="444" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="457" />
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="470" />
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="474" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="490" />
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="540" />
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="548" />
        <source>Match %1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="561" />
        <source>About OrgDesign</source>
        <translation>关于 OrgDesign</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="562" />
        <source>OrgDesign %1
Design customer-centred organisations: charts with the customer on top, RACI matrices, interfaces between functions.</source>
        <translation>OrgDesign %1
设计以客户为中心的组织：客户在上的组织图、RACI 责任矩阵、职能之间的接口。</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="196" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="196" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="197" />
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="219" />
        <source>Untick a column to leave it out of the project</source>
        <translation>取消勾选某列即可不将其导入项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="226" />
        <source>Other columns, kept as custom fields:</source>
        <translation>其他列（作为自定义字段保留）：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="234" />
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="234" />
        <source>Person name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="235" />
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="235" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="236" />
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="236" />
        <source>Manager (ID or name)</source>
        <translation>上级（工号或姓名）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="237" />
        <source>Manager name</source>
        <translation>上级姓名</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="237" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="238" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="238" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="239" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="239" />
        <source>Location</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="240" />
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="240" />
        <source>Customer-facing</source>
        <translation>面向客户</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="241" />
        <source>Unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="241" />
        <source>Unit kind</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="242" />
        <source>Person ID</source>
        <translation>人员 ID</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="242" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="243" />
        <source>Parked</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="243" />
        <source>Dotted line to</source>
        <translation>虚线上级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="244" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="244" />
        <source>Assistant position</source>
        <translation>助理岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="252" />
        <source>(not mapped)</source>
        <translation>（不导入）</translation>
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
        <location filename="../../orgdesign/app/docks/parking.py" line="52" />
        <source>Place under selected</source>
        <extracomment>Drag payload of a parked unit (its id, UTF-8): the canvas accepts it on a card.</extracomment>
        <translation>放到所选单元下</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/parking.py" line="53" />
        <source>Park selected</source>
        <translation>将所选移入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/parking.py" line="85" />
        <source>Cannot move</source>
        <translation>无法移动</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="73" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="75" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="80" />
        <source>Classic</source>
        <translation>传统</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="80" />
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="81" />
        <source>Inverted (customer on top)</source>
        <translation>倒置（客户在上）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="82" />
        <source>Rings (customer at the centre)</source>
        <translation>同心圆（客户居中）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="86" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="87" />
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="88" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="93" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="94" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="97" />
        <source>Language (after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="98" />
        <source>Default view</source>
        <translation>默认视图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="100" />
        <source>Card shows</source>
        <translation>卡片显示</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/settings.py" line="101" />
        <source>Autosave every</source>
        <translation>自动保存间隔</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="23" />
        <source>The chart has no units</source>
        <extracomment>code -&gt; English sentence (marked for lupdate, translated at use)</extracomment>
        <translation>组织图中没有单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="24" />
        <source>The chart has several top units</source>
        <translation>组织图有多个最高单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="25" />
        <source>Too many direct reports</source>
        <translation>直接下属过多</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="26" />
        <source>Waiting in the parking lot</source>
        <translation>在待定区中等待安置</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="27" />
        <source>Customer segment without a point of contact</source>
        <translation>客户群没有联系窗口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="28" />
        <source>Customer segment with several points of contact</source>
        <translation>客户群有多个联系窗口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="29" />
        <source>A process step names a unit that does not exist</source>
        <translation>流程步骤指向不存在的单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="30" />
        <source>A process owner names a unit that does not exist</source>
        <translation>流程负责人指向不存在的单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="31" />
        <source>A project team names a unit that does not exist</source>
        <translation>项目组指向不存在的单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="32" />
        <source>Strategic process without an owner</source>
        <translation>战略流程没有负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="33" />
        <source>Process owner not in the management layer</source>
        <translation>流程负责人不在管理层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="34" />
        <source>Cross-functional sub-process without a project team</source>
        <translation>跨职能子流程没有项目组</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="35" />
        <source>Project team lacks a member from a function</source>
        <translation>项目组缺少某职能的成员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="36" />
        <source>Process step without a performing unit</source>
        <translation>流程步骤没有执行单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="37" />
        <source>Performing unit without a function</source>
        <translation>执行单元没有职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="38" />
        <source>Interface without coordination procedure and responsible person</source>
        <translation>接口既无协调程序也无负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="39" />
        <source>Interface without a responsible person</source>
        <translation>接口没有负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="40" />
        <source>Interface without a coordination procedure</source>
        <translation>接口没有协调程序</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="41" />
        <source>Customer-contact unit that no customer segment reaches</source>
        <translation>没有客户群联系的客户接触单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="42" />
        <source>No customer segments defined</source>
        <translation>未定义客户群</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="43" />
        <source>RACI matrix with an unknown scheme</source>
        <translation>RACI 矩阵的方案未知</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="44" />
        <source>RACI letter not in the scheme</source>
        <translation>RACI 字母不属于该方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="45" />
        <source>RACI letters that may not be combined</source>
        <translation>RACI 字母不可组合</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="46" />
        <source>Activity without an A (accountable)</source>
        <translation>活动没有 A（批准/负责）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="47" />
        <source>Activity with more than one A</source>
        <translation>活动有多个 A</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="48" />
        <source>Activity without an R (nobody does the work)</source>
        <translation>活动没有 R（无人执行）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="49" />
        <source>Activity with too many R (nobody owns it)</source>
        <translation>活动的 R 过多（无人真正负责）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="50" />
        <source>Consultation overload (too many C)</source>
        <translation>咨询过多（C 过多）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="51" />
        <source>Information overload (too many I)</source>
        <translation>通知过多（I 过多）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="52" />
        <source>Idle role (no letter at all)</source>
        <translation>闲置角色（没有任何字母）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="53" />
        <source>Bottleneck role (A on too many activities)</source>
        <translation>瓶颈角色（在过多活动中为 A）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/problem_text.py" line="54" />
        <source>RACI role linked to a deleted unit</source>
        <translation>RACI 角色关联的单元已被删除</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="366" />
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="366" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="366" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="376" />
        <source>sheet</source>
        <translation>整表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="378" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="378" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="379" />
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
        <location filename="../../orgdesign/app/processes/tab.py" line="109" />
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="123" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="180" />
        <location filename="../../orgdesign/app/processes/tab.py" line="434" />
        <source>Add process</source>
        <translation>添加流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="181" />
        <source>Add an empty process</source>
        <translation>添加一个空流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="182" />
        <source>Remove process</source>
        <translation>删除流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="183" />
        <source>Remove the selected process</source>
        <translation>删除所选流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="184" />
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="185" />
        <source>Add a step after the selected one (after the last step, a flow to it is added too)</source>
        <translation>在所选步骤之后添加步骤（若在最后一步之后添加，同时添加一条指向它的流转）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="187" />
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="188" />
        <source>Remove the selected step and the flows that touch it</source>
        <translation>删除所选步骤及与其相连的流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="189" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="190" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="191" />
        <source>Add flow</source>
        <translation>添加流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="192" />
        <source>Add a flow from the selected step to the next one</source>
        <translation>添加从所选步骤到下一步骤的流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="193" />
        <source>Remove flow</source>
        <translation>删除流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="194" />
        <source>Fit map</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="195" />
        <source>Suggest structure…</source>
        <translation>建议组织结构…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="197" />
        <source>Propose moving units between functions so processes cross fewer function boundaries</source>
        <translation>建议在职能之间调整单元，使流程跨越更少的职能边界</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="199" />
        <source>Import event log…</source>
        <translation>导入事件日志…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="200" />
        <source>Count hand-offs in a CSV or XES event log and create a process from it</source>
        <translation>统计 CSV 或 XES 事件日志中的交接，并据此创建流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="205" />
        <source>Processes</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="209" />
        <source>Steps of the selected process</source>
        <translation>所选流程的步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="214" />
        <source>Flows (red: interfaces between functions)</source>
        <translation>流转（红色：职能间接口）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="232" />
        <source>One lane per function; red arrows are interfaces. Drag to pan, Ctrl+wheel to zoom, click a step to select it.</source>
        <translation>每个职能一条泳道；红色箭头为接口。拖动平移，Ctrl+滚轮缩放，单击步骤可选中。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="235" />
        <source>Swimlane map</source>
        <translation>泳道图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="236" />
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="332" />
        <source>Interfaces are counted in scenario: %1</source>
        <translation>接口统计所依据的方案：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="427" />
        <source>Cannot change</source>
        <translation>无法修改</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="433" />
        <source>New process</source>
        <translation>新流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="455" />
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="456" />
        <source>Add a step to %1</source>
        <translation>向 %1 添加步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="469" />
        <source>Remove a step from %1</source>
        <translation>从 %1 删除步骤</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="481" />
        <source>Reorder the steps of %1</source>
        <translation>调整 %1 的步骤顺序</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="497" />
        <source>Add a flow to %1</source>
        <translation>向 %1 添加流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="509" />
        <source>Remove a flow from %1</source>
        <translation>从 %1 删除流转</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="527" />
        <source>Cannot read the event log</source>
        <translation>无法读取事件日志</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="537" />
        <source>Import event log</source>
        <translation>导入事件日志</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/tab.py" line="538" />
        <source>Event logs (*.csv *.xes *.xes.gz *.csv.gz);;All files (*)</source>
        <translation>事件日志 (*.csv *.xes *.xes.gz *.csv.gz);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="41" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="42" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="42" />
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="47" />
        <source>Assistant (staff position)</source>
        <translation>助理（参谋岗位）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="53" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="54" />
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="55" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="56" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="57" />
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="58" />
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="61" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="99" />
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="103" />
        <source>(inherited)</source>
        <translation>（继承）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="107" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="108" />
        <source>Customer contact</source>
        <translation>客户接触层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="109" />
        <source>Support</source>
        <translation>支持层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="110" />
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="113" />
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/docks/properties.py" line="122" />
        <source>%n units selected</source>
        <translation>
            <numerusform>已选 %n 个单元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="134" />
        <source>In the %1 layer</source>
        <translation>位于%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/properties.py" line="150" />
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
        <location filename="../../orgdesign/app/raci/tab.py" line="76" />
        <location filename="../../orgdesign/app/raci/tab.py" line="154" />
        <source>Empty matrix…</source>
        <extracomment>How long a refusal stays under the table, in milliseconds.</extracomment>
        <translation>空白矩阵…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="77" />
        <location filename="../../orgdesign/app/raci/tab.py" line="156" />
        <source>Generate from process…</source>
        <translation>由流程生成…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="78" />
        <source>Rename matrix…</source>
        <translation>重命名矩阵…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="79" />
        <source>Delete matrix</source>
        <translation>删除矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="80" />
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel 工作簿 (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="82" />
        <source>CSV file (.csv)…</source>
        <translation>CSV 文件 (.csv)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="84" />
        <source>Import workbook…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="86" />
        <source>Read back a workbook exported here and edited by the client</source>
        <translation>读回从此处导出、经客户编辑的工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="88" />
        <source>New matrix</source>
        <translation>新建矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="89" />
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="91" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="98" />
        <source>Matrix:</source>
        <translation>矩阵：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="108" />
        <location filename="../../orgdesign/app/raci/tab.py" line="479" />
        <source>Add activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="109" />
        <source>Insert an activity below the current row</source>
        <translation>在当前行下方插入一项活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="110" />
        <location filename="../../orgdesign/app/raci/tab.py" line="485" />
        <source>Add role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="111" />
        <source>Insert a free-text role such as Client</source>
        <translation>插入一个自由文本角色，例如“客户”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="113" />
        <source>Add roles from chart</source>
        <translation>从组织图添加角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="114" />
        <source>Add a column for each unit selected in the chart</source>
        <translation>为组织图中选中的每个单元添加一列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="115" />
        <source>Remove activities</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="117" />
        <source>Remove roles</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="118" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="120" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="122" />
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="124" />
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="148" />
        <source>This project has no RACI matrix yet. Start with an empty one, or generate one from a process: its steps become the activities, the performing units are R and the process owner is A.</source>
        <translation>本项目还没有 RACI 矩阵。可以新建空白矩阵，或由流程生成：流程步骤成为活动，执行单元为 R，流程负责人为 A。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="238" />
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="269" />
        <source>Scheme: %1 (unknown)</source>
        <translation>模式：%1（未知）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="272" />
        <source>Scheme: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="279" />
        <source>Type a letter, or double-click a cell to pick one; Ctrl+C / Ctrl+V copy blocks to and from Excel.</source>
        <translation>输入字母，或双击单元格从列表中选择；Ctrl+C / Ctrl+V 可与 Excel 互相复制粘贴区域。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="336" />
        <source>New RACI matrix %1</source>
        <translation>新建 RACI 矩阵“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="346" />
        <source>Generate RACI matrix %1</source>
        <translation>生成 RACI 矩阵“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="356" />
        <source>Rename RACI matrix %1</source>
        <translation>重命名 RACI 矩阵为“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="364" />
        <source>Delete RACI matrix %1</source>
        <translation>删除 RACI 矩阵“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="369" />
        <location filename="../../orgdesign/app/raci/tab.py" line="372" />
        <source>RACI matrix %1</source>
        <translation>RACI 矩阵 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="378" />
        <source>The project has no process to generate a matrix from</source>
        <translation>项目中没有可用于生成矩阵的流程</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="381" />
        <source>Generate from process</source>
        <translation>由流程生成</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="382" />
        <source>Process:</source>
        <translation>流程：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="391" />
        <source>Rename matrix</source>
        <translation>重命名矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="391" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="438" />
        <source>Select units in the chart first, then add them as roles</source>
        <translation>请先在组织图中选择单元，再将其添加为角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="443" />
        <source>Every selected unit has a column already</source>
        <translation>所选单元都已有对应的列</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="479" />
        <location filename="../../orgdesign/app/raci/tab.py" line="494" />
        <source>Activity:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="485" />
        <location filename="../../orgdesign/app/raci/tab.py" line="505" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="494" />
        <source>Rename activity</source>
        <translation>重命名活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="505" />
        <source>Rename role</source>
        <translation>重命名角色</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="524" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="531" />
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="532" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="533" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="559" />
        <source>Rename activity…</source>
        <translation>重命名活动…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/tab.py" line="562" />
        <source>Rename role…</source>
        <translation>重命名角色…</translation>
    </message>
</context>
<context>
    <name>RaciTableModel</name>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="244" />
        <source>%1 (deleted)</source>
        <extracomment>Summary cells: list of (letter, count) for every letter of the scheme. Problems column and cells: "error", "warning" or None. Letter cells: the letters the cell holds, as a tuple.</extracomment>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="357" />
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="358" />
        <source>Errors: %n</source>
        <translation>
            <numerusform>错误：%n 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="359" />
        <source>Warnings: %n</source>
        <translation>
            <numerusform>警告：%n 个</numerusform></translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="411" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="426" />
        <source>Letters per role</source>
        <translation>各角色字母数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="428" />
        <source>How many of each letter every role holds</source>
        <translation>每个角色承担的各字母数量</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="443" />
        <source>%1: free-text role, not linked to the chart</source>
        <translation>%1：自由文本角色，未关联组织图</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="445" />
        <source>Linked to the unit %1 of the chart</source>
        <translation>关联组织图中的单元“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="450" />
        <source>%1: its unit is not in the chart; the column is kept</source>
        <translation>%1：其关联单元已不在组织图中；该列予以保留</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="468" />
        <source>The matrix uses an unknown scheme; its cells cannot be edited</source>
        <translation>该矩阵使用未知的模式，无法编辑其单元格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="472" />
        <source>'%1' is not a letter of %2 (letters: %3)</source>
        <translation>“%1”不是 %2 的字母（可用字母：%3）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="476" />
        <source>%1 cannot share one cell in %2 (allowed together: %3)</source>
        <translation>在 %2 中 %1 不能放在同一单元格（允许的组合：%3）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="478" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="508" />
        <source>Cell %1: %2</source>
        <translation>单元格 %1：%2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="520" />
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="521" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="523" />
        <source>Change RACI cells (%n)</source>
        <translation>
            <numerusform>修改 RACI 单元格（%n 个）</numerusform></translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="541" />
        <source>Nothing to paste here: choose a cell of the matrix</source>
        <translation>此处无法粘贴：请选择矩阵中的单元格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="543" />
        <location filename="../../orgdesign/app/raci/table_model.py" line="548" />
        <source>Paste RACI cells (%n)</source>
        <translation>
            <numerusform>粘贴 RACI 单元格（%n 个）</numerusform></translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="552" />
        <source>Clear RACI cells</source>
        <translation>清除 RACI 单元格</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="585" />
        <source>The role is linked to the unit %1 and takes its name; rename the unit in the chart</source>
        <translation>该角色关联单元“%1”并沿用其名称；请在组织图中重命名该单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="590" />
        <source>Rename role %1</source>
        <translation>重命名角色为“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="595" />
        <source>Rename activity %1</source>
        <translation>重命名活动为“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="605" />
        <source>Add activity %1</source>
        <translation>添加活动“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="621" />
        <source>Add role %1</source>
        <translation>添加角色“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="622" />
        <source>Add roles (%n)</source>
        <translation>
            <numerusform>添加角色（%n 个）</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="632" />
        <source>Remove activities (%n)</source>
        <translation>
            <numerusform>删除活动（%n 项）</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/raci/table_model.py" line="640" />
        <source>Remove roles (%n)</source>
        <translation>
            <numerusform>删除角色（%n 个）</numerusform></translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="651" />
        <source>Move activities</source>
        <translation>移动活动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/table_model.py" line="662" />
        <source>Move roles</source>
        <translation>移动角色</translation>
    </message>
</context>
<context>
    <name>RaciWorkbook</name>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="49" />
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="58" />
        <location filename="../../orgdesign/app/raci/workbook.py" line="100" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="59" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="62" />
        <source>Export RACI matrix</source>
        <translation>导出 RACI 矩阵</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="74" />
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="87" />
        <source>Import RACI workbook into %1</source>
        <translation>将 RACI 工作簿导入“%1”</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="99" />
        <location filename="../../orgdesign/app/raci/workbook.py" line="107" />
        <source>Import RACI workbook</source>
        <translation>导入 RACI 工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/raci/workbook.py" line="108" />
        <source>The workbook holds no changes.</source>
        <translation>该工作簿没有任何更改。</translation>
    </message>
</context>
<context>
    <name>SheetPreviewModel</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="106" />
        <source>placed</source>
        <extracomment>Rows the live preview builds (a 50,000-row sheet is built in full only on OK). Rows shown in the sheet table. Quiet time after the last change before the preview is built again (ms).</extracomment>
        <translation>已放入</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="106" />
        <source>parking lot</source>
        <translation>待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="107" />
        <source>dotted line</source>
        <translation>虚线关系</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="107" />
        <source>repeat, skipped</source>
        <translation>重复，已跳过</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="126" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_import_dialog.py" line="128" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SheetSource</name>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="115" />
        <source>File</source>
        <extracomment>Data of the "(not mapped)" entry of a column combo. Encodings offered for CSV files besides "detected" (users may type another). Longest cell text shown as a sample value. Problems listed at most (a broken 50,000-row sheet can have as many). (sheet, forced encoding) the sheet shown was read with</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="120" />
        <source>Worksheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="124" />
        <source>Detected (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="127" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="153" />
        <source>Header on row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="155" />
        <source>Header on rows %1–%2</source>
        <translation>表头在第 %1–%2 行</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="157" />
        <source>%1 data rows</source>
        <translation>%1 行数据</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/dialogs/hr_mapping.py" line="160" />
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
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="52" />
        <source>Suggest structure</source>
        <extracomment>a scenario was added (its id)</extracomment>
        <translation>建议组织结构</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="56" />
        <source>Units that hand work to each other often are grouped into the same function, so fewer hand-offs cross a function boundary. Group sizes stay within bounds, so not everything collapses into one function. Nothing changes until you apply the suggestion as a new scenario.</source>
        <translation>经常相互交接工作的单元被归入同一职能，从而减少跨职能边界的交接。各组规模保持在限定范围内，不会把所有单元并入一个职能。在将建议应用为新方案之前，不会做任何修改。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="63" />
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="68" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="69" />
        <source>Suggest</source>
        <translation>生成建议</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="72" />
        <source>Target number of functions</source>
        <translation>目标职能数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="73" />
        <source>Fewest units per function</source>
        <translation>每个职能最少单元数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="74" />
        <source>Most units per function</source>
        <translation>每个职能最多单元数</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="78" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="78" />
        <source>From function</source>
        <translation>原职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="79" />
        <source>To function</source>
        <translation>新职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="79" />
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="87" />
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="162" />
        <source>Suggested regrouping</source>
        <translation>建议的重组方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="88" />
        <source>Switch to the new scenario</source>
        <translation>切换到新方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="90" />
        <source>Apply as new scenario</source>
        <translation>应用为新方案</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="99" />
        <source>New scenario name</source>
        <translation>新方案名称</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="132" />
        <source>Interfaces now: %1 · after the moves: %2 (%3 fewer). Functions of at most %4 units.</source>
        <translation>当前接口：%1 · 调整后：%2（减少 %3 个）。每个职能最多 %4 个单元。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="135" />
        <source>Interfaces now: %1. No regrouping within these bounds does better; the structure stays as it is.</source>
        <translation>当前接口：%1。在这些限制内没有更好的重组方案，结构保持不变。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="139" />
        <source>Scenario %1.</source>
        <translation>方案“%1”。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="144" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="168" />
        <source>Apply suggestion as scenario %1</source>
        <translation>将建议应用为方案 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/regroup_dialog.py" line="171" />
        <source>Cannot apply</source>
        <translation>无法应用</translation>
    </message>
</context>
<context>
    <name>SwimlaneMap</name>
    <message>
        <location filename="../../orgdesign/app/processes/swimlane_view.py" line="186" />
        <source>Choose or add a process to see its swimlane map.</source>
        <extracomment>Smallest zoom a fitted map takes when its height alone would ask for less (text stays). the user clicked the card of this step</extracomment>
        <translation>选择或添加一个流程以查看其泳道图。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/swimlane_view.py" line="189" />
        <source>This process has no steps yet. Add steps in the Steps table; the map shows one lane per function.</source>
        <translation>此流程还没有步骤。请在步骤表中添加步骤；泳道图中每个职能一条泳道。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/swimlane_view.py" line="198" />
        <source>The swimlane map needs Graphviz, which is not installed. The tables still work.</source>
        <translation>泳道图需要 Graphviz，但尚未安装。表格仍可正常使用。</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/processes/swimlane_view.py" line="203" />
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