<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FeatureNames</name>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="20" />
        <source>Money-market volume</source>
        <translation>货币市场交易量</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="20" />
        <location filename="../../views/FeatureNames.cpp" line="21" />
        <location filename="../../views/FeatureNames.cpp" line="22" />
        <location filename="../../views/FeatureNames.cpp" line="23" />
        <source>CNY bn</source>
        <translation>十亿元</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="21" />
        <source>Bond trading volume</source>
        <translation>债券交易量</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="22" />
        <source>FX trading volume</source>
        <translation>外汇交易量</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="23" />
        <source>Net money-market borrowing</source>
        <translation>货币市场净融入</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="24" />
        <source>Counterparties</source>
        <translation>交易对手数</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="24" />
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="25" />
        <source>Counterparty concentration (HHI)</source>
        <translation>交易对手集中度（HHI）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="25" />
        <source>0-1</source>
        <translation>0-1</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="26" />
        <source>Overnight funding share</source>
        <translation>隔夜融资占比</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="26" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="27" />
        <source>Borrowing spread over fixing</source>
        <translation>融入利差（相对定盘利率）</translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="27" />
        <source>bp</source>
        <translation>基点</translation>
    </message>
</context>
<context>
    <name>InstitutionType</name>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="17" />
        <source>Large state-owned bank</source>
        <translation>国有大型商业银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="18" />
        <source>Joint-stock bank</source>
        <translation>股份制商业银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="19" />
        <source>City commercial bank</source>
        <translation>城市商业银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="20" />
        <source>Rural commercial bank</source>
        <translation>农村商业银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="21" />
        <source>Foreign bank</source>
        <translation>外资银行</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="22" />
        <source>Securities firm</source>
        <translation>证券公司</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="23" />
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="24" />
        <source>Wealth management product</source>
        <translation>理财产品</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="25" />
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="26" />
        <source>Trust company</source>
        <translation>信托公司</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="27" />
        <source>Finance company</source>
        <translation>财务公司</translation>
    </message>
</context>
<context>
    <name>ModelSteps</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="15" />
        <source>simulating trading days</source>
        <translation>模拟交易日</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="16" />
        <source>indexing trades</source>
        <translation>建立成交索引</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="17" />
        <source>computing profiles</source>
        <translation>计算机构画像</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="18" />
        <source>laying out the exposure network</source>
        <translation>布局风险敞口网络</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="19" />
        <source>ranking institutions against their peers</source>
        <translation>与同业比较排名</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="20" />
        <source>ready</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="29" />
        <source>Liquidity squeeze ending in failure</source>
        <translation>流动性紧张直至倒闭</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="30" />
        <source>Funding moves to overnight at rising premiums, lenders withdraw, then the institution fails and leaves its borrowing unpaid.</source>
        <translation>融资转向隔夜且溢价上升，融出方陆续撤出，最终机构倒闭，未偿还其融入资金。</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="32" />
        <source>Circular trading among related parties</source>
        <translation>关联方循环交易</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="33" />
        <source>The same bond goes round a ring of group members in similar sizes within minutes.</source>
        <translation>同一债券在集团成员间以相近规模在数分钟内循环交易。</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="34" />
        <source>Bond parking</source>
        <translation>债券代持</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="35" />
        <source>A bond is sold at an off-market price and bought back later at an agreed price.</source>
        <translation>以偏离市场的价格卖出债券，之后按约定价格买回。</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="36" />
        <source>Marking the close</source>
        <translation>尾盘操纵收盘价</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="37" />
        <source>Small purchases in the last minutes of the session push a bond's closing price up.</source>
        <translation>收盘前最后几分钟的小额买入推高债券收盘价。</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="38" />
        <source>Leverage build-up and forced deleveraging</source>
        <translation>杠杆累积与被迫去杠杆</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="39" />
        <source>A bond fund borrows ever more overnight repo to buy bonds, then must sell at a discount.</source>
        <translation>债券基金不断借入隔夜回购资金买债，随后被迫折价抛售。</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="40" />
        <source>Default cascade</source>
        <translation>违约传染</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="41" />
        <source>A default spreads round by round to lenders whose losses exceed their capital.</source>
        <translation>违约逐轮传导至损失超过资本的融出方。</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="42" />
        <source>Sudden loss of a major counterparty</source>
        <translation>主要交易对手突然流失</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="43" />
        <source>A large lender withdraws; those relying on it borrow elsewhere at a premium.</source>
        <translation>大型融出方退出，依赖它的机构只能以更高成本另寻融资。</translation>
    </message>
