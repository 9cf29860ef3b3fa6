<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FileController</name>
    <message>
        <location filename="../../desktop/files.py" line="52"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="68"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="69"/>
        <source>Start from template:</source>
        <translation>从模板开始：</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="75"/>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="84"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="96"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="110"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="124"/>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="129"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="148"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="163"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="164"/>
        <source>The last session ended with unsaved changes. Recover them?</source>
        <translation>上次会话结束时有未保存的修改。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="170"/>
        <source>Cannot recover the unsaved work</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="185"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="188"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="189"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="190"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="192"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="193"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="195"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="196"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="197"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="198"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="200"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="211"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="212"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="224"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>FourChains Decision Studio</source>
        <translation>四链决策工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>Cannot evaluate: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235"/>
        <source>Illustrative data</source>
        <translation>示例数据（仅供演示）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242"/>
        <source>FourChains Decision Studio — AHP expert weighting and TOPSIS ranking for strategic emerging industries.</source>
        <translation>四链决策工作台——面向战略性新兴产业的层次分析法专家赋权与 TOPSIS 排序。</translation>
    </message>
</context>
<context>
    <name>PairSlider</name>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="22"/>
        <source>equal</source>
        <translation>同等重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="23"/>
        <source>moderate</source>
        <translation>稍微重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="24"/>
        <source>strong</source>
        <translation>明显重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="25"/>
        <source>very strong</source>
        <translation>强烈重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="26"/>
        <source>extreme</source>
        <translation>极端重要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="30"/>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="114"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pair_slider.py" line="127"/>
        <source>Clear this judgment</source>
        <translation>清除此判断</translation>
    </message>
</context>
</TS>
