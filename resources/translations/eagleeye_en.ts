<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertNames</name>
    <message>
        <location filename="../../views/AlertNames.cpp" line="11"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="12"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="13"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="40"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="42"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="44"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="46"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="59"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="61"/>
        <source>Hand back for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="62"/>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="64"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertNames.cpp" line="66"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterNames</name>
    <message>
        <location filename="../../views/ClusterNames.cpp" line="10"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="24"/>
        <source>liquidity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="25"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="26"/>
        <source>net borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="25"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="26"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="27"/>
        <source>net lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="27"/>
        <source>wholesale-funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="28"/>
        <source>heavy borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="29"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="30"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="31"/>
        <source>overnight-funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="29"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="30"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="31"/>
        <source>term-funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="32"/>
        <source>leveraged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="32"/>
        <source>low leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="33"/>
        <source>active bond trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="33"/>
        <source>little bond trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="34"/>
        <source>market maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="34"/>
        <source>occasional trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="35"/>
        <source>widely connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="35"/>
        <source>few counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="36"/>
        <source>bond buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="36"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="37"/>
        <source>bond seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="37"/>
        <source>bond accumulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="38"/>
        <source>FX dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="39"/>
        <source>gold trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="40"/>
        <source>money-market heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="41"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="42"/>
        <source>large balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="41"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="42"/>
        <source>small balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="43"/>
        <source>multi-market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="43"/>
        <source>single-market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="44"/>
        <source>many lenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="44"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="45"/>
        <source>relationship-funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="46"/>
        <source>concentrated counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="46"/>
        <source>diversified counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="47"/>
        <source>related-party trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="48"/>
        <source>round-tripper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="49"/>
        <source>high funding cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="49"/>
        <source>cheap funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="50"/>
        <source>lends at a premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="51"/>
        <source>liquid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="51"/>
        <source>thin liquidity buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="52"/>
        <source>late-session trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="53"/>
        <location filename="../../models/learning/ClusterNaming.cpp" line="54"/>
        <source>off-market pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="55"/>
        <source>period-end borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="56"/>
        <source>shifting counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="56"/>
        <source>stable counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/learning/ClusterNaming.cpp" line="81"/>
        <source>average profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="21"/>
        <source>DR001 (overnight repo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="22"/>
        <source>DR007 (7-day repo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="23"/>
        <source>Corridor floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="24"/>
        <source>Policy rate (7-day reverse repo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="25"/>
        <source>Corridor ceiling (SLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="31"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="32"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="33"/>
        <source>Liquidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="34"/>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="35"/>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="36"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="173"/>
        <source>Bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="174"/>
        <source>Money market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="175"/>
        <source>FX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="176"/>
        <source>Equities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/DashboardLoader.cpp" line="177"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureFamilies</name>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="166"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="167"/>
        <source>Funding and liquidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="168"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="169"/>
        <source>Counterparties and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="170"/>
        <source>Balance sheet and leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="171"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="177"/>
        <source>Risk scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="178"/>
        <source>Market risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="179"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureNames</name>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="28"/>
        <source>Money-market volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="28"/>
        <location filename="../../views/FeatureNames.cpp" line="29"/>
        <location filename="../../views/FeatureNames.cpp" line="30"/>
        <location filename="../../views/FeatureNames.cpp" line="31"/>
        <location filename="../../views/FeatureNames.cpp" line="34"/>
        <location filename="../../views/FeatureNames.cpp" line="35"/>
        <location filename="../../views/FeatureNames.cpp" line="36"/>
        <location filename="../../views/FeatureNames.cpp" line="37"/>
        <location filename="../../views/FeatureNames.cpp" line="54"/>
        <location filename="../../views/FeatureNames.cpp" line="55"/>
        <location filename="../../views/FeatureNames.cpp" line="61"/>
        <location filename="../../views/FeatureNames.cpp" line="90"/>
        <location filename="../../views/FeatureNames.cpp" line="93"/>
        <location filename="../../views/FeatureNames.cpp" line="96"/>
        <source>CNY bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="29"/>
        <source>Bond trading volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="30"/>
        <source>FX trading volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="31"/>
        <source>Gold trading volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="32"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="33"/>
        <source>Markets traded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="34"/>
        <source>Money-market borrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="35"/>
        <source>Money-market lending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="36"/>
        <source>Net money-market borrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="37"/>
        <source>Net borrowing, 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="39"/>
        <source>Overnight funding share, 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="40"/>
        <source>Average borrowing tenor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="40"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="41"/>
        <source>Borrowing against its 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="41"/>
        <location filename="../../views/FeatureNames.cpp" line="58"/>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="42"/>
        <source>Net borrowing to assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="43"/>
        <source>Liquid assets ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="45"/>
        <source>Lending spread over fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="46"/>
        <source>Bond price deviation from the day&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="46"/>
        <source>price points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="47"/>
        <source>Off-market bond share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="48"/>
        <source>Counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="50"/>
        <source>Lenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="51"/>
        <source>Largest lender&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="52"/>
        <source>New counterparty share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="53"/>
        <source>Related-party share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="54"/>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="55"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="56"/>
        <source>Leverage (assets / equity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="56"/>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="57"/>
        <source>End-of-day trading share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="58"/>
        <source>Month-end borrowing against its 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="59"/>
        <source>Bond round-trip share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="60"/>
        <source>Bond purchases share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="61"/>
        <source>Net bond purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="62"/>
        <source>Market risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="62"/>
        <location filename="../../views/FeatureNames.cpp" line="63"/>
        <location filename="../../views/FeatureNames.cpp" line="64"/>
        <location filename="../../views/FeatureNames.cpp" line="65"/>
        <location filename="../../views/FeatureNames.cpp" line="66"/>
        <location filename="../../views/FeatureNames.cpp" line="67"/>
        <source>0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="63"/>
        <source>Credit risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="64"/>
        <source>Liquidity risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="65"/>
        <source>Operational risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="66"/>
        <source>Reputation and strategic risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="67"/>
        <source>Behaviour and compliance score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="73"/>
        <source>PageRank in the exposure network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="74"/>
        <source>Betweenness (share of exposure paths through it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="75"/>
        <source>Eigenvector centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="76"/>
        <source>Hub score (large claims on central borrowers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="77"/>
        <source>Authority score (owes much to central lenders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="78"/>
        <source>Core depth (k-core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="78"/>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="79"/>
        <source>System loss if it fails (DebtRank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="80"/>
        <source>PageRank in the repo layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="81"/>
        <source>PageRank in the interbank lending layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="82"/>
        <source>PageRank in the bond holdings layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="83"/>
        <source>PageRank in the FX swap layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="84"/>
        <source>Counterparties in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="85"/>
        <source>Institutions it has an exposure to or from on the network&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="86"/>
        <source>Connectedness: how many a failure touches first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="87"/>
        <source>Early-warning score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="88"/>
        <source>The early-warning model&apos;s probability of a risk event within its horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="89"/>
        <source>An early signal learnt from past events: look before the scores move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="90"/>
        <source>One-day VaR (99%, historical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="91"/>
        <source>The loss on its bond, FX and gold positions that one day in a hundred exceeds, from the last 250 days&apos; profit and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="92"/>
        <source>What a bad day could cost it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="93"/>
        <source>One-day expected shortfall (99%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="94"/>
        <source>The mean loss on the worst one day in a hundred, from the last 250 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="95"/>
        <source>How bad the bad days are, beyond the VaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="96"/>
        <source>One-day VaR (99%, EWMA volatility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="97"/>
        <source>VaR with the volatility of recent days weighted most (lambda 0.94)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="98"/>
        <source>Reacts faster when markets turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="99"/>
        <source>VaR exceptions in 250 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="100"/>
        <source>Days in the last 250 whose loss exceeded the day before&apos;s VaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="101"/>
        <source>Basel traffic light: many exceptions mean its risk is underestimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="150"/>
        <source>Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="32"/>
        <location filename="../../views/FeatureNames.cpp" line="33"/>
        <location filename="../../views/FeatureNames.cpp" line="48"/>
        <location filename="../../views/FeatureNames.cpp" line="50"/>
        <location filename="../../views/FeatureNames.cpp" line="84"/>
        <location filename="../../views/FeatureNames.cpp" line="99"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="49"/>
        <source>Counterparty concentration (HHI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="49"/>
        <location filename="../../views/FeatureNames.cpp" line="75"/>
        <location filename="../../views/FeatureNames.cpp" line="76"/>
        <location filename="../../views/FeatureNames.cpp" line="77"/>
        <location filename="../../views/FeatureNames.cpp" line="87"/>
        <source>0-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="38"/>
        <source>Overnight funding share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="38"/>
        <location filename="../../views/FeatureNames.cpp" line="39"/>
        <location filename="../../views/FeatureNames.cpp" line="42"/>
        <location filename="../../views/FeatureNames.cpp" line="43"/>
        <location filename="../../views/FeatureNames.cpp" line="47"/>
        <location filename="../../views/FeatureNames.cpp" line="51"/>
        <location filename="../../views/FeatureNames.cpp" line="52"/>
        <location filename="../../views/FeatureNames.cpp" line="53"/>
        <location filename="../../views/FeatureNames.cpp" line="57"/>
        <location filename="../../views/FeatureNames.cpp" line="59"/>
        <location filename="../../views/FeatureNames.cpp" line="60"/>
        <location filename="../../views/FeatureNames.cpp" line="73"/>
        <location filename="../../views/FeatureNames.cpp" line="74"/>
        <location filename="../../views/FeatureNames.cpp" line="79"/>
        <location filename="../../views/FeatureNames.cpp" line="80"/>
        <location filename="../../views/FeatureNames.cpp" line="81"/>
        <location filename="../../views/FeatureNames.cpp" line="82"/>
        <location filename="../../views/FeatureNames.cpp" line="83"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="44"/>
        <source>Borrowing spread over fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="44"/>
        <location filename="../../views/FeatureNames.cpp" line="45"/>
        <source>bp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionType</name>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="18"/>
        <source>Large state-owned bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="19"/>
        <source>Joint-stock bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="20"/>
        <source>City commercial bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="21"/>
        <source>Rural commercial bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="22"/>
        <source>Foreign bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="23"/>
        <source>Securities firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="24"/>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="25"/>
        <source>Wealth management product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="26"/>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="27"/>
        <source>Trust company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="28"/>
        <source>Finance company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSteps</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="16"/>
        <source>simulating trading days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="17"/>
        <source>indexing trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="18"/>
        <source>computing profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="19"/>
        <source>laying out the exposure network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="20"/>
        <source>ranking institutions against their peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="21"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFeatures</name>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="37"/>
        <source>Share of a random walk along the exposures, weighted by amount, that ends at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="38"/>
        <source>How central it is to the flow of funds: distress there reaches many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="41"/>
        <source>Share of the shortest exposure paths between other institutions that pass through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="42"/>
        <source>A broker between others: its failure cuts channels of funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="45"/>
        <source>Centrality from being exposed to institutions that are themselves central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="46"/>
        <source>Tied into the core of the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="49"/>
        <source>How much it lends to the institutions the market lends to most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="50"/>
        <source>A lender whose losses would come from the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="53"/>
        <source>How much it borrows from the institutions that lend most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="54"/>
        <source>Depends on the market&apos;s main lenders for its funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="57"/>
        <source>The deepest k-core it belongs to: k counterparties that each have at least k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="58"/>
        <source>The core is where contagion circulates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="61"/>
        <source>Share of the system&apos;s equity lost if it alone fails (linear DebtRank through the exposures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="62"/>
        <source>Systemic importance: too connected to fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="65"/>
        <source>PageRank on the repo exposures alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="66"/>
        <source>How central it is to secured funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="69"/>
        <source>PageRank on the unsecured interbank lending exposures alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="70"/>
        <source>How central it is to unsecured funding, the first to dry up in stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="73"/>
        <source>PageRank on the exposures of bond holders to the institutions that issued the bonds alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="74"/>
        <source>Losses that would travel through the bonds institutions hold of each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="77"/>
        <source>PageRank on the FX swap exposures alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/NetworkFeatureRun.cpp" line="78"/>
        <source>How central it is to foreign-currency funding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFeatures</name>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="47"/>
        <source>Repo and interbank lending notional, lent plus borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="48"/>
        <source>Size of its money-market footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="50"/>
        <source>Bond cash notional, bought plus sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="51"/>
        <source>Trading intensity in bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="53"/>
        <source>FX spot and swap notional in CNY, bought plus sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="54"/>
        <source>Currency business, FX funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="56"/>
        <source>Gold notional, bought plus sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="57"/>
        <source>Commodity exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="59"/>
        <source>Trades on either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="60"/>
        <source>Bursts of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="62"/>
        <source>Markets traded in (money, bond, FX, equity, gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="63"/>
        <source>Breadth of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="65"/>
        <source>Money-market cash borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="66"/>
        <source>Dependence on wholesale funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="68"/>
        <source>Money-market cash lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="69"/>
        <source>Role as liquidity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="71"/>
        <source>Money-market cash borrowed minus lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="72"/>
        <source>Net taker or giver of liquidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="74"/>
        <source>Mean net borrowing over the last 20 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="75"/>
        <source>Persistent funding need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="77"/>
        <source>Share of borrowing at overnight tenor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="78"/>
        <source>Roll-over risk: must refinance tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="80"/>
        <source>Mean overnight share over the last 20 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="81"/>
        <source>Structural shortening of funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="83"/>
        <source>Notional-weighted tenor of borrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="84"/>
        <source>Maturity of funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="86"/>
        <source>Borrowing against its mean over the previous 20 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="87"/>
        <source>Sudden need for cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="89"/>
        <source>Net borrowing as a share of total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="90"/>
        <source>Funding gap relative to size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="92"/>
        <source>Liquid assets over total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="93"/>
        <source>Buffer against outflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="95"/>
        <source>Borrowing rate over DR001 (overnight) or DR007 (longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="96"/>
        <source>What the market charges it: credit standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="98"/>
        <source>Lending rate over DR001 (overnight) or DR007 (longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="99"/>
        <source>Appetite for risky borrowers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="101"/>
        <source>Notional-weighted distance of its bond prices from the day&apos;s average price of each bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="102"/>
        <source>Pricing away from the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="104"/>
        <source>Share of its bond notional priced more than half a point from the day&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="105"/>
        <source>Parking, transfers of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="107"/>
        <source>Distinct counterparties across all markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="108"/>
        <source>Connectedness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="110"/>
        <source>Herfindahl index of notional by counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="111"/>
        <source>Concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="113"/>
        <source>Distinct institutions lending it cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="114"/>
        <source>Funding diversification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="116"/>
        <source>Share of its borrowing from its largest lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="117"/>
        <source>Dependence on one counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="119"/>
        <source>Share of notional with counterparties not seen in the previous 20 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="120"/>
        <source>Shopping around for funding, unusual flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="122"/>
        <source>Share of notional with related parties (ownership, control, same group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="123"/>
        <source>Related-party transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="125"/>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="126"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="128"/>
        <source>Equity capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="129"/>
        <source>Loss-absorbing capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="131"/>
        <source>Total assets over equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="132"/>
        <source>Amplification of losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="134"/>
        <source>Share of notional traded after 16:45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="135"/>
        <source>Marking the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="137"/>
        <source>Borrowing in a month&apos;s last three business days against its 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="138"/>
        <source>Window dressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="140"/>
        <source>Share of bond notional in bonds it both bought and sold that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="141"/>
        <source>Wash and circular trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="143"/>
        <source>Bonds bought over bonds traded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="144"/>
        <source>Direction of positioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="146"/>
        <source>Bonds bought minus sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ProfileFeatures.h" line="147"/>
        <source>Position build-up or fire sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/LearningController.cpp" line="34"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningController.cpp" line="71"/>
        <source>Window %1 days, horizon %2 days; %3 test institution-days (%4 positive) of %5 held-out institutions in the last %6% of days; lead: warning on the top %7% of test scores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskEvents</name>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="12"/>
        <source>Liquidity squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="13"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="14"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="15"/>
        <source>Circular trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="16"/>
        <source>Bond parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="17"/>
        <source>Marking the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="18"/>
        <source>Leverage build-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="19"/>
        <source>Forced deleveraging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="20"/>
        <source>Loss of a major counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="21"/>
        <source>Loss from a counterparty&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="22"/>
        <source>Withdrawal of a major lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskEventNames.cpp" line="31"/>
        <source>Money laundering: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskScores</name>
    <message>
        <location filename="../../models/RiskScores.cpp" line="23"/>
        <source>Exposure to price moves: bond and FX positions built, leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="24"/>
        <source>Losses on what it holds when prices move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="27"/>
        <source>Exposure to counterparties failing: concentration, weak names, related parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="28"/>
        <source>Losses when its counterparties fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="31"/>
        <source>Reliance on short, expensive, concentrated funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="32"/>
        <source>Whether it can fund itself tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="36"/>
        <source>Unusual activity: bursts of trades, late prints, new counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="37"/>
        <source>Errors, manipulation or strained systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="40"/>
        <source>Signs of lost standing: fewer counterparties, window dressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="41"/>
        <source>Lost standing shows in its trading before its balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="44"/>
        <source>Compliance red flags: off-market prices, round trips, related-party deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/RiskScores.cpp" line="45"/>
        <source>Breaches of market conduct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="29"/>
        <source>Liquidity squeeze ending in failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="30"/>
        <source>Funding moves to overnight at rising premiums, lenders withdraw, then the institution fails and leaves its borrowing unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="32"/>
        <source>Circular trading among related parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="33"/>
        <source>The same bond goes round a ring of group members in similar sizes within minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="34"/>
        <source>Bond parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="35"/>
        <source>A bond is sold at an off-market price and bought back later at an agreed price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="36"/>
        <source>Marking the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="37"/>
        <source>Small purchases in the last minutes of the session push a bond&apos;s closing price up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="38"/>
        <source>Leverage build-up and forced deleveraging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="39"/>
        <source>A bond fund borrows ever more overnight repo to buy bonds, then must sell at a discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="40"/>
        <source>Default cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="41"/>
        <source>A default spreads round by round to lenders whose losses exceed their capital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="42"/>
        <source>Sudden loss of a major counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="43"/>
        <source>A large lender withdraws; those relying on it borrow elsewhere at a premium.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../../views/SearchIndex.cpp" line="33"/>
        <source>Institution %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/SearchIndex.cpp" line="40"/>
        <source>Instrument %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/SearchIndex.cpp" line="49"/>
        <source>Alert %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::AlertCommands</name>
    <message>
        <location filename="../../app/AlertCommands.cpp" line="13"/>
        <source>%1 alert %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertCommands.cpp" line="28"/>
        <source>note on alert %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::AlertTableModel</name>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="98"/>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="127"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="129"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="131"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="133"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="135"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="137"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertTableModel.cpp" line="139"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::AlertsController</name>
    <message>
        <location filename="../../app/AlertsController.cpp" line="46"/>
        <source>analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="60"/>
        <source>Loading alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="70"/>
        <source>Rules run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="73"/>
        <source>No rules run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="80"/>
        <source>Running the rules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="85"/>
        <source>Running the enabled rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="85"/>
        <source>enabled rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="99"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="103"/>
        <source>Replaying the market with the enabled rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="120"/>
        <source>Replay to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/AlertsController.cpp" line="165"/>
        <source>The rules have %n problem(s); nothing was run.
%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/AlertsController.cpp" line="198"/>
        <source>Loading the trades behind alert %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::AlertsView</name>
    <message>
        <location filename="../../views/AlertsView.cpp" line="41"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="337"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="340"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="344"/>
        <source>Institution code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="345"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="346"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="347"/>
        <source>Note: why, what was found (goes with the next action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="348"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="349"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="350"/>
        <source>Evidence and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="351"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="352"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="352"/>
        <source>Price / rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="352"/>
        <source>Amount (CNY m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="324"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="208"/>
        <source>Export alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="208"/>
        <source>alerts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="208"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="234"/>
        <location filename="../../views/AlertsView.cpp" line="343"/>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="304"/>
        <source>lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="304"/>
        <source>borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="304"/>
        <source>bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="304"/>
        <source>sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/AlertsView.cpp" line="306"/>
        <source>%1% for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="327"/>
        <source>Trades (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="328"/>
        <source>Trades (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/AlertsView.cpp" line="415"/>
        <source>%1 of %n alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="429"/>
        <source>&lt;p&gt;Choose an alert to see its evidence and history.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="430"/>
        <source>&lt;p&gt;No alerts. Run rules from the &lt;b&gt;Rules&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="440"/>
        <source>Evidence on %1 (rule %2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="444"/>
        <source>the rule&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="450"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="455"/>
        <source>moved it from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="458"/>
        <source>noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="461"/>
        <source>undid a move, back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/AlertsView.cpp" line="461"/>
        <source>withdrew a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::AuditLogDialog</name>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="15"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="16"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="17"/>
        <source>Stress test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="18"/>
        <source>Rule saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="19"/>
        <source>Rule switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="20"/>
        <source>Rule switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="21"/>
        <source>Rule version removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="22"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="23"/>
        <source>Encryption removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="24"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="33"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="34"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/AuditLogDialog.cpp" line="57"/>
        <source>The log was altered outside EagleEye: entry %1 does not match its hash (changed, or an entry before it removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/AuditLogDialog.cpp" line="62"/>
        <source>%n entry(s); the hash chain is intact.</source>
        <translation>
            <numerusform>%n entry; the hash chain is intact.</numerusform>
            <numerusform>%n entries; the hash chain is intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eagle::BriefingReport</name>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="102"/>
        <source>EagleEye briefing · market data %1 · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="104"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="168"/>
        <source>Briefing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="174"/>
        <source>How this report was made, so that it can be reproduced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="177"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="178"/>
        <source>#%1, finished %2; parameters: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="180"/>
        <source>defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="185"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="186"/>
        <source>Market data hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="186"/>
        <source>%1 (FNV-1a 64 over every market-data table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="187"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="188"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="188"/>
        <source>%1; recent window %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="190"/>
        <source>Profile run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="191"/>
        <source>Rule run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="191"/>
        <source>none: no rules have been run on this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="192"/>
        <source>Stress test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="192"/>
        <source>%1; each institution fails alone; exposures outstanding on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="194"/>
        <source>Key series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="195"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="195"/>
        <source>%1 by EagleEye %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="199"/>
        <source>To reproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="201"/>
        <source>Rules (newest versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="203"/>
        <source>No rules are stored in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="211"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="211"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215"/>
        <location filename="../../app/BriefingReport.cpp" line="393"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="215"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/BriefingReport.cpp" line="217"/>
        <location filename="../../app/BriefingReport.cpp" line="395"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="222"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="227"/>
        <source>profile against peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="229"/>
        <source>Type (peer group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="230"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="230"/>
        <source>unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="231"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="231"/>
        <location filename="../../app/BriefingReport.cpp" line="244"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="232"/>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="232"/>
        <location filename="../../app/BriefingReport.cpp" line="233"/>
        <source>%1 CNY bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="233"/>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="234"/>
        <source>Risk profile, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="248"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="248"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="248"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="250"/>
        <source>Scores are 0–100 against institutions of the same type, averaged over the window; the peers&apos; column is their median. docs/features.md says what drives each score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="257"/>
        <source>key series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="267"/>
        <source>No profile series in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="328"/>
        <source>lends to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="329"/>
        <source>borrows from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="331"/>
        <source>No money-market counterparties in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="336"/>
        <source>network, stress test and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="337"/>
        <source>Money-market neighbourhood, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="346"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="346"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="346"/>
        <source>Lends to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="346"/>
        <source>Borrows from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="348"/>
        <source>CNY bn over the window; largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="351"/>
        <source>Stress test: %1 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="353"/>
        <source>%1 has no exposures on %2: nothing to propagate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/BriefingReport.cpp" line="358"/>
        <source>DebtRank on the exposures of %1: contagion loss %2 CNY bn (shock %3 CNY bn), %n default(s) besides it, DebtRank %4, %5 round(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="370"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="373"/>
        <source>No other institution loses equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="376"/>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="376"/>
        <source>Distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="376"/>
        <source>Loss, CNY bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="376"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="379"/>
        <source>Alerts (newest rule run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="381"/>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="381"/>
        <source>No rules have been run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="393"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="393"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="393"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="393"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="452"/>
        <source>EagleEye briefing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReport.cpp" line="457"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::BriefingReportDialog</name>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="25"/>
        <source>Briefing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="26"/>
        <source>Search by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="41"/>
        <source>As of %1. The report is written in the language of the user interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="43"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="48"/>
        <source>Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="50"/>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="52"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="89"/>
        <source>Write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="89"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="96"/>
        <source>Tick at least one institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/BriefingReportDialog.cpp" line="102"/>
        <source>Gathering the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/BriefingReportDialog.cpp" line="105"/>
        <source>Briefing report on %n institution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eagle::ChartExporter</name>
    <message>
        <location filename="../../views/ChartExporter.cpp" line="88"/>
        <source>This view has no chart; export its data as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ChartExporter.cpp" line="90"/>
        <source>The chart has no size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ChartExporter.cpp" line="94"/>
        <location filename="../../views/ChartExporter.cpp" line="106"/>
        <location filename="../../views/ChartExporter.cpp" line="118"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ClusterScatterView</name>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="68"/>
        <source>No strategy clusters yet: run Analysis ▸ Cluster and train</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterScatterView.cpp" line="80"/>
        <source>%1 · %2 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="130"/>
        <source>PC1 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="131"/>
        <source>PC2 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterScatterView.cpp" line="132"/>
        <source>Strategy clusters, %1 — %n institution(s), silhouette %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="196"/>
        <source>Strategy map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201"/>
        <source>Cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201"/>
        <source>PC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="201"/>
        <source>PC2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="202"/>
        <source>Distance to its centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="202"/>
        <source>Moved cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="212"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="212"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ClusterSummaryView</name>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="35"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="35"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="35"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="35"/>
        <source>Centroid profile (σ from market)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="42"/>
        <source>No strategy clusters in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="47"/>
        <source>k=%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterSummaryView.cpp" line="48"/>
        <source>%n cluster(s), mean silhouette %1 (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eagle::DashboardView</name>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108"/>
        <location filename="../../views/DashboardView.cpp" line="248"/>
        <location filename="../../views/DashboardView.cpp" line="271"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108"/>
        <source>Risk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="108"/>
        <source>Rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="109"/>
        <source>CNY bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="289"/>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="110"/>
        <source>Rate, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="133"/>
        <source>Market activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/DashboardView.cpp" line="135"/>
        <source>Traded notional per market and day (CNY bn), the last %n trading day(s) up to the as-of day. Click a day to move the time cursor there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="140"/>
        <source>Money-market rates and the policy corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="142"/>
        <source>Repo fixings against the central bank&apos;s corridor: the floor (excess-reserve rate), the 7-day policy rate and the ceiling (standing lending facility). Rates pressing on the ceiling mean tight liquidity. Click a day to move the time cursor there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="148"/>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="150"/>
        <source>Alerts of the current rules run not yet closed, up to the as-of day. Click a severity to filter the alerts list, an alert to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="154"/>
        <source>Largest risers in risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="156"/>
        <source>Institutions whose risk score rose most: the mean over the last 20 trading days against the 20 before, for the risk type that rose most. Click one to open its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="161"/>
        <source>Riskiest institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="163"/>
        <source>The institutions with the highest risk score of any type over the last 20 trading days, by risk type (0 low to 100 high against peers). Click a cell to open the institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="168"/>
        <source>Exposure network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="170"/>
        <source>The money-market lending network over the last 20 trading days: its size and the institutions with the most lending and borrowing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="248"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="248"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="248"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="267"/>
        <source>Open the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="271"/>
        <source>Lent + borrowed, CNY bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="291"/>
        <source>No trading days in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="292"/>
        <source>Market as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/DashboardView.cpp" line="512"/>
        <source>%n institution(s) lending or borrowing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/DashboardView.cpp" line="514"/>
        <source>%n lending relation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/DashboardView.cpp" line="515"/>
        <source>CNY %1 bn lent in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::EvaluationTableView</name>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="37"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="37"/>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="37"/>
        <source>PR AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="37"/>
        <source>Precision@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="38"/>
        <source>Median lead (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="38"/>
        <source>Events warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="38"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="41"/>
        <source>No early-warning model trained yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="59"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/EvaluationTableView.cpp" line="82"/>
        <source>Model evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ExportAudit</name>
    <message>
        <location filename="../../app/ExportAudit.cpp" line="14"/>
        <source>Recording the export of %1 in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ExportDialog</name>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="21"/>
        <source>Start with a UTF-8 byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="22"/>
        <source>Export a table to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="28"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="29"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="30"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="32"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="36"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="37"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="47"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="48"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="57"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="59"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ExportViewDialog</name>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="35"/>
        <source>Start with a UTF-8 byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="37"/>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="39"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="40"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="41"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="42"/>
        <source>CSV data (what the view shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="45"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="49"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="52"/>
        <source>As on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="58"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="63"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="65"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="66"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="67"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="68"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="70"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="149"/>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="154"/>
        <source>%1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="156"/>
        <source>(the network is drawn as pixels and embedded as a picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="159"/>
        <source>The data the view shows, one row per line, UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="168"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="169"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportViewDialog.cpp" line="177"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::HeatmapView</name>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="157"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="158"/>
        <source>Colour by sign(x)·log(1+|x|), for heavy-tailed features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="156"/>
        <source>Feature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="220"/>
        <source>No data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="143"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="267"/>
        <source>, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="269"/>
        <source>%1 — %2 institutions, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="360"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="396"/>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="396"/>
        <source>Heatmap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="403"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::HelpWindow</name>
    <message>
        <location filename="../../app/HelpWindow.cpp" line="20"/>
        <source>EagleEye help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ImportHistoryDialog</name>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="28"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="29"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="29"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="29"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="30"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="30"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="30"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="30"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="31"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="41"/>
        <source>accept valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="41"/>
        <source>all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportHistoryDialog.cpp" line="52"/>
        <source>Quarantined rows of the selected import (File → Export… the table &apos;quarantine&apos; to fix and re-import them):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ImportWizard</name>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="37"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="56"/>
        <source>Files and how to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="58"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="62"/>
        <source>trades (FIX/IMIX messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="113"/>
        <source>The first rows of the first file, as they will be read. Choose in the first row which column of the file feeds each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="119"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="121"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="271"/>
        <source>(columns by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="70"/>
        <location filename="../../app/ImportWizard.cpp" line="129"/>
        <source>Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="71"/>
        <source>Save the mapping in the workspace under a name, to choose it again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="73"/>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="76"/>
        <location filename="../../app/ImportWizard.cpp" line="83"/>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="84"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="85"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="86"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="87"/>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="92"/>
        <source>Keep the valid rows and quarantine the others (otherwise all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="98"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="99"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="100"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="101"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="112"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="144"/>
        <source>Validate and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="147"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="148"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="149"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="170"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="171"/>
        <source>CSV and FIX files (*.csv *.txt *.tsv *.fix *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="204"/>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="213"/>
        <source>Read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="217"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="243"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="244"/>
        <source>automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="304"/>
        <source>Find the columns by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="304"/>
        <source>Use mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="310"/>
        <source>A saved mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="313"/>
        <source>&apos;%1&apos; is the name of a mapping shipped with EagleEye; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="330"/>
        <location filename="../../app/ImportWizard.cpp" line="335"/>
        <location filename="../../app/ImportWizard.cpp" line="339"/>
        <location filename="../../app/ImportWizard.cpp" line="346"/>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="331"/>
        <source>Name (the mapping list and eagleeye-cli import --mapping find it by this name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="339"/>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="365"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="365"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="375"/>
        <source>Validating files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="375"/>
        <source>Importing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="397"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="401"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="414"/>
        <source>… and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ImportWizard.cpp" line="417"/>
        <source>Validation only: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::InstitutionListView</name>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="99"/>
        <source>Search code or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="100"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="207"/>
        <source>%1 institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="208"/>
        <source>Showing %1 of %2 institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="216"/>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::InstitutionTableModel</name>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="68"/>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="117"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="121"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="121"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="123"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="125"/>
        <source>Total assets (CNY bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTableModel.cpp" line="127"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::JobStatusBar</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="35"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="36"/>
        <source>Cancel the running background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="47"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="50"/>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="56"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::LearningController</name>
    <message>
        <location filename="../../app/LearningController.cpp" line="94"/>
        <source>Clustering and training the early-warning model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningController.cpp" line="107"/>
        <source>Loading strategy clusters and early warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::LearningOptionsDialog</name>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="37"/>
        <source>Cluster and train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="51"/>
        <location filename="../../app/LearningOptionsDialog.cpp" line="70"/>
        <location filename="../../app/LearningOptionsDialog.cpp" line="71"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="53"/>
        <source>The same seed and data give the same clusters and the same model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="58"/>
        <source>Strategy clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="60"/>
        <source>Mean profile from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="61"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="62"/>
        <source>Fewest clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="63"/>
        <source>Most clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="64"/>
        <source>Flag moves between clusters over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="65"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="67"/>
        <source>Train the early-warning model (GRU) too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="73"/>
        <source>Distress: failure, default, forced deleveraging, counterparty loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="74"/>
        <source>Every recorded risk event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="83"/>
        <source>Days of features the model reads before the day it scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="84"/>
        <source>A day counts as a warning case when an event starts within this many days after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="85"/>
        <source>At most; training stops earlier when the validation AUC stops improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="87"/>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="90"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="91"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="92"/>
        <source>Events to warn of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="93"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="94"/>
        <source>Hidden units per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="95"/>
        <source>Stacked GRU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningOptionsDialog.cpp" line="98"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::LearningView</name>
    <message>
        <location filename="../../views/LearningView.cpp" line="35"/>
        <source>Cluster and train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="36"/>
        <source>Group the institutions by strategy and train the early-warning model in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="37"/>
        <source>Strategy map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="38"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="39"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="40"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="41"/>
        <source>Export the chart on this tab as PNG, SVG or PDF at a chosen size and resolution, or its data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="69"/>
        <source>Training history: best epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::MainWindow</name>
    <message>
        <location filename="../../app/MainWindow.cpp" line="501"/>
        <source>EagleEye — Market Supervision Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="129"/>
        <source>Time cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="247"/>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="248"/>
        <source>Profile vs peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="249"/>
        <source>Time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="250"/>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="251"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="252"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="253"/>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="256"/>
        <source>Stress test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="120"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="125"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="122"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="123"/>
        <source>EagleEye workspaces (*.eagle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="130"/>
        <source>&amp;New workspace from simulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="236"/>
        <location filename="../../app/MainWindowMenus.cpp" line="167"/>
        <location filename="../../app/MainWindowMenus.cpp" line="331"/>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="123"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="124"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="134"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="236"/>
        <location filename="../../app/MainWindowMenus.cpp" line="167"/>
        <location filename="../../app/MainWindowMenus.cpp" line="331"/>
        <source>Open or create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="254"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="255"/>
        <source>Rule editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="257"/>
        <source>Strategies and early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="127"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="156"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="158"/>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="178"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="186"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindowMenus.cpp" line="183"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="99"/>
        <source>Exposure network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="115"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="187"/>
        <source>Export &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="197"/>
        <source>&amp;Briefing report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindowMenus.cpp" line="194"/>
        <source>Wrote %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="202"/>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="207"/>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="138"/>
        <source>Rewrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="144"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="145"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="212"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="216"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="218"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="226"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="229"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="230"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="233"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="234"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="246"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="247"/>
        <source>&amp;Cluster and train early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="251"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="252"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="254"/>
        <source>The &amp;features and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="255"/>
        <source>The &amp;rule language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="264"/>
        <source>&amp;About EagleEye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="258"/>
        <source>About EagleEye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="259"/>
        <source>&lt;h3&gt;EagleEye 鹰眼 %1&lt;/h3&gt;&lt;p&gt;A visual-analytics workstation for financial-market supervisors: institution profiles, exposure networks, supervisors&apos; own risk rules and early warning.&lt;/p&gt;&lt;p&gt;Built with Qt %2, VTK, QCustomPlot, Eigen, igraph and SQLite. Works offline; the workspace file holds all data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="269"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="270"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="272"/>
        <source>Back to the institution and day shown before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="273"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="275"/>
        <source>Forward again (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="286"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="288"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="290"/>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="297"/>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="304"/>
        <source>&amp;Add bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="310"/>
        <source>Add bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="310"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="323"/>
        <source>&amp;Remove this workspace&apos;s bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="285"/>
        <source>Bookmarked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="295"/>
        <source>No institution with code %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="327"/>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="336"/>
        <source>&amp;Edit rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="346"/>
        <source>Open a rule file in the &amp;editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="338"/>
        <source>Open rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="339"/>
        <location filename="../../app/MainWindowMenus.cpp" line="354"/>
        <source>Rule files (*.rules);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="351"/>
        <source>Run the &amp;enabled rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="358"/>
        <source>&amp;Run a rule file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="353"/>
        <source>Run rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="360"/>
        <source>Re&amp;play the market with the enabled rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="361"/>
        <source>Day by day (one day a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="362"/>
        <source>Brisk (four days a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="363"/>
        <source>Fast (25 days a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="364"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindowMenus.cpp" line="370"/>
        <source>Re&amp;load alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="379"/>
        <source>Replay done: %n alert(s), none stored (Rules → Reload alerts shows the stored ones)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="384"/>
        <source>Exported %n alert(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="389"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="428"/>
        <source>Simulating a market of %n institution(s)</source>
        <translation>
            <numerusform>Simulating a market of %n institution</numerusform>
            <numerusform>Simulating a market of %n institutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="448"/>
        <source>Creating the demo market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="467"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="503"/>
        <source>EagleEye — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="504"/>
        <source>%n institution(s), %1 to %2</source>
        <translation>
            <numerusform>%n institution, %1 to %2</numerusform>
            <numerusform>%n institutions, %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="570"/>
        <source>No institution with code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::MappingDocument</name>
    <message>
        <location filename="../../app/MappingDocument.cpp" line="20"/>
        <source>Find %1 by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MappingDocument.cpp" line="21"/>
        <source>Map %1 to column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MappingDocument.cpp" line="29"/>
        <source>Change the encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MappingDocument.cpp" line="35"/>
        <source>Change the delimiter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::NetworkControls</name>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="20"/>
        <source>Repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="22"/>
        <source>Interbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="24"/>
        <source>Bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="26"/>
        <source>FX swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="28"/>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="50"/>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="52"/>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="54"/>
        <source>PageRank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="56"/>
        <source>Betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="58"/>
        <source>DebtRank of its failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="130"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="131"/>
        <source>Export the network as PNG, SVG or PDF at a chosen size and resolution, or the exposures shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="133"/>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="135"/>
        <source>Exposures from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="136"/>
        <source> bn CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="137"/>
        <source>Hide exposures smaller than this (ownership links are always shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="138"/>
        <source>Only the institutions of one community of the whole exposure network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="139"/>
        <source>Every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="142"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="148"/>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="149"/>
        <source>Institution type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="150"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="151"/>
        <source>Size measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="166"/>
        <source>Every community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="168"/>
        <source>Community %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::NetworkView</name>
    <message>
        <location filename="../../views/NetworkView.cpp" line="161"/>
        <source>No exposure network loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="308"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · total assets %3 bn CNY · equity %4 bn CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="311"/>
        <source>&lt;br&gt;Layers shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="311"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="314"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="318"/>
        <source>&lt;br&gt;Degree %1 (%2 creditors, %3 debtors) · PageRank %4 · betweenness %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="323"/>
        <source>&lt;br&gt;DebtRank of its failure %1 · community %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="329"/>
        <source>&lt;br&gt;Stress, round %1: %2% of equity lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="333"/>
        <source> · defaulted in round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="542"/>
        <source>Share of equity lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="545"/>
        <source>Defaulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="553"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="557"/>
        <source>Community %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="558"/>
        <source>Smaller communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="560"/>
        <source>Measure (node colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="561"/>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="562"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="563"/>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="569"/>
        <source>Its claims (creditor → debtor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="570"/>
        <source>Claims on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="596"/>
        <source>largest %1 of %2 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="598"/>
        <source>%1 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="600"/>
        <source>%1 of %2 institutions · %3 · as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="606"/>
        <source> · stress round %1 of %2, %3 bn CNY lost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="14"/>
        <source>Exposure network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="15"/>
        <source>Exposure network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="22"/>
        <source>Creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="22"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="22"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkViewExport.cpp" line="22"/>
        <source>Exposure (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="547"/>
        <source>Institution type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::NewSimulationDialog</name>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="67"/>
        <source>New workspace from simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="70"/>
        <source>Banks, securities firms, funds, insurers and others, in realistic proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="73"/>
        <source> business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="76"/>
        <source>The same seed always gives the same market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="85"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="92"/>
        <source>Institutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="93"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="94"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="95"/>
        <source>Planted risk scenarios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="96"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="98"/>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="120"/>
        <source>Save simulated market as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="121"/>
        <source>EagleEye workspaces (*.eagle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="127"/>
        <source>Choose where to save the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/NewSimulationDialog.cpp" line="131"/>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ProfilePageModel</name>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="34"/>
        <location filename="../../views/ProfilePageModel.cpp" line="37"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="47"/>
        <source>Higher than about %1% of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="60"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="61"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="62"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="63"/>
        <source>Peer percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="64"/>
        <source>Recent weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ProfilePageView</name>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="164"/>
        <source>%1 as of %2 — against %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="171"/>
        <source>Select an institution to see its profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ProfilePageView.cpp" line="182"/>
        <source>Strategy: cluster %1 · %2 (%n members)</source>
        <translation>
            <numerusform>Strategy: cluster %1 · %2 (%n member)</numerusform>
            <numerusform>Strategy: cluster %1 · %2 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="186"/>
        <source>Distance to its centre %1, more atypical than %2% of its cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="189"/>
        <source>Nearest peers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="192"/>
        <source>Its behaviour moved to another cluster from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ProtectionReaction</name>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="37"/>
        <source>&amp;Encrypt workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="38"/>
        <source>Encrypt the workspace file at rest with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="39"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="40"/>
        <source>Remove en&amp;cryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="68"/>
        <source>Encrypted workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="68"/>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="69"/>
        <source>%1 is encrypted. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="74"/>
        <source>Unlocking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="108"/>
        <source>New passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="111"/>
        <source>The passphrase is empty; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="114"/>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="117"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="125"/>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="125"/>
        <source>Open or create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="130"/>
        <source>Workspace busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="130"/>
        <source>Wait until the running work has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="138"/>
        <location filename="../../app/ProtectionReaction.cpp" line="150"/>
        <source>Encrypt workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="142"/>
        <source>Encrypting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="151"/>
        <source>%1 is encrypted. Keep the passphrase safe: without it nobody can open the workspace. Copies made before are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="159"/>
        <source>Remove encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="161"/>
        <source>Store %1 unencrypted? Anyone who can read the file can then read the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="165"/>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="169"/>
        <source>Decrypting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="181"/>
        <source>Wrong passphrase; the workspace stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="191"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="192"/>
        <source>Current passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="198"/>
        <source>Changing the passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ProtectionReaction.cpp" line="209"/>
        <source>Wrong passphrase; the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::RadarView</name>
    <message>
        <location filename="../../views/RadarView.cpp" line="52"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="53"/>
        <source>Choose the features the radar compares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="117"/>
        <source>Peer comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="118"/>
        <source>Peer comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="147"/>
        <source>Select an institution to compare it with its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="191"/>
        <source>Peer median: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="193"/>
        <source>Cluster median: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="251"/>
        <location filename="../../views/RadarView.cpp" line="262"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="251"/>
        <source>P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="256"/>
        <source>%1 · peers %2 · cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="260"/>
        <source>%1 · peers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="413"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="413"/>
        <source>%1 (percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="414"/>
        <source>Peer median (percentile)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::RiskMatrixView</name>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="71"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="72"/>
        <source>By similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="73"/>
        <location filename="../../views/RiskMatrixView.cpp" line="127"/>
        <source>No data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="85"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/RiskMatrixView.cpp" line="145"/>
        <source>Risk scores as of %1 — %n institution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="223"/>
        <source>Risk matrix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="223"/>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="229"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::RuleCommands</name>
    <message>
        <location filename="../../app/RuleCommands.cpp" line="13"/>
        <source>save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/RuleCommands.cpp" line="29"/>
        <source>switch on rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/RuleCommands.cpp" line="30"/>
        <source>switch off rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::RuleEditorController</name>
    <message>
        <location filename="../../app/RuleEditorController.cpp" line="67"/>
        <source>Loading rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/RuleEditorController.cpp" line="93"/>
        <source>The workspace&apos;s rules are still loading: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/RuleEditorController.cpp" line="172"/>
        <source>Backtesting rules (shadow mode)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::RuleEditorView</name>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="113"/>
        <location filename="../../views/RuleEditorView.cpp" line="197"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="113"/>
        <location filename="../../views/RuleEditorView.cpp" line="193"/>
        <location filename="../../views/RuleEditorView.cpp" line="195"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="113"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="113"/>
        <location filename="../../views/RuleEditorView.cpp" line="197"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="114"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="132"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="133"/>
        <source>Backtest (shadow mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="135"/>
        <source>Evaluate over the whole history without storing anything and compare with the recorded risk events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="191"/>
        <source>Run a backtest to see how often the rule would have fired, on whom and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193"/>
        <source>Misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193"/>
        <source>False alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="193"/>
        <source>Median lead (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="195"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="196"/>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="197"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="197"/>
        <source>Saved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="197"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="198"/>
        <source>Load this version into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="199"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="224"/>
        <source>On: runs with the enabled rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="224"/>
        <source>Off: kept, not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="272"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="272"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/RuleEditorView.cpp" line="281"/>
        <source>Shadow mode: %n alert(s) over %1 institutions × %2 days; %3 recorded risk event(s). An alert catches an event from %4 business days before it to its end. Nothing was stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="309"/>
        <source>caught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="309"/>
        <source>false alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="335"/>
        <source>Why this rule: the risk it looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="335"/>
        <source>new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="335"/>
        <source>mostly overnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RuleEditorView.cpp" line="363"/>
        <source>✓ %1: valid, reads %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::SearchBox</name>
    <message>
        <location filename="../../views/SearchBox.cpp" line="16"/>
        <source>Search institutions, instruments, alerts… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/SearchBox.cpp" line="17"/>
        <source>Type part of a code or a name; choose a match to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::SettingsDialog</name>
    <message>
        <location filename="../../app/SettingsDialog.cpp" line="18"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/SettingsDialog.cpp" line="20"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/SettingsDialog.cpp" line="25"/>
        <source>Menus, views and new reports change to the chosen language at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/SettingsDialog.cpp" line="30"/>
        <source>Language / 语言</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::StressPanel</name>
    <message>
        <location filename="../../views/StressPanel.cpp" line="97"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="98"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="88"/>
        <source>Shock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="89"/>
        <source>CODE fails, CODE:0.3, all:0.05 or rate:200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="91"/>
        <source>An institution that fails (its code), a share of equity lost (CODE:0.3, all:0.05) or a rise in yields in basis points (rate:200); several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="93"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="94"/>
        <source>DebtRank (linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="95"/>
        <source>DebtRank (single hit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="96"/>
        <source>Eisenberg–Noe clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="100"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="76"/>
        <source>Choose who fails: select an institution or type a shock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="100"/>
        <source>Equity
lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="100"/>
        <source>Shock
loss (bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="101"/>
        <source>Contagion
loss (bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="101"/>
        <source>Default
round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="118"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;DebtRank %2 · %3 default(s) · losses: shock %4 bn, contagion %5 bn CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="165"/>
        <source>Pick an institution to fail (select it anywhere) or type a shock, then Run: the network shows the losses spreading round by round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="176"/>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::TimeCursorBar</name>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="38"/>
        <source>Previous trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="39"/>
        <source>Next trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="40"/>
        <source>Play the market day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="41"/>
        <source>As of: every view shows the market on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="37"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::TimeSeriesView</name>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="103"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="195"/>
        <source>Feature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="257"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="197"/>
        <source>Draw up to %1 more features of this institution below, on the same time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="199"/>
        <location filename="../../views/TimeSeriesView.cpp" line="200"/>
        <location filename="../../views/TimeSeriesView.cpp" line="656"/>
        <source>Early-warning score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="255"/>
        <source>Compare with none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="257"/>
        <source>Compare (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="266"/>
        <location filename="../../views/TimeSeriesView.cpp" line="324"/>
        <location filename="../../views/TimeSeriesView.cpp" line="653"/>
        <source>Peer median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="266"/>
        <source>Peer median: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="437"/>
        <source>Warning %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TimeSeriesView.cpp" line="541"/>
        <source>(+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="666"/>
        <source>Why the model warned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="670"/>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="670"/>
        <source>Risk event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="705"/>
        <source>Time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="706"/>
        <source>Time series %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="732"/>
        <source>alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="732"/>
        <source>event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="735"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="736"/>
        <location filename="../../views/TimeSeriesView.cpp" line="739"/>
        <source>Peer median (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="736"/>
        <source>Events and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="201"/>
        <location filename="../../views/TimeSeriesView.cpp" line="612"/>
        <location filename="../../views/TimeSeriesView.cpp" line="622"/>
        <source>Select an institution to see its history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::TradeListView</name>
    <message>
        <location filename="../../views/TradeListView.cpp" line="44"/>
        <source>Drag across the time series with Shift held to list the trades of those days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeListView.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeListView.cpp" line="51"/>
        <source>%n trade(s) of %1, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeListView.cpp" line="52"/>
        <source>(the first %n only)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/TradeListView.cpp" line="60"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::TradeTableModel</name>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="24"/>
        <source>Repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="25"/>
        <source>Interbank lending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="26"/>
        <source>Cash bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="27"/>
        <source>FX spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="28"/>
        <source>FX swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="29"/>
        <source>Gold spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="30"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="39"/>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="39"/>
        <source>Borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="40"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="40"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="59"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeTableModel.cpp" line="68"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="76"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="77"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="78"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="79"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="80"/>
        <source>Notional (CNY mn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="81"/>
        <source>Rate / price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="82"/>
        <source>Tenor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::TrainingCurveView</name>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="56"/>
        <location filename="../../views/TrainingCurveView.cpp" line="86"/>
        <source>No early-warning model trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="57"/>
        <location filename="../../views/TrainingCurveView.cpp" line="122"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="58"/>
        <source>Cross-entropy loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="59"/>
        <location filename="../../views/TrainingCurveView.cpp" line="62"/>
        <location filename="../../views/TrainingCurveView.cpp" line="122"/>
        <source>Validation ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="60"/>
        <location filename="../../views/TrainingCurveView.cpp" line="122"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="61"/>
        <location filename="../../views/TrainingCurveView.cpp" line="122"/>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="72"/>
        <source>Training the early-warning model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="94"/>
        <source>Training: epoch %1, loss %2, validation AUC %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="117"/>
        <source>Training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="122"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="129"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ViewExportReaction</name>
    <message>
        <location filename="../../app/ViewExportReaction.cpp" line="22"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::WorkspaceController</name>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="75"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="101"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="152"/>
        <source>Loading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="202"/>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="223"/>
        <source>Profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="348"/>
        <source>Risk scores as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="373"/>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="391"/>
        <source>Dashboard as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="424"/>
        <source>Trades of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="479"/>
        <source>Ranking against peers as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="498"/>
        <source>Laying out the network as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="525"/>
        <source>%1 (%2) as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="529"/>
        <source>Stress test: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
