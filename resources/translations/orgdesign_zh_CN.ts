<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Document</name>
    <message>
        <location filename="../../orgdesign/app/document.py" line="68" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="70" />
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="72" />
        <source>Parking lot</source>
        <translation>待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="74" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="76" />
        <source>Functions and layers</source>
        <translation>职能与层级</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="78" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="80" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="82" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="129" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="130" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="131" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="132" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="134" />
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="141" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="142" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="144" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="145" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="147" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="149" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="150" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="152" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="158" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="159" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="160" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="162" />
        <source>Add &amp;Report</source>
        <translation>添加下属(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="164" />
        <source>Add &amp;Sibling</source>
        <translation>添加同级(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="166" />
        <source>Add &amp;Assistant</source>
        <translation>添加助理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="168" />
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="169" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="170" />
        <source>Delete and &amp;Promote Reports</source>
        <translation>删除并提升下属(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="173" />
        <source>Collapse / E&amp;xpand</source>
        <translation>折叠/展开(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="175" />
        <source>Dotted &amp;Line Between Two Units</source>
        <translation>在两个单元间画虚线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="177" />
        <source>Move to Parking Lot</source>
        <translation>移入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="180" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="181" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="183" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="186" />
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="194" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="195" />
        <source>&amp;Classic</source>
        <translation>传统(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="195" />
        <source>C&amp;ompact</source>
        <translation>紧凑(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="196" />
        <source>&amp;Inverted (Customer on Top)</source>
        <translation>倒置（客户在上）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="197" />
        <source>&amp;Rings (Customer at the Centre)</source>
        <translation>同心圆（客户居中）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="199" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="211" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="213" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="215" />
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="216" />
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小 100%(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="229" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="232" />
        <source>Find name, title, person or function</source>
        <translation>查找名称、职位、人员或职能</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="242" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="243" />
        <source>&amp;About OrgDesign</source>
        <translation>关于 OrgDesign(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orgdesign/app/main_window.py" line="299" />
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform></translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="310" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="311" />
        <source>Save the changes to %1?</source>
        <translation>保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="325" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="335" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="354" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="367" />
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="380" />
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="384" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="400" />
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="450" />
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="458" />
        <source>Match %1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="472" />
        <source>About OrgDesign</source>
        <translation>关于 OrgDesign</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/main_window.py" line="473" />
        <source>OrgDesign %1
Design customer-centred organisations: charts with the customer on top, RACI matrices, interfaces between functions.</source>
        <translation>OrgDesign %1
设计以客户为中心的组织：客户在上的组织图、RACI 责任矩阵、职能之间的接口。</translation>
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
    <name>ParkingPanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/parking.py" line="34" />
        <source>Place under selected</source>
        <translation>放到所选单元下</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/parking.py" line="35" />
        <source>Park selected</source>
        <translation>将所选移入待定区</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/parking.py" line="67" />
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
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="25" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="25" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="25" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="41" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="41" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../orgdesign/app/docks/problems.py" line="42" />
        <source>note</source>
        <translation>提示</translation>
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
            <numerusform>已选 %n 个单元</numerusform></translation>
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