</context>
<context>
    <name>eagle::HeatmapView</name>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="86" />
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="87" />
        <source>Colour by sign(x)·log(1+|x|), for heavy-tailed features</source>
        <translation>按 sign(x)·log(1+|x|) 着色，适用于厚尾指标</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="90" />
        <source>Feature:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="104" />
        <location filename="../../views/HeatmapView.cpp" line="223" />
        <source>No data loaded</source>
        <translation>尚未加载数据</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="149" />
        <source>Loading %1…</source>
        <translation>正在加载%1…</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="270" />
        <source>, log scale</source>
        <translation>，对数刻度</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="272" />
        <source>%1 — %2 institutions, %3 to %4</source>
        <translation>%1 — %2 家机构，%3 至 %4</translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="345" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>eagle::InstitutionListView</name>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="29" />
        <source>Search code or name…</source>
        <translation>搜索代码或名称…</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="34" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="206" />
        <source>%1 institutions</source>
        <translation>%1 家机构</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="207" />
        <source>Showing %1 of %2 institutions</source>
        <translation>显示 %1 / %2 家机构</translation>
    </message>
</context>
<context>
    <name>eagle::InstitutionTableModel</name>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="68" />
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="114" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="116" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="118" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="120" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="122" />
        <source>Total assets (CNY bn)</source>
        <translation>总资产（十亿元）</translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="124" />
        <source>Rating</source>
        <translation>评级</translation>
    </message>
