<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FeatureNames</name>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="20" />
        <source>Money-market volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="20" />
        <location filename="../../views/FeatureNames.cpp" line="21" />
        <location filename="../../views/FeatureNames.cpp" line="22" />
        <location filename="../../views/FeatureNames.cpp" line="23" />
        <source>CNY bn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="21" />
        <source>Bond trading volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="22" />
        <source>FX trading volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="23" />
        <source>Net money-market borrowing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="24" />
        <source>Counterparties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="24" />
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="25" />
        <source>Counterparty concentration (HHI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="25" />
        <source>0-1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="26" />
        <source>Overnight funding share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="26" />
        <source>%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="27" />
        <source>Borrowing spread over fixing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="27" />
        <source>bp</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstitutionType</name>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="17" />
        <source>Large state-owned bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="18" />
        <source>Joint-stock bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="19" />
        <source>City commercial bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="20" />
        <source>Rural commercial bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="21" />
        <source>Foreign bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="22" />
        <source>Securities firm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="23" />
        <source>Fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="24" />
        <source>Wealth management product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="25" />
        <source>Insurer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="26" />
        <source>Trust company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="27" />
        <source>Finance company</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelSteps</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="15" />
        <source>simulating trading days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="16" />
        <source>indexing trades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="17" />
        <source>computing profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="18" />
        <source>laying out the exposure network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="19" />
        <source>ranking institutions against their peers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="20" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="29" />
        <source>Liquidity squeeze ending in failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="30" />
        <source>Funding moves to overnight at rising premiums, lenders withdraw, then the institution fails and leaves its borrowing unpaid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="32" />
        <source>Circular trading among related parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="33" />
        <source>The same bond goes round a ring of group members in similar sizes within minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="34" />
        <source>Bond parking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="35" />
        <source>A bond is sold at an off-market price and bought back later at an agreed price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="36" />
        <source>Marking the close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="37" />
        <source>Small purchases in the last minutes of the session push a bond's closing price up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="38" />
        <source>Leverage build-up and forced deleveraging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="39" />
        <source>A bond fund borrows ever more overnight repo to buy bonds, then must sell at a discount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="40" />
        <source>Default cascade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="41" />
        <source>A default spreads round by round to lenders whose losses exceed their capital.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="42" />
        <source>Sudden loss of a major counterparty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="43" />
        <source>A large lender withdraws; those relying on it borrow elsewhere at a premium.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::HeatmapView</name>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="86" />
        <source>Log scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="87" />
        <source>Colour by sign(x)·log(1+|x|), for heavy-tailed features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="90" />
        <source>Feature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="104" />
        <location filename="../../views/HeatmapView.cpp" line="223" />
        <source>No data loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="149" />
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="270" />
        <source>, log scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="272" />
        <source>%1 — %2 institutions, %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="345" />
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::InstitutionListView</name>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="29" />
        <source>Search code or name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="34" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="206" />
        <source>%1 institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="207" />
        <source>Showing %1 of %2 institutions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::InstitutionTableModel</name>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="68" />
        <source>Region: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="114" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="116" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="118" />
        <source>English name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="120" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="122" />
        <source>Total assets (CNY bn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="124" />
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::JobStatusBar</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="33" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="34" />
        <source>Cancel the running background work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="44" />
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="47" />
        <source>%1 cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="53" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::MainWindow</name>
    <message>
        <location filename="../../app/MainWindow.cpp" line="50" />
        <source>EagleEye — Market Supervision Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="80" />
        <source>Institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="81" />
        <source>Profile vs peers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="82" />
        <source>Time series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="83" />
        <source>Heatmap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="94" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="95" />
        <source>&amp;Open workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="96" />
        <source>Open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="97" />
        <source>EagleEye workspaces (*.eagle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="101" />
        <source>&amp;New workspace from simulation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="103" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="106" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="109" />
        <source>&amp;Reset layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="111" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="112" />
        <source>&amp;About EagleEye</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="113" />
        <source>About EagleEye</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="114" />
        <source>&lt;b&gt;EagleEye&lt;/b&gt; — a visual-analytics workstation for financial-market supervisors: institution profiles, exposure networks and early warning.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="125" />
        <source>Simulating a market of %n institution(s)</source>
        <translation>
            <numerusform>Simulating a market of %n institution</numerusform><numerusform>Simulating a market of %n institutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="136" />
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="147" />
        <source>EagleEye — %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="148" />
        <source>%n institution(s), %1 to %2</source>
        <translation>
            <numerusform>%n institution, %1 to %2</numerusform><numerusform>%n institutions, %1 to %2</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="177" />
        <source>No institution with code %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::NetworkView</name>
    <message>
        <location filename="../../views/NetworkView.cpp" line="116" />
        <source>No exposure network loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="274" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Total assets: %3 bn CNY&lt;br&gt;Money-market volume: %4 bn CNY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="366" />
        <source>Lends to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="367" />
        <source>Borrows from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="369" />
        <source>Lender → borrower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="372" />
        <source>Institution type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="386" />
        <source>%1 institutions · largest %2 of %3 exposures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="389" />
        <source>%1 institutions · %2 exposures</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::NewSimulationDialog</name>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="67" />
        <source>New workspace from simulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="70" />
        <source>Banks, securities firms, funds, insurers and others, in realistic proportions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="73" />
        <source> business days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="76" />
        <source>The same seed always gives the same market</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="85" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="92" />
        <source>Institutions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="93" />
        <source>Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="94" />
        <source>Seed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="95" />
        <source>Planted risk scenarios:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="96" />
        <source>Save as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="98" />
        <source>Simulate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="120" />
        <source>Save simulated market as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="121" />
        <source>EagleEye workspaces (*.eagle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="127" />
        <source>Choose where to save the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="131" />
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::RadarView</name>
    <message>
        <location filename="../../views/RadarView.cpp" line="59" />
        <source>Peer comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="60" />
        <source>Peer comparison: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="84" />
        <source>Select an institution to compare it with its peers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="110" />
        <source>Peer median: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="162" />
        <location filename="../../views/RadarView.cpp" line="169" />
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="162" />
        <source>P%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="167" />
        <source>%1 · peers %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::TimeSeriesView</name>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="49" />
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="62" />
        <source>Feature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="137" />
        <location filename="../../views/TimeSeriesView.cpp" line="198" />
        <source>Peer median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="137" />
        <source>Peer median: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="164" />
        <location filename="../../views/TimeSeriesView.cpp" line="174" />
        <source>Select an institution to see its history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eagle::WorkspaceController</name>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="19" />
        <source>Opening %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="37" />
        <source>Loading %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="77" />
        <source>Loading %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>