<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FeatureFamilies</name>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="88"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="89"/>
        <source>Funding and liquidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="90"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="91"/>
        <source>Counterparties and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="92"/>
        <source>Balance sheet and leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="93"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="97"/>
        <source>Risk scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="98"/>
        <source>Market risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="99"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureNames</name>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="22"/>
        <source>Money-market volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="22"/>
        <location filename="../../views/FeatureNames.cpp" line="23"/>
        <location filename="../../views/FeatureNames.cpp" line="24"/>
        <location filename="../../views/FeatureNames.cpp" line="25"/>
        <location filename="../../views/FeatureNames.cpp" line="28"/>
        <location filename="../../views/FeatureNames.cpp" line="29"/>
        <location filename="../../views/FeatureNames.cpp" line="30"/>
        <location filename="../../views/FeatureNames.cpp" line="31"/>
        <location filename="../../views/FeatureNames.cpp" line="48"/>
        <location filename="../../views/FeatureNames.cpp" line="49"/>
        <location filename="../../views/FeatureNames.cpp" line="55"/>
        <source>CNY bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="23"/>
        <source>Bond trading volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="24"/>
        <source>FX trading volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="25"/>
        <source>Gold trading volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="26"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="27"/>
        <source>Markets traded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="28"/>
        <source>Money-market borrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="29"/>
        <source>Money-market lending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="30"/>
        <source>Net money-market borrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="31"/>
        <source>Net borrowing, 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="33"/>
        <source>Overnight funding share, 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="34"/>
        <source>Average borrowing tenor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="34"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="35"/>
        <source>Borrowing against its 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="35"/>
        <location filename="../../views/FeatureNames.cpp" line="52"/>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="36"/>
        <source>Net borrowing to assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="37"/>
        <source>Liquid assets ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="39"/>
        <source>Lending spread over fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="40"/>
        <source>Bond price deviation from the day&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="40"/>
        <source>price points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="41"/>
        <source>Off-market bond share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="42"/>
        <source>Counterparties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="44"/>
        <source>Lenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="45"/>
        <source>Largest lender&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="46"/>
        <source>New counterparty share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="47"/>
        <source>Related-party share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="48"/>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="49"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="50"/>
        <source>Leverage (assets / equity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="50"/>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="51"/>
        <source>End-of-day trading share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="52"/>
        <source>Month-end borrowing against its 20-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="53"/>
        <source>Bond round-trip share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="54"/>
        <source>Bond purchases share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="55"/>
        <source>Net bond purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="56"/>
        <source>Market risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="56"/>
        <location filename="../../views/FeatureNames.cpp" line="57"/>
        <location filename="../../views/FeatureNames.cpp" line="58"/>
        <location filename="../../views/FeatureNames.cpp" line="59"/>
        <location filename="../../views/FeatureNames.cpp" line="60"/>
        <location filename="../../views/FeatureNames.cpp" line="61"/>
        <source>0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="57"/>
        <source>Credit risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="58"/>
        <source>Liquidity risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="59"/>
        <source>Operational risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="60"/>
        <source>Reputation and strategic risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="61"/>
        <source>Behaviour and compliance score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="26"/>
        <location filename="../../views/FeatureNames.cpp" line="27"/>
        <location filename="../../views/FeatureNames.cpp" line="42"/>
        <location filename="../../views/FeatureNames.cpp" line="44"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="43"/>
        <source>Counterparty concentration (HHI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="43"/>
        <source>0-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="32"/>
        <source>Overnight funding share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="32"/>
        <location filename="../../views/FeatureNames.cpp" line="33"/>
        <location filename="../../views/FeatureNames.cpp" line="36"/>
        <location filename="../../views/FeatureNames.cpp" line="37"/>
        <location filename="../../views/FeatureNames.cpp" line="41"/>
        <location filename="../../views/FeatureNames.cpp" line="45"/>
        <location filename="../../views/FeatureNames.cpp" line="46"/>
        <location filename="../../views/FeatureNames.cpp" line="47"/>
        <location filename="../../views/FeatureNames.cpp" line="51"/>
        <location filename="../../views/FeatureNames.cpp" line="53"/>
        <location filename="../../views/FeatureNames.cpp" line="54"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="38"/>
        <source>Borrowing spread over fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/FeatureNames.cpp" line="38"/>
        <location filename="../../views/FeatureNames.cpp" line="39"/>
        <source>bp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionType</name>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="17"/>
        <source>Large state-owned bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="18"/>
        <source>Joint-stock bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="19"/>
        <source>City commercial bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="20"/>
        <source>Rural commercial bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="21"/>
        <source>Foreign bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="22"/>
        <source>Securities firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="23"/>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="24"/>
        <source>Wealth management product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="25"/>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="26"/>
        <source>Trust company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionTypeNames.cpp" line="27"/>
        <source>Finance company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSteps</name>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="15"/>
        <source>simulating trading days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="16"/>
        <source>indexing trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="17"/>
        <source>computing profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="18"/>
        <source>laying out the exposure network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="19"/>
        <source>ranking institutions against their peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="20"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/LearningController.cpp" line="33"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningController.cpp" line="70"/>
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
    <name>eagle::ClusterScatterView</name>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="30"/>
        <source>No strategy clusters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="67"/>
        <source>No strategy clusters yet: run Analysis ▸ Cluster and train</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterScatterView.cpp" line="79"/>
        <source>%1 · %2 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="129"/>
        <source>PC1 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterScatterView.cpp" line="130"/>
        <source>PC2 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterScatterView.cpp" line="131"/>
        <source>Strategy clusters, %1 — %n institution(s), silhouette %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eagle::ClusterSummaryView</name>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="21"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="21"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="21"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="21"/>
        <source>Centroid profile (σ from market)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="37"/>
        <source>No strategy clusters in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ClusterSummaryView.cpp" line="42"/>
        <source>k=%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/ClusterSummaryView.cpp" line="43"/>
        <source>%n cluster(s), mean silhouette %1 (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>eagle::ExportDialog</name>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="20"/>
        <source>Start with a UTF-8 byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="21"/>
        <source>Export a table to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="27"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="28"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="29"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="31"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="35"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="36"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="46"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="47"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="56"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ExportDialog.cpp" line="58"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::HeatmapView</name>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="86"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="87"/>
        <source>Colour by sign(x)·log(1+|x|), for heavy-tailed features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="90"/>
        <source>Feature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="104"/>
        <location filename="../../views/HeatmapView.cpp" line="223"/>
        <source>No data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="152"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="270"/>
        <source>, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="272"/>
        <source>%1 — %2 institutions, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/HeatmapView.cpp" line="360"/>
        <source>n/a</source>
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
        <location filename="../../views/InstitutionListView.cpp" line="29"/>
        <source>Search code or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="34"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="206"/>
        <source>%1 institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/InstitutionListView.cpp" line="207"/>
        <source>Showing %1 of %2 institutions</source>
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
        <location filename="../../app/JobStatusBar.cpp" line="33"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="34"/>
        <source>Cancel the running background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="44"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="47"/>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/JobStatusBar.cpp" line="53"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::LearningController</name>
    <message>
        <location filename="../../app/LearningController.cpp" line="93"/>
        <source>Clustering and training the early-warning model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/LearningController.cpp" line="106"/>
        <source>Loading strategy clusters and early warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::LearningView</name>
    <message>
        <location filename="../../views/LearningView.cpp" line="17"/>
        <source>Cluster and train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="20"/>
        <source>Group the institutions by strategy and train the early-warning model in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="29"/>
        <source>Strategy map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="30"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="31"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/LearningView.cpp" line="48"/>
        <source>Training history: best epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::MainWindow</name>
    <message>
        <location filename="../../app/MainWindow.cpp" line="68"/>
        <source>EagleEye — Market Supervision Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="78"/>
        <source>Time cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="168"/>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="169"/>
        <source>Profile vs peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="170"/>
        <source>Time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="171"/>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="172"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="173"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="174"/>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="175"/>
        <source>Stress test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="196"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="197"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="198"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="199"/>
        <source>EagleEye workspaces (*.eagle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="203"/>
        <source>&amp;New workspace from simulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="159"/>
        <location filename="../../app/MainWindow.cpp" line="208"/>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="159"/>
        <location filename="../../app/MainWindow.cpp" line="208"/>
        <source>Open or create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="176"/>
        <source>Strategies and early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="215"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="221"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="225"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="229"/>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="235"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="238"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="241"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="243"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="244"/>
        <source>&amp;Cluster and train early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="246"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="247"/>
        <source>&amp;About EagleEye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="248"/>
        <source>About EagleEye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="249"/>
        <source>&lt;b&gt;EagleEye&lt;/b&gt; — a visual-analytics workstation for financial-market supervisors: institution profiles, exposure networks and early warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="260"/>
        <source>Simulating a market of %n institution(s)</source>
        <translation>
            <numerusform>Simulating a market of %n institution</numerusform>
            <numerusform>Simulating a market of %n institutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="271"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="282"/>
        <source>EagleEye — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/MainWindow.cpp" line="283"/>
        <source>%n institution(s), %1 to %2</source>
        <translation>
            <numerusform>%n institution, %1 to %2</numerusform>
            <numerusform>%n institutions, %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/MainWindow.cpp" line="324"/>
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
        <location filename="../../views/NetworkControls.cpp" line="18"/>
        <source>Repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="20"/>
        <source>Interbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="22"/>
        <source>Bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="24"/>
        <source>FX swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="26"/>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="34"/>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="36"/>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="38"/>
        <source>PageRank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="40"/>
        <source>Betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="42"/>
        <source>DebtRank of its failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="60"/>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="69"/>
        <source>Exposures from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="72"/>
        <source> bn CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="74"/>
        <source>Hide exposures smaller than this (ownership links are always shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="77"/>
        <source>Only the institutions of one community of the whole exposure network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="80"/>
        <source>Every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="85"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="90"/>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="91"/>
        <source>Institution type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="92"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="93"/>
        <source>Size measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="111"/>
        <source>Every community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkControls.cpp" line="113"/>
        <source>Community %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::NetworkView</name>
    <message>
        <location filename="../../views/NetworkView.cpp" line="137"/>
        <source>No exposure network loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="333"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · total assets %3 bn CNY · equity %4 bn CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="336"/>
        <source>&lt;br&gt;Layers shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="336"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="339"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="343"/>
        <source>&lt;br&gt;Degree %1 (%2 creditors, %3 debtors) · PageRank %4 · betweenness %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="348"/>
        <source>&lt;br&gt;DebtRank of its failure %1 · community %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="354"/>
        <source>&lt;br&gt;Stress, round %1: %2% of equity lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="358"/>
        <source> · defaulted in round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="571"/>
        <source>Share of equity lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="574"/>
        <source>Defaulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="582"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="586"/>
        <source>Community %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="587"/>
        <source>Smaller communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="589"/>
        <source>Measure (node colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="590"/>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="591"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="592"/>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="596"/>
        <source>Its claims (creditor → debtor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="597"/>
        <source>Claims on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="619"/>
        <source>largest %1 of %2 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="621"/>
        <source>%1 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="623"/>
        <source>%1 of %2 institutions · %3 · as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="629"/>
        <source> · stress round %1 of %2, %3 bn CNY lost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/NetworkView.cpp" line="576"/>
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
        <location filename="../../views/ProfilePageModel.cpp" line="32"/>
        <location filename="../../views/ProfilePageModel.cpp" line="35"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="45"/>
        <source>Higher than about %1% of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="58"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="59"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="60"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="61"/>
        <source>Peer percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageModel.cpp" line="62"/>
        <source>Recent weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::ProfilePageView</name>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="131"/>
        <source>%1 as of %2 — against %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ProfilePageView.cpp" line="140"/>
        <source>Select an institution to see its profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::RadarView</name>
    <message>
        <location filename="../../views/RadarView.cpp" line="42"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="43"/>
        <source>Choose the features the radar compares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="107"/>
        <source>Peer comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="108"/>
        <source>Peer comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="132"/>
        <source>Select an institution to compare it with its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="165"/>
        <source>Peer median: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="167"/>
        <source>Cluster median: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="225"/>
        <location filename="../../views/RadarView.cpp" line="236"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="225"/>
        <source>P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="230"/>
        <source>%1 · peers %2 · cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RadarView.cpp" line="234"/>
        <source>%1 · peers %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::RiskMatrixView</name>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="27"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="30"/>
        <source>By similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="35"/>
        <location filename="../../views/RiskMatrixView.cpp" line="111"/>
        <source>No data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/RiskMatrixView.cpp" line="71"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/RiskMatrixView.cpp" line="131"/>
        <source>Risk scores as of %1 — %n institution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eagle::StressPanel</name>
    <message>
        <location filename="../../views/StressPanel.cpp" line="37"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="38"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="45"/>
        <source>Shock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="46"/>
        <source>CODE fails, CODE:0.3, all:0.05 or rate:200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="48"/>
        <source>An institution that fails (its code), a share of equity lost (CODE:0.3, all:0.05) or a rise in yields in basis points (rate:200); several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="51"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="52"/>
        <source>DebtRank (linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="53"/>
        <source>DebtRank (single hit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="54"/>
        <source>Eisenberg–Noe clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="66"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="66"/>
        <source>Equity lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="66"/>
        <source>Shock loss (bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="67"/>
        <source>Contagion loss (bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="67"/>
        <source>Defaulted in round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="78"/>
        <source>Choose who fails: select an institution or type a shock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="100"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;DebtRank %2 · %3 default(s) · losses: shock %4 bn, contagion %5 bn CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="144"/>
        <source>Pick an institution to fail (select it anywhere) or type a shock, then Run: the network shows the losses spreading round by round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/StressPanel.cpp" line="153"/>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::TimeCursorBar</name>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="24"/>
        <source>Previous trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="26"/>
        <source>Next trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="28"/>
        <source>Play the market day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeCursorBar.cpp" line="30"/>
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
        <location filename="../../views/TimeSeriesView.cpp" line="58"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="69"/>
        <source>Feature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="98"/>
        <location filename="../../views/TimeSeriesView.cpp" line="99"/>
        <location filename="../../views/TimeSeriesView.cpp" line="387"/>
        <source>Early-warning score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="155"/>
        <location filename="../../views/TimeSeriesView.cpp" line="385"/>
        <source>Peer median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="155"/>
        <source>Peer median: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="226"/>
        <source>Warning %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="391"/>
        <source>Why the model warned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TimeSeriesView.cpp" line="344"/>
        <location filename="../../views/TimeSeriesView.cpp" line="354"/>
        <source>Select an institution to see its history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::TradeListView</name>
    <message>
        <location filename="../../views/TradeListView.cpp" line="15"/>
        <source>Drag across the time series with Shift held to list the trades of those days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeListView.cpp" line="31"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeListView.cpp" line="33"/>
        <source>%n trade(s) of %1, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeListView.cpp" line="34"/>
        <source>(the first %n only)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../views/TradeTableModel.cpp" line="38"/>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="38"/>
        <source>Borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="39"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="39"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/TradeTableModel.cpp" line="62"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="70"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="71"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="72"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="73"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="74"/>
        <source>Notional (CNY mn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="75"/>
        <source>Rate / price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TradeTableModel.cpp" line="76"/>
        <source>Tenor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::TrainingCurveView</name>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="24"/>
        <location filename="../../views/TrainingCurveView.cpp" line="80"/>
        <source>No early-warning model trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="27"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="28"/>
        <source>Cross-entropy loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="30"/>
        <location filename="../../views/TrainingCurveView.cpp" line="46"/>
        <source>Validation ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="38"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="42"/>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="66"/>
        <source>Training the early-warning model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/TrainingCurveView.cpp" line="88"/>
        <source>Training: epoch %1, loss %2, validation AUC %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eagle::WorkspaceController</name>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="31"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="54"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="97"/>
        <source>Loading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="134"/>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="155"/>
        <source>Profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="230"/>
        <source>Risk scores as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="253"/>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="273"/>
        <source>Trades of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="328"/>
        <source>Ranking against peers as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="347"/>
        <source>Laying out the network as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="371"/>
        <source>%1 (%2) as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/WorkspaceController.cpp" line="375"/>
        <source>Stress test: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