</context>
<context>
    <name>eagle::JobStatusBar</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="33" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="34" />
        <source>Cancel the running background work</source>
        <translation>取消正在运行的后台任务</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="44" />
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="47" />
        <source>%1 cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="53" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>eagle::MainWindow</name>
    <message>
        <location filename="../../app/MainWindow.cpp" line="50" />
        <source>EagleEye — Market Supervision Workstation</source>
        <translation>鹰眼 — 金融市场监管工作站</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="80" />
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="81" />
        <source>Profile vs peers</source>
        <translation>画像与同业对比</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="82" />
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="83" />
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="94" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="95" />
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="96" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="97" />
        <source>EagleEye workspaces (*.eagle)</source>
        <translation>鹰眼工作区 (*.eagle)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="101" />
        <source>&amp;New workspace from simulation…</source>
        <translation>从模拟新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="103" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="106" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="109" />
        <source>&amp;Reset layout</source>
        <translation>恢复默认布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="111" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="112" />
        <source>&amp;About EagleEye</source>
        <translation>关于鹰眼(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="113" />
        <source>About EagleEye</source>
        <translation>关于鹰眼</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="114" />
        <source>&lt;b&gt;EagleEye&lt;/b&gt; — a visual-analytics workstation for financial-market supervisors: institution profiles, exposure networks and early warning.</source>
        <translation>&lt;b&gt;鹰眼&lt;/b&gt; — 面向金融市场监管人员的可视分析工作站：机构画像、风险敞口网络与早期预警。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="125" />
        <source>Simulating a market of %n institution(s)</source>
        <translation>
            <numerusform>正在模拟 %n 家机构的市场</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="136" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="147" />
        <source>EagleEye — %1</source>
        <translation>鹰眼 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="148" />
        <source>%n institution(s), %1 to %2</source>
        <translation>
            <numerusform>%n 家机构，%1 至 %2</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="177" />
        <source>No institution with code %1</source>
        <translation>没有代码为 %1 的机构</translation>
    </message>
</context>
<context>
    <name>eagle::NetworkView</name>
    <message>
        <location filename="../../views/NetworkView.cpp" line="116" />
        <source>No exposure network loaded</source>
        <translation>尚未加载风险敞口网络</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="274" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Total assets: %3 bn CNY&lt;br&gt;Money-market volume: %4 bn CNY</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;总资产：%3 十亿元&lt;br&gt;货币市场交易量：%4 十亿元</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="366" />
        <source>Lends to</source>
        <translation>融出给</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="367" />
        <source>Borrows from</source>
        <translation>融入自</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="369" />
        <source>Lender → borrower</source>
        <translation>融出方 → 融入方</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="372" />
        <source>Institution type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="386" />
        <source>%1 institutions · largest %2 of %3 exposures</source>
        <translation>%1 家机构 · 显示最大的 %2 / %3 条敞口</translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="389" />
        <source>%1 institutions · %2 exposures</source>
        <translation>%1 家机构 · %2 条敞口</translation>
    </message>
</context>
<context>
    <name>eagle::NewSimulationDialog</name>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="67" />
        <source>New workspace from simulation</source>
        <translation>从模拟新建工作区</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="70" />
        <source>Banks, securities firms, funds, insurers and others, in realistic proportions</source>
        <translation>银行、证券公司、基金、保险公司等，按真实比例构成</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="73" />
        <source> business days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="76" />
        <source>The same seed always gives the same market</source>
        <translation>相同的种子总是生成相同的市场</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="85" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="92" />
        <source>Institutions:</source>
        <translation>机构数：</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="93" />
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="94" />
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="95" />
        <source>Planted risk scenarios:</source>
        <translation>植入的风险情景：</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="96" />
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="98" />
        <source>Simulate</source>
        <translation>开始模拟</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="120" />
        <source>Save simulated market as</source>
        <translation>模拟市场另存为</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="121" />
        <source>EagleEye workspaces (*.eagle)</source>
        <translation>鹰眼工作区 (*.eagle)</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="127" />
        <source>Choose where to save the workspace.</source>
        <translation>请选择工作区的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="131" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在，是否替换？</translation>
    </message>
</context>
<context>
    <name>eagle::RadarView</name>
    <message>
        <location filename="../../views/RadarView.cpp" line="59" />
        <source>Peer comparison</source>
        <translation>同业对比</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="60" />
        <source>Peer comparison: %1</source>
        <translation>同业对比：%1</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="84" />
        <source>Select an institution to compare it with its peers</source>
        <translation>选择一家机构，与其同业进行对比</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="110" />
        <source>Peer median: %1</source>
        <translation>同业中位数：%1</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="162" />
        <location filename="../../views/RadarView.cpp" line="169" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="162" />
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="167" />
        <source>%1 · peers %2</source>
        <translation>%1 · 同业 %2</translation>
    </message>
</context>
<context>
    <name>eagle::TimeSeriesView</name>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="49" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="62" />
        <source>Feature:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="137" />
        <location filename="../../views/TimeSeriesView.cpp" line="198" />
        <source>Peer median</source>
        <translation>同业中位数</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="137" />
        <source>Peer median: %1</source>
        <translation>同业中位数：%1</translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="164" />
        <location filename="../../views/TimeSeriesView.cpp" line="174" />
        <source>Select an institution to see its history</source>
        <translation>选择一家机构以查看其历史</translation>
    </message>
</context>
<context>
    <name>eagle::WorkspaceController</name>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="19" />
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="37" />
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="77" />
        <source>Loading %1 of %2</source>
        <translation>正在加载 %2 的%1</translation>
    </message>
</context>
</TS>